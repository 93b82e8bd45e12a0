//! Role phrases as templates: the listed phrases of `data/<lang>/roles.tsv` in another case
//! ("Генеральному секретарю НАТО" for "генеральный секретарь нато") and with another country
//! where a listed phrase names one ("Президенту Франции" for "президент россии", "le président
//! américain" for "le président russe", "the Prime Minister of India" for "the prime minister of
//! russia"). A listed phrase whose English role is "<Office> of <Country>" and whose words name
//! that country (by a name of the actor base or by a nationality adjective) becomes a template
//! with a slot where the country stands; any state in the slot names the same office of that
//! state. Russian words are compared without their case endings.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use chancery_model::PartialDate;

use crate::actors::{Kb, fold};
use crate::inflected::{key, words_match, words_of};

/// How many words a state's name may have in a slot ("соединённых штатов америки").
const SLOT_WORDS: usize = 4;

/// Where a template's country stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// No country: the listed phrase in another case.
    None,
    /// A state's name ("россии", "de la france" → "france").
    Name,
    /// A nationality adjective of the template's language.
    Adjective(&'static str),
    /// A state's name in the English possessive, one word ("iran's", "japan’s").
    Possessive,
}

/// A state's name in the English possessive: the name before "'s".
fn possessed(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

#[derive(Debug)]
struct Template {
    /// Word keys before the slot (all of them when there is no slot).
    before: Vec<String>,
    slot: Slot,
    after: Vec<String>,
    /// The role when there is no slot; else the office before " of ".
    role: String,
}

/// The state some words name, in any case.
fn state_named(kb: &Kb, words: &str) -> Option<usize> {
    kb.lookup(words)
        .or_else(|| kb.lookup_inflected(words))
        .filter(|&i| kb.is_state(i))
}

/// The country a nationality adjective names in `lang`, the adjective being its stem and a case
/// ending at most.
fn adjective_country(lang: &str, word: &str) -> Option<&'static str> {
    crate::events::lexicon(lang)?.inflected_adjective_country(word)
}

fn language_of(words: &[&str]) -> &'static [&'static str] {
    if words
        .iter()
        .any(|w| w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)))
    {
        &["ru"]
    } else {
        &["fr", "en"]
    }
}

/// A listed phrase as a template, if it names a country its role is an office of, or is
/// Russian (so that its other cases are found).
fn template(kb: &Kb, phrase: &str, role: &str) -> Option<Template> {
    let folded = fold(phrase);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let keys = |ws: &[&str]| ws.iter().map(|w| key(w)).collect::<Vec<_>>();
    if let Some((office, country)) = role.rsplit_once(" of ") {
        let country = country.strip_prefix("the ").unwrap_or(country);
        let c = kb.by_name(country).filter(|&i| kb.is_state(i));
        if let Some(c) = c {
            // A name of the country, the longest first, then an adjective of it.
            for i in 0..words.len() {
                for j in (i + 1..=(i + SLOT_WORDS).min(words.len())).rev() {
                    if j - i == words.len() {
                        continue;
                    }
                    if state_named(kb, &words[i..j].join(" ")) == Some(c) {
                        return Some(Template {
                            before: keys(&words[..i]),
                            slot: Slot::Name,
                            after: keys(&words[j..]),
                            role: office.to_owned(),
                        });
                    }
                }
            }
            // ("iran's supreme leader": the possessive, one word.)
            if let Some(k) = words
                .iter()
                .position(|w| possessed(w).is_some_and(|stem| state_named(kb, stem) == Some(c)))
                && words.len() > 1
            {
                return Some(Template {
                    before: keys(&words[..k]),
                    slot: Slot::Possessive,
                    after: keys(&words[k + 1..]),
                    role: office.to_owned(),
                });
            }
            for (k, w) in words.iter().enumerate() {
                for &lang in language_of(&words) {
                    if words.len() > 1 && adjective_country(lang, w) == Some(country) {
                        return Some(Template {
                            before: keys(&words[..k]),
                            slot: Slot::Adjective(lang),
                            after: keys(&words[k + 1..]),
                            role: office.to_owned(),
                        });
                    }
                }
            }
        }
    }
    (language_of(&words) == ["ru"]).then(|| Template {
        before: keys(&words),
        slot: Slot::None,
        after: Vec::new(),
        role: role.to_owned(),
    })
}

