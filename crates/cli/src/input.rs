//! The options every command that reads documents shares: size limit, input format, record
//! fields.

use chancery_ingest::{Fields, Format, Options, RawDoc};

/// How inputs are read.
#[derive(clap::Args, Clone, Debug)]
pub struct InputArgs {
    /// Refuse documents larger than this many bytes.
    #[arg(long, default_value_t = chancery_ingest::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
    /// The input format, instead of detecting it from each input's content: text, html,
    /// markdown, pagedump, pdftext, pdf, json, jsonl, csv, feed (RSS/Atom/NewsML), export
    /// (LexisNexis, Factiva, Europresse), warc. With `jsonl` and `-`, standard input is a
    /// stream: one output line per input line, in order, memory bounded.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub input_format: Option<Format>,
    /// The record field holding the text or HTML (JSON, JSON Lines, CSV); a dotted path for a
    /// nested field ("details.body") [default: detected: html, text, content, body…].
    #[arg(long, value_name = "FIELD")]
    pub text_field: Option<String>,
    /// The record field holding the record's own id [default: id, guid, uuid…].
    #[arg(long, value_name = "FIELD")]
    pub id_field: Option<String>,
    /// The record field holding the document's URL [default: url, link…].
    #[arg(long, value_name = "FIELD")]
    pub url_field: Option<String>,
    /// The record field holding the publication date [default: date, published, pubDate,
    /// timestamp…].
    #[arg(long, value_name = "FIELD")]
    pub date_field: Option<String>,
}

impl InputArgs {
    pub fn options(&self) -> Options {
        Options {
            max_bytes: self.max_bytes,
            format: self.input_format,
            fields: Fields {
                text: self.text_field.clone(),
                id: self.id_field.clone(),
                url: self.url_field.clone(),
                date: self.date_field.clone(),
            },
        }
    }

    /// Whether standard input is read as a JSON Lines stream, record by record.
    pub fn is_stream(&self, paths: &[String]) -> bool {
        self.input_format == Some(Format::JsonLines) && paths.iter().any(|p| p == "-")
    }
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("unknown format {s:?}; one of: {}", names.join(", "))
    })
}

/// Prints the warnings reading a document gave (invalid bytes replaced…), one line each.
pub fn warn(raw: &RawDoc) {
    for w in &raw.warnings {
        crate::report(format_args!(
            "{}: warning: {w}",
            chancery_ingest::escape(&raw.origin)
        ));
    }
}
