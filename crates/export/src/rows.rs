//! The four tables and how a stored document becomes their rows.
//!
//! Offsets (`start`, `end`) count Unicode code points into the document's `text`, as in the
//! extract contract. Dates come twice: `date`/`published` as ISO strings at the precision the
//! document states ("2024", "2024-06", "2024-06-25", "--09-14", a range "a/b"), and `day` as a
//! typed calendar day, filled only when the day is known (for a range, its first day).

use chancery_model::text::CharOffsets;
use chancery_model::{Document, PartialDate, Span, TimeValue};

use crate::filter::Filter;
use crate::value::{Column, Kind, Value};

/// Which table an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// One row per event as one document reports it.
    Events,
    /// One row per entity mention (caption mentions included).
    Entities,
    /// One row per quotation.
    Quotes,
    /// One row per document.
    Documents,
}

impl Table {
    pub const ALL: [Table; 4] = [
        Table::Events,
        Table::Entities,
        Table::Quotes,
        Table::Documents,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Table::Events => "events",
            Table::Entities => "entities",
            Table::Quotes => "quotes",
            Table::Documents => "documents",
        }
    }

    /// The table's columns, in order.
    pub const fn columns(self) -> &'static [Column] {
        match self {
            Table::Events => EVENTS,
            Table::Entities => ENTITIES,
            Table::Quotes => QUOTES,
            Table::Documents => DOCUMENTS,
        }
    }
}

/// What the store knows about a document besides the document itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stored<'a> {
    /// When it was ingested (ISO 8601, UTC), if known.
    pub ingested_at: Option<&'a str>,
}

const fn col(name: &'static str, kind: Kind, doc: &'static str) -> Column {
    Column { name, kind, doc }
}

const DOC_ID: Column = col("document", Kind::Str, "the document's id");
const LANG: Column = col("lang", Kind::Str, "the document's language (ISO 639-1)");
const PUBLISHED: Column = col(
    "published",
    Kind::Str,
    "the document's publication date, ISO at the precision stated",
);
const PUBLISHED_DAY: Column = col(
    "published_day",
    Kind::Date,
    "the publication day, when known to the day",
);

pub const EVENTS: &[Column] = &[
    DOC_ID,
    col(
        "event_id",
        Kind::Str,
        "the real-world event's id, the same in every document that reports it",
    ),
    col(
        "gdelt_id",
        Kind::Int,
        "GLOBALEVENTID of the gdelt export (from the event id)",
    ),
    col("code", Kind::Str, "CAMEO event code"),
    col("root_code", Kind::Str, "its first two digits"),
    col(
        "type",
        Kind::Str,
        "the contract's event type (meet, accuse…)",
    ),
    col("plover", Kind::Str, "PLOVER category"),
    col("goldstein", Kind::Float, "Goldstein score of the code"),
    col("quad_class", Kind::Int, "GDELT QuadClass (1–4)"),
    col("source", Kind::Str, "source actor's name"),
    col("source_actor", Kind::Str, "its CAMEO actor code"),
    col("target", Kind::Str, "target actor's name"),
    col("target_actor", Kind::Str, "its CAMEO actor code"),
    col(
        "date",
        Kind::Str,
        "the event's date, ISO at the precision stated (a range a/b)",
    ),
    col(
        "day",
        Kind::Date,
        "the event's (first) day, when known to the day",
    ),
    col("place", Kind::Str, "where it happened"),
    col("speaker", Kind::Str, "who states it"),
    col("status", Kind::Str, "done or planned"),
    col("evidence", Kind::Str, "the sentence that states it"),
    col(
        "start",
        Kind::Int,
        "the sentence's start in the document's text (code points)",
    ),
    col("end", Kind::Int, "its end (exclusive)"),
    col(
        "sentence",
        Kind::Int,
        "the sentence's number in the document (from 1)",
    ),
    col("trigger", Kind::Str, "the predicate's words"),
    LANG,
    PUBLISHED,
];

