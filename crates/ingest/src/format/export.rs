//! News-database exports: LexisNexis / Nexis Uni, Factiva, Europresse.
//!
//! (Being written: see `read`.)

use super::Record;

/// Whether text is a news-database export (being written).
pub fn looks_like_export(_text: &str) -> bool {
    false
}

/// The articles of an export (being written).
pub fn read(_text: &str) -> Vec<Result<Record, String>> {
    Vec::new()
}
