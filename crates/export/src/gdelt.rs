//! The GDELT 2.0 Events and Mentions tables, from chancery's events.
//!
//! # Format
//!
//! Two tab-separated files without a header, as GDELT publishes them: the Events table (61
//! columns, [`EVENT_COLUMNS`], one row per real-world event: chancery's event id, the same in
//! every document that reports it) and the Mentions table (16 columns, [`MENTION_COLUMNS`], one
//! row per report of an event in a document). Tabs and line breaks inside values become spaces;
//! an empty field is an unknown value. Events come out sorted by day then GLOBALEVENTID.
//!
//! # Mapping
//!
//! Events table:
//! - `GLOBALEVENTID`: the first 15 hex digits of chancery's event id as an integer (stable
//!   across runs and stores; the `gdelt_id` column of the events table).
//! - `SQLDATE`, `MonthYear`, `Year`, `FractionDate`: the event's day (a range: its first day).
//!   An event dated less precisely than a day, or not dated, takes the publication day of the
//!   document that first reported it when that day agrees with what the event's date says (GDELT
//!   dates events by their article the same way); otherwise `SQLDATE` is empty and `MonthYear`,
//!   `Year` hold what is known. `FractionDate` is GDELT's approximation
//!   `YYYY + ((month − 1) × 30 + day) / 365`, to four decimals.
//! - `Actor1*` (source) and `Actor2*` (target): `Code` is chancery's CAMEO actor code,
//!   `Name` its canonical name (not upper-cased), and the code is split into three-letter parts:
//!   the first part that is not a type is the `CountryCode` (a country or CAMEO region), a later
//!   one the `KnownGroupCode` (UNO, EEC…), and type parts (GOV, MIL, IGO…) fill `Type1Code` to
//!   `Type3Code`. Ethnic and religion codes stay empty.
//! - `IsRootEvent`: 1 when the first report's sentence is in the document's lead (its first
//!   two paragraphs, the title line included), else 0.
//! - `EventCode`, `EventBaseCode`, `EventRootCode`: the CAMEO code, its first three and first
//!   two digits. `QuadClass`, `GoldsteinScale`: chancery's, from the code.
//! - `NumMentions`: the event's reports (sentences) in the exported documents; `NumSources`:
//!   distinct sources (publisher, else the URL's host, else the folder, as `chancery events`
//!   counts them); `NumArticles`: distinct documents. Counted over the whole export, not a
//!   15-minute window.
//! - `AvgTone`: 0 — chancery does not measure tone.
//! - Geography: `ActionGeo_FullName` is the event's place as the document names it; the other
//!   geographic fields (types, FIPS codes, ADM codes, coordinates, feature ids) are empty, as
//!   are all `Actor1Geo_*` and `Actor2Geo_*` fields: chancery has no gazetteer with coordinates.
//! - `DATEADDED`: when the first reporting document was ingested (`YYYYMMDDHHMMSS`, UTC).
//! - `SOURCEURL`: that document's URL, else its path.
//!
//! Mentions table:
//! - `GLOBALEVENTID`; `EventTimeDate` (the event's `DATEADDED`); `MentionTimeDate` (when this
//!   document was ingested); `MentionType` 1 (web) when the identifier is a URL, else 2
//!   (citation only); `MentionSourceName` (the source as counted above); `MentionIdentifier`
//!   (the document's URL, else its path); `SentenceID` (the evidence sentence's number, from 1);
//!   `Actor1CharOffset`, `Actor2CharOffset` (where the source and target are named inside that
//!   sentence, code points into the document's text, −1 when not named there);
//!   `ActionCharOffset` (the trigger words); `InRawText` 1 (chancery codes the text as written);
//!   `Confidence` empty (chancery gives no confidence figure); `MentionDocLen` (code points);
//!   `MentionDocTone` 0 (as `AvgTone`); `MentionDocTranslationInfo` empty (nothing translated).
//! - `Extras`: a JSON object with chancery's own fields: `document` (the document id), `event`
//!   (chancery's event id), `evidence` (the sentence), `start`/`end` (its code-point offsets),
//!   `code` (as coded in this document), `status`, `speaker`, `lang`.
//!
//! Memory: mentions are written as documents come; the events table needs every event's
//! counts first, so one small record per distinct event (not per document, no text but its
//! first sentence's position) is kept until the end.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::Write;

