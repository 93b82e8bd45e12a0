//! Quotations: reported speech in «…», “…”, „…“ or "…", with who said it and who relays it.
//!
//! A quoted stretch is speech when a reporting clause frames it ("…», a souligné le dirigeant
//! russe", "a-t-il déclaré", "X a déclaré : «…»", "avant d'ajouter : «…»", "said", "заявил"), or
//! when it reads as speech (a long stretch in the first person) and is not introduced as a name
//! ("la conférence «Sécurité eurasienne: …»" is a title). The speaker comes from the clause: a
//! named person, a role phrase resolved to the person of the document holding that role ("le
//! dirigeant russe" → Vladimir Putin), or a pronoun ("a-t-il déclaré") resolved to the last
//! person who spoke. A relay ("rapporte TASS") in the same sentence becomes `via`. Editorial
//! insertions ("[les pays occidentaux]") and elisions ("<…>") stay in the text and are nobody's
//! speech; they never make a quote on their own.

use std::collections::HashSet;
use std::sync::LazyLock;

use chancery_lexicon::people::{medium_in, people, person, role_in};
use chancery_model::text::is_word_char;
use chancery_model::{Document, Quote, Span};

/// Quotes longer than this are unbalanced marks, not quotations.
const MAX_QUOTE_BYTES: usize = 6000;
/// How far before a quote a framing clause is looked for.
const BEFORE: usize = 160;

/// Reporting verbs (past participles and simple past, lowercase) that frame speech.
const REPORTING: &[&str] = &[
    "souligné",
    "déclaré",
    "dit",
    "noté",
    "ajouté",
    "indiqué",
    "affirmé",
    "estimé",
    "poursuivi",
    "conclu",
    "expliqué",
    "rappelé",
    "annoncé",
    "assuré",
    "insisté",
    "précisé",
    "martelé",
    "lancé",
    "répondu",
    "averti",
    "prévenu",
    "jugé",
    "considéré",
    "reconnu",
    "admis",
    "déploré",
    "dénoncé",
    "salué",
    "said",
    "says",
    "stated",
    "told",
    "added",
    "noted",
    "stressed",
    "emphasized",
    "emphasised",
    "declared",
    "explained",
    "warned",
    "remarked",
    "заявил",
    "заявила",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    "подчеркнул",
    "подчеркнула",
    "добавил",
    "добавила",
    "указал",
    "заверил",
];
/// Infinitives that continue the previous speaker ("avant d'ajouter : «…»").
const CONTINUING: &[&str] = &[
    "ajouter",
    "poursuivre",
    "préciser",
    "affirmer",
    "souligner",
    "conclure",
    "добавив",
];
/// Auxiliaries and inverted pronouns that may stand before a reporting verb.
const AUX: &[&str] = &[
    "a",
    "avait",
    "ont",
    "avaient",
    "has",
    "had",
    "have",
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "he",
    "she",
];
/// Pronouns that point back to the last person who spoke.
const PRONOUNS: &[&str] = &[
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "il",
    "elle",
    "he",
    "she",
    "он",
    "она",
];
/// Words that introduce the relay of a quotation.
const RELAYS: &[&str] = &[
    "rapporte",
    "rapportent",
    "rapporté",
    "selon",
    "relaie",
    "reports",
    "reported",
    "according",
    "сообщает",
    "сообщило",
    "передает",
    "передаёт",
];
/// Extra verbs that make a subject a speaker, though they do not frame a quotation.
const SPEAKING: &[&str] = &["appelé", "qualifié", "called"];

/// The words of `s` with their byte offsets (letters, digits, and inner ' ’ -).
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let inner = |c: char| matches!(c, '\'' | '’' | '-');
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if is_word_char(c) || (start.is_some() && inner(c) && next_is_word) {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push((st, &s[st..i]));
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

fn lower_in(word: &str, list: &[&str]) -> bool {
    if word.chars().any(char::is_uppercase) {
        let lower = word.to_lowercase();
        list.contains(&lower.as_str())
    } else {
        list.contains(&word)
    }
}

/// Reporting and speaking verbs, for the whole-stretch subject scan.
static SPEECH_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| REPORTING.iter().chain(SPEAKING).copied().collect());

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The text from `from` up to the first clause-ending punctuation.
fn phrase_from(s: &str, from: usize) -> &str {
    let rest = &s[from..];
    let end = rest
        .find([',', '.', ';', ':', '!', '?', '«', '»', '(', '\n'])
        .unwrap_or(rest.len());
    rest[..end].trim()
}

