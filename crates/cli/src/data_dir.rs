//! Where the store lives: `--data DIR`, else `$CHANCERY_DATA`, else the user's data directory.

use std::path::PathBuf;

/// The environment variable that overrides the default data directory.
pub const ENV: &str = "CHANCERY_DATA";

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