use chancery_model::text::CharOffsets;
use chancery_model::{Document, PartialDate, Span, TimeValue};

use crate::Error;
use crate::filter::Filter;
use crate::rows::{Stored, document_url, global_event_id};

/// A GDELT column type, as `GDELT2.events.columns.tsv` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GdeltType {
    Integer,
    Float,
    String,
}

impl GdeltType {
    pub const fn name(self) -> &'static str {
        match self {
            GdeltType::Integer => "INTEGER",
            GdeltType::Float => "FLOAT",
            GdeltType::String => "STRING",
        }
    }
}

use GdeltType::{Float as F, Integer as I, String as S};

/// The GDELT 2.0 Events table's columns, in file order.
pub const EVENT_COLUMNS: [(&str, GdeltType); 61] = [
    ("GLOBALEVENTID", I),
    ("SQLDATE", I),
    ("MonthYear", I),
    ("Year", I),
    ("FractionDate", F),
    ("Actor1Code", S),
    ("Actor1Name", S),
    ("Actor1CountryCode", S),
    ("Actor1KnownGroupCode", S),
    ("Actor1EthnicCode", S),
    ("Actor1Religion1Code", S),
    ("Actor1Religion2Code", S),
    ("Actor1Type1Code", S),
    ("Actor1Type2Code", S),
    ("Actor1Type3Code", S),
    ("Actor2Code", S),
    ("Actor2Name", S),
    ("Actor2CountryCode", S),
    ("Actor2KnownGroupCode", S),
    ("Actor2EthnicCode", S),
    ("Actor2Religion1Code", S),
    ("Actor2Religion2Code", S),
    ("Actor2Type1Code", S),
    ("Actor2Type2Code", S),
    ("Actor2Type3Code", S),
    ("IsRootEvent", I),
    ("EventCode", S),
    ("EventBaseCode", S),
    ("EventRootCode", S),
    ("QuadClass", I),
    ("GoldsteinScale", F),
    ("NumMentions", I),
    ("NumSources", I),
    ("NumArticles", I),
    ("AvgTone", F),
    ("Actor1Geo_Type", I),
    ("Actor1Geo_FullName", S),
    ("Actor1Geo_CountryCode", S),
    ("Actor1Geo_ADM1Code", S),
    ("Actor1Geo_ADM2Code", S),
    ("Actor1Geo_Lat", F),
    ("Actor1Geo_Long", F),
    ("Actor1Geo_FeatureID", S),
    ("Actor2Geo_Type", I),
    ("Actor2Geo_FullName", S),
    ("Actor2Geo_CountryCode", S),
    ("Actor2Geo_ADM1Code", S),
    ("Actor2Geo_ADM2Code", S),
    ("Actor2Geo_Lat", F),
    ("Actor2Geo_Long", F),
    ("Actor2Geo_FeatureID", S),
    ("ActionGeo_Type", I),
    ("ActionGeo_FullName", S),
    ("ActionGeo_CountryCode", S),
    ("ActionGeo_ADM1Code", S),
    ("ActionGeo_ADM2Code", S),
    ("ActionGeo_Lat", F),
    ("ActionGeo_Long", F),
    ("ActionGeo_FeatureID", S),
    ("DATEADDED", I),
    ("SOURCEURL", S),
];

