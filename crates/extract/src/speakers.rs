//! Speakers after entities: quotations whose clause names nobody go to the person or
//! organisation named last, and every speaker is resolved through the same actor base as the
//! entities (canonical name, actor code), so that a label, a quotation and an entity name one
//! identity; after events, those the events show speaking (`add_event_speakers`).

use chancery_lexicon::actors::Kb;
use chancery_lexicon::names::{person_key, same_person, same_person_keys};
use chancery_lexicon::people::{QuoteWord, quote_words};
use chancery_model::{
    Antecedent, Document, Entity, EntityType, EventStatus, Span, Speaker, Turn, TurnKind,
};

/// Speakers through the same actor base as entities: a speaker whom an entity names (by its
/// name or one of its surface forms) takes the entity's canonical name and actor code, and the
/// turns and quotations that name the speaker follow. Speakers that end up with one name merge.
pub fn link_speakers(doc: &mut Document, kb: &chancery_lexicon::actors::Kb) {
    link(doc, kb);
    count_quotes(doc);
}

/// Each speaker's count of quotations is that of the quotations that name them in the end,
/// whatever stage gave or changed a quotation's speaker.
fn count_quotes(doc: &mut Document) {
    for s in &mut doc.speakers {
        s.quotes = 0;
    }
    for q in &doc.quotes {
        let Some(n) = q.speaker.as_deref() else {
            continue;
        };
        let found = doc.speakers.iter().position(|s| s.name == n).or_else(|| {
            doc.speakers
                .iter()
                .position(|s| s.surface.iter().any(|f| f == n))
        });
        match found {
            Some(i) => doc.speakers[i].quotes += 1,
            None => crate::quotes::credit_speaker(&mut doc.speakers, n, 1),
        }
    }
}

fn link(doc: &mut Document, kb: &chancery_lexicon::actors::Kb) {
    interview_turns(doc);
    issuer_turns(doc);
    title_quotes(doc);
    reread_quote_speakers(doc);
    crate::quotes::add_reported_speakers(doc);
    resolve_antecedents(doc);
    continue_quote_paragraphs(doc);
    let mut renamed: Vec<(String, String)> = Vec::new();
    for s in &mut doc.speakers {
        let names = || std::iter::once(&s.name).chain(&s.surface);
        // ("U.S" read from "The U.S. said" is the entity written "U.S.".)
        let same = |n: &str, f: &str| {
            n == f || n.strip_suffix('.').unwrap_or(n) == f.strip_suffix('.').unwrap_or(f)
        };
        // The entity of the same name or surface; else the person it may be, the one the
        // text names most often where several may ("Castro" of Raúl and Fidel Castro).
        let entity = doc
            .entities
            .iter()
            .find(|e| {
                matches!(e.kind, EntityType::Per | EntityType::Org)
                    && names().any(|n| *n == e.name || e.surface.iter().any(|f| same(n, f)))
            })
            // (A state that speaks, named as the entity is: its actor code.)
            .or_else(|| {
                doc.entities.iter().find(|e| {
                    e.kind == EntityType::Loc
                        && names().any(|n| *n == e.name || e.surface.iter().any(|f| same(n, f)))
                })
            })
            .or_else(|| {
                doc.entities
                    .iter()
                    .filter(|e| {
                        e.kind == EntityType::Per
                            && names().any(|n| {
                                same_person(n, &e.name)
                                // "Ж.Ширак" is the "Жак Ширак" read as "Jacques Shirak".
                                || n.contains(['.', ' '])
                                    && e.surface.iter().any(|f| same_person(n, f))
                            })
                    })
                    .rev()
                    .max_by_key(|e| e.mentions.len())
            });
        // A name read with a capitalised word before it ("Венгрии Петер Сийярто", "РФ Сергей
        // Лавров": the minister "of Hungary", "of the RF"): the person it ends with.
        let entity = entity.or_else(|| {
            doc.entities.iter().find(|e| {
                e.kind == EntityType::Per
                    && names().any(|n| {
                        e.surface.iter().chain([&e.name]).any(|f| {
                            f.split_whitespace().count() >= 2
                                && n.len() > f.len()
                                && n.ends_with(f.as_str())
                                && n[..n.len() - f.len()].ends_with(' ')
                        })
                    })
            })
        });
        // A body followed by the state it is of ("в Госдепартаменте США назвали…": the
        // "Госдепартаменте" the entities know, then "США"): the body.
        let entity = entity.or_else(|| {
            let places: Vec<&String> = doc
                .entities
                .iter()
                .filter(|e| e.kind == EntityType::Loc)
                .flat_map(|e| &e.surface)
                .collect();
            doc.entities.iter().find(|e| {
                e.kind == EntityType::Org
                    && names().any(|n| {
                        e.surface.iter().any(|f| {
                            n.strip_prefix(f.as_str())
                                .and_then(|rest| rest.strip_prefix(' '))
                                .is_some_and(|rest| places.iter().any(|p| *p == rest))
                        })
                    })
            })
        });
        let name = match entity {
            Some(e) => {
                if s.actor.is_none() {
                    s.actor.clone_from(&e.actor);
                }
                // The forms the text names them by are the entity's too ("Joerg Wuttke" is
                // "Wuttke" further down) — names, not descriptions ("président russe"): those
                // that end with the surname the speaker is known by.
                // (Compared in Latin letters: "Хикмет Гаджиев" is the "Hikmet Gadzhiyev" the
                // speaker is named.)
                let last_word = |n: &str| {
                    n.rsplit(|c: char| !c.is_alphanumeric())
                        .find(|w| !w.is_empty())
                        .map(|w| {
                            if chancery_lexicon::names::has_cyrillic(w) {
                                chancery_lexicon::names::transliterate_person(w).to_lowercase()
                            } else {
                                w.to_lowercase()
                            }
                        })
                };
                let surnames: Vec<String> = std::iter::once(&s.name)
                    .chain(&s.surface)
                    .chain([&e.name])
                    .filter_map(|n| last_word(n))
                    .collect();
                for f in &e.surface {
                    if *f != e.name
                        && !s.surface.contains(f)
                        && last_word(f).is_some_and(|w| surnames.contains(&w))
                    {
                        s.surface.push(f.clone());
                    }
                }
                e.name.clone()
            }
            // A person no entity and no base knows is named in Latin letters, as the entities
            // layer names them ("Алексей Миллер" → "Alexei Miller"), the written form a surface.
            None if chancery_lexicon::names::has_cyrillic(&s.name) => {
                chancery_lexicon::names::transliterate_person(&s.name)
            }
            None => {
                // ("Le ministère russe a dénoncé…": a state named by its adjective, no entity of
                // its own: its code from the actor base.)
                if s.actor.is_none()
                    && let Some(i) = kb.lookup(&s.name)
                {
                    s.actor = kb.actors()[i].code_on(doc.published).map(str::to_owned);
                }
                continue;
            }
        };
        if s.name != name {
            let old = std::mem::replace(&mut s.name, name.clone());
            if !s.surface.contains(&old) {
                s.surface.push(old.clone());
            }
            renamed.push((old, name));
        }
    }
    if renamed.is_empty() {
        return;
    }
    let new_name = |n: &str| {
        renamed
            .iter()
            .find(|(old, _)| old == n)
            .map(|(_, new)| new.clone())
    };
    for t in &mut doc.turns {
        if let Some(n) = new_name(&t.speaker) {
            t.speaker = n;
        }
    }
    for q in &mut doc.quotes {
        if let Some(n) = q.speaker.as_deref().and_then(new_name) {
            q.speaker = Some(n);
        }
    }
    let mut merged: Vec<Speaker> = Vec::with_capacity(doc.speakers.len());
    for s in std::mem::take(&mut doc.speakers) {
        match merged.iter_mut().find(|m| m.name == s.name) {
            Some(m) => {
                m.turns += s.turns;
                m.quotes += s.quotes;
                for f in s.surface {
                    if !m.surface.contains(&f) {
                        m.surface.push(f);
                    }
                }
                if m.role.is_none() {
                    m.role = s.role;
                }
                if m.actor.is_none() {
                    m.actor = s.actor;
                }
            }
            None => merged.push(s),
        }
    }
    doc.speakers = merged;
}

/// Quotations in the title that nothing attributes ("Brexit : « L'Europe doit se montrer très
/// ferme avec Londres »"): in an interview, the interviewee's — the speaker with the most answers
/// (two at least); elsewhere a headline's words, not a quotation, and dropped.
fn title_quotes(doc: &mut Document) {
    let title_end = doc.text.find('\n').unwrap_or(doc.text.len());
    let untold = |q: &chancery_model::Quote| {
        q.speaker.is_none()
            && q.span.end <= title_end
            && q.named_at.is_none()
            && q.antecedent == Antecedent::None
            && q.via.is_none()
    };
    if !doc.quotes.iter().any(untold) {
        return;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for t in doc.turns.iter().filter(|t| t.kind == TurnKind::Answer) {
        match counts.iter_mut().find(|(n, _)| *n == t.speaker) {
            Some((_, c)) => *c += 1,
            None => counts.push((&t.speaker, 1)),
        }
    }
    let interviewee = counts
        .into_iter()
        .max_by_key(|&(_, c)| c)
        .filter(|&(_, c)| c >= 2)
        .map(|(n, _)| n.to_owned());
    match interviewee {
        Some(name) => {
            let mut n = 0;
            for q in doc.quotes.iter_mut().filter(|q| untold(q)) {
                q.speaker = Some(name.clone());
                n += 1;
            }
            crate::quotes::credit_speaker(&mut doc.speakers, &name, n);
        }
        None => doc.quotes.retain(|q| !untold(q)),
    }
}

/// The entity a reporting clause's subject at `at` names ("la ministre des Armées Florence
/// Parly", "президент Франции Эмманюэль Макрон", "the Russian Foreign Ministry"): the last person
/// named inside it (in Russian, only a name in the nominative: "Представитель Путина" is not
/// Putin); else an organisation, else a place, that the subject consists of (only lowercase
/// words around it: "le Hamas", "the ministry of X" is not X); a place only when `places`.
pub(crate) fn entity_named_in(doc: &Document, at: Span, places: bool) -> Option<&Entity> {
    let text = doc.text.as_str();
    let persons: Vec<(Span, &Entity)> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Per)
        .flat_map(|e| mentions_in(e, at).map(move |m| (m, e)))
        .filter(|(m, e)| nominative(m.slice(text), &e.name))
        // ("Reçu par Emmanuel Macron, le président ukrainien a affirmé": no subject after a
        // preposition.)
        .filter(|(m, _)| !oblique(text, m.start))
        .collect();
    // ("said Antony Blinken at a news conference with Ukrainian Foreign Minister Dmytro
    // Kuleba": a name that a lowercase word other than a title follows closes the subject; the
    // names after it are in a phrase of their own.)
    let closed_at = persons
        .iter()
        .filter(|(m, _)| closes_name_at(text, *m, at))
        .map(|(m, _)| m.end)
        .min();
    let person = persons
        .into_iter()
        .filter(|(m, _)| closed_at.is_none_or(|end| m.end <= end))
        .max_by_key(|(m, _)| m.end);
    if let Some((_, e)) = person {
        return Some(e);
    }
    let lowercase = |s: &str| {
        !s.split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
    };
    let whole = |m: Span| {
        text.get(at.start..m.start).is_some_and(|b| {
            // The subject's first word may be capitalised as a sentence start ("Le Hamas").
            let b = b.trim_start();
            let rest = b.split_once(' ').map_or("", |(_, r)| r);
            // (Not the body a title governs: "глава МИД", "the head of NATO" is a person.)
            let titled = b
                .split_whitespace()
                .next()
                .is_some_and(chancery_lexicon::nonentities::is_title_noun);
            lowercase(rest) && !titled && (b.is_empty() || b.split_whitespace().count() <= 1)
        }) && text.get(m.end..at.end).is_some_and(lowercase)
    };
    let kinds: &[EntityType] = if places {
        &[EntityType::Org, EntityType::Loc]
    } else {
        &[EntityType::Org]
    };
    kinds
        .iter()
        .find_map(|&kind| {
            doc.entities.iter().filter(|e| e.kind == kind).find(|e| {
                mentions_in(e, at).any(whole)
                        // ("le département d'Etat américain a indiqué": the clause's name is
                        // the end of the body's, its lowercase head before it.)
                        || e.mentions.iter().any(|m| {
                            m.start < at.start
                                && at.start < m.end
                                && text.get(m.start..at.start).is_some_and(lowercase)
                                && m.end <= at.end
                                && text.get(m.end..at.end).is_some_and(lowercase)
                        })
            })
        })
        .or_else(|| {
            // The subject is the end of a longer organisation's name ("[le ministère espagnol
            // des] Affaires étrangères a indiqué").
            doc.entities.iter().find(|e| {
                e.kind == EntityType::Org
                    && e.mentions
                        .iter()
                        .any(|m| m.start <= at.start && m.end == at.end)
            })
        })
}

