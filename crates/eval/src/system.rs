//! The system side of a comparison: what was extracted from one document, in the fields of the
//! extract contract that the scoring reads.
//!
//! [`SystemDoc::from_contract`] reads contract JSON objects (`chancery extract`'s lines, or any
//! program's lines in that format): `published`; `speakers[].name/surface/turns/quotes`;
//! `quotes[].speaker/text`; `entities[].name/type/surface`; `times[].text/value`;
//! `events[].type/source/target`. A missing field or one of another type reads as absent, so a
//! partial output is scored for what it has. When one input file gave several documents (a
//! multi-record file), they are scored as one: `published` of the first, the union of the other
//! layers (speakers and entities of the same `name` merged, their turns and quotations added up).
//!
//! [`SystemDoc::from_gold`] turns a second annotation pass into the same form, so that two passes
//! can be scored against each other.
//!
//! [`SystemFile`] reads a JSON Lines file of contract objects and finds the lines of one document
//! by the file name of their `path` (a record of a multi-record file has the path `file#row-3`:
//! the `#` part is left out).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::gold::{Gold, file_name};
use crate::{Error, Result};

/// One document's extraction, as scored.
#[derive(Clone, Debug, Default)]
pub struct SystemDoc {
    pub(crate) published: Option<String>,
    pub(crate) speakers: Vec<SysSpeaker>,
    pub(crate) quotes: Vec<SysQuote>,
    pub(crate) entities: Vec<SysEntity>,
    pub(crate) times: Vec<SysTime>,
    pub(crate) events: Vec<SysEvent>,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct SysSpeaker {
    pub name: String,
    pub surface: Vec<String>,
    pub turns: u64,
    pub quotes: u64,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct SysQuote {
    pub speaker: Option<String>,
    pub text: String,
    /// `text` is only the first words of the quotation (a second annotation pass's
    /// `text_start`): a gold start then also matches when it continues this one.
    pub start_only: bool,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct SysEntity {
    pub name: String,
    /// PER, ORG, LOC, MISC, or `None` when not given.
    pub kind: Option<String>,
    pub surface: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct SysTime {
    pub text: String,
    pub value: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct SysEvent {
    pub kind: String,
    pub source: Option<String>,
    pub target: Option<String>,
}

impl SystemDoc {
    /// The documents one input file gave, as contract JSON objects, scored as one document.
    pub fn from_contract(records: &[Value]) -> SystemDoc {
        let mut doc = SystemDoc {
            published: records.first().and_then(|r| string(r, "published")),
            ..SystemDoc::default()
        };
        for r in records {
            for s in array(r, "speakers") {
                let Some(name) = string(s, "name") else {
                    continue;
                };
                let speaker = SysSpeaker {
                    name,
                    surface: strings(s, "surface"),
                    turns: s.get("turns").and_then(Value::as_u64).unwrap_or(0),
                    quotes: s.get("quotes").and_then(Value::as_u64).unwrap_or(0),
                };
                match doc.speakers.iter_mut().find(|x| x.name == speaker.name) {
                    Some(x) => {
                        x.turns += speaker.turns;
                        x.quotes += speaker.quotes;
                        union(&mut x.surface, speaker.surface);
                    }
                    None => doc.speakers.push(speaker),
                }
            }
            for q in array(r, "quotes") {
                doc.quotes.push(SysQuote {
                    speaker: string(q, "speaker"),
                    text: string(q, "text").unwrap_or_default(),
                    start_only: false,
                });
            }
            for e in array(r, "entities") {
                let Some(name) = string(e, "name") else {
                    continue;
                };
                let entity = SysEntity {
                    name,
                    kind: string(e, "type"),
                    surface: strings(e, "surface"),
                };
                match doc.entities.iter_mut().find(|x| x.name == entity.name) {
                    Some(x) => union(&mut x.surface, entity.surface),
                    None => doc.entities.push(entity),
                }
            }
            for t in array(r, "times") {
                doc.times.push(SysTime {
                    text: string(t, "text").unwrap_or_default(),
                    value: string(t, "value"),
                });
            }
            for e in array(r, "events") {
                let Some(kind) = string(e, "type") else {
                    continue;
                };
                doc.events.push(SysEvent {
                    kind,
                    source: string(e, "source"),
                    target: string(e, "target"),
                });
            }
        }
        doc
    }

    /// A second annotation pass in the system's form: speakers with their turns and quotation
    /// counts, quotations with their speaker and `text_start` as text, entities from persons,
    /// organizations and locations (and `misc` as MISC, not scored), times from dates, events.
    ///
    /// Both passes give only the first five to eight words of a quotation, so here a quotation
    /// matches when either start contains the other (`nos amis arméniens ne le demandent pas`
    /// and `nos amis arméniens ne le demandent pas eux-mêmes` are one quotation).
    pub fn from_gold(gold: &Gold) -> SystemDoc {
        let entities = [
            (&gold.persons, "PER"),
            (&gold.organizations, "ORG"),
            (&gold.locations, "LOC"),
            (&gold.misc, "MISC"),
        ]
        .into_iter()
        .flat_map(|(names, kind)| {
            names.iter().map(move |name| SysEntity {
                name: name.clone(),
                kind: Some(kind.to_owned()),
                surface: Vec::new(),
            })
        })
        .collect();
        SystemDoc {
            published: gold.published.clone(),
            speakers: gold
                .speakers
                .iter()
                .map(|s| SysSpeaker {
                    name: s.name.clone(),
                    surface: s.surface.clone(),
                    turns: u64::from(s.turns),
                    quotes: u64::from(s.quotes),
                })
                .collect(),
            quotes: gold
                .quotes
                .iter()
                .map(|q| SysQuote {
                    speaker: q.speaker.clone(),
                    text: q.text_start.clone(),
                    start_only: true,
                })
                .collect(),
            entities,
            times: gold
                .dates
                .iter()
                .map(|d| SysTime {
                    text: d.text.clone(),
                    value: Some(d.value.clone()),
                })
                .collect(),
            events: gold
                .events
                .iter()
                .map(|e| SysEvent {
                    kind: e.kind.clone(),
                    source: e.source.clone(),
                    target: e.target.clone(),
                })
                .collect(),
        }
    }
}

/// A JSON Lines file of contract objects, grouped by input file.
#[derive(Debug, Default)]
pub struct SystemFile {
    /// File name → (path as given, its records in file order), for every distinct path.
    by_name: BTreeMap<String, Vec<(String, Vec<Value>)>>,
    /// Lines that are not contract objects (`{"id", "error"}` lines, lines without a `path`).
    pub errors: Vec<String>,
}

impl SystemFile {
    /// Reads a JSON Lines file. A line that is not JSON is an error for the whole file (it is not
    /// the format); a line without `path`, or a record that failed (`{"id", "error"}`), is listed
    /// in [`SystemFile::errors`].
    pub fn read(path: &Path) -> Result<SystemFile> {
        let text = std::fs::read_to_string(path).map_err(|error| Error::Io {
            path: path.to_owned(),
            error,
        })?;
        SystemFile::parse(&text).map_err(|(line, message)| Error::SystemLine {
            path: path.to_owned(),
            line,
            message,
        })
    }

    /// Parses JSON Lines text; the error is (line number, message).
    pub fn parse(text: &str) -> std::result::Result<SystemFile, (usize, String)> {
        let mut file = SystemFile::default();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: Value = serde_json::from_str(line).map_err(|e| (i + 1, e.to_string()))?;
            if !value.is_object() {
                return Err((i + 1, "not a JSON object".to_owned()));
            }
            let id = string(&value, "id").unwrap_or_default();
            if let Some(error) = string(&value, "error") {
                file.errors
                    .push(format!("line {}: record {id}: {error}", i + 1));
                continue;
            }
            let Some(path) = string(&value, "path") else {
                file.errors
                    .push(format!("line {}: record {id} has no `path`", i + 1));
                continue;
            };
            let path = without_locator(&path);
            let groups = file.by_name.entry(file_name(path).to_owned()).or_default();
            match groups.iter_mut().find(|(p, _)| p == path) {
                Some((_, records)) => records.push(value),
                None => groups.push((path.to_owned(), vec![value])),
            }
        }
        Ok(file)
    }

    /// The records of the document `file_name` (in the language folder `lang` when several
    /// paths share that file name), or `None` when the file has none.
    pub fn records(&self, lang: &str, file_name: &str) -> Option<&[Value]> {
        let groups = self.by_name.get(without_locator(file_name))?;
        let in_lang = groups.iter().find(|(path, _)| {
            let mut parts = path.rsplit(['/', '\\']);
            parts.next();
            parts.next() == Some(lang)
        });
        in_lang
            .or(groups.first())
            .map(|(_, records)| records.as_slice())
    }
}

/// `dir/file.csv#row-3` → `dir/file.csv`: a `#` in the last component starts a record locator.
fn without_locator(path: &str) -> &str {
    let name_start = path.rfind(['/', '\\']).map_or(0, |i| i + 1);
    match path[name_start..].rfind('#') {
        Some(i) if i > 0 => &path[..name_start + i],
        _ => path,
    }
}

fn string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    array(v, key)
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

fn array<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter())
        .into_iter()
        .flatten()
}

fn union(into: &mut Vec<String>, from: Vec<String>) {
    for s in from {
        if !into.contains(&s) {
            into.push(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn multi_record_union() {
        let a = json!({"path": "d/fr/x.csv", "published": "2024-01-02",
            "speakers": [{"name": "A", "surface": ["a"], "turns": 2, "quotes": 0}],
            "entities": [{"name": "Paris", "type": "LOC", "surface": ["Paris"]}],
            "times": [{"text": "hier", "value": "2024-01-01"}]});
        let b = json!({"path": "d/fr/x.csv", "published": "2025-05-05",
            "speakers": [{"name": "A", "surface": ["A."], "turns": 1, "quotes": 1}, {"name": "B"}],
            "entities": [{"name": "Paris", "type": "LOC", "surface": ["Paname"]}],
            "quotes": [{"speaker": "A", "text": "…"}],
            "events": [{"type": "meet", "source": "A", "target": "B"}, {"source": "no type"}]});
        let doc = SystemDoc::from_contract(&[a, b]);
        assert_eq!(
            doc.published.as_deref(),
            Some("2024-01-02"),
            "the first record's"
        );
        assert_eq!(doc.speakers.len(), 2);
        assert_eq!((doc.speakers[0].turns, doc.speakers[0].quotes), (3, 1));
        assert_eq!(doc.speakers[0].surface, ["a", "A."]);
        assert_eq!(doc.entities.len(), 1);
        assert_eq!(doc.entities[0].surface, ["Paris", "Paname"]);
        assert_eq!(
            (doc.quotes.len(), doc.times.len(), doc.events.len()),
            (1, 1, 1)
        );
    }

    #[test]
    fn odd_fields_read_as_absent() {
        let doc = SystemDoc::from_contract(&[json!({"published": 2024, "speakers": "none",
            "entities": [{"name": null}, {"name": "X", "surface": [1, "x"]}],
            "times": [{"text": "hier", "value": null}]})]);
        assert_eq!(doc.published, None);
        assert!(doc.speakers.is_empty());
        assert_eq!(doc.entities.len(), 1);
        assert_eq!(doc.entities[0].surface, ["x"]);
        assert_eq!(doc.times[0].value, None);
    }

    #[test]
    fn jsonl_grouped_by_file_name() {
        let text = [
            r#"{"id": "1", "path": "field/fr/001_a.csv#row-1", "lang": "fr"}"#,
            r#"{"id": "2", "path": "field/fr/001_a.csv#row-2", "lang": "fr"}"#,
            r#"{"id": "3", "path": "field/en/001_a.csv"}"#,
            "",
            r#"{"id": "4", "error": "unreadable"}"#,
            r#"{"id": "5"}"#,
            r#"{"id": "6", "path": "C:\\docs\\ru\\002_b.txt"}"#,
        ]
        .join("\n");
        let file = SystemFile::parse(&text).unwrap();
        assert_eq!(file.records("fr", "001_a.csv").unwrap().len(), 2);
        assert_eq!(file.records("en", "001_a.csv").unwrap()[0]["id"], "3");
        assert_eq!(
            file.records("ru", "001_a.csv").unwrap().len(),
            2,
            "first path"
        );
        assert_eq!(file.records("ru", "002_b.txt").unwrap().len(), 1);
        assert!(file.records("ru", "003_c.txt").is_none());
        assert_eq!(file.errors.len(), 2, "{:?}", file.errors);
        assert_eq!(SystemFile::parse("{}\nnot json").unwrap_err().0, 2);
    }
}
