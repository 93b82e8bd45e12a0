//! Encoding detection and decoding: detect, never assume.
//!
//! Order: a byte-order mark (UTF-8, UTF-16 LE/BE); a charset the container declares (HTTP header,
//! `<meta charset>`); valid UTF-8; else chardetng's guess among legacy encodings (Windows-1251
//! for Russian, Windows-1252 for French…). Binary content is refused before decoding: NUL bytes
//! or many control characters. Text that decodes to many replacement characters is refused too.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Decoded text and the encoding it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Why bytes could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary(String),
    Undecodable(String),
}

/// How many bytes are inspected for binary content and charset declarations.
const SNIFF: usize = 8192;

/// Decodes `bytes`, using `declared` (a charset label such as "windows-1251") when it names a
/// known encoding and no byte-order mark says otherwise.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, DecodeError> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        if body.iter().all(|b| b.is_ascii_whitespace()) && (enc == UTF_8 || body.is_empty()) {
            return Err(DecodeError::Empty);
        }
        return finish(enc, body);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(reason) = binary_reason(bytes) {
        // UTF-16 without a BOM is rare in documents; treat NULs as binary.
        return Err(DecodeError::Binary(reason));
    }
    let declared = declared
        .or_else(|| sniff_meta_charset(bytes))
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    if let Some(enc) = declared.filter(|e| *e != UTF_16LE && *e != UTF_16BE) {
        // A page that declares Latin-1 but is valid UTF-8 beyond ASCII is UTF-8 in practice.
        if enc != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
            return finish(UTF_8, bytes);
        }
        return finish(enc, bytes);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return finish(UTF_8, bytes);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    finish(enc, bytes)
}

fn finish(enc: &'static Encoding, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let total = text.chars().count().max(1);
    let bad = text.chars().filter(|&c| c == '\u{fffd}').count();
    if bad * 20 > total {
        return Err(DecodeError::Undecodable(format!(
            "{bad} of {total} characters are not valid {}",
            enc.name()
        )));
    }
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 10 > total {
        return Err(DecodeError::Binary(format!(
            "{controls} control characters"
        )));
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
    })
}

/// Why the start of `bytes` looks binary, if it does.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF)];
    if let Some(kind) = magic(head) {
        return Some(kind.to_owned());
    }
    if memchr::memchr(0, head).is_some() {
        return Some("NUL bytes".to_owned());
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    (controls * 10 > head.len())
        .then(|| format!("{controls} control bytes in the first {} bytes", head.len()))
}

/// Well-known binary formats by their first bytes.
fn magic(head: &[u8]) -> Option<&'static str> {
    const MAGICS: [(&[u8], &str); 10] = [
        (b"%PDF", "a PDF file"),
        (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1f\x8b", "gzip-compressed data"),
        (b"\x7fELF", "an executable"),
        (b"\xd0\xcf\x11\xe0", "an OLE document (DOC/XLS)"),
        (b"BZh", "bzip2-compressed data"),
        (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    ];
    MAGICS
        .iter()
        .find(|(m, _)| head.starts_with(m))
        .map(|(_, k)| *k)
}

/// `<meta charset="…">` or `content="text/html; charset=…"` in the first bytes of an HTML page.
fn sniff_meta_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = memchr::memmem::find(&lower, b"charset=")? + b"charset=".len();
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    std::str::from_utf8(&rest[..end])
        .ok()
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str =
        "Le ministre des Affaires étrangères a déclaré à la presse : « Nous sommes alliés ».";
    const RU: &str =
        "Министр иностранных дел России Сергей Лавров встретился с Президентом Белоруссии.";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(FR.as_bytes(), None).unwrap().text, FR);
        let bom = [b"\xef\xbb\xbf".as_slice(), FR.as_bytes()].concat();
        assert_eq!(
            decode(&bom, None).unwrap(),
            Decoded {
                text: FR.into(),
                encoding: "UTF-8"
            }
        );
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(RU.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(RU.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le, None).unwrap().text, RU);
        assert_eq!(decode(&be, None).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(RU);
        assert_eq!(
            decode(&cp1251, None).unwrap(),
            Decoded {
                text: RU.into(),
                encoding: "windows-1251"
            }
        );
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(FR);
        assert_eq!(
            decode(&cp1252, None).unwrap(),
            Decoded {
                text: FR.into(),
                encoding: "windows-1252"
            }
        );
    }

    #[test]
    fn declared_charsets() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(RU);
        assert_eq!(decode(&cp1251, Some("windows-1251")).unwrap().text, RU);
        let page = [
            b"<html><head><meta charset=\"windows-1251\"></head><body>".as_slice(),
            &cp1251,
        ]
        .concat();
        assert!(decode(&page, None).unwrap().text.contains("Лавров"));
        // A wrong declaration on valid UTF-8 does not garble it.
        assert_eq!(decode(FR.as_bytes(), Some("iso-8859-1")).unwrap().text, FR);
    }

    #[test]
    fn refusals() {
        assert_eq!(decode(b"", None), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t ", None), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"%PDF-1.7 ...", None),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode(&[0u8, 1, 2, 3, 4, 5, 200, 201], None),
            Err(DecodeError::Binary(_))
        ));
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 | 0x80)
            .collect();
        assert!(decode(&noise, Some("utf-8")).is_err());
    }
}
