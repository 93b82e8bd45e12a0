//! The actor knowledge base: canonical actors with multilingual aliases and date-restricted CAMEO
//! codes (`data/actors/actors.tsv`, documented in `data/actors/README.md`).
//!
//! [`Kb::find`] scans a text once for every alias (Aho-Corasick over a case-folded copy of the
//! text with the same byte offsets), keeps whole-word matches, checks case for acronyms, and then
//! resolves capitalised person names the alias list lacks through `names::name_key`
//! (Mantourov = Manturov, Beloussov = Belousov).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use chancery_model::text::is_word_char;
use chancery_model::{EntityType, PartialDate, Span};

use crate::names::name_key;

/// A CAMEO code valid between two dates (either end open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub code: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub kind: EntityType,
    pub codes: Vec<Code>,
    pub aliases: Vec<String>,
}

impl Actor {
    /// The code valid on `date`: the latest-starting code whose range holds the date; with no
    /// date, the code valid last.
    pub fn code_on(&self, date: Option<PartialDate>) -> Option<&str> {
        let day = date.and_then(|d| {
            let d = d.date_only();
            // A year or month alone is compared at its first day.
            PartialDate::ymd(d.year?, d.month.unwrap_or(1), d.day.unwrap_or(1))
        });
        let valid = |c: &&Code| match day {
            Some(d) => c.from.is_none_or(|f| f <= d) && c.to.is_none_or(|t| d <= t),
            None => true,
        };
        self.codes
            .iter()
            .filter(valid)
            .max_by_key(|c| c.from)
            .map(|c| c.code.as_str())
    }
}

/// A mention of an actor found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Index into [`Kb::actors`].
    pub actor: usize,
}

/// Why a line of an actor file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

pub struct Kb {
    actors: Vec<Actor>,
    matcher: AhoCorasick,
    /// Per folded pattern: the actor, and the exact forms allowed when only acronyms fold to it
    /// (`None`: any case matches).
    patterns: Vec<(usize, Option<Vec<String>>)>,
    /// Full-name keys of people, to the actor (only keys that name one actor).
    person_keys: HashMap<String, usize>,
    /// First names of the people (folded), to cheaply skip runs that cannot be a known person.
    first_names: HashSet<String>,
    /// The same first names followed by a space, to find candidate full names in one pass.
    first_name_matcher: AhoCorasick,
}

impl std::fmt::Debug for Kb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kb")
            .field("actors", &self.actors.len())
            .finish_non_exhaustive()
    }
}

static BUILTIN: LazyLock<Kb> = LazyLock::new(|| {
    let (actors, _errors) = parse_tsv(include_str!("../data/actors/actors.tsv"));
    Kb::new(actors)
});

/// The curated base that ships with chancery.
pub fn builtin() -> &'static Kb {
    &BUILTIN
}

/// Reads the actor TSV format; bad lines are reported, not fatal.
pub fn parse_tsv(text: &str) -> (Vec<Actor>, Vec<LineError>) {
    let mut actors = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let err = |m: &str| LineError {
            line: i + 1,
            message: m.to_owned(),
        };
        if f.len() < 4 {
            errors.push(err(
                "expected 4 tab-separated columns: name, type, codes, aliases",
            ));
            continue;
        }
        let kind = match f[1].trim() {
            "PER" => EntityType::Per,
            "ORG" => EntityType::Org,
            "LOC" => EntityType::Loc,
            "MISC" => EntityType::Misc,
            _ => {
                errors.push(err("type must be PER, ORG, LOC or MISC"));
                continue;
            }
        };
        let mut codes = Vec::new();
        for c in f[2].split(';').map(str::trim).filter(|c| !c.is_empty()) {
            let (code, range) = c.split_once(':').unwrap_or((c, ""));
            let (from, to) = range.split_once("..").unwrap_or(("", ""));
            let date = |s: &str| (!s.is_empty()).then(|| PartialDate::parse_iso(s)).flatten();
            codes.push(Code {
                code: code.to_owned(),
                from: date(from),
                to: date(to),
            });
        }
        let name = f[0].trim().to_owned();
        let mut aliases: Vec<String> = f[3]
            .split('|')
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
        if !aliases.contains(&name) {
            aliases.push(name.clone());
        }
        actors.push(Actor {
            name,
            kind,
            codes,
            aliases,
        });
    }
    (actors, errors)
}

