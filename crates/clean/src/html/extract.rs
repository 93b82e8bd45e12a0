//! The tree walk: a stack of open elements over the token stream, text collected into blocks in
//! one buffer, and the choice of the main content at the end.
//!
//! Subtrees that are never text (script, style, form controls, embedded media) never reach the
//! buffer. Everything else does, so that what is left out can be listed with its reason. The walk
//! records a light tree of *nodes* — block elements, table cells, and the elements that say
//! something (chrome names, landmarks, `hidden`, main-content candidates) — in document order,
//! so that the blocks of a node are one range of blocks and the nodes of a subtree one range of
//! nodes. Chrome inside a line (`<span class="sr-only">`) is left out of the line and kept aside.
//!
//! [`Extractor::finish`] then chooses the main content:
//!
//! 1. each block gets a weight: its own (non-link) text when it reads as prose (enough words and
//!    sentence punctuation, or a long run), minus its length when it is junk (link-dense, or
//!    under a chrome verdict of its tag or role, or under a name of what is never content:
//!    comments, consent, related, share, subscribe, ads), a small minus for short lines, nothing
//!    for headings and hidden text. A landmark or hidden element holding most of the page's
//!    prose is a wrapper, not chrome;
//! 2. the semantic region is the candidate (`<main>`, `role=main`, `itemprop=articleBody`,
//!    `<article>`) holding the most prose, when it holds a fair share of the page's; inside it
//!    (or the page), the node whose blocks weigh most is the container: all of the article's
//!    paragraphs and as little else as possible (weights are prefix sums, each node costs O(1));
//! 3. inside the container, blocks under chrome verdicts go — a soft verdict (`widget`, `modal`,
//!    `pagination`) or a name (except comments) only when its subtree does not hold most of the
//!    container's prose — and so do captions, link-dense blocks, lines of page furniture, the
//!    page's title repeated, the items after a "More:" heading, and the article's header when
//!    the blocks before the first paragraph hold an `<h1>`;
//! 4. when the content lies in a semantic region, that region's own `<h1>` stays (and its
//!    dateline and reference lines when the page's metadata states no date).
//!
//! Every block that does not make the body is kept in [`Page::dropped`] with its reason.

use super::boilerplate::{self, Chrome};
use super::entities;
use super::furniture;
use super::lexer::{Attrs, StartTag, Token};
use super::meta::MetaRaw;
use super::tags::{self, Tag};
use super::{DropReason, Dropped, Page};

/// Deeper elements are read as inline text: bounds the work per end tag on pathological nesting.
const MAX_DEPTH: usize = 512;
/// A form whose text reaches this many non-link bytes is a page wrapper (ASP.NET), not a widget.
const FORM_KEEP_BYTES: usize = 500;
/// No node.
const NONE: u32 = u32::MAX;

// Flags of an open element.
const O_BLOCK: u16 = 1;
const O_DROP: u16 = 1 << 1;
const O_LINK: u16 = 1 << 2;
const O_PRE: u16 = 1 << 3;
const O_H1: u16 = 1 << 4;
const O_HEADING: u16 = 1 << 5;
const O_CAND: u16 = 1 << 6;
const O_FOREIGN: u16 = 1 << 7;
const O_CAPTION: u16 = 1 << 8;
const O_CELL: u16 = 1 << 9;
const O_NODE: u16 = 1 << 10;
const O_LI: u16 = 1 << 11;
const O_SIDE: u16 = 1 << 12;

// Flags of a block.
const B_H1: u8 = 1;
const B_HEADING: u8 = 1 << 1;
const B_CAPTION: u8 = 1 << 2;
const B_LI: u8 = 1 << 3;
const B_PRE: u8 = 1 << 4;

/// Bytes that end a run of text: HTML whitespace other than the space, and `&`.
static STOP: [bool; 256] = stop_table(true);
/// The same in literal text (CDATA), where `&` is a character.
static STOP_LITERAL: [bool; 256] = stop_table(false);

const fn stop_table(amp: bool) -> [bool; 256] {
    let mut t = [false; 256];
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0c] = true;
    t[b'&' as usize] = amp;
    t
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// A short block of only no-break or zero-width spaces (`<p>&nbsp;</p>`, a CMS spacer).
fn is_blank(text: &str) -> bool {
    text.len() <= 24
        && text.chars().all(|c| {
            c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
        })
}

#[derive(Clone, Copy)]
struct Open {
    tag: Tag,
    hash: u32,
    flags: u16,
}

/// An element that may decide what its text is: a block element, a landmark, a candidate, or
/// one with a chrome name.
#[derive(Clone, Copy)]
struct Node {
    parent: u32,
    /// Its blocks are `first..end`, its descendants `self + 1..node_end`.
    first: u32,
    end: u32,
    node_end: u32,
    chrome: Option<Chrome>,
    cand: Cand,
}

/// What a node is as a main-content candidate.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cand {
    No,
    /// `<article>` alone: teaser cards are articles too, so a weak winner must hold real text.
    Weak,
    /// `<main>`, `role=main`, `itemprop=articleBody`, or an `<article>` saying it is the body.
    Strong,
}

/// A block of text: `buf[start..end]`.
#[derive(Clone, Copy)]
struct Block {
    start: usize,
    end: usize,
    /// Bytes inside `<a>`.
    link: usize,
    /// Innermost node, or [`NONE`].
    node: u32,
    flags: u8,
}

impl Block {
    fn len(&self) -> usize {
        self.end - self.start
    }

    fn own_text(&self) -> usize {
        self.len().saturating_sub(self.link)
    }

