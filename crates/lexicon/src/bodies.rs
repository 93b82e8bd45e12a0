//! The bodies of a state named by what they do and whose they are: "ministère espagnol des
//! Affaires étrangères", "Russia's Defence Ministry", "МИД Украины", "the Japanese government".
//!
//! `data/<lang>/bodies.tsv` lists, per language, the phrases that name a kind of body (lower
//! case; a word ending in `*` is a stem: "министерств*" is every case form) with the English
//! name of that kind ("Ministry of Foreign Affairs"), and the words that join a body to the state
//! after it ("of", "de la", nothing in Russian, whose genitive does it). The state itself is
//! found by the entity stage (`the`: words of a state's English name that take "the", "Ministry
//! of Foreign Affairs of the United States"), found by the entity stage (a country of the actor base after the phrase, or a country
//! adjective of `country_adjectives.tsv` next to it); the body is then called
//! "<English kind> of <state>" — the form the actor base and the gold use.
//!
//! `name` lines give the own name of a body whose generic one is not used ("Ministry of Foreign
//! Affairs of Switzerland" is the "Federal Department of Foreign Affairs").
//!
//! A new language is one new file and one line in [`FILES`].

use std::sync::LazyLock;

use crate::data_lines;
use crate::events::PatternWord;

const FILES: [(&str, &str); 3] = [
    ("fr", include_str!("../data/fr/bodies.tsv")),
    ("en", include_str!("../data/en/bodies.tsv")),
    ("ru", include_str!("../data/ru/bodies.tsv")),
];

/// A phrase that names a kind of body.
#[derive(Clone, Debug)]
pub struct Body {
    pub lang: &'static str,
    pub words: Vec<PatternWord>,
    /// Its English name, before " of <state>".
    pub english: &'static str,
}

/// What one language's file holds.
#[derive(Default)]
pub struct Bodies {
    pub phrases: Vec<Body>,
    /// Words that may stand between a body and its state ("of", "the", "de", "la").
    pub joiners: Vec<&'static str>,
    /// Words of a state's English name that call for "the" after "of" ("united", "republic").
    pub the: Vec<&'static str>,
    /// A body whose own name is not the generic one ("Ministry of Foreign Affairs of
    /// Switzerland" is the "Federal Department of Foreign Affairs").
    pub names: Vec<(&'static str, &'static str)>,
}

static BODIES: LazyLock<Vec<(&'static str, Bodies)>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|&(lang, file)| {
            let mut b = Bodies::default();
            for line in data_lines(file) {
                let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
                match cols.as_slice() {
                    ["body", phrase, english] => b.phrases.push(Body {
                        lang,
                        words: phrase
                            .split_whitespace()
                            .map(|w| match w.strip_suffix('*') {
                                Some(stem) => PatternWord::Stem(stem.to_owned()),
                                None => PatternWord::Exact(w.to_owned()),
                            })
                            .collect(),
                        english,
                    }),
                    ["joiner", word] => b.joiners.push(word),
                    ["the", word] => b.the.push(word),
                    ["name", generic, own] => b.names.push((generic, own)),
                    _ => {}
                }
            }
            // Longest phrases first: "ministère des affaires étrangères" before "ministère".
            b.phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            (lang, b)
        })
        .collect()
});

impl Bodies {
    /// The name of the body of kind `english` ("Ministry of Foreign Affairs") of `country`:
    /// "Ministry of Foreign Affairs of Russia", "… of the United States", or the body's own name
    /// when it has one ("United States Department of State").
    pub fn name_of(&self, english: &str, country: &str) -> String {
        let the = self
            .the
            .iter()
            .any(|w| country.to_lowercase().split(' ').any(|c| c == *w));
        let generic = format!("{english} of {}{country}", if the { "the " } else { "" });
        own_name(&generic).map_or(generic, str::to_owned)
    }
}

/// The own name of a body called `generic` ("Ministry of Foreign Affairs of the United States" →
/// "United States Department of State"), from any language's file.
pub fn own_name(generic: &str) -> Option<&'static str> {
    BODIES
        .iter()
        .flat_map(|(_, b)| &b.names)
        .find(|(g, _)| *g == generic)
        .map(|(_, own)| *own)
}

/// Whether a lower-case word opens a body phrase of several words in some language ("ministère",
/// "ministry", "министерство"): the words after it describe the body, not a person's role.
pub fn opens_body(word: &str) -> bool {
    BODIES
        .iter()
        .flat_map(|(_, b)| &b.phrases)
        .any(|p| p.words.len() > 1 && p.words[0].matches(word))
}

/// Whether lower-case `words` are a body phrase of several words in some language, one word
/// more allowed anywhere (the state's adjective: "russian foreign ministry", "ministère russe
/// des affaires étrangères").
pub fn is_body_phrase(words: &[&str]) -> bool {
    let same = |p: &Body, ws: &mut dyn Iterator<Item = &str>| {
        let ws: Vec<&str> = ws.collect();
        ws.len() == p.words.len() && p.words.iter().zip(&ws).all(|(pw, w)| pw.matches(w))
    };
    BODIES
        .iter()
        .flat_map(|(_, b)| &b.phrases)
        .filter(|p| p.words.len() > 1)
        .any(|p| {
            same(p, &mut words.iter().copied())
                || (0..words.len()).any(|skip| {
                    same(
                        p,
                        &mut words
                            .iter()
                            .enumerate()
                            .filter(|&(i, _)| i != skip)
                            .map(|(_, w)| *w),
                    )
                })
        })
}

/// The body phrases of a language.
pub fn bodies(lang: &str) -> Option<&'static Bodies> {
    BODIES.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_well_formed() {
        for (lang, file) in FILES {
            for line in data_lines(file) {
                let cols: Vec<&str> = line.split('\t').collect();
                let ok = matches!(cols.as_slice(), ["body", p, e] if !p.is_empty() && e.starts_with(char::is_uppercase))
                    || matches!(cols.as_slice(), ["joiner" | "the", w] if !w.is_empty());
                let named = matches!(cols.as_slice(), ["name", g, o] if g.contains(" of ") && !o.is_empty());
                assert!(ok || named, "{lang}: bad line {line:?}");
                if !named {
                    assert_eq!(
                        cols[1],
                        cols[1].to_lowercase(),
                        "{lang}: lower case: {line:?}"
                    );
                }
            }
        }
        let fr = bodies("fr").unwrap();
        assert!(
            fr.phrases
                .iter()
                .any(|p| p.english == "Ministry of Foreign Affairs")
        );
        assert!(PatternWord::Stem("министерств".into()).matches("министерством"));
        assert_eq!(
            own_name("Ministry of Foreign Affairs of the United States"),
            Some("United States Department of State")
        );
    }
}
