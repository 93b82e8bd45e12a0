//! Events: who did what to whom, coded in CAMEO, one per predicate of a sentence.
//!
//! Per sentence (`Document::sentences`), the sentence's tokens are matched against the language's
//! predicate lexicon (`chancery_lexicon::events`, data in `data/<lang>/events.tsv`, and the
//! verbs of reported speech of `reporting_verbs.txt` as bare statements). For each predicate:
//! - **mood**: a question, a negated ("ne … pas", "not", "не"), conditional ("si", "if", anywhere
//!   before it in the sentence) or modal
//!   ("could") predicate is no event; a future one ("va", "will", "проведут", a future verb ending,
//!   a date after the document's) is kept as `planned`, and a planned meeting, cooperation or aid
//!   is coded as the intention to do it (036, 032, 031, 033); a verbal act one says one wishes to
//!   perform ("I would like to thank", "je voudrais saluer": event-word kind `wish`) is
//!   performed, a cooperative act one says one wishes for ("wants to meet", "souhaite se
//!   rendre") is announced (planned), and an act continued ("will continue to support": kind `continue`) goes on;
//! - **source**: the first actor of the predicate's clause before it (a person before anyone
//!   else; a clause starts after "que", "that", "что", a colon or a quotation mark), else for a
//!   pronoun ("il", "he", "он") the person the paragraph named last (or the paragraph before, when
//!   that is a single sentence, as a dispatch's are), else the speaker of the turn or quotation
//!   the sentence stands in; actors joined by "et/and/и" before a meeting make its
//!   two sides; after a reporting verb with no "that" ("said the United States will…") the
//!   reported clause has its own subject;
//! - **obligation** ("Russia said that Sudan must return…", option `obligation`): the subject
//!   after the nearest clause boundary or reporting verb is the target, the actors of the clause
//!   that states it the source;
//! - **target**: the first actor after the predicate in its clause; a place after "à/in/в" is
//!   the target of a visit and the place of anything else; an actor after "par/by" is the doer of
//!   a passive predicate; a noun predicate takes its sides from "entre X et Y" or from a compound
//!   adjective ("russo-biélorusse", "российско-белорусские"); a noun's stem in a verb form
//!   (`verb_suffix`: "visited", "a rencontré") or after an auxiliary ("will support") is a verb;
//!   an object relative pronoun right after a name stands for it ("Antonio Guterres, que je
//!   salue": kind `object_relative`); in a dialogue of two named speakers, "you" (kind
//!   `second_person`) is the other one, and "we" meeting no one named (kind `first_plural`) are
//!   the two of them;
//! - **actors** are the document's entities (PER, ORG, LOC), the speakers, office holders named
//!   by a role phrase ("le Président de la République"), and states named by an adjective with
//!   an actor noun ("la partie russe", "the Russian side", "российская сторона") or by a
//!   capitalised nationality word alone ("Sudanese rebels", "Hungarian and Romanian officials");
//! - **date**: the first resolved time expression of the sentence, else (not planned) the
//!   section's or document's date; **place**: a place of the sentence, else the section's.
//!
//! Nouns name their doer in the genitive ("les sanctions de l'UE contre la Russie", "визит
//! Путина"; after a noun of force a state is where it falls: "the invasion of Ukraine"); what
//! "discussed" takes directly, or a meeting is "on", is its topic, not a side; an act done in a
//! state with no other side named (aid, refusals, threats, protests, force, sanctions, coercion)
//! is done to that state, and a visit to a city is to its state. In a fronted clause ("США,
//! как заявил X", "comme l'a indiqué X") the subject follows the verb, and a demand or appeal
//! so made is of the actor of the clause before "as" ("…que les troupes russes se retirent,
//! comme l'a demandé l'Assemblée générale"); criticism whose clause
//! names no target is aimed at the doer of the act it condemns ("condamné … l'attaque perpétrée
//! par X"); a word of cooperation right before an event noun qualifies it ("coordinated
//! sanctions"); a predicate's `person:CODE` option codes it so when it takes a person first
//! ("welcomed the delegations" meets them).
//!
//! An event needs a source and a target; only a bare statement (CAMEO 01), a concession or
//! retreat (08) or a show of force (15) may lack a target; words (appeals, demands, criticism,
//! refusals, threats) whose target the clause does not name are a bare statement of their
//! source; and a sentence that states something more specific keeps no bare statement. A side never acts upon its own
//! state (Putin → Russia is a misread "our country"). In an interview, what a question states
//! is not the questioner's act: it is the answerer's when the question speaks to them ("your
//! visit to the region"; `second_person` words of `quote_words.tsv`), else no event.

use std::collections::HashMap;

use chancery_lexicon::actors::Kb;
use chancery_lexicon::events::{EventLexicon, NO_EVENT, Role, code_info, lexicon};
use chancery_lexicon::people::{QuoteWord, is_honorific, quote_words};
use chancery_model::{
    Document, EntityType, Event, EventStatus, PartialDate, Span, TimeValue, TurnKind, event_type,
};
use chancery_ner::token::{sentences, tokenize, tokenize_into};

/// Tokens after a subordinating conjunction within which its clause's subject starts ("when
/// the President", not "when they went into Ukraine").
const SUBJECT_REACH: usize = 3;
/// Tokens of a turn's label that may open a sentence before its colon ("QUESTION:", "MR PRICE:").
const LABEL_TOKENS: usize = 5;
/// Tokens after an event noun within which the words that name its doer start ("attaques de la
/// part de", "threats from").
const NOUN_AGENT_REACH: usize = 2;
/// Tokens before a predicate within which a negation, a modal or a future marker counts.
const MOOD_REACH: usize = 3;
/// Tokens after an appeal, a promise, a demand or a threat within which a predicate is its
/// content, not an event.
const COMPLEMENT_REACH: usize = 6;
/// Events one predicate may give (sources × targets of coordinated lists).
const MAX_PAIRS: usize = 16;
/// Tokens before an event noun within which a verb of stopping ("halted", "lifted") stops it.
const HALT_REACH: usize = 4;
/// Tokens after a predicate within which "by"/"par" and its actor make it passive.
const PASSIVE_REACH: usize = 6;
/// Tokens between protesters and the verb of a protest with no target ("Iraqi Kurds
/// demonstrated", "Iraqi Kurds in Kirkuk have demonstrated").
const PROTESTER_REACH: usize = 4;
/// Tokens after a criticism within which the doer of the act it condemns is looked for.
const CONDEMNED_REACH: usize = 14;
/// The quotation of `doc` that holds byte `pos`, if any.
fn quotation_at(doc: &Document, pos: usize) -> Option<&chancery_model::Quote> {
    doc.quotes
        .iter()
        .find(|q| q.span.start <= pos && pos < q.span.end)
}

/// Who speaks at token `token` of the sentence at `span`: the speaker of the quotation holding
/// it, else of the turn holding the sentence (or opening inside it).
///
/// In a document with no speaker at all, words outside quotations are its unnamed `voice`'s.
fn speaker_at(
    doc: &Document,
    span: Span,
    tokens: &[Span],
    token: usize,
    voice: Option<&Side>,
) -> Option<Side> {
    let at = span.start;
    let word = at + tokens.get(token).map_or(0, |t| t.start);
    let quoted = |pos: usize| quotation_at(doc, pos);
    if let Some(voice) = voice
        && quoted(word).is_none()
    {
        return Some(voice.clone());
    }
    let name = quoted(word)
        .or_else(|| quoted(at))
        .and_then(|q| q.speaker.clone())
        .or_else(|| {
            // (Or the turn that opens inside the sentence, after its speaker's label: "MR
            // MILLER: We continue to call on…".)
            doc.turns
                .iter()
                .find(|t| t.span.start <= at && at < t.span.end)
                .or_else(|| {
                    doc.turns
                        .iter()
                        .find(|t| at < t.span.start && t.span.start < span.end)
                })
                .map(|t| t.speaker.clone())
        })?;
    let actor = doc
        .speakers
        .iter()
        .find(|s| s.name == name)
        .and_then(|s| s.actor.clone());
    Some(Side {
        name,
        actor,
        person: true,
        undergoer: false,
    })
}

/// Words in the first person outside quotations that make a document with no speaker one
/// person's speech: at least this many…
const VOICE_MIN_WORDS: usize = 20;
/// …and at least one in this many of its words.
const VOICE_DENSITY: usize = 150;
/// Sentences in the first person that must name the speech's state.
const VOICE_MIN_SENTENCES: usize = 3;

/// The state a document with no speaker speaks for, when it is a speech in the first person
/// whose speaker it never names (the UN General Assembly's debates: "I stand here…", "my
/// country"): the state its sentences in the first person name most, when that is clear. What
/// "I" and "we" do there, that state does.
fn unnamed_voice(
    doc: &Document,
    lex: &EventLexicon,
    mentions: &[(Span, usize)],
    states: &[bool],
) -> Option<Side> {
    if !doc.turns.is_empty() {
        return None;
    }
    // (The quotations in text order, searched by halves: a long speech has many words.)
    let mut quotes: Vec<Span> = doc.quotes.iter().map(|q| q.span).collect();
    quotes.sort_unstable_by_key(|q| q.start);
    let quoted = |pos: usize| {
        let i = quotes.partition_point(|q| q.start <= pos);
        quotes[..i].iter().rev().take(4).any(|q| pos < q.end)
    };
    let (mut first_person, mut words) = (0, 0);
    let mut counts: Vec<(usize, usize)> = Vec::new();
    let (mut tokens, mut lower) = (Vec::new(), Vec::new());
    for &sentence in &doc.sentences {
        lowercase_tokens(doc, sentence, &mut tokens, &mut lower);
        let mut own = false;
        for (t, w) in tokens.iter().zip(&lower) {
            if !w.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            words += 1;
            if lex.is(w, Role::FirstPerson) && !quoted(sentence.start + t.start) {
                first_person += 1;
                own = true;
            }
        }
        own = own || (0..lower.len()).any(|i| lex.own_state_at(&lower[i..]).is_some());
        if !own || quoted(sentence.start) {
            continue;
        }
        let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
        let mut named: Vec<usize> = Vec::new();
        for &(_, e) in mentions[first..]
            .iter()
            .take_while(|(m, _)| m.end <= sentence.end)
        {
            if !named.contains(&e) && states[e] {
                named.push(e);
            }
        }
        for e in named {
            match counts.iter_mut().find(|(x, _)| *x == e) {
                Some((_, n)) => *n += 1,
                None => counts.push((e, 1)),
            }
        }
    }
    if first_person < VOICE_MIN_WORDS || first_person * VOICE_DENSITY < words {
        return None;
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (best, n) = *counts.first()?;
    if n < VOICE_MIN_SENTENCES || counts.get(1).is_some_and(|c| c.1 == n) {
        return None;
    }
    let entity = &doc.entities[best];
    Some(Side {
        name: entity.name.clone(),
        actor: entity.actor.clone(),
        person: false,
        undergoer: false,
    })
}

/// Fills `tokens` with the shared tokenizer's tokens of `sentence` (relative to it) and `lower`
/// with each one in lower case, its apostrophes straight ("J’ai" → "j'", "ai"). The tokens are
/// the document's own (`Document::tokens`) when it has them, else the sentence is tokenized.
fn lowercase_tokens(
    doc: &Document,
    sentence: Span,
    tokens: &mut Vec<Span>,
    lower: &mut Vec<String>,
) {
    let text = sentence.slice(&doc.text);
    if doc.tokens.is_empty() {
        tokenize_into(text, tokens);
    } else {
        tokens.clear();
        let first = doc.tokens.partition_point(|t| t.start < sentence.start);
        tokens.extend(
            doc.tokens[first..]
                .iter()
                .take_while(|t| t.end <= sentence.end)
                .map(|t| Span::new(t.start - sentence.start, t.end - sentence.start)),
        );
    }
    lower.resize(tokens.len(), String::new());
    for (l, t) in lower.iter_mut().zip(tokens.iter()) {
        l.clear();
        let word = t.slice(text);
        // (Most words are ASCII: lowered byte by byte.)
        if word.is_ascii() {
            l.push_str(word);
            l.make_ascii_lowercase();
            continue;
        }
        for c in word.chars() {
            match c {
                '’' | 'ʼ' => l.push('\''),
                // (The common letters without the Unicode tables: Latin and Cyrillic.)
                c if c.is_ascii() => l.push(c.to_ascii_lowercase()),
                'а'..='я' | 'ё' => l.push(c),
                'А'..='Я' => l.extend(char::from_u32(u32::from(c) + 0x20)),
                c => l.extend(c.to_lowercase()),
            }
        }
    }
}

/// The CAMEO code of a bare statement.
const STATEMENT: &str = "010";
/// Codes of the verbal acts that saying one wishes to perform performs: statements, appeals,
/// praise and verbal defence, demands, criticism, rejection, threats.
const PERFORMED_ROOTS: [&str; 8] = ["01", "02", "051", "052", "10", "11", "12", "13"];
/// Codes of the acts that saying one wishes to perform announces as to come: intentions,
/// meetings and visits, diplomatic and material cooperation, aid.
/// Most tokens from a negation to the word of occurring it denies ("n'a finalement pas eu lieu",
/// "will not take place").
const OCCUR_NEGATION_REACH: usize = 3;

/// Codes of the acts whose target may be people of a side who undergo them ("the Ukrainian
/// sailors"): intentions (03), concessions (08), sanctions (16), coercion (17) and force (18–20).
const UNDERGONE_ROOTS: [&str; 7] = ["03", "08", "16", "17", "18", "19", "20"];

const WISHED_ROOTS: [&str; 5] = ["03", "04", "05", "06", "07"];
/// Tokens between a reporting verb and the colon that opens the words it reports ("a dit
/// mardi :").
const REPORTER_REACH: usize = 3;
/// Capitalised title words that may stand before a person a predicate takes ("Prime Minister").
const PERSON_TITLE_REACH: usize = 3;
/// Role words between "мы с" and the person it joins to the speaker.
const JOINED_REACH: usize = 6;
/// Tokens after a verbal act of evaluation within which a nationality adjective on a noun of its
/// complement names the state it is about ("consternation à l'annonce de la décision
/// américaine").
const EVALUATIVE_OBJECT_REACH: usize = 7;
/// Tokens between "with" and the person who comes along on a visit ("с премьер-министром
/// Зиядом Рифаи").
const COMPANION_REACH: usize = 4;
/// Tokens between a possessive's owner and the event noun it owns (adjectives, commas).
const OWNER_REACH: usize = 8;
/// How many tokens of a title may stand between a body that opens it and the person it ends
/// with ("Chinese Communist Party Politburo Member and Director of … Yang Jiechi").
const LONG_TITLE_REACH: usize = 14;
/// Words after a visit or aid noun before the word that introduces its place or recipient
/// ("visite d'État de trois jours en Chine", "livraison de canons Caesar à l'Ukraine").
const VISIT_PLACE_REACH: usize = 6;
/// Words before a visit noun in an opening phrase ("En visite", "Au cours d'un appel", "Находясь с
/// визитом").
const OPENING_VISIT_REACH: usize = 4;
/// "Make a visit": the guest's side of a hosted visit (043).
const VISIT: &str = "042";
/// "Meet" (040): a reception of one person by another.
const MEET: &str = "040";
/// Words between the word of circumstance ("in", "lors", "в") and the talks it opens ("in a
/// phone call", "lors d'un entretien téléphonique").
const TALKS_PHRASE_REACH: usize = 3;
/// The codes of acts that address another ([`talks_of_an_address`]): statement, appeal,
/// intent, demand, disapproval, rejection, threat.
const ADDRESS_ROOTS: [&str; 7] = ["01", "02", "03", "10", "11", "12", "13"];
/// Tokens between "with" and the first name of the other side of talks ("discussed with the
/// Prime Minister of India").
const PARTNER_REACH: usize = 6;
/// The longest word taken for a preposition that each member of a list may repeat ("avec X et
/// avec Y", "with X and with Y", "с X и с Y"): prepositions are short words, verbs longer.
const LIST_PREPOSITION_CHARS: usize = 5;
/// Tokens between "and" and a second verb it joins to the first (its auxiliary, an adverb).
const JOINED_VERB_REACH: usize = 3;
/// Tokens between an actor and the relative pronoun that stands for it ("l'OCS), qui").
const RELATIVE_REACH: usize = 3;
/// Tokens between an adjective actor and a person that names the same side ("le président
/// biélorusse Alexandre Loukachenko").
const APPOSITION_REACH: usize = 3;
/// How many tokens may stand between an event noun and its doer when they hold the doers' title
/// ("a meeting of the foreign ministers of Armenia").
const TITLED_DOER_REACH: usize = 5;
/// How many tokens may stand between a light verb and its event noun ("imposed new sweeping
/// sanctions", "delivered a new batch of weapons").
const LIGHT_REACH: usize = 5;

/// Most words of a giver phrase before its actor ("de la part de l'").
const GIVER_WORDS: usize = 5;

/// Fills `Document::sentences` from the shared tokenizer and splitter.
pub fn split_sentences(doc: &mut Document) {
    doc.tokens = tokenize(&doc.text);
    let tokens = &doc.tokens;
    doc.sentences = sentences(&doc.text, tokens)
        .into_iter()
        .filter_map(|r| {
            let first = tokens.get(r.start)?;
            let last = tokens.get(r.end.checked_sub(1)?)?;
            Some(Span::new(first.start, last.end))
        })
        .collect();
}

/// A role phrase's span, its holder's canonical name and actor code.
type RoleHolder = (Span, String, Option<String>);

/// An actor named in a sentence, by token indices (end exclusive).
#[derive(Clone, Debug)]
struct Mention {
    start: usize,
    end: usize,
    name: String,
    actor: Option<String>,
    kind: EntityType,
    /// Named by a country adjective, not by a name.
    adjective: bool,
    /// Inside a place phrase ("à Minsk", "in Moscow").
    place: bool,
    /// Named by an adjective as the doer of the event noun starting at this token ("l'attaque
    /// russe"): another predicate takes it only with that noun as its object.
    doer_of: Option<usize>,
    /// Named by an adjective before or after a noun of people who undergo acts ("the Ukrainian
    /// sailors"): see [`UNDERGONE_ROOTS`].
    undergoer: bool,
}

/// Coordinates of an actor found: its name and code, and whether it is a person.
#[derive(Clone, Debug, Default, PartialEq)]
struct Side {
    name: String,
    actor: Option<String>,
    person: bool,
    /// From a mention of people who undergo acts ([`Mention::undergoer`]).
    undergoer: bool,
}

impl Side {
    fn of(m: &Mention) -> Side {
        Side {
            name: m.name.clone(),
            actor: m.actor.clone(),
            person: m.kind == EntityType::Per && !m.adjective,
            undergoer: m.undergoer,
        }
    }
}

/// Most words between an intent's predicate and its object for joined subjects to intend
/// towards it, not towards each other ("willing to join BRICS", "readiness to become BRICS
/// partners").
const INTENT_OBJECT_REACH: usize = 2;

/// Codes the events of a document; needs sentences, turns, quotes, entities and times.
pub fn extract_events(doc: &mut Document, kb: &Kb) {
    let Some(lex) = doc.lang.as_deref().and_then(lexicon) else {
        return;
    };
    if doc.sentences.is_empty() {
        split_sentences(doc);
    }
    let mut mentions: Vec<(Span, usize)> = doc
        .entities
        .iter()
        .enumerate()
        // (Not a weapon or an event; a grouping the base codes acts: "the West", WST.)
        .filter(|(_, e)| e.kind != EntityType::Misc || e.actor.is_some())
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i)))
        // The dateline's place and agency act in no sentence ("ABU DHABI, Feb 5 (Reuters) -
        // …, officials said").
        .filter(|(m, _)| !doc.dateline.is_some_and(|d| d.contains(*m)))
        .collect();
    mentions.sort_unstable();
    // Which entities are states of the actor base, by index.
    let states: Vec<bool> = doc
        .entities
        .iter()
        .map(|e| is_state(kb, &e.name, doc.published))
        .collect();
    // Role phrases stand for the office holder ("le Président de la République s'est
    // entretenu…"), even when the document never names them.
    let mut roles: Vec<RoleHolder> = crate::entities::document_role_holders(doc, kb)
        .into_iter()
        .map(|(span, a)| {
            let actor = &kb.actors()[a];
            let code = actor.code_on(doc.published).map(str::to_owned);
            (span, actor.name.clone(), code)
        })
        .collect();
    roles.sort_by_key(|r| r.0);
    let voice = unnamed_voice(doc, lex, &mentions, &states);
    let mut kb_cache: HashMap<String, Option<String>> = HashMap::new();
    let mut tokens: Vec<Span> = Vec::new();
    let mut lower: Vec<String> = Vec::new();
    // Each token's roles (`EventLexicon::roles`).
    let mut token_roles: Vec<u64> = Vec::new();
    let mut in_time: Vec<bool> = Vec::new();
    let mut events = Vec::new();
    // The states named so far and how often, for "the two countries", "обе стороны".
    let mut states_named: Vec<(Side, usize)> = Vec::new();
    // The persons named so far and how often, for "the two leaders", "les deux présidents".
    let mut persons_named: Vec<(Side, usize)> = Vec::new();
    // The person the paragraph last spoke of, for "il", "he", "он" before a predicate.
    let mut previous: Option<Side> = None;
    // The person the paragraph named last, for "ce dernier", "the latter", "последний".
    let mut latest: Option<Side> = None;
    // The actors the sentence before opened with, joined by "and", for "ils", "they", "они".
    let mut previous_group: Vec<Side> = Vec::new();
    let mut previous_end = 0;
    // Sentences of the paragraph so far. A paragraph of one sentence (a news dispatch's) hands
    // its person on to the next: "Lavrov arrived in Beijing on Monday.\n\nHe met Wang Yi…"
    // (not its group: "they" stays in its paragraph).
    let mut in_paragraph = 0;
    for &sentence in &doc.sentences {
        if doc
            .text
            .get(previous_end..sentence.start)
            .is_some_and(|gap| gap.contains("\n\n"))
        {
            if in_paragraph > 1 {
                previous = None;
                latest = None;
            }
            previous_group.clear();
            in_paragraph = 0;
        }
        in_paragraph += 1;
        previous_end = sentence.end;
        // (A sentence that codes nothing hands the group on as it is.)
        let group = previous_group.clone();
        let antecedent = previous.take();
        previous = first_person_named(doc, &mentions, sentence).or(antecedent.clone());
        let latest_before = latest.take();
        latest = last_person_named(doc, &mentions, sentence).or(latest_before.clone());
        // ("Russia and China held talks. The two countries signed…": the only two states the
        // text named so far, however often, when the sentence before opened with them.)
        let opened_with = |side: &Side| group.iter().any(|g| g.name == side.name);
        let pair_at = the_two(&states_named).or((states_named.len() == 2
            && states_named.iter().all(|(s, _)| opened_with(s)))
        .then_some([0, 1]));
        let person_pair_at = the_two(&persons_named);
        let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
        for &(_, e) in mentions[first..]
            .iter()
            .take_while(|(m, _)| m.end <= sentence.end)
        {
            let entity = &doc.entities[e];
            let named = if entity.kind == EntityType::Per {
                &mut persons_named
            } else if states[e] {
                &mut states_named
            } else {
                continue;
            };
            match named.iter_mut().find(|(s, _)| s.name == entity.name) {
                Some((_, n)) => *n += 1,
                None => named.push((
                    Side {
                        name: entity.name.clone(),
                        actor: entity.actor.clone(),
                        person: entity.kind == EntityType::Per,
                        undergoer: false,
                    },
                    1,
                )),
            }
        }
        let text = sentence.slice(&doc.text);
        if text.trim_end().ends_with('?') {
            continue;
        }
        lowercase_tokens(doc, sentence, &mut tokens, &mut lower);
        if tokens.is_empty() || interrogative(lex, &lower) {
            continue;
        }
        token_roles.clear();
        token_roles.extend(lower.iter().map(|w| lex.roles(w)));
        // A listed phrase plays its role as one word, its last ("in the event that"), which
        // keeps its own ("is due to visit": "to" still marks the infinitive).
        let mut i = 0;
        while i < lower.len() {
            match lex.phrase_roles_at(&lower[i..]) {
                Some((n, bits)) => {
                    token_roles[i + n - 1] |= bits;
                    i += n;
                }
                None => i += 1,
            }
        }
        // The comma that closes a condition ends its clause: "If Russia invades Ukraine, the
        // United States will…" — the subject of what follows is after it.
        let (condition, boundary) = (Role::Condition.bit(), Role::Boundary.bit());
        for c in 0..lower.len() {
            if token_roles[c] & condition != 0
                && let Some(k) = (c + 1..lower.len())
                    .take_while(|&k| token_roles[k] & boundary == 0)
                    .find(|&k| lower[k] == ",")
            {
                token_roles[k] |= boundary;
            }
        }
        // The tokens inside a time expression (the times are in text order).
        let times = {
            let lo = doc.times.partition_point(|x| x.span.start < sentence.start);
            let hi = doc.times.partition_point(|x| x.span.start < sentence.end);
            &doc.times[lo..hi.max(lo)]
        };
        in_time.clear();
        in_time.extend(tokens.iter().map(|t| {
            let (a, b) = (sentence.start + t.start, sentence.start + t.end);
            times.iter().any(|x| x.span.start <= a && b <= x.span.end)
        }));
        // (With its article: "la semaine prochaine".)
        for k in (0..in_time.len().saturating_sub(1)).rev() {
            if in_time[k + 1] && lex.is(&lower[k], Role::Article) {
                in_time[k] = true;
            }
        }
        let mut found = predicates(lex, &lower, &in_time);
        // "thanks to her effort": a phrase the lexicon codes "-" holds a predicate's word and is
        // no event.
        found.retain(|&(_, _, p)| lex.predicates[p].code != NO_EVENT);
        // A capitalised word inside a sentence is part of a name ("the United States", "Sommet
        // de l'OTAN"), not a predicate — unless it opens an item after a time or a dash ("9h -
        // Accueil de M. Narendra Modi…").
        found.retain(|&(start, _, _)| {
            start == 0
                || !tokens[start].slice(text).starts_with(char::is_uppercase)
                || !lower[start - 1].starts_with(char::is_alphabetic)
                    && !["«", "\"", "“", "(", "'"].contains(&lower[start - 1].as_str())
        });
        if found.is_empty() {
            continue;
        }
        // "Lavrov a dit que la Russie doit…" demands; "Le président doit se rendre à Moscou"
        // plans a visit: an obligation of the `stated` option is one only when a reporting
        // clause or a speaker states it and no meeting or visit stands next to it.
        if found.iter().any(|&(_, _, p)| lex.predicates[p].stated) {
            let meetings: Vec<usize> = found
                .iter()
                .filter(|&&(_, _, q)| lex.predicates[q].code.starts_with("04"))
                .map(|&(start, _, _)| start)
                .collect();
            // (And one laid on someone named: "мы должны…", "Должен сказать…", "Toute solution
            // doit…" lay it on no one else.)
            let subject_named = |start: usize| {
                let from = (0..start)
                    .rev()
                    .find(|&i| {
                        [Role::Boundary, Role::Report, Role::Complementizer]
                            .iter()
                            .any(|&r| lex.is(&lower[i], r))
                    })
                    .map_or(0, |o| o + 1);
                let (a, b) = (
                    sentence.start + tokens[from.min(start)].start,
                    sentence.start + tokens[start].start,
                );
                let i = mentions.partition_point(|(m, _)| m.start < a);
                mentions.get(i).is_some_and(|(m, _)| m.end <= b)
            };
            found.retain(|&(start, end, p)| {
                !lex.predicates[p].stated
                    || subject_named(start)
                        && ((0..start).any(|i| {
                            lex.is(&lower[i], Role::Complementizer)
                                || lex.is(&lower[i], Role::Report)
                        }) || speaker_at(doc, sentence, &tokens, start, voice.as_ref())
                            .is_some())
                        && !meetings
                            .iter()
                            .any(|&m| m + COMPLEMENT_REACH >= start && m <= end + COMPLEMENT_REACH)
            });
        }
        // What is called for, promised, demanded, refused or threatened has not happened: "a
        // menacé d'envahir", "urged Israel to stop", "refused to deploy" code the appeal, the
        // refusal or the threat, not the act. What one is accused of is alleged: "accused Russia
        // of shelling the plant" codes the accusation.
        let mut speech_act_end: Option<(usize, bool)> = None;
        found.retain(|&(start, end, p)| {
            let code = &lex.predicates[p].code;
            // (Not a second verb in the past joined by "and": "a plaidé pour la paix et
            // reproché à l'OMC son silence" reproaches.)
            let finite = lex.verb_form(&lower[end - 1]) || lex.impersonal_form(&lower[end - 1]);
            let joined = lex.verb_form(&lower[end - 1])
                && (start.saturating_sub(JOINED_VERB_REACH)..start)
                    .any(|i| lex.is(&lower[i], Role::And));
            // (Nor a finite verb after a noun: "Предложение Вашингтона отвергли в Кремле"
            // rejects the proposal.)
            let inside = !joined
                && speech_act_end.is_some_and(|(e, noun)| {
                    start >= e && start <= e + COMPLEMENT_REACH && !(noun && finite)
                });
            if ["02", "03", "10", "112", "12", "13"]
                .iter()
                .any(|r| code.starts_with(r))
            {
                speech_act_end = Some((end, lex.predicates[p].nominal));
            }
            !inside
        });
        // "coordinated sanctions", "joint exercises": a word of cooperation right before an event
        // noun qualifies it; the noun is the event.
        // (Cooperation itself, 050 and 06x: praise, 051, or a signature, 057, before a noun is
        // an act upon it — "приветствовала соглашение".)
        let cooperation = |p: usize| {
            let code = &lex.predicates[p].code;
            code == "050" || code.starts_with("06")
        };
        if found.iter().any(|&(_, _, p)| cooperation(p)) {
            let noun_starts: Vec<usize> = found
                .iter()
                .filter(|&&(_, _, p)| lex.predicates[p].nominal)
                .map(|&(start, _, _)| start)
                .collect();
            found.retain(|&(_, end, p)| !(cooperation(p) && noun_starts.contains(&end)));
        }
        // (A noun of goods is no event by itself: "des vaccins européens" names no doer.)
        let predicate_spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|&&(_, _, p)| !lex.predicates[p].goods)
            .map(|&(start, end, _)| (start, end))
            .collect();
        // "imposed sanctions on Russia", "a imposé des sanctions à la Russie": a light verb before
        // an event noun is that noun's verb; the pair is one predicate, coded as a verb.
        let mut light_starts: Vec<usize> = Vec::new();
        let mut received_starts: Vec<usize> = Vec::new();
        // The actor whose name starts at token `k`.
        let mention_at = |k: usize| {
            let a = sentence.start + tokens.get(k)?.start;
            let i = mentions.partition_point(|(m, _)| m.start < a);
            mentions
                .get(i)
                .filter(|(m, _)| m.start == a)
                .map(|&(_, e)| e)
        };
        // A giver word and articles after token `end`, then an actor ("from the European
        // Union", "de la part de l'Union européenne", "от Евросоюза").
        let giver_after = |end: usize| {
            let mut k = end;
            let mut giver = false;
            while k < lower.len() && k < end + GIVER_WORDS {
                if lex.is(&lower[k], Role::Giver) {
                    giver = true;
                } else if !lex.is(&lower[k], Role::Article) {
                    break;
                }
                k += 1;
            }
            giver && mention_at(k).is_some()
        };
        let mut k = 0;
        while k + 1 < found.len() {
            let (start, end, p) = found[k];
            let (next_start, next_end, q) = found[k + 1];
            // (Goods are given: "provided shells", not "imposed an arms embargo".)
            if lex.predicates[p].light
                && lex.predicates[q].nominal
                && (!lex.predicates[q].goods
                    || lex.predicates[p].code.starts_with("07")
                    || lex.predicates[p].received)
                && next_start >= end
                && next_start <= end + LIGHT_REACH
                && !(end..next_start).any(|i| lex.is(&lower[i], Role::Boundary) || lower[i] == ",")
            {
                // ("передала Украине снаряды", "gave Ukraine support": a recipient named
                // between them is the verb's object, after the predicate.)
                // (Not the name of what is given: "sent Leopard tanks".)
                let between = (next_start > end)
                    .then(|| {
                        let from = sentence.start + tokens[end].start;
                        let to = sentence.start + tokens[next_start - 1].end;
                        let i = mentions.partition_point(|(m, _)| m.start < from);
                        mentions.get(i).filter(|&&(m, e)| {
                            m.end <= to && !(m.end == to && is_product(&doc.entities[e]))
                        })
                    })
                    .flatten();
                let recipient_between = between.is_some();
                // "received aid from the European Union", "получила от США оружие": a verb of
                // receiving takes the noun only from a giver — one a giver word names after
                // it, or an actor between them that is no person ("received EU aid";
                // "received Lavrov for talks" hosts him).
                if lex.predicates[p].received {
                    let between_giver =
                        between.is_some_and(|&(_, e)| doc.entities[e].kind != EntityType::Per);
                    if !(between_giver || giver_after(next_end)) {
                        k += 1;
                        continue;
                    }
                    received_starts.push(start);
                }
                found[k] = (start, if recipient_between { end } else { next_end }, q);
                found.remove(k + 1);
                light_starts.push(start);
            }
            k += 1;
        }
        found.retain(|&(start, _, p)| {
            !(lex.predicates[p].light_only || lex.predicates[p].goods)
                || light_starts.contains(&start)
        });
        // "говорили о сотрудничестве между Россией и…", "talked about cooperation between…":
        // a noun of cooperation or aid after a word of topic is what is spoken of, not an
        // event (a meeting spoken of took place: "Речь идёт о встрече президентов…"; what is
        // relied upon is an act: "compter sur le soutien de la France").
        found.retain(|&(start, _, p)| {
            let mut k = start;
            if k > 0 && lex.is(&lower[k - 1], Role::Article) {
                k -= 1;
            }
            let code = &lex.predicates[p].code;
            !(["05", "06", "07"].iter().any(|c| code.starts_with(c))
                && lex.predicates[p].nominal
                && !light_starts.contains(&start)
                && !lex.verb_form(&lower[start])
                && k > 0
                && lex.is(&lower[k - 1], Role::Topic)
                && !(k > 1 && lex.is(&lower[k - 2], Role::Rely)))
        });
        let evaluative: Vec<usize> = found
            .iter()
            .filter_map(|&(start, end, p)| {
                let code = &lex.predicates[p].code;
                // (A material act as a verb: the noun "l'agression contre le peuple arménien"
                // names its victim, not the state a verb of evaluation before it is about.)
                let verbal = !lex.predicates[p].nominal || light_starts.contains(&start);
                let material = MATERIAL_ROOTS.iter().any(|r| code.starts_with(r));
                // (Its victim after its "against", a doer's adjective between: "les frappes
                // russes contre les infrastructures civiles ukrainiennes".)
                let against = material
                    .then(|| {
                        (end..(end + NOUN_VICTIM_REACH).min(lower.len()))
                            .find(|&k| lex.is(&lower[k], Role::With))
                            .filter(|&k| {
                                (end..k)
                                    .all(|i| lex.inflected_adjective_country(&lower[i]).is_some())
                            })
                    })
                    .flatten();
                if let Some(k) = against {
                    return Some(k + 1);
                }
                (EVALUATIVE_ROOTS.iter().any(|r| code.starts_with(r)) || verbal && material)
                    .then_some(end)
            })
            .collect();
        // (Nouns of material acts: "les frappes contre des villes ukrainiennes" name their
        // victims after them.)
        let material: Vec<(usize, usize)> = found
            .iter()
            .filter(|&&(_, _, p)| {
                let code = &lex.predicates[p].code;
                MATERIAL_ROOTS.iter().any(|r| code.starts_with(r))
            })
            .map(|&(start, end, _)| (start, end))
            .collect();
        let mut sentence_mentions = sentence_actors(
            doc,
            lex,
            kb,
            &mut kb_cache,
            (&mentions, &roles),
            sentence,
            (&tokens, &lower),
            (&predicate_spans, &evaluative, &material),
        );
        // "a demandé à la Serbie et au Kosovo de…", "a reproché à l'OMC et aux États-Unis…": a
        // state after a place word that fuses the dative with its article ("au", "aux"), joined
        // to whom words said or given are addressed, is addressed too, not where.
        let told = |start: usize| {
            found.iter().any(|&(_, end, p)| {
                let code = &lex.predicates[p].code;
                start > end
                    && start <= end + 2
                    && ["02", "07", "10", "11", "12", "13"]
                        .iter()
                        .any(|r| code.starts_with(r))
            })
        };
        for i in 1..sentence_mentions.len() {
            let (before, after) = sentence_mentions.split_at_mut(i);
            let (prev, cur) = (&before[i - 1], &mut after[0]);
            if cur.place
                && !prev.place
                && cur.start == prev.end + 2
                && lex.is(&lower[cur.start - 1], Role::Dative)
                && lex.is(&lower[prev.end], Role::And)
                && told(prev.start)
            {
                cur.place = false;
            }
        }
        own_state_mentions(
            doc,
            kb,
            lex,
            (sentence, &tokens, &lower),
            voice.as_ref(),
            &mut sentence_mentions,
        );
        let sides_at = |named: &[(Side, usize)], at: Option<[usize; 2]>| {
            at.map(|[a, b]| [named[a].0.clone(), named[b].0.clone()])
        };
        let pair = sides_at(&states_named, pair_at);
        let person_pair = sides_at(&persons_named, person_pair_at);
        let ctx = Sentence {
            doc,
            kb,
            lex,
            span: sentence,
            tokens: &tokens,
            lower: &lower,
            roles: &token_roles,
            mentions: &sentence_mentions,
            antecedent: antecedent.as_ref(),
            latest: latest_before.as_ref(),
            group: &group,
            name_marks: name_marks(&sentence_mentions, &lower),
            speech_dashes: speech_dashes(doc, sentence, &tokens, &lower),
            light_starts,
            received_starts,
            acts: &found,
            pair: pair.as_ref(),
            person_pair: person_pair.as_ref(),
            voice: voice.as_ref(),
        };
        let mut here: Vec<Event> = Vec::new();
        // The acts that coded nothing (talks named with no other side of their own).
        let mut silent: Vec<(usize, usize, usize)> = Vec::new();
        // The doers each act was coded with, by its first token.
        let mut doers: Vec<(usize, Vec<Doer>)> = Vec::new();
        for &(start, end, pred) in &found {
            let code = lex.predicates[pred].code.as_str();
            // "halted economic aid", "lifted a day-old blockade", "cancelled a planned
            // visit": a verb of stopping before an event noun codes the stop, from the verb.
            let halt = (start.saturating_sub(HALT_REACH)..start)
                .rev()
                .take_while(|&i| !ctx.is(i, Role::Boundary))
                .find(|&i| ctx.is(i, Role::Halt));
            let mut coded = match halt.zip(reversed_code(code)) {
                Some((at, stopped)) => ctx.code(at, end, pred, stopped),
                None => ctx.code(start, end, pred, code),
            };
            // "They underscored their support for Ukraine's sovereignty and condemned…": a verb
            // joined by "and" to the one before, no subject of its own, has that one's doers.
            // (Not one whose doers it names after itself, and only there: "and to cooperate
            // between Japan and the G7".)
            let joined = ctx.joined_verb(start, end);
            let named_after = |first: usize| {
                let named = |e: &Event, from: usize, to: usize| {
                    sentence_mentions.iter().any(|m| {
                        m.start >= from && m.end <= to && e.source.as_deref() == Some(&m.name)
                    })
                };
                coded
                    .iter()
                    .any(|e| named(e, end, usize::MAX) && !named(e, first, start))
            };
            if let Some(first) = joined.filter(|&f| !named_after(f))
                && let Some((_, before)) = doers.iter().find(|(s, _)| *s == first)
            {
                if before.is_empty() {
                    // (Whom the first one takes is not the doer of the second: none is known.)
                    coded.retain(|e| {
                        !sentence_mentions.iter().any(|m| {
                            m.start >= first
                                && m.end <= start
                                && e.source.as_deref() == Some(m.name.as_str())
                        })
                    });
                } else {
                    coded = share_doers(coded, before);
                }
            }
            if coded.is_empty() {
                silent.push((start, end, pred));
            }
            let mut own: Vec<Doer> = Vec::new();
            for e in &coded {
                if let Some(s) = &e.source
                    && !own.iter().any(|(n, _)| n == s)
                {
                    own.push((s.clone(), e.source_actor.clone()));
                }
            }
            doers.push((start, own));
            here.extend(coded);
        }
        talks_of_an_address(&ctx, &silent, &mut here);
        // Else the two sides of a meeting it states ("X s'est entretenu avec Y. … Ils sont
        // convenus…"); else the actors before it are handed on, within the paragraph.
        previous_group = ctx.joined_subject();
        if previous_group.is_empty() {
            previous_group = here
                .iter()
                .filter(|e| e.code.starts_with("04") && e.status == EventStatus::Done)
                .find_map(|e| {
                    let side = |name: &Option<String>| {
                        let name = name.as_deref()?;
                        sentence_mentions
                            .iter()
                            .find(|m| m.name == name)
                            .map(Side::of)
                    };
                    Some(vec![side(&e.source)?, side(&e.target)?])
                })
                .unwrap_or(group);
        }
        // A sentence that states something more specific keeps no bare statement of the same
        // source: an act, or, for a statement on no one, a statement on someone ("Jack Straw
        // said the Libyan issue must be resolved": one statement, on Libya). One by someone
        // else is reported speech ("a report by Harvard researchers said that China seeks…")
        // and stays, the speaker's.
        let specific: Vec<(Option<String>, bool)> = here
            .iter()
            .filter(|e| !e.code.starts_with("01") || e.target.is_some())
            .map(|e| (e.source.clone(), e.code.starts_with("01")))
            .collect();
        here.retain(|e| {
            !e.code.starts_with("01")
                || !specific
                    .iter()
                    .any(|(s, stated)| *s == e.source && (!stated || e.target.is_none()))
        });
        for e in here {
            if !events.iter().any(|x: &Event| {
                x.span == e.span
                    && event_type(&x.code) == event_type(&e.code)
                    && x.source == e.source
                    && x.target == e.target
            }) {
                events.push(e);
            }
        }
    }
    questions_are_not_acts(doc, &mut events);
    uncoded_sides_are_no_actors(doc, kb, &mut events);
    media_take_no_part(&mut events);
    // "Putin … Russia": an act of a state's own side upon that state is a misread (its "our
    // country", its home), not an event between actors.
    // A show of force at home ("exercices simultanés en Russie et en Biélorussie", stated by
    // Putin) keeps its doer, without a target.
    events.retain_mut(|e| {
        let (Some(s), Some(t)) = (e.source_actor.as_deref(), e.target_actor.as_deref()) else {
            return true;
        };
        if !(t.len() == 3 && s.len() > 3 && s.starts_with(t)) {
            return true;
        }
        if !e.code.starts_with("15") {
            return false;
        }
        e.target = None;
        e.target_actor = None;
        reidentify(e);
        true
    });
    visits_go_to_their_place(doc, kb, &mut events);
    // CAMEO's events are dyadic: an act whose other side no clause names (and none found
    // above) is no record — but a statement, a protest and a show of force may stand alone.
    events.retain(|e| e.target.is_some() || ONE_SIDED.iter().any(|c| e.code.starts_with(c)));
    doc.events = events;
}

/// An event's doer as coded: its name and actor code.
type Doer = (String, Option<String>);

/// The events of a verb joined to the one before, recoded with that one's doers: each act once
/// per doer, none upon its own doer.
fn share_doers(coded: Vec<Event>, doers: &[Doer]) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for e in coded {
        for (name, actor) in doers {
            if e.target.as_deref() == Some(name.as_str()) {
                continue;
            }
            let mut shared = e.clone();
            shared.source = Some(name.clone());
            shared.source_actor = actor.clone();
            reidentify(&mut shared);
            if !out.iter().any(|x| {
                x.code == shared.code && x.source == shared.source && x.target == shared.target
            }) {
                out.push(shared);
            }
        }
    }
    out
}

/// The CAMEO roots of acts that stand without a target: statements, protests, military posture.
const ONE_SIDED: [&str; 3] = ["01", "14", "15"];

/// A visit whose host no clause names is to the state its place is in ("durant ma visite", at
/// Vilnius), when that is not the visitor's own.
fn visits_go_to_their_place(doc: &Document, kb: &Kb, events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.target.is_some() || !e.code.starts_with("042") {
            continue;
        }
        let Some(state) = e
            .place
            .as_deref()
            .and_then(|p| kb.lookup(p))
            .and_then(|a| kb.actors()[a].code_on(doc.published))
            .and_then(|c| kb.state(c))
        else {
            continue;
        };
        let state = &kb.actors()[state];
        let Some(code) = state.code_on(doc.published) else {
            continue;
        };
        if e.source_actor
            .as_deref()
            .is_some_and(|s| s.get(..3) == code.get(..3))
        {
            continue;
        }
        e.target = Some(state.name.clone());
        e.target_actor = Some(code.to_owned());
        reidentify(e);
    }
}

/// Events are between actors: a place the actor base cannot code (a building, a district, a
/// region: "Old Havana") is no event's source, and neither such a place nor an organisation it
/// cannot code ("the University of Vilnius", "the Cathedral") is its target: the event keeps
/// its act and doer without a target, the place as its place when it has none — words
/// (appeals, intentions, praise, criticism, threats…) left without a target are a bare statement
/// of their doer, as when the clause names none ("call on all major economies to adhere to the
/// OECD Guidelines"). People are actors whether the base knows them or not.
fn uncoded_sides_are_no_actors(doc: &Document, kb: &Kb, events: &mut Vec<Event>) {
    // The kind of a side the actor base does not know.
    // (As a target, a place the base knows but cannot code, "Crimea", "the Middle East",
    // "Donbas", is no actor either: what is done there is done to no one the record can name;
    // as a source it may still speak: "l'Europe a exprimé sa consternation".)
    let uncoded = |name: Option<&str>, actor: Option<&str>, target: bool| {
        let name = name.filter(|_| actor.is_none())?;
        let kind = doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
        let known = kb.lookup(name);
        let codeless_place = target
            && kind == Some(EntityType::Loc)
            && known.is_some_and(|i| kb.actors()[i].code_on(doc.published).is_none());
        if known.is_some() && !codeless_place {
            return None;
        }
        kind
    };
    events.retain_mut(|e| {
        if uncoded(e.source.as_deref(), e.source_actor.as_deref(), false) == Some(EntityType::Loc) {
            return false;
        }
        let target = uncoded(e.target.as_deref(), e.target_actor.as_deref(), true);
        if matches!(target, Some(EntityType::Loc | EntityType::Org)) {
            let name = e.target.take();
            if target == Some(EntityType::Loc) && e.place.is_none() {
                e.place = name;
            }
            if verbal(&e.code) || ["03", "051", "052"].iter().any(|c| e.code.starts_with(c)) {
                let info = code_info(STATEMENT);
                e.code = STATEMENT.to_owned();
                e.plover = info.as_ref().and_then(|i| i.plover).map(str::to_owned);
                e.goldstein = info.as_ref().map_or(0.0, |i| i.goldstein);
                e.quad_class = info.as_ref().map_or(0, |i| i.quad_class);
            }
            reidentify(e);
        }
        true
    });
    // (A statement made so is kept once, and not beside a more specific act of its doer in the
    // same sentence.)
    let specific: std::collections::HashSet<(Span, Option<String>)> = events
        .iter()
        .filter(|e| e.code != STATEMENT)
        .map(|e| (e.span, e.source.clone()))
        .collect();
    let mut seen = std::collections::HashSet::new();
    events.retain(|e| {
        if e.code != STATEMENT || e.target.is_some() {
            return true;
        }
        let key = (e.span, e.source.clone());
        !specific.contains(&key) && seen.insert(key)
    });
}

/// A news outlet reports, is spoken to and spoken of, but does not meet, visit, cooperate, give,
/// fight or sanction: an interview "avec RFI" is no consultation, "as the Wall Street Journal
/// noted, European aid has helped Ukraine" no aid of the newspaper's. Only statements, appeals,
/// criticism, refusals, threats and protests keep a media side (CAMEO's MED sector).
fn media_take_no_part(events: &mut Vec<Event>) {
    let media = |actor: Option<&str>| {
        actor.is_some_and(|a| a.as_bytes().chunks(3).any(|part| part == b"MED"))
    };
    events.retain(|e| {
        !(media(e.source_actor.as_deref()) || media(e.target_actor.as_deref()))
            || e.code.starts_with("01")
            || e.code.starts_with("14")
            || verbal(&e.code)
    });
}

/// Whether a code is of words said to someone (appeals, criticism, refusals, threats…), which
/// with no one named to are a bare statement.
fn verbal(code: &str) -> bool {
    ["02", "10", "11", "12", "13"]
        .iter()
        .any(|c| code.starts_with(c))
}

/// Whether a sentence's words make it a question whatever mark ends it ("Did you talk to Prime
/// Minister Kishida —", "QUESTION: Did you…", "Обсуждали ли вы…"): an interrogative word
/// opens it, or an interrogative particle is its second word (after a label's colon, too).
fn interrogative(lex: &EventLexicon, lower: &[String]) -> bool {
    let label = lower.iter().take(LABEL_TOKENS).position(|w| w == ":");
    [Some(0), label.map(|c| c + 1)]
        .into_iter()
        .flatten()
        .any(|first| {
            lower
                .get(first)
                .is_some_and(|w| lex.is(w, Role::Interrogative))
                || lower
                    .get(first + 1)
                    .is_some_and(|w| lex.is(w, Role::InterrogativeParticle))
        })
}

/// In an interview the questioner's words are not the questioner's acts: an event stated in a
/// question turn with the questioner as its source belongs to the one answering when the
/// question speaks to them ("your visit to the region includes the UAE"), and is no event
/// otherwise.
fn questions_are_not_acts(doc: &Document, events: &mut Vec<Event>) {
    let second_person = quote_words(QuoteWord::SecondPerson);
    events.retain_mut(|e| {
        // (The turn the sentence ends in: a sentence may open with the turn's label, "Q: …".)
        let Some(at) = doc.turns.iter().position(|t| {
            t.kind == TurnKind::Question && t.span.start < e.span.end && e.span.end <= t.span.end
        }) else {
            return true;
        };
        let turn = &doc.turns[at];
        if e.source.as_deref() != Some(turn.speaker.as_str()) {
            return true;
        }
        let addressed = e
            .span
            .slice(&doc.text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| second_person.contains(w.to_lowercase().as_str()));
        let answer = doc.turns[at + 1..]
            .iter()
            .find(|t| t.speaker != turn.speaker)
            .filter(|t| t.kind == TurnKind::Answer);
        let (true, Some(answer)) = (addressed, answer) else {
            return false;
        };
        if e.target.as_deref() == Some(answer.speaker.as_str()) {
            return false;
        }
        let source = Side {
            name: answer.speaker.clone(),
            actor: doc
                .speakers
                .iter()
                .find(|s| s.name == answer.speaker)
                .and_then(|s| s.actor.clone()),
            person: true,
            undergoer: false,
        };
        let target = e.target.clone().map(|name| Side {
            name,
            actor: e.target_actor.clone(),
            person: false,
            undergoer: false,
        });
        e.id = event_id(&e.code, &source, target.as_ref(), e.date);
        e.source = Some(source.name);
        e.source_actor = source.actor;
        true
    });
}

/// CAMEO roots of verbal acts whose object may be another event ("condemned the attack",
/// "welcomed the agreement", "called for an end to the strikes"): appeals (02), praise (051),
/// demands (10), disapproval (11), rejection (12).
const EVALUATIVE_ROOTS: [&str; 5] = ["02", "051", "10", "11", "12"];

/// CAMEO roots of material acts against another side, whose object a nationality adjective may
/// name ("a abattu un avion russe", "нанёс удары по иранским объектам", "a imposé des sanctions
/// aux entreprises chinoises"): sanctions (16), coercion (17), assault (18), force (19), mass
/// violence (20).
const MATERIAL_ROOTS: [&str; 5] = ["16", "17", "18", "19", "20"];

/// The persons entity mentions name in a sentence, in order.
fn persons_named<'d>(
    doc: &'d Document,
    mentions: &'d [(Span, usize)],
    sentence: Span,
) -> impl Iterator<Item = Side> + 'd {
    let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
    mentions[first..]
        .iter()
        .take_while(move |(m, _)| m.end <= sentence.end)
        .map(|&(_, e)| &doc.entities[e])
        .filter(|e| e.kind == EntityType::Per)
        .map(|e| Side {
            name: e.name.clone(),
            actor: e.actor.clone(),
            person: true,
            undergoer: false,
        })
}

/// The first person an entity mention names in a sentence.
fn first_person_named(doc: &Document, mentions: &[(Span, usize)], sentence: Span) -> Option<Side> {
    persons_named(doc, mentions, sentence).next()
}

/// The last person an entity mention names in a sentence.
fn last_person_named(doc: &Document, mentions: &[(Span, usize)], sentence: Span) -> Option<Side> {
    persons_named(doc, mentions, sentence).last()
}

/// The predicates of a sentence: (first token, end token, predicate index), not overlapping.
/// The predicates of a sentence's tokens (`lower`): (first token, end, predicate). The words of
/// one may have a time expression between them (`in_time`: the tokens inside one): "s'est rendu
/// lundi à Pékin", "se rendra la semaine prochaine en Chine"; or a listed adverb.
fn predicates(
    lex: &EventLexicon,
    lower: &[String],
    in_time: &[bool],
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    // Where the words of predicate `p` end when it starts at token `i`, if they match.
    let matched = |p: usize, i: usize| {
        let mut t = i;
        for (n, w) in lex.predicates[p].words.iter().enumerate() {
            if n > 0 {
                // (Nor an adverb the lexicon lists: "tenant Israël pleinement responsable",
                // "called again on".)
                while in_time.get(t).copied().unwrap_or(false)
                    || lower
                        .get(t)
                        .is_some_and(|tok| !w.matches(tok) && lex.is(tok, Role::Adverb))
                {
                    t += 1;
                }
            }
            if !lower.get(t).is_some_and(|tok| w.matches(tok)) {
                return None;
            }
            t += 1;
        }
        Some(t)
    };
    while i < lower.len() {
        let word = &lower[i];
        // (A word of one letter may open a phrase: "a frappé", "в контакте с".)
        if !word.chars().next().is_some_and(char::is_alphabetic) {
            i += 1;
            continue;
        }
        let hit = lex
            .candidates(word)
            .into_iter()
            .find_map(|p| matched(p, i).map(|end| (p, end)));
        match hit {
            Some((p, end)) => {
                out.push((i, end, p));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The two states (or persons) a text is about so far: the two named most often, each at least
/// twice and more often than any other (a joint statement's parties), else none.
/// (Their indices in `named`, which only grows: the sides are cloned only for a sentence that
/// has a predicate.)
fn the_two(named: &[(Side, usize)]) -> Option<[usize; 2]> {
    // The most named, the second, and how often the third is (of those named as often, the
    // first named first).
    let (mut a, mut b, mut third): (Option<usize>, Option<usize>, usize) = (None, None, 0);
    for (i, (_, n)) in named.iter().enumerate() {
        if a.is_none_or(|a| *n > named[a].1) {
            third = b.map_or(third, |b| named[b].1);
            (a, b) = (Some(i), a);
        } else if b.is_none_or(|b| *n > named[b].1) {
            third = b.map_or(third, |b| named[b].1);
            b = Some(i);
        } else {
            third = third.max(*n);
        }
    }
    let (a, b) = (a?, b?);
    let m = named[b].1;
    (m >= 2 && third < m).then_some([a, b])
}

/// Whether `name` is a state of the actor base (not a city or a region of one).
fn is_state(kb: &Kb, name: &str, date: Option<PartialDate>) -> bool {
    kb.lookup(name).is_some_and(|i| {
        kb.actors()[i]
            .code_on(date)
            .and_then(|c| kb.state(c))
            .is_some_and(|s| s == i)
    })
}

/// Whether the name at `start..end` names where a meeting was held or a text was made: after a
/// venue or document noun and its genitive ("le sommet de Pékin", "la Déclaration d'Alger"),
/// or right before one ("the Astana process", "the Minsk agreements"). A city so named is no
/// side of an event.
fn names_a_venue(lex: &EventLexicon, lower: &[String], (start, end): (usize, usize)) -> bool {
    let venue =
        |w: &str| lex.is(w, Role::Venue) || chancery_lexicon::nonentities::is_document_noun(w);
    let after_genitive =
        start > 1 && lex.is(&lower[start - 1], Role::Genitive) && venue(&lower[start - 2])
            || lex.genitive_adjacent() && start > 0 && venue(&lower[start - 1]);
    after_genitive || lower.get(end).is_some_and(|w| venue(w))
}

/// The state whose office the person at `start..end` (actor code `code`) holds, when a noun of
/// their rule stands beside the name: after it ("the Lukashenka regime", "Johnson's
/// government"), or before it, directly or through a genitive ("режим Лукашенко", "le régime
/// de Bachar al-Assad").
fn ruled_state(
    kb: &Kb,
    lex: &EventLexicon,
    lower: &[String],
    (start, end): (usize, usize),
    code: Option<&str>,
) -> Option<usize> {
    let state = kb.state(code?.get(..3)?)?;
    let regime = |i: usize| lower.get(i).is_some_and(|w| lex.is(w, Role::Regime));
    let after = regime(end)
        || (lower.get(end).is_some_and(|w| lex.is(w, Role::Possessive)) && regime(end + 1));
    let before = start > 0
        && (regime(start - 1)
            || (start > 1 && lex.is(&lower[start - 1], Role::Genitive) && regime(start - 2)));
    (after || before).then_some(state)
}

/// "My country has always supported…", "notre pays", "нашей страны": the state of the one
/// speaking there, a person's by their code (a state speaking is itself), as a mention.
fn own_state_mentions(
    doc: &Document,
    kb: &Kb,
    lex: &EventLexicon,
    (sentence, tokens, lower): (Span, &[Span], &[String]),
    voice: Option<&Side>,
    mentions: &mut Vec<Mention>,
) {
    let mut added = false;
    let mut i = 0;
    while i < lower.len() {
        let Some(n) = lex.own_state_at(&lower[i..]) else {
            i += 1;
            continue;
        };
        let state = speaker_at(doc, sentence, tokens, i, voice)
            .and_then(|s| kb.state(s.actor.as_deref()?.get(..3)?))
            .map(|k| &kb.actors()[k]);
        // (Not when the sentence names that state itself: "le soutien de la France et
        // l'attachement de notre pays".)
        if let Some(state) = state
            && !mentions
                .iter()
                .any(|m| (m.start < i + n && i < m.end) || m.name == state.name)
        {
            mentions.push(side_mention(
                (i, i + n),
                &state.name,
                state.code_on(doc.published).map(str::to_owned),
                EntityType::Loc,
            ));
            added = true;
        }
        i += n;
    }
    if added {
        mentions.sort_by_key(|m| m.start);
    }
}

/// Whether a mention lies in a turn's label ("M. Jean-Pierre Brard - (Applaudissements…) Les
/// Etats-Unis se livrent à une agression"): the speaker it names is no side of what the speech
/// says (they speak it: `speaker`).
fn in_label(doc: &Document, m: Span) -> bool {
    // (A label ends where its speech starts: the turn holding it is among the first whose speech
    // starts after the mention.)
    let i = doc.turns.partition_point(|t| t.span.start <= m.start);
    doc.turns[i..].iter().take(2).any(|t| {
        t.label
            .is_some_and(|l| l.start <= m.start && m.end <= l.end)
    })
}

/// Whether an entity may be the name of a thing given rather than an actor: a name the actor
/// base does not know that is no place ("Leopard", "Patriot").
fn is_product(entity: &chancery_model::Entity) -> bool {
    entity.actor.is_none() && entity.kind != EntityType::Loc
}

/// Whether tokens `start..end` stand right beside a noun of goods, naming what is given ("Leopard
/// tanks", "des chars Leopard", "комплексы Patriot").
fn beside_goods(lex: &EventLexicon, lower: &[String], (start, end): (usize, usize)) -> bool {
    let goods = |k: usize| {
        lower.get(k).is_some_and(|w| {
            lex.candidates(w).into_iter().any(|p| {
                let predicate = &lex.predicates[p];
                predicate.goods && predicate.words.len() == 1 && predicate.words[0].matches(w)
            })
        })
    };
    goods(end) || start.checked_sub(1).is_some_and(goods)
}

/// A sentence's predicates as token spans, the ends of those whose object a nationality adjective
/// may name, and the spans of material acts.
type PredicateSpans<'a> = (&'a [(usize, usize)], &'a [usize], &'a [(usize, usize)]);

/// The actors named in a sentence: its entity mentions and adjective-named states.
#[allow(clippy::too_many_arguments)]
fn sentence_actors(
    doc: &Document,
    lex: &EventLexicon,
    kb: &Kb,
    kb_cache: &mut HashMap<String, Option<String>>,
    (mentions, roles): (&[(Span, usize)], &[RoleHolder]),
    sentence: Span,
    (tokens, lower): (&[Span], &[String]),
    (predicates, evaluative, material): PredicateSpans,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let date = doc.published;
    let token_range = |m: Span| {
        let (ms, me) = (m.start - sentence.start, m.end - sentence.start);
        let start = tokens.partition_point(|t| t.end <= ms);
        let end = tokens.partition_point(|t| t.start < me);
        (start, end)
    };
    let mut longest_mention = None;
    let first = roles.partition_point(|(m, _, _)| m.start < sentence.start);
    for (m, name, actor) in &roles[first..] {
        if m.start >= sentence.end {
            break;
        }
        // A state or a body the phrase names is part of it ("Президенту Франции" is Chirac,
        // not France); a person's name it overlaps is the mention.
        // (Those that open before its end, searched back from there: mentions are in text
        // order and none is longer than the longest.)
        let before_end = mentions.partition_point(|(e, _)| e.start < m.end);
        let longest_mention = *longest_mention
            .get_or_insert_with(|| mentions.iter().map(|(e, _)| e.len()).max().unwrap_or(0));
        let overlaps = mentions[..before_end]
            .iter()
            .rev()
            .take_while(|(e, _)| e.start + longest_mention >= m.start)
            .any(|(e, i)| {
                e.overlaps(*m) && !(m.contains(*e) && doc.entities[*i].kind != EntityType::Per)
            });
        let (start, end) = token_range(*m);
        if m.end <= sentence.end && start < end && !overlaps {
            out.push(side_mention(
                (start, end),
                name,
                actor.clone(),
                EntityType::Per,
            ));
        }
    }
    let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
    for &(m, e) in &mentions[first..] {
        if m.start >= sentence.end {
            break;
        }
        if m.end > sentence.end || in_label(doc, m) {
            continue;
        }
        let (start, end) = token_range(m);
        if start >= end {
            continue;
        }
        let entity = &doc.entities[e];
        if is_product(entity) && beside_goods(lex, lower, (start, end)) {
            continue;
        }
        // "the Lukashenka regime", "l'administration Biden", "режим Лукашенко": a leader's
        // rule is their state.
        let ruled = (entity.kind == EntityType::Per)
            .then(|| ruled_state(kb, lex, lower, (start, end), entity.actor.as_deref()))
            .flatten();
        let (name, actor, kind) = match ruled {
            Some(i) => {
                let state = &kb.actors()[i];
                // (The code stays the person's: the regime is the state's government.)
                (state.name.clone(), entity.actor.clone(), EntityType::Loc)
            }
            None => (entity.name.clone(), entity.actor.clone(), entity.kind),
        };
        out.push(Mention {
            start,
            end,
            name,
            actor,
            kind,
            adjective: false,
            // ("Opposition groups in Zimbabwe", "officials in Ukraine": after an actor noun, a
            // state names whose side they are; a city stays where they are.)
            place: entity.kind == EntityType::Loc
                && (start > 0
                    && lex.is(&lower[start - 1], Role::Place)
                    && !(start > 1
                        && lex.is(&lower[start - 2], Role::ActorNoun)
                        && is_state(kb, &entity.name, date))
                    || names_a_venue(lex, lower, (start, end))
                        && !is_state(kb, &entity.name, date)),
            doer_of: None,
            undergoer: false,
        });
    }
    // States named by an adjective beside an actor noun, or by a compound of adjectives.
    // A name inside another is part of it: "Gouvernement de la République française" is the
    // body, not also France beside it.
    let nested: Vec<bool> = out
        .iter()
        .map(|m: &Mention| {
            out.iter().any(|o: &Mention| {
                o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start)
            })
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !nested[k - 1]
    });
    // "supports militias in Lebanon, Yemen and Iraq": a state listed after a place is a place
    // too (joined by commas and "and" only).
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        let (prev, cur) = (&before[i - 1], &mut after[0]);
        if prev.place
            && !cur.place
            && cur.kind == EntityType::Loc
            && prev.end < cur.start
            && (prev.end..cur.start).all(|t| lower[t] == "," || lex.is(&lower[t], Role::And))
        {
            cur.place = true;
        }
    }
    let mut code_of = |name: &str| -> Option<String> {
        kb_cache
            .entry(name.to_owned())
            .or_insert_with(|| {
                kb.lookup(name)
                    .and_then(|i| kb.actors()[i].code_on(date).map(str::to_owned))
            })
            .clone()
    };
    for i in 0..lower.len() {
        if out.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        let word = &lower[i];
        if word.contains('-') {
            let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
            let names: Vec<&str> = parts
                .iter()
                .filter_map(|p| lex.adjective_country(p))
                .collect();
            if parts.len() >= 2 && names.len() == parts.len() {
                for name in names {
                    out.push(adjective_mention((i, i + 1), name, code_of(name), None));
                }
                continue;
            }
        }
        let undergoer = lex.is(word, Role::Undergoer);
        if !lex.is(word, Role::ActorNoun) && !undergoer {
            // "Sudanese rebels shelled…", "Senior Hungarian and Romanian officials agreed…": a
            // capitalised nationality word names its state's side (beside an actor noun, the
            // noun's own rule below takes both words).
            let capital = tokens[i]
                .slice(sentence.slice(&doc.text))
                .starts_with(char::is_uppercase);
            let beside_noun = capital
                && [i + 1, i.wrapping_sub(1)].into_iter().any(|j| {
                    lower
                        .get(j)
                        .is_some_and(|w| lex.is(w, Role::ActorNoun) || lex.is(w, Role::Undergoer))
                });
            if let Some(name) = (capital && !beside_noun)
                .then(|| lex.demonym_country(word))
                .flatten()
            {
                out.push(adjective_mention((i, i + 1), name, code_of(name), None));
            }
            continue;
        }
        // "la partie russe" (adjective after) or "the Russian side", "российская сторона".
        // (Not a word of a name already read: "du président François Hollande".)
        let adjective = [i + 1, i.wrapping_sub(1)]
            .into_iter()
            .filter(|&j| j < lower.len() && !out.iter().any(|m| m.start <= j && j < m.end))
            .find_map(|j| Some((j, lex.adjective_country(&lower[j])?)));
        if let Some((j, name)) = adjective {
            let span = (i.min(j), i.max(j) + 1);
            // "thanked his Turkish counterpart", "поблагодарил турецкого коллегу": with no name
            // after it, the counterpart is the person of that state the text named last
            // before, when it names one.
            let named_after = out
                .iter()
                .any(|m| m.kind == EntityType::Per && m.start >= span.1 && m.start <= span.1 + 1);
            let counterpart = (lex.is(word, Role::Counterpart) && !named_after)
                .then(|| code_of(name))
                .flatten()
                .and_then(|state| {
                    let at = sentence.start + tokens[span.0].start;
                    person_of_state_before(doc, mentions, &state, at)
                });
            if let Some(person) = counterpart {
                out.push(side_mention(
                    span,
                    &person.name,
                    person.actor.clone(),
                    EntityType::Per,
                ));
                continue;
            }
            out.push(Mention {
                undergoer,
                ..adjective_mention(span, name, code_of(name), None)
            });
            // "les délégations russe et ukrainienne", "les présidents russe et turc": a second
            // adjective joined to the one after the noun names a second side.
            if j == i + 1
                && lower.get(j + 1).is_some_and(|w| lex.is(w, Role::And))
                && let Some(second) = lower.get(j + 2).and_then(|w| lex.adjective_country(w))
                && second != name
            {
                out.push(Mention {
                    undergoer,
                    ..adjective_mention((j + 2, j + 3), second, code_of(second), None)
                });
            }
        }
    }
    // "l'attaque russe", "the Russian invasion", "российское нападение": a nationality
    // adjective right beside a predicate makes it a noun, and names the state that does it.
    // French puts it after the noun, Russian before; English capitalises it (read above).
    if let Some(after) = lex.doer_adjective_after() {
        for &(start, end) in predicates {
            let j = if after { end } else { start.wrapping_sub(1) };
            let Some(word) = lower.get(j) else {
                continue;
            };
            let capital = tokens[j]
                .slice(sentence.slice(&doc.text))
                .starts_with(char::is_uppercase);
            if capital || out.iter().any(|m| m.start <= j && j < m.end) {
                continue;
            }
            // The stem's own inflections ("russes", "российского"), not a longer word it opens.
            let Some(name) = lex.inflected_adjective_country(word) else {
                continue;
            };
            out.push(adjective_mention(
                (j, j + 1),
                name,
                code_of(name),
                Some(start),
            ));
        }
        // "a dénoncé la décision américaine", "осудила американское решение": a nationality
        // adjective on the noun a verbal act of evaluation takes names the state it is about
        // (`evaluative`: where such predicates end).
        let scare = scare_marks(lower);
        for &end in evaluative {
            let mut noun = end;
            while noun < lower.len()
                && (lex.is(&lower[noun], Role::Article) || lex.is(&lower[noun], Role::OwnerPronoun))
            {
                noun += 1;
            }
            let (noun, j) = if after {
                (noun, noun + 1)
            } else {
                (noun + 1, noun)
            };
            let (Some(n), Some(word)) = (lower.get(noun), lower.get(j)) else {
                continue;
            };
            // (A word of the complement may be a predicate's noun: "à l'annonce de".)
            let crossable = |k: usize| {
                !tokens[k]
                    .slice(sentence.slice(&doc.text))
                    .starts_with(char::is_uppercase)
                    && !out.iter().any(|m| m.start <= k && k < m.end)
            };
            let plain =
                |k: usize| crossable(k) && !predicates.iter().any(|&(s, e)| s <= k && k < e);
            if n.chars().all(char::is_alphabetic)
                && plain(noun)
                && plain(j)
                && let Some(name) = lex.inflected_adjective_country(word)
            {
                out.push(adjective_mention((j, j + 1), name, code_of(name), None));
                continue;
            }
            // Or on a noun of its complement, a few lowercase words on ("a exprimé sa
            // consternation à l'annonce de la décision américaine", "concern over the
            // American decision" is read above, capitalised).
            // (Past the mark that closes the predicate's own words: "sa « consternation » à".)
            // (Not past the noun of a material act, whose victim follows it: "a condamné les
            // frappes contre des villes ukrainiennes" is not about Ukraine.)
            let from = if scare.contains(&end) { end + 1 } else { end };
            let reach = (from + EVALUATIVE_OBJECT_REACH).min(lower.len());
            let found = (from..reach)
                .take_while(|&k| {
                    lower[k]
                        .chars()
                        .all(|c| c.is_alphabetic() || "'’«»\"“”".contains(c))
                        && (!lex.is(&lower[k], Role::Boundary) || scare.contains(&k))
                        && crossable(k)
                        && !material.iter().any(|&(s, e)| s <= k && k < e)
                })
                .filter(|&k| plain(k))
                .find_map(|k| Some((k, lex.inflected_adjective_country(&lower[k])?)))
                .filter(|&(k, _)| {
                    let noun = if after { k.wrapping_sub(1) } else { k + 1 };
                    noun >= end
                        && lower.get(noun).is_some_and(|n| {
                            n.chars().count() > 2
                                && n.chars().all(char::is_alphabetic)
                                && plain(noun)
                        })
                });
            if let Some((k, name)) = found {
                out.push(adjective_mention((k, k + 1), name, code_of(name), None));
            }
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// A state named by a nationality word at tokens `start..end` ("russe", "the Russian side"),
/// with its actor code; `doer_of`: the event noun it stands beside, whose doer it names.
/// The person of a state (an actor code under the state's) whose mention is the last before
/// byte `at` of the text.
fn person_of_state_before<'d>(
    doc: &'d Document,
    mentions: &[(Span, usize)],
    state: &str,
    at: usize,
) -> Option<&'d chancery_model::Entity> {
    mentions[..mentions.partition_point(|(m, _)| m.start < at)]
        .iter()
        .rev()
        .map(|&(_, e)| &doc.entities[e])
        .find(|e| {
            e.kind == EntityType::Per && e.actor.as_deref().is_some_and(|c| c.starts_with(state))
        })
}

/// An actor named outright over tokens `start..end` (no adjective, no place).
fn side_mention(
    (start, end): (usize, usize),
    name: &str,
    actor: Option<String>,
    kind: EntityType,
) -> Mention {
    Mention {
        start,
        end,
        name: name.to_owned(),
        actor,
        kind,
        adjective: false,
        place: false,
        doer_of: None,
        undergoer: false,
    }
}

fn adjective_mention(
    (start, end): (usize, usize),
    name: &str,
    actor: Option<String>,
    doer_of: Option<usize>,
) -> Mention {
    Mention {
        start,
        end,
        name: name.to_owned(),
        actor,
        kind: EntityType::Loc,
        adjective: true,
        place: false,
        doer_of,
        undergoer: false,
    }
}

/// Most words a quotation mark pair may enclose and still be words the clause uses, not a
/// quotation it reports ("a exprimé sa « consternation » après…", "a dénoncé une « provocation
/// antirusse » de Kiev").
const SCARE_QUOTE_WORDS: usize = 3;

/// Quotation marks that open and that close (German and Russian close with the English opener).
const OPEN_MARKS: [&str; 4] = ["«", "“", "\"", "„"];
const CLOSE_MARKS: [&str; 4] = ["»", "”", "\"", "“"];

/// The tokens of the quotation marks that enclose a few words of the clause
/// (`SCARE_QUOTE_WORDS`).
fn scare_marks(lower: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        if OPEN_MARKS.contains(&lower[i].as_str()) {
            let words = lower[i + 1..]
                .iter()
                .take(SCARE_QUOTE_WORDS + 1)
                .take_while(|w| w.chars().all(|c| c.is_alphabetic() || "-'".contains(c)))
                .count();
            let close = i + 1 + words;
            if (1..=SCARE_QUOTE_WORDS).contains(&words)
                && lower
                    .get(close)
                    .is_some_and(|w| CLOSE_MARKS.contains(&w.as_str()))
            {
                out.extend([i, close]);
                i = close;
            }
        }
        i += 1;
    }
    out
}

/// The tokens of the quotation marks that are part of an actor's name or enclose exactly one
/// ("«Газпром»"), or that enclose a few words of the clause (`scare_marks`).
fn name_marks(mentions: &[Mention], lower: &[String]) -> Vec<usize> {
    let mut out = scare_marks(lower);
    for m in mentions {
        let enclosed = m.start > 0
            && OPEN_MARKS.contains(&lower[m.start - 1].as_str())
            && lower
                .get(m.end)
                .is_some_and(|w| CLOSE_MARKS.contains(&w.as_str()));
        if enclosed {
            out.extend([m.start - 1, m.end]);
        }
        out.extend((m.start..m.end).filter(|&i| {
            OPEN_MARKS.contains(&lower[i].as_str()) || CLOSE_MARKS.contains(&lower[i].as_str())
        }));
    }
    out
}

/// Most bytes between a quotation's words and the dash that frames it (", — сказал").
const SPEECH_DASH_GAP: usize = 3;

/// The tokens of the dashes that frame a quotation in the sentence at `span` (direct speech
/// the Russian way: "— Мы готовы…, — сказал Лавров. — Условий нет."): the clause of the
/// quoted words ends there, as at a quotation mark.
fn speech_dashes(doc: &Document, span: Span, tokens: &[Span], lower: &[String]) -> Vec<usize> {
    // (The quotations are in text order: those near the sentence are found by bisection.)
    let first = doc
        .quotes
        .partition_point(|q| q.span.end + SPEECH_DASH_GAP < span.start);
    let quotes: Vec<Span> = doc.quotes[first..]
        .iter()
        .map(|q| q.span)
        .take_while(|q| q.start <= span.end + SPEECH_DASH_GAP)
        .collect();
    if quotes.is_empty() || !lower.iter().any(|w| matches!(w.as_str(), "—" | "–")) {
        return Vec::new();
    }
    (0..tokens.len())
        .filter(|&i| matches!(lower[i].as_str(), "—" | "–"))
        .filter(|&i| {
            let at = span.start + tokens[i].start;
            quotes.iter().any(|q| {
                (q.end <= at && at - q.end <= SPEECH_DASH_GAP)
                    || (q.start > at && q.start - at <= SPEECH_DASH_GAP)
            })
        })
        .collect()
}

/// One sentence being coded.
struct Sentence<'a> {
    doc: &'a Document,
    kb: &'a Kb,
    lex: &'a EventLexicon,
    span: Span,
    tokens: &'a [Span],
    lower: &'a [String],
    /// Each token's roles, one bit per role (`EventLexicon::roles`).
    roles: &'a [u64],
    mentions: &'a [Mention],
    /// The person the paragraph spoke of last, before this sentence.
    antecedent: Option<&'a Side>,
    /// The person the paragraph named last, before this sentence.
    latest: Option<&'a Side>,
    /// The actors joined by "and" that opened the sentence before (`joined_subject`).
    group: &'a [Side],
    /// Quotation marks around a name ("«Газпром» и Белоруссия подписали…") or a few words of the
    /// clause: no clause boundary.
    name_marks: Vec<usize>,
    /// Dashes that frame a quotation ("— Мы готовы…, — сказал Лавров"): clause boundaries.
    speech_dashes: Vec<usize>,
    /// Predicates that open with a light verb before their event noun ("imposed sanctions").
    light_starts: Vec<usize>,
    /// Those of them that open with a verb of receiving, from a giver ("received aid from"):
    /// the giver did it to the subject.
    received_starts: Vec<usize>,
    /// Every predicate of the sentence: first token, end token, predicate index.
    acts: &'a [(usize, usize, usize)],
    /// The two states the text named last before this sentence.
    pair: Option<&'a [Side; 2]>,
    /// The two persons the text is about so far, for "the two leaders".
    person_pair: Option<&'a [Side; 2]>,
    /// The state an unnamed first-person speaker speaks for (`unnamed_voice`).
    voice: Option<&'a Side>,
}

/// Most words of a manner phrase between a verb and its object ("avec la plus grande fermeté").
const MANNER_WORDS: usize = 4;

/// Most tokens between a reason word and the predicate it opens ("pour avoir attaqué").
const REASON_REACH: usize = 3;

/// Most tokens between the noun of a material act and the word that introduces its victim
/// ("les frappes russes contre").
const NOUN_VICTIM_REACH: usize = 3;

/// Most words of a title standing alone as a clause's subject ("le ministre des Affaires
/// étrangères").
const DESCRIPTION_WORDS: usize = 5;

/// Most words before the actor noun a predicate takes ("his Iranian counterpart").
const ACTOR_NOUN_REACH: usize = 3;

/// Most tokens before the first actor of a sentence's opening subject ("Le président Emmanuel
/// Macron et…": article and title).
const SUBJECT_OPENING_TOKENS: usize = 3;

impl Sentence<'_> {
    /// The actors joined by "and" that open the sentence, two or more ("Emmanuel Macron et
    /// Abdelmadjid Tebboune se sont entretenus"): what a plural pronoun opening the next
    /// sentence stands for. Empty when the sentence opens otherwise.
    fn joined_subject(&self) -> Vec<Side> {
        // (After a dispatch's dateline: "PARIS, 3 octobre (AFP) – Emmanuel Macron et…".)
        let opening = self
            .doc
            .dateline
            .filter(|d| self.span.start <= d.start && d.end <= self.span.end)
            .map_or(0, |d| {
                self.tokens
                    .partition_point(|t| self.span.start + t.start < d.end)
            });
        let mut group: Vec<&Mention> = Vec::new();
        for m in self.mentions.iter().filter(|m| !m.place) {
            let joined = match group.last() {
                None => m.start >= opening && m.start <= opening + SUBJECT_OPENING_TOKENS,
                Some(last) => {
                    let gap = last.end..m.start;
                    gap.clone().any(|i| self.is(i, Role::And))
                        && gap.clone().all(|i| {
                            self.is(i, Role::And)
                                || self.is(i, Role::Article)
                                || self.lower[i] == ","
                        })
                }
            };
            if !joined {
                break;
            }
            group.push(m);
        }
        if group.len() < 2 {
            return Vec::new();
        }
        group.into_iter().map(Side::of).collect()
    }

    fn is(&self, i: usize, role: Role) -> bool {
        if role == Role::Boundary && self.speech_dashes.contains(&i) {
            return true;
        }
        self.roles.get(i).is_some_and(|r| r & role.bit() != 0)
            && !(role == Role::Boundary && self.name_marks.contains(&i))
            // ("for quite a while": after an article, a noun.)
            && !(role == Role::Subordinate && i > 0 && self.is(i - 1, Role::Article))
    }

    /// Whether the predicate at tokens `start..end` is a verb: a noun's stem in a verb form
    /// ("visited", "a rencontré"), after an auxiliary ("will support", "to attack") or a light
    /// verb ("imposed sanctions").
    /// The first token after `end` past adverbs ("La France condamne fermement cette attaque")
    /// and a manner phrase before an object ("condamne avec la plus grande fermeté l'attaque":
    /// words and no actor after "avec", an article after them).
    fn past_manner(&self, end: usize) -> usize {
        let mut after = end;
        while self.is(after, Role::Adverb) {
            after += 1;
        }
        if self.is(after, Role::With) {
            let mut j = after + 1;
            if self.is(j, Role::Article) {
                j += 1;
            }
            let words = (j..j + MANNER_WORDS)
                .take_while(|&k| {
                    self.lower
                        .get(k)
                        .is_some_and(|w| w.chars().all(char::is_alphabetic))
                        && !self.is(k, Role::Article)
                        && !self.mentions.iter().any(|m| m.start <= k && k < m.end)
                })
                .count();
            if words > 0 && self.is(j + words, Role::Article) {
                after = j + words;
            }
        }
        after
    }

    fn verb_at(&self, start: usize, end: usize) -> bool {
        // "Germany (strongly) supports Ukraine", "Turkey condemns the attack": right after a
        // subject the sentence names (adverbs between) and before its object, a stem is its
        // verb.
        let mut before = start;
        while before > 0 && self.is(before - 1, Role::Adverb) {
            before -= 1;
        }
        // Its object right after it, an actor or a noun after its article: not a compound
        // ("the Geneva talks, the Kremlin…").
        let after = self.past_manner(end);
        // (Or an event noun, where a language has no articles: "Россия осуждает удары
        // Израиля".)
        let object_after = self.is(after, Role::Article)
            || self.mentions.iter().any(|m| m.start == after)
            || self.acts.iter().any(|&(s, _, _)| s == after);
        let after_subject = object_after
            && self
                .mentions
                .iter()
                .any(|m| m.end == before && !m.adjective && !m.place);
        after_subject
            || self.light_starts.contains(&start)
            || self.is(start, Role::Halt)
            || self.lex.verb_form(&self.lower[end - 1])
            || self.lex.future_form(&self.lower[end - 1])
            || start
                .checked_sub(1)
                .is_some_and(|i| self.is(i, Role::Auxiliary))
    }

    /// Where the other side of talks at `..end` ends: the first person (else actor) after
    /// the "with" word that follows them, titled or not ("переговоров с председателем КНР Си
    /// Цзиньпином"), with the place after it.
    fn partner_end(&self, end: usize) -> Option<usize> {
        let with = (end..(end + 2).min(self.lower.len())).find(|&i| self.is(i, Role::With))?;
        let near: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start > with && m.start <= with + 1 + PERSON_TITLE_REACH && !m.place)
            .collect();
        let mut at = near
            .iter()
            .find(|m| m.kind == EntityType::Per && !m.adjective)
            .or(near.first())?
            .end;
        // (And the place of the talks: "с Си Цзиньпином в Москве".)
        while let Some(place) = self
            .mentions
            .iter()
            .find(|m| m.place && (m.start == at || m.start == at + 1))
        {
            at = place.end;
        }
        Some(at)
    }

    /// The event of the predicate at tokens `start..end`, if it is one.
    fn code(&self, start: usize, end: usize, pred: usize, code: &str) -> Vec<Event> {
        let p = &self.lex.predicates[pred];
        // Mood: negated, conditional or modal predicates did not happen.
        let clause = self.clause_start(start);
        let near = start.saturating_sub(MOOD_REACH).max(clause)..start;
        // "If Russia invades Ukraine, we will impose sanctions": past the comma that closes a
        // fronted condition, the main clause announces its act on that condition.
        let condition_before = (0..start).rev().find(|&i| self.is(i, Role::Condition));
        let on_condition =
            condition_before.is_some_and(|c| (c..start).any(|i| self.lower[i] == ","));
        if near
            .clone()
            .any(|i| self.is(i, Role::Negation) || self.is(i, Role::Lack))
            || self.is(end, Role::Negation) && self.lang() != "fr"
            || (condition_before.is_some() && !on_condition)
        {
            return Vec::new();
        }
        // "The meeting between Biden and Putin will not take place", "La visite n'a pas eu lieu",
        // "Встреча … не состоится": an event noun whose clause denies that it occurs did not
        // happen.
        if p.nominal {
            let clause_end = self.clause_end(end);
            let denied = (end..clause_end).any(|i| {
                self.is(i, Role::Occur)
                    && (i.saturating_sub(OCCUR_NEGATION_REACH).max(end)..i)
                        .any(|j| self.is(j, Role::Negation))
            });
            if denied {
                return Vec::new();
            }
        }
        // "I would like to thank", "je voudrais saluer", "хотел бы поблагодарить": a verbal act
        // one wishes to perform is performed by saying so.
        let performed = near.clone().any(|i| self.is(i, Role::Wish))
            && PERFORMED_ROOTS.iter().any(|r| code.starts_with(r));
        // "will continue to support Ukraine", "продолжит поддерживать": an act that goes on is
        // not only planned.
        let continued = near.clone().any(|i| self.is(i, Role::Continue));
        // "wants to meet Xi", "souhaite se rendre en Chine", "хочет встретиться": a cooperative
        // act one wishes for (talks, visits, agreements, aid) is an intention, to come; a wished
        // blow stays hypothetical (its word is modal too).
        let wished = !performed
            && near.clone().any(|i| self.is(i, Role::Wish))
            && WISHED_ROOTS.iter().any(|r| code.starts_with(r));
        let mut planned = !performed
            && !continued
            && (p.planned
                || wished
                || near.clone().any(|i| self.is(i, Role::Future))
                // (An obligation's own word, "doit", "должен", is no plan: the demand is made;
                // nor is the word of what a verb of stopping stops: "cancelled a planned visit"
                // is done.)
                || !p.obligation
                    && !self.is(start, Role::Halt)
                    && (start..end).any(|i| self.is(i, Role::Future))
                || (self.lang() == "fr" && self.lex.future_form(&self.lower[start])));
        if !planned && !performed && near.clone().any(|i| self.is(i, Role::Modal)) {
            return Vec::new();
        }
        let speaker = self
            .reporter(start)
            .or_else(|| self.speaker(start))
            .or_else(|| self.voice(clause, start));
        // (An event noun's stem in progress is its verb: "is sanctioning Russian banks", "keep
        // supporting Ukraine".)
        let verb = self.verb_at(start, end)
            || p.nominal
                && start.checked_sub(1).is_some_and(|i| {
                    self.is(i, Role::Progressive) && self.lex.gerund(&self.lower[start])
                });
        // "a condamné les attaques": a stem after an article is a noun, whatever its forms.
        let after_article = start > 0 && self.is(start - 1, Role::Article);
        // "La France a condamné l'attaque contre la mission de l'ONU", "called for an end to the
        // strikes": an event noun that a verbal act of the clause takes as its object is not
        // the act of that clause's subject; only a doer it names itself (an adjective, a
        // genitive) is.
        let object_of_act = !verb
            && (p.nominal || after_article)
            && self.acts.iter().any(|&(s, e, q)| {
                s >= clause
                    && e <= start
                    && self.verb_at(s, e)
                    && EVALUATIVE_ROOTS
                        .iter()
                        .any(|r| self.lex.predicates[q].code.starts_with(r))
            });
        let nominal = (p.nominal && !verb) || object_of_act;
        // "welcomed the delegations", "a warm welcome to the President": a person taken first
        // gives the predicate its `person` code.
        // ("released the Ukrainian sailors" frees people; "received the refugees" hosts no one.)
        let person = self.takes_a_person(end, code.starts_with("08"));
        if p.person_only && !person {
            return Vec::new();
        }
        let code = match &p.person {
            Some(c) if person => c.as_str(),
            _ => code,
        };
        // "США, как заявил Мэтью Брайза, …", "comme l'a indiqué X": in a fronted clause the
        // subject stands between "as" and the verb, or after the verb; nothing before "as".
        let as_word = quote_words(QuoteWord::As);
        let aux_word = quote_words(QuoteWord::Aux);
        // Only an auxiliary or an elided object may stand between ("as I said" keeps "I").
        let fronted = (start.saturating_sub(MOOD_REACH + 1).max(clause)..start)
            .rev()
            .take_while(|&i| {
                as_word.contains(self.lower[i].as_str())
                    || self.is(i, Role::Auxiliary)
                    // ("comme l'a encore demandé X": the auxiliaries of speech too.)
                    || aux_word.contains(self.lower[i].as_str())
                    || self.is(i, Role::Adverb)
                    || self.lower[i].ends_with('\'')
            })
            .find(|&i| as_word.contains(self.lower[i].as_str()));
        let (mut sources, mut targets, place) = if p.obligation {
            self.obligation_sides(start)
        } else if p.credited {
            match self.credited_sides(start, end, speaker.as_ref()) {
                Some(sides) => sides,
                None => return Vec::new(),
            }
        } else {
            // (With no subject before it for an act's object; an event noun owned by an actor
            // is that actor's: "condemned Russia's brutal, unjustified aggression against
            // Ukraine".)
            let owner = self.mentions.iter().find(|m| {
                !m.place
                    && m.end < start
                    && start - m.end <= OWNER_REACH
                    && self.is(m.end, Role::Possessive)
                    && (m.end + 1..start).all(|i| {
                        self.lower[i] == ","
                            || self.is(i, Role::And)
                            || self.tokens[i]
                                .slice(self.span.slice(&self.doc.text))
                                .starts_with(char::is_lowercase)
                    })
            });
            // (An owned event noun is its owner's act: "our condemnation of Russia's aggression".)
            // (Owners joined by "and" own it together: "President Biden and Prime Minister
            // Kishida's meeting".)
            let owners_from = |m: &Mention| {
                let mut from = m.start;
                while let Some(p) = self.mentions.iter().rev().find(|p| {
                    !p.place
                        && p.end < from
                        && (p.end..from).any(|i| self.is(i, Role::And))
                        && (p.end..from).all(|i| {
                            self.is(i, Role::And)
                                || self.is(i, Role::ActorNoun)
                                || self.lower[i] == ","
                                || self.tokens[i]
                                    .slice(self.span.slice(&self.doc.text))
                                    .starts_with(char::is_uppercase)
                        })
                }) {
                    from = p.start;
                }
                from
            };
            let subject_from = if let Some(m) = owner.filter(|_| nominal) {
                owners_from(m)
            } else if object_of_act {
                start
            } else {
                fronted.map_or(clause, |a| a + 1)
            };
            // "Blinken said the United States will continue to support Ukraine": after a
            // reporting verb with no "that", the reported clause has its own subject.
            let subject_from = (subject_from..start)
                .rev()
                .find(|&r| self.is(r, Role::Report))
                .filter(|&r| {
                    self.mentions
                        .iter()
                        .any(|m| m.start > r && m.end <= start && !m.place)
                })
                .map_or(subject_from, |r| r + 1);
            self.sides(
                (start, end, p.wildcard_at().map(|w| start + w)),
                subject_from,
                nominal,
                code,
                p.partner,
            )
        };
        // "released the Ukrainian sailors", "killed two Palestinian civilians": people of a side
        // who undergo acts are that side only as the target of what befalls them (a concession,
        // sanctions, coercion, force, or the intention to do them); never a partner
        // ("échanger avec des étudiants lituaniens" meets no state), nor a doer but of a protest
        // ("Albanian students demonstrated in Belgrade").
        if !code.starts_with("14") {
            sources.retain(|s| !s.undergoer);
        }
        if !UNDERGONE_ROOTS.iter().any(|r| code.starts_with(r)) {
            targets.retain(|t| !t.undergoer);
        }
        // "condemned Russia for attacking Ukraine", "a condamné la Russie pour avoir attaqué
        // l'Ukraine", "осудила Россию за нападение на Украину", "thanked Turkey for hosting the
        // talks": an act given as the reason of praise or blame is done by whom it praises or
        // blames.
        if let Some(blamed) = self.reason_doers(clause, start) {
            targets.retain(|t| !blamed.iter().any(|b| b.name == t.name));
            if targets.is_empty() {
                // (What the act takes: the actor right after it, "attacking Ukraine", "attack
                // on Ukraine".)
                let after: Vec<&Mention> = self
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.start >= end
                            && m.start <= end + APPOSITION_REACH
                            && !(end..m.start)
                                .any(|i| self.is(i, Role::And) || self.lower[i] == ",")
                    })
                    .filter(|m| !m.place || code.starts_with("042") || code.starts_with("19"))
                    .collect();
                targets = self
                    .group(&after, self.best(&after))
                    .into_iter()
                    .map(Side::of)
                    .collect();
            }
            sources = blamed;
        }
        // "En visite officielle en Turquie, le président a…", "On a visit to Turkey, Macron
        // met…", "Находясь с визитом в Турции, Макрон…": a visit named in an opening phrase,
        // no one before it, is the visit of the subject after its comma.
        if nominal
            && code.starts_with("042")
            && sources.is_empty()
            && start <= clause + OPENING_VISIT_REACH
            && !self.mentions.iter().any(|m| m.end <= start && !m.place)
            && let Some(comma) = (end..self.clause_end(end)).find(|&i| self.lower[i] == ",")
        {
            let after: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|m| m.start > comma && !m.place)
                .collect();
            if let Some(subject) = self
                .best(&after)
                .filter(|m| m.start <= comma + 1 + PERSON_TITLE_REACH)
            {
                sources.push(Side::of(subject));
                // (Where to: the phrase's own place, not the subject after its comma; made the
                // state below, as every visit's.)
                targets = self
                    .mentions
                    .iter()
                    .filter(|m| m.start >= end && m.end <= comma)
                    .map(Side::of)
                    .collect();
            }
        }
        // "Après avoir accusé Kiev, Moscou désigne…", "After meeting Macron, Scholz left…",
        // "Having accused Kyiv, Moscow…", "Обвинив Киев, Москва…": a verb opening a non-finite
        // phrase (only an opening word and its auxiliary before it) is the act of the subject
        // after the phrase's comma — a name, else a pronoun's antecedent, else the speaker's
        // "I"; its other side stands in the phrase.
        // (So are talks named there with their other side: "Lors d'un entretien téléphonique
        // avec Joe Biden, Vladimir Poutine a…", "After talks with Macron, Scholz said…".)
        let opening_verb = !nominal
            // (An elided pronoun between: "après s'être entretenu", "après l'avoir reçu".)
            && (clause..start).all(|i| {
                self.is(i, Role::Intro)
                    || self.is(i, Role::NonFinite)
                    || self.lower[i].ends_with('\'')
            })
            && ((clause..end).any(|i| self.is(i, Role::NonFinite))
                || self.lex.gerund(&self.lower[end - 1]));
        let opening_talks = nominal
            && code.starts_with("04")
            && (end..(end + 2).min(self.lower.len())).any(|i| self.is(i, Role::With))
            && !self
                .mentions
                .iter()
                .any(|m| m.start >= clause && m.end <= start);
        // (Russian sets no comma after such a phrase: "После переговоров с Си Цзиньпином
        // Владимир Путин заявил…" — the phrase ends with the other side of the talks.)
        let phrase = (end..self.clause_end(end))
            .find(|&i| self.lower[i] == ",")
            // (Not a comma after the main clause's verb: "…Путин заявил, что…".)
            .filter(|&comma| {
                !opening_talks || !self.acts.iter().any(|&(s, _, _)| s > end && s < comma)
            })
            .map(|comma| (comma, comma + 1))
            .or_else(|| {
                opening_talks
                    .then(|| self.partner_end(end))
                    .flatten()
                    .map(|e| (e, e))
            });
        if (opening_verb || opening_talks)
            && sources.is_empty()
            && start <= clause + OPENING_VISIT_REACH
            && let Some((phrase_end, main)) = phrase
        {
            let after: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|m| m.start >= main && !m.place && !m.adjective)
                .collect();
            let subject = self
                .best(&after)
                .filter(|m| m.start <= main + PERSON_TITLE_REACH)
                // (The main clause's subject, not a name in another opening phrase: "Through
                // the talks with X, as X mentioned, …".)
                .filter(|m| {
                    !(main..m.start).any(|i| {
                        self.is(i, Role::Pronoun)
                            || self.is(i, Role::FirstPerson)
                            || self.is(i, Role::Intro)
                            || self.is(i, Role::Relative)
                            || self.lower[i] == ","
                            || self.acts.iter().any(|&(s, _, _)| s == i)
                    })
                })
                .map(Side::of)
                .or_else(|| {
                    let next = main;
                    if self.is(next, Role::Pronoun) {
                        self.antecedent.cloned()
                    } else if self.is(next, Role::FirstPerson) {
                        self.speaker(next)
                    } else {
                        None
                    }
                });
            let in_phrase = |name: &str| {
                self.mentions
                    .iter()
                    .any(|m| m.name == name && m.start >= end && m.end <= phrase_end)
            };
            if let Some(subject) = subject.filter(|s| !in_phrase(&s.name)) {
                targets.retain(|t| in_phrase(&t.name));
                sources.push(subject);
            }
        }
        // "The Russian ambassador was summoned to the Foreign Office": the subject underwent
        // it, the body a place word names after it did it ("by" already read as such:
        // "summoned by"; "в МИД были вызваны послы…" names it before, the envoys after).
        let introduced = |i: usize| self.is(i, Role::Place) || self.is(i, Role::With);
        if p.undergone
            && !(end.saturating_sub(1)..(end + 2).min(self.lower.len()))
                .any(|i| self.is(i, Role::Agent))
            && self
                .mentions
                .iter()
                .find(|m| m.start >= end)
                .is_some_and(|m| {
                    (end..m.start).any(introduced)
                        && (end..m.start).all(|i| introduced(i) || self.is(i, Role::Article))
                })
        {
            std::mem::swap(&mut sources, &mut targets);
        }
        if self.received_starts.contains(&start) {
            std::mem::swap(&mut sources, &mut targets);
        }
        if object_of_act && sources.is_empty() {
            return Vec::new();
        }
        // "The United States will keep supporting Ukraine, said Antony Blinken", "…, a estimé
        // Jean-Noël Barrot", "…, отметил во вторник Сергей Лавров": a verb of speech that opens
        // its clause after a comma (an auxiliary or two before it) is the statement of the
        // person named right after it, not of the clause before's subject upon that person.
        if code.starts_with("01") && !nominal {
            let comma = (start.saturating_sub(3)..start)
                .rev()
                .find(|&i| self.lower[i] == ",")
                .filter(|&c| {
                    (c + 1..start).all(|i| {
                        self.is(i, Role::Adverb)
                            || chancery_lexicon::people::quote_words(
                                chancery_lexicon::people::QuoteWord::Aux,
                            )
                            .contains(self.lower[i].as_str())
                    })
                });
            let speaker = comma.and_then(|_| {
                let right_end = self.clause_end(end).min(end + 8);
                self.mentions.iter().find(|m| {
                    m.start >= end
                        && m.end <= right_end
                        && m.kind == EntityType::Per
                        && !m.adjective
                        && !(end..m.start).any(|i| {
                            self.lower[i] == ","
                                || self.is(i, Role::Complementizer)
                                || self.is(i, Role::Boundary)
                        })
                })
            });
            if let Some(person) = speaker {
                sources = vec![Side::of(person)];
                targets.clear();
            }
        }
        // "Решение Японии было осуждено Китаем", "Моди был принят Эммануэлем Макроном": a short
        // passive participle with a name right after it in the doer's case (no preposition, only
        // adverbs between) is that name's act upon the subject.
        if !nominal && self.lex.passive_form(&self.lower[end - 1]) {
            let agent = self.mentions.iter().find(|m| {
                m.start >= end
                    && m.start <= end + 2
                    && (end..m.start).all(|i| self.is(i, Role::Adverb))
                    && !m.adjective
                    && self.lex.agent_case(&self.lower[m.start])
            });
            if let Some(agent) = agent {
                let undergone: Vec<Side> = sources
                    .iter()
                    .chain(targets.iter())
                    .filter(|s| s.name != agent.name)
                    .cloned()
                    .collect();
                if !undergone.is_empty() {
                    sources = vec![Side::of(agent)];
                    targets = undergone;
                }
            }
        }
        // "Ukrainians were forced to flee", "a été contrainte de fermer": a verb in the passive
        // with no agent names who underwent it, not who did it.
        let no_agent =
            !(end.saturating_sub(1)..self.clause_end(end)).any(|i| self.is(i, Role::Agent));
        // (A predicate of several words whose first is the verb: "a été condamné à trois ans de
        // prison".)
        let agentless_passive = (verb || self.lex.verb_form(&self.lower[start]))
            && (start.saturating_sub(MOOD_REACH)..start)
                .rev()
                .take_while(|&i| !self.is(i, Role::Boundary))
                .find(|&i| !self.is(i, Role::Adverb))
                .is_some_and(|i| self.is(i, Role::PassiveAuxiliary))
            // (Not a progressive, "is imposing sanctions", nor a stance, "is opposed to".)
            && !self.lower[end - 1].ends_with("ing")
            && !self.is(start, Role::Stance)
            && no_agent
            // (Nor with its sides after "between": "was signed between Russia and the US".)
            && !(end..self.clause_end(end)).any(|i| self.is(i, Role::Between));
        // (Or a short passive participle: "был арестован в России".)
        let participle = !nominal && self.lex.passive_form(&self.lower[end - 1]) && no_agent;
        let coercion = ["172", "173", "174", "175"]
            .iter()
            .any(|c| code.starts_with(c));
        // (Or a headline's participle with no auxiliary, right after what underwent it and
        // right before a place or the state left: "Russian diplomat expelled from Poland",
        // "Alexeï Navalny arrêté en Russie"; an active verb takes its object there.)
        let reduced = coercion
            && !nominal
            && !agentless_passive
            && no_agent
            && self.lex.participle(&self.lower[end - 1])
            && self.lex.verb_form(&self.lower[end - 1])
            && (end < self.lower.len())
            && (self.is(end, Role::Place) || self.is(end, Role::Origin))
            && (clause..start)
                .rev()
                .find(|&i| !self.is(i, Role::Adverb))
                .is_some_and(|i| {
                    !self.is(i, Role::Auxiliary)
                        && !self.is(i, Role::PassiveAuxiliary)
                        && !self.is(i, Role::Pronoun)
                        && !self.is(i, Role::Relative)
                        && !self.is(i, Role::Future)
                        && !self.is(i, Role::Modal)
                });
        let agentless_passive = agentless_passive || reduced;
        if agentless_passive || participle {
            // "Evan Gershkovich was arrested in Russia", "a été condamné en Russie": coercion
            // the passive says was done in a state is that state's doing (its authorities').
            // (Arrests, sentences, expulsions, repression; not "were forced to flee in…".)
            // ("В России задержан Алексей Навальный": or the place stands first in its clause.)
            let state_where = coercion
                .then(|| {
                    let right_end = self.clause_end(end);
                    let is_state_at = |m: &&Mention| {
                        m.kind == EntityType::Loc && is_state(self.kb, &m.name, self.doc.published)
                    };
                    self.mentions
                        .iter()
                        .filter(is_state_at)
                        .find(|m| {
                            m.start >= end
                                && m.end <= right_end
                                && (m.place
                                    // ("был выслан из Польши": the state one is expelled
                                    // from.)
                                    || code.starts_with("174")
                                        && m.start > 0
                                        && self.is(m.start - 1, Role::Origin))
                        })
                        .or_else(|| {
                            self.mentions
                                .iter()
                                .filter(is_state_at)
                                .find(|m| m.place && m.start >= clause && m.end <= start)
                        })
                })
                .flatten();
            match state_where {
                Some(state) if !sources.is_empty() => {
                    targets = std::mem::replace(&mut sources, vec![Side::of(state)]);
                }
                Some(state) if !targets.is_empty() && self.lex.subject_after() => {
                    sources = vec![Side::of(state)];
                }
                _ if agentless_passive => return Vec::new(),
                _ => {}
            }
        }
        // "В Москву с официальным визитом прибыл президент Армении Серж Саргсян": where the
        // language lets the subject follow its verb, a person named after it in the nominative is
        // the doer when none stands before (not after a passive form: "была освобождена Надежда
        // Савченко" names who underwent it); a visit's place may then precede the verb.
        // ("Россию посетил Нарендра Моди", "Украину осудил Евросоюз": so is one after it when
        // every actor before it is written in another case than the nominative; those are
        // what the act takes.)
        let before: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start >= clause && m.end <= start && !m.place)
            .collect();
        // "В Кремле осудили решение США", "в Москве призвали Вашингтон к диалогу": a verbal act
        // in the third person plural with no subject, said "в" a body or a capital that opens
        // the clause, is that body's; what follows is what it takes. ("Предложение Вашингтона
        // отвергли в Кремле": so is one said in the body named last in the clause.)
        let body = |m: &Mention| {
            !m.adjective
                && (m.kind == EntityType::Org || m.kind == EntityType::Loc && m.actor.is_some())
                && m.start > 0
                && self.is(m.start - 1, Role::Place)
        };
        let speaking_place = (self.lex.subject_after()
            && !nominal
            && self.lex.impersonal_form(&self.lower[start])
            && PERFORMED_ROOTS.iter().any(|r| code.starts_with(r)))
        .then(|| {
            let right_end = self.clause_end(end);
            let first = self.mentions.iter().find(|m| {
                m.start == clause + 1
                    && m.end <= start
                    && body(m)
                    && !self
                        .mentions
                        .iter()
                        .any(|o| o.start >= m.end && o.end <= start && !o.adjective)
            });
            first.or_else(|| {
                self.mentions
                    .iter()
                    .rfind(|m| m.start > end && m.end <= right_end)
                    .filter(|m| {
                        body(m)
                            && (m.end..right_end)
                                .all(|i| !self.lower[i].chars().any(char::is_alphanumeric))
                    })
            })
        })
        .flatten();
        if let Some(m) = speaking_place {
            // (What stood before the verb is what it takes: "Предложение Вашингтона отвергли".)
            let taken: Vec<Side> = std::mem::take(&mut sources)
                .into_iter()
                .chain(std::mem::take(&mut targets))
                .filter(|t| t.name != m.name)
                .collect();
            sources = vec![Side::of(m)];
            targets = taken;
        }
        let object_first = self.lex.subject_after()
            && speaking_place.is_none()
            && !nominal
            && !before.is_empty()
            // (Not the genitive of a title that is the subject: "Министр внутренних дел России
            // подписал…".)
            && !(clause..start).any(|i| self.is(i, Role::ActorNoun))
            && before
                .iter()
                .all(|m| !m.adjective && self.written_nominative(m) == Some(false));
        if (sources.is_empty() || object_first)
            && !nominal
            && speaking_place.is_none()
            && self.lex.subject_after()
            && !self.lex.passive_form(&self.lower[end - 1])
            && !(clause..start).any(|i| self.is(i, Role::Pronoun) || self.is(i, Role::FirstPerson))
        {
            let right_end = self.clause_end(end);
            let text = self.span.slice(&self.doc.text);
            // ("Соглашение подписали Россия и Китай": a verb in the plural with no subject
            // before it takes one of any kind after it.)
            let plural = sources.is_empty() && self.lex.impersonal_form(&self.lower[end - 1]);
            // (Or a state's people named by its adjective in the nominative: "Эммануэля Макрона
            // критикуют украинские руководители".)
            let nominative = |m: &Mention| {
                if m.adjective {
                    return (m.start..m.end).any(|i| self.is(i, Role::ActorNoun))
                        && (m.start..m.end).any(|i| {
                            !self.is(i, Role::ActorNoun)
                                && self.lex.nominative_adjective(&self.lower[i])
                        });
                }
                !self.lex.oblique(&self.lower[m.start])
                    && crate::speakers::nominative(
                        &text[self.tokens[m.start].start..self.tokens[m.end - 1].end],
                        &m.name,
                    )
                    && (m.kind == EntityType::Per || self.written_nominative(m) == Some(true))
            };
            let subject = self.mentions.iter().find(|m| {
                m.start >= end
                    && m.end <= right_end
                    && (m.kind == EntityType::Per || object_first || plural)
                    && !m.place
                    && nominative(m)
            });
            if let Some(m) = subject {
                if object_first {
                    sources.clear();
                    targets = before.iter().map(|m| Side::of(m)).collect();
                }
                let doer = Side::of(m);
                // What stands between the verb and its subject is the subject's role
                // ("министр образования Украины Лилия Гриневич"), not the other side.
                targets.retain(|t| {
                    t.name != doer.name
                        && !self
                            .mentions
                            .iter()
                            .any(|x| x.name == t.name && x.start >= end && x.end <= m.start)
                });
                let visit = code.starts_with("042") || code.starts_with("043");
                if visit && targets.is_empty() {
                    targets.extend(
                        self.mentions
                            .iter()
                            .find(|p| p.place && p.start >= clause && p.end <= start)
                            .map(Side::of),
                    );
                }
                sources.push(doer);
            }
        }
        // "The EU imposed sanctions on Russia over its invasion of Ukraine", "из-за ее
        // вторжения": an event noun a possessive owns, in a clause that names no person and two
        // actors or more before it, is the act of the one right before it (the verb's object),
        // not of the subject.
        if nominal
            && start > 0
            && self.is(start - 1, Role::OwnerPronoun)
            && !(clause..start).any(|i| self.is(i, Role::Negation))
        {
            let before: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|m| m.end < start && m.start >= clause && !m.adjective)
                .collect();
            if before.len() >= 2
                && !before.iter().any(|m| m.kind == EntityType::Per)
                && let Some(owner) = before.last()
                && !targets.iter().any(|t| t.name == owner.name)
            {
                sources = vec![Side::of(owner)];
            }
        }
        // "Lors de sa visite à Paris, le président ukrainien…", "thanked Macron during his visit
        // to Paris": an event noun a third-person possessive owns is the act of the person the
        // sentence names (its subject, before or after), else of the one named last.
        if sources.is_empty()
            && nominal
            && start > 0
            && self.is(start - 1, Role::OwnerPronoun)
            // ("n'a pu se rendre à son entretien": not in a negated clause.)
            && !(clause..start).any(|i| self.is(i, Role::Negation))
        {
            // (Its other side stands in its own phrase: "his visit to Moscow, Erdogan met…".)
            let phrase_end = (end..self.clause_end(end).min(end + PARTNER_REACH))
                .find(|&i| self.lower[i] == "," || self.is(i, Role::And))
                .unwrap_or_else(|| self.clause_end(end).min(end + PARTNER_REACH));
            targets = self
                .mentions
                .iter()
                .filter(|m| m.start >= end && m.end <= phrase_end && !m.adjective)
                .map(Side::of)
                .collect();
            let person = |m: &&Mention| m.kind == EntityType::Per && !m.place && !m.adjective;
            let named = self
                .mentions
                .iter()
                .find(|m| person(m) && !targets.iter().any(|t| t.name == m.name));
            let doer = named.map(Side::of).or_else(|| self.antecedent.cloned());
            if let Some(doer) = doer {
                targets.retain(|t| t.name != doer.name);
                sources.push(doer);
            }
        }
        // "Reçue par la Première ministre X, j'aurai des échanges avec Y", "In Vilnius, we signed…":
        // a first-person subject of a verb, opening the clause or after a comma, is the speaker,
        // whoever the phrase before it names ("X nous a reçus" keeps X).
        // (Not for a noun the verb takes that names its own sides after "between": "je salue
        // l'accord conclu entre la Serbie et le Kosovo" is theirs; "j'aurai des échanges avec
        // X" is mine.)
        let own_sides = after_article
            && (end..(end + 6).min(self.clause_end(end))).any(|i| self.is(i, Role::Between));
        let first_person = (start.saturating_sub(MOOD_REACH + 1).max(clause)..start)
            .filter(|_| !nominal && !own_sides)
            .find(|&i| self.is(i, Role::FirstPerson))
            .filter(|&i| i == clause || self.lower[i - 1] == ",")
            .filter(|&i| !self.mentions.iter().any(|m| m.start > i && m.end <= start));
        if let Some(me) = first_person.and(speaker.clone()) {
            targets.retain(|t| t.name != me.name);
            sources = vec![me];
        }
        // "Foreign Minister Hayashi and I met", "Мы с Сергеем Лавровым обсудили": an actor
        // joined to a first-person subject acts with the speaker — as the other side of a joint
        // act (a meeting, cooperation, an agreement), beside the speaker in any other.
        let joined = (!nominal)
            .then(|| self.joined_to_me(clause, start))
            .flatten();
        // (Not when the act takes a person of its own: "Secretary Raimondo and I met Foreign
        // Minister Hayashi", "… were glad to welcome our colleagues" — the two are on one side;
        // "Hayashi and I discussed the situation" is still the two of them.)
        if let (Some(partner), Some(me)) = (joined, speaker.clone())
            && partner.name != me.name
        {
            let after = self.past_manner(end);
            let unnamed_ours = self.is(after, Role::OurPossessive);
            let own_object = unnamed_ours
                || self.is(after, Role::SecondPerson)
                || self
                    .mentions
                    .iter()
                    .any(|m| !m.place && (m.start == after || self.titled_person_at(after, m)));
            if ["03", "04", "05", "06"].iter().any(|c| code.starts_with(c)) && !own_object {
                sources = vec![me];
                targets = vec![partner];
            } else {
                sources.retain(|s| s.name != me.name && s.name != partner.name);
                targets.retain(|t| t.name != me.name && t.name != partner.name);
                // ("welcome our colleagues to Washington": whom the act takes is unnamed, and
                // the place it names is no side of it.)
                if unnamed_ours {
                    targets.retain(|t| t.person);
                }
                sources.insert(0, partner);
                sources.insert(0, me);
            }
        }
        if fronted.is_some() && sources.is_empty() && !targets.is_empty() {
            sources.push(targets.remove(0));
        }
        // "…que les troupes russes se retirent, comme l'a demandé l'Assemblée générale": what
        // a fronted demand or appeal asks for is the clause before "as", and its actor there
        // is the target.
        if let Some(as_at) = fronted
            && targets.is_empty()
            && ["02", "10"].iter().any(|c| code.starts_with(c))
        {
            targets.extend(
                self.mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        m.end <= as_at
                            && m.start >= clause
                            && !m.place
                            && !sources.iter().any(|s| s.name == m.name)
                    })
                    .map(Side::of),
            );
        }
        // "I am very glad to welcome you to Sochi", "je vous remercie": in a dialogue of two,
        // "you" is the other one.
        let to_you =
            self.is(end, Role::SecondPerson) || start > 0 && self.is(start - 1, Role::SecondPerson);
        if to_you
            && targets.is_empty()
            && !nominal
            && let Some(me) = &speaker
            && let Some(you) = self.addressee(me)
        {
            // ("I am very glad to welcome you": the first person further before the verb.)
            if sources.is_empty() && (clause..start).any(|i| self.is(i, Role::FirstPerson)) {
                sources.push(me.clone());
            }
            if sources.iter().any(|s| s.name == me.name) {
                targets.push(you);
            }
        }
        // "le Secrétaire général des Nations unies, que je salue", "Mr Guterres, whom I thank":
        // an object relative pronoun right after a name stands for it.
        if targets.is_empty() && clause > 0 && self.is(clause - 1, Role::ObjectRelative) {
            let pronoun = clause - 1;
            if let Some(m) = self.mentions.iter().rev().find(|m| {
                m.end <= pronoun && !m.place && (m.end..pronoun).all(|i| self.lower[i] == ",")
            }) {
                targets.push(Side::of(m));
            }
        }
        // "В этом году мы встречались уже несколько раз": in a dialogue of two, "we" meeting
        // no one named are the two of them.
        // ("Our meeting today was productive", "pendant nos entretiens", "наши переговоры": a
        // meeting the plural first person owns, a word or two between.)
        let ours = nominal
            && (start.saturating_sub(3)..start).any(|i| {
                self.is(i, Role::OurPossessive)
                    && (i + 1..start)
                        .all(|j| !self.mentions.iter().any(|m| m.start <= j && j < m.end))
            });
        if code.starts_with("04")
            && targets.is_empty()
            && (!nominal && (clause..start).any(|i| self.is(i, Role::FirstPlural)) || ours)
            && let Some(me) = &speaker
            && sources.iter().all(|s| s.name == me.name)
            && let Some(you) = self.addressee(me)
        {
            sources = vec![me.clone()];
            targets.push(you);
        }
        if code.starts_with("042") || code.starts_with("043") {
            // "travelled to Minsk", "sur la base aérienne de Siauliai": a visit is to the state.
            for t in &mut targets {
                self.to_state(t);
            }
        }
        if sources.is_empty() && clause > 0 && self.is(clause - 1, Role::Relative) {
            // "l'Organisation de coopération de Shanghai (OCS), qui accueille…", "Russia, which
            // attacked…": a relative pronoun stands for the actor right before it.
            sources.extend(
                self.mentions
                    .iter()
                    .rev()
                    .find(|m| m.end < clause && clause - m.end <= RELATIVE_REACH && !m.place)
                    .map(Side::of),
            );
        }
        // "The two countries pledge…", "Обе стороны обвинили друг друга": the two states the
        // text named last; a joint act is between them, an intent or a reciprocal act goes both
        // ways, any other act is theirs upon its target.
        // (The phrase is the subject: it opens the clause, an article or an opening phrase
        // before it, and the predicate follows it closely.)
        // ("The two leaders…": the two persons, else the two states.)
        // ("The leaders of the two countries…", "Лидеры двух стран…": the persons' noun, then
        // the pair of states, a few words on.)
        let leaders_of_pair = |i: usize| {
            if !self.is(i, Role::PairPerson) {
                return None;
            }
            (i + 1..(i + 6).min(start.saturating_sub(1)))
                .find(|&j| self.is(j, Role::PairNumber) && self.is(j + 1, Role::PairNoun))
                .map(|j| j + 2)
        };
        // ("Главы МИД двух стран…": a body named inside the phrase is no subject of its own, and
        // its heads are the two states' envoys, not the two persons named before.)
        let mut body_in_pair = None;
        let pair_subject = (clause..start.saturating_sub(1)).find_map(|i| {
            if let Some(end) = leaders_of_pair(i)
                && start - end <= MOOD_REACH + 1
                && (i == clause
                    || self.is(i - 1, Role::Article)
                    || self.lower[i - 1] == ","
                    || self.is(i - 1, Role::Boundary))
            {
                let body = self
                    .mentions
                    .iter()
                    .filter(|m| m.start > i && m.end <= end)
                    .find(|m| m.kind == EntityType::Org);
                if let Some(body) = body {
                    body_in_pair = Some(body.name.clone());
                    return Some(false);
                }
                return Some(true);
            }
            let persons = self.is(i + 1, Role::PairPerson);
            (self.is(i, Role::PairNumber)
                && (persons || self.is(i + 1, Role::PairNoun))
                && start - (i + 2) <= MOOD_REACH + 1
                && (i == clause
                    || self.is(i - 1, Role::Article)
                    || self.lower[i - 1] == ","
                    || self.is(i - 1, Role::Boundary)))
            .then_some(persons)
        });
        // ("X held talks with Y. The two leaders signed…": the two persons of the sentence
        // before first, a meeting's sides or a subject of two.)
        let group_persons: Option<&[Side; 2]> = self
            .group
            .try_into()
            .ok()
            .filter(|g: &&[Side; 2]| g.iter().all(|s| s.person));
        let pair = match pair_subject {
            Some(true) => group_persons.or(self.person_pair).or(self.pair),
            Some(false) => self.pair,
            None => None,
        };
        if pair.is_some()
            && let Some(body) = &body_in_pair
        {
            sources.retain(|s| &s.name != body);
        }
        // (A noun with its verb too: closely after the subject, "held talks", "had a meeting".)
        if sources.is_empty()
            && (!nominal || end - start > 1)
            && let Some([a, b]) = pair
        {
            let joint = ["04", "05", "06"].iter().any(|c| code.starts_with(c));
            if targets.is_empty() && joint {
                sources = vec![a.clone()];
                targets = vec![b.clone()];
            } else if targets.is_empty() && code.starts_with("03") {
                sources = vec![a.clone(), b.clone()];
                targets = vec![a.clone(), b.clone()];
            } else {
                sources = vec![a.clone(), b.clone()];
            }
        }
        // "…held a meeting in Islamabad and they agreed to…", "the African side said that they
        // stand ready to work with China": a plural pronoun right before the predicate stands
        // for the actors its sentence named last before it, joined by "and" (none named: no one,
        // not the speaker).
        let plural = (start.saturating_sub(MOOD_REACH + 1).max(clause)..start)
            .find(|&i| self.is(i, Role::PluralPronoun));
        if sources.is_empty()
            && !nominal
            && let Some(p) = plural
        {
            let before: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|m| m.end <= p && !m.place)
                .collect();
            // (None before it in its sentence, opening the sentence: the actors that opened the
            // sentence before — "Macron et Tebboune se sont entretenus. Ils sont convenus de…".)
            // (With no target, a joint act is between them and an intent goes both ways, as
            // for "the two countries".)
            if before.is_empty() && p <= clause + 1 && !self.group.is_empty() {
                // (What they discussed is the topic: "They discussed efforts to help Ukraine".)
                let joint = ["04", "05", "06"].iter().any(|c| code.starts_with(c));
                if code.starts_with("04") || targets.is_empty() && joint {
                    targets.clear();
                    sources.push(self.group[0].clone());
                    targets.extend(self.group[1..].iter().cloned());
                } else if targets.is_empty() && code.starts_with("03") {
                    sources.extend(self.group.iter().cloned());
                    targets.extend(self.group.iter().cloned());
                } else {
                    sources.extend(self.group.iter().cloned());
                    targets.retain(|t| !sources.iter().any(|s| s.name == t.name));
                }
            }
            if let Some((&last, rest)) = before.split_last() {
                let mut group = vec![last];
                for &m in rest.iter().rev() {
                    let gap = m.end..group[0].start;
                    let listed = gap.clone().any(|i| self.is(i, Role::And))
                        && gap.clone().all(|i| {
                            self.is(i, Role::And)
                                || self.is(i, Role::Article)
                                || self.lower[i] == ","
                        });
                    if !listed {
                        break;
                    }
                    group.insert(0, m);
                }
                sources.extend(group.into_iter().map(Side::of));
                targets.retain(|t| !sources.iter().any(|s| s.name == t.name));
            }
        }
        if sources.is_empty() {
            // "Il reproche à la Cour…": a pronoun right before the predicate stands for the
            // person the paragraph spoke of last.
            let pronoun = (start.saturating_sub(MOOD_REACH + 1).max(clause)..start)
                .any(|i| self.is(i, Role::Pronoun));
            // Else the speaker does it, unless the clause names its own subject: a pronoun with
            // no one to stand for, or a noun phrase ("tous ses collègues ont rendu hommage",
            // "the delegates agreed"), an article before the verb and no first person.
            // (Or an actor noun no preposition takes, where the language has no articles or
            // leaves them out: "западные коллеги имеют явное намерение…", "Western colleagues
            // have…".)
            let actor_noun_subject = (clause..start)
                .find(|&i| self.is(i, Role::ActorNoun))
                .is_some_and(|n| {
                    (clause..n).all(|i| {
                        !(self.is(i, Role::Preposition)
                            || self.is(i, Role::With)
                            || self.is(i, Role::Place)
                            || self.is(i, Role::Agent))
                    })
                    // (Not one addressed: "Today, Mr. President, you met…".)
                    && !(n..start).any(|i| self.is(i, Role::SecondPerson))
                });
            let third_person_subject = !nominal
                && (clause..start)
                    .any(|i| self.is(i, Role::Article) || actor_noun_subject && i == clause)
                && !(clause..start)
                    .any(|i| self.is(i, Role::FirstPerson) || self.is(i, Role::FirstPlural));
            // ("regarding the recent attacks on Saudi Arabia", "the killing of civilians", "the
            // deployment of missile defence": force or a show of it named by a noun with no doer
            // is not the speaker's.)
            let undone_force =
                nominal && ["15", "18", "19", "20"].iter().any(|c| code.starts_with(c));
            // ("Путин – это руководитель, который готов…": a relative pronoun whose actor is out
            // of reach stands for someone else than the speaker.)
            let relative_subject = !nominal && clause > 0 && self.is(clause - 1, Role::Relative);
            // ("Ce dernier a reproché à l'OMC…": the person named last before it.)
            let latter = (!nominal)
                .then(|| {
                    (start.saturating_sub(MOOD_REACH + 1).max(clause)..start).find(|&i| {
                        self.is(i, Role::Latter)
                            && (i == clause
                                || self.is(i - 1, Role::Article)
                                || self.lower[i - 1] == ",")
                    })
                })
                .flatten()
                .and_then(|i| {
                    self.mentions
                        .iter()
                        .rfind(|m| m.kind == EntityType::Per && m.end <= i)
                        .map(Side::of)
                        .or_else(|| self.latest.cloned())
                });
            // ("The Secretary thanked Estonia", "Le ministre a salué…", "Министр поблагодарил…":
            // a title named alone before the predicate, the person the text gave that title.)
            let described = (!nominal)
                .then(|| self.described_subject(clause, start))
                .flatten();
            // ("La Russie a déclaré qu'elle imposerait…", "Ankara a condamné ce qu'elle a
            // qualifié…": a pronoun opening a clause of its sentence stands for the sentence's
            // subject, when that is the only actor named before the clause.)
            let thing = (start.saturating_sub(MOOD_REACH + 1).max(clause)..start)
                .any(|i| self.is(i, Role::ThingPronoun));
            // (The subject of the predicate, no other verb between: "ce qu'elle a qualifié
            // d'attaque" names no doer of the attack.)
            let own_subject = (clause..start)
                .rfind(|&i| self.is(i, Role::Pronoun) || self.is(i, Role::ThingPronoun))
                .is_some_and(|p| {
                    (p + 1..start)
                        .all(|i| self.is(i, Role::Auxiliary) || !self.lex.verb_form(&self.lower[i]))
                });
            let sentence_subject = ((pronoun || thing) && clause > 0 && !nominal && own_subject)
                .then(|| {
                    let mut before = self.mentions.iter().filter(|m| m.end <= clause && !m.place);
                    let first = before.next()?;
                    (before.next().is_none()
                        && (0..first.start)
                            .all(|i| self.is(i, Role::Article) || self.is(i, Role::Intro)))
                    .then(|| Side::of(first))
                })
                .flatten();
            match latter
                .or(described)
                .or(sentence_subject)
                .or_else(|| self.antecedent.filter(|_| pronoun).cloned())
            {
                Some(a) => sources.push(a),
                None if pronoun
                    || thing
                    || plural.is_some()
                    || third_person_subject
                    || undone_force
                    || relative_subject => {}
                None => sources.extend(speaker.clone()),
            }
        }
        // "Biden praised him", "l'Équateur lui a accordé l'asile", "пообещал ему": a singular
        // object pronoun is the first person its sentence names before it who is not the act's
        // doer ("écrit à David Cvach, conseiller de François Hollande, pour lui enjoindre…"),
        // else the person named last before.
        if targets.is_empty()
            && !nominal
            && !code.starts_with("01")
            && let Some(at) = self.object_pronoun(start, end)
        {
            let here = self
                .mentions
                .iter()
                .filter(|m| m.kind == EntityType::Per && m.end <= at)
                .map(Side::of);
            let referent = here
                .chain(self.latest.cloned())
                .chain(self.antecedent.cloned())
                .find(|p| !sources.iter().any(|s| s.name == p.name));
            targets.extend(referent);
        }
        // An event is between two actors; only a bare statement, a concession or retreat
        // ("will resign", "surrendered": CAMEO 08), a show of force (15) or a protest whose
        // protesters the sentence names doing it (14: "Iraqi Kurds demonstrated in Kirkuk"; not
        // "la grève", "les manifestations" spoken of) may have no target.
        let protest_named = code.starts_with("14")
            && !nominal
            && (self.lex.verb_form(&self.lower[start])
                || start > 0 && self.is(start - 1, Role::Auxiliary))
            && !sources.is_empty()
            && sources.iter().all(|s| {
                self.mentions.iter().any(|m| {
                    m.end <= start && start - m.end <= PROTESTER_REACH && Side::of(m).name == s.name
                })
            });
        let targetless = protest_named || ["01", "08", "15"].iter().any(|c| code.starts_with(c));
        let date = self.date();
        let published = self.anchor_date();
        let after_anchor = date
            .and_then(first_day)
            .and_then(|d| d.to_days())
            .zip(published.and_then(|p| p.to_days()))
            .is_some_and(|(d, p)| d > p);
        planned |= after_anchor;
        // "We will impose additional costs on Russia if it moves forward": a coercive act
        // announced on a condition stated after it is a threat, made now.
        // (So is one after a fronted condition: "If Russia invades, we will impose costs"; any
        // other act announced on a condition has not happened.)
        let threat = planned.then(|| threat_code(code)).flatten().filter(|_| {
            on_condition || (end..self.lower.len()).any(|i| self.is(i, Role::Condition))
        });
        if threat.is_some() {
            planned = false;
        } else if on_condition {
            return Vec::new();
        }
        let code = threat.unwrap_or(code);
        let date = date.or_else(|| {
            (!planned)
                .then(|| published.map(day))
                .flatten()
                .map(TimeValue::Point)
        });
        let code = if planned { intent_code(code) } else { code };
        let place = place
            .or_else(|| self.section_place())
            .or_else(|| self.dateline_place());
        let base = self.span.start;
        let trigger = Span::new(
            base + self.tokens[start].start,
            base + self.tokens[end - 1].end,
        );
        // "Обе стороны обвинили друг друга", "accused each other": joined subjects of a
        // reciprocal act do it to one another.
        let clause_end = self.clause_end(end);
        let reciprocal =
            (end..clause_end).any(|i| self.lex.reciprocal_at(&self.lower[i..clause_end]));
        if reciprocal && targets.is_empty() && sources.len() >= 2 {
            targets = sources.clone();
        }
        // "The United States and Japan intend to work together", "Armenia and Azerbaijan
        // accused each other": what joined subjects (the other side named before the predicate,
        // in its clause) intend together or do to one another, each does towards the other.
        // (Joined: "and" between a source and each target, all before the predicate.)
        let before: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start >= clause && m.end <= start && !m.place)
            .collect();
        let joined = |a: &Mention, b: &Mention| {
            let (x, y) = if a.end <= b.start { (a, b) } else { (b, a) };
            // Only a list between: "and", commas, articles, other actors.
            let listed = |i: usize| {
                self.is(i, Role::And)
                    || self.is(i, Role::Article)
                    || self.lower[i] == ","
                    || before.iter().any(|m| m.start <= i && i < m.end)
            };
            x.end <= y.start
                && (x.end..y.start).any(|i| self.is(i, Role::And))
                && (x.end..y.start).all(listed)
        };
        let co_subjects = !targets.is_empty()
            && targets.iter().all(|t| {
                before.iter().any(|mt| {
                    mt.name == t.name
                        && before
                            .iter()
                            .any(|ms| sources.iter().any(|s| s.name == ms.name) && joined(ms, mt))
                })
            });
        // (Meetings and cooperation are one act whichever side is named first.)
        let symmetric = matches!(event_type(code), "meet" | "cooperate");
        if (code.starts_with("03") || reciprocal) && co_subjects && !symmetric {
            let mut all: Vec<Side> = Vec::new();
            for side in sources.iter().chain(&targets) {
                if !all.iter().any(|a| a.name == side.name) {
                    all.push(side.clone());
                }
            }
            sources = all.clone();
            targets = all;
        }
        // "revendique l'attaque hier à Liège en Belgique": force with no target named (or only
        // a place the base cannot code, "Liège") falls on the state its clause places it in,
        // after the predicate (not the doer's own: "Afghan rebels exploded bombs in Kabul").
        if targets.iter().all(|t| t.actor.is_none() && !t.person)
            && !sources.is_empty()
            && ["18", "19", "20"].iter().any(|c| code.starts_with(c))
        {
            let clause_end = self.clause_end(end);
            fn country(side: &Side) -> Option<&str> {
                side.actor.as_deref().and_then(|c| c.get(..3))
            }
            let struck = self
                .mentions
                .iter()
                .filter(|m| m.place && m.start >= end && m.end <= clause_end)
                .find_map(|m| {
                    let mut side = Side::of(m);
                    self.to_state(&mut side);
                    let state = side.actor.as_deref().and_then(|c| self.kb.state(c))?;
                    let own = sources
                        .iter()
                        .any(|s| country(s).is_some() && country(s) == country(&side));
                    (self.kb.actors()[state].name == side.name && !own).then_some(side)
                });
            if let Some(state) = struck {
                targets = vec![state];
            }
        }
        // "Russia fired missiles at Odesa": force falls on the state whose place it strikes
        // (a place no state holds alone stays as it is: `to_state`; so does a place of the
        // doer's own state: "Afghan rebels exploded bombs in Kabul").
        if ["18", "19", "20"].iter().any(|c| code.starts_with(c)) {
            for t in &mut targets {
                let mut state = t.clone();
                self.to_state(&mut state);
                fn country(side: &Side) -> Option<&str> {
                    side.actor.as_deref().and_then(|c| c.get(..3))
                }
                let own = sources.iter().any(|s| {
                    s.name == state.name || country(s).is_some() && country(s) == country(&state)
                });
                if !own {
                    *t = state;
                }
            }
            let mut seen: Vec<String> = Vec::new();
            targets.retain(|t| {
                let new = !seen.contains(&t.name);
                seen.push(t.name.clone());
                new
            });
        }
        // Every source with every target: "Belarus, Bolivia and Cuba have confirmed…".
        let mut pairs: Vec<(&Side, Option<&Side>)> = Vec::new();
        for s in &sources {
            let others: Vec<&Side> = targets.iter().filter(|t| t.name != s.name).collect();
            // (Not a source that is already another's target: "Russia and China held joint
            // exercises" is not also China's alone.)
            // (A protest against its protesters' own side stays theirs: "Iraqi Kurds
            // demonstrated… calling for independence from Iraq".)
            if others.is_empty()
                && targetless
                && (protest_named || !targets.iter().any(|t| t.name == s.name))
            {
                pairs.push((s, None));
            }
            pairs.extend(others.into_iter().map(|t| (s, Some(t))));
        }
        // "Ankara a fermement condamné ce qu'elle a qualifié d'attaque": words whose target the
        // clause does not name are still a statement of their source (who speaks, not to whom).
        let verbal = !nominal && verbal(code);
        // "a dénoncé l'opération de l'armée israélienne", "condemned what it called a terrorist
        // attack carried out by the Israeli navy": criticism whose clause names no target is
        // aimed at the doer of the act it condemns, named after "by" or in the genitive.
        // (Not the agent of the predicate itself: "est critiqué par les dirigeants ukrainiens
        // et européens" names who criticises, all of them sources.)
        let own_agent = (end.saturating_sub(1)..(end + 2).min(self.lower.len()))
            .filter(|&i| self.is(i, Role::Agent))
            .any(|a| {
                self.mentions
                    .iter()
                    .any(|m| !m.place && m.start > a && m.start <= a + 2)
            });
        let condemned = (pairs.is_empty() && verbal && code.starts_with("11") && !own_agent)
            .then(|| self.doer_condemned(end))
            .flatten();
        if let Some(doer) = &condemned {
            pairs.extend(
                sources
                    .iter()
                    .filter(|s| s.name != doer.name)
                    .map(|s| (s, Some(doer))),
            );
        }
        let code = if pairs.is_empty() && verbal {
            pairs.extend(sources.iter().map(|s| (s, None)));
            STATEMENT
        } else {
            code
        };
        pairs.truncate(MAX_PAIRS);
        let mut coded: Vec<(&str, &Side, Option<&Side>)> =
            pairs.iter().map(|&(s, t)| (code, s, t)).collect();
        // "Москва принимала министра Армении", "a reçu Narendra Modi": hosting a visit (043) is
        // the guest's visit to the host (042) too, paired; both are one real-world event.
        // A person received by a person ("Accueil de M. Modi par M. Fabius", "Blinken co-hosted
        // Hayashi") is a meeting of the two, the visit being to the place or state (040).
        if code.starts_with("043") {
            let mut visits = Vec::new();
            for entry in coded.iter_mut() {
                let (_, host, guest) = *entry;
                match guest {
                    Some(guest) if host.person && guest.person => entry.0 = MEET,
                    Some(guest) => visits.push((VISIT, guest, Some(host))),
                    None => {}
                }
            }
            coded.extend(visits);
        }
        coded
            .into_iter()
            .map(|(code, source, target)| (code, code_info(code), source, target))
            .map(|(code, info, source, target)| Event {
                id: event_id(code, source, target, date),
                code: code.to_owned(),
                plover: info.as_ref().and_then(|i| i.plover).map(str::to_owned),
                goldstein: info.as_ref().map_or(0.0, |i| i.goldstein),
                quad_class: info.as_ref().map_or(0, |i| i.quad_class),
                source_actor: source.actor.clone(),
                source: Some(source.name.clone()),
                target_actor: target.and_then(|t| t.actor.clone()),
                target: target.map(|t| t.name.clone()),
                date,
                place: place.clone(),
                speaker: speaker.as_ref().map(|s| s.name.clone()),
                status: if planned {
                    EventStatus::Planned
                } else {
                    EventStatus::Done
                },
                span: self.span,
                trigger,
            })
            .collect()
    }

    /// The doer of the act a criticism at `end` condemns: the first actor after it in the
    /// sentence that follows "by"/"par" or a genitive word ("de l'armée israélienne"), within
    /// `CONDEMNED_REACH` tokens.
    fn doer_condemned(&self, end: usize) -> Option<Side> {
        self.mentions
            .iter()
            .filter(|m| m.start >= end && m.start <= end + CONDEMNED_REACH && !m.place)
            .find(|m| {
                let mut before = m.start.saturating_sub(1);
                if self.is(before, Role::Article) && before > end {
                    before -= 1;
                }
                before >= end && (self.is(before, Role::Agent) || self.is(before, Role::Genitive))
            })
            .map(Side::of)
    }

    /// Whether what a predicate ending at `end` takes first (after "to" and an article) is a
    /// person or a delegation: a person named, or an actor noun ("the delegations", "the
    /// President of …").
    /// The actor joined to a first-person subject before a predicate at `start`: "X and I",
    /// "мы с X" (first person, "with", the actor).
    fn joined_to_me(&self, clause: usize, start: usize) -> Option<Side> {
        let actor = |m: &&Mention| !m.place && !m.adjective;
        (clause..start).find_map(|i| {
            if !self.is(i, Role::FirstPerson) {
                return None;
            }
            let before = (i >= 2 && self.is(i - 1, Role::And))
                .then(|| self.mentions.iter().filter(actor).find(|m| m.end == i - 1))
                .flatten();
            // (A person after a role phrase: "мы с министром иностранных дел Китая Ван И".)
            let after = self
                .is(i + 1, Role::With)
                .then(|| {
                    let near = |m: &&Mention| m.start >= i + 2 && m.end <= start;
                    let mut after = self.mentions.iter().filter(actor).filter(near);
                    after
                        .clone()
                        .find(|m| m.kind == EntityType::Per && m.start <= i + 2 + JOINED_REACH)
                        .or_else(|| after.find(|m| m.start == i + 2))
                })
                .flatten();
            before.or(after).map(Side::of)
        })
    }

    /// The time expression token `k` stands in, if any.
    /// (`Document::times` is sorted by position and its spans do not overlap: found by bisection,
    /// as this is asked for tokens of every event noun.)
    fn time_at(&self, k: usize) -> Option<&chancery_model::TimeExpr> {
        let base = self.span.start;
        let t = self.tokens.get(k)?;
        let times = &self.doc.times;
        let i = times.partition_point(|x| x.span.end <= base + t.start);
        times
            .get(i)
            .filter(|x| x.span.start <= base + t.start && base + t.end <= x.span.end)
    }

    fn takes_a_person(&self, end: usize, undergoers: bool) -> bool {
        // "принял в четверг премьер-министра", "a reçu jeudi le ministre": a time expression
        // between the verb and what it takes is skipped.
        let base = self.span.start;
        let past_time = |mut k: usize| {
            while let Some(t) = self.time_at(k) {
                while self
                    .tokens
                    .get(k)
                    .is_some_and(|tok| base + tok.end <= t.span.end)
                {
                    k += 1;
                }
            }
            k
        };
        let mut k = past_time(end);
        if self.is(k, Role::Place) || self.is(k, Role::With) {
            k = past_time(k + 1);
            // "принял в Анкаре своего коллегу", "a reçu à l'Élysée le ministre": the place
            // named after the preposition too.
            if self.is(k, Role::Article) {
                k += 1;
            }
            if let Some(m) = self
                .mentions
                .iter()
                .find(|m| m.start == k && m.kind == EntityType::Loc)
            {
                k = past_time(m.end);
            }
        }
        if self.is(k, Role::Article) {
            k += 1;
        }
        // "his Iranian counterpart", "своего иранского коллегу": a few words before an actor
        // noun.
        let word = |j: usize| {
            self.lower
                .get(j)
                .is_some_and(|w| w.chars().all(char::is_alphabetic))
                && !self.is(j, Role::Place)
                && !self.is(j, Role::With)
        };
        let noun =
            |j: usize| self.is(j, Role::ActorNoun) || undergoers && self.is(j, Role::Undergoer);
        if let Some(found) = (k..k + ACTOR_NOUN_REACH)
            .take_while(|&j| word(j))
            .find(|&j| noun(j))
        {
            k = found;
        }
        // "received Prime Minister Shinzo Abe": capitalised title words before the name.
        let mut titled = k;
        while titled < k + PERSON_TITLE_REACH
            && self.tokens.get(titled).is_some_and(|t| {
                self.span.slice(&self.doc.text)[t.start..t.end].starts_with(char::is_uppercase)
            })
            && !self.mentions.iter().any(|m| m.start == titled)
        {
            titled += 1;
        }
        // ("принял госсекретарь США Энтони Блинкен", "received the Foreign Minister of
        // Ukraine Dmytro Kuleba": a title word, its office's words, then the name.)
        let title_word = self.tokens.get(k).is_some_and(|t| {
            chancery_lexicon::people::is_name_title(t.slice(self.span.slice(&self.doc.text)))
        });
        noun(k)
            || self.mentions.iter().any(|m| {
                (m.start == k || m.start == titled) && m.kind == EntityType::Per && !m.adjective
            })
            || title_word
                && self
                    .mentions
                    .iter()
                    .find(|m| m.start > k && (m.kind == EntityType::Per || m.place))
                    .is_some_and(|m| {
                        m.kind == EntityType::Per
                            && !m.adjective
                            && m.start - k <= TITLED_DOER_REACH
                            && !(k..m.start)
                                .any(|i| self.lower[i] == "," || self.is(i, Role::Boundary))
                    })
    }

    /// Whether `m` is a person named right after token `from` behind a title: at most
    /// [`PERSON_TITLE_REACH`] capitalised words or title words, an article before them
    /// ("hosted Foreign Minister Yoshimasa Hayashi", "met the Prime Minister, Narendra Modi").
    fn titled_person_at(&self, from: usize, m: &Mention) -> bool {
        let text = self.span.slice(&self.doc.text);
        let mut i = from;
        if i < m.start && self.is(i, Role::Article) {
            i += 1;
        }
        m.kind == EntityType::Per
            && !m.adjective
            && m.start > i
            && m.start - i <= PERSON_TITLE_REACH
            && (i..m.start).all(|j| {
                let word = self.tokens.get(j).map_or("", |t| &text[t.start..t.end]);
                (word.starts_with(char::is_uppercase)
                    || chancery_lexicon::people::is_name_title(word))
                    && !self.mentions.iter().any(|o| o.start <= j && j < o.end)
                    || word == "," && j + 1 == m.start
            })
    }

    fn lang(&self) -> &str {
        self.doc.lang.as_deref().unwrap_or("")
    }

    /// Where the subject of a predicate at `start` is looked for, from `from`: after a comma
    /// and "and" that join a clause with its own verb and no list in it ("La Suisse a imité
    /// la Suède, et l'Allemagne a réclamé…", "Russia attacked Kyiv, and France condemned…"),
    /// or after a subordinating conjunction, when an actor stands between them and the
    /// predicate; else `from`.
    fn joined_clause(&self, from: usize, start: usize) -> usize {
        let outside = |i: usize| !self.mentions.iter().any(|m| (m.start..m.end).contains(&i));
        let from = (from + 1..start.saturating_sub(1))
            .rev()
            .find(|&p| {
                self.lower[p] == ","
                    && self.is(p + 1, Role::And)
                    && self
                        .mentions
                        .iter()
                        .any(|m| m.start > p + 1 && m.end <= start && !m.place)
                    && self.mentions.iter().any(|m| m.start >= from && m.end <= p)
                    && !(from..p).any(|i| self.lower[i] == ",")
                    && (from..p).any(|i| outside(i) && self.lex.verb_form(&self.lower[i]))
            })
            .map_or(from, |p| p + 2);
        // "China will take actions while House Speaker Nancy Pelosi visits Taiwan": after a
        // subordinating conjunction, an actor before the predicate is its subject (a pronoun
        // there stands for the main clause's: "la chancelière, lorsqu'elle a proposé").
        (from..start)
            .rev()
            .find(|&p| self.is(p, Role::Subordinate))
            .filter(|&p| {
                self.mentions.iter().any(|m| {
                    m.start > p && m.start <= p + SUBJECT_REACH && m.end <= start && !m.place
                })
            })
            .map_or(from, |p| p + 1)
    }

    /// The first token of the clause a predicate stands in.
    fn clause_start(&self, at: usize) -> usize {
        (0..at)
            .rev()
            .find(|&i| self.is(i, Role::Boundary))
            .map_or(0, |i| i + 1)
    }

    /// The end (exclusive) of the clause that starts after a predicate.
    fn clause_end(&self, from: usize) -> usize {
        (from..self.lower.len())
            .find(|&i| self.is(i, Role::Boundary))
            .unwrap_or(self.lower.len())
    }

    /// The object pronoun of the verb at `start..end`, if it has one: in French the clitic
    /// before it or its auxiliary ("lui a accordé", "lui a donc officiellement accordé"); else
    /// the word after it, or
    /// after its "with" ("praised him", "met with him", "встретился с ним"), a pronoun that is
    /// also a possessive only before what is no lowercase word or before a preposition
    /// ("thanked her for", not "praised her courage").
    fn object_pronoun(&self, start: usize, end: usize) -> Option<usize> {
        if self.lang() == "fr" {
            let aux_word = quote_words(QuoteWord::Aux);
            return (0..start)
                .rev()
                .take_while(|&i| {
                    self.is(i, Role::ObjectPronoun)
                        || self.is(i, Role::Auxiliary)
                        || aux_word.contains(self.lower[i].as_str())
                        || self.is(i, Role::Adverb)
                })
                .find(|&i| self.is(i, Role::ObjectPronoun));
        }
        let at = if self.is(end, Role::With) {
            end + 1
        } else {
            end
        };
        let word = |i: usize| {
            self.tokens.get(i).is_some_and(|t| {
                t.slice(self.span.slice(&self.doc.text))
                    .starts_with(char::is_lowercase)
            })
        };
        (self.is(at, Role::ObjectPronoun)
            || self.is(at, Role::ObjectOrOwner)
                && (!word(at + 1) || self.is(at + 1, Role::Preposition)))
        .then_some(at)
    }

    /// Sources and targets of an obligation at `start` ("Russia said on Tuesday that Sudan must
    /// return…", "the Red Cross said US and British forces must…"): the targets are the subject
    /// between the nearest clause boundary or reporting verb and the predicate, the sources the
    /// actors of the clause that states it (none without one: the speaker's, then).
    fn obligation_sides(&self, start: usize) -> (Vec<Side>, Vec<Side>, Option<String>) {
        let within = |from: usize, to: usize| -> Vec<&Mention> {
            self.mentions
                .iter()
                .filter(|m| m.start >= from && m.end <= to && !m.place)
                .collect()
        };
        let opens = self.statement_opening(start);
        // With no clause stating it, the sentence is the speaker's ("The IMF's governance is
        // unacceptable").
        // "the Libyan issue must be resolved", "la question libyenne doit…": a nationality
        // word qualifying a thing is no side.
        let subject: Vec<&Mention> = within(opens.map_or(0, |o| o + 1), start)
            .into_iter()
            .filter(|m| !self.qualifies_a_thing(m))
            .collect();
        let stating = opens.map_or_else(Vec::new, |o| within(self.clause_start(o), o));
        let sides = |v: Vec<&Mention>| -> Vec<Side> { v.into_iter().map(Side::of).collect() };
        (
            sides(self.group(&stating, self.best(&stating))),
            sides(self.group(&subject, self.best(&subject))),
            None,
        )
    }

    /// The clause boundary or reporting word nearest before `start`: what follows it up to
    /// `start` is the subject of what a clause before it states.
    fn statement_opening(&self, start: usize) -> Option<usize> {
        (0..start)
            .rev()
            .find(|&i| self.is(i, Role::Boundary) || self.is(i, Role::Report))
    }

    /// Sources and targets of a part credited at `start..end` ("I would like to emphasize the
    /// positive role Saudi Arabia has played", "le rôle positif joué par l'Algérie", "Turkey
    /// plays a constructive role", "конструктивную роль Турции"): the target is the one named
    /// after it in its clause, else its subject; the sources those of the clause stating it
    /// (none: the speaker's, then). `None` when the part is the first person's own ("we play a
    /// constructive role") or no one holds it.
    fn credited_sides(
        &self,
        start: usize,
        end: usize,
        speaker: Option<&Side>,
    ) -> Option<(Vec<Side>, Vec<Side>, Option<String>)> {
        let (stating, subject, _) = self.obligation_sides(start);
        let opens = self.statement_opening(start).map_or(0, |o| o + 1);
        let right_end = self.clause_end(end);
        let after: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start >= end && m.end <= right_end && !m.place)
            .collect();
        if after.is_empty()
            && (opens..start)
                .any(|i| self.is(i, Role::FirstPerson) || self.is(i, Role::FirstPlural))
        {
            return None;
        }
        let voice = || speaker.cloned().into_iter().collect::<Vec<Side>>();
        // ("Le Drian a souligné le rôle positif joué par l'Arabie saoudite": the subject says
        // so of the one named after; "l'Algérie joue un rôle constructif", said by someone.)
        let (sources, holders) = match self.best(&after) {
            Some(best) => {
                let holders: Vec<Side> = self
                    .group(&after, Some(best))
                    .into_iter()
                    .map(Side::of)
                    .collect();
                let sources = [stating, subject]
                    .into_iter()
                    .find(|s| !s.is_empty())
                    .unwrap_or_else(voice);
                (sources, holders)
            }
            None if stating.is_empty() => (voice(), subject),
            None => (stating, subject),
        };
        (!holders.is_empty() && !sources.is_empty()).then_some((sources, holders, None))
    }

    /// Whether a nationality word qualifies a noun that names no actor ("the Libyan issue",
    /// "la question libyenne", "ливийский вопрос"): the noun after it, or before it in French.
    fn qualifies_a_thing(&self, m: &Mention) -> bool {
        // ("the Sudanese government must…": the mention holds its actor noun.)
        if !m.adjective || (m.start..m.end).any(|i| self.is(i, Role::ActorNoun)) {
            return false;
        }
        let noun = if self.lang() == "fr" {
            m.start.checked_sub(1)
        } else {
            Some(m.end)
        };
        noun.and_then(|i| self.lower.get(i).map(|w| (i, w)))
            .is_some_and(|(i, w)| {
                w.chars().all(char::is_lowercase)
                    && w.chars().count() > 2
                    && !self.is(i, Role::ActorNoun)
                    && !self.is(i, Role::Article)
                    && !self.mentions.iter().any(|o| o.start <= i && i < o.end)
            })
    }

    /// Source, target and place of a predicate at `start..end`.
    /// Sources, targets and place of a predicate at `start..end`. A coordinated list of actors
    /// ("Belarus, Bolivia and Cuba") gives one side each; two sides named together before a
    /// meeting or a joint act ("X et Y se sont entretenus") are its source and target.
    fn sides(
        &self,
        (start, end, inner): (usize, usize, Option<usize>),
        clause: usize,
        nominal: bool,
        code: &str,
        partner: bool,
    ) -> (Vec<Side>, Vec<Side>, Option<String>) {
        let visit = code.starts_with("042") || code.starts_with("043");
        let aid = code.starts_with("07");
        // "On the eve of the General Assembly meeting, Russia fired…": an opening adverbial
        // phrase, up to its comma, holds no subject.
        // (So does a leading participle's phrase: "Interrogée sur France Info, elle a
        // affirmé…", "Asked by CNN, …" — a phrase of two words or more, opened by no name.)
        let comma = (clause..start).find(|&i| self.lower[i] == ",");
        let participle = comma.is_some_and(|c| c >= clause + 2)
            && self.lower[clause].chars().all(char::is_alphabetic)
            && self.lex.participle(&self.lower[clause])
            && !self.mentions.iter().any(|m| m.start == clause);
        let subject_from = if self.is(clause, Role::Intro) || participle {
            comma.map_or(clause, |i| i + 1)
        } else {
            clause
        };
        let subject_from = self.joined_clause(subject_from, start);
        let left: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start >= subject_from && m.end <= start && !m.place)
            .collect();
        let mut right_end = self.clause_end(end);
        // ("Hagel, when he visited here, Kerry when he visited…": not past a subordinating
        // conjunction.)
        if let Some(sub) = (end..right_end).find(|&i| self.is(i, Role::Subordinate)) {
            right_end = sub;
        }
        // A visit is to a place; a host receives a guest, not a place ("ont été reçus 600.000
        // doses au Ghana" hosts nobody).
        // (So is an invasion, into a state: "вторглись в Украину".)
        // (And aid, to whom it goes: "поставки гаубиц на Украину".)
        let to_place = code.starts_with("042") || code.starts_with("192") || aid;
        // ("held Israel responsible": the object stands where the pattern's "*" does.)
        let in_right = |m: &&Mention, right_end: usize| {
            (m.start >= end || inner.is_some_and(|w| m.start >= w && m.end < end))
                && m.end <= right_end
                // ("lashed out at Sweden": a preposition of the predicate's own is no place's,
                // but where a protest is held: "demonstrated in Belgrade".)
                && (to_place
                    || !m.place
                    || m.start == end
                        && self.is(end - 1, Role::Place)
                        && !code.starts_with("14"))
        };
        if !self.mentions.iter().any(|m| in_right(&m, right_end))
            && right_end < self.lower.len()
            && !self.is(right_end, Role::Contrast)
            && !self.is(right_end, Role::Subordinate)
        {
            // "a averti que Kiev…": the target stands in the clause the predicate introduces.
            right_end = self.clause_end(right_end + 1);
        }
        // "are working closely to impose costs on Russia": what a verb after "to" takes is that
        // verb's, not a meeting's or a cooperation's.
        if ["04", "05", "06", "07"].iter().any(|c| code.starts_with(c))
            && let Some(&(next, _, _)) = self.acts.iter().find(|&&(s, e, _)| {
                s > end && s < right_end && self.is(s - 1, Role::Auxiliary) && self.verb_at(s, e)
            })
        {
            right_end = next - 1;
        }
        // "a salué la décision et a critiqué l'OMC", "welcomed the plan and criticised Russia":
        // a second verb joined by "and" takes its own object.
        if let Some(and) = self
            .acts
            .iter()
            .filter(|&&(s, e, _)| s > end && s < right_end && self.verb_at(s, e))
            .find_map(|&(s, _, _)| {
                (s.saturating_sub(JOINED_VERB_REACH).max(end)..s)
                    .rev()
                    .find(|&i| self.is(i, Role::And))
            })
        {
            right_end = and;
        }
        let mut right: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| in_right(m, right_end))
            .collect();
        // "…to investigate the feasibility of a force, a U.N. spokesman said": the speaker of an
        // attribution after a comma is no side of the act it reports.
        right.retain(|m| {
            let comma_before = (end..m.start).any(|i| self.lower[i] == ",");
            let report_after =
                (m.end..(m.end + 3).min(self.lower.len())).any(|i| self.is(i, Role::Report));
            !(comma_before && report_after)
        });
        // "l'aider … face à l'agression russe": the doer of another event noun is a side of this
        // predicate only when that noun is its object ("a condamné l'attaque russe").
        right.retain(|m| {
            // (Russian puts the adjective between: "осудила российские удары".)
            // (A time or an adverb between: "a condamné mardi l'attaque russe".)
            m.doer_of.is_none_or(|n| {
                n == start
                    || (self.past_manner(end)..n).all(|i| {
                        self.is(i, Role::Article)
                            || self.is(i, Role::Adverb)
                            || self.time_at(i).is_some()
                            || (m.start..m.end).contains(&i)
                    })
            })
        });
        // "a condamné les frappes contre l'Ukraine", "condemned the strikes on Ukrainian
        // cities": the victim of a material act a criticism takes is not what it is aimed at;
        // only that act's doer is (before it, beside it, or after "by").
        // ("the aggression of Russia", "агрессию России": its doer in the genitive.)
        if code.starts_with("11")
            && let Some(&(noun, noun_end, p)) = self.acts.iter().find(|&&(s, _, p)| {
                s >= end
                    && s < right_end
                    && MATERIAL_ROOTS
                        .iter()
                        .any(|r| self.lex.predicates[p].code.starts_with(r))
            })
        {
            // (`genitive_doer` reads the actors after the noun.)
            let after: Vec<&Mention> = right
                .iter()
                .copied()
                .filter(|m| m.start >= noun_end)
                .collect();
            let genitive = self
                .genitive_doer(noun_end, &after, &self.lex.predicates[p].code)
                .map(|m| m.start);
            right.retain(|m| {
                m.start < noun
                    || m.doer_of == Some(noun)
                    || Some(m.start) == genitive
                    || (m.start.saturating_sub(2)..m.start).any(|i| self.is(i, Role::Agent))
            });
        }
        // "Obama traveled to Cuba with John Kerry", "Путин прибыл в Пекин вместе с Лавровым",
        // "Macron est arrivé à Alger avec Barrot": who comes along is no host of the visit.
        // (Right after the verb, "with" names whom the visit is with: "visited with Zelensky".)
        if code.starts_with("042") {
            right.retain(|m| {
                !(m.start.saturating_sub(COMPANION_REACH).max(end + 1)..m.start).any(|w| {
                    // (Not the partner of a meeting noun before it: "se rendre à son entretien
                    // à l'Élysée avec le Président".)
                    self.is(w, Role::With)
                        && !self.acts.iter().any(|&(s, _, _)| s > end && s < w)
                        && (w + 1..m.start).all(|i| {
                            self.lower[i] != "," && !self.mentions.iter().any(|o| o.start == i)
                        })
                })
            });
        }
        let meeting = code.starts_with("04");
        if meeting {
            // "a meeting on Ukraine", "talks about Libya": the topic, not a side.
            right.retain(|m| {
                let mut before = m.start.saturating_sub(1);
                if self.is(before, Role::Article) && before > end {
                    before -= 1;
                }
                !(before >= end && self.is(before, Role::Topic))
            });
        }
        if partner {
            // "discussed Libya", "talked about Afghanistan": the topic, not the other side,
            // which follows "with".
            let with = (end..right_end).find(|&i| self.is(i, Role::With));
            right.retain(|m| with.is_some_and(|w| m.start > w));
            // The other side opens the phrase "with" opens, not a name further on ("deepen
            // our discussion with likeminded countries, taking opportunities such as G7").
            if let (Some(w), Some(first)) = (with, right.first())
                && first.start > w + PARTNER_REACH
            {
                right.clear();
            }
        }
        let place = self
            .mentions
            .iter()
            .find(|m| m.place && !(visit && m.start >= end && m.end <= right_end))
            .map(|m| m.name.clone());
        // A compound adjective at the predicate: "российско-белорусские переговоры".
        let compound: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.adjective && m.end - m.start == 1 && (m.end == start || m.start == end))
            .collect();
        if nominal && compound.len() >= 2 && compound[0].start == compound[1].start {
            return (
                vec![Side::of(compound[0])],
                vec![Side::of(compound[1])],
                place,
            );
        }
        // "entre X et Y", "between X and Y", "между X и Y", also a few words on ("a mediation
        // effort on Saturday between the Emirates and Saudi Arabia").
        // (Not across another predicate, nor after a verbal act, whose object the phrase
        // describes: "welcomed the agreement between Serbia and Kosovo".)
        if let Some(b) = (end..(end + 6).min(right_end))
            .find(|&i| self.is(i, Role::Between))
            .filter(|&b| !self.acts.iter().any(|&(s, _, _)| s >= end && s < b))
            .filter(|_| !EVALUATIVE_ROOTS.iter().any(|r| code.starts_with(r)))
        {
            let after: Vec<&Mention> = right.iter().copied().filter(|m| m.start > b).collect();
            // "negotiations among China, Japan and the ROK": every pair of a longer list.
            let listed = self.group(&after, after.first().copied());
            // Only a list as lists are written, "A, B and C" (not "A et B, Américains et…").
            let and_between =
                |a: &Mention, b: &Mention| (a.end..b.start).any(|i| self.is(i, Role::And));
            // A mediator named before the predicate is its source, the sides after "between" its
            // targets: "Egypt mediated between Israel and Hamas", "l'Algérie assure la médiation
            // entre le Mali et les rebelles"; so is who offers something between them ("Турция
            // предложила посредничество между Россией и Украиной").
            let before: Vec<&Mention> = self
                .mentions
                .iter()
                .filter(|m| m.start >= self.clause_start(start) && m.end <= start)
                .collect();
            let mediation = |i: usize| {
                self.lex.candidates(&self.lower[i]).into_iter().any(|p| {
                    let predicate = &self.lex.predicates[p];
                    predicate.code.starts_with("045") && predicate.words[0].matches(&self.lower[i])
                })
            };
            if (code.starts_with("045") || code.starts_with("03") && (end..b).any(mediation))
                && after.len() >= 2
                && let Some(mediator) = self.subject(&before)
            {
                let targets = listed.iter().map(|m| Side::of(m)).collect();
                return (vec![Side::of(mediator)], targets, place);
            }
            let n = listed.len();
            let written_list = n >= 3
                && listed
                    .windows(2)
                    .enumerate()
                    .all(|(k, w)| and_between(w[0], w[1]) == (k == n - 2));
            if written_list {
                let sides_of = |v: &[&Mention]| v.iter().map(|m| Side::of(m)).collect::<Vec<_>>();
                return (
                    sides_of(&listed[..listed.len() - 1]),
                    sides_of(&listed[1..]),
                    place,
                );
            }
            if after.len() >= 2 {
                return (vec![Side::of(after[0])], vec![Side::of(after[1])], place);
            }
        }
        // "the phone call that President Biden had with President Xi", "l'entretien que Macron
        // a eu avec Scholz", "встреча, которую Путин провёл с Трампом": the subject of an
        // object relative clause on an event noun is its doer, the side after "with" in that
        // clause (or the second of two joined subjects) its other side.
        if nominal
            && let Some((doers, others, me)) = self.relative_doers(end, &right, right_end, code)
        {
            let to_sides = |v: &[&Mention]| v.iter().map(|m| Side::of(m)).collect::<Vec<_>>();
            let mut others = to_sides(&others);
            others.extend(me.and_then(|i| self.speaker(i)));
            if !others.is_empty() {
                return (to_sides(&doers), others, place);
            }
        }
        // (Praise is no joint act: "Macron and Scholz welcomed the agreement" praise no one.)
        let joint = (code.starts_with("04") || code.starts_with("05") || code.starts_with("06"))
            && !code.starts_with("051");
        let sides = |v: Vec<&Mention>| -> Vec<Side> {
            let mut out: Vec<Side> = Vec::new();
            for m in v {
                if !out.iter().any(|s| s.name == m.name) {
                    out.push(Side::of(m));
                }
            }
            out
        };
        // "l'attaque russe contre l'Ukraine", "the Russian invasion of Ukraine", "российские
        // удары по Украине": a nationality adjective beside an event noun names its doer; the
        // other side follows it.
        let adjective_after = self.lex.doer_adjective_after() == Some(true);
        let doer = self.mentions.iter().find(|m| {
            m.adjective
                && !m.place
                && m.end - m.start == 1
                && if adjective_after {
                    m.start == end
                } else {
                    m.end == start
                }
        });
        if let Some(doer) = doer {
            let after: Vec<&Mention> = right
                .iter()
                .copied()
                .filter(|m| m.start >= doer.end.max(end) && m.name != doer.name)
                .collect();
            let mut others = self.group(&after, self.best(&after));
            if others.is_empty() && joint {
                others = self.group(&left, self.best(&left));
            }
            return (sides(vec![doer]), sides(others), place);
        }
        let mut sources = self.group(&left, self.subject(&left));
        // "The United States and Japan pledge to…", "Putin and Trump agreed to…": what two
        // joined subjects intend, they intend towards each other.
        // (Not with an object right after the predicate's verb: "Belarus and Bolivia are
        // willing to join BRICS" intend towards BRICS.)
        let joint = joint
            || code.starts_with("03")
                && sources.len() >= 2
                && self
                    .best(&right)
                    .is_none_or(|m| m.place || m.start > end + INTENT_OBJECT_REACH);
        // "la visite de Macron en Lituanie", "les sanctions de l'UE contre la Russie", "визит
        // Путина в Минск": an event noun's doer follows it in the genitive, and its other side
        // after the doer (for a meeting or cooperation, else the clause's subject before it).
        if let Some(doer) = nominal
            .then(|| self.genitive_doer(end, &right, code))
            .flatten()
        {
            // (An annexation, 171, falls on a place as force does.)
            let force = ["18", "19", "20", "171"]
                .iter()
                .any(|c| code.starts_with(c));
            // ("l'attaque de la Russie contre l'Ukraine": with another side after "against",
            // the genitive is the doer.)
            // ("вторжение России в Украину", "l'invasion de la Russie en Ukraine": so is one
            // with the state it goes into after it.)
            let against_after = right.iter().any(|m| {
                m.start > doer.end
                    && ((doer.end..m.start).any(|i| self.is(i, Role::With))
                        || code.starts_with("192") && m.place && m.start == doer.end + 1)
            });
            // ("the occupation of Ukrainian territory": a nationality word alone names the
            // state it falls on too; with an actor noun, "of Russian troops", the doers.)
            let lone_adjective = doer.adjective && doer.end - doer.start == 1;
            if force
                && doer.kind == EntityType::Loc
                && (!doer.adjective || lone_adjective)
                && !against_after
            {
                // "the invasion of Ukraine", "le bombardement de Gaza": a state or a place after
                // a noun of force is where it falls; the doer is the clause's subject.
                let victims = self.group(&right, Some(doer));
                // "the invasion of Ukraine by Russia": the agent is the doer.
                let last = victims.last().map_or(doer.end, |m| m.end);
                let agent = right.iter().copied().find(|m| {
                    m.start > last
                        && m.start <= last + PASSIVE_REACH
                        && (last..m.start).any(|i| self.is(i, Role::Agent))
                });
                let sources = match agent {
                    Some(a) => vec![a],
                    None => sources,
                };
                return (sides(sources), sides(victims), place);
            }
            let mut doers = self.group(&right, Some(doer));
            // "встреча президентов Армении и Азербайджана Сержа Саргсяна и Ильхама Алиева",
            // "the presidents of Russia and the United States, Vladimir Putin and Joe Biden": as
            // many persons named right after the states are their doers.
            let last = doers.last().map_or(doer.end, |m| m.end);
            if let Some(next) = right.iter().copied().find(|m| {
                m.start >= last
                    && m.kind == EntityType::Per
                    && (last..m.start).all(|i| self.lower[i] == ",")
            }) {
                let persons = self.group(&right, Some(next));
                if persons.len() == doers.len() && persons.iter().all(|m| m.kind == EntityType::Per)
                {
                    doers = persons;
                }
            }
            let last = doers.last().map_or(doer.end, |m| m.end);
            // "l'accueil de M. Modi par M. Fabius", "la visite du CNES par M. Modi": an agent
            // after the genitive is the doer, the genitive what is done to.
            let agent = (last..(last + PASSIVE_REACH + 2).min(right_end))
                .find(|&i| self.is(i, Role::Agent))
                .and_then(|a| {
                    right
                        .iter()
                        .copied()
                        .find(|m| m.start > a && m.start <= a + APPOSITION_REACH)
                });
            if let Some(agent) = agent {
                return (sides(self.group(&right, Some(agent))), sides(doers), place);
            }
            // "Entretien de Mme Colonna, ministre de l'Europe…, avec le média Delfi": the
            // other side of a meeting follows "with"; names before it describe the doer.
            let with = meeting
                .then(|| {
                    (last..right_end).find(|&i| self.is(i, Role::With) && !self.is(i, Role::Topic))
                })
                .flatten()
                .unwrap_or(last);
            let after: Vec<&Mention> = right.iter().copied().filter(|m| m.start >= with).collect();
            let mut others = self.group(&after, self.best(&after));
            if others.is_empty() && code.starts_with("04") && doers.len() >= 2 {
                // "la rencontre des présidents de l'Arménie et de l'Azerbaïdjan": the states
                // listed meet each other, every pair of them once.
                others = doers[1..].to_vec();
                doers.pop();
            }
            if others.is_empty() && joint {
                others = self.group(&left, self.best(&left));
            }
            if others.is_empty() && to_place {
                // "la visite en France du président X": the place named before the doer.
                others.extend(
                    right
                        .iter()
                        .copied()
                        .find(|m| m.place && m.end <= doer.start),
                );
            }
            return (sides(doers), sides(others), place);
        }
        // "talks with X", "sanctions against X", "visite … par X", "a visit to X", "sa visite en
        // Lituanie".
        // (Three words on, a time expression between not counted: "a phone call on July 14
        // with".)
        let with_after = (end..self.lower.len())
            .filter(|&i| self.time_at(i).is_none())
            .take(3)
            .any(|i| {
                (self.is(i, Role::With) && !(meeting && self.is(i, Role::Topic)))
                    || self.is(i, Role::Agent)
            })
            // (The one who receives aid may stand in the dative right after the aid noun:
            // "поставки Украине гаубиц".)
            || aid
                && self.mentions.iter().any(|m| {
                    m.start == end
                        && !m.place
                        && self
                            .lower
                            .get(m.start)
                            .is_some_and(|w| self.lex.not_genitive(w))
                })
            // (A visit's place may follow its kind and length: "une visite d'État de trois
            // jours en Chine"; so may the one who receives aid what is given: "la livraison de
            // canons Caesar à l'Ukraine".)
            || (visit || aid)
                && (end..self.clause_end(end))
                    .filter(|&i| self.time_at(i).is_none())
                    .take(VISIT_PLACE_REACH)
                    .take_while(|&i| !self.mentions.iter().any(|m| m.start == i && !m.place))
                    .any(|i| self.is(i, Role::Place));
        let mut partners = Vec::new();
        // "Blinken and Raimondo met with Hayashi and Hagiuda", "Macron et Scholz ont rencontré
        // Zelensky": joined subjects of a meeting with another side after "with" or as the
        // verb's object are all on one side, every one of them meeting every one of those.
        let with_other_side = meeting
            && self.best(&right).is_some()
            && (end..self.lower.len())
                .filter(|&i| self.time_at(i).is_none())
                .take(3)
                .find(|&i| self.is(i, Role::With) && !(meeting && self.is(i, Role::Topic)))
                .is_some_and(|w| {
                    right
                        .iter()
                        .any(|m| m.start > w && m.start <= w + PARTNER_REACH)
                })
            // ("The United States and Japan continue to support Ukraine": joined subjects of
            // any joint act with its object right after the verb act upon it, not with each
            // other.)
            // (A person's capitalised title between: "met Foreign Minister Yoshimasa Hayashi".)
            || (meeting || joint)
                && !nominal
                && right.first().is_some_and(|m| {
                    (end..m.start).all(|i| self.is(i, Role::Article) || self.is(i, Role::ActorNoun))
                        || self.titled_person_at(end, m)
                });
        if with_other_side {
        } else if joint && sources.len() >= 2 {
            partners = sources.split_off(1);
        } else if let Some(s) = sources.first() {
            // "X и президент Украины Y проведут переговоры".
            let after: Vec<&Mention> = left.iter().copied().filter(|m| m.start >= s.end).collect();
            if after
                .first()
                .is_some_and(|next| (s.end..next.start).any(|i| self.is(i, Role::And)))
            {
                partners.extend(self.best(&after));
            }
        }
        // "la France, comme la Lituanie, apporte son soutien…", "Russia, like China, opposes…":
        // the actor of a comparison set between commas after the subject does the act too
        // (beside it, not as its partner in a joint act).
        if let Some(last) = sources.last().copied()
            && let Some(like) = left.iter().copied().find(|m| {
                let mut i = last.end;
                if self.lower.get(i).is_some_and(|w| w == ",") {
                    i += 1;
                }
                // ("как и Литва": an "and" after the word.)
                let at_like = i < m.start && self.is(i, Role::Like);
                at_like
                    && (i + 1..m.start).all(|j| self.is(j, Role::Article) || self.is(j, Role::And))
                    && self.lower.get(m.end).is_some_and(|w| w == ",")
                    && self.lower.get(last.end).is_some_and(|w| w == ",")
            })
        {
            sources.push(like);
        }
        // Otherwise a noun names an event only with its other side: "talks with X", "sanctions
        // against X", "visite … par X", "NATO and Russia hold talks" — not "the summit",
        // "cooperation" in passing.
        if nominal && !with_after && partners.is_empty() {
            return (Vec::new(), Vec::new(), place);
        }
        let first_target = self.best(&right);
        // "reçu par Y", "imposed on Russia by the EU": the agent follows the predicate closely;
        // one far on belongs to another verb ("condamné ce qu'elle a qualifié d'attaque
        // perpétrée par Israël").
        // The agent word closes the predicate ("received by") or follows it, the agent after
        // it ("par la France", "by the Chinese leader Xi Jinping").
        // ("threats from Russia", "des attaques de la part de la Russie", "атаки со стороны
        // России": after an event noun, the words that name its doer.)
        let agent = (end.saturating_sub(1)..(end + 2).min(self.lower.len()))
            .find(|&i| self.is(i, Role::Agent))
            .or_else(|| {
                // (A phrase that holds its verb's object is no noun: "recalled its ambassador
                // from Latvia".)
                let noun = nominal || (end - start == 1 && !self.verb_at(start, end));
                (end..(end + NOUN_AGENT_REACH).min(self.lower.len()))
                    .find(|&i| noun && self.lex.noun_agent_at(&self.lower[i..]))
            });
        let passive = first_target
            .is_some_and(|m| agent.is_some_and(|a| m.start > a && m.start <= end + PASSIVE_REACH));
        let mut targets = self.group(&right, first_target);
        if passive && joint && targets.len() >= 2 {
            // "l'accord signé par l'Arabie saoudite et l'Iran": the agents are the two sides.
            sources = vec![targets.remove(0)];
        } else if passive {
            // "X a été reçu par Y": Y did it to X.
            std::mem::swap(&mut sources, &mut targets);
            if targets.is_empty() && nominal {
                // "the sanctions imposed by the United States on Russia", "les sanctions prises
                // par la Cédéao contre le Mali": what the noun falls on follows the agents, after
                // its "with" word.
                let last = sources.last().map_or(end, |m| m.end);
                targets = right
                    .iter()
                    .copied()
                    .find(|m| {
                        m.start > last
                            && m.start <= last + PARTNER_REACH
                            && (last..m.start).any(|i| self.is(i, Role::With))
                            && !(last..m.start)
                                .any(|i| self.lower[i] == "," || self.is(i, Role::And))
                    })
                    .map(|m| self.group(&right, Some(m)))
                    .unwrap_or_default();
            }
        } else if (joint || code.starts_with("15")) && (!partners.is_empty() || targets.is_empty())
        {
            // ("Russia and China held (joint) exercises": a show of force by two is theirs
            // together.)
            targets = partners;
        } else if targets.is_empty() {
            // "Macron and Scholz welcomed the agreement": subjects joined by "and" of an act
            // that is not joint are its doers, not each other's other side (an actor further
            // before the verb is still its other side: "has sent personnel to Bosnia to
            // investigate").
            let joined = |m: &Mention| {
                sources.first().is_some_and(|s| {
                    s.end < m.start
                        && (s.end..m.start).all(|i| {
                            self.is(i, Role::And)
                                || self.is(i, Role::Article)
                                || self.is(i, Role::ActorNoun)
                                || self.lower[i] == ","
                        })
                })
            };
            if partners.iter().all(|m| joined(m)) {
                sources.extend(partners);
            } else {
                targets = partners;
            }
        }
        // "the attack against Ukraine by Russia's forces", "les frappes contre Gaza par
        // l'armée israélienne": an agent right after an event noun's other side is its doer.
        if nominal
            && !passive
            && let Some(last) = targets.last()
        {
            let mut at =
                last.end + usize::from(self.lower.get(last.end).is_some_and(|w| w == "'s"));
            // (A participle between: "measures against Gazprombank imposed by the US Treasury",
            // "the strikes on Kyiv carried out by Russia".)
            if self.lower.get(at).is_some_and(|w| self.lex.verb_form(w))
                && let Some(agent) =
                    (at + 1..(at + 3).min(right_end)).find(|&i| self.is(i, Role::Agent))
            {
                at = agent;
            }
            if at < right_end
                && self.is(at, Role::Agent)
                && let Some(doer) = right.iter().copied().find(|m| {
                    m.start > at
                        && m.start <= at + APPOSITION_REACH
                        && (at + 1..m.start).all(|i| {
                            self.is(i, Role::Article)
                                || self.is(i, Role::ActorNoun)
                                || self.lower[i].chars().all(char::is_alphabetic)
                        })
                })
            {
                sources = self.group(&right, Some(doer));
            }
        }
        // ("coercive measures against Gazprombank imposed by the US Treasury": the agent of a
        // participle after the noun is its doer, never its other side.)
        if nominal
            && !passive
            && let Some(&first) = targets.first()
            && let Some(agent) =
                (first.start.saturating_sub(2)..first.start).find(|&i| self.is(i, Role::Agent))
            && agent > end
            && self.lex.verb_form(&self.lower[agent - 1])
        {
            sources = self.group(&right, Some(first));
            targets.clear();
        }
        if targets.is_empty() && done_in_a_place(code) {
            // "threatened to resume attacks in Israel", "a suspendu ses missions au Mali": an act
            // done in a state, with no other side named, is done to it.
            if let Some(m) = self.mentions.iter().find(|m| {
                // (In it, not where a text it names was made: "the Minsk Agreement".)
                m.place && m.start >= end && m.end <= right_end && self.is(m.start - 1, Role::Place)
            }) {
                let mut state = Side::of(m);
                self.to_state(&mut state);
                return (sides(sources), vec![state], place);
            }
        }
        (sides(sources), sides(targets), place)
    }

    /// A place of a state named as the state ("Minsk" → Belarus), for the side of a visit or of
    /// an act done there; states, and places no state holds alone, stay as they are.
    fn to_state(&self, side: &mut Side) {
        let Some(state) = side.actor.as_deref().and_then(|c| self.kb.state(c)) else {
            return;
        };
        let state = &self.kb.actors()[state];
        let place = self
            .kb
            .lookup(&side.name)
            .is_some_and(|a| self.kb.actors()[a].kind == EntityType::Loc);
        if place && state.name != side.name {
            side.name = state.name.clone();
        }
    }

    /// The first token of the verb act a verb at `start..end` is joined to by "and" or a comma
    /// with no subject of its own ("a salué la décision et a critiqué l'OMC", "underscored … and
    /// condemned", "поблагодарил … и осудил"): only an auxiliary or an adverb between "and" and
    /// the verb, the other verb earlier in the same clause.
    fn joined_verb(&self, start: usize, end: usize) -> Option<usize> {
        // (Or a comma: "Я приветствую рекомендации…, призываю Украину…".)
        let joins = |i: usize| self.is(i, Role::And) || self.lower[i] == ",";
        let and = (start.saturating_sub(JOINED_VERB_REACH)..start)
            .rev()
            .take_while(|&i| joins(i) || self.is(i, Role::Auxiliary) || self.is(i, Role::Adverb))
            .find(|&i| joins(i))?;
        let clause = self.clause_start(start);
        let &(first, first_end, _) = self
            .acts
            .iter()
            .rev()
            .find(|&&(s, e, _)| s >= clause && e <= and && self.verb_at(s, e))?;
        // "stand with Ukraine, support its ability to defend itself, impose costs on Russia": a
        // word of a series after a verb that took its object, no article before it, is a verb
        // of that series too (its object is no subject of it).
        let series = || {
            (start == 0 || !self.is(start - 1, Role::Article))
                && self
                    .mentions
                    .iter()
                    .any(|m| m.start >= first_end && m.end <= and && !m.adjective)
        };
        (self.verb_at(start, end) || series()).then_some(first)
    }

    /// The actors an evaluative verb act before `start` takes as its object, when the predicate
    /// at `start` opens its reason phrase ("for", "pour (avoir)", "за": `reason` words) right
    /// after them.
    fn reason_doers(&self, clause: usize, start: usize) -> Option<Vec<Side>> {
        let reason = (start.saturating_sub(REASON_REACH)..start)
            .rev()
            .take_while(|&i| {
                self.is(i, Role::Reason)
                    || self.is(i, Role::NonFinite)
                    || self.is(i, Role::Article)
                    || self.is(i, Role::OwnerPronoun)
                    || self.is(i, Role::Auxiliary)
            })
            .find(|&i| self.is(i, Role::Reason))?;
        // (A noun too: "the condemnation of Russia for its attack", "thanks to Turkey for…".)
        let &(_, act_end, _) = self.acts.iter().rev().find(|&&(s, e, q)| {
            s >= clause
                && e <= reason
                && EVALUATIVE_ROOTS
                    .iter()
                    .any(|r| self.lex.predicates[q].code.starts_with(r))
        })?;
        let object: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start >= act_end && m.end <= reason && !m.place)
            .collect();
        // (Only the object between them, and nothing else but articles, actor nouns ("the
        // government of Colombia") and "and".)
        let first = *object.first()?;
        let listed = self.group(&object, Some(first));
        let last = listed.last().map_or(first.end, |m| m.end);
        if last != reason
            || !(act_end..first.start).all(|i| {
                self.is(i, Role::Article)
                    || self.is(i, Role::Adverb)
                    || self.is(i, Role::ActorNoun)
                    || self.is(i, Role::Genitive)
            })
        {
            return None;
        }
        Some(listed.into_iter().map(Side::of).collect())
    }

    /// Whether an actor is written in the nominative: a person's name as
    /// `speakers::nominative` reads it; a name of the base as the base lists it ("Евросоюз",
    /// "США"), not inflected ("Россию", "Соединённых Штатов"). A name in the Latin alphabet
    /// counts as nominative; `None` for a name the base does not know.
    fn written_nominative(&self, m: &Mention) -> Option<bool> {
        let text = self.span.slice(&self.doc.text);
        let written = &text[self.tokens[m.start].start..self.tokens[m.end - 1].end];
        if m.kind == EntityType::Per {
            return Some(crate::speakers::nominative(written, &m.name));
        }
        if !chancery_lexicon::names::has_cyrillic(written) || self.kb.lookup(written).is_some() {
            return Some(true);
        }
        // (A name the base does not know does not tell.)
        self.kb.lookup_inflected(written).map(|_| false)
    }

    /// The person a clause's subject stands for when it is a title alone, with its article and
    /// no name ("The Deputy Secretary", "Le ministre des Affaires étrangères", "Министр"), the
    /// auxiliaries and adverbs before the predicate aside: the person the text gave that title
    /// before (`speakers::titled_person`).
    fn described_subject(&self, clause: usize, start: usize) -> Option<Side> {
        let mut end = start;
        while end > clause && (self.is(end - 1, Role::Auxiliary) || self.is(end - 1, Role::Adverb))
        {
            end -= 1;
        }
        // (An article opens it where the language has them: "the ministers' meeting", "all
        // sides" are no title alone.)
        let article = clause < end && self.is(clause, Role::Article);
        let from = if article { clause + 1 } else { clause };
        let words = &self.lower[from.min(end)..end];
        // The title's head leads (French, Russian: "le ministre des Affaires étrangères") or
        // closes it (English: "the Deputy Secretary"); not a courtesy title alone ("Monsieur").
        // (Or a description word that stands for titles: "le chef de l'État", "the head of
        // state", "глава государства".)
        let head = |w: &String| {
            chancery_lexicon::people::is_name_title(w)
                && !quote_words(QuoteWord::Honorific).contains(w.as_str())
                || chancery_lexicon::people::description_words()
                    .iter()
                    .any(|(d, _)| d == w)
        };
        if words.is_empty()
            || words.len() > DESCRIPTION_WORDS
            || !(article || self.lex.articles_absent())
            || self
                .mentions
                .iter()
                .any(|m| m.start < end && m.end > clause)
            || !words.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            })
            || !(head(&words[0]) || head(&words[words.len() - 1]))
        {
            return None;
        }
        let description = Span {
            start: self.span.start + self.tokens[from].start,
            end: self.span.start + self.tokens[end - 1].end,
        };
        let e = crate::speakers::titled_person(self.doc, description, self.span.start)?;
        Some(Side {
            name: e.name.clone(),
            actor: e.actor.clone(),
            person: true,
            undergoer: false,
        })
    }

    /// The doer among the actors of a clause before its predicate: a person named in apposition
    /// to a body or an office acts for it ("The OSCE Chairman-in-Office, Switzerland's Federal
    /// Councillor Ignazio Cassis, concluded…"); actors joined by "and" stay apart.
    fn subject<'m>(&self, left: &[&'m Mention]) -> Option<&'m Mention> {
        let first = self.best(left)?;
        if first.kind == EntityType::Per {
            return Some(first);
        }
        // ("Le ministre de l'Europe et des Affaires étrangères, Jean-Yves Le Drian, s'est
        // entretenu…": an actor that completes a title is part of it, and its "et" joins the
        // words of the title, not actors; the person after the comma holds the office.)
        let in_title = self.completes_title(first.start);
        let person = left.iter().copied().find(|m| {
            m.kind == EntityType::Per
                && m.start >= first.end
                && ((in_title && self.lower[m.start - 1] == ",")
                    || !(first.end..m.start)
                        .any(|i| self.is(i, Role::And) || self.is(i, Role::Boundary)))
        });
        person.or(Some(first))
    }

    /// Whether the actor named from token `start` completes a title: a genitive word and
    /// articles stand between it and an office noun ("ministre de l'Europe", "Minister of
    /// Defence").
    fn completes_title(&self, start: usize) -> bool {
        let mut i = start;
        let mut genitive = false;
        while i > 0 && start - i < 3 {
            i -= 1;
            if self.is(i, Role::ActorNoun) {
                return genitive;
            }
            if self.is(i, Role::Genitive) {
                genitive = true;
            } else if !self.is(i, Role::Article) {
                return false;
            }
        }
        false
    }

    /// The doer of an event noun ending at `end`: the first actor after it, when only a
    /// genitive word ("de", "of") and articles or a word or two stand between ("l'offensive
    /// massive des Russes"), or nothing where the language puts the doer right after the noun
    /// ("визит Путина"). Only acts done by one side to another have a doer so named: meetings,
    /// cooperation, aid, force, sanctions and coercion — not words, whose "de" names the
    /// object ("la condamnation de l'invasion").
    fn genitive_doer<'m>(
        &self,
        end: usize,
        right: &[&'m Mention],
        code: &str,
    ) -> Option<&'m Mention> {
        const AGENTIVE: [&str; 10] = ["04", "05", "06", "07", "15", "16", "17", "18", "19", "20"];
        if !AGENTIVE.iter().any(|c| code.starts_with(c)) {
            return None;
        }
        // "обстрел Харькова российскими войсками": a force's doer named in the instrumental
        // after its noun (its victim in the genitive between) is its doer.
        if MATERIAL_ROOTS.iter().any(|r| code.starts_with(r))
            && let Some(m) = right.iter().take(3).find(|m| {
                m.start > end
                    && !m.place
                    && !self.is(m.start - 1, Role::With)
                    && self.lex.agent_case(&self.lower[m.end - 1])
            })
        {
            return Some(m);
        }
        // "la visite en France du chef d'état-major", "визит в Москву президента Армении": a
        // visit's place may stand between the noun and its doer.
        let mut end = end;
        let mut right = right;
        if code.starts_with("042")
            && let Some(p) = right.first().filter(|p| {
                p.place
                    && p.start > end
                    && (end..p.start).all(|i| self.is(i, Role::Place) || self.is(i, Role::Article))
            })
        {
            end = p.end;
            right = &right[1..];
        }
        let m = *right.first().filter(|m| !m.place)?;
        if m.start == end {
            let dative = self
                .lower
                .get(m.start)
                .is_some_and(|w| self.lex.not_genitive(w));
            return (self.lex.genitive_adjacent() && !dative).then_some(m);
        }
        let mut before = m.start - 1;
        // (The genitive may close the predicate: "l'accueil de M. Modi".)
        let floor = if self.is(end - 1, Role::Genitive) {
            end - 1
        } else {
            end
        };
        // "la visite de M. Modi", "la visite du Premier ministre indien Narendra Modi",
        // "l'entretien du président François Hollande": a courtesy title, an actor noun and the
        // capitalised words of a title stand between the genitive and the doer.
        // ("Entretien du président de la République, M. François Hollande": a comma before
        // the courtesy title or the name sets the name in apposition to the title.)
        let mut apposition = false;
        while before > floor
            && (self.lower[before] == "."
                || (self.lower[before] == ","
                    && (before + 1 == m.start || is_honorific(&self.lower[before + 1]))
                    && {
                        apposition = true;
                        true
                    })
                || is_honorific(&self.lower[before])
                || self.is(before, Role::ActorNoun)
                || self.tokens[before]
                    .slice(self.span.slice(&self.doc.text))
                    .starts_with(char::is_uppercase))
        {
            before -= 1;
        }
        if self.is(before, Role::Article) && !self.is(before, Role::Genitive) && before > end {
            before -= 1;
        }
        let open = (end..m.start).all(|i| {
            !(self.is(i, Role::Boundary)
                || self.is(i, Role::With)
                || self.is(i, Role::Agent)
                || self.is(i, Role::Place)
                || self.is(i, Role::And)
                || (self.lower[i] == "," && !apposition))
        });
        // "la rencontre des présidents de l'Arménie", "встреча министров иностранных дел
        // Армении": the doers' title may stand between the noun and the states they act for.
        let title = (end..m.start).any(|i| self.is(i, Role::ActorNoun));
        let reach = match (title, apposition) {
            (true, true) => TITLED_DOER_REACH + APPOSITION_REACH + 1,
            (true, false) => TITLED_DOER_REACH,
            _ => 3,
        };
        let genitive = self.is(before, Role::Genitive) || (title && self.lex.genitive_adjacent());
        (m.start - end <= reach && open && genitive).then_some(m)
    }

    /// The doers and other sides of an event noun ending at `end` that an object relative
    /// clause follows ("the meeting that Minister Hagiuda and I had", "the call that X had with
    /// Y"): its subject, named within a few words of the pronoun, and the actors after a "with"
    /// word further in the clause, else (a joint act) the second and later of its joined
    /// subjects.
    fn relative_doers<'m>(
        &self,
        end: usize,
        right: &[&'m Mention],
        right_end: usize,
        code: &str,
    ) -> Option<(Vec<&'m Mention>, Vec<&'m Mention>, Option<usize>)> {
        let pronoun = if self.lower.get(end).is_some_and(|w| w == ",") {
            end + 1
        } else {
            end
        };
        let relative = [Role::ObjectRelative, Role::NounRelative, Role::Relative];
        if pronoun >= self.lower.len() || !relative.iter().any(|&r| self.is(pronoun, r)) {
            return None;
        }
        let after: Vec<&Mention> = right
            .iter()
            .copied()
            .filter(|m| m.start > pronoun && m.end <= right_end)
            .collect();
        let first = after
            .first()
            .copied()
            .filter(|m| m.start <= pronoun + 1 + APPOSITION_REACH)?;
        let mut doers = self.group(&after, self.best(&after).filter(|m| m.start >= first.start));
        let last = doers.last().map_or(first.end, |m| m.end);
        let with = (last..right_end).find(|&i| self.is(i, Role::With));
        let mut others: Vec<&Mention> = with
            .and_then(|w| {
                let beyond: Vec<&Mention> = after
                    .iter()
                    .copied()
                    .filter(|m| m.start > w && m.start <= w + PARTNER_REACH)
                    .collect();
                self.best(&beyond).map(|b| self.group(&beyond, Some(b)))
            })
            .unwrap_or_default();
        // (Joined subjects are each other's other side in a joint act only: "the investigations
        // that Palestinians and Israelis had undertaken" are no act upon each other.)
        let joint = ["04", "05", "06"].iter().any(|c| code.starts_with(c));
        if others.is_empty() && doers.len() >= 2 && joint {
            others = doers.split_off(1);
        }
        // ("the meeting that Minister Hagiuda and I had": the speaker, joined by "and" to the
        // subject, is the other side of a joint act.)
        let me = (others.is_empty() && joint)
            .then(|| (last + 1..(last + 2).min(right_end)).find(|&i| self.is(i, Role::FirstPerson)))
            .flatten()
            .filter(|&i| self.is(i - 1, Role::And));
        (!others.is_empty() || me.is_some()).then_some((doers, others, me))
    }

    /// The actor chosen among candidates: the first, or a person standing for it, named
    /// right after it ("the Russian side, Sergey Lavrov") or after it and a title ("Japan's
    /// Minister for Foreign Affairs HAYASHI Yoshimasa").
    fn best<'m>(&self, candidates: &[&'m Mention]) -> Option<&'m Mention> {
        let first = *candidates.first()?;
        if first.kind == EntityType::Per && !first.adjective {
            return Some(first);
        }
        let word = |i: usize| self.tokens[i].slice(self.span.slice(&self.doc.text));
        let capital = |i: usize| word(i).starts_with(char::is_uppercase);
        // (The small words of a title stand between capitalised ones: "Minister for Foreign
        // Affairs".)
        let titled = |m: &Mention| {
            m.start <= first.end + TITLED_DOER_REACH + 2
                && (first.end..m.start).all(|i| {
                    capital(i)
                        || self.is(i, Role::ActorNoun)
                        || self.is(i, Role::Genitive)
                        || matches!(word(i), "'s" | "’s" | "'" | "’")
                        || (i > first.end && capital(i - 1) && capital(i + 1))
                })
        };
        if let Some(per) = candidates.iter().find(|m| {
            m.kind == EntityType::Per
                && !m.adjective
                && (m.start <= first.end + APPOSITION_REACH || titled(m))
        }) {
            return Some(per);
        }
        Some(first)
    }

    /// The actor chosen among candidates and the actors listed with it: those that follow it
    /// separated only by commas, "and" words and articles ("Belarus, Bolivia and the Cuba").
    fn group<'m>(
        &self,
        candidates: &[&'m Mention],
        first: Option<&'m Mention>,
    ) -> Vec<&'m Mention> {
        let Some(mut first) = first else {
            return Vec::new();
        };
        // "met with Chinese Communist Party Politburo Member and Director of the Office of the
        // Foreign Affairs Commission Yang Jiechi": a body or a state that opens a long title is
        // part of it; the person the title ends with is the side.
        if first.kind != EntityType::Per {
            let text = self.span.slice(&self.doc.text);
            let titled = candidates.iter().copied().find(|m| {
                m.kind == EntityType::Per
                    && !m.adjective
                    && m.start >= first.end
                    && m.start - first.end <= LONG_TITLE_REACH
                    && (first.end..m.start).all(|i| {
                        let t = self.tokens[i].slice(text);
                        t.starts_with(char::is_uppercase)
                            || t.chars().count() <= 3 && t.chars().all(char::is_alphabetic)
                    })
                    && !candidates
                        .iter()
                        .any(|o| o.start >= first.end && o.end <= m.start)
            });
            if let Some(m) = titled {
                first = m;
            }
        }
        // The preposition that introduces the first member may introduce each of them ("avec
        // Olaf Scholz et avec Giorgia Meloni", "à l'OMC et à l'UE", "à la Serbie et au Kosovo",
        // "with Lavrov and with Wang").
        let intro = (first.start.saturating_sub(3)..first.start)
            .rev()
            .find(|&i| !self.is(i, Role::Article) && !self.lower[i].ends_with(['\'', '’']))
            .map(|i| self.lower[i].as_str())
            .filter(|w| {
                w.chars().count() <= LIST_PREPOSITION_CHARS && w.chars().all(char::is_alphabetic)
            });
        // "как с Ван И, так и с Блинкеном": a correlative word before the first member (its
        // preposition aside) lets the second word of the pair join the next.
        let correlative =
            (first.start.saturating_sub(3)..first.start).any(|i| self.is(i, Role::CorrelativeOpen));
        let mut out = vec![first];
        let mut last = first;
        for m in candidates.iter().copied().filter(|m| m.start >= first.end) {
            if m.start < last.end {
                continue;
            }
            // "et le président américain Donald Trump", "and U.S. President Donald Trump": a
            // person named right after a role or a state (title words between) stands for it.
            // (Not the leaders after their states: "президентов Армении и Азербайджана Сержа
            // Саргсяна и Ильхама Алиева".)
            let titles_between = m.start >= last.end
                && (m.start > last.end || last.adjective)
                && m.start - last.end <= APPOSITION_REACH
                && (last.end..m.start).all(|i| {
                    self.is(i, Role::ActorNoun)
                        || self.tokens[i]
                            .slice(self.span.slice(&self.doc.text))
                            .starts_with(char::is_uppercase)
                });
            if titles_between
                && out.len() > 1
                && m.kind == EntityType::Per
                && !m.adjective
                && last.kind != EntityType::Per
            {
                out.pop();
                out.push(m);
                last = m;
                continue;
            }
            // "M. Laurent Fabius, ministre français des Affaires étrangères": a role after a
            // person and a comma describes them; it does not add a member to the list.
            let role_after_person = last.kind == EntityType::Per
                && !last.adjective
                && (last.end..m.start).all(|i| self.lower[i] == ",")
                && (m.adjective
                    || self.is(m.start, Role::ActorNoun)
                    || self.tokens[m.start]
                        .slice(self.span.slice(&self.doc.text))
                        .starts_with(char::is_lowercase));
            if role_after_person {
                break;
            }
            // "Belarus, Bolivia and the Cuba", "de l'Arménie et de l'Azerbaïdjan".
            // (A person's title may open each person of a list of persons: "President Hollande,
            // Prime Minister Renzi and President Putin", "le président Hollande et le président
            // Poutine".)
            let between = last.end..m.start;
            let text = self.span.slice(&self.doc.text);
            // (Only inside a list that goes on or ends there: not "Invited by President Xi,
            // President Maamau will…".)
            let list_goes_on = between.clone().any(|i| self.is(i, Role::And))
                || self
                    .lower
                    .get(m.end)
                    .is_some_and(|w| w == "," || self.is(m.end, Role::And));
            let title_word = |i: usize| {
                m.kind == EntityType::Per
                    && last.kind == EntityType::Per
                    && m.name != last.name
                    && list_goes_on
                    && !m.adjective
                    && !last.adjective
                    && (self.is(i, Role::ActorNoun)
                        || self.tokens[i].slice(text).starts_with(char::is_uppercase))
            };
            let joins = |i: usize| correlative && self.is(i, Role::CorrelativeJoin);
            let joined = m.start > last.end
                && between
                    .clone()
                    .any(|i| self.lower[i] == "," || self.is(i, Role::And) || joins(i))
                && between.clone().all(|i| {
                    self.lower[i] == ","
                        || self.is(i, Role::And)
                        || joins(i)
                        || self.is(i, Role::Article)
                        || self.is(i, Role::Genitive)
                        || title_word(i)
                        || intro.is_some_and(|w| {
                            i > last.end
                                && (self.lower[i] == w
                                    // (Or fused with an article: "à la Serbie et au
                                    // Kosovo".)
                                    || self.is(i, Role::Dative) && self.lex.is(w, Role::Place))
                        })
                });
            if !joined {
                break;
            }
            out.push(m);
            last = m;
        }
        out
    }

    /// Who speaks the words at token `token`: the speaker of the quotation they stand in
    /// ("Putin said: "I thank…""), else of the quotation or turn of the sentence.
    fn speaker(&self, token: usize) -> Option<Side> {
        speaker_at(self.doc, self.span, self.tokens, token, None)
    }

    /// Who says the words at token `token` when a reporting verb and a colon introduce them
    /// without quotation marks ("Le Président de la République l'a dit : nous soutiendrons
    /// l'Ukraine", "Biden said: we will…", "Путин заявил: мы поддержим…"): the subject of that
    /// verb. Its "we" is theirs, not the turn's speaker's.
    fn reporter(&self, token: usize) -> Option<Side> {
        let colon = (0..token).rev().find(|&i| self.lower[i] == ":")?;
        let at = self.span.start + self.tokens.get(token)?.start;
        if quotation_at(self.doc, at).is_some() {
            return None;
        }
        // The reporting verb right before the colon (a time or an adverb may stand between).
        let &(verb, _, _) = self.acts.iter().find(|&&(_, e, p)| {
            self.lex.predicates[p].code == STATEMENT
                && e <= colon
                && colon - e <= REPORTER_REACH
                && !self
                    .mentions
                    .iter()
                    .any(|m| m.start >= e && m.start < colon)
        })?;
        let from = self.clause_start(verb);
        let left: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= verb && !m.place)
            .collect();
        self.subject(&left).map(Side::of)
    }

    /// The unnamed voice of a speech (`unnamed_voice`) for a clause of `clause..start` that
    /// speaks in the first person outside quotations: only an "I" or a "we" is that voice, not
    /// every sentence without a subject ("Only seven countries voted against").
    fn voice(&self, clause: usize, start: usize) -> Option<Side> {
        let voice = self.voice?;
        (clause..start)
            .any(|i| self.is(i, Role::FirstPerson) || self.is(i, Role::FirstPlural))
            .then(|| speaker_at(self.doc, self.span, self.tokens, start, Some(voice)))
            .flatten()
    }

    /// The other one of a dialogue between `me` and one other named speaker (questions from
    /// unnamed journalists aside).
    fn addressee(&self, me: &Side) -> Option<Side> {
        let mut names: Vec<&str> = Vec::new();
        for t in &self.doc.turns {
            let n = t.speaker.as_str();
            let anonymous = [
                crate::turns::ANONYMOUS_QUESTIONER,
                crate::turns::ANONYMOUS_REMARK,
            ]
            .contains(&n);
            if !anonymous && !names.contains(&n) {
                names.push(n);
            }
        }
        if names.len() != 2 || !names.contains(&me.name.as_str()) {
            return None;
        }
        let other = names.into_iter().find(|n| *n != me.name)?;
        let actor = self
            .doc
            .speakers
            .iter()
            .find(|s| s.name == other)
            .and_then(|s| s.actor.clone());
        Some(Side {
            name: other.to_owned(),
            actor,
            person: true,
            undergoer: false,
        })
    }

    /// The sentence's first resolved time expression (not the dateline's: the dispatch's date).
    fn date(&self) -> Option<TimeValue> {
        self.doc
            .times
            .iter()
            .filter(|t| self.span.contains(t.span))
            .filter(|t| !self.doc.dateline.is_some_and(|d| d.contains(t.span)))
            .find_map(|t| t.value)
    }

    /// The date of the section the sentence stands in, else the document's.
    fn anchor_date(&self) -> Option<PartialDate> {
        self.doc
            .sections
            .iter()
            .filter(|s| s.span.contains(self.span))
            .filter_map(|s| s.published)
            .next_back()
            .or(self.doc.published)
    }

    /// The place of the dateline opening the document ("MOSCOW, December 26. /TASS/."): where
    /// what the dispatch reports without another place was said or done.
    fn dateline_place(&self) -> Option<String> {
        let dateline = self.doc.dateline?;
        self.doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Loc)
            .filter_map(|e| {
                let m = e.mentions.iter().find(|m| dateline.contains(**m))?;
                Some((m.start, &e.name))
            })
            .min()
            .map(|(_, name)| name.clone())
    }

    fn section_place(&self) -> Option<String> {
        self.doc
            .sections
            .iter()
            .filter(|s| s.span.contains(self.span))
            .filter_map(|s| s.place.clone())
            .next_back()
    }
}

/// The CAMEO code of the intention to do what a code says, for an announced act: meetings and
/// talks (04) → 036, diplomatic cooperation (050) → 032, material cooperation (06) → 031, aid
/// (07) → 033, and a concession (08) → the intention to yield in the same way (035x: "will
/// withdraw its troops" → 0356, "will release the sailors" → 0353; reform → 034); visits,
/// praise, signatures and the rest keep their code (their family says more than "intend").
fn intent_code(code: &str) -> &str {
    match code {
        "042" | "043" => code,
        c if c.starts_with("04") => "036",
        "050" => "032",
        c if c.starts_with("06") => "031",
        c if c.starts_with("07") => "033",
        c if c.starts_with("081") => "0351",
        c if c.starts_with("082") => "0352",
        c if c.starts_with("083") => "034",
        c if c.starts_with("084") => "0353",
        c if c.starts_with("085") => "0354",
        c if c.starts_with("086") => "0355",
        c if c.starts_with("087") => "0356",
        c if c.starts_with("08") => "035",
        c => c,
    }
}

/// The CAMEO code of stopping what a code says ("halted aid", "lifted the blockade",
/// "cancelled a visit"): stopping cooperation reduces relations (16: talks → 164, aid → 162,
/// the rest → 160), stopping sanctions, coercion or force eases them (sanctions → 085,
/// administrative measures → 081, military posture and force → 087); stopping words (appeals,
/// criticism, threats) is no CAMEO act.
/// The CAMEO code of the threat to do what a code says: sanctions and coercion (16, 17) → 1312,
/// force (18–20) → 138; nothing else is a threat when announced on a condition.
fn threat_code(code: &str) -> Option<&'static str> {
    if code.starts_with("16") || code.starts_with("17") {
        Some("1312")
    } else if ["18", "19", "20"].iter().any(|c| code.starts_with(c)) {
        Some("138")
    } else {
        None
    }
}

fn reversed_code(code: &str) -> Option<&'static str> {
    Some(match code.get(..2)? {
        "04" if code.starts_with("046") => "164",
        "07" => "162",
        "02" | "03" | "04" | "05" | "06" => "160",
        "16" => "085",
        "17" => "081",
        "15" | "18" | "19" | "20" => "087",
        _ => return None,
    })
}

/// Acts whose place, when no other side is named, is their target: aid, refusals to act,
/// threats, protests, military posture, sanctions, coercion and force ("refused to deploy
/// peacekeepers in Iraq", "demonstrated in Kirkuk"), not meetings, words or cooperation.
fn done_in_a_place(code: &str) -> bool {
    ["07", "12", "13", "14", "15", "16", "17", "18", "19", "20"]
        .iter()
        .any(|c| code.starts_with(c))
}

/// A date reduced to its day.
fn day(d: PartialDate) -> PartialDate {
    PartialDate {
        hour: None,
        minute: None,
        ..d
    }
}

fn first_day(v: TimeValue) -> Option<PartialDate> {
    match v {
        TimeValue::Point(p) | TimeValue::Range(p, _) => p.day.map(|_| p),
    }
}

/// "In a phone call on Tuesday, Xi told Biden that…", "Lors d'un entretien téléphonique, Macron
/// a demandé à Poutine…", "Macron told Putin in a phone call that…": talks named in a phrase of
/// circumstance ("in", "during", "lors de") with no other side of their own are held between the
/// person who addresses another in the sentence and that other: the talks' code upon the sides of
/// the sentence's statement, appeal, demand, criticism, rejection or threat.
fn talks_of_an_address(ctx: &Sentence, silent: &[(usize, usize, usize)], here: &mut Vec<Event>) {
    for &(start, end, pred) in silent {
        let code = ctx.lex.predicates[pred].code.as_str();
        let circumstance = (start.saturating_sub(TALKS_PHRASE_REACH)..start)
            .any(|i| ctx.is(i, Role::Intro) || ctx.is(i, Role::Place));
        if !(ctx.lex.predicates[pred].nominal && code.starts_with("04") && circumstance) {
            continue;
        }
        // (Between two persons the sentence names: a statement's misread target, "NATO",
        // "Baku", makes no call.)
        let person = |name: &Option<String>| {
            ctx.mentions
                .iter()
                .any(|m| Some(&m.name) == name.as_ref() && m.kind == EntityType::Per)
        };
        let address = here.iter().find(|e| {
            ADDRESS_ROOTS.iter().any(|r| e.code.starts_with(r))
                && person(&e.source)
                && person(&e.target)
                && e.source != e.target
        });
        let Some(address) = address else {
            continue;
        };
        let met = |e: &Event| {
            e.code.starts_with("04")
                && (e.source == address.source && e.target == address.target
                    || e.source == address.target && e.target == address.source)
        };
        if here.iter().any(met) {
            continue;
        }
        let info = code_info(code);
        let mut talks = Event {
            code: code.to_owned(),
            plover: info.as_ref().and_then(|i| i.plover).map(str::to_owned),
            goldstein: info.as_ref().map_or(0.0, |i| i.goldstein),
            quad_class: info.as_ref().map_or(0, |i| i.quad_class),
            trigger: Span::new(
                ctx.span.start + ctx.tokens[start].start,
                ctx.span.start + ctx.tokens[end - 1].end,
            ),
            ..address.clone()
        };
        reidentify(&mut talks);
        here.push(talks);
    }
}

/// An event's id again, from its own code, sides and date, after one of them changed.
fn reidentify(e: &mut Event) {
    let side = |name: &Option<String>, actor: &Option<String>| Side {
        name: name.clone().unwrap_or_default(),
        actor: actor.clone(),
        person: false,
        undergoer: false,
    };
    let source = side(&e.source, &e.source_actor);
    let target = e.target.is_some().then(|| side(&e.target, &e.target_actor));
    e.id = event_id(&e.code, &source, target.as_ref(), e.date);
}

/// The id of the real-world event: its type family, its sides (in either order for meetings and
/// cooperation, where the order is the writer's choice) and its day, hashed (FNV-1a, 64 bits).
fn event_id(code: &str, source: &Side, target: Option<&Side>, date: Option<TimeValue>) -> String {
    let kind = event_type(code);
    let key = |s: &Side| s.actor.clone().unwrap_or_else(|| s.name.to_lowercase());
    let mut sides = [key(source), target.map(key).unwrap_or_default()];
    if matches!(kind, "meet" | "cooperate") {
        sides.sort();
    } else if code.starts_with("043") {
        // The host's side of a visit is the same visit as the guest's (042): guest first.
        sides.swap(0, 1);
    }
    let day = date
        .and_then(first_day)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [kind, &sides[0], &sides[1], &day] {
        for b in part.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chancery_model::Entity;

    fn doc(lang: &str, text: &str, names: &[(&str, EntityType, &str)]) -> Document {
        let mut d = unread(lang, text, names);
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        d
    }

    #[test]
    fn words_are_lowered_as_unicode_lowers_them_with_straight_apostrophes() {
        let text = "ЁЛКИ Ёлки ПРЕЗИДЕНТ Путин L’ÉLYSÉE Straße İstanbul ΑΘΗΝΑ Ça";
        let mut d = unread("fr", text, &[]);
        split_sentences(&mut d);
        let (mut tokens, mut lower) = (Vec::new(), Vec::new());
        lowercase_tokens(&d, d.sentences[0], &mut tokens, &mut lower);
        let expected: Vec<String> = tokens
            .iter()
            .map(|t| t.slice(text).to_lowercase().replace('’', "'"))
            .collect();
        assert_eq!(lower, expected);
        assert_eq!(lower[..3], ["ёлки", "ёлки", "президент"]);
    }

    #[test]
    fn a_sentence_s_tokens_are_the_document_s_or_its_own_alike() {
        let text = "M. Lavrov s’est entretenu avec l'ambassadeur à 10h30. \
                    Президент РФ В.В. Путин провёл переговоры 24.05.2024 г.\n\n\
                    The U.S.-led coalition's strikes (3,5 km) — «non»?! Fin.";
        let mut d = unread("fr", text, &[]);
        split_sentences(&mut d);
        assert!(d.sentences.len() >= 3 && !d.tokens.is_empty());
        let mut read_again = d.clone();
        read_again.tokens.clear();
        for &sentence in &d.sentences {
            let (mut a, mut b) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
            lowercase_tokens(&d, sentence, &mut a.0, &mut a.1);
            lowercase_tokens(&read_again, sentence, &mut b.0, &mut b.1);
            assert_eq!(a, b, "{}", sentence.slice(text));
        }
    }

    /// [`doc`] spoken by `speaker` in one turn from byte `from` to the end.
    fn in_turn(
        lang: &str,
        text: &str,
        names: &[(&str, EntityType, &str)],
        speaker: &str,
        from: usize,
    ) -> Document {
        use chancery_model::{Speaker, Turn};
        let mut d = unread(lang, text, names);
        d.speakers.push(Speaker {
            name: speaker.into(),
            turns: 1,
            ..Speaker::default()
        });
        d.turns.push(Turn {
            speaker: speaker.into(),
            kind: TurnKind::Statement,
            span: Span::new(from, text.len()),
            ..Turn::default()
        });
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        d
    }

    /// A dialogue of labelled turns (speaker, span), read.
    fn dialogue(lang: &str, text: &str, turns: &[(&str, Span)]) -> Document {
        let mut d = unread(lang, text, &[]);
        for &(speaker, span) in turns {
            d.turns.push(chancery_model::Turn {
                speaker: speaker.into(),
                kind: TurnKind::Statement,
                span,
                ..chancery_model::Turn::default()
            });
        }
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        d
    }

    /// A document with its entities, not read yet.
    fn unread(lang: &str, text: &str, names: &[(&str, EntityType, &str)]) -> Document {
        let mut d = Document {
            lang: Some(lang.into()),
            text: text.into(),
            published: PartialDate::ymd(2024, 6, 25),
            ..Document::default()
        };
        for (surface, kind, name) in names {
            let mentions = text
                .match_indices(surface)
                .map(|(i, s)| Span::new(i, i + s.len()))
                .collect();
            d.entities.push(Entity {
                name: (*name).into(),
                kind: *kind,
                mentions,
                ..Entity::default()
            });
        }
        d
    }

    /// `doc`, each entity with an actor code, as the actor stage gives them.
    fn doc_with_actors(lang: &str, text: &str, names: &[(&str, EntityType, &str)]) -> Document {
        let mut d = unread(lang, text, names);
        for e in &mut d.entities {
            e.actor = Some(e.name.to_uppercase());
        }
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        d
    }

    /// An act done, as `coded` lists it.
    fn act(kind: &str, a: &str, b: &str) -> (String, String, String, &'static str) {
        (kind.to_owned(), a.to_owned(), b.to_owned(), "done")
    }

    #[test]
    fn a_russian_warning_against_an_act_is_a_threat() {
        let d = doc(
            "ru",
            "Владимир Путин предостерег НАТО от поставок Украине дальнобойного оружия.",
            &[
                ("Владимир Путин", PER, "Vladimir Putin"),
                ("НАТО", EntityType::Org, "NATO"),
                ("Украине", LOC, "Ukraine"),
            ],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, g, _)| t == "threaten" && s == "Vladimir Putin" && g == "NATO"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn the_two_countries_are_the_two_states_the_sentence_before_joined() {
        for (lang, text, names) in [
            (
                "en",
                "Russia and China held talks in Moscow. The two countries signed an agreement.",
                [("Russia", "Russia"), ("China", "China")],
            ),
            (
                "ru",
                "Россия и Китай провели переговоры в Москве. Главы МИД двух стран подписали соглашение.",
                [("Россия", "Russia"), ("Китай", "China")],
            ),
        ] {
            let mut names: Vec<(&str, EntityType, &str)> =
                names.iter().map(|&(w, n)| (w, LOC, n)).collect();
            // (A body inside the phrase is no subject of its own.)
            names.push(("МИД", EntityType::Org, "Ministry of Foreign Affairs"));
            let got = coded(&doc(lang, text, &names));
            assert!(
                got.contains(&act("sign", "Russia", "China")),
                "{text}: {got:?}"
            );
            assert!(
                !got.iter()
                    .any(|(_, s, _, _)| s == "Ministry of Foreign Affairs"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn supports_and_forms_in_progress_are_verbs() {
        let names = [
            ("United States", LOC, "United States"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        for text in [
            "The United States is supporting Ukraine in its fight.",
            "The United States supports Ukraine in its fight.",
        ] {
            let got = coded(&doc("en", text, &names));
            assert!(
                got.contains(&act("cooperate", "United States", "Ukraine")),
                "{text}: {got:?}"
            );
        }
        // An event noun's stem in progress is its verb.
        let names = [
            ("United States", LOC, "United States"),
            ("Russia", LOC, "Russia"),
        ];
        let got = coded(&doc(
            "en",
            "The United States is sanctioning Russia over the war.",
            &names,
        ));
        assert!(
            got.contains(&act("sanction", "United States", "Russia")),
            "{got:?}"
        );
    }

    #[test]
    fn the_west_is_a_side_of_acts() {
        for (lang, text, person) in [
            (
                "en",
                "Sergei Lavrov accused the West of prolonging the war.",
                "Sergei Lavrov",
            ),
            (
                "fr",
                "Vladimir Poutine a mis en garde l'Occident contre la livraison d'armes.",
                "Vladimir Poutine",
            ),
            ("ru", "Путин предостерег Запад от поставок оружия.", "Путин"),
        ] {
            let mut d = unread(lang, text, &[(person, PER, person)]);
            let kb = chancery_lexicon::actors::builtin();
            let west = kb
                .find(text)
                .into_iter()
                .find(|h| kb.actors()[h.actor].name == "The West");
            let west = west.expect("the West");
            d.entities.push(Entity {
                name: "The West".into(),
                kind: EntityType::Misc,
                surface: vec![west.span.slice(text).to_owned()],
                actor: Some("WST".into()),
                mentions: vec![west.span],
                ..Entity::default()
            });
            split_sentences(&mut d);
            extract_events(&mut d, kb);
            assert!(
                d.events.iter().any(|e| e.source.as_deref() == Some(person)
                    && e.target.as_deref() == Some("The West")
                    && e.target_actor.as_deref() == Some("WST")),
                "{text}: {:?}",
                coded(&d)
            );
        }
    }

    #[test]
    fn talks_named_in_a_phrase_of_circumstance_are_held_with_the_one_addressed() {
        for (lang, text, names) in [
            (
                "en",
                "In a phone call on Tuesday, Xi Jinping told Joe Biden that Taiwan was a red line.",
                [("Xi Jinping", "Xi Jinping"), ("Joe Biden", "Joe Biden")],
            ),
            (
                "en",
                "Xi Jinping told Joe Biden in a phone call that Taiwan was a red line.",
                [("Xi Jinping", "Xi Jinping"), ("Joe Biden", "Joe Biden")],
            ),
            (
                "fr",
                "Lors d'un entretien téléphonique, Emmanuel Macron a demandé à Vladimir Poutine de cesser l'attaque.",
                [
                    ("Emmanuel Macron", "Emmanuel Macron"),
                    ("Vladimir Poutine", "Vladimir Putin"),
                ],
            ),
        ] {
            let names: Vec<(&str, EntityType, &str)> =
                names.iter().map(|&(w, n)| (w, PER, n)).collect();
            let d = doc(lang, text, &names);
            assert!(
                d.events.iter().any(|e| e.code == "041"
                    && e.source.as_deref() == Some(names[0].2)
                    && e.target.as_deref() == Some(names[1].2)),
                "{text}: {:?}",
                coded(&d)
            );
        }
        // Talks spoken of are not held: "told Biden that talks in Geneva were needed".
        let d = doc(
            "en",
            "Xi Jinping told Joe Biden that talks in Geneva were needed.",
            &[
                ("Xi Jinping", PER, "Xi Jinping"),
                ("Joe Biden", PER, "Joe Biden"),
            ],
        );
        assert!(
            !d.events.iter().any(|e| e.code.starts_with("04")),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn the_two_leaders_are_the_two_persons_the_sentence_before_set_side_by_side() {
        for (lang, text, names) in [
            (
                "en",
                "Vladimir Putin held talks with Xi Jinping in Moscow. The two leaders signed an agreement.",
                [
                    ("Vladimir Putin", "Vladimir Putin"),
                    ("Xi Jinping", "Xi Jinping"),
                ],
            ),
            (
                "en",
                "Vladimir Putin held talks with Xi Jinping in Moscow. The leaders of the two countries signed an agreement.",
                [
                    ("Vladimir Putin", "Vladimir Putin"),
                    ("Xi Jinping", "Xi Jinping"),
                ],
            ),
            (
                "ru",
                "Владимир Путин провел переговоры с Си Цзиньпином в Москве. Лидеры двух стран подписали соглашение.",
                [
                    ("Владимир Путин", "Vladimir Putin"),
                    ("Си Цзиньпином", "Xi Jinping"),
                ],
            ),
        ] {
            let names: Vec<(&str, EntityType, &str)> =
                names.iter().map(|&(w, n)| (w, PER, n)).collect();
            let got = coded(&doc(lang, text, &names));
            assert!(
                got.iter()
                    .any(|(t, s, g, _)| t == "sign" && s == "Vladimir Putin" && g == "Xi Jinping"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn one_weapon_given_is_military_aid_as_several_are() {
        for (lang, text, names) in [
            (
                "en",
                "Germany sent another air defence system to Ukraine.",
                [("Germany", "Germany"), ("Ukraine", "Ukraine")],
            ),
            (
                "fr",
                "L'Allemagne a envoyé un nouveau système de défense aérienne à l'Ukraine.",
                [("Allemagne", "Germany"), ("Ukraine", "Ukraine")],
            ),
            (
                "ru",
                "Германия направила Украине еще одну систему ПВО.",
                [("Германия", "Germany"), ("Украине", "Ukraine")],
            ),
        ] {
            let names: Vec<(&str, EntityType, &str)> =
                names.iter().map(|&(w, n)| (w, LOC, n)).collect();
            let d = doc(lang, text, &names);
            assert!(
                d.events.iter().any(|e| e.code == "072"
                    && e.source.as_deref() == Some("Germany")
                    && e.target.as_deref() == Some("Ukraine")),
                "{text}: {:?}",
                coded(&d)
            );
        }
    }

    #[test]
    fn an_act_a_possessive_owns_after_the_verbs_object_is_the_objects() {
        for (lang, text, names) in [
            (
                "en",
                "The European Union imposed new sanctions on Russia over its invasion of Ukraine.",
                [
                    ("European Union", "European Union"),
                    ("Russia", "Russia"),
                    ("Ukraine", "Ukraine"),
                ],
            ),
            (
                "fr",
                "L'Union européenne a imposé de nouvelles sanctions à la Russie pour son invasion de l'Ukraine.",
                [
                    ("Union européenne", "European Union"),
                    ("Russie", "Russia"),
                    ("Ukraine", "Ukraine"),
                ],
            ),
        ] {
            let names: Vec<(&str, EntityType, &str)> =
                names.iter().map(|&(w, n)| (w, LOC, n)).collect();
            let got = coded(&doc(lang, text, &names));
            let has = |t: &str, s: &str, g: &str| {
                got.iter().any(|(a, b, c, _)| a == t && b == s && c == g)
            };
            assert!(has("assault", "Russia", "Ukraine"), "{text}: {got:?}");
            assert!(
                !has("assault", "European Union", "Ukraine"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn struck_targets_or_positions_is_an_attack_and_a_deal_struck_is_not() {
        let names = [
            ("Israel", LOC, "Israel"),
            ("Hezbollah", EntityType::Org, "Hezbollah"),
            ("Iran", LOC, "Iran"),
            ("Saudi Arabia", LOC, "Saudi Arabia"),
        ];
        let got = coded(&doc(
            "en",
            "Israel struck Hezbollah targets in southern Lebanon. Iran and Saudi Arabia struck a deal.",
            &names,
        ));
        assert!(
            got.iter()
                .any(|(t, s, g, _)| t == "assault" && s == "Israel" && g == "Hezbollah"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(t, s, ..)| t == "assault" && s != "Israel"),
            "{got:?}"
        );
    }

    #[test]
    fn a_russian_passive_participle_with_a_name_in_the_instrumental_is_that_names_act() {
        let got = coded(&doc(
            "ru",
            "Решение Японии было осуждено Китаем.",
            &[("Японии", LOC, "Japan"), ("Китаем", LOC, "China")],
        ));
        assert_eq!(
            got,
            [("criticize".into(), "China".into(), "Japan".into(), "done")]
        );
    }

    #[test]
    fn a_verb_of_speech_after_a_comma_is_the_statement_of_the_person_after_it() {
        let statements = |lang: &str, text: &str, names: &[(&str, EntityType, &str)]| {
            coded(&doc(lang, text, names))
                .into_iter()
                .filter(|(t, ..)| t == "statement")
                .map(|(_, s, g, _)| (s, g))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            statements(
                "en",
                "The United States will keep supporting Ukraine, said Antony Blinken.",
                &[
                    ("United States", LOC, "United States"),
                    ("Ukraine", LOC, "Ukraine"),
                    ("Antony Blinken", PER, "Antony Blinken"),
                ],
            ),
            [("Antony Blinken".to_owned(), String::new())]
        );
        assert_eq!(
            statements(
                "ru",
                "Москва не откажется от поддержки Минска, отметил во вторник Сергей Лавров.",
                &[
                    ("Москва", LOC, "Moscow"),
                    ("Минска", LOC, "Minsk"),
                    ("Сергей Лавров", PER, "Sergey Lavrov"),
                ],
            ),
            [("Sergey Lavrov".to_owned(), String::new())]
        );
    }

    /// Whether `d` holds an event of that CAMEO code from `source` to `target`.
    fn has_coded(d: &Document, code: &str, source: &str, target: &str) -> bool {
        d.events.iter().any(|e| {
            e.code == code
                && e.source.as_deref() == Some(source)
                && e.target.as_deref() == Some(target)
        })
    }

    fn coded(d: &Document) -> Vec<(String, String, String, &'static str)> {
        d.events
            .iter()
            .map(|e| {
                (
                    event_type(&e.code).to_owned(),
                    e.source.clone().unwrap_or_default(),
                    e.target.clone().unwrap_or_default(),
                    e.status.as_str(),
                )
            })
            .collect()
    }

    const PER: EntityType = EntityType::Per;
    const LOC: EntityType = EntityType::Loc;

    /// An English document whose entities (named as written) carry actor codes.
    fn with_coded_entities(
        text: &str,
        published: Option<PartialDate>,
        names: &[(&str, EntityType, &str)],
    ) -> Document {
        let mut d = Document {
            lang: Some("en".into()),
            text: text.into(),
            published,
            ..Document::default()
        };
        for (name, kind, code) in names {
            d.entities.push(Entity {
                name: (*name).into(),
                kind: *kind,
                actor: Some((*code).into()),
                mentions: text
                    .match_indices(name)
                    .map(|(i, s)| Span::new(i, i + s.len()))
                    .collect(),
                ..Entity::default()
            });
        }
        d
    }

    #[test]
    fn a_present_verb_before_an_adverb_takes_a_noun_after_a_demonstrative_as_object() {
        let d = doc(
            "fr",
            "La France condamne fermement cette attaque de la Russie contre l’Ukraine.",
            &[
                ("France", LOC, "France"),
                ("Russie", LOC, "Russia"),
                ("Ukraine", LOC, "Ukraine"),
            ],
        );
        let got = coded(&d);
        assert!(
            got.contains(&("criticize".into(), "France".into(), "Russia".into(), "done"))
                && got.contains(&("assault".into(), "Russia".into(), "Ukraine".into(), "done"))
                && !got
                    .iter()
                    .any(|(t, s, _, _)| t == "assault" && s == "France"),
            "{got:?}"
        );
        // A manner phrase after "avec" between the verb and its object.
        let d = doc(
            "fr",
            "La France condamne avec la plus grande fermeté l’attaque contre l’Ukraine.",
            &[("France", LOC, "France"), ("Ukraine", LOC, "Ukraine")],
        );
        let got = coded(&d);
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "assault" && s == "France"),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_of_titled_persons_is_every_side() {
        let names = [
            ("Merkel", PER, "Angela Merkel"),
            ("Hollande", PER, "François Hollande"),
            ("Putin", PER, "Vladimir Putin"),
            ("Erdogan", PER, "Recep Tayyip Erdogan"),
            ("Xi", PER, "Xi Jinping"),
            ("China", LOC, "China"),
        ];
        let d = doc(
            "en",
            "Merkel met with President Hollande, President Putin and President Erdogan.",
            &names,
        );
        let met: Vec<String> = coded(&d)
            .into_iter()
            .filter(|(t, s, _, _)| t == "meet" && s == "Angela Merkel")
            .map(|(_, _, o, _)| o)
            .collect();
        assert_eq!(
            met,
            [
                "François Hollande",
                "Vladimir Putin",
                "Recep Tayyip Erdogan"
            ]
        );
        // Not across a clause: "Invited by President Xi, President Erdogan will visit…".
        let d = doc(
            "en",
            "Invited by President Xi, President Erdogan will visit China.",
            &names,
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, _, _)| t == "visit" && s == "Recep Tayyip Erdogan"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "visit" && s == "Xi Jinping"),
            "{got:?}"
        );
    }

    #[test]
    fn each_member_of_a_list_may_repeat_its_preposition() {
        let d = doc(
            "fr",
            "Emmanuel Macron s'est entretenu avec Olaf Scholz et avec Giorgia Meloni.",
            &[
                ("Emmanuel Macron", PER, "Emmanuel Macron"),
                ("Olaf Scholz", PER, "Olaf Scholz"),
                ("Giorgia Meloni", PER, "Giorgia Meloni"),
            ],
        );
        let got = coded(&d);
        for other in ["Olaf Scholz", "Giorgia Meloni"] {
            assert!(
                got.iter()
                    .any(|(t, s, o, _)| t == "meet" && s == "Emmanuel Macron" && o == other),
                "{got:?}"
            );
        }
        let d = doc(
            "en",
            "The minister criticized Russia for its war and Belarus for its help.",
            &[("Russia", LOC, "Russia"), ("Belarus", LOC, "Belarus")],
        );
        // ("for its war and Belarus": no preposition repeated, no list.)
        assert!(
            !coded(&d).iter().any(|(_, _, o, _)| o == "Belarus"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn an_event_noun_with_its_agents_falls_on_what_follows_them() {
        let d = doc(
            "en",
            "The sanctions imposed by the United States on Russia hurt Europe.",
            &[
                ("United States", LOC, "United States"),
                ("Russia", LOC, "Russia"),
                ("Europe", LOC, "Europe"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "sanction".to_owned(),
                "United States".to_owned(),
                "Russia".to_owned(),
                "done"
            )]
        );
    }

    #[test]
    fn an_arrest_in_the_passive_in_a_state_is_that_states() {
        for (lang, text) in [
            ("en", "Evan Gershkovich was arrested in Russia in March."),
            (
                "fr",
                "Le journaliste Evan Gershkovich a été arrêté en Russie en mars.",
            ),
            (
                "ru",
                "Журналист Эван Гершкович был арестован в России в марте.",
            ),
            // A headline's participle with no auxiliary is a passive too.
            (
                "en",
                "Journalist Evan Gershkovich detained in Russia in March.",
            ),
            (
                "fr",
                "Le journaliste Evan Gershkovich arrêté en Russie en mars.",
            ),
            // So is the place first, the one who underwent it after the verb.
            ("ru", "В России арестован журналист Эван Гершкович."),
        ] {
            let names = [
                ("Evan Gershkovich", PER, "Evan Gershkovich"),
                ("Эван Гершкович", PER, "Evan Gershkovich"),
                ("Russia", LOC, "Russia"),
                ("Russie", LOC, "Russia"),
                ("России", LOC, "Russia"),
            ];
            let d = doc(lang, text, &names);
            assert!(
                coded(&d)
                    .iter()
                    .any(|(t, s, o, _)| t == "coerce" && s == "Russia" && o == "Evan Gershkovich"),
                "{lang}: {:?}",
                coded(&d)
            );
        }
        // A state's nationals are its side.
        for (lang, text) in [
            (
                "fr",
                "Deux ressortissants français ont été arrêtés en Iran.",
            ),
            ("en", "Two French nationals were arrested in Iran."),
        ] {
            assert_eq!(
                coded(&doc(lang, text, &[("Iran", LOC, "Iran")])),
                [act("coerce", "Iran", "France")],
                "{text}"
            );
        }
        // An active verb with its auxiliary takes its object, wherever a place stands.
        let d = doc(
            "fr",
            "La Russie a arrêté en mars Evan Gershkovich.",
            &[
                ("Russie", LOC, "Russia"),
                ("Evan Gershkovich", PER, "Evan Gershkovich"),
            ],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, o, _)| t == "coerce" && s == "Russia" && o == "Evan Gershkovich"),
            "{:?}",
            coded(&d)
        );
        // Forced to do something somewhere: not by that place.
        let d = doc(
            "en",
            "Ukrainians were forced to flee in Ukraine.",
            &[("Ukrainians", LOC, "Ukraine"), ("Ukraine", LOC, "Ukraine")],
        );
        assert!(coded(&d).is_empty(), "{:?}", coded(&d));
    }

    #[test]
    fn joined_subjects_act_upon_the_object_not_upon_each_other() {
        let names = [
            ("United States", LOC, "United States"),
            ("Japan", LOC, "Japan"),
            ("Ukraine", LOC, "Ukraine"),
            ("Macron", PER, "Emmanuel Macron"),
            ("Scholz", PER, "Olaf Scholz"),
        ];
        let d = doc(
            "en",
            "The United States and Japan continue to support Ukraine.",
            &names,
        );
        let got = coded(&d);
        assert!(got.iter().all(|(_, _, o, _)| o == "Ukraine"), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        let d = doc("en", "Macron and Scholz welcomed the agreement.", &names);
        assert!(
            coded(&d).iter().all(|(_, _, o, _)| o.is_empty()),
            "{:?}",
            coded(&d)
        );
        // A joint act with no object stays between them.
        let d = doc("en", "The United States and Japan held talks.", &names);
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, o, _)| t == "meet" && s == "United States" && o == "Japan"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_bare_title_or_a_description_is_the_holder_of_that_office_named_before() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Allemagne", LOC, "Germany"),
            ("Berlin", LOC, "Berlin"),
        ];
        for subject in ["Le président", "Le chef de l'État"] {
            let text = format!(
                "Emmanuel Macron s'est rendu à Berlin. {subject} a salué le soutien de l'Allemagne."
            );
            let d = doc("fr", &text, &names);
            assert!(
                coded(&d)
                    .iter()
                    .any(|(t, s, o, _)| t == "praise" && s == "Emmanuel Macron" && o == "Germany"),
                "{text}: {:?}",
                coded(&d)
            );
        }
        // Not a title the office holder does not hold.
        let d = doc(
            "fr",
            "Emmanuel Macron s'est rendu à Berlin. Le ministre a salué le soutien de l'Allemagne.",
            &names,
        );
        assert!(
            !coded(&d)
                .iter()
                .any(|(t, s, _, _)| t == "praise" && s == "Emmanuel Macron"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_plural_with_no_subject_speaks_for_the_body_it_is_said_in() {
        let names = [
            ("Кремле", EntityType::Org, "Kremlin"),
            ("Москве", LOC, "Moscow"),
            ("Вашингтон", LOC, "Washington"),
        ];
        for (text, source) in [
            ("В Кремле призвали Вашингтон к диалогу.", "Kremlin"),
            ("В Москве призвали Вашингтон к диалогу.", "Moscow"),
        ] {
            let mut d = unread("ru", text, &names);
            for e in &mut d.entities {
                if e.name == "Moscow" {
                    e.actor = Some("RUS".into());
                }
            }
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            assert_eq!(coded(&d), [act("appeal", source, "Washington")], "{text}");
        }
        // So is one said in the body named last, after what it takes; a noun of a proposal
        // before a finite verb is what the verb takes, not the frame of a wish.
        let d = doc(
            "ru",
            "Предложение Вашингтона отвергли в Кремле.",
            &[
                ("Кремле", EntityType::Org, "Kremlin"),
                ("Вашингтона", LOC, "Washington"),
            ],
        );
        assert_eq!(coded(&d), [act("reject", "Kremlin", "Washington")]);
        // A verb in the plural takes a subject of any kind after it.
        let d = doc(
            "ru",
            "Соглашение о сотрудничестве подписали Россия и Китай.",
            &[("Россия", LOC, "Russia"), ("Китай", LOC, "China")],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, o, _)| t == "sign" && s == "Russia" && o == "China"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_preposition_of_the_predicate_takes_its_object() {
        let names = [("Turkey", LOC, "Turkey"), ("Sweden", LOC, "Sweden")];
        assert_eq!(
            coded(&doc("en", "Turkey lashed out at Sweden.", &names)),
            [act("criticize", "Turkey", "Sweden")]
        );
        // Elsewhere "at" names where the act took place.
        assert!(
            coded(&doc(
                "en",
                "Turkey criticised the decision at Sweden.",
                &names
            ))
            .iter()
            .all(|(_, _, o, _)| o.is_empty())
        );
    }

    #[test]
    fn states_listed_after_a_place_are_places() {
        let d = doc(
            "en",
            "Iran supports militias in Lebanon, Yemen and Iraq.",
            &[
                ("Iran", LOC, "Iran"),
                ("Lebanon", LOC, "Lebanon"),
                ("Yemen", LOC, "Yemen"),
                ("Iraq", LOC, "Iraq"),
            ],
        );
        assert!(
            coded(&d).iter().all(|(_, _, o, _)| o.is_empty()),
            "{:?}",
            coded(&d)
        );
        // A list a verb takes directly stays its object.
        let d = doc(
            "en",
            "Iran supports Lebanon, Yemen and Iraq.",
            &[
                ("Iran", LOC, "Iran"),
                ("Lebanon", LOC, "Lebanon"),
                ("Yemen", LOC, "Yemen"),
                ("Iraq", LOC, "Iraq"),
            ],
        );
        assert!(
            coded(&d).iter().any(|(_, _, o, _)| o == "Iraq"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn force_on_a_city_falls_on_its_state() {
        let mut d = with_coded_entities(
            "Russia shelled Odesa and Kharkiv.",
            PartialDate::ymd(2024, 6, 25),
            &[
                ("Russia", LOC, "RUS"),
                ("Odesa", LOC, "UKR"),
                ("Kharkiv", LOC, "UKR"),
            ],
        );
        read_with_times(&mut d);
        assert_eq!(
            coded(&d),
            [(
                "assault".to_owned(),
                "Russia".to_owned(),
                "Ukraine".to_owned(),
                "done"
            )]
        );
    }

    #[test]
    fn an_evaluations_complement_names_the_state_its_adjective_names() {
        let d = doc(
            "fr",
            "La France a exprimé sa préoccupation face à l'offensive russe.",
            &[("France", LOC, "France")],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, o, _)| t == "criticize" && s == "France" && o == "Russia"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn the_latter_is_the_person_named_last_before_it() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Olaf Scholz", PER, "Olaf Scholz"),
            ("Russia", LOC, "Russia"),
        ];
        for (lang, text) in [
            (
                "fr",
                "Emmanuel Macron a rencontré Olaf Scholz. Ce dernier a critiqué la Russie.",
            ),
            (
                "en",
                "Emmanuel Macron met Olaf Scholz. The latter criticized Russia.",
            ),
        ] {
            let got = coded(&doc(lang, text, &names));
            assert!(
                got.iter()
                    .any(|(t, s, g, _)| t == "criticize" && s == "Olaf Scholz" && g == "Russia"),
                "{lang}: {got:?}"
            );
        }
        // ("Le mois dernier": an adjective after its noun is no subject.)
        let got = coded(&doc(
            "fr",
            "Emmanuel Macron a rencontré Olaf Scholz. Le mois dernier a critiqué la Russie.",
            &names,
        ));
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "criticize" && s == "Olaf Scholz"),
            "{got:?}"
        );
    }

    #[test]
    fn a_plural_pronoun_opening_a_sentence_stands_for_the_actors_of_the_one_before() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Abdelmadjid Tebboune", PER, "Abdelmadjid Tebboune"),
            ("Joe Biden", PER, "Joe Biden"),
            ("Dmytro Kuleba", PER, "Dmytro Kuleba"),
            ("NATO", EntityType::Org, "NATO"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        // The actors joined by "and" that opened it; handed on by a sentence that codes nothing.
        let d = doc(
            "fr",
            "Emmanuel Macron et Abdelmadjid Tebboune se sont entretenus. Cet échange a permis de lever les incompréhensions. Ils sont convenus de renforcer les canaux de communication.",
            &names,
        );
        let got = coded(&d);
        assert!(
            got.iter().any(|(t, s, g, _)| t == "intend"
                && s == "Emmanuel Macron"
                && g == "Abdelmadjid Tebboune")
                && got.iter().any(|(t, s, g, _)| t == "intend"
                    && s == "Abdelmadjid Tebboune"
                    && g == "Emmanuel Macron"),
            "{got:?}"
        );
        // The two sides of a meeting it states; what they discuss is a topic.
        let d = doc(
            "en",
            "Joe Biden spoke with Dmytro Kuleba. They discussed efforts to help Ukraine. They criticized NATO.",
            &names,
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, g, _)| t == "criticize" && s == "Dmytro Kuleba" && g == "NATO")
                && !got.iter().any(|(_, _, g, _)| g == "Ukraine"),
            "{got:?}"
        );
        // A new paragraph forgets them.
        let d = doc(
            "en",
            "Joe Biden and Dmytro Kuleba met.\n\nThey criticized NATO.",
            &names,
        );
        assert!(!coded(&d).iter().any(|(t, _, _, _)| t == "criticize"));
    }

    #[test]
    fn the_agent_of_a_participle_after_an_event_noun_is_its_doer() {
        let d = doc(
            "en",
            "Russia faced the coercive measures against Gazprombank imposed by the US Treasury Department in November.",
            &[
                (
                    "US Treasury Department",
                    EntityType::Org,
                    "United States Department of the Treasury",
                ),
                ("Russia", LOC, "Russia"),
            ],
        );
        assert!(
            !coded(&d)
                .iter()
                .any(|(_, _, g, _)| g == "United States Department of the Treasury"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_host_takes_a_person_named_behind_a_title_and_its_office() {
        // ("принял" hosts only a person: "принял решение" is no event.)
        let d = doc(
            "ru",
            "Дмитрия Кулебу принял госсекретарь США Энтони Блинкен.",
            &[
                ("Дмитрия Кулебу", PER, "Dmytro Kuleba"),
                ("США", LOC, "United States"),
                ("Энтони Блинкен", PER, "Antony Blinken"),
            ],
        );
        assert!(
            coded(&d).iter().any(|(t, s, g, _)| t == "meet"
                && [s, g].contains(&&"Antony Blinken".to_owned())
                && [s, g].contains(&&"Dmytro Kuleba".to_owned())),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_visit_s_place_may_follow_its_kind_and_length() {
        let d = doc(
            "fr",
            "Emmanuel Macron entame mercredi une visite d'État de trois jours en Chine.",
            &[
                ("Emmanuel Macron", PER, "Emmanuel Macron"),
                ("Chine", LOC, "China"),
            ],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, g, _)| t == "visit" && s == "Emmanuel Macron" && g == "China"),
            "{:?}",
            coded(&d)
        );
        // So may the one who receives aid, after what is given.
        for (lang, text) in [
            (
                "fr",
                "La France a annoncé la livraison de canons Caesar à l'Ukraine.",
            ),
            ("en", "France announced the delivery of weapons to Ukraine."),
            // (Announced, not spoken of; the recipient in the dative, or after "на".)
            ("ru", "Франция объявила о поставках Украине новых гаубиц."),
            ("ru", "Франция объявила о поставке новых гаубиц на Украину."),
        ] {
            let d = doc(
                lang,
                text,
                &[
                    ("France", LOC, "France"),
                    ("Франция", LOC, "France"),
                    ("Ukraine", LOC, "Ukraine"),
                    ("Украине", LOC, "Ukraine"),
                    ("Украину", LOC, "Ukraine"),
                ],
            );
            assert!(
                coded(&d)
                    .iter()
                    .any(|(t, s, g, _)| t == "cooperate" && s == "France" && g == "Ukraine"),
                "{text}: {:?}",
                coded(&d)
            );
        }
    }

    #[test]
    fn a_pronoun_opening_a_clause_stands_for_its_sentence_s_subject() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Joe Biden", PER, "Joe Biden"),
            ("Russie", LOC, "Russia"),
            ("Russia", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
            ("China", LOC, "China"),
            ("Japan", LOC, "Japan"),
        ];
        let has = |d: &Document, t: &str, s: &str, g: &str| {
            coded(d)
                .iter()
                .any(|(t2, s2, g2, _)| t2 == t && s2 == s && g2 == g)
        };
        // Not the person the sentence before named.
        let d = doc(
            "fr",
            "Emmanuel Macron a parlé lundi. La Russie a déclaré qu'elle imposera des sanctions à l'Ukraine.",
            &names,
        );
        assert!(has(&d, "sanction", "Russia", "Ukraine"), "{:?}", coded(&d));
        assert!(!has(&d, "sanction", "Emmanuel Macron", "Ukraine"));
        // "it" never stands for a person; the sentence's subject, it does.
        let d = doc(
            "en",
            "Joe Biden spoke on Monday. China said that it strongly condemned Japan.",
            &names,
        );
        assert!(has(&d, "criticize", "China", "Japan"), "{:?}", coded(&d));
    }

    #[test]
    fn a_paragraph_of_one_sentence_hands_its_person_on_to_the_next() {
        let names = [
            ("Sergey Lavrov", PER, "Sergey Lavrov"),
            ("Beijing", LOC, "Beijing"),
            ("Wang Yi", PER, "Wang Yi"),
        ];
        // A news dispatch: a paragraph per sentence.
        let d = doc(
            "en",
            "Sergey Lavrov arrived in Beijing on Monday.\n\nHe met Wang Yi later that day.",
            &names,
        );
        let met = |d: &Document| {
            coded(d)
                .iter()
                .any(|(t, s, g, _)| t == "meet" && s == "Sergey Lavrov" && g == "Wang Yi")
        };
        assert!(met(&d), "{:?}", coded(&d));
        // A paragraph of several sentences keeps its persons to itself.
        let d = doc(
            "en",
            "Sergey Lavrov arrived in Beijing on Monday. The visit lasts three days.\n\nHe met Wang Yi later that day.",
            &names,
        );
        assert!(!met(&d), "{:?}", coded(&d));
    }

    #[test]
    fn a_plural_pronoun_stands_for_the_actors_joined_before_it() {
        let names = [
            ("Pakistan", LOC, "Pakistan"),
            ("Afghanistan", LOC, "Afghanistan"),
            ("China", LOC, "China"),
        ];
        let d = in_turn(
            "en",
            "Pakistan and Afghanistan met in Islamabad and they agreed to work with China.",
            &names,
            "Lu Kang",
            0,
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, _, _)| t == "intend" && s == "Pakistan")
                && !got.iter().any(|(_, s, _, _)| s == "Lu Kang"),
            "{got:?}"
        );
        // No one named before it: not the speaker.
        let d = in_turn(
            "en",
            "Officials said that they stand ready to work with China.",
            &names,
            "Lu Kang",
            0,
        );
        let got = coded(&d);
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "intend" && s == "Lu Kang"),
            "{got:?}"
        );
    }

    #[test]
    fn agreeing_that_something_is_so_commits_no_one() {
        let names = [
            ("Merkel", PER, "Angela Merkel"),
            ("Obama", PER, "Barack Obama"),
            ("Putin", PER, "Vladimir Putin"),
            ("Trump", PER, "Donald Trump"),
        ];
        let d = doc(
            "en",
            "Merkel and Obama agree that the sanctions must stay.",
            &names,
        );
        assert!(
            !coded(&d).iter().any(|(t, _, _, _)| t == "intend"),
            "{:?}",
            coded(&d)
        );
        let d = doc(
            "en",
            "Putin and Trump agreed to continue their contacts.",
            &names,
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, o, _)| t == "intend" && s == "Vladimir Putin" && o == "Donald Trump"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn an_agreement_reached_is_signed_and_one_not_reached_is_nothing() {
        let names = [("Russia", LOC, "Russia"), ("Ukraine", LOC, "Ukraine")];
        let d = doc("en", "Russia reached an agreement with Ukraine.", &names);
        assert_eq!(
            coded(&d)
                .iter()
                .map(|(t, s, o, _)| (t.as_str(), s.as_str(), o.as_str()))
                .collect::<Vec<_>>(),
            [("sign", "Russia", "Ukraine")]
        );
        let d = doc(
            "en",
            "Russia failed to reach an agreement with Ukraine.",
            &names,
        );
        assert!(coded(&d).is_empty(), "{:?}", coded(&d));
    }

    #[test]
    fn a_speakers_i_does_not_sign_the_agreement_it_praises() {
        let text = "Je salue l'accord conclu entre la Serbie et le Kosovo.";
        let d = in_turn(
            "fr",
            text,
            &[("Serbie", LOC, "Serbia"), ("Kosovo", LOC, "Kosovo")],
            "Emmanuel Macron",
            0,
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, o, _)| t == "sign" && s == "Serbia" && o == "Kosovo"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(t, s, o, _)| t == "praise" && s == "Emmanuel Macron" && o == "Kosovo"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "sign" && s == "Emmanuel Macron"),
            "{got:?}"
        );
    }

    #[test]
    fn a_leading_participles_phrase_holds_no_subject() {
        let d = doc(
            "fr",
            "Interrogée sur France Info, elle a affirmé que la France aiderait l'Ukraine.",
            &[
                ("France Info", EntityType::Org, "France Info"),
                ("France", LOC, "France"),
                ("Ukraine", LOC, "Ukraine"),
            ],
        );
        assert!(
            !coded(&d).iter().any(|(_, s, _, _)| s == "France Info"),
            "{:?}",
            coded(&d)
        );
        let d = doc(
            "en",
            "Speaking to Reuters on Monday, Blinken criticized Russia.",
            &[
                ("Reuters", EntityType::Org, "Reuters"),
                ("Blinken", PER, "Antony Blinken"),
                ("Russia", LOC, "Russia"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "criticize".to_owned(),
                "Antony Blinken".to_owned(),
                "Russia".to_owned(),
                "done"
            )]
        );
    }

    #[test]
    fn a_verb_opening_a_non_finite_phrase_is_the_act_of_the_subject_after_it() {
        let ev =
            |s: &str, t: &str, code: &str| (code.to_owned(), s.to_owned(), t.to_owned(), "done");
        let d = doc(
            "fr",
            "Après avoir accusé Kiev, Moscou désigne les Occidentaux.",
            &[("Kiev", LOC, "Kyiv"), ("Moscou", LOC, "Moscow")],
        );
        assert_eq!(coded(&d), [ev("Moscow", "Kyiv", "accuse")]);
        let d = doc(
            "en",
            "After talks with Emmanuel Macron, Olaf Scholz left Paris.",
            &[
                ("Emmanuel Macron", PER, "Emmanuel Macron"),
                ("Olaf Scholz", PER, "Olaf Scholz"),
                ("Paris", LOC, "Paris"),
            ],
        );
        assert!(coded(&d).contains(&ev("Olaf Scholz", "Emmanuel Macron", "meet")));
        // Russian sets no comma after talks named in an opening phrase; the phrase ends with
        // their other side and its place, not at the comma after the main verb.
        for text in [
            "После переговоров с Си Цзиньпином Владимир Путин заявил, что отношения на высшем уровне.",
            "По итогам переговоров с председателем КНР Си Цзиньпином в Москве президент России Владимир Путин заявил, что отношения на высшем уровне.",
        ] {
            let d = doc(
                "ru",
                text,
                &[
                    ("Си Цзиньпином", PER, "Xi Jinping"),
                    ("Москве", LOC, "Moscow"),
                    ("России", LOC, "Russia"),
                    ("Владимир Путин", PER, "Vladimir Putin"),
                ],
            );
            assert!(
                coded(&d).contains(&ev("Vladimir Putin", "Xi Jinping", "meet")),
                "{text}: {:?}",
                coded(&d)
            );
        }
        let d = doc(
            "ru",
            "Обвинив Киев, Москва указала на Запад.",
            &[("Киев", LOC, "Kyiv"), ("Москва", LOC, "Moscow")],
        );
        assert_eq!(coded(&d), [ev("Moscow", "Kyiv", "accuse")]);
        // (Not a name in another opening phrase after the comma.)
        let d = doc(
            "en",
            "Through the talks with President Obama, as President Obama said, we agreed.",
            &[("Obama", PER, "Barack Obama")],
        );
        assert!(
            !coded(&d)
                .iter()
                .any(|(c, s, _, _)| c == "meet" && s == "Barack Obama"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_second_verb_joined_by_and_takes_its_own_object() {
        let names = [
            ("Jean-Luc Mélenchon", PER, "Jean-Luc Mélenchon"),
            ("OMC", EntityType::Org, "World Trade Organization"),
        ];
        let criticized = [(
            "criticize".to_owned(),
            "Jean-Luc Mélenchon".to_owned(),
            "World Trade Organization".to_owned(),
            "done",
        )];
        // (Nor is it what an appeal before it calls for.)
        for text in [
            "Jean-Luc Mélenchon a salué la décision et a critiqué l’OMC.",
            "Jean-Luc Mélenchon a plaidé pour la paix et reproché à l’OMC son silence.",
        ] {
            assert_eq!(coded(&doc("fr", text, &names)), criticized, "{text}");
        }
    }

    #[test]
    fn the_first_person_of_a_quotation_opening_inside_the_sentence_is_its_speaker() {
        let text =
            "Vladimir Putin said: \"I thank Antonio Guterres for his personal involvement.\"";
        let mut d = with_coded_entities(
            text,
            PartialDate::ymd(2024, 3, 15),
            &[
                ("Vladimir Putin", PER, "RUSGOV"),
                ("Antonio Guterres", PER, "IGOUNO"),
            ],
        );
        let open = text.find("I thank").unwrap();
        d.quotes.push(chancery_model::Quote {
            speaker: Some("Vladimir Putin".into()),
            via: None,
            span: Span::new(open, text.len() - 1),
            antecedent: chancery_model::Antecedent::default(),
            named_at: None,
        });
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got = coded(&d);
        assert!(
            got.iter().any(|(kind, source, target, _)| kind == "praise"
                && source == "Vladimir Putin"
                && target == "Antonio Guterres"),
            "{got:?}"
        );
    }

    #[test]
    fn joined_subjects_intend_and_act_reciprocally_towards_each_other() {
        let pairs = |lang: &str, text: &str, kind: &str, names: [&str; 3]| {
            let mut d = with_coded_entities(
                text,
                PartialDate::ymd(2024, 3, 15),
                &[
                    (names[0], LOC, "ARM"),
                    (names[1], LOC, "AZE"),
                    (names[2], LOC, "RUS"),
                ],
            );
            d.lang = Some(lang.into());
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            let mut got: Vec<String> = coded(&d)
                .into_iter()
                .filter(|(k, ..)| k == kind)
                .map(|(_, s, t, _)| format!("{s} > {t}"))
                .collect();
            got.sort();
            got
        };
        let en = ["Armenia", "Azerbaijan", "Russia"];
        assert_eq!(
            pairs(
                "en",
                "Armenia and Azerbaijan accused each other of violating the truce.",
                "accuse",
                en
            ),
            ["Armenia > Azerbaijan", "Azerbaijan > Armenia"]
        );
        assert_eq!(
            pairs(
                "ru",
                "Армения и Азербайджан обвинили друг друга в нарушении перемирия.",
                "accuse",
                ["Армения", "Азербайджан", "Россия"]
            ),
            ["Азербайджан > Армения", "Армения > Азербайджан"]
        );
        assert_eq!(
            pairs(
                "en",
                "Armenia and Azerbaijan intend to collaborate on border security.",
                "intend",
                en
            ),
            ["Armenia > Azerbaijan", "Azerbaijan > Armenia"]
        );
        // A third side named as the object is the target of both.
        assert_eq!(
            pairs(
                "en",
                "Armenia and Azerbaijan accused Russia of violating the truce.",
                "accuse",
                en
            ),
            ["Armenia > Russia", "Azerbaijan > Russia"]
        );
    }

    #[test]
    fn an_event_noun_finds_its_doer_past_titles_and_its_agent_after_par() {
        let events = |text: &str, names: &[(&str, EntityType, &str)]| {
            let mut d = with_coded_entities(text, PartialDate::ymd(2015, 4, 10), names);
            d.lang = Some("fr".into());
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            coded(&d)
                .into_iter()
                .map(|(k, s, t, _)| format!("{k} {s} > {t}"))
                .collect::<Vec<_>>()
        };
        let modi = ("Narendra Modi", PER, "INDGOV");
        assert_eq!(
            events(
                "La visite du Premier ministre indien Narendra Modi en France a commencé.",
                &[modi, ("France", LOC, "FRA")]
            ),
            ["visit Narendra Modi > France"]
        );
        // The place of a visit may stand between the noun and its doer.
        assert_eq!(
            events(
                "La visite en France du Premier ministre Narendra Modi a commencé.",
                &[modi, ("France", LOC, "FRA")]
            ),
            ["visit Narendra Modi > France"]
        );
        // A person received by a person meets them; the role after the host's name is not a
        // second host.
        assert_eq!(
            events(
                "Accueil de M. Narendra Modi par M. Laurent Fabius, ministre français des \
                 Affaires étrangères.",
                &[modi, ("Laurent Fabius", PER, "FRAGOV")]
            ),
            ["meet Laurent Fabius > Narendra Modi"]
        );
        assert_eq!(
            events(
                "Entretien du président François Hollande avec M. Narendra Modi.",
                &[("François Hollande", PER, "FRAGOV"), modi]
            ),
            ["meet François Hollande > Narendra Modi"]
        );
        assert_eq!(
            events(
                "Entretien du président de la République, M. François Hollande avec M. \
                 Narendra Modi.",
                &[("François Hollande", PER, "FRAGOV"), modi]
            ),
            ["meet François Hollande > Narendra Modi"]
        );
        // The other side of a meeting follows "avec"; the doer's title names no one met.
        assert!(
            events(
                "Entretien de Mme Catherine Colonna, ministre de l'Europe et des affaires \
                 étrangères, avec le média Delfi.",
                &[("Catherine Colonna", PER, "FRAGOV"), ("Europe", LOC, "EUR")]
            )
            .iter()
            .all(|e| !e.contains("Europe"))
        );
    }

    #[test]
    fn a_person_after_a_state_and_a_title_stands_for_it() {
        let text = "Blinken met Japan’s Minister for Foreign Affairs HAYASHI Yoshimasa in Tokyo.";
        let mut d = with_coded_entities(
            text,
            PartialDate::ymd(2022, 7, 29),
            &[
                ("Blinken", PER, "USAGOV"),
                ("Japan", LOC, "JPN"),
                ("HAYASHI Yoshimasa", PER, "JPNGOV"),
            ],
        );
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got: Vec<String> = coded(&d)
            .into_iter()
            .map(|(k, s, t, _)| format!("{k} {s} > {t}"))
            .collect();
        assert_eq!(got, ["meet Blinken > HAYASHI Yoshimasa"]);
    }

    #[test]
    fn the_speaker_does_what_no_named_subject_does_unless_the_clause_names_one() {
        let names = [("Arkadi Babtchenko", PER, "Arkadi Babtchenko")];
        let sources = |text: &str| {
            in_turn("fr", text, &names, "Anastasia Becchio", 0)
                .events
                .iter()
                .filter(|e| event_type(&e.code) == "praise")
                .map(|e| e.source.clone().unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sources("Je salue le courage d'Arkadi Babtchenko."),
            ["Anastasia Becchio"]
        );
        // A noun phrase or a pronoun with no one to stand for is the subject, not the speaker.
        assert!(sources("Les collègues ont salué Arkadi Babtchenko.").is_empty());
        assert!(sources("Il a salué Arkadi Babtchenko.").is_empty());
        // (So is an actor noun with no article: "западные коллеги", "Western colleagues".)
        let names = [("Аркадия Бабченко", PER, "Arkady Babchenko")];
        let sources = |text: &str| {
            in_turn("ru", text, &names, "Anastasia Becchio", 0)
                .events
                .iter()
                .map(|e| e.source.clone().unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sources("Я поблагодарил Аркадия Бабченко."),
            ["Anastasia Becchio"]
        );
        assert!(sources("Западные коллеги поблагодарили Аркадия Бабченко.").is_empty());
    }

    #[test]
    fn the_speaker_of_a_closing_attribution_is_no_side_of_the_act() {
        let d = doc(
            "en",
            "The United Nations sent observers to Bosnia to investigate the incident, a \
             Russian spokesman said.",
            &[
                ("United Nations", EntityType::Org, "United Nations"),
                ("Bosnia", LOC, "Bosnia and Herzegovina"),
            ],
        );
        let got = coded(&d);
        assert!(got.iter().all(|(_, _, t, _)| t != "Russia"), "{got:?}");
    }

    #[test]
    fn an_event_noun_owned_by_an_actor_is_that_actors_act() {
        let names = [
            ("Japan", LOC, "Japan"),
            ("Russia", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        let assaults = |text: &str| {
            coded(&doc("en", text, &names))
                .into_iter()
                .filter(|(k, ..)| k == "assault")
                .map(|(_, s, t, _)| format!("{s} > {t}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            assaults("Japan condemned Russia’s brutal, unprovoked aggression against Ukraine."),
            ["Russia > Ukraine"]
        );
        assert_eq!(
            assaults("Japan is united in its condemnation of Russia’s aggression against Ukraine."),
            ["Russia > Ukraine"]
        );
        // A nationality word alone after a noun of force names the state it falls on.
        assert_eq!(
            assaults("Russia’s occupation of Ukrainian territory is illegal."),
            ["Russia > Ukraine"]
        );
        let ru = doc(
            "ru",
            "Вторжение России в Украину продолжается.",
            &[("России", LOC, "Russia"), ("Украину", LOC, "Ukraine")],
        );
        assert_eq!(
            coded(&ru),
            [("assault".into(), "Russia".into(), "Ukraine".into(), "done")]
        );
    }

    #[test]
    fn the_two_sides_are_the_two_states_the_text_is_about() {
        let names = [
            ("Armenia", LOC, "Armenia"),
            ("Azerbaijan", LOC, "Azerbaijan"),
            ("Iran", LOC, "Iran"),
        ];
        let accusations = |text: &str| {
            let mut got: Vec<String> = coded(&doc("en", text, &names))
                .into_iter()
                .filter(|(k, ..)| k == "accuse")
                .map(|(_, s, t, _)| format!("{s} > {t}"))
                .collect();
            got.sort();
            got
        };
        assert_eq!(
            accusations(
                "Armenia and Azerbaijan resumed talks. Armenia met Azerbaijan in Moscow. Iran \
                 watched. The two sides accused each other of violating the truce."
            ),
            ["Armenia > Azerbaijan", "Azerbaijan > Armenia"]
        );
        // Two states named no more often than a third are no pair.
        assert!(
            accusations(
                "Armenia, Azerbaijan and Iran met. The two sides accused each other of lying."
            )
            .is_empty()
        );
    }

    #[test]
    fn the_two_leaders_are_the_two_persons_the_text_is_about() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Abdelmadjid Tebboune", PER, "Abdelmadjid Tebboune"),
            ("Algérie", LOC, "Algeria"),
            ("France", LOC, "France"),
        ];
        let d = doc(
            "fr",
            "Emmanuel Macron s'est entretenu avec Abdelmadjid Tebboune. La France et \
             l'Algérie coopèrent. Emmanuel Macron a salué Abdelmadjid Tebboune. Les deux \
             présidents ont signé une déclaration commune.",
            &names,
        );
        let signed: Vec<String> = coded(&d)
            .into_iter()
            .filter(|(k, ..)| k == "sign")
            .map(|(_, s, t, _)| format!("{s} > {t}"))
            .collect();
        assert_eq!(signed, ["Emmanuel Macron > Abdelmadjid Tebboune"]);
    }

    #[test]
    fn joined_subjects_intend_towards_the_object_right_after_the_verb() {
        let names = [
            ("Belarus", LOC, "Belarus"),
            ("Bolivia", LOC, "Bolivia"),
            ("BRICS", EntityType::Org, "BRICS"),
        ];
        let mut got = coded(&doc(
            "en",
            "Belarus and Bolivia are willing to join BRICS.",
            &names,
        ));
        got.sort();
        assert_eq!(
            got,
            [
                ("intend".into(), "Belarus".into(), "BRICS".into(), "done"),
                ("intend".into(), "Bolivia".into(), "BRICS".into(), "done")
            ]
        );
        // With no object, they intend towards each other.
        let mut got = coded(&doc(
            "en",
            "Belarus and Bolivia are willing to cooperate.",
            &names,
        ));
        got.sort();
        assert_eq!(
            got,
            [
                ("intend".into(), "Belarus".into(), "Bolivia".into(), "done"),
                ("intend".into(), "Bolivia".into(), "Belarus".into(), "done")
            ]
        );
    }

    #[test]
    fn an_act_without_another_side_is_no_record_but_a_show_of_force_is() {
        let names = [
            ("Barack Obama", PER, "Barack Obama"),
            ("Russia", LOC, "Russia"),
        ];
        let got = coded(&doc(
            "en",
            "Barack Obama visited the old cathedral. Russia held military exercises.",
            &names,
        ));
        let kinds: Vec<&str> = got.iter().map(|(k, ..)| k.as_str()).collect();
        assert!(!kinds.contains(&"visit"), "{got:?}");
        assert!(kinds.contains(&"military_posture"), "{got:?}");
    }

    #[test]
    fn a_name_inside_another_is_part_of_it_not_a_side() {
        let text = "L'accord a été signé entre le Gouvernement de la République française et \
                    le Gouvernement de la République fédérale d'Allemagne.";
        let mut d = with_coded_entities(
            text,
            PartialDate::ymd(2005, 4, 26),
            &[
                (
                    "Gouvernement de la République française",
                    EntityType::Org,
                    "FRAGOV",
                ),
                ("République française", LOC, "FRA"),
                (
                    "Gouvernement de la République fédérale d'Allemagne",
                    EntityType::Org,
                    "DEUGOV",
                ),
                ("République fédérale d'Allemagne", LOC, "DEU"),
            ],
        );
        d.lang = Some("fr".into());
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got: Vec<(String, String, String)> = coded(&d)
            .into_iter()
            .map(|(k, s, t, _)| (k, s, t))
            .collect();
        assert_eq!(
            got,
            [(
                "sign".to_owned(),
                "Gouvernement de la République française".to_owned(),
                "Gouvernement de la République fédérale d'Allemagne".to_owned()
            )]
        );
    }

    #[test]
    fn a_state_after_an_actor_noun_and_in_names_the_side_a_city_stays_a_place() {
        let sources = |text: &str, names: &[(&str, EntityType, &str)]| {
            let mut d = with_coded_entities(text, PartialDate::ymd(2024, 3, 15), names);
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            coded(&d)
                .into_iter()
                .filter(|(k, ..)| k == "accuse")
                .map(|(_, s, t, _)| format!("{s} > {t}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sources(
                "Officials in Ukraine accused Russia of shelling the plant.",
                &[("Ukraine", LOC, "UKR"), ("Russia", LOC, "RUS")]
            ),
            ["Ukraine > Russia"]
        );
        // A city after the same words is where they are, not who they are.
        assert!(
            sources(
                "Officials in Kyiv accused Russia of shelling the plant.",
                &[("Kyiv", LOC, "UKR"), ("Russia", LOC, "RUS")]
            )
            .iter()
            .all(|pair| !pair.starts_with("Kyiv"))
        );
    }

    #[test]
    fn joined_subjects_of_a_meeting_with_another_side_meet_each_of_its_members() {
        let pairs = |lang: &str, text: &str| {
            let mut d = with_coded_entities(
                text,
                PartialDate::ymd(2024, 3, 15),
                &[
                    ("Emmanuel Macron", PER, "FRAGOV"),
                    ("Olaf Scholz", PER, "DEUGOV"),
                    ("Volodymyr Zelensky", PER, "UKRGOV"),
                    ("Maia Sandu", PER, "MDAGOV"),
                ],
            );
            d.lang = Some(lang.into());
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            let mut got: Vec<(String, String)> = coded(&d)
                .into_iter()
                .filter(|(kind, ..)| kind == "meet")
                .map(|(_, s, t, _)| (s, t))
                .collect();
            got.sort();
            got
        };
        let four = |a: &str, b: &str| {
            let mut v = vec![];
            for s in ["Emmanuel Macron", "Olaf Scholz"] {
                for t in [a, b] {
                    v.push((s.to_owned(), t.to_owned()));
                }
            }
            v
        };
        assert_eq!(
            pairs(
                "en",
                "Emmanuel Macron and Olaf Scholz met with Volodymyr Zelensky and Maia Sandu."
            ),
            four("Maia Sandu", "Volodymyr Zelensky")
        );
        assert_eq!(
            pairs(
                "fr",
                "Emmanuel Macron et Olaf Scholz ont rencontré Volodymyr Zelensky et Maia Sandu."
            ),
            four("Maia Sandu", "Volodymyr Zelensky")
        );
        // Without another side, the two subjects meet each other.
        assert_eq!(
            pairs("en", "Emmanuel Macron and Olaf Scholz met in Berlin."),
            [("Emmanuel Macron".to_owned(), "Olaf Scholz".to_owned())]
        );
    }

    /// Sentences, times and events of `d`, read.
    fn read_with_times(d: &mut Document) {
        split_sentences(d);
        crate::times::extract_times(d);
        extract_events(d, chancery_lexicon::actors::builtin());
    }

    #[test]
    fn a_date_between_an_event_noun_and_its_other_side_is_skipped() {
        let mut d = with_coded_entities(
            "John Kerry had a phone call on July 14 with Vladimir Putin.",
            PartialDate::ymd(2021, 7, 15),
            &[
                ("John Kerry", PER, "USAGOV"),
                ("Vladimir Putin", PER, "RUSGOV"),
            ],
        );
        read_with_times(&mut d);
        let got = coded(&d);
        assert!(
            got.iter().any(|(kind, source, target, _)| kind == "meet"
                && source == "John Kerry"
                && target == "Vladimir Putin"),
            "{got:?}"
        );
    }

    #[test]
    fn the_subject_of_a_relative_clause_on_an_event_noun_is_its_doer() {
        let names = [
            ("Joe Biden", PER, "Joe Biden"),
            ("Xi Jinping", PER, "Xi Jinping"),
            ("Russia", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
            ("Palestinians", LOC, "Palestine"),
            ("Israelis", LOC, "Israel"),
        ];
        let got = |lang: &str, text: &str| coded(&doc(lang, text, &names));
        let meet = |a: &str, b: &str| ("meet".to_owned(), a.to_owned(), b.to_owned(), "done");
        assert_eq!(
            got(
                "en",
                "The phone call that Joe Biden had with Xi Jinping was long."
            ),
            [meet("Joe Biden", "Xi Jinping")]
        );
        assert_eq!(
            got(
                "fr",
                "La rencontre qu'ont eue Joe Biden et Xi Jinping était brève."
            ),
            [meet("Joe Biden", "Xi Jinping")]
        );
        assert_eq!(
            got(
                "ru",
                "Встреча, которую Joe Biden провёл с Xi Jinping, длилась час."
            ),
            [meet("Joe Biden", "Xi Jinping")]
        );
        let blockade = got(
            "en",
            "The blockade that Russia has instituted against Ukraine ended.",
        );
        assert!(
            blockade
                .iter()
                .any(|(_, s, t, _)| s == "Russia" && t == "Ukraine"),
            "{blockade:?}"
        );
        // Joined subjects are each other's other side in a joint act only.
        assert!(
            got(
                "en",
                "It summed up the investigations that Palestinians and Israelis had undertaken."
            )
            .is_empty()
        );
    }

    #[test]
    fn goods_given_are_aid_and_a_recipient_between_is_the_target() {
        let names = [
            ("United States", LOC, "United States"),
            ("Union européenne", LOC, "European Union"),
            ("Германия", LOC, "Germany"),
            ("Ukraine", LOC, "Ukraine"),
            ("Украине", LOC, "Ukraine"),
            ("Georgia", LOC, "Georgia"),
            ("Russia", LOC, "Russia"),
            ("Germany", LOC, "Germany"),
            ("Allemagne", LOC, "Germany"),
            ("Leopard", EntityType::Per, "Leopard"),
        ];
        let got = |lang: &str, text: &str| {
            doc(lang, text, &names)
                .events
                .iter()
                .map(|e| {
                    let side = |s: &Option<String>| s.clone().unwrap_or_default();
                    (e.code.clone(), side(&e.source), side(&e.target))
                })
                .collect::<Vec<_>>()
        };
        let aid = |code: &str, a: &str, b: &str| (code.to_owned(), a.to_owned(), b.to_owned());
        assert_eq!(
            got(
                "fr",
                "L'Union européenne a décidé de fournir un million de munitions à l'Ukraine."
            ),
            [aid("072", "European Union", "Ukraine")]
        );
        assert_eq!(
            got("en", "The United States gave Ukraine weapons."),
            [aid("072", "United States", "Ukraine")]
        );
        assert_eq!(
            got("ru", "Германия передала Украине снаряды."),
            [aid("072", "Germany", "Ukraine")]
        );
        // The name of what is given, beside its noun, is no side.
        assert_eq!(
            got("en", "Germany sent Leopard tanks to Ukraine."),
            [aid("072", "Germany", "Ukraine")]
        );
        assert_eq!(
            got("fr", "L'Allemagne a livré des chars Leopard à l'Ukraine."),
            [aid("070", "Germany", "Ukraine")]
        );
        // Goods are given, not imposed; a noun of goods alone is no event; giving up is none.
        assert!(
            !got("en", "Russia imposed an arms embargo on Georgia.")
                .iter()
                .any(|e| e.0 == "072")
        );
        assert!(got("en", "Ukraine has many weapons and Russia knows it.").is_empty());
        assert!(got("en", "Ukraine agreed to give up the weapons.").is_empty());
    }

    #[test]
    fn joined_subjects_of_a_show_of_force_are_one_event() {
        let d = doc(
            "en",
            "Russia and China held joint military exercises.",
            &[("Russia", LOC, "Russia"), ("China", LOC, "China")],
        );
        let got = coded(&d);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_time_between_the_words_of_a_predicate_is_skipped() {
        let text = "Sergueï Lavrov se rendra la semaine prochaine en Chine. Wendy Sherman spoke today with Rui Vinhas.";
        let mut d = with_coded_entities(
            text,
            PartialDate::ymd(2021, 3, 12),
            &[
                ("Sergueï Lavrov", PER, "RUSGOV"),
                ("Chine", LOC, "CHN"),
                ("Wendy Sherman", PER, "USAGOV"),
                ("Rui Vinhas", PER, "PRTGOV"),
            ],
        );
        d.lang = Some("fr".into());
        read_with_times(&mut d);
        let got = coded(&d);
        assert!(
            got.contains(&(
                "visit".into(),
                "Sergueï Lavrov".into(),
                "China".into(),
                "planned"
            )),
            "{got:?}"
        );
        let mut d = with_coded_entities(
            text,
            PartialDate::ymd(2021, 3, 12),
            &[
                ("Wendy Sherman", PER, "USAGOV"),
                ("Rui Vinhas", PER, "PRTGOV"),
            ],
        );
        read_with_times(&mut d);
        let got = coded(&d);
        assert!(
            got.contains(&(
                "meet".into(),
                "Wendy Sherman".into(),
                "Rui Vinhas".into(),
                "done"
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_protest_with_no_other_side_is_aimed_at_the_state_where_it_happens() {
        let mut d = with_coded_entities(
            "Thousands of Albanian students demonstrated in Belgrade on Tuesday.",
            PartialDate::ymd(2019, 3, 14),
            &[("Belgrade", LOC, "SRB")],
        );
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got = coded(&d);
        assert!(
            got.iter().any(|(kind, source, target, _)| kind == "protest"
                && source == "Albania"
                && target == "Serbia"),
            "{got:?}"
        );
    }

    #[test]
    fn a_question_is_not_the_questioners_act() {
        use chancery_model::{Speaker, Turn};
        let q = "Of course, your visit to the region includes the United Arab Emirates. We visited Iran.";
        let a = "We signed a memorandum with the United Arab Emirates last year.";
        let text = format!("{q}\n\n{a}");
        let mut d = with_coded_entities(
            &text,
            PartialDate::ymd(2019, 10, 12),
            &[("United Arab Emirates", LOC, "ARE"), ("Iran", LOC, "IRN")],
        );
        for (name, code) in [("Al Arabiya", None), ("Vladimir Putin", Some("RUSGOV"))] {
            d.speakers.push(Speaker {
                name: name.into(),
                actor: code.map(str::to_owned),
                turns: 1,
                ..Speaker::default()
            });
        }
        d.turns = vec![
            Turn {
                speaker: "Al Arabiya".into(),
                kind: TurnKind::Question,
                span: Span::new(0, q.len()),
                ..Turn::default()
            },
            Turn {
                speaker: "Vladimir Putin".into(),
                kind: TurnKind::Answer,
                span: Span::new(q.len() + 2, text.len()),
                ..Turn::default()
            },
        ];
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got = coded(&d);
        // "your visit" is the answerer's; the questioner's "we visited" is nobody's act.
        assert!(
            got.iter().all(|(_, source, _, _)| source != "Al Arabiya"),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(kind, source, target, _)| kind == "visit"
                && source == "Vladimir Putin"
                && target == "United Arab Emirates"),
            "{got:?}"
        );
    }

    #[test]
    fn a_question_that_opens_with_its_label_is_still_the_questioners() {
        use chancery_model::{Speaker, Turn};
        let q = "Q: We have apologized to China for the map.";
        let a = "A: We have noted it.";
        let text = format!("{q}\n\n{a}");
        let mut d = with_coded_entities(
            &text,
            PartialDate::ymd(2018, 5, 15),
            &[("Japan", LOC, "JPN"), ("China", LOC, "CHN")],
        );
        for name in ["Journalist", "Lu Kang"] {
            d.speakers.push(Speaker {
                name: name.into(),
                turns: 1,
                ..Speaker::default()
            });
        }
        d.turns = vec![
            Turn {
                speaker: "Journalist".into(),
                kind: TurnKind::Question,
                span: Span::new(3, q.len()),
                label: Some(Span::new(0, 2)),
                ..Turn::default()
            },
            Turn {
                speaker: "Lu Kang".into(),
                kind: TurnKind::Answer,
                span: Span::new(q.len() + 5, text.len()),
                label: Some(Span::new(q.len() + 2, q.len() + 4)),
                ..Turn::default()
            },
        ];
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got = coded(&d);
        assert!(got.iter().all(|e| e.1 != "Journalist"), "{got:?}");
    }

    #[test]
    fn a_speech_whose_speaker_is_never_named_speaks_for_the_state_its_first_person_names() {
        let speech = "We in Brazil believe in peace. I am proud that Brazil leads. We know that \
                      Brazil can do more. I thank Ukraine for its support. Only seven countries \
                      voted against: Cuba. ";
        let filler = "We hope. I believe. We act. I know. ";
        let text = format!("{speech}{}", filler.repeat(4));
        let names = [
            ("Brazil", LOC, "BRA"),
            ("Ukraine", LOC, "UKR"),
            ("Cuba", LOC, "CUB"),
        ];
        let mut d = with_coded_entities(&text, PartialDate::ymd(2023, 9, 19), &names);
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        // "I thank…" is Brazil's; a sentence with no first person is nobody's.
        assert_eq!(
            coded(&d),
            [("praise".into(), "Brazil".into(), "Ukraine".into(), "done")]
        );
        // Too few words in the first person: an article, not a speech.
        let mut d = with_coded_entities(speech, PartialDate::ymd(2023, 9, 19), &names);
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        assert!(
            d.events
                .iter()
                .all(|e| e.source.as_deref() != Some("Brazil"))
        );
    }

    #[test]
    fn an_event_noun_a_possessive_owns_is_the_act_of_the_person_the_sentence_names() {
        let names = [
            ("Zelensky", PER, "Volodymyr Zelensky"),
            ("Paris", LOC, "Paris"),
            ("Erdogan", PER, "Recep Tayyip Erdogan"),
            ("Putin", PER, "Vladimir Putin"),
            ("Moscow", LOC, "Moscow"),
        ];
        let d = doc(
            "fr",
            "Lors de sa visite à Paris, le président Zelensky a demandé des armes.",
            &names,
        );
        assert!(
            coded(&d).contains(&(
                "visit".into(),
                "Volodymyr Zelensky".into(),
                "Paris".into(),
                "done"
            )),
            "{:?}",
            coded(&d)
        );
        // Its other side is in its own phrase, not the clause's object.
        let d = doc(
            "en",
            "During his visit to Moscow, Erdogan met Putin.",
            &names,
        );
        assert!(
            coded(&d).contains(&(
                "visit".into(),
                "Recep Tayyip Erdogan".into(),
                "Moscow".into(),
                "done"
            )),
            "{:?}",
            coded(&d)
        );
        assert!(
            !coded(&d)
                .iter()
                .any(|(k, s, ..)| k == "visit" && s == "Vladimir Putin")
        );
        // Not in a negated clause.
        let d = doc(
            "fr",
            "Le président Zelensky n'a pas annulé sa visite à Paris.",
            &names,
        );
        assert!(
            !coded(&d).iter().any(|(k, ..)| k == "visit"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn one_expelled_from_a_state_in_the_passive_was_expelled_by_it() {
        let expelled = [act("coerce", "Poland", "Russia")];
        assert_eq!(
            coded(&doc(
                "en",
                "A Russian diplomat was expelled from Poland.",
                &[("Russian", LOC, "Russia"), ("Poland", LOC, "Poland")],
            )),
            expelled
        );
        assert_eq!(
            coded(&doc(
                "ru",
                "Российский дипломат был выслан из Польши.",
                &[("Российский", LOC, "Russia"), ("Польши", LOC, "Poland")],
            )),
            expelled
        );
        // A single diplomat after a state's adjective stands for it as well as several do.
        for text in [
            "Un diplomate russe a été expulsé de Pologne.",
            "Des diplomates russes ont été expulsés de Pologne.",
        ] {
            assert_eq!(
                coded(&doc("fr", text, &[("Pologne", LOC, "Poland")])),
                expelled,
                "{text}"
            );
        }
    }

    #[test]
    fn a_russian_reception_in_the_passive_is_the_hosts() {
        let d = doc(
            "ru",
            "Реджеп Тайип Эрдоган был принят Владимиром Путиным в Кремле.",
            &[
                ("Реджеп Тайип Эрдоган", PER, "Recep Tayyip Erdogan"),
                ("Владимиром Путиным", PER, "Vladimir Putin"),
            ],
        );
        assert_eq!(
            coded(&d),
            [act("meet", "Vladimir Putin", "Recep Tayyip Erdogan")]
        );
        // An adopted text is no reception.
        let d = doc(
            "ru",
            "Резолюция была принята Генассамблеей ООН.",
            &[(
                "Генассамблеей ООН",
                EntityType::Org,
                "United Nations General Assembly",
            )],
        );
        assert_eq!(coded(&d), []);
    }

    #[test]
    fn a_passive_with_no_agent_names_no_doer() {
        let names = [
            ("Russia", LOC, "RUS"),
            ("Ukraine", LOC, "UKR"),
            ("Poland", LOC, "POL"),
            ("Israel", LOC, "ISR"),
            ("France", LOC, "FRA"),
        ];
        let coded_in = |text: &str| {
            let mut d = with_coded_entities(text, PartialDate::ymd(2024, 3, 15), &names);
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            coded(&d)
        };
        assert_eq!(coded_in("Ukraine was forced to retreat from Poland."), []);
        // With its agent it has one; in the active too.
        assert_eq!(
            coded_in("Ukraine was forced by Russia to retreat."),
            [("coerce".into(), "Russia".into(), "Ukraine".into(), "done")]
        );
        assert_eq!(
            coded_in("Russia forced Ukraine to retreat."),
            [("coerce".into(), "Russia".into(), "Ukraine".into(), "done")]
        );
        // A stance is no passive.
        assert_eq!(
            coded_in("Israel is opposed to France."),
            [("reject".into(), "Israel".into(), "France".into(), "done")]
        );
        // The agents of a criticism in the passive criticise; neither is the other's target.
        let sources: Vec<(String, String)> =
            coded_in("The president is often criticised by Russia and Ukraine for his talks.")
                .into_iter()
                .map(|(_, s, t, _)| (s, t))
                .collect();
        assert!(
            sources.iter().all(|(s, t)| s != "Ukraine" || t != "Russia")
                && sources.iter().all(|(s, t)| s != "Russia" || t != "Ukraine"),
            "{sources:?}"
        );
    }

    #[test]
    fn a_sides_act_upon_its_own_state_is_no_event() {
        let text = "Vladimir Putin threatened Russia. Vladimir Putin threatened Ukraine.";
        let mut d = with_coded_entities(
            text,
            PartialDate::ymd(2024, 6, 25),
            &[
                ("Vladimir Putin", PER, "RUSGOV"),
                ("Russia", LOC, "RUS"),
                ("Ukraine", LOC, "UKR"),
            ],
        );
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let targets: Vec<String> = coded(&d).into_iter().map(|(_, _, t, _)| t).collect();
        assert_eq!(targets, ["Ukraine"], "{:?}", coded(&d));
    }

    #[test]
    fn a_french_meeting_with_its_sides_place_and_date() {
        let d = doc(
            "fr",
            "Sergueï Lavrov s'est entretenu avec Alexandre Loukachenko à Minsk.",
            &[
                ("Sergueï Lavrov", PER, "Sergey Lavrov"),
                ("Alexandre Loukachenko", PER, "Alexander Lukashenko"),
                ("Minsk", LOC, "Minsk"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Sergey Lavrov".into(),
                "Alexander Lukashenko".into(),
                "done"
            )]
        );
        let e = &d.events[0];
        assert_eq!(e.place.as_deref(), Some("Minsk"));
        assert_eq!(e.date.map(|v| v.to_string()).as_deref(), Some("2024-06-25"));
        assert_eq!(e.plover.as_deref(), Some("CONSULT"));
        assert_eq!(e.trigger.slice(&d.text), "entretenu");
    }

    #[test]
    fn an_actor_joined_to_the_first_person_acts_with_the_speaker() {
        let text =
            "Foreign Minister Hayashi and I met this morning. Hayashi and I condemned North Korea.";
        let d = in_turn(
            "en",
            text,
            &[
                ("Hayashi", PER, "Hayashi"),
                ("North Korea", LOC, "North Korea"),
            ],
            "Antony Blinken",
            0,
        );
        let events = coded(&d);
        // A meeting: the partner is the other side; a criticism: both are its sources.
        for e in [
            ("meet", "Antony Blinken", "Hayashi"),
            ("criticize", "Antony Blinken", "North Korea"),
            ("criticize", "Hayashi", "North Korea"),
        ] {
            assert!(
                events.contains(&(e.0.into(), e.1.into(), e.2.into(), "done")),
                "{e:?} in {events:?}"
            );
        }
    }

    #[test]
    fn a_first_person_subject_after_a_phrase_that_names_someone_is_the_speaker() {
        use chancery_model::{Speaker, Turn};
        let text = "Reçue par la Première ministre Ingrida Simonyte, j'ai eu des échanges avec mon homologue Gabrielius Landsbergis. Ingrida Simonyte nous a reçus.";
        let mut d = Document {
            lang: Some("fr".into()),
            text: text.into(),
            published: PartialDate::ymd(2023, 3, 21),
            ..Document::default()
        };
        for name in ["Ingrida Simonyte", "Gabrielius Landsbergis"] {
            d.entities.push(Entity {
                name: name.into(),
                kind: PER,
                mentions: text
                    .match_indices(name)
                    .map(|(i, s)| Span::new(i, i + s.len()))
                    .collect(),
                ..Entity::default()
            });
        }
        d.speakers.push(Speaker {
            name: "Catherine Colonna".into(),
            turns: 1,
            ..Speaker::default()
        });
        d.turns.push(Turn {
            speaker: "Catherine Colonna".into(),
            kind: TurnKind::Statement,
            span: Span::new(0, text.len()),
            ..Turn::default()
        });
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let events = coded(&d);
        assert!(
            events.contains(&(
                "meet".into(),
                "Catherine Colonna".into(),
                "Gabrielius Landsbergis".into(),
                "done"
            )),
            "{events:?}"
        );
        // "X nous a reçus": X did it.
        assert!(
            events
                .iter()
                .all(|e| e.1 != "Catherine Colonna" || e.2 != "Ingrida Simonyte"),
            "{events:?}"
        );
    }

    #[test]
    fn a_subject_after_its_verb_and_a_name_in_quotation_marks() {
        // Russian puts the subject after the verb; a visit's place may stand before it.
        let d = doc(
            "ru",
            "В Москву с официальным визитом прибыл президент Армении Серж Саргсян.",
            &[
                ("Москву", LOC, "Moscow"),
                ("Армении", LOC, "Armenia"),
                ("Серж Саргсян", PER, "Serzh Sargsyan"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "visit".into(),
                "Serzh Sargsyan".into(),
                "Moscow".into(),
                "done"
            )]
        );
        // Not after a passive form, nor in the accusative ("Налбандяна").
        for text in [
            "25 мая была освобождена Надежда Савченко.",
            "Вчера принял делегацию министр Эдвард Налбандяна.",
        ] {
            let d = doc(
                "ru",
                text,
                &[
                    ("Надежда Савченко", PER, "Nadiya Savchenko"),
                    ("Эдвард Налбандяна", PER, "Edward Nalbandyan"),
                ],
            );
            assert!(coded(&d).is_empty(), "{text}: {:?}", coded(&d));
        }
        // Quotation marks around a name are no clause boundary.
        let d = doc(
            "ru",
            "«Газпром» и Белоруссия подписали соглашение.",
            &[
                ("«Газпром»", EntityType::Org, "Gazprom"),
                ("Белоруссия", LOC, "Belarus"),
            ],
        );
        assert_eq!(
            coded(&d),
            [("sign".into(), "Gazprom".into(), "Belarus".into(), "done")]
        );
    }

    #[test]
    fn the_states_whose_leaders_meet_meet_each_other() {
        for (lang, text) in [
            (
                "fr",
                "Une rencontre des présidents de l'Arménie et de l'Azerbaïdjan a eu lieu.",
            ),
            (
                "en",
                "A meeting of the foreign ministers of Armenia and Azerbaijan took place.",
            ),
            (
                "ru",
                "Состоялась встреча президентов Армении и Азербайджана.",
            ),
        ] {
            let d = doc(
                lang,
                text,
                &[
                    ("Arménie", LOC, "Armenia"),
                    ("Azerbaïdjan", LOC, "Azerbaijan"),
                    ("Armenia", LOC, "Armenia"),
                    ("Azerbaijan", LOC, "Azerbaijan"),
                    ("Армении", LOC, "Armenia"),
                    ("Азербайджана", LOC, "Azerbaijan"),
                ],
            );
            assert_eq!(
                coded(&d),
                [("meet".into(), "Armenia".into(), "Azerbaijan".into(), "done")],
                "{text}"
            );
        }
        // "between/among" a list of three: every pair; not a list that runs into the next clause.
        let d = doc(
            "en",
            "The round of negotiations among China, Japan and Korea ended.",
            &[
                ("China", LOC, "China"),
                ("Japan", LOC, "Japan"),
                ("Korea", LOC, "South Korea"),
            ],
        );
        assert_eq!(coded(&d).len(), 3, "{:?}", coded(&d));
        let d = doc(
            "fr",
            "Outre la rencontre entre la France et l'Italie, Espagnols et Portugais négocient.",
            &[
                ("France", LOC, "France"),
                ("Italie", LOC, "Italy"),
                ("Espagnols", LOC, "Spain"),
                ("Portugais", LOC, "Portugal"),
            ],
        );
        let first = |n: &str| ["France", "Italy"].contains(&n);
        assert!(
            coded(&d).iter().all(|e| first(&e.1) == first(&e.2)),
            "{:?}",
            coded(&d)
        );
        // Three states: every pair; the leaders named after the states are the sides.
        let d = doc(
            "ru",
            "Речь идёт о встрече президентов России, Армении и Азербайджана в Казани.",
            &[
                ("России", LOC, "Russia"),
                ("Армении", LOC, "Armenia"),
                ("Азербайджана", LOC, "Azerbaijan"),
            ],
        );
        assert_eq!(coded(&d).len(), 3, "{:?}", coded(&d));
        let d = doc(
            "ru",
            "Состоялась встреча президентов Армении и Азербайджана Сержа Саргсяна и Ильхама Алиева.",
            &[
                ("Армении", LOC, "Armenia"),
                ("Азербайджана", LOC, "Azerbaijan"),
                ("Сержа Саргсяна", PER, "Serzh Sargsyan"),
                ("Ильхама Алиева", PER, "Ilham Aliyev"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Serzh Sargsyan".into(),
                "Ilham Aliyev".into(),
                "done"
            )]
        );
    }

    #[test]
    fn a_light_verb_is_its_event_nouns_verb_and_a_conditional_coercion_a_threat() {
        let eu_russia: &[(&str, EntityType, &str)] = &[
            ("European Union", EntityType::Org, "European Union"),
            ("Union européenne", EntityType::Org, "European Union"),
            ("Евросоюз", EntityType::Org, "European Union"),
            ("Russia", LOC, "Russia"),
            ("Russie", LOC, "Russia"),
            ("России", LOC, "Russia"),
        ];
        for (lang, text) in [
            ("en", "The European Union imposed new sanctions on Russia."),
            (
                "fr",
                "L'Union européenne a imposé des sanctions à la Russie.",
            ),
            ("ru", "Евросоюз ввел санкции против России."),
            // Export controls are sanctions.
            (
                "en",
                "The European Union imposed export controls on Russia.",
            ),
            (
                "fr",
                "L'Union européenne a imposé des contrôles à l'exportation à la Russie.",
            ),
        ] {
            let d = doc(lang, text, eu_russia);
            assert_eq!(
                coded(&d),
                [(
                    "sanction".into(),
                    "European Union".into(),
                    "Russia".into(),
                    "done"
                )],
                "{text}"
            );
        }
        // Without an event noun, a verb that is only light codes nothing.
        let d = doc("ru", "Евросоюз ввел новые правила для России.", eu_russia);
        assert!(coded(&d).is_empty(), "{:?}", coded(&d));
        // Announced on a condition: a threat, made now.
        let d = doc(
            "en",
            "The European Union will impose sanctions on Russia if it moves forward.",
            eu_russia,
        );
        assert_eq!(
            coded(&d),
            [(
                "threaten".into(),
                "European Union".into(),
                "Russia".into(),
                "done"
            )]
        );
    }

    #[test]
    fn a_lack_is_no_act_and_a_clause_joined_by_and_has_its_own_subject() {
        let names = [
            ("Moscou", LOC, "Moscow"),
            ("Damas", LOC, "Damascus"),
            ("Moscow", LOC, "Moscow"),
            ("Damascus", LOC, "Damascus"),
            ("Москва", LOC, "Moscow"),
            ("Дамаска", LOC, "Damascus"),
        ];
        for (lang, text) in [
            ("fr", "Moscou regrette le manque de coopération de Damas."),
            (
                "en",
                "Moscow regrets the lack of cooperation from Damascus.",
            ),
            (
                "ru",
                "Москва сожалеет об отсутствии сотрудничества со стороны Дамаска.",
            ),
        ] {
            let got = coded(&doc(lang, text, &names));
            assert!(got.iter().all(|e| e.0 != "cooperate"), "{text}: {got:?}");
        }
        let names = [
            ("Suisse", LOC, "Switzerland"),
            ("Suède", LOC, "Sweden"),
            ("Allemagne", LOC, "Germany"),
            ("Riyad", LOC, "Riyadh"),
            ("Russia", LOC, "Russia"),
            ("France", LOC, "France"),
            ("Germany", LOC, "Germany"),
        ];
        let got = coded(&doc(
            "fr",
            "La Suisse a imité la Suède, et l'Allemagne a réclamé un embargo contre Riyad.",
            &names,
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].1.as_str(), got[0].2.as_str()),
            ("Germany", "Riyadh")
        );
        // After a subordinating conjunction, the actor it opens with is the subject; a pronoun
        // there stands for the main clause's.
        let got = coded(&doc(
            "fr",
            "La Suisse a rencontré la Suède lorsque l'Allemagne a réclamé un embargo contre Riyad.",
            &names,
        ));
        assert!(
            got.iter().any(|e| e.1 == "Germany" && e.2 == "Riyadh"),
            "{got:?}"
        );
        let got = coded(&doc(
            "fr",
            "La Suisse était gênée lorsqu'elle a réclamé un embargo contre Riyad.",
            &names,
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "Switzerland");
        // A question without its mark is still a question.
        for (lang, text) in [
            ("en", "Did Russia demand an embargo against France —"),
            ("ru", "Требовала ли Россия эмбарго против Франции —"),
        ] {
            let names = [
                ("Russia", LOC, "Russia"),
                ("France", LOC, "France"),
                ("Россия", LOC, "Russia"),
                ("Франции", LOC, "France"),
            ];
            let got = coded(&doc(lang, text, &names));
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // A relative pronoun whose actor is out of reach is not the speaker.
        let text =
            "Je pense que la Suisse est un pays très ancien qui est prêt à soutenir la Suède.";
        let got = coded(&in_turn("fr", text, &names, "Tony Blair", 0));
        assert!(got.iter().all(|e| e.1 != "Tony Blair"), "{got:?}");
        // The words that name an event noun's doer after it.
        for (lang, text) in [
            ("fr", "La Suède subit des attaques de la part de la Suisse."),
            ("ru", "Швеция подвергается атакам со стороны Швейцарии."),
        ] {
            let names = [
                ("Suède", LOC, "Sweden"),
                ("Suisse", LOC, "Switzerland"),
                ("Швеция", LOC, "Sweden"),
                ("Швейцарии", LOC, "Switzerland"),
            ];
            let got = coded(&doc(lang, text, &names));
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].1.as_str(), got[0].2.as_str()),
                ("Switzerland", "Sweden"),
                "{text}"
            );
        }
        // A list is not a clause: each of its members acts.
        let got = coded(&doc(
            "en",
            "Russia, France, and Germany demanded an embargo.",
            &names,
        ));
        assert_eq!(got.len(), 3, "{got:?}");
        // "se livrer à" is the verb of the act that follows, not a delivery.
        let got = coded(&doc(
            "fr",
            "La Suisse se livre à une agression contre la Suède.",
            &names,
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "assault");
        // The name in a turn's label is no side of what the speech says.
        use chancery_model::{Speaker, Turn};
        let text = "M. Jean-Pierre Brard - (Applaudissements) La Suisse se livre à une agression contre la Suède.";
        let mut d = doc(
            "fr",
            text,
            &[
                ("Jean-Pierre Brard", PER, "Jean-Pierre Brard"),
                ("Suisse", LOC, "Switzerland"),
                ("Suède", LOC, "Sweden"),
            ],
        );
        d.speakers.push(Speaker {
            name: "Jean-Pierre Brard".into(),
            turns: 1,
            ..Speaker::default()
        });
        let speech = text.find("(Appl").unwrap_or(0);
        d.turns = vec![Turn {
            speaker: "Jean-Pierre Brard".into(),
            kind: TurnKind::Statement,
            span: Span::new(speech, text.len()),
            label: Some(Span::new(0, speech - 1)),
            ..Turn::default()
        }];
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got = coded(&d);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].1.as_str(), got[0].2.as_str()),
            ("Switzerland", "Sweden")
        );
    }

    #[test]
    fn an_envoy_summoned_is_the_target_of_the_body_that_summoned_them() {
        let names = [
            ("France", LOC, "France"),
            (
                "ministère algérien des Affaires étrangères",
                EntityType::Org,
                "Ministry of Foreign Affairs of Algeria",
            ),
            ("Germany", LOC, "Germany"),
            (
                "Foreign Ministry",
                EntityType::Org,
                "Ministry of Foreign Affairs of Russia",
            ),
            (
                "МИД России",
                EntityType::Org,
                "Ministry of Foreign Affairs of Russia",
            ),
            ("Польши", LOC, "Poland"),
        ];
        let got = |lang: &str, text: &str| coded(&doc(lang, text, &names));
        let summoned =
            |a: &str, b: &str| ("criticize".to_owned(), a.to_owned(), b.to_owned(), "done");
        assert_eq!(
            got(
                "fr",
                "L'ambassadeur de France a été convoqué au ministère algérien des Affaires étrangères."
            ),
            [summoned("Ministry of Foreign Affairs of Algeria", "France")]
        );
        assert_eq!(
            got(
                "en",
                "The envoy of Germany was summoned to the Foreign Ministry."
            ),
            [summoned("Ministry of Foreign Affairs of Russia", "Germany")]
        );
        // (The body before, the envoys after: "в МИД были вызваны послы".)
        assert_eq!(
            got("ru", "В МИД России были вызваны послы Польши."),
            [summoned("Ministry of Foreign Affairs of Russia", "Poland")]
        );
    }

    #[test]
    fn praise_right_before_an_event_noun_is_an_act_upon_it() {
        let names = [
            ("Россия", LOC, "Russia"),
            ("Армении", LOC, "Armenia"),
            ("Азербайджана", LOC, "Azerbaijan"),
        ];
        let d = doc(
            "ru",
            "Россия приветствовала соглашение Армении и Азербайджана.",
            &names,
        );
        let praise = |b: &str| {
            (
                "praise".to_owned(),
                "Russia".to_owned(),
                b.to_owned(),
                "done",
            )
        };
        assert_eq!(coded(&d), [praise("Armenia"), praise("Azerbaijan")]);
    }

    #[test]
    fn cancelling_a_planned_visit_is_done() {
        let names = [
            ("Laurent Fabius", PER, "Laurent Fabius"),
            ("Haiti", LOC, "Haiti"),
        ];
        let d = doc(
            "en",
            "Laurent Fabius cancelled a planned visit to Haiti.",
            &names,
        );
        assert_eq!(
            coded(&d),
            [(
                "sanction".to_owned(),
                "Laurent Fabius".to_owned(),
                "Haiti".to_owned(),
                "done"
            )]
        );
    }

    #[test]
    fn a_place_the_base_knows_but_cannot_code_is_no_target() {
        let names = [("Russia", LOC, "Russia"), ("Crimea", LOC, "Crimea")];
        let kb = chancery_lexicon::actors::builtin();
        let crimea = kb.lookup("Crimea").expect("the base knows Crimea");
        assert!(kb.actors()[crimea].code_on(None).is_none());
        let d = doc("en", "Russia annexed Crimea in 2014.", &names);
        assert!(coded(&d).iter().all(|e| e.2 != "Crimea"), "{:?}", coded(&d));
    }

    #[test]
    fn a_good_part_credited_to_someone_praises_them_but_not_ones_own() {
        let names = [
            ("Le Drian", PER, "Jean-Yves Le Drian"),
            ("l'Arabie saoudite", LOC, "Saudi Arabia"),
            ("L'Algérie", LOC, "Algeria"),
        ];
        let praise = |a: &str, b: &str| ("praise".to_owned(), a.to_owned(), b.to_owned(), "done");
        // The one named after it, praised by the subject that says so.
        let d = doc(
            "fr",
            "Le Drian a souligné le rôle positif joué par l'Arabie saoudite.",
            &names,
        );
        assert_eq!(coded(&d), [praise("Jean-Yves Le Drian", "Saudi Arabia")]);
        // Its subject, praised by the speaker.
        let text = "Le Drian : L'Algérie joue un rôle constructif.";
        let d = in_turn("fr", text, &names, "Jean-Yves Le Drian", 11);
        assert_eq!(coded(&d), [praise("Jean-Yves Le Drian", "Algeria")]);
        // One's own part is no praise.
        let text = "Le Drian : Nous jouons un rôle constructif.";
        let d = in_turn("fr", text, &names, "Jean-Yves Le Drian", 11);
        assert!(coded(&d).iter().all(|e| e.0 != "praise"), "{:?}", coded(&d));
    }

    #[test]
    fn a_nationality_adjective_on_what_a_verbal_act_evaluates_is_its_target() {
        let names = [
            ("France", LOC, "France"),
            ("Франция", LOC, "France"),
            ("Москва", LOC, "Moscow"),
            ("Украине", LOC, "Ukraine"),
        ];
        let got = |lang: &str, text: &str| coded(&doc(lang, text, &names));
        assert_eq!(
            got("fr", "La France a dénoncé la décision américaine."),
            [act("criticize", "France", "United States")]
        );
        assert_eq!(
            got("ru", "Москва отвергла американские обвинения."),
            [act("reject", "Moscow", "United States")]
        );
        // (The doer of the event noun it takes, an adjective between them in Russian.)
        assert_eq!(
            got("ru", "Франция осудила российские удары по Украине."),
            [
                act("criticize", "France", "Russia"),
                act("assault", "Russia", "Ukraine")
            ]
        );
    }

    #[test]
    fn a_nationality_adjective_on_what_a_material_act_takes_is_its_target() {
        let names = [
            ("Turquie", LOC, "Turkey"),
            ("France", LOC, "France"),
            ("Израиль", LOC, "Israel"),
        ];
        let got = |lang: &str, text: &str| coded(&doc(lang, text, &names));
        // (A phrase opened by a word of one letter: "a abattu".)
        assert_eq!(
            got("fr", "La Turquie a abattu un avion russe."),
            [act("assault", "Turkey", "Russia")]
        );
        assert_eq!(
            got("ru", "Израиль нанёс удары по иранским объектам."),
            [act("assault", "Israel", "Iran")]
        );
        // The victim of a material act a criticism takes is not what it is aimed at; the
        // act's doer is.
        for text in [
            "La France a dénoncé l'agression infâme contre le peuple arménien.",
            "La France a condamné les frappes contre des villes ukrainiennes.",
        ] {
            assert_eq!(got("fr", text), [act("statement", "France", "")], "{text}");
        }
        assert_eq!(
            got(
                "fr",
                "La France a condamné l'attaque contre l'Ukraine menée par la Russie."
            ),
            [act("criticize", "France", "Russia")]
        );
        // A noun's victim after its "against", its doer's adjective before; a manner phrase
        // between the criticism and its object.
        assert_eq!(
            got(
                "fr",
                "La France condamne avec la plus grande fermeté les frappes russes contre les \
                 infrastructures civiles ukrainiennes."
            ),
            [
                act("criticize", "France", "Russia"),
                act("assault", "Russia", "Ukraine")
            ]
        );
    }

    #[test]
    fn who_comes_along_on_a_visit_is_no_host() {
        let names = [
            ("Obama", EntityType::Per, "Barack Obama"),
            ("Cuba", LOC, "Cuba"),
            ("John Kerry", EntityType::Per, "John Kerry"),
            ("Путин", EntityType::Per, "Vladimir Putin"),
            ("Пекин", LOC, "Beijing"),
            ("Сергеем Лавровым", EntityType::Per, "Sergey Lavrov"),
            ("Zelensky", EntityType::Per, "Volodymyr Zelensky"),
        ];
        let got = |lang: &str, text: &str| coded(&doc(lang, text, &names));
        assert_eq!(
            got("en", "Obama traveled to Cuba with John Kerry."),
            [act("visit", "Barack Obama", "Cuba")]
        );
        assert_eq!(
            got("ru", "Путин прибыл в Пекин вместе с Сергеем Лавровым."),
            [act("visit", "Vladimir Putin", "Beijing")]
        );
        // (Right after the verb, "with" names whom the visit is with.)
        assert_eq!(
            got("en", "Obama visited with Zelensky."),
            [act("visit", "Barack Obama", "Volodymyr Zelensky")]
        );
    }

    #[test]
    fn a_mediator_before_the_predicate_is_its_source_and_a_recall_goes_from_its_subject() {
        let names = [
            ("Egypt", LOC, "Egypt"),
            ("Israel", LOC, "Israel"),
            ("Hamas", EntityType::Org, "Hamas"),
            ("Russia", LOC, "Russia"),
            ("Latvia", LOC, "Latvia"),
        ];
        let got = |text: &str| coded(&doc("en", text, &names));
        assert_eq!(
            got("Egypt mediated between Israel and Hamas."),
            [
                act("meet", "Egypt", "Israel"),
                act("meet", "Egypt", "Hamas")
            ]
        );
        // So is who offers a mediation between them.
        let names = [
            ("Турция", LOC, "Turkey"),
            ("Россией", LOC, "Russia"),
            ("Украиной", LOC, "Ukraine"),
        ];
        assert_eq!(
            coded(&doc(
                "ru",
                "Турция предложила посредничество между Россией и Украиной.",
                &names
            )),
            [
                act("intend", "Turkey", "Russia"),
                act("intend", "Turkey", "Ukraine")
            ]
        );
        // ("from" after a verb phrase that holds its object names no doer.)
        assert_eq!(
            got("Russia recalled its ambassador from Latvia."),
            [act("sanction", "Russia", "Latvia")]
        );
    }

    #[test]
    fn a_title_alone_as_subject_is_the_person_given_that_title_before() {
        let en = [
            ("Antony J. Blinken", PER, "Antony Blinken"),
            ("Mevlut Cavusoglu", PER, "Mevlut Cavusoglu"),
            ("Turkey", LOC, "Turkey"),
            ("United States", LOC, "United States"),
        ];
        assert_eq!(
            coded(&doc(
                "en",
                "Secretary of State Antony J. Blinken met today with Turkish Foreign Minister \
                 Mevlut Cavusoglu. The Secretary thanked Turkey for its support.",
                &en
            )),
            [
                act("meet", "Antony Blinken", "Mevlut Cavusoglu"),
                act("praise", "Antony Blinken", "Turkey")
            ]
        );
        // (The title set off by commas before the name.)
        let fr = [
            ("Jean-Noël Barrot", PER, "Jean-Noël Barrot"),
            ("Annalena Baerbock", PER, "Annalena Baerbock"),
            ("Allemagne", LOC, "Germany"),
        ];
        assert_eq!(
            coded(&doc(
                "fr",
                "Le ministre des Affaires étrangères, Jean-Noël Barrot, s'est entretenu avec \
                 Annalena Baerbock. Le ministre a remercié l'Allemagne.",
                &fr
            )),
            [
                act("meet", "Jean-Noël Barrot", "Annalena Baerbock"),
                act("praise", "Jean-Noël Barrot", "Germany")
            ]
        );
        let ru = [
            ("Сергей Лавров", PER, "Sergey Lavrov"),
            ("Турцию", LOC, "Turkey"),
        ];
        assert_eq!(
            coded(&doc(
                "ru",
                "Министр иностранных дел России Сергей Лавров выступил на форуме. Министр \
                 поблагодарил Турцию.",
                &ru
            )),
            [
                act("statement", "Sergey Lavrov", ""),
                act("praise", "Sergey Lavrov", "Turkey")
            ]
        );
        // Not someone named after a preposition: the title may be the subject's own, whom the
        // text never names.
        let fr = [
            ("Choguel Maïga", PER, "Choguel Kokalla Maïga"),
            ("Mali", LOC, "Mali"),
        ];
        assert_eq!(
            coded(&doc(
                "fr",
                "Il a eu des entretiens avec son homologue, le Premier ministre Choguel Maïga. Le \
                 Premier ministre a remercié le Mali.",
                &fr
            )),
            []
        );
    }

    #[test]
    fn a_verb_joined_by_and_has_the_doers_of_the_one_before() {
        let names = [
            ("Wendy Sherman", PER, "Wendy Sherman"),
            ("Thijs van der Plas", PER, "Thijs van der Plas"),
            ("Ukraine", LOC, "Ukraine"),
            ("Russia", LOC, "Russia"),
            ("Japan", LOC, "Japan"),
            ("G7", EntityType::Org, "G7"),
        ];
        let got = |text: &str| coded(&doc("en", text, &names));
        assert_eq!(
            got(
                "Wendy Sherman spoke with Thijs van der Plas. They underscored their \
                 support for Ukraine's sovereignty and condemned Russia's attack on Ukraine."
            ),
            [
                act("meet", "Wendy Sherman", "Thijs van der Plas"),
                act("cooperate", "Wendy Sherman", "Ukraine"),
                act("criticize", "Wendy Sherman", "Russia"),
                act("criticize", "Thijs van der Plas", "Russia"),
                act("assault", "Russia", "Ukraine")
            ]
        );
        // (Joined by a comma too; whom the first one takes is no doer of the second.)
        assert_eq!(got("The delegates praised Ukraine, condemned Russia."), []);
        // (Not one that names its own sides after itself.)
        assert_eq!(
            got(
                "Wendy Sherman stressed the need to support Ukraine and to cooperate between \
                 Japan and the G7."
            ),
            [
                act("cooperate", "Wendy Sherman", "Ukraine"),
                act("cooperate", "Japan", "G7")
            ]
        );
    }

    #[test]
    fn the_reason_of_praise_or_blame_is_the_act_of_whom_it_praises_or_blames() {
        let en = [
            ("France", LOC, "France"),
            ("Russia", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        assert_eq!(
            coded(&doc(
                "en",
                "France condemned Russia for its attack on Ukraine.",
                &en
            )),
            [
                act("criticize", "France", "Russia"),
                act("assault", "Russia", "Ukraine")
            ]
        );
        let fr = [
            ("France", LOC, "France"),
            ("Russie", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        assert_eq!(
            coded(&doc(
                "fr",
                "La France a condamné la Russie pour avoir attaqué l'Ukraine.",
                &fr
            )),
            [
                act("criticize", "France", "Russia"),
                act("assault", "Russia", "Ukraine")
            ]
        );
        let ru = [
            ("Франция", LOC, "France"),
            ("Россию", LOC, "Russia"),
            ("Украину", LOC, "Ukraine"),
        ];
        assert_eq!(
            coded(&doc(
                "ru",
                "Франция осудила Россию за нападение на Украину.",
                &ru
            )),
            [
                act("criticize", "France", "Russia"),
                act("assault", "Russia", "Ukraine")
            ]
        );
        // An agent right after an event noun's other side is its doer.
        assert_eq!(
            coded(&doc(
                "en",
                "France spoke about the attack against Ukraine by Russia.",
                &en
            )),
            [act("assault", "Russia", "Ukraine")]
        );
    }

    #[test]
    fn a_russian_subject_after_its_verb_does_what_an_object_before_it_undergoes() {
        let names = [
            ("Россию", LOC, "Russia"),
            ("Нарендра Моди", PER, "Narendra Modi"),
            ("Украину", LOC, "Ukraine"),
            ("Евросоюз", EntityType::Org, "European Union"),
            ("России", LOC, "Russia"),
        ];
        let got = |text: &str| coded(&doc("ru", text, &names));
        assert_eq!(
            got("Россию посетил Нарендра Моди."),
            [act("visit", "Narendra Modi", "Russia")]
        );
        assert_eq!(
            got("Вчера Украину осудил Евросоюз."),
            [act("criticize", "European Union", "Ukraine")]
        );
        // (Not the genitive of a title that is the subject.)
        assert_eq!(
            got("Министр иностранных дел России осудил Евросоюз."),
            [act("criticize", "Sergey Lavrov", "European Union")]
        );
    }

    #[test]
    fn a_few_words_in_quotation_marks_are_words_of_the_clause() {
        let names = [
            ("France", LOC, "France"),
            ("Europe", LOC, "Europe"),
            ("Moscou", LOC, "Moscow"),
            ("Kiev", LOC, "Kyiv"),
        ];
        let got = |text: &str| coded(&doc("fr", text, &names));
        // A word of the complement may be an event noun ("l'annonce"); "puis" joins subjects.
        assert_eq!(
            got(
                "La France puis l'Europe ont exprimé leur « consternation » à l'annonce de la \
                 décision américaine."
            ),
            [
                act("criticize", "France", "United States"),
                act("criticize", "Europe", "United States")
            ]
        );
        assert_eq!(
            got("Moscou a dénoncé une « provocation antirusse » de Kiev."),
            [act("criticize", "Moscow", "Kyiv")]
        );
        // (A quotation of a clause still ends the clause: a criticism of no one named.)
        assert_eq!(
            got("Moscou a dénoncé « une provocation de plus, comme toujours » de Kiev."),
            [act("statement", "Moscow", "")]
        );
    }

    #[test]
    fn a_nationality_adjective_beside_an_event_noun_names_its_doer() {
        let d = doc(
            "fr",
            "La France condamne l'attaque russe contre l'Ukraine.",
            &[("France", LOC, "France"), ("Ukraine", LOC, "Ukraine")],
        );
        assert_eq!(
            coded(&d),
            [
                ("criticize".into(), "France".into(), "Russia".into(), "done"),
                ("assault".into(), "Russia".into(), "Ukraine".into(), "done")
            ]
        );
        let d = doc(
            "en",
            "France condemned the Russian attack on Ukraine.",
            &[("France", LOC, "France"), ("Ukraine", LOC, "Ukraine")],
        );
        assert_eq!(
            coded(&d),
            [
                ("criticize".into(), "France".into(), "Russia".into(), "done"),
                ("assault".into(), "Russia".into(), "Ukraine".into(), "done")
            ]
        );
        let d = doc(
            "ru",
            "Российские удары по Украине продолжаются.",
            &[("Украине", LOC, "Ukraine")],
        );
        assert_eq!(
            coded(&d),
            [("assault".into(), "Russia".into(), "Ukraine".into(), "done")]
        );
        // The doer of a noun further on is not the side of another predicate.
        let d = doc(
            "fr",
            "Nous avons réaffirmé notre soutien à Volodymyr Zelensky pour l'aider à gagner face à l'agression russe.",
            &[("Volodymyr Zelensky", PER, "Volodymyr Zelensky")],
        );
        assert!(coded(&d).iter().all(|e| e.2 != "Russia"), "{:?}", coded(&d));
    }

    #[test]
    fn my_country_is_the_speakers_state() {
        for (lang, text, russia) in [
            (
                "en",
                "My country strongly condemns the aggression of Russia.",
                "Russia",
            ),
            (
                "fr",
                "Mon pays condamne fermement l'agression de la Russie.",
                "Russie",
            ),
            (
                "ru",
                "Наша страна решительно осуждает агрессию России.",
                "России",
            ),
        ] {
            let mut d = unread(lang, text, &[(russia, LOC, "Russia")]);
            d.speakers.push(chancery_model::Speaker {
                name: "Volodymyr Zelensky".into(),
                actor: Some("UKRGOV".into()),
                turns: 1,
                ..chancery_model::Speaker::default()
            });
            d.turns.push(chancery_model::Turn {
                speaker: "Volodymyr Zelensky".into(),
                kind: TurnKind::Statement,
                span: Span::new(0, text.len()),
                ..chancery_model::Turn::default()
            });
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            assert_eq!(
                coded(&d),
                [(
                    "criticize".into(),
                    "Ukraine".into(),
                    "Russia".into(),
                    "done"
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn cooperation_spoken_of_is_no_event_but_support_relied_on_is() {
        let d = doc(
            "ru",
            "Мы много говорили о сотрудничестве между Россией и Францией.",
            &[("Россией", LOC, "Russia"), ("Францией", LOC, "France")],
        );
        assert!(
            !coded(&d).iter().any(|(t, _, _, _)| t == "cooperate"),
            "{:?}",
            coded(&d)
        );
        let d = doc(
            "fr",
            "L'Irak peut compter sur le soutien de la France.",
            &[("Irak", LOC, "Iraq"), ("France", LOC, "France")],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|(t, s, _, _)| t == "cooperate" && s == "France"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_verb_of_giving_before_support_or_aid_is_its_verb() {
        for (lang, text, source, target) in [
            (
                "fr",
                "La France apporte son soutien matériel à l'Ukraine.",
                ("France", "France"),
                ("Ukraine", "Ukraine"),
            ),
            (
                "en",
                "The United States gave its full support to Ukraine.",
                ("United States", "United States"),
                ("Ukraine", "Ukraine"),
            ),
            (
                "ru",
                "Китай оказал поддержку Пакистану.",
                ("Китай", "China"),
                ("Пакистану", "Pakistan"),
            ),
        ] {
            let d = doc(
                lang,
                text,
                &[(source.0, LOC, source.1), (target.0, LOC, target.1)],
            );
            assert_eq!(
                coded(&d),
                [("cooperate".into(), source.1.into(), target.1.into(), "done")],
                "{text}"
            );
        }
    }

    #[test]
    fn a_leaders_regime_is_their_state() {
        let coded_with = |lang: &str, text: &str, leader: &str, us: &str| {
            let mut d = unread(
                lang,
                text,
                &[
                    (leader, PER, "Alexander Lukashenko"),
                    (us, LOC, "United States"),
                ],
            );
            d.entities[0].actor = Some("BLRGOV".into());
            d.entities[1].actor = Some("USA".into());
            split_sentences(&mut d);
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            coded(&d)
        };
        for (lang, text, leader, us) in [
            (
                "en",
                "The United States condemned the Lukashenka regime's attacks on human rights.",
                "Lukashenka",
                "United States",
            ),
            (
                "fr",
                "Les États-Unis ont condamné le régime d'Alexandre Loukachenko.",
                "Alexandre Loukachenko",
                "États-Unis",
            ),
            ("ru", "США осудили режим Лукашенко.", "Лукашенко", "США"),
        ] {
            assert_eq!(
                coded_with(lang, text, leader, us),
                [(
                    "criticize".into(),
                    "United States".into(),
                    "Belarus".into(),
                    "done"
                )],
                "{text}"
            );
        }
        // Not beside such a noun, the person is the target.
        assert_eq!(
            coded_with(
                "en",
                "The United States condemned Lukashenka for the attacks.",
                "Lukashenka",
                "United States"
            ),
            [(
                "criticize".into(),
                "United States".into(),
                "Alexander Lukashenko".into(),
                "done"
            )]
        );
    }

    #[test]
    fn thanks_to_the_efforts_of_someone_is_no_praise() {
        let d = doc(
            "en",
            "Russia resumed talks with Ukraine, thanks to the mediation of France. France thanked Ukraine.",
            &[
                ("France", LOC, "France"),
                ("Russia", LOC, "Russia"),
                ("Ukraine", LOC, "Ukraine"),
            ],
        );
        let got = coded(&d);
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "praise" && s == "Russia")
                && got.contains(&("praise".into(), "France".into(), "Ukraine".into(), "done")),
            "{got:?}"
        );
    }

    #[test]
    fn words_to_a_side_the_base_cannot_code_are_a_bare_statement() {
        let d = doc(
            "en",
            "France called on the Zorbel Widget Institute to publish its accounts.",
            &[
                ("France", LOC, "France"),
                (
                    "Zorbel Widget Institute",
                    EntityType::Org,
                    "Zorbel Widget Institute",
                ),
            ],
        );
        assert_eq!(
            coded(&d),
            [("statement".into(), "France".into(), String::new(), "done")]
        );
    }

    #[test]
    fn a_force_s_doer_in_the_instrumental_is_what_its_criticism_is_aimed_at() {
        let d = doc(
            "ru",
            "Украина осудила обстрел Харькова российскими войсками.",
            &[("Украина", LOC, "Ukraine"), ("Харькова", LOC, "Kharkiv")],
        );
        assert_eq!(coded(&d), [act("criticize", "Ukraine", "Russia")]);
    }

    #[test]
    fn criticism_is_aimed_at_the_doer_of_the_act_it_condemns() {
        let d = doc(
            "fr",
            "Ankara a fermement condamné ce qu'elle a qualifié d'attaque terroriste perpétrée par Israël.",
            &[("Ankara", LOC, "Ankara"), ("Israël", LOC, "Israel")],
        );
        assert_eq!(
            coded(&d),
            [("criticize".into(), "Ankara".into(), "Israel".into(), "done")]
        );
        // No doer named: a bare statement of the critic.
        let d = doc(
            "en",
            "Ankara strongly condemned what it called a terrorist attack.",
            &[("Ankara", LOC, "Ankara")],
        );
        assert_eq!(
            coded(&d),
            [("statement".into(), "Ankara".into(), String::new(), "done")]
        );
        // An adverb (or a time) between the verb and the act it condemns.
        let d = doc(
            "fr",
            "L’Italie a condamné fermement l’agression russe contre l’Ukraine.",
            &[("Italie", LOC, "Italy"), ("Ukraine", LOC, "Ukraine")],
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, g, _)| t == "criticize" && s == "Italy" && g == "Russia"),
            "{got:?}"
        );
        // "est attendu à Paris": to come, whatever the tense.
        let d = doc(
            "fr",
            "Le Premier ministre Narendra Modi est attendu à Paris.",
            &[
                ("Narendra Modi", PER, "Narendra Modi"),
                ("Paris", LOC, "Paris"),
            ],
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, _, m)| t == "visit" && s == "Narendra Modi" && *m == "planned"),
            "{got:?}"
        );
        // What one is accused of is alleged, no act of anyone's.
        let d = doc(
            "en",
            "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.",
            &[("Ukraine", LOC, "Ukraine"), ("Russia", LOC, "Russia")],
        );
        assert_eq!(
            coded(&d),
            [("accuse".into(), "Ukraine".into(), "Russia".into(), "done")]
        );
        // The object where a pattern's "*" stands: "held Israel fully responsible".
        let d = doc(
            "en",
            "Hamas held Israel fully responsible for the attack.",
            &[
                ("Hamas", EntityType::Org, "Hamas"),
                ("Israel", LOC, "Israel"),
            ],
        );
        assert_eq!(
            coded(&d),
            [("accuse".into(), "Hamas".into(), "Israel".into(), "done")]
        );
    }

    #[test]
    fn force_with_no_target_falls_on_the_state_its_clause_places_it_in() {
        let names = [
            ("État islamique", EntityType::Org, "Islamic State"),
            ("Liège", LOC, "Liège"),
            ("Belgique", LOC, "Belgium"),
        ];
        // (With the base's codes, which tell a state.)
        let kb = chancery_lexicon::actors::builtin();
        let mut d = unread(
            "fr",
            "Le groupe État islamique revendique l’attaque terroriste d’hier à Liège en Belgique.",
            &names,
        );
        for e in &mut d.entities {
            e.actor = kb
                .lookup(&e.name)
                .and_then(|i| kb.actors()[i].code_on(d.published))
                .map(str::to_owned);
        }
        split_sentences(&mut d);
        extract_events(&mut d, kb);
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|(t, s, g, _)| t == "assault" && s == "Islamic State" && g == "Belgium"),
            "{got:?}"
        );
        // "claimed responsibility for the attack" is the verb of the attack, no criticism.
        let d = doc(
            "en",
            "Islamic State claimed responsibility for the attack on Belgium.",
            &[
                ("Islamic State", EntityType::Org, "Islamic State"),
                ("Belgium", LOC, "Belgium"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "assault".into(),
                "Islamic State".into(),
                "Belgium".into(),
                "done"
            )]
        );
    }

    #[test]
    fn an_event_noun_a_verbal_act_takes_is_not_its_subjects_act() {
        let names = [
            ("France", LOC, "France"),
            ("ONU", EntityType::Org, "United Nations"),
            ("Russie", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        let d = doc(
            "fr",
            "La France a condamné les attaques contre la mission de l'ONU.",
            &names,
        );
        let got = coded(&d);
        assert!(got.iter().all(|(t, _, _, _)| t != "assault"), "{got:?}");
        // A doer the noun names itself stays its doer.
        let d = doc(
            "fr",
            "La France a condamné l'attaque de la Russie contre l'Ukraine.",
            &names,
        );
        let got = coded(&d);
        assert!(
            got.contains(&("assault".into(), "Russia".into(), "Ukraine".into(), "done")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(t, s, _, _)| t != "assault" || s != "France"),
            "{got:?}"
        );
        // "between" after a verbal act describes its object.
        let names = [
            ("European Union", EntityType::Org, "European Union"),
            ("Serbia", LOC, "Serbia"),
            ("Kosovo", LOC, "Kosovo"),
        ];
        let d = doc(
            "en",
            "The European Union welcomed the agreement between Serbia and Kosovo.",
            &names,
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .all(|(t, s, _, _)| t != "praise" || s == "European Union"),
            "{got:?}"
        );
        // A stem right after its subject (adverbs between) is a verb, whatever its ending.
        let names = [("Germany", LOC, "Germany"), ("Ukraine", LOC, "Ukraine")];
        for text in [
            "Germany supports Ukraine.",
            "Germany strongly supports Ukraine.",
        ] {
            let d = doc("en", text, &names);
            assert_eq!(
                coded(&d),
                [(
                    "cooperate".into(),
                    "Germany".into(),
                    "Ukraine".into(),
                    "done"
                )],
                "{text}"
            );
        }
        // A name before a noun and no object after it is a compound, not a subject and its
        // verb.
        let names = [
            ("Geneva", LOC, "Geneva"),
            ("Kremlin", EntityType::Org, "Kremlin"),
            ("Vladimir Medinsky", PER, "Vladimir Medinsky"),
        ];
        let d = doc(
            "en",
            "For the Geneva talks, the Kremlin reappointed Vladimir Medinsky.",
            &names,
        );
        assert!(
            d.events
                .iter()
                .all(|e| e.source.as_deref() != Some("Geneva")),
            "{:?}",
            coded(&d)
        );
        // The agent of a noun of force is its doer.
        let names = [("Russia", LOC, "Russia"), ("Ukraine", LOC, "Ukraine")];
        let d = doc(
            "en",
            "The invasion of Ukraine by Russia began in 2022.",
            &names,
        );
        assert!(
            coded(&d).contains(&("assault".into(), "Russia".into(), "Ukraine".into(), "done")),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn a_place_or_body_the_actor_base_cannot_code_is_no_target() {
        let names = [
            ("Barack Obama", PER, "Barack Obama"),
            ("Old Havana", LOC, "Old Havana"),
            ("Raul Castro", PER, "Raul Castro"),
        ];
        let d = doc(
            "en",
            "Barack Obama praised Old Havana and praised Raul Castro.",
            &names,
        );
        let got: Vec<(String, String, String, &str)> = coded(&d);
        assert!(
            got.contains(&(
                "praise".into(),
                "Barack Obama".into(),
                "Raul Castro".into(),
                "done"
            )),
            "{got:?}"
        );
        assert!(got.iter().all(|(_, _, t, _)| t != "Old Havana"), "{got:?}");
        assert!(
            d.events
                .iter()
                .all(|e| e.source.as_deref() != Some("Old Havana"))
        );
    }

    #[test]
    fn a_news_outlet_is_spoken_to_and_of_but_takes_no_part_in_acts() {
        let names = [
            ("Catherine Colonna", PER, "FRAGOV"),
            ("Reuters", EntityType::Org, "MED"),
            ("China", LOC, "CHN"),
            ("Lithuania", LOC, "LTU"),
        ];
        let mut d = with_coded_entities(
            "Catherine Colonna met Reuters in Vilnius. China criticized Reuters. \
             Catherine Colonna met the president of Lithuania.",
            None,
            &names,
        );
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let got = coded(&d);
        assert!(
            got.iter()
                .all(|(t, s, o, _)| t != "meet" || (s != "Reuters" && o != "Reuters")),
            "{got:?}"
        );
        assert!(
            got.contains(&("criticize".into(), "China".into(), "Reuters".into(), "done")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(t, _, o, _)| t == "meet" && o == "Lithuania"),
            "{got:?}"
        );
    }

    #[test]
    fn welcoming_people_meets_them_welcoming_a_decision_praises_it() {
        let names = [
            ("Ignazio Cassis", PER, "Ignazio Cassis"),
            ("Ukraine", LOC, "Ukraine"),
        ];
        let d = doc(
            "en",
            "Ignazio Cassis welcomed the delegations from Ukraine.",
            &names,
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Ignazio Cassis".into(),
                "Ukraine".into(),
                "done"
            )]
        );
        let d = doc("en", "Ignazio Cassis welcomed Ukraine's decision.", &names);
        assert_eq!(
            coded(&d),
            [(
                "praise".into(),
                "Ignazio Cassis".into(),
                "Ukraine".into(),
                "done"
            )]
        );
    }

    #[test]
    fn in_a_fronted_clause_the_subject_follows_the_verb() {
        let d = doc(
            "ru",
            "Тем более что США, как заявил Мэтью Брайза, собираются отозвать своего сопредседателя.",
            &[
                ("США", LOC, "United States"),
                ("Мэтью Брайза", PER, "Matthew Bryza"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "statement".into(),
                "Matthew Bryza".into(),
                String::new(),
                "done"
            )]
        );
    }

    #[test]
    fn a_fronted_demand_asks_it_of_the_actor_before_as() {
        let d = doc(
            "fr",
            "La priorité est que les troupes de la Russie se retirent, comme l'a encore demandé l'Assemblée générale.",
            &[
                ("Russie", LOC, "Russia"),
                (
                    "Assemblée générale",
                    EntityType::Org,
                    "United Nations General Assembly",
                ),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "demand".into(),
                "United Nations General Assembly".into(),
                "Russia".into(),
                "done"
            )]
        );
    }

    #[test]
    fn a_word_of_cooperation_before_an_event_noun_qualifies_it() {
        let d = doc(
            "en",
            "The United States imposed coordinated sanctions against Belarus.",
            &[
                ("United States", LOC, "United States"),
                ("Belarus", LOC, "Belarus"),
            ],
        );
        let types: Vec<String> = coded(&d).into_iter().map(|e| e.0).collect();
        assert!(!types.contains(&"cooperate".to_owned()), "{types:?}");
        assert!(types.contains(&"sanction".to_owned()), "{types:?}");
    }

    #[test]
    fn negated_conditional_and_questioned_predicates_are_not_events() {
        for text in [
            "Pachinian ne se rendra pas à Minsk.",
            "Si la Russie attaque l'Ukraine, nous répondrons.",
            "Lavrov a-t-il rencontré Blinken ?",
        ] {
            let d = doc(
                "fr",
                text,
                &[
                    ("Pachinian", PER, "Nikol Pashinyan"),
                    ("Minsk", LOC, "Minsk"),
                    ("Russie", LOC, "Russia"),
                    ("Ukraine", LOC, "Ukraine"),
                    ("Lavrov", PER, "Sergey Lavrov"),
                    ("Blinken", PER, "Antony Blinken"),
                ],
            );
            assert_eq!(coded(&d), [], "{text}");
        }
    }

    #[test]
    fn an_intention_or_a_timetable_makes_an_act_planned() {
        let planned = |lang: &str, text: &str, names: &[(&str, EntityType, &str)]| {
            coded(&doc(lang, text, names))
                .into_iter()
                .map(|(t, _, _, m)| (t, m))
                .collect::<Vec<_>>()
        };
        let visit = || vec![("visit".to_owned(), "planned")];
        let macron = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Chine", LOC, "China"),
        ];
        assert_eq!(
            planned("fr", "Emmanuel Macron entend se rendre en Chine.", &macron),
            visit()
        );
        let putin = [
            ("Владимир Путин", PER, "Vladimir Putin"),
            ("Китай", LOC, "China"),
        ];
        assert_eq!(
            planned("ru", "Владимир Путин собирается посетить Китай.", &putin),
            visit()
        );
        let biden = [("Biden", PER, "Joe Biden"), ("China", LOC, "China")];
        for text in [
            "Biden is due to visit China.",
            "Biden hopes to visit China.",
        ] {
            assert_eq!(planned("en", text, &biden), visit(), "{text}");
        }
        // "due to" alone is a cause, and "I hope that" an appeal made now.
        assert_eq!(
            planned("en", "Biden visited China due to the crisis.", &biden),
            [("visit".to_owned(), "done")]
        );
    }

    #[test]
    fn people_who_undergo_acts_are_their_side_only_as_the_target() {
        let codes = |lang: &str, text: &str, names: &[(&str, EntityType, &str)]| {
            doc(lang, text, names)
                .events
                .iter()
                .filter(|e| e.code != "010")
                .map(|e| {
                    (
                        e.code.clone(),
                        e.source.clone().unwrap_or_default(),
                        e.target.clone().unwrap_or_default(),
                        e.status.as_str(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let event = |code: &str, source: &str, target: &str, status: &'static str| {
            vec![(
                code.to_owned(),
                source.to_owned(),
                target.to_owned(),
                status,
            )]
        };
        fn russia(surface: &str) -> [(&str, EntityType, &str); 1] {
            [(surface, LOC, "Russia")]
        }
        assert_eq!(
            codes(
                "en",
                "Russia released two Ukrainian sailors.",
                &russia("Russia")
            ),
            event("0841", "Russia", "Ukraine", "done")
        );
        // An announced concession is the intention to yield in the same way.
        assert_eq!(
            codes(
                "en",
                "Russia will release the Ukrainian sailors.",
                &russia("Russia")
            ),
            event("0353", "Russia", "Ukraine", "planned")
        );
        assert_eq!(
            codes(
                "ru",
                "Россия освободила украинских моряков.",
                &russia("Россия")
            ),
            event("0841", "Russia", "Ukraine", "done")
        );
        // What is freed must be people: "released a statement" frees no one.
        assert_eq!(
            codes("en", "Russia released a statement.", &russia("Russia")),
            Vec::new()
        );
        // Never a doer, nor a partner.
        let lavrov = [("Sergueï Lavrov", PER, "Sergey Lavrov")];
        assert!(
            codes(
                "fr",
                "Sergueï Lavrov a échangé avec des étudiants lituaniens.",
                &lavrov
            )
            .iter()
            .all(|(_, _, target, _)| target != "Lithuania")
        );
        assert!(
            codes(
                "en",
                "Ukrainian journalists criticised Russia.",
                &russia("Russia")
            )
            .iter()
            .all(|(_, source, _, _)| source != "Ukraine")
        );
    }

    #[test]
    fn an_announced_concession_is_the_intention_to_yield() {
        assert_eq!(intent_code("0874"), "0356");
        assert_eq!(intent_code("085"), "0354");
        assert_eq!(intent_code("0862"), "0355");
        assert_eq!(intent_code("080"), "035");
        let israel = [("Israel", LOC, "Israel"), ("Gaza", LOC, "Gaza Strip")];
        let d = doc("en", "Israel will withdraw its troops from Gaza.", &israel);
        assert!(
            d.events
                .iter()
                .any(|e| e.code == "0356" && e.status.as_str() == "planned"),
            "{:?}",
            d.events
        );
    }

    #[test]
    fn a_ban_or_restrictions_lifted_ease_administrative_sanctions() {
        let sides = [("Sudan", LOC, "Sudan"), ("Egypt", LOC, "Egypt")];
        for text in [
            "Sudan lifted the ban on Egypt.",
            "Sudan eased the restrictions on Egypt.",
        ] {
            let d = doc("en", text, &sides);
            assert!(
                has_coded(&d, "081", "Sudan", "Egypt"),
                "{text}: {:?}",
                d.events
            );
        }
        let sides = [("Россия", LOC, "Russia"), ("Грузии", LOC, "Georgia")];
        let d = doc("ru", "Россия сняла запрет на ввоз вина из Грузии.", &sides);
        assert!(d.events.iter().any(|e| e.code == "081"), "{:?}", d.events);
    }

    #[test]
    fn an_event_whose_occurrence_is_denied_did_not_happen() {
        let en = [
            ("Joe Biden", PER, "Joe Biden"),
            ("Vladimir Putin", PER, "Vladimir Putin"),
        ];
        let fr = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Vladimir Poutine", PER, "Vladimir Putin"),
        ];
        let ru = [
            ("Дональда Трампа", PER, "Donald Trump"),
            ("Владимиром Путиным", PER, "Vladimir Putin"),
        ];
        for (lang, text, names) in [
            (
                "en",
                "The meeting between Joe Biden and Vladimir Putin will not take place.",
                &en[..],
            ),
            (
                "fr",
                "La rencontre entre Emmanuel Macron et Vladimir Poutine n'aura pas lieu.",
                &fr[..],
            ),
            (
                "ru",
                "Встреча Дональда Трампа с Владимиром Путиным не состоится.",
                &ru[..],
            ),
        ] {
            assert_eq!(coded(&doc(lang, text, names)), Vec::new(), "{text}");
        }
        // (Said to occur, it did.)
        let d = doc(
            "en",
            "The meeting between Joe Biden and Vladimir Putin took place.",
            &en,
        );
        assert_eq!(coded(&d).len(), 1, "{:?}", d.events);
    }

    #[test]
    fn compensation_paid_to_a_states_nationals_returns_property_to_that_state() {
        let uganda = |surface: &'static str| [(surface, LOC, "Uganda")];
        for (lang, text, names) in [
            (
                "en",
                "Uganda paid compensation to 67 British nationals.",
                uganda("Uganda"),
            ),
            (
                "fr",
                "L'Ouganda a versé des indemnités à des ressortissants britanniques.",
                uganda("L'Ouganda"),
            ),
            (
                "ru",
                "Уганда выплатила компенсации 67 британским гражданам.",
                uganda("Уганда"),
            ),
        ] {
            let d = doc(lang, text, &names);
            assert!(
                has_coded(&d, "0842", "Uganda", "United Kingdom"),
                "{text}: {:?}",
                d.events
            );
        }
    }

    #[test]
    fn a_states_people_in_the_nominative_after_the_verb_are_its_subject() {
        let macron = [("Эммануэля Макрона", PER, "Emmanuel Macron")];
        for text in [
            "Эммануэля Макрона критикуют украинские руководители.",
            "Эммануэля Макрона раскритиковали украинские власти.",
        ] {
            assert_eq!(
                coded(&doc("ru", text, &macron)),
                [(
                    "criticize".to_owned(),
                    "Ukraine".to_owned(),
                    "Emmanuel Macron".to_owned(),
                    "done"
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn demanding_that_envoys_leave_the_country_expels_them() {
        for (lang, text, state) in [
            (
                "ru",
                "Польша потребовала от российского посла покинуть страну.",
                "Польша",
            ),
            (
                "ru",
                "Польша потребовала от посла России покинуть страну.",
                "Польша",
            ),
            (
                "fr",
                "La Pologne a ordonné à deux diplomates russes de quitter le pays.",
                "La Pologne",
            ),
        ] {
            let names = [(state, LOC, "Poland"), ("России", LOC, "Russia")];
            let d = doc(lang, text, &names);
            assert!(
                has_coded(&d, "174", "Poland", "Russia"),
                "{text}: {:?}",
                d.events
            );
        }
    }

    #[test]
    fn a_protest_lodged_with_a_state_is_an_official_complaint() {
        let sides = [("Serbia", LOC, "Serbia"), ("Albania", LOC, "Albania")];
        let d = doc(
            "en",
            "Serbia lodged an official protest with Albania.",
            &sides,
        );
        assert_eq!(
            coded(&d),
            [(
                "criticize".to_owned(),
                "Serbia".to_owned(),
                "Albania".to_owned(),
                "done"
            )]
        );
        let sides = [("La Serbie", LOC, "Serbia"), ("Albanie", LOC, "Albania")];
        let d = doc(
            "fr",
            "La Serbie a remis une note de protestation à l'Albanie.",
            &sides,
        );
        assert!(d.events.iter().any(|e| e.code == "114"), "{:?}", d.events);
    }

    #[test]
    fn a_counterpart_with_no_name_is_the_person_of_that_state_named_before() {
        let names = |lang: &str| -> Vec<(&str, EntityType, &str)> {
            match lang {
                "ru" => vec![
                    ("Владимира Путина", PER, "Vladimir Putin"),
                    ("Реджепом Тайипом Эрдоганом", PER, "Recep Tayyip Erdogan"),
                    ("Путин", PER, "Vladimir Putin"),
                ],
                _ => vec![
                    ("Blinken", PER, "Antony Blinken"),
                    ("Hakan Fidan", PER, "Hakan Fidan"),
                ],
            }
        };
        let thanked = |lang: &str, text: &str| {
            let mut d = doc(lang, text, &names(lang));
            for e in &mut d.entities {
                e.actor = Some(
                    match e.name.as_str() {
                        "Antony Blinken" => "USAGOV",
                        "Vladimir Putin" => "RUSGOV",
                        _ => "TURGOV",
                    }
                    .into(),
                );
            }
            extract_events(&mut d, chancery_lexicon::actors::builtin());
            coded(&d)
                .into_iter()
                .filter(|(t, ..)| t == "praise")
                .collect::<Vec<_>>()
        };
        assert_eq!(
            thanked(
                "en",
                "Blinken spoke with Hakan Fidan. Blinken thanked his Turkish counterpart for his support."
            ),
            [act("praise", "Antony Blinken", "Hakan Fidan")]
        );
        assert_eq!(
            thanked(
                "ru",
                "Состоялся разговор Владимира Путина с Реджепом Тайипом Эрдоганом. Путин поблагодарил турецкого коллегу за поздравления."
            ),
            [act("praise", "Vladimir Putin", "Recep Tayyip Erdogan")]
        );
        // Named nowhere before: the state.
        assert_eq!(
            thanked(
                "en",
                "Blinken thanked his Turkish counterpart for his support."
            ),
            [act("praise", "Antony Blinken", "Turkey")]
        );
    }

    #[test]
    fn promised_retaliation_brushing_off_providing_and_sentences() {
        assert_eq!(
            coded(&doc(
                "en",
                "Iran vowed to retaliate against Israel for the strike.",
                &[("Iran", LOC, "Iran"), ("Israel", LOC, "Israel")],
            )),
            [act("threaten", "Iran", "Israel")]
        );
        assert_eq!(
            coded(&doc(
                "en",
                "Russia brushed off the warnings of the United States.",
                &[
                    ("Russia", LOC, "Russia"),
                    ("United States", LOC, "United States")
                ],
            )),
            [act("reject", "Russia", "United States")]
        );
        assert_eq!(
            coded(&doc(
                "fr",
                "La France fournit à l'Arménie des radars.",
                &[("France", LOC, "France"), ("Arménie", LOC, "Armenia")],
            )),
            [act("cooperate", "France", "Armenia")]
        );
        // A sentence to prison in the passive, of several words, is the state's where it was
        // passed; "condamné" alone there would be a criticism.
        assert_eq!(
            coded(&doc(
                "fr",
                "Le chercheur Laurent Vinatier a été condamné à trois ans de prison en Russie.",
                &[
                    ("Laurent Vinatier", PER, "Laurent Vinatier"),
                    ("Russie", LOC, "Russia")
                ],
            )),
            [act("coerce", "Russia", "Laurent Vinatier")]
        );
    }

    #[test]
    fn sitting_down_with_someone_and_ordering_diplomats_out() {
        assert_eq!(
            coded(&doc(
                "en",
                "Blinken sat down with Wang Yi in Jakarta.",
                &[
                    ("Blinken", PER, "Antony Blinken"),
                    ("Wang Yi", PER, "Wang Yi")
                ],
            )),
            [act("meet", "Antony Blinken", "Wang Yi")]
        );
        assert_eq!(
            coded(&doc(
                "en",
                "Russia ordered 20 German diplomats to leave the country.",
                &[("Russia", LOC, "Russia"), ("German", LOC, "Germany")],
            )),
            [("coerce".into(), "Russia".into(), "Germany".into(), "done")]
        );
        assert_eq!(
            coded(&doc(
                "ru",
                "Российская сторона направила Латвии ноту протеста.",
                &[("Российская", LOC, "Russia"), ("Латвии", LOC, "Latvia")],
            )),
            [act("criticize", "Russia", "Latvia")]
        );
        assert_eq!(
            coded(&doc(
                "ru",
                "Россия разместила тактическое ядерное оружие на территории Белоруссии.",
                &[("Россия", LOC, "Russia"), ("Белоруссии", LOC, "Belarus")],
            )),
            [(
                "military_posture".into(),
                "Russia".into(),
                "Belarus".into(),
                "done"
            )]
        );
    }

    #[test]
    fn announced_events_are_planned() {
        let d = doc(
            "ru",
            "Генсек НАТО Йенс Столтенберг и президент Украины Петр Порошенко проведут переговоры.",
            &[
                ("Йенс Столтенберг", PER, "Jens Stoltenberg"),
                ("Петр Порошенко", PER, "Petro Poroshenko"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Jens Stoltenberg".into(),
                "Petro Poroshenko".into(),
                "planned"
            )]
        );
    }

    #[test]
    fn a_person_after_a_state_and_a_title_in_a_list_stands_for_them() {
        let d = doc(
            "en",
            "British Prime Minister Keir Starmer and U.S. President Donald Trump spoke by phone.",
            &[
                ("Keir Starmer", PER, "Keir Starmer"),
                ("U.S.", LOC, "United States"),
                ("Donald Trump", PER, "Donald Trump"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Keir Starmer".into(),
                "Donald Trump".into(),
                "done"
            )]
        );
    }

    #[test]
    fn you_in_a_dialogue_of_two_is_the_other_one() {
        let text = "I am very glad to welcome you to Sochi. Thank you.";
        let d = dialogue(
            "en",
            text,
            &[
                ("Vladimir Putin", Span::new(0, 39)),
                ("Recep Tayyip Erdogan", Span::new(40, text.len())),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "praise".into(),
                "Vladimir Putin".into(),
                "Recep Tayyip Erdogan".into(),
                "done"
            )]
        );
    }

    #[test]
    fn a_verbal_act_one_wishes_to_perform_is_performed() {
        for (lang, text) in [
            (
                "fr",
                "Sergueï Lavrov voudrait remercier Antonio Guterres pour son engagement.",
            ),
            (
                "ru",
                "Сергей Лавров хотел бы поблагодарить Антониу Гутерриша за его участие.",
            ),
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let d = doc(
                lang,
                text,
                &[
                    (&words[..2].join(" "), PER, "Sergey Lavrov"),
                    (&words[5..7].join(" "), PER, "António Guterres"),
                ],
            );
            assert_eq!(
                coded(&d),
                [(
                    "praise".into(),
                    "Sergey Lavrov".into(),
                    "António Guterres".into(),
                    "done"
                )],
                "{text}"
            );
        }
        // A meeting one wishes for is only planned, but announced: an intention to meet.
        for (lang, text) in [
            ("en", "Sergey Lavrov would like to meet Antonio Guterres."),
            ("en", "Sergey Lavrov wants to meet Antonio Guterres."),
            ("fr", "Sergey Lavrov souhaite rencontrer Antonio Guterres."),
            ("ru", "Sergey Lavrov хочет встретиться с Antonio Guterres."),
        ] {
            let d = doc(
                lang,
                text,
                &[
                    ("Sergey Lavrov", PER, "Sergey Lavrov"),
                    ("Antonio Guterres", PER, "António Guterres"),
                ],
            );
            assert_eq!(
                coded(&d),
                [(
                    "meet".into(),
                    "Sergey Lavrov".into(),
                    "António Guterres".into(),
                    "planned"
                )],
                "{text}"
            );
        }
        // "I want to thank" thanks; a wished blow is no event.
        let d = doc(
            "en",
            "Sergey Lavrov said: I want to thank Antonio Guterres.",
            &[
                ("Sergey Lavrov", PER, "Sergey Lavrov"),
                ("Antonio Guterres", PER, "António Guterres"),
            ],
        );
        assert!(
            coded(&d).iter().any(|e| e.0 == "praise" && e.3 == "done"),
            "{:?}",
            coded(&d)
        );
        let d = doc(
            "en",
            "Sergey Lavrov wants to attack Antonio Guterres.",
            &[
                ("Sergey Lavrov", PER, "Sergey Lavrov"),
                ("Antonio Guterres", PER, "António Guterres"),
            ],
        );
        assert!(coded(&d).is_empty(), "{:?}", coded(&d));
    }

    #[test]
    fn an_object_relative_after_a_name_stands_for_it() {
        for (lang, text) in [
            (
                "fr",
                "Nous saluons Antonio Guterres, que Sergueï Lavrov remercie pour sa vision.",
            ),
            (
                "en",
                "This is the work of Antonio Guterres, whom Sergey Lavrov thanked for his vision.",
            ),
        ] {
            let lavrov = if lang == "fr" {
                "Sergueï Lavrov"
            } else {
                "Sergey Lavrov"
            };
            let d = doc(
                lang,
                text,
                &[
                    (lavrov, PER, "Sergey Lavrov"),
                    ("Antonio Guterres", PER, "António Guterres"),
                ],
            );
            assert!(
                coded(&d).contains(&(
                    "praise".into(),
                    "Sergey Lavrov".into(),
                    "António Guterres".into(),
                    "done"
                )),
                "{text}: {:?}",
                coded(&d)
            );
        }
    }

    #[test]
    fn a_reported_clause_without_that_has_its_own_subject_and_an_act_continued_is_no_plan() {
        let d = doc(
            "en",
            "Antony Blinken said the United States will continue to support Ukraine.",
            &[
                ("Antony Blinken", PER, "Antony Blinken"),
                ("United States", LOC, "United States"),
                ("Ukraine", LOC, "Ukraine"),
            ],
        );
        let got = coded(&d);
        assert!(
            got.contains(&(
                "cooperate".into(),
                "United States".into(),
                "Ukraine".into(),
                "done"
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|e| e.1 != "Antony Blinken" || e.0 == "statement"),
            "{got:?}"
        );
    }

    #[test]
    fn the_other_side_of_talks_opens_the_with_phrase() {
        let names = [
            ("Yoshimasa Hayashi", PER, "Yoshimasa Hayashi"),
            ("G7", EntityType::Org, "G7"),
            ("Antony Blinken", PER, "Antony Blinken"),
        ];
        let far = "Yoshimasa Hayashi discussed these issues with likeminded countries that \
                   are partners, taking every occasion such as the G7.";
        assert!(
            coded(&doc("en", far, &names)).is_empty(),
            "{:?}",
            coded(&doc("en", far, &names))
        );
        let near =
            "Yoshimasa Hayashi discussed these issues with Secretary of State Antony Blinken.";
        assert_eq!(
            coded(&doc("en", near, &names)),
            [(
                "meet".into(),
                "Yoshimasa Hayashi".into(),
                "Antony Blinken".into(),
                "done"
            )]
        );
    }

    #[test]
    fn a_russian_side_in_an_oblique_case_is_its_state() {
        let text = "Ранее Киев обратился к российской стороне с просьбой передать на родину \
                    четверых украинцев: Олега Сенцова и Александра Кольченко.";
        let d = doc(
            "ru",
            text,
            &[
                ("Киев", LOC, "Kyiv"),
                ("Олега Сенцова", PER, "Oleg Sentsov"),
                ("Александра Кольченко", PER, "Alexander Kolchenko"),
            ],
        );
        assert_eq!(
            coded(&d),
            [("appeal".into(), "Kyiv".into(), "Russia".into(), "done")]
        );
    }

    #[test]
    fn a_visit_in_an_opening_phrase_is_the_subjects() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Turquie", LOC, "Turkey"),
            ("Turkey", LOC, "Turkey"),
            ("Турции", LOC, "Turkey"),
        ];
        let visit = || {
            (
                "visit".to_owned(),
                "Emmanuel Macron".to_owned(),
                "Turkey".to_owned(),
                "done",
            )
        };
        for (lang, text) in [
            (
                "fr",
                "En visite officielle en Turquie, le président Emmanuel Macron a salué les étudiants.",
            ),
            (
                "en",
                "On a visit to Turkey, President Emmanuel Macron spoke to students.",
            ),
            (
                "ru",
                "Находясь с визитом в Турции, Emmanuel Macron выступил перед студентами.",
            ),
        ] {
            let got = coded(&doc(lang, text, &names));
            assert!(got.contains(&visit()), "{text}: {got:?}");
        }
    }

    #[test]
    fn we_meeting_no_one_named_in_a_dialogue_of_two_are_the_two() {
        // ("Our meeting": a meeting "our" owns is theirs too.)
        for (lang, text, next) in [
            (
                "ru",
                "В этом году мы встречались уже несколько раз. Спасибо.",
                " Спасибо",
            ),
            (
                "en",
                "Our meeting today was very productive. Thank you.",
                " Thank",
            ),
        ] {
            let first = text.find(next).unwrap();
            let d = dialogue(
                lang,
                text,
                &[
                    ("Vladimir Putin", Span::new(0, first)),
                    ("Jacques Chirac", Span::new(first + 1, text.len())),
                ],
            );
            assert_eq!(
                coded(&d),
                [(
                    "meet".into(),
                    "Vladimir Putin".into(),
                    "Jacques Chirac".into(),
                    "done"
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn an_impersonal_need_about_others_is_the_speakers_demand() {
        let text = "Il est impératif que le Conseil de sécurité soit réformé.";
        let d = in_turn(
            "fr",
            text,
            &[(
                "Conseil de sécurité",
                EntityType::Org,
                "United Nations Security Council",
            )],
            "Bassirou Diomaye Faye",
            0,
        );
        assert_eq!(
            coded(&d),
            [(
                "demand".into(),
                "Bassirou Diomaye Faye".into(),
                "United Nations Security Council".into(),
                "done"
            )]
        );
    }

    #[test]
    fn a_turn_that_opens_inside_the_sentence_gives_its_speaker() {
        let text = "MR MILLER: We continue to call on Iran to free them.";
        let d = in_turn(
            "en",
            text,
            &[("Iran", LOC, "Iran")],
            "Matthew Miller",
            "MR MILLER: ".len(),
        );
        assert_eq!(
            coded(&d),
            [(
                "appeal".into(),
                "Matthew Miller".into(),
                "Iran".into(),
                "done"
            )]
        );
    }

    #[test]
    fn the_dateline_names_no_actor_but_the_place() {
        let text =
            "ABU DHABI, Feb 5 (Reuters) - Russia condemned the strikes by Ukraine, officials said.";
        let mut d = doc(
            "en",
            text,
            &[
                ("ABU DHABI", LOC, "Abu Dhabi"),
                ("Russia", LOC, "Russia"),
                ("Ukraine", LOC, "Ukraine"),
            ],
        );
        d.dateline = Some(Span::new(0, "ABU DHABI, Feb 5 (Reuters)".len()));
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        assert!(
            d.events
                .iter()
                .all(|e| e.source.as_deref() != Some("Abu Dhabi"))
        );
        let condemned = d.events.iter().find(|e| e.code.starts_with("11")).unwrap();
        assert_eq!(condemned.source.as_deref(), Some("Russia"));
        assert_eq!(condemned.place.as_deref(), Some("Abu Dhabi"));
    }

    #[test]
    fn a_host_verb_needs_a_guest() {
        // "принял" hosts a person taken first, a time expression between; a decision is no
        // guest.
        let mut d = Document {
            lang: Some("ru".into()),
            text: "Путин принял в четверг премьер-министра Японии Синдзо Абэ. Правительство приняло решение.".into(),
            published: PartialDate::ymd(2024, 6, 25),
            ..Document::default()
        };
        for (surface, kind, name) in [
            ("Путин", PER, "Vladimir Putin"),
            ("Японии", LOC, "Japan"),
            ("Синдзо Абэ", PER, "Shinzo Abe"),
        ] {
            let at = d.text.find(surface).unwrap();
            d.entities.push(Entity {
                name: name.into(),
                kind,
                mentions: vec![Span::new(at, at + surface.len())],
                ..Entity::default()
            });
        }
        let at = d.text.find("четверг").unwrap();
        d.times.push(chancery_model::TimeExpr {
            span: Span::new(at, at + "четверг".len()),
            ..chancery_model::TimeExpr::default()
        });
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        assert_eq!(
            coded(&d),
            // (A person received by a person: the two meet.)
            [(
                "meet".into(),
                "Vladimir Putin".into(),
                "Shinzo Abe".into(),
                "done"
            )]
        );
        // A place between the verb and its guest, and words before an actor noun.
        let d = doc(
            "ru",
            "Путин принял в Сочи своего коллегу Синдзо Абэ.",
            &[
                ("Путин", PER, "Vladimir Putin"),
                ("Сочи", LOC, "Sochi"),
                ("Синдзо Абэ", PER, "Shinzo Abe"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Vladimir Putin".into(),
                "Shinzo Abe".into(),
                "done"
            )]
        );
    }

    #[test]
    fn compound_adjectives_and_passives_name_the_sides() {
        let d = doc("ru", "Состоялись российско-белорусские переговоры.", &[]);
        assert_eq!(
            coded(&d),
            [("meet".into(), "Russia".into(), "Belarus".into(), "done")]
        );
        // Two adjectives joined after a plural noun name two sides.
        let d = doc(
            "fr",
            "Les délégations russe et ukrainienne se sont rencontrées à Istanbul.",
            &[],
        );
        assert_eq!(
            coded(&d),
            [("meet".into(), "Russia".into(), "Ukraine".into(), "done")]
        );
        let d = doc(
            "en",
            "Ukraine was attacked by Russia overnight.",
            &[("Ukraine", LOC, "Ukraine"), ("Russia", LOC, "Russia")],
        );
        assert_eq!(
            coded(&d),
            [("assault".into(), "Russia".into(), "Ukraine".into(), "done")]
        );
        // An article between the agent word and the agent; two agents of a joint act.
        let d = doc(
            "fr",
            "Le Mali a été reçu par la France.",
            &[("Mali", LOC, "Mali"), ("France", LOC, "France")],
        );
        // Hosting (043) is the guest's visit (042) too, one real-world event.
        assert_eq!(
            coded(&d),
            [
                ("visit".into(), "France".into(), "Mali".into(), "done"),
                ("visit".into(), "Mali".into(), "France".into(), "done")
            ]
        );
        assert_eq!(
            d.events.iter().map(|e| e.code.as_str()).collect::<Vec<_>>(),
            ["043", "042"]
        );
        assert_eq!(d.events[0].id, d.events[1].id);
        let d = doc(
            "fr",
            "Le ministre a évoqué l'accord signé par l'Arabie saoudite et l'Iran.",
            &[
                ("Arabie saoudite", LOC, "Saudi Arabia"),
                ("Iran", LOC, "Iran"),
            ],
        );
        assert_eq!(
            coded(&d),
            [("sign".into(), "Saudi Arabia".into(), "Iran".into(), "done")]
        );
    }

    #[test]
    fn an_event_nouns_doer_follows_it_in_the_genitive() {
        let d = doc(
            "fr",
            "La France a salué les sanctions de l'Union européenne contre la Russie.",
            &[
                ("La France", LOC, "France"),
                ("l'Union européenne", EntityType::Org, "European Union"),
                ("la Russie", LOC, "Russia"),
            ],
        );
        let c = coded(&d);
        assert!(
            c.contains(&(
                "sanction".into(),
                "European Union".into(),
                "Russia".into(),
                "done"
            )),
            "{c:?}"
        );
        let d = doc(
            "ru",
            "Санкции ЕС против России вступили в силу.",
            &[
                ("ЕС", EntityType::Org, "European Union"),
                ("России", LOC, "Russia"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "sanction".into(),
                "European Union".into(),
                "Russia".into(),
                "done"
            )]
        );
        // Words: "de" names what is condemned, not who condemns.
        let d = doc(
            "fr",
            "Les critiques de la Russie se multiplient.",
            &[("la Russie", LOC, "Russia")],
        );
        assert_eq!(coded(&d), []);
    }

    #[test]
    fn what_is_discussed_is_a_topic_and_a_visit_is_to_the_state() {
        let d = doc(
            "en",
            "Angela Merkel discussed Libya. Angela Merkel discussed Libya with Barack Obama.",
            &[
                ("Angela Merkel", PER, "Angela Merkel"),
                ("Libya", LOC, "Libya"),
                ("Barack Obama", PER, "Barack Obama"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "meet".into(),
                "Angela Merkel".into(),
                "Barack Obama".into(),
                "done"
            )]
        );
        let mut d = with_coded_entities(
            "Vladimir Putin travelled to Minsk.",
            PartialDate::ymd(2024, 5, 23),
            &[("Vladimir Putin", PER, "RUSGOV"), ("Minsk", LOC, "BLR")],
        );
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        assert_eq!(
            coded(&d),
            [(
                "visit".into(),
                "Vladimir Putin".into(),
                "Belarus".into(),
                "done"
            )]
        );
    }

    #[test]
    fn listed_actors_each_get_the_event() {
        let d = doc(
            "en",
            "Belarus, Bolivia and Cuba have asked Russia for help.",
            &[
                ("Belarus", LOC, "Belarus"),
                ("Bolivia", LOC, "Bolivia"),
                ("Cuba", LOC, "Cuba"),
                ("Russia", LOC, "Russia"),
            ],
        );
        let sources: Vec<String> = coded(&d).into_iter().map(|e| e.1).collect();
        assert_eq!(sources, ["Belarus", "Bolivia", "Cuba"]);
        assert!(
            d.events
                .iter()
                .all(|e| e.target.as_deref() == Some("Russia"))
        );
    }

    /// The events of an English `text` that is all one turn of Antony Blinken's ("I", "we").
    fn coded_in_turn(
        text: &str,
        names: &[(&str, EntityType, &str)],
    ) -> Vec<(String, String, String, &'static str)> {
        let mut d = unread("en", text, names);
        d.turns.push(chancery_model::Turn {
            speaker: "Antony Blinken".into(),
            span: Span::new(0, text.len()),
            ..chancery_model::Turn::default()
        });
        split_sentences(&mut d);
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        coded(&d)
    }

    #[test]
    fn a_partner_joined_to_me_is_on_my_side_when_the_act_takes_a_person() {
        let raimondo = ("Gina Raimondo", PER, "Gina Raimondo");
        let hayashi = ("Yoshimasa Hayashi", PER, "Yoshimasa Hayashi");
        let got = coded_in_turn(
            "Gina Raimondo and I met Foreign Minister Yoshimasa Hayashi today.",
            &[raimondo, hayashi],
        );
        assert!(
            got.iter().all(|e| e.2 == "Yoshimasa Hayashi") && got.len() == 2,
            "{got:?}"
        );
        let got = coded_in_turn(
            "Gina Raimondo and I were glad to welcome our colleagues to Washington.",
            &[raimondo, ("Washington", LOC, "Washington")],
        );
        assert!(got.is_empty(), "{got:?}");
        // With no one else, the two of us met.
        let got = coded_in_turn("Gina Raimondo and I met today.", &[raimondo]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "Gina Raimondo");
    }

    #[test]
    fn the_actor_of_a_comparison_after_the_subject_does_the_act_too() {
        for (lang, text) in [
            (
                "fr",
                "C'est pourquoi la France, comme la Lituanie, apporte son soutien à l'Ukraine.",
            ),
            ("ru", "Франция, как и Литва, поддерживает Украину."),
        ] {
            let d = doc(
                lang,
                text,
                &[
                    ("France", LOC, "France"),
                    ("Lituanie", LOC, "Lithuania"),
                    ("Литва", LOC, "Lithuania"),
                    ("Франция", LOC, "France"),
                    ("Ukraine", LOC, "Ukraine"),
                    ("Украину", LOC, "Ukraine"),
                ],
            );
            let mut pairs: Vec<(String, String)> =
                coded(&d).into_iter().map(|e| (e.1, e.2)).collect();
            pairs.sort();
            assert_eq!(
                pairs,
                [
                    ("France".to_owned(), "Ukraine".to_owned()),
                    ("Lithuania".to_owned(), "Ukraine".to_owned())
                ],
                "{lang}"
            );
        }
    }

    #[test]
    fn the_two_countries_that_held_talks_are_the_two_named_before() {
        let d = doc(
            "en",
            "Russia and Belarus disagree on the price of gas. Russia accused Belarus of \
             stealing gas. The two countries held talks in Minsk.",
            &[
                ("Russia", LOC, "Russia"),
                ("Belarus", LOC, "Belarus"),
                ("Minsk", LOC, "Minsk"),
            ],
        );
        let got = coded(&d);
        assert!(
            got.iter()
                .any(|e| e.0 == "meet" && e.1 == "Russia" && e.2 == "Belarus"),
            "{got:?}"
        );
    }

    #[test]
    fn a_series_of_verbs_shares_its_subject_not_an_object() {
        let events = coded_in_turn(
            "We will continue to stand with Ukraine, impose costs on Russia until it ends its aggression.",
            &[("Ukraine", LOC, "Ukraine"), ("Russia", LOC, "Russia")],
        );
        assert!(events.iter().all(|e| e.1 == "Antony Blinken"), "{events:?}");
        assert!(events.iter().any(|e| e.2 == "Russia"), "{events:?}");
    }

    #[test]
    fn we_after_a_reporting_verb_and_a_colon_is_its_subject() {
        for (lang, text) in [
            (
                "fr",
                "Emmanuel Macron l'a dit : nous soutiendrons l'Ukraine.",
            ),
            ("en", "Emmanuel Macron said: we will support Ukraine."),
        ] {
            let d = doc(
                lang,
                text,
                &[
                    ("Emmanuel Macron", PER, "Emmanuel Macron"),
                    ("Ukraine", LOC, "Ukraine"),
                ],
            );
            let events = coded(&d);
            assert!(
                events
                    .iter()
                    .any(|e| e.0 == "intend" && e.1 == "Emmanuel Macron" && e.2 == "Ukraine"),
                "{events:?}"
            );
        }
    }

    #[test]
    fn joined_subjects_meet_a_titled_person_not_each_other() {
        let d = doc(
            "en",
            "Antony Blinken and Gina Raimondo hosted Foreign Minister Yoshimasa Hayashi.",
            &[
                ("Antony Blinken", PER, "Antony Blinken"),
                ("Gina Raimondo", PER, "Gina Raimondo"),
                ("Yoshimasa Hayashi", PER, "Yoshimasa Hayashi"),
            ],
        );
        let pairs: Vec<(String, String)> = coded(&d).into_iter().map(|e| (e.1, e.2)).collect();
        assert_eq!(
            pairs,
            [
                ("Antony Blinken".to_owned(), "Yoshimasa Hayashi".to_owned()),
                ("Gina Raimondo".to_owned(), "Yoshimasa Hayashi".to_owned())
            ]
        );
        // With no other side, the two meet each other.
        let d = doc(
            "en",
            "Antony Blinken and Gina Raimondo met in Washington.",
            &[
                ("Antony Blinken", PER, "Antony Blinken"),
                ("Gina Raimondo", PER, "Gina Raimondo"),
                ("Washington", LOC, "Washington"),
            ],
        );
        let pairs: Vec<(String, String)> = coded(&d).into_iter().map(|e| (e.1, e.2)).collect();
        assert_eq!(
            pairs,
            [("Antony Blinken".to_owned(), "Gina Raimondo".to_owned())]
        );
    }

    #[test]
    fn object_pronouns_stand_for_a_person_named_before() {
        let d = doc(
            "en",
            "Joe Biden met Volodymyr Zelensky. Biden thanked him for his courage.",
            &[
                ("Joe Biden", PER, "Joe Biden"),
                ("Volodymyr Zelensky", PER, "Volodymyr Zelensky"),
                ("Biden", PER, "Joe Biden"),
            ],
        );
        assert!(
            coded(&d).contains(&(
                "praise".into(),
                "Joe Biden".into(),
                "Volodymyr Zelensky".into(),
                "done"
            )),
            "{:?}",
            coded(&d)
        );
        // ("praised her courage": a possessive, no object.)
        let d = doc(
            "en",
            "Kamala Harris met Olaf Scholz. Harris praised her courage.",
            &[
                ("Kamala Harris", PER, "Kamala Harris"),
                ("Olaf Scholz", PER, "Olaf Scholz"),
                ("Harris", PER, "Kamala Harris"),
            ],
        );
        assert!(coded(&d).iter().all(|e| e.0 != "praise"), "{:?}", coded(&d));
        let d = doc(
            "fr",
            "Londres menace Julian Assange. L'Équateur lui a donc accordé l'asile politique.",
            &[
                ("Londres", LOC, "London"),
                ("Julian Assange", PER, "Julian Assange"),
                ("Équateur", LOC, "Ecuador"),
            ],
        );
        assert!(
            coded(&d).contains(&(
                "cooperate".into(),
                "Ecuador".into(),
                "Julian Assange".into(),
                "done"
            )),
            "{:?}",
            coded(&d)
        );
        let d = doc(
            "ru",
            "Путин встретился с Лукашенко. Путин поблагодарил его за поддержку.",
            &[
                ("Путин", PER, "Vladimir Putin"),
                ("Лукашенко", PER, "Alexander Lukashenko"),
            ],
        );
        assert!(
            coded(&d).contains(&(
                "praise".into(),
                "Vladimir Putin".into(),
                "Alexander Lukashenko".into(),
                "done"
            )),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn nationality_words_verb_forms_and_obligations() {
        let d = doc(
            "en",
            "Sudanese rebels attacked Juba.",
            &[("Juba", LOC, "Juba")],
        );
        assert_eq!(
            coded(&d),
            [("assault".into(), "Sudan".into(), "Juba".into(), "done")]
        );
        // A protest its protesters are named doing needs no target.
        let d = doc(
            "en",
            "Iraqi Kurds demonstrated in Kirkuk, calling for independence from Iraq.",
            &[("Kirkuk", LOC, "Kirkuk"), ("Iraq", LOC, "Iraq")],
        );
        assert!(
            coded(&d).contains(&("protest".into(), "Iraq".into(), String::new(), "done")),
            "{:?}",
            coded(&d)
        );
        let d = doc(
            "en",
            "Taiwan visited Russia today.",
            &[("Taiwan", LOC, "Taiwan"), ("Russia", LOC, "Russia")],
        );
        assert_eq!(
            coded(&d),
            [("visit".into(), "Taiwan".into(), "Russia".into(), "done")]
        );
        let d = doc(
            "en",
            "Russia said on Tuesday that Sudan must return the helicopter.",
            &[("Russia", LOC, "Russia"), ("Sudan", LOC, "Sudan")],
        );
        assert_eq!(
            coded(&d),
            [("demand".into(), "Russia".into(), "Sudan".into(), "done")]
        );
        // French and Russian obligations need a clause that states them; a visit that follows
        // is planned, not demanded.
        let d = doc(
            "fr",
            "Le Drian a estimé que la Russie doit retirer ses troupes.",
            &[
                ("Le Drian", PER, "Jean-Yves Le Drian"),
                ("Russie", LOC, "Russia"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "demand".into(),
                "Jean-Yves Le Drian".into(),
                "Russia".into(),
                "done"
            )]
        );
        let d = doc(
            "fr",
            "Le président Macron doit se rendre à Moscou la semaine prochaine.",
            &[
                ("Macron", PER, "Emmanuel Macron"),
                ("Moscou", LOC, "Moscow"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "visit".into(),
                "Emmanuel Macron".into(),
                "Moscow".into(),
                "planned"
            )]
        );
        let d = doc(
            "ru",
            "Лавров заявил, что США должны прекратить поставки оружия.",
            &[
                ("Лавров", PER, "Sergey Lavrov"),
                ("США", LOC, "United States"),
            ],
        );
        assert_eq!(
            coded(&d),
            [(
                "demand".into(),
                "Sergey Lavrov".into(),
                "United States".into(),
                "done"
            )]
        );
        // A nationality word qualifying a thing is no side of an obligation.
        let d = doc(
            "en",
            "Russia said that the Libyan issue must be resolved through political means.",
            &[("Russia", LOC, "Russia")],
        );
        assert!(coded(&d).iter().all(|e| e.0 != "demand"), "{:?}", coded(&d));
        // (One statement of Russia's, not a second one on nothing for the obligation.)
        assert_eq!(coded(&d).len(), 1, "{:?}", coded(&d));
        // One qualifying the actor noun it is read with is the state's side.
        let d = doc(
            "en",
            "Russia said the Sudanese government must return the helicopter.",
            &[("Russia", LOC, "Russia")],
        );
        assert!(
            coded(&d)
                .iter()
                .any(|e| e.0 == "demand" && e.1 == "Russia" && e.2 == "Sudan"),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn reported_speech_keeps_the_reporter_statement() {
        // Someone else's act reported keeps the reporter's statement.
        let d = doc(
            "en",
            "France said that Russia condemned Ukraine.",
            &[
                ("France", LOC, "France"),
                ("Russia", LOC, "Russia"),
                ("Ukraine", LOC, "Ukraine"),
            ],
        );
        let c = coded(&d);
        assert!(
            c.iter().any(|e| e.1 == "France" && e.0 == "statement"),
            "{c:?}"
        );
        assert!(
            c.iter().any(|e| e.1 == "Russia" && e.2 == "Ukraine"),
            "{c:?}"
        );
    }

    #[test]
    fn same_event_same_id_in_either_order() {
        let a = Side {
            name: "Sergey Lavrov".into(),
            actor: Some("RUSGOV".into()),
            ..Side::default()
        };
        let b = Side {
            name: "Alexander Lukashenko".into(),
            actor: Some("BLRGOV".into()),
            ..Side::default()
        };
        let d = PartialDate::ymd(2024, 6, 25).map(TimeValue::Point);
        assert_eq!(
            event_id("040", &a, Some(&b), d),
            event_id("040", &b, Some(&a), d)
        );
        assert_ne!(
            event_id("111", &a, Some(&b), d),
            event_id("111", &b, Some(&a), d)
        );
    }

    #[test]
    fn an_office_named_in_an_oblique_case_is_its_holder_and_no_subject() {
        // "Генеральному секретарю НАТО" (dative): the holder on the document's date, what is
        // done to, not the doer; "Президенту Франции" is France's president, not France.
        let text = "Хочу выразить признательность Генеральному секретарю НАТО за поддержку. Мы благодарны Президенту Франции.";
        let mut d = in_turn(
            "ru",
            text,
            &[
                ("НАТО", EntityType::Org, "NATO"),
                ("Франции", LOC, "France"),
            ],
            "Vladimir Putin",
            0,
        );
        d.published = PartialDate::ymd(2002, 7, 19);
        d.events.clear();
        extract_events(&mut d, chancery_lexicon::actors::builtin());
        let c = coded(&d);
        assert!(
            c.contains(&(
                "praise".into(),
                "Vladimir Putin".into(),
                "George Robertson".into(),
                "done"
            )),
            "{c:?}"
        );
        assert!(
            c.contains(&(
                "praise".into(),
                "Vladimir Putin".into(),
                "Jacques Chirac".into(),
                "done"
            )),
            "{c:?}"
        );
    }

    #[test]
    fn force_named_by_a_noun_with_no_doer_is_not_the_speakers() {
        let text = "Regarding the recent attacks on Saudi Arabia, we are ready to help.";
        let d = in_turn(
            "en",
            text,
            &[("Saudi Arabia", LOC, "Saudi Arabia")],
            "Vladimir Putin",
            0,
        );
        let c = coded(&d);
        assert!(!c.iter().any(|e| e.0 == "assault"), "{c:?}");
    }

    #[test]
    fn a_body_that_opens_a_long_title_gives_way_to_the_person_it_ends_with() {
        let text = "National Security Advisor Jake Sullivan met today with Chinese Communist Party \
                    Politburo Member and Director of the Office of the Foreign Affairs Commission \
                    Yang Jiechi in Luxembourg.";
        let d = doc(
            "en",
            text,
            &[
                ("Jake Sullivan", PER, "Jake Sullivan"),
                (
                    "Chinese Communist Party",
                    EntityType::Org,
                    "Chinese Communist Party",
                ),
                ("Yang Jiechi", PER, "Yang Jiechi"),
            ],
        );
        let c = coded(&d);
        assert!(
            c.contains(&(
                "meet".into(),
                "Jake Sullivan".into(),
                "Yang Jiechi".into(),
                "done"
            )),
            "{c:?}"
        );
    }

    #[test]
    fn what_a_verb_after_to_takes_is_not_a_cooperations() {
        let text = "The United States and Japan are working closely to impose costs on Russia.";
        let d = doc(
            "en",
            text,
            &[
                ("United States", LOC, "United States"),
                ("Japan", LOC, "Japan"),
                ("Russia", LOC, "Russia"),
            ],
        );
        let c = coded(&d);
        assert!(
            !c.iter().any(|e| e.0 == "cooperate" && e.2 == "Russia"),
            "{c:?}"
        );
    }

    #[test]
    fn a_city_naming_where_a_meeting_was_held_or_a_text_made_is_no_side() {
        let fr = [
            ("Sénégal", LOC, "Senegal"),
            ("Pékin", LOC, "Beijing"),
            ("Chine", LOC, "China"),
        ];
        assert_eq!(
            coded(&doc(
                "fr",
                "Le Sénégal a participé au sommet de Pékin avec la Chine.",
                &fr
            )),
            [act("meet", "Senegal", "China")]
        );
        let en = [("Ukraine", LOC, "Ukraine"), ("Minsk", LOC, "Minsk")];
        let c = coded(&doc(
            "en",
            "Ukraine is committed to the Minsk package.",
            &en,
        ));
        assert!(
            !c.iter().any(|e| e.2 == "Minsk" || e.2 == "Belarus"),
            "{c:?}"
        );
    }

    #[test]
    fn a_listed_adverb_may_stand_between_the_words_of_a_predicate() {
        let fr = [
            ("Hamas", EntityType::Org, "Hamas"),
            ("Israël", LOC, "Israel"),
        ];
        assert_eq!(
            coded(&doc(
                "fr",
                "Le Hamas tient Israël pleinement responsable de la sécurité des militants.",
                &fr
            )),
            [act("accuse", "Hamas", "Israel")]
        );
        let en = [
            ("United States", LOC, "United States"),
            ("Russia", LOC, "Russia"),
        ];
        assert_eq!(
            coded(&doc(
                "en",
                "The United States calls again on Russia to withdraw.",
                &en
            )),
            [act("appeal", "United States", "Russia")]
        );
    }

    #[test]
    fn a_show_of_force_named_by_a_noun_with_no_doer_is_not_the_speakers() {
        let d = in_turn(
            "en",
            "We are concerned by the recent live-fire exercises around Taiwan.",
            &[("Taiwan", LOC, "Taiwan")],
            "Antony Blinken",
            0,
        );
        let got = coded(&d);
        assert!(
            !got.iter()
                .any(|(t, s, _, _)| t == "military_posture" && s == "Antony Blinken"),
            "{got:?}"
        );
    }

    #[test]
    fn the_person_after_a_title_that_names_a_place_holds_the_office() {
        let d = doc(
            "fr",
            "Le ministre de l'Europe et des Affaires étrangères, Jean-Yves Le Drian, s'est entretenu hier avec Sergueï Lavrov.",
            &[
                ("Europe", LOC, "Europe"),
                ("Jean-Yves Le Drian", PER, "Jean-Yves Le Drian"),
                ("Sergueï Lavrov", PER, "Sergey Lavrov"),
            ],
        );
        assert_eq!(
            coded(&d),
            vec![act("meet", "Jean-Yves Le Drian", "Sergey Lavrov")]
        );
    }

    #[test]
    fn a_coercive_act_announced_after_a_fronted_condition_is_a_threat_by_the_main_clause() {
        let names = [
            ("Russia", LOC, "Russia"),
            ("Ukraine", LOC, "Ukraine"),
            ("United States", LOC, "United States"),
        ];
        for text in [
            "If Russia invades Ukraine, the United States will impose sanctions on Russia.",
            "In the event that Russia invades Ukraine, the United States will impose sanctions on Russia.",
        ] {
            assert_eq!(
                coded(&doc("en", text, &names)),
                vec![act("threaten", "United States", "Russia")],
                "{text}"
            );
        }
        let d = doc(
            "fr",
            "Au cas où la Russie attaquerait l'Ukraine, la France imposera des sanctions contre la Russie.",
            &[
                ("Russie", LOC, "Russia"),
                ("Ukraine", LOC, "Ukraine"),
                ("France", LOC, "France"),
            ],
        );
        assert_eq!(coded(&d), vec![act("threaten", "France", "Russia")]);
        // (Any other act announced on a condition has not happened.)
        let d = doc(
            "en",
            "If Iran complies, the United States will lift the sanctions on Iran.",
            &[
                ("Iran", LOC, "Iran"),
                ("United States", LOC, "United States"),
            ],
        );
        assert_eq!(coded(&d), vec![]);
    }

    #[test]
    fn what_is_received_from_a_giver_is_the_giver_s_act_upon_the_receiver() {
        let org = EntityType::Org;
        for (lang, text, (giver, giver_name), (receiver, receiver_name)) in [
            (
                "en",
                "Greece has received humanitarian aid from the European Union.",
                ("European Union", "European Union"),
                ("Greece", "Greece"),
            ),
            (
                "en",
                "Greece received a visit from Emmanuel Macron.",
                ("Emmanuel Macron", "Emmanuel Macron"),
                ("Greece", "Greece"),
            ),
            (
                "en",
                "Ukraine received weapons from the United States.",
                ("United States", "United States"),
                ("Ukraine", "Ukraine"),
            ),
            (
                "fr",
                "La Grèce a reçu une aide de l'Union européenne.",
                ("Union européenne", "European Union"),
                ("Grèce", "Greece"),
            ),
            (
                "fr",
                "La Grèce a reçu le soutien de la France.",
                ("France", "France"),
                ("Grèce", "Greece"),
            ),
            (
                "ru",
                "Греция получила помощь от Евросоюза.",
                ("Евросоюза", "European Union"),
                ("Греция", "Greece"),
            ),
            (
                "ru",
                "Греция получила от Евросоюза финансовую помощь.",
                ("Евросоюза", "European Union"),
                ("Греция", "Greece"),
            ),
        ] {
            let names = [
                (
                    giver,
                    if giver.contains("Macron") { PER } else { org },
                    giver_name,
                ),
                (receiver, LOC, receiver_name),
            ];
            let d = doc_with_actors(lang, text, &names);
            assert!(
                d.events
                    .iter()
                    .any(|e| e.source.as_deref() == Some(giver_name)
                        && e.target.as_deref() == Some(receiver_name)),
                "{text}: {:?}",
                coded(&d)
            );
            assert!(
                !d.events
                    .iter()
                    .any(|e| e.source.as_deref() == Some(receiver_name)),
                "{text}: {:?}",
                coded(&d)
            );
        }
        // A guest received is hosted, in the active and the passive; a thing with no act is
        // no event.
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Sergueï Lavrov", PER, "Sergey Lavrov"),
            ("Grèce", LOC, "Greece"),
            ("Union européenne", org, "European Union"),
        ];
        for text in [
            "Emmanuel Macron a reçu Sergueï Lavrov à l'Élysée.",
            "Sergueï Lavrov a été reçu par Emmanuel Macron à l'Élysée.",
        ] {
            let d = doc("fr", text, &names);
            assert!(
                coded(&d).contains(&act("meet", "Emmanuel Macron", "Sergey Lavrov")),
                "{text}: {:?}",
                coded(&d)
            );
        }
        let d = doc(
            "fr",
            "La Grèce a reçu une lettre de l'Union européenne.",
            &names,
        );
        assert_eq!(coded(&d), vec![]);
    }

    #[test]
    fn support_said_endorses_and_support_given_cooperates() {
        for (lang, text, code) in [
            ("en", "France expressed its support for Ukraine.", "051"),
            (
                "en",
                "France reaffirmed its strong support for Ukraine.",
                "051",
            ),
            ("fr", "La France a exprimé son soutien à l'Ukraine.", "051"),
            (
                "fr",
                "La France a réaffirmé son plein soutien à l'Ukraine.",
                "051",
            ),
            ("ru", "Франция выразила поддержку Украине.", "051"),
            ("fr", "La France soutient l'Ukraine.", "050"),
            ("en", "France supports Ukraine.", "050"),
        ] {
            let names = [
                (
                    if lang == "ru" {
                        "Франция"
                    } else {
                        "France"
                    },
                    LOC,
                    "France",
                ),
                (
                    if lang == "ru" {
                        "Украине"
                    } else {
                        "Ukraine"
                    },
                    LOC,
                    "Ukraine",
                ),
            ];
            let d = doc_with_actors(lang, text, &names);
            assert!(
                has_coded(&d, code, "France", "Ukraine"),
                "{text}: {:?}",
                d.events.iter().map(|e| &e.code).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn massing_troops_near_a_state_is_a_show_of_force() {
        let names = [("Russia", LOC, "Russia"), ("Ukraine", LOC, "Ukraine")];
        for text in [
            "Russia is massing troops near Ukraine.",
            "Russia is massing troops on the border with Ukraine.",
        ] {
            let d = doc_with_actors("en", text, &names);
            assert!(
                has_coded(&d, "154", "Russia", "Ukraine"),
                "{text}: {:?}",
                coded(&d)
            );
        }
    }

    #[test]
    fn a_state_after_a_fused_dative_joined_to_the_addressee_is_addressed_too() {
        let names = [
            ("Emmanuel Macron", PER, "Emmanuel Macron"),
            ("Serbie", LOC, "Serbia"),
            ("Kosovo", LOC, "Kosovo"),
            ("Kazakhstan", LOC, "Kazakhstan"),
        ];
        let d = doc_with_actors(
            "fr",
            "Emmanuel Macron a demandé à la Serbie et au Kosovo de faire preuve de responsabilité.",
            &names,
        );
        for target in ["Serbia", "Kosovo"] {
            assert!(
                coded(&d).contains(&act("appeal", "Emmanuel Macron", target)),
                "{target}: {:?}",
                coded(&d)
            );
        }
        // (Where something is said stays a place.)
        let d = doc_with_actors(
            "fr",
            "Emmanuel Macron a dit au Kazakhstan que la paix était possible.",
            &names,
        );
        assert!(
            d.events.iter().all(|e| e.target.is_none()),
            "{:?}",
            coded(&d)
        );
    }

    #[test]
    fn the_speaker_joined_to_the_subject_of_a_relative_clause_shares_the_meeting() {
        let hayashi = ("Yoshimasa Hayashi", PER, "Yoshimasa Hayashi");
        let got = coded_in_turn(
            "It will build on the meeting that Minister Yoshimasa Hayashi and I had in May.",
            &[hayashi],
        );
        assert!(
            got.iter()
                .any(|e| e.0 == "meet" && e.1 == "Yoshimasa Hayashi" && e.2 == "Antony Blinken"),
            "{got:?}"
        );
        // (Not an act upon the speaker that is no joint one.)
        let got = coded_in_turn(
            "We discussed the sanctions that Yoshimasa Hayashi and I announced.",
            &[hayashi],
        );
        assert!(got.iter().all(|e| e.2 != "Antony Blinken"), "{got:?}");
    }

    #[test]
    fn a_correlative_pair_joins_the_members_of_a_list() {
        let names = [
            ("Сергей Лавров", PER, "Sergey Lavrov"),
            ("Ван И", PER, "Wang Yi"),
            ("Энтони Блинкеном", PER, "Antony Blinken"),
        ];
        let d = doc_with_actors(
            "ru",
            "Сергей Лавров провел встречи как с Ван И, так и с Энтони Блинкеном.",
            &names,
        );
        for other in ["Wang Yi", "Antony Blinken"] {
            assert!(
                coded(&d).contains(&act("meet", "Sergey Lavrov", other)),
                "{other}: {:?}",
                coded(&d)
            );
        }
    }
}