    /// Short blocks mostly made of links are menus, tag lists, "read also" lines.
    fn is_link_dense(&self, in_main: bool) -> bool {
        let (len, link) = (self.len(), self.link.min(self.len()));
        if link == 0 {
            return false;
        }
        if in_main {
            // A linked heading of the content is a section title; one in a list is a teaser.
            (self.flags & B_HEADING == 0 || self.flags & B_LI != 0)
                && ((link * 5 > len * 4 && len < 300) || link * 10 > len * 9)
        } else {
            (link * 2 > len && len < 300) || link * 5 > len * 4
        }
    }
}

/// What the next raw-text token is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RawKind {
    Ignore,
    Title,
    JsonLd,
}

/// The parent of the heaviest node is taken when it weighs at least this fraction less one
/// (1/20: 95 %) of the node and adds prose.
const PARENT_TOLERANCE: i64 = 20;

/// An index page's content holds less prose than this (bytes)…
const INDEX_PROSE_BYTES: usize = 600;
/// …and its teaser excerpts outside the content, at least this long each, are kept.
const INDEX_EXCERPT_BYTES: usize = 80;

pub(super) struct Extractor<'a> {
    buf: String,
    block_start: usize,
    block_link: usize,
    pending_space: bool,
    pre_skip_newline: bool,
    blocks: Vec<Block>,
    stack: Vec<Open>,
    nodes: Vec<Node>,
    /// Innermost open node, or [`NONE`].
    node: u32,
    counts: [u32; tags::COUNT],
    drop_depth: u32,
    link_depth: u32,
    pre_depth: u32,
    h1_depth: u32,
    heading_depth: u32,
    foreign_depth: u32,
    caption_depth: u32,
    li_depth: u32,
    /// Open candidates.
    cand_depth: u32,
    /// Text of chrome inside lines, with its reason, range in `side` and the block it was in.
    side: String,
    side_items: Vec<(DropReason, usize, usize, usize)>,
    /// Set while such chrome is open.
    side_reason: Option<DropReason>,
    side_start: usize,
    names: boilerplate::Names<'a>,
    raw_kind: RawKind,
    /// `<time datetime>` outside never-text subtrees: value and the block it starts.
    times: Vec<(&'a str, usize)>,
    meta: MetaRaw<'a>,
}

impl<'a> Extractor<'a> {
    pub(super) fn new(input_len: usize) -> Self {
        Extractor {
            // Visible text is a fraction of a page's bytes.
            buf: String::with_capacity(input_len / 4),
            block_start: 0,
            block_link: 0,
            pending_space: false,
            pre_skip_newline: false,
            blocks: Vec::with_capacity(64),
            stack: Vec::with_capacity(64),
            nodes: Vec::with_capacity(64),
            node: NONE,
            counts: [0; tags::COUNT],
            drop_depth: 0,
            link_depth: 0,
            pre_depth: 0,
            h1_depth: 0,
            heading_depth: 0,
            foreign_depth: 0,
            caption_depth: 0,
            li_depth: 0,
            cand_depth: 0,
            side: String::new(),
            side_items: Vec::new(),
            side_reason: None,
            side_start: 0,
            names: boilerplate::Names::new(),
            raw_kind: RawKind::Ignore,
            times: Vec::new(),
            meta: MetaRaw::default(),
        }
    }

    /// Takes one token; `attrs` are the attributes of a start tag.
    pub(super) fn token(&mut self, token: Token<'a>, attrs: &Attrs<'a>) {
        match token {
            Token::Text(s) => self.text(s, true),
            Token::Cdata(s) => self.text(s, false),
            Token::Start(t) => self.start(&t, attrs),
            Token::End(tag, hash) => self.end(tag, hash),
            Token::Raw(s) => {
                match self.raw_kind {
                    RawKind::Ignore => {}
                    RawKind::Title => {
                        self.meta.title.get_or_insert(s);
                    }
                    RawKind::JsonLd => self.meta.json_ld(s),
                };
                self.raw_kind = RawKind::Ignore;
            }
        }
    }

    // ---- text ----

