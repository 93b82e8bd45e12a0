//! Calendar words in French, English and Russian: months (every Russian case form), weekdays,
//! seasons, parts of a period ("fin", "early", "в конце"), duration units, counting words,
//! fixed relative phrases ("hier", "last week", "в прошлом году") and tense markers.
//!
//! The words live in `data/<lang>/calendar.tsv` (its header lists the kinds of entry); a new
//! language is a new file added to [`FILES`]. Every word is lowercase. Language masks ([`FR`], [`EN`], [`RU`]) say which languages a word
//! belongs to, so that a French document does not read the English modal "may" as a month.
//!
//! Relative phrases leave out a leading article or preposition that adds nothing to the value
//! ("l'", "la", "в", "на"): the time stage puts only the words that carry the value in a span.

use std::collections::HashMap;
use std::sync::LazyLock;

pub const FR: u8 = 1;
pub const EN: u8 = 2;
pub const RU: u8 = 4;
pub const ALL: u8 = FR | EN | RU;

/// The language mask for an ISO 639-1 code; every language when the code is unknown or absent.
pub fn lang_mask(lang: Option<&str>) -> u8 {
    match lang {
        Some("fr") => FR,
        Some("en") => EN,
        Some("ru") => RU,
        _ => ALL,
    }
}

/// A unit of calendar time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// The value of a fixed relative phrase, as offsets from the anchor date in one unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// One unit, `n` units from the anchor's: "hier" is `Offset(Day, -1)`, "cette année" `Offset(Year, 0)`.
    Offset(Unit, i32),
    /// A vague stretch from `a` to `b` units after the anchor: "dans quelques jours" is `Span(Day, 1, 10)`.
    Span(Unit, i32, i32),
    /// One unit, `n` units from the date the sentence states before it, else from the anchor:
    /// "la veille", "the next day", "на следующий день".
    Chained(Unit, i32),
    /// The part of the anchor's unit before the anchor ("earlier this week": Monday to the day
    /// before) or, `later`, after it ("later this year").
    Rest(Unit, bool),
}

/// A part of a month or year: "début", "mi-", "fin"; "early", "mid", "late"; "в начале", "в конце".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

/// The calendar file of each language, with its language mask.
const FILES: [(u8, &str, &str); 3] = [
    (FR, "fr", include_str!("../data/fr/calendar.tsv")),
    (EN, "en", include_str!("../data/en/calendar.tsv")),
    (RU, "ru", include_str!("../data/ru/calendar.tsv")),
];

/// One line of a calendar file: its kind, its word or phrase, its values, and the languages
/// whose files list it (the same line in two files is one entry of both languages).
struct Entry {
    kind: &'static str,
    word: &'static str,
    values: Vec<&'static str>,
    lang: u8,
}

/// Every entry of every file, in file order (French, English, Russian).
static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut entries: Vec<Entry> = Vec::new();
    let mut at: HashMap<(&str, &str, Vec<&str>), usize> = HashMap::new();
    for (lang, _, text) in FILES {
        for line in crate::data_lines(text) {
            let mut fields = line.split('\t').map(str::trim);
            let (Some(kind), Some(word)) = (fields.next(), fields.next()) else {
                continue;
            };
            let values: Vec<&str> = fields.collect();
            match at.get(&(kind, word, values.clone())) {
                Some(&i) => entries[i].lang |= lang,
                None => {
                    at.insert((kind, word, values.clone()), entries.len());
                    entries.push(Entry {
                        kind,
                        word,
                        values,
                        lang,
                    });
                }
            }
        }
    }
    entries
});

