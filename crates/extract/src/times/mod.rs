//! Time expressions in French, English and Russian, resolved against the date of the section
//! they stand in (else the document's).
//!
//! Three steps: [`tokens`] splits the text into words, digit runs and punctuation (URLs and
//! e-mail addresses become opaque tokens), [`grammar`] reads expressions into unresolved values
//! ("3 juin" with no year, "hier" as one day back), and [`resolve`] turns each into a
//! [`TimeValue`] against an anchor date. A year-less day or month takes the anchor's year, moved
//! back or forward by the tense of its clause ([`tense`]).
//!
//! Values keep the precision the text has: "2023", "2023-11", "2024-06-24", "2024-05-23T23:30",
//! a range "2024-07-03/2024-07-04", or with no anchor "--09-14". Vague expressions become ranges
//! that contain the truth ("dans quelques jours" → 1 to 10 days after; "à l'automne 2023" →
//! 2023-09/2023-12; "fin octobre" → the 20th to the 31st). What cannot be resolved keeps the
//! expression with no value ("hier" with no anchor).
//!
//! Spans: see [`grammar`] — they cover the words that determine the value, without a leading
//! article or preposition that adds nothing ("3 juin", not "le 3 juin"; "depuis 1954" kept).

mod grammar;
mod tense;
mod tokens;

use chancery_lexicon::calendar::{Part, Unit};
use chancery_model::date::days_in_month;
use chancery_model::{Document, PartialDate, Span, TimeExpr, TimeValue};

use grammar::{Grammar, P, Policy, Raw};

/// Fills `doc.times`, sorted by position. Each expression is resolved against the innermost
/// dated section that contains it, else the document's publication date.
pub fn extract_times(doc: &mut Document) {
    let found = scan(&doc.text, doc.lang.as_deref());
    // With no date to resolve against, a year-less day or month ("du 30 novembre au 1er
    // décembre") takes the year of the last full date (day, month and year) the text stated
    // before it, as a reader does; a year alone ("depuis 2015") is often background. Before
    // the first full date, the year of that date ("16 ноября в Москве… 20—21 ноября 2017 года").
    let headings = dated_headings(&doc.text, &found, doc.published);
    let mut last_year: Option<i32> = found
        .iter()
        .find_map(|&(_, raw, policy)| stated_year(&resolve(raw, policy, None)?));
    // The last day the text stated, and the sentence it stands in: "la veille" counts from it.
    let mut last_day: Option<(PartialDate, usize)> = None;
    // The last date of any precision, and its sentence: "a year later" counts from "1979".
    let mut last_point: Option<(PartialDate, usize)> = None;
    let sentence_of = |at: usize| doc.sentences.partition_point(|s| s.end <= at);
    let times = found
        .into_iter()
        .map(|(span, raw, policy)| {
            let here = sentence_of(span.start);
            if let Raw::Counted(unit, _) = raw {
                let precise = |p: &PartialDate| match unit {
                    Unit::Day | Unit::Week => p.day.is_some(),
                    Unit::Month => p.month.is_some(),
                    Unit::Year => true,
                };
                let anchor = last_point
                    .filter(|&(p, sentence)| here <= sentence + 1 && precise(&p))
                    .map(|(p, _)| p);
                let value = resolve(raw, policy, anchor);
                if let Some(TimeValue::Point(p)) = value {
                    last_point = Some((p, here));
                }
                return TimeExpr { span, value };
            }
            let chained = last_day
                .filter(|&(_, sentence)| matches!(raw, Raw::Chain(..)) && sentence == here)
                .map(|(day, _)| day);
            // ("next December", "juin dernier" point from the moment of writing, which a year
            // the text stated does not give.)
            let deictic = matches!(policy, Policy::PastStrict | Policy::FutureStrict);
            let anchor = chained
                .or_else(|| section_anchor(doc, span))
                .or_else(|| heading_anchor(&headings, span))
                .or(doc.published)
                .or_else(|| {
                    (matches!(raw, Raw::Pt(_) | Raw::Rg(..)) && !deictic)
                        .then_some(last_year)
                        .flatten()
                        .map(PartialDate::year)
                });
            let value = resolve(raw, policy, anchor);
            if let Some(y) = value.as_ref().and_then(stated_year) {
                last_year = Some(y);
            }
            if let Some(TimeValue::Point(p)) = value
                && p.year.is_some()
            {
                last_point = Some((p, here));
                if p.day.is_some() {
                    last_day = Some((p, here));
                }
            }
            TimeExpr { span, value }
        })
        .collect();
    doc.times = times;
}

