//! The actor knowledge base: canonical actors with multilingual aliases and date-restricted CAMEO
//! codes (`data/actors/actors.tsv`, documented in `data/actors/README.md`).
//!
//! [`Kb::find`] scans a text once for every alias (Aho-Corasick over a case-folded copy of the
//! text with the same byte offsets), keeps whole-word matches, checks case for acronyms, and then
//! resolves capitalised person names the alias list lacks through `names::name_key`
//! (Mantourov = Manturov, Beloussov = Belousov).
//!
//! [`Kb::merged`] adds imported actors (the CAMEO lists read by `petrarch`, or a user's TSV) to a
//! base: an imported actor that is a base actor (same canonical name or alias, or the same person
//! by `names`) lends it its aliases and codes and keeps the base's name; an imported alias that
//! another base actor owns is dropped; imported aliases match only where the text capitalises
//! them (acronyms: only as written), and common words are never imported aliases.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use chancery_model::text::is_word_char;
use chancery_model::{EntityType, PartialDate, Span};

use crate::names::{name_key, same_person_keys};

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
        latest_valid(self.codes.iter(), |c| (c.from, c.to), date).map(|c| c.code.as_str())
    }

    /// Whether a text of `date` may mean this actor by a word their names share with others (a
    /// surname alone): not years before any code of theirs starts ("MR. CARNEY:" of a 2014
    /// White House briefing is not Mark Carney, Prime Minister of Canada from 2025).
    pub fn known_on(&self, date: Option<PartialDate>) -> bool {
        let Some(year) = date.and_then(|d| d.year) else {
            return true;
        };
        self.codes.is_empty()
            || self.codes.iter().any(|c| {
                c.from
                    .and_then(|f| f.year)
                    .is_none_or(|from| year + KNOWN_BEFORE_YEARS >= from)
            })
    }
}

/// How many years before their first coded office a person is taken to be known by surname alone.
const KNOWN_BEFORE_YEARS: i32 = 5;

/// The latest-starting of `items` whose range (`FROM..TO`, either end open) holds `date` — a
/// year or month alone is compared at its first day; with no date, the latest-starting of all.
/// Shared by date-restricted codes and terms of office.
pub(crate) fn latest_valid<T>(
    items: impl Iterator<Item = T>,
    range: impl Fn(&T) -> (Option<PartialDate>, Option<PartialDate>),
    date: Option<PartialDate>,
) -> Option<T> {
    let day = date.and_then(|d| {
        let d = d.date_only();
        PartialDate::ymd(d.year?, d.month.unwrap_or(1), d.day.unwrap_or(1))
    });
    items
        .filter(|item| {
            let (from, to) = range(item);
            day.is_none_or(|d| from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t))
        })
        .max_by_key(|item| range(item).0)
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

/// Which written forms of a folded pattern match.
#[derive(Clone, Debug, Default)]
struct CaseRule {
    /// Any case (a curated alias written lowercase in the base: "patriarche Cyrille").
    any: bool,
    /// Any form whose first letter is not lowercase (names: "Trump", "TRUMP", not "trump").
    capital: bool,
    /// These exact forms (acronyms).
    exact: Vec<String>,
    /// An organisation's acronym of three Latin letters or more, written as a word too
    /// ("l'Onu", "l'Otan", "Nato allies"): a capital and lowercase letters, not opening a
    /// sentence.
    word_acronym: bool,
    /// A Russian stem ("москв" of "Москва") with the case endings it takes: matches only with
    /// one of them ("Москве"); empty for a name that is not a stem.
    stem: &'static [&'static str],
    /// Every alias of this pattern capitalises each of its words ("Russia Today"): a written
    /// form with a lowercase word is ordinary prose ("visited Russia today"), not the name.
    title: bool,
    /// An ordinary word of other names too ("West"): only standing alone ([`stands_alone`]).
    alone: bool,
}

impl CaseRule {
    fn allows(&self, written: &str) -> bool {
        self.any
            || (self.capital
                && !written.chars().next().is_some_and(char::is_lowercase)
                && (!self.title || !has_lowercase_word(written)))
            || self.exact.iter().any(|f| f == written)
            || self.as_word_only(written)
    }

    /// Whether only [`CaseRule::word_acronym`] lets `written` match: not when an alias is
    /// written so ("Hamas" beside "HAMAS").
    fn as_word_only(&self, written: &str) -> bool {
        let mut cs = written.chars();
        self.word_acronym
            && !self.any
            && !self.capital
            && !self.exact.iter().any(|f| f == written)
            && cs.next().is_some_and(char::is_uppercase)
            && cs.all(char::is_lowercase)
    }
}

/// Two words or more, each beginning with a capital letter ("Russia Today", "Le Monde").
fn is_title_case(alias: &str) -> bool {
    let mut words = alias.split_whitespace().peekable();
    words.peek().is_some()
        && alias.split_whitespace().count() > 1
        && words.all(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_none_or(char::is_uppercase)
        })
}

/// Some word of `written` begins with a lowercase letter.
fn has_lowercase_word(written: &str) -> bool {
    written.split_whitespace().any(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
    })
}

pub struct Kb {
    actors: Vec<Actor>,
    matcher: AhoCorasick,
    /// Per folded pattern: the actor, and the written forms that match.
    patterns: Vec<(usize, CaseRule)>,
    /// Canonical names to the first actor with that name.
    names: HashMap<String, usize>,
    /// Folded aliases to the first actor listing them.
    alias_index: HashMap<String, usize>,
    /// Full-name keys of people, to the actor (only keys that name one actor).
    person_keys: HashMap<String, usize>,
    /// First names of the people (folded), to cheaply skip runs that cannot be a known person.
    first_names: HashSet<String>,
    /// The last word of each person's canonical name (folded), to the persons bearing it.
    surnames: HashMap<String, Vec<usize>>,
    /// The same first names followed by a space, to find candidate full names in one pass.
    first_name_matcher: AhoCorasick,
    /// Russian aliases by their inflection key ([`russian_key`]), to the actor (only keys that
    /// name one actor): "Северную Корею" finds the alias "Северная Корея".
    inflected: HashMap<String, usize>,
    /// Russian aliases of several words, found in any case in a text ("Совета Россия–НАТО").
    inflected_phrases: crate::inflected::PhraseIndex<usize>,
    /// A state's three-letter code to the state: the first place holding that code alone, for
    /// all time (countries are listed before their cities).
    states: HashMap<String, usize>,
    /// People by the initial of their given name and their surname's key ([`initial_key`]),
    /// to the person (only keys that name one person): "Б.Джонсон" is Boris Johnson.
    initials: HashMap<String, usize>,
}

impl std::fmt::Debug for Kb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kb")
            .field("actors", &self.actors.len())
            .finish_non_exhaustive()
    }
}

/// Aliases that are also ordinary words of other names (`data/actors/common_word_names.txt`),
/// folded: they match only standing alone ([`stands_alone`]).
static COMMON_WORD_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::data_lines(include_str!("../data/actors/common_word_names.txt"))
        .map(fold)
        .collect()
});

/// Whether the name at `start..end` has no capitalised word right after it, nor one right before
/// it other than a function word ("The West"): "West" in "West Bank", "Kanye West" is part of a
/// longer name.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let next = text[end..].strip_prefix(' ').and_then(|r| r.chars().next());
    if next.is_some_and(char::is_uppercase) {
        return false;
    }
    word_before(text, start).is_none_or(|(_, word)| {
        !word.starts_with(char::is_uppercase) || crate::lang::is_function_word(word)
    })
}