/// A clause right after a quote: "…», a souligné le dirigeant russe" → (false, Some("le dirigeant
/// russe")); "…», a-t-il déclaré" → (true, None). `None` when no reporting verb frames it.
fn clause_after(after: &str) -> Option<(bool, Option<&str>)> {
    let ws = words(after);
    for (k, &(at, w)) in ws.iter().take(4).enumerate() {
        if lower_in(w, REPORTING) {
            if !ws[..k].iter().all(|(_, p)| lower_in(p, AUX)) {
                return None;
            }
            let pronoun = ws[..k]
                .iter()
                .chain(ws.get(k + 1))
                .any(|(_, p)| lower_in(p, PRONOUNS));
            let who = phrase_from(after, at + w.len());
            return Some((pronoun, (!pronoun && !who.is_empty()).then_some(who)));
        }
    }
    None
}

/// A clause right before a quote, in the same sentence: "Sergueï Lavrov a déclaré :" → who;
/// "avant d'ajouter :" → continuing; "selon X," → who. `None` when nothing frames it.
enum Before<'a> {
    Who(&'a str),
    Continuing,
    Unknown,
}

fn clause_before(before: &str) -> Option<Before<'_>> {
    let start = before
        .rfind(['.', '!', '?', '\n', '»', '”'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let fragment = &before[start..];
    let ws = words(fragment);
    if let Some(k) = ws
        .iter()
        .position(|(_, w)| w.eq_ignore_ascii_case("selon") || w.eq_ignore_ascii_case("according"))
    {
        let from = ws.get(k + 1).map_or(fragment.len(), |(a, _)| *a);
        let who = phrase_from(fragment, from);
        return Some(if who.is_empty() {
            Before::Unknown
        } else {
            Before::Who(who)
        });
    }
    if !fragment.trim_end().ends_with([':', ',']) {
        return None;
    }
    if ws.iter().any(|(_, w)| {
        let l = w.to_lowercase();
        let bare = l.rsplit(['’', '\'']).next().unwrap_or(&l);
        CONTINUING.contains(&bare)
    }) {
        return Some(Before::Continuing);
    }
    let k = ws.iter().position(|(_, w)| lower_in(w, REPORTING))?;
    Some(subject_before(fragment, &ws, k).map_or(Before::Unknown, Before::Who))
}

/// The subject of the reporting verb at word `k`: the capitalised name right before its
/// auxiliary, or a role phrase ("le chef de l'État russe").
fn subject_before<'a>(s: &'a str, ws: &[(usize, &'a str)], k: usize) -> Option<&'a str> {
    let mut j = k;
    while j > 0 && lower_in(ws[j - 1].1, AUX) {
        j -= 1;
    }
    if j == k || j == 0 {
        return None;
    }
    let end = ws[j - 1].0 + ws[j - 1].1.len();
    let mut first = j - 1;
    if capitalised(ws[first].1) {
        // Extend over capitalised words separated by spaces only (not across a sentence end).
        let joined = |a: usize| {
            s[ws[a].0 + ws[a].1.len()..ws[a + 1].0]
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}')
        };
        while first > 0 && capitalised(ws[first - 1].1) && joined(first - 1) && j - first < 3 {
            first -= 1;
        }
        return Some(&s[ws[first].0..end]);
    }
    // A role phrase of up to six words ending right before the auxiliary.
    let from = j.saturating_sub(6);
    (from..j)
        .map(|f| &s[ws[f].0..end])
        .find(|phrase| role_in(phrase).is_some())
}

/// The last person in `stretch` who is the subject of a reporting verb.
fn last_subject(doc: &Document, stretch: &str) -> Option<String> {
    let ws = words(stretch);
    (0..ws.len())
        .rev()
        .filter(|&k| SPEECH_VERBS.contains(ws[k].1))
        .find_map(|k| subject_before(stretch, &ws, k).and_then(|w| resolve(doc, w)))
}

/// The medium a relay clause in `after` names ("…, rapporte TASS." → TASS).
fn relay(after: &str) -> Option<&'static str> {
    let ws = words(after);
    let k = ws.iter().position(|(_, w)| lower_in(w, RELAYS))?;
    medium_in(phrase_from(after, ws[k].0 + ws[k].1.len()))
}

/// Nouns that introduce a name or title rather than speech.
const TITLE_NOUNS: &[&str] = &[
    "conférence",
    "forum",
    "sommet",
    "livre",
    "ouvrage",
    "film",
    "opération",
    "programme",
    "initiative",
    "exercice",
    "projet",
    "document",
    "titre",
    "intitulé",
    "intitulée",
    "slogan",
    "émission",
    "festival",
    "prix",
    "traité",
    "conference",
    "forum",
    "summit",
    "book",
    "film",
    "operation",
    "programme",
    "program",
    "initiative",
    "exercise",
    "project",
    "titled",
    "entitled",
    "конференция",
    "конференции",
    "форум",
    "саммит",
    "книга",
    "операция",
    "программа",
    "проект",
];
const FIRST_PERSON: &[&str] = &[
    "je", "j", "nous", "notre", "nos", "moi", "i", "we", "our", "us", "я", "мы", "наш", "наши",
    "нас",
];

pub fn extract_quotes(doc: &mut Document) {
    let text = doc.text.as_str();
    let marks = quote_spans(text);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<String> = None;
    let mut known_until = 0;
    let mut scanned = 0;
    for (i, &(outer, inner)) in marks.iter().enumerate() {
        if outer.start < scanned {
            continue;
        }
        scanned = outer.end;
        // The last person who spoke before this quote: a subject of a reporting verb since the
        // last attributed quote, else that quote's speaker. Found only when a pronoun needs it.
        let last_speaker = || {
            last_subject(doc, &text[known_until.min(outer.start)..outer.start])
                .or_else(|| previous.clone())
        };
        let before_start = floor_boundary(text, outer.start.saturating_sub(BEFORE));
        let before = paragraph_tail(&text[before_start..outer.start]);
        let sentence_end = sentence_end(text, outer.end, &marks[i + 1..]);
        let after = &text[outer.end..sentence_end];
        let after_near = &after[..floor_boundary(after, after.len().min(120))];

        let mut speaker: Option<String> = None;
        let mut framed = false;
        if let Some((pronoun, who)) = clause_after(after_near) {
            framed = true;
            speaker = match (pronoun, who) {
                (true, _) => last_speaker(),
                (false, Some(w)) => resolve(doc, w),
                (false, None) => None,
            };
        } else if let Some(b) = clause_before(before) {
            framed = true;
            speaker = match b {
                Before::Who(w) => resolve(doc, w),
                Before::Continuing => quotes
                    .last()
                    .and_then(|q| q.speaker.clone())
                    .or_else(last_speaker),
                Before::Unknown => last_speaker(),
            };
        }
        let n_words = words(inner.slice(text)).len();
        if !framed {
            let titled = title_noun_before(before);
            let first_person = inner
                .slice(text)
                .split(|c: char| !is_word_char(c))
                .any(|w| FIRST_PERSON.contains(&w.to_lowercase().as_str()));
            if titled || n_words < 8 || !first_person {
                continue;
            }
        }
        if n_words == 0 {
            continue;
        }
        let via = relay(after).map(str::to_owned);
        if speaker.is_some() {
            previous.clone_from(&speaker);
            known_until = outer.end;
        }
        quotes.push(Quote {
            speaker,
            via,
            span: inner,
        });
    }
    doc.quotes = quotes;
}

/// The quoted stretches of `text`: (with marks, without marks), top level only, in order.
fn quote_spans(text: &str) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut straight_open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '«' | '“' | '„' => {
                // A straight quote left open does not span typographic ones.
                straight_open = None;
                stack.push((c, i));
            }
            '»' | '”' => {
                let opener = match c {
                    '»' => stack.iter().rposition(|(o, _)| *o == '«'),
                    _ => stack.iter().rposition(|(o, _)| *o == '“' || *o == '„'),
                };
                if let Some(pos) = opener {
                    let (_, start) = stack[pos];
                    stack.truncate(pos);
                    if stack.is_empty() && i - start <= MAX_QUOTE_BYTES {
                        push(text, &mut out, start, i + c.len_utf8());
                    }
                }
            }
            '"' if stack.is_empty() => match straight_open.take() {
                Some(start) => push(text, &mut out, start, i + 1),
                None => straight_open = Some(i),
            },
            '\n' if text[i + 1..].starts_with('\n') => {
                // Quotation marks do not run across paragraphs.
                stack.clear();
                straight_open = None;
            }
            _ => {}
        }
    }
    out
}

