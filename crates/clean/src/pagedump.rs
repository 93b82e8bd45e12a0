//! Flattened page dumps: a whole web page on one or a few lines, chrome and all.
//!
//! A scraper that keeps only a page's text runs everything together: the page title, menus,
//! breadcrumbs, the headline, the dateline ("March 14, 2019 15:40 Moscow, Kremlin"), the body
//! with its speaker labels inline ("… colleagues. Vladimir Putin: Thank you."), related links
//! with their own dates, share rows and the legal footer. [`to_text`] puts it back into lines:
//!
//! 1. **Words.** The text is cut into words; the space before each word says how strong a break
//!    it is (one space, a run of spaces as scrapers put between elements, a line end). Sentences
//!    glued by the scraper ("terminée.Les", "?R - ") are split there: those were paragraphs.
//! 2. **Marks.** Page phrases from `chancery_lexicon::page` (`data/<lang>/page.tsv`: menu items,
//!    "See also", "Share", "Publication date:", legal footers…), dates, and speaker labels, found
//!    by their shape: an optional role phrase, a name (two capitalised words, initials and a
//!    surname, a name in capitals) or a label without a name ("Question", "Q", "Вопрос"), an
//!    optional remark in brackets, then a colon (or, for "Q"/"R", a dash).
//! 3. **Blocks.** Marks grow into chrome blocks: a menu is a run of menu items (or a breadcrumb
//!    trail), a related block runs over its items (each ending with its date), a share row over
//!    its networks, a field over its value, a copyright over its names. A link's tooltip that
//!    repeats a name with the person's role ("Donald Trump Trump Donald President of the United
//!    States of America") is hidden text inside its sentence.
//! 4. **Zones.** The body starts at the first speaker label or prose sentence. Before it, a page
//!    header (three page phrases or more, no prose between them) is chrome up to its last phrase
//!    (a page title before it stays when the page does not repeat it); then come the headline
//!    (the title-like words just before the dateline or the body, or the words the page repeats
//!    elsewhere, as in its `<title>`), the dateline and the place. After the last prose sentence
//!    or label, a block starts the page's footer (when blocks make up a quarter of what follows):
//!    the rest is chrome, a publication-date field in it a dateline. Blocks inside the body are
//!    chrome wherever they sit, even inside a speaker's turn; a copy of the headline standing
//!    alone in the body is a photo caption.
//! 5. **Text.** Body words are written back with a line break before each label, around the
//!    headline, dateline and place, at glued paragraphs and at element gaps that end a sentence.
//!
//! Nothing is lost: every word that is not in the returned text is in the removed list, at the
//! byte offset of the returned text where it stood. A dump that is one paragraph of prose comes
//! back as it was.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use chancery_lexicon::calendar;
use chancery_lexicon::page::{self, PageWord, word_form};
use chancery_lexicon::people::{label_words, person, role_phrases};
use chancery_model::text::is_icon;

use crate::{Removed, RemovedKind};

/// How far (in bytes of text) after the first prose sentence a dateline may still stand: a lead
/// paragraph often comes between the headline and the date.
const DATELINE_REACH: usize = 700;
/// A page header needs at least this many page phrases before the body.
const HEADER_PHRASES: usize = 3;
/// The longest headline that is a sentence opening with a genre word ("Déclaration de …"), in
/// words.
const MAX_GENRE_HEADLINE_WORDS: usize = 60;
/// A headline the first sentence says again: its fewest words (and longer words), the letters
/// a longer word has, the first letters compared, and how many words after it are looked at.
const ECHO_MIN_WORDS: usize = 4;
const ECHO_MIN_LETTERS: usize = 4;
const ECHO_STEM_CHARS: usize = 4;
const ECHO_WINDOW: usize = 40;
/// The longest headline, in words.
const MAX_HEADLINE_WORDS: usize = 40;
/// The longest place after a dateline, in words.
const MAX_PLACE_WORDS: usize = 5;
/// The most words of a generic outlet phrase before an outlet's name ("информационное
/// агентство").
const OUTLET_WORDS: usize = 2;
/// The most words of a name in capitals that labels a turn without a colon.
pub(crate) const MAX_CAPITALS_LABEL_WORDS: usize = 4;
/// The most words after a clock time that belong to it ("P.M. CST").
const CLOCK_TAIL_WORDS: usize = 2;
/// The longest label, in words (role, name, affiliation).
const MAX_LABEL_WORDS: usize = 14;
/// The longest item of a related block, in words.
const MAX_RELATED_ITEM: usize = 30;
/// The longest sub-heading a flattened transcript runs into the label after it ("Beginning of
/// talks President of Russia Vladimir Putin:"), in words.
const MAX_SUBHEADING_WORDS: usize = 6;

/// The body of a flattened page and what was removed (menus, "See also" blocks, related links
/// with their own dates, share prompts), with paragraphs and inline speaker labels put back on
/// lines of their own.
pub fn to_text(text: &str) -> (String, Vec<Removed>) {
    if text.len() >= u32::MAX as usize {
        return (text.to_owned(), Vec::new());
    }
    let page = Page::new(text);
    if page.toks.is_empty() {
        return (String::new(), Vec::new());
    }
    let layout = page.layout();
    page.write(&layout)
}

/// The space before a word, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    Space,
    /// Two sentences glued by the scraper ("terminée.Les"): a paragraph break.
    Glued,
    /// A run of spaces, as scrapers put between page elements.
    Block,
    Line,
    Blank,
}

impl Gap {
    fn hard(self) -> bool {
        self != Gap::Space
    }
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: u32,
    end: u32,
    gap: Gap,
}

/// What a word is in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Body,
    Removed(RemovedKind),
    /// A link's tooltip inside a sentence or a label ("Donald Trump Trump Donald President of
    /// the United States of America"): removed as hidden text, the sentence goes on around it.
    Tooltip,
}

/// A run of words `[start, end)` (word indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    start: usize,
    end: usize,
}

/// A page phrase found in the text, grown into its block.
#[derive(Clone, Copy, Debug)]
struct Block {
    run: Run,
    kind: PageWord,
    /// Phrases that are chrome only in the page's header or footer (one capitalised word such as
    /// "Topics"), not inside the body.
    edge_only: bool,
}

/// A speaker label: its first word and the word holding its colon (or dash).
#[derive(Clone, Copy, Debug)]
struct Label {
    start: usize,
    last: usize,
    /// Whether it starts where a sentence may start (after a sentence end, a page element, a
    /// date or another block); an unbounded one has title words or a place before it.
    bounded: bool,
    /// The personal name, when the label has one, and whether a role phrase stands before it.
    name: Option<(Run, bool)>,
}

/// The decisions: each word's role and where lines start.
struct Layout {
    roles: Vec<Role>,
    line_before: Vec<bool>,
    /// Words that stay on the line of the word before: inside a speaker label, and the first
    /// word of its speech.
    join_before: Vec<bool>,
}

struct Page<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Whether a line may break before each word: a glued paragraph, a line end, or a page
    /// element's gap that does not fall inside a sentence or a name.
    breaks: Vec<bool>,
    /// Words of link tooltips.
    tips: Vec<bool>,
    /// Words that end a sentence (see [`Page::sentence_end_at`]).
    ends: Vec<bool>,
}

impl<'a> Page<'a> {
    fn new(text: &'a str) -> Page<'a> {
        let mut toks = words(text);
        split_glued(text, &mut toks);
        let mut page = Page {
            text,
            toks,
            breaks: Vec::new(),
            tips: Vec::new(),
            ends: Vec::new(),
        };
        page.calm_typed_double_spaces();
        page.ends = (0..page.len()).map(|i| page.sentence_end_at(i)).collect();
        page.breaks = (0..page.len())
            .map(|i| match page.gap(i) {
                Gap::Space => false,
                Gap::Block => i > 0 && page.join_or_break(i - 1, i) == "\n",
                _ => true,
            })
            .collect();
        page.tips = vec![false; page.len()];
        for r in page.tooltips() {
            fill(&mut page.tips, r, true);
        }
        page
    }

    /// Link tooltips that repeat the name just written, surname first or not, with the
    /// person's role: "Donald Trump Trump Donald President of the United States of America",
    /// "Xi Jinping Xi Jinping President of the People’s Republic of China".
    fn tooltips(&self) -> Vec<Run> {
        let n = self.len();
        let same = |a: usize, b: usize| same_form(self.s(a), self.s(b));
        let mut out = Vec::new();
        let mut i = 0;
        'words: while i < n {
            for k in [3, 2] {
                if i + 2 * k > n || !(i..i + k).all(|m| name_word(self.s(m))) {
                    continue;
                }
                let reversed = same(i + k, i + k - 1) && (1..k).all(|m| same(i + k + m, i + m - 1));
                let repeated = (0..k).all(|m| same(i + k + m, i + m));
                if !(reversed || repeated) {
                    continue;
                }
                let mut e = i + 2 * k;
                while e < n && e - i - 2 * k < 12 && !self.s(e).starts_with('(') {
                    let f = word_form(self.s(e));
                    let role_word = label_words().contains(f.as_str()) || self.starts_upper(e);
                    if !role_word
                        || self.s(e).ends_with([':', ','])
                        || ends_with_terminal(self.s(e))
                    {
                        break;
                    }
                    e += 1;
                }
                // A repeated name without a role after it is just a repetition.
                if repeated && !reversed && e == i + 2 * k {
                    continue;
                }
                out.push(Run {
                    start: i + k,
                    end: e,
                });
                i = e;
                continue 'words;
            }
            i += 1;
        }
        out
    }

    fn brk(&self, i: usize) -> bool {
        self.breaks[i]
    }

