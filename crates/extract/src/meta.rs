//! Document metadata: title, language, publication date, reference, translations, publisher, URLs.
//!
//! Sources, by preference: what the input's container says ([`chancery_model::SourceMeta`]:
//! front matter, record fields, feed elements), what the HTML page declares
//! ([`chancery_clean::HtmlMeta`]), the header lines cleaning removed (dateline, reference,
//! language switcher, share footer), the title line, a date in the document's own URL, and last
//! a fallback date from the container (a WARC record's date). A document that states no date
//! gets `None`: never a file's mtime, never today.

use std::sync::LazyLock;

use chancery_clean::{Cleaned, RemovedKind, chrome::switcher_languages};
use chancery_lexicon::page::PageWord;
use chancery_model::{Caption, Diagnostic, Document, PartialDate, Span, TimeValue};
use regex::Regex;

use crate::Context;

/// Lines longer than this are prose, not a title.
const MAX_TITLE_CHARS: usize = 400;

/// Fills the metadata and moves the cleaned text into the document.
pub fn extract_meta(doc: &mut Document, mut cleaned: Cleaned, ctx: &Context) {
    doc.text = std::mem::take(&mut cleaned.text);
    let cleaned = &cleaned;
    let html = cleaned.html.as_ref();
    let removed = |kind: RemovedKind| cleaned.removed.iter().filter(move |r| r.kind == kind);

    // Title line: a first line like "6125 – RUSSIE – V.Poutine à Minsk … – 24.05.24 –" is a
    // dashed header of reference, rubric, title and date.
    let first_line = doc.text.lines().next().unwrap_or("").trim();
    let header = parse_title_line(first_line);
    let source = &ctx.source;
    doc.title = source
        .title
        .clone()
        .filter(|t| !t.trim().is_empty() && t.trim() != "---")
        .or_else(|| html.and_then(|h| h.title.clone()))
        .or_else(|| header.as_ref().map(|h| h.title.clone()))
        .or_else(|| {
            (!first_line.is_empty() && first_line.chars().count() <= MAX_TITLE_CHARS)
                .then(|| first_line.to_owned())
        });

    doc.lang = chancery_lexicon::lang::detect(&doc.text)
        .map(str::to_owned)
        .or_else(|| source.lang.as_deref().and_then(primary_language))
        .or_else(|| html.and_then(|h| h.lang.clone()));

    doc.doc_ref = removed(RemovedKind::Reference)
        .next()
        .map(|r| r.text.clone())
        .or_else(|| header.as_ref().and_then(|h| h.reference.clone()));

    doc.translations = removed(RemovedKind::LanguageSwitcher)
        .next()
        .map(|r| switcher_languages(&r.text))
        .or_else(|| html.map(|h| h.translations.clone()))
        .unwrap_or_default();

    doc.publisher = source
        .publisher
        .clone()
        .or_else(|| removed(RemovedKind::ShareFooter).find_map(|r| publisher_in_footer(&r.text)))
        .or_else(|| html.and_then(|h| h.site_name.clone()));

    doc.urls = cited_urls(&doc.text);
    let own_url = source
        .url
        .clone()
        .or_else(|| html.and_then(|h| h.url.clone()))
        .filter(|u| u.contains("://"));
    if let Some(u) = &own_url
        && !doc.urls.contains(u)
    {
        doc.urls.insert(0, u.clone());
    }

    doc.captions = cleaned
        .removed
        .iter()
        .filter(|r| matches!(r.kind, RemovedKind::Caption | RemovedKind::Credit))
        .map(|r| Caption {
            text: r.text.clone(),
            at: r.at,
        })
        .collect();
    doc.removed = cleaned.removed.clone();

    // The dateline opening the body, read once.
    let dateline = dateline(&doc.text);
    doc.dateline = dateline.map(|(_, span)| span);
    doc.published = source
        .published
        .as_deref()
        .and_then(find_date)
        .map(|d| day_month_order(d, source.published.as_deref(), doc))
        .or_else(|| published(doc, cleaned, header.as_ref()))
        .or_else(|| dateline.and_then(|(prefix, _)| dated(prefix)))
        .or_else(|| {
            let d = dateline.and_then(|(prefix, _)| yearless(prefix, &doc.text))?;
            doc.diagnostics.push(Diagnostic::new(
                "meta",
                "the dateline states no year: the publication year is the one nearest the text's latest full date",
                None,
            ));
            Some(d)
        })
        .or_else(|| running_head_date(cleaned))
        .or_else(|| own_url.as_deref().and_then(date_in_url))
        .or_else(|| header_date_line(&doc.text, doc.lang.as_deref()))
        .or_else(|| signature_date(&doc.text))
        .or_else(|| done_at_date(&doc.text))
        .or_else(|| closing_date_line(&doc.text))
        .or_else(|| url_line(&doc.text).and_then(date_in_url))
        .or_else(|| {
            // A WARC record's origin is its address; a file name is not the document's.
            ctx.path
                .contains("://")
                .then(|| date_in_url(&ctx.path))
                .flatten()
        })
        .or_else(|| {
            let d = updated_date_line(&doc.text, doc.lang.as_deref())?;
            doc.diagnostics.push(Diagnostic::new(
                "meta",
                "the publication date is the page's last update: it states no other",
                None,
            ));
            Some(d)
        })
        .or(ctx.fallback_date);
    if doc.published.is_none() {
        doc.diagnostics.push(Diagnostic::new(
            "meta",
            "the document states no publication date",
            None,
        ));
    }
}