pub const ENTITIES: &[Column] = &[
    DOC_ID,
    col(
        "entity",
        Kind::Int,
        "the entity's number in the document (from 0)",
    ),
    col(
        "actor_id",
        Kind::Str,
        "a stable actor id across documents (hash of kind and canonical name)",
    ),
    col("name", Kind::Str, "canonical name"),
    col("kind", Kind::Str, "PER, ORG, LOC or MISC"),
    col(
        "actor_code",
        Kind::Str,
        "CAMEO actor code valid on the document's date",
    ),
    col("mention", Kind::Str, "the mention as written"),
    col(
        "in_caption",
        Kind::Bool,
        "the mention is in a photo caption, not the body",
    ),
    col(
        "caption",
        Kind::Int,
        "the caption's number in the document (from 0)",
    ),
    col(
        "start",
        Kind::Int,
        "start in the text (or in the caption), code points",
    ),
    col("end", Kind::Int, "end (exclusive)"),
    col(
        "evidence",
        Kind::Str,
        "the sentence holding the mention (or the caption)",
    ),
    LANG,
    PUBLISHED,
    PUBLISHED_DAY,
];

pub const QUOTES: &[Column] = &[
    DOC_ID,
    col(
        "quote",
        Kind::Int,
        "the quotation's number in the document (from 0)",
    ),
    col("text", Kind::Str, "the quoted words"),
    col("speaker", Kind::Str, "who is quoted"),
    col("speaker_actor", Kind::Str, "the speaker's CAMEO actor code"),
    col("via", Kind::Str, "the relay that reports it"),
    col(
        "start",
        Kind::Int,
        "start of the quoted words in the text (code points)",
    ),
    col("end", Kind::Int, "end (exclusive)"),
    col(
        "sentence",
        Kind::Int,
        "the number of the sentence it starts in (from 1)",
    ),
    LANG,
    PUBLISHED,
    PUBLISHED_DAY,
];

pub const DOCUMENTS: &[Column] = &[
    DOC_ID,
    col("path", Kind::Str, "the input path or URL as given"),
    col("record_id", Kind::Str, "the record's own id"),
    col("title", Kind::Str, "title"),
    LANG,
    PUBLISHED,
    PUBLISHED_DAY,
    col("publisher", Kind::Str, "publisher"),
    col(
        "url",
        Kind::Str,
        "its address: the path when it is a URL, else the first URL it carries",
    ),
    col("doc_ref", Kind::Str, "the publisher's reference number"),
    col(
        "ingested_at",
        Kind::Str,
        "when it was stored (ISO 8601, UTC)",
    ),
    col("chars", Kind::Int, "length of the text in code points"),
    col("sentences", Kind::Int, "number of sentences"),
    col("sections", Kind::Int, "number of sections"),
    col("speakers", Kind::Int, "number of speakers"),
    col("turns", Kind::Int, "number of turns"),
    col("quotes", Kind::Int, "number of quotations"),
    col("entities", Kind::Int, "number of entities"),
    col("mentions", Kind::Int, "number of entity mentions"),
    col("times", Kind::Int, "number of time expressions"),
    col("events", Kind::Int, "number of events"),
];

/// The first day of a date, when known to the day, as days since 1970-01-01.
pub fn first_day(date: Option<TimeValue>) -> Option<i64> {
    match date? {
        TimeValue::Point(p) | TimeValue::Range(p, _) => p.to_days(),
    }
}

fn day_value<'a>(p: Option<PartialDate>) -> Value<'a> {
    p.and_then(PartialDate::to_days)
        .map_or(Value::Null, Value::Date)
}

/// The document's address: its path when that is a URL, else the first URL it carries (its own
/// when the page or record names it), else its path.
pub fn document_url(doc: &Document) -> &str {
    if doc.path.contains("://") {
        return &doc.path;
    }
    doc.urls.first().map_or(doc.path.as_str(), String::as_str)
}

