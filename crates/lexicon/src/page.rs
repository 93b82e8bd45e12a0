//! The words that structure a web page flattened into text (`data/<lang>/page.tsv`): menu items,
//! the phrases that start related-link, share, footer and subscription blocks, page fields
//! ("Publication date:"), speaker labels without a name ("Question", "Q", "Вопрос"), the words
//! that open a byline ("By", "Par", "Автор") and the
//! abbreviations whose period does not end a sentence.
//!
//! Unlike `chrome.txt` (whole lines), these phrases are found inside running text, so they are
//! given word by word: callers compare a page's words, lowercased and with their surrounding
//! punctuation trimmed (see [`word_form`]), against [`phrases_from`].

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// What a page phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageWord {
    /// An item of a navigation menu or breadcrumb trail.
    Menu,
    /// Starts a block of related links ("See also").
    Related,
    /// An item of a share row.
    Share,
    /// Starts a page-frame block: banner, legal footer, taxonomy.
    Footer,
    /// A page field followed by its value ("Direct link: …").
    Field,
    /// The page's publication-date field.
    Published,
    /// A field whose date is the page's last modification, not its publication ("Updated",
    /// "Mis à jour le", "Обновлено").
    Updated,
    /// A subscription prompt.
    Subscribe,
    /// A cookie or script notice.
    Hidden,
}

impl PageWord {
    fn parse(kind: &str) -> Option<PageWord> {
        Some(match kind {
            "menu" => PageWord::Menu,
            "related" => PageWord::Related,
            "share" => PageWord::Share,
            "footer" => PageWord::Footer,
            "field" => PageWord::Field,
            "published" => PageWord::Published,
            "updated" => PageWord::Updated,
            "subscribe" => PageWord::Subscribe,
            "hidden" => PageWord::Hidden,
            _ => return None,
        })
    }
}

/// A page phrase: its words (in [`word_form`]) and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PagePhrase {
    pub words: Vec<String>,
    pub kind: PageWord,
}

const SOURCES: [&str; 3] = [
    include_str!("../data/fr/page.tsv"),
    include_str!("../data/en/page.tsv"),
    include_str!("../data/ru/page.tsv"),
];

struct Lists {
    /// Phrases by their first word, longest first.
    phrases: HashMap<String, Vec<PagePhrase>>,
    labels: HashSet<String>,
    bare_labels: HashSet<String>,
    bylines: HashSet<String>,
    abbreviations: HashSet<String>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut lists = Lists {
        phrases: HashMap::new(),
        labels: HashSet::new(),
        bare_labels: HashSet::new(),
        bylines: HashSet::new(),
        abbreviations: HashSet::new(),
    };
    for line in SOURCES.iter().flat_map(|s| crate::data_lines(s)) {
        let Some((kind, phrase)) = line.split_once('\t') else {
            continue;
        };
        let phrase = phrase.trim();
        match kind.trim() {
            "label" => {
                lists.labels.insert(word_form(phrase));
            }
            "bare_label" => {
                lists.bare_labels.insert(word_form(phrase));
            }
            "byline" => {
                lists.bylines.insert(word_form(phrase));
            }
            "abbreviation" => {
                lists.abbreviations.insert(phrase.to_lowercase());
            }
            other => {
                let Some(kind) = PageWord::parse(other) else {
                    continue;
                };
                let words: Vec<String> = phrase
                    .split_whitespace()
                    .map(word_form)
                    .filter(|w| !w.is_empty())
                    .collect();
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                let phrase = PagePhrase { words, kind };
                let entry = lists.phrases.entry(first).or_default();
                if !entry.contains(&phrase) {
                    entry.push(phrase);
                }
            }
        }
    }
    for list in lists.phrases.values_mut() {
        list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    }
    lists
});

/// A page's word as the lists compare it: lowercase, without the punctuation around it
/// ("Events," → "events", "(retranslated)" → "retranslated"; "Putin’s" keeps its apostrophe).
pub fn word_form(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '©')
        .to_lowercase()
}

