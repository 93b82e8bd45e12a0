//! `chancery search`: the index kept in step with `ingest`, analyzers per language, names across
//! scripts, filters, facets, events, and recovery after a crash between the two commits.

use std::path::Path;

use crate::util::{run, stderr, stdout_lines};

const DOCS: &str = r#"{"title": "Négociation à Genève", "date": "2024-06-25", "publisher": "Le Monde", "lang": "fr", "text": "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré le ministre français Jean-Noël Barrot à Genève mardi. La négociation a duré deux heures."}
{"title": "Talks in Vienna", "date": "2023-03-10", "publisher": "Reuters", "lang": "en", "text": "Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Antony Blinken in Vienna on Friday. The talk lasted an hour, officials said."}
{"title": "Переговоры в Москве", "date": "2022-11-02", "publisher": "ТАСС", "lang": "ru", "text": "Министр иностранных дел России Сергей Лавров провёл переговоры с министром иностранных дел Турции Мевлютом Чавушоглу в Москве. Лавров заявил, что стороны обсудили ситуацию в Сирии."}
{"title": "Press conference", "date": "2021-05-04", "publisher": "Kremlin", "lang": "en", "text": "Question: Will there be a summit?\n\nDmitry Peskov: We do not rule out a meeting of the presidents this year.\n\nQuestion: When?\n\nDmitry Peskov: The dates are not yet agreed."}
"#;

/// A data directory with the four documents ingested.
fn ingested() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    ingest(dir.path(), DOCS, "docs.jsonl");
    dir
}

