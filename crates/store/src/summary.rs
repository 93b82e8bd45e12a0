//! Summary tables: the aggregates the explore reads need, kept up to date as documents are
//! stored, so that a page of actors, an actor's page, a timeline or the dyads read a few
//! hundred summary rows instead of grouping every actor and event row on each request.
//!
//! - `actor_codes(code, documents)`: how many documents give each actor code;
//! - `actor_names(code, name, documents, first_published, last_published)`: per code and name,
//!   the documents giving it and their first and last publication dates;
//! - `event_counts(source_actor, target_actor, type, code, day, events, goldstein)`: the events
//!   (one row each in `events`) per pair of actors, type, CAMEO code and day (the first ten
//!   characters of the date), with the sum of their Goldstein scores; a missing actor or date
//!   is `''`.
//!
//! Schema 4 also adds the indexes that give pages of documents and events in their order
//! (newest first, then by id) without sorting the table.
//!
//! Each equals a `GROUP BY` over the base tables ([`BACKFILL`] is that `GROUP BY`, run by the
//! schema upgrade). A stored document adds its own rows' deltas ([`deltas`]) in the document's
//! transaction; a document already present adds nothing, and an event row only counts for the
//! document whose report inserted it, so the summaries stay equal to the base tables however
//! often a document is ingested. Both backends run the same SQL.

use crate::explore::Arg;
use crate::rows::Rows;

/// The summary tables, in both dialects (filled in by [`crate::sqlite::layer_ddl`]).
pub(crate) const DDL: &str = "
CREATE TABLE IF NOT EXISTS actor_codes (
    code      {key} PRIMARY KEY,
    documents {int} NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_names (
    code            {key} NOT NULL,
    name            TEXT NOT NULL,
    documents       {int} NOT NULL,
    first_published {key},
    last_published  {key},
    PRIMARY KEY (code, name)
);
CREATE INDEX IF NOT EXISTS actor_names_name ON actor_names(name);
CREATE TABLE IF NOT EXISTS event_counts (
    source_actor {key} NOT NULL,
    target_actor {key} NOT NULL,
    type         TEXT NOT NULL,
    code         {key} NOT NULL,
    day          {key} NOT NULL,
    events       {int} NOT NULL,
    goldstein    {real} NOT NULL,
    PRIMARY KEY (source_actor, target_actor, type, code, day)
);
CREATE INDEX IF NOT EXISTS event_counts_target ON event_counts(target_actor);
CREATE INDEX IF NOT EXISTS event_counts_day ON event_counts(day);
CREATE INDEX IF NOT EXISTS documents_order ON documents(published {desc}, id);
CREATE INDEX IF NOT EXISTS events_order ON events(date {desc}, id);
";

/// The summaries recomputed from the base tables (the schema upgrade; the tests compare
/// the maintained tables with these `SELECT`s).
pub const BACKFILL: [(&str, &str); 3] = [
    (
        "actor_codes (code, documents)",
        "SELECT code, count(DISTINCT document_id) FROM actors GROUP BY code",
    ),
    (
        "actor_names (code, name, documents, first_published, last_published)",
        "SELECT a.code, a.name, count(*), min(d.published), max(d.published)
         FROM actors a JOIN documents d ON d.id = a.document_id GROUP BY a.code, a.name",
    ),
    (
        "event_counts (source_actor, target_actor, type, code, day, events, goldstein)",
        "SELECT coalesce(source_actor, ''), coalesce(target_actor, ''), type, code,
                coalesce(substr(date, 1, 10), ''), count(*), sum(goldstein)
         FROM events GROUP BY 1, 2, 3, 4, 5",
    ),
];

/// The statements that empty the summaries and fill them from the base tables.
pub(crate) fn backfill() -> String {
    let mut sql = String::new();
    for (table, select) in BACKFILL {
        let name = table.split(' ').next().unwrap_or(table);
        sql.push_str(&format!(
            "DELETE FROM {name};\nINSERT INTO {table} {select};\n"
        ));
    }
    sql
}

const ACTOR_CODE: &str = "INSERT INTO actor_codes (code, documents) VALUES (?1, 1)
     ON CONFLICT (code) DO UPDATE SET documents = actor_codes.documents + 1";

const ACTOR_NAME: &str =
    "INSERT INTO actor_names (code, name, documents, first_published, last_published)
     VALUES (?1, ?2, 1, NULLIF(?3, ''), NULLIF(?3, ''))
     ON CONFLICT (code, name) DO UPDATE SET
         documents = actor_names.documents + 1,
         first_published = CASE WHEN excluded.first_published IS NOT NULL
                                 AND (actor_names.first_published IS NULL
                                      OR excluded.first_published < actor_names.first_published)
                            THEN excluded.first_published ELSE actor_names.first_published END,
         last_published = CASE WHEN excluded.last_published IS NOT NULL
                                AND (actor_names.last_published IS NULL
                                     OR excluded.last_published > actor_names.last_published)
                           THEN excluded.last_published ELSE actor_names.last_published END";

const EVENT: &str =
    "INSERT INTO event_counts (source_actor, target_actor, type, code, day, events, goldstein)
     VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)
     ON CONFLICT (source_actor, target_actor, type, code, day) DO UPDATE SET
         events = event_counts.events + 1,
         goldstein = event_counts.goldstein + excluded.goldstein";

/// Every upsert [`deltas`] hands out, so that a backend can prepare them once.
pub(crate) const UPSERTS: [&str; 3] = [ACTOR_CODE, ACTOR_NAME, EVENT];

/// What storing a new document adds to the summaries: one upsert per actor code, per (code,
/// name) and per event row this document inserted (`inserted(id)`: its report is the event's
/// first, so its row went in).
pub(crate) fn deltas(
    rows: &Rows,
    inserted: impl Fn(&str) -> bool,
) -> Vec<(&'static str, Vec<Arg>)> {
    let mut out = Vec::new();
    let published = rows.doc.published.clone().unwrap_or_default();
    let mut codes: Vec<&str> = rows.actors.iter().map(|a| a.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    for code in codes {
        out.push((ACTOR_CODE, vec![Arg::Text(code.to_owned())]));
    }
    for a in &rows.actors {
        out.push((
            ACTOR_NAME,
            vec![
                Arg::Text(a.code.clone()),
                Arg::Text(a.name.clone()),
                Arg::Text(published.clone()),
            ],
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for e in &rows.events {
        if !seen.insert(e.id.as_str()) || !inserted(&e.id) {
            continue;
        }
        let day: String = e.date.as_deref().unwrap_or("").chars().take(10).collect();
        out.push((
            EVENT,
            vec![
                Arg::Text(e.source_actor.clone().unwrap_or_default()),
                Arg::Text(e.target_actor.clone().unwrap_or_default()),
                Arg::Text(e.kind.to_owned()),
                Arg::Text(e.code.clone()),
                Arg::Text(day),
                Arg::Real(e.goldstein),
            ],
        ));
    }
    out
}