/// A record's numeric date whose day and month could be either way round ("07/08/2022": 7 August
/// or July 8): the other reading when the document's title or opening names that date ("…,
/// Денпасар, 8 июля 2022 года"). Exports write month-first as often as day-first.
fn day_month_order(date: PartialDate, written: Option<&str>, doc: &Document) -> PartialDate {
    let (Some(written), Some(y), Some(m), Some(d)) = (written, date.year, date.month, date.day)
    else {
        return date;
    };
    let numeric = written.trim().split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = numeric.split(['/', '.', '-']).collect();
    let ambiguous = parts.len() == 3
        && parts[..2]
            .iter()
            .all(|p| p.len() <= 2 && p.parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)))
        && m != d;
    if !ambiguous {
        return date;
    }
    let Some(swapped) = PartialDate::ymd(y, d, m) else {
        return date;
    };
    let same_day = |x: PartialDate| (x.year, x.month, x.day) == (Some(y), Some(d), Some(m));
    let opening = &doc.text[..doc.text.floor_char_boundary(600)];
    let named = doc
        .title
        .as_deref()
        .and_then(find_last_date)
        .is_some_and(same_day)
        || find_date(opening).is_some_and(same_day);
    if named {
        swapped
            .with_time(date.hour.unwrap_or(0), date.minute.unwrap_or(0))
            .filter(|_| date.hour.is_some())
            .unwrap_or(swapped)
    } else {
        date
    }
}

/// The date an act is signed on, in its signature block: a line that is a full date and nothing
/// else (or that ends the signature line), followed by the act's number ("8 октября 2002 года" / "N 484-рп", "№ 12", "No. 45").
fn signature_date(text: &str) -> Option<PartialDate> {
    // Line by line, two at a time (no list of the document's lines).
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut previous = lines.next()?;
    lines.find_map(|line| {
        let w = [std::mem::replace(&mut previous, line), line];
        let numbered = ["N ", "N°", "№", "No. ", "No "].iter().any(|p| {
            w[1].starts_with(p)
                && w[1][p.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        });
        // A sentence ending in a date is prose, not a signature block.
        let sentence = w[0].ends_with(['.', '!', '?']) && !w[0].ends_with("г.");
        if !numbered || sentence {
            return None;
        }
        // The date ends the line (re-flowed text may have joined it to the signature).
        let tail: String = {
            let chars: Vec<char> = w[0].chars().collect();
            chars[chars.len().saturating_sub(24)..].iter().collect()
        };
        find_date(&tail).filter(|d| d.is_full_date())
    })
}

/// How far after "Done at" (characters) the act's date may stand, a place and its article
/// between ("Совершено в городе Минске 8 декабря 1991 года").
const DONE_AT_REACH: usize = 60;

/// The date of a treaty or an act from its closing clause, "Done at Minsk on 8 December 1991",
/// "Fait à Paris, le 3 mars 2021", "Совершено в городе Минске 8 декабря 1991 года"
/// (`calendar.tsv` kind `done_at`): the last such clause, opening a sentence or a line, followed
/// closely by a full date.
fn done_at_date(text: &str) -> Option<PartialDate> {
    let lower = text.to_lowercase();
    // (Lowercasing keeps these scripts' byte lengths: offsets hold in `text`.)
    if lower.len() != text.len() {
        return None;
    }
    chancery_lexicon::calendar::words_of("done_at")
        .iter()
        .flat_map(|p| lower.match_indices(p))
        // The clause opens a sentence or a line; its phrase ends where its last word does.
        .filter(|&(at, _)| {
            text[..at]
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '\n' | '.'))
        })
        .map(|(at, m)| at + m.len())
        .filter(|&at| at == text.len() || !text[at..].starts_with(is_word_char_at))
        .max()
        .and_then(|at| {
            // The date starts within reach; the window holds it whole.
            let end = text[at..]
                .char_indices()
                .nth(2 * DONE_AT_REACH)
                .map_or(text.len(), |(i, _)| at + i);
            let window = &text[at..end];
            all_dates(window)
                .into_iter()
                .min_by_key(|&(pos, _)| pos)
                .filter(|&(pos, _)| window[..pos].chars().count() <= DONE_AT_REACH)
                .map(|(_, d)| d)
                .filter(|d| d.is_full_date())
        })
}

/// Whether a character continues a word (a phrase must end where its last word does).
fn is_word_char_at(c: char) -> bool {
    c.is_alphanumeric()
}

/// The date a press release states on a line of its own after its text ("14 марта 2019 года",
/// "Paris, le 3 mars 2021"): a short line among the document's last lines that is a full date,
/// with at most a place before it. Page numbers after it are allowed.
fn closing_date_line(text: &str) -> Option<PartialDate> {
    text.lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.chars().all(|c| c.is_ascii_digit()))
        .take(4)
        .find_map(|line| {
            if line.chars().count() > 48 {
                return None;
            }
            let dates = all_dates(line);
            let &(at, date) = dates.iter().max_by_key(|(at, _)| *at)?;
            let before = line[..at].trim_end();
            // "Москва, ", "Paris, le ": a place and a comma, an article after it.
            let place = before.is_empty()
                || before.rsplit_once(',').is_some_and(|(head, tail)| {
                    let tail = tail.trim();
                    head.split_whitespace().count() <= 3
                        && (tail.is_empty()
                            || tail.chars().count() <= 3 && tail.chars().all(char::is_lowercase))
                });
            // Nothing after the date (as the time grammar reads it).
            let rest = line[at..].trim_end_matches(['.', ' ']);
            let ends = crate::times::find_times(rest, None, None)
                .last()
                .is_some_and(|t| t.span.end >= rest.len());
            (place && ends && date.is_full_date() && find_date(rest) == Some(date)).then_some(date)
        })
}

/// The publication date from, in order: the HTML page's own date, a removed dateline (completed
/// with a date from the title when it holds only a time), the title line.
fn published(doc: &Document, cleaned: &Cleaned, header: Option<&TitleLine>) -> Option<PartialDate> {
    if let Some(p) = cleaned
        .html
        .as_ref()
        .and_then(|h| h.published.as_deref())
        .and_then(find_date)
    {
        return Some(p);
    }
    let title_date = header
        .and_then(|h| h.date)
        .or_else(|| doc.title.as_deref().and_then(find_last_date));
    for line in cleaned
        .removed
        .iter()
        .filter(|r| r.kind == RemovedKind::Dateline)
    {
        if let Some(d) = find_date(&line.text) {
            return Some(d);
        }
        if let (Some((h, m)), Some(d)) = (time_only(&line.text), title_date) {
            return d.with_time(h, m).or(Some(d));
        }
    }
    title_date
}

