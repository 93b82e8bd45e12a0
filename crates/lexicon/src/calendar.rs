//! Calendar words in French, English and Russian: months (every Russian case form), weekdays,
//! seasons, parts of a period ("fin", "early", "в конце"), duration units, counting words,
//! fixed relative phrases ("hier", "last week", "в прошлом году") and tense markers.
//!
//! Every word is lowercase. Language masks ([`FR`], [`EN`], [`RU`]) say which languages a word
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
}

/// A part of a month or year: "début", "mi-", "fin"; "early", "mid", "late"; "в начале", "в конце".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const FR_MONTHS_PLAIN: [(&str, u8); 3] = [("fevrier", 2), ("aout", 8), ("decembre", 12)];
const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviations: accepted only next to a day number (and, for French and Russian, before a dot).
const ABBREVIATIONS: [(&str, u8, u8); 33] = [
    ("janv", 1, FR),
    ("févr", 2, FR),
    ("fevr", 2, FR),
    ("fév", 2, FR),
    ("avr", 4, FR),
    ("juil", 7, FR),
    ("sept", 9, FR | EN),
    ("oct", 10, FR | EN),
    ("nov", 11, FR | EN),
    ("déc", 12, FR),
    ("dec", 12, FR | EN),
    ("jan", 1, EN),
    ("feb", 2, EN),
    ("mar", 3, EN),
    ("apr", 4, EN),
    ("jun", 6, EN),
    ("jul", 7, EN),
    ("aug", 8, EN),
    ("sep", 9, EN),
    ("янв", 1, RU),
    ("фев", 2, RU),
    ("февр", 2, RU),
    ("мар", 3, RU),
    ("апр", 4, RU),
    ("июн", 6, RU),
    ("июл", 7, RU),
    ("авг", 8, RU),
    ("сен", 9, RU),
    ("сент", 9, RU),
    ("окт", 10, RU),
    ("ноя", 11, RU),
    ("нояб", 11, RU),
    ("дек", 12, RU),
];

/// Russian month stems: soft ones take -ь/-я/-е/-ём/-ем/-ю, hard ones ""/-а/-е/-ом/-у.
const RU_SOFT: [(&str, u8); 9] = [
    ("январ", 1),
    ("феврал", 2),
    ("апрел", 4),
    ("июн", 6),
    ("июл", 7),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
];
const RU_HARD: [(&str, u8); 2] = [("март", 3), ("август", 8)];
const RU_MAY: [&str; 5] = ["май", "мая", "мае", "маем", "маю"];

/// A month name: `(month, language mask, abbreviation?)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthName {
    pub month: u8,
    pub lang: u8,
    pub abbreviation: bool,
}

static MONTHS: LazyLock<HashMap<String, MonthName>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let full = |m: usize, lang| MonthName {
        month: m as u8 + 1,
        lang,
        abbreviation: false,
    };
    for (i, w) in FR_MONTHS.iter().enumerate() {
        map.insert((*w).to_owned(), full(i, FR));
    }
    for (w, m) in FR_MONTHS_PLAIN {
        map.insert(
            w.to_owned(),
            MonthName {
                month: m,
                lang: FR,
                abbreviation: false,
            },
        );
    }
    for (i, w) in EN_MONTHS.iter().enumerate() {
        map.insert((*w).to_owned(), full(i, EN));
    }
    for (stem, m) in RU_SOFT {
        for end in ["ь", "я", "е", "ём", "ем", "ю"] {
            map.insert(
                format!("{stem}{end}"),
                MonthName {
                    month: m,
                    lang: RU,
                    abbreviation: false,
                },
            );
        }
    }
    for (stem, m) in RU_HARD {
        for end in ["", "а", "е", "ом", "у"] {
            map.insert(
                format!("{stem}{end}"),
                MonthName {
                    month: m,
                    lang: RU,
                    abbreviation: false,
                },
            );
        }
    }
    for w in RU_MAY {
        map.insert(
            w.to_owned(),
            MonthName {
                month: 5,
                lang: RU,
                abbreviation: false,
            },
        );
    }
    for (w, m, lang) in ABBREVIATIONS {
        map.entry(w.to_owned()).or_insert(MonthName {
            month: m,
            lang,
            abbreviation: true,
        });
    }
    map
});

