//! Runs the time stage over the sentences of a gold TSV (`tests/times/gold.tsv`) and prints, as
//! one JSON object, what `find_times` finds in each sentence plus a throughput measurement.
//!
//! ```text
//! cargo run --release -p chancery-extract --example times_tsv -- tests/times/gold.tsv [REPS]
//! cargo run -p chancery-extract --example times_tsv -- --dump FILE LANG [ANCHOR]
//! cargo run --release -p chancery-extract --example times_tsv -- --bench LANG REPS FILE...
//! ```
//!
//! Gold columns: sentence, lang, anchor (ISO or empty), expression, expected value.
//! Offsets in the output are Unicode code points, like the extract contract.

use std::collections::HashSet;
use std::time::Instant;

use chancery_extract::times::find_times;
use chancery_model::PartialDate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--dump") {
        let text = std::fs::read_to_string(&args[1]).expect("readable file");
        let anchor = args.get(3).and_then(|a| PartialDate::parse_iso(a));
        for t in find_times(&text, Some(&args[2]), anchor) {
            let v = t.value.map_or("-".to_owned(), |v| v.to_string());
            println!(
                "{:>6} {:<40} {}",
                t.span.start,
                t.span.slice(&text).replace('\n', "⏎"),
                v
            );
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--bench") {
        // Whole documents: --bench LANG REPS FILE...
        let reps: usize = args[2].parse().expect("REPS");
        let texts: Vec<String> = args[3..]
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("readable file"))
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let anchor = PartialDate::parse_iso("2024-05-24");
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..reps {
            for t in &texts {
                n += std::hint::black_box(find_times(
                    std::hint::black_box(t),
                    Some(&args[1]),
                    anchor,
                ))
                .len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{} bytes × {reps} in {secs:.3} s: {:.1} MB/s ({n} expressions)",
            bytes,
            (bytes * reps) as f64 / secs / 1e6
        );
        return;
    }
    let path = args.first().map_or("tests/times/gold.tsv", String::as_str);
    let reps: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(2000);
    let tsv = std::fs::read_to_string(path).expect("readable gold TSV");
    let mut seen = HashSet::new();
    let mut cases: Vec<(String, String, Option<PartialDate>, String)> = Vec::new();
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 5 {
            continue;
        }
        let key = (cols[0].to_owned(), cols[1].to_owned(), cols[2].to_owned());
        if seen.insert(key) {
            cases.push((
                cols[0].to_owned(),
                cols[1].to_owned(),
                PartialDate::parse_iso(cols[2]),
                cols[2].to_owned(),
            ));
        }
    }
    let mut out = Vec::new();
    for (sentence, lang, anchor, anchor_s) in &cases {
        let found: Vec<serde_json::Value> = find_times(sentence, Some(lang), *anchor)
            .iter()
            .map(|t| {
                serde_json::json!({
                    "text": t.span.slice(sentence),
                    "start": sentence[..t.span.start].chars().count(),
                    "end": sentence[..t.span.end].chars().count(),
                    "value": t.value.map(|v| v.to_string()),
                })
            })
            .collect();
        out.push(serde_json::json!({"sentence": sentence, "lang": lang, "anchor": anchor_s, "times": found}));
    }
    let bytes: usize = cases.iter().map(|c| c.0.len()).sum();
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..reps {
        for (sentence, lang, anchor, _) in &cases {
            n += std::hint::black_box(find_times(
                std::hint::black_box(sentence),
                Some(lang),
                *anchor,
            ))
            .len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let sentences = (reps * cases.len()) as f64;
    let result = serde_json::json!({
        "results": out,
        "timing": {
            "reps": reps, "sentences": cases.len(), "bytes": bytes, "seconds": secs, "found": n,
            "sentences_per_s": sentences / secs,
            "mb_per_s": (reps * bytes) as f64 / secs / 1e6,
        }
    });
    println!("{result}");
}