/// The entries of one kind.
fn entries(kind: &'static str) -> impl Iterator<Item = &'static Entry> {
    ENTRIES.iter().filter(move |e| e.kind == kind)
}

/// A value of an entry as a number; a malformed file is a bug of the repository (a test reads
/// every entry), so it reads as 0 rather than failing at run time.
fn num<T: std::str::FromStr + Default>(e: &Entry, i: usize) -> T {
    e.values
        .get(i)
        .and_then(|v| v.parse().ok())
        .unwrap_or_default()
}

fn unit_named(v: Option<&&str>) -> Option<Unit> {
    match v.copied() {
        Some("day") => Some(Unit::Day),
        Some("week") => Some(Unit::Week),
        Some("month") => Some(Unit::Month),
        Some("year") => Some(Unit::Year),
        _ => None,
    }
}

/// A month name: `(month, language mask, abbreviation?)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthName {
    pub month: u8,
    pub lang: u8,
    pub abbreviation: bool,
    /// An adjective of the month ("майском саммите", "июньского визита"): a month by itself,
    /// written in lower case, never with a day number.
    pub adjective: bool,
}

/// Month names and case forms; an abbreviation never replaces a full name. Month adjectives
/// are their stems (`month_adjective`) with each adjective ending of their language
/// (`adjective_ending`).
static MONTHS: LazyLock<HashMap<&'static str, MonthName>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for e in entries("month") {
        map.insert(
            e.word,
            MonthName {
                month: num(e, 0),
                lang: e.lang,
                abbreviation: false,
                adjective: false,
            },
        );
    }
    for e in entries("abbreviation") {
        map.entry(e.word).or_insert(MonthName {
            month: num(e, 0),
            lang: e.lang,
            abbreviation: true,
            adjective: false,
        });
    }
    for e in entries("month_adjective") {
        for ending in entries("adjective_ending").filter(|x| x.lang == e.lang) {
            let word: &'static str = format!("{}{}", e.word, ending.word).leak();
            map.entry(word).or_insert(MonthName {
                month: num(e, 0),
                lang: e.lang,
                abbreviation: false,
                adjective: true,
            });
        }
    }
    map
});

/// Every month word with its reading, in no particular order.
pub fn months() -> impl Iterator<Item = (&'static str, MonthName)> {
    MONTHS.iter().map(|(w, m)| (*w, *m))
}

/// The month a lowercase word names, in any case form.
pub fn month(word: &str) -> Option<MonthName> {
    MONTHS.get(word).copied()
}

/// Weekdays, ISO numbered (Monday = 1), with their language.
pub static WEEKDAYS: LazyLock<Vec<(&'static str, u8, u8)>> = LazyLock::new(|| {
    entries("weekday")
        .map(|e| (e.word, num(e, 0), e.lang))
        .collect()
});

/// The ISO weekday (Monday = 1) and language of a lowercase weekday name.
pub fn weekday(word: &str) -> Option<(u8, u8)> {
    WEEKDAYS
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, d, l)| (d, l))
}

/// Seasons: 0 spring, 1 summer, 2 autumn, 3 winter. `ambiguous` words ("été" is also "been",
/// "fall" and "spring" are verbs) need a year or a determiner next to them.
pub static SEASONS: LazyLock<Vec<(&'static str, u8, u8, bool)>> = LazyLock::new(|| {
    entries("season")
        .map(|e| {
            let ambiguous = e.values.get(1) == Some(&"ambiguous");
            (e.word, num(e, 0), e.lang, ambiguous)
        })
        .collect()
});

/// `(season, language, ambiguous)` of a lowercase season word.
pub fn season(word: &str) -> Option<(u8, u8, bool)> {
    SEASONS
        .iter()
        .find(|(w, ..)| *w == word)
        .map(|&(_, s, l, a)| (s, l, a))
}

/// The months a season covers, as `(first month, last month)`; winter runs into the next year.
pub const fn season_months(season: u8) -> (u8, u8) {
    match season {
        0 => (3, 6),
        1 => (6, 9),
        2 => (9, 12),
        _ => (12, 3),
    }
}

/// Words naming a part of a period, any language.
pub static PARTS: LazyLock<Vec<(&'static str, Part)>> = LazyLock::new(|| {
    entries("part")
        .filter_map(|e| {
            let part = match e.values.first().copied() {
                Some("early") => Part::Early,
                Some("mid") => Part::Mid,
                Some("late") => Part::Late,
                _ => return None,
            };
            Some((e.word, part))
        })
        .collect()
});