/// The word right before byte `start` of `text`, spaces between (none when no space is), and
/// where it starts.
fn word_before(text: &str, start: usize) -> Option<(usize, &str)> {
    let before = text[..start].trim_end_matches(' ');
    if before.len() == start {
        return None;
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    Some((word_start, &before[word_start..]))
}

/// The capitals of the world's countries, by the actor base's canonical names.
static CAPITALS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| crate::data_lines(include_str!("../data/actors/capitals.txt")).collect());

/// States whose people write the family name first (`data/actors/family_name_first.txt`).
static FAMILY_NAME_FIRST: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::data_lines(include_str!("../data/actors/family_name_first.txt")).collect()
});

/// Whether a person of this CAMEO code ("CHNGOV") writes the family name first ("Xi Jinping"):
/// the code's country is one of `data/actors/family_name_first.txt`.
pub fn family_name_first(code: &str) -> bool {
    code.get(..3).is_some_and(|c| FAMILY_NAME_FIRST.contains(c))
}

/// The rows of the curated base, `data/actors/actors.tsv`, read once: the built-in base starts
/// from them, and the people and media readers of the other stages look at them too.
static CURATED: LazyLock<Vec<Actor>> =
    LazyLock::new(|| parse_tsv(include_str!("../data/actors/actors.tsv")).0);

/// The actors of the curated base (`data/actors/actors.tsv`), as written there.
pub(crate) fn curated() -> &'static [Actor] {
    &CURATED
}

static BUILTIN: LazyLock<Kb> = LazyLock::new(|| {
    let mut actors = CURATED.clone();
    // Countries, territories, continents and cities from the CLDR (scripts/cldr/territories.py).
    actors.extend(parse_tsv(include_str!("../data/actors/territories.tsv")).0);
    actors.extend(parse_tsv(include_str!("../data/actors/cities.tsv")).0);
    // Regions, seas and disputed places the CLDR leaves out, written by hand.
    actors.extend(parse_tsv(include_str!("../data/actors/regions.tsv")).0);
    let mut actors = merge_same_names(actors);
    add_aliases(&mut actors, include_str!("../data/actors/aliases.tsv"));
    Kb::new(actors)
});

/// One actor per name and kind: a place two files list ("Gaza Strip" as a time-zone city and as
/// a region) is one referent, with the aliases of both and the codes of the first that has any.
fn merge_same_names(actors: Vec<Actor>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::with_capacity(actors.len());
    let mut index: HashMap<(String, EntityType), usize> = HashMap::new();
    for a in actors {
        match index.get(&(a.name.clone(), a.kind)) {
            Some(&i) => {
                let first = &mut out[i];
                for alias in a.aliases {
                    if !first.aliases.contains(&alias) {
                        first.aliases.push(alias);
                    }
                }
                if first.codes.is_empty() {
                    first.codes = a.codes;
                }
            }
            None => {
                index.insert((a.name.clone(), a.kind), out.len());
                out.push(a);
            }
        }
    }
    out
}

/// Other spellings of an alias that texts use: the other apostrophe (’ and '), and Latin
/// letters without their accents ("Cote d'Ivoire", "Etats-Unis", "ETATS-UNIS" written without
/// them). Only for aliases of more than four letters, so that short words stay apart.
fn spelling_variants(alias: &str) -> Vec<String> {
    let mut out = Vec::new();
    if alias.chars().count() <= 4 {
        return out;
    }
    let apostrophe = if alias.contains('’') {
        Some(alias.replace('’', "'"))
    } else if alias.contains('\'') {
        Some(alias.replace('\'', "’"))
    } else {
        None
    };
    let bare: String = alias.chars().map(without_accent).collect();
    for v in [apostrophe, (bare != alias).then(|| bare.clone())]
        .into_iter()
        .flatten()
    {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    if bare != alias && alias.contains(['’', '\'']) {
        let v = bare.replace('’', "'");
        if !out.contains(&v) && v != alias {
            out.push(v);
        }
    }
    out
}

/// A Latin letter without its accent (same letter otherwise).
fn without_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' | 'Ě' => 'E',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'Î' | 'Ï' | 'Í' | 'Ì' => 'I',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => 'O',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ÿ' | 'ý' => 'y',
        'š' => 's',
        'Š' => 'S',
        'ž' => 'z',
        'Ž' => 'Z',
        _ => c,
    }
}

