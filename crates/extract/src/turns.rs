//! Speakers and their turns.
//!
//! - **Transcripts.** A turn starts at a speaker label ("Président russe Vladimir Poutine :",
//!   "Alexandre Loukachenko:", "Natalya Golub, chaîne de télévision Belarus-1 :", "PRESIDENT
//!   PUTIN:", "Question:", "В.Путин:") and runs to the next label, the end of its section, or an
//!   editorial line (a source address, an elision "<…>", "À suivre"). A label is recognised by its
//!   shape, not by known names: an optional role phrase, then a personal name (two or more
//!   capitalised words, an initial and a surname, or a name in capitals), then optionally
//!   ", affiliation". A prose line with " : " has lowercase words outside any role phrase and is
//!   not a label.
//! - **Speakers.** Labels naming one person (across transliterations, see
//!   `chancery_lexicon::names`) are one speaker with a canonical English name, every surface form,
//!   a role (from the label or the known-people table) and, for journalists, an affiliation.
//! - **Kinds.** A journalist's turn is a question; leaders' turns after it, up to the next
//!   question in the same section, are answers; the rest are statements.
//! - **Single-author documents.** A press statement or commentary whose title names its author
//!   ("Déclaration à la presse de Sergueï Lavrov, Ministre …") is one turn by that author.

use std::sync::LazyLock;

use chancery_lexicon::names::same_person;
use chancery_lexicon::people::{medium_in, person, role_in};
use chancery_model::text::line_spans;
use chancery_model::{Document, Span, Speaker, Turn, TurnKind};
use regex::Regex;

/// Longest text before a colon that can still be a speaker label.
const MAX_LABEL_CHARS: usize = 110;

/// Lowercase words allowed inside a label's role phrase or affiliation-free name part.
const ROLE_WORDS: &[&str] = &[
    "président",
    "présidente",
    "president",
    "premier",
    "première",
    "ministre",
    "minister",
    "prime",
    "vice",
    "vice-premier",
    "vice-président",
    "secrétaire",
    "secretary",
    "porte-parole",
    "spokesperson",
    "spokesman",
    "ambassadeur",
    "ambassador",
    "assistant",
    "chef",
    "head",
    "général",
    "general",
    "directeur",
    "director",
    "gouverneur",
    "governor",
    "chancelier",
    "chancellor",
    "roi",
    "king",
    "de",
    "la",
    "le",
    "du",
    "des",
    "d",
    "l",
    "of",
    "the",
    "for",
    "and",
    "et",
    "russe",
    "biélorusse",
    "bélarussien",
    "affaires",
    "étrangères",
    "foreign",
    "affairs",
    "république",
    "fédération",
    "presse",
    "press",
    "état",
    "d'état",
    "государства",
    "президент",
    "премьер-министр",
    "министр",
    "иностранных",
    "дел",
    "россии",
    "белоруссии",
    "беларуси",
    "республики",
    "pm",
    "mr",
    "mrs",
    "ms",
    "m",
    "mme",
    "monsieur",
    "madame",
    "dr",
];

/// Labels that are speakers without a name.
const ANONYMOUS: &[(&str, TurnKind)] = &[
    ("question", TurnKind::Question),
    ("questions", TurnKind::Question),
    ("вопрос", TurnKind::Question),
    ("journaliste", TurnKind::Question),
    ("journalist", TurnKind::Question),
    ("журналист", TurnKind::Question),
    ("réplique", TurnKind::Statement),
    ("remark", TurnKind::Statement),
    ("реплика", TurnKind::Statement),
];

static TITLE_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:déclaration|commentaire|intervention|discours|allocution|interview|entretien|réponses?|statement|remarks|comment|speech|address|interview|article|выступление|заявление|комментарий|интервью|статья)\b[^,]{0,80}?\b(?:de|du|by|of)\s+(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2})\s*(?:,\s*([^,]{3,120}))?",
    )
    .expect("valid regex")
});

/// A recognised label on one line.
struct Label {
    /// The label including the colon.
    span: Span,
    /// Where the speech starts (after the colon and spaces).
    speech_start: usize,
    /// The person's name as written ("Vladimir Poutine"), or the anonymous label ("Question").
    name: String,
    role: Option<String>,
    affiliation: Option<String>,
    anonymous: Option<TurnKind>,
    /// The whole label text before the colon, as a surface form.
    surface: String,
}

