//! Words that look like names but are not entities: demonyms ("Français", "biélorusses",
//! "Russians", "россияне") and job titles standing alone ("Président", "Ministre").
//!
//! Data: `data/<lang>/demonyms.txt` (forms generated from the masculine singular),
//! `data/<lang>/name_edges.tsv` (words around a tagged name that are not part of it),
//! `data/<lang>/not_names.txt` (capitalised common nouns), `data/<lang>/document_nouns.txt`
//! (the nouns that head a treaty's or an act's name), the label words of `people` (the
//! lowercase words of a role phrase), `data/ru/adjective_endings.txt` (a Russian adjective
//! alone is the cut-off start of a longer name) and `data/<lang>/person_determiners.txt` ("un
//! Suisse" is a person, "la Suisse" a country).

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::actors::fold;
use crate::data_lines as lines;
use crate::people::label_words;

/// French and English demonyms with their generated forms, folded.
static DEMONYMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set = HashSet::new();
    for base in lines(include_str!("../data/fr/demonyms.txt")) {
        let base = fold(base);
        for end in ["", "e", "s", "es"] {
            set.insert(format!("{base}{end}"));
        }
        for (stem, fem) in [("ien", "ienne"), ("éen", "éenne"), ("on", "onne")] {
            if let Some(root) = base.strip_suffix(stem) {
                set.insert(format!("{root}{fem}"));
                set.insert(format!("{root}{fem}s"));
            }
        }
        // "français" is already plural; "chinois" too.
    }
    for base in lines(include_str!("../data/en/demonyms.txt")) {
        let base = fold(base);
        set.insert(format!("{base}s"));
        set.insert(base);
    }
    set
});

/// Capitalised common nouns that alone are not entities, folded.
static NOT_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    [
        include_str!("../data/fr/not_names.txt"),
        include_str!("../data/en/not_names.txt"),
        include_str!("../data/ru/not_names.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .map(fold)
    .collect()
});

/// Official forms of a state's name before its short name (`data/<lang>/state_forms.txt`),
/// lowercase, longest first.
static STATE_FORMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = [
        include_str!("../data/fr/state_forms.txt"),
        include_str!("../data/en/state_forms.txt"),
        include_str!("../data/ru/state_forms.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .collect();
    v.sort_by_key(|f| std::cmp::Reverse(f.len()));
    v
});

/// The short name after the official form of a state's name ("Royaume du Maroc" → "Maroc",
/// "Kingdom of Morocco" → "Morocco", "Королевства Марокко" → "Марокко"); `None` when `name` does
/// not open with one, or nothing capitalised follows it.
pub fn after_state_form(name: &str) -> Option<&str> {
    let lower = name.to_lowercase();
    STATE_FORMS.iter().find_map(|form| {
        let rest = lower.strip_prefix(form)?;
        // (Whole words: "république de" not in "républiques", and an apostrophe form glued.)
        let glued = form.ends_with(['\'', '’']);
        if !glued && !rest.starts_with(' ') {
            return None;
        }
        let short = name[name.len() - rest.len()..].trim_start();
        short.starts_with(char::is_uppercase).then_some(short)
    })
}

/// Nouns that head a document's name (`data/<lang>/document_nouns.txt`), folded; stems end in `*`.
static DOCUMENT_NOUNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        include_str!("../data/fr/document_nouns.txt"),
        include_str!("../data/en/document_nouns.txt"),
        include_str!("../data/ru/document_nouns.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .map(fold)
    .collect()
});

/// Whether `word` (any case) is a noun that heads the name of a text: a treaty, an act, a
/// declaration ("Traité", "Agreement", "Договора").
pub fn is_document_noun(word: &str) -> bool {
    let w = fold(word);
    DOCUMENT_NOUNS.iter().any(|n| match n.strip_suffix('*') {
        Some(stem) => w.starts_with(stem),
        None => w == *n,
    })
}

/// Whether `word`, standing alone, is a capitalised common noun rather than a name ("État",
/// "Défense" in "ministre de la Défense", "Merci").
pub fn is_common_noun(word: &str) -> bool {
    let w = fold(word);
    NOT_NAMES.contains(&w) || STATE_FORM_HEADS.contains(&w)
}

/// The nouns that open the official form of a state's name ("Kingdom", "République",
/// "Королевство"): alone, a common noun.
static STATE_FORM_HEADS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    STATE_FORMS
        .iter()
        .filter_map(|f| f.split([' ', '\'', '’']).next())
        .filter(|w| w.chars().count() >= 4)
        .map(fold)
        .collect()
});

