//! A streaming reader of WARC 1.0/1.1 archives, plain or gzip-compressed (one member per record).
//!
//! Each `response` record with an HTTP payload of type text/html or text/plain, and each
//! `resource` or `conversion` record of those types, is a document: its origin is the record's
//! `WARC-Target-URI` and its fallback date the `WARC-Date`. Other records (warcinfo, request,
//! metadata, revisit, images…) are skipped. A damaged archive yields every good record before the
//! damage, then one error naming the record; the reader never trusts a length beyond the limit.

use std::io::{BufRead, Read};

use chancery_model::PartialDate;

/// Header lines longer than this are corruption, not headers.
const MAX_LINE: u64 = 64 * 1024;
/// More header lines than this in one record is corruption.
const MAX_HEADERS: usize = 1000;

/// One record's payload that is a document.
pub(crate) struct Payload {
    pub index: usize,
    pub uri: Option<String>,
    pub date: Option<PartialDate>,
    pub charset: Option<String>,
    pub html: bool,
    pub body: Vec<u8>,
}

/// What reading the next record gave.
pub(crate) enum Item {
    Document(Payload),
    /// A record that is not a document, or an oversize one (with its size), skipped.
    TooLarge {
        index: usize,
        size: u64,
    },
    Error {
        index: usize,
        message: String,
    },
}

pub(crate) struct WarcReader<R> {
    reader: R,
    index: usize,
    max_bytes: u64,
    done: bool,
}

impl<R: BufRead> WarcReader<R> {
    pub fn new(reader: R, max_bytes: u64) -> WarcReader<R> {
        WarcReader {
            reader,
            index: 0,
            max_bytes,
            done: false,
        }
    }

    fn read_line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let n = (&mut self.reader)
            .take(MAX_LINE)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            return Ok(None);
        }
        if !line.ends_with(b"\n") && n as u64 >= MAX_LINE {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "header line too long",
            ));
        }
        while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            line.pop();
        }
        Ok(Some(line))
    }

    /// Reads one record: `Ok(None)` at a clean end of the archive, `Ok(Some(None))` for a record
    /// that is not a document.
    fn record(&mut self) -> Result<Option<Option<Item>>, String> {
        // Records are separated by blank lines.
        let version = loop {
            match self.read_line().map_err(describe)? {
                None => return Ok(None),
                Some(l) if l.is_empty() => continue,
                Some(l) => break l,
            }
        };
        self.index += 1;
        if !version.starts_with(b"WARC/") {
            return Err("not a WARC record header (expected \"WARC/1.x\")".to_owned());
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            let line = self
                .read_line()
                .map_err(describe)?
                .ok_or("archive ends inside a record header")?;
            if line.is_empty() {
                break;
            }
            if headers.len() >= MAX_HEADERS {
                return Err("too many header lines".to_owned());
            }
            let line = String::from_utf8_lossy(&line);
            if let Some((k, v)) = line.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
            }
        }
        let get = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let length: u64 = get("content-length")
            .ok_or("record has no Content-Length")?
            .parse()
            .map_err(|_| "record has an invalid Content-Length".to_owned())?;
        if length > self.max_bytes {
            let skipped = std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())
                .map_err(describe)?;
            if skipped < length {
                return Err(format!(
                    "truncated: record announces {length} bytes, archive ends after {skipped}"
                ));
            }
            return Ok(Some(Some(Item::TooLarge {
                index: self.index,
                size: length,
            })));
        }
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        (&mut self.reader)
            .take(length)
            .read_to_end(&mut block)
            .map_err(describe)?;
        if (block.len() as u64) < length {
            return Err(format!(
                "truncated: record announces {length} bytes, archive ends after {}",
                block.len()
            ));
        }
        let kind = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let content_type = get("content-type").unwrap_or("").to_ascii_lowercase();
        let uri = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_owned());
        let date = get("warc-date").and_then(PartialDate::parse_iso);
        let payload = match kind.as_str() {
            "response" if content_type.starts_with("application/http") => http_payload(&block)?,
            "resource" | "conversion" => Some((content_type.clone(), block)),
            _ => None,
        };
        let Some((media, body)) = payload else {
            return Ok(Some(None));
        };
        let Some(html) = document_type(&media) else {
            return Ok(Some(None));
        };
        Ok(Some(Some(Item::Document(Payload {
            index: self.index,
            uri,
            date,
            charset: charset(&media),
            html,
            body,
        }))))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.done {
            return None;
        }
        loop {
            match self.record() {
                Ok(Some(Some(item))) => return Some(item),
                Ok(Some(None)) => continue,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(message) => {
                    self.done = true;
                    return Some(Item::Error {
                        index: self.index,
                        message,
                    });
                }
            }
        }
    }
}

