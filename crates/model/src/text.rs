//! Text helpers shared by every stage: offset conversion and small span utilities.

/// Converts byte offsets into a text to Unicode code-point offsets in O(1) amortised time.
///
/// It keeps the code-point count at every 256-byte checkpoint, so a lookup scans at most 255 bytes.
pub struct CharOffsets<'a> {
    text: &'a [u8],
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 256;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(STRIDE) {
            checkpoints.push(count);
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count();
        }
        checkpoints.push(count);
        CharOffsets {
            text: bytes,
            checkpoints,
        }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / STRIDE;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        let from = block * STRIDE;
        base + self.text[from..byte]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }
}

const fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Byte ranges that cut `text` into pieces of about `target` bytes at paragraph breaks (a blank
/// line), or at a line break when a paragraph runs much longer, so that a stage can work on a
/// large document piece by piece with memory bounded by the piece. Nothing a stage looks for
/// spans a blank line. A text shorter than `target` is one piece.
pub fn chunks(text: &str, target: usize) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / target.max(1) + 1);
    let mut start = 0;
    while start < bytes.len() {
        if bytes.len() - start <= target {
            out.push(start..bytes.len());
            break;
        }
        let from = start + target;
        let end = memchr_blank_line(&bytes[from..])
            .filter(|&at| at <= 3 * target)
            .map(|at| from + at + 2)
            .or_else(|| {
                bytes[from..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|at| from + at + 1)
            })
            .unwrap_or(bytes.len());
        out.push(start..end);
        start = end;
    }
    out
}

/// The offset of the first "\n\n" in `bytes`.
fn memchr_blank_line(bytes: &[u8]) -> Option<usize> {
    bytes.windows(2).position(|w| w == b"\n\n")
}

/// The shape of a short line, to recognise lines a document repeats with other numbers (running
/// heads, page numbers): its words lower-cased, each run of digits as `#`, in sorted order
/// (running heads swap sides on even and odd pages). "29/09/2015 A/70/PV.16" and
/// "A/70/PV.17 30/09/2015" have the same shape.
pub fn line_shape(line: &str) -> String {
    let mut words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            let mut s = String::with_capacity(w.len());
            for c in w.chars() {
                if c.is_ascii_digit() {
                    if !s.ends_with('#') {
                        s.push('#');
                    }
                } else {
                    s.extend(c.to_lowercase());
                }
            }
            s
        })
        .collect();
    words.sort_unstable();
    words.join(" ")
}

/// True for characters that separate words but are not line breaks (incl. no-break spaces).
pub fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{3000}'
    ) || (c.is_whitespace() && c != '\n' && c != '\r')
}

/// The words of `text` (runs of characters `inside` accepts) with their byte offsets, in
/// order, read as they come: a long document's words are never all held at once.
pub fn word_spans<'a>(
    text: &'a str,
    inside: impl Fn(char) -> bool + 'a,
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let mut start: Option<usize> = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| match (start, i < text.len() && inside(c)) {
            (None, true) => {
                start = Some(i);
                None
            }
            (Some(s), false) => {
                start = None;
                Some((s, &text[s..i]))
            }
            _ => None,
        })
}

/// Iterates over the lines of `text` with their byte spans (line break excluded).
pub fn line_spans(text: &str) -> impl Iterator<Item = crate::Span> + '_ {
    let mut pos = 0;
    text.split('\n').map(move |line| {
        let span = crate::Span::new(pos, pos + line.len());
        pos += line.len() + 1;
        span
    })
}

/// A web site's address standing as a label: "alarabiya.net", "rt.com" (lowercase letters,
/// digits and hyphens, a dot, a top-level domain of two to six letters).
pub fn is_domain(head: &str) -> bool {
    let Some((name, tld)) = head.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// A pictograph standing as a word, as scraped pages put before their fields ("📅", "📄",
/// "▶", "☎"): symbols only (arrows, shapes, dingbats, emoji), no letter, digit or punctuation.
pub fn is_icon(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| {
            !c.is_alphanumeric()
                && (c as u32 >= 0x2190)
                && !matches!(c as u32, 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF65)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_are_symbols_only() {
        assert!(is_icon("📅"));
        assert!(is_icon("▶"));
        assert!(!is_icon("«"));
        assert!(!is_icon("—"));
        assert!(!is_icon("•"));
        assert!(!is_icon("："));
        assert!(!is_icon("📅Mercredi"));
        assert!(!is_icon(""));
    }

    #[test]
    fn words_with_their_offsets() {
        let words: Vec<(usize, &str)> =
            word_spans("« Ващиковский, Le Drian »", char::is_alphanumeric).collect();
        assert_eq!(words, [(3, "Ващиковский"), (27, "Le"), (30, "Drian")]);
    }

    #[test]
    fn windows_count_characters() {
        let t = "МИД России: Захарова";
        let at = t.find('З').unwrap();
        assert_eq!(&t[chars_back(t, at, 8)..at], "России: ");
        assert_eq!(chars_back(t, at, 100), 0);
        assert_eq!(&t[at..chars_ahead(t, at, 3)], "Зах");
        assert_eq!(chars_ahead(t, at, 100), t.len());
    }

    #[test]
    fn shapes_of_running_heads() {
        assert_eq!(
            line_shape("29/09/2015 A/70/PV.16"),
            line_shape("A/70/PV.17 30/09/2015")
        );
        assert_eq!(line_shape("Page 3 of 12"), "# # of page");
    }

    #[test]
    fn chunks_cut_at_paragraphs() {
        let text = "aaaa\n\nbbbb\ncccc\n\ndddd";
        let pieces: Vec<&str> = chunks(text, 3).into_iter().map(|r| &text[r]).collect();
        assert_eq!(pieces, ["aaaa\n\n", "bbbb\ncccc\n\n", "dddd"]);
        assert_eq!(pieces.concat(), text);
        assert_eq!(
            chunks("short", 100),
            vec![std::ops::Range { start: 0, end: 5 }]
        );
        assert!(chunks("", 10).is_empty());
        // No break at all: one piece.
        assert_eq!(chunks("abcdefghij", 3).len(), 1);
    }

    #[test]
    fn char_offsets_match_chars_count() {
        let text = "Лукашенко « ça » 𝄞 x".repeat(40);
        let map = CharOffsets::new(&text);
        for (b, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(map.char_offset(b), text[..b].chars().count(), "at byte {b}");
        }
    }

    #[test]
    fn lines_with_spans() {
        let text = "ab\n\ncd";
        let got: Vec<_> = line_spans(text).map(|s| s.slice(text)).collect();
        assert_eq!(got, ["ab", "", "cd"]);
    }
}

/// The byte offset `chars` characters before `at` (or 0): a window measured in characters, so
/// that a Cyrillic text, two bytes a letter, is read as far as a Latin one.
pub fn chars_back(text: &str, at: usize, chars: usize) -> usize {
    if chars == 0 {
        return at;
    }
    text[..at]
        .char_indices()
        .rev()
        .nth(chars - 1)
        .map_or(0, |(i, _)| i)
}

/// The byte offset `chars` characters after `at` (or the text's end).
pub fn chars_ahead(text: &str, at: usize, chars: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| at + i)
}

/// `char::is_alphabetic` with fast paths for ASCII, Latin-1 and Cyrillic letters, which make up
/// nearly all of our text (the general Unicode table lookup is slow).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{c0}'..='\u{ff}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => true,
        _ => c.is_alphabetic(),
    }
}

/// A letter or a digit ([`is_letter`] with digits), with the same fast paths.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

#[cfg(test)]
mod letter_tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
