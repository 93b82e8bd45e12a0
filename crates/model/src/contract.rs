//! The JSON Lines contract of `chancery extract` (`shared/contract/extract-jsonl.md`).
//!
//! # Format
//!
//! One JSON object per document, fields in this order: `id`, `path`, `lang`, `title`, `published`,
//! `publisher`, `doc_ref`, `urls`, `translations`, `text`, `sections`, `speakers`, `turns`, `quotes`,
//! `entities`, `times`, `events`. Offsets (`start`, `end`) count Unicode code points into `text`,
//! end exclusive; inside the program spans are byte offsets, converted here and only here.
//! Dates are ISO 8601 at the precision stated. Absent values are `null` or `[]`, never guesses.
//! Fields may be added; none may be renamed. Added here: sections carry `label` and `parent`;
//! the document ends with `captions` (`[{"text", "at"}]`: photo captions and credits cleaning
//! removed, `at` the code-point offset in `text` where each stood), and each entity carries
//! `caption_mentions` (`[[caption, start, end]]`, code points into that caption's `text`), so
//! that people named only in a caption are entities without their caption entering `text`.
//! Then `removed` (`[{"kind", "text", "at"}]`: everything cleaning took out of the body — page
//! chrome, markup, front matter, page furniture — with its reason, `at` as for captions) and
//! `record_id` (the record's own id when the input was a record that has one, else `null`).

use serde::Serialize;

use crate::document::event_type;
use crate::text::CharOffsets;
use crate::{Document, Span};

#[derive(Serialize)]
struct Doc<'a> {
    id: &'a str,
    path: &'a str,
    lang: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<String>,
    publisher: Option<&'a str>,
    doc_ref: Option<&'a str>,
    urls: &'a [String],
    translations: &'a [String],
    text: &'a str,
    sections: Vec<Section<'a>>,
    speakers: Vec<Speaker<'a>>,
    turns: Vec<Turn<'a>>,
    quotes: Vec<Quote<'a>>,
    entities: Vec<Entity<'a>>,
    times: Vec<Time<'a>>,
    events: Vec<Event<'a>>,
    captions: Vec<Caption<'a>>,
    removed: Vec<RemovedOut<'a>>,
    record_id: Option<&'a str>,
}

#[derive(Serialize)]
struct RemovedOut<'a> {
    kind: &'static str,
    text: &'a str,
    at: usize,
}

#[derive(Serialize)]
struct Caption<'a> {
    text: &'a str,
    at: usize,
}

#[derive(Serialize)]
struct Section<'a> {
    title: &'a str,
    published: Option<String>,
    place: Option<&'a str>,
    url: Option<&'a str>,
    start: usize,
    end: usize,
    label: &'a str,
    parent: Option<usize>,
}

#[derive(Serialize)]
struct Speaker<'a> {
    name: &'a str,
    surface: &'a [String],
    role: Option<&'a str>,
    affiliation: Option<&'a str>,
    actor: Option<&'a str>,
    turns: usize,
    quotes: usize,
}

#[derive(Serialize)]
struct Turn<'a> {
    speaker: &'a str,
    kind: &'static str,
    section: Option<usize>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Quote<'a> {
    speaker: Option<&'a str>,
    via: Option<&'a str>,
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Entity<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    surface: &'a [String],
    actor: Option<&'a str>,
    mentions: Vec<[usize; 2]>,
    caption_mentions: Vec<[usize; 3]>,
}

#[derive(Serialize)]
struct Time<'a> {
    text: &'a str,
    value: Option<String>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Event<'a> {
    id: &'a str,
    code: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    plover: Option<&'a str>,
    source: Option<&'a str>,
    source_actor: Option<&'a str>,
    target: Option<&'a str>,
    target_actor: Option<&'a str>,
    date: Option<String>,
    place: Option<&'a str>,
    speaker: Option<&'a str>,
    status: &'static str,
    goldstein: f32,
    quad_class: u8,
    evidence: &'a str,
    start: usize,
    end: usize,
    /// The predicate's words in the evidence ("s'est entretenu", "talks").
    trigger: &'a str,
}

/// The document as one line of the contract's JSON (no trailing newline).
pub fn to_json_line(doc: &Document) -> String {
    // Serializing these borrowed structs cannot fail: every key is a string and no map is used.
    serde_json::to_string(&contract_of(doc)).expect("contract structs always serialize")
}

/// [`to_json_line`] written to `w` as it is serialized, without the whole line in memory (a
/// large document's line is several times its text).
pub fn write_json_line<W: std::io::Write>(doc: &Document, w: W) -> std::io::Result<()> {
    serde_json::to_writer(w, &contract_of(doc)).map_err(std::io::Error::from)
}