/// The year of a full date (a day of a known year, or a range of such days in one year).
fn stated_year(v: &TimeValue) -> Option<i32> {
    match v {
        TimeValue::Point(p) => p.year.filter(|_| p.day.is_some()),
        TimeValue::Range(a, b) => a
            .year
            .filter(|&y| b.year == Some(y) && a.day.is_some() && b.day.is_some()),
    }
}

/// Every time expression in `text`, resolved against one anchor date. `lang` is an ISO 639-1
/// code ("fr", "en", "ru"); with `None` (or another code) the words of all three are used.
pub fn find_times(text: &str, lang: Option<&str>, anchor: Option<PartialDate>) -> Vec<TimeExpr> {
    scan(text, lang)
        .into_iter()
        .map(|(span, raw, policy)| TimeExpr {
            span,
            value: resolve(raw, policy, anchor),
        })
        .collect()
}

/// Paragraph-aligned pieces of this many bytes are scanned one at a time, so that the token
/// buffer of a large document stays small.
const CHUNK: usize = 64 * 1024;

/// Words between a noun and a day that qualifies it ("du" in "la date du 12 juin"):
/// `calendar.tsv` kind `complement`.
static COMPLEMENTS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| chancery_lexicon::calendar::words_of("complement"));

/// Expressions with their spans, unresolved values and year policies (tense already read).
fn scan(text: &str, lang: Option<&str>) -> Vec<(Span, Raw, Policy)> {
    let mut out = Vec::new();
    let mask = grammar::mask(lang);
    let month_first = grammar::slash_order(text);
    for range in chancery_model::text::chunks(text, CHUNK) {
        let offset = range.start;
        let piece = &text[range];
        let toks = tokens::tokenize(piece, offset > 0);
        let grammar = Grammar::new(piece, &toks, mask, month_first);
        out.extend(grammar.scan().into_iter().map(|f| {
            let span = Span::new(offset + toks[f.start].start, offset + toks[f.end - 1].end);
            // "depuis dimanche", "since Monday": an opening word of the past decides.
            let opener = piece[toks[f.start].start..toks[f.start].end].to_lowercase();
            let word = |k: usize| {
                toks.get(k)
                    .map(|t| piece[t.start..t.end].to_lowercase())
                    .unwrap_or_default()
            };
            // "la date du 12 juin n'a pas été confirmée": a day that qualifies the noun before
            // it ("date", "sommet"), not the clause's verb.
            let qualifies_a_noun = matches!(f.raw, Raw::Pt(P { d: Some(_), .. }))
                && f.start >= 2
                && COMPLEMENTS.contains(&word(f.start - 1).as_str())
                && word(f.start - 2).chars().all(char::is_lowercase)
                && !word(f.start - 2).is_empty();
            let policy = if f.policy == Policy::Tense && f.raw.needs_year() && qualifies_a_noun {
                Policy::Nearest
            } else if f.policy == Policy::Tense
                && f.raw.needs_year()
                && chancery_lexicon::calendar::PAST_WORDS.has(&opener, mask)
            {
                Policy::Past
            } else if f.policy == Policy::Tense && f.raw.needs_year() {
                tense::policy(piece, &toks, f.start, f.end, mask)
            } else {
                f.policy
            };
            (span, f.raw, policy)
        }));
    }
    out
}

/// The longest line (in bytes, trimmed) that may be a dated heading.
const HEADING_LINE: usize = 120;
/// The fewest bytes of text between two dated headings: closer dated lines are rows of a table.
const HEADING_GAP: usize = 300;

