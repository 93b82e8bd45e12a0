//! Memory stays proportional to one document, and flat over streams. The binary reports its
//! own peak (`CHANCERY_PEAK_MEMORY`, Linux `VmHWM`).

use std::io::Write;
use std::path::Path;

use crate::util::{bin, samples};

/// Room for the program itself: models, actor automata, buffers.
const CONSTANT_KIB: u64 = 96 * 1024;

fn peak_kib(args: &[&str], stdin: Option<&Path>) -> u64 {
    let mut cmd = bin();
    cmd.args(args).env("CHANCERY_PEAK_MEMORY", "1");
    if let Some(p) = stdin {
        cmd.stdin(std::fs::File::open(p).unwrap());
    }
    cmd.stdout(std::process::Stdio::null());
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.contains("peak memory"))
        .unwrap_or_else(|| panic!("no peak memory line in {err}"));
    line.split_whitespace()
        .rev()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}

fn seeds_text() -> String {
    let mut text = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).unwrap());
        text.push_str("\n\n");
    }
    text
}

// See: #9 (a 200 MB text file took 2.3 GB: 11 times its size).
#[test]
fn one_large_document_takes_at_most_four_times_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.txt");
    let seeds = seeds_text();
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut size = 0u64;
    while size < 24 * 1024 * 1024 {
        f.write_all(seeds.as_bytes()).unwrap();
        size += seeds.len() as u64;
    }
    drop(f);
    let peak = peak_kib(&["extract", path.to_str().unwrap()], None);
    let limit = 4 * size / 1024 + CONSTANT_KIB;
    assert!(
        peak <= limit,
        "peak {peak} KiB for {size} bytes (limit {limit} KiB)"
    );
}

#[test]
fn a_stream_of_records_stays_flat() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stream.jsonl");
    let seeds = seeds_text();
    let record = serde_json::json!({"id": "x", "text": seeds}).to_string();
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut size = 0u64;
    // (Hundreds of records: enough for growth per record to show; the limit does not depend on
    // the stream's length.)
    while size < 8 * 1024 * 1024 {
        writeln!(f, "{record}").unwrap();
        size += record.len() as u64 + 1;
    }
    drop(f);
    let peak = peak_kib(&["extract", "--input-format", "jsonl", "-"], Some(&path));
    // Flat: one record at a time, whatever the stream's length.
    assert!(
        peak <= CONSTANT_KIB + 16 * record.len() as u64 / 1024,
        "peak {peak} KiB over a {size}-byte stream of {}-byte records",
        record.len()
    );
}