/// How far before a name (bytes) a word introducing a source is looked for.
const ACCORDING_REACH: usize = 200;

/// Whether the name at `m` is the source a word like "selon", "according to", "по мнению"
/// introduces earlier in its sentence.
fn after_according(text: &str, m: Span) -> bool {
    let mut from = m.start.saturating_sub(ACCORDING_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..m.start) else {
        return false;
    };
    let sentence = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| quote_words(QuoteWord::According).contains(w.to_lowercase().as_str()))
}

/// "По мнению Фидана, «…»", "по словам министра": after a word that introduces a source, a
/// person named in any case form (the genitive that Russian requires there).
fn according_person(doc: &Document, at: Span) -> Option<&Entity> {
    let before = doc.text.get(..at.start)?.trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()?
        .to_lowercase();
    if !quote_words(QuoteWord::According).contains(last.as_str()) {
        return None;
    }
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Per)
        .flat_map(|e| mentions_in(e, at).map(move |m| (m, e)))
        .max_by_key(|(m, _)| m.end)
        .map(|(_, e)| e)
}

/// Whether the word `next`, right after a person's name whose last word is `last`, closes a
/// subject that holds the name: a lowercase word that is neither a title ("Zelensky adviser
/// Mykhailo Podolyak"), a name's particle, nor the head of a possessive ("Lavrov's spokeswoman
/// Maria Zakharova") — a preposition or a noun of another phrase ("Jean-Noël Barrot lors d'une
/// conférence de presse avec Dmytro Kouleba").
pub(crate) fn closes_subject(last: &str, next: &str) -> bool {
    next.starts_with(char::is_lowercase)
        && !chancery_lexicon::nonentities::is_title_word(next)
        && !chancery_lexicon::people::quote_words(QuoteWord::Particle)
            .contains(next.to_lowercase().as_str())
        && !last.ends_with("'s")
        && !last.ends_with("’s")
}

/// Whether the person's name written at `m` closes the subject phrase `at` (`closes_subject`).
fn closes_name_at(text: &str, m: Span, at: Span) -> bool {
    let Some(rest) = text.get(m.end..at.end) else {
        return false;
    };
    let next = rest
        .strip_prefix([' ', '\u{a0}'])
        .and_then(|r| r.split(|c: char| !c.is_alphanumeric() && c != '-').next())
        .unwrap_or("");
    let last = m.slice(text).split_whitespace().next_back().unwrap_or("");
    !next.is_empty()
        && !rest.starts_with("'s")
        && !rest.starts_with("’s")
        && closes_subject(last, next)
}

/// The mentions of `e` inside `at`.
fn mentions_in(e: &Entity, at: Span) -> impl Iterator<Item = Span> + '_ {
    e.mentions
        .iter()
        .filter(move |m| at.start <= m.start && m.end <= at.end)
        .copied()
}

/// Whether a written name is in the nominative: always outside Cyrillic; in Russian, when its
/// last word has no genitive ending, or keeps it in the canonical name ("Захарова").
pub(crate) fn nominative(written: &str, name: &str) -> bool {
    let Some(last) = written.split_whitespace().next_back() else {
        return false;
    };
    let canonical_last = name.split_whitespace().next_back().unwrap_or(name);
    if chancery_lexicon::names::has_cyrillic(last) {
        // "Робертсону" for Robertson: the name as written is the canonical one with an ending.
        let written =
            chancery_lexicon::names::name_key(&chancery_lexicon::names::transliterate(last));
        let canonical = chancery_lexicon::names::name_key(canonical_last);
        if written.len() > canonical.len() && written.starts_with(&canonical) {
            return false;
        }
    }
    if !chancery_lexicon::names::has_cyrillic(last)
        || chancery_lexicon::names::nominative_ru(last).is_none()
    {
        return true;
    }
    chancery_lexicon::names::name_key(&chancery_lexicon::names::transliterate(last))
        == chancery_lexicon::names::name_key(canonical_last)
}

/// Quotations whose clause named their speaker: the speaker is re-read from the entities named
/// in that clause (a role word or a place read into the name — "Armées Florence Parly", "LR
/// Claude", "Havana Viktor Koronelli" — gives way to the person the entities find there), unless
/// the clause's speaker already is one of them. The quotations that inherited the old name (a
/// later "a-t-il ajouté") follow; quotation counts are taken again.
/// A paragraph that is only a quotation, right after a paragraph that ends with an attributed
/// one, goes on with the same speaker (the press's convention for a long quotation): read again
/// once the entities have named the speakers that clauses only pointed to ("Pour le président
/// du Conseil européen, il est « … ».\n\n« Nous avons réussi… »").
fn continue_quote_paragraphs(doc: &mut Document) {
    let text = doc.text.as_str();
    let mut found: Vec<(usize, String)> = Vec::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        if q.speaker.is_some() {
            continue;
        }
        // The quotation opens its paragraph.
        let line_start = text[..q.span.start].rfind('\n').map_or(0, |n| n + 1);
        if !text[line_start..q.span.start]
            .chars()
            .all(|c| c.is_whitespace() || "«\"“„".contains(c))
        {
            continue;
        }
        // And closes it: no clause after it ("«…», a indiqué une source diplomatique").
        let after = &text[q.span.end..];
        let line_end = after.find('\n').unwrap_or(after.len());
        if !after[..line_end]
            .chars()
            .all(|c| c.is_whitespace() || "»\"”.!?…".contains(c))
        {
            continue;
        }
        // The paragraph before ends with a quotation (the same words may stand in the lead too:
        // the quotation is found by its words).
        let before = text[..line_start].trim_end();
        let Some(prev) = before
            .strip_suffix(['.', '!', '?', '…'])
            .unwrap_or(before)
            .trim_end()
            .strip_suffix(['»', '"', '”'])
        else {
            continue;
        };
        let prev = prev.trim_end();
        let name = doc.quotes.iter().find_map(|o| {
            let words = o.span.slice(text).trim();
            (!words.is_empty() && prev.ends_with(words))
                .then_some(o.speaker.as_ref())
                .flatten()
        });
        if let Some(name) = name {
            found.push((i, name.clone()));
        }
    }
    for (i, name) in found {
        doc.quotes[i].speaker = Some(name.clone());
        crate::quotes::credit_speaker(&mut doc.speakers, &name, 1);
    }
}

fn reread_quote_speakers(doc: &mut Document) {
    let mut renamed: Vec<(Option<String>, String)> = Vec::new();
    let mut changed = vec![false; doc.quotes.len()];
    for (i, q) in doc.quotes.iter().enumerate() {
        let Some(at) = q.named_at else { continue };
        // A state's side ("the Chinese side said") keeps the state it was read as.
        if crate::quotes::state_side(doc, at.slice(&doc.text)).is_some() {
            continue;
        }
        let Some(e) = entity_named_in(doc, at, true).or_else(|| according_person(doc, at)) else {
            continue;
        };
        let same = q.speaker.as_deref().is_some_and(|n| {
            n == e.name || e.surface.iter().any(|f| f == n) || same_person(n, &e.name)
        });
        if same {
            continue;
        }
        // A role whose holder was found ("— заявил глава российского МИД" is Lavrov) keeps its
        // holder: the body in the role's words is not the speaker.
        // (Found or not: "по словам главы египетского МИД" is the minister, not the ministry.)
        if e.kind != EntityType::Per
            && chancery_lexicon::people::role_in(at.slice(&doc.text)).is_some()
        {
            continue;
        }
        // "— подчеркнул глава МИД", "the head of the ministry said": a body named after the
        // title that opens the clause is where its speaker works, not the speaker.
        if e.kind != EntityType::Per && crate::quotes::titled_person(at.slice(&doc.text)) {
            continue;
        }
        // A clause that names someone the quotation speaker is among the entities there keeps
        // its speaker.
        let named_there = q.speaker.as_deref().is_some_and(|n| {
            doc.entities.iter().any(|o| {
                o.mentions
                    .iter()
                    .any(|m| at.start <= m.start && m.end <= at.end)
                    && (o.name == n || same_person(n, &o.name))
            })
        });
        if named_there {
            continue;
        }
        if let Some(old) = &q.speaker
            && renamed
                .iter()
                .any(|(o, n)| o.as_ref() == Some(old) && *n != e.name)
        {
            continue;
        }
        renamed.push((q.speaker.clone(), e.name.clone()));
        changed[i] = true;
    }
    if renamed.is_empty() {
        return;
    }
    let mut k = 0;
    for (i, q) in doc.quotes.iter_mut().enumerate() {
        if changed[i] {
            q.speaker = Some(renamed[k].1.clone());
            k += 1;
        } else if let Some(n) = q.speaker.as_ref()
            && let Some((_, new)) = renamed.iter().find(|(o, _)| o.as_ref() == Some(n))
        {
            q.speaker = Some(new.clone());
        }
    }
    // Counts again; a speaker who was only the old reading of a name goes.
    for s in &mut doc.speakers {
        s.quotes = 0;
    }
    for q in &doc.quotes {
        if let Some(n) = q.speaker.as_deref() {
            crate::quotes::credit_speaker(&mut doc.speakers, n, 1);
        }
    }
    doc.speakers.retain(|s| {
        s.turns > 0
            || s.quotes > 0
            || !renamed
                .iter()
                .any(|(o, _)| o.as_deref() == Some(s.name.as_str()))
    });
}

