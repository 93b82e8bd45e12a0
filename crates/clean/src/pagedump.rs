//! Flattened page dumps: a whole web page on one or a few lines, chrome and all.
//!
//! (Being written: see `to_text`.)

use crate::Removed;

/// The body of a flattened page and what was removed (being written).
pub fn to_text(text: &str) -> (String, Vec<Removed>) {
    (text.to_owned(), Vec::new())
}
