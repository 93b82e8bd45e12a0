//! `chancery eval`: chancery in-process against the field gold, a JSON Lines file (`--system`)
//! and a second annotation pass (`--against`) against small gold sets; exit codes and the JSON
//! report's shape.

use std::path::Path;

use serde_json::Value;

use crate::util::{bin, repo, stderr};

const FIGURES: [&str; 12] = [
    "published",
    "published_time",
    "entities_precision",
    "entities_recall",
    "entities_f1",
    "speakers",
    "quotes_recall",
    "quotes_precision",
    "dates_recall",
    "events_precision",
    "events_recall",
    "events_f1",
];

const LAYERS: [&str; 7] = [
    "published",
    "published_time",
    "entities",
    "speakers",
    "quotes",
    "dates",
    "events",
];

/// Runs `chancery eval ARGS --format json` in the repository; returns (exit code, report).
fn eval_json(args: &[&str]) -> (i32, Value) {
    let out = bin()
        .current_dir(repo())
        .arg("eval")
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("the chancery binary runs");
    let code = out.status.code().expect("an exit code");
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is one JSON object ({e}); stderr: {}", stderr(&out)));
    (code, report)
}

/// Every figure of every scope is there with its counts, and the exit code says whether some
/// document was not scored.
#[track_caller]
fn check_shape(code: i32, report: &Value) {
    let not_scored = report["not_scored"]
        .as_array()
        .expect("not_scored is a list");
    assert_eq!(code, i32::from(!not_scored.is_empty()), "{not_scored:?}");
    let languages = report["languages"].as_object().expect("languages");
    for lang in ["fr", "en", "ru"] {
        assert!(languages.contains_key(lang), "no figures for {lang}");
    }
    let mut documents = 0;
    for (name, scope) in std::iter::once(("overall", &report["overall"]))
        .chain(languages.iter().map(|(l, s)| (l.as_str(), s)))
    {
        let n = scope["documents"].as_u64().expect("documents");
        if name != "overall" {
            documents += n;
        }
        for figure in FIGURES {
            let f = &scope[figure];
            for count in ["tp", "fp", "fn", "n"] {
                assert!(f[count].is_u64(), "{name}.{figure}.{count}: {f}");
            }
            match f["value"].as_f64() {
                Some(v) => assert!((0.0..=1.0).contains(&v), "{name}.{figure}: {v}"),
                None => assert!(f["value"].is_null(), "{name}.{figure}: {f}"),
            }
        }
    }
    assert_eq!(report["overall"]["documents"], report["documents"]);
    assert_eq!(Some(documents), report["documents"].as_u64());
    for layer in LAYERS {
        let worst = report["worst"][layer]
            .as_array()
            .expect("a worst list per layer");
        assert!(worst.len() <= 10);
        for w in worst {
            assert!(w["doc"].is_string() && w["missed"].is_array() && w["spurious"].is_array());
        }
    }
}

// See: #9 (point 2: `chancery eval` on the field gold, per language).
#[test]
fn field_gold_test_split() {
    if !crate::field::have_field_docs("field_gold_test_split") {
        return;
    }
    let (code, report) = eval_json(&[
        "--gold",
        "tests/field/gold",
        "--docs",
        "../shared/data/field",
        "--split",
        "test",
    ]);
    check_shape(code, &report);
    assert_eq!(report["split"], "test");
    for lang in ["fr", "en", "ru"] {
        let n = report["languages"][lang]["documents"].as_u64().unwrap();
        assert!(n > 0, "no {lang} document in the test part");
        let published = &report["languages"][lang]["published"];
        assert_eq!(
            published["n"].as_u64(),
            Some(n),
            "published counts every document"
        );
    }
    // Regression floors, set from the measurement on the test part when #9 closed (published
    // fr 0.94 en 1.00 ru 0.87; dates fr 0.85 en 0.90 ru 0.70; entities F1 fr 0.61 en 0.66 ru
    // 0.38): a guard against falling back, not a target. A published date is one document in
    // fifteen, so its floor is one document below. Raised with #10/#11's work: entities F1
    // (fr 0.68 en 0.70 ru 0.47), speakers (0.20 / 0.39 / 0.19), events F1 (0.10 / 0.20 / 0.14);
    // again on 2026-12-01: speakers 0.45 / 0.73 / 0.36, events F1 0.14 / 0.30 / 0.16; and in
    // the session after: entities F1 0.72 / 0.78 / 0.57, speakers 0.51 / 0.76 / 0.36, events F1
    // 0.14 / 0.30 / 0.16. On 2026-12-02 eleven more test documents were annotated (58 in all);
    // measured on them: dates 0.88 / 0.84 / 0.74, speakers 0.48 / 0.74 / 0.38 — the English
    // dates and French speakers floors follow that measurement (the 47 earlier documents alone
    // still give dates en 0.90, speakers fr 0.53).
    let floors: [(&str, [f64; 3]); 5] = [
        ("published", [0.87, 0.93, 0.80]),
        ("dates_recall", [0.82, 0.81, 0.67]),
        ("entities_f1", [0.68, 0.74, 0.53]),
        ("speakers", [0.45, 0.72, 0.33]),
        ("events_f1", [0.12, 0.27, 0.14]),
    ];
    let mut below = Vec::new();
    for (figure, per_lang) in floors {
        for (lang, floor) in ["fr", "en", "ru"].into_iter().zip(per_lang) {
            let value = report["languages"][lang][figure]["value"]
                .as_f64()
                .unwrap_or(0.0);
            if value < floor {
                below.push(format!("{lang} {figure} {value:.3} < {floor}"));
            }
        }
    }
    assert!(below.is_empty(), "below the floor: {}", below.join("; "));
}