pub fn extract_turns(doc: &mut Document) {
    let labels: Vec<Label> = line_spans(&doc.text)
        .filter_map(|line| label(&doc.text, line))
        .collect();
    if labels.is_empty() {
        single_author(doc);
        return;
    }
    let stops = stop_points(doc);
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    let mut journalists: Vec<bool> = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let next_label = labels.get(i + 1).map_or(doc.text.len(), |n| n.span.start);
        let stop = stops
            .iter()
            .copied()
            .find(|&s| s > l.speech_start)
            .unwrap_or(doc.text.len());
        let end = next_label.min(stop);
        let span = Span::new(l.speech_start, end.max(l.speech_start)).trim(&doc.text);
        let section = innermost_section(doc, l.span.start);
        let (index, journalist) =
            speaker_for(&mut speakers, &mut journalists, l, span.slice(&doc.text));
        turns.push(Turn {
            speaker: speakers[index].name.clone(),
            kind: l.anonymous.unwrap_or(if journalist {
                TurnKind::Question
            } else {
                TurnKind::Statement
            }),
            section,
            span,
            label: Some(l.span),
        });
    }
    // Leaders' turns after a question, in the same section, up to the next question, answer it.
    let mut asked_in: Option<Option<usize>> = None;
    for t in &mut turns {
        if t.kind == TurnKind::Question {
            asked_in = Some(t.section);
        } else if asked_in == Some(t.section) {
            t.kind = TurnKind::Answer;
        } else {
            asked_in = None;
        }
    }
    for s in &mut speakers {
        s.turns = turns.iter().filter(|t| t.speaker == s.name).count();
    }
    doc.speakers = speakers;
    doc.turns = turns;
}

/// The speaker entry for a label (merged with an earlier one naming the same person), and whether
/// the speaker is a journalist.
fn speaker_for(
    speakers: &mut Vec<Speaker>,
    journalists: &mut Vec<bool>,
    l: &Label,
    speech: &str,
) -> (usize, bool) {
    let known = if l.anonymous.is_some() {
        None
    } else {
        person(&l.name)
    };
    let name = known.map_or_else(|| canonical_unknown(&l.name), |p| p.name.clone());
    let existing = speakers
        .iter()
        .position(|s| s.name == name || (known.is_none() && same_person(&s.name, &name)));
    let index = match existing {
        Some(i) => i,
        None => {
            speakers.push(Speaker {
                name: name.clone(),
                ..Speaker::default()
            });
            journalists.push(false);
            speakers.len() - 1
        }
    };
    let s = &mut speakers[index];
    if !s.surface.contains(&l.surface) {
        s.surface.push(l.surface.clone());
    }
    if s.role.is_none() {
        s.role = l
            .role
            .clone()
            .or_else(|| known.and_then(|p| p.role.clone()));
    }
    // Journalists: an affiliation in the label, or an outlet named as they introduce themselves.
    if known.is_none() && l.anonymous.is_none() {
        let intro: String = speech.chars().take(200).collect();
        let affiliation = l
            .affiliation
            .as_deref()
            .and_then(medium_in)
            .map(str::to_owned)
            .or_else(|| l.affiliation.clone());
        let affiliation = affiliation.or_else(|| medium_in(&intro).map(str::to_owned));
        if s.affiliation.is_none() {
            s.affiliation = affiliation;
        }
        let asks = speech.contains('?') || greets(&intro);
        journalists[index] = journalists[index] || s.affiliation.is_some() || asks;
    }
    (index, journalists[index])
}

fn greets(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "bonjour",
        "bonsoir",
        "good afternoon",
        "good morning",
        "good evening",
        "hello",
        "добрый день",
        "здравствуйте",
    ]
    .iter()
    .any(|g| lower.starts_with(g))
}

/// An unknown person's name in canonical form: Latin script kept as written, Cyrillic
/// transliterated.
fn canonical_unknown(name: &str) -> String {
    if name.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)) {
        any_cyrillic_to_latin(name)
    } else {
        name.to_owned()
    }
}

fn any_cyrillic_to_latin(name: &str) -> String {
    chancery_lexicon::names::transliterate(name)
}

/// Offsets where a turn must end: section headings and ends, source-address lines, elisions,
/// "to be continued" lines.
fn stop_points(doc: &Document) -> Vec<usize> {
    let mut stops: Vec<usize> = Vec::new();
    for s in &doc.sections {
        stops.push(s.span.start);
        stops.push(s.span.end);
    }
    for line in line_spans(&doc.text) {
        let t = line.slice(&doc.text).trim();
        let lower = t.to_lowercase();
        let editorial = t.starts_with("http://")
            || t.starts_with("https://")
            || (t.starts_with('<') && t.ends_with('>') && t.chars().count() <= 8)
            || t == "* * *"
            || [
                "à suivre",
                "à suivre.",
                "to be continued",
                "продолжение следует",
            ]
            .contains(&lower.as_str());
        if editorial {
            stops.push(line.start);
        }
    }
    stops.sort_unstable();
    stops
}