/// The contract's view of a document, borrowing its strings.
fn contract_of(doc: &Document) -> Doc<'_> {
    let map = CharOffsets::new(&doc.text);
    let cp = |s: Span| (map.char_offset(s.start), map.char_offset(s.end));
    let text = doc.text.as_str();
    Doc {
        id: &doc.id,
        path: &doc.path,
        lang: doc.lang.as_deref(),
        title: doc.title.as_deref(),
        published: doc.published.map(|p| p.to_string()),
        publisher: doc.publisher.as_deref(),
        doc_ref: doc.doc_ref.as_deref(),
        urls: &doc.urls,
        translations: &doc.translations,
        text,
        sections: doc
            .sections
            .iter()
            .map(|s| {
                let (start, end) = cp(s.span);
                Section {
                    title: &s.title,
                    published: s.published.map(|p| p.to_string()),
                    place: s.place.as_deref(),
                    url: s.url.as_deref(),
                    start,
                    end,
                    label: &s.label,
                    parent: s.parent,
                }
            })
            .collect(),
        speakers: doc
            .speakers
            .iter()
            .map(|s| Speaker {
                name: &s.name,
                surface: &s.surface,
                role: s.role.as_deref(),
                affiliation: s.affiliation.as_deref(),
                actor: s.actor.as_deref(),
                turns: s.turns,
                quotes: s.quotes,
            })
            .collect(),
        turns: doc
            .turns
            .iter()
            .map(|t| {
                let (start, end) = cp(t.span);
                Turn {
                    speaker: &t.speaker,
                    kind: t.kind.as_str(),
                    section: t.section,
                    start,
                    end,
                }
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| {
                let (start, end) = cp(q.span);
                Quote {
                    speaker: q.speaker.as_deref(),
                    via: q.via.as_deref(),
                    text: q.span.slice(text),
                    start,
                    end,
                }
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| Entity {
                name: &e.name,
                kind: e.kind.as_str(),
                surface: &e.surface,
                actor: e.actor.as_deref(),
                mentions: e.mentions.iter().map(|&m| cp(m).into()).collect(),
                caption_mentions: e
                    .caption_mentions
                    .iter()
                    .filter_map(|&(i, m)| {
                        let caption = &doc.captions.get(i)?.text;
                        let start = caption.get(..m.start)?.chars().count();
                        let end = start + caption.get(m.start..m.end)?.chars().count();
                        Some([i, start, end])
                    })
                    .collect(),
            })
            .collect(),
        times: doc
            .times
            .iter()
            .map(|t| {
                let (start, end) = cp(t.span);
                Time {
                    text: t.span.slice(text),
                    value: t.value.map(|v| v.to_string()),
                    start,
                    end,
                }
            })
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| {
                let (start, end) = cp(e.span);
                Event {
                    id: &e.id,
                    code: &e.code,
                    kind: event_type(&e.code),
                    plover: e.plover.as_deref(),
                    source: e.source.as_deref(),
                    source_actor: e.source_actor.as_deref(),
                    target: e.target.as_deref(),
                    target_actor: e.target_actor.as_deref(),
                    date: e.date.map(|d| d.to_string()),
                    place: e.place.as_deref(),
                    speaker: e.speaker.as_deref(),
                    status: e.status.as_str(),
                    goldstein: e.goldstein,
                    quad_class: e.quad_class,
                    evidence: e.span.slice(text),
                    start,
                    end,
                    trigger: e.trigger.slice(text),
                }
            })
            .collect(),
        captions: doc
            .captions
            .iter()
            .map(|c| Caption {
                text: &c.text,
                at: map.char_offset(c.at),
            })
            .collect(),
        removed: doc
            .removed
            .iter()
            .map(|r| RemovedOut {
                kind: r.kind.as_str(),
                text: &r.text,
                at: map.char_offset(r.at),
            })
            .collect(),
        record_id: doc.record_id.as_deref(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PartialDate, TimeExpr, TimeValue};

    #[test]
    fn offsets_are_code_points() {
        let text = "Лукашенко a dit «hier».".to_owned();
        let start = text.find("hier").unwrap();
        let doc = Document {
            id: "x".into(),
            path: "p".into(),
            text: text.clone(),
            times: vec![TimeExpr {
                span: Span::new(start, start + 4),
                value: Some(TimeValue::Point(PartialDate::ymd(2024, 6, 24).unwrap())),
            }],
            ..Document::default()
        };
        let v: serde_json::Value = serde_json::from_str(&to_json_line(&doc)).unwrap();
        let t = &v["times"][0];
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "hier");
        assert_eq!(t["value"], "2024-06-24");
        assert_eq!(v["published"], serde_json::Value::Null);
        assert_eq!(v["entities"], serde_json::json!([]));
        // Written as it is serialized, the same line.
        let mut written = Vec::new();
        write_json_line(&doc, &mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), to_json_line(&doc));
    }
}
