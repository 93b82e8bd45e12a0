//! Lines of page furniture that sit inside the main content: the words are the only clue left
//! when the markup says nothing (a `<p>` holding "Advertisement", "By Jane Doe", "More:",
//! "Subscribe to our newsletter").
//!
//! Every rule looks at one short block, never at a paragraph of prose, and matches words that
//! publishers use across sites (English first, then French, Russian, German and Spanish where the
//! shape is the same). Matching is ASCII case-insensitive on the start of the line.

use super::DropReason;

/// Blocks longer than this are never furniture.
const MAX_LEN: usize = 300;

/// What a short block of the content is, if it is furniture. `dated` tells whether the page
/// states its publication date in its metadata: a line that only restates a date is then
/// furniture, else it is the page's only dateline and stays.
pub(super) fn classify(text: &str, dated: bool) -> Option<DropReason> {
    if text.len() > MAX_LEN {
        return None;
    }
    let line = text.trim_matches(|c: char| c.is_whitespace() || c == '|');
    if line.is_empty() {
        return None;
    }
    if line.len() <= 40
        && line
            .chars()
            .all(|c| c.is_whitespace() || "_-=*~.–—•·…".contains(c))
    {
        // A rule of underscores, dashes or stars.
        return Some(DropReason::Boilerplate);
    }
    // One lowercase copy; every rule below compares lowercase words to it.
    let lower = line.to_lowercase();
    let bare = lower.trim_end_matches([':', '.', '!', '…', ' ', '»', '›', '>', '-', '–', '—']);
    let starts = |list: &'static [&'static str]| list.iter().find(|p| lower.starts_with(**p));
    let has = |list: &[&str]| list.iter().any(|p| lower.contains(*p));
    let sentence = line.ends_with(['.', '?', '!']);
    let words = || line.split_whitespace().count();
    if AD_LABELS.contains(&bare) {
        return Some(DropReason::Ad);
    }
    if starts(RELATED_HEADS).is_some() && !sentence && words() <= 8 {
        return Some(DropReason::Related);
    }
    // "By Jane Doe", "Par Jean Dupont", "SOURCE: News agencies".
    if line.len() <= 100
        && !sentence
        && let Some(by) = starts(BY)
        && line
            .get(by.len()..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return Some(DropReason::Byline);
    }
    if dated && line.len() <= 90 && is_dateline(&lower, words, sentence) {
        return Some(DropReason::Byline);
    }
    if line.len() > 220 {
        return None;
    }
    // The phrases below all hold one of these words: most lines are passed over on them.
    if lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| TRIGGERS.contains(&w))
    {
        if has(CONTRIBUTORS) {
            return Some(DropReason::Byline);
        }
        if has(CALLS) {
            return Some(DropReason::Subscribe);
        }
        if has(DISCLOSURES) {
            return Some(DropReason::Ad);
        }
        if line.len() <= 60 && has(READING_TIME) {
            return Some(DropReason::Byline);
        }
    }
    if (lower.contains("http") || lower.contains("www.") || lower.contains('@'))
        && is_address_line(line)
    {
        return Some(DropReason::Boilerplate);
    }
    None
}

/// A word of each phrase of [`CONTRIBUTORS`], [`CALLS`], [`DISCLOSURES`] and [`READING_TIME`]
/// (a test checks).
const TRIGGERS: &[&str] = &[
    "abonnez-vous",
    "affiliate",
    "click",
    "commission",
    "contributed",
    "follow",
    "inbox",
    "inscrivez-vous",
    "join",
    "lectura",
    "lecture",
    "leitura",
    "lesezeit",
    "newsletter",
    "read",
    "reach",
    "reached",
    "reading",
    "sale",
    "sign",
    "subscribe",
    "подпишитесь",
    "подписывайтесь",
    "чтения",
];

/// Whole lines that label an advertisement slot.
const AD_LABELS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertisements",
    "anzeige",
    "publicidad",
    "publicité",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "continue reading the main story",
    "scroll to continue with content",
    "реклама",
];

/// Starts of the heading of a list of other articles.
const RELATED_HEADS: &[&str] = &[
    "also read",
    "also see",
    "more:",
    "more from ",
    "more great ",
    "more on ",
    "more stories",
    "most popular",
    "most read",
    "popular on ",
    "read also",
    "read more:",
    "recommended for you",
    "related articles",
    "related content",
    "related coverage",
    "related news",
    "related post",
    "related stories",
    "related:",
    "see also",
    "trending",
    "you may also like",
    "you might also like",
    "à lire aussi",
    "lire aussi",
    "voir aussi",
    "читайте также",
    "смотрите также",
];

/// Starts of an author or source line, followed by a capital or a digit.
const BY: &[&str] = &[
    "by ",
    "par ",
    "von ",
    "por ",
    "written by ",
    "posted by ",
    "source: ",
    "sources: ",
];

/// Credit lines of a wire story.
const CONTRIBUTORS: &[&str] = &["contributed to this report", "contributed reporting"];

/// Phrases of calls to subscribe, follow or sign up.
const CALLS: &[&str] = &[
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe now",
    "in your inbox",
    "meet your inbox",
    "our newsletter",
    "join our",
    "follow us on",
    "follow him on",
    "follow her on",
    "follow them on",
    "follow me on",
    "be reached at",
    "reach the reporter",
    "click here",
    "abonnez-vous",
    "inscrivez-vous",
    "подпишитесь",
    "подписывайтесь",
];

/// Affiliate and sponsorship notices.
const DISCLOSURES: &[&str] = &[
    "affiliate commission",
    "affiliate link",
    "earn a commission",
    "may receive a commission",
    "a share of the sale",
];

