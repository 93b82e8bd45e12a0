//! Entities: every mention of a known actor, resolved to one entry per actor with its CAMEO code
//! on the document's date.
//!
//! Sources of mentions, in order:
//! 1. aliases of the actor base (`chancery_lexicon::actors`), across languages and scripts,
//!    acronyms included (OTSC = CSTO = ОДКБ);
//! 2. capitalised person names the alias list lacks, matched by transliteration-independent key;
//! 3. role phrases ("le président russe", "le chef de la diplomatie russe") for a person holding
//!    that role whom the document also names;
//! 4. names the base does not know, found by the statistical tagger of the document's language
//!    (`recognise`, models in `models`), grouped by surface, a surname alone joining the full
//!    name it ends ("Hadaya" → "Sargon Hadaya");
//! 5. speakers of the document not in the base (their label forms);
//! 6. bodies of a state named as names ("МИД Украины", "the Spanish Foreign Ministry",
//!    `bodies`): the base's organisations and the tagger's names inside one are that body.
//!
//! URLs are never searched. What is not an entity: chrome (already cleaned away), job titles
//! alone, demonyms, language codes; leading articles are never part of a mention.

mod bodies;
pub(crate) mod models;
mod recognise;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use chancery_lexicon::actors::{Hit, Kb, russian_key};
use chancery_lexicon::names::{name_key, same_person, same_person_keys};
use chancery_lexicon::offices;
use chancery_lexicon::people::{people, role_phrases};
use chancery_model::text::is_word_char;
use chancery_model::{Document, Entity, EntityType, PartialDate, Span};

/// Where a mention stands: the body, or a caption (its index in `Document::captions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Body,
    Caption(usize),
}

/// What one text (the body or a caption) mentions.
#[derive(Default)]
struct Found {
    /// Mentions of actors of the base, sorted.
    hits: Vec<Hit>,
    /// Names the base does not know, from the tagger.
    unknown: Vec<(Span, EntityType)>,
    /// The text case-folded (`actors::fold`, same byte offsets), for later passes.
    folded: String,
}

/// A name the tagger found next to a noun of military goods names a model of weapon ("Caesar
/// howitzers", "canons Caesar", "гаубиц Caesar", "Leopard 2 tanks"), not a place, a person or a
/// body: miscellaneous. The noun right before the name, or one of the two words right after it.
fn weapon_models(text: &str, lang: Option<&str>, unknown: &mut [(Span, EntityType)]) {
    let Some(lex) = lang.and_then(chancery_lexicon::events::lexicon) else {
        return;
    };
    let goods = |w: &str| lex.military_goods(&w.to_lowercase());
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    for (span, kind) in unknown.iter_mut() {
        let before = text[..span.start].strip_suffix(' ').map(|b| {
            b.rsplit(char::is_whitespace)
                .next()
                .map(word)
                .unwrap_or_default()
        });
        let after: Vec<String> = text[span.end..]
            .strip_prefix(' ')
            .map(|a| a.split(' ').take(2).map(word).collect())
            .unwrap_or_default();
        // (The first word after, or the second after a number: "Leopard 2 tanks".)
        let after_goods = after.first().is_some_and(|w| goods(w))
            || after
                .first()
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
                && after.get(1).is_some_and(|w| goods(w));
        if before.as_deref().is_some_and(goods) || after_goods {
            *kind = EntityType::Misc;
        }
    }
}