/// Fewest questions that make a text an interview without speaker labels.
const MIN_INTERVIEW_QUESTIONS: usize = 3;

/// An interview printed without speaker labels — an introduction naming the person
/// interviewed, then questions (a paragraph ending with "?", set in bold in the original) each
/// followed by the answer — becomes turns: the questions the outlet's (the medium the
/// introduction names, else the publisher, else "Journalist"), the answers the person's (the
/// first person the introduction names). Only for a text that has no turns yet, and only when
/// questions and answers alternate.
fn interview_turns(doc: &mut Document) {
    // A title naming its author ("Интервью … С.В.Лаврова газете «Коммерсант»") made the body
    // one turn of theirs: under a press genre's title, questions in it still make it an
    // interview, theirs the answers.
    let title = doc.title.as_deref().unwrap_or("").to_lowercase();
    let press = chancery_lexicon::people::turn_words(chancery_lexicon::people::TurnWord::Press)
        .iter()
        .any(|p| title.contains(p));
    let author = match &doc.turns[..] {
        [] => None,
        [t] if press && t.kind == TurnKind::Statement && t.label.is_none() => doc
            .speakers
            .iter()
            .find(|s| s.name == t.speaker)
            .map(|s| (s.name.clone(), s.surface.clone(), s.actor.clone())),
        _ => return,
    };
    if author.is_none() && !doc.turns.is_empty() {
        return;
    }
    let text = doc.text.as_str();
    let lines: Vec<Span> = chancery_model::text::line_spans(text)
        .map(|l| l.trim(text))
        .filter(|l| !l.is_empty())
        .collect();
    let is_question = |l: &Span| {
        let s = l.slice(text).trim_end_matches(['*', '»', '"', '”', ' ']);
        let n = s.split_whitespace().count();
        s.ends_with('?') && (2..=60).contains(&n)
    };
    let questions: Vec<usize> = (0..lines.len())
        .filter(|&i| is_question(&lines[i]))
        .collect();
    let answered = questions
        .iter()
        .filter(|&&i| lines.get(i + 1).is_some_and(|l| !is_question(l)))
        .count();
    let Some(&first) = questions.first() else {
        return;
    };
    if questions.len() < MIN_INTERVIEW_QUESTIONS || first == 0 || 3 * answered < 2 * questions.len()
    {
        return;
    }
    let intro_end = lines[first].start;
    let first_named = || {
        doc.entities
            .iter()
            .filter(|e| e.kind == EntityType::Per)
            .filter_map(|e| {
                let at = e
                    .mentions
                    .iter()
                    .map(|m| m.start)
                    .filter(|&m| m < intro_end)
                    .min()?;
                Some((at, e))
            })
            .min_by_key(|(at, _)| *at)
            .map(|(_, e)| (e.name.clone(), e.surface.clone(), e.actor.clone()))
    };
    let Some((person, person_surface, person_actor)) = author.or_else(first_named) else {
        return;
    };
    let intro = format!(
        "{} {}",
        doc.title.as_deref().unwrap_or(""),
        &text[..intro_end]
    );
    let intro = intro.as_str();
    let outlet = chancery_lexicon::people::medium_in(intro)
        .map(str::to_owned)
        .or_else(|| doc.publisher.clone())
        .unwrap_or_else(|| crate::turns::ANONYMOUS_QUESTIONER.to_owned());
    let mut turns = Vec::new();
    for (k, &q) in questions.iter().enumerate() {
        let next = questions.get(k + 1).map_or(lines.len(), |&n| n);
        turns.push(Turn {
            speaker: outlet.clone(),
            kind: TurnKind::Question,
            section: None,
            span: lines[q],
            label: None,
        });
        if q + 1 < next {
            turns.push(Turn {
                speaker: person.clone(),
                kind: TurnKind::Answer,
                section: None,
                span: Span::new(lines[q + 1].start, lines[next - 1].end),
                label: None,
            });
        }
    }
    let count = |name: &str| turns.iter().filter(|t| t.speaker == name).count();
    for (name, surface, actor) in [
        (outlet.clone(), vec![outlet.clone()], None),
        (person.clone(), person_surface, person_actor),
    ] {
        let n = count(&name);
        match doc.speakers.iter_mut().find(|s| s.name == name) {
            // (The author's one turn of the whole body gives way to their answers.)
            Some(s) if s.name == person => s.turns = n,
            Some(s) => s.turns += n,
            None => doc.speakers.push(Speaker {
                name,
                surface,
                actor,
                turns: n,
                ..Speaker::default()
            }),
        }
    }
    doc.turns = turns;
}

/// The most words between a "released by" phrase and the first issuer it lists ("by the
/// Governments of").
const ISSUER_GAP_WORDS: usize = 5;

/// How far into a statement its "released by" clause is looked for (bytes).
const ISSUER_WINDOW: usize = 1500;

/// A statement in the name of institutions or states — a title "Communiqué de la Présidence de
/// la République", "Заявление МИД России", or an opening "The text of the following statement
/// was released by the Governments of X, Y and Z" — is one turn, the whole body, for each
/// issuer the entities name there. Only for a text that has no turns yet.
fn issuer_turns(doc: &mut Document) {
    use chancery_lexicon::people::{StatementWord, statement_words};
    if !doc.turns.is_empty() {
        return;
    }
    let text = doc.text.as_str();
    let title_end = text.find('\n').unwrap_or(text.len());
    let title = text[..title_end].to_lowercase();
    let starts =
        |s: &str, w: &str| s.starts_with(w) && !s[w.len()..].starts_with(char::is_alphanumeric);
    let named_in = |from: usize, to: usize, kinds: &[EntityType]| -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = doc
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| kinds.contains(&e.kind))
            .filter_map(|(i, e)| {
                let at = e
                    .mentions
                    .iter()
                    .map(|m| m.start)
                    .filter(|&m| m >= from && m < to)
                    .min()?;
                Some((at, i))
            })
            .collect();
        found.sort_unstable();
        // A name without a code right before another, only lowercase words between and no
        // "and", is the head of a phrase ("the Governments of the United States"), not an issuer.
        let head = |at: usize, i: usize| {
            let e = &doc.entities[i];
            let Some(m) = e.mentions.iter().find(|m| m.start == at) else {
                return false;
            };
            e.actor.is_none()
                && found.iter().any(|&(next, _)| {
                    next > m.end
                        && next - m.end <= 12
                        && text.get(m.end..next).is_some_and(|between| {
                            between.split_whitespace().all(|w| {
                                w.chars().all(char::is_lowercase)
                                    && !chancery_lexicon::people::quote_words(
                                        chancery_lexicon::people::QuoteWord::Conjunction,
                                    )
                                    .contains(w)
                            })
                        })
                })
        };
        found
            .iter()
            .filter(|&&(at, i)| !head(at, i))
            .map(|&(_, i)| i)
            .collect()
    };
    let mut issuers: Vec<usize> = Vec::new();
    // The title: a genre, then its author (a preposition of authorship, or a capital).
    let trimmed = title.trim_start();
    let lead = title.len() - trimmed.len();
    if let Some(genre) = statement_words(StatementWord::Genre)
        .iter()
        .find(|g| starts(trimmed, g))
    {
        let after_genre = lead + genre.len();
        let rest = title[after_genre..].trim_start();
        let original = text[after_genre..title_end].trim_start();
        let by = statement_words(StatementWord::Author)
            .iter()
            .any(|a| starts(rest, a));
        let by_author = by || original.starts_with(char::is_uppercase);
        if by_author {
            // (The author's phrase ends at a comma or at a colon before a subtitle: "Joint
            // Statement of the … Committee: Strengthening …".)
            let stop = text[after_genre..title_end]
                .find([',', ':'])
                .map_or(title_end, |i| after_genre + i);
            // (Nor the topic after it: "… de la France et du Costa Rica sur la Conférence Océan
            // des Nations unies".)
            let lex = doc
                .lang
                .as_deref()
                .and_then(chancery_lexicon::events::lexicon);
            let stop = text[after_genre..stop]
                .split_inclusive(' ')
                .scan(after_genre, |at, w| {
                    let start = *at;
                    *at += w.len();
                    Some((start, w.trim_end()))
                })
                .find(|(_, w)| {
                    lex.is_some_and(|l| {
                        l.is(&w.to_lowercase(), chancery_lexicon::events::Role::Topic)
                    })
                })
                .map(|(start, _)| start)
                // ("Joint Statement on Ukraine by the G7": the authors after it.)
                .filter(|&at| text[after_genre..at].contains(char::is_uppercase))
                .unwrap_or(stop);
            // ("Statement by Ukraine at the General Assembly": after a preposition of
            // authorship, a state is the author too.)
            let kinds: &[EntityType] = if by {
                &[EntityType::Org, EntityType::Per, EntityType::Loc]
            } else {
                &[EntityType::Org, EntityType::Per]
            };
            // (A state, not a city: its code is a state's; and the phrase's head, not a word
            // before it: "of the U.S.-Japan Economic Policy Consultative Committee".)
            let state_or_other = |&i: &usize| {
                let e = &doc.entities[i];
                let head = e
                    .mentions
                    .iter()
                    .find(|m| m.start >= after_genre && m.end <= stop)
                    .is_some_and(|m| {
                        let next = text[m.end..stop].trim_start();
                        next.is_empty()
                            || (text[m.end..].starts_with(char::is_whitespace)
                                && next.starts_with(char::is_lowercase))
                    });
                e.kind != EntityType::Loc
                    || (head && e.actor.as_deref().is_some_and(|c| c.len() == 3))
            };
            // (A joint genre, "Déclaration conjointe de la France et du Costa Rica": every
            // issuer the phrase names.)
            let joint = genre.split_whitespace().any(crate::turns::is_shared_word);
            issuers = named_in(after_genre, stop, kinds)
                .into_iter()
                .filter(state_or_other)
                .take(if joint { usize::MAX } else { 1 })
                .collect();
        }
    }
    // Else a "released by" clause in the opening paragraphs.
    if issuers.is_empty() {
        let window = &text[..text.floor_char_boundary(ISSUER_WINDOW.min(text.len()))];
        let lower = window.to_lowercase();
        if lower.len() == window.len()
            && let Some((at, phrase)) = statement_words(StatementWord::IssuedBy)
                .iter()
                .filter_map(|p| {
                    lower
                        .match_indices(*p)
                        .find(|(i, _)| {
                            !lower[..*i].ends_with(char::is_alphanumeric)
                                && !lower[i + p.len()..].starts_with(char::is_alphanumeric)
                        })
                        .map(|(i, _)| (i, p))
                })
                .min()
        {
            let from = at + phrase.len();
            let end = window[from..]
                .find(['.', '\n'])
                .map_or(window.len(), |i| from + i);
            issuers = named_in(
                from,
                end,
                &[EntityType::Org, EntityType::Loc, EntityType::Per],
            );
            // The issuers follow the phrase: a clause, a quotation or a reporting verb between
            // them ("Решение уже принято…», — сообщили в Пентагоне": "adopted", then the
            // one who reports it) is another sentence's subject.
            let first = issuers
                .iter()
                .filter_map(|&i| {
                    doc.entities[i]
                        .mentions
                        .iter()
                        .map(|m| m.start)
                        .filter(|&m| m >= from)
                        .min()
                })
                .min();
            if let Some(first) = first {
                let gap = &text[from..first];
                if gap.contains(['«', '»', '"', '“', '”', ',', ';', ':', '—', '–'])
                    || gap.split_whitespace().count() > ISSUER_GAP_WORDS
                {
                    issuers.clear();
                }
            }
        }
    }
    // Else a signature line under the title: "Antony J. Blinken, Secretary of State", a person
    // and their title alone on a line, the body after it.
    let mut body_start = title_end;
    if issuers.is_empty()
        && let Some((line, person)) = signature_line(doc, title_end)
    {
        issuers.push(person);
        body_start = line.end;
    }
    if issuers.is_empty() {
        return;
    }
    // (A text of one paragraph, its title run into it, is all body.)
    let body_start = if title_end == text.len() {
        0
    } else {
        body_start
    };
    let body = Span::new(body_start, text.len()).trim(text);
    if body.is_empty() {
        return;
    }
    for i in issuers {
        let e = &doc.entities[i];
        doc.turns.push(Turn {
            speaker: e.name.clone(),
            kind: TurnKind::Statement,
            section: None,
            span: body,
            label: None,
        });
        match doc.speakers.iter_mut().find(|s| s.name == e.name) {
            Some(s) => s.turns += 1,
            None => doc.speakers.push(Speaker {
                name: e.name.clone(),
                surface: e.surface.clone(),
                actor: e.actor.clone(),
                turns: 1,
                ..Speaker::default()
            }),
        }
    }
}

