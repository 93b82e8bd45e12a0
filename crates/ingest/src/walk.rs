//! Walking the inputs: paths in the order given, folders recursively in file-name order with
//! hidden entries skipped, WARC archives record by record, `-` for standard input.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use crate::decode::{DecodeError, decode};
use crate::warc::{Item, WarcReader};
use crate::{Error, Format, Options, RawDoc, Result};

/// A streaming iterator over every document the inputs hold, one `Result` per document.
pub struct Inputs {
    queue: VecDeque<String>,
    walker: Option<Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>>>>,
    warc: Option<WarcDocuments>,
    opts: Options,
}

impl Inputs {
    pub fn new(paths: Vec<String>, opts: Options) -> Inputs {
        Inputs {
            queue: paths.into(),
            walker: None,
            warc: None,
            opts,
        }
    }

    /// Opens one file: a document, an error, or (for an archive) nothing yet: its records follow.
    fn open(&mut self, path: &Path) -> Option<Result<RawDoc>> {
        let name = path.display().to_string();
        let size = match std::fs::metadata(path) {
            Ok(m) => m.len(),
            Err(source) => return Some(Err(Error::Io { path: name, source })),
        };
        let file = match File::open(path) {
            Ok(f) => f,
            Err(source) => return Some(Err(Error::Io { path: name, source })),
        };
        let lower = name.to_ascii_lowercase();
        let mut reader = BufReader::with_capacity(64 * 1024, file);
        let head = match reader.fill_buf() {
            Ok(h) => h,
            Err(source) => return Some(Err(Error::Io { path: name, source })),
        };
        let gz = head.starts_with(b"\x1f\x8b");
        if lower.ends_with(".warc") || lower.ends_with(".warc.gz") || head.starts_with(b"WARC/") {
            let stream: Box<dyn BufRead> = if gz {
                Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(reader)))
            } else {
                Box::new(reader)
            };
            self.warc = Some(WarcDocuments::new(name, stream, &self.opts));
            return None;
        }
        if size > self.opts.max_bytes {
            return Some(Err(Error::TooLarge {
                path: name,
                size,
                limit: self.opts.max_bytes,
            }));
        }
        let mut bytes = Vec::with_capacity(size as usize);
        if let Err(source) = reader.take(self.opts.max_bytes + 1).read_to_end(&mut bytes) {
            return Some(Err(Error::Io { path: name, source }));
        }
        let html_name = [".html", ".htm", ".xhtml", ".shtml"]
            .iter()
            .any(|e| lower.ends_with(e));
        Some(raw_doc(
            name,
            bytes,
            None,
            html_name,
            None,
            self.opts.max_bytes,
        ))
    }

    fn stdin(&self) -> Result<RawDoc> {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(self.opts.max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Io {
                path: "-".into(),
                source,
            })?;
        raw_doc("-".into(), bytes, None, false, None, self.opts.max_bytes)
    }

    fn next_warc(&mut self) -> Option<Result<RawDoc>> {
        let item = self.warc.as_mut()?.next();
        if item.is_none() {
            self.warc = None;
        }
        item
    }
}

/// The documents of one WARC archive read from any stream (already decompressed).
pub struct WarcDocuments {
    path: String,
    reader: WarcReader<Box<dyn BufRead>>,
    max_bytes: u64,
}

impl WarcDocuments {
    /// Reads the archive named `path` (for messages and record origins) from `stream`.
    pub fn new(path: String, stream: Box<dyn BufRead>, opts: &Options) -> WarcDocuments {
        WarcDocuments {
            path,
            reader: WarcReader::new(stream, opts.max_bytes),
            max_bytes: opts.max_bytes,
        }
    }
}

impl Iterator for WarcDocuments {
    type Item = Result<RawDoc>;

    fn next(&mut self) -> Option<Result<RawDoc>> {
        let path = &self.path;
        Some(match self.reader.next()? {
            Item::Document(p) => {
                let origin = p
                    .uri
                    .clone()
                    .unwrap_or_else(|| format!("{path}#record-{}", p.index));
                raw_doc(
                    origin,
                    p.body,
                    p.charset.as_deref(),
                    p.html,
                    p.date,
                    self.max_bytes,
                )
            }
            Item::TooLarge { index, size } => Err(Error::TooLarge {
                path: format!("{path} (record {index})"),
                size,
                limit: self.max_bytes,
            }),
            Item::Error { index, message } => Err(Error::Warc {
                path: path.clone(),
                record: index,
                message,
            }),
        })
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDoc>;

    fn next(&mut self) -> Option<Result<RawDoc>> {
        loop {
            if self.warc.is_some() {
                match self.next_warc() {
                    Some(item) => return Some(item),
                    None => continue,
                }
            }
            if let Some(walker) = self.walker.as_mut() {
                match walker.next() {
                    Some(Ok(entry)) if entry.file_type().is_file() => match self.open(entry.path())
                    {
                        Some(item) => return Some(item),
                        None => continue,
                    },
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => {
                        let path = e.path().map(Path::to_path_buf).unwrap_or_default();
                        return Some(Err(Error::Walk {
                            path,
                            message: e.to_string(),
                        }));
                    }
                    None => {
                        self.walker = None;
                        continue;
                    }
                }
            }
            let path = self.queue.pop_front()?;
            if path == "-" {
                return Some(self.stdin());
            }
            let p = Path::new(&path);
            match std::fs::metadata(p) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Some(Err(Error::NotFound { path }));
                }
                Err(source) => return Some(Err(Error::Io { path, source })),
                Ok(m) if m.is_dir() => {
                    let walker = walkdir::WalkDir::new(p)
                        .min_depth(1)
                        .follow_links(true)
                        .sort_by_file_name()
                        .into_iter()
                        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
                    self.walker = Some(Box::new(walker));
                }
                Ok(_) => match self.open(p) {
                    Some(item) => return Some(item),
                    None => continue,
                },
            }
        }
    }
}

/// Decodes and classifies one document's bytes.
fn raw_doc(
    origin: String,
    bytes: Vec<u8>,
    charset: Option<&str>,
    html_hint: bool,
    fallback_date: Option<chancery_model::PartialDate>,
    max_bytes: u64,
) -> Result<RawDoc> {
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            path: origin,
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let content_hash = *blake3::hash(&bytes).as_bytes();
    let decoded = match decode(&bytes, charset) {
        Ok(d) => d,
        Err(DecodeError::Empty) => return Err(Error::Empty { path: origin }),
        Err(DecodeError::Binary(reason)) => {
            return Err(Error::Binary {
                path: origin,
                reason,
            });
        }
        Err(DecodeError::Undecodable(reason)) => {
            return Err(Error::Undecodable {
                path: origin,
                reason,
            });
        }
    };
    let format = if html_hint || looks_like_html(&decoded.text) {
        Format::Html
    } else {
        Format::Text
    };
    Ok(RawDoc {
        origin,
        text: decoded.text,
        format,
        encoding: decoded.encoding,
        fallback_date,
        content_hash,
    })
}

/// HTML by content: markup at the very start naming a document-level element.
fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
    ]
    .iter()
    .any(|m| head.contains(m))
}