pub fn extract_entities(doc: &mut Document, kb: &Kb) {
    let model = models::for_lang(doc.lang.as_deref());
    let mut body = find(&doc.text, kb, model, doc.lang.as_deref());
    surnames_of_their_time(&doc.text, doc.published, kb, &mut body);
    // In a language that capitalises every word of a name, a tagged span holding a common
    // lowercase word is a description, not a name ("Cuban doctors", "American people").
    let lang = doc.lang.as_deref();
    body.unknown.retain(|(span, _)| {
        !chancery_lexicon::nonentities::has_common_words(span.slice(&doc.text), lang)
    });
    weapon_models(&doc.text, lang, &mut body.unknown);
    let captions: Vec<Found> = doc
        .captions
        .iter()
        .map(|c| {
            let mut found = find(&c.text, kb, model, doc.lang.as_deref());
            surnames_of_their_time(&c.text, doc.published, kb, &mut found);
            found
        })
        .collect();
    let named: HashSet<usize> = body
        .hits
        .iter()
        .chain(captions.iter().flat_map(|c| &c.hits))
        .map(|h| h.actor)
        .collect();
    let holders = role_phrase_holders(&doc.text, &body.folded, doc.published, kb);
    add_role_mentions(&holders, &named, &mut body);
    doc.role_phrases = Some(
        holders
            .iter()
            .map(|&(span, a)| (span, kb.actors()[a].name.clone()))
            .collect(),
    );
    // Bodies of states ("МИД Украины"): the base's organisations and the tagger's names inside
    // one are that body, not themselves ("МИД" alone is Russia's ministry).
    // (Else, in a transcript, the state of its first labelled official: "МИД" in Lavrov's.)
    let home = bodies::dateline_state(doc.dateline, &body.hits, kb)
        .or_else(|| bodies::first_speaker_state(&doc.turns, doc.published, kb));
    let official_home = bodies::first_official_state(&body.hits, doc.published, kb);
    let mut state_bodies = bodies::find(
        &doc.text,
        &body.folded,
        lang,
        &body.hits,
        kb,
        doc.published,
        (home, official_home),
    );
    // A body named again stands alone or opens the tagged name it is in ("В МИД заявили"); at
    // the end of a longer name it is that name's ("the United States Government").
    // A body written as a name with no state: a tagged name inside it ("Министерстве" of "в
    // Министерстве иностранных дел") is a piece of the phrase, no name; the whole phrase the
    // tagger gave is kept ("the Foreign Ministry").
    let pieces = |s: Span| {
        state_bodies
            .iter()
            .any(|b| b.stateless && b.span.start <= s.start && s.end <= b.span.end && s != b.span)
    };
    body.unknown.retain(|&(s, _)| !pieces(s));
    state_bodies.retain(|b| !b.stateless);
    state_bodies.retain(|b| {
        !b.again
            || !body
                .unknown
                .iter()
                .any(|(s, _)| s.start < b.span.start && b.span.start < s.end)
    });
    let inside = |s: Span| {
        state_bodies
            .iter()
            .any(|b| b.span.start <= s.start && s.end <= b.span.end)
    };
    body.hits
        .retain(|h| kb.actors()[h.actor].kind != EntityType::Org || !inside(h.span));
    body.unknown.retain(|&(s, _)| {
        !state_bodies
            .iter()
            .any(|b| s.start < b.span.end && b.span.start < s.end)
    });

    let texts = |place: Place| match place {
        Place::Body => doc.text.as_str(),
        Place::Caption(i) => doc.captions[i].text.as_str(),
    };
    let places = std::iter::once((Place::Body, &body)).chain(
        captions
            .iter()
            .enumerate()
            .map(|(i, c)| (Place::Caption(i), c)),
    );
    let mut actors: Vec<(usize, Entity)> = Vec::new();
    let mut entity_of: HashMap<usize, usize> = HashMap::new();
    let mut unknown: Vec<(Place, Span, EntityType)> = Vec::new();
    for (place, found) in places {
        let text = texts(place);
        for h in &found.hits {
            let surface = h.span.slice(text).to_owned();
            let e = match entity_of.get(&h.actor) {
                Some(&i) => &mut actors[i].1,
                None => {
                    entity_of.insert(h.actor, actors.len());
                    let a = &kb.actors()[h.actor];
                    actors.push((
                        h.actor,
                        Entity {
                            name: a.name.clone(),
                            kind: a.kind,
                            actor: a.code_on(doc.published).map(str::to_owned),
                            ..Entity::default()
                        },
                    ));
                    &mut actors.last_mut().expect("just pushed").1
                }
            };
            add_mention(e, place, h.span, surface);
        }
        unknown.extend(found.unknown.iter().map(|&(s, k)| (place, s, k)));
    }
    let mut entities: Vec<Entity> = actors.into_iter().map(|(_, e)| e).collect();
    let (mut unknown_entities, joins) = group_unknown(&texts, &unknown, &known_surnames(&entities));
    for (at, place, span) in joins {
        add_mention(
            &mut entities[at],
            place,
            span,
            span.slice(texts(place)).to_owned(),
        );
    }
    original_names(&doc.text, &mut unknown_entities);
    // A name the base lacks is given in Latin letters, spelled as English texts spell it (the
    // Cyrillic forms stay its surfaces): one identity across the languages of a corpus.
    for e in &mut unknown_entities {
        // Quotation marks around a part of a name are not part of it: ИА «Регнум» → ИА Регнум.
        if e.name.contains(['«', '»', '“', '”', '„', '"']) {
            e.name = e
                .name
                .replace(['«', '»', '“', '”', '„', '"'], "")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
        if chancery_lexicon::names::has_cyrillic(&e.name) {
            // (A Ukrainian named in Russian is spelled the Ukrainian way: "министр Украины
            // Лилия Гриневич" is Liliya Hrynevych.)
            let ukrainian = e.kind == EntityType::Per
                && e.mentions.iter().any(|m| {
                    let from = doc
                        .text
                        .floor_char_boundary(m.start.saturating_sub(UKRAINIAN_REACH));
                    doc.text
                        .get(from..m.start)
                        .is_some_and(chancery_lexicon::names::marked_ukrainian)
                });
            // (A city the base lacks is named as GeoNames names it: "в Луксоре" is Luxor.)
            let city = (e.kind == EntityType::Loc)
                .then(|| {
                    std::iter::once(&e.name)
                        .chain(&e.surface)
                        .find_map(|n| chancery_lexicon::places::city_ru(n))
                })
                .flatten();
            e.name = if let Some(city) = city {
                city.name.to_owned()
            } else if ukrainian {
                chancery_lexicon::names::transliterate_ukrainian(&e.name)
            } else if e.kind == EntityType::Per {
                // (A Chinese name in Pinyin: "Линь Цзянь" is Lin Jian.)
                chancery_lexicon::names::transliterate_person(&e.name)
            } else {
                chancery_lexicon::names::transliterate(&e.name)
            };
        }
        if e.kind == EntityType::Per && doc.lang.as_deref() == Some("fr") {
            // (A Russian named in French is spelled the English way: "Sergueï Riabkov" is
            // Sergei Riabkov.)
            if let Some(name) = chancery_lexicon::names::russian_from_french(&e.name) {
                e.name = name;
            }
        }
        if e.kind == EntityType::Per {
            e.name = title_case_surnames(&e.name);
            // A person the base knows, named in a case or spelling its aliases lack: once in
            // the nominative and in Latin letters ("Ильхамом Алиевым" → Ilham Aliyev), the
            // known person, with their code.
            if e.actor.is_none()
                && let Some(i) = kb.person_by_key(&e.name)
            {
                let known = &kb.actors()[i];
                e.name = known.name.clone();
                e.actor = known.code_on(doc.published).map(str::to_owned);
            }
        } else if let Some(name) = family_name_first(kb, &e.name) {
            // ("Minister for Foreign Affairs HAYASHI Yoshimasa": capitals the tagger read as
            // an acronym's.)
            e.name = name;
            e.kind = EntityType::Per;
        }
    }
    entities.extend(unknown_entities);
    // (Two spellings that give one name are one entity: "Yoshimasa Hayashi", "HAYASHI
    // Yoshimasa".)
    let same_name: Vec<(usize, usize)> = (0..entities.len())
        .filter_map(|i| {
            let j = (0..i).find(|&j| {
                entities[j].name == entities[i].name && entities[j].kind == entities[i].kind
            })?;
            Some((i, j))
        })
        .collect();
    merge_joins(&mut entities, &same_name);
    join_opening_words(&mut entities);
    for b in state_bodies {
        let at = match entities.iter().position(|e| e.name == b.name) {
            Some(at) => at,
            None => {
                let known = kb.by_name(&b.name).map(|i| &kb.actors()[i]);
                entities.push(Entity {
                    name: b.name.clone(),
                    kind: EntityType::Org,
                    actor: known
                        .and_then(|a| a.code_on(doc.published).map(str::to_owned))
                        .or(b.code),
                    ..Entity::default()
                });
                entities.len() - 1
            }
        };
        add_mention(
            &mut entities[at],
            Place::Body,
            b.span,
            b.span.slice(&doc.text).to_owned(),
        );
    }
    add_speakers(doc, kb, &mut entities);
    titled_surnames_of_the_base(&doc.text, doc.published, kb, &mut entities);
    surnames_written_again(&doc.text, &mut entities);
    spelled_out_acronyms(&doc.text, &mut entities);
    join_head_words(&mut entities);
    join_patronymic_addresses(&mut entities);
    titled_unknown_persons(&doc.text, lang, doc.published, kb, &mut entities);
    // In order of first mention; entities named only in captions after those of the body.
    entities.sort_by_key(|e| {
        (
            e.mentions.first().copied().map_or(usize::MAX, |m| m.start),
            e.caption_mentions.first().copied(),
        )
    });
    doc.entities = entities;
}

/// Words before a person's name within which their title of office and their state stand,
/// named or by its adjective ("Pakistan's Prime Minister", "le ministre malien de la Défense",
/// "Министр иностранных дел Пакистана").
const TITLE_STATE_WORDS: usize = 6;

/// A person the base does not know, named after a title of office and their state ("Pakistan
/// President Mohammad Zia-Ul-Haq", "le président pakistanais X", "президента Пакистана X"):
/// the actor of that office's sector in that state (`title_sector`: "PAKGOV"). Only words after
/// another person named before count; not a former office (`is_former`).
fn titled_unknown_persons(
    text: &str,
    lang: Option<&str>,
    date: Option<PartialDate>,
    kb: &Kb,
    entities: &mut [Entity],
) {
    use chancery_lexicon::people::{is_former, title_sector};
    let Some(lex) = lang.and_then(chancery_lexicon::events::lexicon) else {
        return;
    };
    let state_code = |name: &str| -> Option<String> {
        let i = kb.lookup(name)?;
        let code = kb.actors()[i].code_on(date)?;
        (kb.state(code) == Some(i)).then(|| code.to_owned())
    };
    // Where states and persons are named in the text.
    let mut states: Vec<(Span, String)> = Vec::new();
    let mut persons: Vec<Span> = Vec::new();
    for e in entities.iter() {
        if e.kind == EntityType::Per {
            persons.extend(e.mentions.iter().copied());
        } else if let Some(code) = state_code(&e.name) {
            states.extend(e.mentions.iter().map(|&m| (m, code.clone())));
        }
    }
    for e in entities.iter_mut() {
        if e.kind != EntityType::Per || e.actor.is_some() {
            continue;
        }
        for m in &e.mentions {
            let Some(before) = text.get(..m.start) else {
                continue;
            };
            // The clause before the name, back to its punctuation.
            let clause = before
                .char_indices()
                .rfind(|&(_, c)| ".,;:\n()«»\"“”".contains(c))
                .map_or(0, |(i, c)| i + c.len_utf8())
                .max(
                    persons
                        .iter()
                        .filter(|p| p.end <= m.start)
                        .map(|p| p.end)
                        .max()
                        .unwrap_or(0),
                );
            let words: Vec<(usize, &str)> = before[clause..]
                .split_whitespace()
                .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
                .collect();
            let window = &words[words.len().saturating_sub(TITLE_STATE_WORDS)..];
            // (Not the object of a preposition: "Российский президент встретился с X", "met
            // with X": the title is the subject's.)
            if window.last().is_some_and(|(_, w)| {
                let w = w.to_lowercase();
                lex.is(&w, chancery_lexicon::events::Role::Preposition)
                    || lex.is(&w, chancery_lexicon::events::Role::With)
            }) {
                continue;
            }
            let from = window.first().map_or(m.start, |&(at, _)| at);
            if window.iter().any(|(_, w)| is_former(bare_word(w))) {
                continue;
            }
            let Some(sector) = window
                .iter()
                .rev()
                .find_map(|(_, w)| title_sector(bare_word(w)))
            else {
                continue;
            };
            let adjective = window.iter().find_map(|(_, w)| {
                let w = w.trim_end_matches(['\'', '’', 's']).to_lowercase();
                lex.inflected_adjective_country(&w).and_then(state_code)
            });
            let named = states
                .iter()
                .find(|(s, _)| from <= s.start && s.end <= m.start)
                .map(|(_, c)| c.clone());
            if let Some(state) = named.or(adjective) {
                e.actor = Some(format!("{state}{sector}"));
                break;
            }
        }
    }
}

/// A word without its punctuation or its elided article ("l'ambassadeur" → "ambassadeur").
fn bare_word(w: &str) -> &str {
    w.rsplit(['\'', '’'])
        .next()
        .unwrap_or(w)
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// The one person of the base, in office or known on `date`, a name of theirs of two or three
/// words opens or ends with one of `keys` (folded single words: "Price", "Xi"), if one only.
fn person_by_one_name(kb: &Kb, keys: &[String], date: Option<PartialDate>) -> Option<usize> {
    use chancery_lexicon::actors::fold;
    let mut people = kb.actors().iter().enumerate().filter(|(_, a)| {
        a.kind == EntityType::Per
            && a.known_on(date)
            && a.aliases.iter().any(|alias| {
                let words: Vec<&str> = alias.split_whitespace().collect();
                (2..=3).contains(&words.len())
                    && [words[0], words[words.len() - 1]]
                        .iter()
                        .any(|w| keys.contains(&fold(w)))
            })
    });
    match (people.next(), people.next()) {
        (Some((actor, _)), None) => Some(actor),
        _ => None,
    }
}

/// "President Xi", "председатель Си": a person the tagger found as one word after a title, whom
/// the text never names in full, is the one person of the base whose full name (in any of its
/// spellings) opens or ends with that word. Their entity takes the lone word's mentions.
fn titled_surnames_of_the_base(
    text: &str,
    date: Option<PartialDate>,
    kb: &Kb,
    entities: &mut Vec<Entity>,
) {
    use chancery_lexicon::actors::fold;
    // Where the text writes the word right after a title ("President Xi"; the tagger may
    // have read it alone elsewhere only: "Xi said").
    // (As written: "MR PRICE:" is the entity "Price" written "PRICE".)
    let titled = |e: &Entity| -> Vec<Span> {
        let mut forms: Vec<&str> = std::iter::once(e.name.as_str())
            .chain(e.surface.iter().map(String::as_str))
            .filter(|f| !f.contains(' '))
            .collect();
        forms.dedup();
        forms
            .iter()
            .flat_map(|f| text.match_indices(f))
            .filter(|&(at, form)| {
                let end = at + form.len();
                let before = text[..at].trim_end();
                let word = before
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                !text[..at].ends_with(is_word_char)
                    && !text[end..].starts_with(is_word_char)
                    && before.len() < at
                    && chancery_lexicon::nonentities::is_title_word(word)
            })
            .map(|(at, form)| Span::new(at, at + form.len()))
            .collect()
    };
    let mut found: Vec<(usize, usize, Vec<Span>)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityType::Per || e.actor.is_some() || e.name.contains([' ', '-', '.']) {
            continue;
        }
        let after_titles = titled(e);
        if after_titles.is_empty() {
            continue;
        }
        let keys: Vec<String> = std::iter::once(&e.name)
            .chain(&e.surface)
            .filter(|f| !f.contains(' '))
            .map(|f| fold(f))
            .collect();
        if let Some(actor) = person_by_one_name(kb, &keys, date) {
            found.push((i, actor, after_titles));
        }
    }
    for (i, actor, after_titles) in found.into_iter().rev() {
        let e = &mut entities[i];
        for m in after_titles {
            if !e.mentions.contains(&m) {
                add_mention(e, Place::Body, m, m.slice(text).to_owned());
            }
        }
        e.mentions.sort_by_key(|m| m.start);
        let a = &kb.actors()[actor];
        match entities.iter().position(|e| e.name == a.name) {
            Some(j) if j != i => {
                let lone = entities.remove(i);
                let j = if j > i { j - 1 } else { j };
                let e = &mut entities[j];
                for m in lone.mentions {
                    add_mention(e, Place::Body, m, m.slice(text).to_owned());
                }
                e.mentions.sort_by_key(|m| m.start);
                e.caption_mentions.extend(lone.caption_mentions);
            }
            _ => {
                let e = &mut entities[i];
                e.name.clone_from(&a.name);
                e.actor = a.code_on(date).map(str::to_owned);
            }
        }
    }
}

/// A name of one word that opens exactly one person's full name and ends none
/// ("Wang said" after "Wang Yi": a family name written first; "Donald" after "Donald Trump") is
/// that person: the lone word's mentions join the full name's entity.
fn join_opening_words(entities: &mut Vec<Entity>) {
    use chancery_lexicon::actors::fold;
    // The full names' first words (with how many open with each) and last words, once.
    let mut opening: HashMap<String, (usize, usize)> = HashMap::new();
    let mut ending: HashSet<String> = HashSet::new();
    for (j, e) in entities.iter().enumerate() {
        if e.kind != EntityType::Per || !e.name.contains(' ') {
            continue;
        }
        let mut ws = e.name.split(' ');
        if let Some(first) = ws.next() {
            let entry = opening.entry(fold(first)).or_insert((j, 0));
            entry.1 += 1;
        }
        if let Some(last) = ws.next_back() {
            ending.insert(fold(last));
        }
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (i, lone) in entities.iter().enumerate() {
        // (Whatever type the tagger gave it: a given name alone in an address, "Thank you,
        // Tony", is often read as a place.)
        if lone.actor.is_some()
            || lone.name.contains(' ')
            || lone.name.chars().count() < 2
            || !lone.name.starts_with(char::is_uppercase)
        {
            continue;
        }
        let key = fold(&lone.name);
        if let Some(&(j, 1)) = opening.get(&key)
            && !ending.contains(&key)
        {
            joins.push((i, j));
        }
    }
    merge_joins(entities, &joins);
}

/// Each `(lone, target)` pair: the lone word's entity joins the target's (its surfaces and
/// mentions), and is gone.
fn merge_joins(entities: &mut Vec<Entity>, joins: &[(usize, usize)]) {
    for &(i, j) in joins {
        let lone = std::mem::take(&mut entities[i]);
        let target = &mut entities[j];
        for s in lone.surface {
            if !target.surface.contains(&s) {
                target.surface.push(s);
            }
        }
        target.mentions.extend(lone.mentions);
        target.mentions.sort();
        target.caption_mentions.extend(lone.caption_mentions);
        target.caption_mentions.sort();
    }
    if !joins.is_empty() {
        entities.retain(|e| !e.name.is_empty());
    }
}

/// A person addressed by given name and patronymic ("Сергей Викторович", "Sergei Viktorovich"),
/// or by given name alone ("Я поздравил Владимира"), is the one person of the document named in
/// full with that given name ("Сергей Лавров", "Владимир Путин"): their entity takes the
/// address's surfaces and mentions. With none or several such people, the address stays as it
/// is.
fn join_patronymic_addresses(entities: &mut Vec<Entity>) {
    use chancery_lexicon::names::{is_patronymic, same_given_name};
    let given_of = |e: &Entity| -> Option<String> {
        if e.kind != EntityType::Per || e.actor.is_some() {
            return None;
        }
        let mut forms = e.surface.iter().chain(std::iter::once(&e.name));
        let lone = forms.clone().all(|s| !s.contains(' '));
        forms.find_map(|s| {
            let ws: Vec<&str> = s.split_whitespace().collect();
            (ws.len() == 2 && is_patronymic(ws[1]) || lone && ws.len() == 1)
                .then(|| ws[0].to_owned())
        })
    };
    let givens: Vec<Option<String>> = entities.iter().map(given_of).collect();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (i, given) in givens.iter().enumerate() {
        let Some(given) = given else {
            continue;
        };
        // (A given name alone is the same word in another case or spelling only: "Franks" is
        // not "Francis".)
        let lone = !entities[i].name.contains(' ');
        let same = |w: &str| {
            if lone {
                word_key(w) == word_key(given)
                    || chancery_lexicon::names::name_key(w)
                        == chancery_lexicon::names::name_key(given)
            } else {
                same_given_name(w, given)
            }
        };
        let mut named = entities.iter().enumerate().filter(|&(j, e)| {
            e.kind == EntityType::Per
                && givens[j].is_none()
                && e.surface.iter().chain(std::iter::once(&e.name)).any(|s| {
                    let ws: Vec<&str> = s.split_whitespace().collect();
                    ws.len() >= 2 && same(ws[0])
                })
        });
        if let (Some((j, _)), None) = (named.next(), named.next()) {
            joins.push((i, j));
        }
    }
    // The opening words of a longer name alone ("Jan Peter va rendre visite à Nicolas", "Kim
    // Jong"): the one person the document names in full with them.
    for (i, e) in entities.iter().enumerate() {
        let ws: Vec<&str> = e.name.split_whitespace().collect();
        if e.kind != EntityType::Per
            || e.actor.is_some()
            || ws.len() < 2
            || e.surface
                .iter()
                .any(|s| s.split_whitespace().count() != ws.len())
        {
            continue;
        }
        let mut named = entities.iter().enumerate().filter(|&(j, f)| {
            j != i
                && f.kind == EntityType::Per
                && f.surface.iter().chain(std::iter::once(&f.name)).any(|s| {
                    let fs: Vec<&str> = s.split_whitespace().collect();
                    fs.len() > ws.len()
                        && fs.iter().zip(&ws).all(|(a, b)| word_key(a) == word_key(b))
                })
        });
        if let (Some((j, _)), None) = (named.next(), named.next()) {
            joins.push((i, j));
        }
    }
    merge_joins(entities, &joins);
}

/// An organisation named by one word that opens or ends the written name of exactly one other
/// organisation of the document, known or not ("la Chambre" after "la Chambre de commerce
/// européenne", "la Commission" after "la Commission européenne", "the Council" after "the
/// Council of the European Union") is that organisation.
fn join_head_words(entities: &mut Vec<Entity>) {
    use chancery_lexicon::actors::fold;
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (i, lone) in entities.iter().enumerate() {
        if lone.kind != EntityType::Org
            || lone.actor.is_some()
            || lone.name.contains(' ')
            || lone.name.chars().count() < 4
        {
            continue;
        }
        let key = fold(&lone.name);
        let heads = |e: &Entity| {
            e.surface.iter().any(|s| {
                let words: Vec<&str> = s.split_whitespace().collect();
                words.len() >= 2 && (fold(words[0]) == key || fold(words[words.len() - 1]) == key)
            })
        };
        let mut known = entities
            .iter()
            .enumerate()
            .filter(|(j, e)| *j != i && e.kind == EntityType::Org)
            .filter(|(_, e)| heads(e));
        if let (Some((j, _)), None) = (known.next(), known.next()) {
            joins.push((i, j));
        }
    }
    merge_joins(entities, &joins);
}

/// A person's name with its surname in capitals, as French and official texts write it
/// ("Jan Peter BALKENENDE", "Jean-Louis DEBRÉ"), in the usual case: "Jan Peter Balkenende". A
/// name all in capitals is left alone (a label or an acronym decides nothing).
pub(crate) fn title_case_surnames(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    // (A regnal number after the name stays as written: "John Paul II", not "XI Jinping".)
    let last = words.last().copied().unwrap_or_default();
    let regnal = words.len() > 1 && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
            && !(regnal && std::ptr::eq(w, last))
    };
    if words.len() < 2 || words.iter().all(|w| caps(w)) || !words.iter().any(|w| caps(w)) {
        return name.to_owned();
    }
    // "HAYASHI Yoshimasa", "KISHIDA Fumio": Japan's official English writes the family name
    // first, in capitals; the usual order puts it last. Only a romanised Japanese name reads so
    // (a given name of four letters or more ending in a vowel, letters of the Hepburn
    // romanisation): "XI Jinping", "WANG Yi", "MOON Jae-in" keep their order.
    if let [family, given] = words[..]
        && caps(family)
        && !caps(given)
        && hepburn(family)
        && hepburn(given)
        && given.chars().count() >= 4
        && given.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{given} {}", crate::turns::titlecase(family));
    }
    words
        .iter()
        .map(|w| {
            if caps(w) {
                w.split('-')
                    .map(crate::turns::titlecase)
                    .collect::<Vec<String>>()
                    .join("-")
            } else {
                (*w).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A two-word name tagged as a body or place that is a Japanese person's name written family
/// name first in capitals ("HAYASHI Yoshimasa", see [`title_case_surnames`]), in the usual
/// order; `None` when either word is a name the base knows ("OSCE Ukraine").
fn family_name_first(kb: &Kb, name: &str) -> Option<String> {
    let (family, given) = name.split_once(' ')?;
    let reordered = title_case_surnames(name);
    (reordered.starts_with(given)
        && !given.contains(' ')
        && kb.lookup(family).is_none()
        && kb.lookup(given).is_none())
    .then_some(reordered)
}

/// Whether a word is written only with the letters of Japanese in the Hepburn romanisation (no
/// l, q, v, x; long vowels may carry a macron).
fn hepburn(word: &str) -> bool {
    word.chars().all(|c| {
        let c = c.to_ascii_lowercase();
        "abcdefghijkmnoprstuwyzāēīōū".contains(c)
    })
}

/// A name written in Cyrillic and followed by its original spelling in parentheses ("Петер
/// Кристенсен (Peter Christensen)") takes that spelling as its name; an entity the tagger made of
/// the parenthesis joins it.
fn original_names(text: &str, entities: &mut Vec<Entity>) {
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for i in 0..entities.len() {
        if !chancery_lexicon::names::has_cyrillic(&entities[i].name) {
            continue;
        }
        let original = entities[i].mentions.iter().find_map(|m| {
            let rest = text[m.end..].strip_prefix(" (")?;
            let close = rest.find(')')?;
            let inner = rest[..close].trim();
            let words: Vec<&str> = inner.split_whitespace().collect();
            let latin_name = (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| {
                            (c.is_alphabetic() && !('\u{400}'..='\u{4ff}').contains(&c))
                                || c == '-'
                                || c == '\''
                        })
                });
            let start = m.end + 2 + (rest.len() - rest.trim_start().len());
            latin_name.then(|| (inner.to_owned(), Span::new(start, start + inner.len())))
        });
        let Some((name, span)) = original else {
            continue;
        };
        if let Some(j) = entities
            .iter()
            .position(|e| e.mentions.iter().any(|m| m.overlaps(span)))
            .filter(|&j| j != i)
        {
            joined.push((j, i));
        }
        let e = &mut entities[i];
        if !e.surface.contains(&name) {
            e.surface.push(name.clone());
        }
        e.name = name;
    }
    // The parenthesis's own entity: its mentions go to the Cyrillic one.
    joined.sort_by_key(|&(j, _)| std::cmp::Reverse(j));
    for (j, i) in joined {
        if j >= entities.len() || i >= entities.len() {
            continue;
        }
        let from = entities.remove(j);
        let i = if j < i { i - 1 } else { i };
        let e = &mut entities[i];
        e.mentions.extend(from.mentions);
        e.mentions.sort();
        for s in from.surface {
            if !e.surface.contains(&s) {
                e.surface.push(s);
            }
        }
    }
}

/// "Организация по безопасности и сотрудничеству в Европе (ОБСЕ)", "Organisation du traité de
/// l'Atlantique nord (OTAN)": a name spelled out before its acronym in parentheses — the
/// initials of its words (short lowercase words left out) spell the acronym — is a mention of
/// the acronym's entity, and the names read inside it ("Europe") are not mentions of their own.
fn spelled_out_acronyms(text: &str, entities: &mut Vec<Entity>) {
    let mut long: Vec<(usize, Span)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            let acronym = m.slice(text);
            let letters = acronym.chars().count();
            let bracketed = text[..m.start].ends_with('(') && text[m.end..].starts_with(')');
            if !bracketed
                || !(2..=6).contains(&letters)
                || !acronym
                    .chars()
                    .all(|c| c.is_uppercase() && c.is_alphabetic())
            {
                continue;
            }
            if let Some(span) = spelled_out(text, m.start - 1, acronym) {
                long.push((i, span));
            }
        }
    }
    if long.is_empty() {
        return;
    }
    for e in entities.iter_mut() {
        e.mentions.retain(|m| {
            !long
                .iter()
                .any(|(_, l)| l.start <= m.start && m.end <= l.end)
        });
    }
    for &(i, span) in &long {
        let e = &mut entities[i];
        e.mentions.push(span);
        e.mentions.sort();
        let surface = span.slice(text).to_owned();
        if !e.surface.contains(&surface) {
            e.surface.push(surface);
        }
    }
    entities.retain(|e| !e.mentions.is_empty() || !e.caption_mentions.is_empty());
}