/// The GDELT 2.0 Mentions table's columns, in file order.
pub const MENTION_COLUMNS: [(&str, GdeltType); 16] = [
    ("GLOBALEVENTID", I),
    ("EventTimeDate", I),
    ("MentionTimeDate", I),
    ("MentionType", I),
    ("MentionSourceName", S),
    ("MentionIdentifier", S),
    ("SentenceID", I),
    ("Actor1CharOffset", I),
    ("Actor2CharOffset", I),
    ("ActionCharOffset", I),
    ("InRawText", I),
    ("Confidence", I),
    ("MentionDocLen", I),
    ("MentionDocTone", F),
    ("MentionDocTranslationInfo", S),
    ("Extras", S),
];

/// CAMEO actor type (role) codes: the parts of an actor code that are not places or groups.
const TYPE_CODES: &[&str] = &[
    "AGR", "AMN", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "GRP", "HLH",
    "HRI", "IGO", "IMG", "INS", "INT", "IRC", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD",
    "NGM", "NGO", "OPP", "PKO", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF",
    "UIS",
];

/// CAMEO region codes, which take the country slot of an international actor ("IGOEUREEC").
const REGION_CODES: &[&str] = &[
    "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT",
    "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST",
];

/// A CAMEO actor code split as GDELT's actor fields are.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ActorParts<'a> {
    pub country: Option<&'a str>,
    pub group: Option<&'a str>,
    pub types: Vec<&'a str>,
}

/// Splits a CAMEO actor code ("RUSGOV", "IGOEUREEC") into country, known group and types; a
/// code that is not made of three-letter parts gives nothing.
pub fn actor_parts(code: &str) -> ActorParts<'_> {
    let mut parts = ActorParts::default();
    if code.is_empty() || code.len() % 3 != 0 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return parts;
    }
    let mut first = true;
    for i in (0..code.len()).step_by(3) {
        let chunk = &code[i..i + 3];
        if TYPE_CODES.contains(&chunk) {
            parts.types.push(chunk);
        } else if parts.country.is_none()
            && parts.group.is_none()
            && (first || REGION_CODES.contains(&chunk))
        {
            parts.country = Some(chunk);
        } else if parts.group.is_none() {
            parts.group = Some(chunk);
        }
        first = false;
    }
    parts.types.truncate(3);
    parts
}

/// Where a document comes from, for counting sources: its publisher, else the host of its URL
/// or path, else the folder of its path (the store counts `NumSources` the same way).
pub fn origin(doc: &Document) -> String {
    if let Some(p) = doc.publisher.as_deref().filter(|p| !p.trim().is_empty()) {
        return p.trim().to_owned();
    }
    let path = doc.urls.first().map_or(doc.path.as_str(), String::as_str);
    if let Some(rest) = path.split_once("://").map(|(_, r)| r) {
        return rest.split('/').next().unwrap_or(rest).to_owned();
    }
    std::path::Path::new(path.split('#').next().unwrap_or(path))
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// `YYYYMMDDHHMMSS` of an ISO 8601 timestamp ("2026-11-30T19:33:00Z"), if it is one.
pub fn compact_timestamp(iso: &str) -> Option<String> {
    let digits: String = iso.chars().filter(char::is_ascii_digit).take(14).collect();
    (digits.len() == 14).then_some(digits)
}

/// The day an event is dated, and the year and month known, per the mapping above.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EventDay {
    pub day: Option<(i32, u8, u8)>,
    pub year: Option<i32>,
    pub month: Option<u8>,
}

pub fn event_day(date: Option<TimeValue>, published: Option<PartialDate>) -> EventDay {
    let point = date.map(|d| match d {
        TimeValue::Point(p) | TimeValue::Range(p, _) => p,
    });
    let full = |p: PartialDate| match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => Some((y, m, d)),
        _ => None,
    };
    if let Some(day) = point.and_then(full) {
        return EventDay {
            day: Some(day),
            year: Some(day.0),
            month: Some(day.1),
        };
    }
    let agrees = |p: PartialDate, (y, m, d): (i32, u8, u8)| {
        p.year.is_none_or(|v| v == y)
            && p.month.is_none_or(|v| v == m)
            && p.day.is_none_or(|v| v == d)
    };
    if let Some(day) = published.and_then(full)
        && point.is_none_or(|p| agrees(p, day))
    {
        return EventDay {
            day: Some(day),
            year: Some(day.0),
            month: Some(day.1),
        };
    }
    EventDay {
        day: None,
        year: point.and_then(|p| p.year),
        month: point.and_then(|p| p.year.and(p.month)),
    }
}

