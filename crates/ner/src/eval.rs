//! Evaluation: exact-match precision, recall and F1 per type and overall over PER+LOC+ORG.
//!
//! Conventions (those of the spaCy baseline of issue 4): gold and predicted entities are
//! outermost spans; a prediction counts when its start, end (code points, equivalently bytes of
//! the same text) and type all equal a gold entity's; MISC is ignored on both sides. Speed is
//! whitespace-separated words of the evaluated texts per second of tagging, on one thread.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chancery_model::{EntityType, Span};
use serde::Serialize;

use crate::corpus::{Doc, outermost};
use crate::model::{Model, Tagger};

/// The scored types, in report order.
pub const SCORED: [EntityType; 3] = [EntityType::Per, EntityType::Loc, EntityType::Org];

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

/// Scores of one type or of all, fractions in 0..1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    pub fn scores(self) -> Scores {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(self.tp, self.tp + self.fp);
        let recall = ratio(self.tp, self.tp + self.fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Scores {
            precision,
            recall,
            f1,
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
        }
    }
}

/// Compares the entities of one document, adding to the per-type counts.
pub fn score_doc(
    gold: &[(Span, EntityType)],
    pred: &[(Span, EntityType)],
    counts: &mut BTreeMap<&'static str, Counts>,
) {
    let keep = |v: &[(Span, EntityType)]| {
        outermost(
            v.iter()
                .copied()
                .filter(|(_, t)| SCORED.contains(t))
                .collect(),
        )
    };
    let (gold, pred) = (keep(gold), keep(pred));
    let gold_set: std::collections::HashSet<(Span, EntityType)> = gold.iter().copied().collect();
    let pred_set: std::collections::HashSet<(Span, EntityType)> = pred.iter().copied().collect();
    for t in SCORED {
        counts.entry(t.as_str()).or_default();
    }
    for p in &pred {
        let c = counts.entry(p.1.as_str()).or_default();
        if gold_set.contains(p) {
            c.tp += 1;
        } else {
            c.fp += 1;
        }
    }
    for g in &gold {
        if !pred_set.contains(g) {
            counts.entry(g.1.as_str()).or_default().fn_ += 1;
        }
    }
}

/// The result of an evaluation; its JSON form is what `chancery eval ner --format json` prints.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub corpus: String,
    pub split: String,
    pub model: String,
    pub documents: usize,
    pub words: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub by_type: BTreeMap<String, Scores>,
    pub words_per_second: f64,
    pub seconds: f64,
}

/// Tags every document (timing only the tagging) and scores it; the duration returned is the
/// mean time of one pass over the documents.
pub fn evaluate(model: &Model, docs: &[&Doc]) -> (BTreeMap<&'static str, Counts>, usize, Duration) {
    let mut counts = BTreeMap::new();
    let mut tagger = Tagger::new(model);
    let mut pred = Vec::new();
    let mut took = Duration::ZERO;
    let mut words = 0;
    for doc in docs {
        words += doc.text.split_whitespace().count();
        let t0 = Instant::now();
        tagger.tag_into(&doc.text, &mut pred);
        took += t0.elapsed();
        score_doc(&doc.entities, &pred, &mut counts);
    }
    // A small corpus is tagged in a few milliseconds, too short a time to measure: tag it again
    // (timing only) until a second of tagging has been measured, and report the time per pass.
    // Each pass starts cold, with a new tagger and an empty word-form cache, so that repeating
    // the same texts does not flatter the figure.
    let mut passes = 1u32;
    while took < MIN_TIMED && passes < MAX_PASSES && !docs.is_empty() {
        let t0 = Instant::now();
        let mut tagger = Tagger::new(model);
        for doc in docs {
            tagger.tag_into(&doc.text, &mut pred);
        }
        took += t0.elapsed();
        passes += 1;
    }
    (counts, words, took / passes)
}

/// Tagging time to measure before a speed is reported.
const MIN_TIMED: Duration = Duration::from_secs(1);
/// At most this many timing passes.
const MAX_PASSES: u32 = 200;

