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

use chancery_lexicon::names::{one_letter_off, same_person};
use chancery_lexicon::nonentities::is_leading_word;
use chancery_lexicon::people::{
    QuoteWord, TurnWord, is_name_particle, label_words, medium_in, person, quote_words, role_in,
    turn_words,
};
use chancery_model::text::line_spans;
use chancery_model::{Document, EntityType, Span, Speaker, Turn, TurnKind};
use regex::Regex;

/// Longest text before a colon that can still be a speaker label.
const MAX_LABEL_CHARS: usize = 110;
/// Words at the start of a question within which its asker may introduce themself.
const SELF_INTRO_WORDS: usize = 30;

/// A lowercase word that may stand in a label's role phrase (`data/<lang>/label_words.txt`),
/// or a long one misspelt by one letter ("CHANCELLER MERKEL").
fn is_label_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    label_words().contains(bare)
        || bare.chars().count() >= 8 && label_words().iter().any(|w| one_letter_off(bare, w))
}

/// The genre word a single-author document's title starts with (`turn_words.tsv` kind
/// `genre`).
static TITLE_GENRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*(?:{})\b", genre_words())).expect("valid regex")
});

/// "Foreign Minister Sergey Lavrov’s remarks …": an English possessive before the genre word.
static TITLE_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(.{{3,120}}?)[’']s\s+(?:{})\b",
        genre_words()
    ))
    .expect("valid regex")
});

/// The genre words as alternatives of a pattern.
fn genre_words() -> String {
    turn_words(TurnWord::Genre)
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 15, 2018": the
/// possessive of a press conference's title names who answers its questions.
static TITLE_PRESS_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(.{3,120}?)[’']s\s+(?:[\p{L}-]+\s+){0,2}(?:press\s+conference|news\s+conference|briefing|press\s+availability)\b",
    )
    .expect("valid regex")
});

/// "… de/by X": the preposition that introduces the author of a titled genre.
static TITLE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:de|du|d’|d'|by|of)\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,5})")
        .expect("valid regex")
});

/// A recognised label on one line.
struct Label {
    /// The label including the colon.
    span: Span,
    /// Where the speech starts (after the colon and spaces).
    speech_start: usize,
    /// The person's name as written ("Vladimir Poutine"), or the anonymous speaker ("Journalist").
    name: String,
    role: Option<String>,
    affiliation: Option<String>,
    anonymous: Option<TurnKind>,
    /// The whole label text before the colon, as a surface form.
    surface: String,
    /// The label gives a title before the name ("PRESIDENT OBAMA:"): not a journalist.
    titled: bool,
    /// One word alone ("L'Obs :", "Jacobs :"): a label only when it names a known person or
    /// outlet, or labels several lines of the document.
    lone: bool,
    /// A name in capitals without a colon ("ALIX BOUILHAGUET Bonjour …"): a label only in a
    /// dialogue of such lines (see `bare_dialogue`).
    bare: bool,
}

pub fn extract_turns(doc: &mut Document) {
    let mut labels: Vec<Label> = line_spans(&doc.text)
        .filter_map(|line| label(&doc.text, line))
        .collect();
    names_alone_on_their_line(&doc.text, &mut labels);
    glued_labels(&doc.text, &mut labels);
    bare_dialogue(&mut labels);
    respell_bare(doc, &mut labels);
    initials_labels(&mut labels);
    // A one-word label stands when it names someone known or recurs, and another kind of label
    // is there too (a dialogue, not a list of "Note:" lines).
    if labels.iter().any(|l| l.lone) {
        let others = labels.iter().any(|l| !l.lone);
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for l in &labels {
            *counts.entry(l.name.as_str()).or_default() += 1;
        }
        let recurs = |name: &str| counts.get(name).is_some_and(|&n| n >= 2);
        let keep: Vec<bool> = labels
            .iter()
            .map(|l| {
                !l.lone
                    || others
                        && (person(&l.name).is_some()
                            || medium_in(&l.name).is_some()
                            || recurs(&l.name))
            })
            .collect();
        let mut k = keep.into_iter();
        labels.retain(|_| k.next().unwrap_or(false));
    }
    run_in_headings(&doc.text, &mut labels);
    if labels.is_empty() {
        single_author(doc);
        return;
    }
    let stops = stop_points(doc);
    // The setting of each section (and of the document outside sections), computed once.
    let settings: Vec<Option<bool>> = (0..doc.sections.len())
        .map(|i| press_context(doc, Some(i)))
        .collect();
    let doc_setting = press_context(doc, None);
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    let mut journalists: Vec<bool> = Vec::new();
    let mut participants: Vec<((String, bool), bool)> = Vec::new();
    // Speech before the first label: the title's author opening ("Выступление и ответы на
    // вопросы СМИ … С.В.Лаврова").
    if let Some((speaker, turn)) = author_turn(doc, labels[0].span.start, true) {
        speakers.push(speaker);
        journalists.push(false);
        turns.push(turn);
    }
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
        let press = section.map_or(doc_setting, |i| settings.get(i).copied().flatten());
        let participant = l.anonymous.is_none() && l.affiliation.is_none() && {
            let key = (l.name.clone(), l.role.is_some());
            match participants.iter().find(|(k, _)| *k == key) {
                Some((_, p)) => *p,
                None => {
                    let p = is_participant(doc, &labels, &l.name);
                    participants.push((key, p));
                    p
                }
            }
        };
        let (index, journalist) = speaker_for(
            &mut speakers,
            &mut journalists,
            l,
            span.slice(&doc.text),
            if participant { Some(false) } else { press },
            doc.published,
        );
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
    // A speaker found to be a journalist late (by a later question) asked every earlier time too.
    for t in &mut turns {
        let journalist = speakers
            .iter()
            .position(|s| s.name == t.speaker)
            .is_some_and(|i| journalists[i]);
        if journalist {
            t.kind = TurnKind::Question;
        }
    }
    // Leaders' turns after a question, in the same section, up to the next question, answer it.
    let mut asked_in: Option<Option<usize>> = None;
    for t in &mut turns {
        if t.kind == TurnKind::Question {
            asked_in = Some(t.section);
        } else if asked_in == Some(t.section) && t.kind == TurnKind::Statement {
            t.kind = TurnKind::Answer;
        } else {
            asked_in = None;
        }
    }
    name_respondent(doc, &mut turns, &mut speakers);
    let model = crate::entities::models::for_lang(doc.lang.as_deref());
    named_questioners(&doc.text, model, &mut turns, &mut speakers);
    name_role_labels(doc, &mut turns, &mut speakers);
    role_labels_in_turn_order(&doc.text, &mut turns, &mut speakers);
    reporter_turns(&doc.text, &mut turns, &mut speakers);
    // ("LE CHANCELIER" named Olaf Scholz, who has a label of his own: one speaker.)
    let mut merged: Vec<Speaker> = Vec::new();
    for s in speakers {
        match merged.iter_mut().find(|m| m.name == s.name) {
            Some(m) => {
                for f in s.surface {
                    if !m.surface.contains(&f) {
                        m.surface.push(f);
                    }
                }
                m.role = m.role.take().or(s.role);
            }
            None => merged.push(s),
        }
    }
    let mut speakers = merged;
    for s in &mut speakers {
        s.turns = turns.iter().filter(|t| t.speaker == s.name).count();
    }
    speakers.retain(|s| s.turns > 0);
    doc.speakers = speakers;
    doc.turns = turns;
}

/// Most times a run-in heading's words recur as a label: speakers' labels recur more.
const HEADING_REPEATS: usize = 2;
/// Fewest letters of a heading's word tested for lower case elsewhere (not "of", "U.S.").
const HEADING_WORD_CHARS: usize = 5;

/// Drops the run-in headings of a report read as labels ("Overall Voting Coincidence: The
/// average…", "Human Rights: In 2022, …"): a label that names no known person or outlet, with no
/// role or title, seldom repeated, whose every longer word the text also writes in lower case
/// ("voting", "rights") — a person's name is not written so.
fn run_in_headings(text: &str, labels: &mut Vec<Label>) {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in labels.iter() {
        *counts.entry(l.name.as_str()).or_default() += 1;
    }
    // Whether the text writes `w` (lower case) as a word of its own: a search per distinct word
    // of the candidates, stopping at the first word not so written (a name's first word).
    let mut written: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
    let mut written_lower = |w: &str| -> bool {
        *written.entry(w.to_owned()).or_insert_with(|| {
            text.match_indices(w).any(|(i, _)| {
                !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !text[i + w.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
        })
    };
    // (The cheap tests first; the base's names last, for the few labels left.)
    let keep: Vec<bool> = labels
        .iter()
        .map(|l| {
            let plain = l.anonymous.is_none()
                && l.role.is_none()
                && l.affiliation.is_none()
                && !l.titled
                && counts
                    .get(l.name.as_str())
                    .is_some_and(|&n| n <= HEADING_REPEATS);
            if !plain {
                return true;
            }
            let long: Vec<String> = l
                .name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= HEADING_WORD_CHARS)
                .map(str::to_lowercase)
                .collect();
            let heading = !long.is_empty()
                && long.iter().all(|w| !is_label_word(w) && written_lower(w))
                && person(&l.name).is_none()
                && medium_in(&l.name).is_none();
            !heading
        })
        .collect();
    let mut k = keep.into_iter();
    labels.retain(|_| k.next().unwrap_or(true));
}

/// The answers marked "R - …" are the person the title names as the interview's author
/// ("Entretien de Mme Catherine Colonna, ministre…"); with nobody named there they stay the
/// anonymous respondent's.
fn name_respondent(doc: &Document, turns: &mut [Turn], speakers: &mut Vec<Speaker>) {
    let Some(at) = speakers.iter().position(|s| s.name == ANONYMOUS_RESPONDENT) else {
        return;
    };
    let title = doc.title.as_deref().unwrap_or("");
    let Some(author) = title_author(title).or_else(|| press_answerer(title)) else {
        return;
    };
    let (name, role) = author.identity();
    for t in turns
        .iter_mut()
        .filter(|t| t.speaker == ANONYMOUS_RESPONDENT)
    {
        t.speaker.clone_from(&name);
    }
    // The answers of someone also labelled by name ("MAO NING:" and "A:") are one speaker's.
    if let Some(named) = speakers.iter().position(|s| s.name == name) {
        let anonymous = speakers.remove(at);
        let named = &mut speakers[if named > at { named - 1 } else { named }];
        named.turns += anonymous.turns;
        named.surface.extend(anonymous.surface);
        named.surface.push(author.written.to_owned());
        return;
    }
    let s = &mut speakers[at];
    s.name = name;
    s.surface.push(author.written.to_owned());
    s.role = role;
}

/// Who answers a press conference whose title names them in the possessive: a known person,
/// else the two to four capitalised words before "'s" after the role words ("Foreign Ministry
/// Spokesperson Lu Kang").
fn press_answerer(title: &str) -> Option<Author<'_>> {
    let Some(who) = TITLE_PRESS_POSSESSIVE
        .captures(title)
        .and_then(|c| c.get(1))
    else {
        // "Press briefing by Foreign Ministry Spokesperson Mao Ning", "Conférence de presse de
        // M. Jean-Yves Le Drian", "Пресс-конференция Министра … С.В.Лаврова": the answerer
        // named after the press genre's phrase.
        let lower = title.to_lowercase();
        if lower.len() != title.len() {
            return None;
        }
        let (end, phrase) = turn_words(TurnWord::Press)
            .iter()
            .filter_map(|p| lower.find(p).map(|i| (i + p.len(), *p)))
            .min()?;
        // ("Joint news conference with President of Turkey Recep Tayyip Erdogan",
        // "Совместная пресс-конференция с Президентом Турции": several answer; "News
        // conference following talks with X": X is the host's guest. An interview's "with"
        // names its answerer.)
        let hosted = turn_words(TurnWord::Hosted).contains(&phrase);
        if !hosted && lower.split_whitespace().any(is_shared_word) {
            return None;
        }
        let author = author_in(title, end, title.len()).or_else(|| author_by(title, end))?;
        // (A meeting word in any case: "по итогам переговоров с".)
        let before = author.before.to_lowercase();
        let guest = turn_words(TurnWord::Meeting).iter().any(|m| {
            let stem = m.char_indices().next_back().map_or(*m, |(i, _)| &m[..i]);
            before.contains(if m.chars().count() > 5 { stem } else { m })
        });
        return (hosted || !guest).then_some(author);
    };
    author_in(title, 0, who.end()).or_else(|| {
        let words: Vec<&str> = who.as_str().split_whitespace().collect();
        let name_words = words
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase) && !is_label_word(w))
            .count();
        if !(2..=4).contains(&name_words) || name_words == words.len() && words.len() > 3 {
            return None;
        }
        let start = who.as_str().rfind(words[words.len() - name_words])?;
        Some(Author {
            written: title.get(who.start() + start..who.end())?,
            before: title.get(..who.start() + start)?,
            after: "",
        })
    })
}