/// Adds the aliases of `text` (canonical name, `|`-separated aliases) to the actors so named.
fn add_aliases(actors: &mut [Actor], text: &str) {
    for line in crate::data_lines(text) {
        let Some((name, aliases)) = line.split_once('\t') else {
            continue;
        };
        if let Some(a) = actors.iter_mut().find(|a| a.name == name.trim()) {
            for al in aliases.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                if !a.aliases.iter().any(|x| x == al) {
                    a.aliases.push(al.to_owned());
                }
            }
        }
    }
}

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
        // French drops the accents of capitals as often as not ("département d'Etat",
        // "Elysée"): each alias with one matches without it too.
        let bare: Vec<String> = aliases
            .iter()
            .map(|a| crate::names::capitals_unaccented(a))
            .filter(|b| !aliases.contains(b))
            .collect();
        for b in bare {
            if !aliases.contains(&b) {
                aliases.push(b);
            }
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
        let native = actors.iter().map(|a| a.aliases.len()).collect();
        Kb::build(actors, native)
    }

    /// The built-in base plus imported actors, merged by [`Kb::merged`].
    pub fn with_imported(extra: Vec<Actor>) -> Kb {
        Kb::merged(builtin().actors().to_vec(), extra).0
    }

    /// A base (curated actors, whose aliases match in any case) plus imported actors.
    ///
    /// An imported actor joins the base actor it is — the first of: a base actor having its
    /// canonical name as an alias (same kind, or both non-persons); a base person with the same
    /// full-name key (`names::same_person`); a base actor of the same kind having one of its
    /// multi-word aliases — and lends it the aliases and codes it lacks (the base name stays).
    /// Imported actors with the same name and kind whose codes share a country are one actor.
    /// An imported alias that a base actor already has is kept only on that actor; single
    /// common words are never imported aliases; imported aliases match only when capitalised
    /// in the text (acronyms: as written).
    pub fn merged(base: Vec<Actor>, extra: Vec<Actor>) -> (Kb, MergeReport) {
        let mut report = MergeReport::default();
        let mut actors = base;
        let base_len = actors.len();
        let mut native: Vec<usize> = actors.iter().map(|a| a.aliases.len()).collect();
        // Folded base aliases to their actor (`None`: several base actors share it).
        let mut base_alias: HashMap<String, Option<usize>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            for al in &a.aliases {
                base_alias
                    .entry(fold(al))
                    .and_modify(|v| {
                        if *v != Some(i) {
                            *v = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
        // Full-name keys of base people, by surname key.
        let mut base_people: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            if a.kind != EntityType::Per {
                continue;
            }
            for al in a.aliases.iter().filter(|a| a.contains(' ')) {
                let k = name_key(al);
                if let Some(surname) = k.rsplit(' ').next() {
                    base_people
                        .entry(surname.to_owned())
                        .or_default()
                        .push((k.clone(), i));
                }
            }
        }
        // First names of base people: "Vladimir" (a Russian city in the CAMEO lists) stays a
        // first name.
        let first_names: HashSet<String> = actors
            .iter()
            .filter(|a| a.kind == EntityType::Per)
            .flat_map(|a| &a.aliases)
            .filter_map(|a| a.split_once(' ').map(|(f, _)| fold(f)))
            .collect();
        let mut imported_by_name: HashMap<(String, EntityType), usize> = HashMap::new();
        for mut a in extra {
            let target = merge_target(&a, &actors[..base_len], &base_alias, &base_people);
            let (name, person) = (a.name.clone(), a.kind == EntityType::Per);
            let keep = |al: &String, owner: Option<usize>| {
                let f = fold(al);
                usable_imported_alias(al, &f)
                    && (person || *al == name || f.contains(' ') || !first_names.contains(&f))
                    && match base_alias.get(&f) {
                        None => true,
                        Some(v) => owner.is_some() && *v == owner,
                    }
            };
            if let Some(t) = target {
                report.merged += 1;
                let before = a.aliases.len();
                a.aliases.retain(|al| keep(al, Some(t)));
                report.dropped_aliases += before - a.aliases.len();
                absorb(&mut actors[t], a);
                continue;
            }
            let before = a.aliases.len();
            a.aliases.retain(|al| keep(al, None));
            report.dropped_aliases += before - a.aliases.len();
            let key = (fold(&a.name), a.kind);
            if let Some(&j) = imported_by_name.get(&key)
                && same_countries(&actors[j], &a)
            {
                report.deduped += 1;
                absorb(&mut actors[j], a);
                continue;
            }
            report.added += 1;
            imported_by_name.entry(key).or_insert(actors.len());
            actors.push(a);
            native.push(0);
        }
        (Kb::build(actors, native), report)
    }

    /// `native[i]`: how many leading aliases of actor `i` are curated (any case matches); the
    /// others are imported.
    fn build(actors: Vec<Actor>, native: Vec<usize>) -> Kb {
        // One pattern per (actor, folded alias): "ASEAN" and "Asean" fold alike, and the
        // case-insensitive form wins.
        let mut patterns: Vec<(usize, CaseRule)> = Vec::new();
        let mut folded: Vec<String> = Vec::new();
        let mut seen: HashMap<(usize, String), usize> = HashMap::new();
        let mut alias_index: HashMap<String, usize> = HashMap::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut states: HashMap<String, usize> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            names.entry(a.name.clone()).or_insert(i);
            if let [c] = a.codes.as_slice()
                && a.kind == EntityType::Loc
                && c.from.is_none()
                && c.to.is_none()
                && c.code.len() == 3
                && c.code.bytes().all(|b| b.is_ascii_uppercase())
            {
                states.entry(c.code.clone()).or_insert(i);
            }
            let curated = native.get(i).copied().unwrap_or(a.aliases.len());
            let forms = a.aliases.iter().enumerate().flat_map(|(j, alias)| {
                std::iter::once((j, alias.clone()))
                    .chain(spelling_variants(alias).into_iter().map(move |v| (j, v)))
            });
            for (j, alias) in forms {
                let alias = &alias;
                let acronym =
                    alias.chars().count() <= 6 && alias.chars().all(|c| !c.is_lowercase());
                let f = fold(alias);
                let alone = COMMON_WORD_NAMES.contains(&f);
                alias_index.entry(f.clone()).or_insert(i);
                let title = is_title_case(alias);
                let p = *seen.entry((i, f.clone())).or_insert_with(|| {
                    patterns.push((
                        i,
                        CaseRule {
                            title,
                            ..CaseRule::default()
                        },
                    ));
                    folded.push(f);
                    patterns.len() - 1
                });
                let rule = &mut patterns[p].1;
                rule.title &= title;
                rule.alone |= alone;
                if acronym {
                    rule.exact.push(alias.clone());
                    // (Not one that is a word of its own: "WHO" is no "Who".)
                    let lower = alias.to_lowercase();
                    rule.word_acronym |= a.kind == EntityType::Org
                        && alias.chars().count() >= 3
                        && alias.chars().all(|c| c.is_ascii_alphabetic())
                        && !crate::lang::is_function_word(&lower)
                        && !crate::nonentities::is_common_noun(&lower);
                } else if j < curated && alias.chars().next().is_some_and(char::is_lowercase) {
                    // Written lowercase in the base ("patriarche Cyrille"): any case matches.
                    rule.any = true;
                } else if j < curated {
                    // A name: capitalised or in capitals, never a lowercase word ("trump").
                    rule.capital = true;
                } else {
                    rule.capital = true;
                }
                // Russian names change their ending in other cases (Москва → Москве,
                // Белоруссия → Белоруссии, Кремль → Кремля, Грозный → Грозного, Балканы →
                // Балканах): the stem matches too, followed by an ending.
                for (stem, endings) in russian_stems(alias) {
                    let rule = CaseRule {
                        stem: endings,
                        ..patterns[p].1.clone()
                    };
                    let f = fold(&stem);
                    if let std::collections::hash_map::Entry::Vacant(slot) =
                        seen.entry((i, f.clone()))
                    {
                        slot.insert(patterns.len());
                        patterns.push((i, rule));
                        folded.push(f);
                    }
                }
            }
        }
        // A contiguous NFA: a DFA over these aliases took most of a process's start-up (80 ms
        // of 100) and searched no measurably faster (`chancery bench extract`, field corpus).
        let matcher = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Both)
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
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            if a.kind == EntityType::Per
                && let Some(last) = a.name.rsplit(' ').next()
            {
                surnames.entry(fold(last)).or_default().push(i);
            }
        }
        let with_space: Vec<String> = {
            let mut v: Vec<String> = HashSet::<&String>::from_iter(&first_names)
                .into_iter()
                .map(|f| format!("{f} "))
                .collect();
            v.sort();
            v
        };
        let first_name_matcher = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&with_space)
            .expect("first names build an automaton");
        let mut inflected: HashMap<String, Option<usize>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            for alias in a.aliases.iter().chain([&a.name]) {
                if let Some(key) = russian_key(alias) {
                    let slot = inflected.entry(key).or_insert(Some(i));
                    // (The same place listed by two files, "Gaza Strip" as a city and as a
                    // region, is one referent, not an ambiguity.)
                    if slot.is_some_and(|j| j != i && actors[j].name != a.name) {
                        *slot = None;
                    }
                }
            }
        }
        // Keys without a fleeting vowel ("Египта" of "Египет"), where no name has that key.
        let mut fleeting: HashMap<String, Option<usize>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            for alias in a.aliases.iter().chain([&a.name]) {
                if let Some(key) = russian_key(alias)
                    .as_deref()
                    .and_then(without_fleeting_vowel)
                    && !inflected.contains_key(&key)
                {
                    let slot = fleeting.entry(key).or_insert(Some(i));
                    if slot.is_some_and(|j| j != i && actors[j].name != a.name) {
                        *slot = None;
                    }
                }
            }
        }
        inflected.extend(fleeting);
        let inflected = inflected
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .collect();
        // (An alias two actors share is left out, as above.)
        let mut phrases: HashMap<Vec<String>, Option<usize>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            for alias in &a.aliases {
                let folded = fold(alias);
                let words = crate::inflected::words_of(&folded);
                if words.len() < 2
                    || !words
                        .iter()
                        .all(|(r, _)| crate::inflected::is_cyrillic(&folded[r.clone()]))
                {
                    continue;
                }
                let keys: Vec<String> = words.into_iter().map(|(_, k)| k.into_owned()).collect();
                let slot = phrases.entry(keys).or_insert(Some(i));
                if slot.is_some_and(|j| j != i && actors[j].name != a.name) {
                    *slot = None;
                }
            }
        }
        let inflected_phrases = crate::inflected::PhraseIndex::new(
            phrases.into_iter().filter_map(|(k, v)| Some((k, v?))),
        );
        let mut initials: HashMap<String, Option<usize>> = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            if a.kind != EntityType::Per {
                continue;
            }
            for alias in a.aliases.iter().chain([&a.name]) {
                let Some((given, surname)) = alias.rsplit_once(' ') else {
                    continue;
                };
                let Some(key) = given.chars().next().and_then(|c| initial_key(c, surname)) else {
                    continue;
                };
                let slot = initials.entry(key).or_insert(Some(i));
                if slot.is_some_and(|j| j != i) {
                    *slot = None;
                }
            }
        }
        let initials = initials
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .collect();
        Kb {
            actors,
            matcher,
            patterns,
            names,
            alias_index,
            person_keys,
            first_names,
            surnames,
            first_name_matcher,
            inflected,
            inflected_phrases,
            states,
            initials,
        }
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// Whether a place of this name speaks and acts for its state: the state itself, or its
    /// capital as a metonym ("Moscou dénonce…", "Washington said…"; `data/actors/capitals.txt`),
    /// not another city or region.
    pub fn speaks_for_state(&self, name: &str) -> bool {
        let Some(i) = self.lookup(name) else {
            return false;
        };
        let actor = &self.actors[i];
        actor.kind == EntityType::Loc
            && (actor.code_on(None).and_then(|c| self.state(c)) == Some(i)
                || CAPITALS.contains(actor.name.as_str()))
    }

    /// The state a three-letter CAMEO code stands for ("BLR" → Belarus), whatever place of it
    /// a text names (Minsk).
    pub fn state(&self, code: &str) -> Option<usize> {
        self.states.get(code).copied()
    }

    /// Whether actor `i` is a state: the place its fixed code stands for (not a city or a
    /// region of that state).
    pub fn is_state(&self, i: usize) -> bool {
        self.actors[i]
            .code_on(None)
            .and_then(|c| self.state(c))
            .is_some_and(|s| s == i)
    }

    /// The actor with this canonical name.
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.names.get(name).copied()
    }

    /// The actor a name stands for: canonical name, else alias (any case), else a person by
    /// transliteration-independent key.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.by_name(name)
            .or_else(|| self.alias_index.get(&fold(name)).copied())
            .or_else(|| {
                let k = name_key(name);
                self.person_keys.get(&k).copied()
            })
    }

    /// Every whole-word mention of a known actor in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.find_in(text, &fold(text))
    }

    /// [`Kb::find`] with the text's [`fold`] already computed.
    pub fn find_in(&self, text: &str, folded: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut from = 0;
        while let Some(m) = self
            .matcher
            .find(aho_corasick::Input::new(folded).span(from..folded.len()))
        {
            let (mut pattern, start, mut end) = (m.pattern().as_usize(), m.start(), m.end());
            // A match refused, the search goes on from the next word inside it ("the Wall
            // Street Journal": "The Wall Street Journal" refused for its case, "Wall Street
            // Journal" stands); else after the match.
            from = folded[start..end]
                .find(' ')
                .map_or(end, |sp| start + sp + 1);
            // The longest alias may be refused for its case ("Russia today"): a shorter one at
            // the same place may stand ("Russia").
            let mut hit = self.accept(text, pattern, start, end);
            for _ in 0..3 {
                if hit.is_some() || end <= start + 1 {
                    break;
                }
                let input = aho_corasick::Input::new(folded)
                    .span(start..end - 1)
                    .anchored(aho_corasick::Anchored::Yes);
                let Some(shorter) = self.matcher.find(input) else {
                    break;
                };
                (pattern, end) = (shorter.pattern().as_usize(), shorter.end());
                hit = self.accept(text, pattern, start, end);
            }
            if let Some(h) = hit {
                from = from.max(h.span.end.min(folded.len()));
                hits.push(h);
            }
        }
        self.add_inflected_phrases(text, folded, &mut hits);
        hits
    }

    /// Russian names of several words in an oblique case ("Совета Россия–НАТО", "большой
    /// восьмерки"), which the automaton of written forms misses: each is added unless a hit
    /// already covers it, and the hits inside it ("НАТО") give way. A phrase right after a
    /// capitalised word inside a sentence is part of a longer name ("Переходным Исламским
    /// Государством Афганистан" is not the Islamic State).
    fn add_inflected_phrases(&self, text: &str, folded: &str, hits: &mut Vec<Hit>) {
        if self.inflected_phrases.is_empty()
            || !folded.chars().any(|c| ('\u{430}'..='\u{44f}').contains(&c))
        {
            return;
        }
        // Line by line: a name does not run across lines, and memory stays that of one line.
        let found: Vec<(std::ops::Range<usize>, &usize)> = crate::inflected::lines_of(folded)
            .flat_map(|(offset, line)| {
                let words = crate::inflected::words_of(line);
                self.inflected_phrases
                    .find(line, &words)
                    .into_iter()
                    .map(move |(r, a)| (r.start + offset..r.end + offset, a))
            })
            .collect();
        if found.is_empty() {
            return;
        }
        for (range, &actor) in found {
            let span = Span::new(range.start, range.end);
            if inside_a_longer_name(text, span.start) {
                continue;
            }
            if hits.iter().any(|h| h.span.contains(span)) {
                continue;
            }
            // Only hits inside the phrase give way; one that crosses its edge stands.
            if hits
                .iter()
                .any(|h| h.span.overlaps(span) && !span.contains(h.span))
            {
                continue;
            }
            hits.retain(|h| !span.contains(h.span));
            hits.push(Hit { span, actor });
        }
        hits.sort_by_key(|h| h.span);
    }

    /// A match of pattern `p` at `start..end` if its written form, its Russian case ending and
    /// the word boundaries around it allow it.
    fn accept(&self, text: &str, p: usize, start: usize, mut end: usize) -> Option<Hit> {
        let (actor, rule) = &self.patterns[p];
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        if !rule.allows(&text[start..end]) {
            return None;
        }
        // An acronym written as a word opening a sentence may be that word ("Who are they?").
        if rule.as_word_only(&text[start..end])
            && text[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n' | '"' | '“' | '«'))
        {
            return None;
        }
        // Russian case endings after a Cyrillic name: Путина, Лукашенко, Лаврову.
        if folded_last_is_cyrillic(&text[start..end]) {
            let ext: usize = text[end..]
                .chars()
                .take_while(|c| ('\u{430}'..='\u{44f}').contains(c))
                .take(3)
                .map(char::len_utf8)
                .sum();
            let ending = &text[end..end + ext];
            let whole = !text[end + ext..].chars().next().is_some_and(is_word_char);
            if !rule.stem.is_empty() {
                // A stem takes a case ending, nothing else ("Москвичи" is not Moscow).
                if !whole || !rule.stem.contains(&fold(ending).as_str()) {
                    return None;
                }
                end += ext;
            } else if ext > 0 && whole && is_case_ending(&fold(ending)) {
                // (A case ending only: "Американцы" is not America, "Россияне" not Russia.)
                end += ext;
            }
        }
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            return None;
        }
        if rule.alone && !stands_alone(text, start, end) {
            return None;
        }
        Some(Hit {
            span: Span::new(start, end),
            actor: *actor,
        })
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

    /// The actor a Russian name stands for in any case ("Международного уголовного суда" →
    /// International Criminal Court), through [`russian_key`]; `None` for other scripts.
    pub fn lookup_inflected(&self, name: &str) -> Option<usize> {
        if let Some(&i) = self.inflected.get(&russian_key(name)?) {
            return Some(i);
        }
        // The longest ending is not always the case ending: "Корее" loses "ее" where "Корея"
        // loses "я". Each word's shorter endings too, when they lead to one actor only.
        let mut found = None;
        for key in russian_key_variants(name) {
            if let Some(&i) = self.inflected.get(&key) {
                if found.is_some_and(|f| f != i) {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    /// The person of the base a name of initials and a surname stands for ("Б.Джонсон",
    /// "Б. Джонсона", "B. Johnson"): the one person whose given name opens with the first initial
    /// and whose surname is that one, in any Russian case.
    pub fn person_by_initials(&self, name: &str) -> Option<usize> {
        let (given, surname) = name.rsplit_once(['.', ' '])?;
        let initials = given.split(['.', ' ']).filter(|w| !w.is_empty());
        if initials.clone().count() == 0
            || !initials
                .clone()
                .all(|w| w.chars().count() == 1 && w.starts_with(char::is_uppercase))
            || surname.chars().count() < 3
            || !surname.starts_with(char::is_uppercase)
        {
            return None;
        }
        let first = initials.clone().next()?.chars().next()?;
        self.initials
            .get(&initial_key(first, surname.trim())?)
            .copied()
    }

    /// Whether `word` is the given name of a person of the base, as written in one of their
    /// names of several words ("Sergey", "Сергей").
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(&fold(word))
    }

    /// Whether `word` (a surname written alone) is also the last word of another person's
    /// canonical name than actor `i`'s ("Carney": Mark Carney's alias, Jay Carney's surname).
    pub fn surname_of_another(&self, i: usize, word: &str) -> bool {
        self.surnames
            .get(&fold(word))
            .is_some_and(|bearers| bearers.iter().any(|&j| j != i))
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

/// What [`Kb::merged`] did with the imported actors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Imported actors that joined a base actor.
    pub merged: usize,
    /// Imported actors that joined an earlier imported actor of the same name.
    pub deduped: usize,
    /// Imported actors added as new actors.
    pub added: usize,
    /// Imported aliases dropped (owned by another base actor, or common words).
    pub dropped_aliases: usize,
}

/// The base actor an imported actor is, if any.
fn merge_target(
    a: &Actor,
    base: &[Actor],
    base_alias: &HashMap<String, Option<usize>>,
    base_people: &HashMap<String, Vec<(String, usize)>>,
) -> Option<usize> {
    let compatible =
        |b: &Actor| b.kind == a.kind || (b.kind != EntityType::Per && a.kind != EntityType::Per);
    if let Some(Some(t)) = base_alias.get(&fold(&a.name))
        && compatible(&base[*t])
    {
        return Some(*t);
    }
    if a.kind == EntityType::Per {
        for al in a.aliases.iter().filter(|x| x.contains(' ')) {
            let k = name_key(al);
            let Some(cands) = k.rsplit(' ').next().and_then(|s| base_people.get(s)) else {
                continue;
            };
            if let Some((_, t)) = cands.iter().find(|(bk, _)| same_person_keys(&k, bk)) {
                return Some(*t);
            }
        }
    }
    a.aliases
        .iter()
        .filter(|x| x.contains(' '))
        .find_map(|x| match base_alias.get(&fold(x)) {
            Some(Some(t)) if base[*t].kind == a.kind => Some(*t),
            _ => None,
        })
}

/// Adds the aliases and codes of `from` that `to` lacks; default codes stay first.
fn absorb(to: &mut Actor, from: Actor) {
    for al in from.aliases {
        let f = fold(&al);
        if !to.aliases.iter().any(|x| fold(x) == f) {
            to.aliases.push(al);
        }
    }
    for c in from.codes {
        if !to.codes.contains(&c) {
            to.codes.push(c);
        }
    }
    to.codes.sort_by_key(|c| c.from.is_some() || c.to.is_some());
}

/// Two same-named imported actors are one when their codes share a country (or one has none).
fn same_countries(a: &Actor, b: &Actor) -> bool {
    let country = |c: &Code| c.code.get(..3).map(str::to_owned);
    a.codes.is_empty()
        || b.codes.is_empty()
        || a.codes
            .iter()
            .filter_map(country)
            .any(|x| b.codes.iter().filter_map(country).any(|y| x == y))
}

/// Single words that are common in French or English text, even capitalised at a sentence
/// start, and that the CAMEO lists use as aliases.
const COMMON_WORDS: &[&str] = &[
    "sur",
    "une",
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "en",
    "au",
    "aux",
    "pour",
    "par",
    "avec",
    "dans",
    "the",
    "of",
    "and",
    "to",
    "in",
    "on",
    "for",
    "at",
    "by",
    "it",
    "as",
    "is",
    "organization",
    "organisation",
    "marche",
    "principe",
    "union",
    "government",
    "gouvernement",
    "army",
    "armée",
    "police",
    "state",
    "states",
    "état",
    "national",
    "people",
    "party",
    "parti",
    "council",
    "conseil",
    "front",
    "force",
    "forces",
    "republic",
    "république",
    "federal",
    "fédéral",
    "president",
    "président",
    "minister",
    "ministre",
    "court",
    "bank",
    "press",
    "presse",
    "media",
    "médias",
    "news",
    "world",
    "monde",
    "group",
    "groupe",
    "office",
    "service",
    "agency",
    "agence",
    "security",
    "sécurité",
    "defense",
    "défense",
    "peace",
    "paix",
    "justice",
    "freedom",
    "liberté",
    "unity",
    "unité",
    "progress",
    "progrès",
    "hope",
    "change",
    "solidarity",
    "solidarité",
    "guard",
    "garde",
    "congress",
    "congrès",
    "senate",
    "sénat",
    "assembly",
    "assemblée",
    "parliament",
    "parlement",
    "ministry",
    "ministère",
    "commission",
    "committee",
    "comité",
    "movement",
    "mouvement",
    "alliance",
    "league",
    "ligue",
    "new",
    "north",
    "south",
    "east",
    "west",
    "nord",
    "sud",
    "est",
    "ouest",
    "central",
    "centre",
];

/// An imported alias is usable unless it is a single common word or has fewer than two
/// letters or digits.
fn usable_imported_alias(alias: &str, folded: &str) -> bool {
    alias.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        && (folded.contains(' ') || !COMMON_WORDS.contains(&folded))
}

/// Russian noun case endings after a stem (Москв-е, Белорусси-и, Кремл-я, Кремл-ём).
const CASE_ENDINGS: &[&str] = &[
    "а", "ы", "е", "у", "ой", "ою", "и", "ю", "ей", "ем", "ём", "я", "ям", "ями", "ях", "ам",
    "ами", "ах", "ом", "ию",
];
/// Endings of a name declined as an adjective (Грозн-ого, Грозн-ом).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "ой", "ую",
];
/// Endings of a name in the plural (Балкан-ах, Филиппин-ам; the genitive "Балкан",
/// "Нидерланд-ов").
const PLURAL_ENDINGS: &[&str] = &["", "ах", "ам", "ами", "ов"];

/// The stems of a one-word Cyrillic alias that leave at least four letters (three for a noun in
/// -а or -я: "Куб" of "Куба", "Риг" of "Рига"), each with the endings it takes: a noun ending in
/// а, я, ь or й ("Москв" of "Москва"; not "Оман"), a name declined as an adjective ("Грозн" of
/// "Грозный"), a plural ("Балкан" of "Балканы").
fn russian_stems(alias: &str) -> Vec<(std::borrow::Cow<'_, str>, &'static [&'static str])> {
    if alias.contains([' ', '-']) {
        return Vec::new();
    }
    // The alias without its last `cut` letters, when `min` letters are left.
    let stem = |cut: usize, min: usize| {
        let at = alias
            .char_indices()
            .rev()
            .nth(cut - 1)
            .map_or(0, |(i, _)| i);
        let stem = &alias[..at];
        (stem.chars().count() >= min && stem.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c)))
            .then_some(stem)
    };
    let mut out: Vec<(std::borrow::Cow<'_, str>, &'static [&'static str])> = Vec::new();
    if ["ый", "ий", "ой"].iter().any(|e| alias.ends_with(e)) {
        out.extend(stem(2, 4).map(|s| (s.into(), ADJECTIVE_ENDINGS)));
    }
    match alias.chars().next_back() {
        Some('а' | 'я') => out.extend(stem(1, 3).map(|s| (s.into(), CASE_ENDINGS))),
        Some('ь' | 'й') => out.extend(stem(1, 4).map(|s| (s.into(), CASE_ENDINGS))),
        Some('ы') => out.extend(stem(1, 4).map(|s| (s.into(), PLURAL_ENDINGS))),
        _ => {}
    }
    // A vowel that drops out before an ending (Египет → Египта, Египте): the stem without it.
    let cs: Vec<char> = alias.chars().collect();
    let consonant = |c: char| ('\u{430}'..='\u{44f}').contains(&c) && !"аеёиоуыэюяйьъ".contains(c);
    if let [.., before, 'е' | 'о' | 'ё', last] = cs[..]
        && cs.len() >= 5
        && consonant(before)
        && consonant(last)
        && cs.iter().all(|c| ('\u{400}'..='\u{4ff}').contains(c))
    {
        let fleeting: String = cs[..cs.len() - 2].iter().chain([&last]).collect();
        out.push((fleeting.into(), FLEETING_ENDINGS));
    }
    out
}

/// Endings after a stem that lost its vowel (Египт-а, Египт-е, Египт-у, Египт-ом).
const FLEETING_ENDINGS: &[&str] = &["а", "у", "ом", "е"];

static RUSSIAN_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = crate::data_lines(include_str!("../data/ru/case_endings.txt")).collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
    v
});

/// The key of a person by the initial of their given name and their surname: the initial in
/// lower case, then the surname folded (a Cyrillic one by its inflection key, "Джонсона" is
/// "Джонсон"). `None` for a surname with a space or a dot.
fn initial_key(initial: char, surname: &str) -> Option<String> {
    if surname.contains([' ', '.']) || surname.is_empty() {
        return None;
    }
    let surname = russian_key(surname).unwrap_or_else(|| fold(surname));
    Some(format!("{}:{surname}", initial.to_lowercase()))
}

/// Endings of a genitive plural that also end surnames (`data/ru/phrase_endings.txt`): dropped
/// only from a word after the first of a name ("Соединенных Штатов").
pub(crate) static RUSSIAN_PHRASE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data_lines(include_str!("../data/ru/phrase_endings.txt")).collect());

/// One lowercase Cyrillic word without the longest case ending that leaves three letters (the
/// word of [`russian_key`], but neither lowercased nor with ё read as е: no allocation).
pub fn russian_stem(lower: &str) -> &str {
    let n = lower.chars().count();
    RUSSIAN_ENDINGS
        .iter()
        .find(|e| lower.ends_with(*e) && n >= e.chars().count() + 3)
        .map_or(lower, |e| &lower[..lower.len() - e.len()])
}

/// Whether the word before byte `start` of `text` (spaces between) is a capitalised word of
/// more than three letters that does not open its sentence: the start of a longer name.
fn inside_a_longer_name(text: &str, start: usize) -> bool {
    let Some((word_start, word)) = word_before(text, start) else {
        return false;
    };
    let opens_sentence = text[..word_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '«' | ':'));
    word.chars().count() > 3 && word.starts_with(char::is_uppercase) && !opens_sentence
}

