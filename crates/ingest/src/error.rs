//! Errors of reading inputs: one line each, naming the input and saying what to do.
//!
//! Input names are printed through [`escape`]: a file name may hold a newline or control bytes,
//! and one failure must stay one line.

use std::path::PathBuf;

pub type Result<T> = std::result::Result<T, Error>;

/// Why one input (a file, a record, a WARC record, standard input) could not be read as a document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", escape(path))]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{}: no such file or folder", escape(path))]
    NotFound { path: String },
    #[error("{}: empty file, nothing to extract", escape(path))]
    Empty { path: String },
    #[error(
        "{}: binary file ({reason}), not a text or HTML document",
        escape(path)
    )]
    Binary { path: String, reason: String },
    #[error(
        "{}: undecodable text: {reason}; convert it to UTF-8 first",
        escape(path)
    )]
    Undecodable { path: String, reason: String },
    #[error(
        "{}: {size} bytes, over the limit of {limit}; raise it with --max-bytes",
        escape(path)
    )]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{}: WARC record {record}: {}", escape(path), escape(message))]
    Warc {
        path: String,
        record: usize,
        message: String,
    },
    #[error("{}: cannot walk the folder: {}", escape(&path.display().to_string()), escape(message))]
    Walk { path: PathBuf, message: String },
    /// A record of a multi-record input (JSON, CSV, feed, export) that could not be read.
    #[error("{}: {} ({format})", escape(path), escape(message))]
    Record {
        path: String,
        format: crate::Format,
        message: String,
        /// The record's own id when it has one, else the content id of its raw text (for a
        /// stream line), so that a failed record can still be told apart.
        id: Option<String>,
    },
    #[error("{}: PDF: {}", escape(path), escape(message))]
    Pdf { path: String, message: String },
}

impl Error {
    /// The input the error is about, as given (not escaped).
    pub fn path(&self) -> String {
        match self {
            Error::Io { path, .. }
            | Error::NotFound { path }
            | Error::Empty { path }
            | Error::Binary { path, .. }
            | Error::Undecodable { path, .. }
            | Error::TooLarge { path, .. }
            | Error::Warc { path, .. }
            | Error::Record { path, .. }
            | Error::Pdf { path, .. } => path.clone(),
            Error::Walk { path, .. } => path.display().to_string(),
        }
    }
}

/// Text safe to print on one line: control characters (newlines, tabs, escape sequences, DEL,
/// C1 controls) written as escapes, everything else as it is. Escaping twice changes nothing.
pub fn escape(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // See: #9 (an unreadable file whose name holds a newline printed a forged second line).
    #[test]
    fn one_error_is_one_line() {
        let e = Error::Empty {
            path: "a\nchancery: b.txt: fine\u{1b}[31m".into(),
        };
        let line = e.to_string();
        assert!(!line.contains('\n') && !line.contains('\u{1b}'), "{line}");
        assert_eq!(
            line,
            "a\\nchancery: b.txt: fine\\u{1b}[31m: empty file, nothing to extract"
        );
        assert_eq!(escape("Лавров é"), "Лавров é");
        assert_eq!(escape(&escape("a\nb")), "a\\nb");
    }
}
