//! The Spark example (examples/spark/run.py) runs chancery as a stream filter under pyspark.
//! It needs pyspark and Java: CI installs them (`.ci/run`) and sets `CHANCERY_CI`, where a
//! missing pyspark fails the test; elsewhere the test says it is skipped.

use std::process::Command;

use crate::util::{repo, samples};

/// Whether the tools an external-tool test needs are missing, and whether that may be skipped.
pub fn tool_missing(probe: &mut Command, what: &str) -> bool {
    let ok = probe.output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CHANCERY_CI").is_none(),
            "{what} is not installed, and CI must run this test (see .ci/run)"
        );
        eprintln!("skipped: {what} is not installed");
    }
    !ok
}

#[test]
fn spark_example() {
    if tool_missing(
        Command::new("python3").args(["-c", "import pyspark"]),
        "pyspark (pip install pyspark)",
    ) || tool_missing(Command::new("java").arg("-version"), "Java 17")
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // A small corpus: the four sample documents as records, one of them twice, one bad record.
    let mut corpus = String::new();
    let mut seeds: Vec<_> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    for (i, path) in seeds.iter().chain(seeds.first()).enumerate() {
        let text = std::fs::read_to_string(path).unwrap();
        corpus.push_str(
            &serde_json::json!({"id": format!("doc-{i}"), "url": format!("https://example.org/{i}"), "text": text})
                .to_string(),
        );
        corpus.push('\n');
    }
    corpus.push_str("{\"id\": \"bad\", \"nothing\": 1}\n");
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, corpus).unwrap();
    let output = dir.path().join("out.parquet");
    let out = Command::new("python3")
        .arg(repo().join("examples/spark/run.py"))
        .args(["--chancery", env!("CARGO_BIN_EXE_chancery")])
        .arg("--input")
        .arg(&input)
        .arg("--output")
        .arg(&output)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "run.py failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(summary["input_records"], seeds.len() + 2);
    assert_eq!(summary["rows"], seeds.len() + 2);
    assert_eq!(summary["errors"], 1);
    assert!(output.join("_SUCCESS").exists());
}