/// The part of a period a lowercase word names ("fin", "early", "конце").
pub fn part(word: &str) -> Option<Part> {
    PARTS.iter().find(|(w, _)| *w == word).map(|&(_, p)| p)
}

/// Duration units, any language.
pub static UNITS: LazyLock<Vec<(&'static str, Unit)>> = LazyLock::new(|| {
    entries("unit")
        .filter_map(|e| Some((e.word, unit_named(e.values.first())?)))
        .collect()
});

/// The duration unit a lowercase word names ("jours", "weeks", "лет").
pub fn unit(word: &str) -> Option<Unit> {
    UNITS.iter().find(|(w, _)| *w == word).map(|&(_, u)| u)
}

/// How many: an exact count, or `None` for a vague "few" (quelques, plusieurs, several, несколько).
pub static COUNTS: LazyLock<Vec<(&'static str, Option<u8>)>> = LazyLock::new(|| {
    entries("count")
        .map(|e| {
            let n = match e.values.first().copied() {
                Some("few") => None,
                _ => Some(num(e, 0)),
            };
            (e.word, n)
        })
        .collect()
});

/// A counting word: `Some(Some(n))` for "deux", `Some(None)` for a vague "quelques".
pub fn count(word: &str) -> Option<Option<u8>> {
    COUNTS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// Days of a month written as ordinal words before the month ("пятого марта", "le premier
/// mars"): the word and its day, 1–31.
pub static DAY_ORDINALS: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
    entries("day_ordinal")
        .map(|e| (e.word, num(e, 0)))
        .collect()
});

/// A part of a year: its words, language, first and last month, whether it stands alone.
pub type YearPart = (&'static str, u8, u8, u8, bool);

/// Parts of a year named by an ordinal and a unit, words separated by single spaces, with the
/// language, the first and last month they cover, and whether the part names a part of a year
/// even with no year after it (value `alone`: "in the first quarter", "au premier semestre",
/// "в первом квартале" — not "the first half", which may be of anything): "the first half of
/// 2019", "au premier semestre 2020", "во втором полугодии прошлого года".
pub static YEAR_PARTS: LazyLock<Vec<YearPart>> = LazyLock::new(|| {
    entries("year_part")
        .map(|e| {
            let alone = e.values.get(2) == Some(&"alone");
            (e.word, e.lang, num(e, 0), num(e, 1), alone)
        })
        .collect()
});

/// Weeks of a month named by an ordinal ("the first week of March", "la dernière semaine de
/// juin", "на первой неделе марта"), words separated by single spaces, with the language and the
/// week: 1–4, or [`LAST_WEEK`] for the month's last seven days.
pub static MONTH_WEEKS: LazyLock<Vec<(&'static str, u8, u8)>> = LazyLock::new(|| {
    entries("month_week")
        .map(|e| {
            let week = if e.values.first() == Some(&"last") {
                LAST_WEEK
            } else {
                num(e, 0)
            };
            (e.word, e.lang, week)
        })
        .collect()
});

/// The week of [`MONTH_WEEKS`] that is a month's last seven days.
pub const LAST_WEEK: u8 = 0;

/// Fixed relative phrases, words separated by single spaces (apostrophes and hyphens in the text
/// count as spaces: "aujourd'hui" is "aujourd hui").
pub static RELATIVE: LazyLock<Vec<(&'static str, u8, Relative)>> = LazyLock::new(|| {
    entries("relative")
        .filter_map(|e| {
            let unit = unit_named(e.values.get(1))?;
            let rel = match e.values.first().copied() {
                Some("offset") => Relative::Offset(unit, num(e, 2)),
                Some("span") => Relative::Span(unit, num(e, 2), num(e, 3)),
                Some("chained") => Relative::Chained(unit, num(e, 2)),
                Some("earlier") => Relative::Rest(unit, false),
                Some("later") => Relative::Rest(unit, true),
                _ => return None,
            };
            Some((e.word, e.lang, rel))
        })
        .collect()
});