/// How many lines after a statement's title its signature line may stand on.
const SIGNATURE_LINES: usize = 3;

/// Most characters of a signature line.
const SIGNATURE_CHARS: usize = 120;

/// The signature line of a statement, among the first lines after its title (`title_end`): a
/// line that is a person's name, a comma, and a title ("Antony J. Blinken, Secretary of State",
/// "Ned Price, Department Spokesperson"): the line and the person's entity.
fn signature_line(doc: &Document, title_end: usize) -> Option<(Span, usize)> {
    let text = doc.text.as_str();
    let mut at = title_end;
    let mut lines = Vec::new();
    while lines.len() < SIGNATURE_LINES && at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = Span::new(at, end).trim(text);
        if !line.is_empty() {
            lines.push(line);
        }
        at = end + 1;
    }
    lines.into_iter().find_map(|line| {
        let written = line.slice(text);
        if written.chars().count() > SIGNATURE_CHARS {
            return None;
        }
        let (i, m) = doc.entities.iter().enumerate().find_map(|(i, e)| {
            (e.kind == EntityType::Per)
                .then(|| e.mentions.iter().find(|m| m.start == line.start))
                .flatten()
                .map(|m| (i, *m))
        })?;
        let title = text[m.end..line.end].strip_prefix(',')?;
        let words: Vec<&str> = title.split_whitespace().collect();
        let titled = words
            .iter()
            .any(|w| chancery_lexicon::people::is_name_title(w));
        // (A title, not a sentence: every word of it capitalised or a title's word.)
        let all_title = words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || chancery_lexicon::nonentities::is_title_word(w)
        });
        (titled && all_title && !title.contains(['.', '!', '?'])).then_some((line, i))
    })
}

/// How far before a quotation (bytes) the person or organisation a pronoun points back to may
/// have been named.
const ANTECEDENT_WINDOW: usize = 1500;

/// How far before a person's name (characters) a commentator's noun introduces them.
const COMMENTATOR_REACH: usize = 80;

/// Quotations whose clause names nobody ("a-t-il déclaré", "she did not mince her words:", "the
/// ministry said") go to the nearest person (or organisation) named before them, outside any
/// quotation, within [`ANTECEDENT_WINDOW`]; the speaker list counts them.
/// How far from a quotation (bytes, each side) its clause is read for its subject's gender.
const CLAUSE_GENDER_BYTES: usize = 80;

fn resolve_antecedents(doc: &mut Document) {
    let quoted: Vec<Span> = doc.quotes.iter().map(|q| q.span).collect();
    let inside_quote = |m: Span| quoted.iter().any(|q| q.start <= m.start && m.end <= q.end);
    let mut found: Vec<(usize, String)> = Vec::new();
    // The organisation the last attributed quotation is by, and where it ends: "it noted", "the
    // ministry added" go on with it rather than with another body named in between.
    let mut speaking_body: Option<(String, usize)> = None;
    let is_body = |name: &str| {
        doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Org && e.name == name)
    };
    // The speaker of the last quotation with one (found here or before): whom "— считает
    // политолог", "a souligné l'expert" mean.
    let mut last_quoted: Option<(String, usize)> = None;
    // Whether the text introduces a person with a commentator's noun ("эксперт фонда «Народная
    // дипломатия» Владимир Киреев", "l'expert Jean Dupont"): the commentator meant before
    // someone merely named (a photo caption's "Сергей Лавров").
    let introduced = |e: &chancery_model::Entity| {
        e.mentions.iter().any(|m| {
            let from = chancery_model::text::chars_back(&doc.text, m.start, COMMENTATOR_REACH);
            let window = &doc.text[from..m.start];
            // Within the name's own sentence (an organisation's name in quotation marks may stand
            // between: "эксперт фонда «Народная дипломатия» Владимир Киреев").
            let window = window
                .rfind(['.', '!', '?', '\n'])
                .map_or(window, |i| &window[i + 1..]);
            window
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| quote_words(QuoteWord::Commentator).contains(w.to_lowercase().as_str()))
        })
    };
    // Once per document, not per quotation.
    let commentators: std::collections::HashSet<&str> = doc
        .entities
        .iter()
        .filter(|e| introduced(e))
        .map(|e| e.name.as_str())
        .collect();
    let commentator = |e: &chancery_model::Entity| commentators.contains(e.name.as_str());
    for (i, q) in doc.quotes.iter().enumerate() {
        if let Some(s) = q.speaker.as_deref() {
            speaking_body = is_body(s).then(|| (s.to_owned(), q.span.end));
            last_quoted = Some((s.to_owned(), q.span.end));
        }
        // The state a role the clause names belongs to ("le président malien": Mali): the one
        // meant is of that state, when their code tells theirs.
        let described_state = q
            .named_at
            .and_then(|at| chancery_lexicon::people::role_in(at.slice(&doc.text)))
            .and_then(|role| role.rsplit_once(" of "))
            .map(|(_, state)| state.trim_start_matches("the "));
        let of_state = |name: &str| {
            described_state.is_none_or(|state| {
                doc.entities
                    .iter()
                    .find(|e| e.name == name)
                    .and_then(own_state)
                    .is_none_or(|own| own == state)
            })
        };
        if q.speaker.is_none() && q.antecedent == Antecedent::Previous {
            // Someone who speaks in the document, named since that quotation ("Владимир
            // Киреев также полагает…", "По мнению Евсея Васильева…"), is the commentator meant.
            let since = last_quoted.as_ref().map_or(0, |(_, end)| *end);
            let before = q.span.start.saturating_sub(1);
            // One a source phrase introduces ("По мнению … Евсея Васильева, ждать, что во
            // время визита Лаврова…") before one the reported words name.
            let named_since = doc
                .entities
                .iter()
                .filter(|e| e.kind == EntityType::Per)
                .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
                .filter(|(m, _)| m.start >= since && m.end <= before && !inside_quote(**m))
                .map(|(m, e)| (after_according(&doc.text, *m), m.end, e))
                .filter(|&(source, _, e)| {
                    source
                        || doc.speakers.iter().any(|s| {
                            s.name == e.name
                                || e.surface.contains(&s.name)
                                || same_person(&s.name, &e.name)
                        })
                })
                .max_by_key(|&(source, end, e)| (source, commentator(e), end))
                .filter(|&(source, _, e)| {
                    // Someone merely named since (a caption) yields to a commentator quoted last.
                    source
                        || commentator(e)
                        || !last_quoted.as_ref().is_some_and(|(n, _)| {
                            doc.entities.iter().any(|o| {
                                (o.name == *n || o.surface.contains(n) || same_person(n, &o.name))
                                    && commentator(o)
                            })
                        })
                })
                .map(|(_, _, e)| e.name.clone());
            if let Some(name) = named_since.or_else(|| {
                last_quoted
                    .as_ref()
                    .map(|(n, _)| n.clone())
                    .filter(|n| !is_body(n) && of_state(n))
            }) {
                last_quoted = Some((name.clone(), q.span.end));
                found.push((i, name));
                continue;
            }
        }
        let kind = match q.antecedent {
            _ if q.speaker.is_some() => continue,
            Antecedent::None => continue,
            Antecedent::Person | Antecedent::Previous => EntityType::Per,
            Antecedent::Organisation => EntityType::Org,
        };
        // The opening mark is just before the quoted words; a pronoun subject of the clause
        // before it stands for someone named before the pronoun.
        let before = q.span.start.saturating_sub(1);
        let before = match q.antecedent {
            Antecedent::Person => {
                crate::quotes::pronoun_subject_at(&doc.text[..doc.text.floor_char_boundary(before)])
                    .unwrap_or(before)
            }
            _ => before,
        };
        // Inside a transcript turn, only someone named in that turn.
        let turn_start = doc
            .turns
            .iter()
            .find(|t| t.span.start <= q.span.start && q.span.end <= t.span.end)
            .map_or(0, |t| t.span.start);
        if kind == EntityType::Org
            && let Some((name, end)) = &speaking_body
            && *end <= before
            && before - end <= ANTECEDENT_WINDOW
        {
            found.push((i, name.clone()));
            continue;
        }
        // "the president said" after "Zelensky met Blinken": of the persons named before, the
        // nearest one the text or the base gives that title.
        // So does "l'organisation européenne" after a chamber "européenne" and an agency.
        // "— уточнил он" after "Мария Захарова": not someone of the other gender.
        let gender = (q.antecedent == Antecedent::Person)
            .then(|| clause_gender(&doc.text, q.span))
            .flatten();
        let wanted = q
            .named_at
            .map(|at| title_stems(at.slice(&doc.text)))
            .unwrap_or_default();
        let spokesperson = q.named_at.is_some_and(|at| {
            at.slice(&doc.text)
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| quote_words(QuoteWord::Spokesperson).contains(w.to_lowercase().as_str()))
        });
        let nearest = doc
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
            .filter(|(m, e)| {
                m.end <= before
                    && gender.is_none_or(|g| name_gender(&e.name) != Some(!g))
                    && m.start >= turn_start
                    && before - m.end <= ANTECEDENT_WINDOW
                    && !inside_quote(**m)
                    // (Not the agency of a dispatch's dateline: "PARIS (AFP) - …, selon un
                    // communiqué qui évoque « … »" is not AFP's.)
                    && !doc.dateline.is_some_and(|d| d.contains(**m))
            })
            // (Not someone whose known title the description does not fit.)
            .filter(|(m, e)| !described_otherwise(&doc.text, m, e, &wanted, spokesperson))
            .max_by_key(|(m, e)| {
                // (The one the description fits by more of its words: "le chef du régime
                // nord-coréen" is the "leader" of "la Corée du Nord", not a secretary.)
                let titled = if wanted.is_empty() {
                    0
                } else {
                    fitting_words(&title_context(&doc.text, m, e), e, &wanted)
                };
                // "M. Zelensky sera reçu par Emmanuel Macron. « … », a-t-il déclaré": a pronoun
                // means the subject, not a name after a preposition.
                let subject = q.antecedent != Antecedent::Person || !oblique(&doc.text, m.start);
                (titled, subject, m.end)
            });
        // A role the clause names ("the Palestinian President said") goes only to someone
        // described so: a wrong speaker is worse than none.
        let nearest = nearest.filter(|(m, e)| {
            described_state.is_none_or(|state| {
                // ("le président malien" after "Le président français Emmanuel Macron s'est rendu
                // à Bamako": a person whose code gives their state is of that state only.)
                if let Some(own) = own_state(e) {
                    return own == state;
                }
                let named = states_around(doc, **m);
                named.is_empty() || named.iter().any(|n| n == state)
            })
        });
        if let Some((_, e)) = nearest {
            speaking_body = (e.kind == EntityType::Org).then(|| (e.name.clone(), q.span.end));
            last_quoted = Some((e.name.clone(), q.span.end));
            found.push((i, e.name.clone()));
        }
    }
    for (i, name) in found {
        doc.quotes[i].speaker = Some(name.clone());
        match doc.speakers.iter_mut().find(|s| s.name == name) {
            Some(s) => s.quotes += 1,
            None => doc.speakers.push(Speaker {
                name: name.clone(),
                surface: vec![name],
                quotes: 1,
                ..Default::default()
            }),
        }
    }
}