    fn s(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start as usize..t.end as usize]
    }

    fn gap(&self, i: usize) -> Gap {
        self.toks[i].gap
    }

    fn len(&self) -> usize {
        self.toks.len()
    }

    /// Double spaces after every sentence end and almost nowhere else are a typing habit, not
    /// page elements.
    fn calm_typed_double_spaces(&mut self) {
        let (mut after_end, mut elsewhere, mut ends) = (0usize, 0usize, 0usize);
        for i in 1..self.len() {
            let ended = terminal(self.s(i - 1));
            ends += usize::from(ended);
            if self.gap(i) == Gap::Block {
                if ended {
                    after_end += 1;
                } else {
                    elsewhere += 1;
                }
            }
        }
        if after_end > 0 && elsewhere < 3 && after_end * 5 >= ends * 4 {
            for t in &mut self.toks {
                if t.gap == Gap::Block {
                    t.gap = Gap::Space;
                }
            }
        }
    }

    // ---- word shapes ----

    fn first_letter(&self, i: usize) -> Option<char> {
        self.s(i).chars().find(|c| c.is_alphanumeric())
    }

    fn starts_upper(&self, i: usize) -> bool {
        self.first_letter(i).is_some_and(char::is_uppercase)
    }

    fn starts_lower(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// A sentence may start at word `i`: a capital, a digit, an opening quote or a dash.
    fn opens(&self, i: usize) -> bool {
        self.s(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "«“\"„'‘([—–-¿¡".contains(c))
    }

    /// Word `i` ends a sentence: terminal punctuation that is not an abbreviation's or an
    /// initial's, followed by a word that may open a sentence (or by nothing).
    fn ends_sentence(&self, i: usize) -> bool {
        self.ends[i]
    }

    fn sentence_end_at(&self, i: usize) -> bool {
        if !ends_with_terminal(self.s(i)) {
            return false;
        }
        match i + 1 < self.len() {
            true => self.gap(i + 1).hard() || self.opens(i + 1),
            false => true,
        }
    }

    // ---- marks ----

    /// Page phrases, longest first at each word, not overlapping.
    fn phrases(&self) -> Vec<Block> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.len() {
            match self.phrase_at(i) {
                Some(b) => {
                    i = b.run.end;
                    found.push(b);
                }
                None => i += 1,
            }
        }
        found
    }

    fn phrase_at(&self, i: usize) -> Option<Block> {
        let first = self.s(i);
        if !(first.starts_with('©') || self.starts_upper(i)) {
            return None;
        }
        let candidates = page::phrases_from(&word_form(first));
        'phrases: for p in candidates {
            let n = p.words.len();
            if i + n > self.len() {
                continue;
            }
            for (k, w) in p.words.iter().enumerate().skip(1) {
                let g = self.gap(i + k);
                if g >= Gap::Glued && g != Gap::Block || !same_form(self.s(i + k), w) {
                    continue 'phrases;
                }
            }
            let mut end = i + n;
            let last = self.s(end - 1);
            let colon =
                last.ends_with(':') || (end < self.len() && matches!(self.s(end), ":" | "："));
            if colon && !last.ends_with(':') {
                end += 1;
            }
            let next_lower =
                !colon && end < self.len() && !self.gap(end).hard() && self.starts_lower(end);
            let ok = match p.kind {
                // A menu item is followed by another item or an element gap, never by lowercase
                // words ("News conference of …" is a headline).
                PageWord::Menu => !next_lower,
                PageWord::Related => !next_lower,
                PageWord::Field | PageWord::Updated | PageWord::Published => colon || n >= 2,
                PageWord::Share | PageWord::Footer | PageWord::Subscribe => !next_lower || n >= 3,
                PageWord::Hidden => true,
            };
            if !ok {
                continue;
            }
            let edge_only = n == 1
                && !first.starts_with('©')
                && matches!(
                    p.kind,
                    PageWord::Footer | PageWord::Subscribe | PageWord::Menu
                );
            return Some(Block {
                run: Run { start: i, end },
                kind: p.kind,
                edge_only,
            });
        }
        None
    }

    /// The date (with its time of day, when one follows) that starts at word `i`: its end.
    fn date_at(&self, i: usize) -> Option<usize> {
        let n = self.len();
        let w = |k: usize| (k < n).then(|| word_form(self.s(k)));
        let mut k = i;
        // An optional weekday ("Thursday, March 14, 2019", "jeudi 14 mars 2019").
        let weekday_shape = k + 1 < n
            && self.first_letter(k).is_some_and(char::is_alphabetic)
            && (self.s(k).ends_with(',')
                || self.s(k + 1).starts_with(|c: char| c.is_ascii_digit()));
        if weekday_shape && w(k).is_some_and(|x| calendar::weekday(&x).is_some()) {
            k += 1;
        }
        let end = if let Some(e) = self.day_month_year(k) {
            e
        } else if let Some(e) = self.month_day_year(k) {
            e
        } else if numeric_date(self.s(k)) {
            k + 1
        } else {
            return None;
        };
        // "года", "г." after a Russian year.
        let mut end = end;
        if w(end).is_some_and(|x| x == "года" || x == "г") && !self.gap(end).hard() {
            end += 1;
        }
        Some(self.time_after(end).unwrap_or(end))
    }

    /// "14 March 2019", "14–15 mars 2019", "1er mars 2019", "14 марта 2019".
    fn day_month_year(&self, k: usize) -> Option<usize> {
        let mut k = k;
        if !day(self.s(k)) {
            return None;
        }
        if k + 2 < self.len() && is_dash(self.s(k + 1)) && day(self.s(k + 2)) {
            k += 2;
        }
        let m = k + 1;
        if m + 1 >= self.len() || self.gap(m).hard() || !self.month(m) {
            return None;
        }
        let y = m + 1;
        (!self.gap(y).hard() && year(self.s(y))).then_some(y + 1)
    }

    /// "March 14, 2019", "April 3 − 4, 2018", "May 2, 2017".
    fn month_day_year(&self, k: usize) -> Option<usize> {
        if k + 2 >= self.len() || !self.starts_upper(k) || !self.month(k) {
            return None;
        }
        let mut d = k + 1;
        if self.gap(d).hard() || !day(self.s(d)) {
            return None;
        }
        if d + 2 < self.len() && is_dash(self.s(d + 1)) && day(self.s(d + 2)) {
            d += 2;
        }
        let y = d + 1;
        (y < self.len() && !self.gap(y).hard() && year(self.s(y))).then_some(y + 1)
    }

    fn month(&self, i: usize) -> bool {
        let s = self.s(i);
        let form = word_form(s);
        calendar::month(&form).is_some_and(|m| !m.abbreviation || s.ends_with('.'))
    }

    /// A time of day right after a date ("15:40", ", 21:30", "à 15h40", "в 15:40"): its end.
    fn time_after(&self, i: usize) -> Option<usize> {
        let mut k = i;
        if k < self.len() && matches!(word_form(self.s(k)).as_str(), "at" | "à" | "в" | "a") {
            k += 1;
        }
        let ok = k < self.len() && self.gap(k) <= Gap::Block && time(self.s(k));
        ok.then_some(k + 1)
    }

    /// Every date in the text: `Run`s of words.
    fn dates(&self) -> Vec<Run> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.len() {
            match self.date_at(i) {
                Some(end) => {
                    found.push(Run { start: i, end });
                    i = end;
                }
                None => i += 1,
            }
        }
        found
    }

    // ---- speaker labels ----

    /// Every speaker label whose colon (or dash) is not inside a block.
    fn labels(&self, fence: &[bool], bound: &[bool]) -> Vec<Label> {
        let mut found: Vec<Label> = Vec::new();
        for c in 0..self.len() {
            if fence[c] {
                continue;
            }
            let s = self.s(c);
            let last = if matches!(s, ":" | "：") && c > 0 {
                c - 1
            } else if s.ends_with(':') && s.chars().count() > 1 {
                c
            } else if (bound[c] || self.interrupted(c)) && self.bare_label(c) {
                // "… one more question. Q Thank you, Mr. President."
                found.push(Label {
                    start: c,
                    last: c,
                    bounded: true,
                    name: None,
                });
                continue;
            } else if is_dash(s) && c > 0 && self.dash_label(c - 1) {
                if bound[c - 1] {
                    found.push(Label {
                        start: c - 1,
                        last: c,
                        bounded: true,
                        name: None,
                    });
                }
                continue;
            } else {
                continue;
            };
            // "12:30" is a time, "http://…" an address; the speech starts after the colon. A
            // number after it is a field's value ("Updated: 2 May"), unless a personal name
            // labels the speech ("Maxime Jaglin : 20 h en temps universel, …").
            let numeric = c + 1 < self.len()
                && self
                    .s(c + 1)
                    .starts_with(['/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
            if s.contains("://") || fence[last] {
                continue;
            }
            let floor = found.last().map_or(0, |l| l.last + 1);
            if let Some(at) = self
                .label_start(last, floor, bound, fence)
                .filter(|at| !numeric || at.name.is_some())
            {
                found.push(Label {
                    start: at.start,
                    last: c,
                    bounded: at.bounded,
                    name: at.name,
                });
            }
        }
        let initials = self.initials_labels(&found, &self.covered(&found), fence, bound);
        found.extend(initials);
        let capitals = self.capitals_labels(&self.covered(&found), fence, bound);
        found.extend(capitals);
        found.sort_by_key(|l| l.start);
        found
    }

    /// Which words the labels in `found` cover.
    fn covered(&self, found: &[Label]) -> Vec<bool> {
        let mut taken = vec![false; self.len()];
        for l in found {
            for t in &mut taken[l.start..=l.last.min(self.len() - 1)] {
                *t = true;
            }
        }
        taken
    }

    /// The initials of the name in `name`, in capitals ("MJ" for "Maxime Jaglin").
    fn initials(&self, name: Run) -> String {
        (name.start..name.end)
            .filter_map(|k| self.s(k).chars().find(|c| c.is_alphabetic()))
            .flat_map(char::to_uppercase)
            .collect()
    }

    /// The initials of a name another label gives, as a label of their own after a sentence's
    /// end ("Maxime Jaglin : …" then "… bonsoir à tous. MJ : À la Une ce soir, …").
    fn initials_labels(
        &self,
        found: &[Label],
        taken: &[bool],
        fence: &[bool],
        bound: &[bool],
    ) -> Vec<Label> {
        let initials: HashSet<String> = found
            .iter()
            .filter_map(|l| l.name)
            .map(|(name, _)| self.initials(name))
            .filter(|i| i.chars().count() >= 2)
            .collect();
        if initials.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for c in 0..self.len() {
            if !bound[c] || fence[c] || taken[c] {
                continue;
            }
            let w = self.s(c);
            let (head, last) = match w.strip_suffix([':', '：']) {
                Some(h) => (h, c),
                None if c + 1 < self.len() && matches!(self.s(c + 1), ":" | "：") => (w, c + 1),
                None => continue,
            };
            if initials.contains(head) {
                out.push(Label {
                    start: c,
                    last,
                    bounded: true,
                    name: None,
                });
            }
        }
        out
    }

    /// Names in capitals with no colon after a sentence's end, before a word in sentence case,
    /// as interviews write their turns ("… depuis 2017 ? CHRISTOPHE BECHU D'abord je vous
    /// remercie"): labels when the same name opens two turns or more.
    fn capitals_labels(&self, taken: &[bool], fence: &[bool], bound: &[bool]) -> Vec<Label> {
        let mut candidates: Vec<(Label, String)> = Vec::new();
        let mut c = 0;
        while c < self.len() {
            if !bound[c] || fence[c] || taken[c] {
                c += 1;
                continue;
            }
            let mut k = c;
            while k < self.len()
                && k - c < MAX_CAPITALS_LABEL_WORDS
                && capitals_name_word(self.s(k))
            {
                k += 1;
            }
            if k - c >= 2 && k < self.len() && !fence[k] && sentence_case(self.s(k)) {
                let label = Label {
                    start: c,
                    last: k - 1,
                    bounded: true,
                    name: None,
                };
                candidates.push((label, self.join(c, k)));
                c = k;
            } else {
                c += 1;
            }
        }
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for (_, words) in &candidates {
            *counts.entry(words).or_default() += 1;
        }
        candidates
            .iter()
            .filter(|(_, words)| counts[words.as_str()] >= 2)
            .map(|(l, _)| *l)
            .collect()
    }

    /// The first word of a short sub-heading that runs from a sentence's end into the label
    /// starting at word `label`: capitalised, at most `MAX_SUBHEADING_WORDS` words with no
    /// punctuation, inside no block.
    /// A place line of capitalised words may have commas ("… for the press. The Kremlin, Moscow
    /// President of Russia Vladimir Putin:").
    fn subheading_before(&self, label: usize, bound: &[bool], fence: &[bool]) -> Option<usize> {
        let mut k = label;
        let mut comma = false;
        while k > 0 && label - k < MAX_SUBHEADING_WORDS {
            k -= 1;
            let w = self.s(k);
            if w.ends_with(',') && k + 1 < label && !fence[k] {
                comma = true;
            } else if fence[k] || w.ends_with([',', ';', ':', '.', '!', '?', ')', '»', '"']) {
                return None;
            }
            if bound[k] {
                let capitalised = !comma || (k..label).all(|m| self.starts_upper(m));
                return (self.starts_upper(k) && capitalised).then_some(k);
            }
        }
        None
    }

    /// Whether word `m` ends a time of day: a clock time, or a short word after one, as "P.M.",
    /// "CST" or "p.m. EDT" (at most [`CLOCK_TAIL_WORDS`] of them, four letters at most each).
    fn ends_clock(&self, m: usize) -> bool {
        let tail = |k: usize| {
            let w = self.s(k);
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            (1..=4).contains(&letters)
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
                && (w.contains('.') || w.chars().all(|c| c.is_uppercase() || c == '.'))
        };
        let mut k = m;
        while k > 0 && m - k < CLOCK_TAIL_WORDS && tail(k) {
            k -= 1;
        }
        time(self.s(k))
    }

    /// Whether the words before word `c` were cut off by a dash, as transcripts write an
    /// interruption ("Andrea -- Q Mr. President."): the next speaker takes the floor.
    fn interrupted(&self, c: usize) -> bool {
        c > 0 && {
            let w = self.s(c - 1);
            w.ends_with("--") || matches!(w, "—" | "–")
        }
    }

    /// "Q Thank you": a label in capitals that needs neither colon nor dash, before a capital
    /// or a remark in brackets.
    fn bare_label(&self, i: usize) -> bool {
        let s = self.s(i);
        s.chars().all(char::is_uppercase)
            && page::is_bare_label(&word_form(s))
            && i + 1 < self.len()
            && self
                .s(i + 1)
                .starts_with(|c: char| c.is_uppercase() || c == '(')
    }

    /// "Q - …", "R - …": a label without a name before a dash.
    fn dash_label(&self, i: usize) -> bool {
        let s = self.s(i);
        s.chars().all(char::is_alphabetic) && self.starts_upper(i) && {
            let f = word_form(s);
            page::is_anonymous_label(&f) && f.chars().count() <= 8
        }
    }

    /// The first word of the label whose last word (before the colon) is `last`, and whether
    /// it is bounded. `None` when the words do not have a label's shape.
    fn label_start(
        &self,
        last: usize,
        floor: usize,
        bound: &[bool],
        fence: &[bool],
    ) -> Option<LabelStart> {
        let mut j = last;
        let word = |k: usize| self.s(k).trim_end_matches([':', '：']);
        // A remark in brackets before the colon: "(retranslated)", "(перевод с английского)".
        if word(j).ends_with(')') {
            let open = (j.saturating_sub(8)..=j)
                .rev()
                .find(|&k| self.s(k).starts_with('('))?;
            if open == 0 || open <= floor {
                return None;
            }
            j = open - 1;
        }
        while j > floor && self.tips[j] {
            j -= 1;
        }
        if j < floor || fence[j] {
            return None;
        }
        let w = word(j);
        if w.is_empty()
            || w.ends_with([',', '.', ';', '!', '?', ')', '»', '"']) && !initials_name(w)
        {
            return None;
        }
        // A web site's address after a sentence's end: "alarabiya.net:" (an outlet asking).
        // (A lowercase word opens no sentence: the stop before it says it.)
        let after_stop = bound[j] || j > 0 && ends_with_terminal(self.s(j - 1));
        if after_stop && chancery_model::text::is_domain(w) {
            return Some(LabelStart {
                start: j,
                bounded: true,
                name: None,
            });
        }
        // A label without a name: "Question", "QUESTION", "Q", "Вопрос".
        if self.starts_upper(j)
            && page::is_anonymous_label(&word_form(w))
            && w.chars().all(char::is_alphabetic)
        {
            return Some(LabelStart {
                start: j,
                bounded: bound[j],
                name: None,
            });
        }
        // A name in capitals: "MR PRICE", "SECRETARY BLINKEN", "QUESTION".
        if caps_word(w) {
            let mut k = j;
            while k > floor && !bound[k] && j - k < 3 && caps_word(self.s(k - 1)) && !fence[k - 1] {
                k -= 1;
            }
            // A courtesy title opens the label: the capitals before it belong to what precedes
            // ("2:12 p.m. EDT MR PRICE:").
            if let Some(t) =
                (k + 1..j).find(|&m| chancery_lexicon::people::is_honorific(&word_form(word(m))))
            {
                k = t;
            }
            // So does the end of a time of day run into it ("2:18 P.M. CST PRESIDENT OBAMA:").
            if let Some(t) = (k..j).rev().find(|&m| self.ends_clock(m)) {
                k = t + 1;
            }
            let long = (k..=j).any(|m| word(m).chars().filter(|c| c.is_alphabetic()).count() >= 3);
            // A generic outlet word before an outlet's name opens the label ("… именно так.
            // Телекомпания СКАЙ-ТВ: …", "Information agency TASS:").
            let outlet = (1..=OUTLET_WORDS)
                .filter(|&n| k >= n && k - n >= floor)
                .map(|n| k - n)
                .find(|&m| {
                    !bound[k]
                        && (m..k).all(|x| !fence[x])
                        && (m + 1..k).all(|x| !bound[x])
                        && self.starts_upper(m)
                        && {
                            // (The prefix must end where the words do: a space closes them.)
                            let mut words = self.join(m, k);
                            words.push(' ');
                            chancery_lexicon::people::outlet_prefix(&words) == Some(words.len() - 1)
                        }
                });
            let k = outlet.unwrap_or(k);
            // (A time of day ends the header before the first turn: "5:00 P.M. CEST CHANCELLER
            // MERKEL:" is bounded.)
            return long.then_some(LabelStart {
                start: k,
                bounded: bound[k] || k > 0 && self.ends_clock(k - 1),
                name: None,
            });
        }
        let plain = self.named_label(j, floor, bound, fence);
        // "Natalya Golub, Russia Today:": a name, a comma, an affiliation.
        let with_affiliation = (j.saturating_sub(8).max(floor + 1)..=j)
            .rev()
            .find(|&k| k > floor && self.s(k - 1).ends_with(',') && !fence[k - 1])
            .filter(|&k| (k..=j).all(|m| !ends_with_terminal(self.s(m)) && !fence[m]) && !bound[k])
            .and_then(|k| self.named_label(k - 1, floor, bound, fence));
        match (plain, with_affiliation) {
            (Some(p), Some(a)) => Some(if self.strong(p.name, p.role) {
                p.at()
            } else {
                a.at()
            }),
            (Some(p), None) => Some(p.at()),
            (None, Some(a)) => Some(a.at()),
            (None, None) => None,
        }
    }

    /// A personal name ending at word `j` (its comma or colon trimmed), with the role phrase
    /// before it.
    fn named_label(&self, j: usize, floor: usize, bound: &[bool], fence: &[bool]) -> Option<Named> {
        let clean = |k: usize| self.s(k).trim_end_matches([':', '：', ',']);
        let stop = |k: usize| k <= floor || bound[k] || fence[k - 1];
        let name = if initials_name(clean(j)) {
            j
        } else if j > floor && name_word(clean(j)) && initials_only(self.s(j - 1)) && !bound[j] {
            // "V. Putin", "С. В. Лавров".
            let mut k = j - 1;
            while !stop(k) && initials_only(self.s(k - 1)) {
                k -= 1;
            }
            k
        } else {
            if !name_word(clean(j)) {
                return None;
            }
            // (A particle inside the name: "Mohammed al Tomaihi:".)
            let particle = |k: usize| chancery_lexicon::people::is_name_particle(self.s(k));
            let mut k = j;
            let mut particles = 0;
            while !stop(k) && j - k < 2 + particles {
                if name_word(self.s(k - 1)) {
                    k -= 1;
                } else if particles == 0
                    && particle(k - 1)
                    && !stop(k - 1)
                    && name_word(self.s(k - 2))
                {
                    k -= 2;
                    particles += 1;
                } else {
                    break;
                }
            }
            if k == j {
                return None;
            }
            // Three capitalised words: the first belongs to what stands before when the last two
            // are a known person or it ends a place ("Moscow, Kremlin Vladimir Putin:").
            if j - k == 2
                && (person(&self.join(k + 1, j + 1)).is_some()
                    || k > floor && self.s(k - 1).ends_with(','))
                && person(&self.join(k, j + 1)).is_none()
            {
                k += 1;
            }
            k
        };
        // The role phrase: label words and capitalised words back to a boundary, then trimmed
        // from the left until it starts like a role ("President …", "Russian Foreign Minister").
        // An element gap inside the label ("President of Turkey  Recep Tayyip Erdogan:") does
        // not end the role phrase.
        let role_stop = |k: usize| {
            k <= floor
                || fence[k - 1]
                || bound[k] && (self.gap(k) != Gap::Block || ends_with_terminal(self.s(k - 1)))
        };
        let mut r = name;
        while !role_stop(r) && name - r < MAX_LABEL_WORDS {
            let w = self.s(r - 1);
            if w.ends_with([',', '.', ':', ';', '!', '?', ')', '»']) {
                break;
            }
            let form = word_form(w);
            if label_words().contains(form.as_str()) || self.starts_upper(r - 1) {
                r -= 1;
            } else {
                break;
            }
        }
        while r < name && !self.role_starts(r, name) {
            r += 1;
        }
        // A capitalised article before the role opens the label ("Le Président Emmanuel
        // Macron :").
        if r < name
            && r > floor
            && !role_stop(r)
            && self.starts_upper(r - 1)
            && chancery_lexicon::people::quote_words(chancery_lexicon::people::QuoteWord::Article)
                .contains(word_form(self.s(r - 1)).as_str())
        {
            r -= 1;
        }
        Some(Named {
            start: r,
            bounded: bound[r],
            role: r < name,
            name: Run {
                start: name,
                end: j + 1,
            },
        })
    }

    /// Whether a label names a role, initials and a surname or a known person: enough to stand
    /// without a boundary before it. Looked up only for the labels that need it.
    fn strong(&self, name: Run, role: bool) -> bool {
        role || initials_name(self.s(name.end - 1).trim_end_matches([':', '：', ',']))
            || person(&self.join(name.start, name.end)).is_some()
    }

    /// Whether the words `[r, name)` begin like a role phrase: a capitalised label word
    /// ("President", "Министр") or the start of a known role phrase ("Russian Foreign Minister").
    fn role_starts(&self, r: usize, name: usize) -> bool {
        if !self.starts_upper(r) {
            return false;
        }
        let form = word_form(self.s(r));
        if label_words().contains(form.as_str()) && !FUNCTION_WORDS.contains(form.as_str()) {
            return true;
        }
        let Some(phrases) = ROLE_STARTS.get(form.as_str()) else {
            return false;
        };
        let phrase = (r..name)
            .map(|k| word_form(self.s(k)))
            .collect::<Vec<_>>()
            .join(" ");
        phrases.iter().any(|p| {
            phrase.starts_with(p) && phrase[p.len()..].chars().next().is_none_or(|c| c == ' ')
        })
    }

    /// The words `[from, to)` joined by single spaces, punctuation kept but for a trailing colon
    /// or comma (a lone ":" leaves no word).
    fn join(&self, from: usize, to: usize) -> String {
        (from..to)
            .map(|k| self.s(k).trim_end_matches([':', ',']))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    // ---- sentences ----

    /// The sentences made of unfenced words: `Run`s that start after a boundary and end at a
    /// sentence end, a colon, an element gap or a fenced word.
    fn sentences(&self, fence: &[bool]) -> Vec<Run> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (i, &fenced) in fence.iter().enumerate() {
            if (fenced || self.brk(i))
                && let Some(s) = start.take()
            {
                out.push(Run { start: s, end: i });
            }
            if fenced {
                continue;
            }
            let s = *start.get_or_insert(i);
            if self.ends_sentence(i) || self.s(i).ends_with(':') {
                out.push(Run {
                    start: s,
                    end: i + 1,
                });
                start = None;
            }
        }
        if let Some(s) = start {
            out.push(Run {
                start: s,
                end: self.len(),
            });
        }
        out
    }

    /// A sentence of prose: at least two words, ending like a sentence, with lowercase words.
    fn prose(&self, r: Run) -> bool {
        if r.end <= r.start || !ends_with_terminal(self.s(r.end - 1)) {
            return false;
        }
        let words: Vec<usize> = (r.start..r.end)
            .filter(|&k| self.first_letter(k).is_some_and(char::is_alphabetic))
            .collect();
        let lower = words.iter().filter(|&&k| self.starts_lower(k)).count();
        words.len() >= 2 && lower * 5 >= words.len()
    }

    /// Whether words `[from, to)` read like a title or menu: no sentence end, capitalised words.
    fn title_like(&self, from: usize, to: usize) -> bool {
        if to <= from || to - from > MAX_HEADLINE_WORDS {
            return false;
        }
        let words: Vec<usize> = (from..to)
            .filter(|&k| self.first_letter(k).is_some_and(char::is_alphabetic))
            .collect();
        !words.is_empty()
            && !ends_with_terminal(self.s(to - 1))
            && !self.s(to - 1).ends_with([':', ','])
            && self.starts_upper(words[0])
    }

    // ---- layout ----

    fn layout(&self) -> Layout {
        let n = self.len();
        let mut roles: Vec<Role> = self
            .tips
            .iter()
            .map(|&t| if t { Role::Tooltip } else { Role::Body })
            .collect();
        let mut line_before = vec![false; n];

        // Marks: page phrases, dates.
        let phrases = self.phrases();
        let dates = self.dates();
        let mut ends_mark = vec![false; n + 1];
        for r in phrases.iter().map(|b| b.run).chain(dates.iter().copied()) {
            ends_mark[r.end] = true;
        }
        // (A pictograph before a field ends what comes before it: "… de l'ONU 📅 Mercredi 25
        // Septembre 2024 Le Président …".)
        let bound: Vec<bool> = (0..n)
            .map(|i| {
                i == 0
                    || self.brk(i)
                    || ends_mark[i]
                    || self.ends_sentence(i - 1)
                    || is_icon(self.s(i - 1))
            })
            .collect();

        // Blocks (extents depend on labels, labels on blocks: phrases fence labels first).
        let mut phrase_fence = self.tips.clone();
        for b in &phrases {
            fill(&mut phrase_fence, b.run, true);
        }
        let labels = self.labels(&phrase_fence, &bound);
        let label_starts: HashSet<usize> = labels
            .iter()
            .filter(|l| l.bounded)
            .map(|l| l.start)
            .collect();
        let blocks = self.blocks(&phrases, &dates, &label_starts);
        let mut fence = self.tips.clone();
        for b in blocks.iter().filter(|b| !b.edge_only) {
            fill(&mut fence, b.run, true);
        }
        // Sentences are read between every block, page-edge phrases too ("Events", "Topics").
        let mut label_fence = fence.clone();
        for b in blocks.iter().filter(|b| b.edge_only) {
            fill(&mut label_fence, b.run, true);
        }
        for l in &labels {
            fill(
                &mut label_fence,
                Run {
                    start: l.start,
                    end: l.last + 1,
                },
                true,
            );
        }
        let labels: Vec<Label> = labels
            .into_iter()
            .filter(|l| (l.start..=l.last).all(|k| !fence[k] || self.tips[k]))
            .collect();

        // Dates standing alone (datelines, related items' dates) end sentences too.
        let alone_dates: Vec<Run> = dates
            .iter()
            .copied()
            .filter(|d| self.alone(*d, &bound))
            .collect();
        for d in &alone_dates {
            fill(&mut label_fence, *d, true);
        }
        // The body starts at the first bounded label or prose sentence.
        let sentences = self.sentences(&label_fence);
        let first_prose = sentences.iter().find(|r| self.prose(**r)).map(|r| r.start);
        let first_bounded = labels.iter().find(|l| l.bounded).map(|l| l.start);
        let body0 = min_opt(first_prose, first_bounded);
        let Some(body0) = body0 else {
            // No prose and no label: nothing to anchor a header or a footer; blocks only.
            self.apply_blocks(&blocks, &mut roles, 0, n, false);
            return self.lines(roles, line_before, &labels, &[]);
        };

        // The page header: page phrases before the body.
        let header_end = self.header_end(&blocks, &phrases, body0);

        // The dateline: the first date standing alone after the header, before any label, not
        // far past the first prose sentence.
        let first_label_any = labels.iter().find(|l| l.bounded).map_or(n, |l| l.start);
        let reach = self.toks[body0].start as usize + DATELINE_REACH;
        let dateline = dates
            .iter()
            .filter(|d| d.start >= header_end && d.start < first_label_any)
            .filter(|d| (self.toks[d.start].start as usize) <= reach)
            .filter(|d| (d.start..d.end).all(|k| !fence[k]))
            .find(|d| self.alone(**d, &bound))
            .map(|d| self.with_place_prefix(*d));

        // Labels with title words or a place before them: the first one, before the body; or
        // one right after the dateline.
        let mut accepted: Vec<Label> = Vec::new();
        let mut first_free = true;
        let transcript = labels.iter().any(|l| l.bounded);
        // The words of the labels that stand after a boundary: the same words run into what
        // comes before them ("…, Secretary of State SECRETARY BLINKEN: Very good.", "…
        // Washington, D.C. QUESTION: Joining us…") are that speaker's label too.
        let bounded_words: HashSet<String> = labels
            .iter()
            .filter(|l| l.bounded)
            .map(|l| self.join(l.start, l.last + 1))
            .collect();
        // (And a name whose initials label turns elsewhere: "… 20h00 GMT Maxime Jaglin : …",
        // then "MJ : …".)
        let initials_used = |l: &Label| {
            l.name
                .is_some_and(|(name, _)| bounded_words.contains(&self.initials(name)))
        };
        for l in &labels {
            if l.bounded
                || bounded_words.contains(&self.join(l.start, l.last + 1))
                || initials_used(l)
            {
                accepted.push(*l);
                first_free = false;
                continue;
            }
            let after_dateline = dateline.is_some_and(|d| {
                l.start >= d.end
                    && l.start <= d.end + MAX_PLACE_WORDS + 1
                    && (d.end..l.start).all(|k| !ends_with_terminal(self.s(k)) && !fence[k])
            });
            let strong = || l.name.is_some_and(|(name, role)| self.strong(name, role));
            // In a transcript (labels after sentence ends elsewhere), a strong label after a
            // sub-heading run into it ("… Tokayev. Beginning of talks President of Russia
            // Vladimir Putin: …"): the heading gets its own line.
            let subheading = transcript
                .then(|| self.subheading_before(l.start, &bound, &fence))
                .flatten()
                .filter(|_| strong());
            if let Some(h) = subheading {
                line_before[h] = true;
                accepted.push(*l);
            } else if after_dateline
                || (first_free && l.start < body0 && l.start >= header_end && strong())
            {
                accepted.push(*l);
            }
            first_free = false;
        }
        let first_label = accepted.first().map(|l| l.start);
        let body = min_opt(Some(body0), first_label).unwrap_or(body0);

        // Header chrome. Title words before the first block (a page's <title>) go with it when
        // the page repeats them below; said only once, they are the headline and stay.
        if header_end > 0 {
            let first = blocks.first().map_or(0, |b| b.run.start);
            let said_once = first >= 2
                && self.title_like(0, first)
                && !self.said_again(
                    Run {
                        start: 0,
                        end: first.min(4),
                    },
                    header_end,
                );
            if said_once {
                line_before[first] = true;
            }
            let from = if said_once { first } else { 0 };
            self.apply_edge(
                &blocks,
                &mut roles,
                Run {
                    start: from,
                    end: header_end,
                },
                RemovedKind::Navigation,
            );
        }

        // The headline: title words just before the dateline (or the body), else the words the
        // page repeats elsewhere at the start of its first sentence.
        let head_limit = dateline.map_or(body, |d| d.start.min(body));
        let mut headline = self.headline_before(header_end, head_limit, &fence);
        if headline.is_none() && body == body0 && first_prose == Some(body0) {
            let first = sentences.iter().find(|r| r.start == body0).copied();
            headline = first.and_then(|r| {
                self.repeated_prefix(r)
                    .or_else(|| self.genre_sentence(r))
                    .or_else(|| self.echoed_prefix(r))
            });
        }
        if let Some(h) = headline {
            // A headline written twice in a row: the first copy is a breadcrumb item.
            let h = self.undouble(h, &mut roles);
            line_before[h.start] = true;
            if h.end < n {
                line_before[h.end] = true;
            }
        }

        // Dateline and place.
        let mut captions = Vec::new();
        if let Some(h) = headline {
            captions = self.copies(h, &bound, &fence);
        }
        let mut caption_fence = fence.clone();
        for c in &captions {
            fill(&mut caption_fence, *c, true);
        }
        if let Some(d) = dateline {
            fill_role(&mut roles, d, Role::Removed(RemovedKind::Dateline));
            let stop = accepted.iter().map(|l| l.start).find(|&s| s >= d.end);
            // "Paris, le 14 mars 2019" names its place before the date.
            let placed = self.s(d.start).ends_with(',')
                && d.start + 1 < n
                && word_form(self.s(d.start + 1)) == "le";
            let place = (!placed)
                .then(|| self.place(d.end, stop, &caption_fence, &bound))
                .flatten();
            if let Some(p) = place {
                line_before[p.start] = true;
                if p.end < n {
                    line_before[p.end] = true;
                }
            } else if d.end < n {
                line_before[d.end] = true;
            }
        }
        // The page footer: after the last prose sentence or label, a block starts the rest.
        let last_prose = sentences
            .iter()
            .filter(|r| {
                r.start >= body
                    && self.prose(**r)
                    && !captions
                        .iter()
                        .any(|c| c.start <= r.start && r.end <= c.end)
            })
            .map(|r| r.end)
            .max();
        let last_label = accepted.iter().map(|l| l.last + 1).max();
        let last_content = last_prose.max(last_label).unwrap_or(body);
        // A speech without a final stop after the last label is not a footer.
        let after_speech = last_label.is_some_and(|l| l >= last_content);
        // The footer is mostly blocks: a menu word before a long stretch of text does not
        // start it.
        let mut blocked = vec![0usize; n + 1];
        for b in &blocks {
            blocked[b.run.start..b.run.end.min(n)].fill(1);
        }
        for k in (0..n).rev() {
            blocked[k] += blocked[k + 1];
        }
        let footer = blocks
            .iter()
            .filter(|b| b.run.start >= last_content)
            .map(|b| b.run.start)
            .find(|&f| blocked[f] * 4 >= n - f);
        let footer_start = footer.map(|f| {
            // Title words between the last sentence and the first footer block ("Geography
            // United States Topics …") belong to the footer.
            let words: Vec<usize> = (last_content..f)
                .filter(|&k| {
                    roles[k] == Role::Body && self.first_letter(k).is_some_and(char::is_alphabetic)
                })
                .collect();
            let caps = words.iter().filter(|&&k| self.starts_upper(k)).count();
            if !after_speech
                && words.len() >= 2
                && caps * 5 >= words.len() * 3
                && self.title_like(last_content, f)
            {
                last_content
            } else {
                f
            }
        });
        let body_end = footer_start.unwrap_or(n);
        if let Some(f) = footer_start {
            let first_kind = blocks
                .iter()
                .find(|b| b.run.start >= f)
                .map_or(PageWord::Footer, |b| b.kind);
            self.apply_edge(
                &blocks,
                &mut roles,
                Run { start: f, end: n },
                removed_kind(first_kind),
            );
        }

        // Blocks between the header and the footer, wherever they sit.
        self.apply_blocks(&blocks, &mut roles, header_end, body_end, true);
        captions.retain(|c| c.end <= body_end);
        for c in &captions {
            fill_role(&mut roles, *c, Role::Removed(RemovedKind::Caption));
        }

        self.lines(roles, line_before, &accepted, &captions)
    }

    /// Where the page header ends: after the last of a chain of blocks from the top, before the
    /// body, that holds at least [`HEADER_PHRASES`] phrases with no prose between them; 0 when
    /// there is none.
    fn header_end(&self, blocks: &[Block], phrases: &[Block], body: usize) -> usize {
        let (mut end, mut count, mut prev) = (0, 0, 0);
        for b in blocks.iter().take_while(|b| b.run.start < body) {
            let gap = prev..b.run.start;
            let words = gap.len();
            let prose = words >= 6 && gap.clone().any(|k| self.ends_sentence(k));
            if words > 25 || prose {
                break;
            }
            let from = phrases.partition_point(|p| p.run.start < b.run.start);
            let to = phrases.partition_point(|p| p.run.start < b.run.end);
            count += to.saturating_sub(from);
            end = b.run.end.min(body);
            prev = b.run.end;
        }
        if count >= HEADER_PHRASES { end } else { 0 }
    }

    /// Grows phrases into blocks: menu runs, share rows, related blocks with their items, fields
    /// with their values, footers and notices to the end of their sentence.
    fn blocks(
        &self,
        phrases: &[Block],
        dates: &[Run],
        label_starts: &HashSet<usize>,
    ) -> Vec<Block> {
        let n = self.len();
        let date_at: HashMap<usize, usize> = dates.iter().map(|d| (d.start, d.end)).collect();
        let phrase_at: HashSet<usize> = phrases.iter().map(|p| p.run.start).collect();
        let mut out: Vec<Block> = Vec::new();
        let mut i = 0;
        while i < phrases.len() {
            let p = phrases[i];
            // Runs of menu items, of share items.
            if matches!(p.kind, PageWord::Menu | PageWord::Share) {
                // Items side by side, or joined by a breadcrumb's separators ("Home › News ›").
                let sep = |k: usize| k < n && is_separator(self.s(k));
                let mut j = i;
                while j + 1 < phrases.len() && phrases[j + 1].kind == p.kind && {
                    let (end, next) = (phrases[j].run.end, phrases[j + 1].run.start);
                    next == end || next == end + 1 && sep(end)
                } {
                    j += 1;
                }
                let mut end = phrases[j].run.end;
                let crumbs = (p.run.start..end).any(sep);
                if sep(end) {
                    end += 1;
                }
                let run = Run {
                    start: p.run.start,
                    end,
                };
                let alone = (run.start == 0 || self.gap(run.start).hard())
                    && (run.end == n || self.gap(run.end).hard());
                out.push(Block {
                    run,
                    kind: p.kind,
                    edge_only: j == i && !alone && !crumbs,
                });
                i = j + 1;
                continue;
            }
            let limit = |from: usize, max: usize| -> usize {
                // Up to an element gap, a label, another phrase or `max` words.
                let mut k = from;
                while k < n
                    && k < from + max
                    && !(label_starts.contains(&k)
                        || phrase_at.contains(&k)
                        || k > from && self.gap(k).hard())
                {
                    k += 1;
                }
                k
            };
            let end = match p.kind {
                PageWord::Related => {
                    self.related_end(p.run.end, &date_at, label_starts, &phrase_at)
                }
                PageWord::Field | PageWord::Updated | PageWord::Published => {
                    match date_at.get(&p.run.end) {
                        Some(&e) => e,
                        None => {
                            let to = limit(p.run.end, 8);
                            (p.run.end..to)
                                .find(|&k| self.ends_sentence(k))
                                .map_or(to, |k| k + 1)
                        }
                    }
                }
                PageWord::Footer if !p.edge_only => {
                    // A copyright or credit: names, years and their small words ("© 2019
                    // Ministry of Foreign Affairs", "© Алексей Никольский"), not the prose after.
                    let to = limit(p.run.end, 12);
                    let mut k = p.run.end;
                    while k < to {
                        let w = self.s(k);
                        let fits = self.starts_upper(k)
                            || w.starts_with(|c: char| c.is_ascii_digit())
                            || FUNCTION_WORDS.contains(word_form(w).as_str())
                            || !w.chars().any(char::is_alphanumeric);
                        if !fits {
                            break;
                        }
                        k += 1;
                        if ends_with_terminal(w) {
                            break;
                        }
                    }
                    k
                }
                PageWord::Subscribe | PageWord::Hidden if !p.edge_only => {
                    let max = if p.kind == PageWord::Hidden { 40 } else { 20 };
                    let to = limit(p.run.end, max);
                    let sentence = (p.run.end.saturating_sub(1)..to)
                        .find(|&k| self.ends_sentence(k))
                        .map(|k| k + 1);
                    match sentence {
                        Some(e) => e.max(p.run.end),
                        None if to < n
                            && !self.gap(to).hard()
                            && !phrase_at.contains(&to)
                            && !label_starts.contains(&to) =>
                        {
                            p.run.end
                        }
                        None => to,
                    }
                }
                _ => p.run.end,
            };
            out.push(Block {
                run: Run {
                    start: p.run.start,
                    end: end.max(p.run.end),
                },
                kind: p.kind,
                edge_only: p.edge_only,
            });
            i += 1;
            // Phrases swallowed by this block's extent are part of it.
            while i < phrases.len() && phrases[i].run.start < end {
                i += 1;
            }
        }
        out
    }

    /// Where a related block that starts its items at `from` ends: after its last item that
    /// ends with a date; with no dated item, at the next element gap if no sentence ends first.
    fn related_end(
        &self,
        from: usize,
        date_at: &HashMap<usize, usize>,
        label_starts: &HashSet<usize>,
        phrase_at: &HashSet<usize>,
    ) -> usize {
        let n = self.len();
        let mut end = from;
        'items: loop {
            let mut k = end;
            while k < n && k < end + MAX_RELATED_ITEM {
                if label_starts.contains(&k) || phrase_at.contains(&k) {
                    break 'items;
                }
                if let Some(&e) = date_at.get(&k) {
                    end = e;
                    continue 'items;
                }
                if self.ends_sentence(k) {
                    break 'items;
                }
                k += 1;
            }
            break;
        }
        if end > from {
            return end;
        }
        // No dated item: the links run to the next element gap.
        let mut k = from;
        while k < n && k < from + MAX_RELATED_ITEM {
            if label_starts.contains(&k) || phrase_at.contains(&k) || k > from && self.gap(k).hard()
            {
                return k;
            }
            if self.ends_sentence(k) {
                return from;
            }
            k += 1;
        }
        if k == n { n } else { from }
    }

    /// Marks the blocks inside `[from, to)` as removed (the ones that stand only at the page's
    /// edges are left when `inner`).
    fn apply_blocks(
        &self,
        blocks: &[Block],
        roles: &mut [Role],
        from: usize,
        to: usize,
        inner: bool,
    ) {
        for b in blocks {
            if b.run.start < from || b.run.start >= to || (inner && b.edge_only) {
                continue;
            }
            let run = Run {
                start: b.run.start,
                end: b.run.end.min(to),
            };
            for r in &mut roles[run.start..run.end] {
                if *r == Role::Body {
                    *r = Role::Removed(removed_kind(b.kind));
                }
            }
        }
    }

    /// Marks all of `zone` as removed: blocks with their kind, the words between them with the
    /// kind of the block before (or `lead`).
    fn apply_edge(&self, blocks: &[Block], roles: &mut [Role], zone: Run, lead: RemovedKind) {
        let mut kind = lead;
        let mut b = blocks.iter().filter(|b| b.run.end > zone.start).peekable();
        let mut k = zone.start;
        while k < zone.end {
            while b.next_if(|x| x.run.end <= k).is_some() {}
            match b.peek() {
                Some(block) if block.run.start <= k => kind = removed_kind(block.kind),
                // The words after a publication-date field are not the date.
                _ if kind == RemovedKind::Dateline => kind = RemovedKind::PageFrame,
                _ => {}
            }
            if matches!(roles[k], Role::Body | Role::Tooltip) {
                roles[k] = Role::Removed(kind);
            }
            k += 1;
        }
    }

    /// Whether the date `d` stands alone: not inside a sentence ("on March 14, 2019 the …").
    fn alone(&self, d: Run, bound: &[bool]) -> bool {
        let before = bound[d.start]
            || self.starts_upper(d.start - 1) && !self.s(d.start - 1).ends_with(',')
            || self.place_prefix(d.start).is_some();
        let after = d.end == self.len()
            || self.gap(d.end).hard()
            || ends_with_terminal(self.s(d.end - 1))
            || !self.starts_lower(d.end) && !self.s(d.end - 1).ends_with(',');
        before && after
    }

    /// "Paris, le 14 mars 2019": the place and article before a French date.
    fn place_prefix(&self, start: usize) -> Option<usize> {
        if start < 2 || word_form(self.s(start - 1)) != "le" {
            return None;
        }
        let place = start - 2;
        // "à La Mecque, le 9 octobre": a place inside a sentence, not a dateline's.
        let inside = place > 0 && ARTICLES.contains(word_form(self.s(place - 1)).as_str());
        (self.s(place).ends_with(',') && self.starts_upper(place) && !inside).then_some(place)
    }

    fn with_place_prefix(&self, d: Run) -> Run {
        match self.place_prefix(d.start) {
            Some(p) => Run {
                start: p,
                end: d.end,
            },
            None => d,
        }
    }

    /// The place after a dateline ("Moscow, Kremlin", "The Kremlin, Moscow", "Ankara"): short
    /// capitalised words up to the label that follows, an element gap or a sentence's start.
    fn place(
        &self,
        from: usize,
        label: Option<usize>,
        fence: &[bool],
        bound: &[bool],
    ) -> Option<Run> {
        let n = self.len();
        if from >= n || fence[from] {
            return None;
        }
        if let Some(l) = label.filter(|&l| l > from && l - from <= MAX_PLACE_WORDS) {
            return self.title_like(from, l).then_some(Run {
                start: from,
                end: l,
            });
        }
        let mut k = from;
        while k < n && k - from < MAX_PLACE_WORDS && !fence[k] && (k == from || !bound[k]) {
            let w = self.s(k);
            if !self.starts_upper(k)
                || ends_with_terminal(w)
                || label_words().contains(word_form(w).as_str())
            {
                break;
            }
            if k > from && person(&self.join(k, (k + 2).min(n))).is_some() {
                break;
            }
            k += 1;
            if w.ends_with(':') {
                return None;
            }
        }
        if k == from {
            return None;
        }
        // The run reached a sentence's first word ("A wide range …", "Sochi Vladimir …").
        let gap_after = k == n || self.gap(k).hard() || fence[k] || bound[k];
        if !gap_after && (k - from == MAX_PLACE_WORDS || k < n && self.starts_lower(k)) {
            k -= 1;
        }
        if k == from || ARTICLES.contains(word_form(self.s(k - 1)).as_str()) {
            return None;
        }
        Some(Run {
            start: from,
            end: k,
        })
    }

    /// The title-like words that end at `to` and start after `from` (an element gap or a block).
    fn headline_before(&self, from: usize, to: usize, fence: &[bool]) -> Option<Run> {
        if to <= from || to > self.len() || fence[to - 1] {
            return None;
        }
        let mut k = to;
        while k > from && !fence[k - 1] && to - (k - 1) <= MAX_HEADLINE_WORDS {
            k -= 1;
            if self.brk(k) || (k > from && ends_with_terminal(self.s(k - 1))) {
                break;
            }
        }
        (self.title_like(k, to) && to - k >= 2).then_some(Run { start: k, end: to })
    }

    /// A first sentence that opens with a genre word and says whose words follow ("Déclaration
    /// de Mme Catherine Colonna, ministre …, au Sénat le 22 mars 2023. Monsieur le Sénateur, …"):
    /// the headline, when more follows it.
    /// A statement's genre phrase opens it too ("Communiqué de la Présidence de la République,
    /// en date du 26 mars 2023, sur … . Le Président …").
    fn genre_sentence(&self, r: Run) -> Option<Run> {
        use chancery_lexicon::people::{StatementWord, TurnWord, statement_words, turn_words};
        let first = word_form(self.s(r.start));
        let statement = || {
            statement_words(StatementWord::Genre).iter().any(|g| {
                let words: Vec<&str> = g.split(' ').collect();
                r.start + words.len() <= r.end
                    && words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| word_form(self.s(r.start + k)) == *w)
            })
        };
        (r.end - r.start <= MAX_GENRE_HEADLINE_WORDS
            && r.end < self.len()
            && terminal(self.s(r.end - 1))
            && self.starts_upper(r.start)
            && (turn_words(TurnWord::Genre).contains(&first.as_str()) || statement()))
        .then_some(r)
    }

    /// A headline run into the first sentence that says it again ("Трамп и Путин сделали
    /// совместное заявление к 75-летию встречи на Эльбе Президент США Дональд Трамп и президент
    /// России Владимир Путин сделали совместное заявление к 75-летию …"): the words of `r`
    /// before a capitalised word, when most of their longer words (by their first letters, so
    /// that case forms match) come back in the words right after it.
    fn echoed_prefix(&self, r: Run) -> Option<Run> {
        let stem = |k: usize| -> Option<String> {
            let c = core(self.s(k));
            (c.chars().filter(|c| c.is_alphabetic()).count() >= ECHO_MIN_LETTERS).then(|| {
                c.chars()
                    .flat_map(char::to_lowercase)
                    .take(ECHO_STEM_CHARS)
                    .collect()
            })
        };
        let last = (r.start + MAX_HEADLINE_WORDS).min(r.end.saturating_sub(ECHO_MIN_WORDS));
        let mut best: Option<(usize, usize)> = None;
        for p in r.start + ECHO_MIN_WORDS..last {
            // (Nor a title before the name it belongs to, "… Президент | США", nor inside a name
            // in capitals.)
            if !self.starts_upper(p)
                || self.s(p - 1).ends_with([',', ':', ';', '-', '–', '—'])
                || label_words().contains(word_form(self.s(p - 1)).as_str())
                || !self.s(p - 1).chars().any(char::is_lowercase) && caps_word(self.s(p))
            {
                continue;
            }
            let head: Vec<String> = (r.start..p).filter_map(stem).collect();
            if head.len() < ECHO_MIN_WORDS {
                continue;
            }
            let window: Vec<String> = (p..(p + ECHO_WINDOW).min(self.len()))
                .filter_map(stem)
                .collect();
            // Said again in the same order; the earliest split of the most words.
            let hits = common_subsequence(&head, &window);
            if hits * 10 >= head.len() * 6 && best.is_none_or(|(_, b)| hits > b) {
                best = Some((p, hits));
            }
        }
        best.map(|(p, _)| Run {
            start: r.start,
            end: p,
        })
    }

    /// The longest start of sentence `r` that the page repeats elsewhere (its `<title>`, a
    /// "message preview" in the footer), when more of the sentence follows it.
    fn repeated_prefix(&self, r: Run) -> Option<Run> {
        let len = r.end - r.start;
        if len < 5 {
            return None;
        }
        // The same words, a sentence ending at the same place.
        let same = |a: usize, b: usize| {
            same_form(self.s(a), self.s(b)) && terminal(self.s(a)) == terminal(self.s(b))
        };
        let mut best = 0;
        for o in 0..self.len().saturating_sub(3) {
            if (r.start.saturating_sub(2)..r.end).contains(&o)
                || !same_form(self.s(o), self.s(r.start))
            {
                continue;
            }
            let mut l = 0;
            while l < len - 1 && o + l < self.len() && o + l != r.start && same(o + l, r.start + l)
            {
                l += 1;
            }
            best = best.max(l);
        }
        let split = r.start + best;
        ((3..=MAX_HEADLINE_WORDS).contains(&best) && best < len - 1 && self.starts_upper(split))
            .then_some(Run {
                start: r.start,
                end: split,
            })
    }

    /// Whether the words of `r` come again at or after word `from`.
    fn said_again(&self, r: Run, from: usize) -> bool {
        let len = r.end - r.start;
        (from..self.len().saturating_sub(len.saturating_sub(1)))
            .any(|o| (0..len).all(|k| same_form(self.s(o + k), self.s(r.start + k))))
    }

    /// "Talks with X Talks with X": the first copy is removed (a breadcrumb's last item).
    fn undouble(&self, h: Run, roles: &mut [Role]) -> Run {
        let len = h.end - h.start;
        if len >= 4 && len.is_multiple_of(2) {
            let half = len / 2;
            if (0..half).all(|k| self.s(h.start + k) == self.s(h.start + half + k)) {
                fill_role(
                    roles,
                    Run {
                        start: h.start,
                        end: h.start + half,
                    },
                    Role::Removed(RemovedKind::Navigation),
                );
                return Run {
                    start: h.start + half,
                    end: h.end,
                };
            }
        }
        h
    }

    /// Copies of the headline standing alone later in the text (photo captions).
    fn copies(&self, h: Run, bound: &[bool], fence: &[bool]) -> Vec<Run> {
        let len = h.end - h.start;
        let mut out = Vec::new();
        if len < 3 {
            return out;
        }
        let mut o = h.end;
        while o + len <= self.len() {
            let same = (0..len).all(|k| same_form(self.s(o + k), self.s(h.start + k)));
            if same && !fence[o] {
                let end = o + len;
                // A long headline written again with its capital is a caption even where the
                // scraper glued it after a comma ("Friends, Joint news conference of …").
                let long_copy = len >= 5 && self.s(o).starts_with(char::is_uppercase);
                let before = bound[o]
                    || self.starts_upper(o - 1) && !self.s(o - 1).ends_with(',')
                    || long_copy && self.s(o - 1).ends_with(',');
                let after = end == self.len()
                    || self.gap(end).hard()
                    || ends_with_terminal(self.s(end - 1))
                    || self.starts_upper(end);
                let inner_end = (o..end - 1).all(|k| !ends_with_terminal(self.s(k)));
                if before && after && inner_end {
                    out.push(Run { start: o, end });
                    o = end;
                    continue;
                }
            }
            o += 1;
        }
        out
    }

    /// Line starts: labels, captions' neighbours, glued paragraphs, element gaps that end a
    /// sentence, body resuming after a removed block.
    fn lines(
        &self,
        roles: Vec<Role>,
        mut line_before: Vec<bool>,
        labels: &[Label],
        captions: &[Run],
    ) -> Layout {
        let mut join_before = vec![false; self.len()];
        for l in labels {
            if roles[l.start] == Role::Body {
                line_before[l.start] = true;
            }
            for j in &mut join_before[l.start + 1..(l.last + 2).min(self.len())] {
                *j = true;
            }
        }
        for c in captions {
            if c.end < self.len() {
                line_before[c.end] = true;
            }
        }
        Layout {
            roles,
            line_before,
            join_before,
        }
    }

    // ---- writing ----

    fn write(&self, layout: &Layout) -> (String, Vec<Removed>) {
        let mut out = String::with_capacity(self.text.len());
        let mut removed: Vec<Removed> = Vec::new();
        // The removed run being collected: kind, first and last word.
        let mut pending: Option<(RemovedKind, usize, usize)> = None;
        let mut prev_body: Option<usize> = None;
        let mut removed_since = false;
        let mut strongest = Gap::Space;
        for i in 0..self.len() {
            if layout.roles[i] != Role::Tooltip {
                strongest = strongest.max(self.gap(i));
            }
            match layout.roles[i] {
                Role::Tooltip => match &mut pending {
                    Some((RemovedKind::Hidden, _, last)) => *last = i,
                    _ => {
                        self.flush(&mut pending, &mut removed, out.len());
                        pending = Some((RemovedKind::Hidden, i, i));
                    }
                },
                Role::Removed(kind) => {
                    match &mut pending {
                        Some((k, _, last)) if *k == kind => *last = i,
                        _ => {
                            self.flush(&mut pending, &mut removed, out.len());
                            pending = Some((kind, i, i));
                        }
                    }
                    removed_since = true;
                }
                Role::Body => {
                    self.flush(&mut pending, &mut removed, out.len());
                    if let Some(p) = prev_body {
                        let sep = if strongest == Gap::Blank {
                            "\n\n"
                        } else if layout.join_before[i] && strongest < Gap::Line {
                            " "
                        } else if strongest == Gap::Line
                            || layout.line_before[i]
                            || strongest == Gap::Glued
                        {
                            "\n"
                        } else if strongest == Gap::Block || removed_since {
                            self.join_or_break(p, i)
                        } else {
                            " "
                        };
                        out.push_str(sep);
                    }
                    if sep_is_space(&out)
                        && prev_body == Some(i.wrapping_sub(1))
                        && self.gap(i) == Gap::Space
                    {
                        // Keep the space as written (a no-break space stays one).
                        let between =
                            &self.text[self.toks[i - 1].end as usize..self.toks[i].start as usize];
                        if !between.is_empty() && !between.contains(['\n', '\r']) {
                            out.pop();
                            out.push_str(between);
                        }
                    }
                    out.push_str(self.s(i));
                    prev_body = Some(i);
                    removed_since = false;
                    strongest = Gap::Space;
                }
            }
        }
        self.flush(&mut pending, &mut removed, out.len());
        (out, removed)
    }

    /// Between two body words that a page element or a removed block separates: a line break
    /// when the first ends a sentence or a title, a space inside a sentence.
    fn join_or_break(&self, prev: usize, next: usize) -> &'static str {
        let p = self.s(prev);
        if self.starts_lower(next) || p.ends_with([',', ';', '(', '–', '—', '-']) {
            return " ";
        }
        if ends_with_terminal(p) || p.ends_with(':') {
            return "\n";
        }
        // A remark in brackets goes on the same line ("Erdogan  (retranslated):").
        if self.s(next).starts_with('(') {
            return " ";
        }
        // "Putin and  Donald Trump": a lowercase word does not end a title or a paragraph;
        // "Cyril  Ramaphosa at the …": a name cut by a link's markup.
        let name_goes_on = name_word(self.s(prev))
            && name_word(self.s(next).trim_end_matches([',', ';']))
            && next + 1 < self.len()
            && self.gap(next + 1) == Gap::Space
            && self.starts_lower(next + 1);
        if self.starts_lower(prev) || name_goes_on {
            return " ";
        }
        "\n"
    }

    fn flush(
        &self,
        pending: &mut Option<(RemovedKind, usize, usize)>,
        removed: &mut Vec<Removed>,
        at: usize,
    ) {
        if let Some((kind, first, last)) = pending.take() {
            let slice = &self.text[self.toks[first].start as usize..self.toks[last].end as usize];
            removed.push(Removed {
                kind,
                text: slice.split_whitespace().collect::<Vec<_>>().join(" "),
                at,
            });
        }
    }
}