/// The date a document's running heads repeat page after page ("29/09/2015 A/70/PV.16" on every
/// page of a UN record): the date that most of its page-furniture lines carry.
fn running_head_date(cleaned: &Cleaned) -> Option<PartialDate> {
    let mut counts: Vec<(PartialDate, usize)> = Vec::new();
    let mut lines = 0;
    for r in cleaned
        .removed
        .iter()
        .filter(|r| r.kind == RemovedKind::PageFurniture)
    {
        lines += 1;
        let Some(d) = find_date(&r.text).filter(|d| d.is_full_date()) else {
            continue;
        };
        match counts.iter_mut().find(|(x, _)| *x == d) {
            Some((_, n)) => *n += 1,
            None => counts.push((d, 1)),
        }
    }
    let (date, n) = counts.into_iter().max_by_key(|&(_, n)| n)?;
    (n >= 2 && 3 * n >= lines).then_some(date)
}

/// The date of a news dateline's prefix ("17 août 2012. - Rafael Correa a décidé…", "MOSCOW,
/// December 26, 2024. /TASS/. The…", "Paris, le 3 mars 2021 (AFP) - …"): only a date with its
/// year, written last before the dateline's separator.
fn dated(prefix: &str) -> Option<PartialDate> {
    if !ends_with_a_date(prefix) {
        return None;
    }
    let date = find_date(prefix)?;
    date.year.is_some().then_some(date)
}

/// The dateline opening the body: its prefix, and its span with the separator. Only a prefix
/// that holds a date ("M. LE DRIAN - Merci" is a label, not a dateline).
fn dateline(text: &str) -> Option<(&str, Span)> {
    dateline_prefix(text)
        .filter(|(prefix, _)| ends_with_a_date(prefix) || month_day(prefix).is_some())
}

/// Whether a dateline's prefix ends with a four-digit year.
fn ends_with_a_date(prefix: &str) -> bool {
    prefix.len() >= 4
        && prefix.is_char_boundary(prefix.len() - 4)
        && prefix[prefix.len() - 4..]
            .bytes()
            .all(|b| b.is_ascii_digit())
}

/// The month and day a dateline's prefix ends with, without a year ("MOSCOW, December 26",
/// "Paris, le 3 mars").
fn month_day(prefix: &str) -> Option<(u8, u8)> {
    static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[\s,])(?:(\d{1,2})(?:er)?\s+(\p{L}{3,10})|(\p{L}{3,10})\.?\s+(\d{1,2}))\.?$",
        )
        .expect("valid regex")
    });
    let c = MONTH_DAY.captures(prefix)?;
    let (day, month) = match (c.get(1).zip(c.get(2)), c.get(3).zip(c.get(4))) {
        (Some((d, m)), _) | (None, Some((m, d))) => (d.as_str(), m.as_str()),
        _ => return None,
    };
    let day: u8 = day.parse().ok()?;
    (1..=31)
        .contains(&day)
        .then_some((month_number(month)?, day))
}

/// What stands before the separator of a dateline opening the body ("MOSCOW, December 26,
/// 2024", "KYIV, Feb 5"), a year noun after its year left out; at most 60 characters. With it,
/// the span of the whole dateline in `text`, its separator included.
fn dateline_prefix(text: &str) -> Option<(&str, Span)> {
    static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\s[-–—]\s|\.\s?[-–—]\s|\((?:AFP|Reuters|AP|ANSA|Xinhua|dpa|EFE)\)|/(?:TASS|ТАСС)/|—\s?(?:РИА|ТАСС|Интерфакс))")
            .expect("valid regex")
    });
    // The first paragraph (a title may stand before it on its own line).
    let paragraphs = text.split('\n').scan(0, |at, line| {
        let start = *at + (line.len() - line.trim_start().len());
        *at += line.len() + 1;
        Some((start, line.trim()))
    });
    for (at, para) in paragraphs.filter(|(_, p)| !p.is_empty()).take(2) {
        let head = &para[..para.floor_char_boundary(160)];
        // The separator, or a full stop closing a first sentence that is only "PLACE, DATE"
        // ("Москва, 15 мая 2019 года. В минувшую пятницу…").
        let (end, sep_end) = match SEPARATOR.find(head) {
            Some(sep) => (sep.start(), sep.end()),
            None => match head.find(". ") {
                Some(stop) if place_comma(&head[..stop]) => (stop, stop + 1),
                _ => continue,
            },
        };
        // "PLACE, DATE" or "DATE" alone before the separator, the date last (a year noun after
        // it: "2019 года", "2019 г.").
        let prefix = head[..end].trim_end_matches(['.', ',', ' ']);
        let prefix = prefix
            .rsplit_once(' ')
            .filter(|(_, last)| year_noun(last))
            .map_or(prefix, |(before, _)| before.trim_end());
        let span = Span::new(at, at + sep_end);
        return (prefix.chars().count() <= 60).then_some((prefix, span));
    }
    None
}

/// A dateline without its year, "МОСКВА, 12 марта. /ТАСС/." or "KYIV, Feb 5 (Reuters) -", as
/// agencies write them: the year is the one that puts that day nearest to the latest full date
/// the text states (a dispatch reports what happened days before, or announces what comes
/// soon after). Without a full date in the text, no year is guessed.
fn yearless(prefix: &str, text: &str) -> Option<PartialDate> {
    let (month, day) = month_day(prefix)?;
    let latest = all_dates(text)
        .into_iter()
        .filter_map(|(_, d)| d.to_days())
        .max()?;
    let year = PartialDate::from_days(latest).year?;
    (year - 1..=year + 1)
        .filter_map(|y| PartialDate::ymd(y, month, day))
        .min_by_key(|d| d.to_days().map_or(i64::MAX, |x| (x - latest).abs()))
}