/// Whether a question opens with its asker introducing themself ("My question is for President
/// Castro. I'm from Cuban TV."): within its first sentences, a `self_intro` phrase.
fn introduces_self(text: &str, turn: &Turn) -> bool {
    let opening: String = turn
        .span
        .slice(text)
        .split_whitespace()
        .take(SELF_INTRO_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    turn_words(TurnWord::SelfIntro)
        .iter()
        .any(|p| opening.contains(p))
}

/// "First question, Jim Acosta." / "Andrea Mitchell of NBC." — the chair names who asks next:
/// the unnamed questions from there on, until another is named, are that person's.
/// With a tagger for the language, the name must be one it reads as a person's ("Happy
/// Thursday." and "On China." end a chair's words too).
fn named_questioners(
    text: &str,
    model: Option<&chancery_ner::Model>,
    turns: &mut [Turn],
    speakers: &mut Vec<Speaker>,
) {
    let mut current: Option<String> = None;
    // Who named `current`: when they speak again, not answering, and name nobody ("MODERATOR:
    // (Off-mike.)"), they gave the floor to someone unnamed.
    let mut chair: Option<String> = None;
    // Who answered since the last question: a follow-up question comes back to one answerer; once
    // two have answered (both leaders of a joint press conference), the next long question is
    // another journalist's, whom the other side's chair gives the floor without naming.
    let mut answerers: Vec<String> = Vec::new();
    for i in 0..turns.len() {
        let mut named = false;
        if i > 0
            && turns[i - 1].speaker != ANONYMOUS_QUESTIONER
            && let Some((name, floor)) = named_at_end(turns[i - 1].span.slice(text), speakers)
            && (floor
                || model.is_none_or(|m| tagged_person(m, turns[i - 1].span.slice(text), &name)))
        {
            current = Some(name);
            chair = Some(turns[i - 1].speaker.clone());
            named = true;
        } else if i > 0
            && turns[i - 1].kind != TurnKind::Answer
            && chair.as_deref() == Some(turns[i - 1].speaker.as_str())
        {
            current = None;
        }
        if turns[i].kind == TurnKind::Answer {
            if !answerers.contains(&turns[i].speaker) {
                answerers.push(turns[i].speaker.clone());
            }
            continue;
        }
        if turns[i].kind != TurnKind::Question {
            continue;
        }
        // (A short question after several answers is still a follow-up: "For you, Mr.
        // President.")
        let long = turns[i].span.slice(text).split_whitespace().count() >= NEW_QUESTION_WORDS;
        if answerers.len() > 1 && !named && long || !named && introduces_self(text, &turns[i]) {
            current = None;
        }
        answerers.clear();
        let t = &mut turns[i];
        if t.speaker != ANONYMOUS_QUESTIONER {
            continue;
        }
        let Some(name) = current.clone() else {
            continue;
        };
        if !speakers.iter().any(|s| s.name == name) {
            speakers.push(Speaker {
                surface: vec![name.clone()],
                name: name.clone(),
                ..Speaker::default()
            });
        }
        t.speaker = name;
    }
}

/// Whether the person a label names takes part in the event rather than asking about it: the
/// document's title names them ("Совместная пресс-конференция с Президентом Франции Жаком
/// Шираком"), or the text outside the labels names them after a title word ("Премьер-министра
/// Тони Блэра", "President Chirac"). Journalists are rarely named either way.
fn is_participant(doc: &Document, labels: &[Label], name: &str) -> bool {
    let Some(surname) = name
        .rsplit(|c: char| c.is_whitespace() || c == '.')
        .next()
        .filter(|w| w.chars().count() >= 3)
    else {
        return false;
    };
    // The surname's stem: a final vowel may change with case ("Захарова" → "Захаровой").
    let stem: String = {
        let chars: Vec<char> = surname.chars().collect();
        let vowel = chars
            .last()
            .is_some_and(|c| "аеёиоуыэюяaeiouy".contains(c.to_lowercase().next().unwrap_or(*c)));
        if vowel && chars.len() > 4 {
            chars[..chars.len() - 1].iter().collect()
        } else {
            chars.iter().collect()
        }
    };
    let starts_word = |text: &str, at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    if doc.title.as_deref().is_some_and(|t| {
        t.match_indices(stem.as_str())
            .any(|(at, _)| starts_word(t, at))
    }) {
        return true;
    }
    // (The first 200 KB: a transcript names its participants early; a huge text is not read
    // once per label.)
    let text = &doc.text[..doc.text.floor_char_boundary(200_000)];
    text.match_indices(stem.as_str()).any(|(at, _)| {
        if !starts_word(text, at) || labels.iter().any(|l| l.span.start <= at && at < l.span.end) {
            return false;
        }
        let before = &text[text.floor_char_boundary(at.saturating_sub(80))..at];
        // Within the clause: "Président. – Sargon Hadaya" is a greeting, then a name.
        let before = before
            .rsplit(['.', '!', '?', ':', ';', '–', '—', '\n', '(', ')', ','])
            .next()
            .unwrap_or("");
        before.split_whitespace().rev().take(3).any(|w| {
            let lower = w.to_lowercase();
            let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
            bare.chars().count() >= 6
                && label_words()
                    .iter()
                    .any(|lw| lw.chars().count() >= 6 && bare.starts_with(lw))
        })
    })
}

/// Whether the tagger reads `name`, at the end of `speech`, as a person's name.
fn tagged_person(model: &chancery_ner::Model, speech: &str, name: &str) -> bool {
    let tail = &speech[speech.floor_char_boundary(speech.len().saturating_sub(400))..];
    model
        .tag(tail)
        .iter()
        .any(|(span, kind)| *kind == EntityType::Per && span.slice(tail).contains(name))
}

/// Speakers a label names by a role alone ("THE PRESIDENT:", "LE PREMIER MINISTRE :"): the
/// person the title, or else the opening of the text, names with that role word ("Remarks by
/// President Biden and Prime Minister Kishida") — once, no other person with it.
fn name_role_labels(doc: &Document, turns: &mut [Turn], speakers: &mut [Speaker]) {
    let head = &doc.text[..doc.text.floor_char_boundary(600)];
    for s in speakers.iter_mut() {
        let Some(surface) = s.surface.first() else {
            continue;
        };
        // A role alone: every word a role word, an article or a courtesy title.
        let Some(role_word) = role_alone(surface) else {
            continue;
        };
        let named = |text: &str| -> Option<String> {
            let ws: Vec<&str> = text.split_whitespace().collect();
            let mut found: Vec<String> = Vec::new();
            for (i, w) in ws.iter().enumerate() {
                if w.to_lowercase() != role_word.to_lowercase() {
                    continue;
                }
                let name_word = |n: &&&str| {
                    n.starts_with(char::is_uppercase)
                        && !is_label_word(n)
                        && n.chars().any(char::is_lowercase)
                };
                let mut name: Vec<&str> = ws[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(name_word)
                    .map(|n| n.trim_end_matches([',', '.', ';', ':']))
                    .collect();
                // "M. Olaf Scholz, chancelier de …": the name before the comma, as French
                // titles write it.
                if name.is_empty() && i > 0 && ws[i - 1].ends_with(',') {
                    let before: Vec<&str> = ws[..i]
                        .iter()
                        .rev()
                        .take(3)
                        .take_while(|n| {
                            name_word(n)
                                && !chancery_lexicon::people::is_honorific(n.trim_end_matches(','))
                        })
                        .map(|n| n.trim_end_matches(','))
                        .collect();
                    name = before.into_iter().rev().collect();
                }
                // A known person among the run's openings ("Biden After Meeting" in a title in
                // Title Case is Biden), else the run; in Title Case, its first word.
                let title_case = ws
                    .iter()
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .count()
                    * 2
                    >= ws.len();
                let known = (1..=name.len())
                    .rev()
                    .map(|n| name[..n].join(" "))
                    .find(|n| person(n).is_some());
                let name = known.or_else(|| {
                    if title_case {
                        name.first().map(|w| (*w).to_owned())
                    } else {
                        (!name.is_empty()).then(|| name.join(" "))
                    }
                });
                if let Some(name) = name
                    && !found.contains(&name)
                {
                    found.push(name);
                }
            }
            (found.len() == 1).then(|| found.remove(0))
        };
        let Some(written) = doc
            .title
            .as_deref()
            .and_then(named)
            .or_else(|| named(head))
            .or_else(|| office_holder_in_heading(doc, surface).map(str::to_owned))
        else {
            continue;
        };
        let name = person(&written).map_or_else(|| canonical_unknown(&written), |p| p.name.clone());
        for t in turns.iter_mut().filter(|t| t.speaker == s.name) {
            t.speaker.clone_from(&name);
        }
        if !s.surface.contains(&written) {
            s.surface.push(written);
        }
        s.name = name;
    }
}

/// The holder, on the document's date, of the office that a role phrase of the title (else of
/// the opening) starting with a bare role label's words names, when no name goes with it:
/// "LE PRÉSIDENT :" under "Conférence de presse du Président de la République" is the President
/// of France of that day. Not when the phrase goes on with a qualification the role list lacks
/// ("du Président de la République du Niger").
fn office_holder_in_heading(doc: &Document, surface: &str) -> Option<&'static str> {
    let article = |w: &str| is_leading_word(w) || chancery_lexicon::people::is_honorific(w);
    let label: Vec<String> = surface
        .split_whitespace()
        .skip_while(|w| article(w))
        .map(str::to_lowercase)
        .collect();
    if label.is_empty() {
        return None;
    }
    let label = label.join(" ");
    let date = doc.published?;
    let head = &doc.text[..doc.text.floor_char_boundary(600)];
    let in_text = |text: &str| -> Option<&'static str> {
        let lower = text.to_lowercase();
        // (Offsets in the lower-case text are the text's own only when no letter changed size.)
        if lower.len() != text.len() {
            return None;
        }
        let mut found = None;
        for (at, _) in lower.match_indices(label.as_str()) {
            if lower[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let from = &lower[at..];
            let Some((phrase, role)) =
                chancery_lexicon::people::role_phrases()
                    .iter()
                    .find(|(phrase, _)| {
                        from.starts_with(phrase.as_str())
                            && !from[phrase.len()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric)
                    })
            else {
                continue;
            };
            // ("… de la République du Niger": a country the role list does not hold.)
            let rest = text[at + phrase.len()..].trim_start();
            let qualified = ["du ", "de ", "des ", "d'", "d\u{2019}", "of "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .map(|r| {
                    ["la ", "l'", "l\u{2019}", "the "]
                        .iter()
                        .find_map(|a| r.strip_prefix(a))
                        .unwrap_or(r)
                })
                .is_some_and(|r| r.starts_with(char::is_uppercase));
            if qualified {
                continue;
            }
            let holder = chancery_lexicon::offices::holder(role, Some(date))?;
            match found {
                Some(other) if other != holder => return None,
                _ => found = Some(holder),
            }
        }
        found
    };
    doc.title
        .as_deref()
        .and_then(in_text)
        .or_else(|| in_text(head))
}

/// The lowercase role word of a label that names a role alone ("M. le Ministre" → "ministre",
/// "THE PRESIDENT" → "president"), none for a name.
fn role_alone(surface: &str) -> Option<String> {
    let words: Vec<&str> = surface.split_whitespace().collect();
    let article = |w: &str| is_leading_word(w) || chancery_lexicon::people::is_honorific(w);
    if words.is_empty()
        || !words.iter().all(|w| is_label_word(w) || article(w))
        || !words.iter().any(|w| is_label_word(w) && !article(w))
    {
        return None;
    }
    words
        .iter()
        .rev()
        .find(|w| !article(w))
        .map(|w| w.to_lowercase())
}

/// Speakers a label still names by a role alone after [`name_role_labels`] ("M. le Ministre -",
/// "M. le Président -" in a parliament's record): each of their turns is the holder's there —
/// for the chair's word (`turn_words.tsv` kind `chair`), the person the last presiding line
/// before it names ("PRÉSIDENCE de M. Jean-Louis DEBRÉ", kind `presiding`); else the speaker of
/// the nearest turn before whose label gives that role after the name ("M. Dominique de
/// Villepin, ministre des affaires étrangères -"). A turn with neither keeps the role.
fn role_labels_in_turn_order(text: &str, turns: &mut [Turn], speakers: &mut Vec<Speaker>) {
    let presiding: Vec<(usize, String)> = line_spans(text)
        .filter_map(|line| {
            let written = line.slice(text).trim();
            let lower = written.to_lowercase();
            let phrase = turn_words(TurnWord::Presiding)
                .iter()
                .find(|p| lower.starts_with(*p))?;
            let rest = written.get(phrase.len()..)?;
            let name: Vec<&str> = rest
                .split_whitespace()
                .skip_while(|w| chancery_lexicon::people::is_honorific(w))
                .take(4)
                .take_while(|w| w.starts_with(char::is_uppercase) || is_name_particle(w))
                .collect();
            (name.len() >= 2).then(|| {
                let written = name.join(" ");
                let name = person(&written)
                    .map_or_else(|| canonical_unknown(&written), |p| p.name.clone());
                (line.start, name)
            })
        })
        .collect();
    // A label's role after the name's comma, lower case.
    let role_of = |s: &Speaker| -> Vec<String> {
        s.surface
            .iter()
            .filter_map(|f| f.split_once(", "))
            .flat_map(|(_, role)| role.split_whitespace().map(str::to_lowercase))
            .collect()
    };
    for si in 0..speakers.len() {
        let Some(role) = speakers[si]
            .surface
            .first()
            .filter(|_| role_alone(&speakers[si].name).is_some())
            .and_then(|f| role_alone(f))
        else {
            continue;
        };
        let chair = turn_words(TurnWord::Chair).contains(&role.as_str());
        let own = speakers[si].name.clone();
        for i in 0..turns.len() {
            if turns[i].speaker != own {
                continue;
            }
            let at = turns[i].span.start;
            let holder = if chair {
                presiding
                    .iter()
                    .rev()
                    .find(|(p, _)| *p < at)
                    .map(|(_, n)| n.clone())
            } else {
                turns[..i].iter().rev().find_map(|t| {
                    let s = speakers.iter().find(|s| s.name == t.speaker)?;
                    role_of(s).contains(&role).then(|| s.name.clone())
                })
            };
            let Some(name) = holder else {
                continue;
            };
            if !speakers.iter().any(|s| s.name == name) {
                speakers.push(Speaker {
                    name: name.clone(),
                    surface: vec![name.clone()],
                    ..Speaker::default()
                });
            }
            turns[i].speaker = name;
        }
    }
}

/// A presenter handing over to a reporter ("… une opération planifiée. Anastasia Becchio",
/// "Reportage, William de Lesseux.", "À Washington, Anne Corpet."): the paragraphs after the one
/// that ends with the reporter's name, up to the next label, are the reporter's turn.
fn reporter_turns(text: &str, turns: &mut Vec<Turn>, speakers: &mut Vec<Speaker>) {
    let mut i = 0;
    while i < turns.len() {
        let t = &turns[i];
        let speech = t.span.slice(text);
        // The first paragraph break after a paragraph that hands over.
        let split = speech
            .match_indices("\n\n")
            .find_map(|(k, _)| Some((k, handoff_name(&speech[..k])?.to_owned())));
        if let Some((k, name)) = split
            && !speech[k..].trim().is_empty()
            && !speakers
                .iter()
                .any(|s| same_person(&s.name, &name) && s.name != name)
        {
            let rest = Span::new(t.span.start + k, t.span.end).trim(text);
            let head = Span::new(t.span.start, t.span.start + k).trim(text);
            let section = t.section;
            turns[i].span = head;
            if !speakers.iter().any(|s| s.name == name) {
                speakers.push(Speaker {
                    name: name.clone(),
                    surface: vec![name.clone()],
                    ..Speaker::default()
                });
            }
            turns.insert(
                i + 1,
                Turn {
                    speaker: name,
                    kind: TurnKind::Statement,
                    section,
                    span: rest,
                    label: None,
                },
            );
            i += 1;
        }
        i += 1;
    }
}

/// The reporter a paragraph hands over to: its last sentence (or trailing fragment) is, after a
/// sentence, a comma or a hand-over word (`turn_words` kind `handoff`: "Reportage"), a name of two to four
/// capitalised words (name particles between) and nothing else.
fn handoff_name(paragraph: &str) -> Option<&str> {
    // (The last paragraph of what is given.)
    let p = paragraph.trim_end();
    let p = p.rsplit("\n\n").next().unwrap_or(p).trim_start();
    let p = p.strip_suffix('.').unwrap_or(p);
    let last = p.rsplit(['.', '!', '?', ':', '\n']).next()?;
    let mut part = last.rsplit(',').next()?.trim();
    // A paragraph that is only a name, with neither a comma nor a hand-over word before it, is
    // a heading ("Sanctions de la CEDEAO"), not a hand-over ("C'était un coup monté. Anastasia
    // Becchio").
    let mut handed = last.contains(',') || last.trim().len() < p.trim().len();
    // (Nor is the second line of a heading in capitals: "COMPTE RENDU\nANALYTIQUE OFFICIEL".)
    if under_a_line_of_capitals(p, p.len() - last.len()) {
        return None;
    }
    let lower = part.to_lowercase();
    if let Some(w) = turn_words(TurnWord::Handoff)
        .iter()
        .find(|w| lower.starts_with(*w) && lower[w.len()..].starts_with(' '))
    {
        part = part[w.len()..].trim_start();
        handed = true;
    }
    if !handed {
        return None;
    }
    let ws: Vec<&str> = part.split_whitespace().collect();
    let capital = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.all(|c| c.is_alphabetic() || "-'’".contains(c))
    };
    ((2..=4).contains(&ws.len())
        && capital(ws[0])
        && capital(ws[ws.len() - 1])
        && ws.iter().all(|w| capital(w) || is_name_particle(w))
        && !ws.iter().any(|w| !is_name_particle(w) && is_label_word(w)))
    .then_some(part)
}

/// Two or three capital letters alone: a speaker's initials ("MJ", "SB").
fn initials(w: &str) -> bool {
    (2..=3).contains(&w.chars().count()) && w.chars().all(char::is_uppercase)
}

/// Labels made of initials ("MJ :", "SB :") stand for the speaker labelled in full elsewhere
/// whose words start with those letters ("Maxime Jaglin :"); initials no full label explains
/// stay lone labels (kept only when they recur in a dialogue).
fn initials_labels(labels: &mut [Label]) {
    let full: Vec<(String, String)> = labels
        .iter()
        .filter(|l| !l.lone && l.anonymous.is_none())
        .map(|l| {
            let letters: String = l
                .name
                .split([' ', '-'])
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect();
            (letters, l.name.clone())
        })
        .collect();
    for l in labels.iter_mut().filter(|l| l.lone && initials(&l.name)) {
        let mut owners = full.iter().filter(|(letters, _)| *letters == l.name);
        if let (Some((_, name)), None) = (owners.next(), owners.next()) {
            l.name.clone_from(name);
            l.lone = false;
        }
    }
}

/// The speaker an unnamed questioner's label stands for.
pub(crate) const ANONYMOUS_QUESTIONER: &str = "Journalist";
/// The speaker an unnamed remark's label stands for.
pub(crate) const ANONYMOUS_REMARK: &str = "Remark";
/// The speaker an interview's answer mark ("R - …") stands for until the title names them.
const ANONYMOUS_RESPONDENT: &str = "Respondent";

/// Words from which a question after several answers is a new journalist's, not a follow-up.
const NEW_QUESTION_WORDS: usize = 25;

/// A full name a short last sentence of `speech` consists of (with a comma before it or an
/// outlet after it), or that follows a floor word in a longer one ("The first question will come
/// from Roberta Rampton with Reuters."), not one of the labelled `speakers`; with whether a floor
/// word introduced it (then the sentence itself says a person is meant).
fn named_at_end(speech: &str, speakers: &[Speaker]) -> Option<(String, bool)> {
    let body = speech.trim_end().strip_suffix('.')?;
    if let Some(name) = titled_surname_of_outlet(body) {
        let known = speakers
            .iter()
            .any(|s| s.name != ANONYMOUS_QUESTIONER && same_person(&s.name, name));
        return (!known).then(|| (name.to_owned(), true));
    }
    let last = body.rsplit(['.', '!', '?', '\n']).next()?.trim();
    let ws: Vec<&str> = last.split_whitespace().collect();
    let cap = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
    };
    let run_at =
        |k: usize| cap(ws[k]) && ws.get(k + 1).is_some_and(|w| cap(w.trim_end_matches(',')));
    // A sentence of the chair that gives the floor ("The first question will come from Roberta
    // Rampton with Reuters.", "We'll start with Shaun Tandon of the AFP."): the first full name
    // after its floor word.
    let after_floor = || {
        if ws.len() > 25 {
            return None;
        }
        let lower = last.to_lowercase();
        let floor_at = turn_words(TurnWord::Floor)
            .iter()
            .filter_map(|w| lower.find(w))
            .min()?;
        let words_before = lower[..floor_at].split_whitespace().count();
        // ("Julie Pace of the Associated Press has the final question.": the name that opens
        // the sentence, when none follows the floor word.)
        (words_before..ws.len())
            .find(|&k| run_at(k))
            .or_else(|| (words_before > 0 && run_at(0)).then_some(0))
    };
    // A short one: the run of two or three capitalised words, after a comma or at the start.
    let short = (ws.len() <= 8)
        .then(|| (0..ws.len()).find(|&k| run_at(k) && (k == 0 || ws[k - 1].ends_with(','))))
        .flatten();
    let (start, floor) = match short {
        Some(k) => (k, false),
        None => (after_floor()?, true),
    };
    let mut end = start + 1;
    while end < ws.len() && end - start < 3 && cap(ws[end].trim_end_matches(',')) {
        end += 1;
    }
    let name = ws[start..end].join(" ");
    let name = name.trim_end_matches(',').to_owned();
    // "So vielen dank, Chancellor Merkel.": a title before a surname addresses a participant.
    if chancery_lexicon::nonentities::is_title_word(ws[start]) {
        return None;
    }
    // "Hey Matt.", "Happy Thursday.": a greeting, not a name.
    let lower = name.to_lowercase();
    if turn_words(TurnWord::Greeting).iter().any(|g| {
        lower
            .strip_prefix(g)
            .is_some_and(|r| r.starts_with([' ', ',']))
    }) {
        return None;
    }
    (!speakers
        .iter()
        .any(|s| s.name != ANONYMOUS_QUESTIONER && (same_person(&s.name, &name) || s.name == name)))
    .then_some((name, floor))
}

