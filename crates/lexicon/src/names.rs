//! Person names across scripts and transliterations.
//!
//! [`name_key`] folds a name to a key in which the French, English, German and Russian spellings
//! of one name coincide: "Loukachenko", "Lukashenko" and "Лукашенко" all become `lukashenko`;
//! "Sergueï", "Sergey", "Sergei", "Sergej" and "Сергей" become `sergi`; "Matveïev", "Matveyev" and
//! "Matveev" become `matvev`. [`same_person`] compares two full names by surname key and a
//! compatible first name (or initial).
//!
//! The key is a comparison device, never shown: it is lossy on purpose.

use std::collections::HashMap;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Spelling variants, applied in order to the whole lowercase ASCII name (longer patterns first,
/// so that "tch" is settled before "ch").
const VARIANTS: &[(&str, &str)] = &[
    ("tsch", "ch"), // German Tschernow
    ("tch", "ch"),  // French Tchernychev
    ("sch", "sh"),  // German Schoigu
    ("ch", "sh"),   // French Loukachenko = English Lukashenko
    ("kh", "h"),    // Khrouchtchev = Hruschtschow
    ("zh", "j"),    // Zhirinovsky = Jirinovski
    ("dj", "j"),
    ("gue", "ge"), // Sergueï
    ("gui", "gi"),
    ("ou", "u"), // Ouchakov
    ("yu", "iu"),
    ("ya", "ia"),
    ("ye", "ie"),
    ("yo", "io"),
    ("y", "i"),
    ("w", "v"), // German Lawrow
    ("ks", "x"),
    ("ph", "f"),
    ("aie", "ae"), // Nikolaïev = Nikolayev = Nikolaev
    ("eie", "ee"), // Matveïev = Matveyev = Matveev
    ("oie", "oe"),
    ("uie", "ue"),
];

/// The transliteration-independent key of one name or word.
pub fn name_key(name: &str) -> String {
    let ascii = any_ascii::any_ascii(name).to_lowercase();
    let mut s: String = ascii
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .collect();
    for (from, to) in VARIANTS {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word_key(word));
    }
    out
}

/// The per-word rules: doubled letters (Beloussov), word-initial j/ie (Juri, Ievgueni), and the
/// endings that transliterations spell differently.
fn word_key(word: &str) -> String {
    let mut w: String = word.chars().fold(String::new(), |mut acc, c| {
        if !acc.ends_with(c) {
            acc.push(c);
        }
        acc
    });
    // German "J" before a vowel is English "Y": Juri = Yuri (after zh → j, so Jouravlev too).
    if w.len() > 2 && w.starts_with('j') && w[1..].starts_with(['a', 'e', 'o', 'u']) {
        w.replace_range(..1, "i");
    }
    // Initial "Ye/Ie" is "E" in French: Yevgeny = Ievgueni = Evgueni.
    if w.len() > 3 && w.starts_with("ie") {
        w.remove(0);
    }
    for (end, to) in [
        ("ii", "i"), // Dmitrii
        ("ij", "i"), // German Dmitrij
        ("ej", "i"), // German Sergej
        ("ei", "i"), // Sergei
        ("ie", "i"),
        ("iov", "ev"), // Vorobiov = Vorobiev = Vorobev
        ("iev", "ev"),
        ("dre", "der"), // French Alexandre = Alexander
        ("dr", "der"),  // Aleksandr
        ("ine", "in"),  // French mute -e: Poutine = Putin
    ] {
        if w.len() > 4 && w.ends_with(end) {
            w.truncate(w.len() - end.len());
            w.push_str(to);
            break;
        }
    }
    w
}

/// True when two written names can be the same person: same surname key, and first names that
/// agree (same key, or one is an initial of the other, or one of them has no first name).
pub fn same_person(a: &str, b: &str) -> bool {
    same_person_keys(&person_key(a), &person_key(b))
}

/// The key [`same_person`] compares a name by, for [`same_person_keys`]: computed once for a
/// name compared with many.
pub fn person_key(name: &str) -> String {
    name_key(&spaced_initials(name))
}

/// [`same_person`] on keys already computed, with [`person_key`] or [`name_key`].
pub fn same_person_keys(ka: &str, kb: &str) -> bool {
    let (Some((fa, sa)), Some((fb, sb))) = (split_key(ka), split_key(kb)) else {
        return false;
    };
    if sa.is_empty() || sa != sb {
        return false;
    }
    match (fa, fb) {
        (Some(fa), Some(fb)) => fa == fb || initial_of(fa, fb) || initial_of(fb, fa),
        _ => true,
    }
}

/// Whether the key `initial` is the initial of the first-name key `name`. A Cyrillic initial's
/// key can have two letters ("Ю." is "iu", "Ш." is "sh", "Дж." is "j"), and a "j" before a
/// vowel reads "i" in a full name's key ("Жак" is "iak").
fn initial_of(initial: &str, name: &str) -> bool {
    initial.len() <= 2
        && initial.len() < name.len()
        && (name.starts_with(initial)
            || initial
                .strip_prefix('j')
                .is_some_and(|rest| name.strip_prefix('i').is_some_and(|n| n.starts_with(rest))))
}

/// (first word if the key has several, last word).
fn split_key(key: &str) -> Option<(Option<&str>, &str)> {
    let last = key.rsplit(' ').next()?;
    let first = key.split(' ').next().filter(|_| key.contains(' '));
    Some((first, last))
}

/// Splits an initial glued to a surname ("V.Poutine", "В.Путин") into "V. Poutine".
pub fn spaced_initials(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '.' && chars.peek().is_some_and(|n| n.is_uppercase()) {
            out.push(' ');
        }
    }
    out
}

/// A name in Latin letters ("А.Лукашенко" → "A.Lukashenko"); Latin names are returned unchanged.
///
/// Russian Cyrillic is spelled the way English texts spell Russian names (`data/ru/latin.tsv`,
/// and the usual English form of common given names, `data/ru/given_names.tsv`: "Алексей
/// Миллер" → "Alexei Miller", "Евгений Пригожин" → "Yevgeny Prigozhin"); other scripts go through
/// `any_ascii`.
pub fn transliterate(name: &str) -> String {
    transliterate_with(name, &LATIN)
}

