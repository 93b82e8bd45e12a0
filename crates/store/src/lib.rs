/*!
The document store: the record as a database, one table per layer.

Documents, sections, speakers, turns, quotations, entities and their mentions, the actor codes
given to names, times, events and event mentions each have a table with keys and indexes; every
document also keeps its full extraction as JSON, which `show` prints. Two backends implement the
one [`Backend`] trait: SQLite (bundled, the default: one file in the data directory) and
PostgreSQL (for teams: a `postgres://` URL). [`Store`] is the handle the commands use, whatever
the backend.

Each document is stored with all its rows in its own transaction: a process killed at any moment
leaves every document either wholly stored or absent, and the next ingest resumes where it
stopped. Storing a document whose id is already present is a no-op.

The schema is versioned ([`SCHEMA_VERSION`]); opening an older SQLite store for writing upgrades
it in place (1: documents only; 2: events; 3: every layer; 4: the summary tables of
[`summary`], filled from the base tables).
*/

pub mod explore;
mod pg;
mod rows;
mod sqlite;
pub mod summary;
#[doc(hidden)]
pub mod testpg;

use std::fmt;
use std::path::{Path, PathBuf};

use chancery_model::Document;

pub use pg::redact;

/// The database file inside a data directory.
pub const DB_FILE: &str = "chancery.sqlite3";

/// The schema version this code writes.
pub const SCHEMA_VERSION: i64 = 4;

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
    #[error(
        "there is no store in {path}; `chancery ingest PATH... --data {path}` makes one (or give another with --data or --store)"
    )]
    NoStore { path: PathBuf },
    #[error("cannot open the store {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "the store {path} is damaged ({detail}); move the file aside and ingest again, or try `sqlite3 {path} .recover`"
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "the store {path} has schema version {found}, older than this chancery's ({SCHEMA_VERSION}), and cannot be upgraded without write access; run `chancery list` once as a user who may write it"
    )]
    NeedsUpgrade { path: PathBuf, found: i64 },
    #[error(
        "the store {store} has schema version {found}, newer than this chancery understands ({SCHEMA_VERSION}); upgrade chancery"
    )]
    TooNew { store: String, found: i64 },
    #[error(
        "there is no chancery store in the PostgreSQL database {url}; `chancery ingest PATH... --store URL` makes one"
    )]
    NoPgStore { url: String },
    #[error("the store {store} was opened to read only")]
    ReadOnly { store: String },
    #[error(
        "cannot connect to the PostgreSQL store {url}: {}; check the URL, that the server runs, and the user's rights",
        pg_message(source)
    )]
    Connect {
        url: String,
        source: postgres::Error,
    },
    #[error("store error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("PostgreSQL store error: {}", pg_message(.0))]
    Pg(#[from] postgres::Error),
    #[error("stored document {id} is corrupt: {message}")]
    DataCorruption { id: String, message: String },
    #[error(
        "{given:?} is not a document id: ids are hexadecimal (0-9, a-f); run `chancery list` to see them"
    )]
    InvalidId { given: String },
    #[error(
        "the prefix {prefix} matches several documents ({}{}); give more of the id",
        candidates.join(", "),
        if *more { ", …" } else { "" }
    )]
    Ambiguous {
        prefix: String,
        candidates: Vec<String>,
        more: bool,
    },
}

/// A PostgreSQL error with the server's message and detail (its `Display` says only "db error").
pub fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut m = format!("{}: {}", db.severity(), db.message());
            if let Some(detail) = db.detail() {
                m.push_str(&format!(" ({detail})"));
            }
            m
        }
        None => {
            let mut m = e.to_string();
            if let Some(cause) = std::error::Error::source(e) {
                m.push_str(&format!(": {cause}"));
            }
            m
        }
    }
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

/// Where a store lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file ([`DB_FILE`]) in this data directory.
    Dir(PathBuf),
    /// A PostgreSQL database (a `postgres://` or `postgresql://` URL).
    Postgres(String),
}

impl Location {
    /// A `postgres://` or `postgresql://` URL, else a data directory.
    pub fn parse(s: &str) -> Location {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Location::Postgres(s.to_owned())
        } else {
            Location::Dir(PathBuf::from(s))
        }
    }
}

impl fmt::Display for Location {
    /// The directory, or the URL without its password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Dir(dir) => write!(f, "{}", dir.display()),
            Location::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

/// How a store is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Create the store if needed, check it (SQLite: `PRAGMA quick_check`) and upgrade its schema.
    Write,
    /// Only read: a missing store is an error, nothing is created or changed.
    Read,
}

