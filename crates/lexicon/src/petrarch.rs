//! Readers for the PETRARCH/Phoenix actor and agent dictionaries (the CAMEO actor lists of
//! `shared/data/cameo/`, format in petrarch2's `docs/source/dictionaries.rst`).
//!
//! An **actor** record is a primary phrase (words joined by `_` or blanks; a trailing `_` marks a
//! word boundary) with an optional `[CODE]` or `[CODE date-range]` on its line, then `+synonym`
//! lines, then TAB-indented `[CODE date-range]` lines. A range is `<YYMMDD` (until, inclusive),
//! `>YYMMDD` (from, inclusive), `YYMMDD-YYMMDD`, each date of 6 or 8 digits (two-digit years up to
//! 30 are 20xx, as in PETRARCH), or nothing (the default code). `#` starts a comment; `<!-- … -->`
//! blocks (the validation files) are comments too; `[---]` is PETRARCH's null code and is dropped.
//!
//! Records become [`Actor`]s with readable names and aliases (`SERGEY_V._LAVROV` → "Sergey V.
//! Lavrov"): words are title-cased, particles (`of`, `de`, `al`, `bin`…) lowercased, acronyms
//! kept in capitals (a lone word of three letters or fewer, a word without vowels, dotted
//! initials, or a word spelling the initials of another phrase of the record: `NATO`). A leading
//! "The" is dropped. Every alias matches as a whole word (PETRARCH's prefix matching of phrases
//! without trailing `_` is not kept).
//!
//! The kind, by rules that hold on the Phoenix files:
//! - `PER` when the record comes from a leader list (comment naming `CountryInfo` or
//!   `IGOrulers`), or when a comment calls it a leader/commander/member, or when it has a
//!   date-restricted code and a name of two to four words none of which is an organisation
//!   word ("of", "party", "army", "ministry"…);
//! - `LOC` when every code is a bare country code (`AFG`) or a country plus a territory suffix
//!   that is not a CAMEO sector (`GBRGIB`, `USAPRI`): states and dependencies, with their capitals
//!   and regions as PETRARCH lists them;
//! - `ORG` otherwise (international organisations, companies, armed groups, institutions).
//!
//! For people, an alias that is another alias of the record with a role in front ("Russian
//! Foreign Minister Sergey Lavrov", "Ambassador Lavrov") is dropped: the shorter alias finds the
//! mention, and the span stays the name.
//!
//! **Agents** (`phrase {plurals} [~CODE]` or `[CODE~]`, substitution sets `!PERSON! = MAN, MEN…`)
//! become [`Agent`]s, one per written form (explicit plurals and regular `S`/`IES`/`ES` plurals
//! included, none when `{}` is given or the phrase ends with `_`).
//!
//! Nothing here panics: any line the reader cannot take is a [`LineError`] with its line number.

use std::collections::{HashMap, HashSet};

use chancery_model::{EntityType, PartialDate};

use crate::actors::{Actor, Code, LineError};

/// One agent phrase of an agent dictionary: a common noun phrase that gives a role code to the
/// actor it qualifies ("foreign minister" → `GOV`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    /// The phrase as written in text, lowercase ("vice foreign minister").
    pub phrase: String,
    /// The role code (`GOV`, `MED`, `NGO`).
    pub code: String,
    /// `true` for `[~CODE]`: the code is appended to the actor's (`RUS` + `GOV`); `false` for
    /// `[CODE~]`: prepended (`NGO` + …).
    pub suffix: bool,
}

/// What a PETRARCH dictionary file holds, guessed from its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictKind {
    Actors,
    Agents,
}

/// Bytes of a dictionary file as text: UTF-8, else Latin-1 (never fails).
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Actor or agent dictionary: agent codes carry a `~` inside their brackets.
pub fn detect(text: &str) -> DictKind {
    let (mut agents, mut others) = (0usize, 0usize);
    for line in text.lines().take(5000) {
        let content = line.split('#').next().unwrap_or("");
        if !content.contains('[') {
            continue;
        }
        if content.contains("[~") || content.contains("~]") {
            agents += 1;
        } else {
            others += 1;
        }
    }
    if agents > others {
        DictKind::Agents
    } else {
        DictKind::Actors
    }
}

/// One record while it is read.
struct Record {
    line: usize,
    /// Phrases as in the file (primary first), each already validated.
    phrases: Vec<Vec<String>>,
    defaults: Vec<Code>,
    restricted: Vec<Code>,
    comment: String,
}