fn sep_is_space(out: &str) -> bool {
    out.ends_with(' ')
}

/// A personal name as a label's walk found it.
struct Named {
    start: usize,
    bounded: bool,
    /// Whether a role phrase stands before the name.
    role: bool,
    name: Run,
}

impl Named {
    fn at(&self) -> LabelStart {
        LabelStart {
            start: self.start,
            bounded: self.bounded,
            name: Some((self.name, self.role)),
        }
    }
}

/// Where a label starts, whether it is bounded, and its personal name with whether a role
/// phrase stands before it.
struct LabelStart {
    start: usize,
    bounded: bool,
    name: Option<(Run, bool)>,
}

/// The known role phrases ("russian foreign minister") by their first word.
static ROLE_STARTS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for (phrase, _) in role_phrases() {
        if let Some(first) = phrase.split(' ').next() {
            map.entry(first).or_default().push(phrase.as_str());
        }
    }
    map
});

/// Label words that cannot start a role phrase ("of", "de", "the").
static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "of",
        "the",
        "for",
        "and",
        "de",
        "la",
        "le",
        "du",
        "des",
        "d",
        "l",
        "et",
        "d'état",
        "d’état",
    ]
    .into_iter()
    .collect()
});

/// Articles and prepositions that cannot end a place name.
static ARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "the", "a", "an", "in", "at", "в",
        "на", "во",
    ]
    .into_iter()
    .collect()
});

