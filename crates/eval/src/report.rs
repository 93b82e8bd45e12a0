//! The figures of a run, overall and per language, with the counts behind them, and the ten worst
//! documents per figure; as a table for people and as JSON for programs.
//!
//! Counts are summed over the documents before a figure is computed (micro-average).
//!
//! # Figures
//!
//! Each figure is `{"value", "tp", "fp", "fn", "n"}`; `value` is `null` when its denominator is 0.
//!
//! | figure | value | tp | fp | fn | n |
//! | --- | --- | --- | --- | --- | --- |
//! | `published`, `published_time`, `speakers` (accuracy), `dates_recall`, `*_recall` | tp / n | gold items found | system items matching nothing (P/R layers), else 0 | gold items missed | gold items |
//! | `*_precision` | tp / n | system items matching some gold item | system items matching nothing | gold items missed | system items |
//! | `*_f1` | 2PR / (P + R) | as recall | as recall | as recall | as recall |
//!
//! `published_time` counts only the documents whose gold `published` has a time. Under the loose
//! name rule several system items may match one gold item, so precision counts system items and
//! recall gold items: precision's `tp` may differ from recall's.
//!
//! # Format (`--format json`)
//!
//! ```jsonc
//! {
//!   "split": "test",                 // dev, test or all
//!   "documents": 47,                 // documents scored
//!   "not_scored": ["fr/x.html: …"],  // gold documents that could not be scored, with the reason
//!   "overall": {"documents": 47,
//!               "published": {"value": 0.85, "tp": 40, "fp": 0, "fn": 7, "n": 47}, …},
//!   "languages": {"fr": {"documents": 18, …}, "en": {…}, "ru": {…}},   // fr, en, ru always
//!   "worst": {                       // per layer: up to ten documents with errors, worst first
//!     "entities": [{"doc": "ru/033_….txt", "value": 0.21, "tp": 3, "fp": 10, "fn": 12, "n": 15,
//!                   "missed": ["…"], "spurious": ["…"]}],
//!     …                              // published, published_time, speakers, quotes, dates, events
//!   }
//! }
//! ```
//!
//! A document's rank in `worst` is its F1 for entities, quotes and events, its accuracy or recall
//! for the others; `missed` lists the gold items not found, `spurious` the system items that match
//! nothing.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::Split;
use crate::score::{DocScore, Layer, Tally, ratio};

/// One figure and the counts behind it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub value: Option<f64>,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub n: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Accuracy,
    Recall,
    Precision,
    F1,
}

/// Every figure: its name, its layer, what it measures.
const FIGURES: [(&str, Layer, Kind); 13] = [
    ("published", Layer::Published, Kind::Accuracy),
    ("published_time", Layer::PublishedTime, Kind::Accuracy),
    ("entities_precision", Layer::Entities, Kind::Precision),
    ("entities_recall", Layer::Entities, Kind::Recall),
    ("entities_f1", Layer::Entities, Kind::F1),
    ("speakers", Layer::Speakers, Kind::Accuracy),
    ("quotes_recall", Layer::Quotes, Kind::Recall),
    ("quotes_precision", Layer::Quotes, Kind::Precision),
    (
        "quotes_attribution_precision",
        Layer::Attribution,
        Kind::Precision,
    ),
    ("dates_recall", Layer::Dates, Kind::Recall),
    ("events_precision", Layer::Events, Kind::Precision),
    ("events_recall", Layer::Events, Kind::Recall),
    ("events_f1", Layer::Events, Kind::F1),
];

/// Every figure of one scope, by name, in report order.
pub type Figures = Vec<(&'static str, Figure)>;

/// The names of the figures, in report order.
pub fn figure_names() -> impl Iterator<Item = &'static str> {
    FIGURES.iter().map(|(name, _, _)| *name)
}

/// The languages every report shows, in this order, even when they have no document.
const LANGUAGES: [&str; 3] = ["fr", "en", "ru"];

/// How many documents each `worst` list holds at most.
const WORST: usize = 10;

