//! Names compared through the loose key of `gold.md`.
//!
//! The key of a name is built in this order:
//!
//! 1. a trailing parenthesised disambiguator is cut (`Democratic Party (United States)` →
//!    `Democratic Party`: English Wikipedia's title of the article, not the name);
//! 2. the name is split into words at every character that is neither a letter nor a digit;
//! 3. each word is lower-cased and written in Latin letters: accents are removed (`Erdoğan` →
//!    `erdogan`, `ß` → `ss`, `ł` → `l`), and **Cyrillic is transliterated** letter by letter the
//!    usual English way (`ж` → `zh`, `х` → `kh`, `ч` → `ch`, `ш` → `sh`, `щ` → `shch`, `й`/`ы` →
//!    `y`, `ё` → `e` as in Gorbachev and Khrushchev, `ю` → `yu`, `я` → `ya`, `ь`/`ъ` dropped;
//!    Ukrainian, Belarusian, Serbian and Kazakh letters too), so that `Лукашенко` meets
//!    `Lukashenko` and `Loukachenko`; letters of other scripts are kept as they are (lower-cased);
//! 4. the folds of `gold.md` are applied in its order to the letters of the whole name (words
//!    joined, nothing between them): ou→u, tch→ch, sch→sh, ch→sh, kh→h, j→zh, y→i, ss→s, w→v,
//!    ph→f (ï→i is done by step 3);
//! 5. doubled letters are collapsed.
//!
//! Two steps go beyond the letter of `gold.md`, so that different names stay apart and equal names
//! meet: digits are kept (otherwise G7, G8 and G20 would be one name), and step 1 (the gold files
//! name some organisations by their Wikipedia title, `RT (TV network)`).
//!
//! Two names match when their keys are equal, or when one is a single word of more than three
//! letters (counted as written) whose key equals the key of the other's last word:
//! `Lavrov` matches `Sergey Lavrov`.

/// The folds of `gold.md`, in its order.
const FOLDS: &[(&str, &str)] = &[
    ("ou", "u"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("ch", "sh"),
    ("kh", "h"),
    ("j", "zh"),
    ("y", "i"),
    ("ss", "s"),
    ("w", "v"),
    ("ph", "f"),
];

/// A name ready for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameKey {
    /// The key of the whole name; empty when the name has no letter or digit.
    full: String,
    /// The key of its last word.
    last: String,
    /// A single word of more than three letters.
    single: bool,
}

impl NameKey {
    pub fn new(name: &str) -> NameKey {
        let name = strip_disambiguator(name);
        let words: Vec<&str> = name
            .split(|c: char| !(c.is_alphanumeric() || is_combining(c)))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        let latin: Vec<String> = words.iter().map(|w| romanize(w)).collect();
        let full = fold(&latin.concat());
        let last = latin.last().map(|w| fold(w)).unwrap_or_default();
        let single = words.len() == 1 && words[0].chars().filter(|c| c.is_alphabetic()).count() > 3;
        NameKey { full, last, single }
    }

    /// The key of the whole name (what two names share when they are "equal").
    pub fn key(&self) -> &str {
        &self.full
    }

    /// The rule of `gold.md`: equal keys, or a single word of more than three letters equal to
    /// the last word of the other.
    pub fn matches(&self, other: &NameKey) -> bool {
        if self.full.is_empty() || other.full.is_empty() {
            return false;
        }
        self.full == other.full
            || (self.single && self.full == other.last)
            || (other.single && other.full == self.last)
    }
}

/// The loose key of one name (see the module documentation).
pub fn loose_key(name: &str) -> String {
    NameKey::new(name).full
}

/// Whether two names match by the rule of `gold.md`.
pub fn names_match(a: &str, b: &str) -> bool {
    NameKey::new(a).matches(&NameKey::new(b))
}

/// `Democratic Party (United States)` → `Democratic Party`; a name that is only a parenthesis
/// stays as it is.
fn strip_disambiguator(name: &str) -> &str {
    let trimmed = name.trim_end();
    if trimmed.ends_with(')')
        && let Some(open) = trimmed.rfind('(')
    {
        let head = trimmed[..open].trim_end();
        if head.chars().any(char::is_alphanumeric) {
            return head;
        }
    }
    name
}

/// Combining marks (a decomposed `ğ` is `g` + U+0306) belong to their word and are dropped.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}')
}