impl Kb {
    pub fn new(actors: Vec<Actor>) -> Kb {
        // One pattern per (actor, folded alias): "ASEAN" and "Asean" fold alike, and the
        // case-insensitive form wins.
        let mut patterns: Vec<(usize, Option<Vec<String>>)> = Vec::new();
        let mut folded: Vec<String> = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            for alias in &a.aliases {
                let acronym =
                    alias.chars().count() <= 6 && alias.chars().all(|c| !c.is_lowercase());
                let f = fold(alias);
                match folded
                    .iter()
                    .zip(&mut patterns)
                    .find(|(g, (actor, _))| **g == f && *actor == i)
                {
                    Some((_, (_, exact))) => match (exact.as_mut(), acronym) {
                        (Some(forms), true) => forms.push(alias.clone()),
                        (Some(_), false) => *exact = None,
                        (None, _) => {}
                    },
                    None => {
                        patterns.push((i, acronym.then(|| vec![alias.clone()])));
                        folded.push(f);
                    }
                }
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&folded)
            .expect("actor aliases build an automaton");
        let mut counts: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, a) in actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == EntityType::Per)
        {
            for alias in a.aliases.iter().filter(|a| a.contains(' ')) {
                let v = counts.entry(name_key(alias)).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        let person_keys = counts
            .into_iter()
            .filter(|(_, v)| v.len() == 1)
            .map(|(k, v)| (k, v[0]))
            .collect();
        let first_names = actors
            .iter()
            .filter(|a| a.kind == EntityType::Per)
            .flat_map(|a| &a.aliases)
            .filter(|a| a.contains(' '))
            .filter_map(|a| a.split(' ').next().map(fold))
            .collect();
        let with_space: Vec<String> = {
            let mut v: Vec<String> = HashSet::<&String>::from_iter(&first_names)
                .into_iter()
                .map(|f| format!("{f} "))
                .collect();
            v.sort();
            v
        };
        let first_name_matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&with_space)
            .expect("first names build an automaton");
        Kb {
            actors,
            matcher,
            patterns,
            person_keys,
            first_names,
            first_name_matcher,
        }
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The actor with this canonical name.
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.name == name)
    }

    /// Every whole-word mention of a known actor in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.find_in(text, &fold(text))
    }

    /// [`Kb::find`] with the text's [`fold`] already computed.
    pub fn find_in(&self, text: &str, folded: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.matcher.find_iter(folded) {
            let (actor, exact) = &self.patterns[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            if exact
                .as_ref()
                .is_some_and(|forms| !forms.iter().any(|f| f == &text[start..end]))
            {
                continue;
            }
            // Russian case endings after a Cyrillic name: Путина, Лукашенко, Лаврову.
            if folded_last_is_cyrillic(&text[start..end]) {
                let ext: usize = text[end..]
                    .chars()
                    .take_while(|c| ('\u{430}'..='\u{44f}').contains(c))
                    .take(3)
                    .map(char::len_utf8)
                    .sum();
                if ext > 0 && !text[end + ext..].chars().next().is_some_and(is_word_char) {
                    end += ext;
                }
            }
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
                continue;
            }
            hits.push(Hit {
                span: Span::new(start, end),
                actor: *actor,
            });
        }
        hits
    }

    /// People named with a first name the base knows and a surname spelled in a way the aliases
    /// lack ("Denis Mantourov" for Denis Manturov), matched by transliteration-independent key.
    pub fn find_unlisted_people(&self, text: &str, folded: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.first_name_matcher.find_iter(folded) {
            let start = m.start();
            if text[..start].chars().next_back().is_some_and(is_word_char)
                || !text[start..].chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            // The capitalised surname (and a second one) right after the first name.
            let mut end = m.end();
            for _ in 0..2 {
                let rest = &text[end..];
                if !rest.chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
                let len: usize = rest
                    .chars()
                    .take_while(|&c| is_word_char(c) || c == '-')
                    .map(char::len_utf8)
                    .sum();
                let span = Span::new(start, end + len);
                if let Some(actor) = self.person_keys.get(&name_key(span.slice(text))).copied() {
                    hits.push(Hit { span, actor });
                    break;
                }
                if !rest[len..].starts_with(' ') {
                    break;
                }
                end += len + 1;
            }
        }
        hits
    }

    /// The person a capitalised full name refers to, through transliteration-independent keys.
    /// Only names starting with a first name some known person has as written are keyed.
    pub fn person_by_key(&self, name: &str) -> Option<usize> {
        let first = name.split(' ').next().unwrap_or(name);
        if !self.first_names.contains(&fold(first)) {
            return None;
        }
        self.person_keys.get(&name_key(name)).copied()
    }
}