fn figure(t: &Tally, kind: Kind) -> Figure {
    let fp = t.system - t.matched;
    let fn_ = t.gold - t.found;
    match kind {
        Kind::Accuracy | Kind::Recall => Figure {
            value: t.recall(),
            tp: t.found,
            fp,
            fn_,
            n: t.gold,
        },
        Kind::Precision => Figure {
            value: ratio(t.matched, t.system),
            tp: t.matched,
            fp,
            fn_,
            n: t.system,
        },
        Kind::F1 => Figure {
            value: t.f1(),
            tp: t.found,
            fp,
            fn_,
            n: t.gold,
        },
    }
}

/// What a document is ranked by in the `worst` lists of a layer.
fn rank_kind(layer: Layer) -> Kind {
    if layer.has_precision() {
        Kind::F1
    } else {
        Kind::Recall
    }
}

/// One document's score and where it belongs.
#[derive(Clone, Debug)]
pub struct Scored {
    /// `<lang>/<file name>`.
    pub key: String,
    pub lang: String,
    pub score: DocScore,
}

/// A run's scores.
#[derive(Clone, Debug)]
pub struct Report {
    pub split: Split,
    pub documents: Vec<Scored>,
    /// Gold documents that could not be scored, one line each with the reason.
    pub not_scored: Vec<String>,
}

/// One of the worst documents of a layer.
#[derive(Clone, Debug)]
pub struct Worst<'a> {
    pub doc: &'a Scored,
    pub figure: Figure,
}

impl Report {
    pub fn new(split: Split) -> Report {
        Report {
            split,
            documents: Vec::new(),
            not_scored: Vec::new(),
        }
    }

    pub fn push(&mut self, key: String, lang: String, score: DocScore) {
        self.documents.push(Scored { key, lang, score });
    }