/// What the events table needs of one event, gathered over the documents.
struct Agg {
    id: String,
    code: String,
    source: Option<String>,
    source_actor: Option<String>,
    target: Option<String>,
    target_actor: Option<String>,
    place: Option<String>,
    goldstein: f32,
    quad_class: u8,
    day: EventDay,
    root: bool,
    date_added: String,
    source_url: String,
    mentions: u64,
    articles: u64,
    sources: HashSet<u64>,
}

/// How much a GDELT export wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GdeltCounts {
    pub events: u64,
    pub mentions: u64,
}

/// Writes the two GDELT tables: feed it documents with [`Gdelt::add`], then [`Gdelt::finish`].
pub struct Gdelt<'w> {
    events: Box<dyn Write + 'w>,
    mentions: Box<dyn Write + 'w>,
    aggs: HashMap<String, Agg>,
    written_mentions: u64,
    line: String,
}

/// A value as a GDELT field: tabs and line breaks become spaces.
fn field(s: &str) -> Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        Cow::Owned(s.replace(['\t', '\n', '\r'], " "))
    } else {
        Cow::Borrowed(s)
    }
}

fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Whether byte `offset` is in the document's lead: its first two non-empty lines.
fn in_lead(text: &str, offset: usize) -> bool {
    let mut lines = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            lines += 1;
        }
        at += line.len();
        if offset < at {
            return lines <= 2;
        }
        if lines >= 2 {
            return false;
        }
    }
    false
}

/// The code-point offset where the entity named `name` is mentioned inside `within`, or −1.
fn named_at(doc: &Document, offsets: &CharOffsets<'_>, name: Option<&str>, within: Span) -> i64 {
    let Some(name) = name else {
        return -1;
    };
    doc.entities
        .iter()
        .filter(|e| e.name == name)
        .flat_map(|e| &e.mentions)
        .find(|m| within.contains(**m))
        .map_or(-1, |m| offsets.char_offset(m.start) as i64)
}

