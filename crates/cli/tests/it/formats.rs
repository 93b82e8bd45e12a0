//! Every input format on a real document of the field corpus (../shared/data/field), or on a
//! small file made here where the corpus has none; and the silent-loss cases of #9.

use std::path::PathBuf;

use crate::field::{field_docs, have_field_docs};
use crate::util::{run, stderr, stdout_lines};

fn doc(rel: &str) -> PathBuf {
    field_docs().join(rel)
}

/// The documents `chancery extract` gives for one path (and extra arguments), checking it ran.
fn extract(path: &std::path::Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let p = path.display().to_string();
    let mut args = vec!["extract"];
    args.extend_from_slice(extra);
    args.push(&p);
    let out = run(&args);
    assert!(out.status.success(), "{}: {}", p, stderr(&out));
    stdout_lines(&out)
}

fn text(d: &serde_json::Value) -> &str {
    d["text"].as_str().unwrap()
}

#[test]
fn markdown_with_front_matter() {
    if !have_field_docs("markdown_with_front_matter") {
        return;
    }
    let docs = extract(&doc("fr/002_senegal-diomaye-onu-79e-session.md"), &[]);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(
        d["title"],
        "Discours du président Diomaye à la 79e session de l'ONU"
    );
    assert_eq!(d["published"], "2024-09-25");
    let t = text(d);
    assert!(t.starts_with("Discours du président Diomaye"), "{t:.80}");
    for markup in ["---", "title:", "<img", "](", "**"] {
        assert!(!t.contains(markup), "{markup:?} left in the text");
    }
    // The image is kept in the removed layer, with its reason.
    assert!(
        d["removed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "markup" && r["text"].as_str().unwrap().contains(".webp"))
    );
    // A hard-wrapped paragraph is one paragraph.
    assert!(t.contains("saluer à nouveau la mémoire de mon compatriote"));
}

#[test]
fn json_record_with_a_timestamp() {
    if !have_field_docs("json_record_with_a_timestamp") {
        return;
    }
    let d = &extract(
        &doc("fr/031_sputnik-afrique-flottille-gaza-condamnations.json"),
        &[],
    )[0];
    assert_eq!(d["published"], "2025-10-02");
    assert!(d["title"].as_str().unwrap().contains("Flottille pour Gaza"));
    assert_eq!(
        d["urls"][0],
        "https://fr.sputniknews.africa/20251002/1078976742.html"
    );
    let t = text(d);
    assert!(t.contains("Francesca Albanese"));
    // The NLP annotations of the dump are not text.
    assert!(!t.contains("kws-l") && !t.contains("content-segmented"));
}

#[test]
fn json_lines_conversation_is_one_transcript() {
    if !have_field_docs("json_lines_conversation_is_one_transcript") {
        return;
    }
    let docs = extract(&doc("en/005_putin-interview-al-arabiya-2019.jsonl"), &[]);
    assert_eq!(docs.len(), 1);
    let t = text(&docs[0]);
    assert!(t.starts_with("alarabiya.net: Dear viewers"), "{t:.80}");
    assert!(t.contains("\n\nVladimir Putin: It is my pleasure."));
}

#[test]
fn csv_rows() {
    if !have_field_docs("csv_rows") {
        return;
    }
    let d = &extract(&doc("fr/005_vp-colonna-presse-evacuation-soudan.csv"), &[])[0];
    assert_eq!(d["published"], "2023-04-26");
    assert!(
        d["title"]
            .as_str()
            .unwrap()
            .starts_with("Déclaration à la presse de Mme Catherine Colonna")
    );
    assert!(text(d).contains("C'est toute une organisation très minutieuse"));
    // A dump of 70 statements is 70 documents, each with its own date and id.
    let docs = extract(
        &doc("fr/026_vp-compilation-70-declarations-mars-avril-2023.csv"),
        &[],
    );
    assert_eq!(docs.len(), 70);
    assert!(docs[0]["path"].as_str().unwrap().ends_with("#row-1"));
    // Ids come from the content: the dump holds one statement twice, word for word.
    let ids: std::collections::HashSet<&str> =
        docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 69);
    assert!(docs.iter().all(|d| !d["published"].is_null()));
}