/// "Mr. Matsuura from Kyodo": a chair's last words that are a courtesy title, one capitalised
/// surname and an outlet name the surname; `None` otherwise.
fn titled_surname_of_outlet(body: &str) -> Option<&str> {
    let last_line = body.rsplit('\n').next()?.trim();
    let ws: Vec<(usize, &str)> = last_line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - last_line.as_ptr() as usize, w))
        .collect();
    // The title, the surname, then two to four words naming an outlet.
    let at = ws
        .iter()
        .position(|(_, w)| chancery_lexicon::people::is_honorific(w) && w.ends_with('.'))
        .or_else(|| {
            ws.iter()
                .position(|(_, w)| chancery_lexicon::people::is_honorific(w))
        })?;
    let (_, surname) = *ws.get(at + 1)?;
    let rest = ws.get(at + 2..)?;
    // Before the title, at most an aside in brackets ("(Via interpreter)").
    let before = &last_line[..ws[at].0];
    let before_ok =
        before.trim().is_empty() || before.trim().starts_with('(') && before.trim().ends_with(')');
    let capital = surname.starts_with(char::is_uppercase)
        && surname
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-');
    let outlet = &last_line[rest.first()?.0..];
    (before_ok && capital && (2..=4).contains(&rest.len()) && medium_in(outlet).is_some())
        .then_some(surname)
}

/// Whether the turn's section (or one it is part of), or the document when it has no sections,
/// is a press conference or interview. `None` when nothing says what the setting is.
fn press_context(doc: &Document, section: Option<usize>) -> Option<bool> {
    // Some(true) for a press conference, Some(false) for talks or a meeting, else None.
    let setting = |title: &str| {
        let lower = title.to_lowercase();
        if turn_words(TurnWord::Press)
            .iter()
            .any(|p| lower.contains(p))
        {
            Some(true)
        } else {
            turn_words(TurnWord::Meeting)
                .iter()
                .any(|p| lower.contains(p))
                .then_some(false)
        }
    };
    let is_press = |title: &str| setting(title) == Some(true);
    let mut at = section;
    let mut seen = 0;
    while let Some(i) = at {
        let s = doc.sections.get(i)?;
        if is_press(&s.title) {
            return Some(true);
        }
        at = s.parent;
        seen += 1;
        if seen > doc.sections.len() {
            break;
        }
    }
    if section.is_some() {
        return Some(false);
    }
    doc.title.as_deref().and_then(setting)
}

/// The speaker entry for a label (merged with an earlier one naming the same person), and whether
/// the speaker is a journalist.
fn speaker_for(
    speakers: &mut Vec<Speaker>,
    journalists: &mut Vec<bool>,
    l: &Label,
    speech: &str,
    press: Option<bool>,
    date: Option<chancery_model::PartialDate>,
) -> (usize, bool) {
    // ("MR. CARNEY:" in 2014 is not the Mark Carney the base knows from 2025: a surname alone
    // means a person of the base only in texts of their time.)
    // (Undated, a surname alone that another person of the base bears too names neither.)
    let of_their_time = |p: &&chancery_lexicon::people::Person| {
        let base = chancery_lexicon::actors::builtin();
        l.name.contains([' ', '.'])
            || base.by_name(&p.name).is_none_or(|i| {
                base.actors()[i].known_on(date)
                    && (date.is_some() || !base.surname_of_another(i, &l.name))
            })
    };
    let known = if l.anonymous.is_some() {
        None
    } else {
        person(&l.name).filter(of_their_time)
    };
    let name = known.map_or_else(|| canonical_unknown(&l.name), |p| p.name.clone());
    let existing = speakers.iter().position(|s| {
        s.name == name || (known.is_none() && l.anonymous.is_none() && same_person(&s.name, &name))
    });
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
    // Journalists: an outlet in the label, or, in a press conference, an unknown person (or a
    // known one who holds no office: journalists in the actor base) who greets, asks, or names
    // an outlet as they introduce themselves.
    if known.is_none_or(|p| p.role.is_none() && !p.official) && l.anonymous.is_none() {
        let intro: String = speech.chars().take(200).collect();
        let in_press = press != Some(false);
        // (A titled speaker naming an outlet is a chair giving the floor: "MR PRICE: … Shaun
        // Tandon of AFP".)
        let affiliation = l.affiliation.clone().or_else(|| {
            (in_press && !l.titled)
                .then(|| medium_in(&intro).map(str::to_owned))
                .flatten()
        });
        if s.affiliation.is_none() {
            s.affiliation = affiliation;
        }
        let asks =
            in_press && s.role.is_none() && !l.titled && (speech.contains('?') || greets(&intro));
        journalists[index] = journalists[index] || s.affiliation.is_some() || asks;
    }
    (index, journalists[index])
}

fn greets(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    turn_words(TurnWord::Greeting)
        .iter()
        .any(|g| lower.starts_with(g))
}

/// An unknown person's name in canonical form: Latin script kept as written, Cyrillic
/// transliterated ("И.Петров" → "I. Petrov").
fn canonical_unknown(name: &str) -> String {
    if chancery_lexicon::names::has_cyrillic(name) {
        chancery_lexicon::names::transliterate(&chancery_lexicon::names::spaced_initials(name))
    } else {
        // "Jean-Noël BARROT" → "Jean-Noël Barrot".
        crate::entities::title_case_surnames(name)
    }
}

/// The outlet a journalist's label names after its comma: a known medium by canonical name, else
/// the words after generic ones ("journal Kommersant" → "Kommersant").
fn outlet(affiliation: &str) -> String {
    if let Some(m) = medium_in(affiliation) {
        return m.to_owned();
    }
    let mut rest = affiliation.trim();
    while let Some(end) = chancery_lexicon::people::outlet_prefix(rest) {
        rest = rest[end..].trim_start();
        for link in turn_words(TurnWord::OutletLink) {
            let n = link.chars().count();
            let end = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
            if rest[..end].to_lowercase() == *link
                && (link.ends_with(['’', '\'']) || rest[end..].starts_with(' '))
            {
                rest = rest[end..].trim_start();
            }
        }
    }
    let rest = rest.trim_matches(|c: char| c == '«' || c == '»' || c == '"' || c.is_whitespace());
    if rest.is_empty() {
        affiliation.trim().to_owned()
    } else {
        rest.to_owned()
    }
}

/// Most words of a line read as a heading.
const HEADING_WORDS: usize = 8;

