//! `chancery extract` on the seeds, on HTML and WARC forms of a seed, and on bad inputs.
//! See: #2

use std::io::Write;

use crate::util::{run, samples, stderr, stdout_lines};

#[test]
fn seeds_acceptance() {
    let dir = samples();
    let out = run(&["extract", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = stdout_lines(&out);
    assert_eq!(docs.len(), 4);
    let d0 = &docs[0];
    assert_eq!(d0["published"], "2020-11-26T14:26");
    assert_eq!(d0["doc_ref"], "2059-26-11-2020");
    assert_eq!(
        d0["translations"],
        serde_json::json!(["de", "en", "es", "ru", "fr"])
    );
    assert_eq!(d0["lang"], "fr");
    assert_eq!(docs[1]["published"], "2024-06-25T14:49");
    assert_eq!(docs[1]["doc_ref"], "1206-25-06-2024");
    let d2 = &docs[2];
    assert_eq!(
        d2["title"],
        "V.Poutine à Minsk rencontre Alexandre Loukachenko"
    );
    assert_eq!(d2["published"], "2024-05-24");
    assert_eq!(d2["doc_ref"], "6125");
    let sections: Vec<(String, String, String)> = d2["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["published"].as_str().unwrap_or("").to_owned(),
                s["place"].as_str().unwrap_or("").to_owned(),
                s["url"]
                    .as_str()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .to_owned(),
            )
        })
        .collect();
    let expect = [
        ("2024-05-23T23:30", "Minsk", "74102"),
        ("2024-05-24T09:00", "Moscou", "74101"),
        ("2024-05-24T14:10", "Minsk", "74103"),
        ("2024-05-24T17:15", "Minsk", ""),
        ("2024-05-24T14:50", "Minsk", "74106"),
        ("2024-05-24T16:40", "Minsk", "74107"),
        ("2024-05-24T17:30", "Minsk", "74108"),
    ];
    let expect: Vec<(String, String, String)> = expect
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(sections, expect);
    assert_eq!(docs[3]["published"], serde_json::Value::Null);
    assert_eq!(docs[3]["publisher"], "News-Front");
    // Offsets are code points: the slice of text gives the section's heading.
    let text: Vec<char> = d2["text"].as_str().unwrap().chars().collect();
    let s0 = &d2["sections"][0];
    let (a, b) = (
        s0["start"].as_u64().unwrap() as usize,
        s0["end"].as_u64().unwrap() as usize,
    );
    assert!(
        text[a..b]
            .iter()
            .collect::<String>()
            .starts_with("1°/Vladimir Poutine arrive à Minsk")
    );
}

/// The seeds' events: who met whom, when and where, with the sentence and its speaker. See: #11
#[test]
fn seeds_events() {
    let dir = samples();
    let out = run(&["extract", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = stdout_lines(&out);
    let has = |doc: usize, kind: &str, a: &str, b: &str, date: &str, place: Option<&str>| {
        docs[doc]["events"].as_array().unwrap().iter().any(|e| {
            let (s, t) = (e["source"].as_str(), e["target"].as_str());
            e["type"] == kind
                && (s == Some(a) && t == Some(b) || kind == "meet" && s == Some(b) && t == Some(a))
                && e["date"].as_str().is_some_and(|d| d.starts_with(date))
                && place.is_none_or(|p| e["place"].as_str() == Some(p))
                && !e["evidence"].as_str().unwrap_or("").is_empty()
                && e["plover"].is_string()
        })
    };
    let lavrov = "Sergey Lavrov";
    let lukashenko = "Alexander Lukashenko";
    assert!(has(0, "meet", lavrov, lukashenko, "2020-11-26", None));
    assert!(has(1, "meet", lavrov, lukashenko, "2024-06-25", None));
    // Putin's visit to Belarus (the text names Minsk: a visit is to the state).
    assert!(has(
        2,
        "visit",
        "Vladimir Putin",
        "Belarus",
        "2024-05-23",
        None
    ));
    // The restricted and the expanded talks of 24 May in Minsk.
    let talks = docs[2]["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["code"] == "046"
                && e["date"]
                    .as_str()
                    .is_some_and(|d| d.starts_with("2024-05-24"))
                && e["place"] == "Minsk"
        })
        .count();
    assert!(talks >= 2, "{talks}");
    // Exercises with non-strategic nuclear weapons: military posture, stated by Putin.
    assert!(docs[2]["events"].as_array().unwrap().iter().any(|e| {
        e["type"] == "military_posture"
            && e["speaker"] == "Vladimir Putin"
            && e["evidence"]
                .as_str()
                .is_some_and(|t| t.contains("armes nucléaires non stratégiques"))
    }));
    // A quoted minister speaks in the first person: the event's speaker is the minister.
    let first_person = docs[0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["evidence"]
                .as_str()
                .unwrap_or("")
                .starts_with("Nous venons de nous entretenir")
        })
        .expect("the first-person meeting");
    assert_eq!(first_person["speaker"], lavrov);
    assert_eq!(first_person["source_actor"], "RUSGOV");
}