fn removed_kind(kind: PageWord) -> RemovedKind {
    match kind {
        PageWord::Menu => RemovedKind::Navigation,
        PageWord::Related => RemovedKind::Related,
        PageWord::Share => RemovedKind::ShareFooter,
        PageWord::Footer | PageWord::Field | PageWord::Updated => RemovedKind::PageFrame,
        PageWord::Published => RemovedKind::Dateline,
        PageWord::Subscribe => RemovedKind::Boilerplate,
        PageWord::Hidden => RemovedKind::Hidden,
    }
}

fn fill(v: &mut [bool], r: Run, value: bool) {
    let end = r.end.min(v.len());
    for x in &mut v[r.start.min(end)..end] {
        *x = value;
    }
}

fn fill_role(v: &mut [Role], r: Run, role: Role) {
    let end = r.end.min(v.len());
    for x in &mut v[r.start.min(end)..end] {
        *x = role;
    }
}

fn min_opt(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

// ---- words ----

/// The words of `text` with the space before each.
fn words(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 6);
    let mut start: Option<(usize, Gap)> = None;
    let (mut spaces, mut newlines) = (0usize, 0usize);
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some((s, gap)) = start.take() {
                toks.push(Tok {
                    start: s as u32,
                    end: i as u32,
                    gap,
                });
            }
            spaces += 1;
            newlines += usize::from(c == '\n');
        } else if start.is_none() {
            let gap = match (newlines, spaces) {
                (2.., _) => Gap::Blank,
                (1, _) => Gap::Line,
                (0, 2..) => Gap::Block,
                _ => Gap::Space,
            };
            start = Some((i, gap));
            spaces = 0;
            newlines = 0;
        }
    }
    if let Some((s, gap)) = start {
        toks.push(Tok {
            start: s as u32,
            end: text.len() as u32,
            gap,
        });
    }
    toks
}