#[test]
fn php_serialized_cache() {
    if !have_field_docs("php_serialized_cache") {
        return;
    }
    let d = &extract(
        &doc("fr/017_faitsetcauses-sommet-francophonie-dakar-wpcache.php"),
        &[],
    )[0];
    assert_eq!(d["published"], "2014-12-01T09:04");
    let t = text(d);
    assert!(t.contains("Sommet de la Francophonie à Dakar"));
    assert!(!t.contains("s:12:") && !t.contains("post_content"));
}

#[test]
fn feed_items_and_newsml() {
    if !have_field_docs("feed_items_and_newsml") {
        return;
    }
    let d = &extract(&doc("fr/024_lemonde-rss-item-macron-lula-bresil.xml"), &[])[0];
    assert_eq!(d["published"], "2024-03-27T05:15");
    assert!(text(d).starts_with("Au Brésil, Emmanuel Macron et Lula"));
    // A whole feed: one document per item.
    let docs = extract(
        &doc("en/014_state-dept-press-releases-rss-2022-08-03.xml"),
        &[],
    );
    assert_eq!(docs.len(), 10);
    assert_eq!(docs[1]["published"], "2022-08-03T16:21");
    assert!(!text(&docs[1]).contains("jQuery"));
    let d = &extract(
        &doc("en/049_ansa-alfano-catalan-independence-unacceptable-2017-10-11.xml"),
        &[],
    )[0];
    assert_eq!(d["published"], "2017-10-11T10:41");
    assert_eq!(d["publisher"], "ANSA");
    assert!(text(d).contains("Catalan leader Carles Puigdemont"));
}

#[test]
fn html_pages_and_scraper_bytes_literals() {
    if !have_field_docs("html_pages_and_scraper_bytes_literals") {
        return;
    }
    let d = &extract(
        &doc("en/001_china-mfa-zhao-lijian-presser-2020-06-17.html"),
        &[],
    )[0];
    assert_eq!(d["published"], "2020-06-17");
    // A page saved as a Python bytes literal: its escapes are undone.
    let d = &extract(
        &doc("en/004_whitehouse-obama-castro-joint-presser-2016.html"),
        &[],
    )[0];
    let t = text(d);
    assert!(t.contains("PRESIDENT OBAMA: Buenas tardes."), "{t:.300}");
    assert!(!t.contains("\\xc2") && !t.contains("\\n"));
}

#[test]
fn plain_text_in_legacy_encodings_and_line_prefixes() {
    if !have_field_docs("plain_text_in_legacy_encodings_and_line_prefixes") {
        return;
    }
    let d = &extract(&doc("ru/007_ria-karasin-fried-phone-call-cp1251.txt"), &[])[0];
    assert_eq!(d["lang"], "ru");
    assert!(text(d).contains("Карасин"));
    // A scraper's tag on every line is taken off, into the removed layer.
    let d = &extract(
        &doc("ru/029_rusentrel-inosmi-nato-russia-council-talks-resume.txt"),
        &[],
    )[0];
    assert!(!text(d).contains("{Author, Unknown}"));
    assert!(
        d["removed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["text"] == "{Author, Unknown}")
    );
}

#[test]
fn news_database_exports() {
    let dir = crate::util::repo().join("crates/ingest/tests/data/exports");
    for (file, articles) in [
        ("nexis-uni-multi.txt", 3),
        ("factiva-article.txt", 2),
        ("europresse.txt", 2),
    ] {
        let docs = extract(&dir.join(file), &[]);
        assert!(docs.len() >= articles, "{file}: {} documents", docs.len());
        for d in &docs {
            let t = text(d);
            assert!(
                !t.contains("End of Document") && !t.contains("Load-Date"),
                "{file}: export lines in {t:.200}"
            );
            assert!(!d["title"].is_null() && !d["published"].is_null(), "{file}");
        }
    }
}

#[test]
fn a_flattened_page_dump() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dump.txt");
    let page = "President of Russia  Events  News  Transcripts  Beginning of talks with President of Kazakhstan Kassym-Jomart Tokayev  March 14, 2019  15:40  Moscow, Kremlin  President of Kazakhstan Kassym-Jomart Tokayev: Dear colleagues, I am glad to be in Moscow on my first visit abroad as President. Our relations are those of allies and strategic partners, and we intend to develop them further in every area. Vladimir Putin: Thank you. Mr President, we are glad to welcome you to Moscow. Kazakhstan is our closest ally and strategic partner, and we highly value our relations with your country. We will discuss trade, energy and security today.  See also  Telephone conversation with President of Kazakhstan  March 12, 2019  Share  Twitter  Facebook";
    std::fs::write(&path, page).unwrap();
    for extra in [&[][..], &["--input-format", "pagedump"][..]] {
        let d = &extract(&path, extra)[0];
        let t = text(d);
        assert!(
            t.contains("\nVladimir Putin: Thank you."),
            "labels start their line: {t}"
        );
        assert!(!t.contains("See also") && !t.contains("Twitter"), "{t}");
        assert_eq!(d["published"], "2019-03-14T15:40");
    }
}