/// The edges of a tagged name, `data/<lang>/name_edges.tsv`: (leading words, each with the
/// separator that follows it — a space, or nothing after an elided article's apostrophe;
/// trailing words).
/// (Leading words with their separators, the same words bare for lookups, trailing words.)
static NAME_EDGES: LazyLock<(Vec<String>, HashSet<String>, HashSet<&'static str>)> =
    LazyLock::new(|| {
        let mut leading = Vec::new();
        let mut trailing = HashSet::new();
        for line in [
            include_str!("../data/fr/name_edges.tsv"),
            include_str!("../data/en/name_edges.tsv"),
            include_str!("../data/ru/name_edges.tsv"),
        ]
        .into_iter()
        .flat_map(lines)
        {
            match line.split_once('\t') {
                Some(("leading", w)) => {
                    let w = w.trim();
                    leading.push(if w.ends_with(['\'', '’']) {
                        w.to_owned()
                    } else {
                        format!("{w} ")
                    });
                }
                Some(("trailing", w)) => {
                    trailing.insert(w.trim());
                }
                _ => {}
            }
        }
        let bare = leading.iter().map(|w| w.trim_end().to_owned()).collect();
        (leading, bare, trailing)
    });

/// The articles and prepositions that may open a tagged span without being part of the name,
/// each with the separator after it ("la ", "l'").
pub fn leading_words() -> &'static [String] {
    &NAME_EDGES.0
}

/// Whether `word` (any case) is one of the leading articles and prepositions ("Le", "the").
pub fn is_leading_word(word: &str) -> bool {
    NAME_EDGES.1.contains(&word.to_lowercase())
}

/// Whether a lowercase word never ends a name ("aussi", "also", "также").
pub fn is_trailing_word(word: &str) -> bool {
    NAME_EDGES.2.contains(word)
}

/// Russian demonym stems, folded: the demonyms, and the stems of the country adjectives
/// (`data/ru/country_adjectives.tsv`: "французск" of "Французское правительство").
static RU_STEMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    lines(include_str!("../data/ru/demonyms.txt"))
        .chain(
            lines(include_str!("../data/ru/country_adjectives.tsv"))
                .filter_map(|l| l.split('\t').next())
                // (Not the prefixes of compounds, "франко-": "Франко" is a name.)
                .filter(|stem| !stem.ends_with('о')),
        )
        .map(fold)
        .collect()
});

/// Words that make the nationality noun after them a person ("un Suisse", "l'Australien"),
/// `data/<lang>/person_determiners.txt`.
static PERSON_DETERMINERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        include_str!("../data/fr/person_determiners.txt"),
        include_str!("../data/en/person_determiners.txt"),
    ]
    .into_iter()
    .flat_map(lines)
    .collect()
});

/// Whether `word` (lowercase; an elided article with its apostrophe, "l'") before a nationality
/// noun makes it a person: "un Suisse" is a Swiss, "la Suisse" Switzerland.
pub fn is_person_determiner(word: &str) -> bool {
    PERSON_DETERMINERS.contains(word)
}

/// Whether `word` is one of the French or English nationality words as listed (no Russian stem
/// matching, whose stems also start country names: "белорус" / "Белоруссия").
pub fn is_listed_demonym(word: &str) -> bool {
    DEMONYMS.contains(&fold(word))
}

/// Whether `word` (one word, any case) is a demonym or nationality adjective in fr, en or ru.
pub fn is_demonym(word: &str) -> bool {
    let w = fold(word);
    if DEMONYMS.contains(&w) {
        return true;
    }
    // Russian stems take case endings of at most three letters.
    RU_STEMS
        .iter()
        .any(|s| w.starts_with(s.as_str()) && w[s.len()..].chars().count() <= 3)
}

/// Whether `word` is a title or function word of a role phrase ("Président", "ministre",
/// "Secretary", "министр"), which alone is not an entity.
pub fn is_title_word(word: &str) -> bool {
    let w = fold(word);
    // A role word ("président") or a courtesy title ("M.", "Mr", "господин").
    let listed = |stem: &str| {
        label_words().contains(stem) || {
            // One letter only with its dot: "M." is a title, "M" alone an initial.
            let bare = stem.trim_end_matches('.');
            (bare.chars().count() >= 2 || stem.ends_with('.'))
                && crate::people::quote_words(crate::people::QuoteWord::Honorific).contains(bare)
        }
    };
    // (A hyphenated title is listed with its hyphen: "porte-parole".)
    if listed(&w) || listed(&word.to_lowercase()) {
        return true;
    }
    // Russian titles take case endings: "Президентом", "министра", "господину".
    if w.chars()
        .next()
        .is_some_and(|c| ('\u{430}'..='\u{44f}').contains(&c))
    {
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for cut in 1..=3.min(chars.len().saturating_sub(3)) {
            let stem = &w[..chars[chars.len() - cut].0];
            if listed(stem) {
                return true;
            }
        }
    }
    false
}