/// "Москва, 15 мая 2019 года": one to three capitalised words (a place), a comma, then a date
/// that starts with a digit or a month name's capital and holds a four-digit year.
fn place_comma(sentence: &str) -> bool {
    let Some((place, date)) = sentence.split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !chancery_lexicon::nonentities::is_leading_word(words[0])
        && !date.contains(',')
        && date.chars().count() <= 30
        && date
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4)
}

/// The date of a header line, before the prose, that gives only the page's last modification
/// ("Обновлено 14.03.2019 16:00", "Mis à jour le 14/03/2019 à 16h00"): for a page that states
/// no publication date, the nearest date it does state.
fn updated_date_line(text: &str, lang: Option<&str>) -> Option<PartialDate> {
    text.split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(40)
        .take_while(|l| {
            !(l.split_whitespace().count() >= 8 && l.ends_with(['.', '!', '?', '»', '"', ':']))
        })
        .filter(|l| l.chars().count() <= 100)
        .filter(|l| chancery_lexicon::page::phrase_start(l, PageWord::Updated) == Some(0))
        .find_map(|line| {
            let found = crate::times::find_times(line, lang, None);
            let d = found.iter().rev().find_map(|t| match t.value {
                Some(TimeValue::Point(d)) if d.is_full_date() => Some(d),
                _ => None,
            })?;
            let timed = find_date(line).filter(|t| t.hour.is_some() && t.date_only() == d);
            Some(timed.unwrap_or(d))
        })
}

/// A word that follows a year ("года", "г."): `calendar.tsv` kinds `year_noun`.
fn year_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    chancery_lexicon::calendar::words_of("year_noun")
        .iter()
        .any(|n| *n == w || n.trim_end_matches('.') == w.trim_end_matches('.'))
}

/// At most this many words stand before a header line's date ("Mis à jour le", "inosmi.ru
/// Посмотреть оригинал").
const HEADER_DATE_WORDS_BEFORE: usize = 5;

/// The date of a short line among the page's header lines, before the first paragraph of prose,
/// that ends with a full date: "inosmi.ru Посмотреть оригинал апрель 19-го, 2016", "Mis à jour
/// le 12 mars 2020". Read with the time grammar, so any order and language it knows. A line that
/// names people before its date is a caption, not a header.
fn header_date_line(text: &str, lang: Option<&str>) -> Option<PartialDate> {
    for line in text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(40)
    {
        let words = line.split_whitespace().count();
        // (A title may end with a name in quotation marks: "Интервью … радиостанции «Спутник»";
        // prose ends its sentence inside or before them.)
        let unquoted = line.trim_end_matches(['»', '"', '”']);
        let sentence_end = unquoted.ends_with(['.', '!', '?', '…'])
            || unquoted.len() == line.len() && line.ends_with(':');
        if words >= 8 && sentence_end {
            return None; // prose has begun
        }
        if line.chars().count() > 100 {
            continue;
        }
        // A modification date is not the publication's: the line up to its field ("14:35
        // 12.03.2020 (обновлено: 15:00 13.03.2020)", "Publié le …, mis à jour le …"), none when
        // it opens the line.
        let line = match chancery_lexicon::page::phrase_start(line, PageWord::Updated) {
            Some(0) => continue,
            Some(cut) => line[..cut].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '(' | '|' | '/' | '-' | '–' | '—')
            }),
            None => line,
        };
        // A bare ISO date or date-time ("2019-03-14T15:40:00+03:00").
        if ISO_LINE.is_match(line)
            && let Some(d) = find_date(line)
        {
            return Some(d);
        }
        let found = crate::times::find_times(line, lang, None);
        // The last full date; after it at most a time of day and a short rubric ("14 марта 2019,
        // 15:40 — Новости").
        let Some(last) = found
            .iter()
            .rfind(|t| matches!(t.value, Some(TimeValue::Point(d)) if d.is_full_date()))
        else {
            continue;
        };
        let tail = &line[last.span.end..];
        // ("…, 9 a.m.": an abbreviation's periods, no sentence.)
        let short_tail = tail.split_whitespace().count() <= 4
            && !tail.contains(". ")
            && !tail.contains(['!', '?']);
        // "Дональд Трамп и Владимир Путин 16 июля 2018 года" is a photo's caption: a line
        // whose words before the date name someone (two capitalised words in a row) is not.
        let before: Vec<&str> = line[..last.span.start].split_whitespace().collect();
        let capital = |w: &&str| w.starts_with(char::is_uppercase);
        // A byline names its author before the date ("Par Jean Dupont, le 14 mars 2019").
        let byline = before.first().is_some_and(|w| {
            chancery_lexicon::page::is_byline(&chancery_lexicon::page::word_form(w))
        });
        // (Not places listed with commas: "Москва, Кремль, 24 января 2020 года".)
        let names = !byline
            && before
                .windows(2)
                .any(|p| capital(&p[0]) && capital(&p[1]) && !p[0].ends_with(','));
        // "Examen du texte au cours de la réunion du 29 novembre 2005": a long phrase before
        // the date tells what happened that day; a header line has a few words at most.
        let phrase = before.len() > HEADER_DATE_WORDS_BEFORE;
        if !names
            && !phrase
            && short_tail
            && let Some(TimeValue::Point(d)) = last.value
        {
            // With the time of day written beside it ("14.03.2019 15:40").
            let timed = find_date(line).filter(|t| t.hour.is_some() && t.date_only() == d);
            return Some(timed.unwrap_or(d));
        }
    }
    None
}

/// What a dashed title line holds.
#[derive(Debug, PartialEq)]
struct TitleLine {
    title: String,
    reference: Option<String>,
    date: Option<PartialDate>,
}