/// Whether a name is a woman's (`true`) or a man's (`false`), by its surname's ending
/// (`feminine_surname_suffix`, `masculine_surname_suffix`); `None` when it does not tell.
pub(crate) fn name_gender(name: &str) -> Option<bool> {
    let last = name.rsplit(' ').next()?.to_lowercase();
    let ends = |kind: QuoteWord| {
        quote_words(kind)
            .iter()
            .filter(|s| last.ends_with(*s))
            .map(|s| s.len())
            .max()
    };
    match (
        ends(QuoteWord::FeminineSurnameSuffix),
        ends(QuoteWord::MasculineSurnameSuffix),
    ) {
        (Some(f), Some(m)) => Some(f > m),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// The gender (`true`: feminine) the clause of a quotation at `quote` shows for its subject:
/// a pronoun of one gender ("a-t-elle ajouté", "he said", "уточнил он") or a reporting verb's
/// ending ("заявила"), nearest the quotation first; `None` when nothing shows it.
pub(crate) fn clause_gender(text: &str, quote: Span) -> Option<bool> {
    let after = &text[quote.end.min(text.len())..];
    let after = &after[..after.find(['.', '!', '?', '\n']).unwrap_or(after.len())];
    let after = &after[..after.floor_char_boundary(CLAUSE_GENDER_BYTES)];
    let before = &text[..quote.start.min(text.len())];
    let before = &before[before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1)..];
    let before =
        &before[before.ceil_char_boundary(before.len().saturating_sub(CLAUSE_GENDER_BYTES))..];
    let word_gender = |w: &str| -> Option<bool> {
        let w = w.to_lowercase();
        let of = |kind: QuoteWord| {
            quote_words(kind)
                .iter()
                .any(|p| w == *p || p.starts_with('-') && w.ends_with(*p))
        };
        if of(QuoteWord::Feminine) {
            return Some(true);
        }
        if of(QuoteWord::Masculine) {
            return Some(false);
        }
        if chancery_lexicon::people::reporting_verbs().contains(w.as_str()) {
            let suffix = |kind: QuoteWord| quote_words(kind).iter().any(|x| w.ends_with(*x));
            if suffix(QuoteWord::FeminineVerbSuffix) {
                return Some(true);
            }
            if suffix(QuoteWord::MasculineVerbSuffix) {
                return Some(false);
            }
        }
        None
    };
    let split = |c: char| !(c.is_alphanumeric() || c == '-');
    after
        .split(split)
        .find_map(word_gender)
        .or_else(|| before.split(split).rev().find_map(word_gender))
}

/// Whether the name at `start` follows a preposition that makes it no subject ("par Emmanuel
/// Macron", "with President Biden": a title word may stand between).
fn oblique(text: &str, start: usize) -> bool {
    after_oblique(&text[..start], 3, |w| {
        chancery_lexicon::nonentities::is_title_word(w)
            || quote_words(QuoteWord::Article).contains(w)
    })
}

/// Whether the last words of `before` (at most `reach`, those `skip` passes over left out)
/// open with a preposition that makes what follows no subject (`quote_words.tsv`, `oblique`).
fn after_oblique(before: &str, reach: usize, skip: impl Fn(&str) -> bool) -> bool {
    let is_oblique = |w: &str| quote_words(QuoteWord::Oblique).contains(w);
    before
        .split(|c: char| c.is_whitespace() || c == ',')
        .rev()
        .filter(|w| !w.is_empty())
        .take(reach)
        .map(str::to_lowercase)
        .find(|w| is_oblique(w) || !skip(w))
        .is_some_and(|w| is_oblique(&w))
}

/// The person a definite description of a title stands for ("The Secretary thanked…", "Le
/// ministre a salué…", "Министр поблагодарил…", written at `description`): of the persons named
/// before `before` (within the window and the transcript turn, outside quotations), one whose
/// title, known from the text or the base, the description fits, and none described otherwise.
/// Only one who opened their sentence, its subject mostly (not "…a eu des entretiens avec son
/// homologue, le Premier ministre X": the description may be of the subject's own title, whom the
/// text never names); the one it fits by more words comes first ("the Deputy Secretary"), then
/// the nearest.
/// `None` when no one's title fits: a wrong doer is worse than none.
pub(crate) fn titled_person(doc: &Document, description: Span, before: usize) -> Option<&Entity> {
    let text = description.slice(&doc.text);
    let mut wanted = title_stems(text);
    // (Capitalised title words too: "The Foreign Minister", "the Secretary".)
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let stem = title_stem(w);
        if chancery_lexicon::nonentities::is_title_word(w) && !wanted.contains(&stem) {
            wanted.push(stem);
        }
    }
    if wanted.is_empty() {
        return None;
    }
    let turn_start = doc
        .turns
        .iter()
        .find(|t| t.span.start <= before && before <= t.span.end)
        .map_or(0, |t| t.span.start);
    let quoted = |m: &Span| {
        doc.quotes
            .iter()
            .any(|q| q.span.start <= m.start && m.end <= q.span.end)
    };
    let persons: Vec<(&Span, &Entity)> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Per)
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .collect();
    let lex = doc
        .lang
        .as_deref()
        .and_then(chancery_lexicon::events::lexicon);
    // Whether no other person is named in the mention's sentence before it, nor a preposition
    // before its title ("avec son homologue, le Premier ministre X").
    let opens = |m: &Span| {
        let sentence = doc
            .sentences
            .iter()
            .find(|s| s.start <= m.start && m.end <= s.end)
            .map_or(m.start, |s| s.start);
        let first = !persons
            .iter()
            .any(|(o, _)| o.start >= sentence && o.end <= m.start);
        let oblique = after_oblique(
            &doc.text[sentence.min(m.start)..m.start],
            TITLE_WORDS + 2,
            |w| {
                chancery_lexicon::nonentities::is_title_word(w)
                    || lex.is_some_and(|l| {
                        use chancery_lexicon::events::Role;
                        l.is(w, Role::Article)
                            || l.is(w, Role::OwnerPronoun)
                            || l.is(w, Role::ActorNoun)
                    })
            },
        );
        first && !oblique
    };
    persons
        .iter()
        .filter(|(m, _)| {
            m.end <= before
                && m.start >= turn_start
                && before - m.end <= ANTECEDENT_WINDOW
                && !quoted(m)
        })
        .filter(|(m, e)| !described_otherwise(&doc.text, m, e, &wanted, false))
        .filter(|(m, _)| opens(m))
        .map(|(m, e)| {
            let fits = fitting_words(&title_context(&doc.text, m, e), e, &wanted);
            ((fits, m.end), *e)
        })
        .filter(|((fits, _), _)| *fits > 0)
        .max_by_key(|(key, _)| *key)
        .map(|(_, e)| e)
}

/// The state a person's actor code names ("FRAGOV" → France), if it names one.
fn own_state(e: &chancery_model::Entity) -> Option<&'static str> {
    crate::quotes::state_of_code(e.actor.as_deref()?)
}

/// The states the words right before and after a person's mention name, by a country adjective
/// or a place of the base ("Israeli Prime Minister Benjamin Netanyahu", "президент Турции Реджеп
/// Тайип Эрдоган").
fn states_around(doc: &Document, m: Span) -> Vec<String> {
    let text = &doc.text;
    let from = chancery_model::text::chars_back(text, m.start, TITLE_REACH);
    let to = chancery_model::text::chars_ahead(text, m.end, TITLE_REACH);
    // Within the mention's sentence.
    let before = &text[from..m.start];
    let before = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let after = &text[m.end..to];
    let after = after.split(['.', '!', '?', '\n']).next().unwrap_or("");
    let kb = chancery_lexicon::actors::builtin();
    let lex = doc
        .lang
        .as_deref()
        .and_then(chancery_lexicon::events::lexicon);
    let mut out: Vec<String> = Vec::new();
    for w in before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .chain(after.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| w.chars().count() >= 3)
    {
        let lower = w.to_lowercase();
        let state = lex
            .and_then(|l| l.adjective_country(&lower))
            .map(str::to_owned)
            .or_else(|| {
                if !w.starts_with(char::is_uppercase) {
                    return None;
                }
                let i = kb.lookup(w).or_else(|| kb.lookup_inflected(w))?;
                let a = &kb.actors()[i];
                (a.kind == EntityType::Loc).then(|| a.name.clone())
            });
        if let Some(s) = state
            && !out.contains(&s)
        {
            out.push(s);
        }
    }
    out
}

