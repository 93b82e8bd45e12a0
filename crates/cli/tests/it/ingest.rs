//! `chancery ingest`, `list` and `show`: idempotence and crash safety.
//! See: #2

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use crate::util::{bin, run, samples, stderr};

fn listed_ids(data: &Path) -> Vec<String> {
    let out = run(&[
        "list",
        "--data",
        data.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    crate::util::stdout_lines(&out)
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn ingest_twice_stores_once() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    let s = samples();
    for _ in 0..2 {
        let out = run(&["ingest", s.to_str().unwrap(), "--data", d]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let ids = listed_ids(data.path());
    assert_eq!(ids.len(), 4);
    let shown = run(&["show", &ids[2][..8], "--data", d]);
    assert!(shown.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(doc["doc_ref"], "6125");
    let missing = run(&["show", "zzzz", "--data", d]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn data_dir_from_environment() {
    let data = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["ingest", samples().to_str().unwrap()])
        .env("CHANCERY_DATA", data.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(data.path().join("chancery.sqlite3").exists());
}

/// kill -9 in the middle of a large ingest, several times, then ingest again: every document is
/// stored exactly once.
#[test]
fn kill_9_then_resume_loses_and_doubles_nothing() {
    let corpus = tempfile::tempdir().unwrap();
    let n = 1500;
    for i in 0..n {
        let body = format!(
            "Communiqué {i}\n\nLe {} juin 2024, le ministre a rencontré son homologue numéro {i} à Minsk. {}\n",
            1 + i % 28,
            "Les deux parties ont discuté de la coopération. ".repeat(20 + i % 50)
        );
        std::fs::write(corpus.path().join(format!("doc-{i:05}.txt")), body).unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let args = [
        "ingest",
        corpus.path().to_str().unwrap(),
        "--data",
        data.path().to_str().unwrap(),
    ];
    for delay_ms in [150u64, 400, 700] {
        let mut child = bin()
            .args(args)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
    }
    let partial = listed_ids(data.path()).len();
    // The kills must land mid-ingest for this test to mean anything.
    assert!(
        partial < n,
        "the corpus was ingested before the first kill; make it larger"
    );
    eprintln!("{partial} of {n} documents stored when the last kill landed");
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids = listed_ids(data.path());
    assert_eq!(ids.len(), n, "after the kills {partial} were stored");
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        n,
        "no document doubled"
    );
}
