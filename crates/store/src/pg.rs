//! The PostgreSQL backend: the same tables in a database a team shares, through the synchronous
//! `postgres` client (no TLS: meant for a server on loopback or a trusted network).
//!
//! A document's rows go in with one statement per table (`INSERT … SELECT FROM unnest(arrays)`),
//! all in the document's transaction.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use chancery_model::Document;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Statement};

use crate::explore::{Arg, Cell};
use crate::rows::Rows;
use crate::{
    Backend, Error, EventFilter, Mode, Put, Result, SCHEMA_VERSION, StoredEvent, StoredMention,
    Summary,
};

/// Serializes schema creation and upgrades between clients.
const SCHEMA_LOCK: i64 = 0x6368_616e_6365_7279; // "chancery"

const DOCUMENTS_DDL: &str = r#"
CREATE TABLE IF NOT EXISTS documents (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    id          TEXT COLLATE "C" PRIMARY KEY,
    path        TEXT NOT NULL,
    record_id   TEXT,
    title       TEXT,
    lang        TEXT,
    published   TEXT COLLATE "C",
    publisher   TEXT,
    doc_ref     TEXT,
    ingested_at TEXT NOT NULL,
    document    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
"#;

/// The URL with its password (in the user part or a `password=` parameter) hidden.
pub fn redact(url: &str) -> String {
    let mut out = url.to_owned();
    if let Some(scheme_end) = out.find("://") {
        let rest = &out[scheme_end + 3..];
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        if let Some(at) = rest[..authority_end].rfind('@')
            && let Some(colon) = rest[..at].find(':')
        {
            let (a, b) = (scheme_end + 3 + colon + 1, scheme_end + 3 + at);
            out.replace_range(a..b, "***");
        }
    }
    if let Some(q) = out.find('?') {
        let (head, query) = out.split_at(q + 1);
        let query: Vec<String> = query
            .split('&')
            .map(|kv| match kv.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => kv.to_owned(),
            })
            .collect();
        out = format!("{head}{}", query.join("&"));
    }
    out
}

/// PostgreSQL text cannot hold NUL; the document's JSON escapes it, the layer tables get U+FFFD.
fn t(s: &str) -> String {
    if s.contains('\0') {
        s.replace('\0', "\u{FFFD}")
    } else {
        s.to_owned()
    }
}

fn ot(s: &Option<String>) -> Option<String> {
    s.as_deref().map(t)
}

struct Statements {
    contains: Statement,
    insert_document: Statement,
    sections: Statement,
    speakers: Statement,
    turns: Statement,
    quotes: Statement,
    entities: Statement,
    entity_mentions: Statement,
    actors: Statement,
    times: Statement,
    events: Statement,
    event_mentions: Statement,
    /// The summary upserts, in the order of [`crate::summary::UPSERTS`]: prepared once, not
    /// parsed and planned again for every row of every document.
    summary: Vec<Statement>,
}

