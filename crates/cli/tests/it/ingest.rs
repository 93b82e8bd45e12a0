//! `chancery ingest`, `list` and `show`: idempotence and crash safety, on SQLite and on
//! PostgreSQL (`chancery_store::testpg`).
//! See: #2, #12

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use chancery_store::testpg;

use crate::util::{bin, run, samples, stderr};

fn listed_ids(data: &Path) -> Vec<String> {
    listed_ids_in(&["--data", data.to_str().unwrap()])
}

/// The ids `chancery list` prints, given the store's arguments (`--data DIR`, `--store URL`).
fn listed_ids_in(store: &[&str]) -> Vec<String> {
    let mut args = vec!["list", "--format", "jsonl"];
    args.extend_from_slice(store);
    let out = run(&args);
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
    let data = tempfile::tempdir().unwrap();
    kill_9_then_resume(&["--data", data.path().to_str().unwrap()]);
}

/// The same on PostgreSQL: the server rolls back the killed client's open transaction.
#[test]
fn kill_9_then_resume_on_postgres() {
    let Some(url) = testpg::database("cli_kill") else {
        return;
    };
    kill_9_then_resume(&["--store", &url]);
}

fn kill_9_then_resume(store: &[&str]) {
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
    let mut args = vec!["ingest", corpus.path().to_str().unwrap()];
    args.extend_from_slice(store);
    for delay_ms in [150u64, 400, 700] {
        let mut child = bin()
            .args(&args)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
    }
    let partial = listed_ids_in(store).len();
    // The kills must land mid-ingest for this test to mean anything.
    assert!(
        partial < n,
        "the corpus was ingested before the first kill; make it larger"
    );
    eprintln!("{partial} of {n} documents stored when the last kill landed");
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids = listed_ids_in(store);
    assert_eq!(ids.len(), n, "after the kills {partial} were stored");
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        n,
        "no document doubled"
    );
}

/// The same meeting reported by two documents, in French and in English, is one stored event
/// with two mentions; `chancery events` filters by actor code, type and date. See: #11
#[test]
fn one_event_across_documents() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    let docs = tempfile::tempdir().unwrap();
    std::fs::write(
        docs.path().join("fr.txt"),
        "Minsk, le 25 juin 2024\n\nSergueï Lavrov s'est entretenu avec Alexandre Loukachenko à Minsk le 25 juin 2024. \
         Les deux parties ont évoqué la coopération au sein de l'Union.\n",
    )
    .unwrap();
    std::fs::write(
        docs.path().join("en.txt"),
        "Minsk, June 25, 2024\n\nRussian Foreign Minister Sergey Lavrov met Alexander Lukashenko in Minsk on 25 June 2024. \
         The two sides discussed cooperation within the Union State and the situation in the region.\n",
    )
    .unwrap();
    let out = run(&["ingest", docs.path().to_str().unwrap(), "--data", d]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = |extra: &[&str]| {
        let mut args = vec!["events", "--data", d, "--format", "jsonl"];
        args.extend_from_slice(extra);
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        crate::util::stdout_lines(&out)
    };
    let meetings = listed(&[
        "--actor", "RUS", "--type", "meet", "--from", "2024-06", "--to", "2024-06",
    ]);
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    let m = &meetings[0];
    assert_eq!(m["documents"], 2);
    assert_eq!(m["date"], "2024-06-25");
    assert_eq!(m["mentions"].as_array().unwrap().len(), 2);
    assert!(
        m["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| !x["evidence"].as_str().unwrap().is_empty())
    );
    assert!(listed(&["--actor", "RUS", "--to", "2024-05"]).is_empty());
    let out = run(&["events", "--data", d, "--format", "csv"]);
    assert!(out.status.success());
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("id,code,type,"), "{csv}");
}