/// Splits "6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –" into
/// its reference, rubric, title and date. `None` unless the line has that shape.
fn parse_title_line(line: &str) -> Option<TitleLine> {
    if line.chars().count() > MAX_TITLE_CHARS {
        return None;
    }
    let parts: Vec<&str> = line
        .split(" – ")
        .flat_map(|p| p.split(" — "))
        .map(|p| p.trim().trim_matches(['–', '—', '-']).trim())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 3 {
        return None;
    }
    let (mut reference, mut date, mut title) = (None, None, None::<&str>);
    for part in &parts {
        if part.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && reference.is_none()
            && date.is_none()
        {
            reference = Some(part.to_string());
        } else if let Some(d) = find_date(part).filter(|_| part.len() <= 24) {
            date = Some(d);
        } else if part.chars().all(|c| !c.is_lowercase()) && !part.contains(' ') {
            // A rubric in capitals ("RUSSIE").
        } else if title.is_none_or(|t| part.len() > t.len()) {
            title = Some(part);
        }
    }
    let title = title?;
    (reference.is_some() || date.is_some()).then(|| TitleLine {
        title: title.to_owned(),
        reference,
        date,
    })
}

static FOOTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:rejoignez|suivez|retrouvez|join|follow|подписывайтесь на|читайте|síguenos en|folgen sie)\s+(.{2,40}?)\s+(?:sur|on|в|en|auf)\s").expect("valid regex")
});

/// "Rejoignez News-Front sur Facebook …" → "News-Front".
fn publisher_in_footer(line: &str) -> Option<String> {
    let name = FOOTER_NAME.captures(line)?.get(1)?.as_str().trim();
    let generic = ["nous", "us", "notre page", "our page", "нас"];
    (!generic.contains(&name.to_lowercase().as_str())).then(|| name.to_owned())
}

/// "en-US" → "en"; `None` for what is not a language tag.
fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[/_-])((?:19|20)\d{2})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?(?:[/._-]|$)|(\d{2})(\d{2})(?:[/._-]|$))")
        .expect("valid regex")
});

/// A date written in a document's own address: `/2018/06/29/`, `/2024-03-27-`, `/20251002/`,
/// `/2021/07/` (month precision). Newspapers and agencies build their URLs that way.
/// How many lines at either end of a text may hold its own address.
const URL_LINE_REACH: usize = 6;

/// The address a text gives on a line of its own near its start or end, alone or after a short
/// label ("Источник: https://ria.ru/20190314/….html", "URL: …"): the page it was taken from.
fn url_line(text: &str) -> Option<&str> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let n = lines.len();
    let ends = lines
        .iter()
        .take(URL_LINE_REACH)
        .chain(lines.iter().skip(n.saturating_sub(URL_LINE_REACH)));
    ends.copied().find_map(|line| {
        let at = line.find("http://").or_else(|| line.find("https://"))?;
        let (label, url) = line.split_at(at);
        let label = label.trim();
        let short_label = label.is_empty()
            || (label.ends_with(':') && label.split_whitespace().count() <= URL_LABEL_WORDS);
        (short_label && !url.contains(char::is_whitespace)).then_some(url)
    })
}

/// Most words of the label before a text's own address on its line.
const URL_LABEL_WORDS: usize = 3;

pub(crate) fn date_in_url(url: &str) -> Option<PartialDate> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    for c in URL_DATE.captures_iter(path) {
        let year: i32 = c[1].parse().ok()?;
        let (month, day) = match (c.get(2), c.get(3), c.get(4), c.get(5)) {
            (Some(m), d, _, _) => (
                m.as_str().parse::<u8>().ok()?,
                d.and_then(|d| d.as_str().parse::<u8>().ok()),
            ),
            (None, _, Some(m), Some(d)) => (
                m.as_str().parse::<u8>().ok()?,
                d.as_str().parse::<u8>().ok(),
            ),
            _ => continue,
        };
        let date = match day {
            Some(d) => PartialDate::ymd(year, month, d),
            None => (1..=12)
                .contains(&month)
                .then(|| PartialDate::year_month(year, month)),
        };
        if date.is_some() {
            return date;
        }
    }
    None
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[^\s<>«»\x22]+").expect("valid regex"));

/// Every http(s) URL in the text, in order of first appearance, without trailing punctuation.
fn cited_urls(text: &str) -> Vec<String> {
    let mut urls: Vec<String> = Vec::new();
    for m in URL.find_iter(text) {
        let url = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?', '’', '\'']);
        if !urls.iter().any(|u| u == url) {
            urls.push(url.to_owned());
        }
    }
    urls
}

static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}{3,10})\.?,?\s+(\d{4})(?:\s*(?:года|г\.))?(?:(?:\s*(?:à|a|at|в|,|–|-|/|\||T)?\s*)(\d{1,2})\s*[:h]\s*(\d{2}))?").expect("valid regex")
});
static DATE_WORDS_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\p{L}{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})(?:(?:\s*(?:at|,)?\s*)(\d{1,2}):(\d{2}))?",
    )
    .expect("valid regex")
});
static DATE_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b(?:[\s,/|–-]*(?:à|a|at|в|T)?\s*(\d{1,2})[:h](\d{2})\b)?",
    )
    .expect("valid regex")
});
static DATE_ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?").expect("valid regex")
});
/// "2023/12/14", as some exports and front matter write a date: year first, slashes.
static DATE_ISO_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b(?:[T ](\d{2}):(\d{2}))?").expect("valid regex")
});
static TIME_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\s*[:h]\s*(\d{2})$").expect("valid regex"));

/// The first date (with its time of day when glued to it) written in `s`.
pub(crate) fn find_date(s: &str) -> Option<PartialDate> {
    all_dates(s)
        .into_iter()
        .min_by_key(|&(pos, _)| pos)
        .map(|(_, d)| d)
}

/// The last date written in `s` ("…, Minsk, 25 juin 2024" → 2024-06-25).
fn find_last_date(s: &str) -> Option<PartialDate> {
    all_dates(s)
        .into_iter()
        .max_by_key(|&(pos, _)| pos)
        .map(|(_, d)| d)
}