impl Statements {
    fn prepare(client: &mut Client) -> std::result::Result<Statements, postgres::Error> {
        Ok(Statements {
            contains: client.prepare("SELECT 1 FROM documents WHERE id = $1")?,
            insert_document: client.prepare(
                "INSERT INTO documents (id, path, record_id, title, lang, published, publisher, doc_ref,
                                        ingested_at, document)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                         to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), $9)
                 ON CONFLICT (id) DO NOTHING",
            )?,
            sections: client.prepare(
                "INSERT INTO sections (document_id, ord, label, title, published, place, url, parent,
                                       start_char, end_char)
                 SELECT $1, * FROM unnest($2::int8[], $3::text[], $4::text[], $5::text[], $6::text[],
                                          $7::text[], $8::int8[], $9::int8[], $10::int8[])",
            )?,
            speakers: client.prepare(
                "INSERT INTO speakers (document_id, ord, name, role, affiliation, actor, turns, quotes)
                 SELECT $1, * FROM unnest($2::int8[], $3::text[], $4::text[], $5::text[], $6::text[],
                                          $7::int8[], $8::int8[])",
            )?,
            turns: client.prepare(
                "INSERT INTO turns (document_id, ord, speaker, kind, section, start_char, end_char)
                 SELECT $1, * FROM unnest($2::int8[], $3::text[], $4::text[], $5::int8[], $6::int8[],
                                          $7::int8[])",
            )?,
            quotes: client.prepare(
                "INSERT INTO quotes (document_id, ord, speaker, via, text, start_char, end_char)
                 SELECT $1, * FROM unnest($2::int8[], $3::text[], $4::text[], $5::text[], $6::int8[],
                                          $7::int8[])",
            )?,
            entities: client.prepare(
                "INSERT INTO entities (document_id, ord, name, type, actor)
                 SELECT $1, * FROM unnest($2::int8[], $3::text[], $4::text[], $5::text[])",
            )?,
            entity_mentions: client.prepare(
                "INSERT INTO entity_mentions (document_id, entity, ord, text, start_char, end_char)
                 SELECT $1, * FROM unnest($2::int8[], $3::int8[], $4::text[], $5::int8[], $6::int8[])",
            )?,
            actors: client.prepare(
                "INSERT INTO actors (document_id, code, name)
                 SELECT $1, * FROM unnest($2::text[], $3::text[])",
            )?,
            times: client.prepare(
                "INSERT INTO times (document_id, ord, text, value, start_char, end_char)
                 SELECT $1, * FROM unnest($2::int8[], $3::text[], $4::text[], $5::int8[], $6::int8[])",
            )?,
            // The first report of an event fixes its row.
            events: client.prepare(
                "INSERT INTO events (id, code, type, plover, goldstein, quad_class, source,
                                     source_actor, target, target_actor, date, place)
                 SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[],
                                      $6::int8[], $7::text[], $8::text[], $9::text[], $10::text[],
                                      $11::text[], $12::text[])
                 ON CONFLICT (id) DO NOTHING RETURNING id",
            )?,
            event_mentions: client.prepare(
                "INSERT INTO event_mentions (event_id, document_id, origin, code, status, speaker,
                                             evidence, start_char, end_char, trigger_start,
                                             trigger_end)
                 SELECT e, $2, o, c, s, sp, ev, a, b, ta, tb
                 FROM unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                             $8::int8[], $9::int8[], $10::int8[], $11::int8[])
                      AS m(e, o, c, s, sp, ev, a, b, ta, tb)
                 ON CONFLICT DO NOTHING",
            )?,
            summary: crate::summary::UPSERTS
                .iter()
                .map(|sql| client.prepare(&dollar_placeholders(sql)))
                .collect::<std::result::Result<_, _>>()?,
        })
    }
}

pub(crate) struct Postgres {
    client: Mutex<Client>,
    statements: Option<Statements>,
    url: String,
}

impl Postgres {
    pub fn connect(url: &str, mode: Mode) -> Result<Postgres> {
        let mut client = Client::connect(url, NoTls).map_err(|source| Error::Connect {
            url: redact(url),
            source,
        })?;
        {
            let mut tx = client.transaction()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])?;
            let found = stored_version(&mut tx)?;
            match (found, mode) {
                (Some(v), _) if v > SCHEMA_VERSION => {
                    return Err(Error::TooNew {
                        store: redact(url),
                        found: v,
                    });
                }
                (None, Mode::Read) => {
                    return Err(Error::NoPgStore { url: redact(url) });
                }
                (None, Mode::Write) => {
                    tx.batch_execute(DOCUMENTS_DDL)?;
                    tx.batch_execute(&crate::sqlite::layer_ddl(
                        "BIGINT",
                        "DOUBLE PRECISION",
                        "TEXT COLLATE \"C\"",
                    ))?;
                    tx.batch_execute(
                        "CREATE TABLE chancery_schema (version BIGINT NOT NULL);
                         INSERT INTO chancery_schema VALUES (4);",
                    )?;
                }
                // Schema 3 is PostgreSQL's first; 4 adds the summary tables, filled from the
                // base tables (run by whoever connects first, reading or writing).
                (Some(v), _) if v < SCHEMA_VERSION => {
                    tx.batch_execute(&crate::sqlite::layer_ddl(
                        "BIGINT",
                        "DOUBLE PRECISION",
                        "TEXT COLLATE \"C\"",
                    ))?;
                    tx.batch_execute(&crate::summary::backfill())?;
                    tx.execute(
                        "UPDATE chancery_schema SET version = $1",
                        &[&SCHEMA_VERSION],
                    )?;
                }
                (Some(_), _) => {}
            }
            tx.commit()?;
        }
        let statements = match mode {
            Mode::Write => Some(Statements::prepare(&mut client)?),
            Mode::Read => None,
        };
        Ok(Postgres {
            client: Mutex::new(client),
            statements,
            url: redact(url),
        })
    }

    fn client(&self) -> MutexGuard<'_, Client> {
        // A panic while holding the lock leaves the client as usable as it was.
        self.client.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn stored_version(tx: &mut postgres::Transaction<'_>) -> Result<Option<i64>> {
    let exists: Option<String> = tx
        .query_one("SELECT to_regclass('chancery_schema')::text", &[])?
        .get(0);
    if exists.is_none() {
        return Ok(None);
    }
    let row = tx.query_opt("SELECT max(version) FROM chancery_schema", &[])?;
    Ok(row.and_then(|r| r.get::<_, Option<i64>>(0)))
}

