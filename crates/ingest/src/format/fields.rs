//! A plain-text dump that opens with its page's fields, one "Field: value" per line, as
//! newspaper3k- and news-please-style scrapers write them:
//!
//! ```text
//! Title: Lavrov and Wang Yi discuss Ukraine
//! Authors: ['Ivan Petrov']
//! Publish date: 2019-03-14 00:00:00
//! Top image: https://…
//!
//! Russian Foreign Minister Sergey Lavrov met…
//! ```
//!
//! The fields become the document's metadata (through the same synonyms as Markdown front
//! matter, [`super::markdown::meta_from_pairs`]); the body is what follows the block.

use chancery_model::SourceMeta;

/// The metadata of a field block opening `text`, and the byte offset where the body starts;
/// `None` unless the text opens with at least two lines of fields the metadata knows.
pub fn read_header(text: &str) -> Option<(SourceMeta, usize)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut end = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim();
        at += line.len();
        if content.is_empty() {
            if pairs.is_empty() {
                continue;
            }
            end = at;
            break;
        }
        let Some((key, value)) = field(content) else {
            break;
        };
        pairs.push((key, value));
        end = at;
        if pairs.len() > 20 {
            return None;
        }
    }
    let meta = super::markdown::meta_from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())));
    let known = [
        meta.title.is_some(),
        meta.published.is_some(),
        meta.author.is_some(),
        meta.url.is_some(),
        meta.description.is_some(),
        meta.publisher.is_some(),
    ]
    .into_iter()
    .filter(|&k| k)
    .count();
    (known >= 2 && end < text.len()).then_some((meta, end))
}

/// "Publish date: 2019-03-14 00:00:00" → ("publish_date", "2019-03-14"): a key of one to three
/// words of letters, lowercased with underscores; a list's brackets and quotes taken off the
/// value; a midnight written where the time is unknown dropped.
fn field(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(": ")?;
    let words: Vec<&str> = key.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 3
        || !words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '_' || c == '-'))
        || !key.starts_with(char::is_uppercase)
    {
        return None;
    }
    let key = words.join("_").to_lowercase();
    let mut value = value.trim();
    if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        value = inner;
    }
    let value = value
        .split(", ")
        .map(|v| v.trim().trim_matches(['\'', '"']))
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let value = value
        .strip_suffix(" 00:00:00")
        .map_or(value.clone(), str::to_owned);
    Some((key, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scraper_dump_opens_with_its_fields() {
        let text = "Title: Lavrov and Wang Yi discuss Ukraine\nAuthors: ['Ivan Petrov']\nPublish date: 2019-03-14 00:00:00\nTop image: https://example.com/img.jpg\n\nRussian Foreign Minister Sergey Lavrov met Wang Yi.\n";
        let (meta, body) = read_header(text).unwrap();
        assert_eq!(
            meta.title.as_deref(),
            Some("Lavrov and Wang Yi discuss Ukraine")
        );
        assert_eq!(meta.author.as_deref(), Some("Ivan Petrov"));
        assert_eq!(meta.published.as_deref(), Some("2019-03-14"));
        assert_eq!(
            &text[body..],
            "Russian Foreign Minister Sergey Lavrov met Wang Yi.\n"
        );
        // Prose with a colon is no field block; one field alone is not either.
        assert!(read_header("Note: the talks went well.\n\nMore text.").is_none());
        assert!(read_header("Lavrov said: we agree.\nWang said: so do we.\n").is_none());
    }
}
