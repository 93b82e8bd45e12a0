//! Bodies of a state named by what they do and whose they are ("le ministère espagnol des
//! Affaires étrangères", "Russia's Defence Ministry", "МИД Украины", "the Japanese government"):
//! one organisation, "<kind> of <state>" (`chancery_lexicon::bodies`), with the state's
//! government code (`ESPGOV`). The state is a country of the actor base right after the phrase
//! (through "of the", "de la"; the Russian genitive needs nothing), right before it, or a country
//! adjective next to it (`country_adjectives.tsv`). A phrase without a state written as a name
//! ("В МИД заявили", "the Foreign Ministry added") is the body of that kind named last with its
//! state; else it names nobody in particular and is left alone.

use std::collections::HashMap;

use chancery_lexicon::actors::{Hit, Kb};
use chancery_lexicon::bodies::{Body, bodies};
use chancery_lexicon::events::lexicon;
use chancery_model::text::is_word_char;
use chancery_model::{EntityType, PartialDate, Span};

/// A body named in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyMention {
    pub span: Span,
    pub name: String,
    /// The state's government code on the document's date ("RUSGOV").
    pub code: Option<String>,
    /// Named again without its state ("В МИД заявили"), as the body of that kind named before.
    pub again: bool,
    /// Written as a name with no state, none named before ("в Министерстве иностранных дел"):
    /// no entity, but no word of it is a name of its own either.
    pub stateless: bool,
}