/// The lines of a dictionary with their 1-based numbers, without line ends, skipping
/// `<!-- … -->` comment blocks.
fn dict_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut in_html_comment = false;
    text.split('\n').enumerate().filter_map(move |(i, raw)| {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if in_html_comment || line.trim_start().starts_with("<!") {
            in_html_comment = !line.contains("-->");
            return None;
        }
        Some((i + 1, line))
    })
}

/// Reads an actor dictionary. Bad lines are reported and skipped; the rest is kept.
pub fn parse_actors(text: &str) -> (Vec<Actor>, Vec<LineError>) {
    let mut actors = Vec::new();
    let mut errors = Vec::new();
    let mut current: Option<Record> = None;
    // A primary line whose phrase was refused: its synonyms and codes are skipped too.
    let mut skipping = false;
    for (n, line) in dict_lines(text) {
        let err = |m: String| LineError {
            line: n,
            message: m,
        };
        let (content, comment) = match line.split_once('#') {
            Some((c, m)) => (c, m),
            None => (line, ""),
        };
        if content.trim().is_empty() {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            // A date-restriction line of the current record.
            let body = content.trim();
            if !body.starts_with('[') {
                errors.push(err(format!(
                    "indented line '{}' is not a [CODE date-range] restriction; \
                     put phrases at the start of the line",
                    excerpt(body)
                )));
                continue;
            }
            if skipping {
                continue;
            }
            let Some(rec) = current.as_mut() else {
                errors.push(err("code line before any actor phrase".to_owned()));
                continue;
            };
            let (_, codes, bad) = split_codes(body);
            for m in bad {
                errors.push(err(m));
            }
            for c in codes {
                push_code(rec, c);
            }
            continue;
        }
        if let Some(syn) = content.strip_prefix('+') {
            if skipping {
                continue;
            }
            let Some(rec) = current.as_mut() else {
                errors.push(err("synonym line (+…) before any actor phrase".to_owned()));
                continue;
            };
            let (phrase, codes, bad) = split_codes(syn);
            for m in bad {
                errors.push(err(m));
            }
            match phrase_words(phrase) {
                Ok(words) => rec.phrases.push(words),
                Err(m) => errors.push(err(m)),
            }
            for c in codes {
                push_code(rec, c);
            }
            continue;
        }
        // A primary phrase: the record before it is complete.
        if let Some(rec) = current.take() {
            finish(rec, &mut actors, &mut errors);
        }
        let (phrase, codes, bad) = split_codes(content);
        for m in bad {
            errors.push(err(m));
        }
        match phrase_words(phrase) {
            Ok(words) => {
                skipping = false;
                let mut rec = Record {
                    line: n,
                    phrases: vec![words],
                    defaults: Vec::new(),
                    restricted: Vec::new(),
                    comment: comment.to_owned(),
                };
                for c in codes {
                    push_code(&mut rec, c);
                }
                current = Some(rec);
            }
            Err(m) => {
                skipping = true;
                errors.push(err(format!("{m}; record skipped")));
            }
        }
    }
    if let Some(rec) = current.take() {
        finish(rec, &mut actors, &mut errors);
    }
    (actors, errors)
}

fn push_code(rec: &mut Record, c: Code) {
    let list = if c.from.is_none() && c.to.is_none() {
        &mut rec.defaults
    } else {
        &mut rec.restricted
    };
    if !list.contains(&c) {
        list.push(c);
    }
}

/// Splits `PHRASE [CODE range] [CODE]…` into the phrase, its codes, and error messages.
fn split_codes(s: &str) -> (&str, Vec<Code>, Vec<String>) {
    let Some(open) = s.find('[') else {
        return (s, Vec::new(), Vec::new());
    };
    let phrase = &s[..open];
    let mut codes = Vec::new();
    let mut bad = Vec::new();
    let mut rest = &s[open..];
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some(body) = rest.strip_prefix('[') else {
            bad.push(format!(
                "unexpected text '{}' after a code; comments start with #",
                excerpt(rest)
            ));
            break;
        };
        let Some(close) = body.find(']') else {
            bad.push(format!("unclosed bracket '[{}'", excerpt(body)));
            break;
        };
        match parse_code(&body[..close]) {
            Ok(Some(c)) => codes.push(c),
            Ok(None) => {}
            Err(m) => bad.push(m),
        }
        rest = &body[close + 1..];
    }
    (phrase, codes, bad)
}