/// Whether `s` is one of the Russian case endings of `data/ru/case_endings.txt`.
pub fn is_case_ending(s: &str) -> bool {
    RUSSIAN_ENDINGS.contains(&s)
}

/// The inflection key of a name in Cyrillic: its words in lower case, each without the longest
/// case ending (`data/ru/case_endings.txt`) that leaves three letters, joined by spaces; ё read
/// as е. `None` when a word is not Cyrillic.
pub fn russian_key(name: &str) -> Option<String> {
    let mut key = String::new();
    for word in name.split([' ', '-', '\u{a0}']).filter(|w| !w.is_empty()) {
        if !word.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
            return None;
        }
        let lower = word.to_lowercase().replace('ё', "е");
        let n = lower.chars().count();
        let stem = RUSSIAN_ENDINGS
            .iter()
            .find(|e| lower.ends_with(*e) && n >= e.chars().count() + 3)
            .map_or(lower.as_str(), |e| &lower[..lower.len() - e.len()]);
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(stem);
    }
    (!key.is_empty()).then_some(key)
}

/// The key of a one-word Cyrillic name whose last vowel drops in its other cases ("Египет" →
/// "Египта": "египт"): a consonant, "е" or "о", a consonant at its end, of five letters or more.
fn without_fleeting_vowel(key: &str) -> Option<String> {
    let chars: Vec<char> = key.chars().collect();
    let n = chars.len();
    let consonant = |c: char| ('\u{430}'..='\u{44f}').contains(&c) && !"аеиоуыэюяйьъ".contains(c);
    (n >= 5
        && !key.contains(' ')
        && consonant(chars[n - 1])
        && matches!(chars[n - 2], 'е' | 'о')
        && consonant(chars[n - 3]))
    .then(|| chars[..n - 2].iter().chain([&chars[n - 1]]).collect())
}

