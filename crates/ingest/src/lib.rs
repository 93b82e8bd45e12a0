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
mod walk;
mod warc;

pub use decode::{DecodeError, Decoded, decode};
pub use error::{Error, Result};
pub use walk::{Inputs, WarcDocuments};

use chancery_model::PartialDate;

/// The kind of markup a document's text is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

/// Options for reading inputs.
#[derive(Clone, Debug)]
pub struct Options {
    /// Files (or WARC records) larger than this many bytes are refused with an error.
    pub max_bytes: u64,
}

/// The default per-document size limit: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// One input document, decoded to UTF-8 but otherwise as it came.
#[derive(Clone, Debug)]
pub struct RawDoc {
    /// The input path as given, or for a WARC record its target URI.
    pub origin: String,
    pub text: String,
    pub format: Format,
    /// The encoding the bytes were decoded from ("UTF-8", "windows-1251", …).
    pub encoding: &'static str,
    /// A date to fall back on when the document states none (a WARC record's WARC-Date).
    pub fallback_date: Option<PartialDate>,
    /// blake3 of the raw bytes: identical content gives an identical hash.
    pub content_hash: [u8; 32],
}

impl RawDoc {
    /// The stable document id: the first 16 bytes of the content hash, in hex.
    pub fn id(&self) -> String {
        self.content_hash[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}
