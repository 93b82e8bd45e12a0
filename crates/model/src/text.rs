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

/// True for characters that separate words but are not line breaks (incl. no-break spaces).
pub fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{3000}'
    ) || (c.is_whitespace() && c != '\n' && c != '\r')
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

#[cfg(test)]
mod tests {
    use super::*;

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