    /// fr, en, ru, then any other language of the documents, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
        let mut others: Vec<String> = self
            .documents
            .iter()
            .map(|d| d.lang.clone())
            .filter(|l| !langs.contains(l))
            .collect();
        others.sort();
        others.dedup();
        langs.extend(others);
        langs
    }

    /// The number of documents and every figure, over one language or (`None`) all of them.
    pub fn figures(&self, lang: Option<&str>) -> (usize, Figures) {
        let mut total = DocScore::default();
        let mut n = 0;
        for d in &self.documents {
            if lang.is_none_or(|l| l == d.lang) {
                n += 1;
                for layer in Layer::ALL {
                    total.layer_mut(layer).add(d.score.layer(layer));
                }
            }
        }
        let figures = FIGURES
            .iter()
            .map(|(name, layer, kind)| (*name, figure(total.layer(*layer), *kind)))
            .collect();
        (n, figures)
    }

    /// Up to ten documents with errors in `layer`, worst first (then most errors, then name).
    pub fn worst(&self, layer: Layer) -> Vec<Worst<'_>> {
        let mut v: Vec<Worst<'_>> = self
            .documents
            .iter()
            .map(|doc| Worst {
                doc,
                figure: figure(doc.score.layer(layer), rank_kind(layer)),
            })
            .filter(|w| w.figure.value.is_some_and(|v| v < 1.0))
            .collect();
        v.sort_by(|a, b| {
            let value = |w: &Worst<'_>| w.figure.value.unwrap_or(0.0);
            value(a)
                .total_cmp(&value(b))
                .then((b.figure.fp + b.figure.fn_).cmp(&(a.figure.fp + a.figure.fn_)))
                .then(a.doc.key.cmp(&b.doc.key))
        });
        v.truncate(WORST);
        v
    }

    /// The report as JSON (see the module documentation for its shape).
    pub fn to_json(&self) -> Value {
        let scope = |lang: Option<&str>| {
            let (n, figures) = self.figures(lang);
            let mut m = Map::new();
            m.insert("documents".to_owned(), json!(n));
            for (name, f) in figures {
                m.insert(name.to_owned(), json!(f));
            }
            Value::Object(m)
        };
        let languages: Map<String, Value> = self
            .languages()
            .into_iter()
            .map(|l| {
                let v = scope(Some(&l));
                (l, v)
            })
            .collect();
        let worst: Map<String, Value> = Layer::ALL
            .iter()
            .map(|layer| {
                let list = self
                    .worst(*layer)
                    .into_iter()
                    .map(|w| {
                        let t = w.doc.score.layer(*layer);
                        json!({
                            "doc": w.doc.key,
                            "value": w.figure.value,
                            "tp": w.figure.tp,
                            "fp": w.figure.fp,
                            "fn": w.figure.fn_,
                            "n": w.figure.n,
                            "missed": t.missed,
                            "spurious": t.spurious,
                        })
                    })
                    .collect();
                (layer.name().to_owned(), Value::Array(list))
            })
            .collect();
        json!({
            "split": self.split.name(),
            "documents": self.documents.len(),
            "not_scored": self.not_scored,
            "overall": scope(None),
            "languages": languages,
            "worst": worst,
        })
    }

    /// The report as a table for people.
    pub fn to_table(&self) -> String {
        let langs = self.languages();
        let mut scopes: Vec<(String, usize, Figures)> = Vec::new();
        let (n, figures) = self.figures(None);
        scopes.push(("all".to_owned(), n, figures));
        for l in &langs {
            let (n, figures) = self.figures(Some(l));
            scopes.push((l.clone(), n, figures));
        }
        let mut out = String::new();
        let per_lang: Vec<String> = scopes[1..]
            .iter()
            .map(|(l, n, _)| format!("{l} {n}"))
            .collect();
        let _ = writeln!(
            out,
            "split {} · {} documents scored ({}) · {} not scored",
            self.split.name(),
            self.documents.len(),
            per_lang.join(", "),
            self.not_scored.len()
        );
        let _ = writeln!(out);
        let _ = write!(out, "{:<18}", "figure");
        for (name, _, _) in &scopes {
            let _ = write!(out, "{name:>16}");
        }
        let _ = writeln!(out);
        for (i, (name, _, kind)) in FIGURES.iter().enumerate() {
            let _ = write!(out, "{:<18}", label(name));
            for (_, _, figures) in &scopes {
                let _ = write!(out, "{:>16}", cell(&figures[i].1, *kind));
            }
            let _ = writeln!(out);
        }
        let _ = writeln!(
            out,
            "\n(cells: value and tp/n; P = precision over system items, R = recall over gold items)"
        );
        for layer in Layer::ALL {
            let worst = self.worst(layer);
            if worst.is_empty() {
                continue;
            }
            let rank = if layer.has_precision() { " (F1)" } else { "" };
            let _ = writeln!(out, "\nworst documents: {}{rank}", label(layer.name()));
            let width = worst
                .iter()
                .map(|w| w.doc.key.chars().count())
                .max()
                .unwrap_or(0);
            for w in worst {
                let f = w.figure;
                let counts = match layer {
                    Layer::Published | Layer::PublishedTime => w
                        .doc
                        .score
                        .layer(layer)
                        .missed
                        .first()
                        .cloned()
                        .unwrap_or_default(),
                    _ if layer.has_precision() => format!("tp {} fp {} fn {}", f.tp, f.fp, f.fn_),
                    _ => format!("{}/{}", f.tp, f.n),
                };
                let _ = writeln!(
                    out,
                    "  {:>4}  {:<width$}  {counts}",
                    value(f.value),
                    w.doc.key,
                );
            }
        }
        out
    }
}

fn label(name: &str) -> String {
    name.replace("quotes_attribution", "attribution")
        .replace("_precision", " P")
        .replace("_recall", " R")
        .replace("_f1", " F1")
        .replace("published_time", "published+time")
}

fn value(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_owned(), |v| format!("{v:.2}"))
}