/// One `CODE range` inside brackets; `Ok(None)` for the null code `---`.
fn parse_code(inner: &str) -> Result<Option<Code>, String> {
    let inner = inner.trim();
    let (code, range) = match inner.find(char::is_whitespace) {
        Some(i) => (&inner[..i], inner[i..].trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err("empty code '[]'; write [CODE] or [CODE date-range]".to_owned());
    }
    if code == "---" {
        return Ok(None);
    }
    if !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!(
            "unknown code '{}': codes are letters and digits (CAMEO: RUSGOV, IGOCASCIS)",
            excerpt(code)
        ));
    }
    let range: String = range.chars().filter(|c| !c.is_whitespace()).collect();
    let bad_range = || {
        format!(
            "unknown date range '{}': expected <YYMMDD, >YYMMDD or YYMMDD-YYMMDD \
             (6 or 8 digits)",
            excerpt(&range)
        )
    };
    let (from, to) = if range.is_empty() {
        (None, None)
    } else if let Some(d) = range.strip_prefix('<') {
        (None, Some(date(d).ok_or_else(bad_range)?))
    } else if let Some(d) = range.strip_prefix('>') {
        (Some(date(d).ok_or_else(bad_range)?), None)
    } else if let Some((a, b)) = range.split_once('-') {
        let (a, b) = (
            date(a).ok_or_else(bad_range)?,
            date(b).ok_or_else(bad_range)?,
        );
        (Some(a), Some(b))
    } else {
        return Err(bad_range());
    };
    Ok(Some(Code {
        code: code.to_ascii_uppercase(),
        from,
        to,
    }))
}

/// `YYMMDD` (years up to 30 are 20xx) or `YYYYMMDD`.
fn date(s: &str) -> Option<PartialDate> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i32>().ok());
    let (y, rest) = match s.len() {
        6 => {
            let yy = num(0..2)?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, 2)
        }
        8 => (num(0..4)?, 4),
        _ => return None,
    };
    let m = u8::try_from(num(rest..rest + 2)?).ok()?;
    let d = u8::try_from(num(rest + 2..rest + 4)?).ok()?;
    PartialDate::ymd(y, m, d)
}

/// The words of a phrase (split on `_` and blanks), refusing control bytes and lost characters.
fn phrase_words(phrase: &str) -> Result<Vec<String>, String> {
    if let Some(c) = phrase
        .chars()
        .find(|&c| (c.is_control() && c != '\t') || c == '\u{FFFD}')
    {
        return Err(format!(
            "phrase '{}' holds a control byte or lost character (U+{:04X})",
            excerpt(phrase.trim()),
            u32::from(c)
        ));
    }
    let words: Vec<String> = phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .map(|w| w.trim_matches(|c| c == '"' || c == ',').replace('`', "'"))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Err("empty phrase".to_owned());
    }
    if !words.iter().any(|w| w.chars().any(char::is_alphanumeric)) {
        return Err(format!(
            "phrase '{}' has no letters",
            excerpt(phrase.trim())
        ));
    }
    Ok(words)
}

