//! Input formats: what a file's bytes are, and how each kind becomes documents.
//!
//! [`Format`] is the seam: detection by content ([`detect`], the file name only breaking ties),
//! or the user's `--input-format`. Each format has its own module that turns the input into
//! [`Record`]s — a body in some [`Markup`] plus the metadata the format carries:
//! - [`markdown`]: YAML or TOML front matter (title, date, author, description…);
//! - [`records`]: JSON, JSON Lines, CSV and PHP-serialized records with a text or HTML field;
//! - [`feed`]: RSS and Atom items, NewsML news items;
//! - [`export`]: news-database exports (LexisNexis / Nexis Uni, Factiva, Europresse), one file
//!   of many articles;
//! - [`pdf`]: the text layer of PDF files, or OCR;
//! - [`fields`]: a plain-text scraper dump that opens with "Title: …", "Publish date: …" lines;
//! - plain text, HTML, flattened page dumps and PDF-extracted text are bodies as they are;
//!   WARC archives are read record by record by `crate::warc`.

pub mod export;
pub mod feed;
pub mod fields;
pub mod markdown;
pub mod pdf;
pub mod records;

use chancery_model::{Markup, SourceMeta};

/// What an input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text.
    Text,
    Html,
    /// Markdown, with or without front matter.
    Markdown,
    /// A web page flattened onto one or a few lines by a scraper.
    PageDump,
    /// Text taken out of a PDF (page headers and numbers, hard-wrapped lines).
    PdfText,
    /// A PDF file.
    Pdf,
    /// A JSON document: one record, an array of records, or an object holding them.
    Json,
    /// JSON Lines: one record per line.
    JsonLines,
    /// CSV (or TSV) with a header row: one record per row.
    Csv,
    /// PHP-serialized data (a WordPress object cache): read like JSON.
    PhpSerialized,
    /// An RSS or Atom feed (or one item of it), or a NewsML message.
    Feed,
    /// A news-database export: LexisNexis / Nexis Uni, Factiva or Europresse.
    NewsExport,
    /// A WARC or WARC.gz archive.
    Warc,
}

impl Format {
    pub const ALL: [Format; 13] = [
        Format::Text,
        Format::Html,
        Format::Markdown,
        Format::PageDump,
        Format::PdfText,
        Format::Pdf,
        Format::Json,
        Format::JsonLines,
        Format::Csv,
        Format::PhpSerialized,
        Format::Feed,
        Format::NewsExport,
        Format::Warc,
    ];

    /// The name used by `--input-format`.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
            Format::PageDump => "pagedump",
            Format::PdfText => "pdftext",
            Format::Pdf => "pdf",
            Format::Json => "json",
            Format::JsonLines => "jsonl",
            Format::Csv => "csv",
            Format::PhpSerialized => "php",
            Format::Feed => "feed",
            Format::NewsExport => "export",
            Format::Warc => "warc",
        }
    }

    /// The format a `--input-format` value names (a few common aliases accepted).
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.trim().to_ascii_lowercase();
        let alias = match name.as_str() {
            "txt" | "plain" => Some(Format::Text),
            "htm" | "xhtml" => Some(Format::Html),
            "md" => Some(Format::Markdown),
            "ndjson" | "jsonlines" => Some(Format::JsonLines),
            "tsv" => Some(Format::Csv),
            "rss" | "atom" | "xml" | "newsml" => Some(Format::Feed),
            "lexisnexis" | "nexis" | "factiva" | "europresse" => Some(Format::NewsExport),
            "dump" => Some(Format::PageDump),
            _ => None,
        };
        alias.or_else(|| Format::ALL.into_iter().find(|f| f.name() == name))
    }

    /// The markup of a body in this format, for the formats that are a body as they are.
    pub const fn markup(self) -> Option<Markup> {
        match self {
            Format::Text => Some(Markup::Text),
            Format::Html => Some(Markup::Html),
            Format::Markdown => Some(Markup::Markdown),
            Format::PageDump => Some(Markup::PageDump),
            Format::PdfText => Some(Markup::PdfText),
            _ => None,
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Which record fields hold what, when the user says so (`--text-field` …); `None`: detected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub text: Option<String>,
    pub id: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
}

/// One document an input holds, before cleaning.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub body: String,
    pub markup: Markup,
    pub meta: SourceMeta,
    /// Where in the input it was ("record 3", "item 2"), for messages; `None` for a whole file.
    pub locator: Option<String>,
}

impl Record {
    /// A body whose markup is detected from its content.
    pub fn detected(body: String, meta: SourceMeta, locator: Option<String>) -> Record {
        Record {
            markup: detect_markup(&body),
            body,
            meta,
            locator,
        }
    }
}

