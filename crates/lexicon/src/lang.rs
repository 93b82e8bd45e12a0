//! Language identification by function words.
//!
//! Whole documents are long enough that counting very frequent function words is both accurate
//! and far faster than character n-gram models. Cyrillic text is told apart as Russian or
//! Ukrainian by letters only one of them uses.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Frequent function words per language (lowercase, whole words).
const STOPWORDS: [(&str, &[&str]); 6] = [
    (
        "fr",
        &[
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans",
            "pour", "pas", "sur", "nous", "avec", "au", "aux", "ce", "il", "sont", "été", "cette",
            "mais", "ont", "ne",
        ],
    ),
    (
        "en",
        &[
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on",
            "are", "be", "this", "by", "we", "have", "not", "which", "at", "from", "has", "our",
            "will", "an", "they",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "y", "que", "en", "por", "con", "para", "una", "es", "se",
            "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "son", "este",
            "esta", "entre", "también",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "den", "das", "von", "zu", "mit", "sich", "des", "ist", "im",
            "dem", "nicht", "ein", "eine", "auf", "für", "auch", "es", "an", "wir", "werden",
            "wird", "sind", "bei", "nach", "aus",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "della", "per", "non", "sono", "una", "gli", "nel", "alla", "del",
            "con", "anche", "dei", "delle", "come", "più", "questo", "ha", "si", "lo", "ma",
            "essere", "stato", "tra", "sua", "nella",
        ],
    ),
    (
        "ru",
        &[
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "это",
            "как",
            "мы",
            "к",
            "из",
            "у",
            "за",
            "о",
            "для",
            "от",
            "его",
            "так",
            "все",
            "но",
            "же",
            "бы",
            "то",
            "был",
            "она",
            "они",
            "также",
        ],
    ),
];

/// How many words are looked at: enough for a stable vote, bounded for speed.
const SAMPLE_WORDS: usize = 300;

/// Every stopword with the set of languages (bit i = `STOPWORDS[i]`) it belongs to.
static INDEX: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (i, (_, words)) in STOPWORDS.iter().enumerate() {
        for w in *words {
            *map.entry(*w).or_insert(0u8) |= 1 << i;
        }
    }
    map
});

/// The ISO 639-1 code of the language `text` is mostly written in, or `None` if unsure.
pub fn detect(text: &str) -> Option<&'static str> {
    let mut scores = [0usize; STOPWORDS.len()];
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
    let (best, &score) = scores.iter().enumerate().max_by_key(|&(_, s)| *s)?;
    (score >= 2 && score * 20 >= words.min(200)).then_some(STOPWORDS[best].0)
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
        assert_eq!(detect(""), None);
    }
}
