//! Per-language lists of page-chrome phrases (`data/<lang>/chrome.txt`).

use std::collections::HashSet;
use std::sync::LazyLock;

const SOURCES: [(&str, &str); 5] = [
    ("fr", include_str!("../data/fr/chrome.txt")),
    ("en", include_str!("../data/en/chrome.txt")),
    ("es", include_str!("../data/es/chrome.txt")),
    ("ru", include_str!("../data/ru/chrome.txt")),
    ("de", include_str!("../data/de/chrome.txt")),
];

static PHRASES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .flat_map(|(_, text)| crate::data_lines(text))
        .map(str::to_lowercase)
        .collect()
});

/// The longest chrome phrase, in bytes: longer lines are never chrome phrases.
pub const MAX_PHRASE_BYTES: usize = 80;

/// True if `line` (any case, already trimmed of bullets and a trailing colon) is a chrome phrase
/// in any of the bundled languages.
pub fn is_chrome_phrase(line: &str) -> bool {
    if line.len() > MAX_PHRASE_BYTES {
        return false;
    }
    PHRASES.contains(&line.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_in_several_languages() {
        for p in [
            "Documents supplémentaires",
            "PHOTOS",
            "Documentos adicionales",
            "Дополнительные материалы",
        ] {
            assert!(is_chrome_phrase(p), "{p}");
        }
        assert!(!is_chrome_phrase(
            "Nous avons parlé de l'activité de l'OTSC."
        ));
        assert!(PHRASES.iter().all(|p| p.len() <= MAX_PHRASE_BYTES));
    }
}