#[test]
fn second_pass_against_the_first() {
    let (code, report) = eval_json(&[
        "--gold",
        "tests/field/gold",
        "--against",
        "tests/field/gold2",
    ]);
    check_shape(code, &report);
    let second = ["fr", "en", "ru"]
        .iter()
        .map(|l| {
            std::fs::read_dir(repo().join("tests/field/gold2").join(l)).map_or(0, |d| d.count())
        })
        .sum::<usize>();
    assert_eq!(report["documents"].as_u64(), Some(second as u64));
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn system_file_scored_by_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    write(
        &gold.join("fr/a.json"),
        r#"{"doc": "a.csv", "lang": "fr", "published": "2024-06-25T10:00", "notes": "…",
            "speakers": [{"name": "Sergey Lavrov", "surface": ["Lavrov"], "turns": 0, "quotes": 1}],
            "persons": ["Sergey Lavrov", "Alexander Lukashenko"], "organizations": [],
            "locations": ["Minsk"],
            "dates": [{"text": "hier", "value": "2024-06-24"}],
            "quotes": [{"speaker": "Sergey Lavrov", "text_start": "Nous sommes alliés"}],
            "events": [{"type": "meet", "source": "Sergey Lavrov",
                        "target": "Alexander Lukashenko"}]}"#,
    );
    write(
        &gold.join("ru/b.json"),
        r#"{"doc": "b.txt", "lang": "ru", "published": null}"#,
    );
    let system = dir.path().join("system.jsonl");
    let lines = [
        // Two records of one multi-record file: published of the first, the rest united.
        r#"{"path": "field/fr/a.csv#row-1", "published": "2024-06-25T10:00",
            "speakers": [{"name": "Sergueï Lavrov", "surface": ["Lavrov"], "turns": 0,
                          "quotes": 1}],
            "entities": [{"name": "Лавров", "type": "PER", "surface": []}],
            "quotes": [{"speaker": "Sergueï Lavrov",
                        "text": "« Nous sommes ALLIÉS », a-t-il dit"}]}"#,
        r#"{"path": "field/fr/a.csv#row-2", "published": "1999-01-01",
            "entities": [{"name": "Loukachenko", "type": "PER"}, {"name": "Moscou", "type": "LOC"}],
            "times": [{"text": "Hier", "value": "2024-06-24"}],
            "events": [{"type": "meet", "source": "Loukachenko", "target": "Lavrov"}]}"#,
    ]
    .map(|l| l.replace('\n', " "))
    .join("\n");
    write(&system, &lines);
    let (code, report) = eval_json(&[
        "--gold",
        gold.to_str().unwrap(),
        "--system",
        system.to_str().unwrap(),
    ]);
    check_shape(code, &report);
    assert_eq!(code, 1, "ru/b.txt has no line");
    assert_eq!(
        report["not_scored"][0],
        "ru/b.txt: no line of the system file"
    );
    let fr = &report["languages"]["fr"];
    let value = |figure: &str| fr[figure]["value"].as_f64();
    assert_eq!(value("published"), Some(1.0));
    assert_eq!(value("published_time"), Some(1.0));
    assert_eq!(value("speakers"), Some(1.0));
    assert_eq!(value("quotes_recall"), Some(1.0));
    assert_eq!(value("dates_recall"), Some(1.0));
    assert_eq!(value("events_f1"), Some(1.0));
    assert_eq!(
        fr["entities_recall"],
        serde_json::json!({"value": 2.0 / 3.0, "tp": 2, "fp": 1, "fn": 1, "n": 3})
    );
    assert_eq!(report["worst"]["entities"][0]["missed"][0], "Minsk");
}

#[test]
fn documents_found_extracted_or_reported() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    let docs = dir.path().join("docs");
    write(
        &gold.join("en/here.json"),
        r#"{"doc": "here.txt", "published": null, "locations": ["Moscow"]}"#,
    );
    write(
        &gold.join("en/elsewhere.json"),
        r#"{"doc": "elsewhere.txt", "published": null}"#,
    );
    write(&gold.join("en/gone.json"), r#"{"doc": "gone.txt"}"#);
    write(&gold.join("en/broken.json"), r#"{"doc": "#);
    write(
        &docs.join("en/here.txt"),
        "The talks in Moscow lasted three hours, the ministers said.\n",
    );
    // Not in <docs>/<lang>/: found by its name anywhere under <docs>.
    write(
        &docs.join("archive/2024/elsewhere.txt"),
        "Nothing happened.\n",
    );
    let out = bin()
        .arg("eval")
        .args([
            "--gold",
            gold.to_str().unwrap(),
            "--docs",
            docs.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("en/gone.txt: document not found under"),
        "{err}"
    );
    assert!(err.contains("broken.json: not a gold file"), "{err}");
    assert_eq!(err.lines().count(), 2, "one line per failure: {err}");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.starts_with("split all · 2 documents scored (fr 0, en 2, ru 0) · 2 not scored"),
        "{table}"
    );
}

#[test]
fn ner_is_still_a_subcommand() {
    let out = bin().args(["eval", "ner", "--help"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--corpus"));
    let out = bin()
        .args(["eval", "--gold", "x", "ner", "--corpus", "y"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "gold flags and `ner` do not mix"
    );
}
