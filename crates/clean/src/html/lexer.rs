//! A single-pass HTML tokenizer over bytes.
//!
//! It follows the shape of the HTML tokenizer without building anything: text runs, start tags
//! (with only the attributes extraction reads), end tags, CDATA sections and the raw content of
//! `script`, `style`, `title`, `textarea`… Comments, doctypes and processing instructions are
//! skipped. Every position it slices at is an ASCII byte, so every slice is valid UTF-8; input
//! that ends inside a tag ends the token stream, as in a browser. It never fails and every call
//! advances, so any byte soup terminates in linear time (raw-text and comment searches use
//! `memchr`).

use memchr::{memchr, memmem};

use super::tags::{self, Tag};

/// Attributes of a start tag that extraction reads, as written (character references not yet
/// decoded). The first occurrence of a name wins, as in HTML.
#[derive(Clone, Copy, Default, Debug)]
pub(super) struct Attrs<'a> {
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub role: Option<&'a str>,
    pub style: Option<&'a str>,
    pub hidden: bool,
    pub aria_hidden: Option<&'a str>,
    pub itemprop: Option<&'a str>,
    pub name: Option<&'a str>,
    pub property: Option<&'a str>,
    pub content: Option<&'a str>,
    pub rel: Option<&'a str>,
    pub href: Option<&'a str>,
    pub hreflang: Option<&'a str>,
    pub datetime: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub http_equiv: Option<&'a str>,
    pub kind: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn set(&mut self, name: &[u8], value: &'a str) {
        let slot = match name.len() {
            2 if name.eq_ignore_ascii_case(b"id") => &mut self.id,
            3 if name.eq_ignore_ascii_case(b"rel") => &mut self.rel,
            4 => match name {
                n if n.eq_ignore_ascii_case(b"role") => &mut self.role,
                n if n.eq_ignore_ascii_case(b"name") => &mut self.name,
                n if n.eq_ignore_ascii_case(b"href") => &mut self.href,
                n if n.eq_ignore_ascii_case(b"lang") => &mut self.lang,
                n if n.eq_ignore_ascii_case(b"type") => &mut self.kind,
                _ => return,
            },
            5 => match name {
                n if n.eq_ignore_ascii_case(b"class") => &mut self.class,
                n if n.eq_ignore_ascii_case(b"style") => &mut self.style,
                _ => return,
            },
            6 if name.eq_ignore_ascii_case(b"hidden") => {
                self.hidden = true;
                return;
            }
            7 if name.eq_ignore_ascii_case(b"content") => &mut self.content,
            8 => match name {
                n if n.eq_ignore_ascii_case(b"itemprop") => &mut self.itemprop,
                n if n.eq_ignore_ascii_case(b"property") => &mut self.property,
                n if n.eq_ignore_ascii_case(b"hreflang") => &mut self.hreflang,
                n if n.eq_ignore_ascii_case(b"datetime") => &mut self.datetime,
                n if n.eq_ignore_ascii_case(b"xml:lang") => &mut self.lang,
                _ => return,
            },
            10 if name.eq_ignore_ascii_case(b"http-equiv") => &mut self.http_equiv,
            11 if name.eq_ignore_ascii_case(b"aria-hidden") => &mut self.aria_hidden,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

/// A start tag; its attributes are [`Lexer::attrs`] until the next token.
#[derive(Clone, Copy, Debug)]
pub(super) struct StartTag {
    pub tag: Tag,
    /// Hash of the lowercase name, for unknown tags.
    pub hash: u32,
    pub self_closing: bool,
    /// A custom element (`<my-widget>`): unknown, and maybe a block.
    pub custom: bool,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Token<'a> {
    /// Character data, character references not yet decoded.
    Text(&'a str),
    /// A CDATA section's content: literal text.
    Cdata(&'a str),
    Start(StartTag),
    /// An end tag, with the name hash for unknown tags.
    End(Tag, u32),
    /// The content of the raw-text element whose start tag came just before.
    Raw(&'a str),
}

pub(super) struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Set after the start tag of a raw-text element: the next token is its content.
    raw: Option<Tag>,
    attrs: Attrs<'a>,
    close_finder: memmem::Finder<'static>,
    comment_finder: memmem::Finder<'static>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Bytes that end a tag name: whitespace, `/`, `>`.
static TAG_NAME_END: [bool; 256] = delimiters(b" \t\n\r\x0c/>");
/// Bytes that end an attribute name: whitespace, `/`, `>`, `=`.
static ATTR_NAME_END: [bool; 256] = delimiters(b" \t\n\r\x0c/>=");
/// Bytes that end an unquoted attribute value: whitespace, `>`.
static VALUE_END: [bool; 256] = delimiters(b" \t\n\r\x0c>");

const fn delimiters(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

impl<'a> Lexer<'a> {
    pub(super) fn new(src: &'a str) -> Self {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            raw: None,
            attrs: Attrs::default(),
            close_finder: memmem::Finder::new(b"</"),
            comment_finder: memmem::Finder::new(b"-->"),
        }
    }

    /// The attributes of the last start tag.
    pub(super) fn attrs(&self) -> &Attrs<'a> {
        &self.attrs
    }

    /// `src[a..b]`; positions are always at ASCII bytes, the fallback never happens.
    fn slice(&self, a: usize, b: usize) -> &'a str {
        self.src.get(a..b).unwrap_or("")
    }

    /// The position of the next `b` at or after `from`, or the end of input.
    fn find(&self, b: u8, from: usize) -> usize {
        self.bytes
            .get(from..)
            .and_then(|rest| memchr(b, rest))
            .map_or(self.bytes.len(), |i| from + i)
    }

    pub(super) fn next_token(&mut self) -> Option<Token<'a>> {
        if let Some(tag) = self.raw.take() {
            return Some(self.raw_text(tag));
        }
        let len = self.bytes.len();
        loop {
            let pos = self.pos;
            if pos >= len {
                return None;
            }
            if self.bytes[pos] != b'<' {
                let end = self.find(b'<', pos);
                self.pos = end;
                return Some(Token::Text(self.slice(pos, end)));
            }
            match self.bytes.get(pos + 1).copied() {
                Some(b'!') => {
                    if let Some(token) = self.markup_declaration() {
                        return Some(token);
                    }
                }
                Some(b'/') => match self.bytes.get(pos + 2).copied() {
                    Some(b) if b.is_ascii_alphabetic() => return self.end_tag(),
                    Some(b'>') => self.pos = pos + 3,
                    // `</` then EOF is text; `</ …>` is a bogus comment.
                    None => {
                        self.pos = len;
                        return Some(Token::Text(self.slice(pos, len)));
                    }
                    Some(_) => self.pos = (self.find(b'>', pos + 2) + 1).min(len),
                },
                Some(b'?') => self.pos = (self.find(b'>', pos + 2) + 1).min(len),
                Some(b) if b.is_ascii_alphabetic() => {
                    if let Some(token) = self.start_tag() {
                        return Some(token);
                    }
                }
                _ => {
                    // A literal `<`: text up to the next `<`.
                    let end = self.find(b'<', pos + 1);
                    self.pos = end;
                    return Some(Token::Text(self.slice(pos, end)));
                }
            }
        }
    }

    /// `<!…`: comment, CDATA section, doctype or bogus comment. Only CDATA yields a token.
    fn markup_declaration(&mut self) -> Option<Token<'a>> {
        let pos = self.pos;
        let len = self.bytes.len();
        let rest = &self.bytes[pos..];
        if rest.starts_with(b"<!--") {
            let body = pos + 4;
            self.pos = if self.bytes.get(body) == Some(&b'>') {
                body + 1
            } else if self.bytes.get(body..body + 2) == Some(b"->") {
                body + 2
            } else {
                self.comment_finder
                    .find(&self.bytes[body..])
                    .map_or(len, |i| body + i + 3)
            };
            None
        } else if rest.starts_with(b"<![CDATA[") {
            let body = pos + 9;
            let end = memmem::find(&self.bytes[body..], b"]]>").map_or(len, |i| body + i);
            self.pos = (end + 3).min(len);
            Some(Token::Cdata(self.slice(body, end)))
        } else {
            self.pos = (self.find(b'>', pos + 2) + 1).min(len);
            None
        }
    }

    /// A tag name starting at `self.pos`; leaves `self.pos` after it. Also says whether the
    /// name is a custom element's (it holds a `-`).
    fn tag_name(&mut self) -> (Tag, u32, bool) {
        let start = self.pos;
        let mut i = start;
        while i < self.bytes.len() && !TAG_NAME_END[usize::from(self.bytes[i])] {
            i += 1;
        }
        self.pos = i;
        let name = &self.bytes[start..i];
        let (tag, hash) = Tag::from_name(name);
        let custom = tag == Tag::OTHER && memchr(b'-', name).is_some();
        (tag, hash, custom)
    }

    fn start_tag(&mut self) -> Option<Token<'a>> {
        self.pos += 1;
        let (tag, hash, custom) = self.tag_name();
        self.attrs = Attrs::default();
        let self_closing = self.attributes(true)?;
        if tag.has(tags::RAW) {
            self.raw = Some(tag);
        }
        Some(Token::Start(StartTag {
            tag,
            hash,
            self_closing,
            custom,
        }))
    }

    fn end_tag(&mut self) -> Option<Token<'a>> {
        self.pos += 2;
        let (tag, hash, _) = self.tag_name();
        self.attributes(false)?;
        Some(Token::End(tag, hash))
    }

    /// Attributes up to and including `>`. Returns whether the tag was self-closing, or `None`
    /// when the input ends inside the tag (the tag is then dropped, as in a browser).
    fn attributes(&mut self, collect: bool) -> Option<bool> {
        let bytes = self.bytes;
        let len = bytes.len();
        let mut i = self.pos;
        loop {
            while i < len && is_space(bytes[i]) {
                i += 1;
            }
            let Some(&b) = bytes.get(i) else {
                self.pos = len;
                return None;
            };
            match b {
                b'>' => {
                    self.pos = i + 1;
                    return Some(false);
                }
                b'/' => {
                    i += 1;
                    if bytes.get(i) == Some(&b'>') {
                        self.pos = i + 1;
                        return Some(true);
                    }
                    continue;
                }
                _ => {}
            }
            // The name; its first character may be `=`.
            let name_start = i;
            i += 1;
            while i < len && !ATTR_NAME_END[usize::from(bytes[i])] {
                i += 1;
            }
            let name_end = i;
            while i < len && is_space(bytes[i]) {
                i += 1;
            }
            let mut value = (i, i);
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < len && is_space(bytes[i]) {
                    i += 1;
                }
                match bytes.get(i).copied() {
                    Some(q @ (b'"' | b'\'')) => {
                        let end = self.find(q, i + 1);
                        value = (i + 1, end);
                        i = end + 1;
                        if end >= len {
                            self.pos = len;
                            return None;
                        }
                    }
                    Some(b'>') | None => {}
                    Some(_) => {
                        let start = i;
                        while i < len && !VALUE_END[usize::from(bytes[i])] {
                            i += 1;
                        }
                        value = (start, i);
                    }
                }
            }
            if collect {
                let value = self.slice(value.0, value.1);
                self.attrs.set(&bytes[name_start..name_end], value);
            }
        }
    }

    /// The content of a raw-text element, up to `</name` followed by a space, `/` or `>`.
    fn raw_text(&mut self, tag: Tag) -> Token<'a> {
        let start = self.pos;
        let len = self.bytes.len();
        let name = tag.name();
        let mut from = start;
        let end = if tag == Tag::PLAINTEXT {
            len
        } else {
            loop {
                let Some(i) = self.close_finder.find(&self.bytes[from..]) else {
                    break len;
                };
                let at = from + i;
                let after = at + 2 + name.len();
                let matches = self
                    .bytes
                    .get(at + 2..after)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
                    && self
                        .bytes
                        .get(after)
                        .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>');
                if matches {
                    break at;
                }
                from = at + 2;
            }
        };
        self.pos = end;
        Token::Raw(self.slice(start, end))
    }
}
