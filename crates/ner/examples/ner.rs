//! Train and evaluate without the `chancery` binary:
//!
//! ```text
//! cargo run --release -p chancery-ner --example ner -- train [--lang fr] [--corpus DIR]... [--out FILE] [--epochs N] [--hold-out-dev]
//! cargo run --release -p chancery-ner --example ner -- eval --corpus DIR [--split test|all|dev] [--model FILE] [--format json]
//! cargo run --release -p chancery-ner --example ner -- dump --corpus DIR [--split test|all|dev]
//! cargo run --release -p chancery-ner --example ner -- pred --corpus DIR [--split …] [--model FILE]
//! ```
//!
//! `dump` prints the documents of a split as JSON lines `{"id", "text", "entities": [[start,
//! end, "PER"], …]}` (code-point offsets, PER/LOC/ORG, outermost), so that other taggers can be
//! scored on exactly the same texts and gold (`scripts/ner/bench_spacy.py`).

use std::io::Write;
use std::path::PathBuf;

use chancery_ner::{EvalConfig, Split, TrainConfig, TrainOptions};

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().cloned().unwrap_or_default();
    let mut corpora = Vec::new();
    let (mut lang, mut out, mut model, mut split, mut json) =
        ("fr".to_string(), None, None, Split::Test, false);
    let mut opts = TrainOptions::default();
    let mut dev = false;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--corpus" => corpora.push(PathBuf::from(val()?)),
            "--lang" => lang = val()?,
            "--out" => out = Some(PathBuf::from(val()?)),
            "--model" => model = Some(PathBuf::from(val()?)),
            "--epochs" => opts.epochs = val()?.parse()?,
            "--min-count" => opts.min_count = val()?.parse()?,
            "--prune" => opts.prune = val()?.parse()?,
            "--max-features" => opts.max_features = val()?.parse()?,
            "--hold-out-dev" => dev = true,
            "--format" => json = val()? == "json",
            "--split" => {
                split = match val()?.as_str() {
                    "test" => Split::Test,
                    "dev" => Split::Dev,
                    "train" => Split::Train,
                    _ => Split::All,
                }
            }
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    match cmd.as_str() {
        "train" => {
            let cfg = TrainConfig {
                corpora,
                data_dir: PathBuf::from(chancery_ner::DEFAULT_DATA_DIR),
                out: out.unwrap_or_else(|| PathBuf::from(format!("models/ner/{lang}.bin"))),
                lang,
                options: opts,
                hold_out_dev: dev,
            };
            let t0 = std::time::Instant::now();
            let o = chancery_ner::train_command(&cfg)?;
            eprintln!(
                "trained on {:?}: {} docs, {} sentences, {} tokens, {} entities ({} misaligned); features {} seen, {} kept; errors per epoch {:?}; wrote {} ({} bytes) in {:.1} s",
                o.corpora,
                o.stats.documents,
                o.stats.sentences,
                o.stats.tokens,
                o.stats.entities,
                o.stats.misaligned,
                o.stats.features_seen,
                o.stats.features_kept,
                o.stats.epoch_errors,
                o.out.display(),
                o.bytes,
                t0.elapsed().as_secs_f64()
            );
        }
        "eval" => {
            let corpus = corpora.pop().ok_or("--corpus is required")?;
            let r = chancery_ner::eval_command(&EvalConfig {
                corpus,
                split,
                model,
            })?;
            if json {
                println!("{}", serde_json::to_string(&r)?);
            } else {
                print!("{}", r.to_text());
            }
        }
        "dump" => {
            let corpus = corpora.pop().ok_or("--corpus is required")?;
            let corpus = chancery_ner::read_corpus(&corpus)?;
            let mut out = std::io::stdout().lock();
            for doc in corpus.split(split) {
                let map = chancery_model::text::CharOffsets::new(&doc.text);
                let ents: Vec<(usize, usize, &str)> = doc
                    .entities
                    .iter()
                    .filter(|(_, t)| chancery_ner::eval::SCORED.contains(t))
                    .map(|(s, t)| (map.char_offset(s.start), map.char_offset(s.end), t.as_str()))
                    .collect();
                let line = serde_json::json!({"id": doc.id, "text": doc.text, "entities": ents});
                writeln!(out, "{line}")?;
            }
        }
        "pred" => {
            // Like `dump`, with the model's predictions as `pred` (same offsets and types).
            let corpus = corpora.pop().ok_or("--corpus is required")?;
            let corpus = chancery_ner::read_corpus(&corpus)?;
            let path = model.unwrap_or_else(|| chancery_ner::shipped_model_path(corpus.lang));
            let m = chancery_ner::Model::load_path(&path)?;
            let mut out = std::io::stdout().lock();
            for doc in corpus.split(split) {
                let map = chancery_model::text::CharOffsets::new(&doc.text);
                let conv = |v: &[(chancery_model::Span, chancery_model::EntityType)]| {
                    v.iter()
                        .filter(|(_, t)| chancery_ner::eval::SCORED.contains(t))
                        .map(|(s, t)| {
                            (map.char_offset(s.start), map.char_offset(s.end), t.as_str())
                        })
                        .collect::<Vec<_>>()
                };
                let pred = m.tag(&doc.text);
                let line = serde_json::json!({"id": doc.id, "text": doc.text,
                    "entities": conv(&doc.entities), "pred": conv(&pred)});
                writeln!(out, "{line}")?;
            }
        }
        _ => return Err("usage: ner train|eval|dump|pred …".into()),
    }
    Ok(())
}