/// The words of `chunk`, a piece of the folded text starting at byte `base`, with their byte
/// offsets in the whole text (apostrophes and hyphens split words).
fn words(chunk: &str, base: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chunk.char_indices() {
        let inside = is_word_char(c) && c != '\'' && c != '’' && c != '-';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((base + s, &chunk[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((base + s, &chunk[s..]));
    }
    out
}

/// Most bytes of text read at once: a body's name never spans a line, and a line longer than
/// this (a page flattened onto one line) is read in pieces cut at spaces, so that memory stays
/// proportional to a piece, not to the document.
const CHUNK: usize = 64 * 1024;

/// The lines of `folded` (pieces of at most about `CHUNK` bytes), with their start offsets.
fn chunks(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < folded.len() {
            let rest = &folded[at..];
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let mut end = line_end;
            if end > CHUNK {
                let mut cut = CHUNK;
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                end = rest[..cut].rfind(' ').filter(|&i| i > 0).unwrap_or(cut);
            }
            let start = at;
            at += if end == line_end { end + 1 } else { end };
            if end > 0 {
                return Some((start, &rest[..end]));
            }
        }
        None
    })
}

/// The state a dispatch's dateline names, the state itself or its capital ("МОСКВА, 12
/// марта. /ТАСС/.", "WASHINGTON (Reuters) -"): the actor index of the state, from `hits`
/// (the actor base's mentions in the text).
pub fn dateline_state(dateline: Option<Span>, hits: &[Hit], kb: &Kb) -> Option<usize> {
    let dateline = dateline?;
    let h = hits
        .iter()
        .find(|h| dateline.start <= h.span.start && h.span.end <= dateline.end)?;
    let a = &kb.actors()[h.actor];
    if !kb.speaks_for_state(&a.name) {
        return None;
    }
    kb.state(a.code_on(None)?)
}

/// The state of a transcript's first labelled speaker the base knows as an official of one
/// ("С.Лавров:" → Russia), on `date`: whose ministry "МИД" alone means in their briefing.
pub fn first_speaker_state(
    turns: &[chancery_model::Turn],
    date: Option<chancery_model::PartialDate>,
    kb: &Kb,
) -> Option<usize> {
    turns.iter().filter(|t| t.label.is_some()).find_map(|t| {
        let a = &kb.actors()[kb.lookup(&t.speaker)?];
        if a.kind != chancery_model::EntityType::Per {
            return None;
        }
        let code = a.code_on(date)?;
        kb.state(code.get(..3)?)
    })
}

/// The state of the first person in `hits` (text order) the base knows as a government
/// official on `date` ("Министр иностранных дел России Сергей Лавров", "Официальный
/// представитель МИД Мария Захарова" → Russia): whose ministry a news text means by "МИД"
/// alone, when it has no dateline, no labelled speaker and names no state's body before.
pub fn first_official_state(
    hits: &[Hit],
    date: Option<chancery_model::PartialDate>,
    kb: &Kb,
) -> Option<usize> {
    hits.iter().find_map(|h| {
        let a = &kb.actors()[h.actor];
        if a.kind != chancery_model::EntityType::Per {
            return None;
        }
        let code = a.code_on(date)?;
        if code.get(3..6) != Some("GOV") {
            return None;
        }
        kb.state(code.get(..3)?)
    })
}

/// The bodies of states that `text` names. `folded` is `actors::fold(text)`; `hits` the actor
/// base's mentions in it, sorted; `home` the state of the dispatch's dateline, whose body a
/// body written as a name with no state and none named before is ("МОСКВА … /ТАСС/. В МИД
/// заявили"); `official_home` the state of the first official named (`first_official_state`),
/// whose body such an acronym is where there is no `home`.
pub fn find(
    text: &str,
    folded: &str,
    lang: Option<&str>,
    hits: &[Hit],
    kb: &Kb,
    date: Option<PartialDate>,
    (home, official_home): (Option<usize>, Option<usize>),
) -> Vec<BodyMention> {
    let Some(lang) = lang else {
        return Vec::new();
    };
    let (Some(table), Some(adjectives)) = (bodies(lang), lexicon(lang)) else {
        return Vec::new();
    };
    // A state of the base: a place whose code is a country's three letters.
    let state = |actor: usize| {
        let a = &kb.actors()[actor];
        let code = a.code_on(date)?;
        (a.kind == EntityType::Loc
            && code.len() == 3
            && code.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| (a.name.clone(), code.to_owned()))
    };
    let code_of = |name: &str| kb.by_name(name).and_then(state).map(|(_, code)| code);
    // A country adjective as written: lower case in French and Russian (capitalised only when
    // it opens a sentence: "Французский МИД сообщил"), capitalised in English.
    let adjective = |ws: &[(usize, &str)], k: usize| {
        let (at, w) = ws[k];
        let first = text[at..].chars().next()?;
        let opens_sentence = text[..at]
            .trim_end_matches([' ', '\u{a0}', '«', '"', '“'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':'));
        let written_ok = if lang == "en" {
            first.is_uppercase()
        } else {
            first.is_lowercase() || opens_sentence
        };
        written_ok
            .then(|| adjectives.adjective_country(w))
            .flatten()
            .map(str::to_owned)
    };
    let hit_at = |start: usize| hits.iter().find(|h| h.span.start == start);
    let matches_from = |ws: &[(usize, &str)], body: &Body, k: usize| {
        body.words
            .iter()
            .enumerate()
            .all(|(n, bw)| ws.get(k + n).is_some_and(|(_, w)| bw.matches(w)))
    };
    let mut out = Vec::new();
    // The last body of each kind named with its state ("МИД Молдовы"): a later mention of that
    // kind written as a name without a state ("В МИД заявили", "the Foreign Ministry added") is
    // the same body.
    let mut last_of_kind: Vec<(&str, String, Option<String>)> = Vec::new();
    for (base, chunk) in chunks(folded) {
        let ws = words(chunk, base);
        let mut i = 0;
        while i < ws.len() {
            let mut found = None;
            for body in &table.phrases {
                if !body.words[0].matches(ws[i].1) {
                    continue;
                }
                // "ministère espagnol des Affaires étrangères": the adjective inside the phrase.
                let (inner, rest_at) = match body.words.len() {
                    1 => (None, i + 1),
                    _ if matches_from(&ws, body, i) => (None, i),
                    _ => match (i + 1 < ws.len()).then(|| adjective(&ws, i + 1)).flatten() {
                        Some(country) => {
                            let rest = Body {
                                words: body.words[1..].to_vec(),
                                ..body.clone()
                            };
                            if !matches_from(&ws, &rest, i + 2) {
                                continue;
                            }
                            (Some(country), i + 1)
                        }
                        None => continue,
                    },
                };
                let end = if body.words.len() == 1 {
                    i + 1
                } else {
                    rest_at + body.words.len()
                };
                found = Some((body, inner, end));
                break;
            }
            let Some((body, inner, end)) = found else {
                i += 1;
                continue;
            };
            let start_at = ws[i].0;
            let end_at = ws[end - 1].0 + ws[end - 1].1.len();
            let mut span = Span::new(start_at, end_at);
            let mut country = inner;
            // An adjective after it ("ministère des Affaires étrangères russe").
            if country.is_none()
                && lang != "en"
                && end < ws.len()
                && let Some(c) = adjective(&ws, end)
                && text[end_at..ws[end].0].trim().is_empty()
            {
                country = Some(c);
                span.end = ws[end].0 + ws[end].1.len();
            }
            // A state after it, through joining words ("of the", "de la"; none in Russian).
            if country.is_none() {
                let mut k = end;
                while k < ws.len() && k < end + 3 && table.joiners.contains(&ws[k].1) {
                    k += 1;
                }
                if let Some(&(at, _)) = ws.get(k)
                    && text[end_at..at]
                        .chars()
                        .all(|c| !matches!(c, '.' | ',' | ';' | ':' | '\n' | '(' | '«' | '"'))
                    && let Some(h) = hit_at(at)
                    && let Some((name, _)) = state(h.actor)
                {
                    country = Some(name);
                    span.end = h.span.end;
                }
            }
            // An adjective or a state before it ("Spanish Foreign Ministry", "US government",
            // "Russia's Defence Ministry", "украинского МИДа").
            if country.is_none() && i > 0 {
                let gap = &text[ws[i - 1].0 + ws[i - 1].1.len()..start_at];
                if gap.trim().is_empty()
                    && let Some(c) = adjective(&ws, i - 1)
                {
                    country = Some(c);
                    span.start = ws[i - 1].0;
                }
                if country.is_none() {
                    let before = text[..start_at].trim_end();
                    let possessive = before
                        .strip_suffix("'s")
                        .or_else(|| before.strip_suffix("’s"))
                        .unwrap_or(before);
                    if let Some(h) = hits.iter().find(|h| h.span.end == possessive.len())
                        && (possessive.len() < before.len()
                            || text[h.span.end..start_at].trim().is_empty())
                        && let Some((name, _)) = state(h.actor)
                    {
                        country = Some(name);
                        span.start = h.span.start;
                    }
                }
            }
            // Written as a name ("Foreign Ministry", "Affaires étrangères", "МИД", "Правительство
            // Японии"), not described ("the Iraqi government", "венгерского правительства").
            let named = text[start_at..end_at].chars().any(char::is_uppercase);
            // (With none of its kind named before, a dispatch's body is its dateline's state's;
            // not a body with a name of its own after it, "Government of National Accord".)
            let own_name_after = {
                let mut next = text[end_at..].split_whitespace();
                next.next().is_some_and(|w| {
                    chancery_lexicon::people::quote_words(
                        chancery_lexicon::people::QuoteWord::Genitive,
                    )
                    .contains(w.to_lowercase().as_str())
                }) && next
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            };
            // (Else an acronym, "МИД", is the ministry of the first official the text names;
            // a word, "Government", may be part of a longer name: "Republic of Yemen
            // Government".)
            // (Nor one inside a name the base knows: "МИД России".)
            let acronym = !text[start_at..end_at].contains(|c: char| c.is_lowercase() || c == ' ')
                && !hits
                    .iter()
                    .any(|h| h.span.start <= start_at && end_at <= h.span.end);
            if country.is_none()
                && named
                && !own_name_after
                && !last_of_kind.iter().any(|(kind, ..)| *kind == body.english)
                && let Some((name, _)) = home.or(official_home.filter(|_| acronym)).and_then(state)
            {
                country = Some(name);
            }
            if country.is_none()
                && named
                && let Some((_, name, code)) =
                    last_of_kind.iter().find(|(kind, ..)| *kind == body.english)
            {
                out.push(BodyMention {
                    span,
                    name: name.clone(),
                    code: code.clone(),
                    again: true,
                    stateless: false,
                });
            } else if country.is_none() && named {
                out.push(BodyMention {
                    span,
                    name: body.english.to_owned(),
                    code: None,
                    again: false,
                    stateless: true,
                });
            }
            if let Some(country) = country.filter(|_| named) {
                let mention = BodyMention {
                    span,
                    code: code_of(&country).map(|c| format!("{c}GOV")),
                    name: table.name_of(body.english, &country),
                    again: false,
                    stateless: false,
                };
                last_of_kind.retain(|(kind, ..)| *kind != body.english);
                last_of_kind.push((body.english, mention.name.clone(), mention.code.clone()));
                out.push(mention);
            }
            i = end;
        }
    }
    // A body with no state named before the only body of its kind named with one ("согласовано
    // с МИД …. МИД России опубликовал") is that body.
    // The bodies the text names with their state, found here or known to the actor base ("МИД
    // России"): (where, name, code).
    let named: Vec<(usize, String, Option<String>)> = out
        .iter()
        .filter(|b| !b.stateless)
        .map(|b| (b.span.start, b.name.clone(), b.code.clone()))
        .chain(hits.iter().filter_map(|h| {
            let a = &kb.actors()[h.actor];
            (a.kind == EntityType::Org && a.name.contains(" of ")).then(|| {
                (
                    h.span.start,
                    a.name.clone(),
                    a.code_on(date).map(str::to_owned),
                )
            })
        }))
        .collect();
    // Of each kind, once: the one body named (its name, code and last place), if only one is.
    let mut only: HashMap<String, Option<(String, Option<String>, usize)>> = HashMap::new();
    for b in out.iter_mut().filter(|b| b.stateless) {
        let one = only.entry(b.name.clone()).or_insert_with(|| {
            let of_kind = named.iter().filter(|(_, name, _)| own_kind(name, &b.name));
            let (_, first, code) = of_kind.clone().next()?;
            of_kind.clone().all(|(_, name, _)| name == first).then(|| {
                let last = of_kind.map(|(at, ..)| *at).max().unwrap_or(0);
                (first.clone(), code.clone(), last)
            })
        });
        if let Some((name, code, last)) = one
            && *last > b.span.start
        {
            *b = BodyMention {
                name: name.clone(),
                code: code.clone(),
                again: true,
                stateless: false,
                span: b.span,
            };
        }
    }
    out
}

/// Whether `name`, a body's name ("Ministry of Foreign Affairs of Russia"), is of the kind
/// `kind` names ("Ministry of Foreign Affairs").
fn own_kind(name: &str, kind: &str) -> bool {
    name.strip_prefix(kind)
        .is_some_and(|rest| rest.starts_with(" of "))
}

/// Whether `name` is, whole, a body of a state ("Gouvernement de la République française").
pub fn names_whole(name: &str, lang: Option<&str>, kb: &Kb) -> bool {
    let folded = chancery_lexicon::actors::fold(name);
    let hits = kb.find_in(name, &folded);
    find(name, &folded, lang, &hits, kb, None, (None, None))
        .iter()
        .any(|b| !b.again && !b.stateless && b.span.start == 0 && b.span.end == name.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chancery_lexicon::actors::{builtin, fold};

    fn names(text: &str, lang: &str) -> Vec<String> {
        let kb = builtin();
        let folded = fold(text);
        let hits = kb.find_in(text, &folded);
        find(text, &folded, Some(lang), &hits, kb, None, (None, None))
            .into_iter()
            .filter(|b| !b.stateless)
            .map(|b| format!("{} = {} {:?}", b.span.slice(text), b.name, b.code))
            .collect()
    }

    #[test]
    fn a_body_with_no_state_is_the_one_of_its_kind_named_later() {
        assert_eq!(
            names(
                "Предложение было согласовано с МИД и другими органами. МИД Молдовы опубликовал комментарий.",
                "ru"
            ),
            [
                "МИД = Ministry of Foreign Affairs of Moldova Some(\"MDAGOV\")",
                "МИД Молдовы = Ministry of Foreign Affairs of Moldova Some(\"MDAGOV\")"
            ]
        );
        // (Not when two states' bodies of that kind are named.)
        assert_eq!(
            names(
                "Согласовано с МИД. МИД Молдовы и МИД Румынии ответили.",
                "ru"
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_dispatchs_body_with_no_state_is_its_datelines_states() {
        let kb = builtin();
        let text = "МОСКВА, 12 марта. /ТАСС/. В МИД заявили, что это недопустимо. Министерство иностранных дел Молдовы ответило.";
        let folded = fold(text);
        let hits = kb.find_in(text, &folded);
        let dateline = Span::new(0, text.find("В МИД").unwrap());
        let home = dateline_state(Some(dateline), &hits, kb);
        let got: Vec<String> = find(text, &folded, Some("ru"), &hits, kb, None, (home, None))
            .into_iter()
            .filter(|b| !b.stateless)
            .map(|b| format!("{} = {}", b.span.slice(text), b.name))
            .collect();
        assert_eq!(
            got,
            [
                "МИД = Ministry of Foreign Affairs of Russia",
                "Министерство иностранных дел Молдовы = Ministry of Foreign Affairs of Moldova"
            ]
        );
        // Without a dateline, nobody's.
        assert_eq!(dateline_state(None, &hits, kb), None);
    }

    #[test]
    fn a_transcripts_body_with_no_state_is_its_first_officials_states() {
        let kb = builtin();
        let text = "С.Лавров: В МИД это обсуждали. Government of National Accord.";
        let turn = chancery_model::Turn {
            speaker: "Sergey Lavrov".to_owned(),
            kind: chancery_model::TurnKind::Answer,
            section: None,
            span: Span::new(10, text.len()),
            label: Some(Span::new(0, 9)),
        };
        let date = chancery_model::PartialDate::parse_iso("2022-07-08");
        let home = first_speaker_state(&[turn], date, kb);
        assert_eq!(home.map(|i| kb.actors()[i].name.as_str()), Some("Russia"));
        let folded = fold(text);
        let hits = kb.find_in(text, &folded);
        let got: Vec<String> = find(text, &folded, Some("ru"), &hits, kb, None, (home, None))
            .into_iter()
            .filter(|b| !b.stateless)
            .map(|b| format!("{} = {}", b.span.slice(text), b.name))
            .collect();
        // (Not a body with a name of its own after it.)
        assert_eq!(got, ["МИД = Ministry of Foreign Affairs of Russia"]);
    }

    #[test]
    fn a_news_texts_acronym_body_is_its_first_officials_states() {
        let kb = builtin();
        let text = "Официальный представитель МИД Мария Захарова заявила. МИД России и \
                    Republic of Yemen Government ответили.";
        let folded = fold(text);
        let hits = kb.find_in(text, &folded);
        let date = chancery_model::PartialDate::parse_iso("2022-07-08");
        let official = first_official_state(&hits, date, kb);
        assert_eq!(
            official.map(|i| kb.actors()[i].name.as_str()),
            Some("Russia")
        );
        let got: Vec<String> = find(text, &folded, Some("ru"), &hits, kb, date, (None, official))
            .into_iter()
            .filter(|b| !b.stateless)
            .map(|b| format!("{} = {}", b.span.slice(text), b.name))
            .collect();
        // (An acronym only: a word may be part of a longer name.)
        assert!(
            got.iter()
                .any(|g| g == "МИД = Ministry of Foreign Affairs of Russia"),
            "{got:?}"
        );
        assert!(!got.iter().any(|g| g.starts_with("Government")), "{got:?}");
    }

    #[test]
    fn a_name_that_is_a_body_whole_is_known_as_one() {
        let kb = builtin();
        assert!(names_whole(
            "Gouvernement de la République française",
            Some("fr"),
            kb
        ));
        assert!(!names_whole("Office franco-allemand", Some("fr"), kb));
        assert!(!names_whole("Gouvernement", Some("fr"), kb));
    }

    #[test]
    fn a_body_named_again_without_its_state_is_the_one_named_before() {
        assert_eq!(
            names(
                "МИД Молдовы вызвал посла. В МИД заявили, что это недопустимо.",
                "ru"
            ),
            [
                "МИД Молдовы = Ministry of Foreign Affairs of Moldova Some(\"MDAGOV\")",
                "МИД = Ministry of Foreign Affairs of Moldova Some(\"MDAGOV\")",
            ]
        );
        assert_eq!(
            names(
                "The elected Ukrainian Government fell. People from the United States Government came.",
                "en"
            ),
            [
                "Ukrainian Government = Government of Ukraine Some(\"UKRGOV\")",
                "United States Government = Government of the United States Some(\"USAGOV\")",
            ]
        );
    }

    #[test]
    fn bodies_with_their_state() {
        assert_eq!(
            names(
                "Le ministère espagnol des Affaires étrangères a indiqué.",
                "fr"
            ),
            [
                "ministère espagnol des Affaires étrangères = Ministry of Foreign Affairs of Spain Some(\"ESPGOV\")"
            ]
        );
        assert_eq!(
            names("Le ministère de la Défense de la Russie a dit.", "fr"),
            [
                "ministère de la Défense de la Russie = Ministry of Defence of Russia Some(\"RUSGOV\")"
            ]
        );
        assert_eq!(
            names(
                "The Spanish Foreign Ministry said. Russia's Defence Ministry said.",
                "en"
            ),
            [
                "Spanish Foreign Ministry = Ministry of Foreign Affairs of Spain Some(\"ESPGOV\")",
                "Russia's Defence Ministry = Ministry of Defence of Russia Some(\"RUSGOV\")"
            ]
        );
        assert_eq!(
            names(
                "МИД Украины заявил, что Правительство Японии и японское правительство…",
                "ru"
            ),
            [
                "МИД Украины = Ministry of Foreign Affairs of Ukraine Some(\"UKRGOV\")",
                "Правительство Японии = Government of Japan Some(\"JPNGOV\")",
            ]
        );
        assert_eq!(
            names("The Defence Ministry of the United Kingdom said.", "en"),
            [
                "Defence Ministry of the United Kingdom = Ministry of Defence of the United Kingdom Some(\"GBRGOV\")"
            ]
        );
        assert_eq!(
            names(
                "Le ministère suisse des Affaires étrangères a rappelé.",
                "fr"
            ),
            [
                "ministère suisse des Affaires étrangères = Federal Department of Foreign Affairs Some(\"CHEGOV\")"
            ]
        );
        // No state, no body; a body described, not named, neither.
        assert!(names("The Iraqi government said.", "en").is_empty());
        assert!(names("Le gouvernement a démissionné.", "fr").is_empty());
        assert!(names("The government said.", "en").is_empty());
    }
}