    fn text(&mut self, s: &str, decode: bool) {
        if self.drop_depth > 0 {
            if self.side_reason.is_some() {
                self.side_text(s, decode);
            }
            return;
        }
        if self.pre_depth > 0 {
            self.pre_text(s, decode);
            return;
        }
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if is_space(b) {
                self.pending_space = true;
                i += 1;
            } else if b == b'&' && decode {
                match entities::decode(bytes, i, false) {
                    Some((c, next)) => {
                        self.push_char(c);
                        i = next;
                    }
                    None => {
                        self.push_run("&");
                        i += 1;
                    }
                }
            } else {
                // Words and single spaces up to the next newline, tab or `&` are copied at once.
                let stop = if decode { &STOP } else { &STOP_LITERAL };
                let start = i;
                let (mut space, mut double) = (false, false);
                i += 1;
                while i < bytes.len() && !stop[usize::from(bytes[i])] {
                    let is = bytes[i] == b' ';
                    double |= is & space;
                    space = is;
                    i += 1;
                }
                let run = s.get(start..i).unwrap_or("");
                let trimmed = run.trim_end_matches(' ');
                if double {
                    for (k, word) in trimmed.split(' ').filter(|w| !w.is_empty()).enumerate() {
                        self.pending_space |= k > 0;
                        self.push_run(word);
                    }
                } else {
                    self.push_run(trimmed);
                }
                if trimmed.len() < run.len() {
                    self.pending_space = true;
                }
            }
        }
    }

    fn push_char(&mut self, c: char) {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
            self.pending_space = true;
        } else {
            self.push_run(c.encode_utf8(&mut [0; 4]));
        }
    }

    fn push_run(&mut self, run: &str) {
        if self.pending_space {
            self.pending_space = false;
            if self.buf.len() > self.block_start && !self.buf.ends_with('\n') {
                self.buf.push(' ');
                if self.link_depth > 0 {
                    self.block_link += 1;
                }
            }
        }
        self.buf.push_str(run);
        if self.link_depth > 0 {
            self.block_link += run.len();
        }
    }

    /// Text inside `<pre>`: kept as written, line ends as `\n`.
    fn pre_text(&mut self, s: &str, decode: bool) {
        let bytes = s.as_bytes();
        let mut i = 0;
        if std::mem::take(&mut self.pre_skip_newline) {
            if bytes.starts_with(b"\r\n") {
                i = 2;
            } else if bytes.starts_with(b"\n") {
                i = 1;
            }
        }
        let before = self.buf.len();
        while i < bytes.len() {
            let start = i;
            while i < bytes.len() && bytes[i] != b'\r' && !(decode && bytes[i] == b'&') {
                i += 1;
            }
            self.buf.push_str(s.get(start..i).unwrap_or(""));
            match bytes.get(i) {
                Some(b'\r') => {
                    self.buf.push('\n');
                    i += if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                }
                Some(_) => match entities::decode(bytes, i, false) {
                    Some((c, next)) => {
                        self.buf.push(c);
                        i = next;
                    }
                    None => {
                        self.buf.push('&');
                        i += 1;
                    }
                },
                None => {}
            }
        }
        if self.link_depth > 0 {
            self.block_link += self.buf.len() - before;
        }
    }

    /// Text of chrome inside a line (`<span class="sr-only">`): kept aside, whitespace collapsed.
    fn side_text(&mut self, s: &str, decode: bool) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if is_space(b) {
                if !self.side.ends_with(' ') && self.side.len() > self.side_start {
                    self.side.push(' ');
                }
                i += 1;
            } else if b == b'&' && decode {
                match entities::decode(bytes, i, false) {
                    Some((c, next)) => {
                        self.side.push(c);
                        i = next;
                    }
                    None => {
                        self.side.push('&');
                        i += 1;
                    }
                }
            } else {
                let start = i;
                while i < bytes.len() && !is_space(bytes[i]) && !(decode && bytes[i] == b'&') {
                    i += 1;
                }
                self.side.push_str(s.get(start..i).unwrap_or(""));
            }
        }
    }

    fn line_break(&mut self) {
        if self.drop_depth > 0 {
            return;
        }
        if self.pre_depth > 0 {
            self.buf.push('\n');
            return;
        }
        self.pending_space = false;
        if self.buf.len() > self.block_start && !self.buf.ends_with("\n\n") {
            self.buf.push('\n');
        }
    }

    /// Ends the current block.
    fn flush(&mut self) {
        let bytes = self.buf.as_bytes();
        let mut end = bytes.len();
        while end > self.block_start && is_space(bytes[end - 1]) {
            end -= 1;
        }
        let mut start = self.block_start;
        while start < end && matches!(bytes[start], b'\n' | b'\r') {
            start += 1;
        }
        self.buf.truncate(end);
        if end > start && !is_blank(self.buf.get(start..end).unwrap_or("")) {
            let mut flags = 0;
            if self.h1_depth > 0 {
                flags |= B_H1;
            }
            if self.heading_depth > 0 {
                flags |= B_HEADING;
            }
            if self.caption_depth > 0 {
                flags |= B_CAPTION;
            }
            if self.li_depth > 0 {
                flags |= B_LI;
            }
            if self.pre_depth > 0 {
                flags |= B_PRE;
            }
            self.blocks.push(Block {
                start,
                end,
                link: self.block_link,
                node: self.node,
                flags,
            });
        }
        self.block_start = self.buf.len();
        self.block_link = 0;
        self.pending_space = false;
    }

    // ---- elements ----

    fn start(&mut self, t: &StartTag, a: &Attrs<'a>) {
        let tag = t.tag;
        match tag {
            Tag::HTML => {
                if self.meta.lang.is_none() {
                    self.meta.lang = a.lang;
                }
                return;
            }
            Tag::HEAD | Tag::BODY => return,
            Tag::META => return self.meta.meta_tag(a),
            Tag::LINK => return self.meta.link_tag(a),
            Tag::BR => return self.line_break(),
            _ => {}
        }
        let flags = tag.flags();
        if flags & tags::RAW != 0 {
            // Raw-text elements are not pushed: their content is the next token, their end tag
            // finds nothing open and is ignored.
            self.raw_kind = match tag {
                Tag::TITLE if self.foreign_depth == 0 => RawKind::Title,
                Tag::SCRIPT
                    if a.kind
                        .is_some_and(|k| k.trim().eq_ignore_ascii_case("application/ld+json")) =>
                {
                    RawKind::JsonLd
                }
                _ => RawKind::Ignore,
            };
            if flags & tags::CLOSES_P != 0 {
                self.close_p();
                self.flush();
            }
            return;
        }
        if self.drop_depth == 0 {
            if let Some(ip) = a.itemprop
                && boilerplate::has_token(ip, "datePublished")
                && let Some(date) = a.datetime.or(a.content)
            {
                self.meta.itemprop_date.get_or_insert(date);
            }
            if tag == Tag::TIME
                && let Some(dt) = a.datetime
            {
                self.times.push((dt, self.blocks.len()));
            }
        }
        if flags & tags::VOID != 0 {
            if flags & tags::CLOSES_P != 0 {
                self.close_p();
            }
            if flags & tags::BLOCK != 0 {
                self.flush();
            }
            return;
        }
        if (t.self_closing && self.foreign_depth > 0) || self.stack.len() >= MAX_DEPTH {
            return;
        }
        self.implicit_close(tag, flags);

        let mut o = 0;
        let mut chrome = None;
        let mut cand = Cand::No;
        if self.drop_depth == 0 {
            if flags & tags::DROP != 0 {
                o |= O_DROP;
            } else {
                cand = candidate(tag, a);
                chrome = self.chrome(tag, a, cand);
                if let Some(c) = chrome
                    && flags & tags::BLOCK == 0
                    && !t.custom
                {
                    // Chrome inside a line (`<span class="sr-only">`, `<a class="share">`) is
                    // left out of the line and kept aside; a custom element is read as a block.
                    o |= O_DROP | O_SIDE;
                    self.side_reason = Some(c.reason);
                    self.side_start = self.side.len();
                    chrome = None;
                }
            }
        }
        // Table cells are nodes (a layout table's cell can hold the article) without being
        // blocks: a row stays one line.
        let said = cand != Cand::No || chrome.is_some();
        if o & O_DROP == 0
            && self.drop_depth == 0
            && (flags & (tags::BLOCK | tags::CELL) != 0 || said)
        {
            o |= O_NODE;
        }
        if flags & tags::BLOCK != 0 || (o & O_NODE != 0 && said) {
            o |= O_BLOCK;
            self.flush();
        }
        if flags & tags::CELL != 0 {
            o |= O_CELL;
            self.pending_space = true;
        }
        if o & O_DROP != 0 {
            self.drop_depth += 1;
        }
        if o & O_NODE != 0 {
            self.nodes.push(Node {
                parent: self.node,
                first: self.blocks.len() as u32,
                end: NONE,
                node_end: NONE,
                chrome,
                cand,
            });
            self.node = (self.nodes.len() - 1) as u32;
            if cand != Cand::No {
                o |= O_CAND;
                self.cand_depth += 1;
            }
        }
        if tag == Tag::A && a.href.is_some() {
            o |= O_LINK;
            self.link_depth += 1;
        }
        if tag == Tag::PRE || tag.name() == b"listing" {
            o |= O_PRE;
            self.pre_depth += 1;
            self.pre_skip_newline = true;
        }
        if flags & tags::HEADING != 0 {
            o |= O_HEADING;
            self.heading_depth += 1;
            if tag == Tag::H1 {
                o |= O_H1;
                self.h1_depth += 1;
            }
        }
        if tag == Tag::FIGCAPTION || tag == Tag::CAPTION {
            o |= O_CAPTION;
            self.caption_depth += 1;
        }
        if tag == Tag::LI || tag == Tag::DD || tag == Tag::DT {
            o |= O_LI;
            self.li_depth += 1;
        }
        if flags & tags::FOREIGN != 0 {
            o |= O_FOREIGN;
            self.foreign_depth += 1;
        }
        self.counts[tag.index()] += 1;
        self.stack.push(Open {
            tag,
            hash: t.hash,
            flags: o,
        });
    }

    /// What the tag and attributes say about the element as chrome.
    fn chrome(&mut self, tag: Tag, a: &Attrs<'a>, cand: Cand) -> Option<Chrome> {
        let firm = |reason| {
            Some(Chrome {
                reason,
                soft: false,
                named: false,
            })
        };
        if boilerplate::is_hidden(a) {
            return firm(DropReason::Hidden);
        }
        if let Some(c) = a.role.and_then(boilerplate::role_chrome) {
            return Some(c);
        }
        match tag {
            Tag::NAV => return firm(DropReason::Navigation),
            Tag::ASIDE => return firm(DropReason::Aside),
            Tag::DIALOG => return firm(DropReason::Popup),
            Tag::FOOTER => return firm(DropReason::Footer),
            Tag::HEADER if self.cand_depth == 0 => return firm(DropReason::Header),
            Tag::FORM => return firm(DropReason::Form),
            Tag::FIGURE => {
                return Some(Chrome {
                    reason: DropReason::Caption,
                    soft: true,
                    named: false,
                });
            }
            _ => {}
        }
        if cand != Cand::No {
            return None;
        }
        a.class
            .and_then(|c| self.names.classify(c))
            .or_else(|| a.id.and_then(|i| self.names.classify(i)))
    }

    fn end(&mut self, tag: Tag, hash: u32) {
        match tag {
            Tag::HTML | Tag::HEAD | Tag::BODY => return,
            Tag::BR => return self.line_break(),
            // `</p>` with no open `<p>` is an empty paragraph.
            Tag::P if self.counts[Tag::P.index()] == 0 => return self.flush(),
            _ => {}
        }
        if self.counts[tag.index()] == 0 {
            return;
        }
        if let Some(i) = self
            .stack
            .iter()
            .rposition(|o| o.tag == tag && (tag != Tag::OTHER || o.hash == hash))
        {
            self.pop_to(i);
        }
    }

    /// Closes the elements `stack[i..]`, innermost first.
    fn pop_to(&mut self, i: usize) {
        while self.stack.len() > i {
            let Some(o) = self.stack.pop() else { break };
            self.close(o);
        }
    }

    fn close(&mut self, o: Open) {
        if o.flags & O_BLOCK != 0 {
            self.flush();
        }
        let count = &mut self.counts[o.tag.index()];
        *count = count.saturating_sub(1);
        if o.flags & O_DROP != 0 {
            self.drop_depth -= 1;
        }
        if o.flags & O_SIDE != 0
            && let Some(reason) = self.side_reason.take()
        {
            let text = self.side.get(self.side_start..).unwrap_or("").trim_end();
            if text.is_empty() {
                self.side.truncate(self.side_start);
            } else {
                let end = self.side_start + text.len();
                self.side.truncate(end);
                self.side_items
                    .push((reason, self.side_start, end, self.blocks.len()));
            }
        }
        if o.flags & O_LINK != 0 {
            self.link_depth -= 1;
        }
        if o.flags & O_PRE != 0 {
            self.pre_depth -= 1;
        }
        if o.flags & O_HEADING != 0 {
            self.heading_depth -= 1;
        }
        if o.flags & O_H1 != 0 {
            self.h1_depth -= 1;
        }
        if o.flags & O_CAPTION != 0 {
            self.caption_depth -= 1;
        }
        if o.flags & O_LI != 0 {
            self.li_depth -= 1;
        }
        if o.flags & O_FOREIGN != 0 {
            self.foreign_depth -= 1;
        }
        if o.flags & O_CAND != 0 {
            self.cand_depth -= 1;
        }
        if o.flags & O_CELL != 0 {
            self.pending_space = true;
        }
        if o.flags & O_NODE != 0 {
            // Nodes open and close with the stack: the innermost open node is this one.
            let (blocks, nodes) = (self.blocks.len() as u32, self.nodes.len() as u32);
            if let Some(node) = self.nodes.get_mut(self.node as usize) {
                node.end = blocks;
                node.node_end = nodes;
                self.node = node.parent;
            }
        }
    }
    /// The closes a start tag implies: `<p>` before a block, `<li>` before `<li>`, cells and rows.
    fn implicit_close(&mut self, tag: Tag, flags: u16) {
        if flags & tags::CLOSES_P != 0 {
            self.close_p();
        }
        match tag {
            Tag::LI => self.close_open(&[Tag::LI], &[Tag::UL, Tag::OL], Scope::List),
            Tag::DD | Tag::DT => self.close_open(&[Tag::DD, Tag::DT], &[Tag::DL], Scope::List),
            Tag::TR => self.close_open(
                &[Tag::TR],
                &[Tag::TABLE, Tag::THEAD, Tag::TBODY, Tag::TFOOT],
                Scope::Table,
            ),
            Tag::TD | Tag::TH => {
                self.close_open(&[Tag::TD, Tag::TH], &[Tag::TR, Tag::TABLE], Scope::Table)
            }
            Tag::THEAD | Tag::TBODY | Tag::TFOOT => {
                self.close_open(
                    &[Tag::THEAD, Tag::TBODY, Tag::TFOOT],
                    &[Tag::TABLE],
                    Scope::Table,
                );
            }
            Tag::A => self.close_open(&[Tag::A], &[], Scope::Button),
            // `<option>` closes an open `<option>`, a heading an open heading.
            Tag::OPTION if self.stack.last().is_some_and(|o| o.tag == Tag::OPTION) => {
                self.pop_to(self.stack.len() - 1);
            }
            _ if flags & tags::HEADING != 0
                && self.stack.last().is_some_and(|o| o.tag.has(tags::HEADING)) =>
            {
                self.pop_to(self.stack.len() - 1);
            }
            _ => {}
        }
    }

    fn close_p(&mut self) {
        self.close_open(&[Tag::P], &[], Scope::Button);
    }

    /// Closes the innermost open element among `targets`, unless a `stops` element or a scope
    /// boundary comes first.
    fn close_open(&mut self, targets: &[Tag], stops: &[Tag], scope: Scope) {
        if targets.iter().all(|t| self.counts[t.index()] == 0) {
            return;
        }
        for i in (0..self.stack.len()).rev() {
            let t = self.stack[i].tag;
            if targets.contains(&t) {
                return self.pop_to(i);
            }
            let boundary = stops.contains(&t)
                || match scope {
                    Scope::Button => t.has(tags::SCOPE),
                    Scope::List => {
                        t.has(tags::SCOPE)
                            || (t.has(tags::BLOCK)
                                && t != Tag::DIV
                                && t != Tag::P
                                && t != Tag::ADDRESS)
                    }
                    Scope::Table => t == Tag::TABLE || t == Tag::HTML,
                };
            if boundary {
                return;
            }
        }
    }

    // ---- result ----

    pub(super) fn finish(mut self, keep_dropped: bool) -> Page {
        self.flush();
        let (nb, nn) = (self.blocks.len(), self.nodes.len());
        for n in &mut self.nodes {
            if n.end == NONE {
                n.end = nb as u32;
                n.node_end = nn as u32;
            }
        }
        let blocks = &self.blocks;
        let nodes = &mut self.nodes;
        let range = |n: &Node| n.first as usize..n.end as usize;

        // Prefix sums over blocks: own (non-link) text, container weight, prose.
        let mut own = Vec::with_capacity(nb + 1);
        let mut weight = Vec::with_capacity(nb + 1);
        let mut prose = Vec::with_capacity(nb + 1);
        own.push(0usize);
        let mut acc = 0;
        for b in blocks {
            acc += b.own_text();
            own.push(acc);
        }
        // Which blocks read as prose, and the prose of the page whatever its verdicts.
        let is_text: Vec<bool> = blocks
            .iter()
            .map(|b| !b.is_link_dense(true) && is_prose(self.buf.get(b.start..b.end).unwrap_or("")))
            .collect();
        let mut raw = Vec::with_capacity(nb + 1);
        raw.push(0usize);
        let mut acc = 0;
        for (b, &t) in blocks.iter().zip(&is_text) {
            if t {
                acc += b.own_text();
            }
            raw.push(acc);
        }
        let raw_total = acc;
        for n in nodes.iter_mut() {
            let Some(c) = n.chrome else { continue };
            let (first, end) = (n.first as usize, n.end as usize);
            // A small form is a widget; one holding a page's text is an ASP.NET wrapper.
            let big_form = c.reason == DropReason::Form && own[end] - own[first] >= FORM_KEEP_BYTES;
            // A landmark or hidden element holding most of the page's prose is a wrapper: an
            // unclosed `<nav>`, the page under an open dialog (`aria-hidden`), an article
            // shown in a `role=complementary` reading pane.
            let wrapper = !c.named && (raw[end] - raw[first]) * 5 > raw_total * 3;
            if big_form || wrapper {
                n.chrome = None;
            }
        }
        let nodes = &self.nodes;
        // The innermost chrome node at or above each node, and the innermost firm one that is
        // not a name (those decide only inside the container).
        let mut inner = vec![NONE; nn];
        let mut firm = vec![NONE; nn];
        for (i, n) in nodes.iter().enumerate() {
            let (pi, pf) = match n.parent {
                NONE => (NONE, NONE),
                p => (inner[p as usize], firm[p as usize]),
            };
            inner[i] = if n.chrome.is_some() { i as u32 } else { pi };
            // Names of what is never the content (comments, consent, related articles, calls
            // to subscribe or share, ads) weigh as junk where the content is sought, unless the
            // named subtree holds most of the page's prose (a wrapper); comment threads and
            // consent texts can be that long and still are not the content.
            let junk_name = |c: Chrome| {
                use DropReason as R;
                matches!(
                    c.reason,
                    R::Comments | R::Consent | R::Related | R::Subscribe | R::Share | R::Ad
                ) && (matches!(c.reason, R::Comments | R::Consent)
                    || (raw[n.end as usize] - raw[n.first as usize]) * 5 <= raw_total * 3)
            };
            firm[i] = if n
                .chrome
                .is_some_and(|c| !c.soft && (!c.named || junk_name(c)))
            {
                i as u32
            } else {
                pf
            };
        }
        let reason_of = |v: u32| {
            nodes[v as usize]
                .chrome
                .map_or(DropReason::Outside, |c| c.reason)
        };

        weight.push(0i64);
        prose.push(0i64);
        let (mut w_acc, mut p_acc) = (0i64, 0i64);
        for (i, b) in blocks.iter().enumerate() {
            let len = b.len() as i64;
            let f = if b.node == NONE {
                NONE
            } else {
                firm[b.node as usize]
            };
            let (w, p) = if f != NONE {
                if reason_of(f) == DropReason::Hidden {
                    (0, 0)
                } else {
                    (-len, 0)
                }
            } else if b.is_link_dense(false) {
                (-len, 0)
            } else if b.flags & B_HEADING != 0 {
                (0, 0)
            } else if is_text[i] {
                let own = b.own_text() as i64;
                (own, own)
            } else {
                (-len / SHORT_PENALTY, 0)
            };
            w_acc += w;
            p_acc += p;
            weight.push(w_acc);
            prose.push(p_acc);
        }
        let sum = |v: &[i64], r: std::ops::Range<usize>| v[r.end] - v[r.start];

        // The semantic region: the candidate holding the most prose (then the most text). A
        // candidate holding under a fifth of the page's prose marks a part, not the content,
        // and an `<article>` under a quarter is a teaser card.
        let total = prose[nb];
        let mut region = NONE;
        let mut region_score = (0, 0);
        for (i, n) in nodes.iter().enumerate() {
            if n.cand == Cand::No || firm[i] != NONE {
                continue;
            }
            let score = (
                sum(&prose, range(n)),
                own[n.end as usize] - own[n.first as usize],
            );
            if score > region_score {
                region = i as u32;
                region_score = score;
            }
        }
        let share = match region {
            NONE => 0,
            r if nodes[r as usize].cand == Cand::Weak => 4,
            _ => 5,
        };
        if region != NONE && region_score.0 * share < total {
            region = NONE;
        }

        // The container: the node inside the region whose blocks weigh most (the outermost of
        // equals), or the region, or the whole page.
        let (scan, mut best, mut best_w) = match region {
            NONE => (0..nn, NONE, weight[nb]),
            r => {
                let n = &nodes[r as usize];
                (
                    r as usize + 1..n.node_end as usize,
                    r,
                    sum(&weight, range(n)),
                )
            }
        };
        for i in scan {
            let w = sum(&weight, range(&nodes[i]));
            if w >= best_w {
                best = i as u32;
                best_w = w;
            }
        }
        if best_w <= 0 {
            best = region;
        }
        // One step up when the parent adds prose at little cost: broken markup (an unclosed
        // `<div>` after a first paragraph) can make a node that starts after the content's
        // opening block; the parent is the content when the blocks it adds hold prose and weigh
        // about nothing (their link lists are dropped inside anyway).
        if best != NONE && best != region {
            let b = &nodes[best as usize];
            let p = b.parent;
            let in_scan = p != NONE && (region == NONE || p >= region) && firm[p as usize] == NONE;
            if in_scan {
                let pn = &nodes[p as usize];
                let added_prose = sum(&prose, range(pn)) - sum(&prose, range(b));
                let pw = sum(&weight, range(pn));
                if added_prose > 0 && pw > 0 && (best_w - pw) * PARENT_TOLERANCE <= best_w {
                    best = p;
                }
            }
        }
        let (c_blocks, c_nodes) = match best {
            NONE => (0..nb, 0..nn),
            c => {
                let n = &nodes[c as usize];
                (range(n), c as usize + 1..n.node_end as usize)
            }
        };
        let c_prose = sum(&prose, c_blocks.clone());
        let in_main = best != NONE;

        let dated = self.meta.has_published();
        // The fate of each block: kept (`None`) or dropped with a reason.
        let mut fate: Vec<Option<DropReason>> = Vec::with_capacity(nb);
        for (i, b) in blocks.iter().enumerate() {
            let inside = c_blocks.contains(&i);
            // Verdicts from the innermost out; inside the container only those below it count.
            let mut reason = None;
            let mut v = if b.node == NONE {
                NONE
            } else {
                inner[b.node as usize]
            };
            while v != NONE {
                if inside && !c_nodes.contains(&(v as usize)) {
                    break;
                }
                let n = &nodes[v as usize];
                if let Some(c) = n.chrome {
                    // A soft verdict, or a name, on a subtree holding most of the content's
                    // prose marks a wrapper (comment threads excepted: they can be longer).
                    let protected = inside
                        && (c.soft || (c.named && c.reason != DropReason::Comments))
                        && c_prose > 0
                        && sum(&prose, range(n)) * 2 >= c_prose;
                    if !protected {
                        reason = Some(c.reason);
                    }
                }
                v = match n.parent {
                    NONE => NONE,
                    p => inner[p as usize],
                };
            }
            if reason.is_none() && b.flags & B_CAPTION != 0 {
                reason = Some(DropReason::Caption);
            }
            if reason.is_none() && b.is_link_dense(in_main && inside) {
                reason = Some(DropReason::LinkList);
            }
            if reason.is_none() && !inside {
                reason = Some(DropReason::Outside);
            }
            if reason.is_none() {
                reason = furniture::classify(self.buf.get(b.start..b.end).unwrap_or(""), dated);
            }
            fate.push(reason);
        }
        // The page's title again in its text: a duplicate of the `title` field.
        let titles = self.meta.titles();
        let longest = titles.iter().flatten().map(String::len).max().unwrap_or(0);
        let titles = titles.map(|t| t.map(|t| title_key(&t)));
        let is_title = |b: &Block| {
            if b.len() < 12 || b.len() > longest + 8 {
                return false;
            }
            let key = title_key(self.buf.get(b.start..b.end).unwrap_or(""));
            key.len() >= 12
                && titles
                    .iter()
                    .flatten()
                    .any(|t| t.starts_with(&key) && key.len() * 2 >= t.len())
        };
        for i in c_blocks.clone() {
            if fate[i].is_none() && is_title(&blocks[i]) {
                fate[i] = Some(DropReason::Headline);
            }
        }
        // After the heading of a list of other articles ("More:", "Most read"), its items: the
        // lines up to the next paragraph of prose.
        {
            let mut in_list = false;
            for i in c_blocks.clone() {
                match fate[i] {
                    Some(DropReason::Related) => in_list = true,
                    None if in_list && !is_text[i] => fate[i] = Some(DropReason::Related),
                    None => in_list = false,
                    Some(_) => {}
                }
            }
        }

        // The article's header inside the container: when the blocks before its first paragraph
        // of prose hold the title (`<h1>`), they are the header (kicker, title, standfirst,
        // byline, date, lead image caption), not the text.
        {
            let first_text = c_blocks
                .clone()
                .find(|&i| is_text[i] && fate[i].is_none() && blocks[i].flags & B_HEADING == 0);
            if let Some(first_text) = first_text
                && (c_blocks.start..first_text).any(|i| blocks[i].flags & B_H1 != 0)
            {
                for f in &mut fate[c_blocks.start..first_text] {
                    f.get_or_insert(DropReason::Headline);
                }
            }
        }

        // Blocks left out only for where they stand: the article's header material.
        let loose = |f: Option<DropReason>| {
            matches!(
                f,
                None | Some(DropReason::Outside | DropReason::Headline | DropReason::Byline)
            )
        };

        // A headline that dates the document: the title (`<h1>`, or the page's title repeated)
        // nearest before the first paragraph stays when it states a date ("Regular Press
        // Conference on June 17, 2020"): what a title dates belongs to the document.
        if let Some(first_text) = c_blocks
            .clone()
            .find(|&i| is_text[i] && fate[i].is_none() && blocks[i].flags & B_HEADING == 0)
        {
            let headline = (first_text.saturating_sub(12)..first_text)
                .rev()
                .find(|&i| loose(fate[i]) && (blocks[i].flags & B_H1 != 0 || is_title(&blocks[i])));
            if let Some(h) = headline
                && furniture::states_date(
                    self.buf.get(blocks[h].start..blocks[h].end).unwrap_or(""),
                )
            {
                fate[h] = None;
            }
        }

        // The article's own header: when the content lies in a semantic region (`<article>`,
        // `<main>`…), the region's first `<h1>` before the first paragraph is the article's
        // title and stays in the text, and so do its short date and number lines (dateline,
        // reference) when the page's metadata states no date: later stages read them there.
        if region != NONE {
            let r = range(&nodes[region as usize]);
            let first_text = r
                .clone()
                .find(|&i| is_text[i] && fate[i].is_none() && blocks[i].flags & B_HEADING == 0)
                .unwrap_or(r.end);
            if let Some(h) =
                (r.start..first_text).find(|&i| blocks[i].flags & B_H1 != 0 && loose(fate[i]))
            {
                fate[h] = None;
                if !dated {
                    for i in r.start..first_text {
                        let b = &blocks[i];
                        if loose(fate[i])
                            && is_number_line(self.buf.get(b.start..b.end).unwrap_or(""))
                        {
                            fate[i] = None;
                        }
                    }
                }
            }
        }

        // An index page (a ministry's home page, a list of news teasers): when the content
        // holds little prose and more lies outside it in teaser excerpts, those excerpts are
        // the page's text too; link lists and furniture stay out.
        let kept_prose: usize = (0..nb)
            .filter(|&i| fate[i].is_none() && is_text[i])
            .map(|i| blocks[i].own_text())
            .sum();
        let excerpts: Vec<usize> = (0..nb)
            .filter(|&i| {
                fate[i] == Some(DropReason::Outside)
                    && is_text[i]
                    && blocks[i].own_text() >= INDEX_EXCERPT_BYTES
            })
            .collect();
        let outside: usize = excerpts.iter().map(|&i| blocks[i].own_text()).sum();
        if kept_prose < INDEX_PROSE_BYTES && excerpts.len() >= 2 && outside >= kept_prose {
            for i in excerpts {
                fate[i] = None;
            }
        }

        let kept: usize = blocks
            .iter()
            .zip(&fate)
            .filter(|(_, f)| f.is_none())
            .map(|(b, _)| b.len() + 2)
            .sum();
        let mut body = String::with_capacity(kept);
        let mut dropped: Vec<Dropped> = Vec::new();
        let mut side = self.side_items.iter().peekable();
        let push_dropped =
            |dropped: &mut Vec<Dropped>, reason, text: &str, at| match dropped.last_mut() {
                Some(last) if last.reason == reason && last.at == at => {
                    last.text.push_str("\n\n");
                    last.text.push_str(text);
                }
                _ => dropped.push(Dropped {
                    reason,
                    text: text.to_owned(),
                    at,
                }),
            };
        for (i, (b, f)) in blocks.iter().zip(&fate).enumerate() {
            if keep_dropped {
                while let Some(&(reason, start, end, _)) = side.next_if(|s| s.3 <= i) {
                    let text = self.side.get(start..end).unwrap_or("");
                    push_dropped(&mut dropped, reason, text, body.len());
                }
            }
            let text = self.buf.get(b.start..b.end).unwrap_or("");
            match *f {
                None => {
                    if !body.is_empty() {
                        body.push_str("\n\n");
                    }
                    body.push_str(text);
                }
                Some(reason) if keep_dropped => {
                    push_dropped(&mut dropped, reason, text, body.len())
                }
                Some(_) => {}
            }
        }
        if keep_dropped {
            for &(reason, start, end, _) in side {
                let text = self.side.get(start..end).unwrap_or("");
                push_dropped(&mut dropped, reason, text, body.len());
            }
        }

        // The title for the metadata: the first `<h1>` kept, else one of the article's header;
        // the date: the first `<time datetime>` kept or in that header.
        let h1_where = |keep: &dyn Fn(Option<DropReason>) -> bool| {
            blocks
                .iter()
                .zip(&fate)
                .find(|(b, f)| b.flags & B_H1 != 0 && keep(**f))
                .and_then(|(b, _)| self.buf.get(b.start..b.end))
        };
        let h1 = h1_where(&|f| f.is_none()).or_else(|| {
            h1_where(&|f| matches!(f, Some(DropReason::Headline | DropReason::Byline)))
        });
        let time = self
            .times
            .iter()
            .find(|(_, at)| fate.get(*at).is_some_and(|f| f.is_none()))
            .or_else(|| {
                self.times.iter().find(|(_, at)| {
                    fate.get(*at).is_some_and(|f| {
                        matches!(f, Some(DropReason::Headline | DropReason::Byline))
                    })
                })
            })
            .map(|(t, _)| *t);
        // Failing any title, an `<h1>` outside the chosen content (a headline above a body kept
        // in its own block).
        let h1_outside = h1_where(&|_| true);
        let meta = self.meta.resolve(h1, h1_outside, time);
        Page {
            body,
            meta,
            dropped,
        }
    }
}