fn cell(f: &Figure, kind: Kind) -> String {
    if kind == Kind::F1 {
        value(f.value)
    } else {
        format!("{} {:>9}", value(f.value), format!("{}/{}", f.tp, f.n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Gold, SystemDoc, score};

    fn scored(gold: Value, system: Value) -> DocScore {
        score::score(
            &Gold::parse(&gold.to_string()).unwrap(),
            &SystemDoc::from_contract(&[system]),
        )
    }

    fn sample() -> Report {
        let mut r = Report::new(Split::Test);
        r.push(
            "fr/a.html".to_owned(),
            "fr".to_owned(),
            scored(
                json!({"doc": "a.html", "published": "2024-01-02T10:00",
                       "persons": ["Sergey Lavrov", "Antony Blinken"]}),
                json!({"published": "2024-01-02",
                       "entities": [{"name": "Lavrov"}, {"name": "Paris"}]}),
            ),
        );
        r.push(
            "ru/b.txt".to_owned(),
            "ru".to_owned(),
            scored(
                json!({"doc": "b.txt", "published": "2024-01-03",
                       "dates": [{"text": "вчера", "value": "2024-01-02"}]}),
                json!({"published": null}),
            ),
        );
        r.push(
            "de/c.txt".to_owned(),
            "de".to_owned(),
            scored(json!({"doc": "c.txt"}), json!({})),
        );
        r.not_scored
            .push("en/d.html: document not found".to_owned());
        r
    }

    #[test]
    fn json_shape() {
        let j = sample().to_json();
        assert_eq!(j["split"], "test");
        assert_eq!(j["documents"], 3);
        assert_eq!(j["not_scored"][0], "en/d.html: document not found");
        let langs: Vec<&String> = j["languages"].as_object().unwrap().keys().collect();
        assert_eq!(langs.len(), 4, "fr, en, ru always, and de");
        for scope in
            std::iter::once(&j["overall"]).chain(j["languages"].as_object().unwrap().values())
        {
            assert!(scope["documents"].is_u64());
            for name in figure_names() {
                let f = &scope[name];
                for count in ["tp", "fp", "fn", "n"] {
                    assert!(f[count].is_u64(), "{name}.{count} in {scope}");
                }
                assert!(f["value"].is_f64() || f["value"].is_null(), "{name}");
            }
        }
        let o = &j["overall"];
        assert_eq!(
            o["published"],
            json!({"value": 2.0 / 3.0, "tp": 2, "fp": 0, "fn": 1, "n": 3})
        );
        assert_eq!(
            o["published_time"],
            json!({"value": 0.0, "tp": 0, "fp": 0, "fn": 1, "n": 1})
        );
        assert_eq!(
            o["entities_recall"],
            json!({"value": 0.5, "tp": 1, "fp": 1, "fn": 1, "n": 2})
        );
        assert_eq!(
            o["entities_precision"],
            json!({"value": 0.5, "tp": 1, "fp": 1, "fn": 1, "n": 2})
        );
        assert_eq!(o["entities_f1"]["value"], 0.5);
        assert_eq!(o["speakers"]["value"], Value::Null);
        assert_eq!(j["languages"]["en"]["documents"], 0);
        assert_eq!(j["languages"]["en"]["published"]["value"], Value::Null);
        assert_eq!(j["languages"]["ru"]["dates_recall"]["n"], 1);
        let worst = &j["worst"];
        assert_eq!(worst["published"][0]["doc"], "ru/b.txt");
        assert_eq!(
            worst["published"][0]["missed"][0],
            "gold 2024-01-03, system null"
        );
        assert_eq!(worst["entities"][0]["missed"], json!(["Antony Blinken"]));
        assert_eq!(worst["entities"][0]["spurious"], json!(["Paris"]));
        assert_eq!(worst["speakers"], json!([]));
        assert_eq!(worst.as_object().unwrap().len(), Layer::ALL.len());
    }

    #[test]
    fn table_lists_every_figure_and_scope() {
        let t = sample().to_table();
        assert!(
            t.starts_with(
                "split test · 3 documents scored (fr 1, en 0, ru 1, de 1) · 1 not scored"
            ),
            "{t}"
        );
        for row in [
            "published ",
            "published+time",
            "entities P",
            "entities F1",
            "dates R",
            "events F1",
        ] {
            assert!(t.contains(row), "{row} in\n{t}");
        }
        assert!(t.contains("worst documents: entities (F1)"), "{t}");
        assert!(t.contains("0.67       2/3"), "{t}");
    }
}