/// The words right before `paren` (the opening parenthesis) whose initials spell `acronym`:
/// every word counts but short lowercase ones ("по", "de", "for"), which may count or not
/// ("Communauté économique des États de l'Afrique de l'Ouest (CEDEAO)"); their span.
fn spelled_out(text: &str, paren: usize, acronym: &str) -> Option<Span> {
    let fold = |s: &str| chancery_lexicon::actors::fold(&chancery_lexicon::names::unaccented(s));
    let before = text[..paren].trim_end();
    let want: Vec<char> = fold(acronym).chars().collect();
    // Words backwards (at most three per letter), up to a mark that ends a phrase.
    let mut words: Vec<(usize, char, bool)> = Vec::new();
    let mut end = before.len();
    while words.len() < 3 * want.len() && end > 0 {
        let from = before[..end]
            .rfind(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[from..end];
        let Some(first) = word.chars().next() else {
            break;
        };
        if !first.is_alphabetic() || word.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
        let initial = fold(&first.to_string()).chars().next()?;
        let short = !first.is_uppercase() && word.chars().count() <= 3;
        words.push((from, initial, short));
        end = before[..from]
            .trim_end_matches(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .len();
    }
    words.reverse();
    // The shortest run of words, ending right before the parenthesis and opening with a
    // capital, that spells the acronym.
    (0..words.len()).rev().find_map(|k| {
        let opens = text[words[k].0..].starts_with(char::is_uppercase);
        (opens && spells(&words[k..], &want)).then(|| Span::new(words[k].0, before.len()))
    })
}

/// Whether `words` (initial, short) spell `letters`: each word gives its initial, a short word
/// may give none; the first word gives the first letter.
fn spells(words: &[(usize, char, bool)], letters: &[char]) -> bool {
    match (words.split_last(), letters.split_last()) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some(((_, initial, short), rest)), _) => {
            letters
                .split_last()
                .is_some_and(|(l, ls)| l == initial && spells(rest, ls))
                || (*short && !rest.is_empty() && spells(rest, letters))
        }
    }
}

fn add_mention(e: &mut Entity, place: Place, span: Span, surface: String) {
    match place {
        Place::Body => e.mentions.push(span),
        Place::Caption(i) => e.caption_mentions.push((i, span)),
    }
    if !e.surface.contains(&surface) {
        e.surface.push(surface);
    }
}

/// Mentions of the base's actors and the tagger's other names in one text.
/// A person of the base named by one word ("Carney") only in texts of their time
/// ([`chancery_lexicon::actors::Actor::known_on`]), and in an undated text only when no other
/// person of the base bears that surname; otherwise the word names a person the base does not
/// know.
fn surnames_of_their_time(text: &str, date: Option<PartialDate>, kb: &Kb, found: &mut Found) {
    let mut other: Vec<(Span, EntityType)> = Vec::new();
    found.hits.retain(|h| {
        let actor = &kb.actors()[h.actor];
        let word = h.span.slice(text);
        let keep = actor.kind != EntityType::Per
            || word.contains([' ', '.', '\u{a0}'])
            || actor.known_on(date) && (date.is_some() || !kb.surname_of_another(h.actor, word));
        if !keep {
            other.push((h.span, EntityType::Per));
        }
        keep
    });
    if !other.is_empty() {
        found.unknown.extend(other);
        found.unknown.sort_by_key(|(s, _)| *s);
    }
}

