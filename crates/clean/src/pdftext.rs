//! Text extracted from PDFs: page furniture out, lines re-flowed into paragraphs.
//!
//! (Being written: see `to_text`.)

use crate::Removed;

/// The body of PDF-extracted text and what was removed (being written).
pub fn to_text(text: &str) -> (String, Vec<Removed>) {
    (text.to_owned(), Vec::new())
}
