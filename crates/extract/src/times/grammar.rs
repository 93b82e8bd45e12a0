//! The time grammar: finds expressions in a token stream and reads them into [`Raw`] values that
//! are not yet resolved against an anchor date.
//!
//! Span convention: a span covers the words that determine the value. A leading article or
//! preposition that adds nothing is left out ("le 3 juin" → "3 juin", "en 2023" → "2023",
//! "l'année dernière" → "année dernière", "в прошлом году" → "прошлом году", "on Tuesday" →
//! "Tuesday"); words that change the value are kept ("depuis 1954", "de 2024 à 2026 inclus",
//! "dans quelques jours", "il y a deux ans", "three days ago", "14 juin dernier", "cette année").

use std::sync::LazyLock;

use chancery_lexicon::calendar::{self, EN, FR, Part, RU, Relative, Unit};
use chancery_lexicon::names::is_cyrillic;

use super::tokens::{Info, Kind, Tok, VOCAB};

/// A calendar point with only the parts the text gives; `d = 31` in a constructed end of month
/// is clamped to the month's length when the year is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct P {
    pub y: Option<i32>,
    pub m: Option<u8>,
    pub d: Option<u8>,
    pub t: Option<(u8, u8)>,
}

impl P {
    const fn ym(y: Option<i32>, m: u8) -> P {
        P {
            y,
            m: Some(m),
            d: None,
            t: None,
        }
    }
    const fn ymd(y: Option<i32>, m: u8, d: u8) -> P {
        P {
            y,
            m: Some(m),
            d: Some(d),
            t: None,
        }
    }
    const fn year(y: i32) -> P {
        P {
            y: Some(y),
            m: None,
            d: None,
            t: None,
        }
    }
}

/// An expression's value before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Raw {
    Pt(P),
    Rg(P, P),
    /// `n` units from the anchor's.
    Rel(Unit, i32),
    /// From `a` to `b` units after the anchor.
    RelRg(Unit, i32, i32),
    /// A weekday (ISO number).
    Wd(u8),
    /// A weekend (Saturday and Sunday), chosen like a weekday.
    Weekend,
    /// `n` units from the date stated before it in its sentence, else from the anchor's ("la
    /// veille", "the next day").
    Chain(Unit, i32),
    /// `n` units from the date stated before it in its sentence or the one before, with no
    /// other anchor ("two days later", "a year later" after "in 1979"; said of a story the
    /// text tells, not of the day it was written).
    Counted(Unit, i32),
    /// The part of the anchor's unit before it, or after it when `true` ("earlier this week",
    /// "later this year").
    Rest(Unit, bool),
    /// A part of the week or month `n` units from the anchor's ("at the end of last month", "в
    /// начале недели").
    RelPart(Unit, i32, Part),
    /// A month of the year `n` years from the anchor's: "марте прошлого года", "March last year".
    RelYm(u8, i32),
    /// A day of a month of the year `n` years from the anchor's: "7 июля с.г.", "5 мая
    /// прошлого года".
    RelYmd(u8, u8, i32),
    /// Months `a` to `b` of the year `n` years from the anchor's (`b < a`: into the next year):
    /// "весной прошлого года", "winter last year".
    RelYr(u8, u8, i32),
    /// A day of a month the text does not name ("le 26"): the anchor's month, or the one before
    /// or after it as the tense says.
    Md(u8),
    /// A clock time with no date.
    Time(u8, u8),
}

impl Raw {
    /// True when the value needs the anchor's year and a past/future choice.
    pub fn needs_year(self) -> bool {
        match self {
            Raw::Pt(p) => p.y.is_none() && p.m.is_some(),
            Raw::Rg(a, b) => (a.y.is_none() || b.y.is_none()) && a.m.is_some(),
            Raw::Wd(_) | Raw::Weekend | Raw::Md(_) => true,
            _ => false,
        }
    }
}

/// How to choose the year of a year-less day or month (and the week of a weekday).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Policy {
    /// Not decided yet: read the tense of the clause.
    Tense,
    /// The anchor's year (for weekdays: the nearest occurrence).
    Anchor,
    /// The latest occurrence on or before the anchor.
    Past,
    /// The first occurrence on or after the anchor.
    Future,
    /// Strictly before the anchor ("dernier", "last").
    PastStrict,
    /// Strictly after the anchor ("prochain", "next").
    FutureStrict,
    /// The occurrence nearest the anchor: a day that qualifies a noun ("la date du 12 juin",
    /// "the summit of June 12"), which the clause's tense does not place.
    Nearest,
}

/// One expression found: token range `[start, end)`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub raw: Raw,
    pub policy: Policy,
}

/// A match: the token after it, its value and its year policy.
#[derive(Clone, Copy, Debug)]
struct M {
    end: usize,
    raw: Raw,
    policy: Policy,
}

impl M {
    const fn new(end: usize, raw: Raw) -> M {
        M {
            end,
            raw,
            policy: Policy::Tense,
        }
    }
}

/// A year, perhaps a glued clock time, and the token after them.
type YearTime = (i32, Option<(u8, u8)>, usize);

/// Cue flags: what the skipped word before an expression says about it.
const CUE_YEAR: u8 = 1;
const CUE_TIME: u8 = 2;
/// A word that lets a month stand alone ("for February", "pendant juillet"), not a number.
const CUE_MONTH: u8 = 4;

/// Prepositions and articles left out of spans, with the cue they give.
static SKIPPED: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
    calendar::tagged("skipped")
        .map(|(w, cues)| {
            let cue = cues.iter().fold(0, |c, f| {
                c | match *f {
                    "year" => CUE_YEAR,
                    "time" => CUE_TIME,
                    "month" => CUE_MONTH,
                    _ => 0,
                }
            });
            (w, cue)
        })
        .collect()
});

/// Openers kept in spans that introduce one point ("depuis 1954", "until 2025").
static POINT_OPENERS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("point_opener"));
/// Openers kept in spans that introduce a range ("de 2024 à 2026", "between 3 and 5 June").
static RANGE_OPENERS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("range_opener"));
static RANGE_TO: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("range_to"));
static INCLUSIVE: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("inclusive"));
/// Words after which "le 26" is a day: prepositions and conjunctions that end the expression.
static BARE_DAY_FOLLOWERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| calendar::words_of("bare_day_follower"));
static DAY_LIST: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("day_list"));
static ORDINALS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("ordinal_suffix"));
static YEAR_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("year_noun"));
/// The year itself after a part of it, meaning the anchor's year ("конца года", "fin de
/// l'année", "end of the year").
static THIS_YEAR: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("this_year"));
/// Russian ordinal endings after a year ("2018-м", "1945-го"); not "-х", a decade.
static YEAR_ORDINALS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("year_ordinal"));
/// Articles skipped before a date word ("le", "the").
static ARTICLES: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("date_article"));
/// Words joining a part to its year or month ("de", "of").
static OF_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("of"));
/// Articles ("the", "le", "в").
static ARTICLE_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("article"));
/// Determiners, after which a word is a noun ("the", "la").
static DETERMINERS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("determiner"));
/// What makes a year ending in 0 a decade ("1990s", "1990-е", "1980-х").
static DECADE_SUFFIXES: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("decade_suffix"));
/// What makes a year ending in 0 after it a decade ("les années 1990", "les années 90").
static DECADE_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("decade_noun"));
/// What makes "20-е" days of a month, not a decade ("20-е числа марта").
static DAY_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("day_noun"));
/// Parts of a day that may follow a day ("vendredi matin").
static DAY_PARTS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("day_part"));
static PAST_MOD: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("past_modifier"));
static FUTURE_MOD: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("future_modifier"));
/// Modifiers before a weekday, weekend, season or month: "last", "next", "this" (with languages).
static PAST_BEFORE: LazyLock<Vec<(&str, u8)>> = LazyLock::new(|| calendar::words_in("past_before"));
static FUTURE_BEFORE: LazyLock<Vec<(&str, u8)>> =
    LazyLock::new(|| calendar::words_in("future_before"));
static THIS_BEFORE: LazyLock<Vec<(&str, u8)>> = LazyLock::new(|| calendar::words_in("this_before"));
/// Weekends ("weekend", "fin de semaine"), and whether one needs a modifier before it.
static WEEKENDS: LazyLock<Vec<(&str, bool)>> = LazyLock::new(|| {
    calendar::tagged("weekend")
        .map(|(w, v)| (w, v.first() == Some(&"determined")))
        .collect()
});
/// A quantity of units after the anchor ("dans", "in", "через"), before it ("il y a"), or
/// before it when written after ("ago", "назад"); an article counting one ("a week ago").
static IN_FUTURE: LazyLock<Vec<(&str, u8)>> = LazyLock::new(|| calendar::words_in("in_future"));
static AGO_BEFORE: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("ago_before"));
static AGO_AFTER: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("ago_after"));
/// After a count of units, that many before or after the day the sentence stated ("two days
/// earlier", "trois jours plus tard", "двумя днями ранее"): the phrase, its direction, and
/// whether it must end its clause ("two days before.", not "two days before he left").
static CHAINED_AFTER: LazyLock<Vec<(&str, i32, bool)>> = LazyLock::new(|| {
    calendar::tagged("chained_after")
        .map(|(w, v)| {
            let back = v.first() == Some(&"-1");
            (w, if back { -1 } else { 1 }, v.get(1) == Some(&"alone"))
        })
        .collect()
});
static INDEFINITE: LazyLock<Vec<(&str, u8)>> = LazyLock::new(|| calendar::words_in("indefinite"));
/// Joins two dates as either one ("le 3 ou 4 juin").
static ALTERNATIVES: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("alternative"));
/// The article before a day number with no month ("le 26").
static BARE_DAY_ARTICLES: LazyLock<Vec<(&str, u8)>> =
    LazyLock::new(|| calendar::words_in("bare_day_article"));
