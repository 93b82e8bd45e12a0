//! The dev/test split of a gold set (`tests/field/README.md`).
//!
//! A document is in the **test** part when the 64-bit FNV-1a hash of `<lang>/<file name>` (UTF-8,
//! e.g. `fr/005_vp-colonna-presse-evacuation-soudan.csv`) is odd, in the **dev** part when it is
//! even. The rule depends on the name only, so adding documents never moves another one.

/// Which gold documents to score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// The part we tune on: an even hash.
    Dev,
    /// The part we only measure on: an odd hash.
    Test,
    /// Every document.
    All,
}

impl Split {
    /// Whether the document `<lang>/<file_name>` belongs to this split.
    pub fn contains(self, lang: &str, file_name: &str) -> bool {
        match self {
            Split::All => true,
            Split::Test => is_test(lang, file_name),
            Split::Dev => !is_test(lang, file_name),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Test => "test",
            Split::All => "all",
        }
    }
}

/// Whether the document `<lang>/<file_name>` is in the test part.
pub fn is_test(lang: &str, file_name: &str) -> bool {
    fnv1a64(format!("{lang}/{file_name}").as_bytes()) % 2 == 1
}

/// 64-bit FNV-1a (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_reference_values() {
        // The published test vectors of FNV-1a 64.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn parts() {
        // Computed independently (Python) from the README's rule.
        let cases = [
            ("fr", "005_vp-colonna-presse-evacuation-soudan.csv", true),
            ("ru", "010_1tv-lavrov-china-visit-yellen.csv", true),
            ("ru", "001_wikinews-trump-putin-paris-meeting.txt", false),
            // The extension is part of the name.
            ("fr", "001_senegal-pr-discours-focac-2024.html", false),
            ("fr", "001_senegal-pr-discours-focac-2024.json", true),
        ];
        assert_eq!(
            fnv1a64(b"ru/001_wikinews-trump-putin-paris-meeting.txt"),
            0x1c86_db0a_014f_3274
        );
        for (lang, file, test) in cases {
            assert_eq!(is_test(lang, file), test, "{lang}/{file}");
            assert_eq!(Split::Test.contains(lang, file), test);
            assert_eq!(Split::Dev.contains(lang, file), !test);
            assert!(Split::All.contains(lang, file));
        }
    }
}