/// At most 40 characters of `s`, for messages.
fn excerpt(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(40)
        .flat_map(|c| {
            let esc: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            esc
        })
        .collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Sector/role suffixes of CAMEO codes: a country code followed by one of these is an
/// institution or a group, not a territory.
const SECTORS: &[&str] = &[
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO",
    "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PTY",
    "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UNO", "CHR", "MOS", "BUD", "HIN",
    "JEW", "ITP", "PKO", "OCC", "AUT", "SPI", "RES",
];

/// Words that make a name an organisation or a place rather than a person.
const ORG_WORDS: &[&str] = &[
    "OF",
    "THE",
    "AND",
    "FOR",
    "PARTY",
    "ARMY",
    "FORCE",
    "FORCES",
    "FRONT",
    "MINISTRY",
    "GOVERNMENT",
    "COUNCIL",
    "COMMITTEE",
    "UNION",
    "ORGANIZATION",
    "ORGANISATION",
    "REPUBLIC",
    "ISLANDS",
    "ISLAND",
    "MOVEMENT",
    "BRIGADE",
    "BRIGADES",
    "GROUP",
    "BANK",
    "COMPANY",
    "CORP",
    "INC",
    "LTD",
    "AGENCY",
    "ASSOCIATION",
    "FEDERATION",
    "ALLIANCE",
    "COMMISSION",
    "ASSEMBLY",
    "PARLIAMENT",
    "COURT",
    "POLICE",
    "GUARD",
    "NATIONAL",
    "INTERNATIONAL",
    "UNITED",
    "STATE",
    "STATES",
    "KINGDOM",
    "LEAGUE",
    "CONGRESS",
    "INSTITUTE",
    "FUND",
    "OFFICE",
    "AUTHORITY",
];

/// Words of a role in front of a name ("Russian Foreign Minister Lavrov").
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "ambassador",
    "secretary",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "general",
    "gen.",
    "senator",
    "governor",
    "mayor",
    "chief",
    "director",
    "commander",
    "leader",
    "premier",
    "chancellor",
    "envoy",
    "deputy",
    "defense",
    "defence",
    "interior",
    "finance",
    "king",
    "queen",
    "prince",
    "emir",
    "sultan",
    "pope",
    "cardinal",
    "bishop",
    "colonel",
    "col.",
    "admiral",
    "judge",
    "speaker",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "former",
    "acting",
];

/// Two-letter words kept in capitals inside a longer phrase ("UN Secretary General"); other
/// two-letter words are names (Xi, Li, Wu).
const SHORT_ACRONYMS: &[&str] = &["UN", "EU", "AU", "US", "UK", "EC", "DC", "TV"];

/// Particles written in lowercase inside names and titles.
const PARTICLES: &[&str] = &[
    "of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "della", "des", "du", "da",
    "das", "do", "dos", "e", "y", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le",
];

fn finish(rec: Record, actors: &mut Vec<Actor>, errors: &mut Vec<LineError>) {
    let Record {
        line,
        phrases,
        defaults,
        restricted,
        comment,
    } = rec;
    // The default code first: a date-restricted code that holds the date wins in `code_on`.
    let mut codes = defaults;
    codes.extend(restricted);
    let primary = &phrases[0];
    let comment_l = comment.to_ascii_lowercase();
    let kind = if comment_l.contains("countryinfo")
        || comment_l.contains("igorulers")
        || ["leader", "commander", "member", "spokesman", "chief of"]
            .iter()
            .any(|w| comment_l.contains(w))
    {
        EntityType::Per
    } else if latest_code(&codes).is_some_and(is_territory) {
        EntityType::Loc
    } else if codes.iter().any(|c| c.from.is_some() || c.to.is_some())
        && (2..=4).contains(&primary.len())
        && !primary
            .iter()
            .any(|w| ORG_WORDS.contains(&w.to_ascii_uppercase().as_str()))
    {
        EntityType::Per
    } else {
        EntityType::Org
    };
    // Acronyms: a lone word spelling the initials of another phrase of the record.
    let initials: HashSet<String> = phrases
        .iter()
        .filter(|p| p.len() > 1)
        .map(|p| {
            p.iter()
                .filter(|w| !PARTICLES.contains(&w.to_lowercase().as_str()))
                .filter_map(|w| w.chars().next())
                .collect::<String>()
                .to_uppercase()
        })
        .collect();
    let mut aliases: Vec<String> = Vec::new();
    for p in &phrases {
        let a = display(p, &initials);
        let a = a.strip_prefix("The ").map(str::to_owned).unwrap_or(a);
        if a.chars().filter(|c| c.is_alphanumeric()).count() < 2 || aliases.contains(&a) {
            continue;
        }
        aliases.push(a);
    }
    let Some(name) = aliases.first().cloned() else {
        errors.push(LineError {
            line,
            message: "record has no usable phrase".to_owned(),
        });
        return;
    };
    if kind == EntityType::Loc {
        // "AFGHAN_", "RUSSIAN_", "FRENCH": nationality words are not mentions of the state.
        let head: String = name.chars().take(2).collect::<String>().to_lowercase();
        aliases.retain(|a| *a == name || !is_demonym_of(a, &head));
    }
    if kind == EntityType::Per {
        // "Russian Foreign Minister Sergey Lavrov": a role in front of another alias.
        let all = aliases.clone();
        aliases.retain(|a| {
            *a == name
                || !all.iter().any(|b| {
                    b.len() < a.len()
                        && a.ends_with(b.as_str())
                        && a[..a.len() - b.len()].ends_with(' ')
                        && a[..a.len() - b.len()]
                            .split(' ')
                            .any(|w| TITLES.contains(&w.to_lowercase().as_str()))
                })
        });
    }
    actors.push(Actor {
        name,
        kind,
        codes,
        aliases,
    });
}