/// Every month word with its reading, in no particular order.
pub fn months() -> impl Iterator<Item = (&'static str, MonthName)> {
    MONTHS.iter().map(|(w, m)| (w.as_str(), *m))
}

/// The month a lowercase word names, in any case form.
pub fn month(word: &str) -> Option<MonthName> {
    MONTHS.get(word).copied()
}

/// Weekdays, ISO numbered (Monday = 1), with their language.
pub const WEEKDAYS: [(&str, u8, u8); 83] = [
    ("lundi", 1, FR),
    ("mardi", 2, FR),
    ("mercredi", 3, FR),
    ("jeudi", 4, FR),
    ("vendredi", 5, FR),
    ("samedi", 6, FR),
    ("dimanche", 7, FR),
    ("monday", 1, EN),
    ("tuesday", 2, EN),
    ("wednesday", 3, EN),
    ("thursday", 4, EN),
    ("friday", 5, EN),
    ("saturday", 6, EN),
    ("sunday", 7, EN),
    ("понедельник", 1, RU),
    ("понедельника", 1, RU),
    ("вторник", 2, RU),
    ("вторника", 2, RU),
    ("среда", 3, RU),
    ("среду", 3, RU),
    ("среды", 3, RU),
    ("четверг", 4, RU),
    ("четверга", 4, RU),
    ("пятница", 5, RU),
    ("пятницу", 5, RU),
    ("пятницы", 5, RU),
    ("суббота", 6, RU),
    ("субботу", 6, RU),
    ("субботы", 6, RU),
    ("воскресенье", 7, RU),
    ("воскресенья", 7, RU),
    ("понедельнике", 1, RU),
    ("вторнике", 2, RU),
    ("четверге", 4, RU),
    ("среде", 3, RU),
    // Adjectives of a weekday name its day too: "субботних пусков", "воскресные выборы".
    ("субботний", 6, RU),
    ("субботнего", 6, RU),
    ("субботнему", 6, RU),
    ("субботним", 6, RU),
    ("субботнем", 6, RU),
    ("субботняя", 6, RU),
    ("субботней", 6, RU),
    ("субботнюю", 6, RU),
    ("субботнее", 6, RU),
    ("субботние", 6, RU),
    ("субботних", 6, RU),
    ("субботними", 6, RU),
    ("воскресный", 7, RU),
    ("воскресного", 7, RU),
    ("воскресному", 7, RU),
    ("воскресным", 7, RU),
    ("воскресном", 7, RU),
    ("воскресная", 7, RU),
    ("воскресной", 7, RU),
    ("воскресную", 7, RU),
    ("воскресное", 7, RU),
    ("воскресные", 7, RU),
    ("воскресных", 7, RU),
    ("воскресными", 7, RU),
    ("пятничный", 5, RU),
    ("пятничного", 5, RU),
    ("пятничному", 5, RU),
    ("пятничным", 5, RU),
    ("пятничном", 5, RU),
    ("пятничная", 5, RU),
    ("пятничной", 5, RU),
    ("пятничную", 5, RU),
    ("пятничное", 5, RU),
    ("пятничные", 5, RU),
    ("пятничных", 5, RU),
    ("пятничными", 5, RU),
    ("четверговый", 4, RU),
    ("четвергового", 4, RU),
    ("четверговому", 4, RU),
    ("четверговым", 4, RU),
    ("четверговом", 4, RU),
    ("четверговая", 4, RU),
    ("четверговой", 4, RU),
    ("четверговую", 4, RU),
    ("четверговое", 4, RU),
    ("четверговые", 4, RU),
    ("четверговых", 4, RU),
    ("четверговыми", 4, RU),
];

