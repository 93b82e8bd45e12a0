//! Throughput of the speaker stages alone: `turns` + `quotes` over seed 002, pre-cleaned and with
//! meta and sections already extracted.
//!
//! `cargo run --release -p chancery-extract --example speakers_speed [ROUNDS]`

use std::time::Instant;

use chancery_clean::clean_text;
use chancery_extract::{Context, extract, quotes, turns};

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../samples/seeds/002_410b3022a7af6331.txt"
    );
    let raw = std::fs::read_to_string(path).expect("seed 002 is readable UTF-8");
    let mut base = extract(clean_text(&raw), &Context::default());
    base.speakers.clear();
    base.turns.clear();
    base.quotes.clear();
    let bytes = base.text.len();

    let mut turns_seen = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        let mut doc = base.clone();
        turns::extract_turns(&mut doc);
        quotes::extract_quotes(&mut doc);
        turns_seen += doc.turns.len();
    }
    let secs = start.elapsed().as_secs_f64();
    // Cloning the document is part of the loop; measure it alone and take it out.
    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(base.clone());
    }
    let clone_secs = start.elapsed().as_secs_f64();
    let stage_secs = (secs - clone_secs).max(f64::EPSILON);
    let mb = (bytes * rounds) as f64 / 1e6;
    if std::env::var_os("SPEED_SPLIT").is_some() {
        let mut doc = base.clone();
        let start = Instant::now();
        for _ in 0..rounds {
            turns::extract_turns(&mut doc);
        }
        let t = start.elapsed().as_secs_f64();
        let start = Instant::now();
        for _ in 0..rounds {
            quotes::extract_quotes(&mut doc);
        }
        let q = start.elapsed().as_secs_f64();
        println!("turns {:.1} MB/s, quotes {:.1} MB/s", mb / t, mb / q);
    }
    println!(
        "turns+quotes: {rounds} rounds × {bytes} bytes, {} turns/round: {:.1} MB/s ({:.1} µs/doc)",
        turns_seen / rounds.max(1),
        mb / stage_secs,
        stage_secs / rounds as f64 * 1e6
    );
}
