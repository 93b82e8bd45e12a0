//! A document cut into the rows of the store's tables, the same for every backend.
//!
//! Offsets are code points into the document's text, as in the extract contract (`start_char`,
//! `end_char`); a span's text is stored where it is short (quotations, mentions, times, event
//! evidence), not for turns and sections, which `substr` over the stored text gives back.

use chancery_model::text::CharOffsets;
use chancery_model::{Document, Span};

/// `documents`: one row per document, with its full extraction as JSON.
pub(crate) struct DocRow {
    pub id: String,
    pub path: String,
    pub record_id: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub doc_ref: Option<String>,
    pub json: String,
}

pub(crate) struct SectionRow {
    pub ord: i64,
    pub label: String,
    pub title: String,
    pub published: Option<String>,
    pub place: Option<String>,
    pub url: Option<String>,
    pub parent: Option<i64>,
    pub start: i64,
    pub end: i64,
}

pub(crate) struct SpeakerRow {
    pub ord: i64,
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub actor: Option<String>,
    pub turns: i64,
    pub quotes: i64,
}

pub(crate) struct TurnRow {
    pub ord: i64,
    pub speaker: String,
    pub kind: &'static str,
    pub section: Option<i64>,
    pub start: i64,
    pub end: i64,
}

pub(crate) struct QuoteRow {
    pub ord: i64,
    pub speaker: Option<String>,
    pub via: Option<String>,
    pub text: String,
    pub start: i64,
    pub end: i64,
}

pub(crate) struct EntityRow {
    pub ord: i64,
    pub name: String,
    pub kind: &'static str,
    pub actor: Option<String>,
}

pub(crate) struct EntityMentionRow {
    pub entity: i64,
    pub ord: i64,
    pub text: String,
    pub start: i64,
    pub end: i64,
}

/// `actors`: each CAMEO actor code the document gives someone, with the name it gives it to.
pub(crate) struct ActorRow {
    pub code: String,
    pub name: String,
}

pub(crate) struct TimeRow {
    pub ord: i64,
    pub text: String,
    pub value: Option<String>,
    pub start: i64,
    pub end: i64,
}

pub(crate) struct EventRow {
    pub id: String,
    pub code: String,
    pub kind: &'static str,
    pub plover: Option<String>,
    pub goldstein: f64,
    pub quad_class: i64,
    pub source: Option<String>,
    pub source_actor: Option<String>,
    pub target: Option<String>,
    pub target_actor: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
}

pub(crate) struct EventMentionRow {
    pub event_id: String,
    pub origin: String,
    pub code: String,
    pub status: &'static str,
    pub speaker: Option<String>,
    pub evidence: String,
    pub start: i64,
    pub end: i64,
    pub trigger_start: i64,
    pub trigger_end: i64,
}

/// Every row one document gives.
pub(crate) struct Rows {
    pub doc: DocRow,
    pub sections: Vec<SectionRow>,
    pub speakers: Vec<SpeakerRow>,
    pub turns: Vec<TurnRow>,
    pub quotes: Vec<QuoteRow>,
    pub entities: Vec<EntityRow>,
    pub entity_mentions: Vec<EntityMentionRow>,
    pub actors: Vec<ActorRow>,
    pub times: Vec<TimeRow>,
    pub events: Vec<EventRow>,
    pub event_mentions: Vec<EventMentionRow>,
}