/// A one-word alias with a nationality ending that starts like the state's name.
fn is_demonym_of(alias: &str, head: &str) -> bool {
    let a = alias.to_lowercase();
    let a = a.strip_suffix('s').unwrap_or(&a);
    !a.contains(' ')
        && a.starts_with(head)
        && [
            "an", "ian", "ean", "ese", "ish", "i", "ic", "ch", "ot", "er", "ite",
        ]
        .iter()
        .any(|e| a.ends_with(e))
}

/// The code valid last: the latest-starting one (defaults count as earliest).
fn latest_code(codes: &[Code]) -> Option<&str> {
    codes
        .iter()
        .filter(|c| c.to.is_none())
        .max_by_key(|c| c.from)
        .or_else(|| codes.iter().max_by_key(|c| c.to))
        .map(|c| c.code.as_str())
}

/// `AFG`, or a country code with a suffix that is not a CAMEO sector (`GBRGIB`).
fn is_territory(code: &str) -> bool {
    let upper = code.len() == code.chars().filter(char::is_ascii_uppercase).count();
    match code.len() {
        3 => upper,
        6 => {
            upper
                && !["IGO", "NGO", "MNC", "IMG", "NGM"].contains(&&code[..3])
                && !SECTORS.contains(&&code[3..])
        }
        _ => false,
    }
}

/// A phrase as it is written in text: "SERGEY_V._LAVROV" → "Sergey V. Lavrov".
fn display(words: &[String], initials: &HashSet<String>) -> String {
    let lone = words.len() == 1;
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        // Written in mixed case on purpose ("Secy"), not "PEOPLE's".
        let lowers = letters.iter().filter(|c| c.is_lowercase()).count();
        let has_lower = lowers > 0 && lowers * 2 >= letters.len();
        let no_vowel = !letters
            .iter()
            .any(|c| "AEIOUYaeiouy".contains(*c) || !c.is_ascii());
        let lower = w.to_lowercase();
        if has_lower {
            // Already written in mixed case ("UN_Secy_Gen"): keep.
            out.push_str(w);
        } else if PARTICLES.contains(&lower.as_str()) {
            if i > 0 {
                out.push_str(&lower);
            } else {
                out.push_str(&title_case(w));
            }
        } else if letters.len() > 1
            && (w.contains('.')
                || no_vowel
                || (lone && letters.len() <= 3)
                || (!lone && SHORT_ACRONYMS.contains(&w.as_str()))
                || initials.contains(w.as_str()))
        {
            out.push_str(w);
        } else {
            out.push_str(&title_case(w));
        }
    }
    out
}

/// "KI-MOON" → "Ki-Moon", "O'NEILL" → "O'Neill", "QA'IDA" → "Qa'ida".
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut upper_next = true;
    let mut run = 0usize;
    for c in w.chars() {
        if upper_next && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            upper_next = false;
            run = 1;
            continue;
        }
        if c == '-' || c == '/' || c == '(' {
            upper_next = true;
        } else if c == '\'' {
            // O'Neill, D'Estaing: one letter before the apostrophe.
            upper_next = run == 1 || !out.chars().any(char::is_alphabetic);
        }
        if c.is_alphabetic() {
            run += 1;
            out.extend(c.to_lowercase());
        } else {
            run = 0;
            out.push(c);
        }
    }
    out
}

