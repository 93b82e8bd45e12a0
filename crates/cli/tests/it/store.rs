//! The store's faults found when it was tried, one test each, and the commands on PostgreSQL
//! (`--store URL`, `CHANCERY_STORE`). See: #12

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};

use chancery_store::testpg;

use crate::util::{bin, run, samples, stderr, stdout_lines};

fn ingest(store: &[&str], path: &Path) -> Output {
    let mut args = vec!["ingest", path.to_str().unwrap()];
    args.extend_from_slice(store);
    run(&args)
}

fn with(store: &[&str], args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend_from_slice(store);
    run(&all)
}

/// A corpus of `n` short documents.
fn corpus(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..n {
        std::fs::write(
            dir.path().join(format!("doc-{i:03}.txt")),
            format!(
                "Communiqué {i}\n\nLe ministre a rencontré son homologue numéro {i} à Minsk.\n"
            ),
        )
        .unwrap();
    }
    dir
}

#[test]
fn ingest_says_what_it_did() {
    let data = tempfile::tempdir().unwrap();
    let d = ["--data", data.path().to_str().unwrap()];
    let out = ingest(&d, &samples());
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let last = err.lines().last().unwrap_or_default();
    assert!(
        last.contains("4 documents added, 0 already present, 0 failed")
            && last.contains("event mentions added")
            && last.contains("documents/s"),
        "{err}"
    );
    let again = stderr(&ingest(&d, &samples()));
    assert!(
        again.contains("0 documents added, 4 already present"),
        "{again}"
    );
}

#[test]
fn a_damaged_store_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let d = ["--data", data.path().to_str().unwrap()];
    let docs = corpus(60);
    assert!(ingest(&d, docs.path()).status.success());
    let file = data.path().join("chancery.sqlite3");
    let mut bytes = std::fs::read(&file).unwrap();
    assert!(bytes.len() > 5 * 4096, "{}", bytes.len());
    for b in &mut bytes[2 * 4096..] {
        *b = 0xa5;
    }
    std::fs::write(&file, bytes).unwrap();
    let out = ingest(&d, &samples());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&file.display().to_string()) && err.contains("damaged"),
        "{err}"
    );
    assert!(err.contains("move the file aside"), "{err}");
}

#[test]
fn list_on_a_missing_directory_creates_nothing() {
    let data = tempfile::tempdir().unwrap();
    let missing = data.path().join("not-yet");
    for args in [
        vec!["list"],
        vec!["show", "ab"],
        vec!["events", "--format", "jsonl"],
    ] {
        let out = with(&["--data", missing.to_str().unwrap()], &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("there is no store in") && err.contains("chancery ingest"),
            "{err}"
        );
        assert!(!missing.exists(), "{args:?} created the data directory");
    }
}