fn find(text: &str, kb: &Kb, model: Option<&chancery_ner::Model>, lang: Option<&str>) -> Found {
    let urls = url_spans(text);
    let outside_urls = |s: Span| !urls.iter().any(|u| u.overlaps(s));
    let folded = chancery_lexicon::actors::fold(text);
    // A nationality word after a determiner of persons, or before a name, is a person, not a
    // place, even where another language names the country so ("un Syrien", "l'Australien Nick
    // Kyrgios": German for Syria and Australia); "la Suisse", "en Suisse" stay Switzerland.
    let demonym = |h: &Hit| {
        let w = h.span.slice(text);
        if w.contains(' ') || !chancery_lexicon::nonentities::is_listed_demonym(w) {
            return false;
        }
        // The word before, an elided article glued to the name included ("l'Australien").
        let before = text[text.floor_char_boundary(h.span.start.saturating_sub(24))..h.span.start]
            .trim_end_matches([' ', '\u{a0}']);
        let word_before = match before.strip_suffix(['\'', '’']) {
            Some(b) => format!(
                "{}'",
                b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("")
            ),
            None => before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .to_owned(),
        };
        let person_before =
            chancery_lexicon::nonentities::is_person_determiner(&word_before.to_lowercase());
        // "l'Australien Nick Kyrgios": a name in apposition after it.
        let name_after = text[h.span.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        person_before || name_after
    };
    let mut hits: Vec<Hit> = kb
        .find_in(text, &folded)
        .into_iter()
        .filter(|h| outside_urls(h.span) && !demonym(h))
        .collect();
    // A Russian name in another case that opens a longer known name with the lowercase word
    // after it is that name: "Курской области" is Kursk Oblast, not Kursk.
    for h in &mut hits {
        if !chancery_lexicon::names::has_cyrillic(h.span.slice(text)) {
            continue;
        }
        if let Some(next) = next_lowercase_word(text, h.span.end)
            && let Some(actor) = kb.lookup_inflected(&text[h.span.start..next.end])
            && actor != h.actor
        {
            *h = Hit {
                span: Span::new(h.span.start, next.end),
                actor,
            };
        }
    }

    // A capitalised Russian adjective right before a known name may open a longer known name
    // in the same case: "Латинской Америке" is Latin America, not the Americas.
    hits.sort_by_key(|h| h.span);
    for i in 0..hits.len() {
        let h = hits[i];
        if !chancery_lexicon::names::has_cyrillic(h.span.slice(text)) {
            continue;
        }
        let Some(before) = text[..h.span.start].strip_suffix(' ') else {
            continue;
        };
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let start = h.span.start - 1 - word.len();
        if word.is_empty()
            || !word.starts_with(char::is_uppercase)
            || !chancery_lexicon::nonentities::is_russian_adjective(word)
            || i > 0 && hits[i - 1].span.end > start
        {
            continue;
        }
        if let Some(actor) = kb.lookup_inflected(&text[start..h.span.end])
            && actor != h.actor
        {
            hits[i] = Hit {
                span: Span::new(start, h.span.end),
                actor,
            };
        }
    }

    // Person names the alias list lacks, by key ("Sergueï Tsivilev" written another way).
    // (The hits are still sorted: a hit above only grew leftwards up to the one before it.)
    let extra: Vec<Hit> = kb
        .find_unlisted_people(text, &folded)
        .into_iter()
        .filter(|h| !overlaps_any(&hits, h.span) && outside_urls(h.span))
        .collect();
    hits.extend(extra);
    hits.sort_by_key(|h| h.span);

    // Names the base does not know, from the tagger; a person it knows under another spelling
    // resolves by key.
    let mut unknown: Vec<(Span, EntityType)> = Vec::new();
    let mut lowercase_keys: Option<HashSet<std::borrow::Cow<'_, str>>> = None;
    // Whether each line holding a tagged name is a title-case headline, by the line's start.
    let mut title_case_lines: HashMap<usize, bool> = HashMap::new();
    // Given names the text gives, after a title, to someone who shares a known person's surname.
    let mut other_given: HashSet<String> = HashSet::new();
    if let Some(model) = model {
        for (mut span, mut kind) in recognise::names(model, text, &urls) {
            // A one-letter word opening a line is a transcript's mark ("Q Madam Chancellor, …"),
            // not part of a name.
            let line_start = span.start == 0 || text[..span.start].ends_with('\n');
            let one_letter = text[span.start..span.end]
                .split_once(' ')
                .filter(|(w, _)| w.chars().count() == 1);
            if line_start && let Some((w, _)) = one_letter {
                span = Span::new(span.start + w.len() + 1, span.end);
            }
            // A tagged span that opens with a digit is a time or a figure the tagger took for a
            // name ("18 P.M. CST"), never a name the base lacks.
            if text[span.start..span.end].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            // Titles alone ("Madam Chancellor", "Mr. President") name nobody; nor a title
            // after other words ("Principal Deputy Spokesperson"): a name never ends with one,
            // nor with a common noun.
            if kind == EntityType::Per
                && (span
                    .slice(text)
                    .split([' ', '-'])
                    .filter(|w| !w.is_empty())
                    .all(chancery_lexicon::nonentities::is_title_word)
                    || span.slice(text).rsplit(' ').next().is_some_and(|w| {
                        chancery_lexicon::nonentities::is_title_word(w)
                            // (Nor with a common noun: "Prime Minister of the Kingdom".)
                            || chancery_lexicon::nonentities::is_common_noun(w)
                    }))
            {
                continue;
            }
            // A Russian common noun written with a capital, as treaties and orders write
            // "Сторона", "Комитет", alone or with adjectives ("Таджикистанской Стороне",
            // "Стороне недвижимого имущества Стороны"): no name, unless the base knows it.
            if chancery_lexicon::names::has_cyrillic(span.slice(text))
                && {
                    let capitals: Vec<&str> = span
                        .slice(text)
                        .split(' ')
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .collect();
                    capitals
                        .iter()
                        .any(|w| chancery_lexicon::nonentities::is_common_noun(w))
                        && capitals.iter().all(|w| {
                            chancery_lexicon::nonentities::is_common_noun(w)
                                || chancery_lexicon::nonentities::is_russian_adjective(w)
                        })
                }
                && overlapping(&hits, span).is_empty()
            {
                continue;
            }
            // A person's name the tagger began with the place before it ("Ambassador to
            // Havana Viktor Koronelli"): the place stays a place, the person is the rest. In
            // Russian, the organisation in the genitive before a holder's name too, whatever
            // the tagger called the whole ("экс-сопредседатель Минской группы Мэтью Брайза").
            // In a line written in title case ("United States Welcomes Truce Extension"), the
            // words at the ends of a tagged name that the text writes in lower case elsewhere
            // are not part of it; a name made of such words only is none.
            let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let title_case = *title_case_lines
                .entry(line_start)
                .or_insert_with(|| title_case_line(text, line_start));
            if title_case {
                let keys = lowercase_keys.get_or_insert_with(|| lowercase_word_keys(text, &folded));
                let common = |w: &str| {
                    keys.contains(
                        chancery_lexicon::inflected::key(&chancery_lexicon::actors::fold(w))
                            .as_str(),
                    )
                };
                let words: Vec<(usize, &str)> = span
                    .slice(text)
                    .split(' ')
                    .scan(span.start, |at, w| {
                        let start = *at;
                        *at += w.len() + 1;
                        Some((start, w))
                    })
                    .collect();
                let first = words.iter().position(|(_, w)| !common(w));
                let last = words.iter().rposition(|(_, w)| !common(w));
                match (first, last) {
                    (Some(a), Some(b)) => {
                        span = Span::new(words[a].0, words[b].0 + words[b].1.len());
                    }
                    _ => continue,
                }
            }
            let cyrillic = chancery_lexicon::names::has_cyrillic(span.slice(text));
            if let Some(h) = overlapping(&hits, span).iter().find(|h| {
                let before = kb.actors()[h.actor].kind;
                h.span.start == span.start
                    && h.span.end < span.end
                    && (kind == EntityType::Per && before == EntityType::Loc
                        || cyrillic && matches!(before, EntityType::Loc | EntityType::Org))
            }) {
                let rest = text[h.span.end..span.end].trim_start();
                let words = rest.split_whitespace().count();
                if (2..=4).contains(&words)
                    && rest
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                {
                    span = Span::new(span.end - rest.len(), span.end);
                    kind = EntityType::Per;
                }
            }
            // A person the base knows by surname, the tagger reading a given name before it
            // ("Dimitri Peskov"): the mention is the whole name.
            if kind == EntityType::Per
                && let Some(i) = overlapping(&hits, span).iter().position(|h| {
                    h.span.end == span.end
                        && span.start < h.span.start
                        && kb.actors()[h.actor].kind == EntityType::Per
                })
            {
                let i = i + hits.partition_point(|h| h.span.end <= span.start);
                let before = Span::new(span.start, hits[i].span.start);
                let given = before.slice(text).split_whitespace();
                if given
                    .clone()
                    .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',']))
                    && given.clone().count() <= 2
                    && !overlaps_any(&hits, before)
                {
                    // ("Ivan Lavrov", "Hunter Biden": another given name, another person, whom
                    // the base does not know.)
                    // A word after a title is a given name even where the base knows no one so
                    // called ("First Lady Jill Biden").
                    let last = given.clone().next_back().unwrap_or("");
                    let titled = text[..before.start]
                        .split_whitespace()
                        .next_back()
                        .into_iter()
                        .chain(given.clone())
                        .rev()
                        .nth(1)
                        .is_some_and(chancery_lexicon::people::is_name_title);
                    if (kb.is_first_name(last) || titled || other_given.contains(last))
                        && !given_name_fits(&kb.actors()[hits[i].actor], last)
                    {
                        if titled {
                            other_given.insert(last.to_string());
                        }
                        hits.remove(i);
                    } else {
                        hits[i].span = span;
                        continue;
                    }
                }
            }
            // A place the base knows inside a longer name of capitalised words is part of that
            // name: "Air France", "Île-de-France", "France Info" are not France. (Not in
            // Cyrillic: there a place inside a name stands in the genitive and is a referent of
            // its own, "МИД Литвы".)
            let name = span.slice(text);
            let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
            let inside = |h: &Hit| span.contains(h.span) && span != h.span;
            let covered = overlapping(&hits, span);
            // So is one at the end of an organisation's name that opens with a capital
            // ("Orchestre symphonique de Vienne", "Fédération de football du Burundi").
            let capitalised_name = (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) || w.chars().count() <= 2
                });
            // And a place that ends a longer place or organisation the tagger read ("Place
            // d'Italie", "15e arrondissement de Paris", "université de Colombia").
            let ends_longer = matches!(kind, EntityType::Org | EntityType::Loc)
                && (2..=8).contains(&words.len())
                && covered.len() == 1
                && covered[0].span.end == span.end
                && (name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || kind == EntityType::Org && words.len() >= 3);
            let organisation = kind == EntityType::Org
                && (3..=8).contains(&words.len())
                && name.starts_with(char::is_uppercase);
            // (Not a description the tagger took for a name, "The government of Iraq": its
            // place stays.)
            // (Nor the state of a body named whole, "Gouvernement de la République française":
            // that is the body of that state, read below.)
            if !covered.is_empty()
                && (capitalised_name || organisation || ends_longer)
                && !chancery_lexicon::nonentities::has_common_words(name, lang)
                && !bodies::names_whole(name, lang, kb)
                && !name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
                && covered
                    .iter()
                    .all(|h| inside(h) && kb.actors()[h.actor].kind == EntityType::Loc)
            {
                let lo = hits.partition_point(|h| h.span.end <= span.start);
                let hi = lo + overlapping(&hits, span).len();
                hits.drain(lo..hi);
            }
            if overlaps_any(&hits, span) {
                continue;
            }

            // A capitalised Russian adjective the tagger took alone, with the lowercase noun
            // after it, is a known name in another case: "Черного моря", "Каспийского моря".
            if !span.slice(text).contains(' ')
                && let Some(next) = next_lowercase_word(text, span.end)
            {
                if let Some(actor) = kb.lookup_inflected(&text[span.start..next.end]) {
                    let span = Span::new(span.start, next.end);
                    if !overlaps_any(&hits, span) {
                        hits.insert(hits.partition_point(|h| h.span < span), Hit { span, actor });
                    }
                    continue;
                }
                // Unknown, it is the cut-off start of a longer name ("Верховным судом"), which
                // alone names nothing.
                if chancery_lexicon::nonentities::is_russian_adjective(span.slice(text)) {
                    continue;
                }
            }
            let name = span.slice(text);
            // A known person under another spelling; a known name in another Russian case
            // ("Северную Корею", "Международного уголовного суда", a place: "Косове").
            match (kind == EntityType::Per)
                .then(|| kb.person_by_key(name))
                .flatten()
                // ("Б.Джонсон": the one known person so named.)
                .or_else(|| kb.person_by_initials(name))
                .or_else(|| {
                    // (Or one Cyrillic word of any kind the tagger gave: "Делегация
                    // Приднестровья" read as a person's name is Transnistria.)
                    (name.contains(' ')
                        || kind == EntityType::Loc
                        || chancery_lexicon::names::has_cyrillic(name))
                    .then(|| kb.lookup_inflected(name))
                    .flatten()
                })
                // ("Royaume du Maroc", "Kingdom of Morocco": the state.)
                .or_else(|| {
                    let short = chancery_lexicon::nonentities::after_state_form(name)?;
                    let i = kb.lookup(short).or_else(|| kb.lookup_inflected(short))?;
                    (kb.actors()[i].kind == EntityType::Loc).then_some(i)
                }) {
                Some(actor) => {
                    hits.insert(hits.partition_point(|h| h.span < span), Hit { span, actor })
                }
                // "Хельсинского Заключительного", "Генеральной Ассамблее": a Russian name the
                // tagger read as a person's but whose first word is an adjective form is no
                // person's (given names end in "-ий", "-ей" at most: "Дмитрий", "Сергей").
                // (An adjective form alone, of any kind, names nothing: "Высоких".)
                None if (kind == EntityType::Per || !name.contains(' '))
                    && adjective_first(name) => {}
                // "Организации", "Концепции" opening a sentence: one Cyrillic word the text
                // also writes in lower case (in any case ending) is a common noun. So is one
                // word of a place or body in any script ("the Department", "Homeland" in a
                // title); a surname may be a common word too ("Price").
                // (Not the first word of a known name the text writes: "la Cour" after "la
                // Cour pénale internationale" is that court.)
                None if !name.contains([' ', '-'])
                    && (chancery_lexicon::names::has_cyrillic(name)
                        || kind != EntityType::Per
                            && !hits.iter().any(|h| {
                                h.span
                                    .slice(text)
                                    .strip_prefix(name)
                                    .is_some_and(|r| r.starts_with(' '))
                            }))
                    && lowercase_keys
                        .get_or_insert_with(|| lowercase_word_keys(text, &folded))
                        .contains(
                            chancery_lexicon::inflected::key(&chancery_lexicon::actors::fold(name))
                                .as_str(),
                        ) => {}
                None => unknown.push((span, kind)),
            }
        }
    }
    Found {
        hits,
        unknown,
        folded,
    }
}

/// Most bytes of a line read as a headline: a page flattened onto one line is none.
const HEADLINE_BYTES: usize = 400;

/// Whether the line starting at byte `start` is written in title case: at least four words of
/// four letters or more, nearly all capitalised and not in capitals (a headline, "United States
/// Welcomes Truce Extension").
fn title_case_line(text: &str, start: usize) -> bool {
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if end - start > HEADLINE_BYTES {
        return false;
    }
    let long: Vec<&str> = text[start..end]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().count() >= 4)
        .collect();
    // (Title case, not capitals: "WESTERN EUROPEAN & OTHERS GROUP" is a name in a table.)
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
        .count();
    long.len() >= 4 && capitalised * 10 >= long.len() * 9
}

/// The keys ([`chancery_lexicon::inflected::key`]) of the words `text` writes in lower case,
/// borrowed from `folded` where they can be.
fn lowercase_word_keys<'f>(text: &str, folded: &'f str) -> HashSet<std::borrow::Cow<'f, str>> {
    chancery_lexicon::inflected::words_iter(folded)
        .filter(|(r, _)| {
            text[r.clone()]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        })
        .map(|(_, k)| k)
        .collect()
}

/// Whether the first word of a Cyrillic name is an adjective form that no given name has (a
/// listed given name is none: "Максим", "Вадим").
fn adjective_first(name: &str) -> bool {
    let first = name.split([' ', '\u{a0}']).next().unwrap_or(name);
    let lower = first.to_lowercase();
    chancery_lexicon::nonentities::is_russian_adjective(first)
        && !["ий", "ей", "ие", "ия"].iter().any(|e| lower.ends_with(e))
        && !chancery_lexicon::names::is_given_name_ru(first)
}

/// Every whole-word role phrase of `folded` (the [`fold`](chancery_lexicon::actors::fold) of
/// `text`) with the actor holding that office on `date` — else the person the people list gives
/// that role — when the actor base knows them, and not followed by a nationality that makes it
/// another office. Besides the listed phrases, their templates
/// ([`chancery_lexicon::roles::template_roles`]): a Russian phrase in another case, a listed
/// phrase with another country ("Президенту Франции", "le président américain").
fn role_phrase_holders(
    text: &str,
    folded: &str,
    date: Option<PartialDate>,
    kb: &Kb,
) -> Vec<(Span, usize)> {
    // With no date to tell the holder, the one of them the text names in full ("пан ги мун"
    // in an undated dispatch: "генсек оон" is Ban Ki-moon, not today's Secretary-General).
    let named_in_full = |name: &str| {
        kb.by_name(name).is_some_and(|i| {
            kb.actors()[i].aliases.iter().any(|a| {
                let a = chancery_lexicon::actors::fold(a);
                a.contains(' ')
                    && folded.match_indices(a.as_str()).any(|(at, _)| {
                        !folded[..at].chars().next_back().is_some_and(is_word_char)
                            && !folded[at + a.len()..]
                                .chars()
                                .next()
                                .is_some_and(is_word_char)
                    })
            })
        })
    };
    let holder = |role: &str| {
        date.is_none()
            .then(|| offices::holders(role).find(|h| named_in_full(h)))
            .flatten()
            .or_else(|| offices::holder(role, date))
            .or_else(|| {
                people()
                    .iter()
                    .find(|p| p.role.as_deref() == Some(role))
                    .map(|p| p.name.as_str())
            })
            .and_then(|name| kb.by_name(name))
    };
    let mut found: Vec<(Span, usize)> = ROLES
        .find_iter(folded)
        .filter_map(|m| {
            let actor = holder(&role_phrases()[m.pattern().as_usize()].1)?;
            let span = Span::new(m.start(), m.end());
            let whole = !text[..span.start]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
                && !text[span.end..].chars().next().is_some_and(is_word_char);
            whole.then_some((span, actor))
        })
        .collect();
    for (range, role) in chancery_lexicon::roles::template_roles(folded, kb, date) {
        let span = Span::new(range.start, range.end);
        if found
            .iter()
            .any(|(s, _)| s.start < span.end && span.start < s.end)
        {
            continue;
        }
        // (With no date, only a holder the text names in full: whoever holds the office today
        // is a guess for a text of unknown date.)
        let actor = match date {
            Some(_) => holder(&role),
            None => offices::holders(&role)
                .find(|h| named_in_full(h))
                .and_then(|name| kb.by_name(name)),
        };
        if let Some(actor) = actor {
            found.push((span, actor));
        }
    }
    found.sort_by_key(|(s, _)| *s);
    found.retain(|(span, _)| !qualified_after(text, *span));
    found
}

/// Every whole-word role phrase of `text` ("le président russe", "the Russian foreign
/// minister") with its office holder on `date` (see [`role_phrase_holders`]). Unlike the entity
/// mentions, the person need not be named elsewhere in the document; a phrase followed by a name
/// is left to the name.
pub fn role_holders(text: &str, date: Option<PartialDate>, kb: &Kb) -> Vec<(Span, usize)> {
    let folded = chancery_lexicon::actors::fold(text);
    unnamed_roles(text, role_phrase_holders(text, &folded, date, kb))
}