/// Lines that date the text under them: a paragraph of one short line whose full date ("2ème
/// SÉANCE DU MARDI 18 MARS 2003", "# Press release | 01-10-2008", "Publié le 30-09-08 à 17:48")
/// makes at least a quarter of it, with text between it and the next, dated no later than the
/// text's publication, when the text has two such
/// lines with different dates (a record of sittings, a blog's posts, a page of communiqués):
/// each line's position and date, in order.
fn dated_headings(
    text: &str,
    found: &[(Span, Raw, Policy)],
    published: Option<PartialDate>,
) -> Vec<(usize, usize, PartialDate)> {
    let blank_before = |at: usize| {
        text[..at].trim_end_matches([' ', '\t']).ends_with("\n\n") || text[..at].trim().is_empty()
    };
    let blank_after = |at: usize| {
        text[at..]
            .trim_start_matches([' ', '\t', '\r'])
            .starts_with("\n\n")
            || text[at..].trim().is_empty()
    };
    let mut lines: Vec<(usize, usize, PartialDate)> = Vec::new();
    for &(span, raw, policy) in found {
        let Some(TimeValue::Point(p)) = resolve(raw, policy, None) else {
            continue;
        };
        // The parts of a text are dated on or before the day it was published; a later date is
        // something to come ("jusqu'au 23 août 2024").
        let later = published
            .and_then(|d| d.date_only().to_days())
            .is_some_and(|d| p.to_days().is_some_and(|x| x > d));
        if !p.is_full_date() || later {
            continue;
        }
        let start = text[..span.start].rfind('\n').map_or(0, |k| k + 1);
        let end = text[span.end..]
            .find('\n')
            .map_or(text.len(), |k| span.end + k);
        let line = text[start..end].trim();
        if line.len() > HEADING_LINE || span.len() * 4 < line.len() {
            continue;
        }
        if !blank_before(start) || !blank_after(end) {
            continue;
        }
        // A heading opens with a capital, a number or a Markdown mark and does not close a
        // bracket ("(MONUSCO) until 20 Dec. 2024]" is a wrapped line of a table); its date
        // writes its month or a time of day ("Canada CAN 09-11-45" is a row).
        let opens = line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '#' | '*'));
        let closes_bracket = line.ends_with([')', ']']);
        let worded = span
            .slice(text)
            .chars()
            .any(|c| c.is_alphabetic() || c == ':');
        if !opens || closes_bracket || !worded {
            continue;
        }
        if lines.last().is_none_or(|&(at, _, _)| at != start) {
            lines.push((start, end, p.date_only()));
        }
    }
    // Dated lines close to each other are a table or a list, not headings.
    let out: Vec<(usize, usize, PartialDate)> = (0..lines.len())
        .filter(|&k| {
            let before = k == 0 || lines[k].0 - lines[k - 1].1 >= HEADING_GAP;
            let after = lines
                .get(k + 1)
                .is_none_or(|n| n.0 - lines[k].1 >= HEADING_GAP);
            before && after
        })
        .map(|k| lines[k])
        .collect();
    if out.iter().all(|&(_, _, d)| d == out[0].2) {
        return Vec::new();
    }
    out
}

/// The date of the last dated heading before `span`.
fn heading_anchor(headings: &[(usize, usize, PartialDate)], span: Span) -> Option<PartialDate> {
    let k = headings.partition_point(|&(at, _, _)| at <= span.start);
    k.checked_sub(1).map(|k| headings[k].2)
}

/// The date of the innermost section containing `span` that has one.
fn section_anchor(doc: &Document, span: Span) -> Option<PartialDate> {
    let mut best: Option<usize> = None;
    for (k, s) in doc.sections.iter().enumerate() {
        if s.span.contains(span) && best.is_none_or(|b| doc.sections[b].span.len() >= s.span.len())
        {
            best = Some(k);
        }
    }
    let mut cur = best;
    for _ in 0..doc.sections.len() {
        let Some(k) = cur else { break };
        if let Some(p) = doc.sections[k].published {
            return Some(p);
        }
        cur = doc.sections[k].parent.filter(|&p| p < doc.sections.len());
    }
    None
}