/// The inflection keys of a Cyrillic name with each word losing any of its case endings that
/// leave three letters, or none (at most [`MAX_KEY_VARIANTS`]); empty when a word is not
/// Cyrillic.
fn russian_key_variants(name: &str) -> Vec<String> {
    let mut keys = vec![String::new()];
    let words = name.split([' ', '-', '\u{a0}']).filter(|w| !w.is_empty());
    for (i, word) in words.enumerate() {
        if !word.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
            return Vec::new();
        }
        let lower = word.to_lowercase().replace('ё', "е");
        let n = lower.chars().count();
        // (A genitive plural only after a name's first word: "Объединенных Арабских Эмиратов".)
        let phrase_endings = RUSSIAN_PHRASE_ENDINGS.iter().filter(|_| i > 0);
        let mut stems: Vec<&str> = RUSSIAN_ENDINGS
            .iter()
            .chain(phrase_endings)
            .filter(|e| lower.ends_with(*e) && n >= e.chars().count() + 3)
            .map(|e| &lower[..lower.len() - e.len()])
            .collect();
        stems.push(&lower);
        stems.dedup();
        let mut next = Vec::with_capacity(keys.len() * stems.len());
        for k in &keys {
            for stem in &stems {
                let sep = if k.is_empty() { "" } else { " " };
                next.push(format!("{k}{sep}{stem}"));
            }
        }
        if next.len() > MAX_KEY_VARIANTS {
            return Vec::new();
        }
        keys = next;
    }
    keys
}