impl<'w> Gdelt<'w> {
    pub fn new(events: Box<dyn Write + 'w>, mentions: Box<dyn Write + 'w>) -> Gdelt<'w> {
        Gdelt {
            events,
            mentions,
            aggs: HashMap::new(),
            written_mentions: 0,
            line: String::new(),
        }
    }

    /// Adds the events of one document that `filter` passes: their mention rows are written
    /// now, their event rows at [`Gdelt::finish`]. Returns the number of mentions written.
    pub fn add(
        &mut self,
        doc: &Document,
        stored: Stored<'_>,
        filter: &Filter,
    ) -> Result<usize, Error> {
        let events: Vec<_> = doc
            .events
            .iter()
            .filter(|e| filter.event_passes(doc, e))
            .collect();
        if events.is_empty() {
            return Ok(0);
        }
        let offsets = CharOffsets::new(&doc.text);
        let origin = origin(doc);
        let origin_hash = hash(&origin);
        let url = document_url(doc);
        let mention_type = if url.contains("://") { "1" } else { "2" };
        let added = stored
            .ingested_at
            .and_then(compact_timestamp)
            .unwrap_or_default();
        let doc_len = offsets.char_offset(doc.text.len());
        let mut seen: HashSet<&str> = HashSet::new();
        for e in &events {
            let agg = self.aggs.entry(e.id.clone()).or_insert_with(|| Agg {
                id: e.id.clone(),
                code: e.code.clone(),
                source: e.source.clone(),
                source_actor: e.source_actor.clone(),
                target: e.target.clone(),
                target_actor: e.target_actor.clone(),
                place: e.place.clone(),
                goldstein: e.goldstein,
                quad_class: e.quad_class,
                day: event_day(e.date, doc.published),
                root: in_lead(&doc.text, e.span.start),
                date_added: added.clone(),
                source_url: url.to_owned(),
                mentions: 0,
                articles: 0,
                sources: HashSet::new(),
            });
            agg.mentions += 1;
            if seen.insert(&e.id) {
                agg.articles += 1;
            }
            agg.sources.insert(origin_hash);
            let extras = serde_json::json!({
                "document": doc.id, "event": e.id, "evidence": e.span.slice(&doc.text),
                "start": offsets.char_offset(e.span.start), "end": offsets.char_offset(e.span.end),
                "code": e.code, "status": e.status.as_str(), "speaker": e.speaker, "lang": doc.lang,
            });
            let cells: [Cow<'_, str>; 16] = [
                global_event_id(&e.id).to_string().into(),
                agg.date_added.clone().into(),
                added.as_str().into(),
                mention_type.into(),
                field(&origin),
                field(url),
                doc.sentence_at(e.span.start)
                    .map_or(String::new(), |i| (i + 1).to_string())
                    .into(),
                named_at(doc, &offsets, e.source.as_deref(), e.span)
                    .to_string()
                    .into(),
                named_at(doc, &offsets, e.target.as_deref(), e.span)
                    .to_string()
                    .into(),
                offsets.char_offset(e.trigger.start).to_string().into(),
                "1".into(),
                "".into(),
                doc_len.to_string().into(),
                "0".into(),
                "".into(),
                // serde_json escapes control characters: no tab or line break can appear.
                extras.to_string().into(),
            ];
            write_line(&mut self.line, &mut self.mentions, &cells)?;
            self.written_mentions += 1;
        }
        Ok(events.len())
    }

    /// Writes the events table and flushes both files.
    pub fn finish(mut self) -> Result<GdeltCounts, Error> {
        let mut aggs: Vec<Agg> = self.aggs.into_values().collect();
        aggs.sort_by_cached_key(|a| (a.day.day, global_event_id(&a.id)));
        for a in &aggs {
            let cells = event_cells(a);
            write_line(&mut self.line, &mut self.events, &cells)?;
        }
        self.events.flush()?;
        self.mentions.flush()?;
        Ok(GdeltCounts {
            events: aggs.len() as u64,
            mentions: self.written_mentions,
        })
    }
}

fn write_line(line: &mut String, out: &mut dyn Write, cells: &[Cow<'_, str>]) -> Result<(), Error> {
    line.clear();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            line.push('\t');
        }
        line.push_str(c);
    }
    line.push('\n');
    out.write_all(line.as_bytes())?;
    Ok(())
}

fn actor_cells<'a>(name: Option<&'a str>, code: Option<&'a str>) -> [Cow<'a, str>; 10] {
    let parts = code.map(actor_parts).unwrap_or_default();
    let opt = |s: Option<&'a str>| Cow::Borrowed(s.unwrap_or(""));
    [
        opt(code),
        name.map_or(Cow::Borrowed(""), field),
        opt(parts.country),
        opt(parts.group),
        "".into(),
        "".into(),
        "".into(),
        opt(parts.types.first().copied()),
        opt(parts.types.get(1).copied()),
        opt(parts.types.get(2).copied()),
    ]
}