/// [`role_holders`] of a document, from the role phrases the entity stage read when it has run
/// (`Document::role_phrases`).
pub fn document_role_holders(doc: &Document, kb: &Kb) -> Vec<(Span, usize)> {
    match &doc.role_phrases {
        Some(phrases) => unnamed_roles(
            &doc.text,
            phrases
                .iter()
                .filter_map(|(span, name)| Some((*span, kb.by_name(name)?)))
                .collect(),
        ),
        None => role_holders(&doc.text, doc.published, kb),
    }
}

/// The role phrases not followed by a name.
fn unnamed_roles(text: &str, holders: Vec<(Span, usize)>) -> Vec<(Span, usize)> {
    holders
        .into_iter()
        .filter(|(span, _)| {
            // "le président russe Vladimir Poutine": the name that follows is the mention.
            !text[span.end..]
                .trim_start_matches([' ', ','])
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .collect()
}

/// Whether a role phrase is followed by a nationality that makes it another office: "le Président
/// de la République algérienne" is not France's president.
fn qualified_after(text: &str, span: Span) -> bool {
    text[span.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .is_some_and(chancery_lexicon::nonentities::is_demonym)
}

/// Role phrases ("le président russe", "le chef de la diplomatie russe") standing for a person
/// the document also names (in its body or a caption), unless the name follows the phrase.
fn add_role_mentions(holders: &[(Span, usize)], named: &HashSet<usize>, found: &mut Found) {
    let hits = &found.hits;
    let mut roles: Vec<Hit> = Vec::new();
    for &(span, actor) in holders {
        // "le président russe Vladimir Poutine": the name right after is the mention.
        let next = hits.partition_point(|h| h.span.start < span.end);
        let named_next = hits.get(next).is_some_and(|h| h.span.start <= span.end + 2);
        // (The tagger's names are in text order.)
        let u = found.unknown.partition_point(|(u, _)| u.start < span.end);
        let unknown_next = found
            .unknown
            .get(u)
            .is_some_and(|(u, _)| u.start <= span.end + 2);
        if named.contains(&actor) && !named_next && !unknown_next && !overlaps_any(hits, span) {
            roles.push(Hit { span, actor });
        }
    }
    found.hits.extend(roles);
    found.hits.sort_by_key(|h| h.span);
    // A role phrase may cover a tagged name ("Président russe"): the role wins.
    let hits = &found.hits;
    found.unknown.retain(|(s, _)| !overlaps_any(hits, *s));
}

/// Speakers the base does not know are people too; a name the tagger found for one takes the
/// speaker's name.
fn add_speakers(doc: &Document, kb: &Kb, entities: &mut Vec<Entity>) {
    let text = doc.text.as_str();
    for s in &doc.speakers {
        // "Вопрос:", "Q:": a label that names nobody.
        if [
            crate::turns::ANONYMOUS_QUESTIONER,
            crate::turns::ANONYMOUS_REMARK,
        ]
        .contains(&s.name.as_str())
        {
            continue;
        }
        // "MODERATOR:", "THE PRESIDENT:": a role alone names nobody the text can be searched by.
        if s.name
            .split_whitespace()
            .all(chancery_lexicon::nonentities::is_title_word)
        {
            continue;
        }
        if entities
            .iter()
            .any(|e| e.name == s.name && e.actor.is_some())
        {
            continue;
        }
        // A journalist takes the code of the outlet they speak for (Izvestia: RUSMED).
        let code = s
            .affiliation
            .as_deref()
            .and_then(|a| kb.lookup(a))
            .and_then(|i| kb.actors()[i].code_on(doc.published))
            .map(str::to_owned);
        let mut mentions: Vec<Span> = doc
            .turns
            .iter()
            .filter(|t| t.speaker == s.name)
            .filter_map(|t| t.label)
            .collect();
        for m in &mut mentions {
            // The label without its colon and role: the name as written.
            let label = m.slice(text).trim_end_matches([':', ' ']);
            let name_end = label.split(',').next().unwrap_or(label).trim_end();
            *m = Span::new(m.start, m.start + name_end.len());
        }
        let surface = s
            .surface
            .iter()
            .map(|x| x.split(',').next().unwrap_or(x).trim().to_owned())
            .fold(Vec::new(), |mut v, x| {
                if !v.contains(&x) {
                    v.push(x);
                }
                v
            });
        // The entity the label itself is a mention of ("Ж.Ширак:" found in the base as Jacques
        // Chirac), else one of the same name.
        let labelled = |e: &Entity| {
            e.kind == EntityType::Per
                && (e
                    .mentions
                    .iter()
                    .any(|m| mentions.iter().any(|l| l.overlaps(*m)))
                    || e.surface.iter().any(|f| surface.contains(f)))
        };
        // Of several persons the label's name may be ("Castro:" where the text names Raúl
        // and Fidel Castro), the one the text names most often.
        let at = entities.iter().position(labelled).or_else(|| {
            entities.iter().position(|e| e.name == s.name).or_else(|| {
                (0..entities.len())
                    .filter(|&i| {
                        let e = &entities[i];
                        e.kind == EntityType::Per && same_person(&e.name, &s.name)
                    })
                    .max_by_key(|&i| (entities[i].mentions.len(), std::cmp::Reverse(i)))
            })
        });
        if let Some(e) = at.map(|i| &mut entities[i]) {
            // The speaker's name, unless it is the written Cyrillic of a name already in Latin,
            // or initials ("Zh. Shirak" of "Ж.Ширак:") where the text writes the name in full.
            let initials = |n: &str| {
                n.split_whitespace()
                    .any(|w| w.ends_with('.') && w.chars().count() <= 4)
            };
            // (Nor a surname alone, "MR MILLER:", where the text names "Matthew Miller".)
            let surname_of = |full: &str, one: &str| {
                !one.contains(' ')
                    && full.rsplit(' ').next().is_some_and(|last| {
                        full.contains(' ')
                            && chancery_lexicon::actors::fold(last)
                                == chancery_lexicon::actors::fold(one)
                    })
            };
            if e.actor.is_none()
                && (!chancery_lexicon::names::has_cyrillic(&s.name)
                    || chancery_lexicon::names::has_cyrillic(&e.name))
                && (!initials(&s.name) || initials(&e.name))
                && !surname_of(&e.name, &s.name)
            {
                e.name = s.name.clone();
            }
            e.actor = e.actor.take().or(code);
            for m in mentions {
                if !e.mentions.iter().any(|x| x.overlaps(m)) {
                    e.mentions.push(m);
                }
            }
            e.mentions.sort();
            for x in surface {
                if !e.surface.contains(&x) {
                    e.surface.push(x);
                }
            }
            continue;
        }
        // "RFI :", "TASS:": a label naming an outlet or a body the text names too is a mention of
        // that entity, no person.
        // (Named nowhere else, the label is a mention of the outlet or body itself.)
        let known: Vec<&chancery_lexicon::actors::Actor> = surface
            .iter()
            .chain(std::iter::once(&s.name))
            .filter_map(|f| kb.lookup(f))
            .map(|i| &kb.actors()[i])
            .filter(|a| a.kind != EntityType::Per)
            .collect();
        if let [actor, ..] = known[..]
            && !mentions.is_empty()
            && !entities.iter().any(|e| e.name == actor.name)
        {
            entities.push(Entity {
                name: actor.name.clone(),
                kind: actor.kind,
                actor: actor.code_on(doc.published).map(str::to_owned),
                ..Entity::default()
            });
        }
        if let Some(e) = entities
            .iter_mut()
            .find(|e| e.kind != EntityType::Per && known.iter().any(|a| a.name == e.name))
        {
            if e.surface.is_empty() {
                e.surface = surface.clone();
            }
            for m in mentions {
                if !e.mentions.iter().any(|x| x.overlaps(m)) {
                    e.mentions.push(m);
                }
            }
            e.mentions.sort();
            continue;
        }
        if mentions.is_empty() {
            continue;
        }
        // (A person the base knows, named by a label that is a role alone ("LE PRÉSIDENT :"
        // under a title naming the office): the base's code on the document's date.)
        let known_person = || {
            kb.lookup(&s.name)
                .map(|i| &kb.actors()[i])
                .filter(|a| a.kind == EntityType::Per && a.name == s.name)
                .and_then(|a| a.code_on(doc.published))
                .map(str::to_owned)
        };
        entities.push(Entity {
            name: s.name.clone(),
            kind: EntityType::Per,
            surface,
            actor: code.or_else(known_person),
            mentions,
            ..Entity::default()
        });
    }
}

/// Whether `given`, a given name written before a known person's surname, may be theirs: one of
/// their names of several words in the same script has a given name of the same consonants
/// ("Dimitri" for "Dmitri", "Сергея" for "Сергей"), or none is written in that script.
fn given_name_fits(actor: &chancery_lexicon::actors::Actor, given: &str) -> bool {
    let cyrillic = chancery_lexicon::names::has_cyrillic(given);
    let skeleton = chancery_lexicon::names::consonant_skeleton;
    let own = skeleton(given);
    let mut firsts = actor
        .aliases
        .iter()
        .chain(std::iter::once(&actor.name))
        .filter(|a| a.contains(' ') && chancery_lexicon::names::has_cyrillic(a) == cyrillic)
        .flat_map(|a| a.rsplit_once(' ').map_or("", |(given, _)| given).split(' '))
        .peekable();
    firsts.peek().is_none() || own.is_empty() || firsts.any(|f| skeleton(f) == own)
}

/// The shortest surname [`surnames_written_again`] looks for, in letters; of a person the base
/// knows, [`MIN_KNOWN_SURNAME_LETTERS`] ("Xi" after "Xi Jinping", "Ли" after "Ли Цян").
const MIN_SURNAME_LETTERS: usize = 4;
const MIN_KNOWN_SURNAME_LETTERS: usize = 2;
/// Bytes before a person's mention read for the words that mark them as Ukrainian.
const UKRAINIAN_REACH: usize = 80;

/// A person's surname written again where the tagger left it ("Позднее Ващиковский сообщил",
/// a sentence's first word after "Витольд Ващиковский"): each capitalised word whose key is the
/// last word of exactly one person's full name, inside no other mention, is a mention of that
/// person — unless the text also writes the word in lower case (a common word).
fn surnames_written_again(text: &str, entities: &mut [Entity]) {
    let mut surname: HashMap<String, Option<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityType::Per {
            continue;
        }
        // (A name's surfaces, every word capitalised: not a role phrase, "Président de la
        // République".)
        let names = e
            .surface
            .iter()
            .filter(|s| s.split(' ').all(|w| w.starts_with(char::is_uppercase)));
        // (The family name, which "Xi Jinping" writes first.)
        let first = e
            .actor
            .as_deref()
            .is_some_and(chancery_lexicon::actors::family_name_first);
        for last in names.filter_map(|s: &String| {
            if first {
                s.split_once(' ').map(|(f, _)| f)
            } else {
                s.rsplit_once(' ').map(|(_, l)| l)
            }
        }) {
            // (Not a nationality word, a title or a common noun the tagger took into a name:
            // "Restoring Palestinian" would make every "Palestinian" a person.)
            let shortest = if e.actor.is_some() {
                MIN_KNOWN_SURNAME_LETTERS
            } else {
                MIN_SURNAME_LETTERS
            };
            if last.chars().filter(|c| c.is_alphabetic()).count() < shortest
                || !last.starts_with(char::is_uppercase)
                || chancery_lexicon::nonentities::is_demonym(last)
                || chancery_lexicon::nonentities::is_title_word(last)
                || chancery_lexicon::nonentities::is_common_noun(last)
            {
                continue;
            }
            let slot = surname.entry(word_key(last)).or_insert(Some(i));
            if *slot != Some(i) {
                *slot = None;
            }
        }
    }
    if surname.is_empty() {
        return;
    }
    // (Words are read twice rather than kept: a long document has millions.)
    let words = || chancery_model::text::word_spans(text, |c| is_word_char(c) || c == '-');
    let lowercase: HashSet<String> = words()
        .filter(|(_, w)| w.starts_with(char::is_lowercase))
        .map(|(_, w)| word_key(w))
        .collect();
    let mut taken: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    taken.sort_unstable();
    let free = |span: Span| {
        let after = taken.partition_point(|m| m.end <= span.start);
        taken.get(after).is_none_or(|m| m.start >= span.end)
    };
    let mut found: Vec<(usize, Span)> = Vec::new();
    for (at, w) in words() {
        if !w.starts_with(char::is_uppercase) || w.chars().all(|c| !c.is_lowercase()) {
            continue;
        }
        let key = word_key(w);
        let Some(&Some(e)) = surname.get(&key) else {
            continue;
        };
        let span = Span::new(at, at + w.len());
        if free(span) && !lowercase.contains(&key) {
            found.push((e, span));
        }
    }
    for (e, span) in found {
        add_mention(
            &mut entities[e],
            Place::Body,
            span,
            span.slice(text).to_owned(),
        );
    }
    for e in entities.iter_mut() {
        e.mentions.sort_unstable();
    }
}

/// A mention of a name the base lacks that joins a known person's entity: (the entity's
/// index, where, span).
type Join = (usize, Place, Span);

/// The key a one-word person name is grouped by ("Кастро", "Castro"): the Russian key, else
/// the folded word.
fn word_key(word: &str) -> String {
    russian_key(word).unwrap_or_else(|| chancery_lexicon::actors::fold(word))
}

/// A known person the text names in full, as [`known_surnames`] gives it.
#[derive(Clone, Debug)]
struct KnownSurname {
    /// The entity's index.
    at: usize,
    /// Its number of mentions.
    mentions: usize,
    /// The first letters of its given names, in the surfaces' own scripts (lower case).
    initials: Vec<char>,
}

/// The surnames of the known persons the text names in full: the last word's key, to the
/// entity; a surname two known persons share goes to the one the text names more often
/// ("Raúl Castro" twice, "Fidel Castro" once), else it is left out.
fn known_surnames(entities: &[Entity]) -> HashMap<String, KnownSurname> {
    let mut out: HashMap<String, Vec<KnownSurname>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityType::Per {
            continue;
        }
        let mut lasts: HashSet<String> = HashSet::new();
        let mut initials: Vec<char> = Vec::new();
        for (given, last) in e.surface.iter().filter_map(|s| s.rsplit_once(' ')) {
            lasts.insert(word_key(last));
            initials.extend(
                given
                    .chars()
                    .next()
                    .into_iter()
                    .flat_map(char::to_lowercase),
            );
        }
        let n = e.mentions.len() + e.caption_mentions.len();
        for last in lasts {
            let slot = out.entry(last).or_default();
            if !slot.iter().any(|k| k.at == i) {
                slot.push(KnownSurname {
                    at: i,
                    mentions: n,
                    initials: initials.clone(),
                });
            }
        }
    }
    out.into_iter()
        .filter_map(|(k, mut v)| {
            v.sort_by_key(|s| std::cmp::Reverse(s.mentions));
            let most = v.first()?.mentions;
            (v.get(1).is_none_or(|s| s.mentions < most)).then(|| (k, v.swap_remove(0)))
        })
        .collect()
}

/// The [`russian_key`] of a Russian name, initials' periods left out ("Б. Джонсона" and
/// "Б. Джонсон" share one).
fn initials_key(spaced: &str) -> Option<String> {
    russian_key(&spaced.replace('.', ""))
}

/// "Б. Джонсон", "J. Smith": the surname (the last word) of a name whose other words are all
/// initials, with the first initial (lower case).
fn initials_and_surname(spaced: &str) -> Option<(char, &str)> {
    let (given, last) = spaced.rsplit_once(' ')?;
    let initial = |w: &str| {
        let w = w.trim_end_matches('.');
        w.chars().count() == 1 && w.starts_with(char::is_uppercase)
    };
    if !given.split(' ').all(initial) || last.chars().count() < 3 {
        return None;
    }
    let first = given.chars().next()?.to_lowercase().next()?;
    Some((first, last))
}

/// Entities for the names the base does not know: one per surface (case-folded), a one-word
/// person name joining the longer person name it ends or that is the same person by key; the
/// type is the one the tagger gave most often; the name is the longest surface.
///
/// A one-word person name that ends the full name of a known person the text names
/// (`known`: [`known_surnames`]) is that person ("President Castro" after "Raúl Castro"),
/// unless a person the base lacks with that surname is named in full more often: those
/// mentions come back as (known entity's index, place, span).
fn group_unknown<'t>(
    texts: &impl Fn(Place) -> &'t str,
    unknown: &[(Place, Span, EntityType)],
    known: &HashMap<String, KnownSurname>,
) -> (Vec<Entity>, Vec<Join>) {
    let mut joins = Vec::new();
    struct Group {
        surfaces: Vec<String>,
        folded: Vec<String>,
        mentions: Vec<(Place, Span)>,
        votes: [usize; 4],
    }
    let type_index = |k: EntityType| match k {
        EntityType::Per => 0,
        EntityType::Loc => 1,
        EntityType::Org => 2,
        EntityType::Misc => 3,
    };
    let mut groups: Vec<Group> = Vec::new();
    let mut by_folded: HashMap<String, usize> = HashMap::new();
    let mut by_last: HashMap<String, usize> = HashMap::new();
    // Inner words of long names, to the one person having them (`None`: several do).
    let mut by_inner: HashMap<String, Option<usize>> = HashMap::new();
    let mut person_keys: Vec<(String, usize)> = Vec::new();
    // Longer names first, so that a surname alone finds the full name wherever it stands.
    let mut order: Vec<usize> = (0..unknown.len()).collect();
    order.sort_by_key(|&i| {
        let (place, span, _) = unknown[i];
        let s = span.slice(texts(place));
        (std::cmp::Reverse(s.split(' ').count()), place, span)
    });
    for i in order {
        let (place, span, kind) = unknown[i];
        let surface = span.slice(texts(place)).to_owned();
        // Russian names group across cases ("Джона Болтона" with "Джон Болтон").
        // Initials glued to a surname are a word of their own ("Ж.Ширак" is "Ж. Ширак", the
        // same person as "Жак Ширак").
        let spaced = chancery_lexicon::names::spaced_initials(&surface);
        let folded =
            initials_key(&spaced).unwrap_or_else(|| chancery_lexicon::actors::fold(&spaced));
        let is_person = kind == EntityType::Per;
        // The same surface; else, for a person, the full name a surname alone ends, else the
        // same person by key (keys computed once per name, not per comparison).
        let key = if is_person {
            name_key(&folded)
        } else {
            String::new()
        };
        // (A place the tagger read is the known person too: the base lacks it as a place.)
        if matches!(kind, EntityType::Per | EntityType::Loc)
            && !folded.contains(' ')
            && let Some(k) = known.get(&folded)
            && by_last
                .get(&folded)
                .is_none_or(|&g| groups[g].mentions.len() < k.mentions)
        {
            joins.push((k.at, place, span));
            continue;
        }
        // Initials and the surname of a known person named in full, the initial matching
        // ("Б.Джонсоном" after "Борис Джонсон", "B. Johnson" after "Boris Johnson").
        if is_person
            && let Some((initial, last)) = initials_and_surname(&spaced)
            && let Some(k) = known.get(&word_key(last))
            && k.initials.contains(&initial)
        {
            joins.push((k.at, place, span));
            continue;
        }
        let found = by_folded.get(&folded).copied().or_else(|| {
            if !is_person {
                return None;
            }
            if !folded.contains(' ') {
                return by_last
                    .get(&folded)
                    .copied()
                    .or_else(|| by_inner.get(&folded).copied().flatten());
            }
            person_keys
                .iter()
                .find(|(k, _)| same_person_keys(k, &key))
                .map(|&(_, g)| g)
        });
        let gi = match found {
            Some(g) => g,
            None => {
                groups.push(Group {
                    surfaces: Vec::new(),
                    folded: Vec::new(),
                    mentions: Vec::new(),
                    votes: [0; 4],
                });
                groups.len() - 1
            }
        };
        by_folded.entry(folded.clone()).or_insert(gi);
        if is_person && folded.contains(' ') {
            if let Some(last) = folded.rsplit(' ').next() {
                by_last.entry(last.to_owned()).or_insert(gi);
            }
            // "Bassirou Diomaye Faye" is "Diomaye", "Luiz Inácio Lula da Silva" "Lula": an
            // inner word of three or more names, when no other person has it.
            let words: Vec<&str> = folded.split(' ').collect();
            if words.len() >= 3 {
                for w in &words[1..words.len() - 1] {
                    if w.chars().count() > 3 {
                        let slot = by_inner.entry((*w).to_owned()).or_insert(Some(gi));
                        if *slot != Some(gi) {
                            *slot = None;
                        }
                    }
                }
            }
            person_keys.push((key, gi));
        }
        let g = &mut groups[gi];
        if !g.folded.contains(&folded) {
            g.folded.push(folded);
        }
        if !g.surfaces.contains(&surface) {
            g.surfaces.push(surface);
        }
        g.mentions.push((place, span));
        g.votes[type_index(kind)] += 1;
    }
    let entities = groups
        .into_iter()
        .map(|mut g| {
            g.mentions.sort();
            let best = (0..4).max_by_key(|&t| (g.votes[t], 4 - t)).unwrap_or(0);
            let kind = [
                EntityType::Per,
                EntityType::Loc,
                EntityType::Org,
                EntityType::Misc,
            ][best];
            // The longest surface; among Russian case forms of the same words, the shortest
            // (the nominative: "Джон Болтон", not "Джона Болтона").
            let words = |s: &str| s.split_whitespace().count();
            let most = g.surfaces.iter().map(|s| words(s)).max().unwrap_or(0);
            let name = g
                .surfaces
                .iter()
                .filter(|s| words(s) == most)
                .max_by_key(|s| {
                    let n = s.chars().count() as isize;
                    let spaced = chancery_lexicon::names::spaced_initials(s);
                    let n = if initials_key(&spaced).is_some() {
                        -n
                    } else {
                        n
                    };
                    (n, std::cmp::Reverse(s.as_str()))
                })
                .cloned()
                .unwrap_or_default();
            let name = match kind {
                EntityType::Per => nominative_from_surname(&name, &g.surfaces),
                // (An unknown Russian place in an oblique case of a noun in "-ия": "Гагаузии".)
                EntityType::Loc => {
                    chancery_lexicon::names::place_nominative_ru(&name).unwrap_or(name)
                }
                _ => name,
            };
            // "Traité de Lisbonne", "Paris Agreement", "Договора СНВ-2": a text, not a body.
            let kind = if names_a_document(&name) {
                EntityType::Misc
            } else {
                kind
            };
            // Surfaces in order of first mention.
            let mut e = Entity {
                name,
                kind,
                ..Entity::default()
            };
            for &(place, span) in &g.mentions {
                add_mention(&mut e, place, span, span.slice(texts(place)).to_owned());
            }
            e
        })
        .collect();
    (entities, joins)
}