/// Reads an agent dictionary (substitution sets, plurals, `[~CODE]`/`[CODE~]`).
pub fn parse_agents(text: &str) -> (Vec<Agent>, Vec<LineError>) {
    let mut agents: Vec<Agent> = Vec::new();
    let mut seen: HashSet<(String, String, bool)> = HashSet::new();
    let mut errors = Vec::new();
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    for (n, line) in dict_lines(text) {
        let err = |m: String| LineError {
            line: n,
            message: m,
        };
        let content = line.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        // A substitution set: !NAME! = A, B, C
        if let Some((lhs, rhs)) = content.split_once('=') {
            let lhs = lhs.trim();
            if lhs.len() > 2 && lhs.starts_with('!') && lhs.ends_with('!') {
                let items: Vec<String> = rhs
                    .split(',')
                    .map(|x| x.trim().to_owned())
                    .filter(|x| !x.is_empty())
                    .collect();
                if items.is_empty() {
                    errors.push(err(format!("substitution set {lhs} is empty")));
                } else {
                    sets.insert(lhs.to_owned(), items);
                }
                continue;
            }
        }
        let Some(open) = content.rfind('[') else {
            errors.push(err(format!(
                "agent line '{}' has no [~CODE] or [CODE~]",
                excerpt(content)
            )));
            continue;
        };
        // `[~ENV}`: a closing brace for a bracket occurs in the Phoenix file; taken as `]`.
        let Some(close) = content[open..]
            .find(']')
            .or_else(|| content[open..].find('}'))
            .map(|c| open + c)
        else {
            errors.push(err(format!("unclosed bracket in '{}'", excerpt(content))));
            continue;
        };
        let inner = content[open + 1..close].trim();
        let (code, suffix) = if let Some(c) = inner.strip_prefix('~') {
            (c, true)
        } else if let Some(c) = inner.strip_suffix('~') {
            (c, false)
        } else {
            errors.push(err(format!(
                "agent code '[{}]' needs a ~: [~CODE] appends, [CODE~] prepends",
                excerpt(inner)
            )));
            continue;
        };
        let code = code.trim();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            errors.push(err(format!("unknown agent code '{}'", excerpt(code))));
            continue;
        }
        let head = &content[..open];
        let (phrase, plurals) = match head.find('{') {
            Some(b) => match head[b..].find('}') {
                Some(e) => (&head[..b], Some(&head[b + 1..b + e])),
                None => {
                    errors.push(err(format!("unclosed brace in '{}'", excerpt(content))));
                    continue;
                }
            },
            None => (head, None),
        };
        let phrase = phrase.trim();
        if phrase.is_empty() {
            errors.push(err("agent line without a phrase".to_owned()));
            continue;
        }
        if phrase.chars().any(|c| c.is_control() || c == '\u{FFFD}') {
            errors.push(err(format!(
                "phrase '{}' holds a control byte or lost character",
                excerpt(phrase)
            )));
            continue;
        }
        // Expand substitution markers; their items get no generated plurals.
        let mut forms: Vec<(String, bool)> = Vec::new();
        match expand(phrase, &sets) {
            Ok(expanded) => {
                let substituted = expanded.len() > 1 || expanded[0] != phrase;
                for f in expanded {
                    forms.push((f, !substituted));
                }
            }
            Err(m) => {
                errors.push(err(m));
                continue;
            }
        }
        let mut written: Vec<String> = Vec::new();
        for (form, regular_plural) in forms {
            written.push(agent_text(&form));
            match plurals {
                Some(p) => written.extend(p.split_whitespace().map(agent_text)),
                None if regular_plural && !form.ends_with('_') => {
                    written.push(plural(&agent_text(&form)));
                }
                None => {}
            }
        }
        for w in written.into_iter().filter(|w| !w.is_empty()) {
            let key = (w.clone(), code.to_ascii_uppercase(), suffix);
            if seen.insert(key) {
                agents.push(Agent {
                    phrase: w,
                    code: code.to_ascii_uppercase(),
                    suffix,
                });
            }
        }
    }
    (agents, errors)
}

/// Every substitution of the `!SET!` markers of a phrase.
fn expand(phrase: &str, sets: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let mut out = vec![phrase.to_owned()];
    // At most a few markers per phrase; the bound keeps odd input from looping.
    for _ in 0..4 {
        let Some(s) = out[0].find('!') else {
            return Ok(out);
        };
        let Some(e) = out[0][s + 1..].find('!').map(|e| s + 1 + e) else {
            return Err(format!(
                "unclosed substitution marker in '{}'",
                excerpt(phrase)
            ));
        };
        let marker = out[0][s..=e].to_owned();
        let Some(items) = sets.get(&marker) else {
            return Err(format!(
                "unknown substitution set {marker}; define it first as {marker} = A, B"
            ));
        };
        out = out
            .iter()
            .flat_map(|p| items.iter().map(|it| p.replacen(marker.as_str(), it, 1)))
            .collect();
    }
    Ok(out)
}

