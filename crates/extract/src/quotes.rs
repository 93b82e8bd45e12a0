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

use chancery_lexicon::events::Role;
use chancery_lexicon::names::{
    name_key, one_letter_off, same_person, same_person_keys, spaced_initials,
};
use chancery_lexicon::people::{
    QuoteWord, StatementWord, medium_in, people, person, quote_words, relay_words, reporting_verbs,
    role_in, speaking_bodies, statement_words, title_nouns,
};
use chancery_model::text::is_word_char;
use chancery_model::{Antecedent, Document, Quote, Span, Speaker};

/// Quotes longer than this are unbalanced marks, not quotations.
const MAX_QUOTE_BYTES: usize = 6000;
/// Fewest words of a quotation.
const MIN_QUOTE_WORDS: usize = 4;
/// Fewest words of a quotation that is a whole sentence a reporting clause after it frames.
const MIN_FRAMED_QUOTE_WORDS: usize = 2;
/// Most words between a verb of speech and the quotation that is its object.
const OBJECT_WORDS: usize = 6;
/// Most words of a subject after its verb before a colon ("Об этом заявил пресс-секретарь
/// президента Дмитрий Песков:").
const INVERTED_SUBJECT_WORDS: usize = 6;
/// Most capitalised words of a clause's opening subject (acronyms and titles before a name:
/// "NATO Secretary General Jens Stoltenberg").
const MAX_OPENING_RUN: usize = 7;
/// Most words of the description of whose view a sentence states ("Pour le militant des droits
/// humains Alioune Tine, …").
const VIEW_OF_WORDS: usize = 9;
/// How far before a quote a framing clause is looked for.
const BEFORE: usize = 320;
/// How far back (bytes) the paragraph of a quote is read for the subject of a reporting verb:
/// a page flattened onto one line is one paragraph, which must not be read whole for each quote.
const PARAGRAPH_REACH: usize = 2000;

/// The words of `s` with their byte offsets (letters, digits, and inner ' ’ -).
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let inner = |c: char| matches!(c, '\'' | '’' | '-');
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        // An elided article before a name is a word of its own: "l’Europe" → "l’", "Europe".
        if let Some(st) = start
            && matches!(c, '\'' | '’')
            && s[st..i].chars().count() == 1
            && chars.peek().is_some_and(|&(_, n)| n.is_uppercase())
        {
            let end = i + c.len_utf8();
            out.push((st, &s[st..end]));
            start = None;
            continue;
        }
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

/// Whether `word` (any case) is in a lexicon word set.
fn lower_in_set(word: &str, set: &HashSet<&'static str>) -> bool {
    if word.chars().any(char::is_uppercase) {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}

/// Whether `word` (any case) plays the role `kind` around quotation marks.
fn quote_word(word: &str, kind: QuoteWord) -> bool {
    lower_in_set(word, quote_words(kind))
}

/// A verb of speech that takes no subject ("говорится", "сказано"), unlike one that may be
/// either ("noted": "it is noted that", "…," noted Smith).
fn impersonal_only(word: &str) -> bool {
    lower_in_set(word, quote_words(QuoteWord::Impersonal)) && !is_reporting(word)
}

/// A verb of speech, also after an elided object pronoun ("Comme l’explique X").
fn is_reporting(word: &str) -> bool {
    lower_in_set(word, reporting_verbs())
        || word
            .rsplit_once(['\'', '’'])
            .is_some_and(|(_, verb)| lower_in_set(verb, reporting_verbs()))
}

/// A reporting verb followed by its subject pronoun, hyphenated ("ajoute-t-elle").
fn inverted_reporting(word: &str) -> bool {
    let lower = word.to_lowercase();
    quote_words(QuoteWord::Inverted).iter().any(|suffix| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|verb| !verb.is_empty() && reporting_verbs().contains(verb))
    })
}

/// A reporting verb with an inverted pronoun that stands for no one ("estime-t-on").
fn inverted_indefinite(word: &str) -> bool {
    let lower = word.to_lowercase();
    inverted_reporting(word)
        && quote_words(QuoteWord::InvertedIndefinite)
            .iter()
            .any(|suffix| lower.ends_with(suffix))
}

/// Reporting and speaking verbs, for the whole-stretch subject scan.
static SPEECH_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    reporting_verbs()
        .iter()
        .chain(quote_words(QuoteWord::Speaking))
        .copied()
        .collect()
});

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The text from `from` up to the first clause-ending punctuation.
/// A full stop right after a lone capital is an initial ("В.Путин", "V. Poutine"), not an end.
fn phrase_from(s: &str, from: usize) -> &str {
    let rest = &s[from..];
    let mut prev: [Option<char>; 2] = [None, None];
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        let initial = c == '.'
            && prev[1].is_some_and(char::is_uppercase)
            && !prev[0].is_some_and(is_word_char);
        if !initial
            && matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | '«' | '»' | '(' | '\n'
            )
        {
            end = i;
            break;
        }
        prev = [prev[1], Some(c)];
    }
    rest[..end].trim()
}

/// How much of the text after a quotation its reporting clause is looked for in (characters,
/// not bytes: a Cyrillic clause is as long as a Latin one).
const AFTER_NEAR_CHARS: usize = 120;

/// The first `chars` characters of `s`, and the rest of the word they end in ("…Мария Захарова"
/// is not cut to "Захаро").
fn near_start(s: &str, chars: usize) -> &str {
    let cut = chancery_model::text::chars_ahead(s, 0, chars);
    let end = s[cut..]
        .find(|c: char| !is_word_char(c))
        .map_or(s.len(), |i| cut + i);
    &s[..end]
}

/// Where a third-person pronoun that is the subject of a verb of speech stands in the last
/// sentence of `before` (the text before a quotation): "…and he said if Putin moves into NATO
/// countries, “…”" — the person "he" stands for was named before it, not after.
pub(crate) fn pronoun_subject_at(before: &str) -> Option<usize> {
    let from = sentence_start(before);
    let ws = words(&before[from..]);
    ws.iter().enumerate().rev().find_map(|(k, &(at, w))| {
        let pronoun = quote_word(&w.to_lowercase(), QuoteWord::Pronoun);
        // (Auxiliaries between: "il a déclaré", "he has said".)
        let mut v = k + 1;
        while v < ws.len() && v <= k + 3 && aux_word(ws[v].1) {
            v += 1;
        }
        (pronoun && ws.get(v).is_some_and(|(_, verb)| is_reporting(verb))).then_some(from + at)
    })
}

/// Where the last sentence of `before` starts: after its last sentence end, a full stop after a
/// lone capital being an initial ("Brian A. Nichols précise", "В.В. Путин заявил").
fn sentence_start(before: &str) -> usize {
    let mut end = before.len();
    while let Some(i) = before[..end].rfind(['.', '!', '?', '\n']) {
        let mut back = before[..i].chars().rev();
        let initial = before[i..].starts_with('.')
            && back.next().is_some_and(char::is_uppercase)
            && !back.next().is_some_and(is_word_char);
        if !initial {
            return i + 1;
        }
        end = i;
    }
    0
}

/// A clause right after a quote: "…», a souligné le dirigeant russe" → (false, Some("le dirigeant
/// russe")); "…», a-t-il déclaré" → (true, None). `None` when no reporting verb frames it.
fn clause_after(after: &str) -> Option<(bool, Option<&str>)> {
    clause_right_after(after)
        .or_else(|| {
            // "…», en espérant une ouverture accrue, a regretté le président…": an aside between
            // commas (a dozen words at most, no sentence mark) before the reporting clause.
            let rest = after.trim_start().strip_prefix(',')?;
            let end = rest.find(',')?;
            let aside = &rest[..end];
            if aside.contains(['.', ';', ':', '!', '?', '«', '»', '"', '“', '”', '\n'])
                || words(aside).len() > 12
            {
                return None;
            }
            let clause = &rest[end..];
            // Only when the reporting verb opens what follows (after an auxiliary).
            let ws = words(clause);
            let k = ws.iter().position(|(_, w)| !aux_word(w))?;
            (k <= 2 && is_reporting(ws[k].1))
                .then(|| clause_right_after(clause))
                .flatten()
        })
        .or_else(|| appositive_subject(after))
}

/// Words read after a quotation for a clause that frames it from the next sentence.
const FRAME_CHARS: usize = 300;

/// "« … » C'est ce qu'a déclaré Jean-Noël Barrot", "«…». Об этом заявил Сергей Лавров", "«…»,
/// — так прокомментировала Мария Захарова": a phrase pointing back to the quotation (`frame`)
/// opens the clause or the sentence right after it (only punctuation between, in its paragraph),
/// then the verb of speech and its subject, read as a clause right after a quotation.
/// `rest` is the text from the closing quotation mark on.
fn framed_after(rest: &str) -> Option<(bool, Option<&str>)> {
    let rest = &rest[..floor_boundary(rest, FRAME_CHARS.min(rest.len()))];
    let body = rest.trim_start_matches([' ', '\u{a0}', ',', '.', '—', '–', '-']);
    if rest[..rest.len() - body.len()].contains('\n') {
        return None;
    }
    let frame = quote_words(QuoteWord::Frame).iter().find_map(|f| {
        let head = body.get(..f.len())?;
        let next = body[f.len()..].chars().next();
        // ("c'est ce qu'a déclaré": a frame ending with an elision runs into its verb.)
        let elided = f.ends_with(['\'', '’']);
        (head.to_lowercase() == *f && (elided || !next.is_some_and(is_word_char)))
            .then_some(f.len())
    })?;
    let clause = &body[frame..];
    let end = clause
        .find(['.', '!', '?', '\n', '«', '“', '"'])
        .unwrap_or(clause.len());
    clause_right_after(&clause[..end]).filter(|(pronoun, who)| *pronoun || who.is_some())
}

/// "…," Maria Zakharova, the ministry's spokeswoman, said: a subject named first, then a
/// description of them between commas, then the verb of speech (after auxiliaries).
fn appositive_subject(after: &str) -> Option<(bool, Option<&str>)> {
    let rest = after.trim_start_matches(|c: char| !is_word_char(c));
    let comma = rest.find(',')?;
    let subject = rest[..comma].trim();
    let aside_and_verb = &rest[comma + 1..];
    let end = aside_and_verb.find(',')?;
    let aside = &aside_and_verb[..end];
    let marks = ['.', ';', ':', '!', '?', '«', '»', '"', '“', '”', '\n'];
    // A name opens the subject ("Maria Zakharova, …"; not "qui associe Paris, …").
    if !capitalised(subject)
        || subject.contains(marks)
        || words(subject).len() > 5
        || aside.contains(marks)
        || words(aside).len() > 12
    {
        return None;
    }
    let ws = words(&aside_and_verb[end..]);
    let k = ws.iter().position(|(_, w)| !aux_word(w))?;
    let pronoun = words(subject).len() == 1 && quote_word(subject, QuoteWord::Pronoun);
    (k <= 2 && is_reporting(ws[k].1)).then_some((pronoun, (!pronoun).then_some(subject)))
}

/// Whether every full stop in `s` closes an initial ("U.S. Secretary of State", "J. Smith").
fn initials_only(s: &str) -> bool {
    s.match_indices('.').all(|(i, _)| initial_dot(s, i))
}

/// How many words before word `j` make an aside phrase ("pour sa part"), written in one clause.
fn aside_before(s: &str, ws: &[(usize, &str)], j: usize) -> Option<usize> {
    (2..=4).filter(|&n| n < j).find(|&n| {
        let (first, last) = (ws[j - n], ws[j - 1]);
        let written = &s[first.0..last.0 + last.1.len()];
        !written.contains(['.', '!', '?', '\n', ';', ':'])
            && quote_word(
                &ws[j - n..j]
                    .iter()
                    .map(|(_, w)| w.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" "),
                QuoteWord::Aside,
            )
    })
}

/// Most words of an aside between commas after a subject and before its verb of speech.
const COMMA_ASIDE_WORDS: usize = 14;

/// The most words of a subject between a quotation and its verb of speech…
const SUBJECT_WORDS: usize = 7;
/// …and the most of one that is not a name with its titles.
const SHORT_SUBJECT_WORDS: usize = 4;

/// "“…” - Antony Blinken", "« … » — Sergueï Lavrov, ministre": a name alone after a dash, at
/// the end of its line (a title may follow after a comma), signs the quotation before it.
fn signature(after: &str) -> Option<&str> {
    let rest = after
        .trim_start_matches([' ', '\u{a0}'])
        .strip_prefix(['-', '–', '—'])?;
    let line = rest.split('\n').next().unwrap_or(rest);
    let sign = line
        .split([',', '('])
        .next()
        .unwrap_or(line)
        .trim()
        .trim_end_matches('.');
    let ws = words(sign);
    let named = (2..=SHORT_SUBJECT_WORDS).contains(&ws.len())
        && ws
            .iter()
            .all(|(_, w)| capitalised(w) || quote_word(w, QuoteWord::Particle))
        && !sign.contains(['.', '!', '?', ';', ':', '«', '»', '"', '“', '”']);
    named.then_some(sign)
}

/// "…," Lavrov was quoted as saying by TASS; "…," TASS quoted him as saying: the person quoted
/// (the subject before "was", or the object between the participle and "as"), not the medium.
fn quoted_as_saying<'a>(
    after: &'a str,
    ws: &[(usize, &'a str)],
) -> Option<(bool, Option<&'a str>)> {
    let k = ws
        .iter()
        .take(SUBJECT_WORDS + 1)
        .position(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::Quoted))?;
    if after[..ws[k].0].contains(['.', '!', '?', '\n', ';', ':', '«', '»', '"', '“', '”']) {
        return None;
    }
    let as_at = (k + 1..ws.len().min(k + 2 + SHORT_SUBJECT_WORDS))
        .find(|&j| quote_word(&ws[j].1.to_lowercase(), QuoteWord::As))?;
    let phrase = |from: usize, to: usize| {
        let (a, _) = ws[from];
        let (b, w) = ws[to - 1];
        after[a..b + w.len()].trim()
    };
    if as_at == k + 1 {
        // The passive: its subject, up to its auxiliary.
        let end = (0..k)
            .rev()
            .find(|&j| capitalised(ws[j].1) || quote_word(ws[j].1, QuoteWord::Pronoun))?;
        let pronoun = quote_word(ws[end].1, QuoteWord::Pronoun);
        return Some((pronoun, (!pronoun).then(|| phrase(0, end + 1))));
    }
    let object = phrase(k + 1, as_at);
    let pronoun = as_at == k + 2 && quote_word(&ws[k + 1].1.to_lowercase(), QuoteWord::Object);
    Some((pronoun, (!pronoun).then_some(object)))
}

/// [`clause_after`] for a clause that starts right after the quote.
fn clause_right_after(after: &str) -> Option<(bool, Option<&str>)> {
    if let Some(sign) = signature(after) {
        return Some((false, Some(sign)));
    }
    let ws = words(after);
    if let Some(quoted) = quoted_as_saying(after, &ws) {
        return Some(quoted);
    }
    // "« … » selon le président français": the source an "according to" names.
    if let Some(&(at, w)) = ws.first()
        && quote_word(w, QuoteWord::According)
        && !after[..at].contains(['.', '!', '?', '\n'])
    {
        let from = at + w.len();
        // "according to": the joining word too.
        let from = ws
            .get(1)
            .filter(|(_, next)| quote_word(next, QuoteWord::AccordingLink))
            .map_or(from, |&(a, n)| a + n.len());
        // ("selon le porte-parole du gouvernement, Gabriel Attal": the name apposed.)
        let who = apposed_name(after, phrase_from(after, from));
        let pronoun = words(who).first().is_some_and(|(_, p)| {
            quote_word(p, QuoteWord::Object) || quote_word(p, QuoteWord::Pronoun)
        });
        return (!who.is_empty()).then_some((pronoun, (!pronoun).then_some(who)));
    }
    // "«…», — говорится в совместном заявлении": an impersonal verb of speech (not one that also
    // takes a subject, "noted"); the phrase after it names the statement or its author.
    if let Some(&(at, w)) = ws.first()
        && impersonal_only(w)
        && !after[..at].contains(['.', '!', '?', '\n'])
    {
        // ("peut-on lire dans un communiqué": a second such word, the infinitive it governs.)
        let end = match ws.get(1) {
            Some(&(next_at, next)) if impersonal_only(next) => next_at + next.len(),
            _ => at + w.len(),
        };
        let who = phrase_from(after, end);
        return (!who.is_empty()).then_some((false, Some(who)));
    }
    // (A subject of a few words may stand first: "…," Ukrainian Foreign Minister Andrii Sybiha
    // said.)
    for (k, &(at, w)) in ws.iter().take(SUBJECT_WORDS + 1).enumerate() {
        // "ajoute-t-elle", "poursuit-il": the verb with its subject pronoun after it.
        // ("estime-t-on à l'Élysée": an indefinite one, no one the text named.)
        if k == 0 && inverted_reporting(w) {
            return Some(if inverted_indefinite(w) {
                (false, Some(w))
            } else {
                (true, None)
            });
        }
        // Beyond a few words, only a name and its titles ("Ukrainian Foreign Minister Andrii
        // Sybiha"; an article may open them), not a clause ("La préfecture où beaucoup
        // pourront déposer leur demande").
        // ("Secretary of State": short joining words between them.)
        if k > SHORT_SUBJECT_WORDS
            && !ws[1..k].iter().all(|(_, p)| {
                capitalised(p)
                    || p.chars().count() <= 3
                    // ("Chinese Foreign Ministry spokesperson Mao Ning")
                    || chancery_lexicon::nonentities::is_title_word(p)
            })
            && !(is_reporting(w) && unnamed_source(&ws[..k]))
            // ("a spokesperson for the French foreign ministry said": an article, a title, then
            // its complement.)
            && !(ws.len() > 1
                // (An article, definite or not: a short lowercase word.)
                && (quote_word(&ws[0].1.to_lowercase(), QuoteWord::Article)
                    || !capitalised(ws[0].1) && ws[0].1.chars().count() <= 3)
                && chancery_lexicon::nonentities::is_title_word(ws[1].1)
                && !after[..at].contains(['.', '!', '?', '\n', ';', ':', ','])
                && ws[k..]
                    .iter()
                    .take(SUBJECT_WORDS + 1 - k)
                    .any(|(_, v)| is_reporting(v)))
        {
            break;
        }
        // ("…», s'est réjouie Annalena Baerbock": a verb of speech after a reflexive auxiliary.)
        let reflexive_speech = quote_word(w, QuoteWord::ReflexiveSpeech)
            && k > 0
            && quote_word(ws[k - 1].1, QuoteWord::Reflexive);
        if is_reporting(w) || reflexive_speech {
            let aux =
                |p: &str| aux_word(p) || reflexive_speech && quote_word(p, QuoteWord::Reflexive);
            if !ws[..k].iter().all(|(_, p)| aux(p)) {
                // The subject first: "…," Blinken said; "…," the ministry pointed out.
                let subject = after[..at]
                    .trim_start_matches(|c: char| !is_word_char(c))
                    .trim();
                // "…" et a appelé…: the verb goes on with a subject given before the quotation.
                if ws
                    .first()
                    .is_some_and(|(_, w)| quote_word(w, QuoteWord::Conjunction))
                {
                    return Some((false, None));
                }
                if subject.is_empty()
                    || subject.contains([',', '!', '?', ':', ';', '«', '»', '"', '“', '”', '\n'])
                    || !initials_only(subject)
                {
                    return None;
                }
                let pronoun = ws[..k].len() == 1 && quote_word(ws[0].1, QuoteWord::Pronoun);
                return Some((pronoun, (!pronoun).then_some(subject)));
            }
            // ("— цитируют ее украинские СМИ": the person a pronoun object stands for is
            // quoted, not the media.)
            let pronoun = ws[..k]
                .iter()
                .chain(ws.get(k + 1))
                .any(|(_, p)| quote_word(p, QuoteWord::Pronoun))
                || ws
                    .get(k + 1)
                    .is_some_and(|(_, p)| quote_word(&p.to_lowercase(), QuoteWord::Object));
            let mut from = at + w.len();
            // "a réagi, vendredi matin, l'Organisation…": short asides between the verb and
            // its subject are skipped.
            for _ in 0..2 {
                if !phrase_from(after, from).is_empty() {
                    break;
                }
                let rest = &after[from..];
                let Some(aside) = rest.trim_start().strip_prefix(',') else {
                    break;
                };
                let aside_end = aside.find(',').filter(|&e| {
                    let a = &aside[..e];
                    !a.contains(['.', ';', ':', '«', '»', '"', '\n'])
                        && words(a).len() <= 3
                        && !words(a).iter().any(|(_, w)| capitalised(w))
                });
                let Some(e) = aside_end else { break };
                from = after.len() - aside.len() + e + 1;
            }
            let who = named_further(after, from, apposed_name(after, phrase_from(after, from)));
            return Some((pronoun, (!pronoun && !who.is_empty()).then_some(who)));
        }
    }
    None
}

/// "— отметил в беседе с RT эксперт фонда «Народная дипломатия» Владимир Киреев": a subject read
/// up to a mark (`who`, "в беседе с RT эксперт фонда") that holds no full name, while its clause
/// goes on to one within a few words (across a name in quotation marks), runs to that name; the
/// entities then read the person there. `who` is a slice of `s` starting at or after `from`.
fn named_further<'a>(s: &'a str, from: usize, who: &'a str) -> &'a str {
    if who.is_empty() || first_full_name(who, &words(who)).is_some() {
        return who;
    }
    let rest = &s[from..];
    let mut depth = 0usize;
    let mut end = rest.len();
    let mut prev: Option<char> = None;
    for (i, c) in rest.char_indices() {
        match c {
            '«' | '“' | '„' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            '—' | '–' if depth == 0 && i > 0 => {
                end = i;
                break;
            }
            '.' if depth == 0 && !prev.is_some_and(char::is_uppercase) => {
                end = i;
                break;
            }
            ',' | ';' | ':' | '!' | '?' | '(' | '\n' if depth == 0 => {
                end = i;
                break;
            }
            _ => {}
        }
        prev = Some(c);
    }
    let clause = &rest[..end];
    let ws = words(clause);
    if ws.len() > 12 {
        return who;
    }
    match last_full_name(clause, &ws) {
        Some(name) => {
            let start = who.as_ptr() as usize - s.as_ptr() as usize;
            let name_end = name.as_ptr() as usize - s.as_ptr() as usize + name.len();
            if name_end > start + who.len() {
                &s[start..name_end]
            } else {
                who
            }
        }
        None => who,
    }
}

/// The reporting clause that interrupts a quotation ("«…, — отметил эксперт Владимир Киреев. —
/// …»", "« …, a-t-il ajouté, … »", "« …, affirme le ministre. … »"), read as a clause after it:
/// a clause that opens with its verb (an auxiliary and its verb, or an inverted pronoun) right
/// after a comma (and a dash), and ends at the next dash, comma or full stop within a dozen words.
fn interruption(inner: &str) -> Option<(bool, Option<&str>)> {
    for (i, c) in inner.char_indices() {
        if !matches!(c, ',' | '!' | '?' | '…') {
            continue;
        }
        let rest = &inner[i + c.len_utf8()..];
        let body = rest.trim_start();
        let dashed = body.starts_with(['—', '–']);
        let opening = if dashed {
            body.trim_start_matches(['—', '–']).trim_start()
        } else {
            body
        };
        let ws = words(opening);
        let Some(&(_, first)) = ws.first() else {
            continue;
        };
        let verb_first = is_reporting(first)
            || inverted_reporting(first)
            || aux_word(first) && ws.get(1).is_some_and(|(_, w)| is_reporting(w));
        if !verb_first || capitalised(first) {
            continue;
        }
        let from = inner.len() - opening.len();
        // The clause ends where the quotation resumes: a dash after a Russian-style clause, a
        // comma or a full stop after a French one.
        let tail = &inner[from..];
        let end = if dashed {
            tail.match_indices(['—', '–'])
                .map(|(k, _)| k)
                .find(|&k| tail[..k].ends_with([' ', '\u{a0}']))
                .unwrap_or(tail.len())
        } else {
            tail.find([',', '.', ';', ':']).unwrap_or(tail.len())
        };
        if words(&tail[..end]).len() > 14 {
            continue;
        }
        // From the comma, as a clause after a closing mark reads.
        if let Some(found) = clause_after(&inner[i..from + end]) {
            return Some(found);
        }
    }
    None
}

/// "a fait valoir le chef de la diplomatie française, Jean-Yves Le Drian": a subject that names
/// nobody by name (lowercase words only), followed by a comma and a full name that ends the
/// clause, is that name. `who` is a slice of `s`.
fn apposed_name<'a>(s: &'a str, who: &'a str) -> &'a str {
    let ws = words(who);
    // A description (it opens in lower case and holds no full name: "le chef de la France
    // insoumise"; or a state's possessive or adjective, then lowercase words: "Japan's chief
    // cabinet secretary"), not a name.
    let state_first = ws.first().is_some_and(|(_, w)| {
        w.ends_with("'s") || w.ends_with("’s") || chancery_lexicon::nonentities::is_demonym(w)
    }) && ws.len() >= 2
        && ws[1..].iter().all(|(_, w)| !capitalised(w));
    if ws.is_empty() || capitalised(ws[0].1) && !state_first || first_full_name(who, &ws).is_some()
    {
        return who;
    }
    let Some(end) = (who.as_ptr() as usize)
        .checked_sub(s.as_ptr() as usize)
        .map(|i| i + who.len())
        .filter(|&e| e <= s.len())
    else {
        return who;
    };
    let Some(rest) = s[end..].strip_prefix(", ") else {
        return who;
    };
    let name = phrase_from(rest, 0);
    let nws = words(name);
    let full = (2..=4).contains(&nws.len())
        && nws
            .iter()
            .all(|(_, w)| capitalised(w) || quote_word(w, QuoteWord::Particle));
    if full && nws.last().is_some_and(|(_, w)| capitalised(w)) && capitalised(name) {
        name
    } else {
        who
    }
}

/// Whether a quotation is the end of the object clause of a verb of speech: it closes its
/// sentence and follows the complementizer, or the complementizer and the clause's subject
/// ("заявил, что Москва «будет поддерживать Минск».", "a estimé que « l'aide doit continuer ».")
/// — the speaker's words, not a label in quotation marks.
fn complement_ending_sentence(before: &str, after: &str) -> bool {
    let ws = words(&before[sentence_start(before)..]);
    let ends_sentence = after
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '…'));
    ends_sentence
        && ws
            .iter()
            .rev()
            .take(3)
            .any(|(_, w)| quote_word(w.trim_end_matches(['\'', '’']), QuoteWord::Complementizer))
}