/// What a backend does; [`Store`] holds one.
pub trait Backend: Send {
    /// True if a document with this id is stored.
    fn contains(&self, id: &str) -> Result<bool>;
    /// Stores one document and all its rows in one transaction; a document already present is
    /// left as it is.
    fn put(&mut self, doc: &Document) -> Result<Put>;
    /// Every stored document's summary, oldest ingest first.
    fn list(&self) -> Result<Vec<Summary>>;
    /// Up to `limit` stored ids that start with `prefix` (lowercase hexadecimal), in order.
    fn ids_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>>;
    /// The stored document with exactly this id.
    fn document(&self, id: &str) -> Result<Option<Document>>;
    /// The stored events that pass `filter`, each with its mentions, by date then id.
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>>;
    /// How many documents are stored.
    fn count(&self) -> Result<u64>;
    /// The store's schema version.
    fn schema_version(&self) -> Result<i64>;
    /// Runs one read query of [`explore`] (`?N` placeholders) and returns its rows.
    fn rows(&self, sql: &str, args: &[explore::Arg]) -> Result<Vec<Vec<explore::Cell>>>;
}

/// An open document store, whichever the backend.
pub struct Store {
    backend: Box<dyn Backend>,
    location: Location,
}

/// How many candidates an ambiguous prefix error names.
const CANDIDATES: usize = 5;

impl Store {
    /// Opens for writing (creating it if needed) the SQLite store in data directory `dir`.
    pub fn open(dir: &Path) -> Result<Store> {
        Store::connect(&Location::Dir(dir.to_owned()), Mode::Write)
    }

    /// Opens the SQLite store in `dir` to read it only; it must exist.
    pub fn open_read(dir: &Path) -> Result<Store> {
        Store::connect(&Location::Dir(dir.to_owned()), Mode::Read)
    }

    /// Opens the store at `location`: a data directory (SQLite) or a PostgreSQL URL.
    pub fn connect(location: &Location, mode: Mode) -> Result<Store> {
        let backend: Box<dyn Backend> = match location {
            Location::Dir(dir) => Box::new(sqlite::Sqlite::open(dir, mode)?),
            Location::Postgres(url) => Box::new(pg::Postgres::connect(url, mode)?),
        };
        Ok(Store {
            backend,
            location: location.clone(),
        })
    }

    /// A store that lives in memory only (for tests).
    pub fn in_memory() -> Result<Store> {
        Ok(Store {
            backend: Box::new(sqlite::Sqlite::in_memory()?),
            location: Location::Dir(PathBuf::from(":memory:")),
        })
    }

    /// Where the store lives.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The backend, for what [`Store`] does not wrap.
    pub fn backend(&self) -> &dyn Backend {
        self.backend.as_ref()
    }

    /// True if a document with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        self.backend.contains(id)
    }

    /// Stores one document in its own transaction; a document already present is left as it is.
    pub fn put(&mut self, doc: &Document) -> Result<Put> {
        self.backend.put(doc)
    }

    /// Every stored document's summary, oldest ingest first.
    pub fn list(&self) -> Result<Vec<Summary>> {
        self.backend.list()
    }

    /// The stored document with this id, or with the only id starting with this prefix; `None`
    /// if no id starts with it. The prefix is matched literally and must be hexadecimal (any
    /// case); several matches are [`Error::Ambiguous`], naming a few.
    pub fn get(&self, id_or_prefix: &str) -> Result<Option<Document>> {
        let prefix = id_prefix(id_or_prefix)?;
        let mut ids = self.backend.ids_with_prefix(&prefix, CANDIDATES + 1)?;
        match ids.len() {
            0 => Ok(None),
            1 => self.backend.document(&ids[0]),
            _ if ids[0] == prefix => self.backend.document(&prefix),
            n => {
                ids.truncate(CANDIDATES);
                Err(Error::Ambiguous {
                    prefix,
                    candidates: ids,
                    more: n > CANDIDATES,
                })
            }
        }
    }

    /// The stored events that pass `filter`, each with its mentions, by date then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        self.backend.events(filter)
    }

    /// How many documents are stored.
    pub fn count(&self) -> Result<u64> {
        self.backend.count()
    }

    /// The store's schema version.
    pub fn schema_version(&self) -> Result<i64> {
        self.backend.schema_version()
    }
}

/// A document id or id prefix as stored (lowercase hexadecimal), or why it is not one.
pub fn id_prefix(given: &str) -> Result<String> {
    let trimmed = given.trim();
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::InvalidId {
            given: given.to_owned(),
        });
    }
    Ok(trimmed.to_ascii_lowercase())
}

/// The least string greater than every string that starts with `prefix` (a hexadecimal prefix:
/// 'g' sorts after every hex digit).
pub(crate) fn prefix_end(prefix: &str) -> String {
    format!("{prefix}g")
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
