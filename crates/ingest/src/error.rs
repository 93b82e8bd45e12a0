//! Errors of reading inputs: one line each, naming the input and saying what to do.

use std::path::PathBuf;

pub type Result<T> = std::result::Result<T, Error>;

/// Why one input (a file, a WARC record, standard input) could not be read as a document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: no such file or folder")]
    NotFound { path: String },
    #[error("{path}: empty file, nothing to extract")]
    Empty { path: String },
    #[error("{path}: binary file ({reason}), not a text or HTML document")]
    Binary { path: String, reason: String },
    #[error("{path}: undecodable text: {reason}; convert it to UTF-8 first")]
    Undecodable { path: String, reason: String },
    #[error("{path}: {size} bytes, over the limit of {limit}; raise it with --max-bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: WARC record {record}: {message}")]
    Warc {
        path: String,
        record: usize,
        message: String,
    },
    #[error("{path}: cannot walk the folder: {message}")]
    Walk { path: PathBuf, message: String },
}

impl Error {
    /// The input the error is about.
    pub fn path(&self) -> String {
        match self {
            Error::Io { path, .. }
            | Error::NotFound { path }
            | Error::Empty { path }
            | Error::Binary { path, .. }
            | Error::Undecodable { path, .. }
            | Error::TooLarge { path, .. }
            | Error::Warc { path, .. } => path.clone(),
            Error::Walk { path, .. } => path.display().to_string(),
        }
    }
}
