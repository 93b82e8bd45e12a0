//! The analyzers: one per body language (French, English, Russian stemming; accents and case
//! folded), one for text in other languages, and one for names, which writes Cyrillic in Latin
//! letters and folds transliteration variants so that "Лавров", "Lavrov" and "Lawrow" meet.
//!
//! The Russian table and the spelling folds are data (`data/ru_latin.tsv`, `data/name_folds.tsv`),
//! compiled in.

use std::sync::OnceLock;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// Analyzer names, as registered in the index's tokenizer manager.
pub const FR: &str = "chancery_fr";
pub const EN: &str = "chancery_en";
pub const RU: &str = "chancery_ru";
pub const OTHER: &str = "chancery_other";
pub const NAMES: &str = "chancery_names";

/// Tokens longer than this (in bytes) are dropped: base64, URLs glued to words.
const MAX_TOKEN: usize = 60;

/// Registers every analyzer in `manager`.
pub fn register(manager: &TokenizerManager) {
    manager.register(FR, stemmed(Language::French));
    manager.register(EN, stemmed(Language::English));
    manager.register(
        RU,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN))
            .filter(LowerCaser)
            .filter(MapFilter(fold_yo))
            .filter(Stemmer::new(Language::Russian))
            .build(),
    );
    manager.register(
        OTHER,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN))
            .filter(LowerCaser)
            .filter(MapFilter(fold_yo))
            .filter(AsciiFoldingFilter)
            .build(),
    );
    manager.register(NAMES, names());
}

/// Latin-script languages: stemmed first (the stemmers know the accents), accents folded after,
/// so that "negociations" and "négociations" give the same term.
fn stemmed(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN))
        .filter(LowerCaser)
        .filter(Stemmer::new(language))
        .filter(AsciiFoldingFilter)
        .build()
}

/// The names analyzer (actors, speakers): Cyrillic written in Latin letters by
/// `data/ru_latin.tsv`, accents folded, then the spelling folds of `data/name_folds.tsv`.
pub fn names() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN))
        .filter(LowerCaser)
        .filter(MapFilter(to_latin))
        .filter(AsciiFoldingFilter)
        .filter(MapFilter(fold_spelling))
        .build()
}

/// Russian "ё" is written "е" in most texts: fold it.
fn fold_yo(word: &str, out: &mut String) {
    out.clear();
    out.extend(word.chars().map(|c| if c == 'ё' { 'е' } else { c }));
}

/// A lowercase word with its Cyrillic letters written in Latin ones.
fn to_latin(word: &str, out: &mut String) {
    let tables = tables();
    out.clear();
    for c in word.chars() {
        match tables.cyrillic(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// The spelling folds, on a lowercase Latin word.
fn fold_spelling(word: &str, out: &mut String) {
    let tables = tables();
    let mut folded = word.to_owned();
    for (from, to) in &tables.folds {
        if folded.contains(from.as_str()) {
            folded = folded.replace(from.as_str(), to);
        }
    }
    if folded.len() > 4 {
        for (end, to) in &tables.endings {
            if let Some(stem) = folded.strip_suffix(end.as_str()) {
                folded = format!("{stem}{to}");
                break;
            }
        }
    }
    out.clear();
    out.push_str(&folded);
}

struct Tables {
    /// Lowercase Cyrillic letter → Latin, sorted by letter.
    letters: Vec<(char, String)>,
    /// Folds applied anywhere in the word, in order.
    folds: Vec<(String, String)>,
    /// Folds applied at the end of the word, first match only.
    endings: Vec<(String, String)>,
}

impl Tables {
    fn cyrillic(&self, c: char) -> Option<&str> {
        if !('\u{400}'..='\u{4ff}').contains(&c) {
            return None;
        }
        self.letters
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .map(|i| self.letters[i].1.as_str())
    }
}

/// The tab-separated pairs of a data file (comments and blank lines skipped; a missing second
/// column is the empty string).
fn pairs(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut letters: Vec<(char, String)> = pairs(include_str!("../data/ru_latin.tsv"))
            .filter_map(|(k, v)| {
                let mut chars = k.chars();
                let c = chars.next()?;
                chars.next().is_none().then(|| (c, v.trim().to_owned()))
            })
            .collect();
        letters.sort_by_key(|(k, _)| *k);
        let mut folds = Vec::new();
        let mut endings = Vec::new();
        for (from, to) in pairs(include_str!("../data/name_folds.tsv")) {
            let to = to.trim().to_owned();
            match from.strip_suffix('$') {
                Some(end) => endings.push((end.to_owned(), to)),
                None => folds.push((from.to_owned(), to)),
            }
        }
        Tables {
            letters,
            folds,
            endings,
        }
    })
}

/// A token filter that rewrites each token's text with a function.
#[derive(Clone, Copy)]
pub struct MapFilter(pub fn(&str, &mut String));

impl TokenFilter for MapFilter {
    type Tokenizer<T: Tokenizer> = MapTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MapTokenizer<T> {
        MapTokenizer {
            inner: tokenizer,
            map: self.0,
        }
    }
}

#[derive(Clone)]
pub struct MapTokenizer<T> {
    inner: T,
    map: fn(&str, &mut String),
}

impl<T: Tokenizer> Tokenizer for MapTokenizer<T> {
    type TokenStream<'a> = MapTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MapTokenStream {
            inner: self.inner.token_stream(text),
            map: self.map,
            buffer: String::new(),
        }
    }
}

pub struct MapTokenStream<S> {
    inner: S,
    map: fn(&str, &mut String),
    buffer: String,
}

impl<S: TokenStream> TokenStream for MapTokenStream<S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        (self.map)(&self.inner.token().text, &mut self.buffer);
        std::mem::swap(&mut self.inner.token_mut().text, &mut self.buffer);
        true
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

/// The terms an analyzer gives for a text (for tests and for building filter queries).
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(analyzer: &str, a: &str, b: &str) {
        let manager = TokenizerManager::new();
        register(&manager);
        let mut an = manager.get(analyzer).unwrap();
        let (ta, tb) = (terms(&mut an, a), terms(&mut an, b));
        assert_eq!(ta, tb, "{a} / {b}");
    }

    #[test]
    fn stemming_per_language() {
        check(FR, "négociations", "négociation");
        check(FR, "Négociations", "negociation");
        check(EN, "talks", "talk");
        check(EN, "ministers", "Minister");
        check(RU, "переговоров", "переговоры");
        check(RU, "министрами", "министром");
        check(RU, "Ёлка", "елка");
        check(OTHER, "Außenminister", "AUSSENMINISTER");
    }

    #[test]
    fn names_meet_across_scripts() {
        check(NAMES, "Лавров", "Lavrov");
        check(NAMES, "Lawrow", "LAVROV");
        check(NAMES, "Сергей Лавров", "Sergueï Lavrov");
        check(NAMES, "Sergei", "Sergey");
        check(NAMES, "Путин", "Poutine");
        check(NAMES, "Захарова", "Zakharova");
        check(NAMES, "Шойгу", "Choïgou");
        check(NAMES, "Лукашенко", "Loukachenko");
        check(NAMES, "Beloussov", "Белоусов");
    }

    #[test]
    fn every_russian_letter_has_a_spelling() {
        for c in 'а'..='я' {
            assert!(tables().cyrillic(c).is_some(), "{c} has no Latin spelling");
        }
        assert_eq!(tables().cyrillic('ё'), Some("e"));
    }
}