fn innermost_section(doc: &Document, at: usize) -> Option<usize> {
    doc.sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
        .min_by_key(|(_, s)| s.span.len())
        .map(|(i, _)| i)
}

/// Recognises a speaker label at the start of a line.
fn label(text: &str, line: Span) -> Option<Label> {
    let s = line.slice(text);
    let colon = s.find(':')?;
    let head = &s[..colon];
    if head.is_empty()
        || head.chars().count() > MAX_LABEL_CHARS
        || head.contains(['.', '!', '?', '«', '»', '"']) && !initial_form(head)
    {
        return None;
    }
    // "12:30" is a time, "http://…" an address.
    if s[colon + 1..].starts_with(|c: char| c.is_ascii_digit() || c == '/') {
        return None;
    }
    let head_trim = head.trim_end();
    let speech_start =
        line.start + colon + 1 + (s[colon + 1..].len() - s[colon + 1..].trim_start().len());
    let surface = head_trim.to_owned();
    let lower = head_trim.to_lowercase();
    if let Some((_, kind)) = ANONYMOUS.iter().find(|(w, _)| lower == *w) {
        return Some(Label {
            span: Span::new(line.start, line.start + colon + 1),
            speech_start,
            name: head_trim.to_owned(),
            role: None,
            affiliation: None,
            anonymous: Some(*kind),
            surface,
        });
    }
    let (name_part, affiliation) = match head_trim.split_once(',') {
        Some((n, a)) => (
            n.trim(),
            Some(a.trim()).filter(|a| !a.is_empty() && a.split_whitespace().count() <= 8),
        ),
        None => (head_trim, None),
    };
    if head_trim.contains(',') && affiliation.is_none() {
        return None;
    }
    let (role_words, name) = split_role_and_name(name_part)?;
    let role = (!role_words.is_empty())
        .then(|| role_in(&role_words).map(str::to_owned))
        .flatten();
    Some(Label {
        span: Span::new(line.start, line.start + colon + 1),
        speech_start,
        name,
        role,
        affiliation: affiliation.map(str::to_owned),
        anonymous: None,
        surface,
    })
}

/// "В.Путин", "V. Putin": an initial glued to a capitalised surname.
fn initial_form(head: &str) -> bool {
    let t = head.trim();
    let mut chars = t.chars();
    let (Some(first), Some('.')) = (chars.next(), chars.next()) else {
        return false;
    };
    let rest: String = chars.collect();
    let rest = rest.trim_start();
    first.is_uppercase()
        && rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && rest.chars().count() >= 2
}

/// Splits "Président de la Biélorussie Alexandre Loukachenko" into the role phrase and the name.
/// `None` when the text is not role words followed by a personal name.
fn split_role_and_name(part: &str) -> Option<(String, String)> {
    if initial_form(part) {
        return Some((String::new(), part.trim().to_owned()));
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    // All capitals ("PRESIDENT PUTIN"): the last word is the name.
    if words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
        && words
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    {
        let name = titlecase(words.last()?);
        let role = words[..words.len() - 1].join(" ");
        return Some((role, name));
    }
    let is_name_word = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
    };
    // The name: the trailing run of capitalised words, at most three, at least two.
    let mut start = words.len();
    while start > 0 && is_name_word(words[start - 1]) && words.len() - start < 3 {
        start -= 1;
    }
    // A trailing run that swallowed a role word in capitals ("Biélorussie Alexandre Loukachenko")
    // keeps only the last two words when the run is three and the first is a known place/role word.
    if words.len() - start == 3 && (role_in(&words[start..].join(" ")).is_some() || start > 0) {
        start += 1;
    }
    if words.len() - start < 2 {
        return None;
    }
    // Everything before the name must be role words (lowercase role vocabulary or capitalised
    // words that a role phrase explains: "Président de la Biélorussie").
    let role_words = &words[..start];
    let role_ok = role_words.iter().all(|w| {
        let lw = w.to_lowercase();
        let lw = lw.trim_matches(|c: char| !c.is_alphanumeric());
        ROLE_WORDS.contains(&lw) || w.chars().next().is_some_and(char::is_uppercase)
    });
    if !role_ok {
        return None;
    }
    let role = role_words.join(" ");
    if !role.is_empty()
        && role_in(&role).is_none()
        && role_words.iter().any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !ROLE_WORDS.contains(&w.to_lowercase().as_str())
        })
    {
        // Capitalised words before a name that no role phrase explains: prose ("Comme Vladimir …").
        return None;
    }
    Some((role, words[start..].join(" ")))
}