fn describe(e: std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => {
            "truncated archive (unexpected end of the compressed stream)".to_owned()
        }
        _ => format!("corrupt archive: {e}"),
    }
}

/// `Some(is_html)` for the media types that are documents.
fn document_type(media: &str) -> Option<bool> {
    let base = media.split(';').next().unwrap_or("").trim();
    match base {
        "text/html" | "application/xhtml+xml" => Some(true),
        "text/plain" => Some(false),
        _ => None,
    }
}

fn charset(media: &str) -> Option<String> {
    media
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches(['"', '\'']).to_owned())
        .next()
}

/// The media type and decoded body of an HTTP response, or `None` if it is not a 2xx response.
fn http_payload(block: &[u8]) -> Result<Option<(String, Vec<u8>)>, String> {
    let Some(split) = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))
    else {
        return Err("HTTP response without a header end".to_owned());
    };
    let head = String::from_utf8_lossy(&block[..split.0]);
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let (mut media, mut chunked, mut gzip) = (String::new(), false, false);
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase());
        match k.as_str() {
            "content-type" => media = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => gzip = v.contains("gzip") || v.contains("deflate"),
            _ => {}
        }
    }
    let mut body = block[split.1..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("malformed chunked HTTP body")?;
    }
    if gzip {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(body.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| format!("cannot decompress the HTTP body: {e}"))?;
        body = out;
    }
    Ok(Some((media, body)))
}

/// Decodes an HTTP/1.1 chunked body.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = memchr::memmem::find(data, b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Writes one WARC record (tests only).
    pub fn record(kind: &str, uri: &str, content_type: &str, payload: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-24T09:30:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            payload.len()
        )
        .into_bytes();
        out.extend_from_slice(payload);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    pub fn http(body: &str) -> Vec<u8> {
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}")
            .into_bytes()
    }

    fn read(data: &[u8]) -> Vec<String> {
        WarcReader::new(data, 1 << 20)
            .map(|item| match item {
                Item::Document(p) => format!(
                    "doc {} {}",
                    p.uri.unwrap_or_default(),
                    String::from_utf8_lossy(&p.body)
                ),
                Item::TooLarge { index, size } => format!("large {index} {size}"),
                Item::Error { index, message } => format!("error {index} {message}"),
            })
            .collect()
    }

    #[test]
    fn documents_and_skips() {
        let mut warc = record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: x\r\n",
        );
        warc.extend(record(
            "request",
            "http://a/",
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        warc.extend(record(
            "response",
            "http://a/",
            "application/http; msgtype=response",
            &http("<p>A</p>"),
        ));
        warc.extend(record(
            "response",
            "http://b/",
            "application/http",
            b"HTTP/1.1 404 Not Found\r\n\r\nx",
        ));
        warc.extend(record("resource", "file://c.txt", "text/plain", b"C"));
        warc.extend(record(
            "response",
            "http://d/",
            "application/http",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        assert_eq!(
            read(&warc),
            ["doc http://a/ <p>A</p>", "doc file://c.txt C"]
        );
    }

    #[test]
    fn chunked_and_gzip_bodies() {
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        assert_eq!(
            read(&record("response", "u", "application/http", chunked)),
            ["doc u abcde"]
        );
        let mut gz = Vec::new();
        std::io::Write::write_all(
            &mut flate2::write::GzEncoder::new(&mut gz, flate2::Compression::fast()),
            b"zipped",
        )
        .unwrap();
        let mut resp =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        resp.extend(&gz);
        assert_eq!(
            read(&record("response", "u", "application/http", &resp)),
            ["doc u zipped"]
        );
    }

    #[test]
    fn damage_is_reported_after_good_records() {
        let mut warc = record("resource", "u1", "text/plain", b"one");
        let second = record("resource", "u2", "text/plain", b"two two two");
        warc.extend(&second[..second.len() - 8]);
        assert_eq!(
            read(&warc),
            [
                "doc u1 one",
                "error 2 truncated: record announces 11 bytes, archive ends after 7"
            ]
        );
        assert_eq!(
            read(b"garbage\r\n"),
            ["error 1 not a WARC record header (expected \"WARC/1.x\")"]
        );
        assert_eq!(
            read(b"WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nabc"),
            ["error 1 truncated: record announces 99999999999 bytes, archive ends after 3"]
        );
        assert_eq!(read(b""), Vec::<String>::new());
    }
}