/// A clause right before a quote, in the same sentence: "Sergueï Lavrov a déclaré :" → who;
/// "avant d'ajouter :" → continuing; "selon X," → who. `None` when nothing frames it.
enum Before<'a> {
    Who(&'a str),
    /// "selon TASS, «…»": a medium relays words whose speaker the clause does not name.
    Relay(&'static str),
    Continuing,
    Unknown,
    /// A verb of speech without a subject ("il est dit que", "в нём сказано, что").
    Impersonal,
}

/// Where the verb of speech at word `k` starts with its auxiliaries and adverbs ("a ensuite
/// déclaré"): the subject ends before it.
fn verb_group_start(ws: &[(usize, &str)], k: usize) -> usize {
    let mut j = k;
    while j > 0 && (aux_word(ws[j - 1].1) || quote_word(ws[j - 1].1, QuoteWord::Adverb)) {
        j -= 1;
    }
    j
}

fn clause_before(before: &str) -> Option<Before<'_>> {
    // The clause starts after the last sentence end, or after the last quotation closed before
    // it (a name in quotation marks, «Укринформ», does not end a clause).
    let past = |i: usize| i + before[i..].chars().next().map_or(1, char::len_utf8);
    let sentence = sentence_start(before);
    let quotation = before[sentence..]
        .rmatch_indices(['»', '”'])
        .find(|&(i, _)| {
            let inner = &before[sentence..sentence + i];
            inner
                .rfind(['«', '“'])
                .is_none_or(|o| inner[o..].split_whitespace().count() >= MIN_QUOTE_WORDS)
        })
        .map_or(0, |(i, _)| past(sentence + i));
    let start = sentence.max(quotation);
    let fragment = &before[start..];
    let ws = words(fragment);
    let introduces = fragment.trim_end().ends_with([':', ',']);
    // The word a clause of that verb opens with ("qu'il" → "qu").
    let head = |w: &str| {
        let l = w.to_lowercase();
        l.split(['’', '\'']).next().unwrap_or(&l).to_owned()
    };
    let complementizer = |from: usize| {
        ws[from..]
            .iter()
            .any(|(_, w)| quote_word(&head(w), QuoteWord::Complementizer))
    };
    // ("As the Chinese saying goes,": after an article, the word is a noun.)
    let after_article = |c: usize| {
        ws[c.saturating_sub(2)..c]
            .iter()
            .any(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::Article))
    };
    // "Kremlin spokesman Dmitry Peskov was quoted by TASS as saying:", "TASS quoted Peskov as
    // saying:": the person quoted (a name between the participle and "as", else the subject
    // before it), not the medium.
    if let Some(k) = ws
        .iter()
        .position(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::Quoted))
        && let Some(as_at) =
            (k + 1..ws.len()).find(|&j| quote_word(&ws[j].1.to_lowercase(), QuoteWord::As))
        && as_at + 2 >= ws.len()
        && introduces
    {
        let object = &ws[k + 1..as_at];
        if object.len() == 1 && quote_word(&object[0].1.to_lowercase(), QuoteWord::Object) {
            return Some(Before::Continuing);
        }
        if let Some(name) = (!object.is_empty() && object.iter().all(|(_, w)| capitalised(w)))
            .then(|| first_full_name(fragment, object))
            .flatten()
        {
            return Some(Before::Who(name));
        }
        // (The passive's auxiliary is where its subject ends: "Peskov was quoted".)
        let verb = if k > 0 && !capitalised(ws[k - 1].1) {
            k - 1
        } else {
            k
        };
        return Some(subject_before(fragment, &ws, verb).map_or(Before::Continuing, Before::Who));
    }
    let continuing = ws.iter().enumerate().position(|(c, (_, w))| {
        let l = w.to_lowercase();
        let bare = l.rsplit(['’', '\'']).next().unwrap_or(&l);
        quote_words(QuoteWord::Continuing).contains(bare) && !after_article(c)
    });
    // "…, adding that they constitute "…"": the same speaker goes on — the subject of a verb of
    // speech before it, when the clause names one ("Ushakov said, adding that…").
    // ("…, назвав это решение «…»", "calling it “…”": a gerund a few words before the
    // quotation takes it as its object.)
    let object = |c: usize| ws.len() - c <= OBJECT_WORDS;
    // ("Blinken, speaking at a news conference, said:": a verb of speech after the gerund is
    // the clause's own.)
    let own_verb = |c: usize| ws[c + 1..].iter().any(|(_, w)| is_reporting(w));
    if let Some(c) = continuing
        .filter(|&c| introduces || complementizer(c + 1) || object(c))
        .filter(|&c| !own_verb(c))
    {
        let named = ws[..c]
            .iter()
            .rposition(|(_, w)| is_reporting(w))
            .and_then(|k| subject_before(fragment, &ws, k));
        // ("when we kept saying, “…”", "he kept repeating": a pronoun and its verb right before
        // the gerund are its clause's subject, not someone going on.)
        let pronoun_subject = (c >= 2)
            .then(|| ws[c - 2].1)
            .filter(|w| {
                let l = w.to_lowercase();
                quote_word(&l, QuoteWord::FirstPerson) || quote_word(&l, QuoteWord::Pronoun)
            })
            .filter(|_| {
                let (from, to) = (ws[c - 2].0, ws[c].0);
                !fragment[from..to].contains([',', ';', ':'])
                    && !capitalised(ws[c - 1].1)
                    && !is_reporting(ws[c - 1].1)
            });
        return Some(
            named
                .or(pronoun_subject)
                .map_or(Before::Continuing, Before::Who),
        );
    }
    // A fronted "Comme l’explique X, …" is read below, whatever ends the sentence.
    let fronted = ws
        .first()
        .is_some_and(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::As));
    if introduces && !fronted {
        if let Some(k) = ws.iter().position(|(_, w)| is_reporting(w)) {
            // "Vassily Nebenzia, who …, said:": the name that opens the clause (not a place
            // after a preposition: "In Moscow, officials said:").
            let named = || {
                let prepositional = ws.first().is_some_and(|(_, w)| {
                    let w = w.to_lowercase();
                    quote_word(&w, QuoteWord::AsidePreposition)
                        || quote_word(&w, QuoteWord::Oblique)
                });
                (!prepositional)
                    .then(|| first_full_name(fragment, &ws[..k]))
                    .flatten()
            };
            // "…, a expliqué, vendredi, le président français, Emmanuel Macron :": the subject
            // after the verb (a full name, the last one before the colon).
            let inverted = || {
                let aux = ws[..k]
                    .last()
                    .is_some_and(|(_, w)| aux_word(w) || quote_word(w, QuoteWord::Adverb));
                aux.then(|| last_full_name(fragment, &ws[k + 1..]))
                    .flatten()
            };
            // "Об этом заявил Песков:", "Then said Peskov:": with no subject before it, a short
            // subject after the verb that ends with a capitalised word (the colon right after).
            let after_verb = || {
                let rest = &ws[k + 1..];
                let &(at, last) = rest.last()?;
                let tail = fragment[at + last.len()..].trim();
                (!rest.is_empty()
                    && rest.len() <= INVERTED_SUBJECT_WORDS
                    && capitalised(last)
                    && tail == ":")
                    .then(|| fragment[rest[0].0..at + last.len()].trim())
                    .filter(|who| !who.contains([',', ';', '(', '«', '"', '“']))
            };
            // ("Asked whether…, the spokesman replied:": the subject of the last verb, when
            // the first has none.)
            let last = || {
                let l = ws.iter().rposition(|(_, w)| is_reporting(w))?;
                (l > k).then(|| subject_before(fragment, &ws, l)).flatten()
            };
            // ("Un diplomate européen a jugé :", "Interrogé par l'AFP, un haut responsable a
            // déclaré :", "A senior official said:": an anonymous source is the subject, who
            // points back to no one.)
            let anonymous = |k: usize| {
                let j = verb_group_start(&ws, k);
                let end = ws[..j].last().map(|&(at, w)| at + w.len())?;
                let from = fragment[..end].rfind(',').map_or(0, |c| c + 1);
                let who = fragment[from..end].trim();
                unnamed_source(&words(who)).then_some(who)
            };
            // (Of the first verb of speech or the last: "Interrogé par l'AFP, un diplomate a
            // jugé :".)
            let last_verb = ws.iter().rposition(|(_, w)| is_reporting(w)).unwrap_or(k);
            return Some(
                anonymous(k)
                    .or_else(|| anonymous(last_verb))
                    .or_else(|| subject_before(fragment, &ws, k))
                    .or_else(last)
                    .or_else(named)
                    .or_else(inverted)
                    .or_else(after_verb)
                    .map_or(Before::Unknown, Before::Who),
            );
        }
        // A colon after a clause whose subject is a pronoun or opens with a full name, though
        // its verb is not one of speech: "She did not mince her words: «…»".
        if fragment.trim_end().ends_with(':') {
            if ws
                .first()
                .is_some_and(|(_, w)| quote_word(w, QuoteWord::Pronoun))
            {
                return Some(Before::Unknown);
            }
            if let Some(name) = first_full_name(fragment, &ws[..ws.len().min(4)])
                && fragment.trim_start().starts_with(name)
            {
                // (The whole capitalised run: "NATO Secretary General Jens Stoltenberg", whose
                // name the speaker's resolution finds at its end.)
                // (A short lowercase word between capitalised ones is part of the title: "US
                // Secretary of State Antony Blinken".)
                let mut run = 1;
                while run < ws.len() && run < MAX_OPENING_RUN {
                    let joined = |a: usize| joined_in_name(fragment, &ws, a);
                    if capitalised(ws[run].1) && joined(run - 1) {
                        run += 1;
                    } else if run + 1 < ws.len()
                        && ws[run].1.chars().count() <= 3
                        && capitalised(ws[run + 1].1)
                        && joined(run - 1)
                        && joined(run)
                    {
                        run += 2;
                    } else {
                        break;
                    }
                }
                let run = run.min(ws.len());
                let (at, last) = ws[run - 1];
                let whole = &fragment[ws[0].0..at + last.len()];
                return Some(Before::Who(if whole.len() > name.len() {
                    whole
                } else {
                    name
                }));
            }
            // "Лавров: «…»", "Zakharova: “…”": a clause that is only a known person's name
            // before the colon, as news writes a quotation in a lead or a headline ("Brexit :
            // « … »" names a topic).
            let only = fragment.trim().trim_end_matches(':').trim_end();
            if (1..=4).contains(&ws.len())
                && ws.iter().all(|(_, w)| capitalised(w))
                && person(only).is_some()
            {
                return Some(Before::Who(only));
            }
            // "…, le ministre des Affaires étrangères Jean-Marc Ayrault avait eu lundi cette
            // réponse :": a full name right before the clause's auxiliary is its subject.
            if let Some(a) = ws
                .iter()
                .rposition(|(_, w)| aux_word(w))
                .filter(|&a| a >= 2)
                && let Some(name) = last_full_name(fragment, &ws[..a])
                && fragment[..ws[a].0].trim_end().ends_with(name)
                && !fragment[..ws[a].0].trim_end().ends_with(',')
            {
                return Some(Before::Who(name));
            }
            // "Le président a été clair :", "The minister was blunt:": a short subject before
            // the clause's auxiliary, a role or a name.
            if let Some(a) = ws
                .iter()
                .position(|(_, w)| aux_word(w))
                .filter(|&a| (1..=SHORT_SUBJECT_WORDS).contains(&a))
                && let Some(who) = subject_before(fragment, &ws, a)
                && fragment.trim_start().starts_with(ws[0].1)
                && who.as_ptr() == ws[0].1.as_ptr()
            {
                return Some(Before::Who(who));
            }
            // "Le porte-parole de l'Otan, Farah Dakhlallah, a rejeté ces accusations :",
            // "Официальный представитель НАТО Фара Дахлалла отвергла обвинения:": a short
            // predicate in lowercase words after a name is the name's; the name its subject.
            let predicate = ws
                .iter()
                .rposition(|(_, w)| capitalised(w))
                .map(|c| c + 1)
                .filter(|&p| p > 0 && p < ws.len() && ws.len() - p <= OBJECT_WORDS);
            if let Some(p) = predicate {
                let mut verb = p;
                while verb + 1 < ws.len() && aux_word(ws[verb].1) {
                    verb += 1;
                }
                if let Some(who) = subject_before(fragment, &ws, verb)
                    .filter(|who| first_full_name(who, &words(who)).is_some())
                {
                    return Some(Before::Who(who));
                }
            }
        }
    }
    // "Как сообщил официальный представитель МИД Мария Захарова, встреча «…»", "As Lavrov said,
    // …": a fronted reporting clause names the speaker, before or after its verb, up to its
    // comma.
    if ws
        .first()
        .is_some_and(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::As))
        && let Some(k) = ws.iter().take(4).position(|(_, w)| is_reporting(w))
    {
        let after_verb = ws[k].0 + ws[k].1.len();
        let clause_end = fragment[after_verb..].find(',').map(|c| after_verb + c);
        // (Not the opening word itself: "Comme l'a rappelé X" has its subject after the verb.)
        let before_verb = || {
            (k >= 2)
                .then(|| subject_before(fragment, &ws, k))
                .flatten()
                .filter(|n| !n.strip_prefix(ws[0].1).is_some_and(|r| r.trim().is_empty()))
        };
        let named = before_verb().or_else(|| {
            let end = clause_end?;
            let inside: Vec<(usize, &str)> = ws
                .iter()
                .copied()
                .filter(|&(at, _)| at >= after_verb && at < end)
                .collect();
            // (A short phrase whole, its title with it: "Как отметил глава МИД" is the
            // minister, not the ministry.)
            let (first, last) = (inside.first()?, inside.last()?);
            let phrase = &fragment[first.0..last.0 + last.1.len()];
            last_full_name(fragment, &inside)
                .or_else(|| {
                    (inside.len() <= SHORT_SUBJECT_WORDS && capitalised(last.1)).then_some(phrase)
                })
                .or_else(|| Some(&fragment[last.0..last.0 + last.1.len()]))
                .filter(|n| {
                    words(n).iter().any(|(_, w)| {
                        capitalised(w) || chancery_lexicon::nonentities::is_title_noun(w)
                    })
                })
        });
        // ("As Antony Blinken": the opening word is no part of the name.)
        let named = named.map(|n| n.strip_prefix(ws[0].1).map_or(n, str::trim_start));
        if let Some(who) = named.filter(|n| !n.is_empty()) {
            // "Как сообщает ТАСС, Песков заявил, что «…»", "As reported by TASS, Peskov said
            // that": a medium the fronted clause names relays; the words are those of the
            // speaker a verb of speech after it names.
            match medium_in(who) {
                Some(m) if person(who).is_none() => {
                    let rest = clause_end.map_or("", |c| &fragment[c..]);
                    if !words(rest).iter().any(|(_, w)| is_reporting(w)) {
                        return Some(Before::Relay(m));
                    }
                }
                _ => return Some(Before::Who(who)),
            }
        }
    }
    // "Le Hamas a qualifié l'incident de «…»", "Russia called it “…”": the quotation is the
    // object of a verb of speech a few words before it, whose subject the clause names.
    if let Some(k) = ws.iter().rposition(|(_, w)| lower_in_set(w, &SPEECH_VERBS))
        && ws.len() - k <= OBJECT_WORDS
        && !reflexive_before(&ws, k)
    {
        if let Some(who) = subject_before(fragment, &ws, k) {
            return Some(Before::Who(who));
        }
        // "Russia objected … and called it “…”": a second verb of the sentence's subject.
        if k > 0
            && quote_word(ws[k - 1].1, QuoteWord::Conjunction)
            && let Some(&(_, first)) = ws.first()
            && capitalised(first)
            && !quote_word(first, QuoteWord::Article)
            && fragment.trim_start().starts_with(first)
        {
            let name = first_full_name(fragment, &ws[..k])
                .filter(|n| fragment.trim_start().starts_with(*n));
            return Some(Before::Who(name.unwrap_or(first)));
        }
        // "President Castro, you said in Panama that “…”": the addressee the sentence opens
        // with.
        // (An inverted pronoun is an auxiliary too — "said he" —, but not before the verb: "He
        // said “…”".)
        let mut j = k;
        while j > 0 && aux_word(ws[j - 1].1) && !quote_word(ws[j - 1].1, QuoteWord::Pronoun) {
            j -= 1;
        }
        if j > 0
            && quote_word(ws[j - 1].1, QuoteWord::SecondPerson)
            && let Some(name) = first_full_name(fragment, &ws[..j - 1])
            && fragment.trim_start().starts_with(name)
            && fragment.trim_start()[name.len()..].starts_with(',')
        {
            return Some(Before::Who(name));
        }
        // "Il a déclaré « … »": a pronoun before the verb points back to someone named.
        if j > 0 && quote_word(ws[j - 1].1, QuoteWord::Pronoun) {
            return Some(Before::Unknown);
        }
    }
    // "La socialiste Valérie Rabault a déploré que les pouvoirs publics se soient «…»": the
    // quotation stands in the object clause of a reporting verb, however far.
    if let Some(k) = ws
        .iter()
        .rposition(|(_, w)| is_reporting(w) || lower_in_set(w, quote_words(QuoteWord::Impersonal)))
        && complementizer(k + 1)
    {
        // "В нём сказано, что суд «…»", "it was stressed that": an impersonal verb of speech
        // frames it too; whose words they are, only the paragraph can tell.
        // Only when the clause names nobody before the verb (past its first word).
        let names_someone = ws[1.min(k)..k].iter().any(|(_, w)| capitalised(w));
        // "Петер Сийярто в начале этой недели заявил…, что…", "La députée Carole Grandjean
        // (LREM) s'est pour sa part félicitée que…": the full name that opens the sentence,
        // when words stand between it and the verb.
        let opening = || {
            let name = first_full_name(fragment, &ws[..k.min(6)])?;
            let lead = &fragment[..name.as_ptr() as usize - fragment.as_ptr() as usize];
            // ("Interrogé par France Inter, le chef de la diplomatie a affirmé que": a name
            // after a preposition is no subject.)
            // The subject is then the description after the comma that closes that phrase
            // ("le président ukrainien").
            let oblique = words(lead)
                .last()
                .is_some_and(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::Oblique));
            if oblique {
                let name_end = name.as_ptr() as usize - fragment.as_ptr() as usize + name.len();
                let mut v = k;
                while v > 0 && aux_word(ws[v - 1].1) {
                    v -= 1;
                }
                let between = fragment.get(name_end..ws.get(v)?.0)?;
                let (_, desc) = between.rsplit_once(',')?;
                let desc = desc.trim();
                return (!desc.is_empty()
                    && words(desc).len() <= SUBJECT_WORDS
                    && !desc.contains([';', '(', '«', '"', '“']))
                .then_some(desc);
            }
            (!lead.contains([',', ';', '(', '«', '"', '“'])).then_some(name)
        };
        match subject_before(fragment, &ws, k).or_else(opening) {
            Some(who) => return Some(Before::Who(who)),
            None if !names_someone => return Some(Before::Impersonal),
            None => {}
        }
    }
    // "Jean-Luc Mélenchon a plaidé pour une levée des brevets, qui « pourrait sauver… »": a
    // quotation further on in a sentence whose subject a verb of speech names at its head is
    // that subject's words (the verb the first of the clause, the name its subject).
    // ("Ce dernier a plaidé…", "Il a reproché…": a pronoun subject points back to someone.)
    if let Some(k) = ws.iter().position(|(_, w)| is_reporting(w))
        && k <= SHORT_SUBJECT_WORDS + 2
    {
        let j = verb_group_start(&ws, k);
        if (1..=2).contains(&j) && quote_word(&ws[j - 1].1.to_lowercase(), QuoteWord::Pronoun) {
            return Some(Before::Unknown);
        }
        // ("The Kremlin press service said…", "A UN report said…": a body's service or text
        // whose author is capitalised.)
        if let Some(who) = subject_before(fragment, &ws, k)
            && fragment.trim_start().starts_with(who)
            && (first_full_name(who, &words(who)).is_some() || genre_author(who).is_some())
        {
            return Some(Before::Who(who));
        }
    }
    // "Pour Olaf Scholz, « … »": the sentence opens with whose view it is, a comma after it.
    // ("Pour Scholz, « … »", "Pour Moscou, « … »": a surname or a state alone, when the
    // actor base knows it — "Pour Noël" is no one.)
    if let [(_, first), (at, _), ..] = ws[..]
        && quote_word(first, QuoteWord::ViewOf)
        && let Some(who) = fragment[at..].trim_end().strip_suffix(',')
        && ((2..=6).contains(&words(who).len())
            || words(who).len() == 1
                && (person(who).is_some()
                    || chancery_lexicon::actors::builtin().lookup(who.trim()).is_some()))
        // ("Pour le chancelier, « … »": a title points back to the one who holds it.)
        && (who.starts_with(char::is_uppercase) || titled_person(who))
        && !who.contains([',', ';', ':', '(', '«', '»', '"', '“', '”'])
    {
        return Some(Before::Who(who.trim()));
    }
    // "Pour le militant des droits humains Alioune Tine, cette crise met en lumière « … »": a
    // description ending with a full name, up to the first comma, gives the view the sentence
    // states.
    if let [(_, first), (at, _), ..] = ws[..]
        && quote_word(&first.to_lowercase(), QuoteWord::ViewOf)
        && let Some(comma) = fragment[at..].find(',')
        // ("Pour le porte-parole du gouvernement, Gabriel Attal, « … »": the name in
        // apposition to the description.)
        && let who = apposed_name(fragment, &fragment[at..at + comma])
        && (2..=VIEW_OF_WORDS).contains(&words(who).len())
        && !who.contains([';', ':', '(', '«', '»', '"', '“', '”'])
        && let Some(name) = last_full_name(who, &words(who))
        && who.trim_end().ends_with(name)
    {
        return Some(Before::Who(name));
    }
    // ("Pour le président du Conseil européen, il est « … »": a title with its article, the
    // person it describes named before.)
    if let [(_, first), (at, article), (_, title), ..] = ws[..]
        && quote_word(&first.to_lowercase(), QuoteWord::ViewOf)
        && quote_word(&article.to_lowercase(), QuoteWord::Article)
        && !capitalised(title)
        && chancery_lexicon::nonentities::is_title_word(title)
        && let Some(comma) = fragment[at..].find(',')
        && let who = fragment[at..at + comma].trim()
        && (2..=VIEW_OF_WORDS).contains(&words(who).len())
        && !who.contains([';', ':', '(', '«', '»', '"', '“', '”'])
    {
        return Some(Before::Who(who));
    }
    let k = ws
        .iter()
        .position(|(_, w)| quote_word(w, QuoteWord::According))?;
    // "По его словам, …": a possessive pronoun before the word points back to who spoke.
    if k > 0 && quote_word(&ws[k - 1].1.to_lowercase(), QuoteWord::Object) {
        return Some(Before::Unknown);
    }
    let from = ws.get(k + 1).map_or(fragment.len(), |(a, _)| *a);
    // ("Selon le porte-parole du Quai d'Orsay, Christophe Lemoine, «…»": the name in apposition
    // to a description.)
    let who = apposed_name(fragment, phrase_from(fragment, from));
    Some(match medium_in(who) {
        _ if who.is_empty()
            || who.split_whitespace().count() <= 2
                && who
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| quote_word(w, QuoteWord::Object)) =>
        {
            Before::Unknown
        }
        Some(m) if person(who).is_none() => Before::Relay(m),
        _ => Before::Who(who),
    })
}

/// Whether word `k` of `ws`, a verb that may name what is quoted, is reflexive and so means
/// something else ("s'est qualifiée" is no "a qualifié de"); verbs of reporting keep their sense
/// ("s'est félicité que", `ReflexiveSpeech`).
fn reflexive_before(ws: &[(usize, &str)], k: usize) -> bool {
    k > 0
        && quote_word(ws[k - 1].1, QuoteWord::Reflexive)
        && !quote_word(ws[k].1, QuoteWord::ReflexiveSpeech)
}

/// An auxiliary, alone or after an elided object pronoun ("a", "l'a").
fn aux_word(w: &str) -> bool {
    quote_word(w, QuoteWord::Aux)
        || w.split_once(['\'', '’']).is_some_and(|(clitic, rest)| {
            clitic.chars().count() == 1 && quote_word(rest, QuoteWord::Aux)
        })
}