/// The page phrases that start with `first` (in [`word_form`]), longest first.
pub fn phrases_from(first: &str) -> &'static [PagePhrase] {
    LISTS.phrases.get(first).map_or(&[], Vec::as_slice)
}

/// Where the first phrase of `kind` starts in `text` (a byte offset): "14:35 12.03.2020
/// (обновлено: 15:00 13.03.2020)" holds an `updated` field at "обновлено".
pub fn phrase_start(text: &str, kind: PageWord) -> Option<usize> {
    let words: Vec<(usize, String)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, word_form(w)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    (0..words.len()).find_map(|i| {
        phrases_from(&words[i].1)
            .iter()
            .any(|p| {
                p.kind == kind
                    && words.len() - i >= p.words.len()
                    && words[i..i + p.words.len()]
                        .iter()
                        .zip(&p.words)
                        .all(|((_, w), pw)| w == pw)
            })
            .then_some(words[i].0)
    })
}

/// Whether `word` (in [`word_form`]) is a speaker label without a name ("question", "q", "вопрос").
pub fn is_anonymous_label(word: &str) -> bool {
    LISTS.labels.contains(word)
}

/// Whether `word` (in [`word_form`]) is a speaker label that a transcript writes in capitals with
/// neither colon nor dash after it ("Q Thank you, Mr. President." of White House transcripts).
pub fn is_bare_label(word: &str) -> bool {
    LISTS.bare_labels.contains(word)
}

/// Whether `word` (in [`word_form`]) opens a byline: the author's name follows ("by", "par",
/// "автор").
pub fn is_byline(word: &str) -> bool {
    LISTS.bylines.contains(word)
}

/// Whether `word` (lowercase, without its final period) is an abbreviation whose period does not
/// end a sentence ("mr", "mme", "г", "т.е").
pub fn is_abbreviation(word: &str) -> bool {
    LISTS.abbreviations.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_in_every_language() {
        let kind = |w: &str| phrases_from(w).last().map(|p| p.kind);
        assert_eq!(kind("events"), Some(PageWord::Menu));
        assert_eq!(kind("смотрите"), Some(PageWord::Related));
        assert_eq!(kind("partager"), Some(PageWord::Share));
        assert_eq!(kind("©"), Some(PageWord::Footer));
        assert_eq!(kind("дата"), Some(PageWord::Published));
        assert_eq!(kind("обновлено"), Some(PageWord::Updated));
        assert_eq!(
            phrase_start(
                "14:35 12.03.2020 (обновлено: 15:00 13.03.2020)",
                PageWord::Updated
            ),
            Some(17)
        );
        assert_eq!(
            phrase_start("Last updated May 3", PageWord::Updated),
            Some(0)
        );
        assert_eq!(
            phrase_start("Опубликовано 12.03.2020", PageWord::Updated),
            None
        );
        let see: Vec<&[String]> = phrases_from("see").iter().map(|p| &p.words[..]).collect();
        assert_eq!(see, [["see".to_owned(), "also".to_owned()]]);
        assert!(is_anonymous_label("вопрос") && is_anonymous_label("q"));
        assert!(is_abbreviation("mme") && is_abbreviation("т.е") && !is_abbreviation("putin"));
        assert_eq!(word_form("(Retranslated):"), "retranslated");
        assert_eq!(word_form("Putin’s"), "putin’s");
    }

    #[test]
    fn one_kind_per_phrase_and_no_long_phrases() {
        let mut kinds: HashMap<&[String], PageWord> = HashMap::new();
        for p in LISTS.phrases.values().flatten() {
            assert!(p.words.len() <= 12, "{:?}", p.words);
            if let Some(k) = kinds.insert(&p.words, p.kind) {
                assert_eq!(k, p.kind, "{:?}", p.words);
            }
        }
    }
}
