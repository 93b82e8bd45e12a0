//! Where the store lives: `--store URL|DIR`, else `$CHANCERY_STORE`, else the data directory
//! (`--data DIR`, else `$CHANCERY_DATA`, else the user's data directory).

use std::path::PathBuf;

use chancery_store::{Location, Mode, Store};

/// The environment variable that overrides the default data directory.
pub const ENV: &str = "CHANCERY_DATA";

/// The environment variable that names the store (a PostgreSQL URL or a data directory).
pub const STORE_ENV: &str = "CHANCERY_STORE";

/// The data directory to use, given the `--data` flag if any.
pub fn resolve(flag: Option<PathBuf>) -> PathBuf {
    if let Some(dir) = flag {
        return dir;
    }
    if let Some(dir) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir).join("chancery");
    }
    match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/share/chancery"),
        None => PathBuf::from(".chancery"),
    }
}

/// The store's location: `--store`, else `$CHANCERY_STORE`, else the data directory.
pub fn location(store: Option<&str>, data: Option<PathBuf>) -> Location {
    if let Some(s) = store.filter(|s| !s.is_empty()) {
        return Location::parse(s);
    }
    if let Some(s) = std::env::var(STORE_ENV).ok().filter(|s| !s.is_empty()) {
        return Location::parse(&s);
    }
    Location::Dir(resolve(data))
}

/// Opens the store at `location`; errors that do not name it say which it is.
pub fn open(location: &Location, mode: Mode) -> anyhow::Result<Store> {
    use chancery_store::Error as E;
    Store::connect(location, mode).map_err(|e| match e {
        E::NoStore { .. }
        | E::NoPgStore { .. }
        | E::Corrupt { .. }
        | E::CreateDir { .. }
        | E::Connect { .. }
        | E::TooNew { .. }
        | E::NeedsUpgrade { .. } => anyhow::Error::new(e),
        e => anyhow::Error::new(e).context(format!("opening the store {location}")),
    })
}

/// Where the store is: `--data` and `--store`.
#[derive(clap::Args)]
pub struct StoreArgs {
    /// Data directory [default: $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// The store: a PostgreSQL URL (postgres://user@host/db) or a data directory [default:
    /// $CHANCERY_STORE, else the data directory].
    #[arg(long, value_name = "URL|DIR")]
    pub store: Option<String>,
}

impl StoreArgs {
    pub fn location(&self) -> Location {
        location(self.store.as_deref(), self.data.clone())
    }
}