fn all_dates(s: &str) -> Vec<(usize, PartialDate)> {
    let mut found = Vec::new();
    // Groups 4 and 5 of every date pattern are an optional hour and minute. `order` names the
    // groups of year, month (a word or a number) and day.
    let patterns: [(&Regex, [usize; 3]); 4] = [
        (&DATE_WORDS, [3, 2, 1]),
        (&DATE_WORDS_EN, [3, 1, 2]),
        (&DATE_ISO, [1, 2, 3]),
        (&DATE_ISO_SLASH, [1, 2, 3]),
    ];
    for (re, [y, m, d]) in patterns {
        for c in re.captures_iter(s) {
            let month = c[m].parse().ok().or_else(|| month_number(&c[m]));
            let (Some(month), Ok(day), Ok(year)) = (month, c[d].parse(), c[y].parse()) else {
                continue;
            };
            let Some(date) = PartialDate::ymd(year, month, day) else {
                continue;
            };
            let time = c.get(4).zip(c.get(5)).and_then(|(h, mi)| {
                date.with_time(h.as_str().parse().ok()?, mi.as_str().parse().ok()?)
            });
            found.push((c.get(0).map_or(0, |x| x.start()), time.unwrap_or(date)));
        }
    }
    for c in DATE_NUMERIC.captures_iter(s) {
        let (Ok(day), Ok(month), Ok(year)) = (c[1].parse(), c[2].parse(), c[3].parse::<i32>())
        else {
            continue;
        };
        let year = match (c[3].len(), year) {
            (2, y) if y < 70 => 2000 + y,
            (2, y) => 1900 + y,
            (_, y) => y,
        };
        // "3/14/2019": month first, as American dates are written, when the second number
        // cannot be a month.
        let (day, month) = if month > 12 && day <= 12 {
            (month, day)
        } else {
            (day, month)
        };
        if let Some(d) = PartialDate::ymd(year, month, day) {
            let time = c.get(4).zip(c.get(5)).and_then(|(h, mi)| {
                d.with_time(h.as_str().parse().ok()?, mi.as_str().parse().ok()?)
            });
            found.push((c.get(0).map_or(0, |m| m.start()), time.unwrap_or(d)));
        }
    }
    // "15:40 14.03.2019": a time of day just before a date without one.
    for (at, d) in &mut found {
        if d.hour.is_some() {
            continue;
        }
        if let Some(c) = TIME_BEFORE.captures(&s[..*at])
            && let (Ok(h), Ok(m)) = (c[1].parse(), c[2].parse())
            && let Some(t) = d.with_time(h, m)
        {
            *d = t;
        }
    }
    found
}

/// A line that is an ISO 8601 date, with or without its time and zone.
static ISO_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
    )
    .expect("valid regex")
});

/// A time of day ending the text before a date ("15:40 ", "15:40, ").
static TIME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d:])(\d{1,2}):(\d{2})[\s,/|–-]*$").expect("valid regex"));