/// The words of one kind of entry with the languages that list them.
pub fn words_in(kind: &'static str) -> Vec<(&'static str, u8)> {
    entries(kind).map(|e| (e.word, e.lang)).collect()
}

/// Every word of every entry (phrases split at their spaces): the vocabulary the date grammar
/// knows.
pub fn all_words() -> impl Iterator<Item = &'static str> {
    ENTRIES.iter().flat_map(|e| e.word.split(' '))
}

/// What a part word needs beside it, when it needs something: "hyphen" ("mi-juin") or "of"
/// ("end of June").
pub fn part_needs(word: &str) -> Option<&'static str> {
    entries("part")
        .find(|e| e.word == word)
        .and_then(|e| e.values.get(1).copied())
}

/// The words of one kind of entry with the languages that list them, tested against a language
/// mask: the tense reader of an English text does not take the French auxiliary "a" of
/// "a visit" for a compound past.
pub struct Words(Vec<(&'static str, u8, &'static [&'static str])>);

impl Words {
    pub fn of(kind: &'static str) -> Self {
        Words(
            entries(kind)
                .map(|e| (e.word, e.lang, e.values.as_slice()))
                .collect(),
        )
    }

    /// Whether `w` is a word of this kind in a language of `mask`.
    pub fn has(&self, w: &str, mask: u8) -> bool {
        self.0.iter().any(|&(x, l, _)| l & mask != 0 && x == w)
    }

    /// The values of the entries `w` ends with in a language of `mask`: the entry's words are
    /// endings.
    pub fn endings_of<'a>(
        &'a self,
        w: &'a str,
        mask: u8,
    ) -> impl Iterator<Item = &'static [&'static str]> + 'a {
        self.0
            .iter()
            .filter(move |&&(x, l, _)| l & mask != 0 && w.ends_with(x))
            .map(|&(_, _, v)| v)
    }

    /// Whether `w` ends with a word of this kind in a language of `mask`.
    pub fn ends(&self, w: &str, mask: u8) -> bool {
        self.endings_of(w, mask).next().is_some()
    }
}

/// The words of one kind of entry without values ("subordinator", "range_to"…), every language.
pub fn words_of(kind: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = entries(kind).map(|e| e.word).collect();
    v.dedup();
    v
}

/// The words of one kind with their values ("skipped": the cues a preposition gives).
pub fn tagged(kind: &'static str) -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    entries(kind).map(|e| (e.word, e.values.as_slice()))
}

/// Words that put a clause in the future whatever their form ("prévu", "will", "будет").
pub static FUTURE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::of("future"));

/// Words that put a clause in the past whatever their form ("était", "ago", "назад").
pub static PAST_WORDS: LazyLock<Words> = LazyLock::new(|| Words::of("past"));

/// French auxiliaries of the compound past ("a", "ont", "est"…), before a participle.
pub static FR_AUXILIARIES: LazyLock<Words> = LazyLock::new(|| Words::of("auxiliary"));

/// Words ending like a French future ("-ra", "-ront") that are not verbs.
pub static FR_NOT_FUTURE: LazyLock<Words> = LazyLock::new(|| Words::of("not_future"));

/// Words after which a number is a reference, not a year ("n° 2024", "résolution 2020").
pub static NUMBER_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| words_of("number_label"));