/// The formats recognised by their first bytes, before decoding.
pub fn detect_binary(head: &[u8]) -> Option<Format> {
    if head.starts_with(b"%PDF-") {
        return Some(Format::Pdf);
    }
    if head.starts_with(b"WARC/") {
        return Some(Format::Warc);
    }
    None
}

/// The format of decoded text, by its content; the file name's extension only breaks ties
/// (a `.md` file without front matter, a `.csv` file).
pub fn detect(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('{') || start.starts_with('[') {
        if records::is_json_lines(start) {
            return Format::JsonLines;
        }
        if records::is_json(start) {
            return Format::Json;
        }
    }
    if records::looks_like_php_serialized(start) {
        return Format::PhpSerialized;
    }
    if feed::looks_like_feed(start) {
        return Format::Feed;
    }
    if markdown::front_matter_len(start).is_some() {
        return Format::Markdown;
    }
    let html = looks_like_html(text);
    if (html && export::looks_like_html_export(text)) || (!html && export::looks_like_export(text))
    {
        return Format::NewsExport;
    }
    if matches!(ext, "csv" | "tsv") && records::looks_like_csv(text) {
        return Format::Csv;
    }
    if matches!(ext, "md" | "markdown" | "mdx") {
        return Format::Markdown;
    }
    if html {
        return Format::Html;
    }
    match detect_markup(text) {
        Markup::Html => Format::Html,
        Markup::PageDump => Format::PageDump,
        Markup::PdfText => Format::PdfText,
        Markup::Markdown => Format::Markdown,
        Markup::Text if matches!(ext, "html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Markup::Text if ext != "txt" && records::looks_like_csv(text) => Format::Csv,
        Markup::Text => Format::Text,
    }
}

/// The markup of a body: HTML when it holds HTML elements, a flattened page dump, text taken
/// from a PDF, else plain text.
pub fn detect_markup(text: &str) -> Markup {
    if looks_like_html(text) {
        Markup::Html
    } else if looks_like_page_dump(text) {
        Markup::PageDump
    } else if pdf::looks_like_pdf_text(text) {
        Markup::PdfText
    } else {
        Markup::Text
    }
}

/// HTML by content: a document-level element at the start, or paragraph and break elements
/// throughout (a record's HTML field, a saved fragment, a page behind a PHP include).
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let start = head.trim_start();
    if start.starts_with('<')
        && [
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<meta",
            "<title",
        ]
        .iter()
        .any(|m| head.contains(m))
    {
        return true;
    }
    if head.contains("<html") || head.contains("<!doctype html") {
        return true;
    }
    // A fragment: block elements that plain text never holds.
    let blocks = [
        "<p>", "<p ", "<div", "<br", "</p>", "<h1", "<h2", "<li>", "<table",
    ]
    .iter()
    .map(|m| head.matches(m).count())
    .sum::<usize>();
    blocks >= 2
}

/// A flattened page: the whole page's text on very few, very long lines. (The page-dump reader
/// gives prose without page structure back as it is, so a long one-line paragraph read this
/// way loses nothing.)
pub fn looks_like_page_dump(text: &str) -> bool {
    let len = text.len();
    if len < PAGE_DUMP_MIN_LINE {
        return false;
    }
    let mut lines = 0;
    let mut longest = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        lines += 1;
        longest = longest.max(line.len());
        if lines > 6 {
            return false;
        }
    }
    // Most of the text on a few long lines.
    longest >= PAGE_DUMP_MIN_LINE && longest * 2 >= len
}

/// The shortest line a flattened page is written on (bytes): a short page's transcript of a
/// few turns ("… Moscow Vladimir Putin: Dear colleagues… Kassym-Jomart Tokayev: Thank you…")
/// is one too.
const PAGE_DUMP_MIN_LINE: usize = 250;