#[derive(Clone, Copy)]
enum Scope {
    /// Stops at scope boundaries (`table`, `td`, `button`…).
    Button,
    /// Also stops at block elements other than `div`, `p` and `address`.
    List,
    /// Stops only at the table.
    Table,
}

/// What kind of main-content candidate an element is: `<main>`, `role=main`,
/// `itemprop=articleBody` and an `<article>` with either are strong, an `<article>` alone weak.
fn candidate(tag: Tag, a: &Attrs<'_>) -> Cand {
    let strong = a.role.is_some_and(boilerplate::is_main_role)
        || a.itemprop
            .is_some_and(|i| boilerplate::has_token(i, "articleBody"));
    if strong || tag == Tag::MAIN {
        Cand::Strong
    } else if tag == Tag::ARTICLE {
        Cand::Weak
    } else {
        Cand::No
    }
}

/// A short line of numbers and a few words: a date, a time, a reference number.
fn is_number_line(text: &str) -> bool {
    text.len() <= 48 && text.bytes().any(|b| b.is_ascii_digit()) && !text.ends_with(['.', '!', '?'])
}

/// A title reduced for comparison: its letters and digits, lowercased.
fn title_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Short lines weigh minus their length divided by this when choosing the container.
const SHORT_PENALTY: i64 = 4;