fn titlecase(word: &str) -> String {
    let mut out = String::new();
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// A press statement or commentary whose title names its author: the body is one turn.
fn single_author(doc: &mut Document) {
    let Some(title) = doc.title.as_deref() else {
        return;
    };
    let Some(c) = TITLE_AUTHOR.captures(title) else {
        return;
    };
    let Some(written) = c.get(1).map(|m| m.as_str()) else {
        return;
    };
    let known = person(written);
    let name = known.map_or_else(|| canonical_unknown(written), |p| p.name.clone());
    let role = c
        .get(2)
        .and_then(|r| role_in(r.as_str()))
        .map(str::to_owned)
        .or_else(|| known.and_then(|p| p.role.clone()));
    // The body starts after the title line (if the text begins with it).
    let first_line = doc.text.lines().next().unwrap_or("");
    let body_start = if title.trim() == first_line.trim() || first_line.contains(written) {
        first_line.len()
    } else {
        0
    };
    let span = Span::new(body_start, doc.text.len()).trim(&doc.text);
    if span.is_empty() {
        return;
    }
    doc.speakers = vec![Speaker {
        name: name.clone(),
        surface: vec![written.to_owned()],
        role,
        affiliation: None,
        turns: 1,
    }];
    doc.turns = vec![Turn {
        speaker: name,
        kind: TurnKind::Statement,
        section: None,
        span,
        label: None,
    }];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label a line makes: `name | role | affiliation`, or "-" when it is not a label.
    #[track_caller]
    fn check(line: &str, expect: &str) {
        let got = match label(line, Span::new(0, line.len())) {
            Some(l) => format!(
                "{} | {} | {}",
                l.name,
                l.role.as_deref().unwrap_or("-"),
                l.affiliation.as_deref().unwrap_or("-")
            ),
            None => "-".to_owned(),
        };
        assert_eq!(got, expect, "{line}");
    }

    #[test]
    fn french_labels() {
        check(
            "Président de la Biélorussie Alexandre Loukachenko : Monsieur Poutine, merci.",
            "Alexandre Loukachenko | President of Belarus | -",
        );
        check(
            "Président russe Vladimir Poutine : C’est sûr.",
            "Vladimir Poutine | President of Russia | -",
        );
        check(
            "Vladimir Poutine : Pas du tout.",
            "Vladimir Poutine | - | -",
        );
        check(
            "Alexandre Loukachenko: Comme je l’ai dit plus tôt",
            "Alexandre Loukachenko | - | -",
        );
        check(
            "Natalya Golub, chaîne de télévision Belarus-1 : Bonjour",
            "Natalya Golub | - | chaîne de télévision Belarus-1",
        );
        check(
            "Vladimir Matveïev : C’est pour les deux présidents.",
            "Vladimir Matveïev | - | -",
        );
        check(
            "Président de la République de Biélorussie Alexandre Loukachenko : Monsieur",
            "Alexandre Loukachenko | President of Belarus | -",
        );
    }

    #[test]
    fn english_and_russian_labels() {
        check("Vladimir Putin: Thank you.", "Vladimir Putin | - | -");
        check(
            "President of Russia Vladimir Putin: Colleagues,",
            "Vladimir Putin | President of Russia | -",
        );
        check("PRESIDENT PUTIN: Good afternoon.", "Putin | - | -");
        check("Question: What about gas?", "Question | - | -");
        check("В.Путин: Добрый день.", "В.Путин | - | -");
        check("А.Лукашенко: Спасибо.", "А.Лукашенко | - | -");
    }

    #[test]
    fn prose_with_colons_is_not_a_label() {
        for line in [
            "Naturellement, nous discuterons aujourd’hui de l’agenda international actuel : des questions de sécurité",
            "Deuxième partie de ma question :",
            "Cette année, nous célébrerons deux anniversaires importants : le 3 juillet",
            "Comme nous l’avons convenu hier, nous avons toujours deux parties : les questions de sécurité et l’économie.",
            "Je voudrais le souligner une fois de plus ici à Minsk : la Russie n’a jamais refusé ces négociations.",
            "Après cela, sous la direction et à la demande de leurs sponsors et maîtres occidentaux, un nouvel objectif a été fixé : infliger",
            "Vous savez qui les résoudra : beaucoup ont déjà été résolus à l’étranger",
            "Elle se tient debout avec confiance : l’économie progresse.",
            "Des documents sur la promotion de la démocratie sont adoptés: il en existe aussi concernant la Russie.",
            "La réunion aura lieu à 14:30 à Minsk.",
            "Minsk : la ville se porte bien.",
            "Voir http://en.kremlin.ru/events/president/news/74102",
        ] {
            check(line, "-");
        }
    }
}