/// The ISO weekday (Monday = 1) and language of a lowercase weekday name.
pub fn weekday(word: &str) -> Option<(u8, u8)> {
    WEEKDAYS
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, d, l)| (d, l))
}

/// Seasons: 0 spring, 1 summer, 2 autumn, 3 winter. `ambiguous` words ("été" is also "been",
/// "fall" and "spring" are verbs) need a year or a determiner next to them.
pub const SEASONS: [(&str, u8, u8, bool); 25] = [
    ("printemps", 0, FR, false),
    ("été", 1, FR, true),
    ("automne", 2, FR, false),
    ("hiver", 3, FR, false),
    ("spring", 0, EN, true),
    ("summer", 1, EN, false),
    ("autumn", 2, EN, false),
    ("fall", 2, EN, true),
    ("winter", 3, EN, false),
    ("весна", 0, RU, false),
    ("весны", 0, RU, false),
    ("весной", 0, RU, false),
    ("весну", 0, RU, false),
    ("лето", 1, RU, false),
    ("лета", 1, RU, true),
    ("летом", 1, RU, false),
    ("осень", 2, RU, false),
    ("осени", 2, RU, false),
    ("осенью", 2, RU, false),
    ("зима", 3, RU, false),
    ("зимы", 3, RU, false),
    ("зимой", 3, RU, false),
    ("зиму", 3, RU, false),
    ("весне", 0, RU, false),
    ("зиме", 3, RU, false),
];

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

pub const PARTS: [(&str, Part); 16] = [
    ("début", Part::Early),
    ("debut", Part::Early),
    ("mi", Part::Mid),
    ("fin", Part::Late),
    ("early", Part::Early),
    ("mid", Part::Mid),
    ("late", Part::Late),
    ("начале", Part::Early),
    ("начала", Part::Early),
    ("середине", Part::Mid),
    ("середины", Part::Mid),
    ("конце", Part::Late),
    ("конца", Part::Late),
    ("beginning", Part::Early),
    ("middle", Part::Mid),
    ("end", Part::Late),
];

/// The part of a period a lowercase word names ("fin", "early", "конце").
pub fn part(word: &str) -> Option<Part> {
    PARTS.iter().find(|(w, _)| *w == word).map(|&(_, p)| p)
}

pub const UNITS: [(&str, Unit); 40] = [
    ("jour", Unit::Day),
    ("jours", Unit::Day),
    ("semaine", Unit::Week),
    ("semaines", Unit::Week),
    ("mois", Unit::Month),
    ("an", Unit::Year),
    ("ans", Unit::Year),
    ("année", Unit::Year),
    ("années", Unit::Year),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("день", Unit::Day),
    ("дня", Unit::Day),
    ("дней", Unit::Day),
    ("сутки", Unit::Day),
    ("суток", Unit::Day),
    ("неделю", Unit::Week),
    ("недели", Unit::Week),
    ("недель", Unit::Week),
    ("неделя", Unit::Week),
    ("месяц", Unit::Month),
    ("месяца", Unit::Month),
    ("месяцев", Unit::Month),
    ("год", Unit::Year),
    ("года", Unit::Year),
    ("лет", Unit::Year),
    ("годы", Unit::Year),
    ("jours-ci", Unit::Day),
    ("journée", Unit::Day),
    ("journées", Unit::Day),
    ("semaine-ci", Unit::Week),
    ("annee", Unit::Year),
    ("annees", Unit::Year),
    ("mois-ci", Unit::Month),
];

/// The duration unit a lowercase word names ("jours", "weeks", "лет").
pub fn unit(word: &str) -> Option<Unit> {
    UNITS.iter().find(|(w, _)| *w == word).map(|&(_, u)| u)
}