fn push(text: &str, out: &mut Vec<(Span, Span)>, start: usize, end: usize) {
    // An outer quote closing after inner ones replaces them; overlaps are dropped.
    while out.last().is_some_and(|(o, _)| o.start >= start) {
        out.pop();
    }
    if out.last().is_some_and(|(o, _)| o.end > start) {
        return;
    }
    let open_len = text[start..].chars().next().map_or(1, char::len_utf8);
    let close_len = text[..end].chars().next_back().map_or(1, char::len_utf8);
    let inner = Span::new(start + open_len, end - close_len).trim(text);
    if !inner.is_empty() && !editorial(inner.slice(text)) {
        out.push((Span::new(start, end), inner));
    }
}

/// "[de la Chine]", "<…>": insertions and elisions are nobody's speech.
fn editorial(s: &str) -> bool {
    (s.starts_with('[') && s.ends_with(']')) || (s.starts_with('<') && s.ends_with('>'))
}

/// The end of the sentence that a quote ending at `from` belongs to (skipping later quotes).
fn sentence_end(text: &str, from: usize, later: &[(Span, Span)]) -> usize {
    let mut pos = from;
    let mut quotes = later.iter().peekable();
    while pos < text.len() {
        if let Some((q, _)) = quotes.peek()
            && q.start == pos
        {
            pos = q.end;
            quotes.next();
            continue;
        }
        let c = text[pos..].chars().next().unwrap_or('.');
        if matches!(c, '.' | '!' | '?' | '\n') {
            return pos;
        }
        pos += c.len_utf8();
    }
    text.len()
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The part of `before` in the current paragraph.
fn paragraph_tail(before: &str) -> &str {
    before.rfind('\n').map_or(before, |i| &before[i + 1..])
}

fn title_noun_before(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(80)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    tail.split(|c: char| !is_word_char(c))
        .any(|w| TITLE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// Resolves the words of a reporting clause to a person: a known name, a role phrase held by a
/// person the document names, or a capitalised name kept as written.
fn resolve(doc: &Document, who: &str) -> Option<String> {
    let who = who.trim();
    if let Some(role) = role_in(who) {
        return holder_of(doc, role);
    }
    let name: Vec<&str> = who
        .split_whitespace()
        .skip_while(|w| !w.chars().next().is_some_and(char::is_uppercase))
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    if name.is_empty() {
        return None;
    }
    let name = name.join(" ");
    if let Some(p) = person(&name) {
        return Some(p.name.clone());
    }
    if let Some(m) = medium_in(&name) {
        return Some(m.to_owned());
    }
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// The person with this role whom the document names.
fn holder_of(doc: &Document, role: &str) -> Option<String> {
    let title = doc.title.as_deref().unwrap_or("");
    people()
        .iter()
        .filter(|p| p.role.as_deref() == Some(role))
        .find(|p| {
            p.aliases
                .iter()
                .any(|a| title.contains(a.as_str()) || doc.text.contains(a.as_str()))
        })
        .map(|p| p.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quotes of `text`: `speaker | via | quoted text`.
    #[track_caller]
    fn check(text: &str, expect: &[&str]) {
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        let got: Vec<String> = doc
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "{} | {} | {}",
                    q.speaker.as_deref().unwrap_or("-"),
                    q.via.as_deref().unwrap_or("-"),
                    q.span.slice(text)
                )
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn reporting_clauses() {
        check(
            "Le président russe Vladimir Poutine a parlé. «Nous sommes alliés», a souligné le dirigeant russe.",
            &["Vladimir Putin | - | Nous sommes alliés"],
        );
        check(
            "Sergueï Lavrov a déclaré : « La Russie est prête. »",
            &["Sergey Lavrov | - | La Russie est prête."],
        );
        check(
            "Poutine a noté que tout va bien. «Nous avons convenu de tout», a-t-il déclaré.",
            &["Vladimir Putin | - | Nous avons convenu de tout"],
        );
        check(
            "“We are ready,” said Sergey Lavrov, according to TASS.",
            &["Sergey Lavrov | TASS | We are ready,"],
        );
    }

    #[test]
    fn not_speech() {
        check(
            "la conférence \"Sécurité eurasienne: réalités et perspectives dans un monde en transformation\".",
            &[],
        );
        check("Ils ont nommé l'opération « Aube rouge ».", &[]);
        check(
            "Nous faisons tout ce qu’ils [les pays occidentaux] ont fait.",
            &[],
        );
        check("Un chevron » isolé et « un autre", &[]);
        // A straight quote left open across guillemets never yields overlapping quotes.
        check(
            "Il a dit \"oui et «Nous sommes là, nous venons tous ensemble pour parler», a-t-il déclaré \" fin",
            &["- | - | Nous sommes là, nous venons tous ensemble pour parler"],
        );
    }
}