/// Whether words `a` and `a + 1` of `ws` may be one name: only spaces between them, or the full
/// stop of an initial ("Brian A. Nichols", "В. Путин").
fn joined_in_name(s: &str, ws: &[(usize, &str)], a: usize) -> bool {
    let gap = &s[ws[a].0 + ws[a].1.len()..ws[a + 1].0];
    let spaces = |g: &str| g.chars().all(|c| c == ' ' || c == '\u{a0}');
    let initial = {
        let mut cs = ws[a].1.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    spaces(gap) || initial && gap.strip_prefix('.').is_some_and(spaces)
}

/// The first run of two to four capitalised words joined by spaces in `ws` (a full name), as
/// written in `s`.
fn first_full_name<'a>(s: &'a str, ws: &[(usize, &'a str)]) -> Option<&'a str> {
    let joined = |a: usize| joined_in_name(s, ws, a);
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        while j < ws.len() && capitalised(ws[j].1) && (j == i || joined(j - 1)) && j - i < 4 {
            j += 1;
        }
        if j - i >= 2 {
            let (start, last) = (ws[i].0, ws[j - 1]);
            return Some(&s[start..last.0 + last.1.len()]);
        }
        i = j.max(i + 1);
    }
    None
}

/// The last run of two to four capitalised words joined by spaces (or name particles) in `ws`,
/// as written in `s`.
fn last_full_name<'a>(s: &'a str, ws: &[(usize, &'a str)]) -> Option<&'a str> {
    let joined = |a: usize| joined_in_name(s, ws, a);
    let mut end = ws.len();
    while end > 0 {
        if !capitalised(ws[end - 1].1) {
            end -= 1;
            continue;
        }
        let mut start = end - 1;
        while start > 0
            && joined(start - 1)
            && end - start < 4
            && (capitalised(ws[start - 1].1)
                || start > 1
                    && quote_word(ws[start - 1].1, QuoteWord::Particle)
                    && capitalised(ws[start - 2].1))
        {
            start -= 1;
        }
        if end - start >= 2 && capitalised(ws[start].1) {
            return Some(&s[ws[start].0..ws[end - 1].0 + ws[end - 1].1.len()]);
        }
        end = start;
    }
    None
}

/// A surname this long or longer may be found misspelt by one letter.
const MISSPELT_MIN_LETTERS: usize = 6;

/// How many words a prepositional phrase between a subject and its verb may hold ("в своем
/// Telegram-канале").
const ASIDE_PHRASE_WORDS: usize = 5;

/// How many words a parenthesis between a subject and its verb may hold ("(La République en
/// marche, LREM)").
const PARENTHESIS_WORDS: usize = 8;

/// How many words back a relative pronoun's name may stand ("X, qui est de vos rangs, qui…").
const RELATIVE_REACH: usize = 12;
/// How many, when the name nearest to it completes the role noun of an apposition to another
/// name ("X, directeur de la section Afrique du Nord et Moyen-Orient du cabinet de Y, qui…").
const RELATIVE_APPOSITION_REACH: usize = 30;

/// How many words a title noun, its article and its complement may take before a verb of
/// speech ("le chef de la diplomatie russe a ajouté").
const TITLE_COMPLEMENT_WORDS: usize = 7;

/// The subject of the reporting verb at word `k`: the capitalised name right before its
/// auxiliary, or a role phrase ("le chef de l'État russe").
fn subject_before<'a>(s: &'a str, ws: &[(usize, &'a str)], k: usize) -> Option<&'a str> {
    // No sentence or clause end between word `a` and the next.
    let same_clause = |a: usize| {
        !s[ws[a].0 + ws[a].1.len()..ws[a + 1].0].contains(['.', '!', '?', '\n', ';', ':'])
    };
    let mut j = k;
    loop {
        if j > 0
            && (aux_word(ws[j - 1].1)
                || quote_word(ws[j - 1].1, QuoteWord::Adverb)
                || quote_word(&ws[j - 1].1.to_lowercase(), QuoteWord::Clitic)
                || quote_word(ws[j - 1].1, QuoteWord::Reflexive)
                    && quote_word(ws[k].1, QuoteWord::ReflexiveSpeech))
            && same_clause(j - 1)
        {
            j -= 1;
        } else if let Some(n) = aside_before(s, ws, j) {
            // "a pour sa part estimé", "со своей стороны заявил".
            j -= n;
        } else {
            break;
        }
    }
    // "Мария Захарова в своем Telegram-канале написала", "Blinken in an interview with CNN
    // said": a phrase opening with a preposition right after a name stands between it and its
    // verb.
    if let Some(p) = (j.saturating_sub(ASIDE_PHRASE_WORDS).max(1)..j)
        .rev()
        .find(|&p| {
            quote_word(&ws[p].1.to_lowercase(), QuoteWord::AsidePreposition)
                && capitalised(ws[p - 1].1)
        })
        .filter(|&p| {
            // (Words only between the name and the verb: no comma, bracket or quotation mark.)
            let (end, verb) = (ws[p - 1].0 + ws[p - 1].1.len(), ws[j.min(ws.len() - 1)].0);
            s[end..verb.max(end)]
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\u{a0}')
        })
    {
        j = p;
    }
    // "Blinken, speaking at a news conference with Jens Stoltenberg, said", "Peskov, the
    // Kremlin's spokesman, said", "Лавров, выступая на пресс-конференции, заявил": an aside
    // between commas that opens in lower case after a name stands between it and its verb.
    if j >= 2 && j < ws.len() && s[ws[j - 1].0 + ws[j - 1].1.len()..ws[j].0].contains(',') {
        let gap = |a: usize| &s[ws[a - 1].0 + ws[a - 1].1.len()..ws[a].0];
        if let Some(open) = (1..j - 1)
            .rev()
            .take(COMMA_ASIDE_WORDS)
            .find(|&a| gap(a).contains(','))
            && !capitalised(ws[open].1)
            && capitalised(ws[open - 1].1)
            && !s[ws[open - 1].0..ws[j].0]
                .contains(['.', '!', '?', '\n', ';', ':', '(', '«', '»', '"', '“', '”'])
        {
            j = open;
        }
    }
    // "La députée Carole Grandjean (LREM) s'est félicitée": a parenthesis after the subject.
    if j >= 2 && s[ws[j - 1].0 + ws[j - 1].1.len()..ws[j].0].contains(')') {
        let gap = |a: usize| &s[ws[a - 1].0 + ws[a - 1].1.len()..ws[a].0];
        if let Some(open) = (1..j)
            .rev()
            .take(PARENTHESIS_WORDS)
            .find(|&a| gap(a).contains('('))
            && !gap(open).contains(['.', '!', '?', '\n', ';'])
        {
            j = open;
        }
    }
    if j == 0 || !same_clause(j - 1) {
        return None;
    }
    // "And I said": the first person alone is the subject (the speaker of the turn).
    if quote_word(&ws[j - 1].1.to_lowercase(), QuoteWord::FirstPerson) {
        return Some(ws[j - 1].1);
    }
    // "Gilles Legendre, qui est de vos rangs, qui lui-même disait": a relative pronoun stands
    // for the name before it, over asides, within the sentence.
    // (A name that completes a role noun of an apposition is not the one the pronoun stands
    // for: "Jérôme Bonnafont, directeur … du cabinet de Jean-Marc Ayrault, qui précise".)
    if quote_word(&ws[j - 1].1.to_lowercase(), QuoteWord::Relative) {
        let mut a = j - 1;
        let mut reach = RELATIVE_REACH;
        while a > 0 && j - a <= reach {
            let gap = &s[ws[a - 1].0 + ws[a - 1].1.len()..ws[a].0];
            if gap.contains(['.', '!', '?', '\n', ';', ':', '«', '»', '"', '“', '”']) {
                break;
            }
            if capitalised(ws[a - 1].1) && gap.contains(',') {
                let end = ws[a - 1].0 + ws[a - 1].1.len();
                let mut first = a - 1;
                while first > 0
                    && capitalised(ws[first - 1].1)
                    && s[ws[first - 1].0 + ws[first - 1].1.len()..ws[first].0]
                        .trim()
                        .is_empty()
                    && a - first < 4
                {
                    first -= 1;
                }
                let complement = first > 0
                    && quote_word(&ws[first - 1].1.to_lowercase(), QuoteWord::Genitive)
                    && reach == RELATIVE_REACH;
                if complement {
                    reach = RELATIVE_APPOSITION_REACH;
                    a = first;
                    continue;
                }
                return (a - 1 > first).then(|| &s[ws[first].0..end]);
            }
            a -= 1;
        }
        return None;
    }
    // "Jens Stoltenberg, speaking in Brussels, said": an aside between commas that opens with a
    // lowercase word stands between the subject and its verb.
    if j >= 2 && s[ws[j - 1].0 + ws[j - 1].1.len()..ws[j].0].contains(',') {
        let aside = (0..j - 1)
            .rev()
            .take(10)
            .find(|&a| s[ws[a].0 + ws[a].1.len()..ws[a + 1].0].contains(','));
        if let Some(a) = aside
            && !capitalised(ws[a + 1].1)
            && capitalised(ws[a].1)
            && same_clause(a)
        {
            j = a + 1;
        }
    }
    // "le chef de l'État a ajouté", "the head of the agency said", "le porte-parole du
    // gouvernement a déclaré": a title noun after an article, its complement after a genitive
    // word, right before the verb (not a name that ends it: "the head of the IAEA Rafael Grossi
    // said").
    let genitive = |w: &str| {
        let w = w.to_lowercase();
        quote_word(&w, QuoteWord::Genitive)
            || w.find(['\'', '’']).is_some_and(|i| {
                let end = i + w[i..].chars().next().map_or(1, char::len_utf8);
                quote_word(&w[..end], QuoteWord::Genitive)
            })
    };
    if j >= 3
        && !(capitalised(ws[j - 1].1) && capitalised(ws[j - 2].1))
        && let Some(f) = (j.saturating_sub(TITLE_COMPLEMENT_WORDS)..j - 2).find(|&f| {
            quote_word(&ws[f].1.to_lowercase(), QuoteWord::Article)
                && !capitalised(ws[f + 1].1)
                && chancery_lexicon::nonentities::is_title_word(ws[f + 1].1)
                && genitive(ws[f + 2].1)
                && (f + 1..j).all(|a| same_clause(a - 1))
        })
    {
        return Some(&s[ws[f].0..ws[j - 1].0 + ws[j - 1].1.len()]);
    }
    // A name that ends in a lowercase word ("Le Djihad islamique a dénoncé", "Венецианская
    // комиссия назвала"): the capitalised word before it opens the name.
    if j >= 2
        && !capitalised(ws[j - 1].1)
        && capitalised(ws[j - 2].1)
        // Not a sentence's opening preposition or article ("В заявлении подчеркивается").
        && ws[j - 2].1.chars().count() >= 3
        && !quote_word(ws[j - 2].1, QuoteWord::Article)
        // Nor an article, a nationality and a noun ("the Ukrainian leader said"): a description.
        && !(j >= 3
            && quote_word(&ws[j - 3].1.to_lowercase(), QuoteWord::Article)
            && chancery_lexicon::nonentities::is_demonym(ws[j - 2].1))
        && same_clause(j - 2)
        && s[ws[j - 2].0 + ws[j - 2].1.len()..ws[j - 1].0]
            .trim()
            .is_empty()
        && !quote_word(ws[j - 1].1, QuoteWord::Pronoun)
    {
        return Some(&s[ws[j - 2].0..ws[j - 1].0 + ws[j - 1].1.len()]);
    }
    // "The Russian foreign ministry said", "le ministère des affaires étrangères a affirmé": a
    // body's description (its article first) right before the verb.
    if let Some(f) = (j.saturating_sub(7)..j.saturating_sub(1)).find(|&f| {
        (f + 1..j).all(|a| same_clause(a - 1))
            && quote_word(&ws[f].1.to_lowercase(), QuoteWord::Article)
            && chancery_lexicon::bodies::is_body_phrase(
                &ws[f + 1..j]
                    .iter()
                    .map(|(_, w)| w.to_lowercase())
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            )
    }) {
        return Some(&s[ws[f].0..ws[j - 1].0 + ws[j - 1].1.len()]);
    }
    // "The Kremlin press service said", "A UN report said": a capitalised author, then the noun
    // of a text or a service that speaks for it, right before the verb.
    if j >= 2
        && ends_a_statement_word(&ws[j - 1].1.to_lowercase())
        && let Some(c) = (j.saturating_sub(5)..j - 1).find(|&c| {
            capitalised(ws[c].1)
                && !quote_word(&ws[c].1.to_lowercase(), QuoteWord::Article)
                && (c + 1..j).all(|a| same_clause(a - 1))
                && genre_author(&s[ws[c].0..ws[j - 1].0 + ws[j - 1].1.len()]).is_some()
        })
    {
        return Some(&s[ws[c].0..ws[j - 1].0 + ws[j - 1].1.len()]);
    }
    // "the spokesman replied", "le ministre a répondu": a title noun after an article (and an
    // adjective) right before the verb.
    if let Some(f) = (j.saturating_sub(3)..j).find(|&f| {
        quote_word(&ws[f].1.to_lowercase(), QuoteWord::Article)
            && (f + 1..j).all(|a| same_clause(a - 1) && !capitalised(ws[a].1))
            && chancery_lexicon::nonentities::is_title_word(ws[j - 1].1)
    }) {
        return Some(&s[ws[f].0..ws[j - 1].0 + ws[j - 1].1.len()]);
    }
    // No auxiliary ("Лавров заявил", "Lavrov said"): only a name right before the verb.
    if j == k && !capitalised(ws[k - 1].1) {
        return None;
    }
    let end = ws[j - 1].0 + ws[j - 1].1.len();
    let mut first = j - 1;
    // ("LEA SALAME Il dit même": a pronoun opening its sentence after a name in capitals is
    // the subject alone, no word of the name.)
    let lower = ws[first].1.to_lowercase();
    if capitalised(ws[first].1)
        && [QuoteWord::Pronoun, QuoteWord::FirstPerson]
            .into_iter()
            .any(|kind| quote_word(&lower, kind))
    {
        return Some(ws[first].1);
    }
    if capitalised(ws[first].1) {
        // Extend over capitalised words separated by spaces only (not across a sentence end).
        let joined = |a: usize| joined_in_name(s, ws, a);
        while first > 0 && capitalised(ws[first - 1].1) && joined(first - 1) && j - first < 3 {
            first -= 1;
        }
        // A surname after name particles, one or two ("Agnès von der Mühll", "Урсула фон дер
        // Ляйен"), when a capitalised word opens the name before them.
        let particles = (1..=2).find(|&n| {
            j - first == 1
                && first > n
                && (first - n..first).all(|p| {
                    quote_word(ws[p].1, QuoteWord::Particle) && !capitalised(ws[p].1) && joined(p)
                })
                && capitalised(ws[first - n - 1].1)
                && joined(first - n - 1)
        });
        if let Some(n) = particles {
            first -= n + 1;
        }
        // A name in quotation marks ("в агентстве «Укринформ» сообщил") is not the subject.
        if s[..ws[first].0].ends_with(['«', '"', '“', '„']) {
            return None;
        }
        // "Le président de la République l'a rappelé": a capitalised word that ends a role
        // phrase is the role's, not a name.
        if j - first == 1
            && let Some(role) = (j.saturating_sub(6)..first)
                .filter(|&f| (f..first).all(&same_clause))
                .find(|&f| {
                    // (Only when the word completes the role: "le président Zelensky" is a name.)
                    role_in(&s[ws[f].0..end]).is_some()
                        && role_in(&s[ws[f].0..ws[first].0]).is_none()
                })
                .map(|f| &s[ws[f].0..end])
        {
            return Some(role);
        }
        // "Трамп и Путин заявили", "Trump and Putin said": a joint statement's words go to the
        // party the sentence names first.
        if first >= 2
            && quote_word(ws[first - 1].1, QuoteWord::Conjunction)
            && capitalised(ws[first - 2].1)
            && joined(first - 2)
            && joined(first - 1)
        {
            let end = ws[first - 2].0 + ws[first - 2].1.len();
            let mut start = first - 2;
            while start > 0
                && capitalised(ws[start - 1].1)
                && joined(start - 1)
                && first - start < 4
            {
                start -= 1;
            }
            return Some(&s[ws[start].0..end]);
        }
        return Some(&s[ws[first].0..end]);
    }
    // A role phrase of up to six words ending right before the auxiliary.
    let from = j.saturating_sub(6);
    let f = (from..j).find(|&f| role_in(&s[ws[f].0..end]).is_some())?;
    // ("le ministère russe des affaires étrangères a affirmé": the words after a body's noun
    // describe the body, the subject with it; no one holds it.)
    let body = (f.saturating_sub(2)..f)
        .find(|&b| chancery_lexicon::bodies::opens_body(&ws[b].1.to_lowercase()));
    Some(&s[ws[body.unwrap_or(f)].0..end])
}

/// The last person in `stretch` who is the subject of a reporting verb.
fn last_subject(doc: &Document, stretch: &str) -> Option<String> {
    let ws = words(stretch);
    (0..ws.len())
        .rev()
        .filter(|&k| SPEECH_VERBS.contains(ws[k].1) && !reflexive_before(&ws, k))
        .find_map(|k| subject_before(stretch, &ws, k).and_then(|w| resolve(doc, w)))
}

/// How far before a quotation (bytes) a role is looked for with the name it was given.
const ROLE_WINDOW: usize = 800;

/// "…», — заявил министр обороны." after "по словам министра обороны Петера Кристенсена": a
/// clause naming someone by a common noun the base cannot resolve is the person `stretch` last
/// named with that noun (its first word in any case form, a full name within five words after).
fn role_named_before(doc: &Document, stretch: &str, who: &str) -> Option<String> {
    // A body ("the ministry said") is no person's role ("Foreign Minister Sergei Lavrov" shares
    // its first letters).
    if names_a_body(who) {
        return None;
    }
    // The role's first words ("российский министр" of "российский министр на
    // пресс-конференции"); what follows them is where or when.
    let role_ws: Vec<(usize, &str)> = words(who).into_iter().take(ROLE_WORDS).collect();
    // (A title word may open a sentence: "Министр сказал".)
    if role_ws
        .iter()
        .any(|(_, w)| capitalised(w) && !chancery_lexicon::nonentities::is_title_word(w))
    {
        return None;
    }
    let ws = words(stretch);
    // The noun first, then the words before it ("министр", then "российский").
    role_ws
        .iter()
        .rev()
        .filter(|(_, w)| !quote_word(w, QuoteWord::Article) && w.chars().count() >= 4)
        .find_map(|&(_, head)| {
            let stem: String = head.to_lowercase().chars().take(5).collect();
            ws.iter().enumerate().rev().find_map(|(k, (_, w))| {
                if !w.to_lowercase().starts_with(&stem) {
                    return None;
                }
                // A name that starts within five words, whole even if it runs on past them
                // ("ministre … étrangères, Jean-Yves Le Drian").
                let window = &ws[k + 1..ws.len().min(k + 6 + 3)];
                // A surname alone right after the noun ("President Zelensky met Secretary
                // Blinken") is the one so named, not a full name further on.
                if let [(_, next), (_, after), ..] = window
                    && capitalised(next)
                    && !capitalised(after)
                    && !quote_word(next, QuoteWord::Article)
                    && !quote_word(next, QuoteWord::Particle)
                {
                    return resolve(doc, next);
                }
                let name = first_full_name(stretch, window)?;
                let starts_near = window
                    .iter()
                    .take(5)
                    .any(|&(at, _)| stretch[at..].starts_with(name));
                // Not past a verb ("Volodymyr Zelensky, le président ukrainien, a reçu Antony
                // Blinken": the one received is not the president).
                let past_verb = window
                    .iter()
                    .take_while(|&&(at, _)| !stretch[at..].starts_with(name))
                    .any(|(_, w)| aux_word(w) || is_reporting(w));
                (starts_near && !past_verb)
                    .then(|| resolve(doc, name))
                    .flatten()
            })
        })
}

/// The words of a role phrase after a verb of speech that name the role.
const ROLE_WORDS: usize = 3;

/// The owner of the words a relay clause names after its medium ("РИА Новости слова Пескова"
/// → "Пескова"): what follows a words-of noun, when a medium stands before it.
fn words_owner(who: &str) -> Option<&str> {
    let ws = words(who);
    let k = ws
        .iter()
        .position(|(_, w)| quote_word(w, QuoteWord::WordsOf))?;
    if k == 0 || medium_in(&who[..ws[k].0]).is_none() {
        return None;
    }
    let (at, w) = ws[k];
    let owner = who[at + w.len()..].trim();
    let owner = owner
        .split_once(' ')
        .filter(|(first, _)| quote_word(first, QuoteWord::AccordingLink))
        .map_or(owner, |(_, rest)| rest.trim());
    (!owner.is_empty() && owner.starts_with(char::is_uppercase)).then_some(owner)
}

/// The person a clause after a quotation names before the medium that ends it ("— цитирует
/// Лаврова РИА Новости", "— приводит слова Сергея Лаврова ТАСС"): the medium relays, the name
/// (a words-of noun before it left out) is the one quoted. Only a name of one to four
/// capitalised words right before the medium, nothing after it.
fn quoted_before_medium(who: &str) -> Option<&str> {
    let ws = words(who);
    // The medium's first word: the last from which a medium is named, none before it.
    let j = (1..ws.len())
        .rev()
        .find(|&j| medium_in(&who[ws[j].0..]).is_some())?;
    if medium_in(&who[..ws[j].0]).is_some() {
        return None;
    }
    let from = usize::from(quote_word(ws[0].1, QuoteWord::WordsOf));
    let name = &ws[from..j];
    let all_capitalised = name
        .iter()
        .all(|(_, w)| capitalised(w) || quote_word(w, QuoteWord::Particle));
    ((1..=4).contains(&name.len()) && all_capitalised && capitalised(name[0].1))
        .then(|| who[name[0].0..ws[j].0].trim())
}

/// The author a subject naming a statement by its genre, or another text that speaks
/// (`text` words: a report, a study), names after it: "un communiqué du ministère algérien des
/// Affaires étrangères" → "ministère algérien des Affaires étrangères", "a recent report by
/// Harvard University", "заявление МИД России" (a capitalised genitive straight after the
/// genre). `None` for any other subject.
fn genre_author(who: &str) -> Option<&str> {
    let ws = words(who);
    let lower: Vec<String> = ws.iter().map(|(_, w)| w.to_lowercase()).collect();
    // The words of `phrase` at `k`, and the index after them. (A case form of a genre word
    // counts: "заявлении" is "заявление".)
    let phrase_at = |k: usize, phrase: &str| -> Option<usize> {
        let n = phrase.split_whitespace().count();
        let at = lower.get(k..k + n)?;
        at.iter()
            .zip(phrase.split_whitespace())
            .all(|(w, p)| same_statement_word(w, p))
            .then_some(k + n)
    };
    // The author before the genre, capitalised ("the Kremlin press service", "a Pentagon
    // statement"): those words.
    let genres = || {
        statement_words(StatementWord::Genre)
            .iter()
            .chain(statement_words(StatementWord::Text))
    };
    // (A possessive's mark is not the author's: "the Kremlin's press service".)
    if lower.last().is_some_and(|w| ends_a_statement_word(w))
        && let Some(k) =
            (1..lower.len()).find(|&k| genres().any(|g| phrase_at(k, g) == Some(lower.len())))
        // (Not a sentence's opening preposition, "В заявлении": a word of three letters, or an
        // acronym, "UN".)
        && let Some(c) = (0..k).find(|&c| {
            let w = ws[c].1;
            capitalised(w)
                && !quote_word(&lower[c], QuoteWord::Article)
                && (w.chars().count() >= 3
                    || w.chars().count() == 2 && w.chars().all(char::is_uppercase))
        })
        && ws[c..k].iter().all(|(_, w)| capitalised(w))
    {
        let (end_at, end_w) = ws[k - 1];
        let end_w = end_w
            .strip_suffix("'s")
            .or_else(|| end_w.strip_suffix("’s"))
            .unwrap_or(end_w);
        return Some(&who[ws[c].0..end_at + end_w.len()]);
    }
    // (An article, a determiner or an adjective may open it: "un", "the", "a recent".)
    let (after_genre, _) = (0..3.min(lower.len()))
        .find_map(|k| genres().find_map(|g| phrase_at(k, g)).map(|e| (e, k)))?;
    let author = statement_words(StatementWord::Author)
        .iter()
        .filter_map(|a| phrase_at(after_genre, a))
        .max();
    let from = match author {
        Some(e) => e,
        None if ws.get(after_genre).is_some_and(|(_, w)| capitalised(w)) => after_genre,
        None => return None,
    };
    let (at, _) = *ws.get(from)?;
    let rest = who[at..].trim();
    (!rest.is_empty()).then_some(rest)
}

/// Whether the lowercase word `w` is `p`, a word of a statement's genre, or a case form of it
/// ("заявлении" is "заявление").
fn same_statement_word(w: &str, p: &str) -> bool {
    w == p || {
        let (a, b) = (w.chars().count(), p.chars().count());
        a.min(b) >= STATEMENT_STEM_CHARS
            && a.abs_diff(b) <= 2
            && w.chars()
                .take(STATEMENT_STEM_CHARS)
                .eq(p.chars().take(STATEMENT_STEM_CHARS))
    }
}

/// Whether the lowercase word `w` may end a genre or a text's noun ("statement", "service",
/// "пресс-службе"): a cheap test before [`genre_author`] reads a phrase.
fn ends_a_statement_word(w: &str) -> bool {
    statement_words(StatementWord::Genre)
        .iter()
        .chain(statement_words(StatementWord::Text))
        .filter_map(|g| g.split_whitespace().next_back())
        .any(|last| same_statement_word(w, last))
}

/// Where the author of a statement `who` names by its genre ("в совместном заявлении", "the
/// statement") is named: the last sentence of `text[from..to]` that names a statement of that
/// genre after words naming someone — the first full name there, else all the words before the
/// genre's word ("Президент США Дональд Трамп и президент России Владимир Путин сделали
/// совместное заявление" → "Президент США Дональд Трамп").
fn statement_author(text: &str, from: usize, to: usize, who: &str) -> Option<Span> {
    let stem = |w: &str| -> String {
        w.to_lowercase()
            .chars()
            .take(STATEMENT_STEM_CHARS)
            .collect()
    };
    let genres: Vec<String> = statement_words(StatementWord::Genre)
        .iter()
        .filter_map(|g| g.split_whitespace().last())
        .filter(|g| g.chars().count() >= STATEMENT_STEM_CHARS)
        .map(stem)
        .collect();
    let genre = words(who)
        .iter()
        .map(|(_, w)| stem(w))
        .find(|w| genres.contains(w))?;
    let stretch = &text[from..to];
    let ws = words(stretch);
    ws.iter().rev().find_map(|&(at, w)| {
        if stem(w) != genre {
            return None;
        }
        let sentence = stretch[..at]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
        let part = &stretch[sentence..at];
        let part_ws = words(part);
        if !part_ws.iter().skip(1).any(|(_, w)| capitalised(w)) {
            return None;
        }
        let named = first_full_name(part, &part_ws).unwrap_or(part.trim());
        let start = from + sentence + (named.as_ptr() as usize - part.as_ptr() as usize);
        Some(Span::new(start, start + named.len()))
    })
}

/// How many letters of a statement's genre word ("заявление", "заявлении") stand for all its
/// case forms.
const STATEMENT_STEM_CHARS: usize = 6;

/// Whose words a paragraph without quotation marks reports: the source an "according to" names,
/// else the last subject of a reporting verb.
fn reported_source(doc: &Document, para: &str) -> Option<String> {
    if para.contains(['«', '»', '“', '”', '"']) {
        return None;
    }
    let ws = words(para);
    ws.iter()
        .position(|(_, w)| quote_word(w, QuoteWord::According))
        .and_then(|k| {
            let from = ws.get(k + 1)?.0;
            let who = phrase_from(para, from);
            (person(who).is_some() || medium_in(who).is_none())
                .then(|| resolve(doc, who))
                .flatten()
        })
        .or_else(|| last_subject(doc, para))
}

/// The person who opens the last paragraph of `stretch` that opens with a full name ("Sergiy
/// Kyslytsya, Ukraine's representative, addressed…"): the subject a later "he concluded" means
/// when no reporting verb came between.
fn paragraph_subject(doc: &Document, stretch: &str) -> Option<String> {
    stretch.split('\n').rev().skip(1).find_map(|para| {
        let ws = words(para);
        let opening = &ws[..ws.len().min(4)];
        let name = first_full_name(para, opening)?;
        (para.trim_start().starts_with(name)).then(|| resolve(doc, name))?
    })
}

/// The medium a relay clause in `after` names ("…, rapporte TASS." → TASS).
fn relay(after: &str) -> Option<&'static str> {
    let ws = words(after);
    let k = ws
        .iter()
        .position(|(_, w)| lower_in_set(w, relay_words()))?;
    medium_in(phrase_from(after, ws[k].0 + ws[k].1.len()))
}

pub fn extract_quotes(doc: &mut Document) {
    let text = doc.text.as_str();
    // Where each transcript turn starts (its label): quotation marks never run across one, and
    // "a-t-il déclaré" never reaches back into another speaker's turn.
    let mut turn_starts: Vec<usize> = doc
        .turns
        .iter()
        .filter_map(|t| t.label.map(|l| l.start))
        .collect();
    turn_starts.sort_unstable();
    let mut marks = quote_spans(text, &turn_starts);
    single_quote_spans(text, &turn_starts, &mut marks);
    dash_quote_spans(text, &mut marks);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<String> = None;
    // Where the quotation before named its speaker in a clause only the entities will resolve.
    let mut previous_named: Option<Span> = None;
    // Whether the quotation before points back to someone only the entities will find ("Pour
    // le président du Conseil européen, il est « … »."): one right after it is theirs too.
    let mut previous_pending = false;
    let mut known_until = 0;
    let mut scanned = 0;
    let mut current_turn: Option<usize> = None;
    for (i, &(outer, inner)) in marks.iter().enumerate() {
        if outer.start < scanned {
            continue;
        }
        scanned = outer.end;
        let turn = turn_starts
            .partition_point(|&t| t <= outer.start)
            .checked_sub(1);
        if turn != current_turn {
            current_turn = turn;
            previous = None;
            previous_named = None;
            previous_pending = false;
            known_until = turn.map_or(0, |t| turn_starts[t]);
        }
        // The last person who spoke before this quote: a subject of a reporting verb since the
        // last attributed quote, else that quote's speaker. Found only when a pronoun needs it.
        let last_speaker = || {
            let stretch = &text[known_until.min(outer.start)..outer.start];
            // Someone else named in full since the last quotation ("L'Autriche, par la voix du
            // chancelier Sebastian Kurz a écarté…") may be the one meant: left to the entities.
            let other_named = |who: Option<&str>| {
                let ws = words(stretch);
                last_full_name(stretch, &ws).is_some_and(|n| {
                    let last = |x: &str| x.rsplit(' ').next().map(name_key);
                    !who.is_some_and(|p| {
                        same_person(p, n)
                            || last(p) == last(n)
                            || resolve(doc, n).as_deref() == Some(p)
                    })
                })
            };
            // The full name the last sentence opening with one opens with ("Abubakar Atef vient
            // du Soudan. Il est en France : «…»"): a new subject, whom "il" may mean.
            let new_subject = |who: &str| {
                stretch
                    .split_inclusive(['.', '!', '?', '\n'])
                    .filter_map(|sentence| {
                        let sentence = sentence.trim_start();
                        let ws = words(sentence);
                        first_full_name(sentence, &ws[..ws.len().min(4)])
                            .filter(|n| sentence.starts_with(*n))
                    })
                    .next_back()
                    .is_some_and(|n| {
                        let last = |x: &str| x.rsplit(' ').next().map(name_key);
                        !(same_person(who, n)
                            || last(who) == last(n)
                            || resolve(doc, n).as_deref() == Some(who))
                    })
            };
            // ("— добавила она" is not the man quoted before.)
            let gender = crate::speakers::clause_gender(text, outer);
            let agrees =
                |who: &String| gender.is_none_or(|g| crate::speakers::name_gender(who) != Some(!g));
            // (In someone's own turn, "he" is not the one saying "I".)
            let own = turn_speaker(doc, outer.start);
            let other = |who: &String| own.as_ref() != Some(who);
            match last_subject(doc, stretch).or_else(|| paragraph_subject(doc, stretch)) {
                Some(who) => (!new_subject(&who))
                    .then_some(who)
                    .filter(agrees)
                    .filter(other),
                None => (!other_named(previous.as_deref()))
                    .then(|| previous.clone())
                    .flatten()
                    .filter(agrees)
                    .filter(other),
            }
        };
        let before_start = floor_boundary(text, outer.start.saturating_sub(BEFORE));
        let before = paragraph_tail(&text[before_start..outer.start]);
        let sentence_end = sentence_end(text, outer.end, &marks[i + 1..]);
        // A quotation that ends its sentence inside its marks, then a new sentence that
        // introduces the next quotation ("« L'Europe doit être souveraine. » Il a ajouté :
        // « … »"), has no clause after it ("“Where are you now?” Zelensky asked" has).
        let rest = &text[outer.end..sentence_end];
        let closed_sentence = inner.slice(text).trim_end().ends_with(['.', '!', '?', '…'])
            && rest
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(char::is_uppercase)
            && rest.contains(['«', '“', '"', '„']);
        let sentence_end = if closed_sentence {
            outer.end
        } else {
            sentence_end
        };
        let after = &text[outer.end..sentence_end];
        let after_near = near_start(after, AFTER_NEAR_CHARS);

        let mut speaker: Option<String> = None;
        let mut relayed: Option<&'static str> = None;
        let mut framed = false;
        // A clause before the quotation that names its subject and ends with a colon or a comma
        // ("Как заявил Дмитрий Песков, «…»").
        let mut introduced_by_name = false;
        // Where the clause names the speaker, for a second reading once entities are known.
        let mut named_at: Option<Span> = None;
        // Whom a clause that names nobody points back to, for when the entities are known.
        let mut antecedent = Antecedent::None;
        // A clause naming a body by a common noun points back to an organisation; one naming
        // someone by another noun ("a déclaré un diplomate") points nowhere.
        let body_or_person = |w: &str| {
            if titled_person(w) || role_in(w).is_some() {
                // "— подчеркнул глава МИД", "по словам главы египетского МИД": the holder of a
                // title, whatever body it names.
                Antecedent::Person
            } else if names_a_body(w) || lower_in(w, &["it"]) {
                Antecedent::Organisation
            } else if definite(w) || description_noun(w) {
                // "the ambassador argued", "a précisé la ministre": a definite description
                // points back to someone already named.
                Antecedent::Person
            } else {
                Antecedent::None
            }
        };
        // A quoted fragment inside a sentence whose reporting clause ends it ("…" de retrait
        // progressif, a jugé le communiste André Chassaigne.).
        let closing = || {
            let cut = after.rfind(',')?;
            clause_after(&after[cut..]).filter(|(p, w)| *p || w.is_some_and(|w| !w.is_empty()))
        };
        // A clause after the quotation that names nobody ("…" et a appelé…) leaves the subject
        // to the clause before it ("Le Hamas a qualifié l'incident de "…" et a appelé…").
        // ("«Что Вы думаете?» Он ответил…": a capitalised pronoun after a quotation that ends
        // its own sentence opens the next one, the answer, not the quotation's clause.)
        let next_sentence = inner.slice(text).trim_end().ends_with(['.', '!', '?', '…'])
            && words(after_near).first().is_some_and(|&(at, w)| {
                after_near[..at].trim().is_empty()
                    && capitalised(w)
                    && quote_word(&w.to_lowercase(), QuoteWord::Pronoun)
            });
        let after_clause = (!next_sentence)
            .then(|| framed_after(&text[outer.end..]).or_else(|| clause_after(after_near)))
            .flatten()
            .or_else(closing)
            .or_else(|| interruption(inner.slice(text)));
        // "Lavrov said it was '…', according to Interfax", "…", Interfax reported: a medium
        // after the quotation relays the words of the subject of the clause before it.
        let relaying_medium = after_clause
            .and_then(|(pronoun, who)| who.filter(|_| !pronoun))
            .and_then(medium_in)
            .filter(
                |_| matches!(clause_before(before), Some(Before::Who(w)) if medium_in(w).is_none()),
            );
        let after_clause = after_clause.filter(|_| relaying_medium.is_none());
        let subjectless = matches!(after_clause, Some((false, None)));
        // "— передает РИА Новости слова Пескова": the medium relays the words of the one named
        // after a noun for them.
        // ("…», affirme un communiqué du ministère": the author of the statement.)
        let after_clause = after_clause.map(|(pronoun, who)| {
            (
                pronoun,
                who.map(|w| {
                    words_owner(w)
                        .or_else(|| quoted_before_medium(w))
                        .or_else(|| genre_author(w))
                        .unwrap_or(w)
                }),
            )
        });
        let framed_after = after_clause.is_some() && !subjectless;
        if let Some((pronoun, who)) = after_clause.filter(|_| !subjectless) {
            framed = true;
            let noun = who.filter(|_| !pronoun).and_then(noun_subject);
            named_at = who
                .filter(|_| !pronoun && noun.is_none())
                .and_then(|w| span_in(text, w));
            // "…», — говорится в совместном заявлении." after "X и Y сделали совместное
            // заявление": a clause naming a statement, not its author, means the one the text
            // spoke of last, and its author is named first in that sentence.
            let impersonal = words(after_near)
                .first()
                .is_some_and(|(_, v)| impersonal_only(v));
            if let Some(w) = who.filter(|_| impersonal && noun.is_none())
                && resolve(doc, w).is_none()
                && let Some(author) = statement_author(
                    text,
                    floor_boundary(text, outer.start.saturating_sub(ROLE_WINDOW)),
                    outer.start,
                    w,
                )
            {
                named_at = Some(author);
            }
            // "…», — заявила российская сторона": the state whose side it is.
            let side = who.filter(|_| !pronoun).and_then(|w| state_side(doc, w));
            let unnamed = who.is_some_and(|w| means_the_unnamed(text, w));
            speaker = match (pronoun, who) {
                _ if side.is_some() || unnamed => side.clone(),
                (true, _) => last_speaker(),
                // A commentator is found once the entities are known (`Antecedent::Previous`).
                (false, Some(_)) if noun.is_some() => None,
                (false, Some(w)) if first_person(w) => turn_speaker(doc, outer.start),
                (false, Some(w)) => resolve(doc, w)
                    .or_else(|| given_name(doc, &quotes, w))
                    .or_else(|| {
                        let from = floor_boundary(text, outer.start.saturating_sub(ROLE_WINDOW));
                        role_named_before(doc, &text[from..outer.start], w)
                    }),
                (false, None) => None,
            };
            antecedent = match (pronoun, who) {
                _ if side.is_some() || unnamed => Antecedent::None,
                (false, Some(_)) if noun == Some(QuoteWord::Anonymous) => Antecedent::None,
                (false, Some(_)) if noun == Some(QuoteWord::Commentator) => Antecedent::Previous,
                // ("we kept saying, “…”": the text's own voice, no one named before.)
                (false, Some(w)) if first_person(w) => Antecedent::None,
                (false, Some(w)) => body_or_person(w),
                _ => Antecedent::Person,
            };
        } else if in_dialogue_turn(doc, outer.start) && addressed(before) {
            // "Vous dites «…»", "you said “…”": in a transcript, the one spoken to.
            framed = true;
            antecedent = Antecedent::None;
            speaker = addressee(doc, outer.start);
        } else if told_the_speaker(before) {
            // "il me disait «…»", "he told me": someone the speaker talked to, unnamed here.
            framed = true;
        } else if let Some(b) = clause_before(before) {
            framed = true;
            // "Il a déclaré « … »": a pronoun subject points back to someone named.
            let b = match b {
                Before::Who(w) if quote_word(w, QuoteWord::Pronoun) => Before::Unknown,
                // ("Un communiqué du ministère affirme : « … »": the statement's author.)
                Before::Who(w) => Before::Who(genre_author(w).unwrap_or(w)),
                b => b,
            };
            introduced_by_name = matches!(b, Before::Who(w) if !w.split(|c: char| !c.is_alphanumeric()).any(|x| {
                let x = x.to_lowercase();
                quote_word(&x, QuoteWord::FirstPerson) || quote_word(&x, QuoteWord::Pronoun)
            })) && (before.trim_end().ends_with([':', ','])
                || complement_ending_sentence(before, after));
            // "По словам эксперта, «…»", "selon l'expert": a commentator named by a common
            // noun is the article's expert, found once the entities are known.
            let noun = match b {
                Before::Who(w) => noun_subject(w),
                _ => None,
            };
            antecedent = match b {
                Before::Who(_) if noun == Some(QuoteWord::Anonymous) => Antecedent::None,
                Before::Who(_) if noun == Some(QuoteWord::Commentator) => Antecedent::Previous,
                Before::Who(w) if first_person(w) => Antecedent::None,
                Before::Who(w) => body_or_person(w),
                Before::Relay(_) => Antecedent::None,
                Before::Continuing | Before::Unknown => Antecedent::Person,
                Before::Impersonal => Antecedent::None,
            };
            if let Before::Who(w) = b
                && !first_person(w)
            {
                named_at = span_in(text, w);
            }
            let side = match b {
                Before::Who(w) => state_side(doc, w),
                _ => None,
            }
            .or_else(|| side_before(doc, before));
            let unnamed = matches!(b, Before::Who(w) if means_the_unnamed(text, w));
            if side.is_some() || unnamed {
                antecedent = Antecedent::None;
            }
            speaker = match b {
                _ if side.is_some() || unnamed => side.clone(),
                Before::Who(_) if noun.is_some() => None,
                Before::Who(w) if first_person(w) => turn_speaker(doc, outer.start),
                // ("Asked whether…, the spokesman replied: «…»": the one the text named with that
                // noun.)
                Before::Who(w) => resolve(doc, w)
                    .or_else(|| given_name(doc, &quotes, w))
                    .or_else(|| {
                        let from = floor_boundary(text, outer.start.saturating_sub(ROLE_WINDOW));
                        role_named_before(doc, &text[from..outer.start], w)
                    }),
                Before::Relay(m) => {
                    relayed = Some(m);
                    None
                }
                Before::Continuing => previous.clone().or_else(last_speaker),
                // In a dialogue's turn, "il disait «…»" means someone the turn names, read
                // with the entities, not the last one quoted.
                Before::Unknown if in_dialogue_turn(doc, outer.start) => None,
                Before::Unknown => last_speaker(),
                Before::Impersonal => {
                    let from = floor_boundary(text, outer.start.saturating_sub(PARAGRAPH_REACH));
                    last_subject(doc, paragraph_tail(&text[from..outer.start]))
                }
            };
        } else if subjectless {
            framed = true;
            antecedent = Antecedent::Person;
        }
        // Inside a transcript turn, words quoted are often someone else's: a pronoun there points
        // only to someone the turn itself names (resolved with the entities).
        if speaker.is_some() {
            antecedent = Antecedent::None;
        }
        let n_words = words(inner.slice(text)).len();
        // A short name in quotation marks after a noun that introduces one ("в агентстве
        // «Интерфакс»", "le parti «Renaissance»") is a name, framed or not.
        if framed && n_words <= 3 && title_noun_before(before) {
            continue;
        }
        // "resolution 68/262, entitled “Territorial integrity of Ukraine”": a title.
        let last_word = before
            .trim_end()
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or("");
        if quote_word(&last_word.to_lowercase(), QuoteWord::Naming) {
            continue;
        }
        // A paragraph that is a quotation after one that names someone and ends with a colon
        // ("Gaoussou Coulibaly, président du marché rose, appelle les commerçants… :", "Analyse
        // de l'économiste Cheickna Bounajim Cissé :"): theirs.
        // (The same inside a paragraph, after the sentence that ends with the colon: "… bien-être."
        // Analyse de l'économiste malien Cheickna Bounajim Cissé, sur les sanctions : "…".)
        let intro = || match before.trim().is_empty() {
            true => colon_intro(&text[..outer.start]),
            false => sentence_colon_intro(before),
        };
        if !framed && let Some(name) = intro() {
            framed = true;
            named_at = span_in(text, name);
            speaker = resolve(doc, name);
            antecedent = Antecedent::None;
        }
        if !framed {
            let titled = title_noun_before(before);
            let first_person = inner
                .slice(text)
                .split(|c: char| !is_word_char(c))
                .any(|w| quote_word(w, QuoteWord::FirstPerson));
            // A second quotation right after the sentence that attributed the first, in the same
            // paragraph ("…," Stoltenberg told a news conference. "NATO stands with you…"): the
            // same speaker, first person or not.
            let gap = &text[known_until.min(outer.start)..outer.start];
            // (Or one whose clause, right between, names someone only the entities will know.)
            let named_between =
                previous_named.is_some_and(|n| n.start >= known_until && n.end <= outer.start);
            let continued = (previous.is_some() || named_between || previous_pending)
                && known_until > 0
                && !titled
                && n_words >= MIN_QUOTE_WORDS
                && gap.len() <= 160
                && !gap.contains('\n')
                && (before.trim_end().ends_with(['.', '!', '?']) || lead_phrase(before))
                // (Or one right after it, nothing but the sentence's end between: "… « …
                // d'un succès ». « Nous avons réussi… »", a page run onto one line.)
                && (words(gap)
                    .iter()
                    .any(|(_, w)| lower_in_set(w, &SPEECH_VERBS))
                    || !gap.chars().any(char::is_alphanumeric));
            // A quotation in the title ("Brexit : « L'Europe doit se montrer très ferme »") is
            // kept for now: an interview's is the interviewee's, known once the interview's
            // turns are (`speakers::title_quotes`).
            let in_title = doc.title.is_some()
                && text
                    .find('\n')
                    .is_some_and(|title_end| outer.end <= title_end);
            if in_title && !titled {
                // (left without a speaker here)
            } else if continued {
                speaker.clone_from(&previous);
                if speaker.is_none() && antecedent == Antecedent::None {
                    // ("…," Ukrainian Foreign Minister Andrii Sybiha said. "…": whom the
                    // entities find for the one before.)
                    antecedent = Antecedent::Previous;
                }
            } else if titled || n_words < 8 || !first_person {
                continue;
            }
            // A paragraph that is a quotation, right after the paragraph of an attributed one,
            // goes on with the same speaker (the press's convention for a long quotation).
            let between = &text[known_until.min(outer.start)..outer.start];
            let paragraphs = between.split('\n').filter(|l| !l.trim().is_empty()).count();
            if speaker.is_none()
                && before.trim().is_empty()
                && between.contains('\n')
                && paragraphs <= 1
                && between.len() <= 300
            {
                speaker.clone_from(&previous);
            }
            // A quotation that opens a sentence after one that reports someone's words in the
            // same paragraph ("Stoltenberg said that… But it must be solved: «…»") is theirs.
            if speaker.is_none() && before.trim_end().ends_with(['.', '!', '?', ':', '…']) {
                let since = known_until
                    .max(floor_boundary(
                        text,
                        outer.start.saturating_sub(PARAGRAPH_REACH),
                    ))
                    .min(outer.start);
                let stretch = paragraph_tail(&text[since..outer.start]);
                // Unless someone else is named after them: then nobody can tell.
                let last_named = last_full_name(stretch, &words(stretch));
                speaker = last_subject(doc, stretch).filter(|who| {
                    last_named.is_none_or(|n| {
                        let last = |x: &str| x.rsplit(' ').next().map(name_key);
                        same_person(who, n)
                            || last(who) == last(n)
                            || resolve(doc, n).as_deref() == Some(who.as_str())
                    })
                });
            }
            // A paragraph that is a quotation, right after a paragraph that reports someone's
            // words ("По словам министра Петера Кристенсена, речь идет…"), goes on with them.
            if speaker.is_none() && before.trim().is_empty() {
                speaker = text[..outer.start]
                    .trim_end()
                    .rsplit('\n')
                    .next()
                    .and_then(|para| reported_source(doc, para));
            }
        }
        // Fewer than four words are a label in quotation marks ("piraterie", "на ногах"), not
        // a quotation.
        // (Unless a whole sentence a reporting clause after it frames and names its speaker:
        // "« C'est une provocation », selon M. Peskov."; or three words a clause before
        // introduces, naming its speaker: "Как заявил Дмитрий Песков, «это опасный шаг».")
        let whole_sentence = inner
            .slice(text)
            .trim_start()
            .starts_with(char::is_uppercase)
            && (after.trim_start().starts_with(',') || inner.slice(text).trim_end().ends_with(','));
        if n_words < MIN_QUOTE_WORDS
            && !(n_words >= MIN_FRAMED_QUOTE_WORDS
                && whole_sentence
                && framed_after
                // (Or a pronoun or a description the entities will resolve: "«Мы поддерживаем
                // Белоруссию», — сказал он.")
                && (speaker.is_some() || matches!(antecedent, Antecedent::Person)))
            && !(n_words + 1 >= MIN_QUOTE_WORDS && introduced_by_name && speaker.is_some())
        {
            continue;
        }
        let via = relay(after)
            .or(relayed)
            .or(relaying_medium)
            .or_else(|| relay(before))
            .map(str::to_owned);
        // "a répondu le président malien" after Emmanuel Macron was quoted: a description that
        // names a state by its adjective is no one whose code is another state's.
        if let (Some(who), Some(at)) = (speaker.as_deref(), named_at)
            && let Some(state) = described_state(doc, at.slice(text))
            && speaker_state(doc, who).is_some_and(|own| own != state)
        {
            speaker = None;
            antecedent = Antecedent::Person;
        }
        previous_pending = false;
        if speaker.is_some() {
            previous.clone_from(&speaker);
            previous_named = None;
            known_until = outer.end;
        } else if named_at.is_some() {
            // Someone named whom only the entities will know ("— сказал Фидан"): a later "он"
            // means them, not whoever was quoted before; left to the entities.
            previous = None;
            previous_named = named_at;
            previous_pending = true;
            known_until = outer.end;
        } else if antecedent != Antecedent::None {
            previous = None;
            previous_named = None;
            previous_pending = true;
            known_until = outer.end;
        }
        quotes.push(Quote {
            speaker,
            via,
            span: inner,
            antecedent,
            named_at,
        });
    }
    doc.quotes = quotes;
    count_quoted_speakers(doc);
}

/// The state a description of someone names by its nationality adjective ("le président malien",
/// "le chef de l'État malien", "глава российского МИД"): none for a full name ("Emmanuel
/// Macron") or a description naming no state, or two.
fn described_state(doc: &Document, who: &str) -> Option<&'static str> {
    let lex = chancery_lexicon::events::lexicon(doc.lang.as_deref()?)?;
    let ws = words(who);
    // (A full name, two capitalised words in a row: not a description.)
    let name_word = |w: &str| capitalised(w) && !chancery_lexicon::nonentities::is_demonym(w);
    if ws
        .windows(2)
        .any(|p| name_word(p[0].1) && name_word(p[1].1))
    {
        return None;
    }
    let mut states = ws
        .iter()
        .filter_map(|(_, w)| lex.inflected_adjective_country(&w.to_lowercase()));
    let first = states.next()?;
    states.all(|s| s == first).then_some(first)
}

/// The state whose code the actor base gives a speaker on the document's date ("Emmanuel
/// Macron": France).
fn speaker_state(doc: &Document, who: &str) -> Option<&'static str> {
    let kb = chancery_lexicon::actors::builtin();
    let i = kb.by_name(who).or_else(|| kb.lookup(who))?;
    state_of_code(kb.actors()[i].code_on(doc.published)?)
}

/// The state an actor code starts with ("FRAGOV" → France), if its first three letters are a
/// state's.
pub(crate) fn state_of_code(code: &str) -> Option<&'static str> {
    let kb = chancery_lexicon::actors::builtin();
    let state = kb.state(code.get(..3)?)?;
    Some(kb.actors()[state].name.as_str())
}

/// Where `part`, a slice of `text`, stands in it.
/// "I", "je", "я" as the subject of a verb of speech.
fn first_person(who: &str) -> bool {
    // ("The US said": an acronym in capitals is a name, not the pronoun "us".)
    let acronym = who.chars().count() >= 2 && !who.chars().any(char::is_lowercase);
    !who.contains(' ') && !acronym && quote_word(&who.to_lowercase(), QuoteWord::FirstPerson)
}

/// The speaker of the transcript turn (or single-author speech) that holds `at`: whom "I said"
/// means there.
/// Whether the clause before a quotation ends with a third-person pronoun, a first-person
/// object and a verb of speech ("il me disait", "he told me", "он мне сказал"): words told to
/// the speaker by someone the clause does not name.
fn told_the_speaker(before: &str) -> bool {
    let tail = before
        .trim_end()
        .trim_end_matches([':', ',', '«', '"', '“', ' ', '\u{a0}']);
    let ws = words(tail);
    let n = ws.len();
    if n < 3 {
        return false;
    }
    let lower = |k: usize| {
        let w = ws[k].1.to_lowercase();
        w.split(['’', '\'']).next().unwrap_or(&w).to_owned()
    };
    let pronoun = |k: usize| quote_word(&lower(k), QuoteWord::Pronoun);
    let me = |k: usize| quote_word(&lower(k), QuoteWord::FirstPerson);
    // Pronoun, object, auxiliaries, verb: "il me disait", "il m'a dit", "он мне сказал".
    if is_reporting(ws[n - 1].1) {
        let mut k = n - 1;
        while k > 0 && aux_word(&ws[k - 1].1.to_lowercase()) {
            k -= 1;
        }
        if k >= 2 && pronoun(k - 2) && me(k - 1) {
            return true;
        }
    }
    // Pronoun, verb, object: "he told me".
    me(n - 1) && is_reporting(ws[n - 2].1) && pronoun(n - 3)
}

/// Most words between a verb of speech and the quotation it frames ("vous m'avez dit ce matin
/// «…»").
const ADDRESSED_TAIL: usize = 3;

/// Most words between a second-person subject and its verb of speech ("vous m'avez bien dit").
const ADDRESSED_REACH: usize = 3;

/// Whether the clause before a quotation ends with a second-person subject and its verb of
/// speech, a few words at most after it ("Vous dites «…»", "vous m'avez bien dit ce matin «…»",
/// "as you said, “…”", "вы говорите «…»").
fn addressed(before: &str) -> bool {
    let fragment = &before[sentence_start(before)..];
    let ws = words(fragment);
    let n = ws.len();
    let speech = |w: &str| quote_word(w, QuoteWord::AddressedSpeech) || is_reporting(w);
    let Some(k) = (n.saturating_sub(ADDRESSED_TAIL + 1)..n)
        .rev()
        .find(|&k| speech(ws[k].1))
    else {
        return false;
    };
    // (Said to someone else — "vous dites aux jeunes «…»" —, "vous" is anyone.)
    let after = &fragment[ws[k].0..];
    if ws[k + 1..]
        .iter()
        .any(|(_, w)| capitalised(w) || quote_word(w, QuoteWord::Oblique))
        || after.contains([';', '.', '?', '!'])
    {
        return false;
    }
    // "vous", "you", "вы" before it, only lower-case words between (auxiliaries, clitics,
    // adverbs) and no comma.
    (k.saturating_sub(ADDRESSED_REACH)..k).rev().any(|j| {
        quote_word(ws[j].1, QuoteWord::SecondPerson)
            && ws[j + 1..k].iter().all(|(_, w)| !capitalised(w))
            && !fragment[ws[j].0..ws[k].0].contains([',', ';', ':'])
    })
}

/// The one a labelled turn at `at` speaks to: the speaker of the next turn by someone else,
/// else of the turn before by someone else.
fn addressee(doc: &Document, at: usize) -> Option<String> {
    let i = doc
        .turns
        .iter()
        .position(|t| t.span.start <= at && at < t.span.end)?;
    let me = &doc.turns[i].speaker;
    doc.turns[i + 1..]
        .iter()
        .find(|t| t.speaker != *me)
        .or_else(|| doc.turns[..i].iter().rev().find(|t| t.speaker != *me))
        .map(|t| t.speaker.clone())
}

/// Whether `at` lies in a labelled turn of a transcript with two labelled turns or more.
fn in_dialogue_turn(doc: &Document, at: usize) -> bool {
    doc.turns.iter().filter(|t| t.label.is_some()).count() >= 2
        && doc
            .turns
            .iter()
            .any(|t| t.label.is_some() && t.span.start <= at && at < t.span.end)
}

fn turn_speaker(doc: &Document, at: usize) -> Option<String> {
    doc.turns
        .iter()
        .find(|t| t.span.start <= at && at < t.span.end)
        .map(|t| t.speaker.clone())
}

fn span_in(text: &str, part: &str) -> Option<Span> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (start + part.len() <= text.len()).then(|| Span::new(start, start + part.len()))
}

/// The index in `ws` (the words of `para`) of the word `who` opens with, `who` being a slice of
/// `para` (as `subject_before` gives it).
fn word_index(para: &str, ws: &[(usize, &str)], who: &str) -> Option<usize> {
    let at = (who.as_ptr() as usize)
        .checked_sub(para.as_ptr() as usize)
        .filter(|&a| a < para.len())?;
    ws.iter().position(|&(a, _)| a == at)
}

/// Whether the subject `who` (a slice of `para`) stands in the genitive of a noun that names
/// no actor: "la commémoration de l'Holodomor" (not "le ministère des Affaires étrangères de la
/// Russie", "the spokesman of the Kremlin").
fn genitive_of_a_thing(doc: &Document, para: &str, ws: &[(usize, &str)], who: &str) -> bool {
    let Some(lex) = doc
        .lang
        .as_deref()
        .and_then(chancery_lexicon::events::lexicon)
    else {
        return false;
    };
    let Some(mut c) = word_index(para, ws, who) else {
        return false;
    };
    let lower = |i: usize| ws[i].1.to_lowercase().replace('’', "'");
    if c >= 1
        && (ws[c - 1].1.ends_with(['\'', '’']) && !lex.is(&lower(c - 1), Role::Genitive)
            || quote_word(&lower(c - 1), QuoteWord::Article))
    {
        c -= 1;
    }
    // The noun and an adjective or two before it ("le ministère espagnol des Affaires
    // étrangères", "le Conseil de sécurité des Nations unies").
    let names_an_actor = |i: usize| {
        !quote_word(&lower(i), QuoteWord::Article)
            && (capitalised(ws[i].1)
                || lex.is(&lower(i), Role::ActorNoun)
                || chancery_lexicon::nonentities::is_title_word(ws[i].1)
                || role_in(ws[i].1).is_some())
    };
    c >= 2
        && lex.is(&lower(c - 1), Role::Genitive)
        && !(c.saturating_sub(4)..c - 1).any(names_an_actor)
}

/// The speaker a reporting verb's subject `who` names, if it names one.
fn reported_name<'a>(
    doc: &Document,
    who: &'a str,
    resolved: &mut std::collections::HashMap<&'a str, Option<String>>,
) -> Option<String> {
    let text = doc.text.as_str();
    // "What I said", "I’ve said": a pronoun, not a name.
    // ("M. Lavrov a assuré": a courtesy title's initial is no "m'".)
    let pronoun = words(who).iter().any(|&(at, w)| {
        if who[at + w.len()..].starts_with('.') {
            return false;
        }
        let bare = w.split(['’', '\'']).next().unwrap_or(w);
        quote_word(bare, QuoteWord::FirstPerson) || quote_word(bare, QuoteWord::Pronoun)
    });
    // ("сказал РИА Новости источник", "told Reuters": the medium relays, it does not speak.)
    if pronoun || medium_in(who).is_some() && person(who).is_none() {
        return None;
    }
    // The entity at this place first (the same words may end different bodies'
    // names: "ministère suisse / espagnol des Affaires étrangères"), then the name. A
    // place speaks only for its state: the state or its capital ("Moscou dénonce"),
    // not another city ("В Будапеште заявили"); a place that opens a longer name ("the Wall
    // Street Journal") is not the subject.
    let place = span_in(text, who);
    let at_place = place.and_then(|at| crate::speakers::entity_named_in(doc, at, true));
    let at_place = match (at_place, place) {
        (Some(e), Some(at)) if e.kind == chancery_model::EntityType::Loc => {
            let opens_a_name = e.mentions.iter().any(|m| {
                at.start <= m.start
                    && m.end < at.end
                    && text[m.end..at.end]
                        .trim_start()
                        .starts_with(char::is_uppercase)
            });
            if opens_a_name {
                None
            } else if chancery_lexicon::actors::builtin().speaks_for_state(&e.name) {
                Some(e.name.clone())
            } else {
                return None;
            }
        }
        (found, _) => found.map(|e| e.name.clone()),
    };
    at_place.or_else(|| {
        resolved
            .entry(who)
            .or_insert_with(|| resolve_with(doc, who, false))
            .clone()
    })
}

