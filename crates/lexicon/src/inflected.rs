//! Phrases found in any case: the words of a folded text ([`fold`](crate::actors::fold)) keyed
//! without their Russian case endings ([`russian_key`](crate::actors::russian_key)), so that a
//! listed phrase ("Совет Россия–НАТО", "генеральный секретарь нато") is found in every case
//! ("Совета Россия–НАТО", "Генеральному секретарю НАТО"). Words of other scripts are compared as
//! folded.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::actors::{RUSSIAN_PHRASE_ENDINGS, russian_key, russian_stem};

/// The comparison key of a folded word: a Cyrillic word without its case ending, others as
/// they are.
pub fn key(word: &str) -> String {
    key_of(word).into_owned()
}

/// [`key`], borrowed from the word when it can be (a folded text's words are lowercase: most
/// keys are slices of them).
fn key_of(word: &str) -> Cow<'_, str> {
    if !is_cyrillic(word) {
        return Cow::Borrowed(word);
    }
    if word.chars().all(|c| c.is_lowercase() && c != 'ё') {
        return Cow::Borrowed(russian_stem(word));
    }
    Cow::Owned(russian_key(word).unwrap_or_else(|| word.to_owned()))
}

/// Whether every letter of a non-empty word is Cyrillic.
pub fn is_cyrillic(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Whether `c` separates words: spaces, dashes and punctuation (an apostrophe does not).
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | ':'
                | '('
                | ')'
                | '['
                | ']'
                | '«'
                | '»'
                | '"'
                | '“'
                | '”'
                | '„'
                | '!'
                | '?'
                | '.'
                | '/'
                | '-'
                | '–'
                | '—'
        )
}

/// The words of a folded text with their byte ranges and keys.
pub fn words_of(folded: &str) -> Vec<(Range<usize>, Cow<'_, str>)> {
    words_iter(folded).collect()
}

/// [`words_of`] one word at a time (no list of every word of a long text).
pub fn words_iter(folded: &str) -> impl Iterator<Item = (Range<usize>, Cow<'_, str>)> {
    let mut chars = folded.char_indices();
    let mut start: Option<usize> = None;
    std::iter::from_fn(move || {
        loop {
            match chars.next() {
                Some((i, c)) => match (start, is_separator(c)) {
                    (None, false) => start = Some(i),
                    (Some(s), true) => {
                        start = None;
                        return Some((s..i, key_of(&folded[s..i])));
                    }
                    _ => {}
                },
                None => {
                    let s = start.take()?;
                    return Some((s..folded.len(), key_of(&folded[s..])));
                }
            }
        }
    })
}

/// The lines of a text with their byte offsets.
pub fn lines_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |line| {
        let at = offset;
        offset += line.len() + 1;
        (at, line)
    })
}

/// The keys of a phrase's words.
pub fn phrase_keys(folded_phrase: &str) -> Vec<String> {
    words_of(folded_phrase)
        .into_iter()
        .map(|(_, k)| k.into_owned())
        .collect()
}

/// Whether the words from `at` on have `keys`, with nothing but spaces or dashes between them
/// (no clause punctuation).
pub fn words_match(
    folded: &str,
    words: &[(Range<usize>, Cow<'_, str>)],
    at: usize,
    keys: &[String],
) -> bool {
    at + keys.len() <= words.len()
        && keys.iter().enumerate().all(|(i, k)| {
            (*words[at + i].1 == **k || i > 0 && plural_genitive_of(&words[at + i].1, k))
                && (i == 0
                    || folded[words[at + i - 1].0.end..words[at + i].0.start]
                        .chars()
                        .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—')))
        })
}

/// Whether the key of a word of a phrase is `key` once a genitive plural ending is dropped
/// ("штатов" → "штат").
fn plural_genitive_of(word_key: &str, key: &str) -> bool {
    RUSSIAN_PHRASE_ENDINGS.iter().any(|e| {
        word_key
            .strip_suffix(e)
            .is_some_and(|stem| stem == key && stem.chars().count() >= 3)
    })
}

/// Phrases of several words, each with a value, found in a text whatever their case.
#[derive(Debug, Default)]
pub struct PhraseIndex<T> {
    phrases: Vec<(Vec<String>, T)>,
    by_first: HashMap<String, Vec<usize>>,
}

impl<T> PhraseIndex<T> {
    /// An index of phrases given by their word keys ([`phrase_keys`]); phrases of fewer than
    /// two words are left out (one word is found by its own automaton).
    pub fn new(items: impl IntoIterator<Item = (Vec<String>, T)>) -> Self {
        let mut index = PhraseIndex {
            phrases: Vec::new(),
            by_first: HashMap::new(),
        };
        for (keys, value) in items {
            if keys.len() < 2 {
                continue;
            }
            index
                .by_first
                .entry(keys[0].clone())
                .or_default()
                .push(index.phrases.len());
            index.phrases.push((keys, value));
        }
        index
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The phrases of the folded text `folded` whose words are `words` ([`words_of`]): at each
    /// word the longest phrase that starts there, none overlapping another.
    pub fn find<'a>(
        &'a self,
        folded: &str,
        words: &[(Range<usize>, Cow<'_, str>)],
    ) -> Vec<(Range<usize>, &'a T)> {
        let mut out = Vec::new();
        let mut p = 0;
        while p < words.len() {
            let best = self
                .by_first
                .get(&*words[p].1)
                .into_iter()
                .flatten()
                .map(|&i| &self.phrases[i])
                .filter(|(keys, _)| words_match(folded, words, p, keys))
                .max_by_key(|(keys, _)| keys.len());
            match best {
                Some((keys, value)) => {
                    let end = p + keys.len();
                    out.push((words[p].0.start..words[end - 1].0.end, value));
                    p = end;
                }
                None => p += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::fold;

    #[test]
    fn phrases_in_another_case() {
        let index = PhraseIndex::new([
            (phrase_keys(&fold("Совет Россия–НАТО")), 1),
            (phrase_keys(&fold("Большая восьмерка")), 2),
        ]);
        let text = "в рамках Совета Россия–НАТО и «большой восьмерки».";
        let folded = fold(text);
        let found: Vec<(&str, i32)> = index
            .find(&folded, &words_of(&folded))
            .into_iter()
            .map(|(r, v)| (&text[r], *v))
            .collect();
        assert_eq!(found, [("Совета Россия–НАТО", 1), ("большой восьмерки", 2)]);
        // A genitive plural inside the phrase ("Соединенных Штатов").
        let index = PhraseIndex::new([(phrase_keys(&fold("Соединенные Штаты Америки")), 3)]);
        let text = "позиции Соединенных Штатов Америки";
        let folded = fold(text);
        let found: Vec<&str> = index
            .find(&folded, &words_of(&folded))
            .into_iter()
            .map(|(r, _)| &text[r])
            .collect();
        assert_eq!(found, ["Соединенных Штатов Америки"]);
        // Punctuation between the words breaks the phrase.
        let folded = fold("в Совете, Россия");
        assert!(
            PhraseIndex::new([(phrase_keys(&fold("Совет Россия")), 1)])
                .find(&folded, &words_of(&folded))
                .is_empty()
        );
    }
}
