//! Tag names the extractor knows, with what each one means for content extraction.
//!
//! A [`Tag`] is an index into [`TAGS`]; unknown names are [`Tag::OTHER`] plus a hash of the
//! lowercase name (so that `</my-widget>` still closes `<my-widget>`).

/// A known tag name, or [`Tag::OTHER`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tag(u8);

/// Flushes the current text block when opened or closed.
pub(super) const BLOCK: u16 = 1;
/// Opening it closes an open `<p>` (in button scope).
pub(super) const CLOSES_P: u16 = 1 << 1;
/// Never has content or an end tag.
pub(super) const VOID: u16 = 1 << 2;
/// Its subtree is never content.
pub(super) const DROP: u16 = 1 << 3;
/// The lexer reads its content as raw text up to the matching end tag.
pub(super) const RAW: u16 = 1 << 4;
/// SVG or MathML: self-closing tags inside it are honoured.
pub(super) const FOREIGN: u16 = 1 << 5;
/// A scope boundary: implicit closes do not look past it.
pub(super) const SCOPE: u16 = 1 << 6;
/// A table cell: separated from its neighbours by a space.
pub(super) const CELL: u16 = 1 << 7;
/// `h1`–`h6`.
pub(super) const HEADING: u16 = 1 << 8;

const BL: u16 = BLOCK | CLOSES_P;

/// Known tags sorted by name (a test checks the order); index 0 is the unknown tag.
#[rustfmt::skip]
pub(super) static TAGS: &[(&[u8], u16)] = &[
    (b"", 0),
    (b"a", 0),
    (b"abbr", 0),
    (b"address", BL),
    (b"applet", SCOPE | DROP),
    (b"area", VOID),
    (b"article", BL),
    (b"aside", BL),
    (b"audio", DROP),
    (b"b", 0),
    (b"base", VOID),
    (b"basefont", VOID),
    (b"bgsound", VOID),
    (b"blockquote", BL),
    (b"body", BLOCK),
    (b"br", VOID),
    (b"button", SCOPE | DROP),
    (b"canvas", DROP),
    (b"caption", BLOCK | SCOPE),
    (b"center", BL),
    (b"cite", 0),
    (b"code", 0),
    (b"col", VOID),
    (b"colgroup", 0),
    (b"datalist", DROP),
    (b"dd", BL),
    (b"details", BL),
    (b"dialog", BL),
    (b"dir", BL),
    (b"div", BL),
    (b"dl", BL),
    (b"dt", BL),
    (b"em", 0),
    (b"embed", VOID),
    (b"fieldset", BL),
    (b"figcaption", BL),
    (b"figure", BL),
    (b"font", 0),
    (b"footer", BL),
    (b"form", BL),
    (b"frame", VOID),
    (b"frameset", DROP),
    (b"h1", BL | HEADING),
    (b"h2", BL | HEADING),
    (b"h3", BL | HEADING),
    (b"h4", BL | HEADING),
    (b"h5", BL | HEADING),
    (b"h6", BL | HEADING),
    (b"head", 0),
    (b"header", BL),
    (b"hgroup", BL),
    (b"hr", VOID | BL),
    (b"html", SCOPE),
    (b"i", 0),
    (b"iframe", RAW | DROP),
    (b"img", VOID),
    (b"input", VOID),
    (b"keygen", VOID),
    (b"label", 0),
    (b"legend", BLOCK),
    (b"li", BL),
    (b"link", VOID),
    (b"listing", BL),
    (b"main", BL),
    (b"map", DROP),
    (b"mark", 0),
    (b"marquee", SCOPE | DROP),
    (b"math", FOREIGN | DROP),
    (b"menu", BL),
    (b"meta", VOID),
    (b"nav", BL),
    (b"noembed", RAW | DROP),
    (b"noframes", RAW | DROP),
    (b"noscript", RAW | DROP),
    (b"object", SCOPE | DROP),
    (b"ol", BL),
    (b"optgroup", DROP),
    (b"option", DROP),
    (b"p", BL),
    (b"param", VOID),
    (b"picture", 0),
    (b"plaintext", RAW | DROP | CLOSES_P),
    (b"pre", BL),
    (b"q", 0),
    (b"s", 0),
    (b"script", RAW | DROP),
    (b"section", BL),
    (b"select", DROP),
    (b"small", 0),
    (b"source", VOID),
    (b"span", 0),
    (b"strong", 0),
    (b"style", RAW | DROP),
    (b"sub", 0),
    (b"summary", BL),
    (b"sup", 0),
    (b"svg", FOREIGN | DROP),
    (b"table", BL | SCOPE),
    (b"tbody", BLOCK),
    (b"td", CELL | SCOPE),
    (b"template", SCOPE | DROP),
    (b"textarea", RAW | DROP),
    (b"tfoot", BLOCK),
    (b"th", CELL | SCOPE),
    (b"thead", BLOCK),
    (b"time", 0),
    (b"title", RAW),
    (b"tr", BLOCK),
    (b"track", VOID),
    (b"u", 0),
    (b"ul", BL),
    (b"video", DROP),
    (b"wbr", VOID),
    (b"xmp", RAW | DROP | CLOSES_P),
];

/// Number of known tags (plus the unknown one), for per-tag counters.
pub(super) const COUNT: usize = TAGS.len();

