//! `chancery kb import/list/lookup` on the shared CAMEO dictionaries, and `chancery extract` with
//! the imported base. Skipped (with a note) when `../shared/data/cameo` is absent.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::util::{repo, run, samples, stderr, stdout_lines};

fn cameo() -> Option<PathBuf> {
    let dir = repo().join("../shared/data/cameo");
    if dir.join("Phoenix.International.actors.txt").is_file() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; kb import test skipped", dir.display());
        None
    }
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn import_lookup_and_extract() {
    let Some(cameo) = cameo() else { return };
    let data = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    let file = cameo.join("Phoenix.International.actors.txt");

    let out = run(&["kb", "import", file.to_str().unwrap(), "--data", d]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(
        summary.contains(" actors (") && summary.contains("errors (lines "),
        "{summary}"
    );
    assert!(
        data.path()
            .join("actors/Phoenix.International.actors.tsv")
            .is_file()
    );

    let out = run(&["kb", "list", "--data", d]);
    assert!(stdout(&out).contains("Phoenix.International.actors.tsv"));

    let out = run(&[
        "kb",
        "lookup",
        "Commonwealth of Independent States",
        "--data",
        d,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("IGOCASCIS"), "{}", stdout(&out));
    // An imported person whose code depends on the date.
    let on = |date: &str| {
        let out = run(&[
            "kb",
            "lookup",
            "javier de cuellar",
            "--date",
            date,
            "--data",
            d,
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    assert!(on("1985-06-01").starts_with("Javier de Cuellar (PER): IGOUNO on 1985-06-01"));
    assert!(on("1995-06-01").starts_with("Javier de Cuellar (PER): ELI on 1995-06-01"));
    // Without the import, the name is unknown.
    let e = empty.path().to_str().unwrap();
    let out = run(&["kb", "lookup", "Javier de Cuellar", "--data", e]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("chancery kb import"),
        "{}",
        stderr(&out)
    );
    let out = run(&["kb", "import", "no/such/file.txt", "--data", d]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));

    // Extraction with the imported base: every entity of the built-in run is still there;
    // additions are capitalised mentions, never lowercase words.
    let seeds = samples();
    let base = run(&["extract", seeds.to_str().unwrap(), "--data", e]);
    let imported = run(&["extract", seeds.to_str().unwrap(), "--data", d]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let (base, imported) = (stdout_lines(&base), stdout_lines(&imported));
    assert_eq!(base.len(), imported.len());
    for (b, i) in base.iter().zip(&imported) {
        let names = |doc: &serde_json::Value| -> HashSet<String> {
            doc["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["name"].as_str().unwrap_or("").to_owned())
                .collect()
        };
        let (nb, ni) = (names(b), names(i));
        assert!(
            nb.is_subset(&ni),
            "{}: lost {:?}",
            b["path"],
            nb.difference(&ni).collect::<Vec<_>>()
        );
        for e in i["entities"].as_array().unwrap() {
            if nb.contains(e["name"].as_str().unwrap_or("")) {
                continue;
            }
            for s in e["surface"].as_array().unwrap() {
                let s = s.as_str().unwrap_or("");
                assert!(
                    !s.chars().next().is_some_and(char::is_lowercase),
                    "{}: lowercase imported hit {s:?} for {}",
                    b["path"],
                    e["name"]
                );
            }
        }
        assert!(
            ni.len() <= nb.len() + 5,
            "{}: {:?}",
            b["path"],
            ni.difference(&nb)
        );
    }
}

#[test]
fn kb_flag_reads_a_petrarch_file() {
    let Some(cameo) = cameo() else { return };
    let empty = tempfile::tempdir().unwrap();
    let file = cameo.join("Phoenix.MilNonState.actors.txt");
    let out = run(&[
        "kb",
        "lookup",
        "Abu Nidal Organization",
        "--data",
        empty.path().to_str().unwrap(),
        "--kb",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("IMGMUSALQ"), "{}", stdout(&out));
}