fn transliterate_with(name: &str, table: &Latin) -> String {
    if !has_cyrillic(name) {
        return any_ascii::any_ascii(name);
    }
    let mut out = String::with_capacity(name.len() + 8);
    let mut word = String::new();
    for c in name.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            out.push_str(&latin_word(&word, table));
            word.clear();
            out.push_str(&any_ascii::any_ascii(c.encode_utf8(&mut [0; 4])));
        }
    }
    out.push_str(&latin_word(&word, table));
    out
}

/// Whether `a` and `b` differ by one letter changed, added or dropped.
pub fn one_letter_off(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        // One letter changed: the rest after it is the same.
        head < short.len() && short[head + 1..] == long[head + 1..]
    } else {
        // One letter added: the rest of the shorter word follows it.
        short[head..] == long[head + 1..]
    }
}

/// Whether `s` holds a Cyrillic letter.
/// Lower case without accents ("Béchu" → "bechu"), to compare names a transcript writes in
/// capitals without their accents.
pub fn unaccented(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// `s` with the accents of its capital letters dropped ("département d'État" → "département
/// d'Etat", "Élysée" → "Elysée"); other letters as they are.
pub fn capitals_unaccented(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.chars()
        .flat_map(|c| {
            let bare: Vec<char> = if c.is_uppercase() && !c.is_ascii() {
                let base: Vec<char> = std::iter::once(c)
                    .nfd()
                    .filter(|d| !('\u{0300}'..='\u{036f}').contains(d))
                    .collect();
                if base.len() == 1 && base[0].is_ascii() {
                    base
                } else {
                    vec![c]
                }
            } else {
                vec![c]
            };
            bare
        })
        .collect()
}

pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(is_cyrillic)
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04ff}').contains(&c)
}

/// A word mixing scripts written back in Cyrillic: Latin letters that look like Cyrillic ones
/// ("B.Путин", typed or recognised with a Latin B) become those letters when the word holds
/// Cyrillic. Words in one script are kept as written.
pub fn cyrillic_lookalikes(s: &str) -> std::borrow::Cow<'_, str> {
    const PAIRS: [(char, char); 18] = [
        ('A', 'А'),
        ('B', 'В'),
        ('C', 'С'),
        ('E', 'Е'),
        ('H', 'Н'),
        ('K', 'К'),
        ('M', 'М'),
        ('O', 'О'),
        ('P', 'Р'),
        ('T', 'Т'),
        ('X', 'Х'),
        ('a', 'а'),
        ('c', 'с'),
        ('e', 'е'),
        ('o', 'о'),
        ('p', 'р'),
        ('x', 'х'),
        ('y', 'у'),
    ];
    let mixed = |w: &str| w.chars().any(is_cyrillic) && w.chars().any(|c| c.is_ascii_alphabetic());
    if !s.split_whitespace().any(mixed) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 4);
    for piece in s.split_inclusive(char::is_whitespace) {
        if mixed(piece) {
            out.extend(piece.chars().map(|c| {
                PAIRS
                    .iter()
                    .find(|(l, _)| *l == c)
                    .map_or(c, |(_, cyr)| *cyr)
            }));
        } else {
            out.push_str(piece);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The Russian letter table: letter → (spelling, spelling at a word start or after a vowel);
/// and the word endings spelled as a whole.
struct Latin {
    letters: HashMap<char, (String, String)>,
    endings: Vec<(String, String)>,
    given: HashMap<String, String>,
}

static LATIN: LazyLock<Latin> = LazyLock::new(|| {
    let mut latin = Latin {
        letters: HashMap::new(),
        endings: Vec::new(),
        given: HashMap::new(),
    };
    latin.read(
        include_str!("../data/ru/latin.tsv"),
        include_str!("../data/ru/given_names.tsv"),
    );
    latin
});

/// [`LATIN`] with the spellings of Ukrainian names over it (`latin_uk.tsv`,
/// `given_names_uk.tsv`).
static LATIN_UK: LazyLock<Latin> = LazyLock::new(|| {
    let mut latin = Latin {
        letters: LATIN.letters.clone(),
        endings: Vec::new(),
        given: HashMap::new(),
    };
    latin.read(
        include_str!("../data/ru/latin_uk.tsv"),
        include_str!("../data/ru/given_names_uk.tsv"),
    );
    // (Its own endings first, then the Russian ones it does not replace.)
    let own: Vec<String> = latin.endings.iter().map(|(e, _)| e.clone()).collect();
    latin.endings.extend(
        LATIN
            .endings
            .iter()
            .filter(|(e, _)| !own.contains(e))
            .cloned(),
    );
    latin
});

impl Latin {
    /// Adds the letters and endings of a letter table and the names of a given-name list.
    fn read(&mut self, letters: &str, given: &str) {
        for line in crate::data_lines(letters) {
            let mut cols = line.split('\t');
            let from = cols.next().unwrap_or_default();
            let plain = cols.next().unwrap_or_default().to_owned();
            let initial = cols.next().map_or_else(|| plain.clone(), str::to_owned);
            let mut chars = from.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => {
                    self.letters.insert(c, (plain, initial));
                }
                (Some(_), Some(_)) => self.endings.push((from.to_owned(), plain)),
                _ => {}
            }
        }
        self.given.extend(
            crate::data_lines(given)
                .filter_map(|l| l.split_once('\t'))
                .map(|(ru, en)| (ru.trim().to_owned(), en.trim().to_owned())),
        );
    }
}

/// Whether the words before a person's name in Russian text mark them as Ukrainian
/// (`ukrainian_marks.tsv`): the word right before it, or the start of one of the three before.
pub fn marked_ukrainian(before: &str) -> bool {
    static MARKS: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
        let (mut before, mut stems) = (Vec::new(), Vec::new());
        for line in crate::data_lines(include_str!("../data/ru/ukrainian_marks.tsv")) {
            match line.split_once('\t') {
                Some(("before", w)) => before.push(w.trim()),
                Some(("stem", w)) => stems.push(w.trim()),
                _ => {}
            }
        }
        (before, stems)
    });
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .collect();
    words.first().is_some_and(|w| MARKS.0.contains(w))
        || words
            .iter()
            .any(|w| MARKS.1.iter().any(|s| w.to_lowercase().starts_with(s)))
}