/// A line that reads as a heading of the text (a subheading a news page sets between its
/// paragraphs: "Sanctions de la CEDEAO", "Mettre Assad sous pression"): two to eight words, a
/// capital first, no punctuation at its end or a colon inside, not only capitals (a bare
/// speaker label).
fn heading_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=HEADING_WORDS).contains(&words)
        && line.starts_with(char::is_uppercase)
        && line.chars().any(char::is_lowercase)
        && !line.ends_with(|c: char| c.is_ascii_punctuation() || "…»”’".contains(c))
        && !line.contains(':')
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
        // Only short lines can be "to be continued"; lowercase just those.
        let continued = || {
            t.len() <= 40 && {
                let lower = t.trim_end_matches('.').to_lowercase();
                ["à suivre", "to be continued", "продолжение следует"].contains(&lower.as_str())
            }
        };
        let editorial = t.starts_with("http://")
            || t.starts_with("https://")
            || (t.starts_with('<') && t.ends_with('>') && t.chars().count() <= 8)
            || t == "* * *"
            || t == "***"
            || continued();
        if editorial || heading_like(t) {
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
    // "Q Thank you, Mr. President." — the White House transcripts' question mark, no colon.
    if let Some(rest) = s.strip_prefix("Q ")
        && rest.starts_with(|c: char| c.is_uppercase() || c == '(')
    {
        return Some(Label {
            span: Span::new(line.start, line.start + 1),
            speech_start: line.start + 2,
            name: ANONYMOUS_QUESTIONER.to_owned(),
            role: None,
            affiliation: None,
            anonymous: Some(TurnKind::Question),
            surface: "Q".to_owned(),
            titled: false,
            lone: false,
            bare: false,
        });
    }
    // "Q - Madame la Ministre, …" / "R - Ma première visite…": the question and answer marks of
    // a French interview transcript; the answers are the interviewee's (the title's author).
    let marks: [(&str, TurnKind, &str); 2] = [
        ("Q", TurnKind::Question, ANONYMOUS_QUESTIONER),
        ("R", TurnKind::Answer, ANONYMOUS_RESPONDENT),
    ];
    for (mark, kind, name) in marks {
        let Some(rest) = s.strip_prefix(mark).and_then(|r| {
            r.strip_prefix(" - ")
                .or_else(|| r.strip_prefix(" – "))
                .or_else(|| r.strip_prefix(" — "))
        }) else {
            continue;
        };
        if !rest.starts_with(|c: char| c.is_uppercase() || c == '(' || c == '«') {
            continue;
        }
        return Some(Label {
            span: Span::new(line.start, line.start + mark.len()),
            speech_start: line.start + (s.len() - rest.len()),
            name: name.to_owned(),
            role: None,
            affiliation: None,
            anonymous: Some(kind),
            surface: mark.to_owned(),
            titled: false,
            lone: false,
            bare: false,
        });
    }
    // The label's head ends at its colon, or after a name in capitals without one.
    // The label's own text ends after the colon (or the dash of "M. LE DRIAN - "); a bare name
    // has none.
    let (colon, bare, mark) = match dash_head(s) {
        // ("LE CHANCELIER — …", "LE PRÉSIDENT DE LA RÉPUBLIQUE — …": a title alone is a label
        // as a courtesy title is; a dateline names a place.)
        Some((end, sep, courtesy)) => (end, !courtesy && !title_head(&s[..end]), sep),
        None => match caps_head(s) {
            Some(end) if !s[end..].trim_start().starts_with(':') => (end, true, 0),
            _ => (s.find(':')?, false, 1),
        },
    };
    // ("M. Jean-Yves Le Drian, ministre de l'Europe et des affaires étrangères. - …": the role's
    // full stop before a dash.)
    let head = if mark >= " - ".len() {
        s[..colon].strip_suffix('.').unwrap_or(&s[..colon])
    } else {
        &s[..colon]
    };
    // "alarabiya.net: Dear viewers, …": a site's address labels the outlet's questions.
    if !bare && chancery_model::text::is_domain(head) && !s[colon + 1..].starts_with('/') {
        let after = &s[colon + 1..];
        return Some(Label {
            span: Span::new(line.start, line.start + colon + mark),
            speech_start: line.start + colon + 1 + (after.len() - after.trim_start().len()),
            name: medium_in(head).map_or_else(|| head.to_owned(), str::to_owned),
            role: None,
            affiliation: None,
            anonymous: Some(TurnKind::Question),
            surface: head.to_owned(),
            titled: false,
            lone: false,
            bare: false,
        });
    }
    // A note in parentheses after the name: a translation ("(retranslated)", "(via
    // interpreter)") or the asker's outlet ("(Reuters)").
    // Two at most, as UN records write them: "Mr. Lavrov (Russian Federation) (spoke in
    // Russian)"; an outlet among them is the note kept.
    let mut note: Option<&str> = None;
    let mut head = head;
    for _ in 0..2 {
        match head
            .trim_end()
            .strip_suffix(')')
            .and_then(|h| h.rsplit_once('('))
        {
            Some((before, inside))
                if !before.trim().is_empty()
                    && !inside.contains(['(', ')'])
                    && inside.split_whitespace().count() <= 4 =>
            {
                head = before;
                if note.is_none_or(|n| medium_in(n).is_none()) {
                    note = Some(inside.trim());
                }
            }
            _ => break,
        }
    }
    // A courtesy title before the name ("M. Jean-Noël BARROT", "MR. KIRBY") is not part of it;
    // it marks an official of the transcript, as a title does (journalists are "Q").
    let mut courtesy = false;
    let head = match head.split_once(' ') {
        // ("Mme Noëlle Lenoir", "Mr Smith": a short title without its dot, before a name.)
        Some((first, rest))
            if (first.ends_with('.')
                || first.chars().count() <= 4 && rest.starts_with(char::is_uppercase))
                && !rest.trim().is_empty()
                && chancery_lexicon::people::is_honorific(first) =>
        {
            courtesy = true;
            rest
        }
        _ => head,
    };
    if head.trim().is_empty()
        || head.chars().count() > MAX_LABEL_CHARS
        || head.starts_with(char::is_whitespace)
        || head.contains(['!', '?', '«', '»', '"', '“', '”', '(', ')', '[', ']', ';'])
        || head.contains('.') && !initial_form(head.split(',').next().unwrap_or(head))
    {
        return None;
    }
    // "12:30" is a time, "http://…" an address.
    if !bare && s[colon + 1..].starts_with(|c: char| c.is_ascii_digit() || c == '/') {
        return None;
    }
    // A heading, not a speaker: its words go on in capitals after the colon ("GENERAL
    // ASSEMBLY: ALL ACTIONS"), or it lists topics ("ARMS CONTROL, CYBER, AND NUCLEAR:").
    if !bare {
        let rest = s[colon + 1..].trim();
        let capital_words = rest
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let listing = head.rsplit_once(',').is_some_and(|(_, last)| {
            last.split_whitespace().next().is_some_and(|w| {
                quote_words(QuoteWord::Conjunction).contains(w.to_lowercase().as_str())
            })
        });
        if capital_words >= 2 && !rest.chars().any(char::is_lowercase) || listing {
            return None;
        }
    }
    let head_trim = head.trim_end();
    let after = &s[colon + mark..];
    let speech_start = line.start + colon + mark + (after.len() - after.trim_start().len());
    let surface = head_trim.to_owned();
    let lower = head_trim.to_lowercase();
    let anonymous = if turn_words(TurnWord::Questioner).contains(&lower.as_str()) {
        Some((ANONYMOUS_QUESTIONER, TurnKind::Question))
    } else if turn_words(TurnWord::Answerer).contains(&lower.as_str()) {
        Some((ANONYMOUS_RESPONDENT, TurnKind::Answer))
    } else if turn_words(TurnWord::Remark).contains(&lower.as_str()) {
        Some((ANONYMOUS_REMARK, TurnKind::Statement))
    } else {
        None
    };
    if let Some((name, kind)) = anonymous {
        return Some(Label {
            span: Span::new(line.start, line.start + colon + mark),
            speech_start,
            name: (*name).to_owned(),
            role: None,
            affiliation: None,
            anonymous: Some(kind),
            surface,
            titled: false,
            lone: false,
            bare: false,
        });
    }
    let (name_part, after_comma) = match head_trim.split_once(',') {
        Some((n, a)) => (n.trim(), Some(a.trim())),
        None => (head_trim, None),
    };
    if after_comma.is_some_and(|a| a.is_empty() || a.split_whitespace().count() > 8) {
        return None;
    }
    // "B.Путин": a Latin letter typed for its Cyrillic twin.
    let name_part = chancery_lexicon::names::cyrillic_lookalikes(name_part);
    // After a courtesy title, a surname alone is a name ("Mr. Lavrov (Russian Federation)").
    let lone_surname = || {
        let w = name_part.trim();
        (courtesy
            && w.chars().count() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)))
        .then(|| (String::new(), titlecase_parts(w)))
    };
    // One capitalised word alone ("L'Obs", "Jacobs"): kept for a second look (`lone`).
    let mut lone = false;
    let one_word = || {
        let w = name_part.trim();
        (w.chars().count() >= 2
            && !w.contains(' ')
            && w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)))
        .then(|| (String::new(), w.to_owned()))
        // Or a speaker's initials ("MJ :" for "Maxime Jaglin :"), resolved in `initials_labels`.
        .or_else(|| initials(w).then(|| (String::new(), w.to_owned())))
    };
    let (role_words, name) = match split_role_and_name(&name_part).or_else(lone_surname) {
        Some(found) => found,
        None => {
            lone = true;
            one_word()?
        }
    };
    let mut role = (!role_words.is_empty())
        .then(|| role_in(&role_words).map(str::to_owned))
        .flatten();
    // A bare name in capitals, or one in capitals after a courtesy title ("M. LE DRIAN"), is the
    // whole name when no role explains its first words ("APOLLINE DE MALHERBE" is Apolline De
    // Malherbe, not Malherbe).
    let all_caps = !name_part.chars().any(char::is_lowercase);
    let (role_words, name) =
        if (bare || courtesy && all_caps) && !role_words.is_empty() && role.is_none() {
            let whole = name_part
                .split_whitespace()
                .map(titlecase)
                .collect::<Vec<_>>();
            (String::new(), whole.join(" "))
        } else {
            (role_words, name)
        };
    // A label that is an outlet ("Агентство Рейтер:", "Телекомпания Ай-ти-эн:"): the outlet by
    // its own name, as a medium's label alone is ("Reuters:").
    let outlet_first = chancery_lexicon::people::outlet_prefix(&name_part).is_some_and(|end| {
        name_part[end..].starts_with(' ') && name_part[end..].trim().chars().count() >= 2
    });
    let name = if role.is_none() && outlet_first {
        outlet(&name_part)
    } else {
        name
    };
    // After the comma: a role ("Sergueï Lavrov, ministre des Affaires étrangères") or an outlet.
    let mut affiliation = note.and_then(medium_in).map(str::to_owned);
    if let Some(a) = after_comma {
        let first = a.split_whitespace().next().unwrap_or("");
        if let Some(r) = role_in(a) {
            role = role.or_else(|| Some(r.to_owned()));
        } else if medium_in(a).is_none()
            && first.chars().next().is_some_and(char::is_lowercase)
            && is_label_word(first)
        {
            // A role phrase we cannot translate: keep the label, no affiliation.
        } else if a.contains(' ') && a.chars().filter(|c| c.is_lowercase()).count() > 40 {
            // A long lowercase stretch after a comma reads as prose.
            return None;
        } else {
            affiliation = Some(outlet(a));
        }
    }
    Some(Label {
        span: Span::new(line.start, line.start + colon + mark),
        speech_start,
        name,
        role,
        affiliation,
        anonymous: None,
        surface,
        titled: courtesy || !role_words.is_empty(),
        lone,
        bare,
    })
}

/// A label's head that is a title alone: a role phrase ("LE PRÉSIDENT DE LA RÉPUBLIQUE"), or
/// label words after an article ("LE CHANCELIER", "LA PORTE-PAROLE").
fn title_head(head: &str) -> bool {
    let lower = head.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .collect();
    role_in(&lower).is_some()
        || words.len() >= 2
            && words.len() <= 4
            && chancery_lexicon::people::quote_words(chancery_lexicon::people::QuoteWord::Article)
                .contains(words[0])
            && words[1..]
                .iter()
                .all(|w| is_label_word(w) || is_name_particle(w))
}

/// "M. LE DRIAN - Mesdames et Messieurs, …", "LE MINISTRE - Oui.": a name or title in capitals
/// (after a courtesy title, also capitalised words) then a dash and speech, as French ministry
/// transcripts print their speakers. The end of the head, the separator's length, and whether
/// a courtesy title opens it (without one, the label counts only in a dialogue of such labels,
/// as a bare name does: "NEW YORK - Le Conseil…" is a dateline).
fn dash_head(s: &str) -> Option<(usize, usize, bool)> {
    let (end, sep) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|sep| s.find(sep).map(|i| (i, sep.len())))
        .min()?;
    let head = &s[..end];
    if end == 0 || head.chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    if !s[end + sep..].starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '(' | '"')) {
        return None;
    }
    let courtesy = head
        .split_whitespace()
        .next()
        .is_some_and(chancery_lexicon::people::is_honorific);
    // "M. Dominique de Villepin, ministre des affaires étrangères - La guerre…": after a
    // courtesy title and a name, a role between a comma and the dash, in words alone.
    let name_part = match head.split_once(", ") {
        Some((name, role))
            if courtesy
                && role
                    .trim_end_matches('.')
                    .split_whitespace()
                    .all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))) =>
        {
            name
        }
        _ => head,
    };
    let words: Vec<&str> = name_part.split_whitespace().collect();
    let name = &words[usize::from(courtesy)..];
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let caps = |w: &str| letters(w) >= 2 && !w.chars().any(char::is_lowercase);
    let capitalised = |w: &str| w.starts_with(char::is_uppercase) || is_name_particle(w);
    let ok = (1..=5).contains(&name.len())
        && name.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
                && (caps(w) || courtesy && capitalised(w))
        });
    ok.then_some((end, sep, courtesy))
}

/// "ALIX BOUILHAGUET Bonjour …", "APOLLINE DE MALHERBE Elle est …": two to five words in
/// capitals opening a line, then speech on the same line starting with a capitalised word, or
/// on the next line, as French government transcripts print their speakers (only in a dialogue
/// of such names: a line of capitals alone is else a heading).
/// The end of the capitals.
fn caps_head(s: &str) -> Option<usize> {
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || "-'’".contains(c))
    };
    let mut end = 0;
    let mut words = 0;
    let mut rest = s;
    loop {
        let w = rest.split(' ').next().unwrap_or("");
        if w.is_empty() || !caps(w) {
            break;
        }
        words += 1;
        end = s.len() - rest.len() + w.len();
        rest = rest[w.len()..].strip_prefix(' ').unwrap_or("");
    }
    let next = s[end..].trim_start();
    let speech = next.chars().next().is_some_and(char::is_uppercase)
        && next
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().any(char::is_lowercase))
        || next.starts_with(['«', '"', '“'])
        // (Or the name alone on its line, the speech on the next: "JÉRÔME CHAPUIS\nBonjour".)
        || next.is_empty();
    ((2..=5).contains(&words) && speech).then_some(end)
}