/// People whose words the text reports without quotation marks ("Песков заявил, что…", "said
/// Lavrov", "a indiqué le ministre") are speakers too, with no turns and no quotations: the
/// named subject of a reporting verb, before it or right after it — the entity named there
/// when there is one (runs after the entities), else the name as the clause writes it.
pub(crate) fn add_reported_speakers(doc: &mut Document) {
    let text = doc.text.as_str();
    let mut found: Vec<String> = Vec::new();
    // Once per distinct subject; a lone surname counts only when someone already knows it (the
    // actor base, a speaker), not by a read of the whole text for each verb.
    let mut resolved: std::collections::HashMap<&str, Option<String>> =
        std::collections::HashMap::new();
    // (A turn's label opening the paragraph is no part of a subject: "Q Madam Chancellor, the
    // President … said that".)
    let labels: Vec<Span> = doc.turns.iter().filter_map(|t| t.label).collect();
    for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
        let offset = para.as_ptr() as usize - text.as_ptr() as usize;
        let para = labels
            .iter()
            .find(|l| {
                l.start >= offset
                    && l.end <= offset + para.len()
                    && para[..l.start - offset].trim().is_empty()
            })
            .map_or(para, |l| &para[l.end - offset..]);
        let ws = words(para);
        for (k, &(at, w)) in ws.iter().enumerate() {
            // A reporting verb is written in lower case here (no lowercasing of every name).
            if capitalised(w) || !reporting_verbs().contains(w) {
                continue;
            }
            // ("Как заявил Песков": the opening "как" is no subject; "США, как заявил X": the
            // subject of a fronted clause follows its verb.)
            let fronted = k > 0 && quote_word(&ws[k - 1].1.to_lowercase(), QuoteWord::As);
            let before = subject_before(para, &ws, k)
                .filter(|w| !fronted && !quote_word(&w.to_lowercase(), QuoteWord::As));
            // Verb first: "заявил Лавров", "сообщил журналистам сам Трамп", "said Lavrov".
            // ("comme l'a demandé l'Assemblée générale": a name after an elided article.)
            // ("après avoir accusé Kiev", "having accused Kyiv": the name is the object.)
            let infinitive = k > 0 && {
                let prev = ws[k - 1].1;
                let bare = prev.rsplit_once(['\'', '’']).map_or(prev, |(_, w)| w);
                quote_word(bare, QuoteWord::Infinitive)
            };
            let after = || {
                if infinitive {
                    return None;
                }
                let next_at = ws[k + 1..].iter().take(3).find_map(|&(a, n)| {
                    if capitalised(n) {
                        return Some(a);
                    }
                    let (article, rest) = n.split_once(['\'', '’'])?;
                    let mark = n[article.len()..].chars().next()?.len_utf8();
                    (article.chars().count() == 1 && capitalised(rest))
                        .then_some(a + article.len() + mark)
                })?;
                let between = &para[at + w.len()..next_at];
                // ("отметил глава МИД": the title with the body it governs.)
                let from = ws[k + 1..]
                    .iter()
                    .take_while(|&&(a, _)| a < next_at)
                    .find(|(_, t)| chancery_lexicon::nonentities::is_title_noun(t))
                    .map_or(next_at, |&(a, _)| a);
                (!between.contains([',', '.', ';', ':', '«', '"', '“']))
                    .then(|| phrase_from(para, from))
            };
            // "La dernière commémoration de l'Holodomor … a rappelé": a name in the genitive
            // of a noun that names no actor is not the subject.
            // ("A recent report by Harvard University said": its author.)
            let before = before
                .map(|who| genre_author(who).unwrap_or(who))
                .filter(|who| !genitive_of_a_thing(doc, para, &ws, who));
            // "La France doit soutenir l'Ukraine, a estimé Jean-Noël Barrot", "…, заявил Сергей
            // Лавров": a verb that opens its clause after a comma, its name right after it (no
            // complementizer between), has its subject there, not before the comma.
            let inverted = para[..ws[verb_group_start(&ws, k)].0]
                .trim_end()
                .ends_with(',')
                && ws[k + 1..]
                    .iter()
                    .take(3)
                    .take_while(|(_, n)| !capitalised(n))
                    .all(|(_, n)| !quote_word(&n.to_lowercase(), QuoteWord::Complementizer));
            let who = if inverted {
                after().or(before)
            } else {
                before.or_else(after)
            };
            let Some(who) = who else {
                continue;
            };
            // "La France puis l'Europe ont exprimé…", "Trump and Putin said": each subject
            // joined by a conjunction before the verb speaks.
            let mut whos = vec![who];
            if before.is_some()
                && let Some(mut c) = word_index(para, &ws, who)
            {
                // Past the subject's article ("puis l’Europe").
                if c >= 1
                    && (ws[c - 1].1.ends_with(['\'', '’'])
                        || quote_word(&ws[c - 1].1.to_lowercase(), QuoteWord::Article))
                {
                    c -= 1;
                }
                if c >= 2
                    && quote_word(&ws[c - 1].1.to_lowercase(), QuoteWord::Conjunction)
                    && let Some(first) = subject_before(para, &ws, c - 1)
                {
                    whos.push(first);
                }
            }
            for who in whos {
                // "The Ministers affirmed…": the people named before it in the paragraph.
                if let Some(group) = group_named_before(doc, para, at, who) {
                    for name in group {
                        if !found.contains(&name) {
                            found.push(name);
                        }
                    }
                    continue;
                }
                if let Some(name) = reported_name(doc, who, &mut resolved)
                    && !found.contains(&name)
                {
                    found.push(name);
                }
            }
        }
    }
    // "According to Sergey Lavrov, the talks…", "Selon X, …", "По словам X, …": the source
    // an introducing word names, up to the comma, when an entity stands there.
    for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
        let ws = words(para);
        for (k, &(at, w)) in ws.iter().enumerate() {
            let lower = w.to_lowercase();
            // ("Pour Jean-Yves Le Drian, la situation reste grave": whose view a sentence
            // opens with, a person's only — "Pour la France" may be a topic.)
            let view_of = quote_word(&lower, QuoteWord::ViewOf)
                && para[..at]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '.' | '!' | '?' | '»' | '”' | ':'));
            if !view_of && !quote_word(&lower, QuoteWord::According) {
                continue;
            }
            // ("according to": the joining word too.)
            let link = ws
                .get(k + 1)
                .is_some_and(|(_, n)| quote_word(&n.to_lowercase(), QuoteWord::AccordingLink));
            let Some(&(from, _)) = ws.get(k + 1 + usize::from(link)) else {
                continue;
            };
            // ("Selon le chef de la diplomatie ukrainienne, Dmytro Kouleba, …": the name in
            // apposition to a description.)
            let who = apposed_name(para, phrase_from(para, from));
            if who.is_empty() || medium_in(who).is_some() && person(who).is_none() {
                continue;
            }
            // ("According to reports from the DPRK side", "d'après un communiqué du Kremlin":
            // the author of the text named.)
            let who = genre_author(who).unwrap_or(who);
            let Some(place) = span_in(text, who) else {
                continue;
            };
            // (A state speaks when its words are reported: "According to the DPRK side".)
            let state = || {
                crate::speakers::entity_named_in(doc, place, true).filter(|e| {
                    !view_of
                        && e.kind == chancery_model::EntityType::Loc
                        && chancery_lexicon::actors::builtin().speaks_for_state(&e.name)
                })
            };
            let entity = crate::speakers::entity_named_in(doc, place, false)
                .or_else(state)
                .or_else(|| {
                    doc.entities.iter().find(|e| {
                        e.kind == chancery_model::EntityType::Per
                            && e.mentions
                                .iter()
                                .any(|m| place.start <= m.start && m.end <= place.end)
                    })
                });
            // ("По словам главы египетского МИД": a person's role, not the ministry.)
            if let Some(e) = entity
                && !found.contains(&e.name)
                && (e.kind == chancery_model::EntityType::Per || role_in(who).is_none() && !view_of)
            {
                found.push(e.name.clone());
            }
        }
    }
    // "An interview … with Swiss Ambassador Gabriele Schreier", "entretien avec", "интервью с":
    // the person interviewed speaks.
    let with_words = doc
        .lang
        .as_deref()
        .and_then(chancery_lexicon::events::lexicon);
    for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
        let Some(lex) = with_words else { break };
        let ws = words(para);
        for (k, &(_, w)) in ws.iter().enumerate() {
            if !quote_word(&w.to_lowercase(), QuoteWord::Interview) {
                continue;
            }
            // (Within the clause: "an interview on the topics of the meetings with …"; the
            // first such word a person follows closely.)
            for j in k + 1..ws.len().min(k + 9) {
                if para[ws[k].0..ws[j].0].contains(['.', ';', ':', ',', '!', '?']) {
                    break;
                }
                if !lex.is(
                    &ws[j].1.to_lowercase(),
                    chancery_lexicon::events::Role::With,
                ) {
                    continue;
                }
                let Some(&(from, _)) = ws.get(j + 1) else {
                    break;
                };
                let Some(place) = span_in(text, phrase_from(para, from)) else {
                    break;
                };
                let person = doc
                    .entities
                    .iter()
                    .filter(|e| e.kind == chancery_model::EntityType::Per)
                    .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
                    .filter(|(m, _)| place.start <= m.start && m.end <= place.end)
                    .min_by_key(|(m, _)| m.start)
                    .filter(|(m, _)| {
                        text[place.start..m.start].split_whitespace().count() <= SHORT_SUBJECT_WORDS
                    });
                if let Some((_, e)) = person {
                    if !found.contains(&e.name) {
                        found.push(e.name.clone());
                    }
                    break;
                }
            }
        }
    }
    for name in found {
        credit_speaker(&mut doc.speakers, &name, 0);
    }
}