/// Mandarin syllables as Russian writes them (Palladius) → Pinyin (`data/ru/palladius.tsv`).
static PALLADIUS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../data/ru/palladius.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// Japanese syllables as Russian writes them (Polivanov) → Hepburn (`data/ru/polivanov.tsv`).
static POLIVANOV: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    polivanov_rows()
        .map(|(cyrillic, latin, _)| (cyrillic, latin))
        .collect()
});

/// The syllables only a Japanese name has ("си", "цу", "дзо", "кэ"; third column "*").
static POLIVANOV_ONLY: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    polivanov_rows()
        .filter(|&(_, _, only)| only)
        .map(|(cyrillic, _, _)| cyrillic)
        .collect()
});

fn polivanov_rows() -> impl Iterator<Item = (&'static str, &'static str, bool)> {
    include_str!("../data/ru/polivanov.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?, cols.next() == Some("*")))
        })
}

/// Fewest syllables of each word of a Japanese name ("Абэ", "Таро": two).
const JAPANESE_WORD_SYLLABLES: usize = 2;

/// Most syllables of one word of a Chinese name ("Цзиньпин": two).
const CHINESE_WORD_SYLLABLES: usize = 2;

/// The Pinyin of one word written in Palladius syllables, and how many syllables it has, or
/// `None` when it is not such a word. A Russian case ending after a syllable ending in a
/// consonant is dropped ("Цзиньпина", "Цзяня", "Цяном"), when that makes fewer syllables.
fn pinyin_word(word: &str) -> Option<(String, usize)> {
    let lower = word.to_lowercase();
    let mut forms = vec![lower.clone()];
    for (ending, restore) in [
        ("ом", ""),
        ("ем", "ь"),
        ("а", ""),
        ("у", ""),
        ("е", ""),
        ("я", "ь"),
        ("ю", "ь"),
    ] {
        if let Some(stem) = lower.strip_suffix(ending) {
            forms.push(format!("{stem}{restore}"));
        }
    }
    forms
        .iter()
        .filter_map(|f| segment(f, &PALLADIUS))
        .map(|parts| {
            (
                parts.iter().map(|(_, l)| *l).collect::<String>(),
                parts.len(),
            )
        })
        .min_by_key(|(_, n)| *n)
        .filter(|(_, n)| (1..=CHINESE_WORD_SYLLABLES).contains(n))
}

/// The fewest syllables of `table` (Cyrillic → Latin) `s` is made of, each with its Latin
/// letters.
fn segment(
    s: &str,
    table: &HashMap<&'static str, &'static str>,
) -> Option<Vec<(&'static str, &'static str)>> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map_or(s.len(), |&(b, _)| b);
    // best[i]: the fewest syllables that spell s[..i], and the last one's start.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 1..=n {
        for start in end.saturating_sub(5)..end {
            let Some((count, _)) = best[start] else {
                continue;
            };
            if table.contains_key(&s[at(start)..at(end)])
                && best[end].is_none_or(|(c, _)| count + 1 < c)
            {
                best[end] = Some((count + 1, start));
            }
        }
    }
    best[n]?;
    let mut parts = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        parts.push(
            table
                .get_key_value(&s[at(start)..at(end)])
                .map(|(k, v)| (*k, *v))?,
        );
        end = start;
    }
    parts.reverse();
    Some(parts)
}

/// The two words of a name written in Cyrillic letters only, else `None`.
fn two_cyrillic_words(name: &str) -> Option<[&str; 2]> {
    let mut words = name.split_whitespace();
    let pair = [words.next()?, words.next()?];
    (words.next().is_none() && pair.iter().all(|w| w.chars().all(is_cyrillic))).then_some(pair)
}

/// `word` with its first letter in upper case (`None` when empty).
fn capitalised(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let first: String = chars.next()?.to_uppercase().collect();
    Some(first + chars.as_str())
}

/// A Chinese name written in Russian, in Pinyin ("Си Цзиньпин" → "Xi Jinping", "Линь Цзяня"
/// → "Lin Jian"): two words, each of one or two Palladius syllables; `None` for any other name.
pub fn chinese_name(name: &str) -> Option<String> {
    let words = two_cyrillic_words(name)?;
    let mut out = Vec::with_capacity(2);
    for w in words {
        let (pinyin, _) = pinyin_word(w)?;
        out.push(capitalised(&pinyin)?);
    }
    Some(out.join(" "))
}

/// A Japanese name written in Russian, in Hepburn romanisation ("Ёсимаса Хаяси" → "Yoshimasa
/// Hayashi", "Фумио Кисиды" → "Fumio Kishida"): two words, each of two Polivanov syllables or
/// more (a case ending of a name in "-а" put back); `None` for any other name.
pub fn japanese_name(name: &str) -> Option<String> {
    let words = two_cyrillic_words(name)?;
    let mut out = Vec::with_capacity(2);
    let mut japanese = false;
    for w in words {
        let lower = w.to_lowercase();
        let restored = ["ы", "е", "у", "ой"]
            .iter()
            .find_map(|e| lower.strip_suffix(e))
            .map(|stem| format!("{stem}а"));
        let parts =
            segment(&lower, &POLIVANOV).or_else(|| segment(restored.as_deref()?, &POLIVANOV))?;
        if parts.len() < JAPANESE_WORD_SYLLABLES {
            return None;
        }
        japanese |= parts.iter().any(|(c, _)| POLIVANOV_ONLY.contains(c));
        let latin: String = parts.iter().map(|(_, l)| *l).collect();
        out.push(capitalised(&latin)?);
    }
    // (Only a syllable no other name has makes the name Japanese: "Раду Мариан" is not.)
    japanese.then(|| out.join(" "))
}