struct Templates {
    all: Vec<Template>,
    /// Templates by the key of their first word before the slot.
    by_first: HashMap<String, Vec<usize>>,
    /// Templates that open with their slot, by the key of the first word after it.
    by_after: HashMap<String, Vec<usize>>,
}

static TEMPLATES: LazyLock<Templates> = LazyLock::new(|| {
    let kb = crate::actors::builtin();
    let mut all: Vec<Template> = Vec::new();
    for (phrase, role) in crate::people::role_phrases() {
        let Some(t) = template(kb, phrase, role) else {
            continue;
        };
        if all.iter().any(|o| {
            o.before == t.before && o.after == t.after && o.slot == t.slot && o.role == t.role
        }) {
            continue;
        }
        all.push(t);
    }
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_after: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, t) in all.iter().enumerate() {
        if let Some(w) = t.before.first() {
            by_first.entry(w.clone()).or_default().push(i);
        } else if let Some(w) = t.after.first() {
            by_after.entry(w.clone()).or_default().push(i);
        }
    }
    Templates {
        all,
        by_first,
        by_after,
    }
});

/// The country a slot at word `at` names and the number of words it takes.
fn fill(
    kb: &Kb,
    folded: &str,
    words: &[(Range<usize>, std::borrow::Cow<'_, str>)],
    at: usize,
    slot: Slot,
) -> Option<(String, usize)> {
    match slot {
        Slot::None => Some((String::new(), 0)),
        Slot::Adjective(lang) => {
            let w = words.get(at)?;
            adjective_country(lang, &folded[w.0.clone()]).map(|c| (c.to_owned(), 1))
        }
        Slot::Possessive => {
            let w = words.get(at)?;
            let stem = possessed(&folded[w.0.clone()])?;
            state_named(kb, stem).map(|i| (kb.actors()[i].name.clone(), 1))
        }
        Slot::Name => (1..=SLOT_WORDS).rev().find_map(|n| {
            let last = words.get(at + n - 1)?;
            let joined = &folded[words[at].0.start..last.0.end];
            if joined.contains([',', ';', ':', '.']) {
                return None;
            }
            state_named(kb, joined).map(|i| (kb.actors()[i].name.clone(), n))
        }),
    }
}

/// The role a template names with `country` in its slot, when some office is known by it.
fn role_of(t: &Template, country: &str, date: Option<PartialDate>) -> Option<String> {
    if t.slot == Slot::None {
        return Some(t.role.clone());
    }
    [
        format!("{} of {country}", t.role),
        format!("{} of the {country}", t.role),
    ]
    .into_iter()
    .find(|r| crate::offices::holder(r, date).is_some())
}

/// Every role phrase of `folded` (the [`fold`] of a text) a template finds, with its English
/// role: Russian phrases in any case, phrases with another country in a listed phrase's slot.
/// Overlapping finds keep the first, longest one; a role with no holder on `date` is left out
/// (with no date, one that never had a holder: who held it when the text was written is then for
/// the caller to tell, e.g. by a holder the text names in full).
pub fn template_roles(
    folded: &str,
    kb: &Kb,
    date: Option<PartialDate>,
) -> Vec<(Range<usize>, String)> {
    // Line by line: a role phrase does not run across lines, and the words of one line at a
    // time keep memory to the longest line, not the whole text.
    let mut out = Vec::new();
    for (offset, line) in crate::inflected::lines_of(folded) {
        out.extend(
            line_roles(line, kb, date)
                .into_iter()
                .map(|(r, role)| (r.start + offset..r.end + offset, role)),
        );
    }
    out
}

/// [`template_roles`] of one line.
fn line_roles(folded: &str, kb: &Kb, date: Option<PartialDate>) -> Vec<(Range<usize>, String)> {
    let t = &*TEMPLATES;
    let words = words_of(folded);
    let mut out: Vec<(Range<usize>, String)> = Vec::new();
    let mut next_free = 0;
    for p in 0..words.len() {
        if words[p].0.start < next_free {
            continue;
        }
        let mut best: Option<(Range<usize>, String)> = None;
        let mut consider = |range: Range<usize>, role: String| {
            if best.as_ref().is_none_or(|(b, _)| range.end > b.end) {
                best = Some((range, role));
            }
        };
        for &i in t.by_first.get(&*words[p].1).into_iter().flatten() {
            let tpl = &t.all[i];
            if !words_match(folded, &words, p, &tpl.before) {
                continue;
            }
            let at = p + tpl.before.len();
            // (An adjective takes one word: the words after it are checked first, the
            // adjective lexicon only then — "the", "le" open templates.)
            if matches!(tpl.slot, Slot::Adjective(_))
                && !tpl.after.is_empty()
                && !words_match(folded, &words, at + 1, &tpl.after)
            {
                continue;
            }
            let Some((country, n)) = fill(kb, folded, &words, at, tpl.slot) else {
                continue;
            };
            if !tpl.after.is_empty() && !words_match(folded, &words, at + n, &tpl.after) {
                continue;
            }
            let end = at + n + tpl.after.len();
            let Some(role) = role_of(tpl, &country, date) else {
                continue;
            };
            consider(words[p].0.start..words[end - 1].0.end, role);
        }
        // A template that opens with its adjective ("российский лидер"): the adjective at `p`.
        if let Some(next) = words.get(p + 1) {
            for &i in t.by_after.get(&*next.1).into_iter().flatten() {
                let tpl = &t.all[i];
                if tpl.slot == Slot::Name {
                    continue;
                }
                let Some((country, 1)) = fill(kb, folded, &words, p, tpl.slot) else {
                    continue;
                };
                if !words_match(folded, &words, p + 1, &tpl.after) {
                    continue;
                }
                let end = p + 1 + tpl.after.len();
                let Some(role) = role_of(tpl, &country, date) else {
                    continue;
                };
                consider(words[p].0.start..words[end - 1].0.end, role);
            }
        }
        if let Some((range, role)) = best {
            next_free = range.end;
            out.push((range, role));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::builtin;

    fn roles(text: &str, date: &str) -> Vec<(String, String)> {
        let folded = fold(text);
        template_roles(&folded, builtin(), PartialDate::parse_iso(date))
            .into_iter()
            .map(|(r, role)| (text[r].to_owned(), role))
            .collect()
    }

    #[test]
    fn listed_russian_phrases_in_another_case() {
        let found = roles(
            "Мы благодарны президенту России за поддержку.",
            "2020-01-01",
        );
        assert_eq!(
            found,
            [(
                "президенту России".to_owned(),
                "President of Russia".to_owned()
            )]
        );
    }

    #[test]
    fn a_state_in_the_possessive() {
        let found = roles("Iran's president said no.", "2020-03-10");
        assert_eq!(
            found,
            [(
                "Iran's president".to_owned(),
                "President of Iran".to_owned()
            )]
        );
        let found = roles("India’s prime minister spoke.", "2020-03-10");
        assert_eq!(found[0].1, "Prime Minister of India");
    }

    #[test]
    fn another_country_in_a_listed_phrase() {
        let found = roles(
            "Мы благодарны Президенту Франции за его поддержку.",
            "2002-07-20",
        );
        assert_eq!(found[0].1, "President of France");
        let found = roles("Il a reçu le président américain à Paris.", "2022-01-01");
        assert_eq!(found[0].1, "President of the United States");
        // An office the base knows no holder of on that date: nothing.
        assert!(roles("Президенту Франции", "1970-01-01").is_empty());
        // A listed phrase of an organisation, in another case.
        let found = roles("признательность Генеральному секретарю НАТО", "2002-05-28");
        assert_eq!(found[0].1, "Secretary General of NATO");
    }

    #[test]
    fn a_text_of_unknown_date_still_has_its_roles() {
        let found = roles("на встрече у российского президента была возможность", "");
        assert_eq!(found[0].1, "President of Russia");
        assert!(roles("Президенту Атлантиды", "").is_empty());
    }
}