/// The people a plural subject stands for ("The Ministers", "les deux dirigeants", "министры":
/// at most three words ending in a `group` word): the persons named in the paragraph before the
/// verb at `at`, when there are at least two. `None` for any other subject.
fn group_named_before(doc: &Document, para: &str, at: usize, who: &str) -> Option<Vec<String>> {
    let ws: Vec<&str> = who.split_whitespace().collect();
    let last = ws.last()?.to_lowercase();
    if ws.len() > 3 || !quote_word(&last, QuoteWord::Group) {
        return None;
    }
    let start = para.as_ptr() as usize - doc.text.as_ptr() as usize;
    let verb = start + at;
    let mut names: Vec<String> = Vec::new();
    for e in doc
        .entities
        .iter()
        .filter(|e| e.kind == chancery_model::EntityType::Per)
    {
        if e.mentions.iter().any(|m| start <= m.start && m.end <= verb) && !names.contains(&e.name)
        {
            names.push(e.name.clone());
        }
    }
    (names.len() >= 2).then_some(names)
}

/// Counts `quotes` more quotations for the speaker called `name` (by name, a surface form, or a
/// variant of the same person), adding a speaker without turns when there is none.
pub(crate) fn credit_speaker(speakers: &mut Vec<Speaker>, name: &str, quotes: usize) {
    let existing = speakers.iter().position(|s| {
        s.name == name || same_person(&s.name, name) || s.surface.iter().any(|f| f == name)
    });
    match existing {
        Some(i) => speakers[i].quotes += quotes,
        None => speakers.push(Speaker {
            name: name.to_owned(),
            surface: vec![name.to_owned()],
            quotes,
            ..Speaker::default()
        }),
    }
}

/// Whether a clause's subject is a definite description ("the Russian diplomat", "le chef de
/// l'État", "la ministre"): an article that points back, then lowercase words; or, without an
/// article, a lowercase nationality and a noun ("— подчеркнул турецкий лидер").
fn definite(who: &str) -> bool {
    let ws = words(who);
    let Some(&(_, first)) = ws.first() else {
        return false;
    };
    let demonym = chancery_lexicon::nonentities::is_demonym;
    let lowercase_rest = ws[1..].iter().all(|(_, w)| !capitalised(w) || demonym(w));
    (quote_word(first, QuoteWord::Article) && ws.len() <= 5 && lowercase_rest)
        || (!capitalised(first) && demonym(first) && (2..=3).contains(&ws.len()) && lowercase_rest)
        // (A title alone in a language without articles: "По мнению министра, «…»".)
        || (!capitalised(first)
            && chancery_lexicon::nonentities::is_title_word(first)
            && ws.len() <= 2
            && lowercase_rest)
}

/// A clause subject made of common nouns only that names a commentator ("l'expert", "the
/// analyst", "политолог") or an anonymous source ("une source", "источник"): which of the two.
fn noun_subject(who: &str) -> Option<QuoteWord> {
    let ws = words(who);
    if unnamed_source(&ws) || inverted_indefinite(who) {
        return Some(QuoteWord::Anonymous);
    }
    // "— сказал РИА Новости высокопоставленный дипломатический источник", "told Reuters a
    // source": the medium told, then the anonymous source.
    if let Some(c) = ws.iter().rposition(|(_, w)| capitalised(w))
        && c + 1 < ws.len()
        && medium_in(&who[..ws[c + 1].0]).is_some()
        && ws[c + 1..].iter().all(|(_, w)| !capitalised(w))
        && ws[c + 1..]
            .iter()
            .any(|(_, w)| quote_word(w, QuoteWord::Anonymous))
    {
        return Some(QuoteWord::Anonymous);
    }
    if ws.is_empty()
        || ws.len() > 4
        || ws
            .iter()
            .enumerate()
            .any(|(k, (_, w))| capitalised(w) && !(k == 0 && quote_word(w, QuoteWord::Article)))
    {
        return None;
    }
    [QuoteWord::Anonymous, QuoteWord::Commentator]
        .into_iter()
        .find(|&kind| ws.iter().any(|(_, w)| quote_word(w, kind)))
}

/// How far back a definite description of an anonymous source looks for the unnamed one it means.
const UNNAMED_REACH: usize = 600;

/// Whether `who`, a slice of `text` that is a definite description of an anonymous source ("the
/// official", "le diplomate"), means someone the text introduced unnamed: the last mention of
/// its noun before it opens with an indefinite article ("A senior U.S. official, speaking on
/// condition of anonymity, said…") and nobody is named in full since. The person named last is
/// then not the speaker.
fn means_the_unnamed(text: &str, who: &str) -> bool {
    let ws = words(who);
    let (Some(&(_, first)), Some(&(_, head))) = (ws.first(), ws.last()) else {
        return false;
    };
    let head = head.to_lowercase();
    if ws.len() < 2
        || !quote_word(&first.to_lowercase(), QuoteWord::Article)
        || !(quote_word(&head, QuoteWord::Unnamed) || quote_word(&head, QuoteWord::Anonymous))
    {
        return false;
    }
    let Some(at) = span_in(text, who).map(|s| s.start) else {
        return false;
    };
    let stretch = &text[floor_boundary(text, at.saturating_sub(UNNAMED_REACH))..at];
    let sw = words(stretch);
    let Some(k) = sw.iter().rposition(|(_, w)| w.to_lowercase() == head) else {
        return false;
    };
    // (A full name: two capitalised words a space apart, not "Vingt-Sept".)
    let named_since = sw[k + 1..].windows(2).any(|p| {
        capitalised(p[0].1) && capitalised(p[1].1) && stretch[p[0].0 + p[0].1.len()..p[1].0] == *" "
    });
    !named_since
        && (k.saturating_sub(5)..k).any(|j| {
            quote_word(&sw[j].1.to_lowercase(), QuoteWord::Indefinite)
                && !stretch[sw[j].0..sw[k].0].contains([',', ';', ':', '\n', '!', '?'])
        })
}

/// "a senior U.S. official", "un haut responsable de l'Élysée": a lowercase word (an article,
/// an adjective), a few words (names of where they work among them) and a noun of an anonymous
/// source, the subject of a clause ("the official" points back to someone named).
fn unnamed_source(ws: &[(usize, &str)]) -> bool {
    ws.len() >= 2
        && ws.len() <= SUBJECT_WORDS
        // ("Un diplomate européen a jugé : « … »": an indefinite article opening a sentence.)
        && (!capitalised(ws[0].1) || quote_word(&ws[0].1.to_lowercase(), QuoteWord::Indefinite))
        && !ws[1..].iter().any(|(_, w)| {
            quote_word(w, QuoteWord::Pronoun) || aux_word(w) || is_reporting(w)
        })
        // (No name after the noun: "le haut responsable Josep Borrell" is Borrell.)
        && ws[1..]
            .iter()
            .position(|(_, w)| {
                quote_word(w, QuoteWord::Anonymous)
                    || quote_word(w, QuoteWord::Unnamed)
                        && !quote_word(&ws[0].1.to_lowercase(), QuoteWord::Article)
            })
            .is_some_and(|n| {
                !ws[n + 1..]
                    .windows(2)
                    .any(|p| capitalised(p[0].1) && capitalised(p[1].1))
                    && !ws[n + 1..].last().is_some_and(|(_, w)| capitalised(w))
            })
}

/// Whether a clause subject opens (after an article) with a title in lower case that is no body's
/// name ("глава МИД", "the head of the ministry", "la porte-parole du Quai d'Orsay"; not "Affaires
/// étrangères").
pub(crate) fn titled_person(who: &str) -> bool {
    words(who)
        .iter()
        .find(|(_, w)| !quote_word(&w.to_lowercase(), QuoteWord::Article))
        .is_some_and(|(_, w)| {
            !capitalised(w) && chancery_lexicon::nonentities::is_title_word(w) && !names_a_body(w)
        })
}

/// Whether `who` opens with a word of a description that stands for a title ("— написала
/// дипломат": a language without articles has no "the" to make it definite).
fn description_noun(who: &str) -> bool {
    words(who).first().is_some_and(|(_, w)| {
        let w = w.to_lowercase();
        chancery_lexicon::people::description_words()
            .iter()
            .any(|(d, _)| *d == w)
    })
}

/// Whether a clause's subject is a speaking body named by a common noun ("the ministry", "le
/// ministère", "в ведомстве").
fn names_a_body(who: &str) -> bool {
    // (An elided article glued to the noun is no part of it: "l'organisation".)
    words(who).iter().take(4).any(|(_, w)| {
        let noun = w.rsplit(['\'', '’']).next().unwrap_or(w);
        lower_in_set(noun, speaking_bodies())
    })
}

/// Everyone a quotation is attributed to is a speaker: a labelled speaker has their quotations
/// counted, a person only quoted becomes a speaker with no turns.
fn count_quoted_speakers(doc: &mut Document) {
    for q in &doc.quotes {
        if let Some(name) = q.speaker.as_deref() {
            credit_speaker(&mut doc.speakers, name, 1);
        }
    }
}

/// The quoted stretches of `text`: (with marks, without marks), top level only, in order.
/// Marks never pair across a paragraph break or a turn start in `breaks` (sorted offsets).
fn quote_spans(text: &str, breaks: &[usize]) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut straight_open: Option<usize> = None;
    // A quotation left open at a paragraph's end whose next paragraph opens with a quotation
    // mark goes on there (the press's convention for a quotation over several paragraphs): its
    // start, kept until that mark.
    let mut carried: Option<usize> = None;
    let mut next_break = breaks.iter().copied().peekable();
    let bytes = text.as_bytes();
    // Only the bytes that start a quotation mark or a line break matter: scan bytes, not chars
    // (every mark starts with a lead byte, so `i` is always a char boundary).
    for (i, &b) in bytes.iter().enumerate() {
        let c = match b {
            b'"' => '"',
            b'\n' => '\n',
            0xC2 => match bytes.get(i + 1) {
                Some(0xAB) => '«',
                Some(0xBB) => '»',
                _ => continue,
            },
            0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(0x9C)) => '“',
                (Some(0x80), Some(0x9D)) => '”',
                (Some(0x80), Some(0x9E)) => '„',
                _ => continue,
            },
            _ => continue,
        };
        if next_break.peek().is_some_and(|&b| b <= i) {
            while next_break.peek().is_some_and(|&b| b <= i) {
                next_break.next();
            }
            stack.clear();
            straight_open = None;
            carried = None;
        }
        // The opening mark of a paragraph that continues a quotation keeps its start.
        let start_here = |i: usize, carried: &mut Option<usize>| carried.take().unwrap_or(i);
        // German and Russian „…“ close with the mark English opens with.
        let closes_low = stack.last().is_some_and(|(o, _)| *o == '„');
        match c {
            '“' | '"' if closes_low => {
                if let Some((_, start)) = stack.pop()
                    && stack.is_empty()
                    && i - start <= MAX_QUOTE_BYTES
                {
                    push(text, &mut out, start, i + c.len_utf8());
                }
            }
            '«' | '“' | '„' => {
                // A straight quote left open does not span typographic ones.
                straight_open = None;
                let start = if stack.is_empty() {
                    start_here(i, &mut carried)
                } else {
                    i
                };
                stack.push((c, start));
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
                } else if c == '”'
                    && stack.is_empty()
                    && let Some(start) = straight_open.take()
                {
                    // "If Russia further invades Ukraine, … swift”, she said: a straight mark
                    // opened, a typographic one closes (text pasted from two sources).
                    push(text, &mut out, start, i + c.len_utf8());
                }
            }
            '"' if stack.is_empty() => match straight_open.take() {
                Some(start) => push(text, &mut out, start, i + 1),
                None => straight_open = Some(start_here(i, &mut carried)),
            },
            '\n' if text[i + 1..].starts_with('\n') => {
                // Quotation marks do not run across paragraphs, but for a quotation whose next
                // paragraph opens with a quotation mark again. One opened and never closed in its
                // paragraph (a typo, or the last paragraph before a new one) ends with it.
                let open = match (&stack[..], straight_open) {
                    ([('«' | '“', start)], _) => Some(*start),
                    ([], Some(start)) => Some(start),
                    _ => None,
                };
                let next = text[i..].trim_start();
                let next_at = text.len() - next.len();
                // (Not across a transcript turn's label.)
                let continues = next.starts_with(['«', '“', '"'])
                    && next_break.peek().is_none_or(|&b| b > next_at);
                // A quotation whose marks are not opened again: it goes on through paragraphs
                // without marks to the one whose first mark closes it ("«НАТО хочет …\n\nНапример,
                // …\n\nЭто … силу», — заявил министр обороны.").
                if let [(opener @ ('«' | '“'), start)] = stack[..]
                    && closed_further(text, i, opener, next_break.peek().copied())
                        .is_some_and(|end| end - start <= MAX_QUOTE_BYTES)
                {
                    continue;
                }
                match open.filter(|&start| i - start <= MAX_QUOTE_BYTES) {
                    Some(start) if continues => carried = Some(start),
                    Some(start) if !stack.is_empty() => push_unclosed(text, &mut out, start, i),
                    _ => carried = None,
                }
                rescan_after_stale_opener(text, breaks, &stack, i, &mut out);
                stack.clear();
                straight_open = None;
            }
            '\n' => {
                // Text with a paragraph per line (news-database exports, plain text): a
                // quotation in English marks open at the end of a line that ends a sentence goes
                // on when the next line opens with a quotation mark, as across a blank line. (A
                // wrapped line never starts with a closing mark: the mark there opens. Not «…»:
                // the Russian press does not open its marks again, and a new quotation may
                // start on the next line.)
                let open = match (&stack[..], straight_open) {
                    ([('“', start)], _) => Some(*start),
                    ([], Some(start)) => Some(start),
                    _ => None,
                };
                let next = text[i + 1..].trim_start_matches([' ', '\t']);
                let next_at = text.len() - next.len();
                if let Some(start) = open
                    && i - start <= MAX_QUOTE_BYTES
                    && text[..i].trim_end().ends_with(['.', '!', '?', '…'])
                    && next.starts_with(['“', '"'])
                    && next_break.peek().is_none_or(|&b| b > next_at)
                {
                    carried = Some(start);
                    stack.clear();
                    straight_open = None;
                }
            }
            _ => {}
        }
    }
    rescan_after_stale_opener(text, breaks, &stack, text.len(), &mut out);
    out
}

/// The most paragraphs after the one a quotation opens in that it may go on through without
/// quotation marks to the one that closes it.
const MAX_UNMARKED_PARAGRAPHS: usize = 3;

/// Where the mark that closes `opener` stands, when a quotation left open at the paragraph
/// break at `at` goes on through paragraphs with no quotation mark (at most
/// [`MAX_UNMARKED_PARAGRAPHS`]) to one whose first mark closes it, before the next turn start
/// `turn`. `None` when another mark comes first (the quotation was left open by mistake).
fn closed_further(text: &str, at: usize, opener: char, turn: Option<usize>) -> Option<usize> {
    let closer = if opener == '«' { '»' } else { '”' };
    let mut from = at;
    for _ in 0..MAX_UNMARKED_PARAGRAPHS {
        let para_start = from + text[from..].len() - text[from..].trim_start().len();
        let para_end = text[para_start..]
            .find("\n\n")
            .map_or(text.len(), |k| para_start + k);
        if para_start >= text.len() || turn.is_some_and(|b| b <= para_end) {
            return None;
        }
        let para = &text[para_start..para_end];
        if let Some((k, c)) = para
            .char_indices()
            .find(|&(_, c)| matches!(c, '«' | '»' | '“' | '”' | '„' | '"'))
        {
            return (c == closer).then_some(para_start + k);
        }
        from = para_end;
    }
    None
}

/// Fewest spaces inside a quotation in single marks: shorter ones are mostly scare quotes.
const SINGLE_QUOTE_SPACES: usize = 3;

/// Quotations in single marks, as the British press and others write them ("'We will not
/// accept it,' Cleverly said", "‘…’"), added to `marks` (sorted) where no other quotation
/// stands. The mark is also the apostrophe, so a quotation opens only after a space, a line
/// start or an opening bracket, before a letter or digit; it closes after a letter, a digit or
/// a sentence's punctuation, before a space or punctuation — after a letter, only before
/// punctuation or the line's end ("the countries' leaders" closes nothing). Never across a
/// line, a turn's start, or fewer than four words.
fn single_quote_spans(text: &str, breaks: &[usize], marks: &mut Vec<(Span, Span)>) {
    let mut found: Vec<(Span, Span)> = Vec::new();
    let mut open: Option<usize> = None;
    let mut next_break = breaks.iter().copied().peekable();
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let len = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'\n', _, _) => {
                open = None;
                continue;
            }
            (b'\'', _, _) => 1,
            (0xE2, Some(0x80), Some(0x98 | 0x99)) => 3,
            _ => continue,
        };
        if next_break.peek().is_some_and(|&b| b <= i) {
            while next_break.peek().is_some_and(|&b| b <= i) {
                next_break.next();
            }
            open = None;
        }
        let before = text[..i].chars().next_back();
        let after = text[i + len..].chars().next();
        let opens = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':'))
            && after.is_some_and(char::is_alphanumeric);
        if opens {
            open = Some(i);
            continue;
        }
        let Some(start) = open else {
            continue;
        };
        let punctuation = |c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '…');
        let closes = match before {
            Some(',' | '.' | '!' | '?' | '…') => {
                after.is_none_or(|c| c.is_whitespace() || punctuation(c) || c == '—')
            }
            Some(c) if c.is_alphanumeric() => after.is_none_or(|c| c == '\r' || punctuation(c)),
            _ => false,
        };
        if !closes {
            continue;
        }
        open = None;
        let outer = Span::new(start, i + len);
        let inner = Span::new(
            start + text[start..].chars().next().map_or(1, char::len_utf8),
            i,
        )
        .trim(text);
        if inner.slice(text).matches(' ').count() >= SINGLE_QUOTE_SPACES
            && !marks.iter().any(|(o, _)| o.overlaps(outer))
        {
            found.push((outer, inner));
        }
    }
    if !found.is_empty() {
        marks.extend(found);
        marks.sort_by_key(|(o, _)| o.start);
    }
}

/// Whether `c` is a dash that opens or frames direct speech ("—", "–").
fn speech_dash(c: char) -> bool {
    matches!(c, '—' | '–')
}

/// The position of the first reporting clause a dash opens in `s` after some words ("…, —
/// сказал Лавров", "…! – заявил он"): where the punctuation before the dash stands, and where
/// the dash stands. Only a verb of speech right after the dash (an inverted one too).
fn dash_clause(s: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(d) = s[from..].find(speech_dash).map(|d| from + d) {
        let dash_len = s[d..].chars().next().map_or(1, char::len_utf8);
        from = d + dash_len;
        let before = s[..d].trim_end_matches([' ', '\u{a0}']);
        let Some(mark) = before.chars().next_back() else {
            continue;
        };
        if !matches!(mark, ',' | '!' | '?' | '…' | '.') || before.len() == d {
            continue;
        }
        let rest = s[from..].trim_start_matches([' ', '\u{a0}']);
        let verb = words(rest)
            .first()
            .is_some_and(|&(at, w)| at == 0 && (is_reporting(w) || inverted_reporting(w)));
        if verb {
            return Some((before.len() - mark.len_utf8(), d));
        }
    }
    None
}

/// Quotations a paragraph opens with a dash, as the Russian press writes direct speech: "— Мы
/// готовы к переговорам, — сказал Лавров. — Условий у нас нет." The words before the dash that
/// opens a reporting clause are a quotation (the comma stays out, "!" and "?" in, as with
/// «…»), and so are the words after the next dash that follows that clause, to the paragraph's
/// end. A paragraph a dash opens with no reporting clause (a dialogue's line) is left alone.
fn dash_quote_spans(text: &str, marks: &mut Vec<(Span, Span)>) {
    let mut found: Vec<(Span, Span)> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let body = line.trim_end();
        let lead = body.len() - body.trim_start().len();
        let Some(dash) = body[lead..].chars().next().filter(|&c| speech_dash(c)) else {
            continue;
        };
        let open = lead + dash.len_utf8();
        if !body[open..].starts_with([' ', '\u{a0}']) {
            continue;
        }
        let Some((cut, clause_dash)) = dash_clause(&body[open..]) else {
            continue;
        };
        let (cut, clause_dash) = (open + cut, open + clause_dash);
        let mark = body[cut..].chars().next().unwrap_or(',');
        let end = if mark == ',' {
            cut
        } else {
            cut + mark.len_utf8()
        };
        let inner = Span::new(start + open, start + end).trim(text);
        found.push((Span::new(start + lead, start + end), inner));
        // "…, — сказал Лавров. — Условий…": the words after the dash that follows the clause.
        let clause = &body[clause_dash..];
        let Some((dash_at, next)) = clause
            .char_indices()
            .skip(1)
            .find(|&(i, c)| {
                speech_dash(c)
                    && clause[..i]
                        .trim_end_matches([' ', '\u{a0}'])
                        .ends_with(['.', ','])
            })
            .map(|(i, c)| (clause_dash + i, clause_dash + i + c.len_utf8()))
        else {
            continue;
        };
        let tail_end = dash_clause(&body[next..]).map_or(body.len(), |(c, _)| next + c);
        let inner = Span::new(start + next, start + tail_end).trim(text);
        if !inner.is_empty() {
            found.push((Span::new(start + dash_at, start + tail_end), inner));
        }
    }
    found.retain(|(o, _)| !marks.iter().any(|(m, _)| m.overlaps(*o)));
    if !found.is_empty() {
        marks.extend(found);
        marks.sort_by_key(|(o, _)| o.start);
    }
}

/// An opening mark still open at the end of its paragraph (`end`), further back than any
/// quotation runs — a typo, or a page a scraper flattened into one line — swallowed every
/// quotation after it: the text after it is read again without it.
fn rescan_after_stale_opener(
    text: &str,
    breaks: &[usize],
    stack: &[(char, usize)],
    end: usize,
    out: &mut Vec<(Span, Span)>,
) {
    let Some(&(mark, start)) = stack.first() else {
        return;
    };
    if end - start <= MAX_QUOTE_BYTES {
        return;
    }
    let from = start + mark.len_utf8();
    let shifted: Vec<usize> = breaks
        .iter()
        .filter(|&&b| b > from && b < end)
        .map(|&b| b - from)
        .collect();
    let moved = |s: Span| Span::new(s.start + from, s.end + from);
    for (outer, inner) in quote_spans(&text[from..end], &shifted) {
        out.push((moved(outer), moved(inner)));
    }
}

/// A quotation from its opening mark at `start` to its closing mark, which ends at `end`.
fn push(text: &str, out: &mut Vec<(Span, Span)>, start: usize, end: usize) {
    let close_len = text[..end].chars().next_back().map_or(1, char::len_utf8);
    push_quote(text, out, start, end, close_len);
}