/// The French transcription of Russian and Ukrainian names (`data/fr/russian_names.tsv`).
struct RussianInFrench {
    /// French given name → (English form, also a French given name).
    given: HashMap<&'static str, (&'static str, bool)>,
    endings: Vec<&'static str>,
    /// The longest first.
    sounds: Vec<Sound>,
}

/// One spelling of the French transcription and its English letters.
struct Sound {
    french: Vec<char>,
    english: &'static str,
    /// Only at a word's start; only at its end.
    start: bool,
    end: bool,
    /// Only after a vowel; only before one.
    after_vowel: bool,
    before_vowel: bool,
}

static RUSSIAN_IN_FRENCH: LazyLock<RussianInFrench> = LazyLock::new(|| {
    let mut table = RussianInFrench {
        given: HashMap::new(),
        endings: Vec::new(),
        sounds: Vec::new(),
    };
    for line in include_str!("../data/fr/russian_names.tsv").lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        match cols.as_slice() {
            ["given", fr, en, rest @ ..] => {
                table.given.insert(fr, (en, rest.first() == Some(&"*")));
            }
            ["ending", e] => table.endings.push(e),
            ["sound", fr, en] => {
                let start = fr.starts_with('^');
                let end = fr.ends_with('$');
                let fr = fr.trim_start_matches('^').trim_end_matches('$');
                let after_vowel = fr.starts_with('V');
                let before_vowel = fr.len() > 1 && fr.ends_with('V');
                let letters = fr.trim_start_matches('V').trim_end_matches('V');
                table.sounds.push(Sound {
                    french: letters.chars().collect(),
                    english: en,
                    start,
                    end,
                    after_vowel,
                    before_vowel,
                });
            }
            _ => {}
        }
    }
    table
        .sounds
        .sort_by_key(|s| std::cmp::Reverse(s.french.len()));
    table
});

/// Whether a lower-case letter is a vowel of French spelling.
fn french_vowel(c: char) -> bool {
    "aeiouyéèêëïîôûàâ".contains(c)
}