/// The value of an expression against an anchor date (whose time of day is ignored).
fn resolve(raw: Raw, policy: Policy, anchor: Option<PartialDate>) -> Option<TimeValue> {
    let anchor = anchor.map(PartialDate::date_only);
    let full = anchor.filter(|a| a.is_full_date());
    match raw {
        Raw::Pt(mut p) => {
            if p.y.is_none() && p.m.is_some() {
                p.y = pick_year(p, policy, anchor);
            }
            Some(TimeValue::Point(partial(p)?))
        }
        Raw::Rg(mut a, mut b) => {
            let order = |a: P, b: P| (a.m, a.d) > (b.m, b.d);
            match (a.y, b.y) {
                (None, Some(yb)) => a.y = Some(if order(a, b) { yb - 1 } else { yb }),
                (Some(ya), None) => b.y = Some(if order(a, b) { ya + 1 } else { ya }),
                // A range in the future is placed by its end: "du 9 au 12 avril, la visite aura
                // lieu", written on 11 April, is this April's.
                (None, None) if policy == Policy::Future => {
                    b.y = pick_year(b, policy, anchor);
                    a.y = b.y.map(|y| if order(a, b) { y - 1 } else { y });
                }
                (None, None) => {
                    a.y = pick_year(a, policy, anchor);
                    b.y = a.y.map(|y| if order(a, b) { y + 1 } else { y });
                }
                _ => {}
            }
            Some(TimeValue::Range(partial(a)?, partial(b)?))
        }
        Raw::Rel(unit, n) | Raw::Chain(unit, n) | Raw::Counted(unit, n) => {
            let a = anchor?;
            let n64 = i64::from(n);
            Some(match unit {
                Unit::Day => TimeValue::Point(full?.add_days(n64)?),
                Unit::Week => {
                    let f = full?;
                    let monday = f.add_days(-(i64::from(f.weekday()?) - 1) + 7 * n64)?;
                    TimeValue::Range(monday, monday.add_days(6)?)
                }
                Unit::Month => TimeValue::Point(shift_month(a, n)?),
                Unit::Year => TimeValue::Point(PartialDate::year(a.year? + n)),
            })
        }
        Raw::RelRg(unit, x, y) => {
            let a = anchor?;
            Some(match unit {
                Unit::Day | Unit::Week => {
                    let f = full?;
                    let k = if unit == Unit::Week { 7 } else { 1 };
                    TimeValue::Range(f.add_days(i64::from(x) * k)?, f.add_days(i64::from(y) * k)?)
                }
                Unit::Month => TimeValue::Range(shift_month(a, x)?, shift_month(a, y)?),
                Unit::Year => TimeValue::Range(
                    PartialDate::year(a.year? + x),
                    PartialDate::year(a.year? + y),
                ),
            })
        }
        Raw::Rest(unit, later) => {
            let a = anchor?;
            let (start, end) = match unit {
                // Days of the anchor's week or month, months of its year.
                Unit::Day => return None,
                Unit::Week => {
                    let f = full?;
                    let monday = f.add_days(-(i64::from(f.weekday()?) - 1))?;
                    (monday, monday.add_days(6)?)
                }
                Unit::Month => {
                    let f = full?;
                    let (y, m) = (f.year?, f.month?);
                    (
                        PartialDate::ymd(y, m, 1)?,
                        PartialDate::ymd(y, m, days_in_month(y, m))?,
                    )
                }
                Unit::Year => {
                    let y = a.year?;
                    let m = a.month?;
                    return Some(if later {
                        TimeValue::Range(
                            PartialDate::year_month(y, m),
                            PartialDate::year_month(y, 12),
                        )
                    } else {
                        TimeValue::Range(
                            PartialDate::year_month(y, 1),
                            PartialDate::year_month(y, m),
                        )
                    });
                }
            };
            let f = full?;
            // Up to the day before the anchor, or from the day after it; the anchor's day when
            // nothing of the unit is left that side.
            Some(if later {
                let from = f.add_days(1)?;
                if from > end {
                    TimeValue::Point(f)
                } else {
                    TimeValue::Range(from, end)
                }
            } else {
                let to = f.add_days(-1)?;
                if to < start {
                    TimeValue::Point(f)
                } else {
                    TimeValue::Range(start, to)
                }
            })
        }
        Raw::RelPart(unit, n, part) => {
            let f = full?;
            Some(match unit {
                // A week's part is the week: too short to split ("в начале этой недели" is that
                // week, as the field gold reads it).
                Unit::Week => {
                    let monday = f.add_days(-(i64::from(f.weekday()?) - 1) + 7 * i64::from(n))?;
                    TimeValue::Range(monday, monday.add_days(6)?)
                }
                // Days 1–10, 10–20 or 20 to the end of the month, as "début mars", "fin avril".
                _ => {
                    let m = shift_month(f, n)?;
                    let (y, m) = (m.year?, m.month?);
                    let (a, b) = match part {
                        Part::Early => (1, 10),
                        Part::Mid => (10, 20),
                        Part::Late => (20, days_in_month(y, m)),
                    };
                    TimeValue::Range(PartialDate::ymd(y, m, a)?, PartialDate::ymd(y, m, b)?)
                }
            })
        }
        Raw::RelYm(m, n) => Some(TimeValue::Point(PartialDate::year_month(
            anchor?.year? + n,
            m,
        ))),
        Raw::RelYmd(m, d, n) => {
            let y = anchor?.year? + n;
            Some(TimeValue::Point(PartialDate::ymd(
                y,
                m,
                d.min(days_in_month(y, m)),
            )?))
        }
        Raw::RelYr(a, b, n) => {
            let y = anchor?.year? + n;
            Some(TimeValue::Range(
                PartialDate::year_month(y, a),
                PartialDate::year_month(if b < a { y + 1 } else { y }, b),
            ))
        }
        Raw::Md(d) => {
            let f = full?;
            let (ay, am, ad) = (f.year?, f.month?, f.day?);
            let at = |n: i32| {
                let m = shift_month(f, n)?;
                let (y, m) = (m.year?, m.month?);
                (d <= days_in_month(y, m))
                    .then(|| PartialDate::ymd(y, m, d))
                    .flatten()
            };
            let this = PartialDate::ymd(ay, am, d.min(days_in_month(ay, am)));
            let value = match policy {
                // A day a few days past the anchor in the past tense: see `CLOSE_DAYS`.
                Policy::Past if d > ad && i64::from(d - ad) <= CLOSE_DAYS => this?,
                Policy::Future if d < ad && i64::from(ad - d) <= CLOSE_DAYS => this?,
                Policy::Past | Policy::PastStrict if d > ad => at(-1)?,
                Policy::Future | Policy::FutureStrict if d < ad => at(1)?,
                Policy::Past | Policy::PastStrict | Policy::Future | Policy::FutureStrict => this?,
                // Nearest: a day far past in the month is more likely next month's, and the
                // reverse.
                Policy::Anchor | Policy::Tense | Policy::Nearest => {
                    if i32::from(d) - i32::from(ad) > 15 {
                        at(-1).or(this)?
                    } else if i32::from(ad) - i32::from(d) > 15 {
                        at(1).or(this)?
                    } else {
                        this?
                    }
                }
            };
            Some(TimeValue::Point(value))
        }
        Raw::Weekend => {
            let saturday = match resolve(Raw::Wd(6), policy, anchor)? {
                TimeValue::Point(d) => d,
                TimeValue::Range(d, _) => d,
            };
            Some(TimeValue::Range(saturday, saturday.add_days(1)?))
        }
        Raw::Wd(wd) => {
            let f = full?;
            let aw = i64::from(f.weekday()?);
            let w = i64::from(wd);
            let back = (aw - w).rem_euclid(7);
            let ahead = (w - aw).rem_euclid(7);
            let delta = match policy {
                Policy::Past => -back,
                Policy::PastStrict => -(if back == 0 { 7 } else { back }),
                Policy::Future => ahead,
                Policy::FutureStrict => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                Policy::Anchor | Policy::Tense | Policy::Nearest => {
                    if ahead < back {
                        ahead
                    } else {
                        -back
                    }
                }
            };
            Some(TimeValue::Point(f.add_days(delta)?))
        }
        Raw::Time(h, m) => Some(TimeValue::Point(PartialDate::default().with_time(h, m)?)),
    }
}

