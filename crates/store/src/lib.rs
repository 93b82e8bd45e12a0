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
const SCHEMA_VERSION: i64 = 1;

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
        Ok(Store { conn })
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
        tx.commit()?;
        Ok(if n == 1 {
            Put::Inserted
        } else {
            Put::AlreadyPresent
        })
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