/// A quotation from its opening mark at `start` to the end of its paragraph at `end`, where no
/// closing mark stands.
fn push_unclosed(text: &str, out: &mut Vec<(Span, Span)>, start: usize, end: usize) {
    push_quote(text, out, start, end, 0);
}

/// The quotation `start..end` whose closing mark (if any) is `close_len` bytes long.
fn push_quote(text: &str, out: &mut Vec<(Span, Span)>, start: usize, end: usize, close_len: usize) {
    // An outer quote closing after inner ones replaces them; overlaps are dropped.
    while out.last().is_some_and(|(o, _)| o.start >= start) {
        out.pop();
    }
    if out.last().is_some_and(|(o, _)| o.end > start) {
        return;
    }
    let open_len = text[start..].chars().next().map_or(1, char::len_utf8);
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
        if c == '\n' && wrapped_at(text, pos) {
            pos += 1;
            continue;
        }
        if matches!(c, '!' | '?' | '\n') || c == '.' && !initial_dot(text, pos) {
            return pos;
        }
        pos += c.len_utf8();
    }
    text.len()
}

/// Whether the line break at `pos` only wraps a sentence: the line ends with a comma or a dash,
/// which end no paragraph, and the next opens with a lowercase word ("…воспринято», —\nговорит
/// Лукаш Кулеса").
fn wrapped_at(text: &str, pos: usize) -> bool {
    text[..pos]
        .trim_end_matches([' ', '\u{a0}', '\r'])
        .ends_with([',', '—', '–'])
        && text[pos + 1..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// Whether the full stop at `pos` ends an initial ("В.Путин", "V. Poutine").
fn initial_dot(text: &str, pos: usize) -> bool {
    let mut before = text[..pos].chars().rev();
    before.next().is_some_and(char::is_uppercase) && !before.next().is_some_and(is_word_char)
        || abbreviation_dot(text, pos)
}

/// The full stop of a short capitalised abbreviation inside a name or title ("Marcos Jr.", "Lt.
/// Gen.", "Dr."): a capital and one or two lowercase letters before it.
fn abbreviation_dot(text: &str, pos: usize) -> bool {
    let word: Vec<char> = text[..pos]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    (2..=3).contains(&word.len())
        && word.last().is_some_and(|c| c.is_uppercase())
        && word[..word.len() - 1].iter().all(|c| c.is_lowercase())
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

/// The full name the last paragraph of `before` opens with or holds, when that paragraph ends
/// with a colon, holds no quotation mark and is short (an introduction, not a paragraph of its
/// own that happens to end with a colon). A slice of `before`.
fn colon_intro(before: &str) -> Option<&str> {
    let para = paragraph_tail(before.trim_end().strip_suffix(':')?);
    let ws = words(para);
    if ws.len() > MAX_COLON_INTRO_WORDS || para.contains(['«', '»', '“', '”', '"']) {
        return None;
    }
    first_full_name(para, &ws)
}

/// The full name the sentence before a colon right before a quotation holds, when that sentence
/// is short and holds no quotation mark: "Analyse de l'économiste Cheickna Bounajim Cissé, sur
/// les sanctions :". A slice of `before`.
fn sentence_colon_intro(before: &str) -> Option<&str> {
    let clause = before.trim_end().strip_suffix(':')?;
    let start = clause
        .rfind(['.', '!', '?', '\n', '«', '»', '“', '”', '"'])
        .map_or(0, |i| {
            i + clause[i..].chars().next().map_or(1, char::len_utf8)
        });
    let sentence = &clause[start..];
    let ws = words(sentence);
    // Not a sentence in the first person ("I visited your National Stadium, where refugees ask:
    // “…”"), nor a title's ("autour du thème : « … »").
    if ws.len() > MAX_COLON_INTRO_WORDS
        || ws
            .iter()
            .any(|(_, w)| quote_word(&w.to_lowercase(), QuoteWord::FirstPerson))
        || title_noun_before(clause)
    {
        return None;
    }
    first_full_name(sentence, &ws)
}

/// The most words of a lead phrase before a quotation that opens its sentence.
const MAX_LEAD_WORDS: usize = 8;

/// Whether the sentence `before` ends in is only a short lead phrase ending with a comma, no
/// name, no verb of speech, no source in it ("… a-t-il souligné. En matière de gouvernance et
/// de développement, « le bilan reste trop léger »"): the quotation opens the sentence still.
fn lead_phrase(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let start = head.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let sentence = &head[start..];
    let ws = words(sentence);
    !ws.is_empty()
        && ws.len() <= MAX_LEAD_WORDS
        && !sentence.contains(['«', '»', '"', '“', '”', ':'])
        && ws.iter().skip(1).all(|(_, w)| !capitalised(w))
        && !ws.iter().any(|(_, w)| {
            let lower = w.to_lowercase();
            lower_in_set(w, &SPEECH_VERBS)
                || quote_word(&lower, QuoteWord::According)
                || quote_word(&lower, QuoteWord::ViewOf)
                || quote_word(&lower, QuoteWord::Object)
        })
}

/// The most words of a paragraph, or a sentence, that introduces the quotation after its colon
/// (the same either way: a page run onto one line keeps its introductions).
const MAX_COLON_INTRO_WORDS: usize = 40;

fn title_noun_before(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(80)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // Within the quotation's own sentence: "…a news conference. «NATO stands…»" is not a title.
    let sentence = tail
        .trim_end()
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or("");
    let sentence = if tail.trim_end().ends_with(['.', '!', '?']) {
        ""
    } else {
        sentence
    };
    sentence
        .split(|c: char| !is_word_char(c))
        .any(|w| title_nouns().contains(w.to_lowercase().as_str()))
}

/// Resolves the words of a reporting clause to a person: a known name, a role phrase held by a
/// person the document names, a surname of someone the document names in full, or a
/// capitalised full name kept as written. A news medium is a relay, never a speaker.
fn resolve(doc: &Document, who: &str) -> Option<String> {
    resolve_with(doc, who, true)
}

/// A state's side named by its adjective and an actor noun ("азербайджанская делегация", "la
/// délégation russe", "the Chinese side"): that state (the event lexicon's adjectives and actor
/// nouns). Only those words and articles: "the Chinese foreign minister", "турецкий лидер" are
/// persons.
pub(crate) fn state_side(doc: &Document, who: &str) -> Option<String> {
    use chancery_lexicon::events::Role;
    let lex = chancery_lexicon::events::lexicon(doc.lang.as_deref()?)?;
    let ws = lower_words(who);
    // "The Russian foreign ministry said", "le ministère russe des affaires étrangères": a body
    // of the bodies lexicon with a country adjective is that state's body.
    if let Some(body) = described_body(doc, &ws) {
        return Some(body);
    }
    if !(2..=4).contains(&ws.len()) {
        return None;
    }
    // (A side, a delegation, a government; not a person's title: "турецкий лидер" is
    // Erdoğan.)
    let noun = ws.iter().position(|w| lex.is(w, Role::SideNoun))?;
    let mut state = None;
    for (i, w) in ws.iter().enumerate() {
        if i == noun || lex.is(w, Role::Article) || quote_word(w, QuoteWord::Article) {
            continue;
        }
        match (lex.adjective_country(w), state) {
            (Some(name), None) => state = Some(name),
            _ => return None,
        }
    }
    state.map(str::to_owned)
}

/// The body a description names: the words of a body phrase of `chancery_lexicon::bodies` and
/// one country adjective, after its articles, in any order ("the russian foreign ministry",
/// "ministère russe des affaires étrangères"): "Ministry of Foreign Affairs of Russia".
fn described_body(doc: &Document, ws: &[String]) -> Option<String> {
    use chancery_lexicon::events::Role;
    let lang = doc.lang.as_deref()?;
    let (lex, table) = (
        chancery_lexicon::events::lexicon(lang)?,
        chancery_lexicon::bodies::bodies(lang)?,
    );
    let adjective = ws.iter().position(|w| lex.adjective_country(w).is_some())?;
    let country = lex.adjective_country(&ws[adjective])?;
    let article = |w: &str| lex.is(w, Role::Article) || quote_word(w, QuoteWord::Article);
    let first = ws.iter().position(|w| !article(w))?;
    let rest: Vec<&str> = ws
        .iter()
        .enumerate()
        .skip(first)
        .filter(|&(i, _)| i != adjective)
        .map(|(_, w)| w.as_str())
        .collect();
    let body = table.phrases.iter().find(|b| {
        b.words.len() > 1
            && b.words.len() == rest.len()
            && b.words.iter().zip(&rest).all(|(bw, w)| bw.matches(w))
    })?;
    Some(table.name_of(body.english, country))
}

/// The words of `who` in lower case, without the punctuation around them.
fn lower_words(who: &str) -> Vec<String> {
    who.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The state whose side is the subject of the reporting verb that ends `before` (the text before
/// a quotation): "The Chinese side said:", "La délégation russe a déclaré :" (see
/// [`state_side`]; auxiliaries between subject and verb skipped).
fn side_before(doc: &Document, before: &str) -> Option<String> {
    let clause = &before[sentence_start(before)..];
    let ws = words(clause);
    let k = ws.iter().position(|(_, w)| is_reporting(w))?;
    let mut end = k;
    while end > 0 && aux_word(ws[end - 1].1) {
        end -= 1;
    }
    let first = end.saturating_sub(4);
    // "Le chef de la diplomatie algérienne s'est dit": a person's role that names the state by
    // its adjective, not the state's side.
    if end > 0
        && role_in(&clause[ws[end.saturating_sub(7)].0..ws[end - 1].0 + ws[end - 1].1.len()])
            .is_some()
    {
        return None;
    }
    // ("Глава российской дипломатии добавил", "the head of the Chinese delegation said": a
    // title before the side makes its holder the subject.)
    (first..end)
        .filter(|&f| f == 0 || !chancery_lexicon::nonentities::is_title_word(ws[f - 1].1))
        .find_map(|f| {
            let (at, _) = ws[f];
            let (last_at, last) = ws[end - 1];
            state_side(doc, &clause[at..last_at + last.len()])
        })
}

/// [`resolve`]; `full_names`: a lone surname may be completed from a full name the text writes
/// (a read of the whole text).
fn resolve_with(doc: &Document, who: &str, full_names: bool) -> Option<String> {
    let who = who.trim();
    // "NATO Secretary General Jens Stoltenberg": the longest tail of two words or more that is
    // a person the base knows or the text tags is the name, whatever role comes before it
    // (unless the whole is one: "Jean-Yves Le Drian").
    let tagged = |name: &str| {
        doc.entities.iter().find(|e| {
            e.kind == chancery_model::EntityType::Per
                && (e.name == name || e.surface.iter().any(|f| f == name))
        })
    };
    let every: Vec<&str> = who.split_whitespace().collect();
    let known = |name: &str| person(name).is_some() || tagged(name).is_some();
    // "Jean-Noël Barrot lors d'une conférence de presse avec Dmytro Kouleba" (a subject after its
    // verb of speech): a person named before a lowercase word that is neither a title nor a
    // possessive's head closes the subject; the names and roles further on are in a phrase of
    // their own.
    let closed = (1..every.len()).find(|&b| {
        crate::speakers::closes_subject(every[b - 1], every[b])
            && (1..=b.min(4)).any(|len| known(&every[b - len..b].join(" ")))
    });
    if let Some(b) = closed {
        let end = every[b - 1].as_ptr() as usize - who.as_ptr() as usize + every[b - 1].len();
        return resolve_with(doc, &who[..end], full_names);
    }
    if every.len() >= 3 && person(who).is_none() && tagged(who).is_none() {
        let tail = (1..every.len() - 1).find_map(|i| {
            let tail = every[i..].join(" ");
            person(&tail)
                .map(|p| p.name.clone())
                .or_else(|| tagged(&tail).map(|e| e.name.clone()))
        });
        if tail.is_some() {
            return tail;
        }
    }
    // ("le ministère russe des affaires étrangères" is the ministry, not its minister.)
    if let Some(body) = described_body(doc, &lower_words(who)) {
        return Some(body);
    }
    if let Some(role) = role_in(who) {
        return holder_of(doc, role);
    }
    if let Some(state) = state_side(doc, who) {
        return Some(state);
    }
    // "Глава МИД добавил", "Le Ministre a ajouté": title words and a body's acronym only, a
    // role that names no one (its holder is the person named before), not a name.
    let acronym = |w: &str| {
        let n = w.chars().count();
        (2..=6).contains(&n) && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    if every.len() <= 3
        && every
            .first()
            .is_some_and(|w| chancery_lexicon::nonentities::is_title_word(w))
        && every[1..]
            .iter()
            .all(|w| acronym(w) || chancery_lexicon::nonentities::is_title_word(w))
    {
        return None;
    }
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A courtesy title is not part of the name ("Mme Parly", "Mr. Price").
    let honorific = |w: &str| quote_word(w.trim_end_matches('.'), QuoteWord::Honorific);
    let every: Vec<&str> = who.split_whitespace().collect();
    // (Nor a conjunction or adverb opening the sentence: "Si la France…", "Вчера Лавров…".)
    let opener = |w: &str| {
        chancery_lexicon::nonentities::is_leading_word(w) && !quote_word(w, QuoteWord::Particle)
    };
    let skipped = every
        .iter()
        .take_while(|w| !upper(w) || quote_word(w, QuoteWord::Article) || honorific(w) || opener(w))
        .count();
    let mut all: &[&str] = &every[skipped..];
    // "Chinese Foreign Ministry spokesperson Mao Ning": the name after a lowercase title word,
    // not the body before it.
    if let Some(t) = all.iter().rposition(|w| {
        !upper(w)
            && w.chars().count() >= 4
            && chancery_lexicon::nonentities::is_title_word(w.trim_end_matches(','))
    }) && all.len() >= t + 3
        && all[t + 1..t + 3].iter().all(|w| upper(w))
        && all[..t].iter().any(|w| upper(w))
    {
        all = &all[t + 1..];
    }
    // Capitalised words, and the particles between them ("Claude de Ganay").
    let mut n = 0;
    while n < all.len() {
        if upper(all[n]) {
            n += 1;
        } else if quote_word(all[n], QuoteWord::Particle)
            && all.get(n + 1).is_some_and(|w| upper(w))
        {
            n += 2;
        } else if quote_word(all[n], QuoteWord::Particle)
            && all
                .get(n + 1)
                .is_some_and(|w| quote_word(w, QuoteWord::Particle))
            && all.get(n + 2).is_some_and(|w| upper(w))
        {
            n += 3;
        } else {
            break;
        }
    }
    // Three capitalised words and more may open with the end of the phrase before the name:
    // an acronym ("son collègue LR Claude de Ganay"), a capitalised common noun or a word after
    // a preposition ("la ministre des Armées Florence Parly"), a place or a body ("président
    // Франции Эмманюэль Макрон", "ambassador in Havana Viktor Koronelli").
    // (Again while three are left: "МИД России Мария Захарова" is Мария Захарова.)
    // An acronym, or a place or body the base knows ("LR", "Франции", "МИД").
    let kb = chancery_lexicon::actors::builtin();
    let no_person = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.chars().count() >= 2 && !w.chars().any(char::is_lowercase)
            || kb
                .lookup(w)
                .or_else(|| kb.lookup_inflected(w))
                .is_some_and(|i| kb.actors()[i].kind != chancery_model::EntityType::Per)
    };
    let mut dropped = 0;
    while all[..n].iter().filter(|w| upper(w)).count() >= 3 {
        let first = all[0].trim_end_matches([',', '.']);
        let after_preposition = dropped == 0
            && skipped > 0
            && quote_word(&every[skipped - 1].to_lowercase(), QuoteWord::Particle);
        if no_person(first)
            || after_preposition
            || chancery_lexicon::nonentities::is_common_noun(first)
            // A title ("Secretary-General Jens Stoltenberg", "Président Emmanuel Macron").
            || first
                .split('-')
                .all(chancery_lexicon::nonentities::is_title_word)
        {
            all = &all[1..];
            n -= 1;
            dropped += 1;
        } else {
            break;
        }
    }
    let mut name: Vec<&str> = all[..n].to_vec();
    // ("Prime Minister Abe declared": a title before a lone surname is no part of it.)
    while name.len() >= 2
        && name[0]
            .split('-')
            .all(chancery_lexicon::nonentities::is_title_word)
        && !name[1..].iter().all(|w| {
            w.split('-')
                .all(chancery_lexicon::nonentities::is_title_word)
                || chancery_lexicon::nonentities::is_common_noun(w)
                || names_a_body(w)
        })
    {
        name.remove(0);
    }
    if name.is_empty() {
        return None;
    }
    // "глава МИД", "the head of NATO": one body's name a title governs is a description of a
    // person, not the body.
    if let [body] = name[..]
        && no_person(body)
        && every[..skipped]
            .iter()
            .any(|w| chancery_lexicon::nonentities::is_title_noun(w))
    {
        return None;
    }
    // "Le Hamas a qualifié…", "la Russie a qualifié…": one capitalised word after an article,
    // ending the phrase, is a name ("the Russian diplomat" is not).
    let after_article = who
        .split_whitespace()
        .take_while(|w| {
            !w.chars().next().is_some_and(char::is_uppercase) || quote_word(w, QuoteWord::Article)
        })
        .last()
        .is_some_and(|w| quote_word(w, QuoteWord::Article))
        && who
            .trim_end()
            .ends_with(name.last().copied().unwrap_or_default());
    let name = name.join(" ");
    if let Some(p) = person(&name) {
        return Some(p.name.clone());
    }
    if medium_in(&name).is_some() {
        return None;
    }
    if let Some(s) = doc
        .speakers
        .iter()
        .find(|s| same_person(&s.name, &name) || s.surface.iter().any(|f| same_person(f, &name)))
    {
        return Some(s.name.clone());
    }
    // A title alone ("the President said", "le Premier Ministre a indiqué") names nobody here;
    // `holder_of` reads roles, `role_named_before` who the text named with it.
    if name
        .split([' ', '-'])
        .all(chancery_lexicon::nonentities::is_title_word)
    {
        return None;
    }
    // (A surname in capitals after a given name, as French texts write it, "Ousmane SONKO", in
    // the usual case; not an acronym opening a body's name, "МИД России".)
    if name.split_whitespace().count() >= 2 || after_article {
        let given_then_caps = name
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
            && !chancery_lexicon::names::has_cyrillic(&name);
        return Some(if given_then_caps {
            crate::entities::title_case_surnames(&name)
        } else {
            name
        });
    }
    full_names.then(|| full_name_in(&doc.text, &name)).flatten()
}

/// "Vassily continued, «…»": a lone given name is the speaker already quoted or labelled whose
/// full name starts with it, when there is one such speaker.
fn given_name(doc: &Document, quotes: &[Quote], who: &str) -> Option<String> {
    let who = who.trim();
    if who.contains(char::is_whitespace) || !capitalised(who) {
        return None;
    }
    // Compared by name key: "Vassily" is the given name of "Vasily Nebenzya".
    let key = name_key(who);
    let starts_with_who = |n: &str| {
        n.split_whitespace().count() >= 2
            && n.split_whitespace()
                .next()
                .is_some_and(|f| name_key(f) == key)
    };
    let mut names = quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .filter(|n| starts_with_who(n))
        .chain(
            doc.speakers
                .iter()
                .filter(|s| {
                    starts_with_who(&s.name) || s.surface.iter().any(|f| starts_with_who(f))
                })
                .map(|s| s.name.as_str()),
        );
    let first = names.next()?;
    names.all(|n| n == first).then(|| first.to_owned())
}

/// The one full name ("Jean Dupont") in `text` whose surname is `surname`, if there is one;
/// else, for a surname of six letters or more, the one whose surname differs from it by one
/// letter ("Koronolli emphasized" after "Viktor Koronelli").
fn full_name_in(text: &str, surname: &str) -> Option<String> {
    let ws = words(text);
    // The surname's key once; a word's key only for a capitalised word after a capitalised one.
    let key = name_key(&spaced_initials(surname));
    full_name_matching(text, &ws, surname, |last| {
        same_person_keys(&name_key(last), &key)
    })
    .or_else(|| {
        (key.chars().count() >= MISSPELT_MIN_LETTERS && !key.contains(' '))
            .then(|| {
                full_name_matching(text, &ws, surname, |last| {
                    one_letter_off(&name_key(last), &key)
                })
            })
            .flatten()
    })
}

/// The one full name (a capitalised given name and a surname, next to each other) in `text`
/// whose surname `matches`.
fn full_name_matching(
    text: &str,
    ws: &[(usize, &str)],
    surname: &str,
    matches: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut found: Option<String> = None;
    for pair in ws.windows(2) {
        let [(a, first), (b, last)] = pair else {
            continue;
        };
        if !(capitalised(first) && capitalised(last)) {
            continue;
        }
        let adjacent = text[a + first.len()..*b].chars().all(|c| c == ' ');
        if adjacent
            && first.chars().any(char::is_lowercase)
            && !quote_word(first, QuoteWord::Article)
            && !quote_word(first, QuoteWord::Honorific)
            && matches(last)
            && !same_person(first, surname)
        {
            let full = format!("{first} {last}");
            match &found {
                Some(f) if !same_person(f, &full) => return None,
                Some(_) => {}
                None => found = Some(full),
            }
        }
    }
    found
}

/// The person with this role whom the document is about: a speaker of the document with that
/// role, else a known holder named in the title, else the holder the text names first.
fn holder_of(doc: &Document, role: &str) -> Option<String> {
    if let Some(s) = doc
        .speakers
        .iter()
        .find(|s| s.role.as_deref() == Some(role))
    {
        return Some(s.name.clone());
    }
    let title = doc.title.as_deref().unwrap_or("");
    let holders = || {
        people()
            .iter()
            .filter(move |p| p.role.as_deref() == Some(role))
    };
    let named_in = |hay: &str, p: &chancery_lexicon::people::Person| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .filter_map(|a| hay.find(a.as_str()))
            .min()
    };
    if let Some(p) = holders().find(|p| named_in(title, p).is_some()) {
        return Some(p.name.clone());
    }
    holders()
        .filter_map(|p| named_in(&doc.text, p).map(|at| (at, p)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, p)| p.name.clone())
        // Named nowhere: whoever held the office on the document's date ("the Kremlin
        // spokesman said" in 2023 is Dmitry Peskov), when the document is dated.
        .or_else(|| {
            doc.published
                .and_then(|date| chancery_lexicon::offices::holder(role, Some(date)))
                .map(str::to_owned)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of `text` after the quotation reader.
    fn quoted(text: &str) -> Document {
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        doc
    }

    /// The one quotation of `text`.
    #[track_caller]
    fn only_quote(text: &str) -> Quote {
        let doc = quoted(text);
        let [q] = &doc.quotes[..] else {
            panic!("{text}: {:?}", doc.quotes)
        };
        q.clone()
    }

    #[test]
    fn what_the_one_spoken_to_says_in_a_transcript_is_theirs() {
        let mut doc = Document {
            text: "SONIA MABROUK Bonjour Marc Fesneau.\nMARC FESNEAU Bonjour.\n\
                   SONIA MABROUK Vous m'avez bien dit ce matin « pas de fébrilité, pas d'affolement \
                   au gouvernement », c'est votre état d'esprit ?\n\
                   MARC FESNEAU Oui. Quand vous parlez aux jeunes, vous dites aux jeunes « ce n'est \
                   pas un jouet, ce n'est pas un jeu ».\nSONIA MABROUK Merci."
                .to_owned(),
            ..Document::default()
        };
        crate::turns::extract_turns(&mut doc);
        extract_quotes(&mut doc);
        let got: Vec<(&str, Option<&str>)> = doc
            .quotes
            .iter()
            .map(|q| (&q.span.slice(&doc.text)[..10], q.speaker.as_deref()))
            .collect();
        // (Said to others, "vous" is anyone: not the journalist's words.)
        assert_eq!(got[0], ("pas de fé", Some("Marc Fesneau")), "{got:?}");
        assert!(
            !got.iter().any(|(_, s)| *s == Some("Sonia Mabrouk")),
            "{got:?}"
        );
    }

    #[test]
    fn a_statement_names_its_author_after_its_genre() {
        assert_eq!(
            genre_author("un communiqué du ministère algérien des Affaires étrangères"),
            Some("ministère algérien des Affaires étrangères")
        );
        assert_eq!(
            genre_author("a statement by the Russian Foreign Ministry"),
            Some("Russian Foreign Ministry")
        );
        assert_eq!(genre_author("заявлении МИД России"), Some("МИД России"));
        // Another text that speaks for its author.
        assert_eq!(
            genre_author("A recent report by Harvard University"),
            Some("Harvard University")
        );
        assert_eq!(genre_author("un rapport de l'ONU"), Some("ONU"));
        assert_eq!(genre_author("le ministre Jean-Noël Barrot"), None);
        assert_eq!(genre_author("un communiqué"), None);
    }

    #[test]
    fn a_title_alone_without_an_article_points_back_to_a_person() {
        let q = only_quote("По мнению министра, «мы не намерены отступать от своих принципов».");
        assert_eq!((q.speaker, q.antecedent), (None, Antecedent::Person));
    }

    #[test]
    fn a_name_after_a_preposition_opening_the_sentence_is_no_subject() {
        // The description after the participial phrase is: a quotation kept, not given to the
        // medium or the host.
        check(
            "Interrogé par France Inter, le chef de la diplomatie a affirmé que « rien n'est \
             exclu pour aider nos partenaires ».",
            &["- | - | rien n'est exclu pour aider nos partenaires"],
        );
        let q = only_quote(
            "Reçu par Emmanuel Macron, le président ukrainien a affirmé que « la paix passe par \
             la force et par l'unité des alliés ».",
        );
        assert_ne!(q.speaker.as_deref(), Some("Emmanuel Macron"));
    }

    #[test]
    fn an_indefinite_inverted_pronoun_points_back_to_no_one() {
        let q = only_quote(
            "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée. « C'est une étape importante \
             pour la sécurité européenne », estime-t-on à l'Élysée.",
        );
        assert_eq!((q.speaker, q.antecedent), (None, Antecedent::None));
        let q = only_quote(
            "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée. « C'est une étape importante \
             pour la sécurité européenne », estime-t-il.",
        );
        assert_eq!(q.antecedent, Antecedent::Person);
    }

    #[test]
    fn according_to_a_description_then_a_name_in_apposition() {
        check(
            "Selon le porte-parole du Quai d'Orsay, Christophe Lemoine, « la France reste \
             pleinement mobilisée aux côtés de Kiev ».",
            &["Christophe Lemoine | - | la France reste pleinement mobilisée aux côtés de Kiev"],
        );
    }

    #[test]
    fn an_unnamed_source_and_a_title_noun_that_points_back() {
        // An official no one names: a quotation with no speaker, not one dropped.
        check(
            "\"The window for diplomacy is closing fast,\" a senior U.S. official told Reuters.",
            &["- | - | The window for diplomacy is closing fast,"],
        );
        // A subject with a lowercase title word, an abbreviation in the name, a state's
        // possessive description then the name after a comma.
        check(
            "\"The Philippine side has violated our sovereignty,\" Chinese Foreign Ministry \
             spokesperson Mao Ning told a regular briefing.",
            &["Mao Ning | - | The Philippine side has violated our sovereignty,"],
        );
        check(
            "\"We will not be intimidated by anyone,\" Philippine President Ferdinand Marcos Jr. \
             said in a speech.",
            &["Ferdinand Marcos Jr. | - | We will not be intimidated by anyone,"],
        );
        check(
            "\"This is a dangerous escalation,\" said Japan's chief cabinet secretary, Yoshimasa \
             Hayashi.",
            &["Yoshimasa Hayashi | - | This is a dangerous escalation,"],
        );
        // A capitalised title alone is no name: the one the text named with it, in the usual
        // case.
        check(
            "Il a demandé au Premier Ministre, Ousmane SONKO, de veiller aux mesures. Prenant la \
             parole, le Premier Ministre a indiqué que « le Gouvernement poursuivra la baisse des \
             prix ».",
            &["Ousmane Sonko | - | le Gouvernement poursuivra la baisse des prix"],
        );
        // A post on a network is speech.
        check(
            "\"It is a historic day for our alliance,\" Finnish President Alexander Stubb posted \
             on X.",
            &["Alexander Stubb | - | It is a historic day for our alliance,"],
        );
        // A medium told, then an anonymous source: nobody's words but a source's.
        check(
            "«Мы не видим оснований для оптимизма», — сказал РИА Новости высокопоставленный \
             дипломатический источник.",
            &["- | - | Мы не видим оснований для оптимизма"],
        );
        // "The spokesman" is the one the text named as one, whatever verb came first.
        check(
            "State Department spokesman Matthew Miller spoke on Tuesday. Asked whether Washington \
             would cut arms deliveries, the spokesman replied: \"We are not going to get ahead of \
             the process.\"",
            &["Matthew Miller | - | We are not going to get ahead of the process."],
        );
    }

    #[test]
    fn a_role_that_names_its_state_by_an_adjective_is_a_person_not_the_state() {
        let mut doc = Document {
            text: "Le chef de la diplomatie algérienne a déclaré : « Nous sommes prêts à \
                   travailler sur tous les dossiers. »"
                .to_owned(),
            lang: Some("fr".to_owned()),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        let q = &doc.quotes[0];
        assert_eq!(
            (q.speaker.as_deref(), q.antecedent),
            (None, Antecedent::Person)
        );
        // A capitalised word that completes a role is the role's, not a name.
        let mut doc = Document {
            text: "Le président de la République l'a rappelé hier : « Nous ne laisserons pas \
                   tomber l'Ukraine. »"
                .to_owned(),
            lang: Some("fr".to_owned()),
            published: chancery_model::PartialDate::parse_iso("2025-03-12"),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Emmanuel Macron"));
    }

    #[test]
    fn a_role_named_nowhere_is_its_holder_on_the_documents_date() {
        let mut doc = Document {
            text: "\"There is nothing to discuss with them at this stage,\" the Kremlin spokesman \
                   said."
                .to_owned(),
            published: chancery_model::PartialDate::parse_iso("2023-05-01"),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Dmitry Peskov"));
        // Undated, nobody can tell who held it.
        doc.published = None;
        extract_quotes(&mut doc);
        assert_eq!(doc.quotes[0].speaker, None);
    }

    #[test]
    fn a_short_sentence_framed_by_a_clause_naming_its_speaker_is_a_quotation() {
        check(
            "« C'est une provocation », selon M. Peskov. Il a qualifié l'incident de « piraterie », selon lui.",
            &["Dmitry Peskov | - | C'est une provocation"],
        );
        check(
            "\"Japan is back,\" Prime Minister Abe declared in Washington.",
            &["Shinzo Abe | - | Japan is back,"],
        );
        check(
            "Как заявил Дмитрий Песков, «это опасный шаг». Он назвал это «опасным шагом вперед».",
            &["Dmitry Peskov | - | это опасный шаг"],
        );
    }

    #[test]
    fn an_inverted_adverb_after_a_quotation_points_back_to_it() {
        check(
            "\"We will keep supporting Ukraine for as long as it takes.\" So said Antony Blinken on Tuesday.",
            &["Antony Blinken | - | We will keep supporting Ukraine for as long as it takes."],
        );
        check(
            "« La France ne cédera pas face aux menaces. » Ainsi s'est exprimé mardi Jean-Noël Barrot.",
            &["Jean-Noël Barrot | - | La France ne cédera pas face aux menaces."],
        );
    }

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
    fn an_anonymous_subject_before_a_colon_names_no_one() {
        let lead = "Le ministre Jean-Noël Barrot s'est rendu à Alger dimanche. ";
        for clause in [
            "Un diplomate européen a jugé : ",
            "Interrogé par l'AFP, un diplomate européen a jugé : ",
        ] {
            let text = format!("{lead}{clause}« C'est un pas dans la bonne direction ».");
            check(&text, &["- | - | C'est un pas dans la bonne direction"]);
        }
    }

    #[test]
    fn whose_view_a_sentence_opens_with_is_no_unknown_single_word() {
        // (A state alone is read with the entities: tests/it/quotes.rs.)
        check("Pour Noël, « on fera la fête en famille ».", &[]);
    }

    #[test]
    fn a_title_and_an_acronym_name_no_one() {
        check(
            "Глава МИД добавил, что «все вопросы двусторонней повестки были решены в ходе встречи».",
            &["- | - | все вопросы двусторонней повестки были решены в ходе встречи"],
        );
    }

    #[test]
    fn quotations_in_single_marks_are_told_from_apostrophes() {
        let text = "'We will not accept any attempt to redraw borders,' Cleverly said. He called \
                    the talks 'constructive and frank' and met the countries' leaders, who \
                    said: ‘Russia must withdraw its troops now.’ Britain's \
                    position is \"clear and firm, and it will not change\", he said.";
        let mut marks = quote_spans(text, &[]);
        single_quote_spans(text, &[], &mut marks);
        let spans: Vec<&str> = marks.iter().map(|(_, inner)| inner.slice(text)).collect();
        assert_eq!(
            spans,
            [
                "We will not accept any attempt to redraw borders,",
                "Russia must withdraw its troops now.",
                "clear and firm, and it will not change"
            ]
        );
    }

    #[test]
    fn a_mark_left_open_in_a_flattened_page_swallows_nothing() {
        // One line (a scraper's), a « never closed, then thousands of bytes later quotations.
        let filler = "Les discussions se sont poursuivies toute la journée à Bamako. ".repeat(120);
        let text = format!(
            "Ils se sont dit « disposés à accompagner le processus. {filler}« Ces mesures sont \
             disproportionnées et injustes », a déclaré Modibo Koné. \"Nous avons le bétail et \
             ils n'en ont pas\", a ajouté un éleveur."
        );
        let spans: Vec<&str> = quote_spans(&text, &[])
            .into_iter()
            .map(|(_, inner)| inner.slice(&text))
            .collect();
        assert_eq!(
            spans,
            [
                "Ces mesures sont disproportionnées et injustes",
                "Nous avons le bétail et ils n'en ont pas"
            ]
        );
    }

    #[test]
    fn the_person_an_interview_is_with_speaks() {
        use chancery_model::{Entity, EntityType};
        let text = "Romansh will be spoken in Slovenia. An interview on the topics of the meetings with Swiss Ambassador Gabriele Schreier.";
        let at = text.find("Gabriele").unwrap();
        let mut doc = Document {
            text: text.to_owned(),
            lang: Some("en".into()),
            ..Document::default()
        };
        doc.entities.push(Entity {
            name: "Gabriele Schreier".into(),
            kind: EntityType::Per,
            surface: vec!["Gabriele Schreier".into()],
            mentions: vec![Span::new(at, at + "Gabriele Schreier".len())],
            ..Entity::default()
        });
        add_reported_speakers(&mut doc);
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Gabriele Schreier"]);
    }

    #[test]
    fn a_name_after_an_infinitives_verb_is_its_object_not_a_speaker() {
        use chancery_model::{Entity, EntityType};
        let speakers = |lang: &str, text: &str, name: &str, canonical: &str| {
            let at = text.find(name).unwrap();
            let mut doc = Document {
                text: text.to_owned(),
                lang: Some(lang.into()),
                ..Document::default()
            };
            doc.entities.push(Entity {
                name: canonical.into(),
                kind: EntityType::Per,
                surface: vec![name.into()],
                mentions: vec![Span::new(at, at + name.len())],
                ..Entity::default()
            });
            add_reported_speakers(&mut doc);
            doc.speakers.len()
        };
        let fr = "Attentat : après avoir accusé Dmytro Kouleba, le Kremlin désigne les Occidentaux";
        assert_eq!(speakers("fr", fr, "Dmytro Kouleba", "Dmytro Kuleba"), 0);
        let en = "Having accused Dmytro Kuleba of lying, the Kremlin left.";
        assert_eq!(speakers("en", en, "Dmytro Kuleba", "Dmytro Kuleba"), 0);
    }

    #[test]
    fn a_name_signing_after_a_dash_or_quoted_as_saying_speaks() {
        assert_eq!(
            clause_right_after(" - Antony Blinken\nNext paragraph."),
            Some((false, Some("Antony Blinken")))
        );
        assert_eq!(
            clause_right_after(" — Sergueï Lavrov, ministre russe"),
            Some((false, Some("Sergueï Lavrov")))
        );
        // (Not a clause after a dash.)
        assert_eq!(signature(" — Лавров заявил, что это так"), None);
        assert_eq!(
            clause_right_after(" Lavrov was quoted as saying by TASS."),
            Some((false, Some("Lavrov")))
        );
        assert_eq!(
            clause_right_after(" TASS quoted Sergei Lavrov as saying."),
            Some((false, Some("Sergei Lavrov")))
        );
        assert_eq!(
            clause_right_after(" the agency quoted him as saying."),
            Some((true, None))
        );
        // Before the quote too: the person quoted, not the medium.
        for (before, who) in [
            (
                "Kremlin spokesman Dmitry Peskov was quoted by TASS as saying: ",
                "Dmitry Peskov",
            ),
            ("TASS quoted Dmitry Peskov as saying: ", "Dmitry Peskov"),
        ] {
            assert!(
                matches!(clause_before(before), Some(Before::Who(w)) if w == who),
                "{before}"
            );
        }
    }

    #[test]
    fn a_body_a_title_governs_describes_a_person() {
        let doc = Document {
            text: "Как отметил глава МИД, «Россия открыта для диалога с Западом».".to_owned(),
            lang: Some("ru".into()),
            ..Document::default()
        };
        assert_eq!(resolve(&doc, "глава МИД"), None);
        assert_eq!(resolve(&doc, "the head of NATO"), None);
        assert_eq!(
            resolve(&doc, "le président Macron").as_deref(),
            Some("Emmanuel Macron")
        );
    }

    #[test]
    fn a_states_side_speaks_for_the_state() {
        let speaker = |lang: &str, text: &str| {
            let mut doc = Document {
                text: text.to_owned(),
                lang: Some(lang.into()),
                ..Document::default()
            };
            extract_quotes(&mut doc);
            doc.quotes.first().and_then(|q| q.speaker.clone())
        };
        assert_eq!(
            speaker(
                "ru",
                "«Мы ожидаем от коллег практических шагов по активизации переговоров», — заявила российская сторона."
            )
            .as_deref(),
            Some("Russia")
        );
        assert_eq!(
            speaker(
                "en",
                "\"Such a policy ultimately harms the Red Cross,\" the Russian diplomats stressed."
            )
            .as_deref(),
            Some("Russia")
        );
        assert_eq!(
            speaker(
                "fr",
                "La délégation russe a déclaré : « Nous attendons des pas concrets de nos partenaires »."
            )
            .as_deref(),
            Some("Russia")
        );
        assert_eq!(
            speaker(
                "en",
                "The Chinese side said: \"We expect concrete steps from our partners in the talks.\""
            )
            .as_deref(),
            Some("China")
        );
        // A person's title is no side.
        assert_ne!(
            speaker(
                "ru",
                "«Считаем, что международное сообщество должно помочь», — подчеркнул турецкий лидер."
            )
            .as_deref(),
            Some("Turkey")
        );
        assert_ne!(
            speaker(
                "ru",
                "Глава российской дипломатии добавил: «Мы будем реагировать на любые недружественные шаги»."
            )
            .as_deref(),
            Some("Russia")
        );
    }

    #[test]
    fn a_long_cyrillic_clause_keeps_the_whole_name() {
        // The clause is read over a number of characters, not bytes: the name at its end is
        // not cut ("Мария Захаро").
        let q = only_quote(
            "«Россия не поддастся давлению», — подчеркнул официальный представитель МИД России Мария Захарова.",
        );
        assert_eq!(q.speaker.as_deref(), Some("Maria Zakharova"));
        assert_eq!(near_start("Мария Захарова", 8), "Мария Захарова");
        assert_eq!(near_start("Мария Захарова", 5), "Мария");
    }

    #[test]
    fn a_body_noun_with_an_elided_article_points_back_to_an_organisation() {
        assert!(names_a_body("L'organisation"));
        assert!(names_a_body("l’organisation sous-régionale"));
        let q = only_quote(
            "« La fin des flux financiers avec le Mali est proche », a annoncé l'organisation.",
        );
        assert_eq!(q.antecedent, Antecedent::Organisation);
    }

    #[test]
    fn a_paragraph_ending_with_a_colon_introduces_the_next_one() {
        check(
            "Gaoussou Coulibaly, président du marché rose, appelle les commerçants à la retenue :\n\n« C'est un devoir patriotique pour chacun de nous, d'agir maintenant. »",
            &[
                "Gaoussou Coulibaly | - | C'est un devoir patriotique pour chacun de nous, d'agir maintenant.",
            ],
        );
        check(
            "Analyse de l'économiste malien Cheickna Bounajim Cissé, sur les sanctions :\n\n\"Compte tenu de la situation géographique du Mali, tout blocus toucherait le pays.\"",
            &[
                "Cheickna Bounajim Cissé | - | Compte tenu de la situation géographique du Mali, tout blocus toucherait le pays.",
            ],
        );
        // Or the sentence before it in the same paragraph.
        check(
            "Nous exhortons nos opérateurs à la retenue. Analyse de l'économiste malien Cheickna Bounajim Cissé, sur les sanctions : \"Compte tenu de la situation géographique du Mali, tout blocus toucherait le pays.\"",
            &[
                "Cheickna Bounajim Cissé | - | Compte tenu de la situation géographique du Mali, tout blocus toucherait le pays.",
            ],
        );
        // A sub-heading run into the introduction leaves it as long as a paragraph may be.
        check(
            "Je crois que ce ne sera pas durable. Conséquences des sanctions de la CEDEAO Gaoussou Coulibaly, président du marché rose, l'un des plus importants marchés de Bamako, appelle les commerçants à ne pas tomber dans la surenchère en cette période difficile pour le pays : « C'est un devoir patriotique pour chacun de nous, d'agir maintenant. »",
            &[
                "Gaoussou Coulibaly | - | C'est un devoir patriotique pour chacun de nous, d'agir maintenant.",
            ],
        );
        // A relative pronoun after an apposition: the name the apposition describes.
        check(
            "Réponse favorable de Jérôme Bonnafont, directeur de la section Afrique du Nord et Moyen-Orient du cabinet de Jean-Marc Ayrault, qui précise : « Il faut que ce soit discret vis-à-vis des médias. »",
            &["Jérôme Bonnafont | - | Il faut que ce soit discret vis-à-vis des médias."],
        );
        // Not after a sentence in the first person, nor after a title noun.
        check(
            "And earlier today, I visited your National Stadium, where thousands of refugees are now trying to answer the toughest questions a human can ask: “My God, what is going to happen to me?”",
            &["- | - | My God, what is going to happen to me?"],
        );
        check(
            "Je me réjouis de co-présider cette cérémonie avec le Président Xi Jinping en pleine année du Dragon, autour du thème : « travailler ensemble à promouvoir la modernisation et à construire »",
            &[],
        );
        // Not when the quotation does not open its paragraph.
        check(
            "Cheickna Bounajim Cissé explique :\n\nLe blocus, dit-on, serait « une erreur qui coûterait cher à tout le pays ».",
            &[],
        );
    }

    #[test]
    fn according_to_after_the_quotation_and_an_elided_pronoun_before_the_verb() {
        check(
            "« Ces menaces de guerre commerciale ne régleront rien » selon Emmanuel Macron.",
            &["Emmanuel Macron | - | Ces menaces de guerre commerciale ne régleront rien"],
        );
        // A description, then the name in apposition.
        check(
            "« C'est un partenariat solide », selon le porte-parole du gouvernement, Gabriel Attal.",
            &["Gabriel Attal | - | C'est un partenariat solide"],
        );
        check(
            "Comme l’explique Giorgos Stavrou, président de l’Union, des mesures sont prévues : « En 2019, le gouvernement va appliquer une loi. »",
            &["Giorgos Stavrou | - | En 2019, le gouvernement va appliquer une loi."],
        );
    }

    #[test]
    fn a_pronoun_subject_right_before_the_verb_and_the_quotation() {
        let text = "Sergei Lavrov spoke in Moscow. He said \"the talks were useful and we agreed to continue them.\"";
        let q = only_quote(text);
        // Framed by "He said": its speaker is the person named before, found with the entities.
        assert!(
            q.speaker.is_some() || q.antecedent == Antecedent::Person,
            "{q:?}"
        );
    }

    #[test]
    fn a_straight_mark_closed_by_a_typographic_one() {
        check(
            "Linda Thomas-Greenfield spoke. \"If Russia further invades Ukraine, none of us will be able to say we did not see it coming”, she said.",
            &[
                "Linda Thomas-Greenfield | - | If Russia further invades Ukraine, none of us will be able to say we did not see it coming",
            ],
        );
    }

    #[test]
    fn an_impersonal_verb_after_the_quotation_points_to_the_statement_named_before() {
        let text = "Президент США Дональд Трамп и президент России Владимир Путин сделали совместное заявление. Заявление опубликовано в субботу.\n\n«Встреча на Эльбе стала кульминацией грандиозной борьбы многих стран», - говорится в совместном заявлении.";
        let q = only_quote(text);
        assert!(q.span.slice(text).starts_with("Встреча на Эльбе"));
        // The author is read from the entities there: the one the sentence names first.
        assert_eq!(
            q.named_at.map(|at| at.slice(text)),
            Some("Президент США Дональд Трамп")
        );
    }

    #[test]
    fn a_quotation_over_two_paragraphs_is_one() {
        for text in [
            "Lavrov spoke.\n\n\"We are ready for dialogue with everyone. We always said so.\n\n\"But nobody will dictate terms to us,\" Lavrov said.",
            "Lavrov a parlé.\n\n« Nous sommes prêts au dialogue avec tous. Nous l'avons dit.\n\n« Mais personne ne nous dictera ses conditions », a déclaré Lavrov.",
        ] {
            let q = only_quote(text);
            assert_eq!(q.speaker.as_deref(), Some("Sergey Lavrov"), "{text}");
            assert!(q.span.slice(text).contains("\n\n"), "{text}");
        }
    }

    #[test]
    fn a_quotation_over_two_lines_of_a_paragraph_per_line_text_is_one() {
        // A news-database export: one paragraph per line, the quotation's mark opened again.
        for text in [
            "Lavrov spoke on Tuesday.\n\"We are ready for dialogue with everyone. We always said so.\n\"But nobody will dictate terms to us,\" Lavrov said.\nThe talks go on.",
            "Lavrov spoke on Tuesday.\n“We are ready for dialogue with everyone. We always said so.\n“But nobody will dictate terms to us,” Lavrov said.\nThe talks go on.",
        ] {
            let q = only_quote(text);
            assert_eq!(q.speaker.as_deref(), Some("Sergey Lavrov"), "{text}");
            assert!(q.span.slice(text).starts_with("We are ready"), "{text}");
            assert!(q.span.slice(text).ends_with("terms to us,"), "{text}");
        }
        // A line that does not end a sentence is a wrapped one: its next line's mark is
        // another quotation's.
        let text = "\"We are ready for dialogue,\" Lavrov said, adding\n\"nobody will dictate terms to us\" in the talks.";
        let spans: Vec<&str> = quote_spans(text, &[])
            .into_iter()
            .map(|(_, inner)| inner.slice(text))
            .collect();
        assert_eq!(
            spans,
            [
                "We are ready for dialogue,",
                "nobody will dictate terms to us"
            ]
        );
    }

    #[test]
    fn a_quotation_goes_on_through_paragraphs_without_marks_to_its_closing_one() {
        let text = "Встреча проходит на уровне послов.\n\n«НАТО хочет иметь форум, где у альянса будет возможность сказать России.\n\nНапример, что возросшая военная активность России создает проблемы.\n\nЭто просто возможность для НАТО показать солидарность и силу», — заявил Петер Кристенсен.";
        let q = only_quote(text);
        assert!(q.span.slice(text).starts_with("НАТО хочет"), "{q:?}");
        assert!(q.span.slice(text).ends_with("силу"), "{q:?}");
        // Not when another mark comes first: the quotation was left open by mistake.
        check(
            "Emmanuel Macron a déclaré : « Nous sommes disposés à accompagner la transition.\n\nLa suite du texte.\n\nSuite, « sans guillemets » fermés.",
            &["Emmanuel Macron | - | Nous sommes disposés à accompagner la transition."],
        );
    }

    #[test]
    fn a_clause_wrapped_onto_the_next_line_after_a_dash() {
        check(
            "«Нельзя ожидать большого прогресса на этой встрече», —\nговорит Лукаш Кулеса, научный руководитель\nцентра.",
            &["Лукаш Кулеса | - | Нельзя ожидать большого прогресса на этой встрече"],
        );
    }

    #[test]
    fn a_quotation_never_closed_ends_with_its_paragraph() {
        check(
            "Emmanuel Macron a déclaré : « Nous sommes disposés à accompagner la transition.\n\nSuite du texte, « sans guillemets » fermés.",
            &["Emmanuel Macron | - | Nous sommes disposés à accompagner la transition."],
        );
    }

    #[test]
    fn names_in_clauses() {
        // An aside between the verb and its subject; an apposed name after a description.
        check(
            "« Nous ne partirons pas du Sahel », a réagi, jeudi soir, la ministre Florence Parly.",
            &["Florence Parly | - | Nous ne partirons pas du Sahel"],
        );
        check(
            "« Nous sommes en guerre, quels sont les objectifs ? », a renchéri le chef de la France insoumise, Jean-Luc Mélenchon.",
            &["Jean-Luc Mélenchon | - | Nous sommes en guerre, quels sont les objectifs ?"],
        );
        // A role word, an acronym, an honorific or a particle around the name.
        check(
            "« Si nous abandonnions le Sahel, nous paierions », a abondé son collègue LR Claude de Ganay.",
            &["Claude de Ganay | - | Si nous abandonnions le Sahel, nous paierions"],
        );
        check(
            "La ministre Florence Parly parle. « Ce que nous visons, c'est l'autonomie », a conclu Mme Parly.",
            &["Florence Parly | - | Ce que nous visons, c'est l'autonomie"],
        );
        // The subject after the verb, before the colon.
        check(
            "Le but est clair, a expliqué, vendredi, le président français, Emmanuel Macron : « La coopération européenne l'a emporté. »",
            &["Emmanuel Macron | - | La coopération européenne l'a emporté."],
        );
        // Words told to the speaker by someone unnamed ("il me disait") are nobody's here.
        check(
            "Jean Dupont a parlé aux syndicats. Je discutais avec un cuisinier, il me disait « le problème ce n'est pas tellement l'âge ».",
            &["- | - | le problème ce n'est pas tellement l'âge"],
        );
        // A surname misspelt by one letter is the one full name that nearly has it.
        check(
            "Russian Ambassador Viktor Koronelli spoke in Havana. \"We coincide in the opinion that Cuba could join,\" Koronolli emphasized.",
            &["Viktor Koronelli | - | We coincide in the opinion that Cuba could join,"],
        );
        // A relative pronoun before the verb stands for the name before it, over an aside.
        check(
            "Gilles Legendre, qui est de vos rangs, qui lui-même disait « nous sommes dans une véritable crise », a été entendu.",
            &["Gilles Legendre | - | nous sommes dans une véritable crise"],
        );
        // An aside between the quotation and its reporting verb.
        check(
            "« Nous voyons ces nouveaux acteurs faire irruption », en espérant une ouverture accrue, a regretté le président de la Chambre, Joerg Wuttke.",
            &["Joerg Wuttke | - | Nous voyons ces nouveaux acteurs faire irruption"],
        );
        // An aside between the subject and the verb.
        check(
            "NATO Secretary-General Jens Stoltenberg, speaking in Brussels, said: \"Russia's strikes on civilian infrastructure are unacceptable.\"",
            &[
                "Jens Stoltenberg | - | Russia's strikes on civilian infrastructure are unacceptable.",
            ],
        );
        // A second quotation right after the sentence that attributed the first; "conference"
        // there introduces no title.
        check(
            "\"Ukraine's rightful place is in our family,\" Jens Stoltenberg told a joint news conference. \"NATO stands with you for as long as it takes.\"",
            &[
                "Jens Stoltenberg | - | Ukraine's rightful place is in our family,",
                "Jens Stoltenberg | - | NATO stands with you for as long as it takes.",
            ],
        );
        // A name after its titles (a known person's name ending them), and a second quotation
        // after the clause that named it.
        check(
            "\"We had a constructive discussion,\" U.S. Secretary of State Antony Blinken told reporters. \"But there is a long way to go.\"",
            &[
                "Antony Blinken | - | We had a constructive discussion,",
                "Antony Blinken | - | But there is a long way to go.",
            ],
        );
        // A role after the verb, with where it was said: the one named before with that role.
        check(
            "Министр иностранных дел России Сергей Лавров провел переговоры с турецким коллегой. «Мы обсудили ситуацию в Сирии», — сказал российский министр на пресс-конференции по итогам встречи.",
            &["Sergey Lavrov | - | Мы обсудили ситуацию в Сирии"],
        );
        // The whole name, though it runs past the words after the role.
        check(
            "Le ministre français des Affaires étrangères, Jean-Yves Le Drian, s'est entretenu avec son homologue. « Nous avons eu un échange franc », a déclaré le ministre français à la presse.",
            &["Jean-Yves Le Drian | - | Nous avons eu un échange franc"],
        );
        // An aside phrase between the subject and the verb.
        check(
            "La porte-parole russe, Maria Zakharova, a pour sa part estimé que « la rencontre a été assez utile ».",
            &["Maria Zakharova | - | la rencontre a été assez utile"],
        );
        // A fronted reporting clause.
        check(
            "Как сообщил официальный представитель МИД Мария Захарова, следующая встреча «пройдёт в Анкаре в ближайшее время».",
            &["Maria Zakharova | - | пройдёт в Анкаре в ближайшее время"],
        );
        check(
            "As Antony Blinken said, the talks were \"constructive and frank throughout the day\".",
            &["Antony Blinken | - | constructive and frank throughout the day"],
        );
        // Its subject after the verb, an elided object pronoun before it.
        check(
            "Comme l'a rappelé Emmanuel Macron, « la France sera toujours aux côtés de l'Ukraine ».",
            &["Emmanuel Macron | - | la France sera toujours aux côtés de l'Ukraine"],
        );
        // Whose view it is, opening the sentence.
        check(
            "Pour Olaf Scholz, « l'Europe doit rester unie face à la Russie ».",
            &["Olaf Scholz | - | l'Europe doit rester unie face à la Russie"],
        );
        check(
            "Pour la plupart, « c'est une erreur grave et coûteuse ».",
            &[],
        );
        // A verb inverted with its pronoun after the quotation.
        check(
            "La ministre Annalena Baerbock a parlé. « Nous ne lâcherons jamais l'Ukraine », ajoute-t-elle. « Nous resterons aux côtés de Kiev », poursuit-elle.",
            &[
                "Annalena Baerbock | - | Nous ne lâcherons jamais l'Ukraine",
                "Annalena Baerbock | - | Nous resterons aux côtés de Kiev",
            ],
        );
        // A full name right before the auxiliary of a clause a colon ends.
        check(
            "Devant le tollé suscité quand la nouvelle a été rendue publique, le ministre Jean-Marc Ayrault avait eu lundi cette réponse : \"Il y a parfois des traditions diplomatiques qui peuvent étonner\".",
            &[
                "Jean-Marc Ayrault | - | Il y a parfois des traditions diplomatiques qui peuvent étonner",
            ],
        );
        // The addressee of "you said".
        check(
            "President Castro, you said in Panama that “we might disagree on something today.”",
            &["President Castro | - | we might disagree on something today."],
        );
        // The object clause of a reporting verb, however far; a second verb of the subject; a
        // participle that goes on with the speaker.
        check(
            "La socialiste Valérie Rabault a déploré pour sa part que les pouvoirs publics se soient \"désengagés de la recherche en vaccins\".",
            &["Valérie Rabault | - | désengagés de la recherche en vaccins"],
        );
        check(
            "Vassily Nebenzia said: “there is no proof of these accusations,” adding that they constitute \"a provocation in itself\".",
            &[
                "Vasily Nebenzya | - | there is no proof of these accusations,",
                "Vasily Nebenzya | - | a provocation in itself",
            ],
        );
        check(
            "Thirteen countries were offered the status, Yuri Ushakov said, adding that from January \"they will officially acquire the status\".",
            &["Yuri Ushakov | - | they will officially acquire the status"],
        );
        // A pronoun closing the sentence frames a fragment before it.
        check(
            "\"Nous sommes fiers de nos soldats\", a souligné le député Thomas Gassilloud. \"Si les résultats obtenus sont réels\" depuis 2020, \"la situation demeure très préoccupante\", a-t-il souligné.",
            &[
                "Thomas Gassilloud | - | Nous sommes fiers de nos soldats",
                "Thomas Gassilloud | - | Si les résultats obtenus sont réels",
                "Thomas Gassilloud | - | la situation demeure très préoccupante",
            ],
        );
    }

    #[test]
    fn a_pronoun_after_a_new_subject_waits_for_the_entities() {
        // "Il" after a sentence opening with another full name; "Il a déclaré « … »".
        for text in [
            "Hubert Valade a déclaré que tout est provisoire. Abubakar Atef vient du Soudan. Il est en France depuis deux semaines : « S'ils nous donnent un toit et des papiers, ça devrait aller. »",
            "Le Premier ministre grec s'est voulu plus mesuré. Il a déclaré « la sortie ne changera pas notre vie quotidienne de façon spectaculaire ».",
            // A title before the body it names: the holder, not the body.
            "Лавров прибыл в Анкару. «Мы готовы к диалогу, но не на любых условиях», — подчеркнул глава МИД.",
        ] {
            let mut doc = Document {
                text: text.to_owned(),
                ..Document::default()
            };
            extract_quotes(&mut doc);
            assert_eq!(doc.quotes.len(), 1, "{text}");
            assert_eq!(doc.quotes[0].speaker, None, "{text}");
            assert_eq!(doc.quotes[0].antecedent, Antecedent::Person, "{text}");
        }
    }

    #[test]
    fn a_nationality_and_a_noun_is_a_description_not_a_name() {
        let text = "Zelensky thanked the alliance. \"We need more air defense systems now,\" the Ukrainian leader said, adding that Russia \"continues to terrorize our cities every night.\"";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        // Both wait for the entities: the person a definite description points back to.
        assert_eq!(doc.quotes.len(), 2);
        assert!(doc.quotes.iter().all(|q| q.speaker.is_none()));
        assert!(
            doc.quotes
                .iter()
                .all(|q| q.antecedent == Antecedent::Person)
        );
    }

    #[test]
    fn a_pronoun_after_someone_else_is_named_waits_for_the_entities() {
        let text = "« Nous n'ouvrirons pas de centres », a déclaré Emmanuel Macron. L'Autriche, par la voix du chancelier Sebastian Kurz, a écarté l'idée. « On n'est pas un pays de première arrivée », a-t-il déclaré.";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        assert_eq!(doc.quotes[1].speaker, None);
        assert_eq!(doc.quotes[1].antecedent, Antecedent::Person);
    }

    #[test]
    fn subjects_across_adverbs_coordination_and_impersonal_verbs() {
        // An adverb between the subject and its verb; a joint statement goes to the first named.
        check(
            "Путин и Лукашенко также заявили о своей признательности «за вклад миллионов мужчин и женщин в победу».",
            &["Vladimir Putin | - | за вклад миллионов мужчин и женщин в победу"],
        );
        // The full name that opens the sentence, words between it and the verb.
        check(
            "Сергей Лавров в начале этой недели заявил на пресс-конференции, что Россия согласится «воздержаться от начала выполнения закона».",
            &["Sergey Lavrov | - | воздержаться от начала выполнения закона"],
        );
        // An impersonal verb of speech: the quotation is kept, its speaker the subject of a
        // verb of speech in the paragraph, if any.
        check(
            "Суд вынес решение. В нём сказано, что суд «не оправдал возложенных на него надежд».",
            &["- | - | не оправдал возложенных на него надежд"],
        );
        // A body that published a statement is its speaker (resolved with the entities later).
        check(
            "МИД России опубликовал комментарий. В нём сказано, что суд «не оправдал возложенных на него надежд».",
            &["МИД России | - | не оправдал возложенных на него надежд"],
        );
        // An unframed quotation opening a sentence after one that reports someone's words.
        check(
            "Сергей Лавров сказал в Брюсселе, что Россия продолжит. Но проблему придется решать: «Речь идет о том, как нам обеспечить баланс между правами».",
            &["Sergey Lavrov | - | Речь идет о том, как нам обеспечить баланс между правами"],
        );
        // A name ending in a lowercase word; not a sentence's opening preposition.
        let subject = |s: &str| {
            let ws = words(s);
            let k = ws.len() - 1;
            subject_before(s, &ws, k).map(str::to_owned)
        };
        assert_eq!(
            subject("что Венецианская комиссия назвала").as_deref(),
            Some("Венецианская комиссия")
        );
        assert_eq!(
            subject("Le Djihad islamique a dénoncé").as_deref(),
            Some("Djihad islamique")
        );
        assert_eq!(subject("В заявлении подчеркивается"), None);
        // A title noun with its complement ("le chef de l'État"), not the body it names.
        assert_eq!(
            subject("Le chef de l'État a ajouté").as_deref(),
            Some("Le chef de l'État")
        );
        assert_eq!(
            subject("Le porte-parole du gouvernement a déclaré").as_deref(),
            Some("Le porte-parole du gouvernement")
        );
        assert!(
            subject("the head of the IAEA Rafael Grossi said")
                .is_some_and(|s| s.ends_with("Rafael Grossi") && !s.starts_with("the head"))
        );
        check(
            "Сергей Лавров выступил.\n\nВ заявлении подчеркивается, что дух Эльбы «является примером того, как наши страны могут сотрудничать».",
            &["- | - | является примером того, как наши страны могут сотрудничать"],
        );
        // …unless someone else is named after them.
        check(
            "Сергей Лавров сказал в Брюсселе, что Россия продолжит. Джон Смит промолчал. «Речь идет о том, как нам обеспечить баланс между правами».",
            &["- | - | Речь идет о том, как нам обеспечить баланс между правами"],
        );
        // A name in quotation marks does not end the clause before it.
        check(
            "Сергей Лавров в ходе круглого стола в агентстве «Укринформ» сообщил, что в прошлом году: «Мы провели три учения на территории страны».",
            &["Sergey Lavrov | - | Мы провели три учения на территории страны"],
        );
    }

    #[test]
    fn reporting_clauses() {
        check(
            "Le président russe Vladimir Poutine a parlé. «Nous sommes des alliés», a souligné le dirigeant russe.",
            &["Vladimir Putin | - | Nous sommes des alliés"],
        );
        check(
            "Sergueï Lavrov a déclaré : « La Russie est bien prête. »",
            &["Sergey Lavrov | - | La Russie est bien prête."],
        );
        check(
            "Poutine a noté que tout va bien. «Nous avons convenu de tout», a-t-il déclaré.",
            &["Vladimir Putin | - | Nous avons convenu de tout"],
        );
        check(
            "“We are ready for talks,” said Sergey Lavrov, according to TASS.",
            &["Sergey Lavrov | TASS | We are ready for talks,"],
        );
        // A medium after the quotation relays the words of the one the clause before names.
        check(
            "Sergey Lavrov said it was 'impossible to negotiate with such people', according to Interfax.",
            &["Sergey Lavrov | Interfax | impossible to negotiate with such people"],
        );
        check(
            "Sergey Lavrov said talks were \"impossible with people who break their word\", Interfax reported.",
            &["Sergey Lavrov | Interfax | impossible with people who break their word"],
        );
        check(
            "«Les relations sont solides», a déclaré Alexandre Loukachenko.",
            &["Alexander Lukashenko | - | Les relations sont solides"],
        );
        check(
            "Selon Jean Dupont, « la saison sera longue ».",
            &["Jean Dupont | - | la saison sera longue"],
        );
        check(
            "Jean Dupont a dit : « Nous verrons bien cela. » Plus tard, «Tout ira très bien», a déclaré Dupont.",
            &[
                "Jean Dupont | - | Nous verrons bien cela.",
                "Jean Dupont | - | Tout ira très bien",
            ],
        );
        check(
            "«Нас никому не запугать», — заявил В.Путин.",
            &["Vladimir Putin | - | Нас никому не запугать"],
        );
        check(
            "„We are ready for talks“, said Lavrov.",
            &["Sergey Lavrov | - | We are ready for talks"],
        );
        // A quoted fragment whose sentence ends with the reporting clause.
        check(
            "Il faut \"commencer à discuter d'un agenda\" de retrait progressif, a jugé le communiste André Chassaigne.",
            &["André Chassaigne | - | commencer à discuter d'un agenda"],
        );
        // The quotation as the object of a verb of speech; fewer than four words are a label.
        check(
            "Sergueï Lavrov a qualifié ces accusations de « mensonges absurdes et sans fondement ».",
            &["Sergey Lavrov | - | mensonges absurdes et sans fondement"],
        );
        check("Le Hamas a qualifié l'incident de « piraterie ».", &[]);
        // The subject before the verb, after the quotation.
        check(
            "\"We will respond to this,\" Antony Blinken said on Monday.",
            &["Antony Blinken | - | We will respond to this,"],
        );
        // The subject, then a description of them between commas, then the verb.
        check(
            "\"This is unacceptable for us,\" Antony Blinken, the Secretary of State, told reporters.",
            &["Antony Blinken | - | This is unacceptable for us,"],
        );
        check(
            "« Nous ne céderons pas là-dessus », Jean-Yves Le Drian, ministre des Affaires étrangères, a déclaré.",
            &["Jean-Yves Le Drian | - | Nous ne céderons pas là-dessus"],
        );
        // A relative clause between commas is no subject described ("a-t-il" says who).
        let doc = quoted(
            "Une telle décision \"reviendrait à nous exclure du groupe de Minsk\" qui associe Paris, Moscou et Washington, a-t-il souligné.",
        );
        assert!(
            doc.quotes
                .iter()
                .all(|q| q.speaker.as_deref() != Some("qui associe Paris")),
            "{:?}",
            doc.quotes
        );
        // A known person's name alone before a colon.
        check(
            "Лавров: «Мы готовы к диалогу, но не на любых условиях».",
            &["Sergey Lavrov | - | Мы готовы к диалогу, но не на любых условиях"],
        );
        // A sentence after the commas is no description.
        check(
            "\"We stand ready to help now,\" Blinken said, adding that Kyiv, which asked for it, said so.",
            &["Antony Blinken | - | We stand ready to help now,"],
        );
        // A clause a colon ends whose short lowercase predicate (no verb of speech) follows a
        // name: the name speaks, after a role phrase or between commas.
        check(
            "Le porte-parole de l'Otan, Farah Dakhlallah, a rejeté ces accusations : « Nos exercices sont défensifs et transparents. »",
            &["Farah Dakhlallah | - | Nos exercices sont défensifs et transparents."],
        );
        check(
            "Официальный представитель НАТО Фара Дахлалла отвергла обвинения: «Наши учения носят оборонительный характер».",
            &["Фара Дахлалла | - | Наши учения носят оборонительный характер"],
        );
        // A gerund of speech a few words before the quotation takes it as its object; the
        // speaker goes on.
        check(
            "«Почему вы можете предать память тех, кто спасал ваших отцов?» — подытожила Захарова. В четверг официальный представитель МИД уже комментировала ситуацию, назвав это решение «вопиющим фактом исторической амнезии».",
            &[
                "Maria Zakharova | - | Почему вы можете предать память тех, кто спасал ваших отцов?",
                "Maria Zakharova | - | вопиющим фактом исторической амнезии",
            ],
        );
        // Whose view the sentence states: a description ending with a full name after
        // "Pour", up to the first comma; "по его словам" points back to who spoke.
        check(
            "Pour le militant des droits humains Alioune Tine, cette crise met surtout en lumière « l’impuissance des mécanismes régionaux et internationaux ».",
            &["Alioune Tine | - | l’impuissance des mécanismes régionaux et internationaux"],
        );
        check(
            "Pour la France, cette crise met surtout en lumière « l’impuissance des mécanismes régionaux et internationaux ».",
            &[],
        );
        // A colon after a short subject and its auxiliary frames the quotation.
        check(
            "Jean-Yves Le Drian a été clair : \"La France ne laissera pas faire.\"",
            &["Jean-Yves Le Drian | - | La France ne laissera pas faire."],
        );
        // (Or the name in apposition to the description.)
        check(
            "Pour le porte-parole du gouvernement, Gabriel Attal, « la France restera mobilisée ».",
            &["Gabriel Attal | - | la France restera mobilisée"],
        );
        // (Or a title with its article, for the person named before; the quotation right
        // after it in the same paragraph is theirs too.)
        // (Whom the title means is the entities' to say: the first points to its clause, the
        // second back to the first.)
        let mut doc = Document {
            text: "Mais M. Donald Tusk a tenu à nuancer l'accord. Pour le président du Conseil européen, il est « beaucoup trop tôt pour parler d'un succès ». « Nous avons réussi à obtenir un accord mais c'est la partie la plus facile de la tâche. »".into(),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        let [first, second] = &doc.quotes[..] else {
            panic!("{:?}", doc.quotes);
        };
        assert!(
            first
                .named_at
                .is_some_and(|n| n.slice(&doc.text) == "le président du Conseil européen"),
            "{first:?}"
        );
        assert_eq!(second.antecedent, Antecedent::Previous, "{second:?}");
        // A quotation after a short lead phrase goes on with the speaker before.
        check(
            "« La situation demeure préoccupante », a souligné Thomas Gassilloud. En matière de gouvernance et de développement, « le bilan reste trop léger ».",
            &[
                "Thomas Gassilloud | - | La situation demeure préoccupante",
                "Thomas Gassilloud | - | le bilan reste trop léger",
            ],
        );
        check(
            "« La situation demeure préoccupante », a souligné Thomas Gassilloud. Pour le Premier ministre, « le bilan reste trop léger ».",
            &["Thomas Gassilloud | - | La situation demeure préoccupante"],
        );
        // A verb of speech after a reflexive auxiliary, after the quotation.
        check(
            "« C'est une étape très importante », s'est réjouie Annalena Baerbock.",
            &["Annalena Baerbock | - | C'est une étape très importante"],
        );
        // A quotation that ends its sentence is not the next sentence's, which introduces the
        // next quotation; "“…?” Zelensky asked" still is.
        check(
            "Emmanuel Macron l'a redit jeudi : « L'Europe doit être souveraine. » Il a ajouté : « Nous devons investir davantage. »",
            &[
                "Emmanuel Macron | - | L'Europe doit être souveraine.",
                "Emmanuel Macron | - | Nous devons investir davantage.",
            ],
        );
        check(
            "\"Where are you now?\" Zelensky asked in return. \"Today you are in Kyiv, you are in the capital of our homeland.\"",
            &[
                "Volodymyr Zelensky | - | Where are you now?",
                "Volodymyr Zelensky | - | Today you are in Kyiv, you are in the capital of our homeland.",
            ],
        );
        check(
            "Госсекретарь США Джон Керри выступил в Вашингтоне. По его словам, взаимодействие будет приостановлено, «пока Россия не предпримет немедленные шаги»",
            &["John Kerry | - | пока Россия не предпримет немедленные шаги"],
        );
        // A quotation right after an attributed one, nothing but the sentence's end between,
        // goes on with its speaker.
        check(
            "Sergueï Lavrov a déclaré devant la presse : « Nous sommes prêts à discuter avec eux ». « Mais pas à n'importe quelles conditions, bien sûr. »",
            &[
                "Sergey Lavrov | - | Nous sommes prêts à discuter avec eux",
                "Sergey Lavrov | - | Mais pas à n'importe quelles conditions, bien sûr.",
            ],
        );
        // A phrase opening with a preposition between a name and its verb of speech; a relay
        // that quotes someone's words ("цитирует ТАСС слова Лаврова").
        check(
            "Официальный представитель МИД Мария Захарова в своем Telegram-канале написала: «Мы не намерены отступать от своих принципов».",
            &["Maria Zakharova | - | Мы не намерены отступать от своих принципов"],
        );
        check(
            "Blinken in an interview with CNN said: \"We will not accept this ultimatum from anyone.\"",
            &["Antony Blinken | - | We will not accept this ultimatum from anyone."],
        );
        check(
            "«Мы не намерены отступать от своих принципов», — цитирует ТАСС слова Лаврова.",
            &["Sergey Lavrov | TASS | Мы не намерены отступать от своих принципов"],
        );
        // Acronyms and titles before a known name are not part of it.
        check(
            "NATO Secretary General Jens Stoltenberg was blunt: \"Our exercises are defensive and transparent.\"",
            &["Jens Stoltenberg | - | Our exercises are defensive and transparent."],
        );
    }

    #[test]
    fn speakers_followed_across_paragraphs() {
        // A colon after a pronoun's clause; a paragraph that is a quotation goes on with it.
        check(
            "Linda Thomas-Greenfield spoke for the United States.\n\nShe did not mince her words: \u{201c}The situation is urgent and dangerous.\u{201d}\n\n\u{201c}If Russia invades, none of us will be able to say we did not see it coming.\u{201d}",
            &[
                "Linda Thomas-Greenfield | - | The situation is urgent and dangerous.",
                "Linda Thomas-Greenfield | - | If Russia invades, none of us will be able to say we did not see it coming.",
            ],
        );
        // A lone given name; "he concluded" after a paragraph opened by another full name.
        check(
            "Vassily Nebenzia said: \"We do not understand why we are here\".\n\nVassily continued, \u{201c}there is no proof to confirm these accusations\u{201d}.\n\nSergiy Kyslytsya, Ukraine's representative, addressed the demand.\n\n\u{201c}Ukraine will not bow to threats,\u{201d} he concluded.",
            &[
                "Vasily Nebenzya | - | We do not understand why we are here",
                "Vasily Nebenzya | - | there is no proof to confirm these accusations",
                "Sergiy Kyslytsya | - | Ukraine will not bow to threats,",
            ],
        );
    }

    #[test]
    fn clauses_that_name_nobody_point_back() {
        let text = "The ministry issued a statement. \"The sanctions have failed,\" the ministry pointed out. \"We are ready for talks,\" she said. \"We will see about that,\" the ambassador argued. \"It is now done,\" it noted.";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_quotes(&mut doc);
        let kinds: Vec<Antecedent> = doc.quotes.iter().map(|q| q.antecedent).collect();
        assert_eq!(
            kinds,
            [
                Antecedent::Organisation,
                Antecedent::Person,
                Antecedent::Person,
                Antecedent::Organisation
            ]
        );
    }

    #[test]
    fn relays() {
        check(
            "«Nous sommes tous prêts», a déclaré Poutine, rapporte TASS.",
            &["Vladimir Putin | TASS | Nous sommes tous prêts"],
        );
        check(
            "Selon RIA Novosti, Sergueï Lavrov a déclaré : «Rien ne change pour nous.»",
            &["Sergey Lavrov | RIA Novosti | Rien ne change pour nous."],
        );
        check(
            "Le ministre a été clair. «Nous ne céderons pas», a rapporté l'agence TASS.",
            &[],
        );
        check(
            "Poutine a parlé. «Nous ne céderons jamais, nous ne reculerons pas, je le répète», a-t-il dit, a rapporté l'agence TASS.",
            &[
                "Vladimir Putin | TASS | Nous ne céderons jamais, nous ne reculerons pas, je le répète",
            ],
        );
        // The medium relays the words of the one named after a noun for them.
        check(
            "«Мы внимательно изучим текст резолюции», — передает РИА Новости слова Пескова.",
            &["Dmitry Peskov | RIA Novosti | Мы внимательно изучим текст резолюции"],
        );
        // A fronted clause naming a medium relays the words of the speaker named after it.
        check(
            "Как сообщает ТАСС, пресс-секретарь президента Дмитрий Песков заявил, что «Кремль не видит оснований для оптимизма».",
            &["Dmitry Peskov | TASS | Кремль не видит оснований для оптимизма"],
        );
        check(
            "As reported by TASS, Kremlin spokesman Dmitry Peskov said that \"Moscow sees no reason for optimism.\"",
            &["Dmitry Peskov | TASS | Moscow sees no reason for optimism."],
        );
    }

    #[test]
    fn a_subject_after_the_verb_before_a_colon() {
        check(
            "Захарова выступила. Об этом заявил Песков: «Встреча на этой неделе не планируется вообще».",
            &["Dmitry Peskov | - | Встреча на этой неделе не планируется вообще"],
        );
    }

    #[test]
    fn an_initial_inside_the_subject_name() {
        check(
            "Brian A. Nichols précise « Rien dans la résolution ne devrait empêcher ce transfert. »",
            &["Brian A. Nichols | - | Rien dans la résolution ne devrait empêcher ce transfert."],
        );
    }

    #[test]
    fn a_gerund_of_speech_goes_on_with_the_same_speaker() {
        check(
            "« Nous attendons une adoption rapide de cette résolution » a souligné Sergueï Lavrov, précisant que « la résolution créera un cadre utile ».",
            &[
                "Sergey Lavrov | - | Nous attendons une adoption rapide de cette résolution",
                "Sergey Lavrov | - | la résolution créera un cadre utile",
            ],
        );
        check(
            "«Мы не согласны с этим решением», - сказал Лавров, подчеркнув, что «санкции останутся в силе до конца года».",
            &[
                "Sergey Lavrov | - | Мы не согласны с этим решением",
                "Sergey Lavrov | - | санкции останутся в силе до конца года",
            ],
        );
        // After an article the word is a noun: a proverb is nobody's words.
        check(
            "China will work with Russia, Lavrov said. As the Chinese saying goes, \"Long and difficult as the journey may be, sustained efforts will get you there.\"",
            &[],
        );
    }

    #[test]
    fn an_aside_between_commas_stands_between_a_name_and_its_verb() {
        check(
            "Blinken, speaking at a news conference with NATO Secretary General Jens Stoltenberg, said: \"The alliance has never been more united than it is today.\"",
            &["Antony Blinken | - | The alliance has never been more united than it is today."],
        );
        check(
            "Jean-Yves Le Drian, interrogé sur France Inter, a déclaré : « Nous ne céderons rien sur le fond. »",
            &["Jean-Yves Le Drian | - | Nous ne céderons rien sur le fond."],
        );
        // (A phrase that opens the sentence is no aside: "In Moscow, officials said".)
        check(
            "In Moscow, officials said: \"We will respond to any provocation at all.\"",
            &["- | - | We will respond to any provocation at all."],
        );
    }

    #[test]
    fn a_description_noun_points_back_without_an_article() {
        let doc = quoted(
            "«Берлин в очередной раз демонстрирует полную зависимость», — написала дипломат в своём Telegram-канале.",
        );
        assert_eq!(doc.quotes[0].antecedent, Antecedent::Person);
    }

    #[test]
    fn direct_speech_a_dash_opens() {
        check(
            "Лавров прибыл в Минск.\n— Мы готовы к переговорам без условий, — сказал Лавров журналистам. — Никаких препятствий мы не видим.\n— Мы не допустим этого никогда! – заявил он.\n— Как вы оцениваете итоги этих переговоров?\n— Итоги хорошие, мы довольны работой.",
            &[
                "Sergey Lavrov | - | Мы готовы к переговорам без условий",
                "Sergey Lavrov | - | Никаких препятствий мы не видим.",
                "Sergey Lavrov | - | Мы не допустим этого никогда!",
            ],
        );
    }

    #[test]
    fn nesting_and_spaces() {
        check(
            "Lavrov a déclaré : « Ils parlent de “paix” sans la vouloir. »",
            &["Sergey Lavrov | - | Ils parlent de “paix” sans la vouloir."],
        );
        check(
            "Lavrov a déclaré :\u{a0}«\u{202f}Nous faisons tout ce qu’ils [les pays occidentaux] ont fait\u{202f}».",
            &["Sergey Lavrov | - | Nous faisons tout ce qu’ils [les pays occidentaux] ont fait"],
        );
    }

    #[test]
    fn quotes_inside_turns() {
        // A quote in a turn is the turn speaker's only when a clause says so; "a-t-il dit" never
        // reaches back into another speaker's turn.
        let text = "Vladimir Poutine : Lavrov a déclaré : «Tout va très bien.»\nAlexandre Loukachenko : «Nous le voulons tous, nous sommes là pour ça», a-t-il dit.";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        crate::turns::extract_turns(&mut doc);
        extract_quotes(&mut doc);
        let got: Vec<String> = doc
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "{} | {}",
                    q.speaker.as_deref().unwrap_or("-"),
                    q.span.slice(text)
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "Sergey Lavrov | Tout va très bien.",
                "- | Nous le voulons tous, nous sommes là pour ça"
            ]
        );
    }

    /// The speakers of the quotations of a transcript ("-" for none), read with its turns.
    fn quote_speakers_in_turns(text: &str) -> Vec<String> {
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        crate::turns::extract_turns(&mut doc);
        extract_quotes(&mut doc);
        doc.quotes
            .iter()
            .map(|q| q.speaker.clone().unwrap_or_else(|| "-".to_owned()))
            .collect()
    }

    #[test]
    fn the_first_person_is_the_turn_speaker() {
        let text = "Joe Biden: I flew in. And I said, “How many of you is this tour first tour of duty?”\nQuestion: And then?\nJoe Biden: “We are the essential nation,” I said.";
        assert_eq!(quote_speakers_in_turns(text), ["Joe Biden", "Joe Biden"]);
        // "The US said": the acronym is a name, not the pronoun "us" of the questioner.
        let text =
            "Q: The US said that it \"will not allow Maduro to exploit the airline.\" Any comment?";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        crate::turns::extract_turns(&mut doc);
        extract_quotes(&mut doc);
        let q = &doc.quotes[0];
        assert_eq!(q.speaker, None);
        assert_eq!(q.named_at.map(|n| n.slice(text)), Some("US"));
    }

    #[test]
    fn in_a_speakers_turn_we_is_the_speaker_and_he_someone_else() {
        let text = "Joe Biden: Vladimir Putin met each proposal with lies.\n\n\
            I know not all of you believed me when we kept saying, “They are going to cross the border.”\n\n\
            Repeatedly, he asserted, “We have no interest in war.”";
        assert_eq!(quote_speakers_in_turns(text), ["Joe Biden", "-"]);
    }

    #[test]
    fn the_official_after_an_unnamed_official_is_not_the_person_named_before() {
        for (text, who) in [
            (
                "Mark Rutte dismissed it. \"Our exercises are defensive,\" Rutte said in Brussels.\n\n\
                 A senior U.S. official, speaking on condition of anonymity, said Washington was watching.\n\n\
                 \"We see no reason for concern,\" the official said.",
                "the official",
            ),
            (
                "« Nous devons rester unis », a déclaré Charles Michel à Bruxelles.\n\n\
                 Un haut responsable européen a estimé que Moscou cherchait à diviser les Vingt-Sept.\n\n\
                 « Nous ne tomberons pas dans ce piège », a ajouté le responsable.",
                "le responsable",
            ),
        ] {
            let at = text.find(who).unwrap();
            assert!(means_the_unnamed(text, &text[at..at + who.len()]), "{text}");
            let mut doc = Document {
                text: text.to_owned(),
                ..Document::default()
            };
            extract_quotes(&mut doc);
            let last = doc.quotes.last().unwrap();
            assert_eq!(
                (last.speaker.as_deref(), last.antecedent),
                (None, Antecedent::None)
            );
        }
        // (Someone named in full since: the description may mean them.)
        let text = "A senior official said it.\n\nThe official Mark Rutte said so.\n\nthe official";
        let at = text.rfind("the official").unwrap();
        assert!(!means_the_unnamed(text, &text[at..]));
    }

    #[test]
    fn a_common_noun_is_the_person_named_with_it_before() {
        check(
            "По словам министра обороны Петера Кристенсена, речь идет о другом.\n\n\
             «НАТО хочет иметь форум, где у альянса будет возможность сказать», — заявил министр обороны.",
            &[
                "Петера Кристенсена | - | НАТО хочет иметь форум, где у альянса будет возможность сказать",
            ],
        );
        check(
            "▪ Le Hamas a qualifié l’incident de \"piraterie et de terrorisme d’État\" et a appelé à agir.",
            &["Hamas | - | piraterie et de terrorisme d’État"],
        );
        // No one named with that noun: no speaker.
        check(
            "Les discussions ont repris.\n\n«Nous voulons un forum pour parler aux Russes», a déclaré le ministre.",
            &["- | - | Nous voulons un forum pour parler aux Russes"],
        );
    }

    #[test]
    fn a_quotation_further_on_is_the_words_of_the_subject_of_a_verb_of_speech() {
        check(
            "Jean-Luc Mélenchon a plaidé pour une levée des brevets, qui « pourrait sauver des milliers de vies ».",
            &["Jean-Luc Mélenchon | - | pourrait sauver des milliers de vies"],
        );
        // A pronoun subject ("ce dernier") points back to someone: speech, the speaker later.
        check(
            "Ce dernier a plaidé pour une levée des brevets, qui « pourrait sauver des milliers de vies ».",
            &["- | - | pourrait sauver des milliers de vies"],
        );
    }

    #[test]
    fn not_speech() {
        check(
            "la conférence \"Sécurité eurasienne: réalités et perspectives dans un monde en transformation\".",
            &[],
        );
        check("Ils ont nommé l'opération « Aube rouge ».", &[]);
        check("Le forum «Russie — Biélorussie» s'est ouvert.", &[]);
        check(
            "Members supported resolution 68/262, entitled “Territorial integrity of Ukraine”, which condemned the annexation.",
            &[],
        );
        check(
            "Nous faisons tout ce qu’ils [les pays occidentaux] ont fait.",
            &[],
        );
        check("Il a dit «[de la Chine]» puis « <…> ».", &[]);
        check("Un chevron » isolé et « un autre", &[]);
        // A straight quote left open across guillemets never yields overlapping quotes.
        check(
            "Il a dit \"oui et «Nous sommes là, nous venons tous ensemble pour parler», a-t-il déclaré \" fin",
            &["- | - | Nous sommes là, nous venons tous ensemble pour parler"],
        );
    }

    #[test]
    fn no_panic_on_any_slice() {
        let text = "«Ç’a été “dur”», a-t-il dit. „Да“ — заявил В.Путин: «<…> [x]» \"";
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                let mut doc = Document {
                    text: text[a..b].to_owned(),
                    ..Document::default()
                };
                crate::turns::extract_turns(&mut doc);
                extract_quotes(&mut doc);
            }
        }
    }
}