/// Whether `word` is a title itself ("глава", "head", "ministre"), not one of the short function
/// words a role phrase also holds ("de", "of", "le").
pub fn is_title_noun(word: &str) -> bool {
    word.chars().count() >= TITLE_NOUN_CHARS && is_title_word(word)
}

/// Fewest letters of a title noun: the function words of role phrases are shorter.
const TITLE_NOUN_CHARS: usize = 4;

/// Lowercase words a name may hold, for the languages that capitalise every other word of a
/// name (`data/<lang>/name_particles.txt`); languages without the file have no such rule.
static NAME_PARTICLES: LazyLock<Vec<(&'static str, HashSet<&'static str>)>> = LazyLock::new(|| {
    vec![(
        "en",
        lines(include_str!("../data/en/name_particles.txt")).collect(),
    )]
});

/// Whether a span written in `lang` holds a lowercase word no name of that language holds
/// ("Cuban doctors", "These members of Congress"): then it is not a name.
pub fn has_common_words(name: &str, lang: Option<&str>) -> bool {
    let Some((_, particles)) = NAME_PARTICLES.iter().find(|(l, _)| Some(*l) == lang) else {
        return false;
    };
    name.split([' ', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .any(|w| w.starts_with(char::is_lowercase) && !particles.contains(w))
}

static ADJECTIVE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(include_str!("../data/ru/adjective_endings.txt")).collect());

/// Whether a Cyrillic word is an adjective form ("Верховным", "Дипломатической"): at least three
/// letters before one of the endings of `data/ru/adjective_endings.txt`.
pub fn is_russian_adjective(word: &str) -> bool {
    let lower = word.to_lowercase();
    let letters = lower.chars().count();
    lower
        .chars()
        .all(|c| ('\u{0430}'..='\u{044f}').contains(&c) || c == 'ё')
        && ADJECTIVE_ENDINGS
            .iter()
            .any(|e| lower.ends_with(e) && letters >= e.chars().count() + 3)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_short_name_after_a_state_form() {
        assert_eq!(after_state_form("Royaume du Maroc"), Some("Maroc"));
        assert_eq!(
            after_state_form("République d'Ouzbékistan"),
            Some("Ouzbékistan")
        );
        assert_eq!(after_state_form("Kingdom of Morocco"), Some("Morocco"));
        assert_eq!(after_state_form("Королевства Марокко"), Some("Марокко"));
        assert_eq!(after_state_form("Royaume-Uni"), None);
        assert_eq!(after_state_form("Royaume des Pays-Bas"), Some("Pays-Bas"));
        assert_eq!(
            after_state_form("Kingdom of the Netherlands"),
            Some("Netherlands")
        );
        // (Their head noun alone is a common noun.)
        assert!(is_common_noun("Kingdom") && is_common_noun("République"));
        assert_eq!(after_state_form("République démocratique du Congo"), None);
    }

    #[test]
    fn english_names_capitalise_their_words() {
        let en = Some("en");
        assert!(has_common_words("Cuban doctors", en));
        assert!(has_common_words("These members of Congress", en));
        assert!(!has_common_words("Ladies in White", en));
        assert!(!has_common_words("Bank of America", en));
        // No rule where names keep lowercase words.
        assert!(!has_common_words(
            "Organisation internationale de la Francophonie",
            Some("fr")
        ));
        assert!(!has_common_words("Cuban doctors", None));
    }

    use super::*;

    #[test]
    fn demonyms_in_three_languages() {
        for w in [
            "Français",
            "biélorusses",
            "Biélorusse",
            "Ukrainiennes",
            "Américains",
            "Russians",
            "Chinese",
            "россияне",
            "Белорусы",
            "американская",
        ] {
            assert!(is_demonym(w), "{w}");
        }
        for w in [
            "France",
            "Biélorussie",
            "Russia",
            "Россия",
            "Минск",
            "Chine",
            "Pékin",
        ] {
            assert!(!is_demonym(w), "{w}");
        }
    }

    #[test]
    fn titles_alone() {
        for w in [
            "Président",
            "ministre",
            "Secretary",
            "министр",
            "Президентом",
            "министра",
            "M.",
        ] {
            assert!(is_title_word(w), "{w}");
        }
        assert!(!is_title_word("Poutine"));
    }

    #[test]
    fn russian_adjective_forms() {
        for w in ["Верховным", "Дипломатической", "Черного", "Белый"]
        {
            assert!(is_russian_adjective(w), "{w}");
        }
        for w in ["Москва", "Лавров", "ООН", "Киев", "Мой"] {
            assert!(!is_russian_adjective(w), "{w}");
        }
    }
}
