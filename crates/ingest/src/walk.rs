//! Walking the inputs: paths in the order given, folders recursively in file-name order with
//! hidden entries skipped, WARC archives record by record, multi-record files (JSON, CSV,
//! feeds, news-database exports) record by record, `-` for standard input (a JSON Lines stream
//! line by line when `--input-format jsonl` says so).

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use chancery_model::{Markup, SourceMeta};

use crate::decode::{DecodeError, decode_owned};
use crate::format::{self, Fields, Record};
use crate::warc::{Item, WarcReader};
use crate::{Error, Format, Options, RawDoc, Result};

/// A streaming iterator over every document the inputs hold, one `Result` per document.
pub struct Inputs {
    queue: VecDeque<String>,
    walker: Option<Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>>>>,
    warc: Option<WarcDocuments>,
    /// The records of a multi-record file not yet handed out.
    pending: VecDeque<Result<RawDoc>>,
    stream: Option<JsonLinesStream<Box<dyn BufRead>>>,
    opts: Options,
}

impl Inputs {
    pub fn new(paths: Vec<String>, opts: Options) -> Inputs {
        Inputs {
            queue: paths.into(),
            walker: None,
            warc: None,
            pending: VecDeque::new(),
            stream: None,
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
        let warc = match self.opts.format {
            Some(f) => f == Format::Warc,
            None => {
                lower.ends_with(".warc")
                    || lower.ends_with(".warc.gz")
                    || format::detect_binary(head) == Some(Format::Warc)
            }
        };
        if warc {
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
        self.pending = read_file(name, bytes, &self.opts).into();
        self.pending.pop_front()
    }

    /// Standard input: a JSON Lines stream read line by line when the user says it is one,
    /// else one input read whole.
    fn stdin(&mut self) -> Option<Result<RawDoc>> {
        if self.opts.format == Some(Format::JsonLines) {
            let reader: Box<dyn BufRead> = Box::new(BufReader::new(std::io::stdin()));
            self.stream = Some(JsonLinesStream::new("-".into(), reader, &self.opts));
            return None;
        }
        let mut bytes = Vec::new();
        if let Err(source) = std::io::stdin()
            .lock()
            .take(self.opts.max_bytes + 1)
            .read_to_end(&mut bytes)
        {
            return Some(Err(Error::Io {
                path: "-".into(),
                source,
            }));
        }
        self.pending = read_file("-".into(), bytes, &self.opts).into();
        self.pending.pop_front()
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
                warc_doc(
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
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if let Some(stream) = self.stream.as_mut() {
                match stream.next() {
                    Some(item) => return Some(item),
                    None => {
                        self.stream = None;
                        continue;
                    }
                }
            }
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
                match self.stdin() {
                    Some(item) => return Some(item),
                    None => continue,
                }
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

/// One WARC record's payload as a document: decoded with the charset the HTTP header declares;
/// HTML when the record's content type says so, else by content.
fn warc_doc(
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
    let (text, encoding, warnings) = decoded(&origin, bytes, charset)?;
    let markup = if html_hint {
        Markup::Html
    } else {
        format::detect_markup(&text)
    };
    Ok(RawDoc {
        origin,
        format: Format::Warc,
        text,
        markup,
        meta: SourceMeta::default(),
        encoding,
        fallback_date,
        content_hash,
        warnings,
    })
}

/// Decodes bytes, turning decoding failures into errors naming the input and replaced bytes
/// into a warning.
fn decoded(
    origin: &str,
    bytes: Vec<u8>,
    charset: Option<&str>,
) -> Result<(String, &'static str, Vec<String>)> {
    let decoded = match decode_owned(bytes, charset) {
        Ok(d) => d,
        Err(DecodeError::Empty) => {
            return Err(Error::Empty {
                path: origin.into(),
            });
        }
        Err(DecodeError::Binary(reason)) => {
            return Err(Error::Binary {
                path: origin.into(),
                reason,
            });
        }
        Err(DecodeError::Undecodable(reason)) => {
            return Err(Error::Undecodable {
                path: origin.into(),
                reason,
            });
        }
    };
    let warnings = decoded
        .replaced
        .map(|(n, first)| {
            vec![format!(
                "{n} invalid UTF-8 byte sequence{} replaced by U+FFFD (the first at byte {first}); the rest is read as UTF-8",
                if n == 1 { "" } else { "s" }
            )]
        })
        .unwrap_or_default();
    Ok((decoded.text, decoded.encoding, warnings))
}

/// Every document one file (or standard input read whole) holds: its format detected from the
/// content unless the user named it, then read by that format's module.
fn read_file(origin: String, bytes: Vec<u8>, opts: &Options) -> Vec<Result<RawDoc>> {
    if bytes.len() as u64 > opts.max_bytes {
        return vec![Err(Error::TooLarge {
            path: origin,
            size: bytes.len() as u64,
            limit: opts.max_bytes,
        })];
    }
    let file_hash = *blake3::hash(&bytes).as_bytes();
    let head = &bytes[..bytes.len().min(16)];
    let is_pdf = opts.format.map_or_else(
        || format::detect_binary(head) == Some(Format::Pdf),
        |f| f == Format::Pdf,
    );
    if is_pdf {
        return vec![match format::pdf::read_pdf(&bytes) {
            Ok(pdf) => Ok(RawDoc {
                origin,
                text: pdf.text,
                markup: Markup::PdfText,
                format: Format::Pdf,
                meta: SourceMeta::default(),
                encoding: "PDF",
                fallback_date: None,
                content_hash: file_hash,
                warnings: pdf.warnings,
            }),
            Err(message) => Err(Error::Pdf {
                path: origin,
                message,
            }),
        }];
    }
    let (text, encoding, warnings) = match decoded(&origin, bytes, None) {
        Ok(d) => d,
        Err(e) => return vec![Err(e)],
    };
    let text = format::repair_bytes_literal(text);
    let format = opts
        .format
        .unwrap_or_else(|| format::detect(&origin, &text));
    let records: Vec<std::result::Result<Record, String>> = match format {
        Format::Markdown => vec![Ok(format::markdown::read(&text))],
        Format::Json => format::records::read_json(&text, &opts.fields),
        Format::JsonLines => format::records::read_json_lines(&text, &opts.fields),
        Format::Csv => format::records::read_csv(&text, &opts.fields),
        Format::PhpSerialized => format::records::read_php(&text, &opts.fields),
        Format::Feed => format::feed::read(&text),
        Format::NewsExport => format::export::read(&text),
        // A body as it is: the whole text is the document, in the format's markup (a plain-text
        // dump's opening field lines are its metadata).
        f => {
            let markup = f.markup().unwrap_or(Markup::Text);
            let (meta, text) = match (f == Format::Text)
                .then(|| format::fields::read_header(&text))
                .flatten()
            {
                Some((meta, body)) => (meta, text[body..].to_owned()),
                None => (SourceMeta::default(), text),
            };
            return vec![Ok(RawDoc {
                origin,
                text,
                markup,
                format: f,
                meta,
                encoding,
                fallback_date: None,
                content_hash: file_hash,
                warnings,
            })];
        }
    };
    let single = records.len() == 1;
    records
        .into_iter()
        .map(|r| match r {
            Ok(record) => Ok(record_doc(
                &origin, record, format, encoding, single, file_hash, &warnings,
            )),
            Err(message) => Err(Error::Record {
                path: origin.clone(),
                format,
                message,
                id: None,
            }),
        })
        .collect()
}

/// A record as a document. A file's only record keeps the file's content hash as its id; each
/// record of a multi-record file is identified by its own content.
fn record_doc(
    origin: &str,
    record: Record,
    format: Format,
    encoding: &'static str,
    single: bool,
    file_hash: [u8; 32],
    warnings: &[String],
) -> RawDoc {
    let content_hash = if single {
        file_hash
    } else {
        record_hash(&record)
    };
    let origin = match &record.locator {
        Some(loc) if !single => format!("{origin}#{}", loc.replace(' ', "-")),
        _ => origin.to_owned(),
    };
    RawDoc {
        origin,
        text: record.body,
        markup: record.markup,
        format,
        meta: record.meta,
        encoding,
        fallback_date: None,
        content_hash,
        warnings: warnings.to_vec(),
    }
}

/// A record's identity: its body and the metadata that tell it apart.
fn record_hash(record: &Record) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    for part in [
        Some(record.body.as_str()),
        record.meta.title.as_deref(),
        record.meta.published.as_deref(),
        record.meta.url.as_deref(),
        record.meta.record_id.as_deref(),
    ] {
        h.update(part.unwrap_or("").as_bytes());
        h.update(b"\0");
    }
    *h.finalize().as_bytes()
}

/// A JSON Lines stream read one line at a time: one document (or one error) per line, in order,
/// memory bounded by the longest line.
pub struct JsonLinesStream<R> {
    path: String,
    reader: R,
    line: usize,
    fields: Fields,
    max_bytes: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonLinesStream<R> {
    pub fn new(path: String, reader: R, opts: &Options) -> JsonLinesStream<R> {
        JsonLinesStream {
            path,
            reader,
            line: 0,
            fields: opts.fields.clone(),
            max_bytes: opts.max_bytes,
            buf: Vec::new(),
        }
    }
}

impl<R: BufRead> Iterator for JsonLinesStream<R> {
    type Item = Result<RawDoc>;

    fn next(&mut self) -> Option<Result<RawDoc>> {
        loop {
            self.buf.clear();
            let n = match (&mut self.reader)
                .take(self.max_bytes + 1)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => return None,
                Ok(n) => n,
                Err(source) => {
                    return Some(Err(Error::Io {
                        path: self.path.clone(),
                        source,
                    }));
                }
            };
            self.line += 1;
            let origin = format!("{}#line-{}", self.path, self.line);
            if n as u64 > self.max_bytes {
                // Skip the rest of the over-long line.
                let mut sink = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut sink);
                return Some(Err(Error::TooLarge {
                    path: origin,
                    size: n as u64,
                    limit: self.max_bytes,
                }));
            }
            let line = String::from_utf8_lossy(&self.buf);
            if line.trim().is_empty() {
                continue;
            }
            let content_hash = *blake3::hash(line.trim().as_bytes()).as_bytes();
            return Some(match format::records::read_json_line(&line, &self.fields) {
                Ok(record) => {
                    let mut doc = record_doc(
                        &origin,
                        record,
                        Format::JsonLines,
                        "UTF-8",
                        true,
                        content_hash,
                        &[],
                    );
                    if matches!(line, std::borrow::Cow::Owned(_)) {
                        doc.warnings
                            .push("invalid UTF-8 replaced by U+FFFD".to_owned());
                    }
                    Ok(doc)
                }
                Err(message) => Err(Error::Record {
                    path: origin,
                    format: Format::JsonLines,
                    message,
                    id: Some(
                        format::records::record_id_of(&line, &self.fields)
                            .unwrap_or_else(|| hex(&content_hash)),
                    ),
                }),
            });
        }
    }
}

/// The first 16 bytes of a hash in hex: the form of document ids.
pub(crate) fn hex(hash: &[u8; 32]) -> String {
    hash[..16].iter().map(|b| format!("{b:02x}")).collect()
}