/// How many: an exact count, or `None` for a vague "few" (quelques, plusieurs, several, несколько).
pub const COUNTS: [(&str, Option<u8>); 71] = [
    ("un", Some(1)),
    ("une", Some(1)),
    ("deux", Some(2)),
    ("trois", Some(3)),
    ("quatre", Some(4)),
    ("cinq", Some(5)),
    ("six", Some(6)),
    ("sept", Some(7)),
    ("huit", Some(8)),
    ("neuf", Some(9)),
    ("dix", Some(10)),
    ("onze", Some(11)),
    ("douze", Some(12)),
    ("quinze", Some(15)),
    ("vingt", Some(20)),
    ("trente", Some(30)),
    ("quarante", Some(40)),
    ("cinquante", Some(50)),
    ("soixante", Some(60)),
    ("cent", Some(100)),
    ("quelques", None),
    ("plusieurs", None),
    ("one", Some(1)),
    ("two", Some(2)),
    ("three", Some(3)),
    ("four", Some(4)),
    ("five", Some(5)),
    ("six", Some(6)),
    ("seven", Some(7)),
    ("eight", Some(8)),
    ("nine", Some(9)),
    ("ten", Some(10)),
    ("eleven", Some(11)),
    ("twelve", Some(12)),
    ("fifteen", Some(15)),
    ("twenty", Some(20)),
    ("thirty", Some(30)),
    ("forty", Some(40)),
    ("fifty", Some(50)),
    ("sixty", Some(60)),
    ("seventy", Some(70)),
    ("eighty", Some(80)),
    ("ninety", Some(90)),
    ("hundred", Some(100)),
    ("few", None),
    ("several", None),
    ("один", Some(1)),
    ("одну", Some(1)),
    ("два", Some(2)),
    ("две", Some(2)),
    ("три", Some(3)),
    ("четыре", Some(4)),
    ("пять", Some(5)),
    ("шесть", Some(6)),
    ("семь", Some(7)),
    ("восемь", Some(8)),
    ("девять", Some(9)),
    ("десять", Some(10)),
    ("одиннадцать", Some(11)),
    ("двенадцать", Some(12)),
    ("пятнадцать", Some(15)),
    ("двадцать", Some(20)),
    ("тридцать", Some(30)),
    ("сорок", Some(40)),
    ("пятьдесят", Some(50)),
    ("шестьдесят", Some(60)),
    ("семьдесят", Some(70)),
    ("восемьдесят", Some(80)),
    ("девяносто", Some(90)),
    ("сто", Some(100)),
    ("несколько", None),
];

