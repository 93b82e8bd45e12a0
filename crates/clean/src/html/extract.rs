//! The tree walk: a stack of open elements over the token stream, with text collected into
//! blocks in one buffer, and the choice of the main content at the end.
//!
//! Dropped subtrees (script, nav, `[hidden]`, `class="share"`…) never reach the buffer. Each
//! block remembers its innermost main-content candidate (`<main>`, `role=main`, `<article>`,
//! `itemprop=articleBody`) and how many of its bytes sit inside links; [`Extractor::finish`] keeps
//! the blocks of the candidate with the most text, or every block when there is none, and drops
//! short link-dense blocks.

use super::HtmlMeta;
use super::boilerplate;
use super::entities;
use super::lexer::{Attrs, StartTag, Token};
use super::meta::MetaRaw;
use super::tags::{self, Tag};

/// Deeper elements are read as inline text: bounds the work per end tag on pathological nesting.
const MAX_DEPTH: usize = 512;
/// A form whose text reaches this many non-link bytes is a page wrapper (ASP.NET), not a widget.
const FORM_KEEP_BYTES: usize = 500;
/// No candidate index.
const NONE: usize = usize::MAX;

// Flags of an open element.
const O_BLOCK: u16 = 1;
const O_DROP: u16 = 1 << 1;
const O_LINK: u16 = 1 << 2;
const O_PRE: u16 = 1 << 3;
const O_H1: u16 = 1 << 4;
const O_HEADING: u16 = 1 << 5;
const O_CAND: u16 = 1 << 6;
const O_FOREIGN: u16 = 1 << 7;
const O_SOFT: u16 = 1 << 8;
const O_CELL: u16 = 1 << 9;

// Flags of a block.
const B_H1: u8 = 1;
const B_HEADING: u8 = 1 << 1;

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

/// A block of text: `buf[start..end]`.
#[derive(Clone, Copy)]
struct Block {
    start: usize,
    end: usize,
    /// Bytes inside `<a>`.
    link: usize,
    /// Innermost candidate, or [`NONE`].
    cand: usize,
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
            self.flags & B_HEADING == 0
                && ((link * 5 > len * 4 && len < 300) || link * 10 > len * 9)
        } else {
            (link * 2 > len && len < 300) || link * 5 > len * 4
        }
    }
}

/// A main-content candidate.
struct Cand {
    parent: usize,
    /// `<article>` only: teaser cards are articles too, so a weak winner must hold real text.
    weak: bool,
}

/// State saved when a form opens, to take its blocks back when it closes small.
struct SoftMark {
    blocks: usize,
    buf: usize,
    times: usize,
    cands: usize,
}

/// What the next raw-text token is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RawKind {
    Ignore,
    Title,
    JsonLd,
}