/// Lowercase words that may follow a bare year ("en 2023 le volume…", "2024 et 2025", "2023 году").
/// A bare four-digit number followed by another lowercase word ("2000 soldats") is a count.
pub static YEAR_FOLLOWERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| words_of("year_follower"));

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of every calendar file is of a known kind with well-formed values (the loader
    /// reads a malformed number as 0 rather than failing at run time).
    #[test]
    fn every_calendar_line_is_well_formed() {
        let number = |v: Option<&&str>| v.is_some_and(|v| v.parse::<i32>().is_ok());
        for e in ENTRIES.iter() {
            let v = &e.values;
            let ok = match e.kind {
                "month" | "abbreviation" | "month_adjective" => {
                    number(v.first()) && (1..=12).contains(&num::<u8>(e, 0))
                }
                "weekday" => (1..=7).contains(&num::<u8>(e, 0)),
                "season" => {
                    number(v.first())
                        && num::<u8>(e, 0) < 4
                        && v.get(1).is_none_or(|a| *a == "ambiguous")
                }
                "part" => {
                    matches!(v.first().copied(), Some("early" | "mid" | "late"))
                        && v.get(1).is_none_or(|n| matches!(*n, "hyphen" | "of"))
                }
                "unit" => unit_named(v.first()).is_some(),
                "count" => v.first() == Some(&"few") || number(v.first()),
                "day_ordinal" => number(v.first()) && (1..=31).contains(&num::<u8>(e, 0)),
                "year_part" => {
                    number(v.first()) && number(v.get(1)) && v.get(2).is_none_or(|a| *a == "alone")
                }
                "month_week" => {
                    v.first() == Some(&"last")
                        || number(v.first()) && (1..=4).contains(&num::<u8>(e, 0))
                }
                "relative" => {
                    unit_named(v.get(1)).is_some()
                        && match v.first().copied() {
                            Some("offset" | "chained") => number(v.get(2)) && v.len() == 3,
                            Some("span") => number(v.get(2)) && number(v.get(3)) && v.len() == 4,
                            Some("earlier" | "later") => v.len() == 2,
                            _ => false,
                        }
                }
                "future"
                | "past"
                | "auxiliary"
                | "not_future"
                | "number_label"
                | "year_follower"
                | "point_opener"
                | "range_opener"
                | "range_to"
                | "inclusive"
                | "bare_day_follower"
                | "day_list"
                | "ordinal_suffix"
                | "year_ordinal"
                | "day_part"
                | "past_modifier"
                | "future_modifier"
                | "subordinator"
                | "article"
                | "date_article"
                | "of"
                | "determiner"
                | "this_year"
                | "decade_suffix"
                | "decade_noun"
                | "day_noun"
                | "done_at"
                | "conjunction"
                | "future_ending"
                | "imperfect_ending"
                | "conditional_ending"
                | "participle_ending"
                | "past_participle_ending"
                | "phrase_participle_ending"
                | "not_participle"
                | "future_auxiliary"
                | "after_auxiliary"
                | "initial_verb"
                | "past_before"
                | "future_before"
                | "this_before"
                | "in_future"
                | "ago_before"
                | "ago_after"
                | "indefinite"
                | "alternative"
                | "bare_day_article"
                | "hour_mark"
                | "time_cue"
                | "dashed_ordinal"
                | "first_ordinal"
                | "this_year_abbreviation"
                | "day_of"
                | "complement"
                | "distal"
                | "genitive_ending"
                | "nominative_ending"
                | "past_form"
                | "month_noun"
                | "adjective_ending" => v.is_empty(),
                "year_noun" => v.is_empty() || v[..] == ["abbreviation"],
                "weekend" => v.is_empty() || v[..] == ["determined"],
                "past_ending" => number(v.first()) && v.len() == 1,
                "meridiem" => matches!(v[..], ["am"] | ["pm"]),
                "chained_after" => matches!(v[..], ["-1" | "1"] | ["-1" | "1", "alone"]),
                "skipped" => v.iter().all(|f| matches!(*f, "year" | "time" | "month")),
                _ => false,
            };
            assert!(ok, "calendar entry {} {:?} {:?}", e.kind, e.word, e.values);
            assert_eq!(
                e.word,
                e.word.to_lowercase(),
                "calendar words are lowercase"
            );
        }
        assert_eq!(month("décembre").map(|m| m.month), Some(12));
        assert_eq!(month("sept").map(|m| m.lang), Some(FR | EN));
        assert_eq!(month("сентябре").map(|m| (m.month, m.lang)), Some((9, RU)));
        assert_eq!(weekday("вторник"), Some((2, RU)));
        assert_eq!(
            month("майском").map(|m| (m.month, m.adjective)),
            Some((5, true))
        );
        assert!(RELATIVE.iter().any(|&(p, l, r)| p == "aujourd hui"
            && l == FR
            && r == Relative::Offset(Unit::Day, 0)));
    }
}
