//! Text extracted from PDFs: page furniture out, lines re-flowed into paragraphs.
//!
//! The input is what a PDF text extractor wrote (pdftotext, a PDF library, a corpus's `.txt`
//! export): the lines of each page as they were laid out, pages separated by form feeds (or not).
//! Three passes:
//!
//! 1. **Pages.** Form feeds split pages. Without them, page-number lines ("- 3 -", "Page 3 of
//!    12", lone numbers between blank lines that count up) mark where pages end; failing those,
//!    short lines with digits that stand alone and recur, digits aside ("23-27019 1/30"), do.
//! 2. **Furniture.** From the top and the bottom of each page, lines are peeled off while they are
//!    running headers or footers (a line whose shape, digits ignored and words in any order,
//!    recurs at the edges of other pages: "29/09/2015 A/70/PV.16" and "A/70/PV.16 29/09/2015",
//!    "15-29431 27/51", "UNCLASSIFIED"), page numbers, or rules without a letter or digit
//!    ("______"). The letterhead at the top of the first page (issuing state, ministry, national
//!    motto) goes too. All of it is kept in the removed layer as page furniture.
//! 3. **Flow.** The remaining lines are joined into paragraphs. A line break becomes a space
//!    unless the line closes a paragraph: sentence punctuation followed by a capital, a bullet or
//!    a number; a short line (the next line's first word would have fitted on it) in hard-wrapped
//!    text; a heading (a short line in capitals, a numbered title); a blank line, unless the
//!    sentence plainly goes on after it. Page breaks are line breaks like the others, so a
//!    paragraph cut by a page comes out whole. A word hyphenated at a line end is joined: the
//!    hyphen goes when the document writes the word without it elsewhere or nothing says it is a
//!    compound, and stays before a capital ("Nagorno-\nKarabakh"), in compounds the document
//!    spells with a hyphen or whose second part it uses as a word ("low-\ncarbon"), and before
//!    clitics and particles ("dit-\nil", "что-\nто").
//!
//! Paragraphs come out separated by a blank line; whitespace inside lines is left to the chrome
//! pass. Nothing of the body is dropped: every line is either in the text or in the removed list.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::pagedump::{MAX_CAPITALS_LABEL_WORDS, capitals_name_word, sentence_case};
use crate::{Removed, RemovedKind};

/// How many lines from each page edge are compared across pages for running headers/footers.
const EDGE: usize = 3;
/// How many lines at most are peeled off each page edge.
const PEEL: usize = 5;
/// Running headers and footers are short.
const MAX_FURNITURE_CHARS: usize = 120;
/// Lines of the first page searched for a letterhead, before the first long line.
const LETTERHEAD_LINES: usize = 10;
/// The longest running footer recognised without page numbers.
const MAX_FOOTER_CHARS: usize = 60;
/// How often a footer line recurs before it marks page ends.
const MIN_RECURRENCES: usize = 3;
/// The fewest lines of text whose width tells a full line from a short one.
const MIN_LINES_FOR_WIDTH: usize = 10;
/// Text whose typical line is longer than this has one paragraph per line, not hard wraps.
const WRAPPED_MAX: usize = 160;

/// "3", "- 3 -", "[3]", "Page 3", "Page 3 of 12", "3/12", "p. 3", "стр. 3".
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:page|pg\.?|p\.|pag\.|pág\.|seite|стр\.?|страница|с\.)?\s*[-–—(\[|]?\s*\d{1,4}\s*(?:(?:/|of|sur|de|из|von)\s*\d{1,4})?\s*[-–—)\]|]?$",
    )
    .expect("valid regex")
});
/// Page numbers that cannot be anything else, even away from a page edge.
static PAGE_NUMBER_EXPLICIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:page|pg\.?|seite|страница|стр\.)\s*\d{1,4}(?:\s*(?:/|of|sur|de|из|von)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$",
    )
    .expect("valid regex")
});
/// The first words of a letterhead line: issuing state, ministry, embassy, office.
static LETTERHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:r[ée]publique|republic|royaume|kingdom|united states|united kingdom|minist[èe]re|ministry|ministerio|ministero|embassy|ambassade|consulat|consulate|permanent mission|mission permanente|pr[ée]sidence|presidency|primature|cabinet|secr[ée]tariat|secretariat|gouvernement|government|d[ée]partement|department|office of|d[ée]l[ée]gation|delegation|посольство|министерство|правительство|администрация|постоянное представительство|представительство|республика|российская федерация|мид)\b",
    )
    .expect("valid regex")
});
/// A national motto: two to four short capitalised parts between dashes ("Un Peuple-Un But-Une
/// Foi", "Union-Discipline-Travail", "Liberté – Égalité – Fraternité").
static MOTTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'’ ]{1,20}(?:\s*[-–—•·]\s*\p{Lu}[\p{L}'’ ]{1,20}){2,3}$")
        .expect("valid regex")
});
/// A numbered title: "1.", "2.3", "IV.", "Article 5", "Статья 3".
static NUMBERED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivxlc]{1,5}\.|(?:article|chapitre|chapter|section|titre|part|partie|annexe?|статья|глава|раздел|часть)\s+[\dIVXLC]+\.?)\s",
    )
    .expect("valid regex")
});
/// A list item: a bullet, "1)", "a)", "(a)", "1. Capital".
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[•◦▪▫●○■□➢►▶✓·*\u{F0B7}\u{F0A7}\u{F076}]\s*\S|[-–—]\s+\S|\(?[\da-zа-я]{1,2}\)\s|\d{1,2}\.\s+[\p{Lu}«“\x22])",
    )
    .expect("valid regex")
});

/// Words written before a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vol", "art", "p", "pp", "cf", "vs", "gen", "sen",
    "rep", "gov", "prof", "mme", "mlle", "mm", "me", "m", "n°", "ex", "fig", "al", "jr", "sr",
    "lt", "col", "capt", "hon", "amb", "г", "гг", "им", "т", "ул", "стр", "см", "п", "ст", "тов",
    "e.g", "i.e", "approx", "env", "av",
];
/// Words after a line-end hyphen that make a compound, not a cut word.
const HYPHEN_SUFFIXES: &[&str] = &[
    // French clitics and particles.
    "il",
    "ils",
    "elle",
    "elles",
    "on",
    "je",
    "tu",
    "nous",
    "vous",
    "moi",
    "toi",
    "lui",
    "leur",
    "ce",
    "là",
    "ci",
    "même",
    "mêmes",
    "t",
    "y",
    "en", // Russian particles.
    "то",
    "либо",
    "нибудь",
    "ка",
    "таки",
    "де", // English second parts of compounds.
    "based",
    "related",
    "led",
    "owned",
    "scale",
    "level",
    "term",
    "wide",
    "like",
    "free",
    "run",
    "up",
    "making",
    "building",
    "general",
    "elect",
];
/// Words after "X- " inside a line that show the hyphen is a suspended prefix ("pre- and post-").
const SUSPENDED: &[&str] = &[
    "and", "or", "nor", "to", "et", "ou", "à", "au", "und", "oder", "и", "или", "а",
];