/// Whether a name the base does not know names a document: it opens with a document noun
/// after its article ("Traité de Lisbonne", "Устава ООН", "Treaty of Rome"), or, in Latin script,
/// ends with one after a word that heads no body ("Paris Agreement", "CHIPS Act"; not
/// "Government of National Accord").
fn names_a_document(name: &str) -> bool {
    use chancery_lexicon::nonentities::{is_document_noun, is_leading_word, is_title_word};
    let words: Vec<&str> = name
        .split_whitespace()
        .skip_while(|w| is_leading_word(w))
        .collect();
    // (Alone too: "Уставе", "the Charter".)
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    is_document_noun(first)
        || is_document_noun(last)
            && !chancery_lexicon::names::has_cyrillic(last)
            && !is_title_word(first)
            && !words.iter().any(|w| w.eq_ignore_ascii_case("of"))
}

/// A Russian full name written only in an oblique case ("Ицхаку Шамиру"), with the surname
/// also written alone in the nominative ("Шамир ответил"): the name in the nominative, the
/// given name losing the same case ending ("Ицхак Шамир"); else, when both words carry the
/// endings of one oblique case, the nominative they give (`names::oblique_name_nominative`).
/// Other names are returned as they are.
fn nominative_from_surname(name: &str, surfaces: &[String]) -> String {
    let Some((given, last)) = name.rsplit_once(' ') else {
        return name.to_owned();
    };
    if !chancery_lexicon::names::has_cyrillic(last) {
        return name.to_owned();
    }
    // Both words in one oblique case ("Евсея Васильева"): their endings tell the nominative.
    if let Some(n) = chancery_lexicon::names::oblique_name_nominative(name) {
        return n;
    }
    let Some(ending) = surfaces
        .iter()
        .filter(|s| !s.contains(' ') && s.chars().count() >= 3)
        .filter_map(|s| last.strip_prefix(s.as_str()))
        .find(|e| chancery_lexicon::actors::is_case_ending(e))
    else {
        return name.to_owned();
    };
    let nominative_last = &last[..last.len() - ending.len()];
    let given: Vec<&str> = given
        .split(' ')
        .map(|w| {
            w.strip_suffix(ending)
                .filter(|stem| stem.chars().count() >= 3)
                .unwrap_or(w)
        })
        .collect();
    format!("{} {nominative_last}", given.join(" "))
}

/// One automaton over every role phrase (folded), in `role_phrases()` order.
static ROLES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let phrases: Vec<String> = role_phrases()
        .iter()
        .map(|(p, _)| chancery_lexicon::actors::fold(p))
        .collect();
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .build(&phrases)
        .expect("role phrases build an automaton")
});

/// Whether `span` overlaps any of the sorted `hits`.
/// The lowercase Cyrillic word right after `end` (one space between), if there is one.
fn next_lowercase_word(text: &str, end: usize) -> Option<Span> {
    let rest = text.get(end..)?.strip_prefix(' ')?;
    let len: usize = rest
        .chars()
        .take_while(|c| ('\u{430}'..='\u{44f}').contains(c) || *c == 'ё')
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| Span::new(end + 1, end + 1 + len))
}

/// The hits of `hits` (sorted, none overlapping another) that overlap `span`: a binary search,
/// so a long document's thousands of names cost no more each than a short one's.
fn overlapping(hits: &[Hit], span: Span) -> &[Hit] {
    let lo = hits.partition_point(|h| h.span.end <= span.start);
    let hi = hits.partition_point(|h| h.span.start < span.end);
    &hits[lo..hi.max(lo)]
}

fn overlaps_any(hits: &[Hit], span: Span) -> bool {
    let i = hits.partition_point(|h| h.span.end <= span.start);
    hits.get(i).is_some_and(|h| h.span.start < span.end)
}

