//! Sections of compilations: dated, placed parts with their own title and source address.
//!
//! A heading is a numbered ("1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk") or
//! lettered ("A – Début des négociations … – 24 mai 2024 à 14h50 à Minsk") line ending in a date,
//! an optional time and an optional place. Lettered headings inside a numbered section are its
//! parts. A heading whose label comes again later is a table-of-contents entry, not a section.
//! A section runs to the next heading of its level (or its parent's end); its `url` is the bare
//! address line that closes it (before its first part, for a section that has parts).

use std::sync::LazyLock;

use chancery_model::text::line_spans;
use chancery_model::{Document, PartialDate, Section, Span};
use regex::Regex;

use crate::meta::month_number;

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})\s*(?:°\s*/|°|[.)/])\s*(.+?)\s+[–—-]\s+(.+)$").expect("valid regex")
});
static LETTERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z])\s*[–—.)-]\s+(.+?)\s+[–—-]\s+(.+)$").expect("valid regex")
});
static WHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\d{1,2})(?:er)?\s+(\p{L}+)\.?\s+(\d{4})(?:\s*(?:à|a|at|в|,)?\s*(\d{1,2})\s*[h:]\s*(\d{2}))?(?:\s*(?:à|au|en|in|at|в|во|,)\s+(.{1,60}))?$",
    )
    .expect("valid regex")
});
static URL_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^https?://\S+$").expect("valid regex"));

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Level {
    Numbered,
    Lettered,
}

struct Heading {
    level: Level,
    label: String,
    title: String,
    published: Option<PartialDate>,
    place: Option<String>,
    line: Span,
}

pub fn extract_sections(doc: &mut Document) {
    let text = doc.text.as_str();
    let mut headings: Vec<Heading> = line_spans(text)
        .filter_map(|line| heading(line, text))
        .collect();
    // Table-of-contents entries: a heading whose level and label come again later.
    let toc: Vec<bool> = (0..headings.len())
        .map(|i| {
            headings[i + 1..]
                .iter()
                .any(|h| h.level == headings[i].level && h.label == headings[i].label)
        })
        .collect();
    let mut keep = toc.iter().map(|t| !t);
    headings.retain(|_| keep.next().unwrap_or(false));

    let end_of_text = text.trim_end().len();
    let mut sections: Vec<Section> = Vec::new();
    let mut current_top: Option<usize> = None;
    for (i, h) in headings.iter().enumerate() {
        let next_same_or_higher = headings[i + 1..]
            .iter()
            .find(|n| {
                n.level == Level::Numbered
                    || (h.level == Level::Lettered && n.level == Level::Lettered)
            })
            .map_or(end_of_text, |n| n.line.start);
        let parent = match h.level {
            Level::Numbered => None,
            Level::Lettered => current_top,
        };
        let end = match parent {
            Some(p) => next_same_or_higher.min(sections[p].span.end),
            None => next_same_or_higher,
        };
        let span = Span::new(h.line.start, end).trim(text);
        let index = sections.len();
        if h.level == Level::Numbered {
            current_top = Some(index);
        }
        sections.push(Section {
            label: h.label.clone(),
            title: h.title.clone(),
            published: h.published,
            place: h.place.clone(),
            url: None,
            span,
            heading: h.line,
            parent,
        });
    }
    // The address line that closes each section, outside its parts.
    for i in 0..sections.len() {
        let own_end = sections[i + 1..]
            .iter()
            .find(|s| s.parent == Some(i))
            .map_or(sections[i].span.end, |child| child.span.start);
        let own = Span::new(sections[i].span.start, own_end);
        sections[i].url = line_spans(own.slice(text))
            .map(|l| l.slice(own.slice(text)).trim())
            .filter(|l| URL_LINE.is_match(l))
            .last()
            .map(str::to_owned);
    }
    doc.sections = sections;
}

fn heading(line: Span, text: &str) -> Option<Heading> {
    let s = line.slice(text);
    if s.len() > 300 || s.is_empty() {
        return None;
    }
    let first = s.as_bytes()[0];
    let (level, caps) = if first.is_ascii_digit() {
        (Level::Numbered, NUMBERED.captures(s)?)
    } else if first.is_ascii_uppercase()
        && s.as_bytes()
            .get(1)
            .is_some_and(|b| !b.is_ascii_alphanumeric())
    {
        (Level::Lettered, LETTERED.captures(s)?)
    } else {
        return None;
    };
    let (published, place) = when(caps.get(3)?.as_str())?;
    Some(Heading {
        level,
        label: caps[1].to_owned(),
        title: caps[2].trim().to_owned(),
        published: Some(published),
        place,
        line,
    })
}

/// "23 mai 2024 à 23h30 à Minsk" → (2024-05-23T23:30, Some("Minsk")).
fn when(s: &str) -> Option<(PartialDate, Option<String>)> {
    let c = WHEN.captures(s.trim())?;
    let date = PartialDate::ymd(c[3].parse().ok()?, month_number(&c[2])?, c[1].parse().ok()?)?;
    let date = match (c.get(4), c.get(5)) {
        (Some(h), Some(m)) => date.with_time(h.as_str().parse().ok()?, m.as_str().parse().ok()?)?,
        _ => date,
    };
    let place = c
        .get(6)
        .map(|p| p.as_str().trim().trim_end_matches(['.', ',']).to_owned());
    Some((date, place))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compilation_with_toc_and_parts() {
        let text = "\
Titre – 24.05.24 –
1°/Arrivée – 23 mai 2024 à 23h30 à Minsk
2°/Pourparlers – 24 mai 2024 à 17h15 à Minsk

1°/Arrivée – 23 mai 2024 à 23h30 à Minsk
Il arrive.
http://en.kremlin.ru/events/president/news/1

2°/Pourparlers – 24 mai 2024 à 17h15 à Minsk
Ils parlent.
A – Restreintes – 24 mai 2024 à 14h50 à Minsk
Texte A.
http://en.kremlin.ru/events/president/transcripts/2
B – Élargies – 24 mai 2024 à 16h40 à Minsk
Texte B.
http://en.kremlin.ru/events/president/transcripts/3";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_sections(&mut doc);
        let got: Vec<String> = doc
            .sections
            .iter()
            .map(|s| {
                format!(
                    "{} {} {} {} {:?} {:?} [{}]",
                    s.label,
                    s.title,
                    s.published.map(|p| p.to_string()).unwrap_or_default(),
                    s.place.as_deref().unwrap_or("-"),
                    s.url.as_deref().map(|u| u.rsplit('/').next().unwrap_or("")),
                    s.parent,
                    s.span.slice(text).lines().last().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "1 Arrivée 2024-05-23T23:30 Minsk Some(\"1\") None [http://en.kremlin.ru/events/president/news/1]",
                "2 Pourparlers 2024-05-24T17:15 Minsk None None [http://en.kremlin.ru/events/president/transcripts/3]",
                "A Restreintes 2024-05-24T14:50 Minsk Some(\"2\") Some(1) [http://en.kremlin.ru/events/president/transcripts/2]",
                "B Élargies 2024-05-24T16:40 Minsk Some(\"3\") Some(1) [http://en.kremlin.ru/events/president/transcripts/3]",
            ]
        );
    }

    #[test]
    fn prose_is_not_a_heading() {
        let text = "3 juin – le jour où tout a changé, disait-il.\nA – b";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_sections(&mut doc);
        assert!(doc.sections.is_empty());
    }
}