/// The body of PDF-extracted text (pages separated by form feeds, or not) and what was removed:
/// running headers and footers, page numbers, letterheads; hyphenated line ends joined and
/// hard-wrapped lines re-flowed into paragraphs.
pub fn to_text(text: &str) -> (String, Vec<Removed>) {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = split_lines(text);
    if !text.contains('\u{c}') {
        infer_pages(&mut lines);
    }
    let furniture = find_furniture(&lines);
    Flow::new(text, &lines, &furniture).run()
}

#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    /// The line without its indentation and trailing whitespace.
    text: &'a str,
    page: usize,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    for (page, page_text) in text.split('\u{c}').enumerate() {
        for raw in page_text.split('\n') {
            lines.push(Line {
                text: raw.trim(),
                page,
            });
        }
    }
    lines
}

/// Without form feeds, page-number lines standing alone between blank lines mark page ends: those
/// that cannot be anything else, or lone numbers counting up with a page of text between them.
fn infer_pages(lines: &mut [Line<'_>]) {
    let alone = |i: usize| {
        (i == 0 || lines[i - 1].is_blank()) && lines.get(i + 1).is_none_or(|l| l.is_blank())
    };
    let mut ends = Vec::new();
    let explicit: Vec<usize> = (0..lines.len())
        .filter(|&i| PAGE_NUMBER_EXPLICIT.is_match(lines[i].text) && alone(i))
        .collect();
    if explicit.len() >= 2 {
        ends = explicit;
    } else {
        // Lone numbers n, n+1, … with at least a few lines of text between them.
        let mut run: Vec<(usize, u32)> = Vec::new();
        let mut body_since = 0usize;
        for (i, line) in lines.iter().enumerate() {
            let number = (line.text.len() <= 4 && line.text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| line.text.parse::<u32>().ok())
                .flatten()
                .filter(|_| alone(i));
            match number {
                Some(n) => {
                    match run.last() {
                        Some(&(_, last)) if n == last + 1 && body_since >= 8 => run.push((i, n)),
                        _ => {
                            if run.len() >= 2 {
                                ends.extend(run.iter().map(|&(i, _)| i));
                            }
                            run = vec![(i, n)];
                        }
                    }
                    body_since = 0;
                }
                None if !line.is_blank() => body_since += 1,
                None => {}
            }
        }
        if run.len() >= 2 {
            ends.extend(run.iter().map(|&(i, _)| i));
        }
    }
    if ends.is_empty() {
        ends = recurring_footers(lines, alone);
    }
    let mut page = 0;
    let mut ends = ends.into_iter().peekable();
    for (i, line) in lines.iter_mut().enumerate() {
        line.page = page;
        if ends.next_if_eq(&i).is_some() {
            page += 1;
        }
    }
}

/// Without page numbers of their own, a page ends after the short lines with digits that stand
/// alone and recur, digits aside, at least `MIN_RECURRENCES` times ("23-27019 1/30" then
/// "A/78/PV.5 19/09/2023" at every page's foot): the last of each run of them (blank lines
/// between) ends a page, so that the running-head pass finds them at page edges.
fn recurring_footers(lines: &[Line<'_>], alone: impl Fn(usize) -> bool) -> Vec<usize> {
    let candidate = |i: usize| {
        let text = lines[i].text;
        text.chars().any(|c| c.is_ascii_digit())
            && text.chars().count() <= MAX_FOOTER_CHARS
            && alone(i)
    };
    let mut shapes: HashMap<String, usize> = HashMap::new();
    for i in (0..lines.len()).filter(|&i| candidate(i)) {
        *shapes
            .entry(chancery_model::text::line_shape(lines[i].text))
            .or_default() += 1;
    }
    let recurring = |i: usize| {
        candidate(i)
            && shapes
                .get(&chancery_model::text::line_shape(lines[i].text))
                .is_some_and(|&n| n >= MIN_RECURRENCES)
    };
    let mut ends = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !recurring(i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i + 1;
        while j < lines.len() && (lines[j].is_blank() || recurring(j)) {
            if recurring(j) {
                last = j;
            }
            j += 1;
        }
        ends.push(last);
        i = j;
    }
    ends
}

fn has_alnum(line: &str) -> bool {
    line.chars().any(char::is_alphanumeric)
}

/// Which lines are page furniture.
fn find_furniture(lines: &[Line<'_>]) -> Vec<bool> {
    let mut furniture = vec![false; lines.len()];
    let pages = lines.last().map_or(0, |l| l.page + 1);
    // Each page's non-blank lines, by index.
    let mut by_page: Vec<Vec<usize>> = vec![Vec::new(); pages];
    for (i, line) in lines.iter().enumerate() {
        if !line.is_blank() {
            by_page[line.page].push(i);
        }
    }
    // Shapes seen at the edges of pages, with the pages they were seen on. One number alone
    // ("0%", a table's cell) is not a running head.
    let mut seen: HashMap<String, HashSet<usize>> = HashMap::new();
    for (page, idx) in by_page.iter().enumerate() {
        let top = idx.iter().take(EDGE);
        let bottom = idx
            .iter()
            .rev()
            .take(EDGE.min(idx.len().saturating_sub(EDGE)));
        for &i in top.chain(bottom) {
            let sig = chancery_model::text::line_shape(lines[i].text);
            let wordy = sig.chars().any(char::is_alphabetic) || sig.contains(' ');
            if lines[i].text.chars().count() <= MAX_FURNITURE_CHARS && wordy {
                seen.entry(sig).or_default().insert(page);
            }
        }
    }
    let pages_with_text = by_page.iter().filter(|idx| !idx.is_empty()).count();
    // Lone numbers at page edges are page numbers when they follow the pages: the same offset
    // between the number and the page's place on at least two pages (a table's last cell does not).
    let mut offsets: HashMap<i64, usize> = HashMap::new();
    for (page, idx) in by_page.iter().enumerate() {
        let top = idx.iter().take(EDGE);
        let bottom = idx
            .iter()
            .rev()
            .take(EDGE.min(idx.len().saturating_sub(EDGE)));
        let mut seen_here = HashSet::new();
        for &i in top.chain(bottom) {
            if let Some(n) = page_number(lines[i].text) {
                let offset = i64::from(n) - page as i64;
                if seen_here.insert(offset) {
                    *offsets.entry(offset).or_default() += 1;
                }
            }
        }
    }
    let page_offset = offsets
        .into_iter()
        .filter(|&(_, count)| count >= 2)
        .max_by_key(|&(offset, count)| (count, -offset.abs()))
        .map(|(offset, _)| offset);
    let need = if pages_with_text <= 6 { 2 } else { 3 };
    let is_edge_line = |page: usize, text: &str| {
        let numbered = || match page_number(text) {
            Some(n) => page_offset == Some(i64::from(n) - page as i64),
            None => PAGE_NUMBER.is_match(text),
        };
        let running = || {
            pages_with_text >= 2
                && text.chars().count() <= MAX_FURNITURE_CHARS
                && seen
                    .get(&chancery_model::text::line_shape(text))
                    .is_some_and(|p| p.len() >= need)
        };
        numbered() || !has_alnum(text) && !is_bullet_only(text) || running()
    };
    for (page, idx) in by_page.iter().enumerate() {
        for &i in idx.iter().take(PEEL) {
            if !is_edge_line(page, lines[i].text) {
                break;
            }
            furniture[i] = true;
        }
        for &i in idx.iter().rev().take(PEEL) {
            if !is_edge_line(page, lines[i].text) {
                break;
            }
            furniture[i] = true;
        }
    }
    // Rules and decorations anywhere, and explicit page numbers standing alone.
    for (i, line) in lines.iter().enumerate() {
        if !line.is_blank()
            && (!has_alnum(line.text) && !is_bullet_only(line.text)
                || PAGE_NUMBER_EXPLICIT.is_match(line.text))
        {
            furniture[i] = true;
        }
    }
    // The letterhead: lines at the top of the first page, before the first long line.
    let mut after_letterhead = false;
    for &i in by_page.first().into_iter().flatten().take(LETTERHEAD_LINES) {
        let text = lines[i].text;
        let chars = text.chars().count();
        if chars > 70 {
            break;
        }
        let continues = after_letterhead && starts_lower(text);
        let is_letterhead = chars <= 60
            && !ends_sentence(text)
            && (LETTERHEAD.is_match(text) || MOTTO.is_match(text) || continues);
        if is_letterhead {
            furniture[i] = true;
        }
        after_letterhead = is_letterhead || after_letterhead && furniture[i];
    }
    furniture
}

/// The number of a page-number line that is a bare number, decorated or not ("3", "- 3 -"); `None`
/// for other lines, and for "Page 3" or "3/12", which say what they are.
fn page_number(text: &str) -> Option<u32> {
    let core = text
        .trim_matches(|c: char| matches!(c, '-' | '–' | '—' | '(' | ')' | '[' | ']' | '|' | ' '));
    if core.is_empty() || core.len() > 4 || !core.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    core.parse().ok()
}

fn is_bullet_only(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(
        (chars.next(), chars.next()),
        (
            Some(
                '•' | '◦' | '▪' | '●' | '○' | '■' | '□' | '➢' | '►' | '·' | '\u{F0B7}' | '\u{F0A7}'
            ),
            None
        )
    )
}

fn first_char(text: &str) -> Option<char> {
    text.chars().next()
}

fn starts_lower(text: &str) -> bool {
    first_char(text).is_some_and(char::is_lowercase)
}

/// The line starts like the rest of a sentence: a lowercase word, or punctuation that cannot
/// open one.
fn starts_continuation(text: &str) -> bool {
    starts_lower(text)
        || matches!(
            first_char(text),
            Some(',' | ';' | ')' | ']' | '%' | '»' | '…')
        )
}

fn ends_without_closers(text: &str) -> &str {
    text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', ' ', '\u{a0}'])
}

/// The line ends a sentence: `.`, `!`, `?`, `…` (closing quotes and brackets aside), and not
/// after an abbreviation or an initial.
fn ends_sentence(text: &str) -> bool {
    let core = ends_without_closers(text);
    match core.chars().last() {
        Some('!' | '?' | '…') => true,
        Some('.') => {
            let before = &core[..core.len() - 1];
            let word = before
                .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '«' || c == '“')
                .next()
                .unwrap_or("");
            let lower = word.to_lowercase();
            if ABBREVIATIONS.contains(&lower.as_str()) {
                return false;
            }
            // "J." as an initial, but not "2." or "A.".
            let mut chars = word.chars();
            !matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase() && c != 'A' && c != 'I')
        }
        _ => false,
    }
}

/// A short line in capitals ("1. INTRODUCTION", "COMMUNIQUE DU CONSEIL DES MINISTRES").
fn is_capitals(text: &str) -> bool {
    if text.chars().count() > 120 {
        return false;
    }
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 3 && lower * 5 <= upper
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

fn last_word(text: &str) -> &str {
    text.split_whitespace().next_back().unwrap_or("")
}

/// The most words of a speaker label that opens a line.
const MAX_LABEL_WORDS: usize = 6;

/// A line that a speaker label opens: a label without a name before a dash or a colon ("Q -",
/// "R –", "Вопрос:"), or a few capitalised words before a colon ("MR PRICE:", "Sergey Lavrov:",
/// "С.В.Лавров:").
fn opens_turn(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let anonymous = |w: &str| {
        chancery_lexicon::page::is_anonymous_label(&chancery_lexicon::page::word_form(w))
            && w.starts_with(char::is_uppercase)
    };
    if anonymous(first.trim_end_matches(':'))
        && (first.ends_with(':')
            || words
                .clone()
                .next()
                .is_some_and(|w| matches!(w, "-" | "–" | "—" | ":")))
    {
        return true;
    }
    // A site's address: "alarabiya.net: …".
    if first
        .strip_suffix(':')
        .is_some_and(chancery_model::text::is_domain)
    {
        return true;
    }
    // A name in capitals before a word in sentence case, as interviews write their turns:
    // "CHRISTOPHE BECHU Alors, …".
    let capitals = line
        .split_whitespace()
        .take_while(|w| capitals_name_word(w))
        .count();
    if (2..=MAX_CAPITALS_LABEL_WORDS).contains(&capitals)
        && line
            .split_whitespace()
            .nth(capitals)
            .is_some_and(sentence_case)
    {
        return true;
    }
    let mut head = vec![first];
    head.extend(words.take(MAX_LABEL_WORDS - 1));
    let Some(k) = head.iter().position(|w| w.ends_with(':')) else {
        return false;
    };
    // (Before the colon: capitalised words only. A colon standing alone, as French sets it,
    // ends a label only after initials or a name in capitals, "SB : …": after another word it
    // mostly introduces a quotation, "…l'ambassadeur Bernard\nBajolet : « …".)
    let k = match k {
        0 => 0,
        _ if head[k] != ":" => k,
        _ if head[k - 1].chars().all(char::is_uppercase) => k - 1,
        _ => return false,
    };
    // (A particle inside a name is lowercase: "Mohammed al Tomaihi:".)
    head[..=k].iter().enumerate().all(|(m, w)| {
        w.starts_with(|c: char| c.is_uppercase())
            || m > 0 && m < k && chancery_lexicon::people::is_name_particle(w)
    }) && head[k]
        .trim_end_matches(':')
        .chars()
        .any(char::is_alphabetic)
}

/// Whether there are lines enough to tell a full line from a short one by the width alone.
fn many_lines(lines: &[Line<'_>]) -> bool {
    lines.iter().filter(|l| !l.is_blank()).count() >= MIN_LINES_FOR_WIDTH
}

/// How the text is wrapped: the width of a full line, in chars, when lines are hard-wrapped.
fn wrap_width(lines: &[Line<'_>], furniture: &[bool]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .zip(furniture)
        .filter(|(l, f)| !l.is_blank() && !**f)
        .map(|(l, _)| l.text.chars().count())
        .collect();
    if lengths.len() < 3 {
        return None;
    }
    lengths.sort_unstable();
    let median = lengths[lengths.len() / 2];
    let p90 = lengths[lengths.len() * 9 / 10];
    (median <= WRAPPED_MAX).then_some(p90)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    /// The line goes on: a space.
    Space,
    /// A word cut by a hyphen: joined, the hyphen dropped or kept.
    Hyphen { keep: bool },
    /// A new paragraph.
    Break,
    /// The line goes on without a space (a drop cap and the rest of its word).
    Glue,
}

/// A drop cap on a line of its own: "L" then "’intégration constitue…", "D" then "ès leur…".
fn is_drop_cap(prev: &str, next: &str) -> bool {
    let mut chars = prev.chars();
    let (Some(cap), None) = (chars.next(), chars.next()) else {
        return false;
    };
    cap.is_uppercase()
        && match first_char(next) {
            Some('’' | '\'') => true,
            // Single letters that are words stay words: "A l’entame", "В связи".
            Some(c) if c.is_lowercase() => !"AÀIOYÔАВИКОСУЯ".contains(cap),
            _ => false,
        }
}

/// The most lines of a question standing as a paragraph of its own.
const QUESTION_LINES: usize = 3;

struct Flow<'a, 'b> {
    source: &'a str,
    lines: &'b [Line<'a>],
    furniture: &'b [bool],
    width: Option<usize>,
    /// Whether the text has lines enough to tell a full line by the width.
    many_lines: bool,
    /// Lowercased words of the whole text, built on first need (hyphenated line ends).
    words: Option<HashSet<String>>,
    out: String,
    removed: Vec<Removed>,
}

impl<'a, 'b> Flow<'a, 'b> {
    fn new(source: &'a str, lines: &'b [Line<'a>], furniture: &'b [bool]) -> Self {
        Flow {
            source,
            lines,
            furniture,
            width: wrap_width(lines, furniture),
            many_lines: many_lines(lines),
            words: None,
            out: String::with_capacity(source.len()),
            removed: Vec::new(),
        }
    }

    fn run(mut self) -> (String, Vec<Removed>) {
        let mut prev: Option<Line<'a>> = None;
        // Since the previous body line: a blank line on the same page, a page break.
        let mut blank = false;
        let mut page_break = false;
        let mut bullet: Option<&'a str> = None;
        for (i, line) in self.lines.iter().enumerate() {
            if let Some(p) = prev
                && line.page != p.page
            {
                page_break = true;
            }
            if line.is_blank() {
                blank = true;
                continue;
            }
            if self.furniture[i] {
                self.removed.push(Removed {
                    kind: RemovedKind::PageFurniture,
                    text: line.text.to_owned(),
                    at: self.out.len(),
                });
                continue;
            }
            if is_bullet_only(line.text) {
                bullet = Some(line.text);
                continue;
            }
            let join = match prev {
                None => None,
                Some(_) if bullet.is_some() => Some(Join::Break),
                Some(p) => Some(self.join(p.text, line.text, i + 1, blank && !page_break)),
            };
            match join {
                None => {}
                Some(Join::Space) => self.out.push(' '),
                Some(Join::Hyphen { keep: true } | Join::Glue) => {}
                Some(Join::Hyphen { keep: false }) => {
                    self.out.pop();
                    let len = self.out.len();
                    for r in self.removed.iter_mut().rev().take_while(|r| r.at > len) {
                        r.at = len;
                    }
                }
                Some(Join::Break) => self.out.push_str("\n\n"),
            }
            if let Some(b) = bullet.take() {
                self.out.push_str(b);
                self.out.push(' ');
            }
            push_line(&mut self.out, line.text);
            prev = Some(*line);
            blank = false;
            page_break = false;
        }
        if let Some(b) = bullet {
            // A bullet with nothing after it: keep the glyph where it stood.
            self.removed.push(Removed {
                kind: RemovedKind::PageFurniture,
                text: b.to_owned(),
                at: self.out.len(),
            });
        }
        (self.out, self.removed)
    }

    /// How `prev` and `next`, consecutive body lines, are joined (`after`: the index of the line
    /// after `next`). `blank`: a blank line stood between them on the same page.
    fn join(&mut self, prev: &str, next: &str, after: usize, blank: bool) -> Join {
        let next_letter = first_char(next).is_some_and(char::is_alphabetic);
        if let Some(stem) = hyphenated(prev)
            && next_letter
            && (!blank || starts_lower(next))
        {
            let keep = !starts_lower(next) || self.keeps_hyphen(stem, first_word(next));
            return Join::Hyphen { keep };
        }
        if is_drop_cap(prev, next) {
            return Join::Glue;
        }
        if blank {
            // A blank line ends the paragraph, unless the sentence plainly goes on: a line ending
            // on a word, then a lowercase one. A clause ending with a comma before a blank line
            // is a paragraph of its own (a preamble's "considérant…,").
            let on_word = ends_without_closers(prev)
                .chars()
                .last()
                .is_some_and(char::is_alphanumeric);
            let goes_on = starts_lower(next)
                || prev.chars().last().is_some_and(char::is_lowercase)
                    && first_char(next).is_some_and(|c| c.is_ascii_digit())
                    && !LIST_ITEM.is_match(next);
            return if on_word && goes_on && !is_capitals(prev) {
                Join::Space
            } else {
                Join::Break
            };
        }
        if LIST_ITEM.is_match(next) || opens_turn(next) {
            return Join::Break;
        }
        let prev_caps = is_capitals(prev);
        let next_caps = is_capitals(next);
        if prev_caps || self.is_title(prev) {
            // A heading over several lines stays one paragraph.
            let goes_on = prev_caps
                && next_caps
                && !ends_sentence(prev)
                && !prev.ends_with(':')
                && !NUMBERED_TITLE.is_match(next);
            return if goes_on { Join::Space } else { Join::Break };
        }
        if next_caps && !starts_continuation(next) {
            return Join::Break;
        }
        if starts_continuation(next) {
            return Join::Space;
        }
        if ends_sentence(prev) {
            // "a modernized “U.N.\n2.0.”": an acronym's dot before a number ends nothing.
            let acronym = last_word(prev).trim_end_matches('.').contains('.');
            let number = first_char(next).is_some_and(|c| c.is_ascii_digit());
            // Hard-wrapped text: a full line that ends a sentence ends no paragraph ("…
            // “I see this differently.\nI don't look …”"); a paragraph's last line is seldom
            // full.
            // (But a question standing alone after it opens a paragraph, as interviews print
            // their questions.)
            let full = self.width.is_some()
                && self.many_lines
                && !self.is_short(prev, next)
                && !self.question_alone(next, after);
            return if acronym && number || full {
                Join::Space
            } else {
                Join::Break
            };
        }
        let short = self.is_short(prev, next);
        let end = ends_without_closers(prev).chars().last().unwrap_or(' ');
        match (self.width, end) {
            (_, ':' | ';') => {
                if short {
                    Join::Break
                } else {
                    Join::Space
                }
            }
            // Hard-wrapped text: a line that stopped short ends its paragraph.
            (Some(_), _) => {
                if short {
                    Join::Break
                } else {
                    Join::Space
                }
            }
            // One paragraph per line: a line cut inside a sentence goes on; a short line of a few
            // words without a stop is a heading.
            (None, c) if c == ',' || c == '(' || c == '-' || c == '–' => Join::Space,
            (None, c) if c.is_lowercase() && prev.split_whitespace().nth(7).is_some() => {
                Join::Space
            }
            (None, _) => Join::Break,
        }
    }

    /// Whether a question stands as a paragraph of its own from line `next` on ("… réaction en
    /// chaîne.\nConnaît-on … des mouvements financiers\nde ces dernières semaines ?\nDes emplois
    /// …"): one sentence over at most [`QUESTION_LINES`] lines, ending with "?" on a line that
    /// stops short. `after`: the index of the line after `next`.
    fn question_alone(&self, next: &str, after: usize) -> bool {
        let mut rest = self
            .lines
            .get(after..)
            .unwrap_or(&[])
            .iter()
            .zip(self.furniture.get(after..).unwrap_or(&[]))
            .filter(|(l, f)| !l.is_blank() && !**f)
            .map(|(l, _)| l.text);
        let mut line = next;
        for _ in 0..QUESTION_LINES {
            let body = line.trim_end();
            // (One sentence: no stop inside the line.)
            let inner = body.trim_end_matches(['?', ' ', '\u{a0}']);
            if inner.contains(". ") || inner.contains("! ") || inner.contains("? ") {
                return false;
            }
            if body.ends_with('?') {
                return rest.next().is_none_or(|f| self.is_short(line, f));
            }
            if ends_sentence(line) {
                return false;
            }
            match rest.next() {
                Some(l) => line = l,
                None => return false,
            }
        }
        false
    }

    /// The next line's first word would have fitted on `prev`: the line was ended on purpose.
    fn is_short(&self, prev: &str, next: &str) -> bool {
        match self.width {
            Some(width) => {
                let need = prev.chars().count() + 1 + first_word(next).chars().count();
                need * 20 <= width * 19
            }
            None => true,
        }
    }

    /// A numbered title standing on its own line ("2.3 Scope of the report", "Article 5").
    fn is_title(&self, line: &str) -> bool {
        if !NUMBERED_TITLE.is_match(line) || line.ends_with([',', ';', '-']) {
            return false;
        }
        let chars = line.chars().count();
        match self.width {
            Some(width) => chars * 10 <= width * 6,
            None => chars <= 80 && !ends_sentence(line),
        }
    }

    /// Whether the hyphen of `stem-` + `rest` is part of the word.
    fn keeps_hyphen(&mut self, stem: &str, rest: &str) -> bool {
        let rest: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .collect::<String>()
            .to_lowercase();
        let first = rest.split('-').next().unwrap_or("");
        if HYPHEN_SUFFIXES.contains(&first) {
            return true;
        }
        let stem = stem.to_lowercase();
        let words = self.words.get_or_insert_with(|| words_of(self.source));
        let closed = format!("{stem}{rest}");
        if words.contains(&closed) {
            return false;
        }
        let open = format!("{stem}-{rest}");
        // A compound whose second part is a word the text uses elsewhere ("low-" + "carbon");
        // "coopé-" + "ration", "develop-" + "ment" are cut words.
        words.contains(&open) || first.chars().count() >= 4 && words.contains(first)
    }
}

/// The word cut at the end of `line` by a hyphen, without the hyphen: "coopé" for "… la coopé-".
fn hyphenated(line: &str) -> Option<&str> {
    let stem = line
        .strip_suffix('-')
        .or_else(|| line.strip_suffix('\u{ad}'))
        .or_else(|| line.strip_suffix('\u{2010}'))?;
    if !stem.chars().last().is_some_and(char::is_alphabetic) {
        return None;
    }
    let word = last_word(stem);
    // The part of a compound after its last hyphen: "sino-afri-" → "afri".
    Some(word.rsplit(['-', '\u{2010}']).next().unwrap_or(word))
}

/// Lowercased words (letters and inner hyphens) of a text, without the pieces of words cut by a
/// hyphen at a line end.
fn words_of(text: &str) -> HashSet<String> {
    let mut words = HashSet::new();
    let mut cut_before = false;
    for line in text.split(['\n', '\u{c}']) {
        let line = line.trim();
        let cut_after = hyphenated(line).is_some();
        let mut tokens: Vec<&str> = line
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .map(|w| w.trim_matches('-'))
            .filter(|w| w.chars().count() >= 2)
            .collect();
        if cut_after {
            tokens.pop();
        }
        if cut_before && !tokens.is_empty() {
            tokens.remove(0);
        }
        words.extend(tokens.into_iter().map(str::to_lowercase));
        if !line.is_empty() {
            cut_before = cut_after;
        }
    }
    words
}

/// Appends a line, closing up a hyphen a line break once followed ("full- scale" → "full-scale"),
/// but not a suspended prefix ("pre- and post-war").
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    while let Some(pos) = rest.find("- ") {
        let (head, tail) = rest.split_at(pos);
        let after = &tail[2..];
        let letter_before = head.chars().last().is_some_and(char::is_alphabetic);
        let next = first_word(after);
        let closes = letter_before
            && starts_lower(after)
            && !SUSPENDED.contains(&next.trim_end_matches([',', '.']));
        out.push_str(head);
        out.push('-');
        if !closes {
            out.push(' ');
        }
        rest = after;
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input` with `|` standing for a form feed; `removed` lists the furniture taken out.
    #[track_caller]
    fn check(input: &str, text: &str, removed: &[&str]) {
        let input = input.replace('|', "\u{c}");
        let (got, rem) = to_text(&input);
        assert_eq!(got, text);
        let got_removed: Vec<&str> = rem.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(got_removed, removed);
        assert_nothing_lost(&input);
    }

    /// Every letter and digit of the input is in the text or in the removed list, in order, when
    /// the removed pieces are put back where they stood.
    #[track_caller]
    fn assert_nothing_lost(input: &str) -> (String, Vec<Removed>) {
        let (text, removed) = to_text(input);
        let mut rebuilt = String::new();
        let mut last = 0;
        for r in &removed {
            assert_eq!(r.kind, RemovedKind::PageFurniture);
            assert!(
                r.at >= last && r.at <= text.len() && text.is_char_boundary(r.at),
                "{r:?}"
            );
            rebuilt.push_str(&text[last..r.at]);
            rebuilt.push(' ');
            rebuilt.push_str(&r.text);
            rebuilt.push(' ');
            last = r.at;
        }
        rebuilt.push_str(&text[last..]);
        let alnum = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        };
        let (want, got) = (alnum(input), alnum(&rebuilt));
        if want != got {
            let at = want
                .chars()
                .zip(got.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let near = |s: &str| {
                s.chars()
                    .skip(at.saturating_sub(40))
                    .take(80)
                    .collect::<String>()
            };
            panic!(
                "text lost or moved near:\n  input: {}\n    got: {}",
                near(&want),
                near(&got)
            );
        }
        (text, removed)
    }

    #[test]
    fn running_heads_and_page_numbers_go() {
        check(
            "First page text ends here without a stop and\n26/51 15-29431\n|29/09/2015 A/70/PV.16\n\
             goes on on the next page.\n15-29431 27/51\n|A/70/PV.16 29/09/2015\nA new paragraph starts.\n\
             28/51 15-29431\n|29/09/2015 A/70/PV.16\nLast page.",
            "First page text ends here without a stop and goes on on the next page.\n\n\
             A new paragraph starts.\n\nLast page.",
            &[
                "26/51 15-29431",
                "29/09/2015 A/70/PV.16",
                "15-29431 27/51",
                "A/70/PV.16 29/09/2015",
                "28/51 15-29431",
                "29/09/2015 A/70/PV.16",
            ],
        );
        check(
            "Page 1 of 3\n\nUne phrase qui se\npoursuit.\n\n- 1 -\n|Page 2 of 3\n\nSuite.\n- 2 -",
            "Une phrase qui se poursuit.\n\nSuite.",
            &["Page 1 of 3", "- 1 -", "Page 2 of 3", "- 2 -"],
        );
    }

    #[test]
    fn recurring_footers_without_form_feeds_end_pages() {
        let pages = [
            "The United States seeks a more secure, more prosperous and more\nequitable \
             world for all people, and for the generations\nthat will follow us.",
            "Russia alone bears responsibility for this war, and Russia alone has\nthe power \
             to end it at once, whatever its envoys\nsay in this hall.",
            "We will continue to stand with the brave people of Ukraine as they\ndefend their \
             sovereignty and their territorial\nintegrity against aggression.",
        ];
        let input = pages
            .iter()
            .enumerate()
            .map(|(n, body)| {
                format!(
                    "{body}\n\n23-27019      {}/30\n\nA/78/PV.5     19/09/2023\n\n",
                    n + 1
                )
            })
            .collect::<String>();
        let (text, removed) = assert_nothing_lost(&input);
        assert!(
            !text.contains("23-27019") && !text.contains("A/78"),
            "{text}"
        );
        assert_eq!(removed.len(), 6, "{removed:?}");
    }

    #[test]
    fn page_numbers_without_form_feeds() {
        let words: Vec<String> = (0..27)
            .map(|i| format!("mot{}", char::from(b'a' + i)))
            .collect();
        let page = |n: usize| {
            (0..9)
                .map(|i| {
                    format!(
                        "La ligne du {} texte, assez longue pour ce test,\n",
                        words[n * 9 + i]
                    )
                })
                .collect::<String>()
        };
        let input = format!("{}\n1\n\n{}\n2\n\n{}", page(0), page(1), page(2));
        let (got, rem) = to_text(&input);
        assert!(!got.contains("\n1\n") && !got.contains("\n\n2"), "{got}");
        assert_eq!(
            rem.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
            ["1", "2"]
        );
        // A single lone number is not a page number.
        check(
            "Les chiffres :\n\n12\n\nFin.",
            "Les chiffres :\n\n12\n\nFin.",
            &[],
        );
    }

    #[test]
    fn letterhead_goes() {
        check(
            "République du Sénégal\n\nUn Peuple-Un But-Une Foi\n\n----------\nDISCOURS DU PRESIDENT\nDE LA REPUBLIQUE\n\nMesdames, Messieurs,\nJe vous remercie de votre accueil si chaleureux\nen terre chinoise.",
            "DISCOURS DU PRESIDENT DE LA REPUBLIQUE\n\nMesdames, Messieurs,\n\nJe vous remercie de votre accueil si chaleureux en terre chinoise.",
            &[
                "République du Sénégal",
                "Un Peuple-Un But-Une Foi",
                "----------",
            ],
        );
        check(
            "Ministère de l’intégration africaine\net des ivoiriens de l’extérieur\n\nLe texte.",
            "Le texte.",
            &[
                "Ministère de l’intégration africaine",
                "et des ivoiriens de l’extérieur",
            ],
        );
    }

    #[test]
    fn hyphens_at_line_ends() {
        check(
            "Nous renforçons la coopé-\nration entre nos pays.",
            "Nous renforçons la coopération entre nos pays.",
            &[],
        );
        check(
            "The conflict in Nagorno-\nKarabakh goes on.",
            "The conflict in Nagorno-Karabakh goes on.",
            &[],
        );
        check(
            "Le co-président a parlé, puis le co-\nprésident a répondu. Que dit-\nil ?",
            "Le co-président a parlé, puis le co-président a répondu. Que dit-il ?",
            &[],
        );
        check(
            "A long-\nterm plan and the twenty- first century, pre- and post-war.",
            "A long-term plan and the twenty-first century, pre- and post-war.",
            &[],
        );
    }

    #[test]
    fn hard_wrapped_lines_flow() {
        // Width about 60: short lines end paragraphs, full lines go on.
        check(
            "Excellence, Monsieur Xi Jinping, Président de la République,\n\
             Co Président du Forum sur la Coopération,\n\
             Mesdames, Messieurs,\n\
             Je voudrais vous saluer et vous remercier vivement, ainsi que\n\
             le peuple chinois ami, pour l’accueil chaleureux.\n\
             En tant que Président nouvellement élu, je tiens à réaffirmer\n\
             l’attachement ferme du Sénégal à la coopération Chine Afrique\n\
             inspirée par nos valeurs communes.",
            "Excellence, Monsieur Xi Jinping, Président de la République, Co Président du Forum sur la Coopération,\n\n\
             Mesdames, Messieurs,\n\n\
             Je voudrais vous saluer et vous remercier vivement, ainsi que le peuple chinois ami, pour l’accueil chaleureux.\n\n\
             En tant que Président nouvellement élu, je tiens à réaffirmer l’attachement ferme du Sénégal à la coopération Chine Afrique inspirée par nos valeurs communes.",
            &[],
        );
        // Paragraphs that blank lines separate: a full line ending a sentence goes on.
        check(
            "The president spoke to the press in Kyiv on\n\
             Monday. He said: “We are ready, we see this.\n\
             I don't look at it as a deal.” He then left.\n\
             \n\
             The talks resume on Friday in Geneva with both\n\
             delegations and their advisers, officials said\n\
             on Tuesday.\n\
             \n\
             Officials of both sides were expected to meet\n\
             again next month in Vienna to discuss the\n\
             terms of a ceasefire.\n\
             \n\
             Nothing else was announced.",
            "The president spoke to the press in Kyiv on Monday. He said: “We are ready, we see this. I don't look at it as a deal.” He then left.\n\n\
             The talks resume on Friday in Geneva with both delegations and their advisers, officials said on Tuesday.\n\n\
             Officials of both sides were expected to meet again next month in Vienna to discuss the terms of a ceasefire.\n\n\
             Nothing else was announced.",
            &[],
        );
        // But a question standing alone after it opens a paragraph, as interviews print them.
        check(
            "Seuls les marchés émergents semblent pour l'instant moins affectés.\n\
             Le pétrole est en retrait en raison de la baisse de l'activité.\n\
             Les obligations souveraines jouent un rôle de valeur refuge, et l'or.\n\
             choc, en espérant qu'il n'y ait pas de réaction en chaîne du tout.\n\
             Connaît-on déjà les conséquences économiques des mouvements\n\
             de ces dernières semaines ?\n\
             Des emplois disparaissent, ce qui se traduit par des pertes de\n\
             revenus pour les personnes licenciées, et des recettes fiscales\n\
             moindres pour les États, et cela se produira dans les mois à venir.\n\
             Mais on ne sait pas vraiment où cela se produira, ni quand ni comment.\n\
             Tout le reste est en vente sur les marchés financiers, y compris.",
            "Seuls les marchés émergents semblent pour l'instant moins affectés. Le pétrole est en retrait en raison de la baisse de l'activité. Les obligations souveraines jouent un rôle de valeur refuge, et l'or. choc, en espérant qu'il n'y ait pas de réaction en chaîne du tout.\n\n\
             Connaît-on déjà les conséquences économiques des mouvements de ces dernières semaines ?\n\n\
             Des emplois disparaissent, ce qui se traduit par des pertes de revenus pour les personnes licenciées, et des recettes fiscales moindres pour les États, et cela se produira dans les mois à venir. Mais on ne sait pas vraiment où cela se produira, ni quand ni comment. Tout le reste est en vente sur les marchés financiers, y compris.",
            &[],
        );
        // A full line before a speaker's label ends the turn.
        check(
            "Q - Comment s'est passé le voyage entre Khartoum et Djibouti,\n\
             et l'arrivée à Paris ce matin ? Merci pour votre réponse.\n\
             R - C'est toute une organisation très minutieuse qui a permis\n\
             de rassembler nos compatriotes sur place à Khartoum, puis de\n\
             les emmener à l'aéroport. Je rends hommage à nos militaires.\n\
             Q - Et les ressortissants qui sont restés sur place au Soudan\n\
             malgré les combats, que leur dites-vous ce matin à Roissy ?\n\
             SECRETARY BLINKEN: Nous restons en contact avec eux tous.\n\
             Mme Colonna: Nous avons tout fait pour les aider, vraiment.\n\
             Il faut le dire et le redire à tous ceux qui nous écoutent.\n\
             CHRISTOPHE BECHU Alors, je vous réponds très simplement ici.\n\
             alarabiya.net: Mr President, what do you expect from it?\n\
             Mohammed al Tomaihi: Mr. President, I will be as direct as you.",
            "Q - Comment s'est passé le voyage entre Khartoum et Djibouti, et l'arrivée à Paris ce matin ? Merci pour votre réponse.\n\n\
             R - C'est toute une organisation très minutieuse qui a permis de rassembler nos compatriotes sur place à Khartoum, puis de les emmener à l'aéroport. Je rends hommage à nos militaires.\n\n\
             Q - Et les ressortissants qui sont restés sur place au Soudan malgré les combats, que leur dites-vous ce matin à Roissy ?\n\n\
             SECRETARY BLINKEN: Nous restons en contact avec eux tous.\n\n\
             Mme Colonna: Nous avons tout fait pour les aider, vraiment. Il faut le dire et le redire à tous ceux qui nous écoutent.\n\n\
             CHRISTOPHE BECHU Alors, je vous réponds très simplement ici.\n\n\
             alarabiya.net: Mr President, what do you expect from it?\n\n\
             Mohammed al Tomaihi: Mr. President, I will be as direct as you.",
            &[],
        );
        // Initials before a colon standing alone open a turn; a name before one introduces a
        // quotation.
        check(
            "MJ : Dans l’actualité également une manifestation à Athènes, les\n\
             Grecs protestent contre la politique de rigueur du gouvernement et\n\
             ont manifesté, a déclaré l’ambassadeur Bernard Bajolet, très calme.\n\
             SB : Emmanuel Macron propose de reformer, de faire évoluer, l’OMC,\n\
             a confirmé le porte-parole de la présidence, le ministre Bernard\n\
             Bajolet : « Les forces françaises tournent une page importante. »\n\
             Il a ajouté que les soldats resteraient encore quelques semaines.\n\
             MJ : En tous cas le pays pourra retourner en août sur les marchés,\n\
             c’est-à-dire qu’il va pouvoir retrouver son autonomie financière.\n\
             Un peu plus tard, le gouvernement a annoncé la fin de la crise.",
            "MJ : Dans l’actualité également une manifestation à Athènes, les Grecs protestent contre la politique de rigueur du gouvernement et ont manifesté, a déclaré l’ambassadeur Bernard Bajolet, très calme.\n\n\
             SB : Emmanuel Macron propose de reformer, de faire évoluer, l’OMC, a confirmé le porte-parole de la présidence, le ministre Bernard Bajolet : « Les forces françaises tournent une page importante. » Il a ajouté que les soldats resteraient encore quelques semaines.\n\n\
             MJ : En tous cas le pays pourra retourner en août sur les marchés, c’est-à-dire qu’il va pouvoir retrouver son autonomie financière. Un peu plus tard, le gouvernement a annoncé la fin de la crise.",
            &[],
        );
        // A blank line inside a sentence (a page break lost) does not cut it.
        check(
            "Hotspot conflicts keep emerging. Meanwhile, we are\n\nalso embracing a world full of hope.\n\nNew paragraph.",
            "Hotspot conflicts keep emerging. Meanwhile, we are also embracing a world full of hope.\n\nNew paragraph.",
            &[],
        );
    }

    #[test]
    fn headings_and_lists_stay_apart() {
        check(
            "1. INTRODUCTION\nThe Report to Congress on Voting Practices was first\npublished in 1984.\n\
             2.3 Scope of the report\nIt covers:\n• resolutions;\n• decisions.\n•\nvotes.",
            "1. INTRODUCTION\n\nThe Report to Congress on Voting Practices was first published in 1984.\n\n\
             2.3 Scope of the report\n\nIt covers:\n\n• resolutions;\n\n• decisions.\n\n• votes.",
            &[],
        );
    }

    #[test]
    fn paragraph_per_line_text() {
        // Long lines are paragraphs; a line cut inside a sentence goes on, even before a capital.
        let long = "This sentence is long enough to make the text read as one paragraph per line. "
            .repeat(4);
        check(
            &format!(
                "{long}\n{long}which condemned the illegal\nRussian annexation of the Crimea.\n{long}the words,\n“Ukraine will contribute”.\nStatement by the President\n{long}"
            ),
            &format!(
                "{}\n\n{long}which condemned the illegal Russian annexation of the Crimea.\n\n{long}the words, “Ukraine will contribute”.\n\nStatement by the President\n\n{}",
                long.trim_end(),
                long.trim_end()
            ),
            &[],
        );
    }

    #[test]
    fn blank_lines() {
        check(
            "Le Conseil, ayant reçu la recommandation du Conseil du\n\n10 février 1971,\n\nconsidérant la demande,\n\nDécide :",
            "Le Conseil, ayant reçu la recommandation du Conseil du 10 février 1971,\n\nconsidérant la demande,\n\nDécide :",
            &[],
        );
        check(
            "L\n\n’intégration constitue aujourd’hui une dimension.\nA\nla fin.",
            "L’intégration constitue aujourd’hui une dimension.\n\nA la fin.",
            &[],
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "Je remercie M.\nDupont et le Dr.\nMartin, puis John F.\nKennedy.",
            "Je remercie M. Dupont et le Dr. Martin, puis John F. Kennedy.",
            &[],
        );
    }

    /// A file of the field corpus, or `None` (with a note) when the corpus is not there.
    fn field(path: &str) -> Option<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/field/");
        match std::fs::read(format!("{root}{path}")) {
            Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
            Err(_) => {
                eprintln!("field corpus not found, skipped: {path}");
                None
            }
        }
    }

    #[track_caller]
    fn assert_paragraph(text: &str, sentence: &str) {
        assert!(
            text.split("\n\n").any(|p| p.contains(sentence)),
            "not whole in one paragraph: {sentence}"
        );
    }

    #[test]
    fn field_unga_ukraine_2015_page_furniture() {
        let Some(input) =
            field("en/048_unga-general-debate-ukraine-2015-pdf-text-with-page-furniture.txt")
        else {
            return;
        };
        let (text, removed) = assert_nothing_lost(&input);
        let removed: Vec<&str> = removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            removed,
            [
                "26/51 15-29431",
                "29/09/2015 A/70/PV.16",
                "15-29431 27/51",
                "A/70/PV.16 29/09/2015",
                "28/51 15-29431",
                "29/09/2015 A/70/PV.16",
                "15-29431 29/51",
                "A/70/PV.16 29/09/2015",
            ]
        );
        for furniture in ["15-29431", "A/70/PV.16", "29/09/2015"] {
            assert!(!text.contains(furniture), "{furniture}");
        }
        // Hard-wrapped inside a sentence, before a lowercase and before a capital.
        assert_paragraph(
            &text,
            "I sincerely congratulate Mr. Mogens Lykketoft on his election as President of the General Assembly",
        );
        assert_paragraph(
            &text,
            "which condemned the illegal Russian annexation of the Crimea.",
        );
        // Cut by a page break, with running heads and page numbers between.
        assert_paragraph(
            &text,
            "The Gospel of St. John teaches us that in the beginning there was the word;",
        );
        assert_paragraph(
            &text,
            "That is why the interests of every single individual and the protection of people’s rights",
        );
        assert_paragraph(
            &text,
            "included the words, “Ukraine, with its best human strength and material resources",
        );
        // "twenty- first" once had a line break after its hyphen.
        assert!(text.contains("in the twenty-first century"));
        assert!(text.contains("The full-scale information"));
        // A paragraph per line elsewhere: paragraphs stay apart.
        assert_paragraph(&text, "Let God be with us!");
        assert!(text.split("\n\n").count() > 30);
    }

    #[test]
    fn field_unga_china_2024_hard_wrapped() {
        let Some(input) = field("en/028_unga-general-debate-china-2024.txt") else {
            return;
        };
        let (text, removed) = assert_nothing_lost(&input);
        assert!(removed.is_empty(), "{removed:?}");
        assert!(text.starts_with("Mr. President,\n\nColleagues,\n\nToday, humanity"));
        // A blank line inside a sentence (a lost page break) does not cut it.
        assert_paragraph(
            &text,
            "Meanwhile, we are also embracing a world full of hope. Multipolarity and globalization",
        );
        // Hyphenated compounds keep their hyphen.
        assert_paragraph(
            &text,
            "a path of green, low-carbon and sustainable development.",
        );
        assert_paragraph(
            &text,
            "a modernized “U.N. 2.0.” The international financial system",
        );
        assert_paragraph(&text, "Taiwan is an inalienable part of China’s territory.");
        assert!(text.ends_with("\n\nThank you."));
        // Lines re-flowed: no paragraph holds a line break.
        assert!(!text.replace("\n\n", "").contains('\n'));
    }

    #[test]
    fn odd_input_is_data() {
        check("", "", &[]);
        check("\u{c}\u{c}\n\n", "", &[]);
        check("-\n-", "", &["-", "-"]);
        check("•", "", &["•"]);
        check("\u{ad}\n\u{ad}é", "\u{ad}é", &["\u{ad}"]);
    }
}