fn event_cells(a: &Agg) -> Vec<Cow<'_, str>> {
    let num = |v: Option<String>| Cow::Owned(v.unwrap_or_default());
    let d = a.day;
    let mut cells: Vec<Cow<'_, str>> = Vec::with_capacity(61);
    cells.push(global_event_id(&a.id).to_string().into());
    cells.push(num(d.day.map(|(y, m, dd)| format!("{y:04}{m:02}{dd:02}"))));
    cells.push(num(d
        .year
        .zip(d.month)
        .map(|(y, m)| format!("{y:04}{m:02}"))));
    cells.push(num(d.year.map(|y| format!("{y:04}"))));
    cells.push(num(d.day.map(|(y, m, dd)| {
        let f = f64::from(y) + f64::from((i32::from(m) - 1) * 30 + i32::from(dd)) / 365.0;
        format!("{f:.4}")
    })));
    cells.extend(actor_cells(a.source.as_deref(), a.source_actor.as_deref()));
    cells.extend(actor_cells(a.target.as_deref(), a.target_actor.as_deref()));
    cells.push(if a.root { "1" } else { "0" }.into());
    cells.push(field(&a.code));
    cells.push(field(a.code.get(..3).unwrap_or(&a.code)));
    cells.push(field(a.code.get(..2).unwrap_or(&a.code)));
    cells.push(a.quad_class.to_string().into());
    // The shortest decimal of the f32 score: 2.8, not 2.799999952.
    cells.push(a.goldstein.to_string().into());
    cells.push(a.mentions.to_string().into());
    cells.push(a.sources.len().to_string().into());
    cells.push(a.articles.to_string().into());
    cells.push("0".into());
    // Actor1Geo_* and Actor2Geo_*: eight empty fields each.
    cells.extend(std::iter::repeat_n(Cow::Borrowed(""), 16));
    // ActionGeo_*: the place's name only.
    cells.push("".into());
    cells.push(a.place.as_deref().map_or(Cow::Borrowed(""), field));
    cells.extend(std::iter::repeat_n(Cow::Borrowed(""), 6));
    cells.push(a.date_added.as_str().into());
    cells.push(field(&a.source_url));
    debug_assert_eq!(cells.len(), EVENT_COLUMNS.len());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_split_as_gdelt() {
        let p = actor_parts("RUSGOV");
        assert_eq!(
            (p.country, p.group, p.types),
            (Some("RUS"), None, vec!["GOV"])
        );
        let p = actor_parts("IGOEUREEC");
        assert_eq!(
            (p.country, p.group, p.types),
            (Some("EUR"), Some("EEC"), vec!["IGO"])
        );
        let p = actor_parts("IGOUNO");
        assert_eq!(
            (p.country, p.group, p.types),
            (None, Some("UNO"), vec!["IGO"])
        );
        let p = actor_parts("USAMILGOV");
        assert_eq!((p.country, p.types), (Some("USA"), vec!["MIL", "GOV"]));
        assert_eq!(actor_parts("RUSG"), ActorParts::default());
        assert_eq!(actor_parts("Пут"), ActorParts::default());
    }

    #[test]
    fn days_come_from_the_event_else_an_agreeing_publication() {
        let day = |s: &str| PartialDate::parse_iso(s).unwrap();
        let pubd = Some(day("2024-06-25"));
        let e = event_day(Some(TimeValue::Point(day("2024-06-20"))), pubd);
        assert_eq!(e.day, Some((2024, 6, 20)));
        let e = event_day(Some(TimeValue::Point(day("2024-06"))), pubd);
        assert_eq!(e.day, Some((2024, 6, 25)));
        let e = event_day(Some(TimeValue::Point(day("2023"))), pubd);
        assert_eq!((e.day, e.year, e.month), (None, Some(2023), None));
        let e = event_day(None, pubd);
        assert_eq!(e.day, Some((2024, 6, 25)));
        let e = event_day(None, None);
        assert_eq!(e, EventDay::default());
        let e = event_day(
            Some(TimeValue::Range(day("2024-07-03"), day("2024-07-04"))),
            None,
        );
        assert_eq!(e.day, Some((2024, 7, 3)));
    }

    #[test]
    fn timestamps_and_leads() {
        assert_eq!(
            compact_timestamp("2026-11-30T19:33:05Z").as_deref(),
            Some("20261130193305")
        );
        assert_eq!(compact_timestamp("2026-11-30"), None);
        let text = "Title\n\nLead sentence.\nSecond paragraph.";
        assert!(in_lead(text, 0));
        assert!(in_lead(text, 8));
        assert!(!in_lead(text, text.len() - 3));
    }
}