/// Undoes a scraper artefact: a page saved as the text of a Python bytes literal
/// (`b'<div>\n\tPRESIDENT OBAMA:\xc2\xa0 Buenas tardes.</div>'`), with its escapes written out.
/// The literal is replaced by the text it stands for; anything else is left as it is.
pub fn repair_bytes_literal(text: String) -> String {
    let Some(start) = bytes_literal_start(&text) else {
        return text;
    };
    let quote = text.as_bytes()[start + 1];
    let body_start = start + 2;
    let end = text
        .rfind(quote as char)
        .filter(|&e| e > body_start)
        .unwrap_or(text.len());
    let literal = &text[body_start..end];
    let escapes = literal.matches("\\n").count() + literal.matches("\\x").count();
    let newlines = literal.matches('\n').count();
    if escapes < 3 || newlines * 4 > escapes {
        return text;
    }
    let mut bytes = Vec::with_capacity(literal.len());
    let raw = literal.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'\\' && i + 1 < raw.len() {
            let (b, used) = match raw[i + 1] {
                b'n' => (Some(b'\n'), 2),
                b'r' => (Some(b'\r'), 2),
                b't' => (Some(b'\t'), 2),
                b'\\' | b'\'' | b'"' => (Some(raw[i + 1]), 2),
                b'x' if i + 3 < raw.len() => (
                    std::str::from_utf8(&raw[i + 2..i + 4])
                        .ok()
                        .and_then(|h| u8::from_str_radix(h, 16).ok()),
                    4,
                ),
                _ => (None, 1),
            };
            if let Some(b) = b {
                bytes.push(b);
                i += used;
                continue;
            }
        }
        bytes.push(raw[i]);
        i += 1;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.push_str(&String::from_utf8_lossy(&bytes));
    out.push_str(text.get(end + 1..).unwrap_or(""));
    out
}

/// Where a `b'…'` or `b"…"` literal starts: at the start of a line or right after a tag.
fn bytes_literal_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(pos) = memchr::memchr(b'b', &bytes[from..]) {
        let at = from + pos;
        let next = bytes.get(at + 1).copied();
        let before = at.checked_sub(1).map(|i| bytes[i]);
        if matches!(next, Some(b'\'' | b'"'))
            && before.is_none_or(|b| b == b'\n' || b == b'>' || b == b' ')
        {
            return Some(at);
        }
        from = at + 1;
        if from > 4096 {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_bytes_literals_are_undone() {
        let saved = "<h1>Remarks</h1>\nb'<div>\\n<p>\\n\\tPRESIDENT OBAMA:\\xc2\\xa0 Buenas tardes. It\\'s a new day -- es un nuevo d\\xc3\\xada.</p>\\n</div>'\n";
        assert_eq!(
            repair_bytes_literal(saved.to_owned()),
            "<h1>Remarks</h1>\n<div>\n<p>\n\tPRESIDENT OBAMA:\u{a0} Buenas tardes. It's a new day -- es un nuevo día.</p>\n</div>\n"
        );
        for plain in [
            "b'x' is a byte string in Python.",
            "Le bateau.\nb\"a\"",
            "abc",
        ] {
            assert_eq!(repair_bytes_literal(plain.to_owned()), plain);
        }
    }

    #[test]
    fn a_short_page_on_one_line_is_a_dump() {
        let page = "Meeting with President of Kazakhstan Kassym-Jomart Tokayev. March 14, 2019 \
                    The Kremlin, Moscow Beginning of talks President of Russia Vladimir Putin: \
                    Dear colleagues, welcome to Moscow. President of Kazakhstan Kassym-Jomart \
                    Tokayev: Thank you, Mr President. Vladimir Putin: Please, go ahead.\n";
        assert_eq!(detect("a.txt", page), Format::PageDump);
        // (A line of a few words is no page.)
        assert_eq!(
            detect("a.txt", "Vladimir Putin: Dear colleagues.\n"),
            Format::Text
        );
    }

    #[test]
    fn formats_by_content() {
        let d = |name: &str, text: &str| detect(name, text);
        assert_eq!(d("a.txt", "---\ntitle: x\n---\nBody"), Format::Markdown);
        assert_eq!(d("a", "{\"text\": \"x\"}"), Format::Json);
        assert_eq!(
            d("a", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n"),
            Format::JsonLines
        );
        assert_eq!(
            d("a.xml", "  <item>\n<title>x</title></item>"),
            Format::Feed
        );
        assert_eq!(d("a.csv", "titre,date,discours\nA,B,C\n"), Format::Csv);
        assert_eq!(
            d(
                "a.php",
                "<!DOCTYPE>\n<html><head><title>x</title></head></html>"
            ),
            Format::Html
        );
        assert_eq!(d("a.md", "# Titre\n\nTexte."), Format::Markdown);
        assert_eq!(
            d(
                "a.txt",
                "Le ministre a parlé.\n\nIl a dit, hier, que tout va bien."
            ),
            Format::Text
        );
        assert_eq!(
            d("a", "a:1:{s:4:\"text\";s:1:\"x\";}"),
            Format::PhpSerialized
        );
        assert_eq!(Format::from_name("JSONL"), Some(Format::JsonLines));
        assert_eq!(Format::from_name("lexisnexis"), Some(Format::NewsExport));
        assert_eq!(Format::from_name("doc"), None);
    }
}
