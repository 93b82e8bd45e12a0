//! Encoding detection and decoding: detect, never assume.
//!
//! Order: a byte-order mark (UTF-8, UTF-16 LE/BE); a charset the container declares (HTTP header,
//! `<meta charset>`); valid UTF-8; UTF-8 with a few invalid bytes (each becomes U+FFFD and the
//! caller is told: one stray byte never re-decodes a whole document in another encoding); else
//! chardetng's guess among legacy encodings (Windows-1251 for Russian, Windows-1252 for French…). Binary content is refused before decoding: NUL bytes
//! or many control characters. Text that decodes to many replacement characters is refused too.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Decoded text and the encoding it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Invalid byte sequences replaced by U+FFFD, and the byte offset of the first one.
    pub replaced: Option<(usize, usize)>,
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
    let stats = utf8_stats(bytes);
    if stats.multibyte >= 2 * stats.invalid {
        // Text written in UTF-8 with a few damaged bytes: keep it UTF-8, mark the damage.
        let mut decoded = finish(UTF_8, bytes)?;
        decoded.replaced = Some((stats.invalid, stats.first_invalid));
        return Ok(decoded);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    finish(enc, bytes)
}

/// Like [`decode`], but takes the bytes so that valid UTF-8 (the common case) becomes the text
/// without a copy.
pub fn decode_owned(bytes: Vec<u8>, declared: Option<&str>) -> Result<Decoded, DecodeError> {
    let maybe_utf8 = Encoding::for_bom(&bytes).is_none()
        && declared.is_none_or(|d| Encoding::for_label(d.trim().as_bytes()) == Some(UTF_8));
    if !maybe_utf8 {
        return decode(&bytes, declared);
    }
    // Validated once: the bytes become the text, or come back for the general path.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return decode(e.as_bytes(), declared),
    };
    if text.bytes().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(reason) = binary_reason(text.as_bytes()) {
        return Err(DecodeError::Binary(reason));
    }
    check_text(&text, UTF_8)?;
    Ok(Decoded {
        text,
        encoding: UTF_8.name(),
        replaced: None,
    })
}

fn finish(enc: &'static Encoding, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    check_text(&text, enc)?;
    Ok(Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        replaced: None,
    })
}

/// Refuses decoded text that is mostly replacement characters, control characters or blank.
fn check_text(text: &str, enc: &'static Encoding) -> Result<(), DecodeError> {
    // Counted over bytes, in loops the compiler vectorises: characters are the bytes that do
    // not continue a sequence, U+FFFD is EF BF BD, controls are C0 (but tab, line feed, form
    // feed, carriage return), DEL, and C1 (C2 80 to C2 9F).
    let bytes = text.as_bytes();
    let total = count_bytes(bytes, |b| b & 0xC0 != 0x80);
    let bad = memchr::memmem::find_iter(bytes, "\u{fffd}".as_bytes()).count();
    let c0 = count_bytes(bytes, |b| {
        (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != 0x0C) & (b != b'\r') | (b == 0x7F)
    });
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
        .count();
    let controls = c0 + c1;
    let total = total.max(1);
    if bad * 20 > total {
        return Err(DecodeError::Undecodable(format!(
            "{bad} of {total} characters are not valid {}",
            enc.name()
        )));
    }
    if controls * 10 > total {
        return Err(DecodeError::Binary(format!(
            "{controls} control characters"
        )));
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(())
}

/// How many bytes satisfy `pred`: summed in `u8` lanes over blocks of 255, which the compiler
/// turns into vector code (a `filter().count()` over `usize` runs byte by byte).
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            block
                .iter()
                .fold(0u8, |acc, &b| acc.wrapping_add(u8::from(pred(b)))) as usize
        })
        .sum()
}

/// What a byte string holds as UTF-8: valid multi-byte characters, invalid sequences, and the
/// offset of the first invalid one.
struct Utf8Stats {
    multibyte: usize,
    invalid: usize,
    first_invalid: usize,
}

fn utf8_stats(bytes: &[u8]) -> Utf8Stats {
    let mut stats = Utf8Stats {
        multibyte: 0,
        invalid: 0,
        first_invalid: 0,
    };
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                stats.multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                return stats;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                // Safe: the prefix up to `valid_up_to` is valid UTF-8 by definition.
                let good = std::str::from_utf8(&rest[..valid]).unwrap_or("");
                stats.multibyte += good.chars().filter(|c| !c.is_ascii()).count();
                if stats.invalid == 0 {
                    stats.first_invalid = offset + valid;
                }
                stats.invalid += 1;
                let skip = valid + e.error_len().unwrap_or(rest.len() - valid).max(1);
                offset += skip;
                rest = &rest[skip.min(rest.len())..];
                if rest.is_empty() {
                    return stats;
                }
            }
        }
    }
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
    fn text_checks_count_characters_not_bytes() {
        let utf8 = encoding_rs::UTF_8;
        assert!(check_text(RU, utf8).is_ok());
        assert!(check_text(FR, utf8).is_ok());
        assert!(matches!(check_text(" \n\t", utf8), Err(DecodeError::Empty)));
        // 1 replacement character in 21 is under the 1-in-20 limit; 2 in 22 are over it.
        let one = format!("{}\u{fffd}", "é".repeat(20));
        assert!(check_text(&one, utf8).is_ok());
        let two = format!("{}\u{fffd}\u{fffd}", "é".repeat(20));
        assert!(matches!(
            check_text(&two, utf8),
            Err(DecodeError::Undecodable(_))
        ));
        // C0 and C1 controls count, tabs and line breaks do not.
        let c1 = format!("{}\u{85}\u{1}", "ж".repeat(12));
        assert!(matches!(check_text(&c1, utf8), Err(DecodeError::Binary(_))));
        let fine = format!("{}\t\n\r\u{c}", "ж".repeat(12));
        assert!(check_text(&fine, utf8).is_ok());
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(FR.as_bytes(), None).unwrap().text, FR);
        let bom = [b"\xef\xbb\xbf".as_slice(), FR.as_bytes()].concat();
        assert_eq!(
            decode(&bom, None).unwrap(),
            Decoded {
                text: FR.into(),
                encoding: "UTF-8",
                replaced: None,
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
                encoding: "windows-1251",
                replaced: None,
            }
        );
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(FR);
        assert_eq!(
            decode(&cp1252, None).unwrap(),
            Decoded {
                text: FR.into(),
                encoding: "windows-1252",
                replaced: None,
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

    // See: #9 (one stray invalid byte re-decoded a whole UTF-8 document as GBK or Windows-1252).
    #[test]
    fn a_stray_byte_in_utf8_stays_utf8() {
        for text in [FR, RU] {
            let at = text.len() / 2;
            let at = (at..).find(|&i| text.is_char_boundary(i)).unwrap();
            let bytes = [&text.as_bytes()[..at], b"\xff", &text.as_bytes()[at..]].concat();
            let d = decode(&bytes, None).unwrap();
            assert_eq!(d.encoding, "UTF-8");
            assert_eq!(d.text, format!("{}\u{fffd}{}", &text[..at], &text[at..]));
            assert_eq!(d.replaced, Some((1, at)));
        }
        // Latin-1 text is still Latin-1: no valid UTF-8 sequence speaks for UTF-8.
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(FR);
        assert_eq!(decode(&cp1252, None).unwrap().replaced, None);
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
