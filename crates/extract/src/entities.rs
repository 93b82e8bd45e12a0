//! Entities: every mention of a known actor, resolved to one entry per actor with its CAMEO code
//! on the document's date.
//!
//! Sources of mentions, in order:
//! 1. aliases of the actor base (`chancery_lexicon::actors`), across languages and scripts,
//!    acronyms included (OTSC = CSTO = ОДКБ);
//! 2. capitalised person names the alias list lacks, matched by transliteration-independent key;
//! 3. role phrases ("le président russe", "le chef de la diplomatie russe") for a person holding
//!    that role whom the document also names;
//! 4. speakers of the document not in the base (their label forms).
//!
//! URLs are never searched. What is not an entity: chrome (already cleaned away), job titles
//! alone, demonyms, language codes; leading articles are never part of a mention.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use chancery_lexicon::actors::{Hit, Kb};
use chancery_lexicon::people::{people, role_phrases};
use chancery_model::text::is_word_char;
use chancery_model::{Document, Entity, EntityType, Span};

pub fn extract_entities(doc: &mut Document, kb: &Kb) {
    let text = doc.text.as_str();
    let urls = url_spans(text);
    let outside_urls = |s: Span| !urls.iter().any(|u| u.overlaps(s));
    let folded = chancery_lexicon::actors::fold(text);
    let mut hits: Vec<Hit> = kb
        .find_in(text, &folded)
        .into_iter()
        .filter(|h| outside_urls(h.span))
        .collect();

    // Person names the alias list lacks, by key ("Sergueï Tsivilev" written another way).
    hits.sort_by_key(|h| h.span);
    let extra: Vec<Hit> = kb
        .find_unlisted_people(text, &folded)
        .into_iter()
        .filter(|h| !overlaps_any(&hits, h.span) && outside_urls(h.span))
        .collect();
    hits.extend(extra);
    hits.sort_by_key(|h| h.span);

    // Role phrases ("le président russe") for people the document names.
    let mut roles: Vec<Hit> = Vec::new();
    for m in ROLES.find_iter(&folded) {
        let role = &role_phrases()[m.pattern().as_usize()].1;
        let Some(actor) = people()
            .iter()
            .find(|p| p.role.as_deref() == Some(role.as_str()))
            .and_then(|p| kb.by_name(&p.name))
        else {
            continue;
        };
        let span = Span::new(m.start(), m.end());
        let whole = !text[..span.start]
            .chars()
            .next_back()
            .is_some_and(is_word_char)
            && !text[span.end..].chars().next().is_some_and(is_word_char);
        // "le président russe Vladimir Poutine": the name right after is the mention.
        let next = hits.partition_point(|h| h.span.start < span.end);
        let named_next = hits.get(next).is_some_and(|h| h.span.start <= span.end + 2);
        let named = hits.iter().any(|h| h.actor == actor);
        if whole && named && !named_next && !overlaps_any(&hits, span) {
            roles.push(Hit { span, actor });
        }
    }
    hits.extend(roles);
    hits.sort_by_key(|h| h.span);

    let mut entities: Vec<(usize, Entity)> = Vec::new();
    for h in &hits {
        let a = &kb.actors()[h.actor];
        let surface = h.span.slice(text).to_owned();
        match entities.iter_mut().find(|(i, _)| *i == h.actor) {
            Some((_, e)) => {
                e.mentions.push(h.span);
                if !e.surface.contains(&surface) {
                    e.surface.push(surface);
                }
            }
            None => entities.push((
                h.actor,
                Entity {
                    name: a.name.clone(),
                    kind: a.kind,
                    surface: vec![surface],
                    actor: a.code_on(doc.published).map(str::to_owned),
                    mentions: vec![h.span],
                },
            )),
        }
    }
    let mut entities: Vec<Entity> = entities.into_iter().map(|(_, e)| e).collect();

    // Speakers the base does not know are people too.
    for s in &doc.speakers {
        if entities.iter().any(|e| e.name == s.name) {
            continue;
        }
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
        if mentions.is_empty() {
            continue;
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
        entities.push(Entity {
            name: s.name.clone(),
            kind: EntityType::Per,
            surface,
            actor: None,
            mentions,
        });
    }
    entities.sort_by_key(|e| e.mentions.first().copied());
    doc.entities = entities;
}

/// One automaton over every role phrase (folded), in `role_phrases()` order.
static ROLES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let phrases: Vec<String> = role_phrases()
        .iter()
        .map(|(p, _)| chancery_lexicon::actors::fold(p))
        .collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&phrases)
        .expect("role phrases build an automaton")
});

/// Whether `span` overlaps any of the sorted `hits`.
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