/// Spans of http(s) addresses, which are never searched for entities.
fn url_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("http").map(|i| i + from) {
        let end = text[i..]
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | '<' | '>'))
            .map_or(text.len(), |e| i + e);
        if text[i..end].starts_with("http://") || text[i..end].starts_with("https://") {
            out.push(Span::new(i, end));
        }
        from = end.max(i + 4);
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_opening_words_of_a_longer_name_alone_are_its_person() {
        let per = |name: &str, at: usize| Entity {
            name: name.into(),
            kind: EntityType::Per,
            surface: vec![name.into()],
            mentions: vec![Span::new(at, at + name.len())],
            ..Entity::default()
        };
        let mut entities = vec![
            per("Jan Peter Balkenende", 0),
            per("Jan Peter", 100),
            per("Kim Jong", 200),
            per("Kim Jong Il", 300),
            per("Kim Jong Un", 400),
        ];
        join_patronymic_addresses(&mut entities);
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        // (Two longer names open so: neither.)
        assert_eq!(
            names,
            [
                "Jan Peter Balkenende",
                "Kim Jong",
                "Kim Jong Il",
                "Kim Jong Un"
            ]
        );
    }

    #[test]
    fn with_no_date_a_role_is_the_holder_the_text_names_in_full() {
        let kb = chancery_lexicon::actors::builtin();
        let holder = |text: &str| {
            role_holders(text, None, kb)
                .first()
                .map(|&(_, a)| kb.actors()[a].name.clone())
        };
        let text = "генеральный секретарь оон пан ги мун прибыл на кипр. генсек оон заявил";
        assert_eq!(holder(text).as_deref(), Some("Ban Ki-moon"));
        // (Named by no one: the latest holder.)
        assert_eq!(
            holder("генсек оон заявил").as_deref(),
            Some("António Guterres")
        );
    }

    #[test]
    fn a_head_word_alone_is_the_organisation_it_heads() {
        let org = |name: &str, surface: &str, actor: Option<&str>, at: usize| Entity {
            name: name.into(),
            kind: EntityType::Org,
            surface: vec![surface.into()],
            actor: actor.map(str::to_owned),
            mentions: vec![Span::new(at, at + surface.len())],
            ..Entity::default()
        };
        let mut entities = vec![
            org(
                "European Commission",
                "Commission européenne",
                Some("IGOEUREEC"),
                0,
            ),
            org("Commission", "Commission", None, 100),
            org("Conseil", "Conseil", None, 200),
        ];
        join_head_words(&mut entities);
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["European Commission", "Conseil"]);
        assert_eq!(entities[0].mentions.len(), 2);
    }

    #[test]
    fn a_surname_after_a_title_is_the_one_person_of_the_base_so_named() {
        let text = "President Biden spoke with President Xi. Xi said so.";
        let at = text.rfind("Xi").unwrap();
        let mut entities = vec![Entity {
            name: "Xi".into(),
            kind: EntityType::Per,
            surface: vec!["Xi".into()],
            mentions: vec![Span::new(at, at + 2)],
            ..Entity::default()
        }];
        let kb = chancery_lexicon::actors::builtin();
        titled_surnames_of_the_base(
            text,
            PartialDate::parse_iso("2023-01-01"),
            kb,
            &mut entities,
        );
        assert_eq!(entities[0].name, "Xi Jinping");
        // The mention after the title too.
        assert_eq!(entities[0].mentions.len(), 2);
        // A label in capitals: the surname as written ("MR PRICE:" is the entity "Price").
        let text = "MR PRICE: Thank you all.";
        let mut entities = vec![Entity {
            name: "Price".into(),
            kind: EntityType::Per,
            surface: vec!["PRICE".into()],
            mentions: vec![Span::new(3, 8)],
            ..Entity::default()
        }];
        titled_surnames_of_the_base(
            text,
            PartialDate::parse_iso("2022-08-01"),
            kb,
            &mut entities,
        );
        assert_eq!(entities[0].name, "Ned Price");
    }

    #[test]
    fn a_russian_name_opening_with_an_adjective_form_is_no_persons() {
        assert!(adjective_first("Хельсинского Заключительного"));
        assert!(adjective_first("Генеральной Ассамблее"));
        assert!(adjective_first("Высоких"));
        // Given names with the endings of adjectives.
        assert!(!adjective_first("Дмитрий Песков"));
        assert!(!adjective_first("Сергей Лавров"));
        assert!(!adjective_first("Мария Захарова"));
        assert!(!adjective_first("Vladimir Putin"));
        assert!(!adjective_first("Максим Решетников"));
    }

    #[test]
    fn russian_words_the_text_writes_in_lower_case() {
        let text = "Организации выступили. Роль организации растёт.";
        let folded = chancery_lexicon::actors::fold(text);
        let keys = lowercase_word_keys(text, &folded);
        assert!(keys.contains(chancery_lexicon::inflected::key("организации").as_str()));
        // Written capitalised only.
        assert!(!keys.contains(chancery_lexicon::inflected::key("роль").as_str()));
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym() {
        let spelled = |text: &str, acronym: &str| {
            let paren = text.rfind('(').unwrap();
            spelled_out(text, paren, acronym).map(|s| s.slice(text).to_owned())
        };
        assert_eq!(
            spelled(
                "Ранее Организация по безопасности и сотрудничеству в Европе (ОБСЕ)",
                "ОБСЕ"
            )
            .as_deref(),
            Some("Организация по безопасности и сотрудничеству в Европе")
        );
        assert_eq!(
            spelled(
                "selon l'Organisation du traité de l'Atlantique nord (OTAN)",
                "OTAN"
            )
            .as_deref(),
            Some("Organisation du traité de l'Atlantique nord")
        );
        assert_eq!(
            spelled("the North Atlantic Treaty Organization (NATO)", "NATO").as_deref(),
            Some("North Atlantic Treaty Organization")
        );
        assert_eq!(
            spelled(
                "La Communauté économique des Etats d’Afrique de l’Ouest (CEDEAO)",
                "CEDEAO"
            )
            .as_deref(),
            Some("Communauté économique des Etats d’Afrique de l’Ouest")
        );
        // Initials that spell something else, or a clause before: nothing.
        assert_eq!(spelled("the meeting of ministers (NATO)", "NATO"), None);
        assert_eq!(spelled("Paris, Berlin et Rome (UE)", "UE"), None);
    }
    use super::*;

    fn entities(text: &str, published: &str) -> Vec<Entity> {
        let mut doc = Document {
            text: text.to_owned(),
            lang: Some("fr".into()),
            published: PartialDate::parse_iso(published),
            ..Document::default()
        };
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        doc.entities
    }

    fn surfaces<'e>(es: &'e [Entity], name: &str) -> Vec<&'e str> {
        es.iter()
            .find(|e| e.name == name)
            .map(|e| e.surface.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_surname_alone_names_a_person_of_the_base_only_in_texts_of_their_time() {
        let text = "Le porte-parole Carney a répondu aux questions des journalistes.";
        let names = |published: &str| -> Vec<String> {
            entities(text, published)
                .into_iter()
                .map(|e| e.name)
                .collect()
        };
        assert!(!names("2014-04-24").contains(&"Mark Carney".to_owned()));
        assert!(names("2025-06-01").contains(&"Mark Carney".to_owned()));
    }

    #[test]
    fn role_phrases_resolve_to_the_holder_on_the_date() {
        // The same sentence in 2020 (Makei) and after June 2024 (Ryzhenkov): the role phrase
        // stands for whoever the document names and held the office then.
        let text = "Vladimir Makeï et Maxime Ryjenkov étaient présents. Le chef de la diplomatie biélorusse a ensuite parlé.";
        let old = entities(text, "2020-11-26");
        assert!(
            surfaces(&old, "Vladimir Makei").contains(&"chef de la diplomatie biélorusse"),
            "{old:?}"
        );
        let new = entities(text, "2024-09-01");
        assert!(
            surfaces(&new, "Maxim Ryzhenkov").contains(&"chef de la diplomatie biélorusse"),
            "{new:?}"
        );
        // Not named in the document: the phrase stays a phrase.
        let none = entities("Le chef de la diplomatie biélorusse a parlé.", "2024-09-01");
        assert!(none.iter().all(|e| e.name != "Maxim Ryzhenkov"), "{none:?}");
    }

    #[test]
    fn an_undated_text_resolves_a_role_in_another_case_to_the_holder_it_names() {
        // No date: "российского президента" is the President of Russia the text names in full,
        // whoever that is; named by none, it stays a phrase (today's holder would be a guess).
        let text = "Владимир Путин прибыл в Тегеран. У российского президента была возможность поговорить.";
        let found = entities(text, "");
        assert!(
            surfaces(&found, "Vladimir Putin").contains(&"российского президента"),
            "{found:?}"
        );
        let text = "Дмитрий Медведев прибыл в Тегеран. У российского президента была возможность поговорить.";
        let found = entities(text, "");
        assert!(
            surfaces(&found, "Dmitry Medvedev").contains(&"российского президента"),
            "{found:?}"
        );
        let none = entities("У российского президента была возможность поговорить.", "");
        assert!(none.iter().all(|e| e.kind != EntityType::Per), "{none:?}");
    }

    /// The span of the first occurrence of `s` in `text`.
    fn span_of(text: &str, s: &str) -> Span {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    }

    #[test]
    fn a_title_and_a_state_code_a_person_the_base_lacks() {
        let text = "Le président malien Assimi Tanaro a reçu l'ambassadeur de France Joël Merlin, puis l'ancien ministre malien Oumar Dialo, à Bamako.";
        let at = |s: &str| span_of(text, s);
        let person = |name: &str| Entity {
            name: name.into(),
            kind: EntityType::Per,
            mentions: vec![at(name)],
            ..Entity::default()
        };
        let mut entities = vec![
            person("Assimi Tanaro"),
            person("Joël Merlin"),
            person("Oumar Dialo"),
            Entity {
                name: "France".into(),
                kind: EntityType::Loc,
                actor: Some("FRA".into()),
                mentions: vec![at("France")],
                ..Entity::default()
            },
        ];
        let kb = chancery_lexicon::actors::builtin();
        titled_unknown_persons(text, Some("fr"), None, kb, &mut entities);
        let actor = |i: usize| entities[i].actor.as_deref();
        assert_eq!(actor(0), Some("MLIGOV"));
        assert_eq!(actor(1), Some("FRAGOV"));
        // (A former office codes no actor.)
        assert_eq!(actor(2), None);
    }

    #[test]
    fn original_spelling_in_parentheses_names_the_entity() {
        let text = "По словам министра Петера Кристенсена (Peter Christensen), НАТО…";
        let at = |s: &str| span_of(text, s);
        let mut entities = vec![
            Entity {
                name: "Петер Кристенсен".into(),
                kind: EntityType::Per,
                surface: vec!["Петера Кристенсена".into()],
                mentions: vec![at("Петера Кристенсена")],
                ..Entity::default()
            },
            Entity {
                name: "Peter Christensen".into(),
                kind: EntityType::Per,
                surface: vec!["Peter Christensen".into()],
                mentions: vec![at("Peter Christensen")],
                ..Entity::default()
            },
        ];
        original_names(text, &mut entities);
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].name, "Peter Christensen");
        assert_eq!(entities[0].mentions.len(), 2);
    }

    #[test]
    fn a_word_opening_one_full_name_is_that_person() {
        let mut es = vec![
            Entity {
                name: "Wang Yi".into(),
                kind: EntityType::Per,
                surface: vec!["Wang Yi".into()],
                actor: Some("CHNGOV".into()),
                mentions: vec![Span::new(0, 7)],
                ..Entity::default()
            },
            Entity {
                name: "Wang".into(),
                kind: EntityType::Per,
                surface: vec!["Wang".into()],
                mentions: vec![Span::new(20, 24)],
                ..Entity::default()
            },
        ];
        join_opening_words(&mut es);
        assert_eq!(es.len(), 1);
        assert_eq!(es[0].surface, ["Wang Yi", "Wang"]);
        assert_eq!(es[0].mentions, [Span::new(0, 7), Span::new(20, 24)]);
        // Two full names open with it: nobody can tell.
        let kim = |name: &str| Entity {
            name: name.into(),
            kind: EntityType::Per,
            ..Entity::default()
        };
        let mut es = vec![kim("Kim Jong-un"), kim("Kim Yo-jong"), kim("Kim")];
        join_opening_words(&mut es);
        assert_eq!(es.len(), 3);
    }

    #[test]
    fn a_given_name_before_a_known_surname_is_part_of_the_mention() {
        let es = entities(
            "Le 3 avril, Dimitri Peskov, attaché de presse du Kremlin, a démenti.",
            "2017-04-03",
        );
        assert_eq!(surfaces(&es, "Dmitry Peskov"), ["Dimitri Peskov"], "{es:?}");
        // Another person's given name: another person, whom the base does not know.
        let es = entities(
            "The Russian delegate Ivan Lavrov arrived in Moscow on Monday, the ministry said.",
            "2017-04-03",
        );
        assert!(surfaces(&es, "Sergey Lavrov").is_empty(), "{es:?}");
        assert_eq!(surfaces(&es, "Ivan Lavrov"), ["Ivan Lavrov"], "{es:?}");
        // "America" alone, in political speech, is the United States (not a person).
        let es = entities(
            "Since the invasion, America has committed another $1.35 billion in weapons.",
            "2022-03-26",
        );
        assert_eq!(surfaces(&es, "United States"), ["America"], "{es:?}");
        // A title written with its abbreviation's dot marks a given name too.
        let es = entities(
            "President Joe Biden met Andrzej Duda. Duda thanked Mrs. Jill Biden for her visit.",
            "2022-03-26",
        );
        assert_eq!(surfaces(&es, "Jill Biden"), ["Jill Biden"], "{es:?}");
        assert!(
            !surfaces(&es, "Joe Biden")
                .iter()
                .any(|s| s.contains("Jill")),
            "{es:?}"
        );
    }

    #[test]
    fn words_capitalised_by_a_title_case_headline_are_not_part_of_a_name() {
        let es = entities(
            "Imposing Additional Costs on Russia for Its Continued War Against Ukraine\n\nThe \
             United States is imposing additional costs on Russia for its war against Ukraine, \
             Antony Blinken said.",
            "2022-08-03",
        );
        assert!(!es.iter().any(|e| e.name.contains("Costs")), "{es:?}");
        assert!(!surfaces(&es, "Russia").is_empty(), "{es:?}");
    }

    #[test]
    fn a_greeting_before_a_name_is_not_part_of_it() {
        let es = entities(
            "MR PRICE: Good afternoon. Matt Lee, go ahead.\n\nQUESTION: Hey Matt, thanks. On \
             Russia and Ukraine, what did Antony Blinken tell Sergey Lavrov in Geneva?",
            "2022-02-08",
        );
        assert!(!es.iter().any(|e| e.name.starts_with("Hey")), "{es:?}");
    }

    #[test]
    fn one_word_of_a_place_the_text_writes_in_lower_case_is_a_common_noun() {
        let es = entities(
            "The Peninsula remains tense, Antony Blinken said in Seoul. The peninsula has \
             been divided since 1953.",
            "2022-07-29",
        );
        assert!(!es.iter().any(|e| e.name == "Peninsula"), "{es:?}");
    }

    #[test]
    fn a_known_place_in_the_genitive_plural_after_a_sentence_initial_noun() {
        let es = entities(
            "Позиция Соединенных Штатов изменилась. Делегация Объединенных Арабских Эмиратов \
             прибыла в Москву.",
            "2017-04-03",
        );
        assert_eq!(
            surfaces(&es, "United States"),
            ["Соединенных Штатов"],
            "{es:?}"
        );
        assert_eq!(
            surfaces(&es, "United Arab Emirates"),
            ["Объединенных Арабских Эмиратов"],
            "{es:?}"
        );
    }

    #[test]
    fn a_full_name_in_an_oblique_case_takes_the_surname_written_alone() {
        let surfaces = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            nominative_from_surname("Ицхаку Шамиру", &surfaces(&["Ицхаку Шамиру", "Шамир"])),
            "Ицхак Шамир"
        );
        assert_eq!(
            nominative_from_surname(
                "Марии Захаровой",
                &surfaces(&["Марии Захаровой", "Захарова"])
            ),
            // Not through the surname alone ("Захарова" does not start "Захаровой"), but both
            // words carry the endings of one oblique case.
            "Мария Захарова"
        );
        assert_eq!(
            nominative_from_surname("John Bolton", &surfaces(&["John Bolton", "Bolt"])),
            "John Bolton"
        );
    }

    #[test]
    fn times_and_pronouns_are_no_names() {
        let mut doc = Document {
            text: "Remarks.\n\nThe press conference ended.\n\n5:45 P.M. CEST\n\nWe thank everyone. I’ve said it. Dear Secretary-General, we came. Otherwise we go.".to_owned(),
            lang: Some("en".into()),
            published: PartialDate::parse_iso("2016-04-24"),
            ..Document::default()
        };
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(
            !names.iter().any(|n| n.contains("P.M.")
                || ["We", "I’ve", "Dear Secretary-General", "Secretary-General"].contains(n)),
            "{names:?}"
        );
    }

    #[test]
    fn a_greeting_is_no_part_of_a_name() {
        let es = entities(
            "Bonsoir Maxime Jaglin, bonsoir à tous. Bonjour Mesdames et Messieurs. Merci Sylvie Berruet !",
            "2018-05-30",
        );
        let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
        assert!(
            !names.iter().any(|n| n.starts_with("Bonsoir")
                || n.starts_with("Bonjour")
                || n.starts_with("Merci")),
            "{names:?}"
        );
    }

    #[test]
    fn a_russian_name_after_an_organisation_in_the_genitive_is_a_person() {
        let mut doc = Document {
            text: "Как заявил экс-сопредседатель Минской группы Мэтью Брайза, США собираются \
                   отозвать своего сопредседателя."
                .to_owned(),
            lang: Some("ru".into()),
            ..Document::default()
        };
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        let person = doc.entities.iter().find(|e| e.kind == EntityType::Per);
        assert_eq!(
            person.map(|e| e.surface.clone()),
            Some(vec!["Мэтью Брайза".into()])
        );
        assert!(doc.entities.iter().any(|e| e.name == "OSCE Minsk Group"));
    }

    #[test]
    fn a_description_the_tagger_took_for_a_name_keeps_its_place() {
        let mut doc = Document {
            text: "The government of Iraq said it would allow the return of the inspectors."
                .to_owned(),
            lang: Some("en".into()),
            ..Document::default()
        };
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        assert!(
            doc.entities.iter().any(|e| e.name == "Iraq"),
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn washington_dc_is_washington() {
        let es = entities(
            "C'est ma première visite à Washington, D.C. en tant que ministre.",
            "2022-07-29",
        );
        assert_eq!(surfaces(&es, "Washington"), ["Washington, D.C."]);
    }

    #[test]
    fn a_surname_alone_is_the_known_person_the_text_names_most() {
        let es = entities(
            "Raúl Castro a reçu Barack Obama à La Havane. Raúl Castro a salué la visite, \
             soixante ans après la révolution de Fidel Castro. Castro a ensuite parlé.",
            "2016-03-21",
        );
        assert_eq!(surfaces(&es, "Raúl Castro"), ["Raúl Castro", "Castro"]);
        assert_eq!(surfaces(&es, "Fidel Castro"), ["Fidel Castro"]);
    }

    /// The entities of a Russian `text`.
    fn russian_entities(text: &str) -> Vec<Entity> {
        let mut doc = Document {
            text: text.to_owned(),
            lang: Some("ru".into()),
            ..Document::default()
        };
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        doc.entities
    }

    #[test]
    fn a_known_person_in_a_case_the_aliases_lack_is_that_person() {
        let es = russian_entities("Путин встретился с Ильхамом Алиевым в Тегеране.");
        let aliyev = es.iter().find(|e| e.name == "Ilham Aliyev");
        assert_eq!(
            aliyev.and_then(|e| e.actor.as_deref()),
            Some("AZEGOV"),
            "{es:?}"
        );
        // An unknown person after a preposition does not take the subject's title.
        let es = russian_entities("Российский президент встретился с Бахромом Каримбековым.");
        assert!(es.iter().all(|e| e.actor.is_none()), "{es:?}");
    }

    #[test]
    fn a_patronymic_address_is_the_person_named_with_that_given_name() {
        let es = russian_entities(
            "Глава МИД РФ Сергей Лавров провёл переговоры.\n\nСергей Викторович, как вы оцениваете итоги переговоров?",
        );
        let people: Vec<&str> = es
            .iter()
            .filter(|e| e.kind == EntityType::Per)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(people, ["Sergey Lavrov"]);
        assert!(surfaces(&es, "Sergey Lavrov").contains(&"Сергей Викторович"));
        // A given name alone, in another case.
        let es = russian_entities(
            "Премьер-министр Тони Блэр встретился с Владимиром Путиным в Лондоне.\n\nЯ поздравил \
             Владимира с ратификацией договора.",
        );
        assert!(
            surfaces(&es, "Vladimir Putin").contains(&"Владимира"),
            "{es:?}"
        );
    }

    #[test]
    fn a_surname_written_again_where_the_tagger_left_it_is_the_person() {
        let es = russian_entities(
            "Министр иностранных дел Польши Витольд Ващиковский заявил, что решение \
             принято.\n\nПозднее Ващиковский сообщил, что власти не намерены ничего \
             делать.\n\nВащиковского спросили о памятниках.",
        );
        let e = es
            .iter()
            .find(|e| e.name.contains("Vashchikovsk"))
            .expect("the person");
        assert_eq!(e.mentions.len(), 3, "{:?}", e.mentions);
        // A word the text also writes in lower case is a common word, not the surname.
        let es = russian_entities(
            "Посол Анна Весна приехала в Москву.\n\nВесна в этом году ранняя: весна пришла \
             в апреле.",
        );
        let e = es
            .iter()
            .find(|e| e.surface.iter().any(|s| s == "Анна Весна"))
            .expect("the person");
        assert_eq!(e.mentions.len(), 1, "{:?}", e.mentions);
    }

    /// A document of `lang` whose one labelled turn, by `name`, opens at `label` (with its colon)
    /// and runs to the end; its entities extracted.
    fn with_one_labelled_turn(lang: &str, text: &str, label: &str, name: &str) -> Document {
        use chancery_model::{Speaker, Turn, TurnKind};
        let at = text.find(label).unwrap();
        let mut doc = Document {
            text: text.to_owned(),
            lang: Some(lang.into()),
            ..Document::default()
        };
        let written = label.trim_end_matches([':', ' ']);
        doc.speakers.push(Speaker {
            name: name.into(),
            surface: vec![written.into()],
            turns: 1,
            ..Speaker::default()
        });
        doc.turns.push(Turn {
            speaker: name.into(),
            kind: TurnKind::Statement,
            span: Span::new((at + label.len() + 1).min(text.len()), text.len()),
            label: Some(Span::new(at, at + label.len())),
            ..Turn::default()
        });
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        doc
    }

    #[test]
    fn a_label_with_a_surname_alone_keeps_the_full_name_the_text_gives() {
        let text =
            "Matthew Miller, Department Spokesperson\n\nMR MILLER: Good afternoon, everyone.";
        let doc = with_one_labelled_turn("en", text, "MR MILLER:", "Miller");
        let miller: Vec<&str> = doc
            .entities
            .iter()
            .filter(|e| e.name.contains("Miller"))
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(miller, ["Matthew Miller"]);
    }

    #[test]
    fn a_label_naming_an_outlet_is_no_person() {
        for text in [
            "Michel Kafando était l'invité de RFI.\n\nRFI : La situation vous inquiète-t-elle ?",
            "Michel Kafando était l'invité de la radio.\n\nRFI : La situation vous inquiète-t-elle ?",
        ] {
            let doc = with_one_labelled_turn("fr", text, "RFI :", "Rfi");
            let named: Vec<(&str, EntityType)> = doc
                .entities
                .iter()
                .filter(|e| e.name.to_lowercase().contains("rfi") || e.name.contains("Radio"))
                .map(|e| (e.name.as_str(), e.kind))
                .collect();
            assert_eq!(
                named,
                [("Radio France Internationale", EntityType::Org)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_city_the_base_lacks_is_named_as_geonames_names_it() {
        let es = entities(
            "Российские туристы по-прежнему отдыхают в Луксоре, сообщил представитель туроператора.",
            "2013-07-05",
        );
        assert!(
            es.iter()
                .any(|e| e.name == "Luxor" && e.kind == EntityType::Loc),
            "{es:?}"
        );
    }

    #[test]
    fn initials_and_the_full_name_are_one_person() {
        let es = entities(
            "Президент Франции Жак Дюмон прибыл в Москву. Как заявил Ж.Дюмон, переговоры прошли успешно. Господин Дюмон встретился с В.Путиным.",
            "2002-07-19",
        );
        // (A person the actor base does not know.)
        let dumont: Vec<&Entity> = es.iter().filter(|e| e.name.contains("Dyumon")).collect();
        assert_eq!(dumont.len(), 1, "{es:?}");
        assert!(dumont[0].surface.iter().any(|s| s == "Ж.Дюмон"), "{es:?}");
    }

    #[test]
    fn an_adjective_before_a_known_name_may_open_a_longer_one() {
        let es = entities(
            "Они говорили о Латинской Америке и Центральной Азии.",
            "2020-03-14",
        );
        let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Latin America", "Central Asia"], "{es:?}");
    }

    #[test]
    fn treaties_and_acts_are_documents() {
        for name in [
            "Traité de Lisbonne",
            "le Traité de Rome",
            "Paris Agreement",
            "CHIPS and Science Act",
            "Договора СНВ-2",
            "Уставе",
        ] {
            assert!(names_a_document(name), "{name}");
        }
        for name in [
            "Government of National Accord",
            "Законодательное собрание",
            "Paris",
        ] {
            assert!(!names_a_document(name), "{name}");
        }
    }

    #[test]
    fn initials_in_another_case_are_the_known_person_named_in_full() {
        let es = entities(
            "Премьер Борис Джонсон заявил, что это важно. Мы говорили с Б.Джонсоном вчера. \
             С Д.Саксом и Д.Саксу мы не говорили.",
            "2020-03-14",
        );
        let johnson = es
            .iter()
            .find(|e| e.name == "Boris Johnson")
            .expect("Boris Johnson");
        assert!(johnson.surface.iter().any(|s| s == "Б.Джонсоном"), "{es:?}");
        // An unknown person's case forms are one entity, named in the nominative.
        let sachs: Vec<&Entity> = es.iter().filter(|e| e.name.contains("Saks")).collect();
        assert_eq!(sachs.len(), 1, "{es:?}");
        assert_eq!(sachs[0].surface.len(), 2, "{es:?}");
        // Another initial is another person.
        let es = entities(
            "Boris Johnson a parlé. Puis R. Johnson a répondu.",
            "2020-03-14",
        );
        assert!(es.iter().any(|e| e.name == "R. Johnson"), "{es:?}");
    }

    #[test]
    fn a_nationality_word_is_not_the_country_another_language_names_so() {
        let es = entities(
            "Un Australien et un Syrien sont arrivés. La Syrie a protesté. Ils iront en Suisse. L'Australien Nick Kyrgios a gagné.",
            "2024-01-01",
        );
        let names: Vec<(&str, &[String])> = es
            .iter()
            .map(|e| (e.name.as_str(), e.surface.as_slice()))
            .collect();
        assert!(!names.iter().any(|(n, _)| *n == "Australia"), "{names:?}");
        assert_eq!(surfaces(&es, "Syria"), ["Syrie"]);
        // A country spelled as its people are, without a determiner of persons.
        assert_eq!(surfaces(&es, "Switzerland"), ["Suisse"]);
    }

    #[test]
    fn surnames_in_capitals_are_title_cased() {
        assert_eq!(
            title_case_surnames("Jan Peter BALKENENDE"),
            "Jan Peter Balkenende"
        );
        assert_eq!(
            title_case_surnames("Jean-Yves LE DRIAN"),
            "Jean-Yves Le Drian"
        );
        assert_eq!(title_case_surnames("Jean-Louis DEBRÉ"), "Jean-Louis Debré");
        assert_eq!(title_case_surnames("MR PRICE"), "MR PRICE");
        assert_eq!(
            title_case_surnames("HAYASHI Yoshimasa"),
            "Yoshimasa Hayashi"
        );
        assert_eq!(title_case_surnames("XI Jinping"), "Xi Jinping");
        assert_eq!(title_case_surnames("John Paul II"), "John Paul II");
        let kb = chancery_lexicon::actors::builtin();
        assert_eq!(
            family_name_first(kb, "HAYASHI Yoshimasa").as_deref(),
            Some("Yoshimasa Hayashi")
        );
        assert_eq!(family_name_first(kb, "OSCE Ukraine"), None);
        assert_eq!(title_case_surnames("WANG Yi"), "Wang Yi");
        assert_eq!(title_case_surnames("Vladimir Putin"), "Vladimir Putin");
    }

    #[test]
    fn a_place_before_a_persons_name_is_not_part_of_it() {
        let mut doc = Document {
            text: "The invitation highlights its role, Russian Ambassador to Havana Viktor Koronelli said.".into(),
            lang: Some("en".into()),
            ..Document::default()
        };
        extract_entities(&mut doc, chancery_lexicon::actors::builtin());
        let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Viktor Koronelli"), "{names:?}");
        assert!(names.contains(&"Havana"), "{names:?}");
    }

    #[test]
    fn a_nationality_word_before_a_full_name_is_not_part_of_it() {
        let es = entities(
            "Le président Malien Ibrahim Boubacar Keita a annoncé sa démission.",
            "2020-08-19",
        );
        let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Ibrahim Boubacar Keïta"), "{names:?}");
    }

    #[test]
    fn unknown_names_group_by_surname() {
        let es = entities(
            "Le ministre Jean-Baptiste Lemoyne a rencontré des journalistes. Lemoyne a dit non.",
            "2024-01-01",
        );
        let e = es.iter().find(|e| e.name == "Jean-Baptiste Lemoyne");
        assert!(e.is_some_and(|e| e.mentions.len() == 2), "{es:?}");
    }
}