impl Backend for Postgres {
    fn contains(&self, id: &str) -> Result<bool> {
        let mut client = self.client();
        let rows = match &self.statements {
            Some(s) => client.query(&s.contains, &[&id])?,
            None => client.query("SELECT 1 FROM documents WHERE id = $1", &[&id])?,
        };
        Ok(!rows.is_empty())
    }

    fn put(&mut self, doc: &Document) -> Result<Put> {
        let json = serde_json::to_string(doc).map_err(|e| Error::DataCorruption {
            id: doc.id.clone(),
            message: e.to_string(),
        })?;
        let rows = Rows::new(doc, json);
        let url = self.url.clone();
        let Some(s) = &self.statements else {
            return Err(Error::ReadOnly { store: url });
        };
        let client = self.client.get_mut().unwrap_or_else(|e| e.into_inner());
        let mut tx = client.transaction()?;
        let d = &rows.doc;
        let id = t(&d.id);
        let n = tx.execute(
            &s.insert_document,
            &[
                &id,
                &t(&d.path),
                &ot(&d.record_id),
                &ot(&d.title),
                &ot(&d.lang),
                &d.published,
                &ot(&d.publisher),
                &ot(&d.doc_ref),
                &d.json,
            ],
        )?;
        if n == 0 {
            tx.commit()?;
            return Ok(Put::AlreadyPresent);
        }
        let mut run = |stmt: &Statement, params: &[&(dyn ToSql + Sync)]| tx.execute(stmt, params);
        if !rows.sections.is_empty() {
            let r = &rows.sections;
            run(
                &s.sections,
                &[
                    &id,
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.label)).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.title)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.published.clone()).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.place)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.url)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.parent).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.end).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.speakers.is_empty() {
            let r = &rows.speakers;
            run(
                &s.speakers,
                &[
                    &id,
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.name)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.role)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.affiliation)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.actor)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.turns).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.quotes).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.turns.is_empty() {
            let r = &rows.turns;
            run(
                &s.turns,
                &[
                    &id,
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.speaker)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.kind).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.section).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.end).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.quotes.is_empty() {
            let r = &rows.quotes;
            run(
                &s.quotes,
                &[
                    &id,
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.speaker)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.via)).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.text)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.end).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.entities.is_empty() {
            let r = &rows.entities;
            run(
                &s.entities,
                &[
                    &id,
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.name)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.kind).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.actor)).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.entity_mentions.is_empty() {
            let r = &rows.entity_mentions;
            run(
                &s.entity_mentions,
                &[
                    &id,
                    &r.iter().map(|x| x.entity).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.text)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.end).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.actors.is_empty() {
            let r = &rows.actors;
            run(
                &s.actors,
                &[
                    &id,
                    &r.iter().map(|x| t(&x.code)).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.name)).collect::<Vec<_>>(),
                ],
            )?;
        }
        if !rows.times.is_empty() {
            let r = &rows.times;
            run(
                &s.times,
                &[
                    &id,
                    &r.iter().map(|x| x.ord).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.text)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.value.clone()).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.end).collect::<Vec<_>>(),
                ],
            )?;
        }
        let mut inserted = std::collections::HashSet::new();
        if !rows.events.is_empty() {
            let r = &rows.events;
            let returned = tx.query(
                &s.events,
                &[
                    &r.iter().map(|x| t(&x.id)).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.code)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.kind).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.plover)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.goldstein).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.quad_class).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.source)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.source_actor)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.target)).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.target_actor)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.date.clone()).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.place)).collect::<Vec<_>>(),
                ],
            )?;
            for row in returned {
                inserted.insert(row.try_get::<_, String>(0)?);
            }
            let r = &rows.event_mentions;
            tx.execute(
                &s.event_mentions,
                &[
                    &r.iter().map(|x| t(&x.event_id)).collect::<Vec<_>>(),
                    &id,
                    &r.iter().map(|x| t(&x.origin)).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.code)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.status).collect::<Vec<_>>(),
                    &r.iter().map(|x| ot(&x.speaker)).collect::<Vec<_>>(),
                    &r.iter().map(|x| t(&x.evidence)).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.end).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.trigger_start).collect::<Vec<_>>(),
                    &r.iter().map(|x| x.trigger_end).collect::<Vec<_>>(),
                ],
            )?;
        }
        for (sql, args) in crate::summary::deltas(&rows, |e| inserted.contains(&t(e))) {
            let values: Vec<Box<dyn ToSql + Sync>> = args.iter().map(pg_value).collect();
            let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v.as_ref()).collect();
            match crate::summary::UPSERTS.iter().position(|u| *u == sql) {
                Some(i) => tx.execute(&s.summary[i], &params)?,
                None => tx.execute(dollar_placeholders(sql).as_str(), &params)?,
            };
        }
        tx.commit()?;
        Ok(Put::Inserted)
    }

    fn list(&self) -> Result<Vec<Summary>> {
        let rows = self.client().query(
            "SELECT id, path, title, lang, published, ingested_at FROM documents ORDER BY seq",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| Summary {
                id: r.get(0),
                path: r.get(1),
                title: r.get(2),
                lang: r.get(3),
                published: r.get(4),
                ingested_at: r.get(5),
            })
            .collect())
    }

    fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self.client().query(
            "SELECT id FROM documents WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3",
            &[&prefix, &crate::prefix_end(prefix), &limit],
        )?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn document(&self, id: &str) -> Result<Option<Document>> {
        let row = self
            .client()
            .query_opt("SELECT document FROM documents WHERE id = $1", &[&id])?;
        row.map(|r| {
            serde_json::from_str(r.get::<_, &str>(0)).map_err(|e| Error::DataCorruption {
                id: id.to_owned(),
                message: e.to_string(),
            })
        })
        .transpose()
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut sql = String::from(
            "SELECT id, code, type, source, source_actor, target, target_actor, date, place
             FROM events WHERE true",
        );
        let mut args: Vec<String> = Vec::new();
        if let Some(actor) = &filter.actor {
            args.push(actor.clone());
            args.push(format!("{}%", actor.replace(['%', '_', '\\'], "")));
            let (a, b) = (args.len() - 1, args.len());
            sql.push_str(&format!(
                " AND (lower(source) = lower(${a}) OR lower(target) = lower(${a})
                       OR source_actor ILIKE ${b} OR target_actor ILIKE ${b})"
            ));
        }
        if let Some(kind) = &filter.kind {
            args.push(kind.clone());
            args.push(format!("{}%", kind.replace(['%', '_', '\\'], "")));
            let (a, b) = (args.len() - 1, args.len());
            sql.push_str(&format!(" AND (type = ${a} OR code LIKE ${b})"));
        }
        if let Some(from) = &filter.from {
            args.push(from.clone());
            sql.push_str(&format!(" AND date >= ${}", args.len()));
        }
        if let Some(to) = &filter.to {
            // "2024-06" includes every day of June (the column compares bytes).
            args.push(format!("{to}\u{10FFFF}"));
            sql.push_str(&format!(" AND date <= ${}", args.len()));
        }
        sql.push_str(" ORDER BY date NULLS FIRST, id");
        let params: Vec<&(dyn ToSql + Sync)> =
            args.iter().map(|a| a as &(dyn ToSql + Sync)).collect();
        let mut client = self.client();
        let mut events: Vec<StoredEvent> = client
            .query(&sql, &params)?
            .iter()
            .map(|r| StoredEvent {
                id: r.get(0),
                code: r.get(1),
                kind: r.get(2),
                source: r.get(3),
                source_actor: r.get(4),
                target: r.get(5),
                target_actor: r.get(6),
                date: r.get(7),
                place: r.get(8),
                mentions: Vec::new(),
            })
            .collect();
        let ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
        let mut mentions: HashMap<String, Vec<StoredMention>> = HashMap::new();
        for r in client.query(
            "SELECT event_id, document_id, origin, code, status, speaker, evidence, start_char, end_char
             FROM event_mentions WHERE event_id = ANY($1) ORDER BY event_id, document_id, start_char",
            &[&ids],
        )? {
            mentions
                .entry(r.get(0))
                .or_default()
                .push(StoredMention {
                    document: r.get(1),
                    origin: r.get(2),
                    code: r.get(3),
                    status: r.get(4),
                    speaker: r.get(5),
                    evidence: r.get(6),
                    start: usize::try_from(r.get::<_, i64>(7)).unwrap_or(0),
                    end: usize::try_from(r.get::<_, i64>(8)).unwrap_or(0),
                });
        }
        for e in &mut events {
            e.mentions = mentions.remove(&e.id).unwrap_or_default();
        }
        Ok(events)
    }

    fn count(&self) -> Result<u64> {
        let n: i64 = self
            .client()
            .query_one("SELECT count(*) FROM documents", &[])?
            .get(0);
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn schema_version(&self) -> Result<i64> {
        let n: Option<i64> = self
            .client()
            .query_one("SELECT max(version) FROM chancery_schema", &[])?
            .get(0);
        Ok(n.unwrap_or(0))
    }

    fn rows(&self, sql: &str, args: &[Arg]) -> Result<Vec<Vec<Cell>>> {
        use postgres::types::Type;
        let sql = dollar_placeholders(sql);
        let params: Vec<&(dyn ToSql + Sync)> = args
            .iter()
            .map(|a| match a {
                Arg::Text(s) => s as &(dyn ToSql + Sync),
                Arg::Int(n) => n as &(dyn ToSql + Sync),
                Arg::Real(x) => x as &(dyn ToSql + Sync),
            })
            .collect();
        let rows = self.client().query(&sql, &params)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut cells = Vec::with_capacity(row.len());
            for (i, col) in row.columns().iter().enumerate() {
                let t = col.type_();
                let cell = if *t == Type::INT8 {
                    row.try_get::<_, Option<i64>>(i)?.map(Cell::Int)
                } else if *t == Type::INT4 {
                    row.try_get::<_, Option<i32>>(i)?
                        .map(|n| Cell::Int(n.into()))
                } else if *t == Type::INT2 {
                    row.try_get::<_, Option<i16>>(i)?
                        .map(|n| Cell::Int(n.into()))
                } else if *t == Type::FLOAT8 {
                    row.try_get::<_, Option<f64>>(i)?.map(Cell::Real)
                } else if *t == Type::FLOAT4 {
                    row.try_get::<_, Option<f32>>(i)?
                        .map(|x| Cell::Real(x.into()))
                } else {
                    row.try_get::<_, Option<String>>(i)?.map(Cell::Text)
                };
                cells.push(cell.unwrap_or(Cell::Null));
            }
            out.push(cells);
        }
        Ok(out)
    }
}

/// An explore argument as a PostgreSQL parameter (text without NUL, as the layer tables).
fn pg_value(a: &Arg) -> Box<dyn ToSql + Sync> {
    match a {
        Arg::Text(s) => Box::new(t(s)),
        Arg::Int(n) => Box::new(*n),
        Arg::Real(x) => Box::new(*x),
    }
}

/// `?N` placeholders (SQLite's) as `$N` (PostgreSQL's); the queries of [`crate::explore`] hold
/// no other question mark.
fn dollar_placeholders(sql: &str) -> String {
    sql.replace('?', "$")
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_are_hidden() {
        assert_eq!(
            redact("postgres://ann:s3cr:et@db.example/chancery"),
            "postgres://ann:***@db.example/chancery"
        );
        assert_eq!(
            redact("postgresql:///chancery?host=/tmp&password=x&user=y"),
            "postgresql:///chancery?host=/tmp&password=***&user=y"
        );
        assert_eq!(redact("postgres://ann@db/x"), "postgres://ann@db/x");
    }
}
