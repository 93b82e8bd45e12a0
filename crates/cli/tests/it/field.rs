//! The field corpus (../shared/data/field) against its gold (tests/field/gold): nothing the
//! gold lists may be lost by cleaning.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::util::{repo, run, stdout_lines};

/// The shared field corpus, next to the repository.
pub fn field_docs() -> PathBuf {
    repo().join("../shared/data/field")
}

/// Lower case, letters and digits only, one space between words: what survives re-flowing,
/// quote styles and hyphenation.
fn words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

// See: #9 (every quotation and date the gold lists is still in `text`).
#[test]
fn gold_quotes_and_dates_stay_in_the_text() {
    let gold_dir = repo().join("tests/field/gold");
    let mut golds = Vec::new();
    for lang in ["fr", "en", "ru"] {
        for entry in std::fs::read_dir(gold_dir.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            let gold: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let doc = field_docs().join(lang).join(gold["doc"].as_str().unwrap());
            golds.push((doc, gold));
        }
    }
    assert!(golds.len() >= 60, "{} gold files", golds.len());
    let paths: Vec<String> = golds.iter().map(|(d, _)| d.display().to_string()).collect();
    let mut args = vec!["extract"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args);
    // The text of every document, a multi-record file's records joined.
    let mut texts: HashMap<String, String> = HashMap::new();
    for doc in stdout_lines(&out) {
        let path = doc["path"].as_str().unwrap();
        let file = path.split('#').next().unwrap().to_owned();
        let text = texts.entry(file).or_default();
        text.push(' ');
        text.push_str(&words(doc["text"].as_str().unwrap()));
    }
    let mut lost = Vec::new();
    for (doc, gold) in &golds {
        let key = doc.display().to_string();
        let Some(text) = texts.get(&key) else {
            lost.push(format!("{key}: no document came out"));
            continue;
        };
        let name = doc.file_name().unwrap().to_string_lossy().into_owned();
        let quotes = gold["quotes"].as_array().into_iter().flatten();
        for q in quotes {
            let start = words(q["text_start"].as_str().unwrap_or(""));
            if !start.is_empty() && !text.contains(&start) {
                lost.push(format!("{name}: quotation {start:?}"));
            }
        }
        for d in gold["dates"].as_array().into_iter().flatten() {
            let t = words(d["text"].as_str().unwrap_or(""));
            if !t.is_empty() && !text.contains(&t) {
                lost.push(format!("{name}: date {t:?}"));
            }
        }
    }
    assert!(
        lost.is_empty(),
        "{} gold quotations or dates are not in the text:\n{}",
        lost.len(),
        lost.join("\n")
    );
}