/// How many letters of a word stand for it when a description is matched to a title ("president",
/// "président", "президента" share "presi"/"прези").
const TITLE_STEM: usize = 5;

/// How many words before a person's name may give their title ("le ministre des Affaires
/// étrangères Jean-Yves Le Drian").
const TITLE_WORDS: usize = 6;

/// How far around a person's mention (characters) a title given to them is looked for.
const TITLE_REACH: usize = 80;

/// The first letters of a word, lower case: what a description and a title are compared by.
fn title_stem(w: &str) -> String {
    chancery_lexicon::names::unaccented(&w.to_lowercase())
        .chars()
        .take(TITLE_STEM)
        .collect()
}

/// The stems of the words of a definite description ("the president", "le chef de la
/// diplomatie") that may tell one person or organisation from another: not a capitalised word,
/// nor a noun any organisation may be named by ("l'organisation", "the ministry").
/// A word that stands for other titles ("diplomat" for "minister") brings their stems too.
fn title_stems(description: &str) -> Vec<String> {
    let bodies = chancery_lexicon::people::speaking_bodies();
    let mut stems: Vec<String> = description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= TITLE_STEM && !w.starts_with(char::is_uppercase))
        .filter(|w| !bodies.contains(w.to_lowercase().as_str()))
        .map(title_stem)
        .collect();
    // Every word, short and capitalised ones too ("chef", "État", "МИД"), for the description
    // words: heads ("chef", "глава") stand for their titles; a qualifier ("+état",
    // "+государства") only narrows a head to the titles both allow ("chef de l'État" is a
    // president, "глава МИД" a minister; "secrétaire d'État" names no head).
    let all: Vec<String> = description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(title_stem)
        .collect();
    // (Several words narrow each other: "chef de la diplomatie" is a minister.)
    let mut heads: Option<Vec<String>> = None;
    let mut qualifiers: Vec<Vec<String>> = Vec::new();
    for (word, titles) in chancery_lexicon::people::description_words() {
        let (qualifier, word) = match word.strip_prefix('+') {
            Some(w) => (true, w),
            None => (false, *word),
        };
        if !all.contains(&title_stem(word)) {
            continue;
        }
        let titles: Vec<String> = titles.iter().map(|t| title_stem(t)).collect();
        match &mut heads {
            _ if qualifier => qualifiers.push(titles),
            None => heads = Some(titles),
            Some(_) => qualifiers.push(titles),
        }
    }
    if let Some(mut heads) = heads {
        for q in &qualifiers {
            let narrowed: Vec<String> = heads.iter().filter(|t| q.contains(t)).cloned().collect();
            if !narrowed.is_empty() {
                heads = narrowed;
            }
        }
        stems.extend(heads);
    }
    stems
}

/// Whether a description of stems `wanted` ([`title_stems`]) fits the person or organisation
/// `e` mentioned at `m`: one of them stands right before that mention in its sentence ("le
/// président ukrainien Volodymyr Zelensky"), in an apposition after it ("Antony Blinken, the
/// secretary of state,"), in the role the base gives them, or in a name it is written with ("la
/// Chambre de commerce européenne" for "l'organisation européenne").
fn described_as(text: &str, m: &Span, e: &chancery_model::Entity, wanted: &[String]) -> bool {
    fits_context(&title_context(text, m, e), e, wanted)
}

/// Whether a description of stems `wanted` fits a title of `context` ([`title_context`]) or a
/// name `e` is written with.
fn fits_context(context: &[String; 3], e: &chancery_model::Entity, wanted: &[String]) -> bool {
    fitting_words(context, e, wanted) > 0
}

/// How many of the stems `wanted` a title of `context` or a name `e` is written with holds.
fn fitting_words(context: &[String; 3], e: &chancery_model::Entity, wanted: &[String]) -> usize {
    let mut found: Vec<String> = Vec::new();
    for s in context.iter().chain(&e.surface) {
        for w in s.split(|c: char| !c.is_alphanumeric()) {
            let stem = title_stem(w);
            if wanted.contains(&stem) && !found.contains(&stem) {
                found.push(stem);
            }
        }
    }
    found.len()
}

/// Whether the person `e` mentioned at `m` holds a title, known from the text or the base,
/// that a description of stems `wanted` does not fit ("le ministre" is not the president
/// named before): such a description is someone else's. A spokesperson's (`spokesperson`: "a
/// dénoncé le porte-parole du Quai d'Orsay") is anyone's the text or the base does not describe
/// so, the minister named before included.
fn described_otherwise(
    text: &str,
    m: &Span,
    e: &chancery_model::Entity,
    wanted: &[String],
    spokesperson: bool,
) -> bool {
    if spokesperson {
        return !described_as(text, m, e, wanted);
    }
    if wanted.is_empty() {
        return false;
    }
    let context = title_context(text, m, e);
    let titled = context.iter().any(|s| {
        s.split(|c: char| !c.is_alphanumeric()).any(|w| {
            w.chars().count() >= TITLE_STEM && chancery_lexicon::nonentities::is_title_word(w)
        })
    });
    titled && !fits_context(&context, e, wanted)
}

