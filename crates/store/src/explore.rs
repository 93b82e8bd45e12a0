//! Paged and aggregate reads for browsing a large store (the HTTP server): a page of documents,
//! actors with their names, codes and documents, a page of events, event counts per period
//! (timeline) and per pair of actors (dyads).
//!
//! The aggregates (actors and their names, event counts, timelines, dyads) read the summary
//! tables of [`crate::summary`], kept up to date at ingest; pages read the base tables.
//!
//! Each query is written once, in SQL both backends accept (`?N` placeholders, which the
//! PostgreSQL backend rewrites to `$N`), and run through [`Backend::rows`]; every result is
//! bounded by a limit.

use std::collections::HashMap;

use crate::{Backend, Result};

/// A query argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Int(i64),
    Real(f64),
}

/// A result cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Cell {
    fn text(&self) -> Option<String> {
        match self {
            Cell::Text(s) => Some(s.clone()),
            Cell::Int(n) => Some(n.to_string()),
            Cell::Real(x) => Some(x.to_string()),
            Cell::Null => None,
        }
    }
    fn string(&self) -> String {
        self.text().unwrap_or_default()
    }
    fn int(&self) -> i64 {
        match self {
            Cell::Int(n) => *n,
            Cell::Real(x) => *x as i64,
            Cell::Text(s) => s.parse().unwrap_or(0),
            Cell::Null => 0,
        }
    }
    fn real(&self) -> f64 {
        match self {
            Cell::Int(n) => *n as f64,
            Cell::Real(x) => *x,
            Cell::Text(s) => s.parse().unwrap_or(0.0),
            Cell::Null => 0.0,
        }
    }
}

/// The most rows any one query returns.
pub const MAX_LIMIT: usize = 1000;

fn limit(n: usize) -> Arg {
    Arg::Int(n.clamp(1, MAX_LIMIT) as i64)
}

fn offset(n: usize) -> Arg {
    Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// One document in a page of [`documents`].
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentRow {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
}

/// Which documents [`documents`] pages through; `None` does not filter.
#[derive(Clone, Debug, Default)]
pub struct DocumentFilter {
    pub lang: Option<String>,
    /// Only documents naming this actor code.
    pub actor: Option<String>,
}

/// A page of documents, newest publication first (undated last), then by id.
pub fn documents(
    b: &dyn Backend,
    filter: &DocumentFilter,
    offset_: usize,
    limit_: usize,
) -> Result<Vec<DocumentRow>> {
    let mut args = Vec::new();
    let mut sql = String::from(
        "SELECT d.id, d.path, d.title, d.lang, d.published, d.publisher FROM documents d WHERE 1 = 1",
    );
    if let Some(lang) = &filter.lang {
        args.push(Arg::Text(lang.clone()));
        sql.push_str(&format!(" AND d.lang = ?{}", args.len()));
    }
    if let Some(actor) = &filter.actor {
        args.push(Arg::Text(actor.clone()));
        sql.push_str(&format!(
            " AND d.id IN (SELECT document_id FROM actors WHERE code = ?{})",
            args.len()
        ));
    }
    args.push(limit(limit_));
    args.push(offset(offset_));
    sql.push_str(&format!(
        " ORDER BY d.published DESC NULLS LAST, d.id LIMIT ?{} OFFSET ?{}",
        args.len() - 1,
        args.len()
    ));
    Ok(b.rows(&sql, &args)?
        .into_iter()
        .map(|r| DocumentRow {
            id: r[0].string(),
            path: r[1].string(),
            title: r[2].text(),
            lang: r[3].text(),
            published: r[4].text(),
            publisher: r[5].text(),
        })
        .collect())
}

/// How many documents pass `filter`.
pub fn count_documents(b: &dyn Backend, filter: &DocumentFilter) -> Result<u64> {
    if let (None, Some(actor)) = (&filter.lang, &filter.actor) {
        let rows = b.rows(
            "SELECT documents FROM actor_codes WHERE code = ?1",
            &[Arg::Text(actor.clone())],
        )?;
        return Ok(rows.first().map_or(0, |r| r[0].int().max(0) as u64));
    }
    let mut args = Vec::new();
    let mut sql = String::from("SELECT count(*) FROM documents d WHERE 1 = 1");
    if let Some(lang) = &filter.lang {
        args.push(Arg::Text(lang.clone()));
        sql.push_str(&format!(" AND d.lang = ?{}", args.len()));
    }
    if let Some(actor) = &filter.actor {
        args.push(Arg::Text(actor.clone()));
        sql.push_str(&format!(
            " AND d.id IN (SELECT document_id FROM actors WHERE code = ?{})",
            args.len()
        ));
    }
    let rows = b.rows(&sql, &args)?;
    Ok(rows.first().map_or(0, |r| r[0].int().max(0) as u64))
}

/// An actor code with its most frequent name and how many documents give it.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorSummary {
    pub code: String,
    pub name: String,
    pub documents: u64,
}

