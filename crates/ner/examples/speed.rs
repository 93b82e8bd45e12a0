//! Tagging speed on a corpus split, repeated: `cargo run --release -p chancery-ner --example
//! speed -- CORPUS_DIR [MODEL] [rounds]` (pin it to one core with `taskset -c 0`). Prints
//! words/s of tokenizing only, of tokenizing + sentence splitting, and of tagging (which includes
//! tokenizing). An optional fourth argument picks the split (`all`, the default, or `test`);
//! "tag (cold Tagger)" starts every round with a new [`Tagger`] (an empty word-form cache), as
//! `chancery eval ner` does.

use std::time::Instant;

use chancery_ner::{Model, Split, Tagger, read_corpus, token};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .first()
        .ok_or("usage: speed CORPUS_DIR [MODEL] [rounds] [all|test]")?;
    let corpus = read_corpus(dir.as_ref())?;
    let path = args
        .get(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| chancery_ner::shipped_model_path(corpus.lang));
    let rounds: usize = args.get(2).map_or(Ok(5), |r| r.parse())?;
    let model = Model::load_path(&path)?;
    let split = match args.get(3).map(String::as_str) {
        Some("test") => Split::Test,
        Some("dev") => Split::Dev,
        Some("train") => Split::Train,
        _ => Split::All,
    };
    let docs = corpus.split(split);
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let mut toks = Vec::new();
    let report = |what: &str, secs: f64| {
        println!(
            "{what:<22} {:>10.0} words/s",
            (words * rounds) as f64 / secs
        );
    };
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for d in &docs {
            token::tokenize_into(&d.text, &mut toks);
            n += toks.len();
        }
    }
    report("tokenize", t0.elapsed().as_secs_f64());
    let t0 = Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            token::tokenize_into(&d.text, &mut toks);
            n += token::sentences(&d.text, &toks).len();
        }
    }
    report("tokenize + sentences", t0.elapsed().as_secs_f64());
    let mut tagger = Tagger::new(&model);
    if std::env::var_os("SPEED_TAG_ONLY").is_some() {
        // For `perf stat`: one cold pass of the Tagger only.
        let t0 = Instant::now();
        let cpu0 = oncpu();
        let mut out = Vec::new();
        for d in &docs {
            tagger.tag_into(&d.text, &mut out);
            n += out.len();
        }
        let wall = t0.elapsed().as_secs_f64();
        let cpu = oncpu() - cpu0;
        println!(
            "tag (one cold pass) {:>10.0} words/s wall, {:>10.0} words/s on-CPU, checksum {n}",
            words as f64 / wall,
            words as f64 / cpu
        );
        return Ok(());
    }
    let mut out = Vec::new();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            tagger.tag_into(&d.text, &mut out);
            n += out.len();
        }
    }
    report("tag (Tagger)", t0.elapsed().as_secs_f64());
    let t0 = Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            n += model.tag(&d.text).len();
        }
    }
    report("tag (Model::tag)", t0.elapsed().as_secs_f64());
    let t0 = Instant::now();
    for _ in 0..rounds {
        let mut tagger = Tagger::new(&model);
        for d in &docs {
            tagger.tag_into(&d.text, &mut out);
            n += out.len();
        }
    }
    report("tag (cold Tagger)", t0.elapsed().as_secs_f64());
    println!("{} docs, {words} words, checksum {n}", docs.len());
    Ok(())
}

/// Seconds this thread has spent on a CPU (Linux `/proc/thread-self/schedstat`), so that
/// measurements on a busy machine leave out the time spent waiting for a core.
fn oncpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}