/// A counting word: `Some(Some(n))` for "deux", `Some(None)` for a vague "quelques".
pub fn count(word: &str) -> Option<Option<u8>> {
    COUNTS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// Parts of a year named by an ordinal and a unit, words separated by single spaces, with the
/// first and last month they cover: "the first half of 2019", "au premier semestre 2020",
/// "во втором полугодии прошлого года".
pub const YEAR_PARTS: &[(&str, u8, u8, u8)] = &[
    ("first half", EN, 1, 6),
    ("second half", EN, 7, 12),
    ("first six months", EN, 1, 6),
    ("last six months", EN, 7, 12),
    ("first quarter", EN, 1, 3),
    ("second quarter", EN, 4, 6),
    ("third quarter", EN, 7, 9),
    ("fourth quarter", EN, 10, 12),
    ("premier semestre", FR, 1, 6),
    ("second semestre", FR, 7, 12),
    ("deuxième semestre", FR, 7, 12),
    ("premier trimestre", FR, 1, 3),
    ("deuxième trimestre", FR, 4, 6),
    ("second trimestre", FR, 4, 6),
    ("troisième trimestre", FR, 7, 9),
    ("quatrième trimestre", FR, 10, 12),
    ("première moitié", FR, 1, 6),
    ("seconde moitié", FR, 7, 12),
    ("deuxième moitié", FR, 7, 12),
    ("первом полугодии", RU, 1, 6),
    ("первое полугодие", RU, 1, 6),
    ("первого полугодия", RU, 1, 6),
    ("втором полугодии", RU, 7, 12),
    ("второе полугодие", RU, 7, 12),
    ("второго полугодия", RU, 7, 12),
    ("первой половине", RU, 1, 6),
    ("первой половины", RU, 1, 6),
    ("второй половине", RU, 7, 12),
    ("второй половины", RU, 7, 12),
    ("первом квартале", RU, 1, 3),
    ("первый квартал", RU, 1, 3),
    ("первого квартала", RU, 1, 3),
    ("втором квартале", RU, 4, 6),
    ("второй квартал", RU, 4, 6),
    ("второго квартала", RU, 4, 6),
    ("третьем квартале", RU, 7, 9),
    ("третий квартал", RU, 7, 9),
    ("третьего квартала", RU, 7, 9),
    ("четвертом квартале", RU, 10, 12),
    ("четвёртом квартале", RU, 10, 12),
    ("четвертый квартал", RU, 10, 12),
    ("четвёртый квартал", RU, 10, 12),
    ("четвертого квартала", RU, 10, 12),
    ("четвёртого квартала", RU, 10, 12),
];

/// Fixed relative phrases, words separated by single spaces (apostrophes and hyphens in the text
/// count as spaces: "aujourd'hui" is "aujourd hui").
pub const RELATIVE: &[(&str, u8, Relative)] = {
    use Relative::{Offset as O, Span as S};
    use Unit::{Day as D, Month as M, Week as W, Year as Y};
    &[
        ("aujourd hui", FR, O(D, 0)),
        ("ce matin", FR, O(D, 0)),
        ("ce soir", FR, O(D, 0)),
        ("cet après midi", FR, O(D, 0)),
        ("hier", FR, O(D, -1)),
        ("hier soir", FR, O(D, -1)),
        ("hier matin", FR, O(D, -1)),
        ("avant hier", FR, O(D, -2)),
        ("demain", FR, O(D, 1)),
        ("demain matin", FR, O(D, 1)),
        ("après demain", FR, O(D, 2)),
        ("cette semaine", FR, O(W, 0)),
        ("semaine dernière", FR, O(W, -1)),
        ("semaine passée", FR, O(W, -1)),
        ("semaine prochaine", FR, O(W, 1)),
        ("ce mois", FR, O(M, 0)),
        ("ce mois ci", FR, O(M, 0)),
        ("mois dernier", FR, O(M, -1)),
        ("mois passé", FR, O(M, -1)),
        ("mois prochain", FR, O(M, 1)),
        ("cette année", FR, O(Y, 0)),
        ("cette année ci", FR, O(Y, 0)),
        ("année dernière", FR, O(Y, -1)),
        ("année passée", FR, O(Y, -1)),
        ("année prochaine", FR, O(Y, 1)),
        ("an dernier", FR, O(Y, -1)),
        ("an passé", FR, O(Y, -1)),
        ("an prochain", FR, O(Y, 1)),
        ("dans quelques jours", FR, S(D, 1, 10)),
        ("dans les prochains jours", FR, S(D, 1, 10)),
        ("dans les jours à venir", FR, S(D, 1, 10)),
        ("dans les jours qui viennent", FR, S(D, 1, 10)),
        ("il y a quelques jours", FR, S(D, -10, -1)),
        ("ces derniers jours", FR, S(D, -10, 0)),
        ("dans quelques semaines", FR, S(D, 7, 56)),
        ("dans les prochaines semaines", FR, S(D, 7, 56)),
        ("il y a quelques semaines", FR, S(D, -56, -7)),
        ("dans quelques mois", FR, S(M, 1, 6)),
        ("dans les prochains mois", FR, S(M, 1, 6)),
        ("il y a quelques mois", FR, S(M, -6, -1)),
        ("today", EN, O(D, 0)),
        ("tonight", EN, O(D, 0)),
        ("this morning", EN, O(D, 0)),
        ("this afternoon", EN, O(D, 0)),
        ("this evening", EN, O(D, 0)),
        ("yesterday", EN, O(D, -1)),
        ("the day before yesterday", EN, O(D, -2)),
        ("tomorrow", EN, O(D, 1)),
        ("the day after tomorrow", EN, O(D, 2)),
        ("this week", EN, O(W, 0)),
        ("last week", EN, O(W, -1)),
        ("next week", EN, O(W, 1)),
        ("this month", EN, O(M, 0)),
        ("last month", EN, O(M, -1)),
        ("next month", EN, O(M, 1)),
        ("this year", EN, O(Y, 0)),
        ("last year", EN, O(Y, -1)),
        ("next year", EN, O(Y, 1)),
        ("in a few days", EN, S(D, 1, 10)),
        ("in the coming days", EN, S(D, 1, 10)),
        ("in the next few days", EN, S(D, 1, 10)),
        ("in the days ahead", EN, S(D, 1, 10)),
        ("a few days ago", EN, S(D, -10, -1)),
        ("in a few weeks", EN, S(D, 7, 56)),
        ("in the coming weeks", EN, S(D, 7, 56)),
        ("a few weeks ago", EN, S(D, -56, -7)),
        ("in the coming months", EN, S(M, 1, 6)),
        ("in a few months", EN, S(M, 1, 6)),
        ("a few months ago", EN, S(M, -6, -1)),
        ("сегодня", RU, O(D, 0)),
        ("сегодня вечером", RU, O(D, 0)),
        ("сегодня утром", RU, O(D, 0)),
        ("вчера", RU, O(D, -1)),
        ("позавчера", RU, O(D, -2)),
        ("завтра", RU, O(D, 1)),
        ("послезавтра", RU, O(D, 2)),
        ("этой неделе", RU, O(W, 0)),
        ("этой недели", RU, O(W, 0)),
        ("прошлой недели", RU, O(W, -1)),
        ("следующей недели", RU, O(W, 1)),
        ("прошлой неделе", RU, O(W, -1)),
        ("следующей неделе", RU, O(W, 1)),
        ("будущей неделе", RU, O(W, 1)),
        ("этом месяце", RU, O(M, 0)),
        ("прошлом месяце", RU, O(M, -1)),
        ("следующем месяце", RU, O(M, 1)),
        ("этом году", RU, O(Y, 0)),
        ("текущем году", RU, O(Y, 0)),
        ("этого года", RU, O(Y, 0)),
        ("текущего года", RU, O(Y, 0)),
        ("сего года", RU, O(Y, 0)),
        ("прошлом году", RU, O(Y, -1)),
        ("прошлого года", RU, O(Y, -1)),
        ("минувшем году", RU, O(Y, -1)),
        ("следующем году", RU, O(Y, 1)),
        ("следующего года", RU, O(Y, 1)),
        ("будущем году", RU, O(Y, 1)),
        ("через несколько дней", RU, S(D, 1, 10)),
        ("ближайшие дни", RU, S(D, 1, 10)),
        ("несколько дней назад", RU, S(D, -10, -1)),
        ("через несколько недель", RU, S(D, 7, 56)),
        ("несколько недель назад", RU, S(D, -56, -7)),
        ("через несколько месяцев", RU, S(M, 1, 6)),
        ("ближайшие месяцы", RU, S(M, 1, 6)),
        ("несколько месяцев назад", RU, S(M, -6, -1)),
    ]
};

/// Words that put a clause in the future whatever their form ("prévu", "will", "будет").
pub const FUTURE_WORDS: &[&str] = &[
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "programmé",
    "programmée",
    "programmés",
    "programmées",
    "planifié",
    "planifiée",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "bientôt",
    "va",
    "vont",
    "allons",
    "allez",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "venir",
    "will",
    "shall",
    "ll",
    "scheduled",
    "upcoming",
    "next",
    "planned",
    "due",
    "going",
    "будет",
    "будут",
    "будем",
    "буду",
    "состоится",
    "состоятся",
    "пройдет",
    "пройдёт",
    "пройдут",
    "планируется",
    "запланирован",
    "запланирована",
    "запланировано",
    "запланированы",
    "намечен",
    "намечена",
    "намечено",
    "намечены",
    "предстоящий",
    "предстоящей",
    "предстоящем",
    "следующей",
    "следующем",
];

/// Words that put a clause in the past whatever their form ("était", "was", "назад").
pub const PAST_WORDS: &[&str] = &[
    "été",
    "eu",
    "était",
    "étaient",
    "avait",
    "avaient",
    "fut",
    "furent",
    "déjà",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "last",
    "already",
    "назад",
    "был",
    "была",
    "было",
    "были",
    "уже",
    "состоялся",
    "состоялась",
    "состоялось",
    "состоялись",
    "прошлом",
    "прошлой",
    "прошлого",
];

/// French auxiliaries of the passé composé ("a adopté", "sont arrivés").
pub const FR_AUXILIARIES: &[&str] = &[
    "a", "ont", "avons", "avez", "ai", "as", "est", "sont", "sommes", "êtes", "suis", "s",
];

/// Words ending like a French future ("-ra", "-ront") that are not verbs.
pub const FR_NOT_FUTURE: &[&str] = &[
    "front", "fronts", "affront", "affronts", "environs", "marrons", "opéra", "opera", "caméra",
    "camera", "extra", "tiara", "sahara", "mantra", "contra", "cobra", "ultra", "vera", "zebra",
    "zébra", "algèbra", "séra", "ivrai", "vrai", "vrais",
];

/// Words after which a number is a reference, not a year ("n° 2024", "résolution 2020").
pub const NUMBER_LABELS: &[&str] = &[
    "n",
    "no",
    "nº",
    "nr",
    "num",
    "numéro",
    "numero",
    "number",
    "article",
    "art",
    "résolution",
    "resolution",
    "page",
    "p",
    "pp",
    "tome",
    "vol",
    "volume",
    "chapitre",
    "chapter",
    "номер",
    "статья",
    "статьи",
    "резолюция",
    "резолюции",
    "code",
    "dossier",
    "réf",
    "ref",
    "lot",
    "flight",
    "bus",
    "route",
    "km",
    "pièce",
];

/// Lowercase words that may follow a bare year ("en 2023 le volume…", "2024 et 2025", "2023 году").
/// A bare four-digit number followed by another lowercase word ("2000 soldats") is a count.
pub const YEAR_FOLLOWERS: &[&str] = &[
    "et",
    "ou",
    "à",
    "au",
    "aux",
    "en",
    "de",
    "des",
    "du",
    "d",
    "le",
    "la",
    "les",
    "l",
    "qui",
    "que",
    "qu",
    "il",
    "elle",
    "on",
    "nous",
    "vous",
    "ils",
    "elles",
    "a",
    "est",
    "était",
    "sera",
    "fut",
    "par",
    "pour",
    "avec",
    "sur",
    "dans",
    "sous",
    "vers",
    "avant",
    "après",
    "depuis",
    "inclus",
    "incluse",
    "compris",
    "déjà",
    "encore",
    "aussi",
    "and",
    "or",
    "the",
    "to",
    "in",
    "of",
    "at",
    "on",
    "by",
    "for",
    "was",
    "is",
    "will",
    "when",
    "with",
    "as",
    "after",
    "before",
    "inclusive",
    "included",
    "и",
    "в",
    "во",
    "на",
    "с",
    "по",
    "до",
    "году",
    "года",
    "год",
    "годом",
    "годах",
    "годов",
    "годы",
    "гг",
    "г",
    "когда",
    "а",
    "но",
    "уже",
    "включительно",
    "je",
    "j",
    "ce",
    "c",
    "cette",
    "cet",
    "ces",
    "mais",
    "où",
    "lors",
    "lorsque",
    "quand",
    "selon",
    "contre",
    "entre",
    "chez",
    "sans",
    "puis",
    "that",
    "this",
    "we",
    "he",
    "she",
    "it",
    "they",
    "i",
    "but",
    "from",
    "until",
    "since",
    "has",
    "have",
    "had",
    "are",
    "were",
    "это",
    "этот",
    "мы",
    "он",
    "она",
    "они",
    "я",
    "что",
    "как",
    "для",
    "от",
    "из",
    "за",
    "после",
];
