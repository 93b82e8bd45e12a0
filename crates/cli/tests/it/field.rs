//! The field corpus (../shared/data/field) against its gold (tests/field/gold): nothing the
//! gold lists may be lost by cleaning or leave the text for the removed layer.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::util::{repo, run, stdout_lines};

/// The shared field corpus, next to the repository.
pub fn field_docs() -> PathBuf {
    repo().join("../shared/data/field")
}

/// Whether the field corpus is there. A clone without `../shared` skips the tests that read it,
/// with a note; under CI (`CHANCERY_CI=1`, which has `../shared`) its absence is a failure.
pub fn have_field_docs(test: &str) -> bool {
    let dir = field_docs();
    if dir.is_dir() {
        return true;
    }
    assert!(
        std::env::var_os("CHANCERY_CI").is_none(),
        "{} is absent under CI",
        dir.display()
    );
    eprintln!("note: {} is absent; {test} skipped", dir.display());
    false
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
    if !have_field_docs("gold_quotes_and_dates_stay_in_the_text") {
        return;
    }
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
    // The text of every document, a multi-record file's records joined, and what cleaning
    // moved to the removed layer, with its kind.
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut removed: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for doc in stdout_lines(&out) {
        let path = doc["path"].as_str().unwrap();
        let file = path.split('#').next().unwrap().to_owned();
        let text = texts.entry(file.clone()).or_default();
        text.push(' ');
        text.push_str(&words(doc["text"].as_str().unwrap()));
        let pieces = removed.entry(file).or_default();
        for r in doc["removed"].as_array().into_iter().flatten() {
            let kind = r["kind"].as_str().unwrap_or("").to_owned();
            pieces.push((kind, words(r["text"].as_str().unwrap_or(""))));
        }
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
    // What is not in the text must be in the removed layer (nothing lost silently), and no
    // piece the gold counts as body may be there either.
    let mut silent = Vec::new();
    let mut set_aside = Vec::new();
    for item in lost {
        let (name, what) = item.split_once(": ").unwrap();
        let t = what
            .split_once(' ')
            .map_or("", |(_, t)| t.trim_matches('"'));
        let file = texts
            .keys()
            .find(|k| k.ends_with(name))
            .cloned()
            .unwrap_or_default();
        match removed
            .get(&file)
            .and_then(|rs| rs.iter().find(|(_, r)| !t.is_empty() && r.contains(t)))
        {
            Some((kind, _)) => set_aside.push(format!("{item} (removed as {kind})")),
            None => silent.push(item),
        }
    }
    assert!(
        silent.is_empty(),
        "{} gold quotations or dates are in neither the text nor the removed layer:\n{}",
        silent.len(),
        silent.join("\n")
    );
    assert!(
        set_aside.is_empty(),
        "{} gold quotations or dates left the text for the removed layer:\n{}",
        set_aside.len(),
        set_aside.join("\n")
    );
}