/// "5 min read", "Reading time: 3 minutes".
const READING_TIME: &[&str] = &[
    "min read",
    "minute read",
    "minutes read",
    "reading time",
    "temps de lecture",
    "tempo de leitura",
    "tiempo de lectura",
    "lesezeit",
    "время чтения",
];

/// Words that open a line stamping a date: "Published 11:34 PM EST Nov 19, 2019".
const STAMPS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "first published",
    "last updated",
    "publié",
    "mis à jour",
    "опубликовано",
    "обновлено",
];

/// Month and weekday names, their first three letters.
const DATE_NAMES: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun", "fév", "avr", "mai", "jui", "aoû", "déc", "lun",
    "mer", "jeu", "ven", "sam", "dim", "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг",
    "сен", "окт", "ноя", "дек",
];

/// A line that holds a date or a time and little else: "Published 11:34 PM EST Nov 19, 2019",
/// "Updated Nov 19, 9:41 AM", "Nov. 19, 2019, 8:41 AM UTC". `lower` is lowercase.
fn is_dateline(lower: &str, words: impl Fn() -> usize, sentence: bool) -> bool {
    let bytes = lower.as_bytes();
    let has_year = bytes.windows(4).any(|w| {
        (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
    });
    let has_time = bytes.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    if !has_year && !has_time {
        return false;
    }
    let like_date = lower.starts_with(|c: char| c.is_ascii_digit())
        || DATE_NAMES.iter().any(|n| lower.starts_with(n));
    STAMPS.iter().any(|s| lower.starts_with(s)) || (like_date && !sentence && words() <= 7)
}

/// A line that is mostly web or mail addresses: "paul.takahashi@chron.com",
/// "Listen: http://po.st/TP_615".
fn is_address_line(text: &str) -> bool {
    text.lines().all(|line| {
        let (mut words, mut addresses) = (0, 0);
        for w in line.split_whitespace() {
            words += 1;
            if w.starts_with("http://")
                || w.starts_with("https://")
                || w.starts_with("www.")
                || (w.contains('@') && w.contains('.') && !w.starts_with('@'))
                || w.contains(".com/")
            {
                addresses += 1;
            }
        }
        words == 0 || (addresses > 0 && words <= addresses + 2)
    })
}

/// Whether a line states a calendar date: a month name next to a day or a year ("June 17,
/// 2020", "26 novembre 2020", "5 мая 2023"), or a numeric date ("17.06.2020", "2020-06-17").
pub(super) fn states_date(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let day_or_year = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            && match w.len() {
                1 | 2 => w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)),
                4 => w.starts_with("19") || w.starts_with("20"),
                _ => false,
            }
    };
    // A month after a day ("26 novembre"), or before a day or a year ("June 17", "March 2020").
    let by_name = words.iter().enumerate().any(|(i, w)| {
        chancery_lexicon::calendar::month(w).is_some()
            && (words.get(i + 1).is_some_and(|n| day_or_year(n))
                || i.checked_sub(1)
                    .and_then(|j| words.get(j))
                    .is_some_and(|n| n.len() <= 2 && day_or_year(n)))
    });
    by_name
        || text
            .split(|c: char| !c.is_ascii_digit() && !matches!(c, '.' | '/' | '-'))
            .any(|t| {
                let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
                parts.len() == 3
                    && parts.iter().all(|p| !p.is_empty() && p.len() <= 4)
                    && (parts[0].len() == 4 || parts[2].len() == 4)
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        let cases: &[(&str, Option<DropReason>)] = &[
            ("Advertisement", Some(DropReason::Ad)),
            ("ADVERTISEMENT", Some(DropReason::Ad)),
            ("Publicité", Some(DropReason::Ad)),
            ("______________", Some(DropReason::Boilerplate)),
            ("More:", Some(DropReason::Related)),
            ("You may also like:", Some(DropReason::Related)),
            ("Читайте также", Some(DropReason::Related)),
            ("By Phil Helsel", Some(DropReason::Byline)),
            (
                "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
                Some(DropReason::Byline),
            ),
            ("SOURCE: Al Jazeera News", Some(DropReason::Byline)),
            (
                "Published 11:34 PM EST Nov 19, 2019",
                Some(DropReason::Byline),
            ),
            ("Nov. 19, 2019, 8:41 AM UTC", Some(DropReason::Byline)),
            (
                "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
                Some(DropReason::Subscribe),
            ),
            ("By the end of the day, the talks had failed.", None),
            ("More than 40 people were killed on Tuesday.", None),
            (
                "The ministry said on 19 November 2019 that talks would resume.",
                None,
            ),
            ("Ad hoc committee", None),
        ];
        for &(line, want) in cases {
            assert_eq!(classify(line, true), want, "{line}");
        }
        assert_eq!(classify("26 novembre 2020 14:26", false), None);
    }

    #[test]
    fn dates_stated() {
        for dated in [
            "Regular Press Conference on June 17, 2020",
            "Déclaration, 26 novembre 2020",
            "Заявление от 5 мая 2023 года",
            "Communiqué du 17.06.2020",
            "Statement 2020-06-17",
        ] {
            assert!(states_date(dated), "{dated}");
        }
        for undated in [
            "Chelsea activate £71.6m release clause",
            "2020 Mini JCW GP is a 300HP monster hatch",
            "Trump may fire 3 officials",
            "Score 3-1 in extra time",
        ] {
            assert!(!states_date(undated), "{undated}");
        }
    }

    #[test]
    fn every_phrase_holds_a_trigger_word() {
        for list in [CONTRIBUTORS, CALLS, DISCLOSURES, READING_TIME] {
            for phrase in list {
                assert!(
                    phrase
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .any(|w| TRIGGERS.contains(&w)),
                    "{phrase}"
                );
            }
        }
    }
}