/// A letter after the hour ("14 h 30"), before/after noon ("3 pm", "9 a.m."), a cue before a
/// time after a date ("à", "at").
static HOUR_MARKS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("hour_mark"));
static MERIDIEM: LazyLock<Vec<(&str, bool)>> = LazyLock::new(|| {
    calendar::tagged("meridiem")
        .map(|(w, v)| (w, v.first() == Some(&"pm")))
        .collect()
});
static TIME_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("time_cue"));
/// Ordinal endings after a dash ("1-го"), and one only the first day takes ("1e").
static DASHED_ORDINALS: LazyLock<Vec<&str>> =
    LazyLock::new(|| calendar::words_of("dashed_ordinal"));
static FIRST_ORDINALS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("first_ordinal"));
/// Year nouns written short, which take their period ("г.").
static YEAR_ABBREVIATIONS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    calendar::tagged("year_noun")
        .filter(|(_, v)| v.first() == Some(&"abbreviation"))
        .map(|(w, _)| w)
        .collect()
});
/// "This year" written short after a date ("с. г.").
static THIS_YEAR_ABBREVIATIONS: LazyLock<Vec<&str>> =
    LazyLock::new(|| calendar::words_of("this_year_abbreviation"));
/// Between a day and its month ("3rd of March"); after a relative word, another day ("ce
/// jour-là"); before a month name, a month ("le mois de mars").
static DAY_OF: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("day_of"));
static DISTAL: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("distal"));
static GENITIVE_ENDINGS: LazyLock<Vec<&str>> =
    LazyLock::new(|| calendar::words_of("genitive_ending"));
/// Endings that look genitive but are a nominative ("накануне глава МИД заявил": the day before).
static NOMINATIVE_ENDINGS: LazyLock<Vec<&str>> =
    LazyLock::new(|| calendar::words_of("nominative_ending"));
static MONTH_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("month_noun"));
const DASHES: &[char] = &['-', '–', '—', '‐', '‑'];

/// Fixed relative phrases by the id of their first word: the ids of the other words, language, value.
type Phrase = (Vec<u32>, u8, Relative);
static PHRASES: LazyLock<Vec<Vec<Phrase>>> = LazyLock::new(|| {
    let vocab = &*VOCAB;
    let mut out: Vec<Vec<Phrase>> = (0..=vocab.words.len()).map(|_| Vec::new()).collect();
    for (phrase, lang, rel) in calendar::RELATIVE.iter() {
        let ids: Vec<u32> = phrase.split(' ').map(|w| vocab.id(w)).collect();
        if ids.iter().all(|&id| id != 0) {
            out[ids[0] as usize].push((ids[1..].to_vec(), *lang, *rel));
        }
    }
    out
});

/// Parts of a year by the id of their first word: the ids of the other words, language, months,
/// whether it stands alone ([`calendar::YEAR_PARTS`]).
type YearPart = (Vec<u32>, u8, u8, u8, bool);
static YEAR_PARTS: LazyLock<Vec<Vec<YearPart>>> = LazyLock::new(|| {
    let vocab = &*VOCAB;
    let mut out: Vec<Vec<YearPart>> = (0..=vocab.words.len()).map(|_| Vec::new()).collect();
    for &(phrase, lang, a, b, alone) in calendar::YEAR_PARTS.iter() {
        let ids: Vec<u32> = phrase.split(' ').map(|w| vocab.id(w)).collect();
        if ids.iter().all(|&id| id != 0) {
            out[ids[0] as usize].push((ids[1..].to_vec(), lang, a, b, alone));
        }
    }
    out
});

/// A week of a month: the words after its first one, the language mask and the week.
type MonthWeek = (Vec<u32>, u8, u8);

/// [`calendar::MONTH_WEEKS`] by the vocabulary id of their first word: the other words' ids,
/// the language mask and the week.
static MONTH_WEEKS: LazyLock<Vec<Vec<MonthWeek>>> = LazyLock::new(|| {
    let vocab = &*VOCAB;
    let mut out: Vec<Vec<MonthWeek>> = (0..=vocab.words.len()).map(|_| Vec::new()).collect();
    for &(phrase, lang, week) in calendar::MONTH_WEEKS.iter() {
        let ids: Vec<u32> = phrase.split(' ').map(|w| vocab.id(w)).collect();
        if ids.iter().all(|&id| id != 0) {
            out[ids[0] as usize].push((ids[1..].to_vec(), lang, week));
        }
    }
    out
});

/// Vocabulary ids (index) of words that can start an expression; others are passed over quickly.
static STARTS: LazyLock<Vec<bool>> = LazyLock::new(|| {
    let vocab = &*VOCAB;
    let mut out = vec![false; vocab.words.len() + 1];
    for (k, w) in vocab.words.iter().enumerate() {
        out[k + 1] = w.month.is_some()
            || w.weekday.is_some()
            || w.season.is_some()
            || w.part.is_some()
            || w.count.is_some()
            || w.day_ordinal.is_some();
    }
    let extra = SKIPPED
        .iter()
        .map(|(w, _)| *w)
        .chain(POINT_OPENERS.iter().copied())
        .chain(RANGE_OPENERS.iter().copied())
        .chain(
            [
                &*IN_FUTURE,
                &*INDEFINITE,
                &*PAST_BEFORE,
                &*FUTURE_BEFORE,
                &*THIS_BEFORE,
            ]
            .into_iter()
            .flatten()
            .map(|(w, _)| *w),
        )
        .chain(AGO_BEFORE.iter().filter_map(|p| p.split(' ').next()));
    for w in extra {
        out[vocab.id(w) as usize] = true;
    }
    for (k, p) in PHRASES.iter().enumerate() {
        if !p.is_empty() {
            out[k] = true;
        }
    }
    for (k, p) in YEAR_PARTS.iter().enumerate() {
        if !p.is_empty() {
            out[k] = true;
        }
    }
    for (k, p) in MONTH_WEEKS.iter().enumerate() {
        if !p.is_empty() {
            out[k] = true;
        }
    }
    out[0] = false;
    out
});

pub(super) struct Grammar<'a> {
    text: &'a str,
    toks: &'a [Tok],
    mask: u8,
    vocab: &'static [Info],
    /// The order of day and month in the document's slash dates, when one of them shows it
    /// (see [`slash_order`]).
    month_first: Option<bool>,
}

/// The order a document writes its slash dates in: `Some(true)` when one of them can only be
/// month first ("05/24/2024") and none only day first ("24/05/2024"), `Some(false)` the other
/// way, `None` when none shows it or they disagree. An ambiguous "03/04/2021" follows it.
pub(super) fn slash_order(text: &str) -> Option<bool> {
    let b = text.as_bytes();
    let (mut day_first, mut month_first) = (false, false);
    let number = |at: usize| -> (u32, usize) {
        let mut v = 0u32;
        let mut j = at;
        while j < b.len() && b[j].is_ascii_digit() && j - at < 5 {
            v = v * 10 + u32::from(b[j] - b'0');
            j += 1;
        }
        (v, j - at)
    };
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'/')) {
            i += 1;
            continue;
        }
        let (x, nx) = number(i);
        let (y, ny) = if b.get(i + nx) == Some(&b'/') {
            number(i + nx + 1)
        } else {
            (0, 0)
        };
        let third = i + nx + 1 + ny;
        let (_, nz) = if ny > 0 && b.get(third) == Some(&b'/') {
            number(third + 1)
        } else {
            (0, 0)
        };
        if (1..=2).contains(&nx) && (1..=2).contains(&ny) && (nz == 2 || nz == 4) {
            day_first |= x > 12 && y <= 12;
            month_first |= y > 12 && x <= 12;
        }
        i += nx.max(1);
    }
    (day_first != month_first).then_some(month_first)
}

