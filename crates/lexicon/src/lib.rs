/*!
Language data and name matching shared by the stages: chrome phrases, month names, honorifics,
and the transliteration-aware name key that makes "Loukachenko", "Lukashenko" and "Лукашенко" equal.

Data files live in `data/<lang>/…` (ISO 639-1) and are compiled into the binary.
*/

pub mod actors;
pub mod bodies;
pub mod calendar;
pub mod chrome;
pub mod events;
pub mod inflected;
pub mod lang;
pub mod names;
pub mod nonentities;
pub mod offices;
pub mod page;
pub mod people;
pub mod petrarch;
pub mod places;
pub mod roles;

/// The entries of a word-list data file: lines trimmed, blank lines and `#` comments skipped.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
