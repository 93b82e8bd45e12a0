//! Markdown files: the front matter is metadata, the rest is the body (still in Markdown).
//!
//! Static-site generators (Jekyll, Hugo, Eleventy…) and crawlers that export pages as Markdown
//! put a YAML block between `---` lines (or TOML between `+++`) at the top. Its keys name the
//! title, date, author, description and source URL; many variants are in use, so keys are
//! matched by a list of synonyms. Front matter that is not valid YAML (an unescaped quote in a
//! title) is read leniently as `key: value` lines: a broken header never loses the body.

use chancery_model::{Markup, SourceMeta};

use super::Record;

/// The byte length of a front-matter block at the start of `text` (fences included), if any.
pub fn front_matter_len(text: &str) -> Option<usize> {
    let (fence, rest) = if let Some(rest) = text.strip_prefix("---") {
        ("---", rest)
    } else if let Some(rest) = text.strip_prefix("+++") {
        ("+++", rest)
    } else {
        return None;
    };
    let rest_start = text.len() - rest.len();
    // The opening fence is alone on its line.
    let first_nl = rest.find('\n')?;
    if !rest[..first_nl].trim().is_empty() {
        return None;
    }
    let mut at = rest_start + first_nl + 1;
    let mut keys = 0;
    for line in text[at..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            return (keys > 0).then_some(at + line.len());
        }
        if key_value(trimmed).is_some() {
            keys += 1;
        }
        at += line.len();
        if at - rest_start > 64 * 1024 {
            return None;
        }
    }
    None
}

/// The record a Markdown file holds: its front matter as metadata, the rest as the body.
pub fn read(text: &str) -> Record {
    let text = text.trim_start_matches('\u{feff}');
    let start = text.len() - text.trim_start().len();
    let Some(len) = front_matter_len(&text[start..]) else {
        return Record {
            body: text.to_owned(),
            markup: Markup::Markdown,
            meta: SourceMeta::default(),
            locator: None,
        };
    };
    let block = &text[start..start + len];
    let inner = block
        .trim_start_matches(['-', '+'])
        .trim_end()
        .trim_end_matches(['-', '+', '.']);
    Record {
        body: text[start + len..].to_owned(),
        markup: Markup::Markdown,
        meta: meta_from_pairs(inner.lines().filter_map(key_value)),
        locator: None,
    }
}

/// "key: value" (YAML) or "key = value" (TOML) on one line, the value unquoted.
fn key_value(line: &str) -> Option<(&str, String)> {
    if line.starts_with([' ', '\t', '-', '#']) {
        return None;
    }
    // YAML "key: value" or TOML "key = value", whichever separator comes first.
    let at = line.find([':', '='])?;
    let (key, value) = (&line[..at], &line[at + 1..]);
    let key = key.trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_alphanumeric() || "_-.".contains(c))
    {
        return None;
    }
    Some((key, unquote(value.trim())))
}

/// A scalar without its quotes; a quote inside a double-quoted value is kept as written.
fn unquote(v: &str) -> String {
    let v = v.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            let inner = &v[1..v.len() - 1];
            return if q == '"' {
                inner.replace("\\\"", "\"").replace("\\n", " ")
            } else {
                inner.replace("''", "'")
            };
        }
    }
    v.to_owned()
}

/// Metadata from key-value pairs, keys matched by synonyms (the first of each kind wins).
pub fn meta_from_pairs<'a>(pairs: impl Iterator<Item = (&'a str, String)>) -> SourceMeta {
    let mut meta = SourceMeta::default();
    // A "modified" date stands in only when no publication date is given.
    let mut modified = None;
    for (key, value) in pairs {
        if value.is_empty() || value == "null" || value == "~" || value == "NA" {
            continue;
        }
        let key = key.to_ascii_lowercase().replace('-', "_");
        let slot = match key.as_str() {
            "title" | "headline" | "titre" | "name" => &mut meta.title,
            "date" | "published" | "publication_date" | "published_at" | "pubdate"
            | "date_published" | "datepublished" | "publishdate" | "publish_date" | "created"
            | "created_at" => &mut meta.published,
            "author" | "authors" | "byline" | "auteur" | "creator" => &mut meta.author,
            "description" | "summary" | "excerpt" | "lead" | "chapo" => &mut meta.description,
            // "source: https://…" is a URL; "source: Reuters" is a publisher.
            "source" if !value.contains("://") => &mut meta.publisher,
            "url" | "source" | "link" | "canonical" | "canonical_url" | "permalink"
            | "source_url" | "original_url" => &mut meta.url,
            "publication" | "publisher" | "site" | "site_name" | "outlet" | "media" => {
                &mut meta.publisher
            }
            "lang" | "language" | "locale" => &mut meta.lang,
            "id" | "uid" | "uuid" => &mut meta.record_id,
            "modified" | "lastmod" | "last_modified" | "updated" | "date_modified" => &mut modified,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    if meta.published.is_none() {
        meta.published = modified;
    }
    // "date: 1702561200": a Unix timestamp, as some exporters write it.
    meta.published = meta.published.map(|d| super::records::date_value(&d));
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter() {
        let r = read(
            "---\ntitle: \"Discours du président\"\ndate: \"2024-09-25\"\ndescription: Un discours\ncategory: Discours\n---\n\n# Discours\n\nTexte.",
        );
        assert_eq!(r.meta.title.as_deref(), Some("Discours du président"));
        assert_eq!(r.meta.published.as_deref(), Some("2024-09-25"));
        assert_eq!(r.meta.description.as_deref(), Some("Un discours"));
        assert_eq!(r.body, "\n# Discours\n\nTexte.");
        assert_eq!(r.markup, Markup::Markdown);
    }

    #[test]
    fn broken_yaml_and_toml_and_crlf() {
        // An unescaped quote inside a double-quoted title: not YAML, still read.
        let r = read(
            "---\r\ntitle: \"Brexit : \"L'Europe doit se montrer ferme\"\"\r\nurl: http://a.fr/x\r\n---\r\nTexte.",
        );
        assert_eq!(
            r.meta.title.as_deref(),
            Some("Brexit : \"L'Europe doit se montrer ferme\"")
        );
        assert_eq!(r.meta.url.as_deref(), Some("http://a.fr/x"));
        assert_eq!(r.body, "Texte.");
        let r = read("+++\ntitle = \"Note\"\ndate = 2021-03-04T10:00:00Z\n+++\nCorps.");
        assert_eq!(r.meta.title.as_deref(), Some("Note"));
        assert_eq!(r.meta.published.as_deref(), Some("2021-03-04T10:00:00Z"));
        assert_eq!(r.body, "Corps.");
    }

    #[test]
    fn unix_timestamp_date() {
        let r = read("---\ntitle: Note\ndate: 1702561200\n---\nCorps.");
        assert_eq!(r.meta.published.as_deref(), Some("2023-12-14T13:40"));
    }

    #[test]
    fn not_front_matter() {
        // A thematic break and prose are not front matter.
        assert_eq!(front_matter_len("---\n\nSome text.\n---\n"), None);
        assert_eq!(front_matter_len("--- intro\ntitle: x\n---\n"), None);
        let r = read("# Titre\n\nTexte.");
        assert!(r.meta.is_empty());
        assert_eq!(r.body, "# Titre\n\nTexte.");
        // "source:" naming an outlet is the publisher.
        let r = read("---\nsource: Reuters\n---\nx");
        assert_eq!(r.meta.publisher.as_deref(), Some("Reuters"));
        assert_eq!(r.meta.url, None);
    }
}
