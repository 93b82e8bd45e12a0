/*!
Reading inputs into decoded raw documents.

[`Inputs`] walks what the user named (files, folders recursively in a stable order with hidden
files skipped, WARC and WARC.gz archives, `-` for standard input) and yields one
`Result<RawDoc, Error>` per document, so that one bad input never stops the others. Each
[`RawDoc`] carries its decoded text (encoding detected, never assumed), its [`Format`], and its
content hash. Nothing here knows about cleaning or extraction.
*/

mod decode;
mod error;
pub mod format;
mod walk;
mod warc;

pub use decode::{DecodeError, Decoded, decode};
pub use error::{Error, Result, escape};
pub use format::{Fields, Format, Record};
pub use walk::{Inputs, JsonLinesStream, WarcDocuments};

use chancery_model::{Markup, PartialDate, SourceMeta};

/// Options for reading inputs.
#[derive(Clone, Debug)]
pub struct Options {
    /// Files (or WARC records) larger than this many bytes are refused with an error.
    pub max_bytes: u64,
    /// The input format, when the user names it; `None`: detected for each input.
    pub format: Option<Format>,
    /// Which record fields hold the text, id, URL and date, when the user names them.
    pub fields: Fields,
}

/// The default per-document size limit: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: DEFAULT_MAX_BYTES,
            format: None,
            fields: Fields::default(),
        }
    }
}

/// One input document, decoded to UTF-8, with what its container says about it.
#[derive(Clone, Debug)]
pub struct RawDoc {
    /// The input path as given, or for a WARC record its target URI; for one record of a
    /// multi-record file, the path, `#` and the record's locator ("#row-3", "#item-2").
    pub origin: String,
    /// The body as the container holds it (HTML, Markdown, plain text…).
    pub text: String,
    pub markup: Markup,
    /// The input format it was read as.
    pub format: Format,
    /// What the container says: front matter, record fields, feed item elements.
    pub meta: SourceMeta,
    /// The encoding the bytes were decoded from ("UTF-8", "windows-1251", …).
    pub encoding: &'static str,
    /// A date to fall back on when the document states none (a WARC record's WARC-Date).
    pub fallback_date: Option<PartialDate>,
    /// blake3 of the document's own bytes: identical content gives an identical hash.
    pub content_hash: [u8; 32],
    /// Things the user should know that did not stop the document (invalid bytes replaced),
    /// one line each.
    pub warnings: Vec<String>,
}

impl RawDoc {
    /// The stable document id: the first 16 bytes of the content hash, in hex.
    pub fn id(&self) -> String {
        walk::hex(&self.content_hash)
    }
}