/// How many days after (before) the anchor a year-less day read in the past (future) tense
/// still takes the anchor's year.
const CLOSE_DAYS: i64 = 10;

/// The year of a year-less month or day: the anchor's, moved by the policy.
fn pick_year(p: P, policy: Policy, anchor: Option<PartialDate>) -> Option<i32> {
    let a = anchor?;
    let ay = a.year?;
    let (Some(am), Some(m)) = (a.month, p.m) else {
        return Some(ay);
    };
    let cmp = match (p.d, a.day) {
        (Some(d), Some(ad)) => (m, d).cmp(&(am, ad)),
        _ => m.cmp(&am),
    };
    use std::cmp::Ordering::{Greater, Less};
    // A day a few days on the other side of the anchor than the tense says is the anchor's
    // year: a dateline a little late or early ("published 14 March … began on 15 March"), or a
    // tense read wrong, is likelier than a date a whole year away.
    let days_from_anchor = || {
        let day = PartialDate::ymd(ay, m, p.d?)?.to_days()?;
        Some(day - a.to_days()?)
    };
    let close_after = || days_from_anchor().is_some_and(|n| (1..=CLOSE_DAYS).contains(&n));
    let close_before = || days_from_anchor().is_some_and(|n| (-CLOSE_DAYS..=-1).contains(&n));
    let year = match policy {
        Policy::Past if close_after() => ay,
        Policy::Future if close_before() => ay,
        Policy::Past => {
            if cmp == Greater {
                ay - 1
            } else {
                ay
            }
        }
        Policy::PastStrict => {
            if cmp == Less {
                ay
            } else {
                ay - 1
            }
        }
        Policy::Future => {
            if cmp == Less {
                ay + 1
            } else {
                ay
            }
        }
        Policy::FutureStrict => {
            if cmp == Greater {
                ay
            } else {
                ay + 1
            }
        }
        Policy::Nearest => {
            let at = a.to_days();
            let distance = |y: i32| {
                let day = PartialDate::ymd(y, m, p.d?)?.to_days()?;
                Some((day - at?).abs())
            };
            (ay - 1..=ay + 1)
                .min_by_key(|&y| distance(y).unwrap_or(i64::MAX))
                .filter(|_| distance(ay).is_some())
                .unwrap_or(ay)
        }
        Policy::Anchor | Policy::Tense => ay,
    };
    Some(year)
}

/// The anchor's month moved by `n` months.
fn shift_month(a: PartialDate, n: i32) -> Option<PartialDate> {
    let total = a.year? * 12 + i32::from(a.month?) - 1 + n;
    Some(PartialDate::year_month(
        total.div_euclid(12),
        (total.rem_euclid(12) + 1) as u8,
    ))
}

/// A grammar point as a model date; an end-of-month day is clamped to the month's length.
fn partial(p: P) -> Option<PartialDate> {
    let out = match (p.y, p.m, p.d) {
        (Some(y), Some(m), Some(d)) => PartialDate::ymd(y, m, d.min(days_in_month(y, m)))?,
        (None, Some(m), Some(d)) => PartialDate::month_day(m, d.min(days_in_month(2000, m)))?,
        (Some(y), Some(m), None) => PartialDate::year_month(y, m),
        (Some(y), None, _) => PartialDate::year(y),
        (None, Some(m), None) => PartialDate {
            month: Some(m),
            ..PartialDate::default()
        },
        (None, None, _) => return None,
    };
    match p.t {
        Some((h, mi)) => out.with_time(h, mi),
        None => Some(out),
    }
}

#[cfg(test)]
mod tests;