fn i(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Rows {
    /// The rows of `doc`, whose JSON is `json`.
    pub fn new(doc: &Document, json: String) -> Rows {
        let offsets = CharOffsets::new(&doc.text);
        let at = |s: Span| {
            (
                i(offsets.char_offset(s.start)),
                i(offsets.char_offset(s.end)),
            )
        };
        let sections = doc
            .sections
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let (start, end) = at(s.span);
                SectionRow {
                    ord: i(n),
                    label: s.label.clone(),
                    title: s.title.clone(),
                    published: s.published.map(|p| p.to_string()),
                    place: s.place.clone(),
                    url: s.url.clone(),
                    parent: s.parent.map(i),
                    start,
                    end,
                }
            })
            .collect();
        let speakers = doc
            .speakers
            .iter()
            .enumerate()
            .map(|(n, s)| SpeakerRow {
                ord: i(n),
                name: s.name.clone(),
                role: s.role.clone(),
                affiliation: s.affiliation.clone(),
                actor: s.actor.clone(),
                turns: i(s.turns),
                quotes: i(s.quotes),
            })
            .collect();
        let turns = doc
            .turns
            .iter()
            .enumerate()
            .map(|(n, t)| {
                let (start, end) = at(t.span);
                TurnRow {
                    ord: i(n),
                    speaker: t.speaker.clone(),
                    kind: t.kind.as_str(),
                    section: t.section.map(i),
                    start,
                    end,
                }
            })
            .collect();
        let quotes = doc
            .quotes
            .iter()
            .enumerate()
            .map(|(n, q)| {
                let (start, end) = at(q.span);
                QuoteRow {
                    ord: i(n),
                    speaker: q.speaker.clone(),
                    via: q.via.clone(),
                    text: q.span.slice(&doc.text).to_owned(),
                    start,
                    end,
                }
            })
            .collect();
        let mut entities = Vec::with_capacity(doc.entities.len());
        let mut entity_mentions = Vec::new();
        for (n, e) in doc.entities.iter().enumerate() {
            entities.push(EntityRow {
                ord: i(n),
                name: e.name.clone(),
                kind: e.kind.as_str(),
                actor: e.actor.clone(),
            });
            for (m, span) in e.mentions.iter().enumerate() {
                let (start, end) = at(*span);
                entity_mentions.push(EntityMentionRow {
                    entity: i(n),
                    ord: i(m),
                    text: span.slice(&doc.text).to_owned(),
                    start,
                    end,
                });
            }
        }
        let times = doc
            .times
            .iter()
            .enumerate()
            .map(|(n, t)| {
                let (start, end) = at(t.span);
                TimeRow {
                    ord: i(n),
                    text: t.span.slice(&doc.text).to_owned(),
                    value: t.value.map(|v| v.to_string()),
                    start,
                    end,
                }
            })
            .collect();
        let origin = origin(doc);
        let mut events = Vec::with_capacity(doc.events.len());
        let mut event_mentions = Vec::with_capacity(doc.events.len());
        for e in &doc.events {
            events.push(EventRow {
                id: e.id.clone(),
                code: e.code.clone(),
                kind: chancery_model::event_type(&e.code),
                plover: e.plover.clone(),
                goldstein: f64::from(e.goldstein),
                quad_class: i64::from(e.quad_class),
                source: e.source.clone(),
                source_actor: e.source_actor.clone(),
                target: e.target.clone(),
                target_actor: e.target_actor.clone(),
                date: e.date.map(|d| d.to_string()),
                place: e.place.clone(),
            });
            let (start, end) = at(e.span);
            let (trigger_start, trigger_end) = at(e.trigger);
            event_mentions.push(EventMentionRow {
                event_id: e.id.clone(),
                origin: origin.clone(),
                code: e.code.clone(),
                status: e.status.as_str(),
                speaker: e.speaker.clone(),
                evidence: e.span.slice(&doc.text).to_owned(),
                start,
                end,
                trigger_start,
                trigger_end,
            });
        }
        let mut actors: Vec<(&str, &str)> = Vec::new();
        actors.extend(
            doc.entities
                .iter()
                .filter_map(|e| Some((e.actor.as_deref()?, e.name.as_str()))),
        );
        actors.extend(
            doc.speakers
                .iter()
                .filter_map(|s| Some((s.actor.as_deref()?, s.name.as_str()))),
        );
        for e in &doc.events {
            for (code, name) in [(&e.source_actor, &e.source), (&e.target_actor, &e.target)] {
                if let Some(code) = code {
                    actors.push((code, name.as_deref().unwrap_or("")));
                }
            }
        }
        actors.sort_unstable();
        actors.dedup();
        let actors = actors
            .into_iter()
            .map(|(code, name)| ActorRow {
                code: code.to_owned(),
                name: name.to_owned(),
            })
            .collect();
        Rows {
            doc: DocRow {
                id: doc.id.clone(),
                path: doc.path.clone(),
                record_id: doc.record_id.clone(),
                title: doc.title.clone(),
                lang: doc.lang.clone(),
                published: doc.published.map(|p| p.to_string()),
                publisher: doc.publisher.clone(),
                doc_ref: doc.doc_ref.clone(),
                json,
            },
            sections,
            speakers,
            turns,
            quotes,
            entities,
            entity_mentions,
            actors,
            times,
            events,
            event_mentions,
        }
    }
}

/// Where a document comes from, for counting sources: its publisher, else the host of its URL or
/// path, else the folder of its path.
fn origin(doc: &Document) -> String {
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