/// One word, lower case, in Latin letters without accents.
fn romanize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for upper in word.chars() {
        for c in upper.to_lowercase() {
            if is_combining(c) {
                continue;
            }
            if let Some(s) = cyrillic(c).or_else(|| latin_base(c)) {
                out.push_str(s);
            } else if c.is_alphanumeric() {
                out.push(c);
            }
        }
    }
    out
}

fn fold(s: &str) -> String {
    let mut s = s.to_owned();
    for (from, to) in FOLDS {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Lower-case Cyrillic letters in Latin, the usual English way.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian and Belarusian.
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ў' => "u",
        // Serbian and Macedonian.
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        // Kazakh and other Turkic letters.
        'ә' => "a",
        'ғ' => "g",
        'қ' => "k",
        'ң' => "n",
        'ө' => "o",
        'ұ' | 'ү' => "u",
        'һ' => "h",
        _ => return None,
    })
}

/// Lower-case Latin letters with diacritics, and the ligatures, as plain letters.
fn latin_base(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ắ'
        | 'ằ' | 'ậ' | 'ặ' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ệ' => {
            "e"
        }
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'ǧ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ị' | 'ỉ' => "i",
        'ĵ' => "j",
        'ķ' | 'ǩ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ộ'
        | 'ơ' | 'ớ' | 'ờ' | 'ợ' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ư' | 'ụ' | 'ủ' | 'ứ'
        | 'ừ' | 'ự' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_key(name: &str, expect: &str) {
        assert_eq!(loose_key(name), expect, "key of {name:?}");
    }

    #[track_caller]
    fn check_match(a: &str, b: &str, expect: bool) {
        assert_eq!(names_match(a, b), expect, "{a:?} ~ {b:?}");
        assert_eq!(names_match(b, a), expect, "{b:?} ~ {a:?} (symmetry)");
    }

    #[test]
    fn keys() {
        check_key("Lukashenko", "lukashenko");
        check_key("Loukachenko", "lukashenko");
        check_key("Лукашенко", "lukashenko");
        check_key("Alexandre Loukachenko", "alexandrelukashenko");
        check_key("Recep Tayyip Erdoğan", "receptaiperdogan");
        check_key("Recep Tayyip Erdog\u{306}an", "receptaiperdogan");
        check_key("Sergueï", "serguei");
        check_key("Sergey", "sergei");
        check_key("Сергей", "sergei");
        check_key("Maria Zakharova", "mariazaharova");
        check_key("Мария Захарова", "mariazaharova");
        check_key("Khrouchtchev", "hrushshev");
        check_key("Khrushchev", "hrushshev");
        check_key("Хрущёв", "hrushshev");
        check_key("Zelensky", "zelenski");
        check_key("Зеленский", "zelenski");
        check_key("Зеленський", "zelenski");
        check_key("Jirinovski", "zhirinovski");
        check_key("Жириновский", "zhirinovski");
        check_key("Schoigu", "shoigu");
        check_key("Choïgou", "shoigu");
        check_key("Шойгу", "shoigu");
        check_key("Lawrow", "lavrov");
        check_key("Philippe", "filipe");
        check_key("G20", "g20");
        check_key("Democratic Party (United States)", "democraticparti");
        check_key("(Kremlin)", "kremlin");
        check_key("«  ", "");
    }

    #[test]
    fn matches() {
        check_match("Loukachenko", "Lukashenko", true);
        check_match("Лукашенко", "Lukashenko", true);
        check_match("Alexandre Loukachenko", "Alexander Lukashenko", false);
        check_match("Лукашенко", "Alexander Lukashenko", true);
        check_match("Lavrov", "Sergey Lavrov", true);
        check_match("Лавров", "Sergey Lavrov", true);
        check_match("M. Lavrov", "Sergey Lavrov", false);
        check_match("Xi", "Xi Jinping", false);
        check_match("Ким", "Kim Jong Un", false);
        check_match("Putin", "Vladimir Putin", true);
        check_match("Vladimir", "Vladimir Putin", false);
        check_match("G7", "G20", false);
        check_match("Democratic Party", "Democratic Party (United States)", true);
        check_match("", "", false);
        check_match("Zakharova", "Захарова", true);
        check_match("Nagorno-Karabakh", "Karabakh", true);
    }
}