/// A line of capitals alone before the speech ("JÉRÔME CHAPUIS" over "Bonjour…") is a name, not
/// a recurring heading ("COMPTE RENDU ANALYTIQUE", "QUESTIONS AU GOUVERNEMENT"), only when the
/// text never writes one of its words in lower case, and when the line above it is no line of
/// capitals too (a heading on two lines: "COMPTE RENDU\nANALYTIQUE OFFICIEL").
fn names_alone_on_their_line(text: &str, labels: &mut Vec<Label>) {
    let alone = |l: &Label| l.bare && text[l.span.end..].trim_start_matches(' ').starts_with('\n');
    labels.retain(|l| !(alone(l) && under_a_line_of_capitals(text, l.span.start)));
    if !labels.iter().any(alone) {
        return;
    }
    let lowercase: std::collections::HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_lowercase))
        .collect();
    labels.retain(|l| {
        !alone(l)
            || !l.span.slice(text).split_whitespace().any(|w| {
                let lower = w.to_lowercase();
                !is_name_particle(&lower) && lowercase.contains(lower.as_str())
            })
    });
}

/// Whether the line above the one starting at `at`, with no blank line between, is written in
/// capitals only.
fn under_a_line_of_capitals(text: &str, at: usize) -> bool {
    let Some(above) = text[..at].trim_end_matches([' ', '\t']).strip_suffix('\n') else {
        return false;
    };
    let line = &above[above.rfind('\n').map_or(0, |i| i + 1)..];
    line.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !line.chars().any(char::is_lowercase)
}

/// Names in capitals without a colon are labels only in a dialogue of them: at least four such
/// lines and two names, each name opening two lines or more. Headings in capitals do not recur.
fn bare_dialogue(labels: &mut Vec<Label>) {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for l in labels.iter().filter(|l| l.bare) {
        *counts.entry(l.name.clone()).or_default() += 1;
    }
    let recurring = counts.values().filter(|&&n| n >= 2).count();
    let lines: usize = counts.values().filter(|&&n| n >= 2).sum();
    let dialogue = recurring >= 2 && lines >= 4;
    labels.retain(|l| !l.bare || dialogue && counts.get(&l.name).is_some_and(|&n| n >= 2));
}

/// Labels glued to the sentence before them, their line break lost by the source ("…la
/// question du 49.3.APOLLINE DE MALHERBE Mais vous…", or a whole transcript flattened onto one
/// line): a name in capitals right after a sentence's end is a label there too when it labels a
/// line elsewhere or recurs so; `bare_dialogue` then keeps them only in a dialogue of such names.
fn glued_labels(text: &str, labels: &mut Vec<Label>) {
    let mut found: Vec<Label> = Vec::new();
    for (end_at, c) in text.char_indices() {
        if !matches!(c, '.' | '?' | '!' | '…' | '»' | '"' | '”') {
            continue;
        }
        let mut at = end_at + c.len_utf8();
        if text[at..].starts_with(' ') {
            at += 1;
        }
        // (A bare label opens with a word in capitals: most sentences are not read further.)
        let first = text[at..].split([' ', '\n']).next().unwrap_or("");
        if first.chars().filter(|c| c.is_alphabetic()).count() < 2
            || first.chars().any(char::is_lowercase)
            || labels.iter().any(|l| l.span.start == at)
        {
            continue;
        }
        // (The head and a few words of speech are all a label needs to be read.)
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let mut end = line_end.min(at + GLUED_LABEL_READ);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(l) = label(text, Span::new(at, end)).filter(|l| l.bare) {
            found.push(l);
        }
    }
    if found.is_empty() {
        return;
    }
    // Names that label lines already, or recur glued; whether they make a dialogue is
    // `bare_dialogue`'s to tell, with the labels at lines' starts.
    let known: std::collections::BTreeSet<&str> = labels
        .iter()
        .filter(|l| l.bare)
        .map(|l| l.span.slice(text))
        .collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in &found {
        *counts.entry(l.span.slice(text)).or_default() += 1;
    }
    let keep: Vec<bool> = found
        .iter()
        .map(|l| {
            let name = l.span.slice(text);
            known.contains(name) || counts.get(name).is_some_and(|&n| n >= 2)
        })
        .collect();
    let mut k = keep.into_iter();
    found.retain(|_| k.next().unwrap_or(false));
    if !found.is_empty() {
        labels.extend(found);
        labels.sort_by_key(|l| l.span.start);
    }
}

/// How many bytes after a sentence's end are read for a label glued to it.
const GLUED_LABEL_READ: usize = 200;

/// A name the transcript prints in capitals loses its accents and particles ("CHRISTOPHE
/// BECHU", "APOLLINE DE MALHERBE"): spelled as the title or the text write it in mixed case
/// ("M. Christophe Béchu", "Apolline de Malherbe"), when they do.
fn respell_bare(doc: &Document, labels: &mut [Label]) {
    let mut spelled: Vec<(String, Option<String>)> = Vec::new();
    for l in labels
        .iter_mut()
        .filter(|l| l.bare && l.anonymous.is_none())
    {
        let found = match spelled.iter().find(|(n, _)| *n == l.name) {
            Some((_, found)) => found.clone(),
            None => {
                let found = doc
                    .title
                    .as_deref()
                    .and_then(|t| written_in(t, &l.name))
                    .or_else(|| written_in(&doc.text, &l.name));
                spelled.push((l.name.clone(), found.clone()));
                found
            }
        };
        if let Some(name) = found {
            l.name = name;
        }
    }
}

/// The words of `text` that spell `name` with other accents or case, in mixed case.
fn written_in(text: &str, name: &str) -> Option<String> {
    let key = chancery_lexicon::names::unaccented(name);
    let n = name.split_whitespace().count();
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words
        .windows(n)
        .find(|win| {
            win.iter().any(|w| w.chars().any(char::is_lowercase))
                && win
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || is_name_particle(w))
                && chancery_lexicon::names::unaccented(&win.join(" ")) == key
        })
        .map(|win| {
            win.iter()
                .map(|w| titlecase_parts(w))
                .collect::<Vec<_>>()
                .join(" ")
        })
}

/// "В.Путин", "V. Putin", "С.В.Лавров", "Дж.Робертсон": initials glued to a capitalised surname.
fn initial_form(head: &str) -> bool {
    let t = head.trim();
    let mut chars = t.chars().peekable();
    let mut initials = 0;
    loop {
        let mut probe = chars.clone();
        match (probe.next(), probe.next(), probe.next()) {
            (Some(c), Some('.'), _) if c.is_uppercase() => {
                chars.next();
                chars.next();
                while chars.peek().is_some_and(|c| *c == ' ') {
                    chars.next();
                }
                initials += 1;
            }
            // Russian writes some initials with two letters: "Дж.Робертсон" (Джордж).
            (Some(c), Some(d), Some('.'))
                if c.is_uppercase()
                    && d.is_lowercase()
                    && chancery_lexicon::names::is_cyrillic(c)
                    && chancery_lexicon::names::is_cyrillic(d) =>
            {
                chars.next();
                chars.next();
                chars.next();
                while chars.peek().is_some_and(|c| *c == ' ') {
                    chars.next();
                }
                initials += 1;
            }
            _ => break,
        }
    }
    let rest: String = chars.collect();
    initials > 0
        && initials <= 2
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
        && words
            .last()
            .is_some_and(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        // A role alone ("LE PREMIER MINISTRE"): the speaker is named by the role, without its
        // article ("Premier ministre"), not by its last word.
        let article = is_leading_word;
        let role_words: Vec<&str> = words.iter().copied().skip_while(|w| article(w)).collect();
        if role_words.len() >= 2 && role_words.iter().all(|w| is_label_word(w)) {
            let phrase = role_words.join(" ").to_lowercase();
            return Some((phrase.clone(), titlecase_first(&phrase)));
        }
        // The name: the trailing words that are no role words, at most three ("FOREIGN
        // MINISTER WANG YI" → Wang Yi), else the last word.
        let mut first = words.len();
        while first > 0 && words.len() - first < 3 && !is_label_word(words[first - 1]) {
            first -= 1;
        }
        let first = first.min(words.len() - 1);
        let name = words[first..]
            .iter()
            .map(|w| titlecase(w))
            .collect::<Vec<_>>()
            .join(" ");
        let role = words[..first].join(" ");
        return Some((role, name));
    }
    // A role alone in sentence case after its article ("Le porte-parole :", "The
    // Spokesperson:"): the speaker is named by the role, as in capitals.
    let role_alone: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| is_leading_word(w))
        .collect();
    if !role_alone.is_empty()
        && role_alone.len() < words.len()
        && role_alone.iter().all(|w| is_label_word(w))
    {
        let phrase = role_alone.join(" ").to_lowercase();
        return Some((phrase.clone(), titlecase_first(&phrase)));
    }
    // A capitalised word, or a surname in capitals as French writes it ("Emmanuel MACRON",
    // "Jean-Noël BARROT").
    let is_name_word = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && (c.clone().any(char::is_lowercase)
                || w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
    };
    // The name: the trailing run of capitalised words, at most three, at least two; a name
    // particle between two of them belongs to it ("Mohammed al Tomaihi").
    let mut start = words.len();
    let mut particles = 0;
    while start > 0 && words.len() - start - particles < 3 {
        let w = words[start - 1];
        if is_name_word(w) {
            start -= 1;
        } else if is_name_particle(w)
            && start < words.len()
            && start >= 2
            && is_name_word(words[start - 2])
        {
            start -= 1;
            particles += 1;
        } else {
            break;
        }
    }
    // A run of three that swallowed a role word ("Biélorussie Alexandre Loukachenko") keeps the
    // last two.
    if words.len() - start - particles == 3
        && (role_in(&words[start..].join(" ")).is_some() || start > 0)
    {
        start += 1;
    }
    if words.len() - start < 2 {
        return None;
    }
    // Everything before the name must be role words (lowercase role vocabulary or capitalised
    // words that a role phrase explains: "Président de la Biélorussie").
    let role_words = &words[..start];
    let role_ok = role_words
        .iter()
        .all(|w| is_label_word(w) || w.chars().next().is_some_and(char::is_uppercase));
    if !role_ok {
        return None;
    }
    let role = role_words.join(" ");
    // ("Chairman of the People’s Republic of China Xi Jinping": the capitalised words after a
    // role's "of" name an actor the base knows.)
    let of_an_actor = || {
        (0..role_words.len()).any(|k| {
            let lowercase = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
            let rest = role_words[k + 1..]
                .iter()
                .copied()
                .skip_while(|w| lowercase(w))
                .collect::<Vec<&str>>()
                .join(" ");
            lowercase(&role_words[k])
                && role_words[..=k].iter().all(|w| is_label_word(w))
                && !rest.is_empty()
                && chancery_lexicon::actors::builtin().lookup(&rest).is_some()
        })
    };
    if !role.is_empty()
        && role_in(&role).is_none()
        && role_words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_label_word(w))
        && !of_an_actor()
    {
        // Capitalised words before a name that no role phrase explains: prose ("Comme Vladimir …").
        return None;
    }
    Some((role, words[start..].join(" ")))
}

/// A word with its first letter upper case and the rest lower case ("DRIAN" → "Drian").
/// A word in capitals title-cased ("KIRBY" → "Kirby"); another as written.
fn titlecase_parts(w: &str) -> String {
    if w.chars().any(char::is_lowercase) {
        w.to_owned()
    } else {
        titlecase(w)
    }
}

/// The first letter in capitals, the rest as it is ("premier ministre" → "Premier ministre").
fn titlecase_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub(crate) fn titlecase(word: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        // Each part of a hyphenated name ("THOMAS-GREENFIELD" → "Thomas-Greenfield").
        start = c == '-';
    }
    out
}

/// The author a single-author title names, as written, with the title text around the name.
struct Author<'a> {
    written: &'a str,
    /// Title text before the name (after the genre word) and after it (to the next comma).
    before: &'a str,
    after: &'a str,
}

impl Author<'_> {
    /// The author's canonical name (a known person's, else the written name's) and role (the
    /// title's role phrase around the name, else the known person's).
    fn identity(&self) -> (String, Option<String>) {
        let known = person(self.written);
        let name = known.map_or_else(|| canonical_unknown(self.written), |p| p.name.clone());
        let role = role_in(self.after)
            .or_else(|| role_in(self.before))
            .map(str::to_owned)
            .or_else(|| known.and_then(|p| p.role.clone()));
        (name, role)
    }
}

/// How many words open a title where a word of several authors makes its genre shared.
const SHARED_GENRE_WORDS: usize = 3;

/// Whether `lower`, a lowercase word, makes a title's genre several authors' ("joint",
/// "conjointe", "совместное"; `turn_words.tsv` kind `shared`, a longer one a prefix).
pub(crate) fn is_shared_word(lower: &str) -> bool {
    let w = lower.trim_matches(|c: char| !c.is_alphanumeric());
    turn_words(TurnWord::Shared)
        .iter()
        .any(|s| w == *s || s.chars().count() > 4 && w.starts_with(s))
}

/// The author of a statement, commentary, speech or interview whose title names one:
/// "Déclaration à la presse de Sergueï Lavrov, Ministre …", "Foreign Minister Sergey Lavrov’s
/// remarks …", "Выступление Министра иностранных дел С.В.Лаврова …".
fn title_author(title: &str) -> Option<Author<'_>> {
    // ("Déclaration conjointe de la France et du Costa Rica", "Joint Statement by …": the
    // genre's authors are several, the issuers' turns.)
    if title
        .split_whitespace()
        .take(SHARED_GENRE_WORDS)
        .any(|w| is_shared_word(&w.to_lowercase()))
    {
        return None;
    }
    let from = if let Some(m) = TITLE_GENRE.find(title) {
        m.end()
    } else {
        let c = TITLE_POSSESSIVE.captures(title)?;
        let who = c.get(1)?;
        return author_in(title, 0, who.end());
    };
    // The genre's author: the first known person after the genre word, else "de/by X".
    author_in(title, from, title.len()).or_else(|| author_by(title, from))
}