/// The titles given to the person or organisation `e` mentioned at `m`: the words right before
/// the mention in its clause (after any verb), an apposition after it, and the role the actor
/// base gives them.
fn title_context<'a>(text: &'a str, m: &Span, e: &chancery_model::Entity) -> [String; 3] {
    let from = chancery_model::text::chars_back(text, m.start, TITLE_REACH);
    let before = &text[from..m.start];
    // The words right before the name, within its clause and after any verb.
    // (A name set off by a comma right after its title takes the words before that comma: "Le
    // ministre des Affaires étrangères, Jean-Noël Barrot, a…".)
    let cut = |s: &'a str| s.rfind(['.', '!', '?', '\n', ';', ',', ':', '(']);
    let (before, apposed) = match cut(before) {
        Some(i) if before[i..].starts_with(',') && before[i + 1..].trim().is_empty() => {
            let head = &before[..i];
            (cut(head).map_or(head, |k| &head[k + 1..]), true)
        }
        Some(i) => (&before[i + 1..], false),
        None => (before, false),
    };
    let words: Vec<&str> = before.split_whitespace().collect();
    let aux = quote_words(QuoteWord::Aux);
    // (A title set off before the name leads with its head: its first words.)
    let (from, to) = if apposed {
        (0, words.len().min(TITLE_WORDS))
    } else {
        let from = words
            .iter()
            .rposition(|w| aux.contains(w.to_lowercase().as_str()))
            .map_or(0, |k| k + 1)
            .max(words.len().saturating_sub(TITLE_WORDS));
        (from, words.len())
    };
    let before = words[from..to].join(" ");
    let to = chancery_model::text::chars_ahead(text, m.end, TITLE_REACH);
    let after = &text[m.end..to];
    let apposition = after
        .strip_prefix(',')
        .map(|a| a.split([',', '.', ';', '\n']).next().unwrap_or(""))
        .unwrap_or("");
    let known = chancery_lexicon::people::same_known_person(&e.name)
        .and_then(|p| p.role.as_deref())
        .unwrap_or("");
    // (And the offices the table of office holders gives them: "Emmanuel Macron s'est rendu à
    // Berlin. Le président a salué…".)
    let mut known = known.to_owned();
    for t in chancery_lexicon::offices::terms()
        .iter()
        .filter(|t| t.holder == e.name)
    {
        known.push(' ');
        known.push_str(&t.office);
    }
    [before, apposition.to_owned(), known]
}

/// Those an event shows speaking are speakers (no turns, no quotations of their own): the source
/// of a verbal act (a statement, an appeal, a promise, praise, a demand, a criticism, a
/// rejection, a threat: CAMEO 01–04, 051, 10–13) that happened, and both sides of talks or a
/// call (040, 041, 046) — "Vladimir Putin had a telephone conversation with Donald Trump" —
/// when the entities or the actor base know them (a state only as the source of a verbal act).
pub fn add_event_speakers(doc: &mut Document, kb: &Kb) {
    // (name, actor code, whether a place may be taken: a state named as the source of a verbal
    // act speaks through its government — "Paris a appelé Israël à…").
    let mut found: Vec<(String, Option<String>, bool, bool)> = Vec::new();
    // Labelled turns: what a speaker says of others there is mostly talk about them.
    let labelled: Vec<Span> = doc
        .turns
        .iter()
        .filter(|t| t.label.is_some())
        .map(|t| t.span)
        .collect();
    for e in &doc.events {
        if e.status != EventStatus::Done {
            continue;
        }
        let in_turn = labelled
            .iter()
            .any(|t| t.start <= e.span.start && e.span.end <= t.end);
        let code = e.code.as_str();
        let verbal = ["01", "02", "03", "04", "10", "11", "12", "13"]
            .iter()
            .any(|r| code.starts_with(r))
            && !matches!(code, "042" | "043")
            || code == "051";
        let talks = matches!(code, "040" | "041" | "046");
        if let Some(s) = e.source.as_ref().filter(|_| verbal) {
            found.push((s.clone(), e.source_actor.clone(), true, in_turn));
        }
        if let Some(t) = e.target.as_ref().filter(|_| talks) {
            found.push((t.clone(), e.target_actor.clone(), false, in_turn));
        }
    }
    // The speakers' keys for `same_person_keys`, computed once each.
    let mut keys: Vec<String> = doc.speakers.iter().map(|s| person_key(&s.name)).collect();
    for (name, actor, place_too, in_turn) in found {
        // "I’ve said": a pronoun read as a name is nobody.
        let pronoun = name.split_whitespace().any(|w| {
            let bare = w.split(['’', '\'']).next().unwrap_or(w).to_lowercase();
            quote_words(QuoteWord::FirstPerson).contains(bare.as_str())
                || quote_words(QuoteWord::Pronoun).contains(bare.as_str())
        });
        if pronoun {
            continue;
        }
        // People and organisations speak, and a state that makes a verbal act; the places the
        // entities do not know (adjective-named sides) and the states on the other side of talks
        // are not taken for speakers.
        // The kind: the entity's, else the actor base's (an office holder named by a role
        // phrase only: "le Président de la République s'est entretenu…").
        let kind = doc
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
            .or_else(|| kb.by_name(&name).map(|i| kb.actors()[i].kind));
        // Inside a labelled turn, the states a speaker talks about ("we don’t view Cuba as a
        // threat") and the bodies on the other side of what they call talks ("joined by
        // Democrats and Republicans") are not shown speaking.
        let speaks = kind.is_some_and(|k| match k {
            EntityType::Per => true,
            EntityType::Org => !in_turn || place_too,
            EntityType::Loc => place_too && !in_turn,
            EntityType::Misc => false,
        });
        if !speaks {
            continue;
        }
        let key = person_key(&name);
        let known =
            doc.speakers.iter().zip(&keys).any(|(s, k)| {
                s.name == name || s.surface.contains(&name) || same_person_keys(k, &key)
            });
        if known {
            continue;
        }
        keys.push(key);
        let surface = doc
            .entities
            .iter()
            .find(|e| e.name == name)
            .map_or_else(|| vec![name.clone()], |e| e.surface.clone());
        doc.speakers.push(Speaker {
            name,
            surface,
            actor,
            ..Speaker::default()
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_quotation_in_an_interviews_title_is_the_interviewees() {
        let text = "Brexit : « L'Europe doit se montrer très ferme avec Londres »\nQ1\nA1\nQ2\nA2";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let turn = |speaker: &str, kind: TurnKind, w: &str| Turn {
            speaker: speaker.into(),
            kind,
            section: None,
            span: at(w),
            label: None,
        };
        let quote = chancery_model::Quote {
            speaker: None,
            via: None,
            span: at("L'Europe doit se montrer très ferme avec Londres"),
            antecedent: Antecedent::None,
            named_at: None,
        };
        let mut doc = Document {
            text: text.to_owned(),
            quotes: vec![quote.clone()],
            turns: vec![
                turn("L'Obs", TurnKind::Question, "Q1"),
                turn("Lieven Jacobs", TurnKind::Answer, "A1"),
                turn("L'Obs", TurnKind::Question, "Q2"),
                turn("Lieven Jacobs", TurnKind::Answer, "A2"),
            ],
            ..Document::default()
        };
        title_quotes(&mut doc);
        assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Lieven Jacobs"));
        // No interview: a headline's words, not a quotation.
        let mut doc = Document {
            text: text.to_owned(),
            quotes: vec![quote],
            ..Document::default()
        };
        title_quotes(&mut doc);
        assert!(doc.quotes.is_empty());
    }

    #[test]
    fn a_quotation_paragraph_goes_on_with_the_quotation_before_it() {
        let text = "Pour le président du Conseil, il est « trop tôt pour parler d'un succès ».\n\n« Nous avons réussi à obtenir un accord. »\n\nLe texte « reste à écrire ».";
        let span = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let quote = |w: &str, speaker: Option<&str>| chancery_model::Quote {
            speaker: speaker.map(str::to_owned),
            span: span(w),
            ..Default::default()
        };
        let mut doc = Document {
            text: text.to_owned(),
            quotes: vec![
                quote("trop tôt pour parler d'un succès", Some("Donald Tusk")),
                quote("Nous avons réussi à obtenir un accord.", None),
                quote("reste à écrire", None),
            ],
            ..Document::default()
        };
        continue_quote_paragraphs(&mut doc);
        let got: Vec<Option<&str>> = doc.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(got, [Some("Donald Tusk"), Some("Donald Tusk"), None]);
    }

    /// The speakers `add_reported_speakers` finds in `text`, where `name` (of `kind`) is an
    /// entity written as it is named.
    fn reported_with(text: &str, name: &str, kind: EntityType) -> Vec<String> {
        let i = text.find(name).unwrap();
        let mut doc = Document {
            text: text.to_owned(),
            entities: vec![chancery_model::Entity {
                name: name.into(),
                kind,
                surface: vec![name.into()],
                mentions: vec![Span::new(i, i + name.len())],
                ..Default::default()
            }],
            ..Document::default()
        };
        crate::quotes::add_reported_speakers(&mut doc);
        doc.speakers.into_iter().map(|s| s.name).collect()
    }

    #[test]
    fn the_source_an_according_to_names_is_a_speaker() {
        assert_eq!(
            reported_with(
                "According to Sergey Lavrov, the talks were constructive.",
                "Sergey Lavrov",
                EntityType::Per
            ),
            ["Sergey Lavrov"]
        );
        // "According to the Kremlin, …": past the joining word.
        assert_eq!(
            reported_with(
                "According to the Kremlin, the delegation will be led by an aide.",
                "Kremlin",
                EntityType::Org
            ),
            ["Kremlin"]
        );
        // "Как заявил Дмитрий Песков, …": the fronted "как" is no subject.
        let mut doc = Document {
            text: "Как заявил Дмитрий Песков, встреча пока не планируется.".to_owned(),
            ..Document::default()
        };
        crate::quotes::add_reported_speakers(&mut doc);
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Dmitry Peskov"]);
        // A turn's label opening the paragraph is no part of the subject.
        let text = "Q Madam Chancellor, the President, a few days ago, said that it was a mistake.";
        let mut doc = Document {
            text: text.to_owned(),
            turns: vec![chancery_model::Turn {
                speaker: "Journalist".into(),
                label: Some(Span::new(0, 1)),
                span: Span::new(2, text.len()),
                ..Default::default()
            }],
            ..Document::default()
        };
        crate::quotes::add_reported_speakers(&mut doc);
        assert!(doc.speakers.iter().all(|s| !s.name.starts_with("Q ")));
        // A courtesy title's initial is no pronoun ("M." is not "m'"); "Pour X," opening a
        // sentence states a person's view.
        let mut doc = Document {
            text: "Hier, M. Lavrov a assuré que Moscou n'attaquerait pas. Pour Josep Borrell, la situation reste grave.".to_owned(),
            ..Document::default()
        };
        for (name, written) in [
            ("Sergey Lavrov", "Lavrov"),
            ("Josep Borrell", "Josep Borrell"),
        ] {
            let i = doc.text.find(written).unwrap();
            doc.entities.push(chancery_model::Entity {
                name: name.into(),
                kind: EntityType::Per,
                surface: vec![written.into()],
                mentions: vec![Span::new(i, i + written.len())],
                ..Default::default()
            });
        }
        crate::quotes::add_reported_speakers(&mut doc);
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Sergey Lavrov", "Josep Borrell"]);
    }

    #[test]
    fn states_joined_before_a_verb_of_speech_speak_a_genitive_of_a_thing_does_not() {
        let text = "La France puis la Suède ont exprimé leur consternation. La dernière commémoration de l'Holodomor, le 26 novembre, a rappelé les faits. Moscou dénonce une provocation. Genève annonce une conférence.";
        let entity = |name: &str, written: &str| {
            let i = text.find(written).unwrap();
            chancery_model::Entity {
                name: name.into(),
                kind: EntityType::Loc,
                surface: vec![written.into()],
                mentions: vec![Span::new(i, i + written.len())],
                ..Default::default()
            }
        };
        let mut doc = Document {
            lang: Some("fr".into()),
            text: text.to_owned(),
            entities: vec![
                entity("France", "France"),
                entity("Sweden", "Suède"),
                entity("Moscow", "Moscou"),
                entity("Geneva", "Genève"),
            ],
            ..Document::default()
        };
        crate::quotes::add_reported_speakers(&mut doc);
        let mut names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, ["France", "Moscow", "Sweden"]);
    }

    #[test]
    fn a_plural_subject_speaks_for_the_people_named_before_it() {
        let text = "Antony Blinken and Gina Raimondo hosted Koichi Hagiuda. The Ministers affirmed their resolve.";
        let person = |name: &str| {
            let i = text.find(name).unwrap();
            chancery_model::Entity {
                name: name.into(),
                kind: EntityType::Per,
                surface: vec![name.into()],
                mentions: vec![Span::new(i, i + name.len())],
                ..Default::default()
            }
        };
        let mut doc = Document {
            lang: Some("en".into()),
            text: text.to_owned(),
            entities: vec![
                person("Antony Blinken"),
                person("Gina Raimondo"),
                person("Koichi Hagiuda"),
            ],
            ..Document::default()
        };
        crate::quotes::add_reported_speakers(&mut doc);
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Antony Blinken", "Gina Raimondo", "Koichi Hagiuda"]);
    }

    #[test]
    fn a_name_after_according_to_may_stand_in_the_genitive() {
        let text = "По мнению Фидана, «ситуация остаётся крайне сложной».";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let doc = Document {
            text: text.to_owned(),
            entities: vec![chancery_model::Entity {
                name: "Hakan Fidan".into(),
                kind: EntityType::Per,
                surface: vec!["Фидана".into()],
                mentions: vec![at("Фидана")],
                ..Default::default()
            }],
            ..Document::default()
        };
        assert_eq!(
            according_person(&doc, at("Фидана")).map(|e| e.name.as_str()),
            Some("Hakan Fidan")
        );
        // Without "по мнению", a genitive names somebody else's words.
        assert!(according_person(&doc, at("ситуация")).is_none());
    }

    use super::*;

    #[test]
    fn the_gender_a_clause_shows_and_a_name_has() {
        let text =
            "«Мы ждем ответа», - добавила она. «Решений нет», - уточнил он. « Non », a-t-elle dit.";
        let span = |q: &str| {
            let at = text.find(q).unwrap();
            Span::new(at, at + q.len())
        };
        assert_eq!(clause_gender(text, span("«Мы ждем ответа»")), Some(true));
        assert_eq!(clause_gender(text, span("«Решений нет»")), Some(false));
        assert_eq!(clause_gender(text, span("« Non »")), Some(true));
        assert_eq!(name_gender("Maria Zakharova"), Some(true));
        assert_eq!(name_gender("Sergey Lavrov"), Some(false));
        assert_eq!(name_gender("Vladimir Putin"), Some(false));
        assert_eq!(name_gender("Angela Merkel"), None);
    }

    #[test]
    fn an_interview_without_labels_has_turns() {
        let text = "Lieven Jacobs, directeur de la gestion, confie à l'Obs son analyse.\n\nComment réagissent les marchés ?\n\nTout le monde cherche à se mettre à l'abri.\n\nEst-ce un phénomène mondial ?\n\nTout cela est vrai aussi aux Etats-Unis.\nSeuls les marchés émergents semblent moins affectés.\n\nPour ne pas dire suspect ?\n\nLa campagne jouait sur l'émotion.";
        let mut doc = Document {
            text: text.into(),
            entities: vec![chancery_model::Entity {
                name: "Lieven Jacobs".into(),
                kind: EntityType::Per,
                surface: vec!["Lieven Jacobs".into()],
                mentions: vec![Span::new(0, 13)],
                ..Default::default()
            }],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        let turns: Vec<(&str, TurnKind)> = doc
            .turns
            .iter()
            .map(|t| (t.speaker.as_str(), t.kind))
            .collect();
        assert_eq!(turns.len(), 6);
        assert_eq!(turns[0], ("L'Obs", TurnKind::Question));
        assert_eq!(turns[3], ("Lieven Jacobs", TurnKind::Answer));
        assert_eq!(
            doc.turns[3].span.slice(text),
            "Tout cela est vrai aussi aux Etats-Unis.\nSeuls les marchés émergents semblent moins affectés."
        );
        let counts: Vec<(&str, usize)> = doc
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.turns))
            .collect();
        assert_eq!(counts, [("L'Obs", 3), ("Lieven Jacobs", 3)]);
        // Two questions are not an interview.
        let short = "Lieven Jacobs parle.\n\nComment ?\n\nAinsi.\n\nPourquoi ?\n\nParce que.";
        let mut doc = Document {
            text: short.into(),
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        assert!(doc.turns.is_empty());
        // An interview whose title names its author, who had the whole body as one turn.
        let title = "Интервью Министра иностранных дел России С.В.Лаврова газете «Коммерсант»";
        let text = format!(
            "{title}\n\n— Как Вы оцениваете итоги?\n\n— Итоги полезные.\n\n— Будет ли встреча?\n\n— Не исключено.\n\n— А Сирия?\n\n— Мы работаем."
        );
        let mut doc = Document {
            title: Some(title.into()),
            text,
            ..Document::default()
        };
        crate::turns::extract_turns(&mut doc);
        assert_eq!(doc.turns.len(), 1, "{:?}", doc.turns);
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        let counts: Vec<(&str, usize)> = doc
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.turns))
            .collect();
        assert_eq!(counts, [("Sergey Lavrov", 3), ("Kommersant", 3)]);
    }

    fn entity(name: &str, kind: EntityType, at: usize, len: usize) -> chancery_model::Entity {
        chancery_model::Entity {
            name: name.into(),
            kind,
            surface: vec![name.into()],
            mentions: vec![Span::new(at, at + len)],
            ..Default::default()
        }
    }

    #[test]
    fn a_speaker_no_entity_names_takes_its_code_from_the_actor_base() {
        let mut doc = Document {
            text: "Le ministère russe a dénoncé une ingérence.".into(),
            speakers: vec![Speaker {
                name: "Russia".into(),
                quotes: 1,
                ..Speaker::default()
            }],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        assert_eq!(doc.speakers[0].actor.as_deref(), Some("RUS"));
    }

    #[test]
    fn statements_are_their_issuers_turns() {
        // The title names the author after the genre.
        let text = "Communiqué de la Présidence de la République, sur la France et l'Arabie saoudite.\nLe Président s'est entretenu avec le Prince héritier.";
        let mut doc = Document {
            text: text.into(),
            entities: vec![
                entity("Presidency of the French Republic", EntityType::Org, 17, 27),
                entity("France", EntityType::Loc, 56, 6),
            ],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        let turns: Vec<&str> = doc.turns.iter().map(|t| t.speaker.as_str()).collect();
        assert_eq!(turns, ["Presidency of the French Republic"]);
        assert!(doc.turns[0].span.slice(text).starts_with("Le Président"));
        // A title on a topic names no author; an opening "released by" clause does.
        let text = "Joint Statement on Belarus\n\nThe text of the following statement was released by the Governments of Canada and the United Kingdom.\n\nWe are united.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let mut doc = Document {
            text: text.into(),
            entities: vec![
                entity("Belarus", EntityType::Loc, at("Belarus"), 7),
                // The head of "the Governments of …" is no issuer.
                entity("Governments", EntityType::Org, at("Governments"), 11),
                entity("United Kingdom", EntityType::Loc, at("United Kingdom"), 14),
                entity("Canada", EntityType::Loc, at("Canada"), 6),
            ],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        let turns: Vec<&str> = doc.turns.iter().map(|t| t.speaker.as_str()).collect();
        assert_eq!(turns, ["Canada", "United Kingdom"]);
        // One paragraph, title run into the body: the whole text is the statement; the
        // author's phrase after the genre ends at a colon.
        let text = "Joint Statement of the Economic Committee: Strengthening the Rules-Based Order Office The text of the following statement was released by the Governments of Canada and Japan. We are united.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let mut doc = Document {
            text: text.into(),
            entities: vec![
                entity("Rules-Based Order Office", EntityType::Org, at("Rules"), 24),
                entity("Canada", EntityType::Loc, at("Canada"), 6),
                entity("Japan", EntityType::Loc, at("Japan"), 5),
            ],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        let turns: Vec<&str> = doc.turns.iter().map(|t| t.speaker.as_str()).collect();
        assert_eq!(turns, ["Canada", "Japan"]);
        assert_eq!(doc.turns[0].span.slice(text), text);
    }

    #[test]
    fn the_speaker_a_clause_names_is_read_again_from_the_entities() {
        let text = "« Nous restons », a réagi la ministre des Armées Florence Parly.";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let clause = Span::new(at("la ministre"), at("Parly") + 5);
        let mut doc = Document {
            text: text.into(),
            quotes: vec![chancery_model::Quote {
                speaker: Some("Armées Florence Parly".into()),
                span: Span::new(3, 16),
                named_at: Some(clause),
                ..Default::default()
            }],
            speakers: vec![Speaker {
                name: "Armées Florence Parly".into(),
                surface: vec!["Armées Florence Parly".into()],
                quotes: 1,
                ..Speaker::default()
            }],
            entities: vec![entity(
                "Florence Parly",
                EntityType::Per,
                at("Florence"),
                14,
            )],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Florence Parly"));
        let speakers: Vec<(&str, usize)> = doc
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.quotes))
            .collect();
        assert_eq!(speakers, [("Florence Parly", 1)]);
        // Russian: a name in the genitive is not the subject ("Представитель Путина").
        assert!(!nominative("Путина", "Vladimir Putin"));
        assert!(nominative("Захарова", "Maria Zakharova"));
        assert!(nominative("Макрон", "Emmanuel Macron"));
    }

    #[test]
    fn a_description_goes_to_no_one_whose_title_it_does_not_fit() {
        let read = |text: &str, name: &str, clause: &str| {
            let at = |w: &str| text.find(w).unwrap_or(0);
            let quoted = Span::new(at("« ") + 3, at(" »"));
            let mut doc = Document {
                text: text.into(),
                quotes: vec![chancery_model::Quote {
                    span: quoted,
                    antecedent: Antecedent::Person,
                    named_at: Some(Span::new(at(clause), at(clause) + clause.len())),
                    ..Default::default()
                }],
                entities: vec![entity(name, EntityType::Per, at(name), name.len())],
                ..Document::default()
            };
            link_speakers(&mut doc, chancery_lexicon::actors::builtin());
            doc.quotes[0].speaker.clone()
        };
        let faye = "Le président Bassirou Diomaye Faye a pris la parole. « Nous ne sommes pas venus mendier », a déclaré ";
        assert_eq!(
            read(
                &format!("{faye}le ministre."),
                "Bassirou Diomaye Faye",
                "le ministre"
            ),
            None
        );
        assert_eq!(
            read(
                &format!("{faye}le président."),
                "Bassirou Diomaye Faye",
                "le président"
            )
            .as_deref(),
            Some("Bassirou Diomaye Faye")
        );
        // A word standing for a title ("diplomat" for a minister) fits it.
        let lavrov = "Russian Foreign Minister Sergey Lavrov spoke. « We should prevent the state from fragmenting », the Russian top diplomat noted.";
        assert_eq!(
            read(lavrov, "Sergey Lavrov", "the Russian top diplomat").as_deref(),
            Some("Sergey Lavrov")
        );
    }

    #[test]
    fn a_pronoun_subject_stands_for_someone_named_before_it() {
        let text = "Joe Biden met Olaf Scholz. He said if Vladimir Putin moves, \u{201c}we will \
                    be involved.\u{201d}";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let quoted = Span::new(at("we will"), at("involved.") + 9);
        let mut doc = Document {
            text: text.into(),
            quotes: vec![chancery_model::Quote {
                span: quoted,
                antecedent: Antecedent::Person,
                ..Default::default()
            }],
            entities: vec![
                entity("Joe Biden", EntityType::Per, at("Joe"), 9),
                entity("Olaf Scholz", EntityType::Per, at("Olaf"), 11),
                entity("Vladimir Putin", EntityType::Per, at("Vladimir"), 14),
            ],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Olaf Scholz"));
    }

    #[test]
    fn a_name_read_with_a_word_before_it_is_the_person_it_ends_with() {
        let mut doc = Document {
            speakers: vec![Speaker {
                name: "Венгрии Петер Сийярто".into(),
                surface: vec!["Венгрии Петер Сийярто".into()],
                quotes: 1,
                ..Speaker::default()
            }],
            entities: vec![chancery_model::Entity {
                name: "Péter Szijjártó".into(),
                kind: EntityType::Per,
                surface: vec!["Петер Сийярто".into()],
                ..Default::default()
            }],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        assert_eq!(doc.speakers.len(), 1);
        assert_eq!(doc.speakers[0].name, "Péter Szijjártó");
        // A word is not a name's end: "Петер Сийярто" does not end "Сийярто" alone.
        let mut doc = Document {
            speakers: vec![Speaker {
                name: "Сийярто".into(),
                ..Speaker::default()
            }],
            entities: vec![chancery_model::Entity {
                name: "Péter Szijjártó".into(),
                kind: EntityType::Per,
                surface: vec!["Андраш Сийярто".into()],
                ..Default::default()
            }],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        // (Named in Latin letters, the written form kept as a surface.)
        assert_eq!(doc.speakers[0].name, "Siyyarto");
        assert_eq!(doc.speakers[0].surface, ["Сийярто"]);
    }

    #[test]
    fn description_words_narrow_each_other() {
        let has = |d: &str, stem: &str| title_stems(d).iter().any(|s| s == stem);
        assert!(has("le chef de l’État", "presi") && !has("le chef de l’État", "chanc"));
        assert!(has("le chef de la diplomatie", "minis"));
        assert!(!has("le chef de la diplomatie", "presi"));
        // A qualifier alone names no head: "le secrétaire d'État" is no president.
        assert!(!has("le secrétaire d'État", "presi"));
        assert!(has("глава государства", "прези") && !has("глава государства", "минис"));
        assert!(has("глава МИД", "минис") && !has("глава МИД", "прези"));
        assert!(has("the head of government", "prime") && !has("the head of government", "presi"));
    }

    #[test]
    fn a_state_that_speaks_is_the_entity_whatever_form_it_is_written_in() {
        // ("The U.S. said": the clause reads "U.S", the entity is written "U.S.".)
        let mut doc = Document {
            speakers: vec![Speaker {
                name: "U.S".into(),
                quotes: 1,
                ..Speaker::default()
            }],
            entities: vec![chancery_model::Entity {
                name: "United States".into(),
                kind: EntityType::Loc,
                surface: vec!["US".into(), "U.S.".into()],
                actor: Some("USA".into()),
                ..Default::default()
            }],
            ..Document::default()
        };
        link_speakers(&mut doc, chancery_lexicon::actors::builtin());
        assert_eq!(doc.speakers[0].name, "United States");
        assert_eq!(doc.speakers[0].actor.as_deref(), Some("USA"));
    }
}
