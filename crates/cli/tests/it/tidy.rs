//! Tidy checks as tests: ARCHITECTURE.md stays true to the tree.

use crate::util::repo;

/// The `chancery-*` crates a crate's Cargo.toml depends on (normal dependencies only).
fn chancery_deps(manifest: &str) -> Vec<String> {
    let mut in_deps = false;
    let mut deps = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps && line.starts_with("chancery-") {
            deps.push(line.split(['.', ' ', '=']).next().unwrap_or("").to_owned());
        }
    }
    deps
}

#[test]
fn architecture_names_every_crate() {
    let arch = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    for entry in std::fs::read_dir(repo().join("crates")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            arch.contains(&format!("`crates/{name}`")),
            "ARCHITECTURE.md has no heading for crates/{name}"
        );
    }
}

#[test]
fn dependency_rule_holds() {
    // Stages never depend on the store, the index, the server or the CLI; the store, index and
    // export depend only on the model.
    let forbidden_for_stages = [
        "chancery-store",
        "chancery-index",
        "chancery-search",
        "chancery-server",
        "chancery-serve",
        "chancery-export",
    ];
    for entry in std::fs::read_dir(repo().join("crates")).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        let deps = chancery_deps(&manifest);
        assert!(
            !deps.iter().any(|d| d == "chancery"),
            "{name} depends on the CLI"
        );
        match name.as_str() {
            "model" => assert!(deps.is_empty(), "model depends on {deps:?}"),
            "store" | "index" | "search" | "export" => {
                assert!(
                    deps.iter().all(|d| d == "chancery-model"),
                    "{name} depends on {deps:?}"
                )
            }
            // The server reads the store and the index and writes exports; how a posted
            // document is extracted is handed in by the CLI.
            "serve" => {
                for d in &deps {
                    assert!(
                        [
                            "chancery-model",
                            "chancery-store",
                            "chancery-search",
                            "chancery-export"
                        ]
                        .contains(&d.as_str()),
                        "serve depends on {d}"
                    );
                }
            }
            "ingest" | "clean" | "extract" | "lexicon" | "ner" => {
                for d in &deps {
                    assert!(
                        !forbidden_for_stages.contains(&d.as_str()),
                        "{name} depends on {d}"
                    );
                }
            }
            _ => {}
        }
    }
}