const fn index_of(name: &[u8]) -> u8 {
    let mut i = 0;
    while i < TAGS.len() {
        let n = TAGS[i].0;
        if n.len() == name.len() {
            let mut j = 0;
            while j < n.len() && n[j] == name[j] {
                j += 1;
            }
            if j == n.len() {
                return i as u8;
            }
        }
        i += 1;
    }
    panic!("tag missing from TAGS")
}

macro_rules! tag_consts {
    ($($id:ident = $name:literal),* $(,)?) => {
        impl Tag {
            $(pub(super) const $id: Tag = Tag(index_of($name));)*
        }
    };
}

tag_consts! {
    OTHER = b"", A = b"a", ARTICLE = b"article", BODY = b"body", BR = b"br",
    DD = b"dd", DL = b"dl", DT = b"dt", FOOTER = b"footer", FORM = b"form", H1 = b"h1",
    HEAD = b"head", HEADER = b"header", HTML = b"html", LI = b"li", LINK = b"link",
    MAIN = b"main", META = b"meta", OL = b"ol", OPTION = b"option", P = b"p", PRE = b"pre",
    SCRIPT = b"script", TABLE = b"table", TBODY = b"tbody", TD = b"td", TFOOT = b"tfoot",
    TH = b"th", THEAD = b"thead", TIME = b"time", TITLE = b"title", TR = b"tr", UL = b"ul",
    ADDRESS = b"address", DIV = b"div", PLAINTEXT = b"plaintext", NAV = b"nav", ASIDE = b"aside",
    DIALOG = b"dialog", FIGCAPTION = b"figcaption", CAPTION = b"caption",
    FIGURE = b"figure",
}

/// A name of at most 16 bytes, ASCII-lowercased, packed big-endian and zero-padded, so that keys
/// order like the names themselves. Longer names keep their first 16 bytes; `fits` tells.
#[derive(Clone, Copy)]
pub(super) struct Key {
    pub value: u128,
    pub fits: bool,
}

impl Key {
    pub(super) const fn new(name: &[u8]) -> Key {
        let mut buf = [0u8; 16];
        let n = if name.len() < 16 { name.len() } else { 16 };
        let mut i = 0;
        while i < n {
            buf[i] = name[i].to_ascii_lowercase();
            i += 1;
        }
        Key {
            value: u128::from_be_bytes(buf),
            fits: name.len() <= 16,
        }
    }

    /// Whether the name starts with the `len`-byte name whose key is `prefix`.
    pub(super) fn starts_with(self, prefix: u128, len: usize) -> bool {
        let shift = 8 * (16 - len.min(16)) as u32;
        self.value.checked_shr(shift) == prefix.checked_shr(shift)
    }
}

/// Keys of several names, in the same order.
pub(super) const fn keys<const N: usize>(names: &[&str]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = Key::new(names[i].as_bytes()).value;
        i += 1;
    }
    out
}

/// For each letter `a`–`z`, the range of `TAGS` whose names start with it.
static BY_FIRST: [(u8, u8); 26] = {
    let mut out = [(0u8, 0u8); 26];
    let mut i = 1;
    while i < TAGS.len() {
        let letter = (TAGS[i].0[0] - b'a') as usize;
        if out[letter].1 == 0 {
            out[letter].0 = i as u8;
        }
        out[letter].1 = i as u8 + 1;
        i += 1;
    }
    out
};

impl Tag {
    /// The tag for a name as written in the document (any case), and for unknown names a hash of
    /// the lowercase name (so that `</my-widget>` still closes `<my-widget>`).
    pub(super) fn from_name(name: &[u8]) -> (Tag, u32) {
        // Names are sorted, so those starting with one letter are one range of `TAGS`.
        if let Some(&first) = name.first() {
            let first = first.to_ascii_lowercase();
            if first.is_ascii_lowercase() {
                let (from, to) = BY_FIRST[usize::from(first - b'a')];
                for i in from..to {
                    let known = TAGS[usize::from(i)].0;
                    if known.len() == name.len() && known.eq_ignore_ascii_case(name) {
                        return (Tag(i), 0);
                    }
                }
            }
        }
        // FNV-1a over the lowercase name.
        let mut hash: u32 = 0x811c_9dc5;
        for b in name {
            hash = (hash ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
        }
        (Tag::OTHER, hash)
    }

    pub(super) fn flags(self) -> u16 {
        TAGS.get(usize::from(self.0)).map_or(0, |t| t.1)
    }

    pub(super) fn has(self, flag: u16) -> bool {
        self.flags() & flag != 0
    }

    pub(super) fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The lowercase name (empty for unknown tags).
    pub(super) fn name(self) -> &'static [u8] {
        TAGS.get(usize::from(self.0)).map_or(b"", |t| t.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_sorted() {
        for pair in TAGS.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{:?} before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
        assert!(TAGS.len() < 256);
        assert_eq!(Tag::from_name(b"DIV").0, Tag::DIV);
        assert_eq!(Tag::from_name(b"x-Widget"), Tag::from_name(b"X-WIDGET"));
        assert_eq!(Tag::from_name(b"blockquotes-long-name").0, Tag::OTHER);
        assert_eq!(Tag::from_name(b"").0, Tag::OTHER);
        assert_eq!(Tag::from_name(b"p\0").0, Tag::OTHER);
        for (i, (name, _)) in TAGS.iter().enumerate().skip(1) {
            assert_eq!(Tag::from_name(name).0, Tag(i as u8));
        }
    }
}