/// One word of a Russian name written the French way, written the English way ("Guerassimov"
/// → "Gerasimov", "Prigojine" → "Prigozhin", "Ouchakov" → "Ushakov").
fn russian_word_from_french(word: &str) -> String {
    let chars: Vec<char> = word.to_lowercase().chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let rule = RUSSIAN_IN_FRENCH.sounds.iter().find(|s| {
            let n = s.french.len();
            chars[i..].starts_with(&s.french)
                && (!s.start || i == 0)
                && (!s.end || i + n == chars.len())
                && (!s.after_vowel || i > 0 && french_vowel(chars[i - 1]))
                && (!s.before_vowel || chars.get(i + n).is_some_and(|&c| french_vowel(c)))
        });
        match rule {
            Some(s) => {
                out.push_str(s.english);
                i += s.french.len();
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out.split('-')
        .map(|part| capitalised(part).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("-")
}

/// A Russian or Ukrainian person's name as French writes it, written as English does
/// ("Sergueï Riabkov" → "Sergei Riabkov", "Alexandre Bortnikov" → "Alexander Bortnikov",
/// "Valeri Guerassimov" → "Valery Gerasimov"): a given name of `data/fr/russian_names.tsv` then
/// one to three words (a given name French people bear too only before a Slavic surname);
/// `None` for any other name.
pub fn russian_from_french(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    if rest.is_empty() || rest.len() > 3 {
        return None;
    }
    if !rest.iter().all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    }) {
        return None;
    }
    let &(given, french_too) = RUSSIAN_IN_FRENCH.given.get(first)?;
    let surname = rest.last()?.to_lowercase();
    if french_too
        && !RUSSIAN_IN_FRENCH
            .endings
            .iter()
            .any(|e| surname.ends_with(e))
    {
        return None;
    }
    let mut out = vec![given.to_owned()];
    out.extend(rest.iter().map(|w| russian_word_from_french(w)));
    Some(out.join(" "))
}

/// A person's name in Latin letters: a Chinese name in Pinyin ([`chinese_name`]), a Japanese one
/// in Hepburn ([`japanese_name`]), else [`transliterate`].
pub fn transliterate_person(name: &str) -> String {
    chinese_name(name)
        .or_else(|| japanese_name(name))
        .unwrap_or_else(|| transliterate(name))
}

/// A Ukrainian's name written in Russian, in Latin letters as English texts spell Ukrainian
/// names ("Лилия Гриневич" → "Liliya Hrynevych", "Надежда Савченко" → "Nadiya Savchenko").
pub fn transliterate_ukrainian(name: &str) -> String {
    transliterate_with(name, &LATIN_UK)
}

/// One word in Latin letters: a given name's usual English form, else letter by letter, with the
/// case of the original (Capitalised, UPPER or lower).
fn latin_word(word: &str, table: &Latin) -> String {
    if word.is_empty() || !word.chars().any(is_cyrillic) {
        return any_ascii::any_ascii(word);
    }
    let mut chars = word.chars();
    let mut capitalised: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    capitalised.push_str(&chars.as_str().to_lowercase());
    if let Some(en) = table.given.get(&capitalised) {
        return en.clone();
    }
    let lower = word.to_lowercase();
    let (stem, ending) = table
        .endings
        .iter()
        .find(|(end, _)| lower.len() > end.len() + 2 && lower.ends_with(end.as_str()))
        .map_or((lower.as_str(), ""), |(end, to)| {
            (&lower[..lower.len() - end.len()], to.as_str())
        });
    let mut out = String::with_capacity(word.len() + 4);
    let mut after_vowel = true;
    for c in stem.chars() {
        match table.letters.get(&c) {
            Some((plain, initial)) => out.push_str(if after_vowel { initial } else { plain }),
            None => out.push_str(&any_ascii::any_ascii(c.encode_utf8(&mut [0; 4]))),
        }
        after_vowel = "аеёиоуыэюяъь".contains(c);
    }
    out.push_str(ending);
    // "кх" writes a foreign "kh" ("Буркхальтер" is Burkhalter), not "kkh".
    if out.contains("kkh") {
        out = out.replace("kkh", "kh");
    }
    let upper = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let initial_upper = word.chars().next().is_some_and(char::is_uppercase);
    if upper && word.chars().count() > 1 {
        out.to_uppercase()
    } else if initial_upper {
        let mut cs = out.chars();
        cs.next()
            .map(|c| c.to_uppercase().collect::<String>() + cs.as_str())
            .unwrap_or_default()
    } else {
        out
    }
}

/// The nominative of a Russian name in the genitive, as titles write it ("Выступление
/// С.В.Лаврова", "Владимира Путина"), word by word: `None` when no word has a genitive ending.
/// A fallback for lookups only: it also strips feminine nominatives.
pub fn nominative_ru(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut changed = false;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, changed: &mut bool| {
        if let Some(n) = nominative_word(word) {
            out.push_str(&n);
            *changed = true;
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in name.chars() {
        if c.is_alphabetic() || c == '-' {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut changed);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut changed);
    changed.then_some(out)
}

fn nominative_word(w: &str) -> Option<String> {
    if w.chars().count() < 4 {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ского") {
        return Some(format!("{stem}ский"));
    }
    if let Some(stem) = w.strip_suffix("ея") {
        return Some(format!("{stem}ей"));
    }
    // A woman's surname in an oblique case ("М.В.Захаровой", "Валентины Матвиенко" aside).
    for (oblique, nominative) in [
        ("овой", "ова"),
        ("евой", "ева"),
        ("ёвой", "ёва"),
        ("иной", "ина"),
        ("ской", "ская"),
        ("цкой", "цкая"),
    ] {
        if let Some(stem) = w.strip_suffix(oblique) {
            return Some(format!("{stem}{nominative}"));
        }
    }
    let stem = w.strip_suffix('а')?;
    ends_in_consonant(stem).then(|| stem.to_owned())
}

/// Whether a lowercase-ending Russian word ends in a hard or soft consonant other than "й".
fn ends_in_consonant(w: &str) -> bool {
    w.chars()
        .next_back()
        .is_some_and(|c| ('а'..='я').contains(&c) && !"аеёиоуыэюяйьъ".contains(c))
}

/// Ending pairs of Russian two-word names in an oblique case (`data/ru/name_cases.tsv`): given
/// oblique, given nominative, surname oblique, surname nominative.
static NAME_CASES: LazyLock<Vec<[&'static str; 4]>> = LazyLock::new(|| name_cases(false));

/// The rows marked `known`: endings that only a known man's given name tells from a
/// nominative ("Джона Болтона", "Ильхамом Алиевым").
static KNOWN_NAME_CASES: LazyLock<Vec<[&'static str; 4]>> = LazyLock::new(|| name_cases(true));

fn name_cases(known: bool) -> Vec<[&'static str; 4]> {
    crate::data_lines(include_str!("../data/ru/name_cases.tsv"))
        .filter_map(|line| {
            let mut f = line.split('\t').map(str::trim);
            // (An empty last column may be trimmed off the line.)
            let row = [f.next()?, f.next()?, f.next()?, f.next().unwrap_or("")];
            ((f.next() == Some("known")) == known).then_some(row)
        })
        .collect()
}

/// Russian given names in the nominative: those of `data/ru/given_names.tsv` and the first
/// words of the people of the actor base.
static GIVEN_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let given = crate::data_lines(include_str!("../data/ru/given_names.tsv"))
        .filter_map(|l| l.split('\t').next())
        .map(str::to_owned);
    let base = crate::actors::curated()
        .iter()
        .filter(|a| a.kind == chancery_model::EntityType::Per)
        .flat_map(|a| &a.aliases)
        .filter_map(|a| a.split_once(' ').map(|(first, _)| first.to_owned()));
    given
        .chain(base)
        .map(|w| w.trim().to_owned())
        .filter(|w| has_cyrillic(w) && w.chars().count() >= 3)
        .collect()
});

/// Whether `word` is a Russian given name in the nominative ([`GIVEN_NAMES`]: "Максим", whose
/// ending is also an adjective's).
pub fn is_given_name_ru(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// The men's given names among [`GIVEN_NAMES`] that end in a consonant.
fn known_man_consonant(name: &str) -> bool {
    ends_in_consonant(name) && GIVEN_NAMES.contains(name)
}

/// Surname endings that do not decline (`undeclined` lines of `data/ru/name_cases.tsv`).
static UNDECLINED: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::data_lines(include_str!("../data/ru/name_cases.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(kind, _)| kind.trim() == "undeclined")
        .map(|(_, ending)| ending.trim())
        .collect()
});

/// Oblique endings of place names and their nominative (`place` lines of
/// `data/ru/name_cases.tsv`).
static PLACE_CASES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::data_lines(include_str!("../data/ru/name_cases.tsv"))
        .filter_map(|l| {
            let mut f = l.split('\t').map(str::trim);
            (f.next()? == "place").then_some((f.next()?, f.next()?))
        })
        .collect()
});

/// A one-word Russian place name in an oblique case of a noun in "-ия" ("Гагаузии"), in the
/// nominative ("Гагаузия"); `None` for any other word. The stem keeps three letters.
pub fn place_nominative_ru(word: &str) -> Option<String> {
    if word.contains(' ') || !has_cyrillic(word) {
        return None;
    }
    PLACE_CASES
        .iter()
        .filter_map(|(oblique, nominative)| {
            let stem = word.strip_suffix(oblique)?;
            (stem.chars().count() >= 3).then(|| (oblique.len(), format!("{stem}{nominative}")))
        })
        .max_by_key(|(n, _)| *n)
        .map(|(_, n)| n)
}

/// A Russian "given name surname" whose two words carry the endings of one oblique case
/// ("Евсея Васильева", "Сергею Лаврову", "Марии Захаровой"), in the nominative ("Евсей
/// Васильев"); `None` for any other name. Stricter than [`nominative_ru`]: only ending pairs that
/// no nominative has, each stem keeping three letters.
pub fn oblique_name_nominative(name: &str) -> Option<String> {
    let (given, last) = name.split_once(' ')?;
    if last.contains(' ') || !has_cyrillic(given) || !has_cyrillic(last) {
        return None;
    }
    let starts_upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !starts_upper(given) || !starts_upper(last) {
        return None;
    }
    let read = |rows: &[[&str; 4]], known: bool| {
        rows.iter()
            .filter_map(|[g_obl, g_nom, s_obl, s_nom]| {
                let g = given.strip_suffix(g_obl)?;
                let nominative = format!("{g}{g_nom}");
                // "*": a surname that does not decline, kept as written ("Андреем Руденко").
                let undeclined = *s_obl == "*";
                let (s, s_nom) = if undeclined {
                    let lower = last.to_lowercase();
                    UNDECLINED
                        .iter()
                        .any(|e| lower.ends_with(e))
                        .then_some((last, ""))?
                } else {
                    (last.strip_suffix(s_obl)?, *s_nom)
                };
                let known_name = if undeclined && !g_nom.is_empty() {
                    GIVEN_NAMES.contains(nominative.as_str())
                } else {
                    known_man_consonant(&nominative)
                };
                (g.chars().count() + g_nom.chars().count() >= 3
                    && s.chars().count() >= 2
                    && (!known || known_name))
                    .then(|| {
                        (
                            g_obl.len() + if undeclined { 0 } else { s_obl.len() },
                            format!("{nominative} {s}{s_nom}"),
                        )
                    })
            })
            .max_by_key(|(n, _)| *n)
            .map(|(_, n)| n)
    };
    read(&NAME_CASES, false).or_else(|| read(&KNOWN_NAME_CASES, true))
}

/// The vowels of every language's script (`data/<lang>/vowels.txt`).
static VOWELS: LazyLock<HashSet<char>> = LazyLock::new(|| {
    [
        include_str!("../data/fr/vowels.txt"),
        include_str!("../data/en/vowels.txt"),
        include_str!("../data/ru/vowels.txt"),
    ]
    .into_iter()
    .flat_map(str::lines)
    .map(str::trim)
    .filter(|l| !l.is_empty() && !l.starts_with('#'))
    .flat_map(str::chars)
    .collect()
});

/// The consonants of a word, folded ([`fold`](crate::actors::fold)), "w" read as "v": given
/// names compare by them across spellings and cases ("Dimitri", "Dmitri"; "Сергея", "Сергей").
pub fn consonant_skeleton(word: &str) -> String {
    crate::actors::fold(word)
        .chars()
        .filter(|c| c.is_alphabetic() && !VOWELS.contains(c))
        .map(|c| if c == 'w' { 'v' } else { c })
        .collect()
}

/// Endings of Russian patronymics (`data/ru/patronymic_endings.txt`).
static PATRONYMIC_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../data/ru/patronymic_endings.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Most letters of a case ending after a patronymic's suffix ("Викторовича", "Владимировной").
const PATRONYMIC_CASE_LETTERS: usize = 3;

/// Whether `word` is a Russian patronymic ("Викторович", "Владимировны", "Viktorovich"): a
/// capitalised word ending with a patronymic's suffix and at most a case ending, with a given
/// name's stem before it.
pub fn is_patronymic(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    PATRONYMIC_ENDINGS.iter().any(|ending| {
        let n = ending.chars().count();
        (0..=PATRONYMIC_CASE_LETTERS).any(|tail| {
            chars.len() >= n + tail + 3 && {
                let at = chars.len() - tail - n;
                chars[at..at + n].iter().copied().eq(ending.chars())
            }
        })
    })
}

/// Whether two given names, in any script, spelling or case ("Сергея", "Sergei", "Sergueï"),
/// are one name: their keys differ only by a case ending.
pub fn same_given_name(a: &str, b: &str) -> bool {
    let (ka, kb) = (name_key(a), name_key(b));
    let (short, long) = if ka.len() <= kb.len() {
        (&ka, &kb)
    } else {
        (&kb, &ka)
    };
    let common = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .count();
    short.len() >= 3 && long.len() - short.len() <= 2 && common + 1 >= short.chars().count()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ukrainians_named_in_russian_are_spelled_the_ukrainian_way() {
        use super::{marked_ukrainian, transliterate, transliterate_ukrainian};
        assert_eq!(
            transliterate_ukrainian("Лилия Гриневич"),
            "Liliya Hrynevych"
        );
        assert_eq!(
            transliterate_ukrainian("Надежда Савченко"),
            "Nadiya Savchenko"
        );
        assert_eq!(
            transliterate_ukrainian("Юрий Солошенко"),
            "Yuriy Soloshenko"
        );
        // The Russian spelling is unchanged.
        assert_eq!(transliterate("Лилия Гриневич"), "Liliya Grinevich");
        assert_eq!(transliterate("Юрий Ушаков"), "Yuri Ushakov");
        assert!(marked_ukrainian("министр образования и науки Украины "));
        assert!(marked_ukrainian("Осуждены украинский режиссёр "));
        assert!(!marked_ukrainian("Посол России на Украине "));
        assert!(!marked_ukrainian("Украины и России "));
    }

    #[test]
    fn place_names_in_an_oblique_case() {
        use super::place_nominative_ru as nom;
        assert_eq!(nom("Гагаузии").as_deref(), Some("Гагаузия"));
        assert_eq!(nom("Гагаузию").as_deref(), Some("Гагаузия"));
        assert_eq!(nom("Гагаузией").as_deref(), Some("Гагаузия"));
        assert_eq!(nom("Гагаузия"), None);
        assert_eq!(nom("Тирасполе"), None);
        assert_eq!(nom("Gagauzia"), None);
    }

    #[test]
    fn two_word_names_in_an_oblique_case() {
        use super::oblique_name_nominative as nom;
        assert_eq!(nom("Евсея Васильева").as_deref(), Some("Евсей Васильев"));
        assert_eq!(nom("Андрея Васильева").as_deref(), Some("Андрей Васильев"));
        assert_eq!(nom("Сергею Лаврову").as_deref(), Some("Сергей Лавров"));
        assert_eq!(nom("Ллойдом Остином").as_deref(), Some("Ллойд Остин"));
        assert_eq!(nom("Том Хэнксом"), None);
        assert_eq!(nom("Владимиром Путиным").as_deref(), Some("Владимир Путин"));
        assert_eq!(
            nom("Владимира Зеленского").as_deref(),
            Some("Владимир Зеленский")
        );
        assert_eq!(nom("Марии Захаровой").as_deref(), Some("Мария Захарова"));
        // Nominatives, and a pair a nominative may have (a woman's name), stay.
        assert_eq!(nom("Анна Петрова"), None);
        assert_eq!(nom("Сергей Лавров"), None);
        assert_eq!(nom("Мария Захарова"), None);
        // A known man's given name tells the genitive and the instrumental.
        assert_eq!(nom("Джона Болтона").as_deref(), Some("Джон Болтон"));
        assert_eq!(nom("Ильхамом Алиевым").as_deref(), Some("Ильхам Алиев"));
        assert_eq!(nom("Ильхама Алиева").as_deref(), Some("Ильхам Алиев"));
        assert_eq!(nom("Владимира Путина").as_deref(), Some("Владимир Путин"));
        assert_eq!(nom("Олега Озерова").as_deref(), Some("Олег Озеров"));
        assert_eq!(nom("Анна Петрова"), None);
        // A surname that does not decline: the given name alone tells the case.
        assert_eq!(nom("Андреем Руденко").as_deref(), Some("Андрей Руденко"));
        assert_eq!(
            nom("Валентины Матвиенко").as_deref(),
            Some("Валентина Матвиенко")
        );
        assert_eq!(nom("Сергея Шойгу").as_deref(), Some("Сергей Шойгу"));
        assert_eq!(nom("Дмитрия Черных").as_deref(), Some("Дмитрий Черных"));
        assert_eq!(nom("Владимира Кличко").as_deref(), Some("Владимир Кличко"));
        // A man's surname in "-ич" declines (a woman's does not): every case tells itself.
        assert_eq!(nom("Эвана Гершковича").as_deref(), Some("Эван Гершкович"));
        assert_eq!(nom("Игорем Мицкевичем").as_deref(), Some("Игорь Мицкевич"));
        assert_eq!(nom("Эвану Гершковичу").as_deref(), Some("Эван Гершкович"));
        assert_eq!(nom("Эване Гершковиче").as_deref(), Some("Эван Гершкович"));
        assert_eq!(nom("Эван Гершкович"), None);
        // Nominatives stay: a woman's name, an unknown name in "-ия".
        assert_eq!(nom("Мария Шевченко"), None);
        assert_eq!(nom("Андрей Руденко"), None);
        assert_eq!(nom("Оксана Шевченко"), None);
    }

    #[test]
    fn cyrillic_initials_of_full_names() {
        for (a, b) in [
            ("Ж.Ширак", "Жак Ширак"),
            ("Дж.Робертсон", "Джордж Робертсон"),
            ("Ю.Ушаков", "Юрий Ушаков"),
            ("Ш.Мирзиёев", "Шавкат Мирзиёев"),
        ] {
            assert!(same_person(a, b), "{a} = {b}");
        }
        assert!(!same_person("Ж.Ширак", "Андрей Ширак"));
        assert!(!same_person("Ю.Ушаков", "Яков Ушаков"));
    }

    #[test]
    fn latin_lookalikes_in_cyrillic_words() {
        assert_eq!(cyrillic_lookalikes("B.Путин"), "В.Путин");
        assert_eq!(cyrillic_lookalikes("Владимир Пyтин"), "Владимир Путин");
        assert_eq!(cyrillic_lookalikes("B. Putin"), "B. Putin");
        assert_eq!(cyrillic_lookalikes("Путин и Blair"), "Путин и Blair");
    }

    use super::*;

    #[test]
    fn russian_names_are_spelled_the_english_way() {
        for (ru, en) in [
            ("Алексей Миллер", "Alexei Miller"),
            ("Евгений Пригожин", "Yevgeny Prigozhin"),
            ("Мария Захарова", "Maria Zakharova"),
            ("Дмитрий Песков", "Dmitry Peskov"),
            ("Валентина Матвиенко", "Valentina Matviyenko"),
            ("Василий Небензя", "Vasily Nebenzya"),
            ("Юрий Ушаков", "Yuri Ushakov"),
            ("Григорий Карасин", "Grigory Karasin"),
            ("Достоевский", "Dostoyevsky"),
            ("И.Петров", "I.Petrov"),
            ("МИД", "MID"),
            ("Дидье Буркхальтер", "Didier Burkhalter"),
        ] {
            assert_eq!(transliterate(ru), en);
        }
        assert_eq!(transliterate("Lavrov"), "Lavrov");
    }

    #[test]
    fn chinese_names_are_read_in_pinyin() {
        for (ru, en) in [
            ("Си Цзиньпин", "Xi Jinping"),
            ("Линь Цзянь", "Lin Jian"),
            ("Линь Цзяня", "Lin Jian"),
            ("Ли Кэцян", "Li Keqiang"),
            ("Хуа Чуньин", "Hua Chunying"),
            ("Ван Вэньбинь", "Wang Wenbin"),
            ("Чжао Лицзянь", "Zhao Lijian"),
            ("Си Цзиньпина", "Xi Jinping"),
            ("Ху Цзиньтао", "Hu Jintao"),
        ] {
            assert_eq!(chinese_name(ru).as_deref(), Some(en), "{ru}");
        }
        for other in [
            "Сергей Лавров",
            "Ким Чен Ын",
            "Синдзо Абэ",
            "Пан Ги Мун",
            "Ли",
        ] {
            assert_eq!(chinese_name(other), None, "{other}");
        }
    }

    #[test]
    fn japanese_names_are_read_in_hepburn() {
        for (ru, en) in [
            ("Ёсимаса Хаяси", "Yoshimasa Hayashi"),
            ("Фумио Кисида", "Fumio Kishida"),
            ("Фумио Кисиды", "Fumio Kishida"),
            ("Синдзо Абэ", "Shinzo Abe"),
            ("Юрико Коикэ", "Yuriko Koike"),
            ("Тосимицу Мотэги", "Toshimitsu Motegi"),
        ] {
            assert_eq!(japanese_name(ru).as_deref(), Some(en), "{ru}");
            assert_eq!(transliterate_person(ru), en);
        }
        for other in [
            "Сергей Лавров",
            "Мария Захарова",
            "Си Цзиньпин",
            "Пан Ги Мун",
        ] {
            assert_eq!(japanese_name(other), None, "{other}");
        }
        assert_eq!(transliterate_person("Си Цзиньпин"), "Xi Jinping");
        assert_eq!(
            capitals_unaccented("département d'État, Élysée, été"),
            "département d'Etat, Elysée, été"
        );
        let kb = crate::actors::builtin();
        let found = kb
            .lookup("département d'Etat")
            .map(|i| kb.actors()[i].name.as_str());
        assert_eq!(found, Some("United States Department of State"));
        for (fr, en) in [
            ("Sergueï Riabkov", Some("Sergei Riabkov")),
            ("Alexandre Bortnikov", Some("Alexander Bortnikov")),
            ("Valeri Guerassimov", Some("Valery Gerasimov")),
            ("Evgueni Prigojine", Some("Yevgeny Prigozhin")),
            ("Iouri Ouchakov", Some("Yuri Ushakov")),
            ("Andreï Belooussov", Some("Andrei Belousov")),
            ("Dmytro Kouleba", Some("Dmytro Kuleba")),
            // A French given name before a French surname stays as it is.
            ("Alexandre Dumas", None),
            ("Maxime Gremetz", None),
            ("Jean Dupont", None),
        ] {
            assert_eq!(russian_from_french(fr).as_deref(), en, "{fr}");
        }
        assert_eq!(japanese_name("Раду Мариан"), None);
        assert_eq!(japanese_name("Мария Панку"), None);
    }

    #[track_caller]
    fn check(a: &str, b: &str, same: bool) {
        assert_eq!(
            same_person(a, b),
            same,
            "{a} / {b}: {} / {}",
            name_key(a),
            name_key(b)
        );
    }

    #[test]
    fn transliterations_meet() {
        for (a, b) in [
            ("Loukachenko", "Lukashenko"),
            ("Лукашенко", "Lukashenko"),
            ("Sergueï", "Sergey"),
            ("Sergei", "Сергей"),
            ("Sergej", "Sergey"),
            ("Matveïev", "Matveyev"),
            ("Matveev", "Матвеев"),
            ("Ouchakov", "Ushakov"),
            ("Beloussov", "Belousov"),
            ("Mantourov", "Manturov"),
            ("Krutoi", "Krutoy"),
            ("Poutine", "Putin"),
            ("Путин", "Putin"),
            ("Iouri", "Yuri"),
            ("Juri", "Yuri"),
            ("Dmitri", "Dmitry"),
            ("Dmitrij", "Dmitriy"),
            ("Alexandre", "Aleksandr"),
            ("Alexander", "Александр"),
            ("Vorobyov", "Vorobiev"),
            ("Воробьёв", "Vorobyov"),
            ("Tchernychev", "Chernyshev"),
            ("Jirinovski", "Zhirinovsky"),
            ("Schoigu", "Shoigu"),
            ("Choïgou", "Шойгу"),
            ("Lawrow", "Lavrov"),
            ("Evgueni", "Yevgeny"),
            ("Nikolaïev", "Nikolayev"),
        ] {
            assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn people() {
        for (a, b, same) in [
            ("Vladimir Matveyev", "Vladimir Matveïev", true),
            ("Alexandre Loukachenko", "Alexander Lukashenko", true),
            ("А.Лукашенко", "Alexander Lukashenko", true),
            ("В. Путин", "Vladimir Putin", true),
            ("В.Путин", "Vladimir Poutine", true),
            ("Loukachenko", "Alexander Lukashenko", true),
            ("Sergueï Lavrov", "Sergey Lavrov", true),
            ("Iouri Ouchakov", "Yuri Ushakov", true),
            ("Andreï Beloussov", "Andrei Belousov", true),
            ("Vladimir Putin", "Dmitry Peskov", false),
            ("Putin", "Peskov", false),
            ("Sergey Lavrov", "Sergei Aleinik", false),
            ("Sergey Lavrov", "Ivan Lavrov", false),
            ("V. Putin", "A. Putin", false),
            ("", "Putin", false),
        ] {
            check(a, b, same);
        }
        assert_eq!(spaced_initials("В.Путин"), "В. Путин");
    }

    #[test]
    fn russian_genitive() {
        assert_eq!(nominative_ru("С.В.Лаврова").as_deref(), Some("С.В.Лавров"));
        assert_eq!(
            nominative_ru("Владимира Путина").as_deref(),
            Some("Владимир Путин")
        );
        assert_eq!(
            nominative_ru("Сергея Лаврова").as_deref(),
            Some("Сергей Лавров")
        );
        assert_eq!(nominative_ru("Вышинского").as_deref(), Some("Вышинский"));
        assert_eq!(
            nominative_ru("М.В.Захаровой").as_deref(),
            Some("М.В.Захарова")
        );
        assert_eq!(nominative_ru("Лукашенко"), None);
        assert_eq!(nominative_ru("а"), None);
    }

    #[test]
    fn patronymics_and_given_names_in_any_case() {
        for w in [
            "Викторович",
            "Викторовича",
            "Владимировна",
            "Владимировной",
            "Ильинична",
            "Viktorovich",
            "Vladimirovna",
        ] {
            assert!(super::is_patronymic(w), "{w}");
        }
        for w in ["Лавров", "Москва", "Viktor", "вич"] {
            assert!(!super::is_patronymic(w), "{w}");
        }
        assert!(super::same_given_name("Сергея", "Sergey"));
        assert!(super::same_given_name("Sergueï", "Сергей"));
        assert!(!super::same_given_name("Алексей", "Alexander"));
        assert!(!super::same_given_name("Иван", "Игорь"));
    }
}