impl<'a> Grammar<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok], mask: u8, month_first: Option<bool>) -> Grammar<'a> {
        Grammar {
            text,
            toks,
            mask,
            vocab: &VOCAB.words,
            month_first,
        }
    }

    /// Every expression, left to right, none overlapping.
    pub fn scan(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let t = self.toks[i];
            let interesting = match t.kind {
                Kind::Word => STARTS.get(t.id as usize).copied().unwrap_or(false),
                Kind::Num => true,
                _ => false,
            };
            if interesting && let Some((start, m)) = self.at(i) {
                out.push(Found {
                    start,
                    end: m.end,
                    raw: m.raw,
                    policy: m.policy,
                });
                i = m.end;
                continue;
            }
            if t.kind == Kind::Num {
                // Skip the whole number ("2059-26-11-2020", "2.500") so no part of it matches.
                i = self.compound(i).1;
            } else {
                i += 1;
            }
        }
        out
    }

    // ---- token access ----

    fn tok(&self, i: usize) -> Option<Tok> {
        self.toks.get(i).copied()
    }

    fn info(&self, i: usize) -> Option<&'static Info> {
        let t = self.tok(i)?;
        (t.kind == Kind::Word && t.id != 0).then(|| &self.vocab[t.id as usize - 1])
    }

    fn word(&self, i: usize) -> Option<&'static str> {
        self.info(i).map(|w| w.word)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    /// The text of token `i` as written, for short words outside the calendar vocabulary.
    fn raw(&self, i: usize) -> &str {
        self.tok(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|w| ws.contains(&w))
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.tok(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.glued)
    }

    /// The value and digit count of a digit run.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let s = &self.text[t.start..t.end];
        let v = if s.len() > 9 {
            u32::MAX
        } else {
            s.parse().unwrap_or(u32::MAX)
        };
        Some((v, s.len()))
    }

    /// The glued number compound at `i` ("24.05.24", "2.500", "2059-26-11-2020"): its separators
    /// and the token after it.
    fn compound(&self, i: usize) -> (Vec<char>, usize) {
        let mut seps = Vec::new();
        let mut j = i + 1;
        while let Some(c) = self.punct(j)
            && matches!(c, '.' | ',' | '/' | '-' | ':' | '–')
            && self.glued(j)
            && self.num(j + 1).is_some()
            && self.glued(j + 1)
        {
            seps.push(c);
            j += 2;
        }
        (seps, j)
    }

    /// True when the number at `i` continues something on its left: a glued word ("DE1"), digit
    /// or number separator ("2059-26").
    fn glued_left(&self, i: usize) -> bool {
        if !self.glued(i) || i == 0 {
            return false;
        }
        match self.toks[i - 1].kind {
            Kind::Word | Kind::Num | Kind::Skip => true,
            Kind::Punct(c) => {
                matches!(
                    c,
                    '.' | ',' | '/' | '-' | ':' | '–' | '_' | '#' | '№' | '+' | '$' | '€' | '£'
                ) && i >= 2
                    && self.glued(i - 1)
                    && matches!(self.toks[i - 2].kind, Kind::Num | Kind::Word)
                    // "mid-2019", "mid-1990s": a part of a year or decade hyphenated to it.
                    && !(matches!(c, '-' | '–')
                        && self.info(i - 2).is_some_and(|t| t.part.is_some()))
            }
        }
    }

    /// The next token after `i` if it is a word joined by whitespace, an apostrophe or a hyphen.
    fn next_word(&self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        if let Some(c) = self.punct(j) {
            if matches!(c, '\'' | '’' | '-' | '‐' | '‑') && self.glued(j) && self.glued(j + 1)
            {
                j += 1;
            } else {
                return None;
            }
        }
        (self.tok(j)?.kind == Kind::Word).then_some(j)
    }

    /// The year relative to the anchor's that follows a month or a season: a relative phrase
    /// ("прошлого года", "last year", "de l'année dernière"), or the abbreviation "с.г." / "с. г."
    /// (сего года, this year). Returns the offset in years and the token after it.
    fn relative_year(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(end) = THIS_YEAR_ABBREVIATIONS
            .iter()
            .find_map(|a| self.abbreviation_end(k, a))
        {
            return Some((0, end));
        }
        match self.relative(self.skip_articles(k))? {
            M {
                raw: Raw::Rel(Unit::Year, n),
                end,
                ..
            } => Some((n, end)),
            _ => None,
        }
    }

    /// Skips an apostrophe glued after an elided word ("l'", "d'", "jusqu'").
    fn after_word(&self, i: usize) -> usize {
        match self.punct(i + 1) {
            Some('\'' | '’') if self.glued(i + 1) => i + 2,
            _ => i + 1,
        }
    }

    /// The token after `phrase` (lowercase words separated by single spaces) written from token
    /// `i`, its words apart or joined by a hyphen, an apostrophe or a period glued to the word
    /// before ("week-end", "il y a", "après-midi", "p.m").
    fn phrase_end(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        for (n, w) in phrase.split(' ').enumerate() {
            if n > 0
                && self
                    .punct(k)
                    .is_some_and(|c| matches!(c, '-' | '\'' | '’' | '.'))
                && self.glued(k)
            {
                k += 1;
            }
            let t = self.tok(k)?;
            if t.kind != Kind::Word || self.raw(k).to_lowercase() != w {
                return None;
            }
            k += 1;
        }
        Some(k)
    }

    /// [`Self::phrase_end`] for letters joined by periods ("с. г.", "p.m."), with the last period.
    fn abbreviation_end(&self, i: usize, phrase: &str) -> Option<usize> {
        let end = self.phrase_end(i, phrase)?;
        let dotted = phrase.contains(' ') && self.punct(i + 1) == Some('.');
        Some(if dotted && self.punct(end) == Some('.') {
            end + 1
        } else {
            end
        })
    }

    /// The policy a modifier at `i` gives the weekday, weekend, season or month after it:
    /// strictly past ("last"), strictly future ("next"), the anchor's own ("this").
    fn modifier_before(&self, i: usize) -> Option<Policy> {
        if self.is_in(i, &PAST_BEFORE) {
            Some(Policy::PastStrict)
        } else if self.is_in(i, &FUTURE_BEFORE) {
            Some(Policy::FutureStrict)
        } else if self.is_in(i, &THIS_BEFORE) {
            Some(Policy::Anchor)
        } else {
            None
        }
    }

    /// Whether the word at `i` is one of `list` in a language of the text.
    fn is_in(&self, i: usize, list: &[(&str, u8)]) -> bool {
        self.word(i).is_some_and(|w| {
            list.iter()
                .any(|&(x, lang)| x == w && lang & self.mask != 0)
        })
    }

    // ---- entry ----

    /// The expression starting at token `i` (perhaps after skipped articles): its first token and match.
    fn at(&self, i: usize) -> Option<(usize, M)> {
        if (self.is_any(i, &POINT_OPENERS) || self.is_any(i, &RANGE_OPENERS))
            && let Some(m) = self.opened(i)
        {
            return Some((i, m));
        }
        // Skipped articles and prepositions, up to three ("à l'", "au mois de" is handled by months).
        let (mut j, mut cue) = (i, 0u8);
        for _ in 0..3 {
            match self
                .word(j)
                .and_then(|w| SKIPPED.iter().find(|(s, _)| *s == w))
            {
                Some(&(_, c)) => {
                    let next = self.after_word(j);
                    // (After an elided word, a capitalised month is a name: "la révolution
                    // d'Octobre".)
                    let name = next == j + 2 && self.tok(next).is_some_and(|t| t.upper);
                    cue |= if name { c & !CUE_MONTH } else { c };
                    j = next;
                }
                None => break,
            }
        }
        if j > i
            && self
                .tok(j)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
            && let Some(m) = self.core(j, cue)
        {
            return Some((j, self.day_part(self.extend(m))));
        }
        self.core(i, 0).map(|m| (i, self.day_part(self.extend(m))))
    }

    /// A part of the day after a day keeps the day's value and joins the span: "vendredi matin",
    /// "Monday evening", "в пятницу утром".
    fn day_part(&self, mut m: M) -> M {
        let is_day = match m.raw {
            Raw::Wd(_) => true,
            Raw::Pt(p) => p.d.is_some() && p.t.is_none(),
            _ => false,
        };
        let k = m.end;
        if !is_day || self.tok(k).is_none_or(|t| t.nl || t.glued) {
            return m;
        }
        // ("après-midi": a part written in two words.)
        if let Some(end) = DAY_PARTS.iter().find_map(|p| self.phrase_end(k, p)) {
            m.end = end;
        }
        m
    }

    /// "depuis 1954", "de 2024 à 2026 inclus", "du 3 au 5 juillet", "с 2024 по 2026 год".
    fn opened(&self, i: usize) -> Option<M> {
        let j = self.skip_articles(self.after_word(i));
        let ranged = self.is_any(i, &RANGE_OPENERS);
        let pointed = self.is_any(i, &POINT_OPENERS);
        // A bare day that takes its month from the end: "du 3 au 5 juillet".
        let first = self.core(j, CUE_YEAR).or_else(|| {
            let (d, k) = self.day(j)?;
            Some(M::new(
                k,
                Raw::Pt(P {
                    d: Some(d),
                    ..P::default()
                }),
            ))
        });
        let first = first?;
        if ranged && first.raw != Raw::Pt(P::default()) {
            let k = first.end;
            let to =
                self.is_any(k, &RANGE_TO) || self.punct(k).is_some_and(|c| DASHES.contains(&c));
            if to {
                let k2 = self.skip_articles(self.after_word(k));
                if let Some(second) = self.core(k2, CUE_YEAR)
                    && let Some(raw) = join(first.raw, second.raw)
                {
                    let mut end = second.end;
                    if self.is_any(end, &INCLUSIVE) {
                        end += 1;
                    } else if self.punct(end) == Some('(')
                        && self.is_any(end + 1, &INCLUSIVE)
                        && self.punct(end + 2) == Some(')')
                    {
                        end += 3;
                    }
                    return Some(M {
                        end,
                        raw,
                        policy: first.policy,
                    });
                }
            }
        }
        // "du 3 au 5 juillet", "entre le 3 et le 5 juin": the day list already holds the range.
        if ranged
            && matches!(first.raw, Raw::Rg(..))
            && (j..first.end).any(|k| self.is_any(k, &RANGE_TO))
        {
            return Some(first);
        }
        let bare_day = matches!(first.raw, Raw::Pt(p) if p.m.is_none() && p.y.is_none());
        (pointed
            && !bare_day
            && !matches!(
                first.raw,
                Raw::Rel(..) | Raw::RelRg(..) | Raw::Chain(..) | Raw::Counted(..)
            ))
        .then_some(first)
    }

    fn skip_articles(&self, mut j: usize) -> usize {
        while self.is_any(j, &ARTICLES) {
            j = self.after_word(j);
        }
        j
    }

    /// Joins a dated expression with a following dash and another ("fin octobre-début novembre 2024",
    /// "3 juin – 5 juillet 2024", "2023 – 2024").
    fn extend(&self, m: M) -> M {
        if !matches!(m.raw, Raw::Pt(_) | Raw::Rg(..)) {
            return m;
        }
        let k = m.end;
        let dash = self.punct(k).is_some_and(|c| DASHES.contains(&c));
        // ("3 ou 4 juin", "2019 или 2020 году"; not "осенью и этой весной", two dates.)
        let or = matches!(m.raw, Raw::Rg(..))
            && self.is_any(k, &ALTERNATIVES)
            && self.num(k + 1).is_some();
        if !(dash || or) {
            return m;
        }
        let Some(second) = self.core(k + 1, CUE_YEAR) else {
            return m;
        };
        match join(m.raw, second.raw) {
            Some(raw) => M {
                end: second.end,
                raw,
                policy: m.policy,
            },
            None => m,
        }
    }

    /// Everything but openers.
    fn core(&self, i: usize, cue: u8) -> Option<M> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => self
                .number_led(i, cue)
                .or_else(|| self.quantity(i))
                .or_else(|| self.bare_day(i)),
            Kind::Word if t.id != 0 => self
                .info(i)
                .filter(|w| w.day_ordinal.is_some() || w.count.is_some())
                .and_then(|_| self.day_led(i))
                // (Before the relative phrases: "the last week of January" is no "last week".)
                .or_else(|| self.month_week(i))
                .or_else(|| self.relative(i))
                .or_else(|| self.quantity(i))
                .or_else(|| self.weekday_led(i))
                .or_else(|| self.weekend_led(i))
                .or_else(|| self.part_led(i))
                .or_else(|| self.year_part(i))
                .or_else(|| self.season_led(i))
                .or_else(|| self.decade_led(i))
                .or_else(|| self.modified_month(i))
                .or_else(|| self.month_led(i, cue)),
            _ => None,
        }
    }

    /// "last September", "next December": the month before or after the anchor's, with no day.
    fn modified_month(&self, i: usize) -> Option<M> {
        let policy = self.modifier_before(i).filter(|p| *p != Policy::Anchor)?;
        let (m, end) = self.month(i + 1, true)?;
        // (In the modifier's language: "last March", not "прошлый" before a French month.)
        let month_lang = self.info(i + 1)?.month?.lang;
        let modifier_lang = PAST_BEFORE
            .iter()
            .chain(FUTURE_BEFORE.iter())
            .filter(|(w, _)| Some(*w) == self.word(i))
            .fold(0, |l, (_, x)| l | x);
        if month_lang & modifier_lang == 0 || self.day(end).is_some() {
            return None;
        }
        Some(M {
            end,
            raw: Raw::Pt(P::ym(None, m)),
            policy,
        })
    }

    // ---- pieces ----

    /// A day number 1–31 with an optional ordinal suffix ("1er", "3rd", "1-го"); the token after it.
    /// (Or an ordinal word right before a month: "пятого марта".)
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        if self.glued_left(i) {
            return None;
        }
        self.listed_day(i).or_else(|| {
            // "двадцать пятого марта": tens and the units' ordinal.
            if let Some(Some(tens @ (20 | 30))) = self.info(i)?.count {
                let d = self.info(i + 1)?.day_ordinal.filter(|&d| d < 10)?;
                return self.month(i + 2, false).map(|_| (tens + d, i + 2));
            }
            let d = self.info(i)?.day_ordinal?;
            // (Not the units of a compound, "двадцать пятого": no date rather than the 5th.)
            if i.checked_sub(1)
                .and_then(|k| self.info(k))
                .is_some_and(|w| w.count.is_some())
            {
                return None;
            }
            self.month(i + 1, false).map(|_| (d, i + 1))
        })
    }

    /// A day number that may follow a dash glued to the previous day ("3-4").
    fn listed_day(&self, i: usize) -> Option<(u8, usize)> {
        let (v, n) = self.num(i)?;
        if n > 2
            || !(1..=31).contains(&v)
            || (self.glued(i)
                && i.checked_sub(1)
                    .and_then(|k| self.tok(k))
                    .is_some_and(|t| t.kind == Kind::Word))
        {
            return None;
        }
        // Not the start of "2.500", "1/8", "14:26".
        if let Some(c) = self.punct(i + 1)
            && matches!(c, '.' | ',' | '/' | ':')
            && self.glued(i + 1)
            && self.num(i + 2).is_some()
            && self.glued(i + 2)
        {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) {
            // "1er", "3rd"; and "1e", a common spelling of "1er" (but "2e" is not a day).
            if self.is_any(j, &ORDINALS) || (v == 1 && FIRST_ORDINALS.contains(&self.raw(j))) {
                j += 1;
            } else if self.punct(j) == Some('-') && self.is_any(j + 1, &DASHED_ORDINALS) {
                j += 2;
            } else if self.tok(j).is_some_and(|t| t.kind == Kind::Word) {
                return None; // "80e", "10ème"
            }
        }
        Some((v as u8, j))
    }

    /// A month name at `i`; abbreviations only when `abbr` is allowed. The token after it.
    fn month(&self, i: usize, abbr: bool) -> Option<(u8, usize)> {
        let m = self.info(i)?.month?;
        // (An adjective of a month is read on its own: `month_adjective`.)
        if m.lang & self.mask == 0 || m.adjective {
            return None;
        }
        let mut j = i + 1;
        if m.abbreviation {
            let dot = self.punct(j) == Some('.') && self.glued(j);
            if !abbr || (m.lang & EN == 0 && !dot) {
                return None;
            }
            if dot {
                j += 1;
            }
        }
        Some((m.month, j))
    }

    /// A four-digit year 1000–2100 standing alone; the token after it (and after a Russian "года").
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let (v, n) = self.num(i)?;
        if n != 4 || !(1000..=2100).contains(&v) || self.glued_left(i) {
            return None;
        }
        // A Russian ordinal ending: "в 2018-м", "апреле 1945-го".
        if self.punct(i + 1) == Some('-')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && YEAR_ORDINALS.contains(&self.raw(i + 2))
        {
            return Some((v as i32, self.year_noun(i + 3)));
        }
        let (seps, end) = self.compound(i);
        if !seps.is_empty() {
            return None;
        }
        if self.glued(end)
            && self.tok(end).is_some_and(|t| t.kind == Kind::Word)
            && !self.is_any(end, &YEAR_ABBREVIATIONS)
        {
            return None; // "2024e", "2020s"
        }
        Some((v as i32, self.year_noun(end)))
    }

    /// The first year of the decade a number ending in 0 names: "1990", and "90" for 1990 (two
    /// digits from 20 to 90: the twentieth century's).
    fn decade_start(&self, i: usize) -> Option<i32> {
        let (v, n) = self.num(i)?;
        if v % 10 != 0 || self.glued_left(i) {
            return None;
        }
        match n {
            4 if (1000..=2100).contains(&v) => Some(v as i32),
            2 if (20..=90).contains(&v) => Some(1900 + v as i32),
            _ => None,
        }
    }

    /// "les années 1990", "les années 90": a decade noun before the decade's year.
    fn decade_led(&self, i: usize) -> Option<M> {
        if !self.word(i).is_some_and(|w| DECADE_NOUNS.contains(&w)) {
            return None;
        }
        let y = self.decade_start(i + 1)?;
        Some(M::new(i + 2, Raw::Rg(P::year(y), P::year(y + 9))))
    }

    /// A decade: "the 1990s", "в 1990-е годы", "в 1980-х годах", "в 90-е годы" — its ten years.
    fn decade(&self, i: usize) -> Option<M> {
        let (y, end) = self.decade_suffixed(i)?;
        Some(M::new(end, Raw::Rg(P::year(y), P::year(y + 9))))
    }

    /// The first year of a decade written with its suffix ("1990s", "1990-х годов"), and the
    /// token after it.
    fn decade_suffixed(&self, i: usize) -> Option<(i32, usize)> {
        let y = self.decade_start(i)?;
        let suffix = |k: usize| self.glued(k) && DECADE_SUFFIXES.contains(&self.raw(k));
        let end = if suffix(i + 1) {
            i + 2
        } else if self.punct(i + 1) == Some('-') && self.glued(i + 1) && suffix(i + 2) {
            self.year_noun(i + 3)
        } else {
            return None;
        };
        (!self.is_any(end, &DAY_NOUNS)).then_some((y, end))
    }

    /// A decade in either writing ("les années 1990", "the 1990s"): its first year and the
    /// token after it.
    fn decade_at(&self, i: usize) -> Option<(i32, usize)> {
        if self.word(i).is_some_and(|w| DECADE_NOUNS.contains(&w)) {
            return Some((self.decade_start(i + 1)?, i + 2));
        }
        self.decade_suffixed(i)
    }

    /// Skips a Russian year noun ("года", "г.", "гг.").
    fn year_noun(&self, j: usize) -> usize {
        if self.is_any(j, &YEAR_NOUNS) {
            if self.is_any(j, &YEAR_ABBREVIATIONS)
                && self.punct(j + 1) == Some('.')
                && self.glued(j + 1)
            {
                return j + 2;
            }
            return j + 1;
        }
        j
    }

    /// A clock time: "14:26", "23h30", "14 h", "9h", "3 pm", "14.00" (after a time cue only).
    /// Returns the time, the token after it, and whether minutes or a colon made it unambiguous.
    fn time(&self, i: usize, cue: u8) -> Option<((u8, u8), usize, bool)> {
        let (h, n) = self.num(i)?;
        if n > 2 || h > 24 {
            return None;
        }
        let two_digits = |k: usize| {
            self.num(k)
                .filter(|&(v, n)| n == 2 && v < 60)
                .map(|(v, _)| v as u8)
        };
        let mut out = None;
        if let Some(c) = self.punct(i + 1)
            && (c == ':' || (c == '.' && cue & CUE_TIME != 0))
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some(mi) = two_digits(i + 2)
        {
            let mut j = i + 3;
            if self.punct(j) == Some(':')
                && self.glued(j)
                && two_digits(j + 1).is_some()
                && self.glued(j + 1)
            {
                j += 2;
            }
            if self.punct(j).is_some_and(|c| matches!(c, ':' | '.'))
                && self.glued(j)
                && self.num(j + 1).is_some()
            {
                return None; // "1.2.3", "10:20:30:40"
            }
            out = Some(((h as u8, mi), j, true));
        } else if self.is_any(i + 1, &HOUR_MARKS) {
            let j = i + 2;
            match two_digits(j) {
                Some(mi) if self.glued(j) || !self.glued(i + 1) => {
                    out = Some(((h as u8, mi), j + 1, true))
                }
                _ if self
                    .tok(j)
                    .is_some_and(|t| t.glued && t.kind != Kind::Punct('.'))
                    && self.tok(j).is_some_and(|t| t.kind != Kind::Punct(',')) =>
                {
                    return None; // "5hx", "4h5"
                }
                _ => out = Some(((h as u8, 0), j, false)),
            }
        }
        // "pm", "a.m.": whether after noon, and the token after it.
        let meridiem = |k: usize| {
            MERIDIEM
                .iter()
                .find_map(|&(p, pm)| Some((pm, self.abbreviation_end(k, p)?)))
        };
        let after_hour = meridiem(i + 1);
        let ((mut hh, mi), mut j, sure) = match out {
            Some(o) => o,
            // "3 pm"
            None if after_hour.is_some() && h <= 12 => ((h as u8, 0), i + 1, false),
            None => return None,
        };
        if let Some((pm, end)) = meridiem(j) {
            if pm && hh < 12 {
                hh += 12;
            } else if !pm && hh == 12 {
                hh = 0;
            }
            j = end;
        }
        if hh == 24 && mi == 0 {
            hh = 0;
        }
        (hh < 24).then_some(((hh, mi), j, sure || after_hour.is_some()))
    }

    /// A time after a date: "à 23h30", ", 14:26", "at 2 pm", "в 14:00".
    fn time_tail(&self, j: usize) -> Option<((u8, u8), usize)> {
        // A time on the next line is the next item ("Samedi 11 avril\n8h30 – Visite…").
        if self.tok(j)?.nl {
            return None;
        }
        let mut k = j;
        if self.punct(k) == Some(',') {
            k += 1;
        }
        let mut cue = 0;
        if self.is_any(k, &TIME_CUES) {
            cue = CUE_TIME;
            k += 1;
        }
        let (t, end, sure) = self.time(k, cue)?;
        (sure || cue != 0).then_some((t, end))
    }

    /// "202014:26": a year glued to a clock time, as page headers print them.
    fn year_glued_time(&self, i: usize) -> Option<(i32, (u8, u8), usize)> {
        let t = self.tok(i)?;
        let s = &self.text[t.start..t.end];
        if t.kind != Kind::Num
            || s.len() != 6
            || !(s.starts_with("19") || s.starts_with("20"))
            || self.glued_left(i)
        {
            return None;
        }
        let y: i32 = s[..4].parse().ok()?;
        let h: u8 = s[4..].parse().ok()?;
        if self.punct(i + 1) != Some(':') || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let (mi, n) = self.num(i + 2)?;
        (h < 24 && mi < 60 && n == 2).then_some((y, (h, mi as u8), i + 3))
    }

    /// A year, or a year glued to a time, after a day and month; returns (year, time, next).
    fn year_after_date(&self, j: usize) -> Option<YearTime> {
        if let Some((y, t, k)) = self.year_glued_time(j) {
            return Some((y, Some(t), k));
        }
        let (y, k) = self.year(j)?;
        Some((y, None, k))
    }

    // ---- patterns ----

    /// Numbers first: "26 novembre 2020", "3-4 juillet", "27 et 28 juin", "24.05.24",
    /// "2024-05-24", "2020-2021", "14:26", "23h30", "2023".
    fn number_led(&self, i: usize, cue: u8) -> Option<M> {
        if let Some(m) = self.day_led(i) {
            return Some(m);
        }
        // "90s", "90-е годы": a two-digit decade.
        if let Some(m) = self
            .num(i)
            .filter(|&(_, n)| n == 2)
            .and_then(|_| self.decade(i))
        {
            return Some(m);
        }
        let (_, n) = self.num(i)?;
        let (seps, cend) = self.compound(i);
        // A clock time may be glued to a word on the left ("recherche14:49").
        if (seps.is_empty() || seps.iter().all(|&c| c == ':'))
            && !(self.glued_left(i) && self.tok(i - 1).is_some_and(|t| t.kind != Kind::Word))
            && let Some((t, end, sure)) = self.time(i, cue)
            && (sure || cue & CUE_TIME != 0)
        {
            return Some(M::new(end, Raw::Time(t.0, t.1)));
        }
        if self.glued_left(i) {
            return None;
        }
        match seps.len() {
            0 if n == 4 => self.year_led(i, cue),
            1 => self.year_range(i, &seps, cend),
            2 => self.numeric_date(i, &seps, cend),
            _ => None,
        }
    }

    /// "26 novembre 2020 à 14h", "1er juin", "3-4 juillet", "27 et 28 juin 2024", "25th of June".
    fn day_led(&self, i: usize) -> Option<M> {
        let (d1, mut j) = self.day(i)?;
        let mut days = vec![d1];
        while days.len() < 6 {
            let sep_dash = self.punct(j).is_some_and(|c| DASHES.contains(&c));
            let sep_comma = self.punct(j) == Some(',');
            let sep_word = self.is_any(j, &DAY_LIST);
            if !(sep_dash || sep_comma || sep_word) {
                break;
            }
            let k = self.skip_articles(j + 1);
            match self.listed_day(k) {
                Some((d, next)) if d > *days.last().unwrap_or(&0) => {
                    days.push(d);
                    j = next;
                }
                _ => break,
            }
        }
        if self.is_any(j, &DAY_OF) {
            j += 1;
        }
        // After a day number, a month abbreviation needs no dot ("ТОКИО, 10 авг —").
        let (m, mut j) = self
            .month(j, true)
            .or_else(|| self.info(j)?.month.map(|m| (m.month, j + 1)))?;
        let mut y = None;
        let mut t = None;
        if let Some((yy, tt, k)) = self.year_after_date(j) {
            y = Some(yy);
            t = tt;
            j = k;
        } else if self.mask & EN != 0
            && self.punct(j) == Some(',')
            && let Some((yy, k)) = self.year(j + 1)
        {
            y = Some(yy);
            j = k;
        }
        let valid = |d: u8| d <= chancery_model::date::days_in_month(y.unwrap_or(2000), m);
        if !days.iter().all(|&d| valid(d)) {
            return None;
        }
        let mut policy = Policy::Tense;
        if y.is_none() {
            if self.is_any(j, &PAST_MOD) {
                policy = Policy::PastStrict;
                j += 1;
            } else if self.is_any(j, &FUTURE_MOD) {
                policy = Policy::FutureStrict;
                j += 1;
            }
        }
        if days.len() == 1 {
            if y.is_none()
                && policy == Policy::Tense
                && let Some((n, end)) = self.relative_year(j)
            {
                return Some(M::new(end, Raw::RelYmd(m, d1, n)));
            }
            if t.is_none()
                && let Some((tt, k)) = self.time_tail(j)
            {
                t = Some(tt);
                j = k;
            }
            return Some(M {
                end: j,
                raw: Raw::Pt(P {
                    y,
                    m: Some(m),
                    d: Some(d1),
                    t,
                }),
                policy,
            });
        }
        let last = *days.last().unwrap_or(&d1);
        Some(M {
            end: j,
            raw: Raw::Rg(P::ymd(y, m, d1), P::ymd(y, m, last)),
            policy,
        })
    }

    /// A four-digit number alone: a year when a cue or its neighbours say so.
    fn year_led(&self, i: usize, cue: u8) -> Option<M> {
        if let Some(m) = self.decade(i) {
            return Some(m);
        }
        let (y, end) = self.year(i)?;
        let noun = end > i + 1;
        // A number with the ending of a plural ordinal that is no decade ("1934-е пленарное
        // заседание": the 1934th meeting) counts something else.
        if !noun
            && self.punct(end) == Some('-')
            && self.glued(end)
            && self.glued(end + 1)
            && DECADE_SUFFIXES.contains(&self.raw(end + 1))
        {
            return None;
        }
        // Spaced dash range: "2023 – 2024".
        if self.punct(end).is_some_and(|c| DASHES.contains(&c))
            && let Some((y2, e2)) = self.year(end + 1)
            && y2 > y
            && y2 - y <= 100
        {
            return Some(M::new(e2, Raw::Rg(P::year(y), P::year(y2))));
        }
        if cue & CUE_YEAR != 0 || noun {
            return Some(M::new(end, Raw::Pt(P::year(y))));
        }
        if !(1900..=2100).contains(&y) {
            return None;
        }
        // Neighbours that make it a count or a reference.
        if i > 0 {
            let prev = self.toks[i - 1];
            match prev.kind {
                Kind::Punct('$' | '€' | '£' | '#' | '+' | '№' | '°' | '×') => {
                    return None;
                }
                Kind::Num => {
                    let (_, n) = self.num(i - 1)?;
                    if n <= 3 {
                        return None; // "1 2000" thousands grouping
                    }
                }
                Kind::Word if self.is_any(i - 1, &calendar::NUMBER_LABELS) => return None,
                Kind::Punct('.') if i > 1 && self.is_any(i - 2, &calendar::NUMBER_LABELS) => {
                    return None;
                }
                _ => {}
            }
        }
        if let Some(next) = self.tok(end) {
            match next.kind {
                Kind::Punct('%' | '€' | '$' | '£' | '‰') => return None,
                Kind::Num if self.num(end).is_some_and(|(_, n)| n == 3) => return None,
                Kind::Word if !next.upper && !self.is_any(end, &calendar::YEAR_FOLLOWERS) => {
                    return None;
                }
                _ => {}
            }
        }
        Some(M::new(end, Raw::Pt(P::year(y))))
    }

    /// "2020-2021", "2020–21", "2020/2021" (+ "годы").
    fn year_range(&self, i: usize, seps: &[char], cend: usize) -> Option<M> {
        if !matches!(seps, ['-' | '–' | '/']) {
            return None;
        }
        let (y1, n1) = self.num(i)?;
        let (v2, n2) = self.num(i + 2)?;
        if n1 != 4 || !(1000..=2100).contains(&y1) {
            return None;
        }
        let y2 = match n2 {
            4 => v2,
            2 => y1 / 100 * 100 + v2,
            _ => return None,
        };
        if y2 <= y1 || y2 - y1 > 100 {
            return None;
        }
        if self.glued(cend)
            && self
                .tok(cend)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
        {
            return None;
        }
        let end = self.year_noun(cend);
        Some(M::new(end, Raw::Rg(P::year(y1 as i32), P::year(y2 as i32))))
    }

    /// "24.05.24", "24/05/2024", "2024-05-24", optionally with a time.
    fn numeric_date(&self, i: usize, seps: &[char], cend: usize) -> Option<M> {
        if seps[0] != seps[1] || !matches!(seps[0], '.' | '/' | '-') {
            return None;
        }
        let (a, na) = self.num(i)?;
        let (b, nb) = self.num(i + 2)?;
        let (c, nc) = self.num(i + 4)?;
        let (y, m, d) = if na == 4 && nb <= 2 && nc <= 2 {
            (a as i32, b, c)
        } else if na <= 2 && nb <= 2 && (nc == 4 || nc == 2) {
            let y = if nc == 2 {
                if c <= 50 { 2000 + c } else { 1900 + c }
            } else {
                c
            } as i32;
            // US order, "05/24/2024", and so "03/04/2021" in a text that writes it.
            let us = seps[0] == '/'
                && a <= 12
                && (self.month_first == Some(true) || b > 12 && self.mask == EN);
            if us { (y, a, b) } else { (y, b, a) }
        } else {
            return None;
        };
        if !(1000..=2100).contains(&y)
            || m > 12
            || !chancery_model::date::is_valid_ymd(y, m as u8, d as u8)
        {
            return None;
        }
        if self.glued(cend)
            && self
                .tok(cend)
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
        {
            return None;
        }
        let mut p = P::ymd(Some(y), m as u8, d as u8);
        let mut end = cend;
        // ISO "2024-05-24T09:00".
        if self.is(end, "t")
            || self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && &self.text[t.start..t.end] == "T")
        {
            if let Some((t, e, _)) = self.time(end + 1, 0) {
                p.t = Some(t);
                end = e;
            }
        } else if let Some((t, e)) = self.time_tail(end) {
            p.t = Some(t);
            end = e;
        }
        Some(M {
            end,
            raw: Raw::Pt(p),
            policy: Policy::Anchor,
        })
    }

    /// "aujourd'hui", "hier soir", "semaine prochaine", "last week", "прошлом году".
    fn relative(&self, i: usize) -> Option<M> {
        let id = self.tok(i)?.id;
        let phrases = PHRASES.get(id as usize)?;
        let mut best: Option<(usize, Relative)> = None;
        for (rest, lang, rel) in phrases {
            if lang & self.mask == 0 {
                continue;
            }
            let mut j = i;
            let mut ok = true;
            for &w in rest {
                match self.next_word(j) {
                    Some(k) if self.toks[k].id == w => j = k,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok && best.is_none_or(|(e, _)| j + 1 > e) {
                best = Some((j + 1, *rel));
            }
        }
        let (end, rel) = best?;
        // "ce jour-là", "ce soir-là" point to another day.
        if self
            .next_word(end - 1)
            .is_some_and(|k| self.is_any(k, &DISTAL))
        {
            return None;
        }
        let raw = match rel {
            Relative::Offset(u, n) => Raw::Rel(u, n),
            Relative::Span(u, a, b) => Raw::RelRg(u, a, b),
            Relative::Rest(u, later) => Raw::Rest(u, later),
            Relative::Chained(u, n) => {
                // "la veille de l'élection", "the day before the summit", "накануне визита" (a
                // Russian word alone, its noun in the genitive after it): the eve of something
                // named, not a day ("накануне министр прибыл" is one).
                // ("la veille d'envahir": a verb after "de" is what was done that day.)
                let of_a_noun = |k: usize| {
                    self.is_any(k, &OF_WORDS)
                        && !self.next_word(k).is_some_and(|v| {
                            self.raw(v).starts_with(char::is_lowercase)
                                && !self.is_any(v, &ARTICLE_WORDS)
                        })
                };
                // ("the day before in Paris", "накануне в Москве": a place, not what is eve.)
                if let Some(k) = self.next_word(end - 1)
                    && (of_a_noun(k)
                        || self.is_any(k, &DETERMINERS)
                        || end - i == 1
                            && self.raw(i).chars().next().is_some_and(is_cyrillic)
                            && self.raw(k).starts_with(char::is_lowercase)
                            && GENITIVE_ENDINGS.iter().any(|e| self.raw(k).ends_with(e))
                            && !NOMINATIVE_ENDINGS.iter().any(|e| self.raw(k).ends_with(e)))
                {
                    return None;
                }
                Raw::Chain(u, n)
            }
        };
        Some(M::new(end, raw))
    }

    /// "dans trois jours", "il y a deux ans", "in 3 weeks", "two years ago", "через 5 дней", "3 года назад".
    fn quantity(&self, i: usize) -> Option<M> {
        let count = |k: usize| -> Option<(Option<u8>, usize)> {
            if let Some((v, n)) = self.num(k) {
                let (seps, _) = self.compound(k);
                return (n <= 2 && v >= 1 && seps.is_empty() && !self.glued_left(k))
                    .then_some((Some(v as u8), k + 1));
            }
            if self.is_in(k, &INDEFINITE) {
                // "a few": a vague count.
                if self.info(k + 1).and_then(|w| w.count) == Some(None) {
                    return Some((None, k + 2));
                }
                return Some((Some(1), k + 1));
            }
            // "twenty-five", "soixante-dix": the last part of a compound number is not the count.
            if k > 0 && self.punct(k - 1).is_some_and(|c| DASHES.contains(&c)) && self.glued(k) {
                return None;
            }
            let c = self.info(k)?.count?;
            Some((c, k + 1))
        };
        let unit = |k: usize| self.info(k).and_then(|w| w.unit);
        let ago = AGO_BEFORE.iter().find_map(|p| self.phrase_end(i, p));
        let (sign, k) = if self.is_in(i, &IN_FUTURE) {
            (1, i + 1)
        } else if let Some(k) = ago {
            (-1, k)
        } else {
            (0, i)
        };
        let (n, k) = count(k)?;
        let u = unit(k)?;
        let mut end = k + 1;
        let sign = if sign == 0 {
            if self.is_any(end, &AGO_AFTER) {
                end += 1;
                -1
            } else {
                return self.chained_quantity(n, u, end);
            }
        } else {
            sign
        };
        let raw = match n {
            Some(n) => Raw::Rel(u, sign * i32::from(n)),
            None => {
                let (u, a, b) = match u {
                    Unit::Day => (Unit::Day, 1, 10),
                    Unit::Week => (Unit::Day, 7, 56),
                    Unit::Month => (Unit::Month, 1, 6),
                    Unit::Year => (Unit::Year, 1, 10),
                };
                if sign > 0 {
                    Raw::RelRg(u, a, b)
                } else {
                    Raw::RelRg(u, -b, -a)
                }
            }
        };
        Some(M::new(end, raw))
    }

    /// The end of "two days earlier", "trois jours plus tard", "двумя днями ранее" after the
    /// count `n` of units `u` that ends before `end`: that many units from the day the sentence
    /// stated before, else from the anchor. Not "two days before the vote" (the eve of a noun),
    /// nor a vague count ("a few days later").
    fn chained_quantity(&self, n: Option<u8>, u: Unit, end: usize) -> Option<M> {
        let n = i32::from(n?);
        let (after, sign) = CHAINED_AFTER.iter().find_map(|&(p, sign, alone)| {
            let after = self.phrase_end(end, p)?;
            let word_after = self.tok(after).is_some_and(|t| t.kind == Kind::Word);
            (!(alone && word_after)).then_some((after, sign))
        })?;
        if self
            .next_word(after - 1)
            .is_some_and(|k| self.is_any(k, &DETERMINERS) || self.is_any(k, &OF_WORDS))
        {
            return None;
        }
        // A week from a day is seven days from it.
        let raw = match u {
            Unit::Week => Raw::Counted(Unit::Day, sign * 7 * n),
            u => Raw::Counted(u, sign * n),
        };
        Some(M::new(after, raw))
    }

    /// "mardi", "on Tuesday", "lundi dernier", "next Monday", "mardi 25 juin", "в понедельник".
    fn weekday_led(&self, i: usize) -> Option<M> {
        let (wi, mut policy) = match self.modifier_before(i) {
            Some(p) => (i + 1, p),
            None => (i, Policy::Tense),
        };
        let (wd, lang) = self.info(wi)?.weekday?;
        if lang & self.mask == 0 {
            return None;
        }
        if lang == EN && !self.tok(wi).is_some_and(|t| t.upper) {
            return None;
        }
        let mut j = wi + 1;
        // A weekday before a date: the date gives the value.
        let k = if self.punct(j) == Some(',') { j + 1 } else { j };
        let k = self.skip_articles(k);
        if let Some(m) = self.day_led(k).or_else(|| {
            self.month_led(k, 0)
                .filter(|m| matches!(m.raw, Raw::Pt(P { d: Some(_), .. }) | Raw::Rg(..)))
        }) {
            return Some(M {
                end: m.end,
                raw: m.raw,
                policy: m.policy,
            });
        }
        if self.is_any(j, &PAST_MOD) {
            policy = Policy::PastStrict;
            j += 1;
        } else if self.is_any(j, &FUTURE_MOD) {
            policy = Policy::FutureStrict;
            j += 1;
        }
        Some(M {
            end: j,
            raw: Raw::Wd(wd),
            policy,
        })
    }

    /// "ce week-end", "le week-end dernier", "cette fin de semaine", "this weekend", "last
    /// weekend", "в выходные", "в минувшие выходные", "на этих выходных".
    fn weekend_led(&self, i: usize) -> Option<M> {
        // ("this weekend" keeps the tense's choice.)
        let (j, mut policy) = match self.modifier_before(i) {
            Some(Policy::Anchor) => (i + 1, Policy::Tense),
            Some(p) => (i + 1, p),
            None => (i, Policy::Tense),
        };
        let mut end = WEEKENDS
            .iter()
            .filter(|&&(_, determined)| !determined || j > i)
            .find_map(|&(w, _)| self.phrase_end(j, w))?;
        if self.is_any(end, &PAST_MOD) {
            policy = Policy::PastStrict;
            end += 1;
        } else if self.is_any(end, &FUTURE_MOD) {
            policy = Policy::FutureStrict;
            end += 1;
        }
        Some(M {
            end,
            raw: Raw::Weekend,
            policy,
        })
    }

    /// "fin octobre", "début novembre 2024", "mi-juin", "early June", "end of June", "mid-2024",
    /// "в конце октября", "в начале 2024 года".
    fn part_led(&self, i: usize) -> Option<M> {
        let part = self.info(i)?.part?;
        let needs = calendar::part_needs(self.word(i)?);
        let mut j = i + 1;
        if self.punct(j).is_some_and(|c| DASHES.contains(&c)) && self.glued(j) {
            j += 1;
        } else if needs == Some("hyphen") {
            return None;
        }
        if needs == Some("of") {
            if !self.is_any(j, &OF_WORDS) {
                return None;
            }
            j = self.skip_articles(self.after_word(j));
        }
        // A part of a month named: "fin avril", "early March 2024", "la fin du mois d'avril".
        let of_month = |j: usize| {
            let (m, k) = self.month(j, false)?;
            let (y, k) = match self.year(k) {
                Some((y, k)) => (Some(y), k),
                None => (None, k),
            };
            let (a, b) = match part {
                Part::Early => (1, 10),
                Part::Mid => (10, 20),
                Part::Late => (20, 31),
            };
            Some(M::new(k, Raw::Rg(P::ymd(y, m, a), P::ymd(y, m, b))))
        };
        if let Some(m) = of_month(j) {
            return Some(m);
        }
        // "early 2000s", "mid-1990s", "в начале 2000-х", "à la fin des années 1990": a part of a
        // decade, its first, middle or last years.
        let d = if self.is_any(j, &OF_WORDS) {
            self.skip_articles(self.after_word(j))
        } else {
            self.skip_articles(j)
        };
        if let Some((y, k)) = self.decade_at(d) {
            let (a, b) = match part {
                Part::Early => (0, 3),
                Part::Mid => (3, 6),
                Part::Late => (6, 9),
            };
            return Some(M::new(k, Raw::Rg(P::year(y + a), P::year(y + b))));
        }
        let (a, b) = match part {
            Part::Early => (1, 4),
            Part::Mid => (5, 8),
            Part::Late => (9, 12),
        };
        if let Some((y, k)) = self.year(j) {
            return Some(M::new(k, Raw::Rg(P::ym(Some(y), a), P::ym(Some(y), b))));
        }
        // A part of a year named relative to the anchor's: "в конце прошлого года", "fin de
        // l'année dernière", "early next year"; or of the year itself: "до конца года", "d'ici
        // la fin de l'année", "by the end of the year".
        let of = self.is_any(j, &OF_WORDS);
        // French joins them with "de" ("fin de l'année dernière"); "prend fin cette année" is
        // the verb "prendre fin".
        if !of && self.mask & FR != 0 {
            return None;
        }
        let k = if of {
            self.skip_articles(self.after_word(j))
        } else {
            self.skip_articles(j)
        };
        if let Some((n, end)) = self.relative_year(k) {
            return Some(M::new(end, Raw::RelYr(a, b, n)));
        }
        // A part of a week or month: "at the end of last month", "au début du mois prochain",
        // "в середине следующей недели"; of the anchor's own: "в начале недели", "en fin de
        // semaine", "by the end of the month".
        if let Some(M {
            raw: Raw::Rel(u @ (Unit::Week | Unit::Month), n),
            end,
            ..
        }) = self.relative(k)
        {
            return Some(M::new(end, Raw::RelPart(u, n, part)));
        }
        if let Some(u @ (Unit::Week | Unit::Month)) = self.info(k).and_then(|w| w.unit) {
            if u == Unit::Month
                && self.is_any(k + 1, &OF_WORDS)
                && let Some(m) = of_month(self.skip_articles(self.after_word(k + 1)))
            {
                return Some(m);
            }
            return Some(M::new(k + 1, Raw::RelPart(u, 0, part)));
        }
        if !self.is_any(k, &THIS_YEAR) {
            return None;
        }
        // "the end of the year 2020": that year.
        Some(match self.year(k + 1) {
            Some((y, end)) => M::new(end, Raw::Rg(P::ym(Some(y), a), P::ym(Some(y), b))),
            None => M::new(k + 1, Raw::RelYr(a, b, 0)),
        })
    }

    /// "le 26" in French with no month after it ("arrivera le 26 à Paris", "depuis le 3."): a day
    /// of the month around the anchor. Only after "le", and only when what follows cannot make
    /// the number something else (a month, a unit, an ordinal, a count of things).
    fn bare_day(&self, i: usize) -> Option<M> {
        if i == 0 || !self.is_in(i - 1, &BARE_DAY_ARTICLES) || self.glued_left(i) {
            return None;
        }
        let (d, k) = self.day(i)?;
        let end_ok = match self.tok(k) {
            None => true,
            Some(t) if t.nl => true,
            Some(t) => match t.kind {
                Kind::Punct(c) => {
                    matches!(c, ',' | '.' | ';' | ')' | '»' | '…') && !self.glued(k + 1)
                }
                Kind::Word => self.is_any(k, &BARE_DAY_FOLLOWERS),
                _ => false,
            },
        };
        end_ok.then(|| M::new(k, Raw::Md(d)))
    }

    /// "the first half of 2019", "au premier semestre 2020", "во втором полугодии 2018 года",
    /// "in the first quarter of this year": months of a year named by an ordinal and a unit. A
    /// part without its year is of the anchor's year when it can only be a part of a year ("au
    /// premier trimestre", "в первом квартале"), else left out ("the first half").
    fn year_part(&self, i: usize) -> Option<M> {
        let parts = YEAR_PARTS.get(self.tok(i)?.id as usize)?;
        let (j, (a, b, alone)) = self.longest_phrase(
            i,
            parts
                .iter()
                .map(|(rest, lang, a, b, alone)| (rest.as_slice(), *lang, (*a, *b, *alone))),
        )?;
        let k = if self.is_any(j, &OF_WORDS) {
            self.skip_articles(self.after_word(j))
        } else {
            j
        };
        if let Some((y, end)) = self.year(k) {
            return Some(M::new(end, Raw::Rg(P::ym(Some(y), a), P::ym(Some(y), b))));
        }
        // "the second half of March", "la seconde moitié de mars", "во второй половине марта":
        // a half of a month, its first fifteen days or the rest (a year may follow).
        if b - a == 5
            && let Some(found) =
                self.days_of_month(k, |days| if a == 1 { (1, 15) } else { (16, days) })
        {
            return Some(found);
        }
        if let Some((n, end)) = self.relative_year(k) {
            return Some(M::new(end, Raw::RelYr(a, b, n)));
        }
        // "in the first half of the year", "в первой половине года": the anchor's year.
        if self.is_any(k, &THIS_YEAR) {
            return Some(M::new(k + 1, Raw::RelYr(a, b, 0)));
        }
        alone.then(|| M::new(j, Raw::RelYr(a, b, 0)))
    }

    /// "the first week of March", "la dernière semaine de juin", "на первой неделе марта": seven
    /// days of a month (a year may follow); with no month after it, nothing ("last week").
    fn month_week(&self, i: usize) -> Option<M> {
        let weeks = MONTH_WEEKS.get(self.tok(i)?.id as usize)?;
        let (j, week) = self.longest_phrase(
            i,
            weeks
                .iter()
                .map(|(rest, lang, week)| (rest.as_slice(), *lang, *week)),
        )?;
        let k = if self.is_any(j, &OF_WORDS) {
            self.skip_articles(self.after_word(j))
        } else {
            j
        };
        self.days_of_month(k, |days| {
            if week == calendar::LAST_WEEK {
                (days - 6, days)
            } else {
                (7 * (week - 1) + 1, 7 * week)
            }
        })
    }

    /// The end of the longest of `phrases` (the words after the first one, at `i`; the
    /// language; a value) written from word `i` on, with its value.
    fn longest_phrase<'p, V: Copy>(
        &self,
        i: usize,
        phrases: impl Iterator<Item = (&'p [u32], u8, V)>,
    ) -> Option<(usize, V)> {
        let mut best: Option<(usize, V)> = None;
        for (rest, lang, value) in phrases {
            if lang & self.mask == 0 {
                continue;
            }
            let mut j = i;
            let matched = rest.iter().all(|&w| match self.next_word(j) {
                Some(k) if self.toks[k].id == w => {
                    j = k;
                    true
                }
                _ => false,
            });
            if matched && best.is_none_or(|(e, _)| j + 1 > e) {
                best = Some((j + 1, value));
            }
        }
        best
    }

    /// The days `days` gives from the length of the month named at `k` (a year may follow it):
    /// "la seconde moitié de mars", "the first week of April 2019".
    fn days_of_month(&self, k: usize, days: impl Fn(u8) -> (u8, u8)) -> Option<M> {
        let (m, mut end) = self.month(k, false)?;
        let mut y = None;
        if let Some((yy, e)) = self.year(end) {
            (end, y) = (e, Some(yy));
        }
        let (first, last) = days(chancery_model::date::days_in_month(y.unwrap_or(2001), m));
        Some(M {
            end,
            raw: Raw::Rg(P::ymd(y, m, first), P::ymd(y, m, last)),
            policy: if y.is_some() {
                Policy::Anchor
            } else {
                Policy::Tense
            },
        })
    }

    /// "automne 2023", "l'été 2024", "the fall of 2023", "cet hiver", "last summer", "осенью 2023 года".
    fn season_led(&self, i: usize) -> Option<M> {
        let (si, mut policy, mut determined) = match self.modifier_before(i) {
            Some(p) => (i + 1, p, true),
            None => (i, Policy::Tense, false),
        };
        let (s, lang, ambiguous) = self.info(si)?.season?;
        if lang & self.mask == 0 {
            return None;
        }
        // "l'été": an article before it.
        determined |= si > 0 && self.is_any(si - 1, &ARTICLES)
            || (si > 1 && self.is_any(si - 2, &ARTICLES) && self.punct(si - 1).is_some());
        let mut j = si + 1;
        let k = if self.is_any(j, &OF_WORDS) {
            self.after_word(j)
        } else {
            j
        };
        let year = self.year(k);
        if let Some((_, e)) = year {
            j = e;
        }
        let (m1, m2) = calendar::season_months(s);
        // "весной прошлого года", "spring last year", "printemps de l'année dernière".
        if year.is_none()
            && let Some((n, end)) = self.relative_year(k)
        {
            return Some(M::new(end, Raw::RelYr(m1, m2, n)));
        }
        if year.is_none() {
            if self.is_any(j, &PAST_MOD) {
                policy = Policy::PastStrict;
                j += 1;
                determined = true;
            } else if self.is_any(j, &FUTURE_MOD) {
                policy = Policy::FutureStrict;
                j += 1;
                determined = true;
            }
        }
        if ambiguous && year.is_none() && !determined {
            return None;
        }
        if lang == EN && ambiguous && year.is_none() && si == i {
            return None; // "the fall", "spring" alone
        }
        let y = year.map(|(y, _)| y);
        let raw = Raw::Rg(
            P::ym(y, m1),
            P::ym(y.map(|y| if m2 < m1 { y + 1 } else { y }), m2),
        );
        Some(M {
            end: j,
            raw,
            policy: if y.is_some() { Policy::Anchor } else { policy },
        })
    }

    /// "на майском саммите", "в ходе июньского визита": an adjective of a month, in lower case
    /// (not "Октябрьская революция"), is that month, in the year its clause's tense points to.
    fn month_adjective(&self, i: usize) -> Option<M> {
        let m = self.info(i)?.month?;
        if !m.adjective || m.lang & self.mask == 0 || self.tok(i)?.upper {
            return None;
        }
        Some(M {
            end: i + 1,
            raw: Raw::Pt(P::ym(None, m.month)),
            policy: Policy::Tense,
        })
    }

    /// "novembre 2023", "June 25, 2024", "June 3-4", "juin dernier", and with a cue "en juillet", "в июле".
    /// The year a list of months ends with, read from the token after one of them (",
    /// novembre et décembre 2024" → 2024); separators are commas and conjunctions
    /// (`quote_words.tsv` kind `conjunction`), not range words ("octobre à décembre").
    fn listed_months_year(&self, mut k: usize) -> Option<i32> {
        loop {
            let comma = self.punct(k) == Some(',');
            if comma {
                k += 1;
            }
            let conjunction = chancery_lexicon::people::quote_words(
                chancery_lexicon::people::QuoteWord::Conjunction,
            )
            .contains(self.raw(k).to_lowercase().as_str());
            if conjunction {
                k += 1;
            } else if !comma {
                return None;
            }
            let english = self.info(k)?.month?.lang == EN;
            if english && !self.tok(k).is_some_and(|t| t.upper) {
                return None;
            }
            let (_, e) = self.month(k, false)?;
            if let Some((y, _)) = self.year(e) {
                return Some(y);
            }
            k = e;
        }
    }

    fn month_led(&self, i: usize, cue: u8) -> Option<M> {
        if let Some(found) = self.month_adjective(i) {
            return Some(found);
        }
        let (m, j) = self.month(i, true)?;
        let abbr = self.info(i)?.month?.abbreviation;
        // English order: month, day(s), year.
        if self.mask & EN != 0
            && self.info(i)?.month?.lang & EN != 0
            && let Some((d1, mut k)) = self.day(j)
            && self.month(k, true).is_none()
        {
            let mut d2 = None;
            if (self.punct(k).is_some_and(|c| DASHES.contains(&c)) || self.is_any(k, &RANGE_TO))
                && let Some((d, e)) = self.listed_day(k + 1)
                && d > d1
            {
                d2 = Some(d);
                k = e;
            }
            let mut y = None;
            let kk = if self.punct(k) == Some(',') { k + 1 } else { k };
            if let Some((yy, e)) = self.year(kk) {
                y = Some(yy);
                k = e;
            }
            let last = d2.unwrap_or(d1);
            if last > chancery_model::date::days_in_month(y.unwrap_or(2000), m) {
                return None;
            }
            let mut p = P::ymd(y, m, d1);
            if let Some(d2) = d2 {
                return Some(M::new(k, Raw::Rg(p, P::ymd(y, m, d2))));
            }
            if let Some((t, e)) = self.time_tail(k) {
                p.t = Some(t);
                k = e;
            }
            return Some(M::new(k, Raw::Pt(p)));
        }
        // Month, day, year outside English only with the year: "апрель 19-го, 2016" (a
        // translated English date), "avril 19, 2016".
        if let Some((d, k)) = self.day(j)
            && self.month(k, true).is_none()
            && let kk = if self.punct(k) == Some(',') { k + 1 } else { k }
            && let Some((y, e)) = self.year(kk)
            && d <= chancery_model::date::days_in_month(y, m)
        {
            return Some(M::new(e, Raw::Pt(P::ymd(Some(y), m, d))));
        }
        if let Some((y, k)) = self.year(j) {
            return Some(M::new(k, Raw::Pt(P::ym(Some(y), m))));
        }
        // "octobre, novembre et décembre 2024", "October, November and December 2024": a month
        // in a list takes the year the list ends with.
        if let Some(y) = self.listed_months_year(j) {
            return Some(M::new(j, Raw::Pt(P::ym(Some(y), m))));
        }
        // "марте прошлого года", "March last year", "mars de l'année dernière".
        let k = if self.is_any(j, &OF_WORDS) {
            self.skip_articles(j + 1)
        } else {
            j
        };
        if let Some((n, end)) = self.relative_year(k) {
            return Some(M::new(end, Raw::RelYm(m, n)));
        }
        if abbr {
            return None;
        }
        // A month alone needs a cue: "en juillet", "in July", "в июле", "au mois de juin", "juin dernier".
        let mut policy = Policy::Tense;
        let mut end = j;
        if self.is_any(j, &PAST_MOD) {
            policy = Policy::PastStrict;
            end += 1;
        } else if self.is_any(j, &FUTURE_MOD) {
            policy = Policy::FutureStrict;
            end += 1;
        }
        // "le mois de mars", "the month of March".
        let month_of = MONTH_NOUNS.iter().any(|p| {
            let n = p.split(' ').count();
            i >= n && self.phrase_end(i - n, p) == Some(i)
        });
        let english = self.info(i)?.month?.lang == EN;
        if english && !self.tok(i).is_some_and(|t| t.upper) {
            return None;
        }
        if cue & (CUE_YEAR | CUE_MONTH) != 0 || month_of || policy != Policy::Tense {
            return Some(M {
                end,
                raw: Raw::Pt(P::ym(None, m)),
                policy,
            });
        }
        None
    }
}

/// Joins two dated values into a range from the start of the first to the end of the second;
/// the first takes a missing month or year from the second ("3 au 5 juillet", "fin octobre-début
/// novembre 2024"). `None` when either is not a calendar value or the order is wrong.
fn join(a: Raw, b: Raw) -> Option<Raw> {
    let first = match a {
        Raw::Pt(p) | Raw::Rg(p, _) => p,
        _ => return None,
    };
    let last = match b {
        Raw::Pt(p) | Raw::Rg(_, p) => p,
        _ => return None,
    };
    let b_first = match b {
        Raw::Pt(p) | Raw::Rg(p, _) => p,
        _ => return None,
    };
    let mut first = first;
    // Precision must agree: a day cannot run to a bare year unless the day had no month.
    if first.m.is_none() && first.y.is_none() {
        first.m = b_first.m;
        first.y = b_first.y;
        if first.d.is_some() && first.m.is_none() {
            return None;
        }
    }
    if first.m.is_some() != last.m.is_some() || (first.y.is_some() && last.y.is_none()) {
        return None;
    }
    if let (Some(y1), Some(y2)) = (first.y, last.y) {
        let k1 = (y1, first.m, first.d);
        let k2 = (y2, last.m, last.d);
        if k1 > k2 {
            return None;
        }
    }
    if let Some(d) = first.d
        && let Some(m) = first.m
        && d > chancery_model::date::days_in_month(first.y.unwrap_or(2000), m)
    {
        return None;
    }
    Some(Raw::Rg(first, last))
}

/// Language mask for the document (re-exported for the scanner's callers).
pub(super) fn mask(lang: Option<&str>) -> u8 {
    let m = calendar::lang_mask(lang);
    if m == 0 { FR | EN | RU } else { m }
}