/// Actor codes by how many documents give them; `query` keeps the codes that start with it or
/// that some name containing it (any case) is given.
pub fn actors(
    b: &dyn Backend,
    query: Option<&str>,
    offset_: usize,
    limit_: usize,
) -> Result<Vec<ActorSummary>> {
    let mut args = Vec::new();
    let mut sql = String::from("SELECT code, documents AS n FROM actor_codes");
    if let Some(q) = query.filter(|q| !q.trim().is_empty()) {
        let q = q.trim().replace(['%', '_', '\\'], "");
        args.push(Arg::Text(format!("{}%", q.to_uppercase())));
        args.push(Arg::Text(format!("%{}%", q.to_lowercase())));
        sql.push_str(
            " WHERE code IN (SELECT code FROM actor_names WHERE code LIKE ?1 OR lower(name) LIKE ?2)",
        );
    }
    args.push(limit(limit_));
    args.push(offset(offset_));
    sql.push_str(&format!(
        " ORDER BY n DESC, code LIMIT ?{} OFFSET ?{}",
        args.len() - 1,
        args.len()
    ));
    let rows = b.rows(&sql, &args)?;
    let codes: Vec<String> = rows.iter().map(|r| r[0].string()).collect();
    let names = names(b, &codes)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let code = r[0].string();
            ActorSummary {
                name: names.get(&code).cloned().unwrap_or_else(|| code.clone()),
                code,
                documents: r[1].int().max(0) as u64,
            }
        })
        .collect())
}

/// The most frequent name given to each of `codes`.
pub fn names(b: &dyn Backend, codes: &[String]) -> Result<HashMap<String, String>> {
    let mut best: HashMap<String, (i64, String)> = HashMap::new();
    for chunk in codes.chunks(200) {
        if chunk.is_empty() {
            continue;
        }
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "SELECT code, name, documents FROM actor_names WHERE code IN ({}) AND name <> ''",
            marks.join(", ")
        );
        let args: Vec<Arg> = chunk.iter().map(|c| Arg::Text(c.clone())).collect();
        for r in b.rows(&sql, &args)? {
            let (code, name, n) = (r[0].string(), r[1].string(), r[2].int());
            let e = best.entry(code).or_insert((0, String::new()));
            if n > e.0 || (n == e.0 && name < e.1) {
                *e = (n, name);
            }
        }
    }
    Ok(best.into_iter().map(|(k, (_, v))| (k, v)).collect())
}

/// A name given to an actor code, with how many documents give it and when first and last.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub code: String,
    pub name: String,
    pub documents: u64,
    pub first: Option<String>,
    pub last: Option<String>,
}

/// Every name the documents give `code` (most frequent first, at most `limit_`), and every code
/// given to those names (the actor's codes over time: first and last publication dates; its
/// `documents` counts a document once per name giving it the code).
pub fn actor(b: &dyn Backend, code: &str, limit_: usize) -> Result<(Vec<Alias>, Vec<Alias>)> {
    let sql = "SELECT code, name, documents, first_published, last_published FROM actor_names
               WHERE code = ?1 AND name <> '' ORDER BY documents DESC, name LIMIT ?2";
    let alias = |r: Vec<Cell>| Alias {
        code: r[0].string(),
        name: r[1].string(),
        documents: r[2].int().max(0) as u64,
        first: r[3].text(),
        last: r[4].text(),
    };
    let aliases: Vec<Alias> = b
        .rows(sql, &[Arg::Text(code.to_owned()), limit(limit_)])?
        .into_iter()
        .map(alias)
        .collect();
    let mut codes = Vec::new();
    let names: Vec<String> = aliases.iter().take(50).map(|a| a.name.clone()).collect();
    if !names.is_empty() {
        let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "SELECT code, '' AS name, CAST(sum(documents) AS BIGINT), min(first_published), max(last_published)
             FROM actor_names WHERE name IN ({})
             GROUP BY code ORDER BY min(first_published) NULLS LAST, code LIMIT 100",
            marks.join(", ")
        );
        let args: Vec<Arg> = names.into_iter().map(Arg::Text).collect();
        codes = b.rows(&sql, &args)?.into_iter().map(alias).collect();
    }
    Ok((aliases, codes))
}

/// A quotation by a speaker the documents give an actor code.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow {
    pub document: String,
    pub published: Option<String>,
    pub speaker: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Quotations by speakers given `code`, newest first.