/// Splits words where the scraper glued two paragraphs: "terminée.Les", "2023.Les", "?R",
/// "Sénateur,Avec". Addresses and initials ("С.В.Лавров", "U.S.A") are left whole.
fn split_glued(text: &str, toks: &mut Vec<Tok>) {
    let mut out = Vec::with_capacity(toks.len());
    for (n, t) in toks.iter().enumerate() {
        let w = &text[t.start as usize..t.end as usize];
        // Only a mark before the word's last character can glue two paragraphs.
        let inner = w
            .char_indices()
            .next_back()
            .map_or("", |(last, _)| &w[..last]);
        let marked = inner.contains(['.', '!', '?', '…', ',']) || w.starts_with(['!', '?', '…']);
        if !marked || w.contains("://") || w.contains("www.") || w.contains('@') {
            out.push(*t);
            continue;
        }
        let prev_word = n
            .checked_sub(1)
            .map(|p| &text[toks[p].start as usize..toks[p].end as usize]);
        let mut from = 0usize;
        let mut gap = t.gap;
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for (k, &(at, c)) in chars.iter().enumerate().skip(1) {
            if !(c.is_uppercase() || "«“".contains(c)) || at <= from {
                continue;
            }
            if glued_at(
                &w[from..at],
                if from == 0 { prev_word } else { None },
                &chars[k..],
            ) {
                out.push(Tok {
                    start: t.start + from as u32,
                    end: t.start + at as u32,
                    gap,
                });
                from = at;
                gap = Gap::Glued;
            }
        }
        out.push(Tok {
            start: t.start + from as u32,
            end: t.end,
            gap,
        });
    }
    *toks = out;
}