fn ingest(dir: &Path, lines: &str, name: &str) -> String {
    let file = dir.join(name);
    std::fs::write(&file, lines).unwrap();
    let data = dir.join("data");
    let out = run(&[
        "ingest",
        "--input-format",
        "jsonl",
        file.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    stderr(&out)
}

/// The titles found (sorted) and the facets line.
fn search(dir: &Path, args: &[&str]) -> (Vec<String>, serde_json::Value) {
    let data = dir.join("data");
    let mut all = vec![
        "search",
        "--format",
        "jsonl",
        "--data",
        data.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    let out = run(&all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let mut lines = stdout_lines(&out);
    let facets = lines.pop().expect("a facets line");
    assert_eq!(facets["kind"], "facets");
    let mut titles: Vec<String> = lines
        .iter()
        .map(|l| l["title"].as_str().unwrap_or("").to_owned())
        .collect();
    titles.sort();
    (titles, facets)
}

#[track_caller]
fn check(dir: &Path, args: &[&str], expect: &[&str]) {
    let (titles, facets) = search(dir, args);
    let mut expect = expect.to_vec();
    expect.sort_unstable();
    assert_eq!(titles, expect, "{args:?}");
    assert_eq!(facets["total"], expect.len(), "{args:?}");
}

const FR: &str = "Négociation à Genève";
const EN: &str = "Talks in Vienna";
const RU: &str = "Переговоры в Москве";
const PRESS: &str = "Press conference";

#[test]
fn stems_each_language_and_folds_accents_and_case() {
    let dir = ingested();
    let d = dir.path();
    check(d, &["négociations"], &[FR]);
    check(d, &["NEGOCIATIONS"], &[FR]);
    check(d, &["geneve"], &[FR]);
    check(d, &["talks"], &[EN]);
    check(d, &["переговоров"], &[RU]);
    check(d, &["\"talk lasted\""], &[EN]);
    check(d, &["\"lasted talk\""], &[]);
}

#[test]
fn names_are_found_in_either_script() {
    let dir = ingested();
    let d = dir.path();
    check(d, &["--actor", "Lavrov"], &[EN, FR, RU]);
    check(d, &["--actor", "Лавров"], &[EN, FR, RU]);
    check(d, &["--actor", "Sergueï Lavrov"], &[EN, FR, RU]);
    check(d, &["--actor", "RUSGOV"], &[EN, FR, PRESS, RU]);
    check(d, &["Лавров", "--lang", "en"], &[EN]);
    check(d, &["--speaker", "Peskov"], &[PRESS]);
    check(d, &["--speaker", "Песков"], &[PRESS]);
}

#[test]
fn every_filter_filters_and_facets_count() {
    let dir = ingested();
    let d = dir.path();
    check(d, &["--lang", "ru"], &[RU]);
    check(d, &["--publisher", "reuters"], &[EN]);
    // "Lavrov a rencontré … Barrot": the French document states a meeting too.
    check(d, &["--type", "meet"], &[FR, EN, RU]);
    check(d, &["--type", "04"], &[FR, EN, RU]);
    check(d, &["--from", "2023", "--to", "2024-06"], &[EN, FR]);
    check(d, &["--to", "2022"], &[PRESS, RU]);
    let (_, facets) = search(d, &[]);
    assert_eq!(facets["total"], 4);
    let langs = &facets["facets"]["lang"];
    assert!(
        langs
            .as_array()
            .unwrap()
            .contains(&serde_json::json!({"value": "en", "count": 2})),
        "{facets}"
    );
    assert!(
        facets["facets"]["actor"]
            .to_string()
            .contains("Sergey Lavrov")
    );
    assert!(facets["facets"]["type"].to_string().contains("meet"));
    assert!(facets["facets"]["year"].to_string().contains("2024"));
    // A date that is not one is an error that says what to write.
    let data = d.join("data");
    let out = run(&["search", "--from", "June", "--data", data.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2024-06"), "{}", stderr(&out));
}

#[test]
fn events_are_found_by_their_evidence_sentence() {
    let dir = ingested();
    let data = dir.path().join("data");
    let out = run(&[
        "search",
        "переговоры",
        "--events",
        "--format",
        "jsonl",
        "--data",
        data.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let hit = &lines[0];
    assert_eq!(hit["kind"], "event");
    assert_eq!(hit["event"]["type"], "meet");
    let fragment = hit["snippet"]["fragment"].as_str().unwrap();
    let [start, end] = [0, 1].map(|i| hit["snippet"]["highlights"][0][i].as_u64().unwrap());
    let word: String = fragment
        .chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect();
    assert_eq!(word, "переговоры");
    // The table marks hits with « » when not on a terminal.
    let out = run(&["search", "talks", "--data", data.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("«talk»"), "{text}");
    assert!(text.contains("1 matches"), "{text}");
}

#[test]
fn reingesting_does_not_duplicate() {
    let dir = ingested();
    ingest(dir.path(), DOCS, "again.jsonl");
    check(dir.path(), &[], &[EN, FR, PRESS, RU]);
}

#[test]
fn a_lost_or_damaged_index_is_rebuilt_from_the_store() {
    let dir = ingested();
    let index = dir.path().join("data/index");
    // The process died after the store's commit, before the index's: no index at all.
    std::fs::remove_dir_all(&index).unwrap();
    let data = dir.path().join("data");
    let out = run(&["search", "talks", "--data", data.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("4 stored documents were missing"),
        "{}",
        stderr(&out)
    );
    check(dir.path(), &["talks"], &[EN]);
    // A truncated index file: rebuilt, with a note.
    std::fs::write(index.join("meta.json"), "{\"segm").unwrap();
    let out = run(&["search", "talks", "--data", data.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("rebuilt from the store"),
        "{}",
        stderr(&out)
    );
    check(dir.path(), &["talks"], &[EN]);
    // The next ingest catches up too: the index loses its last documents, ingest adds one more.
    std::fs::remove_dir_all(&index).unwrap();
    let more = r#"{"title": "Sommet", "date": "2025-01-01", "lang": "fr", "text": "Les négociations reprendront à Paris."}"#;
    let note = ingest(dir.path(), more, "more.jsonl");
    assert!(note.contains("4 stored documents were missing"), "{note}");
    check(dir.path(), &["négociation"], &[FR, "Sommet"]);
    let (_, facets) = search(dir.path(), &[]);
    assert_eq!(facets["total"], 5);
}