/// Whether a block reads as running text: a sentence or more, not a label, a title or a menu.
/// Scripts written without spaces (Chinese, Japanese) count characters instead of words; the
/// full stops and commas of CJK, Arabic and Devanagari scripts count as punctuation.
fn is_prose(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut words = 1;
    let mut punct = 0;
    let mut chars = 0;
    let mut wide = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' | b'\n' => {
                words += 1;
                if words >= 8 && punct > 0 {
                    return true;
                }
            }
            b'.' | b',' | b';' | b'!' | b'?' | b':' => punct += 1,
            // Ideographic full stop and comma, fullwidth punctuation.
            0xE3 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0x81 | 0x82)) =>
            {
                punct += 1
            }
            0xEF if bytes.get(i + 1) == Some(&0xBC) => punct += 1,
            // Arabic comma and question mark, Urdu full stop, Devanagari danda.
            0xD8 if matches!(bytes.get(i + 1), Some(0x8C | 0x9F)) => punct += 1,
            0xDB if bytes.get(i + 1) == Some(&0x94) => punct += 1,
            0xE0 if bytes.get(i + 1) == Some(&0xA5) && bytes.get(i + 2) == Some(&0xA4) => {
                punct += 1
            }
            _ => {}
        }
        chars += usize::from(b & 0xC0 != 0x80);
        wide += usize::from((0xE3..=0xED).contains(&b));
    }
    (words >= 8 && punct > 0) || chars >= 150 || (wide >= 16 && punct > 0)
}