pub fn quotes(b: &dyn Backend, code: &str, offset_: usize, limit_: usize) -> Result<Vec<QuoteRow>> {
    let sql = "SELECT q.document_id, d.published, q.speaker, q.text, q.start_char, q.end_char
               FROM speakers s
               JOIN quotes q ON q.document_id = s.document_id AND q.speaker = s.name
               JOIN documents d ON d.id = q.document_id
               WHERE s.actor = ?1
               ORDER BY d.published DESC NULLS LAST, q.document_id, q.ord LIMIT ?2 OFFSET ?3";
    Ok(b.rows(
        sql,
        &[Arg::Text(code.to_owned()), limit(limit_), offset(offset_)],
    )?
    .into_iter()
    .map(|r| QuoteRow {
        document: r[0].string(),
        published: r[1].text(),
        speaker: r[2].string(),
        text: r[3].string(),
        start: r[4].int().max(0) as usize,
        end: r[5].int().max(0) as usize,
    })
    .collect())
}

/// Which events [`events`], [`timeline`] and [`dyads`] count; `None` does not filter.
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    /// A source or target actor code, or a code prefix ("RUS").
    pub actor: Option<String>,
    /// A contract type ("meet") or a CAMEO code prefix ("04").
    pub kind: Option<String>,
    /// Earliest date, ISO (a prefix: "2024" or "2024-06").
    pub from: Option<String>,
    /// Latest date, ISO (a prefix includes its whole period).
    pub to: Option<String>,
}

impl EventQuery {
    /// The SQL conditions (`AND …`) on a table with `source_actor`, `target_actor`, `type`,
    /// `code` and the date in column `date` (`events`: the date; `event_counts`: its day).
    fn clause(&self, args: &mut Vec<Arg>, date: &str) -> String {
        let mut sql = String::new();
        if let Some(actor) = &self.actor {
            let code = actor.trim().to_uppercase();
            args.push(Arg::Text(code.clone()));
            args.push(Arg::Text(format!("{code}~")));
            let (a, b) = (args.len() - 1, args.len());
            sql.push_str(&format!(
                " AND ((source_actor >= ?{a} AND source_actor < ?{b})
                       OR (target_actor >= ?{a} AND target_actor < ?{b}))"
            ));
        }
        if let Some(kind) = &self.kind {
            args.push(Arg::Text(kind.clone()));
            args.push(Arg::Text(format!(
                "{}%",
                kind.replace(['%', '_', '\\'], "")
            )));
            let (a, b) = (args.len() - 1, args.len());
            sql.push_str(&format!(" AND (type = ?{a} OR code LIKE ?{b})"));
        }
        if let Some(from) = &self.from {
            args.push(Arg::Text(from.clone()));
            sql.push_str(&format!(" AND {date} >= ?{}", args.len()));
        }
        if let Some(to) = &self.to {
            args.push(Arg::Text(format!("{to}\u{10FFFF}")));
            sql.push_str(&format!(" AND {date} <= ?{}", args.len()));
        }
        sql
    }
}

/// An event with its Goldstein score and its first mention's evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRow {
    pub id: String,
    pub code: String,
    pub kind: String,
    pub plover: Option<String>,
    pub goldstein: f64,
    pub source: Option<String>,
    pub source_actor: Option<String>,
    pub target: Option<String>,
    pub target_actor: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    /// The documents reporting it.
    pub mentions: u64,
    /// One document that reports it, and its evidence sentence.
    pub document: Option<String>,
    pub evidence: Option<String>,
}

/// A page of events, newest first (undated last).
pub fn events(
    b: &dyn Backend,
    q: &EventQuery,
    offset_: usize,
    limit_: usize,
) -> Result<Vec<EventRow>> {
    let mut args = Vec::new();
    let mut sql = String::from(
        "SELECT id, code, type, plover, goldstein, source, source_actor, target, target_actor,
                date, place FROM events WHERE 1 = 1",
    );
    sql.push_str(&q.clause(&mut args, "date"));
    args.push(limit(limit_));
    args.push(offset(offset_));
    sql.push_str(&format!(
        " ORDER BY date DESC NULLS LAST, id LIMIT ?{} OFFSET ?{}",
        args.len() - 1,
        args.len()
    ));
    let mut out = Vec::new();
    for r in b.rows(&sql, &args)? {
        let id = r[0].string();
        let m = b.rows(
            "SELECT count(DISTINCT document_id), min(document_id) FROM event_mentions
             WHERE event_id = ?1",
            &[Arg::Text(id.clone())],
        )?;
        let (mentions, document) = m
            .first()
            .map_or((0, None), |m| (m[0].int().max(0) as u64, m[1].text()));
        let evidence = match &document {
            Some(doc) => b
                .rows(
                    "SELECT evidence FROM event_mentions WHERE event_id = ?1 AND document_id = ?2
                     ORDER BY start_char LIMIT 1",
                    &[Arg::Text(id.clone()), Arg::Text(doc.clone())],
                )?
                .first()
                .and_then(|r| r[0].text()),
            None => None,
        };
        out.push(EventRow {
            id,
            code: r[1].string(),
            kind: r[2].string(),
            plover: r[3].text(),
            goldstein: r[4].real(),
            source: r[5].text(),
            source_actor: r[6].text(),
            target: r[7].text(),
            target_actor: r[8].text(),
            date: r[9].text(),
            place: r[10].text(),
            mentions,
            document,
            evidence,
        });
    }
    Ok(out)
}

