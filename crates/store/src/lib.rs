/*!
The embedded document store: one SQLite database file in a data directory.

Each document is stored with its full extraction (the model's `Document`, serialized as JSON) under
its content-derived id, in its own transaction: a process killed at any moment leaves every
document either wholly stored or absent, and the next ingest resumes where it stopped. Storing a
document whose id is already present is a no-op.

The schema is versioned with SQLite's `user_version`; [`Store::open`] migrates older files forward.
*/

use std::path::{Path, PathBuf};

use chancery_model::Document;
use rusqlite::{Connection, OptionalExtension, params};

/// The database file inside a data directory.
pub const DB_FILE: &str = "chancery.sqlite3";

/// The schema version this code writes.
const SCHEMA_VERSION: i64 = 2;

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "cannot create the data directory {path}: {source}; check the path and its permissions, or choose another with --data"
    )]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the store {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "the store {path} has schema version {found}, newer than this chancery understands ({SCHEMA_VERSION}); upgrade chancery"
    )]
    TooNew { path: PathBuf, found: i64 },
    #[error("store error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("stored document {id} is corrupt: {message}")]
    DataCorruption { id: String, message: String },
}

/// What [`Store::put`] did with a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Put {
    Inserted,
    AlreadyPresent,
}

/// One row of [`Store::list`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub ingested_at: String,
}

/// An open document store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store in data directory `dir`.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| Error::CreateDir {
            path: dir.to_owned(),
            source,
        })?;
        let path = dir.join(DB_FILE);
        let conn = Connection::open(&path).map_err(|source| Error::Open {
            path: path.clone(),
            source,
        })?;
        Store::init(conn, &path)
    }

    /// A store that lives in memory only (for tests).
    pub fn in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::init(conn, Path::new(":memory:"))
    }

    fn init(conn: Connection, path: &Path) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers never block the writer, and a killed writer loses at most its open transaction.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::TooNew {
                path: path.to_owned(),
                found: version,
            });
        }
        if version < 1 {
            conn.execute_batch(
                "BEGIN;
                 CREATE TABLE IF NOT EXISTS documents (
                     id          TEXT PRIMARY KEY,
                     path        TEXT NOT NULL,
                     title       TEXT,
                     lang        TEXT,
                     published   TEXT,
                     ingested_at TEXT NOT NULL,
                     document    TEXT NOT NULL
                 );
                 CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
                 PRAGMA user_version = 1;
                 COMMIT;",
            )?;
        }
        let mut store = Store { conn };
        if version < 2 {
            store.migrate_events()?;
        }
        Ok(store)
    }

    /// Schema 2: events and their mentions in tables of their own, filled from the documents
    /// already stored.
    fn migrate_events(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS events (
                 id           TEXT PRIMARY KEY,
                 code         TEXT NOT NULL,
                 type         TEXT NOT NULL,
                 source       TEXT,
                 source_actor TEXT,
                 target       TEXT,
                 target_actor TEXT,
                 date         TEXT,
                 place        TEXT
             );
             CREATE INDEX IF NOT EXISTS events_date ON events(date);
             CREATE TABLE IF NOT EXISTS event_mentions (
                 event_id    TEXT NOT NULL REFERENCES events(id),
                 document_id TEXT NOT NULL REFERENCES documents(id),
                 origin      TEXT NOT NULL,
                 code        TEXT NOT NULL,
                 status      TEXT NOT NULL,
                 speaker     TEXT,
                 evidence    TEXT NOT NULL,
                 start       INTEGER NOT NULL,
                 end         INTEGER NOT NULL,
                 PRIMARY KEY (event_id, document_id, start)
             );
             CREATE INDEX IF NOT EXISTS event_mentions_document ON event_mentions(document_id);",
        )?;
        let stored: Vec<String> = {
            let mut stmt = tx.prepare("SELECT document FROM documents ORDER BY rowid")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        for json in stored {
            if let Ok(doc) = serde_json::from_str::<Document>(&json) {
                put_events(&tx, &doc)?;
            }
        }
        tx.execute_batch("PRAGMA user_version = 2;")?;
        tx.commit()?;
        Ok(())
    }

    /// True if a document with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        let found: Option<i64> = self
            .conn
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        Ok(found.is_some())
    }

    /// Stores one document in its own transaction; a document already present is left as it is.
    pub fn put(&mut self, doc: &Document) -> Result<Put> {
        let json = serde_json::to_string(doc).map_err(|e| Error::DataCorruption {
            id: doc.id.clone(),
            message: e.to_string(),
        })?;
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            "INSERT INTO documents (id, path, title, lang, published, ingested_at, document)
             VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?6)
             ON CONFLICT(id) DO NOTHING",
            params![
                doc.id,
                doc.path,
                doc.title,
                doc.lang,
                doc.published.map(|p| p.to_string()),
                json
            ],
        )?;
        if n == 1 {
            put_events(&tx, doc)?;
        }
        tx.commit()?;
        Ok(if n == 1 {
            Put::Inserted
        } else {
            Put::AlreadyPresent
        })
    }

    /// The stored events that pass `filter`, each with its mentions, by date then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
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
            sql.push_str(&format!(
                " AND (type = ?{0} OR code LIKE ?{0} || '%')",
                args.len()
            ));
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
        sql.push_str(" ORDER BY date, id");
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
            "SELECT document_id, origin, code, status, speaker, evidence, start, end
             FROM event_mentions WHERE event_id = ?1 ORDER BY document_id, start",
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
                    start: r.get::<_, i64>(6)? as usize,
                    end: r.get::<_, i64>(7)? as usize,
                })
            })?;
            e.mentions = rows.collect::<std::result::Result<_, _>>()?;
        }
        Ok(events)
    }

    /// How many documents are stored.
    pub fn count(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// Every stored document's summary, oldest ingest first.
    pub fn list(&self) -> Result<Vec<Summary>> {
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

    /// The stored document with this id, or with the only id starting with this prefix.
    pub fn get(&self, id_or_prefix: &str) -> Result<Option<Document>> {
        let pattern = format!("{}%", id_or_prefix.replace(['%', '_'], ""));
        let mut stmt = self
            .conn
            .prepare("SELECT id, document FROM documents WHERE id LIKE ?1 LIMIT 2")?;
        let rows: Vec<(String, String)> = stmt
            .query_map([pattern], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let [(id, json)] = rows.as_slice() else {
            return Ok(None);
        };
        serde_json::from_str(json)
            .map(Some)
            .map_err(|e| Error::DataCorruption {
                id: id.clone(),
                message: e.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str) -> Document {
        Document {
            id: id.into(),
            path: format!("{id}.txt"),
            text: "Texte.".into(),
            ..Document::default()
        }
    }

    #[test]
    fn put_is_idempotent() {
        let mut store = Store::in_memory().unwrap();
        assert_eq!(store.put(&doc("a1")).unwrap(), Put::Inserted);
        assert_eq!(store.put(&doc("a1")).unwrap(), Put::AlreadyPresent);
        assert_eq!(store.put(&doc("b2")).unwrap(), Put::Inserted);
        assert_eq!(store.count().unwrap(), 2);
        assert!(store.contains("a1").unwrap());
        assert_eq!(store.get("b").unwrap().unwrap().path, "b2.txt");
        assert_eq!(store.list().unwrap().len(), 2);
    }

    #[test]
    fn reopens_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        Store::open(dir.path()).unwrap().put(&doc("a1")).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.count().unwrap(), 1);
        assert_eq!(store.get("a1").unwrap(), Some(doc("a1")));
    }

    #[test]
    fn ambiguous_prefix_is_none() {
        let mut store = Store::in_memory().unwrap();
        store.put(&doc("ab1")).unwrap();
        store.put(&doc("ab2")).unwrap();
        assert_eq!(store.get("ab").unwrap(), None);
    }
}

/// Which events [`Store::events`] returns; `None` fields do not filter.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// A source or target: its name (any case) or a CAMEO actor code or code prefix.
    pub actor: Option<String>,
    /// A contract type ("meet") or a CAMEO code prefix ("04").
    pub kind: Option<String>,
    /// Earliest date, ISO (a prefix: "2024" or "2024-06").
    pub from: Option<String>,
    /// Latest date, ISO (a prefix includes its whole period).
    pub to: Option<String>,
}

/// A real-world event as stored: one row per id, however many documents report it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    pub id: String,
    pub code: String,
    pub kind: String,
    pub source: Option<String>,
    pub source_actor: Option<String>,
    pub target: Option<String>,
    pub target_actor: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub mentions: Vec<StoredMention>,
}