/// "… de/by X" in `title` from `from`: two to four capitalised words after the preposition,
/// role words in capitals left out.
fn author_by(title: &str, from: usize) -> Option<Author<'_>> {
    TITLE_BY.captures_iter(&title[from..]).find_map(|c| {
        let m = c.get(1)?;
        let run = m.as_str();
        // Role words in capitals ("du Ministre Jean Dupont") are not the name.
        let words: Vec<&str> = run.split_whitespace().collect();
        let skip = words.iter().take_while(|w| is_label_word(w)).count();
        let name_words = words.get(skip..)?;
        if !(2..=4).contains(&name_words.len()) {
            return None;
        }
        let first = name_words[0];
        let last = name_words[name_words.len() - 1];
        let start = from + m.start() + run.find(first)?;
        let end = from + m.start() + run.rfind(last)? + last.len();
        Some(Author {
            written: title.get(start..end)?,
            before: title.get(from..start)?,
            after: following_part(title, end),
        })
    })
}

/// The first run of capitalised words in `title[from..to]` that names a known person.
fn author_in(title: &str, from: usize, to: usize) -> Option<Author<'_>> {
    let region = &title[from..to];
    let tokens: Vec<(usize, &str)> = region
        .split_inclusive(|c: char| c.is_whitespace() || c == ',')
        .scan(0, |pos, piece| {
            let at = *pos;
            *pos += piece.len();
            Some((at, piece))
        })
        .map(|(at, piece)| {
            let word = piece.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
            let word = word
                .strip_suffix("’s")
                .or(word.strip_suffix("'s"))
                .unwrap_or(word);
            (at, word)
        })
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    for end in 0..tokens.len() {
        if !capital(tokens[end].1) {
            continue;
        }
        // The longest run of capitalised words ending at `end` (at most four) naming a person.
        let mut first = end;
        while first > 0 && end - first < 3 && capital(tokens[first - 1].1) {
            first -= 1;
        }
        for f in first..=end {
            let start = tokens[f].0;
            let stop = tokens[end].0 + tokens[end].1.len();
            let written = region[start..stop].trim_end_matches(',');
            if person(written).is_some() {
                // A surname after a given name the base does not give them is someone else's
                // ("First Lady Jill Biden"): no known author here.
                if f == end && f > first && !is_label_word(tokens[f - 1].1) {
                    break;
                }
                let at = from + start;
                let stop = from + stop;
                return Some(Author {
                    written: &title[at..stop],
                    before: &title[from..at],
                    after: following_part(title, stop),
                });
            }
        }
    }
    None
}

/// The title text after a name up to the next comma-separated part's end (its apposition).
fn following_part(title: &str, end: usize) -> &str {
    let rest = title[end..].trim_start_matches([',', ' ']);
    rest.split(',').next().unwrap_or("")
}

/// A press statement or commentary whose title names its author: the body is one turn.
fn single_author(doc: &mut Document) {
    let Some((speaker, turn)) = author_turn(doc, doc.text.len(), false) else {
        return;
    };
    doc.speakers = vec![speaker];
    doc.turns = vec![turn];
}