/// Whether a paragraph was glued after `before` (the word's text up to the capital): a sentence
/// end after a real word, or a comma after a lowercase word followed by a capitalised word.
fn glued_at(before: &str, prev_word: Option<&str>, rest: &[(usize, char)]) -> bool {
    let trimmed = before.trim_end_matches(CLOSERS);
    let Some(punct) = trimmed.chars().last() else {
        return false;
    };
    let stem = &trimmed[..trimmed.len() - punct.len_utf8()];
    if punct == ',' {
        return trimmed.len() == before.len()
            && stem.chars().last().is_some_and(char::is_lowercase)
            && rest.get(1).is_some_and(|&(_, c)| c.is_lowercase());
    }
    if !".!?…".contains(punct) {
        return false;
    }
    let stem = stem.trim_end_matches(['.', '!', '?', '…']);
    if stem.is_empty() {
        // "arrive ?R": French spacing before the mark; the word before is the previous one.
        return punct != '.'
            && prev_word.is_some_and(|p| p.chars().last().is_some_and(char::is_alphanumeric));
    }
    let word: &str = stem
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or(stem);
    let letters = word.chars().count();
    if punct == '.' {
        // Short words before a glued dot are initials or abbreviations: "Дж.Робертсон",
        // "Mr.Smith"; only a short lowercase word ends a sentence ("is.The").
        let short_ok = letters == 2 && word.chars().all(char::is_lowercase);
        if letters < 3 && !short_ok || page::is_abbreviation(&word.to_lowercase()) {
            return false;
        }
        // Initials and acronyms: "С.В.Лавров", "U.S.A" — the word before the dot is one letter.
        if stem.contains('.') && stem.split('.').all(|p| p.chars().count() <= 1) {
            return false;
        }
    }
    word.chars().any(char::is_lowercase) || word.chars().all(|c| c.is_ascii_digit()) && letters >= 2
}

/// A word without the punctuation around it (as [`word_form`], without lowercasing).
fn core(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '©')
}

/// Whether two words have the same [`word_form`], without allocating.
fn same_form(a: &str, b: &str) -> bool {
    let (a, b) = (core(a), core(b));
    a == b
        || a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// Closing quotes and brackets that may follow a sentence's last mark.
const CLOSERS: &[char] = &['»', '”', '"', '’', '\'', ')', ']'];

/// The word ends with a sentence's mark (closers after it allowed) and is not an abbreviation
/// or an initial.
fn ends_with_terminal(w: &str) -> bool {
    let t = w.trim_end_matches(CLOSERS);
    let Some(last) = t.chars().last() else {
        return false;
    };
    if "!?…".contains(last) {
        return true;
    }
    if last != '.' {
        return false;
    }
    let stem = t.trim_end_matches('.');
    if t.ends_with("..") {
        return true;
    }
    let word = stem
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or(stem);
    if word.is_empty() {
        return false;
    }
    // Initials and acronyms: "В.", "С.В.", "U.S.".
    if word.split('.').all(|p| p.chars().count() <= 1) && word.chars().any(char::is_uppercase) {
        return false;
    }
    !page::is_abbreviation(&word.to_lowercase())
}

/// The word ends with a sentence's mark (for counting typed double spaces).
fn terminal(w: &str) -> bool {
    w.trim_end_matches(CLOSERS).ends_with(['.', '!', '?', '…'])
}

/// A word that can be part of a personal name: capitalised, with lowercase letters, letters and
/// hyphens or apostrophes only ("Kassym-Jomart", "O’Neill").
fn name_word(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase)
        && c.clone().any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
}

/// "В.Путин", "С.В.Лавров", "B.Путин": one or two initials glued to a capitalised surname.
fn initials_name(w: &str) -> bool {
    let mut rest = w;
    let mut initials = 0;
    loop {
        let mut it = rest.chars();
        match (it.next(), it.next()) {
            (Some(c), Some('.')) if c.is_uppercase() => {
                rest = &rest[c.len_utf8() + 1..];
                initials += 1;
            }
            // "Дж.Робертсон": a two-letter initial.
            (Some(c), Some(d))
                if c.is_uppercase() && d.is_lowercase() && it.next() == Some('.') =>
            {
                rest = &rest[c.len_utf8() + d.len_utf8() + 1..];
                initials += 1;
            }
            _ => break,
        }
    }
    (1..=2).contains(&initials) && name_word(rest)
}

/// "V.", "С.В.": initials only.
fn initials_only(w: &str) -> bool {
    !w.is_empty()
        && w.ends_with('.')
        && w.split('.').filter(|p| !p.is_empty()).all(|p| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        })
}

/// A word in capitals ("PRICE", "MR", "BLINKEN", "Q"), punctuation aside.
fn caps_word(w: &str) -> bool {
    let w = w.trim_end_matches([':', '：']);
    w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_uppercase() || "-.'’".contains(c))
}

/// The length of the longest common subsequence of `a` and `b`.
fn common_subsequence(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                row[j + 1].max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A word of a name in capitals, with nothing after it: "CHRISTOPHE", "LE", "PANNIER-RUNACHER".
pub(crate) fn capitals_name_word(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| c.is_uppercase() || "-'’".contains(c))
}

/// A word in sentence case: a capital, then some lowercase ("Bonjour", "D'abord", "Ça").
pub(crate) fn sentence_case(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
}

/// A breadcrumb's or a menu's separator: "›", ">", "/", "|", "»", "→", "•".
fn is_separator(w: &str) -> bool {
    matches!(
        w,
        "›" | ">" | "/" | "|" | "»" | "→" | "•" | "·" | "::" | "\\"
    )
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—" | "−")
}