impl StoredEvent {
    /// How many documents report it (GDELT's NumArticles).
    pub fn documents(&self) -> usize {
        let mut ids: Vec<&str> = self.mentions.iter().map(|m| m.document.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// How many distinct sources (publishers, else web hosts or folders) report it.
    pub fn sources(&self) -> usize {
        let mut origins: Vec<&str> = self.mentions.iter().map(|m| m.origin.as_str()).collect();
        origins.sort_unstable();
        origins.dedup();
        origins.len()
    }
}

/// One sentence of one document that states an event.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredMention {
    pub document: String,
    /// Where the document comes from: its publisher, else its URL's host or its folder.
    pub origin: String,
    pub code: String,
    pub status: String,
    pub speaker: Option<String>,
    pub evidence: String,
    /// Code-point offsets of the evidence in the document's text, as in the contract.
    pub start: usize,
    pub end: usize,
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
    Path::new(path.split('#').next().unwrap_or(path))
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// Stores a document's events (the first report of an id fixes its row) and their mentions.
fn put_events(tx: &rusqlite::Transaction<'_>, doc: &Document) -> Result<()> {
    let offsets = chancery_model::text::CharOffsets::new(&doc.text);
    let origin = origin(doc);
    for e in &doc.events {
        let date = e.date.map(|d| d.to_string());
        tx.execute(
            "INSERT INTO events (id, code, type, source, source_actor, target, target_actor, date, place)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO NOTHING",
            params![
                e.id,
                e.code,
                chancery_model::event_type(&e.code),
                e.source,
                e.source_actor,
                e.target,
                e.target_actor,
                date,
                e.place
            ],
        )?;
        tx.execute(
            "INSERT INTO event_mentions (event_id, document_id, origin, code, status, speaker, evidence, start, end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
            params![
                e.id,
                doc.id,
                origin,
                e.code,
                e.status.as_str(),
                e.speaker,
                e.span.slice(&doc.text),
                offsets.char_offset(e.span.start) as i64,
                offsets.char_offset(e.span.end) as i64
            ],
        )?;
    }
    Ok(())
}
