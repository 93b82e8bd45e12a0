//! Person names across scripts and transliterations.
//!
//! [`name_key`] folds a name to a key in which the French, English, German and Russian spellings
//! of one name coincide: "Loukachenko", "Lukashenko", "Łukašenka"-style diacritics and
//! "Лукашенко" all become `lukashenko`; "Sergueï", "Sergey", "Sergei" and "Сергей" become `sergei`;
//! "Matveïev" and "Matveyev" become `matveiev`. [`same_person`] compares two full names by
//! surname key and a compatible first name (or initial).

/// The transliteration-independent key of one name or word.
pub fn name_key(name: &str) -> String {
    let ascii = any_ascii::any_ascii(name).to_lowercase();
    let mut s: String = ascii
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .collect();
    // Longer patterns first; each rule maps a spelling variant to one canonical form.
    for (from, to) in [
        ("tch", "ch"),
        ("tsch", "ch"),
        ("sch", "sh"),
        ("ch", "sh"),
        ("kh", "h"),
        ("zh", "j"),
        ("dj", "j"),
        ("gue", "ge"),
        ("gui", "gi"),
        ("ou", "u"),
        ("yu", "iu"),
        ("ya", "ia"),
        ("ye", "ie"),
        ("yo", "io"),
        ("y", "i"),
        ("w", "v"),
        ("ks", "x"),
        ("ph", "f"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // "ei"/"ii" at word ends (Sergei, Sergii) and doubled letters (Beloussov) collapse.
    let mut out = String::with_capacity(s.len());
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut w: String = word.chars().fold(String::new(), |mut acc, c| {
            if !acc.ends_with(c) {
                acc.push(c);
            }
            acc
        });
        for (end, to) in [("ii", "i"), ("ei", "i"), ("ie", "i")] {
            if w.len() > 4 && w.ends_with(end) {
                w.truncate(w.len() - end.len());
                w.push_str(to);
            }
        }
        // French -dre is English -der (Alexandre = Alexander).
        if w.len() > 4 && w.ends_with("dre") {
            w.truncate(w.len() - 3);
            w.push_str("der");
        }
        // French adds a mute final -e to Slavic surnames (Poutine = Putin).
        if w.len() > 4 && w.ends_with("ine") {
            w.pop();
        }
        out.push_str(&w);
    }
    out
}

/// True when two written names can be the same person: same surname key, and first names that
/// agree (same key, or one is an initial of the other, or one of them has no first name).
pub fn same_person(a: &str, b: &str) -> bool {
    same_person_keys(&name_key(a), &name_key(b))
}

/// [`same_person`] on keys already computed with [`name_key`].
pub fn same_person_keys(ka: &str, kb: &str) -> bool {
    let (Some((fa, sa)), Some((fb, sb))) = (split_key(ka), split_key(kb)) else {
        return false;
    };
    if sa.is_empty() || sa != sb {
        return false;
    }
    match (fa, fb) {
        (Some(fa), Some(fb)) => {
            fa == fb || fa.len() == 1 && fb.starts_with(fa) || fb.len() == 1 && fa.starts_with(fb)
        }
        _ => true,
    }
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

/// A Cyrillic name in Latin letters, each word capitalised ("А.Лукашенко" → "A.Lukashenko").
pub fn transliterate(name: &str) -> String {
    any_ascii::any_ascii(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_meet() {
        for (a, b) in [
            ("Loukachenko", "Lukashenko"),
            ("Лукашенко", "Lukashenko"),
            ("Sergueï", "Sergey"),
            ("Sergei", "Сергей"),
            ("Matveïev", "Matveyev"),
            ("Ouchakov", "Ushakov"),
            ("Beloussov", "Belousov"),
            ("Mantourov", "Manturov"),
            ("Krutoi", "Krutoy"),
            ("Poutine", "Putin"),
            ("Путин", "Putin"),
            ("Iouri", "Yuri"),
            ("Dmitri", "Dmitry"),
        ] {
            assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn people() {
        assert!(same_person("Vladimir Matveyev", "Vladimir Matveïev"));
        assert!(same_person("Alexandre Loukachenko", "Alexander Lukashenko"));
        assert!(same_person("В. Путин", "Vladimir Putin"));
        assert!(same_person("Loukachenko", "Alexander Lukashenko"));
        assert!(!same_person("Vladimir Putin", "Dmitry Peskov"));
        assert!(!same_person("Sergey Lavrov", "Sergei Aleinik"));
        assert!(!same_person("Sergey Lavrov", "Ivan Lavrov"));
        assert_eq!(spaced_initials("В.Путин"), "В. Путин");
    }
}