/// How many inflection keys a name may be tried under.
const MAX_KEY_VARIANTS: usize = 64;

fn folded_last_is_cyrillic(s: &str) -> bool {
    s.chars()
        .last()
        .is_some_and(|c| ('\u{430}'..='\u{44f}').contains(&c))
}

/// Lowercases letters whose lowercase form has the same UTF-8 length (ASCII, Latin-1, Cyrillic)
/// and turns hyphens into spaces,
/// so that offsets into the folded text are offsets into the original. Works on bytes.
pub fn fold(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match (c, b.get(i + 1).copied()) {
            (b'A'..=b'Z', _) => out.push(c + 32),
            // A hyphen joins the words of a name as a space does: "Etats Unis" = "Etats-Unis".
            (b'-', _) => out.push(b' '),
            // U+00C0..U+00DE except U+00D7 (×): C3 80..C3 9E → C3 A0..C3 BE.
            (0xC3, Some(n @ 0x80..=0x9E)) if n != 0x97 => {
                out.extend([0xC3, n + 0x20]);
                i += 1;
            }
            // Ё and ё are written е as often as not: both fold to е (D0 B5).
            (0xD0, Some(0x81)) | (0xD1, Some(0x91)) => {
                out.extend([0xD0, 0xB5]);
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

    #[test]
    fn one_actor_per_name_and_kind() {
        // The curated file names each actor once; places two files list are merged.
        let mut seen = std::collections::HashSet::new();
        for a in curated() {
            assert!(
                seen.insert((&a.name, a.kind)),
                "{} twice in actors.tsv",
                a.name
            );
        }
        let kb = builtin();
        let gaza: Vec<&Actor> = kb
            .actors()
            .iter()
            .filter(|a| a.name == "Gaza Strip")
            .collect();
        assert_eq!(gaza.len(), 1);
        assert_eq!(gaza[0].code_on(None), Some("PSE"));
        assert!(gaza[0].aliases.iter().any(|a| a == "bande de Gaza"));
        // Its Russian case forms find it ("в Газе").
        let i = kb.lookup_inflected("Газе").expect("Газе");
        assert_eq!(kb.actors()[i].name, "Gaza Strip");
        // Also where the longest ending is not the case ending ("Корее" of "Корея").
        let i = kb.lookup_inflected("Южной Корее").expect("Южной Корее");
        assert_eq!(kb.actors()[i].name, "South Korea");
    }

    #[test]
    fn a_match_refused_for_its_case_lets_a_later_one_stand() {
        let kb = builtin();
        let t = "as the Wall Street Journal noted";
        let names: Vec<&str> = kb
            .find(t)
            .iter()
            .map(|h| kb.actors()[h.actor].name.as_str())
            .collect();
        assert_eq!(names, ["The Wall Street Journal"]);
    }

    #[test]
    fn a_person_by_the_initial_and_the_surname() {
        let kb = builtin();
        let name = |n: &str| {
            kb.person_by_initials(n)
                .map(|i| kb.actors()[i].name.as_str())
        };
        assert_eq!(name("Б.Джонсон"), Some("Boris Johnson"));
        assert_eq!(name("Б. Джонсона"), Some("Boris Johnson"));
        assert_eq!(name("B. Johnson"), Some("Boris Johnson"));
        // Another initial, or no initial: nobody.
        assert_eq!(name("Д.Джонсон"), None);
        assert_eq!(name("Джонсон"), None);
    }

    #[test]
    fn names_of_several_words_in_an_oblique_case() {
        let kb = builtin();
        let names = |text: &str| -> Vec<String> {
            kb.find(text)
                .into_iter()
                .map(|h| kb.actors()[h.actor].name.clone())
                .collect()
        };
        assert_eq!(
            names("работе Совета Россия–НАТО и «большой восьмерки»"),
            ["NATO–Russia Council", "G8"]
        );
        // Part of a longer name: not the Islamic State.
        assert!(
            !names("границы с Переходным Исламским Государством Афганистан")
                .contains(&"Islamic State".to_owned())
        );
    }

    #[test]
    fn states_and_capitals_speak_for_a_state_other_places_do_not() {
        let kb = builtin();
        for name in ["Russia", "Moscow", "Washington", "Bern", "France"] {
            assert!(kb.speaks_for_state(name), "{name}");
        }
        for name in [
            "Geneva",
            "Sochi",
            "Saint Petersburg",
            "Kremlin",
            "Sergey Lavrov",
        ] {
            assert!(!kb.speaks_for_state(name), "{name}");
        }
    }

    #[test]
    fn aliases_match_without_accents_and_with_either_apostrophe() {
        let kb = builtin();
        let text = "La Cote d'Ivoire et les ETATS-UNIS.";
        let names: Vec<&str> = kb
            .find_in(text, &fold(text))
            .iter()
            .map(|h| kb.actors()[h.actor].name.as_str())
            .collect();
        assert_eq!(names, ["Ivory Coast", "United States"]);
        assert!(spelling_variants("OTAN").is_empty());
    }

    #[test]
    fn yo_is_e() {
        assert_eq!(fold("Объединённых ЁЛКИ"), fold("Объединенных ЕЛКИ"));
        let kb = builtin();
        let name = |n: &str| kb.lookup_inflected(n).map(|i| kb.actors()[i].name.as_str());
        assert_eq!(
            name("Организации Объединенных Наций"),
            Some("United Nations")
        );
    }

    #[test]
    fn regions_in_any_russian_case() {
        let kb = builtin();
        let name = |n: &str| kb.lookup_inflected(n).map(|i| kb.actors()[i].name.as_str());
        assert_eq!(name("Черного моря"), Some("Black Sea"));
        assert_eq!(name("Чечне"), Some("Chechnya"));
        assert_eq!(name("Северной Кореи"), Some("North Korea"));
    }

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
        // An organisation's acronym written as a word, not opening a sentence; none in Cyrillic
        // ("Второй" is no ВТО).
        assert_eq!(
            names("selon l'Onu et l'Otan. Who are they? Второй раз"),
            ["Onu=United Nations", "Otan=NATO"]
        );
        // A name the base also writes as a word opens a sentence as well ("Hamas" beside
        // "HAMAS").
        assert_eq!(names("Hamas condemned it."), ["Hamas=Hamas"]);
        // The departments of the United States government, as the press names them.
        assert_eq!(
            names("Officials said the Treasury Department and the Defense Department agreed."),
            [
                "Treasury Department=United States Department of the Treasury",
                "Defense Department=United States Department of Defense",
            ]
        );
        assert_eq!(
            names("la Fédération de Russie"),
            ["Fédération de Russie=Russia"]
        );
    }

    #[test]
    fn a_title_case_name_needs_its_capitals() {
        assert_eq!(names("Ivanov visited Russia today."), ["Russia=Russia"]);
        assert_eq!(
            names("He told Russia Today and RUSSIA TODAY."),
            ["Russia Today=RT", "RUSSIA TODAY=RT"]
        );
    }

    #[test]
    fn russian_case_forms() {
        let kb = builtin();
        assert_eq!(names("в Москве"), ["Москве=Moscow"]);
        // A vowel that drops in the other cases: "Египет", "Египта".
        let egypt = kb
            .lookup_inflected("Египта")
            .map(|i| kb.actors()[i].name.as_str());
        assert_eq!(egypt, Some("Egypt"));
        assert_eq!(names("Президентом Белоруссии"), ["Белоруссии=Belarus"]);
        assert_eq!(names("москвичи и Москвой"), ["Москвой=Moscow"]);
        // Declined as an adjective, in the plural, or as a noun ending in -ой.
        assert_eq!(names("администрации Грозного"), ["Грозного=Grozny"]);
        assert_eq!(names("на Балканах"), ["Балканах=Balkans"]);
        assert_eq!(names("в Ханое"), ["Ханое=Hanoi"]);
        assert_eq!(names("балканский"), Vec::<String>::new());
        // A vowel that drops out before the ending.
        assert_eq!(names("Президент Египта"), ["Египта=Egypt"]);
        // Only a case ending after a written form: a demonym is no name of its place.
        assert_eq!(names("Путину позвонили"), ["Путину=Vladimir Putin"]);
        assert_eq!(names("Американцы и россияне"), Vec::<String>::new());
    }

    #[test]
    fn the_british_ministries_by_their_common_names() {
        let kb = builtin();
        for text in [
            "The Foreign Office summoned the ambassador.",
            "the Home Office said",
        ] {
            let hits = kb.find(text);
            assert!(
                hits.iter().any(|h| kb.actors()[h.actor]
                    .codes
                    .iter()
                    .any(|c| c.code == "GBRGOV")),
                "{text}"
            );
        }
    }

    #[test]
    fn the_member_states_by_their_number_are_the_union() {
        assert_eq!(
            names("Les Vingt-Sept ont adopté des sanctions."),
            ["Vingt-Sept=European Union"]
        );
    }

    #[test]
    fn names_that_are_words_of_other_names_match_alone() {
        assert_eq!(
            names("Lavrov accused the West."),
            ["Lavrov=Sergey Lavrov", "West=The West"]
        );
        assert_eq!(names("The West has failed."), ["The West=The West"]);
        assert_eq!(
            names("Путин предостерег Запад."),
            ["Путин=Vladimir Putin", "Запад=The West"]
        );
        assert_eq!(names("l'Occident"), ["Occident=The West"]);
        for text in [
            "The West Bank",
            "Kanye West sang.",
            "in West Germany",
            "the West Wing",
        ] {
            assert!(
                !names(text).iter().any(|n| n.ends_with("=The West")),
                "{text}: {:?}",
                names(text)
            );
        }
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
        // Known by surname alone a few years before their first office, not a decade before.
        let carney = &kb.actors()[kb.by_name("Mark Carney").unwrap()];
        assert!(!carney.known_on(PartialDate::ymd(2014, 4, 24)));
        assert!(carney.known_on(PartialDate::ymd(2022, 1, 1)));
        assert!(lavrov.known_on(PartialDate::ymd(2002, 1, 1)));
        assert_eq!(
            kb.person_by_key("Denis Mantourov")
                .map(|i| kb.actors()[i].name.as_str()),
            Some("Denis Manturov")
        );
    }

    const PHOENIX: &str = "ALYAKSANDR_LUKASHENKA_  # CountryInfo.txt\n\
        \t[BLRELI 720101-000101]\n\
        \t[BLRGOV >940720]\n\
        \t[BLRELI]\n\
        SERGEY_LAVROV_  # CountryInfo.txt\n\
        +LAVROV\n\
        +SERGEY_V._LAVROV\n\
        \t[RUSGOV 19940922-20040712] # Amb. to UN\n\
        \t[RUSGOV >20040309]  # Foreign Minister\n\
        VLADIMIR_VORONIN_  # CountryInfo.txt\n\
        \t[MDAGOV 010407-090911]\n\
        VLADIMIR_VORONIN_  # CountryInfo.txt\n\
        +V._VORONIN\n\
        \t[MDAELI]\n\
        JOHN_SMITH_  # CountryInfo.txt\n\
        \t[GBRGOV 940101-950101]\n\
        JOHN_SMITH_  # CountryInfo.txt\n\
        \t[USAGOV 940101-950101]\n\
        COMMONWEALTH_OF_INDEPENDENT_STATES_ [IGOCASCIS]\n\
        +CIS_\n\
        +SECURITY\n\
        +MINSK_GROUP\n\
        MINSK_  [BLR]\n\
        RUSSIA_  [RUS]\n\
        +VLADIMIR\n";

    fn imported() -> (Kb, MergeReport) {
        let (extra, errors) = crate::petrarch::parse_actors(PHOENIX);
        assert_eq!(errors, []);
        Kb::merged(builtin().actors().to_vec(), extra)
    }

    #[test]
    fn merging_imported_actors() {
        let (kb, report) = imported();
        let base = builtin().actors().len();
        // Lukashenka, Lavrov, the CIS and Minsk join the curated entries; the two Voronins are
        // one.
        let luka = kb.by_name("Alexander Lukashenko").unwrap();
        assert!(luka < base);
        assert_eq!(kb.lookup("Alyaksandr Lukashenka"), Some(luka));
        assert_eq!(kb.lookup("ALEXANDER LUKASHENKO"), Some(luka));
        let a = &kb.actors()[luka];
        assert_eq!(a.code_on(PartialDate::ymd(1980, 5, 1)), Some("BLRELI"));
        assert_eq!(a.code_on(PartialDate::ymd(2024, 5, 1)), Some("BLRGOV"));
        let lavrov = &kb.actors()[kb.lookup("Sergey V. Lavrov").unwrap()];
        assert_eq!(lavrov.name, "Sergey Lavrov");
        // Ambassador to the UN before, foreign minister after (the curated code stays).
        assert_eq!(lavrov.code_on(PartialDate::ymd(2000, 1, 1)), Some("RUSGOV"));
        assert_eq!(lavrov.code_on(PartialDate::ymd(1990, 1, 1)), None);
        assert_eq!(
            lavrov.codes.iter().filter(|c| c.code == "RUSGOV").count(),
            2,
            "{:?}",
            lavrov.codes
        );
        assert_eq!(
            report,
            MergeReport {
                merged: 5,
                deduped: 1,
                added: 3,
                dropped_aliases: report.dropped_aliases,
            }
        );
        // Same name, different countries: two people.
        let smiths = kb
            .actors()
            .iter()
            .filter(|a| a.name == "John Smith")
            .count();
        assert_eq!(smiths, 2);
        let voronin = &kb.actors()[kb.lookup("Vladimir Voronin").unwrap()];
        assert_eq!(
            voronin.code_on(PartialDate::ymd(2005, 1, 1)),
            Some("MDAGOV")
        );
        assert_eq!(
            voronin.code_on(PartialDate::ymd(2015, 1, 1)),
            Some("MDAELI")
        );
        assert!(voronin.aliases.contains(&"V. Voronin".to_owned()));
        let cis = &kb.actors()[kb.lookup("CIS").unwrap()];
        assert_eq!(cis.code_on(None), Some("IGOCASCIS"));
        // "Security" is a common word, "Vladimir" a first name: never imported aliases.
        assert!(!cis.aliases.iter().any(|a| a == "Security"));
        let russia = &kb.actors()[kb.by_name("Russia").unwrap()];
        assert!(!russia.aliases.iter().any(|a| a == "Vladimir"));
    }

    #[test]
    fn imported_aliases_need_capitals() {
        let (kb, _) = imported();
        let found = |text: &str| -> Vec<String> {
            kb.find(text)
                .iter()
                .map(|h| format!("{}={}", h.span.slice(text), kb.actors()[h.actor].name))
                .collect()
        };
        // An imported alias a curated actor owns ("Minsk Group") stays the curated one's.
        assert_eq!(
            found("Le groupe de Minsk et le Minsk Group ; la CIS, la cis."),
            [
                "groupe de Minsk=OSCE Minsk Group",
                "Minsk Group=OSCE Minsk Group",
                "CIS=Commonwealth of Independent States"
            ]
        );
        // Names, curated or imported, match only capitalised (or in capitals).
        assert_eq!(found("loukachenko"), Vec::<String>::new());
        assert_eq!(
            found("lavrov, Lavrov, LAVROV"),
            ["Lavrov=Sergey Lavrov", "LAVROV=Sergey Lavrov"]
        );
        assert_eq!(found("john smith"), Vec::<String>::new());
        assert_eq!(found("John Smith").len(), 1);
    }

    #[test]
    fn folding_keeps_offsets() {
        let s = "ÉTAT Россия Ёж straße";
        assert_eq!(fold(s).len(), s.len());
        assert_eq!(fold(s), "état россия еж straße");
        let (actors, errors) = parse_tsv("X\tPER\n# c\nY\tBAD\t\ty\n");
        assert!(actors.is_empty());
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 3]);
    }
}