/// "VICE_FOREIGN_MINISTER" → "vice foreign minister".
fn agent_text(s: &str) -> String {
    s.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// PETRARCH's regular plural: +s, y → ies, ss → sses.
fn plural(s: &str) -> String {
    if let Some(stem) = s.strip_suffix('y') {
        format!("{stem}ies")
    } else if s.ends_with("ss") {
        format!("{s}es")
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(a: &Actor) -> Vec<String> {
        a.codes
            .iter()
            .map(|c| {
                let d = |x: Option<PartialDate>| x.map(|x| x.to_string()).unwrap_or_default();
                format!("{}:{}..{}", c.code, d(c.from), d(c.to))
            })
            .collect()
    }

    #[test]
    fn records_synonyms_and_date_ranges() {
        let text = "# header\n\
            SERGEY_LAVROV_  # CountryInfo.txt\n\
            +SERGEY_VIKTOROVICH_LAVROV_\n\
            +LAVROV\n\
            +RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV\n\
            +SERGEI_LAVROV\n\
            \t[RUSGOV 19940922-20040712] # Amb. to UN\n\
            \t[RUSGOV >20040309]  # Foreign Minister\n\
            ALYAKSANDR_LUKASHENKA_  # CountryInfo.txt\n\
            \t[BLRELI 720101-000101]\n\
            \t[BLRGOV >940720]\n\
            \t[BLRELI]\n\
            GOLLUM  # pas 27 Apr 03\n\
            \t[HOB < 950601]\n\
            \t[HOBGOV 19950601 - 19990815]\n\
            COMMONWEALTH_OF_INDEPENDENT_STATES_ [IGOCASCIS]\n\
            +CIS_\n\
            AFGHANISTAN_  [AFG]\n\
            +AFGHAN_\n\
            +KABUL_\n";
        let (actors, errors) = parse_actors(text);
        assert_eq!(errors, []);
        let names: Vec<_> = actors.iter().map(|a| (a.name.as_str(), a.kind)).collect();
        assert_eq!(
            names,
            [
                ("Sergey Lavrov", EntityType::Per),
                ("Alyaksandr Lukashenka", EntityType::Per),
                ("Gollum", EntityType::Org),
                ("Commonwealth of Independent States", EntityType::Org),
                ("Afghanistan", EntityType::Loc),
            ]
        );
        assert_eq!(
            actors[0].aliases,
            [
                "Sergey Lavrov",
                "Sergey Viktorovich Lavrov",
                "Lavrov",
                "Sergei Lavrov"
            ]
        );
        assert_eq!(
            codes(&actors[0]),
            ["RUSGOV:1994-09-22..2004-07-12", "RUSGOV:2004-03-09.."]
        );
        // The default code comes first; two-digit years up to 30 are 20xx.
        assert_eq!(
            codes(&actors[1]),
            [
                "BLRELI:..",
                "BLRELI:1972-01-01..2000-01-01",
                "BLRGOV:1994-07-20.."
            ]
        );
        assert_eq!(
            actors[1].code_on(PartialDate::ymd(2020, 1, 1)),
            Some("BLRGOV")
        );
        assert_eq!(
            actors[1].code_on(PartialDate::ymd(1980, 1, 1)),
            Some("BLRELI")
        );
        assert_eq!(
            codes(&actors[2]),
            ["HOB:..1995-06-01", "HOBGOV:1995-06-01..1999-08-15"]
        );
        assert_eq!(
            actors[3].aliases,
            ["Commonwealth of Independent States", "CIS"]
        );
        assert_eq!(actors[4].aliases, ["Afghanistan", "Kabul"]);
    }

    #[test]
    fn bad_lines_and_quirks() {
        let text = "<!-- VALIDATION\n# inside -->\n\
            ZIMBABWE [ZWE]\n\
            \t[ZWEGOV 1920030320-20060520]\n\
            \t[ZWEGOV >201005011]\n\
            \tJOHN_MCCLOY_\t[X]\n\
            LIAMINE_Z\u{1a}ROUAL_  # CountryInfo.txt\n\
            \t[DZAGOV 940131-990427]\n\
            LORIEN  [ELR/GAL]\n\
            INDIAN_OCEAN  [---]\n\
            UN_SECRETARY_GENERAL [IGOUNO] [ELI] junk\n\
            +\n\
            BOX [ZZZ\n\
            \t[ABC 990101]\n";
        let (actors, errors) = parse_actors(text);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 5, 6, 7, 9, 11, 12, 13, 14], "{errors:#?}");
        assert!(
            errors[0]
                .message
                .contains("unknown date range '1920030320-20060520'")
        );
        let names: Vec<_> = actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Zimbabwe",
                "Lorien",
                "Indian Ocean",
                "UN Secretary General",
                "BOX"
            ]
        );
        // The null code leaves no code; the control byte drops the record.
        assert!(actors[2].codes.is_empty());
        assert_eq!(codes(&actors[3]), ["IGOUNO:..", "ELI:.."]);
    }

    #[test]
    fn names_as_written() {
        let none = HashSet::new();
        let d = |s: &str| display(&phrase_words(s).unwrap(), &none);
        assert_eq!(d("BAN_KI-MOON_"), "Ban Ki-Moon");
        assert_eq!(d("AL_QA'IDA"), "Al Qa'ida");
        assert_eq!(d("OSAMA_BIN_LADEN_"), "Osama bin Laden");
        assert_eq!(d("U.N._"), "U.N.");
        assert_eq!(d("SERGEY_V._LAVROV"), "Sergey V. Lavrov");
        assert_eq!(d("UN_Secy_Gen"), "UN Secy Gen");
        assert_eq!(d("IMF"), "IMF");
        assert_eq!(d("IRAN_"), "Iran");
        assert_eq!(d("XI_JINPING_"), "Xi Jinping");
        assert_eq!(d("PEOPLE's_LIBERATION_ARMY"), "People's Liberation Army");
        assert_eq!(d("SHEIKH `ISA_IBN_SULMAN"), "Sheikh 'Isa ibn Sulman");
        let nato: HashSet<String> = ["NATO".to_owned()].into();
        assert_eq!(display(&phrase_words("NATO_").unwrap(), &nato), "NATO");
    }

    #[test]
    fn agents() {
        let text = "!PERSON! = MAN, MEN, WOMAN\n\
            VICE_FOREIGN_MINISTER [~GOV] # note\n\
            SPOKES!PERSON!  [~MED]\n\
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n\
            POLICE {} [~COP]\n\
            HUMAN_RIGHTS_BODY  [NGO~]\n\
            PARTY\n\
            X [GOV]\n\
            Y!NONE! [~A]\n";
        let (agents, errors) = parse_agents(text);
        let got: Vec<String> = agents
            .iter()
            .map(|a| format!("{}={}{}", a.phrase, a.code, if a.suffix { "~" } else { "" }))
            .collect();
        assert_eq!(
            got,
            [
                "vice foreign minister=GOV~",
                "vice foreign ministers=GOV~",
                "spokesman=MED~",
                "spokesmen=MED~",
                "spokeswoman=MED~",
                "attorney general=GOVATG~",
                "attorneys general=GOVATG~",
                "police=COP~",
                "human rights body=NGO",
                "human rights bodies=NGO",
            ]
        );
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [7, 8, 9]);
        assert_eq!(detect(text), DictKind::Agents);
        assert_eq!(detect("RUSSIA_ [RUS]\n"), DictKind::Actors);
    }

    #[test]
    fn garbage_never_panics() {
        // A fixed pseudo-random byte stream (xorshift), decoded both ways.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut bytes = Vec::new();
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let b = (x >> 24) as u8;
            // Enough structure bytes to reach every branch.
            bytes.push(match b % 16 {
                0 => b'\n',
                1 => b'\t',
                2 => b'[',
                3 => b']',
                4 => b'_',
                5 => b'+',
                6 => b'#',
                7 => b'!',
                8 => b'~',
                9 => b'{',
                10 => b'-',
                11 => b'<',
                _ => b,
            });
        }
        let text = decode(&bytes);
        let _ = parse_actors(&text);
        let _ = parse_agents(&text);
        let _ = detect(&text);
        let lossy = String::from_utf8_lossy(&bytes);
        let (_, errors) = parse_actors(&lossy);
        assert!(!errors.is_empty());
        for s in [
            "[",
            "\t[",
            "+",
            "!A!=",
            "!A! = B\n!A!!A!!A!!A!!A! [~X]",
            "[~]",
            "_ [X >]",
            "a{ [~B]",
        ] {
            let _ = parse_actors(s);
            let _ = parse_agents(s);
        }
    }
}