/// A day of the month: "14", "3,", "1er", "3rd", "14−15".
fn day(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    let w = ["er", "st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    let first = w.split(['-', '–', '−']).next().unwrap_or(w);
    w.split(['-', '–', '−'])
        .all(|d| !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
        && first.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A year: four digits between 1900 and 2100 ("2019", "2019,", "2019.", "2019г.").
fn year(w: &str) -> bool {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[digits.len()..];
    digits.len() == 4
        && digits
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && matches!(rest, "" | "," | "." | "г." | "г" | ":")
}

/// "14.03.2019", "2019-03-14", "14/03/2019".
fn numeric_date(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    let parts: Vec<&str> = w.split(['.', '/', '-']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let num = |p: &str| p.parse::<u16>().unwrap_or(0);
    match (parts[0].len(), parts[1].len(), parts[2].len()) {
        (4, 1..=2, 1..=2) => (1..=12).contains(&num(parts[1])) && (1..=31).contains(&num(parts[2])),
        (1..=2, 1..=2, 4) => (1..=31).contains(&num(parts[0])) && (1..=12).contains(&num(parts[1])),
        _ => false,
    }
}

/// A time of day: "15:40", "15:40,", "15h40".
fn time(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    let Some((h, m)) = w.split_once([':', 'h']) else {
        return false;
    };
    h.len() <= 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The returned text with every removed piece shown where it stood: `⟦kind: text⟧`.
    fn render(input: &str) -> String {
        let (text, removed) = to_text(input);
        let mut out = String::new();
        let mut from = 0;
        for r in &removed {
            assert!(
                r.at >= from && r.at <= text.len(),
                "removals in order: {r:?}"
            );
            out.push_str(&text[from..r.at]);
            out.push_str(&format!("⟦{}: {}⟧", r.kind.as_str(), r.text));
            from = r.at;
        }
        out.push_str(&text[from..]);
        out
    }

    /// Nothing is lost: the returned text with the removed pieces put back where they stood
    /// holds every non-space character of the input, in order.
    #[track_caller]
    fn assert_nothing_lost(input: &str) {
        let (text, removed) = to_text(input);
        let mut whole = String::new();
        let mut from = 0;
        for r in &removed {
            whole.push_str(&text[from..r.at]);
            whole.push_str(&r.text);
            from = r.at;
        }
        whole.push_str(&text[from..]);
        let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(bare(&whole), bare(input));
    }

    /// Reads `input` as a page dump and compares the rendering (see [`render`]).
    #[track_caller]
    fn check(input: &str, expect: &str) {
        assert_nothing_lost(input);
        assert_eq!(render(input), expect.trim_matches('\n'));
    }

    #[test]
    fn kremlin_pages() {
        let gaps = "Beginning of talks with President of Kazakhstan Kassym-Jomart Tokayev • President of Russia  Events  News  Transcripts  Press conferences  Beginning of talks with President of Kazakhstan Kassym-Jomart Tokayev  March 14, 2019  15:40  Moscow, Kremlin  President of Kazakhstan Kassym-Jomart Tokayev: Dear colleagues, thank you for the warm welcome. We have much to discuss. Vladimir Putin: Thank you. Mr President, we are glad to see you.  See also  Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev  March 12, 2019  Share  Twitter  Facebook  VK";
        let expect = r"
⟦navigation: Beginning of talks with President of Kazakhstan Kassym-Jomart Tokayev • President of Russia Events News Transcripts Press conferences⟧Beginning of talks with President of Kazakhstan Kassym-Jomart Tokayev⟦dateline: March 14, 2019 15:40⟧
Moscow, Kremlin
President of Kazakhstan Kassym-Jomart Tokayev: Dear colleagues, thank you for the warm welcome. We have much to discuss.
Vladimir Putin: Thank you. Mr President, we are glad to see you.⟦related: See also Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev March 12, 2019⟧⟦share_footer: Share Twitter Facebook VK⟧";
        // With the gaps between page elements, and flattened to single spaces.
        check(gaps, expect);
        check(&gaps.replace("  ", " "), expect);
        check(
            "Начало переговоров с Президентом Казахстана Касым-Жомартом Токаевым 14 марта 2019 года 15:40 Москва, Кремль В.Путин: Уважаемые коллеги! Рады приветствовать вас в Москве. К.Токаев: Спасибо, уважаемый Владимир Владимирович. Смотрите также Телефонный разговор с Президентом Казахстана 12 марта 2019 года Поделиться Вконтакте Telegram",
            r"
Начало переговоров с Президентом Казахстана Касым-Жомартом Токаевым⟦dateline: 14 марта 2019 года 15:40⟧
Москва, Кремль
В.Путин: Уважаемые коллеги! Рады приветствовать вас в Москве.
К.Токаев: Спасибо, уважаемый Владимир Владимирович.⟦related: Смотрите также Телефонный разговор с Президентом Казахстана 12 марта 2019 года⟧⟦share_footer: Поделиться Вконтакте Telegram⟧",
        );
        // The headline the page repeats (its <title>, its footer), cut from the lead it is
        // glued to; a copy standing alone in the body is a photo caption; the place stops at it.
        check(
            "Talks with Recep Tayyip Erdogan • President of Russia Events Structure Videos and Photos Documents Events Talks with Recep Tayyip Erdogan The presidents held talks in Ankara. April 3, 2018 20:30 Ankara Talks with Recep Tayyip Erdogan. Vladimir Putin: Thank you. Geography Turkey Topics Foreign policy Publication date: April 3, 2018, 20:30 Direct link: en.kremlin.ru/d/57192 Message preview Official Website of the President of Russia: Talks with Recep Tayyip Erdogan",
            r"
⟦navigation: Talks with Recep Tayyip Erdogan • President of Russia Events Structure Videos and Photos Documents Events⟧Talks with Recep Tayyip Erdogan
The presidents held talks in Ankara.⟦dateline: April 3, 2018 20:30⟧
Ankara⟦caption: Talks with Recep Tayyip Erdogan.⟧
Vladimir Putin: Thank you.⟦page_frame: Geography Turkey Topics⟧⟦navigation: Foreign policy⟧⟦dateline: Publication date: April 3, 2018, 20:30⟧⟦share_footer: Direct link: en.kremlin.ru/d/57192⟧⟦page_frame: Message preview Official Website of the President of Russia: Talks with Recep Tayyip Erdogan⟧",
        );
    }

    #[test]
    fn chrome_inside_turns() {
        check(
            "Vladimir Putin: Colleagues, good afternoon. We have discussed energy.  Share  Twitter  Facebook  We will also talk about trade and investment. Thank you. See also Meeting with Government members March 10, 2019 Visit to China April 25, 2019 Alexander Lukashenko: Thank you, Vladimir Vladimirovich. We agree. Смотрите также Встреча с членами Правительства 10 марта 2019 года Поделиться",
            r"
Vladimir Putin: Colleagues, good afternoon. We have discussed energy.⟦share_footer: Share Twitter Facebook⟧
We will also talk about trade and investment. Thank you.⟦related: See also Meeting with Government members March 10, 2019 Visit to China April 25, 2019⟧
Alexander Lukashenko: Thank you, Vladimir Vladimirovich. We agree.⟦related: Смотрите также Встреча с членами Правительства 10 марта 2019 года⟧⟦share_footer: Поделиться⟧",
        );
        // A speech without a final stop before a share row stays speech.
        check(
            "Thank you. Vladimir Putin: Thank you very much Share Twitter",
            "Thank you.\nVladimir Putin: Thank you very much⟦share_footer: Share Twitter⟧",
        );
        // A related block inside a sentence: the sentence goes on.
        check(
            "Vladimir Putin: We discussed energy and Read more Gas deal signed May 2, 2019 the price of gas.",
            r"
Vladimir Putin: We discussed energy and⟦related: Read more Gas deal signed May 2, 2019⟧ the price of gas.",
        );
    }

    #[test]
    fn speaker_labels() {
        for (input, expect) in [
            (
                "Good afternoon. MR PRICE: Good afternoon. QUESTION: Thank you. Q: What about gas? A: Nothing.",
                "Good afternoon.\nMR PRICE: Good afternoon.\nQUESTION: Thank you.\nQ: What about gas?\nA: Nothing.",
            ),
            (
                "Ничего нового. Вопрос: Что вы скажете? С.В.Лавров (перевод с английского языка): Ничего. Министр иностранных дел России С.В.Лавров: Спасибо. Дж.Робертсон: Дамы и господа!",
                "Ничего нового.\nВопрос: Что вы скажете?\nС.В.Лавров (перевод с английского языка): Ничего.\nМинистр иностранных дел России С.В.Лавров: Спасибо.\nДж.Робертсон: Дамы и господа!",
            ),
            (
                "Thank you. Question (retranslated): Mr Putin, what now? Natalya Golub, Russia Today: Good afternoon. Russian Foreign Minister Sergey Lavrov: Thanks. V. Putin: Yes.",
                "Thank you.\nQuestion (retranslated): Mr Putin, what now?\nNatalya Golub, Russia Today: Good afternoon.\nRussian Foreign Minister Sergey Lavrov: Thanks.\nV. Putin: Yes.",
            ),
            (
                "Merci. Vladimir Poutine : Bonjour. Président de la Biélorussie Alexandre Loukachenko : Merci.",
                "Merci.\nVladimir Poutine : Bonjour.\nPrésident de la Biélorussie Alexandre Loukachenko : Merci.",
            ),
            // A capitalised article opens the label with its role.
            (
                "Merci. Le Président Emmanuel Macron : Bonjour. Le Président Volodymyr Zelensky : Merci.",
                "Merci.\nLe Président Emmanuel Macron : Bonjour.\nLe Président Volodymyr Zelensky : Merci.",
            ),
            // A sub-heading run into the label after it gets its own line; a question put to
            // someone by name is no sub-heading.
            (
                "They met. QUESTION: My second question is for President Erdogan: What now? Beginning of talks President of Russia Vladimir Putin: Thank you.",
                "They met.\nQUESTION: My second question is for President Erdogan: What now?\nBeginning of talks\nPresident of Russia Vladimir Putin: Thank you.",
            ),
            // A label run into the words before it, written elsewhere after a sentence's end.
            (
                "Remarks to the Press Antony J. Blinken, Secretary of State SECRETARY BLINKEN: Very good. QUESTION: Yes. SECRETARY BLINKEN: All right.",
                "Remarks to the Press Antony J. Blinken, Secretary of State\nSECRETARY BLINKEN: Very good.\nQUESTION: Yes.\nSECRETARY BLINKEN: All right.",
            ),
            // A place line run into the first label; a site's address as a label.
            (
                "Vladimir Putin and Xi Jinping made statements for the press. The Kremlin, Moscow President of Russia Vladimir Putin: Dear friend. President of China Xi Jinping: Thank you.",
                "Vladimir Putin and Xi Jinping made statements for the press.\nThe Kremlin, Moscow\nPresident of Russia Vladimir Putin: Dear friend.\nPresident of China Xi Jinping: Thank you.",
            ),
            (
                "Welcome to Sochi. Vladimir Putin: It is my pleasure. alarabiya.net: Mr President, what now? Vladimir Putin: Peace.",
                "Welcome to Sochi.\nVladimir Putin: It is my pleasure.\nalarabiya.net: Mr President, what now?\nVladimir Putin: Peace.",
            ),
            // Names in capitals with no colon, when they open two turns or more.
            (
                "Bonjour. QUENTIN LAFAY Vous êtes ministre ? CHRISTOPHE BECHU D'abord merci. QUENTIN LAFAY Et après ? CHRISTOPHE BECHU Après, on verra. LE MONDE NOUVEAU Arrive, dit-il, et nous le verrons bientôt.",
                "Bonjour.\nQUENTIN LAFAY Vous êtes ministre ?\nCHRISTOPHE BECHU D'abord merci.\nQUENTIN LAFAY Et après ?\nCHRISTOPHE BECHU Après, on verra. LE MONDE NOUVEAU Arrive, dit-il, et nous le verrons bientôt.",
            ),
            // A generic outlet word opens the label of an outlet in capitals.
            (
                "Уверен, что дело обстоит именно так. Телекомпания СКАЙ-ТВ: Господин Блэр, что Вы думаете? Э.Блэр: Спасибо.",
                "Уверен, что дело обстоит именно так.\nТелекомпания СКАЙ-ТВ: Господин Блэр, что Вы думаете?\nЭ.Блэр: Спасибо.",
            ),
            // A first sentence opening with a genre word is the headline.
            (
                "Déclaration de Mme Catherine Colonna, ministre de l'Europe et des affaires étrangères, au Sénat le 22 mars 2023. Monsieur le Sénateur, avec l'Algérie, nous avons initié une dynamique ambitieuse.",
                "Déclaration de Mme Catherine Colonna, ministre de l'Europe et des affaires étrangères, au Sénat le 22 mars 2023.\nMonsieur le Sénateur, avec l'Algérie, nous avons initié une dynamique ambitieuse.",
            ),
            // A statement's genre phrase opens the headline too.
            (
                "Communiqué de la Présidence de la République, en date du 26 mars 2023, sur les relations entre la France et l'Arabie saoudite. Le Président de la République s'est entretenu par téléphone avec le Prince héritier.",
                "Communiqué de la Présidence de la République, en date du 26 mars 2023, sur les relations entre la France et l'Arabie saoudite.\nLe Président de la République s'est entretenu par téléphone avec le Prince héritier.",
            ),
            // A pictograph before a date makes it a dateline.
            (
                "Discours du président Diomaye à la 79e session de l'ONU 📅 Mercredi 25 Septembre 2024 Le Président Diomaye Faye a prononcé un discours lors du débat général.",
                "Discours du président Diomaye à la 79e session de l'ONU 📅⟦dateline: Mercredi 25 Septembre 2024⟧\nLe Président Diomaye Faye a prononcé un discours lors du débat général.",
            ),
            // The initials of a name another label gives.
            (
                "Journal 29/05/2018 20h00 GMT Maxime Jaglin : 20 h à Paris, merci d'écouter RFI. Alexis Guilleux : Bonsoir à tous. MJ : À la Une ce soir, Liège. AG : Et puis du tennis.",
                "Journal⟦dateline: 29/05/2018 20h00⟧\nGMT\nMaxime Jaglin : 20 h à Paris, merci d'écouter RFI.\nAlexis Guilleux : Bonsoir à tous.\nMJ : À la Une ce soir, Liège.\nAG : Et puis du tennis.",
            ),
            // A headline the first sentence says again.
            (
                "Трамп и Путин сделали совместное заявление к 75-летию встречи на Эльбе Президент США Дональд Трамп и президент России Владимир Путин сделали совместное заявление к 75-летию исторической встречи на реке Эльба. Заявление опубликовано Белым домом.",
                "Трамп и Путин сделали совместное заявление к 75-летию встречи на Эльбе\nПрезидент США Дональд Трамп и президент России Владимир Путин сделали совместное заявление к 75-летию исторической встречи на реке Эльба. Заявление опубликовано Белым домом.",
            ),
            // Not a sentence that names someone twice.
            (
                "Emmanuel Macron a rencontré Olaf Scholz à Berlin, où Macron a défendu un accord européen sur la défense commune. Les deux dirigeants ont parlé.",
                "Emmanuel Macron a rencontré Olaf Scholz à Berlin, où Macron a défendu un accord européen sur la défense commune. Les deux dirigeants ont parlé.",
            ),
            // Capitals before a courtesy title are not the label's.
            (
                "Department Press Briefing – July 28, 2022 Ned Price, Department Spokesperson Washington, DC 2:12 p.m. EDT MR PRICE: Good afternoon. QUESTION: Hello. MR PRICE: Yes.",
                "Department Press Briefing – July 28, 2022 Ned Price, Department Spokesperson Washington, DC 2:12 p.m. EDT\nMR PRICE: Good afternoon.\nQUESTION: Hello.\nMR PRICE: Yes.",
            ),
            // Nor the end of a time of day.
            (
                "Remarks by President Obama Havana, Cuba 2:18 P.M. CST PRESIDENT OBAMA: Buenas tardes. Q Thank you. PRESIDENT OBAMA: Well.",
                "Remarks by President Obama Havana, Cuba 2:18 P.M. CST\nPRESIDENT OBAMA: Buenas tardes.\nQ Thank you.\nPRESIDENT OBAMA: Well.",
            ),
            // A time of day ends the header before the first turn, whatever its label.
            (
                "Remarks in Joint Press Conference Hannover, Germany 5:00 P.M. CEST CHANCELLER MERKEL: Ladies and gentlemen. PRESIDENT OBAMA: Thank you.",
                "Remarks in Joint Press Conference Hannover, Germany 5:00 P.M. CEST\nCHANCELLER MERKEL: Ladies and gentlemen.\nPRESIDENT OBAMA: Thank you.",
            ),
            // A particle inside a label's name.
            (
                "We could play a positive role, to some extent. Mohammed al Tomaihi: Mr. President, I will be direct. Vladimir Putin: Please.",
                "We could play a positive role, to some extent.\nMohammed al Tomaihi: Mr. President, I will be direct.\nVladimir Putin: Please.",
            ),
            // A label that needs no colon, after a sentence's end.
            (
                "I promised one more question. Andrea Mitchell of NBC. Q Thank you, Mr. President. PRESIDENT OBAMA: Well, Andrea. Q (As interpreted.) And Cuba? PRESIDENT CASTRO: Andrea -- Q Mr. President.",
                "I promised one more question. Andrea Mitchell of NBC.\nQ Thank you, Mr. President.\nPRESIDENT OBAMA: Well, Andrea.\nQ (As interpreted.) And Cuba?\nPRESIDENT CASTRO: Andrea --\nQ Mr. President.",
            ),
            // Colons inside sentences, times and addresses are not labels.
            (
                "My second question is for Mr Erdogan: What do you expect? The agenda is clear: security first. We met at 12:30 in Minsk. See http://en.kremlin.ru/x for more. Russia, China: partners.",
                "My second question is for Mr Erdogan: What do you expect? The agenda is clear: security first. We met at 12:30 in Minsk. See http://en.kremlin.ru/x for more. Russia, China: partners.",
            ),
        ] {
            check(input, expect);
        }
    }

    #[test]
    fn glued_paragraphs_and_dash_labels() {
        check(
            "Q - Comment s'est passé le voyage ?R - Très bien.Nous sommes arrivés hier soir, le 26 avril 2023.Q - Et la suite ?R - Nous verrons. M. Dupont l'a dit, à l'U.E. aussi.Source https://www.diplomatie.gouv.fr, le 27 avril 2023",
            r"
Q - Comment s'est passé le voyage ?
R - Très bien.
Nous sommes arrivés hier soir, le 26 avril 2023.
Q - Et la suite ?
R - Nous verrons. M. Dupont l'a dit, à l'U.E. aussi.
Source https://www.diplomatie.gouv.fr, le 27 avril 2023",
        );
        check(
            "Monsieur le Sénateur,Avec l'Algérie, nous avançons.Merci. С.В.Лавров и В.В.Путин.Далее.",
            "Monsieur le Sénateur,\nAvec l'Algérie, nous avançons.\nMerci. С.В.Лавров и В.В.Путин.\nДалее.",
        );
    }

    #[test]
    fn french_page() {
        check(
            "Accueil Actualités Communiqués Entretien téléphonique avec M. Xi Jinping Paris, le 14 mars 2019 Le Président de la République s'est entretenu ce jour avec le Président de la République populaire de Chine. Les deux présidents ont évoqué la situation en Ukraine. Partager Twitter Facebook Voir aussi Visite d'État en Chine 25 mars 2019 Mentions légales Plan du site",
            r"
⟦navigation: Accueil Actualités Communiqués⟧Entretien téléphonique avec M. Xi Jinping⟦dateline: Paris, le 14 mars 2019⟧
Le Président de la République s'est entretenu ce jour avec le Président de la République populaire de Chine. Les deux présidents ont évoqué la situation en Ukraine.⟦share_footer: Partager Twitter Facebook⟧⟦related: Voir aussi Visite d'État en Chine 25 mars 2019⟧⟦page_frame: Mentions légales Plan du site⟧",
        );
    }

    #[test]
    fn breadcrumbs_notices_and_footer() {
        check(
            "Home › News › Lavrov meets Wang Yi Lavrov meets Wang Yi 14 March 2019 Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing. Subscribe to our newsletter We use cookies to improve your experience. The ministers discussed trade. Read more: Russia and China sign energy deal Related Putin to visit Beijing in May 10 March 2019 © 2019 Ministry of Foreign Affairs. All rights reserved.",
            r"
⟦navigation: Home › News › Lavrov meets Wang Yi⟧Lavrov meets Wang Yi⟦dateline: 14 March 2019⟧
Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing.⟦boilerplate: Subscribe to our newsletter⟧⟦hidden: We use cookies to improve your experience.⟧
The ministers discussed trade.⟦related: Read more: Russia and China sign energy deal Related Putin to visit Beijing in May 10 March 2019⟧⟦page_frame: © 2019 Ministry of Foreign Affairs. All rights reserved.⟧",
        );
        // A page title said once before the menus is the headline; a place inside a sentence
        // before a date does not make a dateline.
        check(
            "Lavrov meets Wang Yi Home News Events Contacts Foreign Minister Sergey Lavrov held talks with Wang Yi in Beijing. They met à La Mecque, le 9 octobre 2013. Done.",
            r"
Lavrov meets Wang Yi⟦navigation: Home News Events Contacts⟧
Foreign Minister Sergey Lavrov held talks with Wang Yi in Beijing. They met à La Mecque, le 9 octobre 2013. Done.",
        );
        // A link's tooltip inside a sentence: removed, the sentence goes on.
        check(
            "Vladimir Putin and  Donald Trump  Trump Donald  President of the United States of America  agreed to continue their contacts.",
            "Vladimir Putin and Donald Trump⟦hidden: Trump Donald President of the United States of America⟧ agreed to continue their contacts.",
        );
    }

    #[test]
    fn prose_stays_as_it_is() {
        for input in [
            "Le ministre des Affaires étrangères a rencontré hier son homologue à Paris. Les deux hommes ont évoqué la situation au Proche-Orient, la guerre en Ukraine et les relations bilatérales. « Nous avons eu un échange franc », a déclaré le ministre à l'issue de la rencontre. La prochaine réunion est prévue le 14 mars 2019 à Bruxelles.",
            // Two spaces after each sentence are a typing habit, not page elements.
            "The minister met his counterpart in Paris.  Both men discussed the war.  \"We had a frank exchange,\" the minister said.  The next meeting is set for March 14, 2019 in Brussels.",
            "Министр иностранных дел России С.В.Лавров провёл переговоры с г-ном Ваном И. в г. Пекине, т.е. в столице КНР. Стороны обсудили торговлю.",
            "",
            "   ",
        ] {
            check(input, input.trim());
        }
        // No-break spaces are kept as written.
        check("Il a dit\u{a0}: non.", "Il a dit\u{a0}: non.");
    }

    /// Through `clean`: the dateline reaches the metadata stage, the headline is the first line.
    #[test]
    fn through_clean() {
        let got = crate::clean(
            "Events  News  Transcripts  Talks with Kassym-Jomart Tokayev  March 14, 2019  15:40  Moscow, Kremlin  Vladimir Putin: Dear colleagues, welcome. Share Twitter Facebook",
            crate::Markup::PageDump,
        );
        assert_eq!(
            got.text,
            "Talks with Kassym-Jomart Tokayev\nMoscow, Kremlin\nVladimir Putin: Dear colleagues, welcome."
        );
        let kinds: Vec<(RemovedKind, &str)> = got
            .removed
            .iter()
            .map(|r| (r.kind, r.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (RemovedKind::Navigation, "Events News Transcripts"),
                (RemovedKind::Dateline, "March 14, 2019 15:40"),
                (RemovedKind::ShareFooter, "Share Twitter Facebook"),
            ]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for input in [
            ":",
            " : ",
            "Q -",
            "- Q",
            "(",
            ")",
            ":)",
            "(:",
            "©",
            "See also",
            "Share",
            "1.",
            "?R",
            "A.B.C.D.",
            "Mr.",
            "Дж.",
            "14 марта 2019 года",
            "March 14, 2019 15:40",
            "x:y:z",
            "В.Путин:",
            "(a) (b) (c):",
            "Events News",
            "« » “ ”",
            "\u{feff}\u{a0}\u{200b}",
            "Talks Talks Talks Talks",
            "A B A B C:",
            "Q - R - Q - R -",
        ] {
            assert_nothing_lost(input);
        }
    }

    // ---- real documents of the field corpus (read from ../shared/data/field) ----

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

    /// The field named `column` of the first record of a CSV file (quoted fields, `""`).
    fn csv_field(csv: &str, column: &str) -> String {
        let mut records: Vec<Vec<String>> = vec![vec![String::new()]];
        let mut quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            let record = records.last_mut().expect("a record is open");
            let field = record.last_mut().expect("a field is open");
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(String::new()),
                (false, '\n') => records.push(vec![String::new()]),
                (false, '\r') => {}
                (false, c) => field.push(c),
            }
        }
        let index = records[0].iter().position(|h| h == column).expect("column");
        records[1][index].clone()
    }

    /// A saved HTML page flattened as scrapers do: tags and scripts out, entities decoded,
    /// whitespace runs to one space (`gaps`: line ends inside the page kept as two spaces).
    fn flatten(html: &str, gaps: bool) -> String {
        let mut text = String::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            text.push_str(&rest[..lt]);
            let tag = &rest[lt..];
            let lower = tag.get(..7).unwrap_or("").to_ascii_lowercase();
            let close = if lower.starts_with("<script") {
                "</script>"
            } else if lower.starts_with("<style") {
                "</style>"
            } else {
                ">"
            };
            let end = tag
                .to_ascii_lowercase()
                .find(close)
                .map_or(tag.len(), |e| e + close.len());
            text.push(' ');
            rest = &tag[end..];
        }
        text.push_str(rest);
        for (entity, c) in [
            ("&nbsp;", "\u{a0}"),
            ("&amp;", "&"),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&rsquo;", "’"),
            ("&lsquo;", "‘"),
            ("&ldquo;", "“"),
            ("&rdquo;", "”"),
            ("&ndash;", "–"),
            ("&mdash;", "—"),
            ("&laquo;", "«"),
            ("&raquo;", "»"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&#160;", "\u{a0}"),
        ] {
            text = text.replace(entity, c);
        }
        let mut out = String::new();
        for line in text.split('\n') {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push_str(if gaps { "  " } else { " " });
            }
            out.push_str(&words.join(" "));
        }
        out
    }

    fn lines_starting(text: &str, label: &str) -> usize {
        text.lines().filter(|l| l.starts_with(label)).count()
    }

    /// kremlin.ru and mid.ru transcripts as a scraper kept them (one CSV text field each): the
    /// licence notice and the footer go, with the publication date as a dateline; every
    /// labelled turn stays at the start of its line.
    #[test]
    fn field_kremlin_and_mid_transcripts() {
        for (file, labels) in [
            (
                "ru/017_mid-lavrov-sco-cfm-panaji-2023-press-conference.csv",
                &["Вопрос:", "С.В.Лавров"][..],
            ),
            (
                "ru/018_mid-lavrov-g20-fm-denpasar-2022-press-conference.csv",
                &["Вопрос:", "С.В.Лавров"],
            ),
            (
                "ru/019_kremlin-putin-blair-london-2000-press-conference.csv",
                &["В.Путин:", "Э.Блэр:"],
            ),
            (
                "ru/020_kremlin-russia-eu-summit-2001-press-conference.csv",
                &["В.Путин:", "Вопрос:"],
            ),
            (
                "ru/021_kremlin-putin-chirac-2002-joint-press-conference.csv",
                &["В.Путин:", "Ж.Ширак:"],
            ),
            (
                "ru/022_kremlin-putin-nato-robertson-2002-joint-press-conference.csv",
                &["В.Путин:", "Дж.Робертсон:"],
            ),
        ] {
            let Some(csv) = field(file) else { continue };
            let input = csv_field(&csv, "text");
            assert_nothing_lost(&input);
            let (text, removed) = to_text(&input);
            for label in labels {
                assert_eq!(
                    lines_starting(&text, label),
                    lines_starting(&input, label),
                    "{file}: {label}"
                );
            }
            for chrome in [
                "Все материалы сайта",
                "Опубликован в разделе",
                "Дата публикации",
                "Текстовая версия",
                "Администрация Президента",
                "© Министерство",
            ] {
                assert!(!text.contains(chrome), "{file}: {chrome}");
            }
            if file.contains("kremlin") {
                let date = removed.iter().find(|r| r.kind == RemovedKind::Dateline);
                assert!(
                    date.is_some_and(|d| d.text.starts_with("Дата публикации:")),
                    "{file}"
                );
                assert!(removed.iter().any(|r| r.kind == RemovedKind::PageFrame
                    && r.text.starts_with("Все материалы сайта")));
            }
        }
    }

    /// vie-publique.fr records: the whole statement on one line, paragraphs glued
    /// ("terminée.Les"), an interview's questions and answers inline ("?R - ").
    #[test]
    fn field_vie_publique_records() {
        for (file, turns) in [
            ("fr/005_vp-colonna-presse-evacuation-soudan.csv", 11),
            ("fr/006_vp-colonna-entretien-delfi-lituanie.csv", 4),
            ("fr/023_vp-colonna-interview-rfi-lituanie.csv", 1),
            ("fr/007_vp-elysee-communique-arabie-saoudite.csv", 0),
            ("fr/008_vp-declaration-conjointe-france-costa-rica.csv", 0),
            ("fr/020_vp-colonna-senat-relations-france-algerie.csv", 0),
            ("fr/022_vp-macron-message-sommet-democratie.csv", 0),
        ] {
            let Some(csv) = field(file) else { continue };
            let input = csv_field(&csv, "discours");
            assert_nothing_lost(&input);
            let (text, removed) = to_text(&input);
            assert!(removed.is_empty(), "{file}: {removed:?}");
            assert_eq!(lines_starting(&text, "Q - "), turns, "{file}");
            assert_eq!(lines_starting(&text, "R - "), turns, "{file}");
            assert!(text.lines().count() > 2, "{file}: paragraphs found again");
            let last = text.lines().last().unwrap_or("");
            assert!(
                last.starts_with("Source https://www.diplomatie.gouv.fr")
                    || !input.contains("Source https"),
                "{file}"
            );
        }
    }

    /// en.kremlin.ru pages of the field corpus, flattened as a scraper would (single spaces, or
    /// two between page elements): headline first, dateline out, labels at line starts, no
    /// menu, share row or footer left.
    #[test]
    fn field_kremlin_pages_flattened() {
        for (file, headline, date, labels) in [
            (
                "en/042_kremlin-putin-trump-telephone-conversation-2017-05-02.html",
                "Telephone conversation with US President Donald Trump",
                "May 2, 2017 21:30",
                0,
            ),
            (
                "en/043_kremlin-putin-erdogan-joint-news-conference-2018-04-03.html",
                "Joint news conference of Vladimir Putin and Recep Tayyip Erdogan",
                "April 3, 2018 20:30",
                12,
            ),
            (
                "en/044_kremlin-putin-xi-press-statements-2019-06-05.html",
                "Press statements following Russian-Chinese talks",
                "June 5, 2019 18:15",
                2,
            ),
            (
                "en/045_kremlin-putin-ramaphosa-telephone-conversation-2018-03-23.html",
                "Telephone conversation with President of South Africa Cyril Ramaphosa",
                "March 23, 2018 18:10",
                0,
            ),
        ] {
            let Some(html) = field(file) else { continue };
            for gaps in [false, true] {
                let input = flatten(&html, gaps);
                assert_nothing_lost(&input);
                let (text, removed) = to_text(&input);
                assert_eq!(text.lines().next(), Some(headline), "{file} {gaps}");
                let dateline = removed.iter().find(|r| r.kind == RemovedKind::Dateline);
                assert_eq!(
                    dateline.map(|d| d.text.as_str()),
                    Some(date),
                    "{file} {gaps}"
                );
                let labelled = text
                    .lines()
                    .filter(|l| {
                        [
                            "Vladimir Putin",
                            "President of",
                            "Recep Tayyip Erdogan",
                            "Question",
                        ]
                        .iter()
                        .any(|p| l.starts_with(p))
                            && l.contains(':')
                    })
                    .count();
                assert!(labelled >= labels, "{file} {gaps}: {labelled} labels");
                for chrome in [
                    "Share",
                    "Publication date",
                    "Geography",
                    "Official Website",
                    "Send by email",
                    "Search this website",
                    "Presidential Executive Office",
                    "Amur tiger",
                ] {
                    assert!(!text.contains(chrome), "{file} {gaps}: {chrome}");
                }
            }
        }
    }
}