pub(super) struct Extractor<'a> {
    buf: String,
    block_start: usize,
    block_link: usize,
    pending_space: bool,
    pre_skip_newline: bool,
    blocks: Vec<Block>,
    stack: Vec<Open>,
    counts: [u32; tags::COUNT],
    drop_depth: u32,
    link_depth: u32,
    pre_depth: u32,
    h1_depth: u32,
    heading_depth: u32,
    foreign_depth: u32,
    cands: Vec<Cand>,
    cand_stack: Vec<usize>,
    soft: Vec<SoftMark>,
    raw_kind: RawKind,
    /// `<time datetime>` outside dropped subtrees: value and innermost candidate.
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
            counts: [0; tags::COUNT],
            drop_depth: 0,
            link_depth: 0,
            pre_depth: 0,
            h1_depth: 0,
            heading_depth: 0,
            foreign_depth: 0,
            cands: Vec::new(),
            cand_stack: Vec::new(),
            soft: Vec::new(),
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
            let cand = self.cand_stack.last().copied().unwrap_or(NONE);
            self.blocks.push(Block {
                start,
                end,
                link: self.block_link,
                cand,
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
                self.times
                    .push((dt, self.cand_stack.last().copied().unwrap_or(NONE)));
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
        if self.drop_depth == 0 {
            if self.should_drop(tag, flags, a) {
                o |= O_DROP;
            } else if is_candidate(tag, a) {
                o |= O_CAND;
            } else if tag == Tag::FORM {
                o |= O_SOFT;
            }
        }
        if flags & tags::BLOCK != 0 || o & O_CAND != 0 {
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
        if o & O_CAND != 0 {
            let parent = self.cand_stack.last().copied().unwrap_or(NONE);
            self.cands.push(Cand {
                parent,
                weak: tag == Tag::ARTICLE && !is_strong_candidate(a),
            });
            self.cand_stack.push(self.cands.len() - 1);
        }
        if o & O_SOFT != 0 {
            self.soft.push(SoftMark {
                blocks: self.blocks.len(),
                buf: self.buf.len(),
                times: self.times.len(),
                cands: self.cands.len(),
            });
        }
        if tag == Tag::A {
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

    fn should_drop(&self, tag: Tag, flags: u16, a: &Attrs<'_>) -> bool {
        if flags & tags::DROP != 0 {
            return true;
        }
        if (tag == Tag::HEADER || tag == Tag::FOOTER) && self.cand_stack.is_empty() {
            return true;
        }
        if boilerplate::is_hidden(a) || a.role.is_some_and(boilerplate::is_chrome_role) {
            return true;
        }
        if tag == Tag::MAIN || tag == Tag::ARTICLE || is_candidate(tag, a) {
            return false;
        }
        a.class.is_some_and(boilerplate::is_chrome_name)
            || a.id.is_some_and(boilerplate::is_chrome_name)
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
        if o.flags & O_FOREIGN != 0 {
            self.foreign_depth -= 1;
        }
        if o.flags & O_CAND != 0 {
            self.cand_stack.pop();
        }
        if o.flags & O_CELL != 0 {
            self.pending_space = true;
        }
        if o.flags & O_SOFT != 0
            && let Some(mark) = self.soft.pop()
        {
            let text: usize = self.blocks[mark.blocks..].iter().map(Block::own_text).sum();
            if self.cands.len() == mark.cands && text < FORM_KEEP_BYTES {
                self.blocks.truncate(mark.blocks);
                self.times.truncate(mark.times);
                self.buf.truncate(mark.buf);
                self.block_start = self.buf.len();
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

    pub(super) fn finish(mut self) -> (String, HtmlMeta) {
        self.flush();
        let n = self.cands.len();

        // Own text per candidate, then summed into ancestors (a parent comes before its children).
        let mut score = vec![0usize; n];
        for b in &self.blocks {
            if b.cand != NONE {
                score[b.cand] += b.own_text();
            }
        }
        for i in (0..n).rev() {
            let parent = self.cands[i].parent;
            if parent != NONE {
                score[parent] += score[i];
            }
        }
        let total: usize = self.blocks.iter().map(Block::own_text).sum();
        let mut best = NONE;
        for i in 0..n {
            if score[i] > 0 && (best == NONE || score[i] > score[best]) {
                best = i;
            }
        }
        // An `<article>` that holds under a quarter of the page's text is a teaser card.
        if best != NONE && self.cands[best].weak && score[best] * 4 < total {
            best = NONE;
        }
        let inside: Vec<bool> = if best == NONE {
            Vec::new()
        } else {
            let mut inside = vec![false; n];
            for i in 0..n {
                let parent = self.cands[i].parent;
                inside[i] = i == best || (parent != NONE && inside[parent]);
            }
            inside
        };
        let in_content = |cand: usize| best == NONE || (cand != NONE && inside[cand]);
        let in_main = best != NONE;

        let mut kept = 0;
        for b in &self.blocks {
            if in_content(b.cand) && !b.is_link_dense(in_main) {
                kept += b.len() + 2;
            }
        }
        let mut text = String::with_capacity(kept);
        for b in &self.blocks {
            if in_content(b.cand) && !b.is_link_dense(in_main) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(self.buf.get(b.start..b.end).unwrap_or(""));
            }
        }

        let h1 = self
            .blocks
            .iter()
            .find(|b| b.flags & B_H1 != 0 && in_content(b.cand))
            .and_then(|b| self.buf.get(b.start..b.end));
        let time = self
            .times
            .iter()
            .find(|(_, cand)| in_content(*cand))
            .map(|(t, _)| *t);
        let meta = self.meta.resolve(h1, time);
        (text, meta)
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

/// `<main>`, `role=main`, `<article>`, `itemprop=articleBody`.
fn is_candidate(tag: Tag, a: &Attrs<'_>) -> bool {
    tag == Tag::MAIN || tag == Tag::ARTICLE || is_strong_candidate(a)
}

fn is_strong_candidate(a: &Attrs<'_>) -> bool {
    a.role.is_some_and(boilerplate::is_main_role)
        || a.itemprop
            .is_some_and(|i| boilerplate::has_token(i, "articleBody"))
}