/// "14:49" → (14, 49).
fn time_only(s: &str) -> Option<(u8, u8)> {
    let c = TIME_ONLY.captures(s.trim())?;
    let (h, m) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

/// The month a word names, in French, English or Russian (any case form, abbreviations too).
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let word = word.to_lowercase();
    chancery_lexicon::calendar::month(word.trim_end_matches('.')).map(|m| m.month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_headers() {
        let d = |s: &str| find_date(s).map(|d| d.to_string());
        assert_eq!(
            d("26 novembre 202014:26").as_deref(),
            Some("2020-11-26T14:26")
        );
        assert_eq!(d("24.05.24").as_deref(), Some("2024-05-24"));
        assert_eq!(d("25 июня 2024 года").as_deref(), Some("2024-06-25"));
        assert_eq!(
            d("14 марта 2019 года 15:40 Москва, Кремль").as_deref(),
            Some("2019-03-14T15:40")
        );
        assert_eq!(d("June 25, 2024").as_deref(), Some("2024-06-25"));
        assert_eq!(
            d("2024-06-25T14:49:00+03:00").as_deref(),
            Some("2024-06-25T14:49")
        );
        assert_eq!(
            d("23 mai 2024 à 23h30 à Minsk").as_deref(),
            Some("2024-05-23T23:30")
        );
        assert_eq!(d("2059-26-11-2020"), None);
        assert_eq!(d("2023/12/14").as_deref(), Some("2023-12-14"));
        assert_eq!(d("2023/12/14 15:40").as_deref(), Some("2023-12-14T15:40"));
        assert_eq!(
            find_last_date("Lavrov, 26 novembre 2020, Minsk, 25 juin 2024")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024-06-25")
        );
    }

    #[test]
    fn a_treaty_is_dated_by_its_closing_clause() {
        let d = |s: &str| done_at_date(s).map(|d| d.to_string());
        assert_eq!(
            d("Статья 1\n\nСовершено в городе Минске 8 декабря 1991 года в трех экземплярах.")
                .as_deref(),
            Some("1991-12-08")
        );
        assert_eq!(
            d("Article 1.\n\nDone at Minsk on 8 December 1991, in three copies.").as_deref(),
            Some("1991-12-08")
        );
        assert_eq!(
            d("Les parties. Fait à Paris, le 3 mars 2021, en deux exemplaires.").as_deref(),
            Some("2021-03-03")
        );
        // In the middle of a sentence, it is prose about the act.
        assert_eq!(d("Le texte a été fait à Paris le 3 mars 2021."), None);
    }

    #[test]
    fn an_act_is_dated_by_its_signature_block() {
        let act = "О заключении Соглашения\n\n1. Принять предложение.\n\nПрезидент Российской Федерации  В.Путин\n\n     8 октября 2002 года\n     N 484-рп\n";
        assert_eq!(
            signature_date(act).map(|d| d.to_string()).as_deref(),
            Some("2002-10-08")
        );
        // A date in the prose, or a date line with no number after it, is not one.
        assert_eq!(
            signature_date("Встреча прошла 8 октября 2002 года.\nN 484"),
            None
        );
        assert_eq!(signature_date("8 октября 2002 года\nМосква"), None);
        assert_eq!(
            signature_date(
                "Президент Российской Федерации В.Путин 8 октября 2002 года\n\nN 484-рп"
            )
            .map(|d| d.to_string())
            .as_deref(),
            Some("2002-10-08")
        );
    }

    #[test]
    fn a_numeric_date_is_read_the_way_the_title_names_it() {
        let doc = |title: &str| Document {
            title: Some(title.into()),
            text: "Заседание министров.".into(),
            ..Document::default()
        };
        let read = |written: &str, title: &str| {
            let d = find_date(written).unwrap();
            day_month_order(d, Some(written), &doc(title)).to_string()
        };
        assert_eq!(
            read("07/08/2022", "…, Денпасар, 8 июля 2022 года"),
            "2022-07-08"
        );
        assert_eq!(read("07/08/2022", "Пресс-конференция"), "2022-08-07");
        assert_eq!(read("07/08/2022", "…, 7 августа 2022 года"), "2022-08-07");
        assert_eq!(read("25/08/2022", "…, 8 июля 2022 года"), "2022-08-25");
    }

    #[test]
    fn a_date_line_closing_a_press_release_dates_it() {
        let d = |t: &str| closing_date_line(t).map(|d| d.to_string());
        assert_eq!(
            d("Сообщение для печати\n\n14 марта состоялись переговоры.\n\n14 марта 2019 года\n\n1")
                .as_deref(),
            Some("2019-03-14")
        );
        assert_eq!(
            d("Communiqué\n\nLe ministre a reçu son homologue.\n\nParis, le 3 mars 2021")
                .as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(d("Текст.\n\n14 марта 2019 года состоялась встреча"), None);
        assert_eq!(d("Текст.\n\nВстреча прошла 14 марта 2019 года."), None);
    }

    #[test]
    fn header_lines_date_a_page_but_captions_do_not() {
        let d = |t: &str| header_date_line(t, Some("ru")).map(|d| d.to_string());
        let page = "НАТО и Россия снова ведут переговоры\n\nPocket\n\ninosmi.ruПосмотреть оригиналапрель 19-го, 2016\n\nПосле двухлетнего перерыва послы 28 стран НАТО встречаются в среду.";
        assert_eq!(d(page).as_deref(), Some("2016-04-19"));
        let caption = "Встреча не состоится\nДональд Трамп и Владимир Путин 16 июля 2018 года\nНамеченная встреча скорее всего не состоится.";
        assert_eq!(d(caption), None);
        // Places listed with commas before the date are no one's name.
        let placed =
            "Пресс-конференция\nМосква, Кремль, 24 января 2020 года\nВ.Путин: Добрый день.";
        assert_eq!(d(placed).as_deref(), Some("2020-01-24"));
        // Only before the prose begins.
        let late = "Заголовок\nПосле двухлетнего перерыва послы 28 стран НАТО встречаются в среду.\nОбновлено 20 апреля 2016";
        assert_eq!(d(late), None);
        // A title of eight words that ends with a name in quotation marks is no prose.
        let quoted_name = "Интервью Министра иностранных дел России С.В.Лаврова радиостанции «Спутник»\n3 марта 2025 года\nВедущий: Добрый день.";
        assert_eq!(d(quoted_name).as_deref(), Some("2025-03-03"));
        // A time and a short rubric after the date; a bare ISO date-time; a byline's author.
        let with = |line: &str, lang: &str| {
            header_date_line(&format!("Заголовок\n{line}\nТекст."), Some(lang))
                .map(|d| d.to_string())
        };
        for (line, lang, date) in [
            ("14 марта 2019, 15:40 — Новости", "ru", "2019-03-14T15:40"),
            ("14.03.2019 15:40", "ru", "2019-03-14T15:40"),
            ("2019-03-14T15:40:00+03:00", "ru", "2019-03-14T15:40"),
            ("Par Jean Dupont, le 14 mars 2019", "fr", "2019-03-14"),
            ("By John Smith | March 14, 2019", "en", "2019-03-14"),
            (
                "Saturday, 24 September 2022, 9 a.m.",
                "en",
                "2022-09-24T09:00",
            ),
            // A modification date after the publication's is not it.
            (
                "14:35 12.03.2020 (обновлено: 15:00 13.03.2020)",
                "ru",
                "2020-03-12T14:35",
            ),
            (
                "Publié le 12/03/2020 à 14h35, mis à jour le 13/03/2020 à 10h00",
                "fr",
                "2020-03-12T14:35",
            ),
            (
                "Published 12 March 2020, updated 13 March 2020",
                "en",
                "2020-03-12",
            ),
        ] {
            assert_eq!(with(line, lang).as_deref(), Some(date), "{line}");
        }
        // A line that opens with a modification field is skipped for the publication's.
        assert_eq!(
            d("Заголовок\nОбновлено 15.03.2020\nОпубликовано 12.03.2020\nТекст.").as_deref(),
            Some("2020-03-12")
        );
        // With no publication date anywhere, the last update's is the nearest stated.
        for (text, lang) in [
            ("Заголовок\nОбновлено 14.03.2019 16:00\nТекст.", "ru"),
            ("Titre\nMis à jour le 14/03/2019 à 16h00\nTexte.", "fr"),
        ] {
            assert_eq!(
                updated_date_line(text, Some(lang))
                    .map(|d| d.to_string())
                    .as_deref(),
                Some("2019-03-14T16:00"),
                "{text}"
            );
        }
        // A long phrase before the date says what happened that day (a dossier's step).
        assert_eq!(
            with(
                "Examen du texte au cours de la réunion du 29 novembre 2005 à 16 heures",
                "fr"
            ),
            None
        );
    }

    #[test]
    fn running_heads_date_a_record() {
        let furniture = |texts: &[&str]| Cleaned {
            removed: texts
                .iter()
                .map(|t| chancery_clean::Removed {
                    kind: RemovedKind::PageFurniture,
                    text: (*t).to_owned(),
                    at: 0,
                })
                .collect(),
            ..Cleaned::default()
        };
        let d = |c: Cleaned| running_head_date(&c).map(|d| d.to_string());
        assert_eq!(
            d(furniture(&[
                "26/51 15-29431",
                "29/09/2015 A/70/PV.16",
                "15-29431 27/51",
                "A/70/PV.16 29/09/2015"
            ]))
            .as_deref(),
            Some("2015-09-29")
        );
        // One date among many heads is not the document's.
        assert_eq!(
            d(furniture(&[
                "Page 1",
                "Page 2",
                "Page 3",
                "Page 4",
                "Page 5",
                "Page 6",
                "Printed 01/02/2020",
                "Printed 01/02/2020"
            ])),
            None
        );
    }

    #[test]
    fn datelines_opening_the_body() {
        let d = |s: &str| {
            dateline(s)
                .and_then(|(prefix, _)| dated(prefix))
                .map(|d| d.to_string())
        };
        assert_eq!(
            d("WikiLeaks : l’Équateur accorde l'asile\n17 août 2012. - Rafael Correa a décidé hier").as_deref(),
            Some("2012-08-17")
        );
        assert_eq!(
            d("MOSCOW, December 26, 2024. /TASS/. Russia sees").as_deref(),
            Some("2024-12-26")
        );
        // A first sentence that is only "PLACE, DATE", the year noun after the year.
        assert_eq!(
            d("Заголовок\nМосква, 15 мая 2019 года. В минувшую пятницу министр выступил.")
                .as_deref(),
            Some("2019-05-15")
        );
        assert_eq!(
            d("Титул\nВ Москве, как известно, 15 мая 2019 года. Прошла встреча."),
            None
        );
        // Without a year, a dateline says nothing of the year.
        assert_eq!(d("KYIV, Feb 5 (Reuters) - Ukraine and Russia"), None);
        // Its year is the one nearest the text's latest full date; without one, none.
        let y = |s: &str| {
            dateline(s)
                .and_then(|(prefix, _)| yearless(prefix, s))
                .map(|d| d.to_string())
        };
        assert_eq!(
            y("Заголовок\nМОСКВА, 12 марта. /ТАСС/. Встреча прошла после визита 5 февраля 2020 года.")
                .as_deref(),
            Some("2020-03-12")
        );
        assert_eq!(
            y("KYIV, Feb 5 (Reuters) - Talks follow the round of December 12, 2025.").as_deref(),
            Some("2026-02-05")
        );
        assert_eq!(
            y("MOSCOW, December 26. /TASS/. The summit is set for January 10, 2025.").as_deref(),
            Some("2024-12-26")
        );
        assert_eq!(y("KYIV, Feb 5 (Reuters) - Ukraine and Russia"), None);
        // The dateline's span, its separator included; a label before a dash is none.
        let text = "Title\nKYIV, Feb 5 (Reuters) - Ukraine and Russia";
        assert_eq!(
            dateline(text).unwrap().1.slice(text),
            "KYIV, Feb 5 (Reuters)"
        );
        assert_eq!(
            dateline("Entretien\nM. LE DRIAN - Merci de me recevoir."),
            None
        );
        assert_eq!(y("Paris, le 3 mars (AFP) - Rien."), None);
        // A date inside a sentence is not a dateline.
        assert_eq!(
            d("Le 17 août 2012, Rafael Correa a décidé - enfin - d'agir."),
            None
        );
    }

    #[test]
    fn a_texts_own_address_on_a_line_of_its_own() {
        let text = "Лавров провел переговоры\n\nСтороны обсудили ситуацию.\n\nИсточник: https://ria.ru/20190314/1551662231.html\n";
        assert_eq!(
            url_line(text),
            Some("https://ria.ru/20190314/1551662231.html")
        );
        // A link inside a sentence is cited, not the text's own.
        assert_eq!(
            url_line("Voir le rapport publié sur https://a.org/2019/03/14/x pour les détails."),
            None
        );
    }

    #[test]
    fn dates_in_urls() {
        let d = |s: &str| date_in_url(s).map(|d| d.to_string());
        assert_eq!(
            d("https://www.lemonde.fr/europe/article/2018/06/29/un-accord_5322859_3214.html")
                .as_deref(),
            Some("2018-06-29")
        );
        assert_eq!(
            d("https://fr.sputniknews.africa/20251002/1078976742.html").as_deref(),
            Some("2025-10-02")
        );
        assert_eq!(
            d("http://tempsreel.nouvelobs.com/brexit/20160627.OBS3473/brexit.html").as_deref(),
            Some("2016-06-27")
        );
        assert_eq!(
            d("https://www.ng.ru/world/2017-08-30/2_7063_smolensk.html").as_deref(),
            Some("2017-08-30")
        );
        assert_eq!(
            d("https://www.state.gov/2021/07/readout/").as_deref(),
            Some("2021-07")
        );
        assert_eq!(d("https://www.kurdistan24.net/en/story/894746"), None);
        assert_eq!(
            d("http://hosting.afp.com/assnat/201203174627.d228vjt4.html"),
            None
        );
        assert_eq!(d("https://a.ru/news/20231345/"), None);
    }

    #[test]
    fn title_lines() {
        let t = parse_title_line(
            "6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –",
        )
        .unwrap();
        assert_eq!(t.title, "V.Poutine à Minsk rencontre Alexandre Loukachenko");
        assert_eq!(t.reference.as_deref(), Some("6125"));
        assert_eq!(t.date.map(|d| d.to_string()).as_deref(), Some("2024-05-24"));
        assert_eq!(
            parse_title_line(
                "Poutine a appelé la pression extérieure sur la Biélorussie sans précédent (Vidéo)"
            ),
            None
        );
    }

    #[test]
    fn footers_and_urls() {
        assert_eq!(
            publisher_in_footer("Rejoignez News-Front sur Facebook et Vkontakte pour découvrir")
                .as_deref(),
            Some("News-Front")
        );
        assert_eq!(publisher_in_footer("Suivez-nous sur Twitter"), None);
        assert_eq!(
            cited_urls("voir http://a.ru/x. et (https://b.org/y) http://a.ru/x"),
            ["http://a.ru/x", "https://b.org/y"]
        );
    }
}