#[test]
fn record_fields_can_be_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.json");
    std::fs::write(
        &path,
        r#"[{"key": "a1", "payload": {"words": "Le ministre a reçu son homologue le 3 mars 2021."}, "when": "2021-03-04"}]"#,
    )
    .unwrap();
    let d = &extract(
        &path,
        &[
            "--text-field",
            "payload.words",
            "--id-field",
            "key",
            "--date-field",
            "when",
        ],
    )[0];
    assert_eq!(d["record_id"], "a1");
    assert_eq!(d["published"], "2021-03-04");
    assert!(text(d).starts_with("Le ministre a reçu"));
    // Without them, the error says what to do.
    let out = run(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--text-field"), "{}", stderr(&out));
}

#[test]
fn the_stream_filter_keeps_one_line_per_record() {
    use std::io::Write;
    let input = "{\"id\": \"a\", \"text\": \"Le ministre a parlé.\"}\nnot json\n{\"id\": \"c\", \"nothing\": 1}\n{\"id\": \"d\", \"html\": \"<p>Un.</p><p>Deux.</p>\"}\n";
    let mut child = crate::util::bin()
        .args(["extract", "--input-format", "jsonl", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["record_id"], "a");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("not a JSON object")
    );
    assert_eq!(lines[2]["id"], "c");
    assert!(lines[2]["error"].is_string());
    assert_eq!(lines[3]["text"], "Un.\n\nDeux.");
    assert_eq!(out.status.code(), Some(1));
}

// See: #9 (one stray invalid byte re-decoded a UTF-8 file as GBK or Windows-1252, silently).
#[test]
fn a_stray_byte_is_replaced_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stray.txt");
    let mut bytes = "Сергей Лавров встретился с министром.\n"
        .as_bytes()
        .to_vec();
    let at = bytes.len();
    bytes.push(0xff);
    bytes.extend_from_slice("Переговоры прошли в Москве.\n".as_bytes());
    std::fs::write(&path, bytes).unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert!(out.status.success());
    let d = &stdout_lines(&out)[0];
    assert!(
        text(d).contains("министром.\n\u{fffd}Переговоры"),
        "{}",
        text(d)
    );
    let err = stderr(&out);
    assert!(
        err.contains("U+FFFD") && err.contains(&format!("byte {at}")),
        "{err}"
    );
}

// See: #9 (an unreadable file whose name holds a newline printed a forged second error line).
#[test]
fn a_name_with_a_newline_is_one_error_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad\nchancery: forged.txt: fine");
    std::fs::write(&path, b"").unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("bad\\nchancery: forged.txt: fine: empty file"),
        "{err}"
    );
}