fn folded_last_is_cyrillic(s: &str) -> bool {
    s.chars()
        .last()
        .is_some_and(|c| ('\u{430}'..='\u{44f}').contains(&c))
}

/// Lowercases letters whose lowercase form has the same UTF-8 length (ASCII, Latin-1, Cyrillic),
/// so that offsets into the folded text are offsets into the original. Works on bytes.
pub fn fold(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match (c, b.get(i + 1).copied()) {
            (b'A'..=b'Z', _) => out.push(c + 32),
            // U+00C0..U+00DE except U+00D7 (×): C3 80..C3 9E → C3 A0..C3 BE.
            (0xC3, Some(n @ 0x80..=0x9E)) if n != 0x97 => {
                out.extend([0xC3, n + 0x20]);
                i += 1;
            }
            // U+0410..U+041F → U+0430..U+043F: D0 90..9F → D0 B0..BF.
            (0xD0, Some(n @ 0x90..=0x9F)) => {
                out.extend([0xD0, n + 0x20]);
                i += 1;
            }
            // U+0420..U+042F → U+0440..U+044F: D0 A0..AF → D1 80..8F.
            (0xD0, Some(n @ 0xA0..=0xAF)) => {
                out.extend([0xD1, n - 0x20]);
                i += 1;
            }
            // U+0400..U+040F → U+0450..U+045F: D0 80..8F → D1 90..9F.
            (0xD0, Some(n @ 0x80..=0x8F)) => {
                out.extend([0xD1, n + 0x10]);
                i += 1;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    // Only whole two-byte sequences were rewritten into other valid two-byte sequences.
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let kb = builtin();
        kb.find(text)
            .iter()
            .map(|h| format!("{}={}", h.span.slice(text), kb.actors()[h.actor].name))
            .collect()
    }

    #[test]
    fn aliases_acronyms_and_scripts() {
        assert_eq!(
            names("L'OTSC, la CSTO et l'ОДКБ ; Loukachenko et Лукашенко à Minsk."),
            [
                "OTSC=Collective Security Treaty Organization",
                "CSTO=Collective Security Treaty Organization",
                "ОДКБ=Collective Security Treaty Organization",
                "Loukachenko=Alexander Lukashenko",
                "Лукашенко=Alexander Lukashenko",
                "Minsk=Minsk",
            ]
        );
        // Acronyms are case-sensitive and whole words; case endings in Russian.
        assert_eq!(names("que une ue Ue"), Vec::<String>::new());
        assert_eq!(names("l'Asean et l'ASEAN"), ["Asean=ASEAN", "ASEAN=ASEAN"]);
        assert_eq!(names("встреча с Путиным"), ["Путиным=Vladimir Putin"]);
        assert_eq!(
            names("la Fédération de Russie"),
            ["Fédération de Russie=Russia"]
        );
    }

    #[test]
    fn date_restricted_codes() {
        let kb = builtin();
        let raisi = &kb.actors()[kb.by_name("Ebrahim Raisi").unwrap()];
        assert_eq!(raisi.code_on(PartialDate::ymd(2024, 5, 1)), Some("IRNGOV"));
        assert_eq!(raisi.code_on(PartialDate::ymd(2024, 6, 1)), Some("IRNELI"));
        let lavrov = &kb.actors()[kb.by_name("Sergey Lavrov").unwrap()];
        assert_eq!(lavrov.code_on(PartialDate::ymd(2003, 1, 1)), None);
        assert_eq!(
            lavrov.code_on(Some(PartialDate::year(2020))),
            Some("RUSGOV")
        );
        assert_eq!(
            kb.person_by_key("Denis Mantourov")
                .map(|i| kb.actors()[i].name.as_str()),
            Some("Denis Manturov")
        );
    }

    #[test]
    fn folding_keeps_offsets() {
        let s = "ÉTAT Россия Ёж straße";
        assert_eq!(fold(s).len(), s.len());
        assert_eq!(fold(s), "état россия ёж straße");
        let (actors, errors) = parse_tsv("X\tPER\n# c\nY\tBAD\t\ty\n");
        assert!(actors.is_empty());
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 3]);
    }
}
