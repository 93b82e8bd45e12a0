//! The SQLite backend: one file, [`crate::DB_FILE`], in the data directory, in WAL mode.

use std::path::Path;

use chancery_model::Document;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};

use crate::explore::{Arg, Cell};
use crate::rows::Rows;
use crate::{
    Backend, EventFilter, Mode, Put, Result, SCHEMA_VERSION, StoredEvent, StoredMention, Summary,
};

/// The tables of every layer, in both dialects: `{int}`, `{real}` and `{key}` (a text column
/// compared byte by byte) are filled in by [`layer_ddl`].
pub(crate) const LAYER_DDL: &str = "
CREATE TABLE IF NOT EXISTS sections (
    document_id {key} NOT NULL REFERENCES documents(id),
    ord         {int} NOT NULL,
    label       TEXT NOT NULL,
    title       TEXT NOT NULL,
    published   {key},
    place       TEXT,
    url         TEXT,
    parent      {int},
    start_char  {int} NOT NULL,
    end_char    {int} NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE TABLE IF NOT EXISTS speakers (
    document_id {key} NOT NULL REFERENCES documents(id),
    ord         {int} NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT,
    affiliation TEXT,
    actor       {key},
    turns       {int} NOT NULL,
    quotes      {int} NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS speakers_name ON speakers(name);
CREATE INDEX IF NOT EXISTS speakers_actor ON speakers(actor);
CREATE TABLE IF NOT EXISTS turns (
    document_id {key} NOT NULL REFERENCES documents(id),
    ord         {int} NOT NULL,
    speaker     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    section     {int},
    start_char  {int} NOT NULL,
    end_char    {int} NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS turns_speaker ON turns(speaker);
CREATE TABLE IF NOT EXISTS quotes (
    document_id {key} NOT NULL REFERENCES documents(id),
    ord         {int} NOT NULL,
    speaker     TEXT,
    via         TEXT,
    text        TEXT NOT NULL,
    start_char  {int} NOT NULL,
    end_char    {int} NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS entities (
    document_id {key} NOT NULL REFERENCES documents(id),
    ord         {int} NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    actor       {key},
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS entities_actor ON entities(actor);
CREATE TABLE IF NOT EXISTS entity_mentions (
    document_id {key} NOT NULL,
    entity      {int} NOT NULL,
    ord         {int} NOT NULL,
    text        TEXT NOT NULL,
    start_char  {int} NOT NULL,
    end_char    {int} NOT NULL,
    PRIMARY KEY (document_id, entity, ord),
    FOREIGN KEY (document_id, entity) REFERENCES entities(document_id, ord)
);
CREATE TABLE IF NOT EXISTS actors (
    document_id {key} NOT NULL REFERENCES documents(id),
    code        {key} NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (document_id, code, name)
);
CREATE INDEX IF NOT EXISTS actors_code ON actors(code);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
CREATE TABLE IF NOT EXISTS times (
    document_id {key} NOT NULL REFERENCES documents(id),
    ord         {int} NOT NULL,
    text        TEXT NOT NULL,
    value       {key},
    start_char  {int} NOT NULL,
    end_char    {int} NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX IF NOT EXISTS times_value ON times(value);
CREATE TABLE IF NOT EXISTS events (
    id           {key} PRIMARY KEY,
    code         {key} NOT NULL,
    type         TEXT NOT NULL,
    plover       TEXT,
    goldstein    {real} NOT NULL,
    quad_class   {int} NOT NULL,
    source       TEXT,
    source_actor {key},
    target       TEXT,
    target_actor {key},
    date         {key},
    place        TEXT
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_source_actor ON events(source_actor);
CREATE INDEX IF NOT EXISTS events_target_actor ON events(target_actor);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id      {key} NOT NULL REFERENCES events(id),
    document_id   {key} NOT NULL REFERENCES documents(id),
    origin        TEXT NOT NULL,
    code          TEXT NOT NULL,
    status        TEXT NOT NULL,
    speaker       TEXT,
    evidence      TEXT NOT NULL,
    start_char    {int} NOT NULL,
    end_char      {int} NOT NULL,
    trigger_start {int} NOT NULL,
    trigger_end   {int} NOT NULL,
    PRIMARY KEY (event_id, document_id, start_char)
);
CREATE INDEX IF NOT EXISTS event_mentions_document ON event_mentions(document_id);
";

/// [`LAYER_DDL`] in one dialect.
pub(crate) fn layer_ddl(int: &str, real: &str, key: &str) -> String {
    // Newest first, undated last: SQLite's `DESC` puts NULL last and refuses `NULLS LAST` in
    // an index; PostgreSQL's puts it first unless told.
    let desc = if key == "TEXT" {
        "DESC"
    } else {
        "DESC NULLS LAST"
    };
    [LAYER_DDL, crate::summary::DDL]
        .concat()
        .replace("{desc}", desc)
        .replace("{int}", int)
        .replace("{real}", real)
        .replace("{key}", key)
}

pub(crate) struct Sqlite {
    conn: Connection,
}

/// A SQLite error, named for the file when it says the file is damaged.
fn classify(path: &Path, err: rusqlite::Error) -> crate::Error {
    match err.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => crate::Error::Corrupt {
            path: path.to_owned(),
            detail: err.to_string(),
        },
        _ => crate::Error::Open {
            path: path.to_owned(),
            source: err,
        },
    }
}

impl Sqlite {
    pub fn open(dir: &Path, mode: Mode) -> Result<Sqlite> {
        let path = dir.join(crate::DB_FILE);
        match mode {
            Mode::Write => {
                std::fs::create_dir_all(dir).map_err(|source| crate::Error::CreateDir {
                    path: dir.to_owned(),
                    source,
                })?;
                let conn = Connection::open(&path).map_err(|e| classify(&path, e))?;
                Sqlite::init(conn, &path).map_err(|e| match e {
                    crate::Error::Sql(e) => classify(&path, e),
                    e => e,
                })
            }
            Mode::Read => Sqlite::open_read(dir, &path),
        }
    }

    /// Opens read-only: nothing is created and the journal mode is left as it is. A store with
    /// an older schema is upgraded if the file may be written, else refused.
    fn open_read(dir: &Path, path: &Path) -> Result<Sqlite> {
        if !path.is_file() {
            return Err(crate::Error::NoStore {
                path: dir.to_owned(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            match Connection::open_with_flags(path, flags).and_then(|c| version(&c).map(|_| c)) {
                Ok(conn) => conn,
                // A WAL store in a directory we may not write, with no `-shm` file left: only an
                // immutable open can read it (nobody can be writing it either).
                Err(e) if e.sqlite_error_code() == Some(ErrorCode::CannotOpen) => {
                    let uri = format!("file:{}?immutable=1", uri_path(path));
                    Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                        .map_err(|e| classify(path, e))?
                }
                Err(e) => return Err(classify(path, e)),
            };
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(|e| classify(path, e))?;
        let found = version(&conn).map_err(|e| classify(path, e))?;
        if found > SCHEMA_VERSION {
            return Err(crate::Error::TooNew {
                store: path.display().to_string(),
                found,
            });
        }
        if found < SCHEMA_VERSION {
            drop(conn);
            return match Sqlite::open(dir, Mode::Write) {
                Ok(store) => Ok(store),
                Err(crate::Error::Corrupt { path, detail }) => {
                    Err(crate::Error::Corrupt { path, detail })
                }
                Err(_) => Err(crate::Error::NeedsUpgrade {
                    path: path.to_owned(),
                    found,
                }),
            };
        }
        Ok(Sqlite { conn })
    }

    /// A store that lives in memory only (for tests).
    pub fn in_memory() -> Result<Sqlite> {
        Sqlite::init(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn init(conn: Connection, path: &Path) -> Result<Sqlite> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // A damaged file must not take more documents in (ingest would report success).
        let problems: Vec<String> = {
            let mut stmt = conn.prepare("PRAGMA quick_check")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        if problems.first().is_some_and(|p| p != "ok") {
            let mut detail = problems.into_iter().take(3).collect::<Vec<_>>().join("; ");
            if detail.len() > 300 {
                let cut = (0..=300)
                    .rev()
                    .find(|&i| detail.is_char_boundary(i))
                    .unwrap_or(0);
                detail.truncate(cut);
            }
            return Err(crate::Error::Corrupt {
                path: path.to_owned(),
                detail,
            });
        }
        // WAL: readers never block the writer, and a killed writer loses at most its open transaction.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let found = version(&conn)?;
        if found > SCHEMA_VERSION {
            return Err(crate::Error::TooNew {
                store: path.display().to_string(),
                found,
            });
        }
        let mut store = Sqlite { conn };
        if found < SCHEMA_VERSION {
            store.migrate(found)?;
        }
        Ok(store)
    }

    /// Brings a store of schema `from` to [`SCHEMA_VERSION`] in one transaction: the tables of
    /// every layer are made and filled from the stored documents' JSON.
    ///
    /// 1 had `documents` only; 2 added `events` and `event_mentions` (remade here, their columns
    /// changed); 3 has every layer; 4 adds the summary tables ([`crate::summary`]), filled
    /// from the base tables.
    fn migrate(&mut self, from: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        if from >= 3 {
            // 3 → 4: the summary tables, filled from the base tables.
            tx.execute_batch(&layer_ddl("INTEGER", "REAL", "TEXT"))?;
            tx.execute_batch(&crate::summary::backfill())?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
            return Ok(());
        }
        if from < 1 {
            tx.execute_batch(
                "CREATE TABLE IF NOT EXISTS documents (
                     id          TEXT PRIMARY KEY,
                     path        TEXT NOT NULL,
                     record_id   TEXT,
                     title       TEXT,
                     lang        TEXT,
                     published   TEXT,
                     publisher   TEXT,
                     doc_ref     TEXT,
                     ingested_at TEXT NOT NULL,
                     document    TEXT NOT NULL
                 );",
            )?;
        } else {
            tx.execute_batch(
                "ALTER TABLE documents ADD COLUMN record_id TEXT;
                 ALTER TABLE documents ADD COLUMN publisher TEXT;
                 ALTER TABLE documents ADD COLUMN doc_ref TEXT;
                 DROP TABLE IF EXISTS event_mentions;
                 DROP TABLE IF EXISTS events;",
            )?;
        }
        tx.execute_batch(
            "CREATE INDEX IF NOT EXISTS documents_published ON documents(published);",
        )?;
        tx.execute_batch(&layer_ddl("INTEGER", "REAL", "TEXT"))?;
        if from >= 1 {
            let stored: Vec<(String, String)> = {
                let mut stmt = tx.prepare("SELECT id, document FROM documents ORDER BY rowid")?;
                let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
                rows.collect::<std::result::Result<_, _>>()?
            };
            for (id, json) in stored {
                let doc: Document =
                    serde_json::from_str(&json).map_err(|e| crate::Error::DataCorruption {
                        id: id.clone(),
                        message: format!("{e} (while upgrading the store's schema)"),
                    })?;
                let rows = Rows::new(&doc, String::new());
                let d = &rows.doc;
                tx.execute(
                    "UPDATE documents SET record_id = ?2, publisher = ?3, doc_ref = ?4 WHERE id = ?1",
                    params![id, d.record_id, d.publisher, d.doc_ref],
                )?;
                put_layers(&tx, &id, &rows)?;
            }
            tx.execute_batch(&crate::summary::backfill())?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }
}

fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// A path for a `file:` URI: `?`, `#` and `%` escaped.
fn uri_path(path: &Path) -> String {
    let s = path.display().to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            '%' => out.push_str("%25"),
            c => out.push(c),
        }
    }
    out
}

/// Every row of one document but its `documents` row; returns the ids of the event rows it
/// inserted (those whose first report this is).
fn put_layers(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    rows: &Rows,
) -> Result<std::collections::HashSet<String>> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO sections (document_id, ord, label, title, published, place, url, parent, start_char, end_char)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for s in &rows.sections {
        stmt.execute(params![
            id,
            s.ord,
            s.label,
            s.title,
            s.published,
            s.place,
            s.url,
            s.parent,
            s.start,
            s.end
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO speakers (document_id, ord, name, role, affiliation, actor, turns, quotes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for s in &rows.speakers {
        stmt.execute(params![
            id,
            s.ord,
            s.name,
            s.role,
            s.affiliation,
            s.actor,
            s.turns,
            s.quotes
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO turns (document_id, ord, speaker, kind, section, start_char, end_char)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for t in &rows.turns {
        stmt.execute(params![
            id, t.ord, t.speaker, t.kind, t.section, t.start, t.end
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO quotes (document_id, ord, speaker, via, text, start_char, end_char)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for q in &rows.quotes {
        stmt.execute(params![id, q.ord, q.speaker, q.via, q.text, q.start, q.end])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO entities (document_id, ord, name, type, actor) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for e in &rows.entities {
        stmt.execute(params![id, e.ord, e.name, e.kind, e.actor])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO entity_mentions (document_id, entity, ord, text, start_char, end_char)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for m in &rows.entity_mentions {
        stmt.execute(params![id, m.entity, m.ord, m.text, m.start, m.end])?;
    }
    let mut stmt =
        tx.prepare_cached("INSERT INTO actors (document_id, code, name) VALUES (?1, ?2, ?3)")?;
    for a in &rows.actors {
        stmt.execute(params![id, a.code, a.name])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO times (document_id, ord, text, value, start_char, end_char)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for t in &rows.times {
        stmt.execute(params![id, t.ord, t.text, t.value, t.start, t.end])?;
    }
    // The first report of an event fixes its row.
    let mut stmt = tx.prepare_cached(
        "INSERT INTO events (id, code, type, plover, goldstein, quad_class, source, source_actor,
                             target, target_actor, date, place)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT(id) DO NOTHING",
    )?;
    let mut inserted = std::collections::HashSet::new();
    for e in &rows.events {
        let n = stmt.execute(params![
            e.id,
            e.code,
            e.kind,
            e.plover,
            e.goldstein,
            e.quad_class,
            e.source,
            e.source_actor,
            e.target,
            e.target_actor,
            e.date,
            e.place
        ])?;
        if n == 1 {
            inserted.insert(e.id.clone());
        }
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO event_mentions (event_id, document_id, origin, code, status, speaker, evidence,
                                     start_char, end_char, trigger_start, trigger_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING",
    )?;
    for m in &rows.event_mentions {
        stmt.execute(params![
            m.event_id,
            id,
            m.origin,
            m.code,
            m.status,
            m.speaker,
            m.evidence,
            m.start,
            m.end,
            m.trigger_start,
            m.trigger_end
        ])?;
    }
    Ok(inserted)
}

/// An explore argument as an SQLite value.
fn sql_value(a: &Arg) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match a {
        Arg::Text(s) => Value::Text(s.clone()),
        Arg::Int(n) => Value::Integer(*n),
        Arg::Real(x) => Value::Real(*x),
    }
}

impl Backend for Sqlite {
    fn contains(&self, id: &str) -> Result<bool> {
        let found: Option<i64> = self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(found.is_some())
    }

    fn put(&mut self, doc: &Document) -> Result<Put> {
        let json = serde_json::to_string(doc).map_err(|e| crate::Error::DataCorruption {
            id: doc.id.clone(),
            message: e.to_string(),
        })?;
        let rows = Rows::new(doc, json);
        let tx = self.conn.transaction()?;
        let d = &rows.doc;
        let n = tx.prepare_cached(
            "INSERT INTO documents (id, path, record_id, title, lang, published, publisher, doc_ref,
                                    ingested_at, document)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?9)
             ON CONFLICT(id) DO NOTHING",
        )?
        .execute(params![
            d.id,
            d.path,
            d.record_id,
            d.title,
            d.lang,
            d.published,
            d.publisher,
            d.doc_ref,
            d.json
        ])?;
        if n == 1 {
            let inserted = put_layers(&tx, &d.id, &rows)?;
            for (sql, args) in crate::summary::deltas(&rows, |e| inserted.contains(e)) {
                tx.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(args.iter().map(sql_value)))?;
            }
        }
        tx.commit()?;
        Ok(if n == 1 {
            Put::Inserted
        } else {
            Put::AlreadyPresent
        })
    }

    fn list(&self) -> Result<Vec<Summary>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, path, title, lang, published, ingested_at FROM documents ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Summary {
                id: r.get(0)?,
                path: r.get(1)?,
                title: r.get(2)?,
                lang: r.get(3)?,
                published: r.get(4)?,
                ingested_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT ?3")?;
        let rows = stmt.query_map(
            params![
                prefix,
                crate::prefix_end(prefix),
                i64::try_from(limit).unwrap_or(i64::MAX)
            ],
            |r| r.get(0),
        )?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    fn document(&self, id: &str) -> Result<Option<Document>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT document FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        json.map(|json| {
            serde_json::from_str(&json).map_err(|e| crate::Error::DataCorruption {
                id: id.to_owned(),
                message: e.to_string(),
            })
        })
        .transpose()
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut sql = String::from(
            "SELECT id, code, type, source, source_actor, target, target_actor, date, place
             FROM events WHERE 1 = 1",
        );
        let mut args: Vec<String> = Vec::new();
        if let Some(actor) = &filter.actor {
            // A name, or a CAMEO code or its prefix ("RUS" finds "RUSGOV").
            args.push(actor.clone());
            args.push(format!("{}%", actor.replace(['%', '_'], "")));
            let (a, b) = (args.len() - 1, args.len());
            sql.push_str(&format!(
                " AND (source = ?{a} COLLATE NOCASE OR target = ?{a} COLLATE NOCASE
                       OR source_actor LIKE ?{b} OR target_actor LIKE ?{b})"
            ));
        }
        if let Some(kind) = &filter.kind {
            args.push(kind.clone());
            args.push(format!("{}%", kind.replace(['%', '_'], "")));
            let (a, b) = (args.len() - 1, args.len());
            sql.push_str(&format!(" AND (type = ?{a} OR code LIKE ?{b})"));
        }
        if let Some(from) = &filter.from {
            args.push(from.clone());
            sql.push_str(&format!(" AND date >= ?{}", args.len()));
        }
        if let Some(to) = &filter.to {
            // "2024-06" includes every day of June.
            args.push(format!("{to}\u{10FFFF}"));
            sql.push_str(&format!(" AND date <= ?{}", args.len()));
        }
        sql.push_str(" ORDER BY date NULLS FIRST, id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(StoredEvent {
                id: r.get(0)?,
                code: r.get(1)?,
                kind: r.get(2)?,
                source: r.get(3)?,
                source_actor: r.get(4)?,
                target: r.get(5)?,
                target_actor: r.get(6)?,
                date: r.get(7)?,
                place: r.get(8)?,
                mentions: Vec::new(),
            })
        })?;
        let mut events: Vec<StoredEvent> = rows.collect::<std::result::Result<_, _>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT document_id, origin, code, status, speaker, evidence, start_char, end_char
             FROM event_mentions WHERE event_id = ?1 ORDER BY document_id, start_char",
        )?;
        for e in &mut events {
            let rows = stmt.query_map([&e.id], |r| {
                Ok(StoredMention {
                    document: r.get(0)?,
                    origin: r.get(1)?,
                    code: r.get(2)?,
                    status: r.get(3)?,
                    speaker: r.get(4)?,
                    evidence: r.get(5)?,
                    start: usize::try_from(r.get::<_, i64>(6)?).unwrap_or(0),
                    end: usize::try_from(r.get::<_, i64>(7)?).unwrap_or(0),
                })
            })?;
            e.mentions = rows.collect::<std::result::Result<_, _>>()?;
        }
        Ok(events)
    }

    fn count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn schema_version(&self) -> Result<i64> {
        Ok(version(&self.conn)?)
    }

    fn rows(&self, sql: &str, args: &[Arg]) -> Result<Vec<Vec<Cell>>> {
        use rusqlite::types::{ToSqlOutput, Value, ValueRef};
        let values: Vec<ToSqlOutput<'_>> = args
            .iter()
            .map(|a| match a {
                Arg::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
                Arg::Int(n) => ToSqlOutput::Owned(Value::Integer(*n)),
                Arg::Real(x) => ToSqlOutput::Owned(Value::Real(*x)),
            })
            .collect();
        let mut stmt = self.conn.prepare_cached(sql)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut cells = Vec::with_capacity(width);
            for i in 0..width {
                cells.push(match row.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(n) => Cell::Int(n),
                    ValueRef::Real(x) => Cell::Real(x),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        Cell::Text(String::from_utf8_lossy(t).into_owned())
                    }
                });
            }
            out.push(cells);
        }
        Ok(out)
    }
}
