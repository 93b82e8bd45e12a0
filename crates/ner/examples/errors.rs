//! Prints the false positives and false negatives of a model on a corpus split (for error
//! analysis): `cargo run --release -p chancery-ner --example errors -- CORPUS_DIR MODEL [test|all|dev]`.

use std::collections::HashSet;

use chancery_ner::eval::SCORED;
use chancery_ner::{Model, Split, read_corpus};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(model)) = (args.first(), args.get(1)) else {
        return Err("usage: errors CORPUS_DIR MODEL [split]".into());
    };
    let split = match args.get(2).map(String::as_str) {
        Some("all") => Split::All,
        Some("dev") => Split::Dev,
        _ => Split::Test,
    };
    let corpus = read_corpus(dir.as_ref())?;
    let model = Model::load_path(model.as_ref())?;
    for doc in corpus.split(split) {
        let pred: HashSet<_> = model
            .tag(&doc.text)
            .into_iter()
            .filter(|e| SCORED.contains(&e.1))
            .collect();
        let gold: HashSet<_> = doc
            .entities
            .iter()
            .copied()
            .filter(|e| SCORED.contains(&e.1))
            .collect();
        let mut errs: Vec<_> = pred
            .difference(&gold)
            .map(|e| (e.0.start, "FP", e))
            .chain(gold.difference(&pred).map(|e| (e.0.start, "FN", e)))
            .collect();
        errs.sort_by_key(|e| (e.0, e.1));
        for (_, kind, (span, t)) in errs {
            let s = span.start.saturating_sub(30);
            let ctx_start = (0..=s)
                .rev()
                .find(|&i| doc.text.is_char_boundary(i))
                .unwrap_or(0);
            let e = (span.end + 30).min(doc.text.len());
            let ctx_end = (e..=doc.text.len())
                .find(|&i| doc.text.is_char_boundary(i))
                .unwrap_or(doc.text.len());
            println!(
                "{kind} {:<4} {:<30} | {}",
                t.as_str(),
                span.slice(&doc.text),
                doc.text[ctx_start..ctx_end].replace('\n', " ")
            );
        }
    }
    Ok(())
}