/// The same document as an HTML page (article in <main>, with nav and footer) and as a WARC.gz
/// record gives the same extraction as the plain-text seed.
#[test]
fn html_and_warc_match_text() {
    let dir = crate::util::repo().join("samples/formats");
    let text = run(&[
        "extract",
        samples().join("000_d13b560bd127efb6.txt").to_str().unwrap(),
    ]);
    let html = run(&["extract", dir.join("000.html").to_str().unwrap()]);
    let warc = run(&["extract", dir.join("000.warc.gz").to_str().unwrap()]);
    for out in [&text, &html, &warc] {
        assert!(out.status.success(), "{}", stderr(out));
    }
    let (t, h, w) = (
        &stdout_lines(&text)[0],
        &stdout_lines(&html)[0],
        &stdout_lines(&warc)[0],
    );
    for field in [
        "text",
        "title",
        "published",
        "doc_ref",
        "translations",
        "lang",
        "sections",
    ] {
        assert_eq!(t[field], h[field], "HTML differs in {field}");
        assert_eq!(t[field], w[field], "WARC differs in {field}");
    }
    assert_eq!(
        w["path"],
        "https://www.mid.ru/fr/foreign_policy/news/2059-26-11-2020/"
    );
}

#[test]
fn bad_inputs_are_named_and_the_rest_comes_out() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::copy(
        samples().join("000_d13b560bd127efb6.txt"),
        p.join("a-good.txt"),
    )
    .unwrap();
    std::fs::write(p.join("b-empty.txt"), b"").unwrap();
    std::fs::write(
        p.join("c-binary.bin"),
        (0u8..=255).cycle().take(4096).collect::<Vec<u8>>(),
    )
    .unwrap();
    let warc = std::fs::read(crate::util::repo().join("samples/formats/000.warc.gz")).unwrap();
    std::fs::write(p.join("d-truncated.warc.gz"), &warc[..warc.len() / 2]).unwrap();
    let russian = "Министр иностранных дел России Сергей Лавров встретился в Минске с Президентом Белоруссии Александром Лукашенко.\n";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(russian);
    std::fs::File::create(p.join("e-cp1251.txt"))
        .unwrap()
        .write_all(&cp1251)
        .unwrap();

    let out = run(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "exit 1 when an input failed");
    let docs = stdout_lines(&out);
    let paths: Vec<&str> = docs.iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert!(paths.iter().any(|p| p.ends_with("a-good.txt")), "{paths:?}");
    let ru = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("e-cp1251.txt"))
        .expect("1251 file out");
    assert!(ru["text"].as_str().unwrap().contains("Лукашенко"));
    assert_eq!(ru["lang"], "ru");
    let err = stderr(&out);
    for bad in ["b-empty.txt", "c-binary.bin", "d-truncated.warc.gz"] {
        assert!(
            err.lines().any(|l| l.contains(bad)),
            "{bad} not named on stderr:\n{err}"
        );
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn stdin_is_a_document() {
    let mut child = crate::util::bin()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Le 3 juin, Sergueï Lavrov était à Minsk.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        stdout_lines(&out)[0]["text"],
        "Le 3 juin, Sergueï Lavrov était à Minsk."
    );
}

/// Folders: recursive, hidden files and folders skipped, stable (file-name) order.
#[test]
fn folders_are_walked_in_a_stable_order() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("b-sub")).unwrap();
    std::fs::create_dir_all(p.join(".hidden-dir")).unwrap();
    std::fs::write(p.join("c.txt"), "Troisième document.").unwrap();
    std::fs::write(p.join("a.txt"), "Premier document.").unwrap();
    std::fs::write(p.join("b-sub/x.txt"), "Deuxième document.").unwrap();
    std::fs::write(p.join(".secret.txt"), "Caché.").unwrap();
    std::fs::write(p.join(".hidden-dir/y.txt"), "Caché aussi.").unwrap();
    let out = run(&["extract", p.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let texts: Vec<String> = stdout_lines(&out)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        texts,
        [
            "Premier document.",
            "Deuxième document.",
            "Troisième document."
        ]
    );
}

#[test]
fn size_limit_and_missing_paths_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "Texte. ".repeat(1000)).unwrap();
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "Petit texte.").unwrap();
    let missing = dir.path().join("nowhere.txt");
    let out = run(&[
        "extract",
        "--max-bytes",
        "1000",
        big.to_str().unwrap(),
        missing.to_str().unwrap(),
        small.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout_lines(&out).len(),
        1,
        "the small file still comes out"
    );
    let err = stderr(&out);
    assert!(
        err.contains("big.txt") && err.contains("--max-bytes"),
        "{err}"
    );
    assert!(
        err.contains("nowhere.txt") && err.contains("no such file"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "one line per failed input: {err}");
}

/// A WARC record's date is the fallback publication date of a document that states none, and
/// its target URI is the document's path.
#[test]
fn warc_date_is_a_fallback() {
    let body = "Texte sans date, publié par personne.";
    let record = format!(
        "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.org/a\r\nWARC-Date: 2024-05-24T09:30:00Z\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
        body.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.warc");
    std::fs::write(&path, record).unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &stdout_lines(&out)[0];
    assert_eq!(doc["path"], "https://example.org/a");
    assert_eq!(doc["published"], "2024-05-24T09:30");
}