#[test]
fn show_matches_prefixes_literally() {
    let data = tempfile::tempdir().unwrap();
    let d = ["--data", data.path().to_str().unwrap()];
    // 20 documents: two of them share a first hex digit.
    let docs = corpus(20);
    assert!(ingest(&d, docs.path()).status.success());
    let list = stdout_lines(&with(&d, &["list", "--format", "jsonl"]));
    let ids: Vec<String> = list
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_owned())
        .collect();
    for bad in ["", "%", "_", "a_", "xyz"] {
        let out = with(&d, &["show", bad]);
        assert_eq!(out.status.code(), Some(1), "show {bad:?}");
        assert!(out.stdout.is_empty(), "show {bad:?} printed a document");
        assert!(
            stderr(&out).contains("is not a document id"),
            "{}",
            stderr(&out)
        );
    }
    let shared = ids
        .iter()
        .find_map(|a| {
            let p = &a[..1];
            (ids.iter().filter(|b| b.starts_with(p)).count() > 1).then(|| p.to_owned())
        })
        .unwrap();
    let ambiguous = with(&d, &["show", &shared]);
    assert_eq!(ambiguous.status.code(), Some(1));
    let err = stderr(&ambiguous);
    assert!(err.contains("matches several documents"), "{err}");
    let some = ids.iter().find(|i| i.starts_with(&shared)).unwrap();
    assert!(
        err.contains(some.as_str()),
        "the candidates are named: {err}"
    );
    let unknown_prefix = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f",
    ]
    .into_iter()
    .flat_map(|a| ["0", "5", "a", "f"].map(|b| format!("{a}{b}")))
    .find(|p| !ids.iter().any(|i| i.starts_with(p.as_str())))
    .unwrap();
    let unknown = with(&d, &["show", &unknown_prefix]);
    assert_eq!(unknown.status.code(), Some(1));
    let err = stderr(&unknown);
    assert!(
        err.contains("no stored document has an id starting with"),
        "{err}"
    );
    assert!(!err.contains("several"), "{err}");
    // The whole id, in capitals too.
    let out = with(&d, &["show", &ids[3].to_uppercase()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// The binary and the store readable, not writable, by the user who runs `list`: as root (CI),
/// that user is `nobody` through `runuser`, root being allowed to write anything.
#[test]
fn a_read_only_store_can_be_read() {
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    let top = tempfile::tempdir().unwrap();
    let data = top.path().join("data");
    let d = ["--data", data.to_str().unwrap()];
    assert!(ingest(&d, &samples()).status.success());
    let ids: Vec<String> = stdout_lines(&with(&d, &["list", "--format", "jsonl"]))
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_owned())
        .collect();
    let exe = top.path().join("chancery");
    if std::fs::hard_link(env!("CARGO_BIN_EXE_chancery"), &exe).is_err() {
        std::fs::copy(env!("CARGO_BIN_EXE_chancery"), &exe).unwrap();
    }
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    mode(top.path(), 0o755).unwrap();
    mode(&exe, 0o755).unwrap();
    mode(&data.join("chancery.sqlite3"), 0o444).unwrap();
    mode(&data, 0o555).unwrap();
    let before: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let command = |args: &[&str]| {
        let mut cmd = if root {
            let mut c = Command::new("runuser");
            c.args(["-u", "nobody", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args).args(d).env_remove("CHANCERY_STORE");
        cmd.output().unwrap()
    };
    if root
        && crate::spark::tool_missing(
            Command::new("runuser").args(["-u", "nobody", "--", "true"]),
            "runuser and a `nobody` user",
        )
    {
        return;
    }
    let list = command(&["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert_eq!(String::from_utf8_lossy(&list.stdout).lines().count(), 4);
    let show = command(&["show", &ids[0][..6]]);
    assert!(show.status.success(), "{}", stderr(&show));
    let events = command(&["events"]);
    assert!(events.status.success(), "{}", stderr(&events));
    let after: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after, "reading created files");
    mode(&data, 0o755).unwrap();
}

/// Every store command on PostgreSQL, by flag and by environment.
#[test]
fn commands_on_postgres() {
    let Some(url) = testpg::database("cli_commands") else {
        return;
    };
    let s = ["--store", url.as_str()];
    let data = tempfile::tempdir().unwrap();
    // `--data` still names the data directory (imported actors), not the store.
    let out = with(
        &s,
        &[
            "ingest",
            samples().to_str().unwrap(),
            "--data",
            data.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!data.path().join("chancery.sqlite3").exists());
    let out = bin()
        .args(["ingest", samples().to_str().unwrap()])
        .env("CHANCERY_STORE", &url)
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("0 documents added, 4 already present"),
        "{}",
        stderr(&out)
    );
    let list = stdout_lines(&with(&s, &["list", "--format", "jsonl"]));
    assert_eq!(list.len(), 4);
    // The same documents, in the same order, as SQLite stores them; and the same `show`.
    let sqlite = tempfile::tempdir().unwrap();
    let q = ["--data", sqlite.path().to_str().unwrap()];
    assert!(ingest(&q, &samples()).status.success());
    let lite = stdout_lines(&with(&q, &["list", "--format", "jsonl"]));
    let ids = |l: &[serde_json::Value]| l.iter().map(|d| d["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&list), ids(&lite));
    for d in &list {
        let id = d["id"].as_str().unwrap();
        let pg = with(&s, &["show", id]);
        assert!(pg.status.success(), "{}", stderr(&pg));
        assert_eq!(pg.stdout, with(&q, &["show", id]).stdout, "show {id}");
    }
    let e_pg = with(&s, &["events", "--format", "jsonl"]);
    assert!(e_pg.status.success(), "{}", stderr(&e_pg));
    assert_eq!(
        e_pg.stdout,
        with(&q, &["events", "--format", "jsonl"]).stdout
    );
    // A database without a store is not made one by reading it.
    let Some(empty) = testpg::database("cli_empty") else {
        return;
    };
    let out = run(&["list", "--store", &empty]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("there is no chancery store"),
        "{}",
        stderr(&out)
    );
}