/// Builds the report from counts.
pub fn report(
    corpus: &str,
    split: &str,
    model: &str,
    documents: usize,
    counts: &BTreeMap<&'static str, Counts>,
    words: usize,
    took: Duration,
) -> Report {
    let mut total = Counts::default();
    let mut by_type = BTreeMap::new();
    for t in SCORED {
        let c = counts.get(t.as_str()).copied().unwrap_or_default();
        total.add(c);
        by_type.insert(t.as_str().to_string(), c.scores());
    }
    let s = total.scores();
    let secs = took.as_secs_f64();
    Report {
        corpus: corpus.to_string(),
        split: split.to_string(),
        model: model.to_string(),
        documents,
        words,
        precision: s.precision,
        recall: s.recall,
        f1: s.f1,
        by_type,
        words_per_second: if secs > 0.0 { words as f64 / secs } else { 0.0 },
        seconds: secs,
    }
}

impl Report {
    /// The human-readable table.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "corpus {} (split {}), model {}: {} documents, {} words\n{:<8}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}\n",
            self.corpus,
            self.split,
            self.model,
            self.documents,
            self.words,
            "type",
            "P",
            "R",
            "F1",
            "tp",
            "fp",
            "fn"
        );
        let row = |name: &str, p: f64, r: f64, f: f64, tp: usize, fp: usize, fn_: usize| {
            format!(
                "{name:<8}{:>7.1}{:>7.1}{:>7.1}{tp:>7}{fp:>7}{fn_:>7}\n",
                p * 100.0,
                r * 100.0,
                f * 100.0
            )
        };
        let mut total = Counts::default();
        for (name, s) in &self.by_type {
            out.push_str(&row(name, s.precision, s.recall, s.f1, s.tp, s.fp, s.fn_));
            total.add(Counts {
                tp: s.tp,
                fp: s.fp,
                fn_: s.fn_,
            });
        }
        out.push_str(&row(
            "overall",
            self.precision,
            self.recall,
            self.f1,
            total.tp,
            total.fp,
            total.fn_,
        ));
        out.push_str(&format!(
            "speed   {:.0} words/s (tagging only, one thread, {:.2} s)\n",
            self.words_per_second, self.seconds
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(s: usize, t: usize, k: EntityType) -> (Span, EntityType) {
        (Span::new(s, t), k)
    }

    #[test]
    fn exact_match_arithmetic() {
        use EntityType::*;
        let gold = [
            e(0, 5, Per),
            e(10, 15, Loc),
            e(20, 30, Org),
            e(22, 25, Loc),  // nested: dropped, outermost ORG kept
            e(40, 45, Misc), // ignored
        ];
        let pred = [
            e(0, 5, Per),    // tp
            e(10, 14, Loc),  // wrong boundary: fp LOC + fn LOC
            e(20, 30, Loc),  // wrong type: fp LOC + fn ORG
            e(40, 45, Misc), // ignored
            e(50, 52, Per),  // fp PER
        ];
        let mut counts = BTreeMap::new();
        score_doc(&gold, &pred, &mut counts);
        assert_eq!(
            counts["PER"],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            counts["LOC"],
            Counts {
                tp: 0,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            counts["ORG"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        let r = report("t", "all", "m", 1, &counts, 10, Duration::from_secs(2));
        assert!((r.precision - 0.25).abs() < 1e-12);
        assert!((r.recall - 1.0 / 3.0).abs() < 1e-12);
        let f1 = 2.0 * 0.25 * (1.0 / 3.0) / (0.25 + 1.0 / 3.0);
        assert!((r.f1 - f1).abs() < 1e-12);
        assert!((r.by_type["PER"].f1 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.by_type["ORG"].f1, 0.0);
        assert!((r.words_per_second - 5.0).abs() < 1e-12);
        let json = serde_json::to_value(&r).unwrap_or_default();
        for key in ["precision", "recall", "f1", "by_type", "words_per_second"] {
            assert!(json.get(key).is_some(), "{key}");
        }
        assert!(json["by_type"]["PER"]["f1"].is_number());
        assert!(r.to_text().contains("overall"));
    }

    #[test]
    fn empty_scores_are_zero_not_nan() {
        let r = report("t", "all", "m", 0, &BTreeMap::new(), 0, Duration::ZERO);
        assert_eq!(
            (r.precision, r.recall, r.f1, r.words_per_second),
            (0.0, 0.0, 0.0, 0.0)
        );
    }
}
