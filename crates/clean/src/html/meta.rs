//! The metadata a page declares about itself: `<meta>`, `<link>`, `<title>`, `<html lang>`.
//!
//! Values are collected as written (first occurrence wins) and decoded once at the end.

use super::HtmlMeta;
use super::boilerplate::has_token;
use super::entities;
use super::lexer::Attrs;

/// Raw metadata values, borrowed from the page.
#[derive(Default)]
pub(super) struct MetaRaw<'a> {
    pub title: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub itemprop_date: Option<&'a str>,
    og_title: Option<&'a str>,
    og_url: Option<&'a str>,
    site_name: Option<&'a str>,
    canonical: Option<&'a str>,
    content_language: Option<&'a str>,
    /// `article:published_time`, `og:published_time`, `<meta name=date…>`.
    published: [Option<&'a str>; 3],
    json_ld_date: Option<String>,
    translations: Vec<String>,
}

impl<'a> MetaRaw<'a> {
    pub(super) fn meta_tag(&mut self, a: &Attrs<'a>) {
        let Some(content) = a.content else { return };
        if a.itemprop.is_some_and(|i| has_token(i, "datePublished")) {
            self.itemprop_date.get_or_insert(content);
        }
        if a.http_equiv
            .is_some_and(|h| h.trim().eq_ignore_ascii_case("content-language"))
        {
            self.content_language.get_or_insert(content);
        }
        for key in [a.property, a.name].into_iter().flatten() {
            let key = key.trim();
            let is = |k: &str| key.eq_ignore_ascii_case(k);
            let slot = if is("og:title") {
                &mut self.og_title
            } else if is("og:site_name") {
                &mut self.site_name
            } else if is("og:url") {
                &mut self.og_url
            } else if is("article:published_time") {
                &mut self.published[0]
            } else if is("og:published_time") || is("og:article:published_time") {
                &mut self.published[1]
            } else if [
                "date",
                "dc.date",
                "dc.date.issued",
                "dc.date.created",
                "dcterms.date",
                "dcterms.issued",
                "dcterms.created",
                "pubdate",
                "publish-date",
                "publish_date",
                "publishdate",
                "article.published",
            ]
            .iter()
            .any(|k| is(k))
            {
                &mut self.published[2]
            } else {
                continue;
            };
            slot.get_or_insert(content);
        }
    }

    pub(super) fn link_tag(&mut self, a: &Attrs<'a>) {
        let Some(rel) = a.rel else { return };
        if has_token(rel, "canonical")
            && let Some(href) = a.href
        {
            self.canonical.get_or_insert(href);
        }
        if has_token(rel, "alternate")
            && let Some(lang) = a.hreflang.and_then(primary_subtag)
            && !self.translations.contains(&lang)
        {
            self.translations.push(lang);
        }
    }

    /// The first `"datePublished": "…"` of a JSON-LD block.
    pub(super) fn json_ld(&mut self, json: &'a str) {
        if self.json_ld_date.is_some() {
            return;
        }
        let Some(at) = memchr::memmem::find(json.as_bytes(), b"\"datePublished\"") else {
            return;
        };
        let rest = json.get(at + 15..).unwrap_or("").trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            return;
        };
        let Some(rest) = rest.trim_start().strip_prefix('"') else {
            return;
        };
        if let Some(end) = rest.find('"') {
            self.json_ld_date = clean(rest.get(..end).unwrap_or(""));
        }
    }

    /// The page's titles as it declares them (`og:title`, `<title>`), decoded, for finding the
    /// headline again in the text.
    pub(super) fn titles(&self) -> [Option<String>; 2] {
        [
            self.og_title.and_then(clean),
            self.title.and_then(clean_text),
        ]
    }

    /// Whether the page states its publication date in its metadata (not in its text).
    pub(super) fn has_published(&self) -> bool {
        self.published.iter().any(Option::is_some)
            || self.itemprop_date.is_some()
            || self.json_ld_date.is_some()
    }

    /// Decodes the collected values; `h1` and `time` come from the chosen main content.
    pub(super) fn resolve(
        self,
        h1: Option<&str>,
        h1_outside: Option<&str>,
        time: Option<&str>,
    ) -> HtmlMeta {
        let joined = |h: &str| h.split_whitespace().collect::<Vec<_>>().join(" ");
        let site_name = self.site_name.and_then(clean);
        let title = self
            .og_title
            .and_then(clean)
            .or_else(|| h1.map(joined).filter(|h| !h.is_empty()))
            .or_else(|| {
                let title = self.title.and_then(clean_text)?;
                Some(match &site_name {
                    Some(site) => strip_site(&title, site).to_owned(),
                    None => title,
                })
            })
            .or_else(|| h1_outside.map(joined).filter(|h| !h.is_empty()));
        let lang = self.lang.or(self.content_language).and_then(primary_subtag);
        let published = self.published[0]
            .or(self.published[1])
            .or(self.published[2])
            .or(self.itemprop_date)
            .and_then(clean)
            .or(self.json_ld_date)
            .or_else(|| time.and_then(clean));
        let url = self
            .canonical
            .and_then(clean)
            .or_else(|| self.og_url.and_then(clean));
        HtmlMeta {
            title,
            lang,
            published,
            url,
            site_name,
            translations: self.translations,
        }
    }
}

/// `fr-FR` → `fr`: the primary language subtag, lowercase, when it is 2–3 letters.
fn primary_subtag(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        Some(primary.to_ascii_lowercase())
    } else {
        None
    }
}

/// An attribute value decoded, with whitespace (no-break spaces included) collapsed; `None`
/// when empty.
fn clean(raw: &str) -> Option<String> {
    decode_collapse(raw, true)
}

/// `<title>` text decoded, with whitespace collapsed; `None` when empty.
fn clean_text(raw: &str) -> Option<String> {
    decode_collapse(raw, false)
}

fn decode_collapse(raw: &str, in_attr: bool) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut space = false;
    let mut i = 0;
    let push = |out: &mut String, c: char, space: &mut bool| {
        if c.is_whitespace() {
            *space = true;
        } else {
            if *space && !out.is_empty() {
                out.push(' ');
            }
            *space = false;
            out.push(c);
        }
    };
    while i < bytes.len() {
        if bytes[i] == b'&'
            && let Some((c, next)) = entities::decode(bytes, i, in_attr)
        {
            push(&mut out, c, &mut space);
            i = next;
            continue;
        }
        let Some(c) = raw.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        push(&mut out, c, &mut space);
        i += c.len_utf8();
    }
    (!out.is_empty()).then_some(out)
}

/// `Article | Site` → `Article` (also ` - `, ` – `, ` — `, ` · `, ` • `, ` :: `, and `Site | Article`).
fn strip_site<'t>(title: &'t str, site: &str) -> &'t str {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " / "];
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && tail.trim().eq_ignore_ascii_case(site.trim())
            && !head.trim().is_empty()
        {
            return head.trim_end();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && head.trim().eq_ignore_ascii_case(site.trim())
            && !tail.trim().is_empty()
        {
            return tail.trim_start();
        }
    }
    title
}
