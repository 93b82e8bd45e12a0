//! Language identification by function words.
//!
//! Whole documents are long enough that counting very frequent function words is both accurate
//! and far faster than character n-gram models. Cyrillic text is told apart as Russian or
//! Ukrainian by letters only one of them uses.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Frequent function words per language (`data/<lang>/function_words.txt`: lowercase, whole
/// words). A new language is a new file and a line here.
const FUNCTION_WORDS: [(&str, &str); 6] = [
    ("fr", include_str!("../data/fr/function_words.txt")),
    ("en", include_str!("../data/en/function_words.txt")),
    ("es", include_str!("../data/es/function_words.txt")),
    ("de", include_str!("../data/de/function_words.txt")),
    ("it", include_str!("../data/it/function_words.txt")),
    ("ru", include_str!("../data/ru/function_words.txt")),
];

/// How many words are looked at: enough for a stable vote, bounded for speed.
const SAMPLE_WORDS: usize = 300;

/// Most words of a text that one function word of a single language may name the language of.
const SHORT_TEXT_WORDS: usize = 20;

/// Every function word with the set of languages (bit i = `FUNCTION_WORDS[i]`) it belongs to.
static INDEX: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (i, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
        for w in crate::data_lines(words) {
            *map.entry(w).or_insert(0u8) |= 1 << i;
        }
    }
    map
});

/// Whether `word` (any case) is a frequent function word of some language ("за", "the").
pub fn is_function_word(word: &str) -> bool {
    INDEX.contains_key(word.to_lowercase().as_str())
}

/// The ISO 639-1 code of the language `text` is mostly written in, or `None` if unsure.
pub fn detect(text: &str) -> Option<&'static str> {
    let mut scores = [0usize; FUNCTION_WORDS.len()];
    let (mut cyrillic, mut latin, mut ukrainian_letters) = (0usize, 0usize, 0usize);
    let mut word = String::new();
    let mut words = 0;
    for c in text.chars().chain(std::iter::once(' ')) {
        if chancery_model::text::is_letter(c) {
            match c {
                'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => ukrainian_letters += 1,
                '\u{0400}'..='\u{04ff}' => cyrillic += 1,
                _ => latin += 1,
            }
            word.extend(c.to_lowercase());
            continue;
        }
        if c == '\'' || c == '’' {
            // "l'État" counts as "l" + "état": elided articles are not stopwords themselves.
            word.clear();
            continue;
        }
        if word.is_empty() {
            continue;
        }
        words += 1;
        // Stopwords are short; long words need no lookup.
        if let Some(&mask) = (word.len() <= 16)
            .then(|| INDEX.get(word.as_str()))
            .flatten()
        {
            for (i, score) in scores.iter_mut().enumerate() {
                *score += usize::from(mask >> i & 1);
            }
        }
        word.clear();
        if words >= SAMPLE_WORDS {
            break;
        }
    }
    if cyrillic + ukrainian_letters > latin {
        return Some(if ukrainian_letters * 50 > cyrillic {
            "uk"
        } else {
            "ru"
        });
    }
    // (On a tie, the language listed first: "Emmanuel Macron se rendra en Chine" shares all its
    // function words with Spanish.)
    let (best, &score) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(i, s)| (*s, std::cmp::Reverse(i)))?;
    // (A short text, a dispatch's one sentence, may hold one function word only: enough when
    // it is of one language alone.)
    let alone = scores.iter().filter(|&&s| s == score).count() == 1;
    let enough = score >= 2 || score == 1 && alone && words <= SHORT_TEXT_WORDS;
    (enough && score * 20 >= words.min(200)).then_some(FUNCTION_WORDS[best].0)
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn detects_our_languages() {
        assert_eq!(
            detect(
                "Nous venons de nous entretenir avec le Président biélorusse, qui a réaffirmé son attachement aux accords."
            ),
            Some("fr")
        );
        assert_eq!(
            detect(
                "We have just held talks with the President of Belarus, who reaffirmed his commitment to the agreements."
            ),
            Some("en")
        );
        assert_eq!(
            detect(
                "Мы только что провели переговоры с Президентом Белоруссии, который подтвердил приверженность договорённостям."
            ),
            Some("ru")
        );
        assert_eq!(
            detect(
                "Documentos adicionales y fotografías de la visita del presidente con los ministros."
            ),
            Some("es")
        );
        assert_eq!(detect("1/8 2/8 3/8"), None);
        assert_eq!(
            detect("Emmanuel Macron se rendra en Chine. Emmanuel Macron a visité la Chine."),
            Some("fr")
        );
        assert_eq!(detect(""), None);
        // One function word of one language alone, in a short text.
        assert_eq!(
            detect(
                "Readout. WASHINGTON, February 12, 2024. Secretary Blinken spoke today with Turkish Foreign Minister Hakan Fidan."
            ),
            Some("en")
        );
        assert_eq!(detect("Hakan Fidan, Antony Blinken"), None);
    }
}