/// A stable actor id: FNV-1a (64 bits, hex) of the entity kind and its lower-cased canonical name.
pub fn actor_id(kind: &str, name: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in kind
        .bytes()
        .chain([b':'])
        .chain(name.trim().to_lowercase().bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// GDELT's integer GLOBALEVENTID for a chancery event id: its first 15 hex digits (a positive
/// 60-bit number); an id that is not hex is hashed (FNV-1a) to the same range.
pub fn global_event_id(id: &str) -> i64 {
    let hex: String = id.chars().take(15).collect();
    if hex.len() == 15
        && let Ok(n) = i64::from_str_radix(&hex, 16)
    {
        return n;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h >> 4) as i64
}

/// The 1-based number of the sentence holding byte `offset`.
fn sentence_number(doc: &Document, offset: usize) -> Option<usize> {
    doc.sentence_at(offset).map(|i| i + 1)
}

/// Writes the rows `doc` gives in `table` to `emit`, keeping those `filter` passes; returns
/// how many it emitted, or the first error `emit` returned.
pub fn rows<E>(
    table: Table,
    doc: &Document,
    stored: Stored<'_>,
    filter: &Filter,
    emit: &mut dyn FnMut(&[Value<'_>]) -> Result<(), E>,
) -> Result<usize, E> {
    match table {
        Table::Events => event_rows(doc, filter, emit),
        Table::Entities => entity_rows(doc, filter, emit),
        Table::Quotes => quote_rows(doc, filter, emit),
        Table::Documents => {
            if !filter.document_passes(doc) {
                return Ok(0);
            }
            emit(&document_row(doc, stored))?;
            Ok(1)
        }
    }
}

fn published(doc: &Document) -> Value<'static> {
    doc.published
        .map_or(Value::Null, |p| Value::string(p.to_string()))
}

fn event_rows<E>(
    doc: &Document,
    filter: &Filter,
    emit: &mut dyn FnMut(&[Value<'_>]) -> Result<(), E>,
) -> Result<usize, E> {
    let mut offsets: Option<CharOffsets<'_>> = None;
    let mut n = 0;
    for e in &doc.events {
        if !filter.event_passes(doc, e) {
            continue;
        }
        let offsets = offsets.get_or_insert_with(|| CharOffsets::new(&doc.text));
        let row = [
            Value::str(&doc.id),
            Value::str(&e.id),
            Value::Int(global_event_id(&e.id)),
            Value::str(&e.code),
            Value::str(e.code.get(..2).unwrap_or(&e.code)),
            Value::str(chancery_model::event_type(&e.code)),
            Value::opt_str(e.plover.as_deref()),
            Value::float32(e.goldstein),
            Value::Int(i64::from(e.quad_class)),
            Value::opt_str(e.source.as_deref()),
            Value::opt_str(e.source_actor.as_deref()),
            Value::opt_str(e.target.as_deref()),
            Value::opt_str(e.target_actor.as_deref()),
            e.date.map_or(Value::Null, |d| Value::string(d.to_string())),
            first_day(e.date).map_or(Value::Null, Value::Date),
            Value::opt_str(e.place.as_deref()),
            Value::opt_str(e.speaker.as_deref()),
            Value::str(e.status.as_str()),
            Value::str(e.span.slice(&doc.text)),
            Value::int(offsets.char_offset(e.span.start)),
            Value::int(offsets.char_offset(e.span.end)),
            Value::opt_int(sentence_number(doc, e.span.start)),
            Value::str(e.trigger.slice(&doc.text)),
            Value::opt_str(doc.lang.as_deref()),
            published(doc),
        ];
        emit(&row)?;
        n += 1;
    }
    Ok(n)
}

/// The sentence holding `span` (the whole text when sentences are unknown is too much: then
/// the span's own text).
fn sentence_of(doc: &Document, span: Span) -> &str {
    doc.sentence_at(span.start)
        .and_then(|i| doc.sentences.get(i))
        .map_or_else(|| span.slice(&doc.text), |s| s.slice(&doc.text))
}

fn entity_rows<E>(
    doc: &Document,
    filter: &Filter,
    emit: &mut dyn FnMut(&[Value<'_>]) -> Result<(), E>,
) -> Result<usize, E> {
    if !filter.entities_document_passes(doc) {
        return Ok(0);
    }
    let offsets = CharOffsets::new(&doc.text);
    let mut n = 0;
    for (i, e) in doc.entities.iter().enumerate() {
        if !filter.entity_passes(e) {
            continue;
        }
        let kind = e.kind.as_str();
        let id = actor_id(kind, &e.name);
        let mut row = |mention: &str,
                       in_caption: bool,
                       caption: Option<usize>,
                       start: Option<usize>,
                       end: Option<usize>,
                       evidence: &str|
         -> Result<(), E> {
            let row = [
                Value::str(&doc.id),
                Value::int(i),
                Value::str(&id),
                Value::str(&e.name),
                Value::str(kind),
                Value::opt_str(e.actor.as_deref()),
                Value::str(mention),
                Value::Bool(in_caption),
                Value::opt_int(caption),
                Value::opt_int(start),
                Value::opt_int(end),
                Value::str(evidence),
                Value::opt_str(doc.lang.as_deref()),
                published(doc),
                day_value(doc.published),
            ];
            n += 1;
            emit(&row)
        };
        for m in &e.mentions {
            row(
                m.slice(&doc.text),
                false,
                None,
                Some(offsets.char_offset(m.start)),
                Some(offsets.char_offset(m.end)),
                sentence_of(doc, *m),
            )?;
        }
        for (c, m) in &e.caption_mentions {
            let text = doc.captions.get(*c).map_or("", |c| c.text.as_str());
            let chars = CharOffsets::new(text);
            row(
                m.slice(text),
                true,
                Some(*c),
                Some(chars.char_offset(m.start)),
                Some(chars.char_offset(m.end)),
                text,
            )?;
        }
        if e.mentions.is_empty() && e.caption_mentions.is_empty() {
            // An entity known without a mention (a speaker named only by a label) is a row too.
            row(&e.name, false, None, None, None, "")?;
        }
    }
    Ok(n)
}

fn quote_rows<E>(
    doc: &Document,
    filter: &Filter,
    emit: &mut dyn FnMut(&[Value<'_>]) -> Result<(), E>,
) -> Result<usize, E> {
    if !filter.quotes_document_passes(doc) {
        return Ok(0);
    }
    let offsets = CharOffsets::new(&doc.text);
    let mut n = 0;
    for (i, q) in doc.quotes.iter().enumerate() {
        if !filter.quote_passes(doc, q) {
            continue;
        }
        let actor = q.speaker.as_deref().and_then(|name| {
            doc.speakers
                .iter()
                .find(|s| s.name == name)
                .and_then(|s| s.actor.as_deref())
        });
        let row = [
            Value::str(&doc.id),
            Value::int(i),
            Value::str(q.span.slice(&doc.text)),
            Value::opt_str(q.speaker.as_deref()),
            Value::opt_str(actor),
            Value::opt_str(q.via.as_deref()),
            Value::int(offsets.char_offset(q.span.start)),
            Value::int(offsets.char_offset(q.span.end)),
            Value::opt_int(sentence_number(doc, q.span.start)),
            Value::opt_str(doc.lang.as_deref()),
            published(doc),
            day_value(doc.published),
        ];
        emit(&row)?;
        n += 1;
    }
    Ok(n)
}

fn document_row<'a>(doc: &'a Document, stored: Stored<'a>) -> Vec<Value<'a>> {
    let mentions: usize = doc
        .entities
        .iter()
        .map(|e| e.mentions.len() + e.caption_mentions.len())
        .sum();
    vec![
        Value::str(&doc.id),
        Value::str(&doc.path),
        Value::opt_str(doc.record_id.as_deref()),
        Value::opt_str(doc.title.as_deref()),
        Value::opt_str(doc.lang.as_deref()),
        published(doc),
        day_value(doc.published),
        Value::opt_str(doc.publisher.as_deref()),
        Value::str(document_url(doc)),
        Value::opt_str(doc.doc_ref.as_deref()),
        Value::opt_str(stored.ingested_at),
        Value::int(doc.text.chars().count()),
        Value::int(doc.sentences.len()),
        Value::int(doc.sections.len()),
        Value::int(doc.speakers.len()),
        Value::int(doc.turns.len()),
        Value::int(doc.quotes.len()),
        Value::int(doc.entities.len()),
        Value::int(mentions),
        Value::int(doc.times.len()),
        Value::int(doc.events.len()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_numbers() {
        assert_eq!(global_event_id("0000000000000ff"), 255);
        assert_eq!(
            global_event_id("ffffffffffffffffffff"),
            0x0fff_ffff_ffff_ffff
        );
        let hashed = global_event_id("not hex at all");
        assert!(hashed > 0);
        assert_eq!(hashed, global_event_id("not hex at all"));
        assert_eq!(
            actor_id("PER", "Sergey Lavrov"),
            actor_id("PER", "sergey lavrov ")
        );
        assert_ne!(actor_id("PER", "Minsk"), actor_id("LOC", "Minsk"));
    }
}