/// How many events pass `q` (dates compared by day).
pub fn count_events(b: &dyn Backend, q: &EventQuery) -> Result<u64> {
    let mut args = Vec::new();
    let sql = format!(
        "SELECT CAST(sum(events) AS BIGINT) FROM event_counts WHERE 1 = 1{}",
        q.clause(&mut args, "day")
    );
    Ok(b.rows(&sql, &args)?
        .first()
        .map_or(0, |r| r[0].int().max(0) as u64))
}

/// Event counts per day (the first `10` characters of the date: partial dates count on their
/// own shorter key) and type, for the events passing `q` whose date has a year ("--03", a
/// month of no known year, has no place on a time axis), oldest first.
pub fn timeline(b: &dyn Backend, q: &EventQuery) -> Result<Vec<(String, String, u64)>> {
    let mut args = Vec::new();
    let sql = format!(
        "SELECT day, type, CAST(sum(events) AS BIGINT) FROM event_counts
         WHERE day <> '' AND day NOT LIKE '-%'{} GROUP BY day, type ORDER BY day, type LIMIT 100000",
        q.clause(&mut args, "day")
    );
    Ok(b.rows(&sql, &args)?
        .into_iter()
        .map(|r| (r[0].string(), r[1].string(), r[2].int().max(0) as u64))
        .collect())
}

/// A pair of actor codes (in byte order) with their events by type and mean Goldstein score.
#[derive(Clone, Debug, PartialEq)]
pub struct Dyad {
    pub a: String,
    pub b: String,
    pub events: u64,
    pub goldstein: f64,
    pub by_type: Vec<(String, u64)>,
}

/// The `limit_` pairs of actors with the most events between them (either direction) passing
/// `q`; events with one actor only, or the same on both sides, are left out.
pub fn dyads(b: &dyn Backend, q: &EventQuery, limit_: usize) -> Result<Vec<Dyad>> {
    let mut args = Vec::new();
    let sql = format!(
        "SELECT source_actor, target_actor, type, CAST(sum(events) AS BIGINT), sum(goldstein) FROM event_counts
         WHERE source_actor <> '' AND target_actor <> '' AND source_actor <> target_actor{}
         GROUP BY source_actor, target_actor, type",
        q.clause(&mut args, "day")
    );
    let mut pairs: HashMap<(String, String), Dyad> = HashMap::new();
    for r in b.rows(&sql, &args)? {
        let (s, t) = (r[0].string(), r[1].string());
        let key = if s <= t { (s, t) } else { (t, s) };
        let n = r[3].int().max(0) as u64;
        let d = pairs.entry(key.clone()).or_insert_with(|| Dyad {
            a: key.0,
            b: key.1,
            events: 0,
            goldstein: 0.0,
            by_type: Vec::new(),
        });
        // The sum of scores here, divided by the count below.
        d.goldstein += r[4].real();
        d.events += n;
        let kind = r[2].string();
        match d.by_type.iter_mut().find(|(k, _)| *k == kind) {
            Some(e) => e.1 += n,
            None => d.by_type.push((kind, n)),
        }
    }
    let mut out: Vec<Dyad> = pairs.into_values().collect();
    for d in &mut out {
        if d.events > 0 {
            d.goldstein /= d.events as f64;
        }
        d.by_type
            .sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    }
    out.sort_by(|x, y| {
        y.events
            .cmp(&x.events)
            .then_with(|| x.a.cmp(&y.a))
            .then_with(|| x.b.cmp(&y.b))
    });
    out.truncate(limit_.clamp(1, MAX_LIMIT));
    Ok(out)
}

/// Up to `limit_` document ids after `after` (all when `None`), in id order, with when each
/// was ingested: the way to walk every document of a large store a page at a time.
pub fn ids_after(
    b: &dyn Backend,
    after: Option<&str>,
    limit_: usize,
) -> Result<Vec<(String, String)>> {
    let rows = match after {
        Some(a) => b.rows(
            "SELECT id, ingested_at FROM documents WHERE id > ?1 ORDER BY id LIMIT ?2",
            &[Arg::Text(a.to_owned()), limit(limit_)],
        )?,
        None => b.rows(
            "SELECT id, ingested_at FROM documents ORDER BY id LIMIT ?1",
            &[limit(limit_)],
        )?,
    };
    Ok(rows
        .into_iter()
        .map(|r| (r[0].string(), r[1].string()))
        .collect())
}