/// The turn of the author a title names ("Выступление … С.В.Лаврова", "Statement by …"), from
/// the body's start to `end`. When `opening` (labels follow: "Remarks and answers to media
/// questions"), the turn starts at the first paragraph of speech (a dozen words or more) and is
/// only taken when the title's genre is the author's own words, not an interview's introduction.
fn author_turn(doc: &Document, end: usize, opening: bool) -> Option<(Speaker, Turn)> {
    let title = doc.title.as_deref()?;
    // (A briefing's answerer opens it too: "Брифинг официального представителя МИД России
    // М.В.Захаровой".)
    let author =
        title_author(title).or_else(|| opening.then(|| press_answerer(title)).flatten())?;
    if opening {
        let lower = title.to_lowercase();
        let genre = lower.split_whitespace().next().unwrap_or("");
        if turn_words(TurnWord::Hosted)
            .iter()
            .any(|w| genre.trim_matches(|c: char| !c.is_alphanumeric()) == *w)
        {
            return None;
        }
    }
    let written = author.written;
    let (name, role) = author.identity();
    // The body starts after the title line (if the text begins with it).
    let first_line = doc.text.lines().next().unwrap_or("");
    let mut body_start = if title.trim() == first_line.trim() || first_line.contains(written) {
        first_line.len()
    } else {
        0
    };
    if opening {
        let speech = line_spans(&doc.text)
            .filter(|l| body_start <= l.start && l.end <= end)
            .find(|l| l.slice(&doc.text).split_whitespace().count() >= 12)?;
        // ("Vladimir Putin and Recep Tayyip Erdogan made statements for the press…": a paragraph
        // naming the author in full is the report's narration, not the author's speech.)
        if written.contains(' ') && speech.slice(&doc.text).contains(written) {
            return None;
        }
        body_start = speech.start;
    }
    let span = Span::new(body_start, end.max(body_start)).trim(&doc.text);
    if span.is_empty() {
        return None;
    }
    let section = innermost_section(doc, span.start);
    Some((
        Speaker {
            name: name.clone(),
            surface: vec![written.to_owned()],
            role,
            turns: 1,
            ..Speaker::default()
        },
        Turn {
            speaker: name,
            kind: TurnKind::Statement,
            section,
            span,
            label: None,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label a line makes: `name | role | affiliation`, or "-" when it is not a label.
    #[track_caller]
    fn check(line: &str, expect: &str) {
        // (A one-word label stands only beside others: see `one_word_labels_in_a_dialogue`.)
        let got = match label(line, Span::new(0, line.len())).filter(|l| !l.lone) {
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

    /// The turns of a whole document: one `speaker kind: speech` line per turn, then one
    /// `speaker (role, affiliation) ×turns` line per speaker.
    #[test]
    fn a_leader_named_by_title_in_the_text_is_not_a_journalist() {
        // Э.Блэр greets and asks, but the text calls him "Премьер-министра Тони Блэра".
        check_doc(
            Some("Пресс-конференция по итогам переговоров"),
            "Э.Блэр: Добрый день всем! Разве это не успех?\n\
             В.Путин: Я хотел бы поблагодарить Премьер-министра Тони Блэра за приглашение посетить Лондон.\n\
             Вопрос: Каковы итоги?\n\
             Э.Блэр: Хорошие.",
            &[
                "E. Bler statement: Добрый день всем! Разве это не успех?",
                "Vladimir Putin statement: Я хотел бы поблагодарить Премьер-министра Тони Блэра за приглашение посетить Лондон.",
                "Journalist question: Каковы итоги?",
                "E. Bler answer: Хорошие.",
                "E. Bler (-, -) ×2",
                "Vladimir Putin (President of Russia, -) ×1",
                "Journalist (-, -) ×1",
            ],
        );
    }

    #[test]
    fn speech_before_the_first_label_is_the_title_authors() {
        let title = "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова, Денпасар";
        let opening = "Заседание министров посвящено двум крупным темам, и наша позиция по этим двум вопросам хорошо известна.";
        check_doc(
            Some(title),
            &format!(
                "{title}\nВсе материалы сайта доступны по лицензии:\n{opening}\nВопрос: Что дальше?\nС.В.Лавров: Посмотрим."
            ),
            &[
                &format!("Sergey Lavrov statement: {opening}"),
                "Journalist question: Что дальше?",
                "Sergey Lavrov answer: Посмотрим.",
                "Sergey Lavrov (Minister of Foreign Affairs of Russia, -) ×2",
                "Journalist (-, -) ×1",
            ],
        );
        // A briefing's answerer opens it.
        let title = "Брифинг официального представителя МИД России М.В.Захаровой, Москва";
        check_doc(
            Some(title),
            &format!("{title}\n{opening}\nВопрос: Что дальше?\nОтвет: Посмотрим."),
            &[
                &format!("Maria Zakharova statement: {opening}"),
                "Journalist question: Что дальше?",
                "Maria Zakharova answer: Посмотрим.",
                "Maria Zakharova (Spokesperson of the Ministry of Foreign Affairs of Russia, -) ×2",
                "Journalist (-, -) ×1",
            ],
        );
        // An interview's introduction is not the interviewee's speech.
        let title = "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова газете «Коммерсант»";
        check_doc(
            Some(title),
            &format!("{title}\n{opening}\nВопрос: Что дальше?\nС.В.Лавров: Посмотрим."),
            &[
                "Journalist question: Что дальше?",
                "Sergey Lavrov answer: Посмотрим.",
                "Journalist (-, -) ×1",
                "Sergey Lavrov (Minister of Foreign Affairs of Russia, -) ×1",
            ],
        );
    }

    #[test]
    fn a_role_of_an_actor_the_base_knows_opens_a_label() {
        check(
            "Chairman of the People’s Republic of China Xi Jinping (retranslated): Thank you.",
            "Xi Jinping | - | -",
        );
        check(
            "Chairman of China Xi Jinping: Thank you.",
            "Xi Jinping | - | -",
        );
        // (Capitalised words no actor explains are prose.)
        check("Chairman of Acme Widgets Xi Jinping: Thank you.", "-");
    }

    #[test]
    fn a_joint_press_conference_or_a_guest_names_no_single_answerer() {
        let narration = "Vladimir Putin and Recep Tayyip Erdogan made statements for the press and answered journalists’ questions.";
        let speech = "Mr President, ladies and gentlemen, we have just completed our talks and the results are good.";
        for title in [
            "Joint news conference with President of Turkey Recep Tayyip Erdogan",
            "News conference following talks with Recep Tayyip Erdogan",
            "Press conference by Recep Tayyip Erdogan",
        ] {
            check_doc(
                Some(title),
                &format!(
                    "{title}\n{narration}\nVladimir Putin: {speech}\nRecep Tayyip Erdogan (retranslated): Thank you."
                ),
                &[
                    &format!("Vladimir Putin statement: {speech}"),
                    "Recep Tayyip Erdogan statement: Thank you.",
                    "Vladimir Putin (President of Russia, -) ×1",
                    "Recep Tayyip Erdogan (-, -) ×1",
                ],
            );
        }
        // (A press conference of one answerer still opens with their speech.)
        let title = "Press conference by Recep Tayyip Erdogan";
        check_doc(
            Some(title),
            &format!("{title}\n{speech}\nQuestion: And then?\nRecep Tayyip Erdogan: We will see."),
            &[
                &format!("Recep Tayyip Erdogan statement: {speech}"),
                "Journalist question: And then?",
                "Recep Tayyip Erdogan answer: We will see.",
                "Recep Tayyip Erdogan (-, -) ×2",
                "Journalist (-, -) ×1",
            ],
        );
    }

    #[track_caller]
    fn check_doc(title: Option<&str>, text: &str, expect: &[&str]) {
        let mut doc = Document {
            title: title.map(str::to_owned),
            text: text.to_owned(),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let mut got: Vec<String> = doc
            .turns
            .iter()
            .map(|t| {
                format!(
                    "{} {}: {}",
                    t.speaker,
                    t.kind.as_str(),
                    t.span.slice(text).replace('\n', "⏎")
                )
            })
            .collect();
        got.extend(doc.speakers.iter().map(|s| {
            format!(
                "{} ({}, {}) ×{}",
                s.name,
                s.role.as_deref().unwrap_or("-"),
                s.affiliation.as_deref().unwrap_or("-"),
                s.turns
            )
        }));
        assert_eq!(got, expect);
    }

    #[test]
    fn french_labels() {
        for (line, expect) in [
            (
                "Président de la Biélorussie Alexandre Loukachenko : Monsieur Poutine, merci.",
                "Alexandre Loukachenko | President of Belarus | -",
            ),
            (
                "Président russe Vladimir Poutine : C’est sûr.",
                "Vladimir Poutine | President of Russia | -",
            ),
            (
                "Vladimir Poutine : Pas du tout.",
                "Vladimir Poutine | - | -",
            ),
            (
                "Alexandre Loukachenko: Comme je l’ai dit plus tôt",
                "Alexandre Loukachenko | - | -",
            ),
            (
                "Natalya Golub, chaîne de télévision Belarus-1 : Bonjour",
                "Natalya Golub | - | Belarus-1",
            ),
            (
                "Ivan Petrov, journal Kommersant : Bonjour",
                "Ivan Petrov | - | Kommersant",
            ),
            (
                "Sergueï Lavrov, ministre des Affaires étrangères de Russie : Merci.",
                "Sergueï Lavrov | Minister of Foreign Affairs of Russia | -",
            ),
            (
                "Vladimir Matveïev : C’est pour les deux présidents.",
                "Vladimir Matveïev | - | -",
            ),
            (
                "Kirill Vorobyov : Un marché commun.",
                "Kirill Vorobyov | - | -",
            ),
            ("Sargon Hadaya : Bonjour.", "Sargon Hadaya | - | -"),
            (
                "Président de la République de Biélorussie Alexandre Loukachenko : Monsieur",
                "Alexandre Loukachenko | President of Belarus | -",
            ),
            ("Question : Et le gaz ?", "Journalist | - | -"),
            // A surname in capitals; a courtesy title before the name; a role alone.
            (
                "Emmanuel MACRON : Merci beaucoup.",
                "Emmanuel MACRON | - | -",
            ),
            (
                "M. Jean-Noël BARROT : Nous soutenons.",
                "Jean-Noël BARROT | - | -",
            ),
            (
                "LE PREMIER MINISTRE : Nous travaillons.",
                "Premier ministre | - | -",
            ),
        ] {
            check(line, expect);
        }
    }

    #[test]
    fn english_and_russian_labels() {
        for (line, expect) in [
            ("Vladimir Putin: Thank you.", "Vladimir Putin | - | -"),
            (
                "President of Russia Vladimir Putin: Colleagues,",
                "Vladimir Putin | President of Russia | -",
            ),
            ("PRESIDENT PUTIN: Good afternoon.", "Putin | - | -"),
            ("Question: What about gas?", "Journalist | - | -"),
            (
                "FOREIGN MINISTER WANG YI (via interpreter): We support talks.",
                "Wang Yi | - | -",
            ),
            (
                "AMBASSADOR THOMAS-GREENFIELD: Thank you.",
                "Thomas-Greenfield | - | -",
            ),
            (
                "Mr. Lavrov (Russian Federation) (spoke in Russian): Mr. President,",
                "Lavrov | - | -",
            ),
            ("В.Путин: Добрый день.", "В.Путин | - | -"),
            ("А.Лукашенко: Спасибо.", "А.Лукашенко | - | -"),
            ("С.В.Лавров: Спасибо.", "С.В.Лавров | - | -"),
            ("Вопрос: А газ?", "Journalist | - | -"),
            ("Дж.Робертсон: Дамы и господа!", "Дж.Робертсон | - | -"),
            (
                "President of the People’s Republic of China Xi Jinping (retranslated): Mr President,",
                "Xi Jinping | President of China | -",
            ),
            (
                "John Smith (Reuters): Mr President,",
                "John Smith | - | Reuters",
            ),
            ("B.Путин: Большое спасибо.", "В.Путин | - | -"),
            (
                "Президент России Владимир Путин: Уважаемые коллеги!",
                "Владимир Путин | President of Russia | -",
            ),
        ] {
            check(line, expect);
        }
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
            "Ces processus gagnent en force et se concrétisent dans le cadre de l'État de l'Union: 28 programmes",
            "C’est pourquoi nous accordons la priorité à la sécurité, et je dirai même plus : bon nombre",
            "Le président russe vient de dire l’essentiel : nous avons créé une force commune",
            "Nous coopérons dans trois domaines majeurs : la production d’électricité",
            "La Russie était représentée par :",
            "La réunion aura lieu à 14:30 à Minsk.",
            "Minsk : la ville se porte bien.",
            "Ordre du jour : sécurité.",
            "Photo : Pavel Bedniakov, RIA Novosti",
            "Voir http://en.kremlin.ru/events/president/news/74102",
            "The agenda is clear: security first.",
            "Повестка дня: безопасность.",
            " 1 Les négociations russo-biélorusses : au format élargi.",
        ] {
            check(line, "-");
        }
    }

    #[test]
    fn one_speaker_across_labels_and_scripts() {
        check_doc(
            None,
            "В.Путин: Добрый день.\nА.Лукашенко: Спасибо.\n\nРады вас видеть.\nVladimir Poutine : Merci.\nИ.Петров: Вопрос?",
            &[
                "Vladimir Putin statement: Добрый день.",
                "Alexander Lukashenko statement: Спасибо.⏎⏎Рады вас видеть.",
                "Vladimir Putin statement: Merci.",
                "I. Petrov question: Вопрос?",
                "Vladimir Putin (President of Russia, -) ×2",
                "Alexander Lukashenko (President of Belarus, -) ×1",
                "I. Petrov (-, -) ×1",
            ],
        );
    }

    #[test]
    fn questions_and_answers() {
        check_doc(
            Some("Press conference following Russian-Belarusian talks"),
            "PRESIDENT PUTIN: Good afternoon.\nQuestion: What about gas?\nVladimir Putin: It is fine.\nAlexander Lukashenko: Agreed.\nJohn Smith: Good afternoon. Will prices rise?\nVladimir Putin: No.\nhttp://en.kremlin.ru/events/president/news/1\nThank you.",
            &[
                "Vladimir Putin statement: Good afternoon.",
                "Journalist question: What about gas?",
                "Vladimir Putin answer: It is fine.",
                "Alexander Lukashenko answer: Agreed.",
                "John Smith question: Good afternoon. Will prices rise?",
                "Vladimir Putin answer: No.",
                "Vladimir Putin (President of Russia, -) ×3",
                "Journalist (-, -) ×1",
                "Alexander Lukashenko (President of Belarus, -) ×1",
                "John Smith (-, -) ×1",
            ],
        );
        // Outside a press conference, an unknown official who asks is not a journalist.
        check_doc(
            Some("Meeting with Government members"),
            "Vladimir Putin: Good afternoon.\nDenis Ivanov: Good afternoon. Shall I start?",
            &[
                "Vladimir Putin statement: Good afternoon.",
                "Denis Ivanov statement: Good afternoon. Shall I start?",
                "Vladimir Putin (President of Russia, -) ×1",
                "Denis Ivanov (-, -) ×1",
            ],
        );
    }

    #[test]
    fn single_author_titles() {
        for (title, expect) in [
            (
                "Déclaration à la presse de Sergueï Lavrov, Ministre des Affaires étrangères de la Fédération de Russie, Minsk",
                "Sergey Lavrov (Minister of Foreign Affairs of Russia, -) ×1",
            ),
            (
                "Intervention du Ministre des Affaires étrangères de la Fédération de Russie Sergueï Lavrov au forum",
                "Sergey Lavrov (Minister of Foreign Affairs of Russia, -) ×1",
            ),
            (
                "Foreign Minister Sergey Lavrov’s remarks at a news conference",
                "Sergey Lavrov (Minister of Foreign Affairs of Russia, -) ×1",
            ),
            (
                "Statement by President of Russia Vladimir Putin",
                "Vladimir Putin (President of Russia, -) ×1",
            ),
            (
                "Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на форуме",
                "Sergey Lavrov (Minister of Foreign Affairs of Russia, -) ×1",
            ),
            (
                "Discours de Jean Dupont, ambassadeur, à Paris",
                "Jean Dupont (-, -) ×1",
            ),
        ] {
            let name = expect.split(" (").next().unwrap_or("");
            let turn = format!("{name} statement: Nous avons parlé.");
            check_doc(
                Some(title),
                &format!("{title}\nNous avons parlé."),
                &[turn.as_str(), expect],
            );
        }
    }

    /// The speaker and kind of each turn of a text without a title.
    fn turns_of(text: &str) -> Vec<(String, TurnKind)> {
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        extract_turns(&mut doc);
        doc.turns.into_iter().map(|t| (t.speaker, t.kind)).collect()
    }

    #[test]
    fn a_label_glued_to_the_sentence_before_opens_a_turn() {
        let speakers =
            |text: &str| -> Vec<String> { turns_of(text).into_iter().map(|(s, _)| s).collect() };
        let (s, m) = ("Sonia Mabrouk", "Marc Fesneau");
        assert_eq!(
            speakers(
                "SONIA MABROUK Bonjour Marc Fesneau.\nMARC FESNEAU Bonjour.\n\
                 SONIA MABROUK Vous restez ?\nMARC FESNEAU Oui, je reste.SONIA MABROUK Pourquoi ?\n\
                 MARC FESNEAU Parce que."
            ),
            [s, m, s, m, s, m]
        );
        // A transcript flattened onto one line; a name in capitals said once is no label.
        assert_eq!(
            speakers(
                "SONIA MABROUK Bonjour. MARC FESNEAU Bonjour. SONIA MABROUK Vous restez ? \
                 MARC FESNEAU Oui. Comme disait JACQUES CHIRAC Notre maison brûle. SONIA MABROUK Merci."
            ),
            [s, m, s, m, s]
        );
    }

    #[test]
    fn a_role_alone_is_its_holder_in_the_record() {
        let got = turns_of(
            "PRÉSIDENCE de M. Jean-Louis DEBRÉ\n\n\
             M. le Président - La séance est ouverte.\n\n\
             M. Alain Bocquet - Monsieur le ministre, que fait la France ?\n\n\
             M. Dominique de Villepin, ministre des affaires étrangères - La France agit.\n\n\
             M. Alain Bocquet - Ce n'est pas assez.\n\n\
             M. le Ministre - Nous ferons plus.\n\n\
             PRÉSIDENCE de M. Jean LE GARREC\n\n\
             M. le Président - La séance est levée.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Jean-Louis Debré",
                "Alain Bocquet",
                "Dominique de Villepin",
                "Alain Bocquet",
                "Dominique de Villepin",
                "Jean Le Garrec"
            ]
        );
    }

    #[test]
    fn a_reports_run_in_headings_are_no_speakers() {
        let got = turns_of(
            "The report covers voting in the assembly and the council.\n\n\
             Overall Voting Coincidence: The overall voting coincidence was 40 percent.\n\n\
             Human Rights: The United States defended human rights.\n\n\
             Development: Sustainable development remained a priority.",
        );
        assert!(got.is_empty(), "{got:?}");
        // (A recurring speaker whose name is also a word stays one.)
        let got = turns_of(
            "PRICE: Good afternoon.\nQUESTION: The price of oil?\nPRICE: It is high.\n\
             QUESTION: And gas?\nPRICE: Also high.",
        );
        assert!(got.iter().any(|(s, _)| s == "Price"), "{got:?}");
    }

    #[test]
    fn a_surname_alone_is_a_person_of_the_base_only_in_texts_of_their_time() {
        let speakers = |published: &str| {
            let mut doc = Document {
                text: "MR. CARNEY: The next question.\nQ Thank you.\nMR. CARNEY: Last one."
                    .to_owned(),
                published: chancery_model::PartialDate::parse_iso(published),
                ..Document::default()
            };
            extract_turns(&mut doc);
            doc.speakers.into_iter().map(|s| s.name).collect::<Vec<_>>()
        };
        assert!(speakers("2014-04-24").contains(&"Carney".to_owned()));
        assert!(speakers("2025-06-01").contains(&"Mark Carney".to_owned()));
        // Undated, the surname of two persons of the base (Mark and Jay Carney) names neither.
        assert!(speakers("").contains(&"Carney".to_owned()));
    }

    #[test]
    fn headings_in_capitals_and_lists_of_topics_are_no_labels() {
        let got = turns_of(
            "The report lists the votes.\n\n\
             GENERAL ASSEMBLY: ALL ACTIONS\n\n\
             Public Law 101-246 calls for a listing of all votes.\n\n\
             ARMS CONTROL, CYBER, AND NUCLEAR: Important resolutions included these.",
        );
        assert!(got.is_empty(), "{got:?}");
        // (A role after a comma stays a label.)
        let got = turns_of(
            "MR. PRICE, SPOKESPERSON: Good afternoon.\nQUESTION: Any news?\nMR. PRICE, SPOKESPERSON: None.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn names_in_capitals_alone_on_their_line_and_titles_before_a_dash() {
        // The name alone, the speech on the next line; a recurring heading in capitals whose
        // words the text writes in lower case is no speaker.
        let got = turns_of(
            "JÉRÔME CHAPUIS\nBonjour Jean-Noël Barrot.\n\nJEAN-NOËL BARROT\nBonjour.\n\n\
             COMPTE RENDU\nLe compte rendu suit.\n\nJÉRÔME CHAPUIS\nEst-ce une bonne nouvelle ?\n\n\
             JEAN-NOËL BARROT\nOui.\n\nCOMPTE RENDU\nFin du compte rendu.\n\n\
             COMPTE RENDU\nANALYTIQUE OFFICIEL\n\nSession ordinaire.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Jérôme Chapuis",
                "Jean-Noël Barrot",
                "Jérôme Chapuis",
                "Jean-Noël Barrot"
            ]
        );
        // "LE CHANCELIER —", "LE PRÉSIDENT —": the people the title names with those words,
        // before them after a comma as French titles write it.
        let mut doc = Document {
            title: Some(
                "Conférence de presse de M. Emmanuel Macron, président de la République, et de \
                 M. Olaf Scholz, chancelier de la République fédérale d'Allemagne."
                    .to_owned(),
            ),
            text: "LE CHANCELIER — Merci, cher Emmanuel.\n\nQUESTION — Allez-vous envoyer des \
                   troupes ?\n\nLE PRÉSIDENT — Je n'exclus rien."
                .to_owned(),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let got: Vec<(&str, usize)> = doc
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.turns))
            .collect();
        assert_eq!(
            got,
            [
                ("Olaf Scholz", 1),
                ("Journalist", 1),
                ("Emmanuel Macron", 1)
            ]
        );
    }

    #[test]
    fn a_moderator_names_questioners_by_name_or_title_and_outlet() {
        let got = turns_of(
            "MR PRICE: We'll now turn to questions. We'll start with Shaun Tandon of the AFP.\n\n\
             QUESTION: Hi. Mr. Secretary, could I begin with Russia?\n\n\
             SECRETARY BLINKEN: Thank you, Shaun. We spoke at length.\n\n\
             MODERATOR: (Via interpreter) Mr. Matsuura from Kyodo.\n\n\
             QUESTION: (Via interpreter) Thank you very much. This is a question to the Minister.\n\n\
             FOREIGN MINISTER HAYASHI: (Via interpreter) Thank you. We agreed on that.\n\n\
             MODERATOR: (Off-mike.)\n\n\
             QUESTION: Hi, thank you for doing this. Mr. Foreign Minister, what about Taiwan?",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Price",
                "Shaun Tandon",
                "Antony Blinken",
                "Moderator",
                "Matsuura",
                "Hayashi",
                "Moderator",
                "Journalist"
            ]
        );
    }

    #[test]
    fn a_label_that_is_an_outlet_names_the_outlet() {
        let got = turns_of(
            "В.Путин: Добрый день. Мы провели переговоры.\n\n\
             Агентство Рейтер: Могли бы Вы сказать, что будет дальше?\n\n\
             В.Путин: Да, конечно.\n\n\
             Телекомпания Ай-ти-эн: Что Вы думаете?\n\n\
             В.Путин: Нет.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(speakers[1], "Reuters");
        assert_eq!(speakers[3], "Ay-ti-en");
    }

    #[test]
    fn a_role_label_is_the_person_the_title_names_with_it() {
        let title = "Remarks by President Biden During Visit with Service Members";
        let mut doc = Document {
            title: Some(title.to_owned()),
            text: format!("{title}\nTHE PRESIDENT: Thank you all.\nQ: Sir?\nTHE PRESIDENT: Yes."),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let speakers: Vec<&str> = doc.turns.iter().map(|t| t.speaker.as_str()).collect();
        assert_eq!(speakers, ["Joe Biden", "Journalist", "Joe Biden"]);
    }

    #[test]
    fn a_role_label_under_a_title_naming_the_office_is_its_holder_that_day() {
        let turns = |title: &str, published: chancery_model::PartialDate| {
            let mut doc = Document {
                title: Some(title.to_owned()),
                text: format!(
                    "{title}\nLE PRÉSIDENT : Bonsoir.\nQUESTION : Et Kiev ?\nLE PRÉSIDENT : Oui."
                ),
                published: Some(published),
                ..Document::default()
            };
            extract_turns(&mut doc);
            doc.turns
                .iter()
                .map(|t| t.speaker.clone())
                .collect::<Vec<_>>()
        };
        let title = "Conférence de presse du Président de la République à Bruxelles";
        assert_eq!(
            turns(
                title,
                chancery_model::PartialDate::ymd(2024, 3, 21).unwrap()
            ),
            ["Emmanuel Macron", "Journalist", "Emmanuel Macron"]
        );
        assert_eq!(
            turns(
                title,
                chancery_model::PartialDate::ymd(2015, 3, 21).unwrap()
            )[0],
            "François Hollande"
        );
        // A republic the role list does not hold keeps the role.
        assert_eq!(
            turns(
                "Conférence de presse du Président de la République du Niger",
                chancery_model::PartialDate::ymd(2024, 3, 21).unwrap()
            )[0],
            "Président"
        );
    }

    #[test]
    fn a_role_alone_in_sentence_case_is_a_label() {
        for (text, role) in [
            (
                "Point de presse\nLe porte-parole : Bonjour.\nQuestion : Et Kiev ?\nLe porte-parole : Oui.",
                "Porte-parole",
            ),
            (
                "Press briefing\nThe Spokesperson: Good afternoon.\nQuestion: And Kyiv?\nThe Spokesperson: Yes.",
                "Spokesperson",
            ),
        ] {
            let mut doc = Document {
                title: Some(text.lines().next().unwrap_or_default().to_owned()),
                text: text.to_owned(),
                ..Document::default()
            };
            extract_turns(&mut doc);
            let turns: Vec<(&str, TurnKind)> = doc
                .turns
                .iter()
                .map(|t| (t.speaker.as_str(), t.kind))
                .collect();
            assert_eq!(
                turns,
                [
                    (role, TurnKind::Statement),
                    ("Journalist", TurnKind::Question),
                    (role, TurnKind::Answer)
                ]
            );
        }
    }

    #[test]
    fn names_in_capitals_without_a_colon_in_a_dialogue() {
        let mut doc = Document {
            title: Some("Interview de M. Christophe Béchu, ministre, à France Inter".to_owned()),
            text: "ALIX BOUILHAGUET Bonjour Christophe BÉCHU. Vous maintenez vos déplacements ?\nCHRISTOPHE BECHU Oui, je les ai tous maintenus.\nALIX BOUILHAGUET Et APOLLINE DE MALHERBE ?\nCHRISTOPHE BECHU Non.\nAPOLLINE DE MALHERBE Merci.\nAPOLLINE DE MALHERBE Bonne journée, Apolline de Malherbe.".to_owned(),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let speakers: Vec<&str> = doc.turns.iter().map(|t| t.speaker.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Alix Bouilhaguet",
                "Christophe Béchu",
                "Alix Bouilhaguet",
                "Christophe Béchu",
                "Apolline de Malherbe",
                "Apolline de Malherbe"
            ]
        );
        // Headings in capitals that do not recur are no dialogue.
        assert!(
            turns_of("COMMUNIQUE DE PRESSE Le ministre a reçu son homologue.\nPARIS SUD Texte.")
                .is_empty()
        );
    }

    #[test]
    fn names_before_a_dash() {
        let mut doc = Document {
            title: Some("Conférence de presse de M. Jean-Yves Le Drian et de M. Sergueï Lavrov".to_owned()),
            text: "M. LE DRIAN - Je suis heureux d'accueillir mon homologue.\nM. LAVROV - Merci, cher Jean-Yves.\nQ - Et les sanctions ?\nM. LE DRIAN - La France reste fidèle à ses engagements.".to_owned(),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let speakers: Vec<&str> = doc.turns.iter().map(|t| t.speaker.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Jean-Yves Le Drian",
                "Sergey Lavrov",
                "Journalist",
                "Jean-Yves Le Drian"
            ]
        );
        assert!(doc.turns[0].span.slice(&doc.text).starts_with("Je suis"));
        // A role after the name, between a comma and the dash, as parliamentary reports print it.
        let got = turns_of(
            "M. Jean-Pierre Brard - Les Etats-Unis se livrent à une agression.\nM. Dominique de Villepin, ministre des affaires étrangères - La guerre est là.\nMme Noëlle Lenoir, ministre déléguée aux affaires européennes. - Il est vrai que l'Europe est divisée.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Jean-Pierre Brard",
                "Dominique de Villepin",
                "Noëlle Lenoir"
            ]
        );
        // Without a courtesy title, a place before a dash is a dateline, not a speaker.
        assert!(
            turns_of("NEW YORK - Le Conseil de sécurité s'est réuni.\nPARIS - La France a réagi.")
                .is_empty()
        );
    }

    #[test]
    fn one_word_labels_in_a_dialogue() {
        let got = turns_of(
            "L’Obs : Comment réagissent les marchés ?\nLieven Jacobs : Tout le monde cherche un abri.\nL’Obs : Et ensuite ?\nLieven Jacobs : Les marchés baissent.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            ["L’Obs", "Lieven Jacobs", "L’Obs", "Lieven Jacobs"]
        );
        // Alone, "Note :" lines are no dialogue.
        assert!(turns_of("Note : texte provisoire.\nNote : sous embargo.").is_empty());
    }

    #[test]
    fn a_courtesy_title_marks_an_official() {
        let got =
            turns_of("MR. KIRBY: Good afternoon, everybody.\nQ: Can you say more?\nMR. KIRBY: No.");
        assert_eq!(
            got,
            [
                ("John Kirby".to_owned(), TurnKind::Statement),
                ("Journalist".to_owned(), TurnKind::Question),
                ("John Kirby".to_owned(), TurnKind::Answer)
            ]
        );
    }

    #[test]
    fn a_greeting_is_not_the_next_questioners_name() {
        let got = turns_of(
            "MS PORTER: Good afternoon. Hey Matt.\nQUESTION: Will the talks resume?\nMS PORTER: Yes.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(speakers, ["Porter", "Journalist", "Porter"]);
    }

    #[test]
    fn a_questioner_introducing_themself_is_another_one() {
        let turns = turns_of(
            "PRESIDENT OBAMA: Thank you all. First question, Jim Acosta.\n\
             Q Thank you, Mr. President. Will you meet the dissidents?\n\
             PRESIDENT OBAMA: Yes.\n\
             Q My question is for President Castro. I'm from Cuban TV. Will the embargo end?\n\
             PRESIDENT OBAMA: It will.",
        );
        let got: Vec<&str> = turns.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            got,
            [
                "Barack Obama",
                "Jim Acosta",
                "Barack Obama",
                "Journalist",
                "Barack Obama"
            ]
        );
    }

    #[test]
    fn the_chair_names_who_asks_next() {
        let turns = turns_of(
            "PRESIDENT OBAMA: Thank you all. First question, Jim Acosta.\n\
             Q Thank you, Mr. President. Will you meet the dissidents?\n\
             PRESIDENT OBAMA: Yes. I will take one more. Andrea Mitchell of NBC.\n\
             Q Thank you. Do you feel the embargo will end?\n\
             PRESIDENT OBAMA: It will.",
        );
        let got: Vec<(&str, TurnKind)> = turns.iter().map(|(s, k)| (s.as_str(), *k)).collect();
        assert_eq!(
            got,
            [
                ("Barack Obama", TurnKind::Statement),
                ("Jim Acosta", TurnKind::Question),
                ("Barack Obama", TurnKind::Answer),
                ("Andrea Mitchell", TurnKind::Question),
                ("Barack Obama", TurnKind::Answer),
            ]
        );
    }

    #[test]
    fn a_chair_gives_the_floor_once_per_question_round() {
        // A longer sentence with a floor word names the questioner; a title before a surname
        // addresses a participant; once both leaders have answered, the next question is
        // another journalist's (the other side's chair names nobody); a follow-up to one
        // answerer stays with the questioner.
        let turns = turns_of(
            "PRESIDENT OBAMA: Good afternoon.\n\
             CHANCELLER MERKEL: Ladies and gentlemen, welcome.\n\
             PRESIDENT OBAMA: Thank you. So vielen dank, Chancellor Merkel.\n\
             MR. EARNEST: The first question will come from Roberta Rampton with Reuters.\n\
             Q Thank you. President Obama, will the trade deal pass?\n\
             PRESIDENT OBAMA: I think it will.\n\
             Q And when?\n\
             PRESIDENT OBAMA: This year.\n\
             CHANCELLOR MERKEL: I agree.\n\
             Q Madam Chancellor, Mr. President, this is presumably your last joint visit here in Germany, and many people here will miss you; how do you both see the years ahead for the Alliance?\n\
             CHANCELLOR MERKEL: I have the impression it is not.",
        );
        let got: Vec<&str> = turns.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            got,
            [
                "Barack Obama",
                "Angela Merkel",
                "Barack Obama",
                "Earnest",
                "Roberta Rampton",
                "Barack Obama",
                "Roberta Rampton",
                "Barack Obama",
                "Angela Merkel",
                "Journalist",
                "Angela Merkel",
            ]
        );
    }

    /// The turns of a document with this title and this text after it: `(speaker, kind)`.
    fn titled_turns(title: &str, body: &str) -> Vec<(String, TurnKind)> {
        let mut doc = Document {
            title: Some(title.to_owned()),
            text: format!("{title}\n\n{body}"),
            ..Document::default()
        };
        extract_turns(&mut doc);
        doc.turns.into_iter().map(|t| (t.speaker, t.kind)).collect()
    }

    #[test]
    fn question_and_answer_marks_of_an_interview() {
        let got = titled_turns(
            "Entretien de Mme Catherine Colonna, ministre de l'Europe et des affaires étrangères, avec le média Delfi",
            "Q - Madame la Ministre, quel est l'objectif ?\nR - Ma première visite ici.\nQ – Et la suite ?\nR – Nous verrons. Q - n'est pas une marque ici.",
        );
        let colonna = ("Catherine Colonna".to_owned(), TurnKind::Answer);
        let question = ("Journalist".to_owned(), TurnKind::Question);
        assert_eq!(got, [question.clone(), colonna.clone(), question, colonna]);
    }

    #[test]
    fn answer_labels_are_the_press_conference_spokesperson() {
        let got = titled_turns(
            "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 15, 2018",
            "Q: What is your comment?\n\nA: China is deeply concerned.\n\nQ: And Japan?\n\nA: We have no information.",
        );
        let lu_kang = ("Lu Kang".to_owned(), TurnKind::Answer);
        let question = ("Journalist".to_owned(), TurnKind::Question);
        assert_eq!(got, [question.clone(), lu_kang.clone(), question, lu_kang]);
        // Named after the genre's phrase; also labelled by name: one speaker.
        let title = "Press briefing by Foreign Ministry Spokesperson Mao Ning";
        let mut doc = Document {
            title: Some(title.to_owned()),
            text: format!(
                "{title}\n\nMAO NING: Good afternoon, let me start.\n\nQ: What is your comment?\n\nA: We have no information."
            ),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let named: Vec<(&str, usize)> = doc
            .speakers
            .iter()
            .filter(|s| s.name != "Journalist")
            .map(|s| (s.name.as_str(), s.turns))
            .collect();
        assert_eq!(named, [("Mao Ning", 2)]);
        let got = titled_turns(
            "Conférence de presse de M. Jean-Yves Le Drian, ministre de l'Europe et des Affaires étrangères",
            "Q - Monsieur le Ministre, quelle est la position ?\nR - Nous travaillons avec nos partenaires.",
        );
        assert_eq!(got[1], ("Jean-Yves Le Drian".to_owned(), TurnKind::Answer));
    }

    #[test]
    fn a_subheading_ends_a_turn_and_hands_over_to_nobody() {
        let text = "Modibo Koné, membre du comité stratégique du M5-RFP :\n\nOn a tenu un dialogue fraternel entre nous.\n\nSanctions de la CEDEAO\n\nEmbargo\n\nLes frontières sont fermées.";
        let mut doc = Document {
            lang: Some("fr".into()),
            text: text.into(),
            ..Document::default()
        };
        extract_turns(&mut doc);
        let turns: Vec<(&str, &str)> = doc
            .turns
            .iter()
            .map(|t| (t.speaker.as_str(), t.span.slice(text)))
            .collect();
        assert_eq!(
            turns,
            [("Modibo Koné", "On a tenu un dialogue fraternel entre nous.")]
        );
        assert!(heading_like("Mettre Assad sous pression"));
        assert!(!heading_like("Merci beaucoup."));
        assert!(!heading_like("VLADIMIR POUTINE"));
    }

    #[test]
    fn initials_labels_and_reporters_handed_over_to() {
        let got = turns_of(
            "Maxime Jaglin : Bienvenue, à mes côtés Sylvie Berruet, bonsoir.\n\n\
             Sylvie Berruet : Bonsoir Maxime.\n\n\
             MJ : Les autorités ont parlé. C'était un coup monté. Anastasia Becchio\n\n\
             Le journaliste est apparu devant la presse.\n\n\
             SB : Les Grecs manifestent. Reportage, William de Lesseux.\n\n\
             Une centaine de lits est disposée.\n\n\
             MJ : Merci Sylvie !",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Maxime Jaglin",
                "Sylvie Berruet",
                "Maxime Jaglin",
                "Anastasia Becchio",
                "Sylvie Berruet",
                "William de Lesseux",
                "Maxime Jaglin",
            ]
        );
        // A paragraph that ends with a name inside a sentence hands over to nobody.
        let got = turns_of(
            "Maxime Jaglin : Bonsoir.\n\nSylvie Berruet : Le président a reçu Vladimir Poutine.\n\nLa suite demain.\n\nMaxime Jaglin : Merci.",
        );
        assert!(got.iter().all(|(s, _)| s != "Vladimir Poutine"), "{got:?}");
    }

    #[test]
    fn a_name_particle_inside_a_label() {
        let got = turns_of(
            "Vladimir Putin: We could play a role.\nMohammed al Tomaihi: Mr. President, be direct.\nVladimir Putin: Yes.",
        );
        let speakers: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            ["Vladimir Putin", "Mohammed al Tomaihi", "Vladimir Putin"]
        );
    }

    #[test]
    fn words_one_letter_off() {
        assert!(one_letter_off("chanceller", "chancellor"));
        assert!(one_letter_off("secretry", "secretary"));
        assert!(one_letter_off("presidentt", "president"));
        assert!(!one_letter_off("chancellery", "chancellor"));
        assert!(!one_letter_off("president", "president"));
    }
}
