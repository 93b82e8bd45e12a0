//! One document scored against its gold annotation, layer by layer, by the rules of `gold.md`.
//!
//! | layer | a gold item is found when | a system item is right when |
//! | --- | --- | --- |
//! | published | the date part (before `T`) is equal (`null` = `null`) | — |
//! | published_time | (gold with a time only) date, hours and minutes are equal | — |
//! | entities | some system entity matches the gold name | it matches some gold name |
//! | speakers | a matching system speaker has the same `turns` and, when gold `quotes` > 0, at least one quotation | — |
//! | quotes | a system quote's text contains `text_start` (case and punctuation ignored) and its speaker matches | it finds some gold quote |
//! | attribution | as quotes, over the quotations that have a speaker on both sides | as quotes: of the quotations given to someone, those given to the right one |
//! | dates | a system time's text contains the gold text (case ignored, a leading article may be left out) and its value is equal | — |
//! | events | a system event has the type, source and target (`meet`, `cooperate`: either direction) | it finds some gold event |
//!
//! Names match by [`crate::names`]; a system name also matches through the `surface` forms of
//! the system's speakers and entities of that name (a quote's speaker, an event's source and
//! target are such names). Decisions the contract leaves open:
//! - entities: gold persons, organizations and locations are one list (a name listed twice
//!   counts once); a system entity that matches no gold name is a false positive unless its type
//!   is MISC or it matches a gold `misc` name (not scored either way);
//! - quotes: a gold quote without a speaker is found only by a system quote without one; "case
//!   and punctuation ignored" compares letters and digits only (spaces too are ignored); against
//!   a second annotation pass, whose quotations are starts too, either start may contain the
//!   other;
//! - dates: whitespace runs count as one space; the leading articles are French `le la les l'
//!   un une` and English `the a an`;
//! - events: `statement` and `other` are left out on both sides; an absent target matches only an
//!   absent target.

use std::collections::HashMap;

use crate::gold::{Gold, GoldQuote};
use crate::names::NameKey;
use crate::system::{SysEntity, SysEvent, SysQuote, SysSpeaker, SystemDoc};

/// What one layer of one document counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Gold items.
    pub gold: usize,
    /// Gold items found.
    pub found: usize,
    /// System items scored (for precision; 0 for layers without one).
    pub system: usize,
    /// System items that match some gold item.
    pub matched: usize,
    /// The gold items not found, as text (for the report's worst documents).
    pub missed: Vec<String>,
    /// The system items that match nothing, as text.
    pub spurious: Vec<String>,
}

impl Tally {
    /// Adds the counts of `other` (not its lists).
    pub fn add(&mut self, other: &Tally) {
        self.gold += other.gold;
        self.found += other.found;
        self.system += other.system;
        self.matched += other.matched;
    }

    /// `found / gold`.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.found, self.gold)
    }

    /// `matched / system`.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.matched, self.system)
    }

    /// The harmonic mean of precision and recall; an undefined side counts as 0 when the other
    /// side has items, and `None` when neither has any.
    pub fn f1(&self) -> Option<f64> {
        if self.gold == 0 && self.system == 0 {
            return None;
        }
        let (p, r) = (
            self.precision().unwrap_or(0.0),
            self.recall().unwrap_or(0.0),
        );
        Some(if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        })
    }
}

pub(crate) fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// The layers of a document's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Published,
    PublishedTime,
    Entities,
    Speakers,
    Quotes,
    /// Quotations the system attributes to someone: is that speaker right?
    Attribution,
    Dates,
    Events,
}

impl Layer {
    pub const ALL: [Layer; 8] = [
        Layer::Published,
        Layer::PublishedTime,
        Layer::Entities,
        Layer::Speakers,
        Layer::Quotes,
        Layer::Attribution,
        Layer::Dates,
        Layer::Events,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Published => "published",
            Layer::PublishedTime => "published_time",
            Layer::Entities => "entities",
            Layer::Speakers => "speakers",
            Layer::Quotes => "quotes",
            Layer::Attribution => "attribution",
            Layer::Dates => "dates",
            Layer::Events => "events",
        }
    }

    /// Whether the layer has a precision (false: accuracy or recall only).
    pub fn has_precision(self) -> bool {
        matches!(
            self,
            Layer::Entities | Layer::Quotes | Layer::Attribution | Layer::Events
        )
    }
}

/// One document's score.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocScore {
    pub published: Tally,
    pub published_time: Tally,
    pub entities: Tally,
    pub speakers: Tally,
    pub quotes: Tally,
    pub attribution: Tally,
    pub dates: Tally,
    pub events: Tally,
}

impl DocScore {
    pub fn layer(&self, layer: Layer) -> &Tally {
        match layer {
            Layer::Published => &self.published,
            Layer::PublishedTime => &self.published_time,
            Layer::Entities => &self.entities,
            Layer::Speakers => &self.speakers,
            Layer::Quotes => &self.quotes,
            Layer::Attribution => &self.attribution,
            Layer::Dates => &self.dates,
            Layer::Events => &self.events,
        }
    }

    pub fn layer_mut(&mut self, layer: Layer) -> &mut Tally {
        match layer {
            Layer::Published => &mut self.published,
            Layer::PublishedTime => &mut self.published_time,
            Layer::Entities => &mut self.entities,
            Layer::Speakers => &mut self.speakers,
            Layer::Quotes => &mut self.quotes,
            Layer::Attribution => &mut self.attribution,
            Layer::Dates => &mut self.dates,
            Layer::Events => &mut self.events,
        }
    }
}

/// Scores one document.
pub fn score(gold: &Gold, system: &SystemDoc) -> DocScore {
    let names = SystemNames::new(system);
    let (published, published_time) = published(gold, system);
    DocScore {
        published,
        published_time,
        entities: entities(gold, system),
        speakers: speakers(gold, system),
        quotes: quotes(gold, system, &names, false),
        attribution: quotes(gold, system, &names, true),
        dates: dates(gold, system),
        events: events(gold, system, &names),
    }
}

/// Every key a system name stands for: its own, and the surface forms of the system's speakers
/// and entities of that name.
struct SystemNames {
    keys: HashMap<String, Vec<NameKey>>,
}

impl SystemNames {
    fn new(doc: &SystemDoc) -> SystemNames {
        let mut keys: HashMap<String, Vec<NameKey>> = HashMap::new();
        let named = doc
            .speakers
            .iter()
            .map(|s| (&s.name, &s.surface))
            .chain(doc.entities.iter().map(|e| (&e.name, &e.surface)));
        for (name, surface) in named {
            let entry = keys.entry(name.clone()).or_default();
            entry.extend(surface.iter().map(|s| NameKey::new(s)));
        }
        SystemNames { keys }
    }

    fn matches(&self, system_name: &str, gold: &NameKey) -> bool {
        NameKey::new(system_name).matches(gold)
            || self
                .keys
                .get(system_name)
                .is_some_and(|keys| keys.iter().any(|k| k.matches(gold)))
    }

    /// Gold `None` matches system `None` only.
    fn role_matches(&self, system: Option<&str>, gold: Option<&NameKey>) -> bool {
        match (system, gold) {
            (None, None) => true,
            (Some(s), Some(g)) => self.matches(s, g),
            _ => false,
        }
    }
}

/// The keys of a system speaker or entity: its name and every surface form.
fn keys_of(name: &str, surface: &[String]) -> Vec<NameKey> {
    std::iter::once(name)
        .chain(surface.iter().map(String::as_str))
        .map(NameKey::new)
        .collect()
}

fn published(gold: &Gold, system: &SystemDoc) -> (Tally, Tally) {
    fn clean(p: Option<&String>) -> Option<&str> {
        p.map(|s| s.trim()).filter(|s| !s.is_empty())
    }
    fn date(p: Option<&str>) -> Option<&str> {
        p.map(|p| p.split('T').next().unwrap_or(p))
    }
    fn time(p: Option<&str>) -> Option<&str> {
        let (_, t) = p?.split_once('T')?;
        Some(t.get(..5).unwrap_or(t))
    }
    let (g, s) = (
        clean(gold.published.as_ref()),
        clean(system.published.as_ref()),
    );
    let detail = || {
        format!(
            "gold {}, system {}",
            g.unwrap_or("null"),
            s.unwrap_or("null")
        )
    };
    let date_right = date(g) == date(s);
    let mut day = Tally {
        gold: 1,
        found: usize::from(date_right),
        ..Tally::default()
    };
    if !date_right {
        day.missed.push(detail());
    }
    let mut with_time = Tally::default();
    if time(g).is_some() {
        let right = date_right && time(g) == time(s);
        with_time.gold = 1;
        with_time.found = usize::from(right);
        if !right {
            with_time.missed.push(detail());
        }
    }
    (day, with_time)
}

fn entities(gold: &Gold, system: &SystemDoc) -> Tally {
    let mut gold_names: Vec<(&str, NameKey)> = Vec::new();
    for name in gold
        .persons
        .iter()
        .chain(&gold.organizations)
        .chain(&gold.locations)
    {
        let key = NameKey::new(name);
        if !gold_names
            .iter()
            .any(|(n, k)| *n == name || (!k.key().is_empty() && k.key() == key.key()))
        {
            gold_names.push((name, key));
        }
    }
    let misc: Vec<NameKey> = gold.misc.iter().map(|m| NameKey::new(m)).collect();
    let system_keys: Vec<(&SysEntity, Vec<NameKey>)> = system
        .entities
        .iter()
        .map(|e| (e, keys_of(&e.name, &e.surface)))
        .collect();
    let mut t = Tally {
        gold: gold_names.len(),
        ..Tally::default()
    };
    for (name, key) in &gold_names {
        if system_keys
            .iter()
            .any(|(_, keys)| keys.iter().any(|k| k.matches(key)))
        {
            t.found += 1;
        } else {
            t.missed.push((*name).to_owned());
        }
    }
    for (entity, keys) in &system_keys {
        let hits = |gold: &NameKey| keys.iter().any(|k| k.matches(gold));
        if gold_names.iter().any(|(_, g)| hits(g)) {
            t.system += 1;
            t.matched += 1;
        } else if entity
            .kind
            .as_deref()
            .is_some_and(|k| k.eq_ignore_ascii_case("MISC"))
            || misc.iter().any(hits)
        {
            // Not scored, like gold `misc`.
        } else {
            t.system += 1;
            t.spurious.push(entity.name.clone());
        }
    }
    t
}

fn speakers(gold: &Gold, system: &SystemDoc) -> Tally {
    let quoted = |s: &SysSpeaker| {
        s.quotes > 0
            || system
                .quotes
                .iter()
                .any(|q| q.speaker.as_deref() == Some(s.name.as_str()))
    };
    let system_keys: Vec<(&SysSpeaker, Vec<NameKey>)> = system
        .speakers
        .iter()
        .map(|s| (s, keys_of(&s.name, &s.surface)))
        .collect();
    let mut t = Tally {
        gold: gold.speakers.len(),
        ..Tally::default()
    };
    for g in &gold.speakers {
        let key = NameKey::new(&g.name);
        let candidates: Vec<&SysSpeaker> = system_keys
            .iter()
            .filter(|(_, keys)| keys.iter().any(|k| k.matches(&key)))
            .map(|(s, _)| *s)
            .collect();
        let right = candidates
            .iter()
            .any(|s| s.turns == u64::from(g.turns) && (g.quotes == 0 || quoted(s)));
        if right {
            t.found += 1;
            continue;
        }
        let found = match candidates.first() {
            Some(s) => format!("system turns {}, quotes {}", s.turns, s.quotes),
            None => "not found".to_owned(),
        };
        t.missed.push(format!(
            "{} (turns {}, quotes {}): {found}",
            g.name, g.turns, g.quotes
        ));
    }
    t
}

/// Letters and digits, lower case: "case and punctuation ignored".
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `attributed`: only the quotations with a speaker on both sides count (attribution
/// precision: of the quotations the system gives to someone, how many it gives to the right one).
fn quotes(gold: &Gold, system: &SystemDoc, names: &SystemNames, attributed: bool) -> Tally {
    let gold_all: Vec<&GoldQuote> = gold
        .quotes
        .iter()
        .filter(|q| !attributed || q.speaker.is_some())
        .collect();
    let system_all: Vec<&SysQuote> = system
        .quotes
        .iter()
        .filter(|q| !attributed || q.speaker.is_some())
        .collect();
    let gold_quotes: Vec<(String, Option<NameKey>, &str)> = gold_all
        .iter()
        .map(|q| {
            (
                letters(&q.text_start),
                q.speaker.as_deref().map(NameKey::new),
                q.text_start.as_str(),
            )
        })
        .collect();
    let system_quotes: Vec<(String, Option<&str>, bool)> = system_all
        .iter()
        .map(|q| (letters(&q.text), q.speaker.as_deref(), q.start_only))
        .collect();
    let pair = |(gt, gs, _): &(String, Option<NameKey>, &str),
                (st, ss, start_only): &(String, Option<&str>, bool)| {
        let text = !gt.is_empty()
            && (st.contains(gt.as_str()) || (*start_only && !st.is_empty() && gt.contains(st)));
        text && names.role_matches(*ss, gs.as_ref())
    };
    let mut t = Tally {
        gold: gold_quotes.len(),
        system: system_quotes.len(),
        ..Tally::default()
    };
    for (g, q) in gold_quotes.iter().zip(&gold_all) {
        if system_quotes.iter().any(|s| pair(g, s)) {
            t.found += 1;
        } else {
            t.missed.push(format!(
                "{}: «{}»",
                q.speaker.as_deref().unwrap_or("null"),
                g.2
            ));
        }
    }
    for (s, q) in system_quotes.iter().zip(&system_all) {
        if gold_quotes.iter().any(|g| pair(g, s)) {
            t.matched += 1;
        } else {
            let text: String = q.text.chars().take(60).collect();
            t.spurious.push(format!(
                "{}: «{text}»",
                q.speaker.as_deref().unwrap_or("null")
            ));
        }
    }
    t
}

/// Lower case, whitespace runs as one space, typographic apostrophes as `'`.
fn time_text(s: &str) -> String {
    let lower = s.to_lowercase().replace(['’', 'ʼ'], "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The gold text, and without its leading article when it has one.
fn date_variants(text: &str) -> Vec<String> {
    let full = time_text(text);
    let mut v = vec![full.clone()];
    for article in [
        "le ", "la ", "les ", "l'", "un ", "une ", "the ", "a ", "an ",
    ] {
        if let Some(rest) = full.strip_prefix(article)
            && !rest.trim().is_empty()
        {
            v.push(rest.trim().to_owned());
        }
    }
    v
}

fn dates(gold: &Gold, system: &SystemDoc) -> Tally {
    let system_times: Vec<(String, Option<&str>)> = system
        .times
        .iter()
        .map(|t| (time_text(&t.text), t.value.as_deref().map(str::trim)))
        .collect();
    let mut t = Tally {
        gold: gold.dates.len(),
        ..Tally::default()
    };
    for d in &gold.dates {
        let variants = date_variants(&d.text);
        let found = system_times.iter().any(|(text, value)| {
            *value == Some(d.value.trim())
                && variants
                    .iter()
                    .any(|v| !v.is_empty() && text.contains(v.as_str()))
        });
        if found {
            t.found += 1;
        } else {
            t.missed.push(format!("{} = {}", d.text, d.value));
        }
    }
    t
}

fn scored_event(kind: &str) -> bool {
    let kind = kind.trim();
    !kind.eq_ignore_ascii_case("statement") && !kind.eq_ignore_ascii_case("other")
}

fn either_direction(kind: &str) -> bool {
    let kind = kind.trim();
    kind.eq_ignore_ascii_case("meet") || kind.eq_ignore_ascii_case("cooperate")
}

fn events(gold: &Gold, system: &SystemDoc, names: &SystemNames) -> Tally {
    let gold_events: Vec<(&str, Option<NameKey>, Option<NameKey>, String)> = gold
        .events
        .iter()
        .filter(|e| scored_event(&e.kind))
        .map(|e| {
            (
                e.kind.trim(),
                e.source.as_deref().map(NameKey::new),
                e.target.as_deref().map(NameKey::new),
                describe(&e.kind, e.source.as_deref(), e.target.as_deref()),
            )
        })
        .collect();
    let system_events: Vec<&SysEvent> = system
        .events
        .iter()
        .filter(|e| scored_event(&e.kind))
        .collect();
    let pair = |(kind, gs, gt, _): &(&str, Option<NameKey>, Option<NameKey>, String),
                s: &SysEvent| {
        let (ss, st) = (s.source.as_deref(), s.target.as_deref());
        kind.eq_ignore_ascii_case(s.kind.trim())
            && ((names.role_matches(ss, gs.as_ref()) && names.role_matches(st, gt.as_ref()))
                || (either_direction(kind)
                    && names.role_matches(st, gs.as_ref())
                    && names.role_matches(ss, gt.as_ref())))
    };
    let mut t = Tally {
        gold: gold_events.len(),
        system: system_events.len(),
        ..Tally::default()
    };
    for g in &gold_events {
        if system_events.iter().any(|s| pair(g, s)) {
            t.found += 1;
        } else {
            t.missed.push(g.3.clone());
        }
    }
    for s in &system_events {
        if gold_events.iter().any(|g| pair(g, s)) {
            t.matched += 1;
        } else {
            t.spurious
                .push(describe(&s.kind, s.source.as_deref(), s.target.as_deref()));
        }
    }
    t
}

fn describe(kind: &str, source: Option<&str>, target: Option<&str>) -> String {
    format!(
        "{kind}: {} → {}",
        source.unwrap_or("null"),
        target.unwrap_or("null")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// Scores a gold object against contract records.
    fn run(gold: Value, system: &[Value]) -> DocScore {
        let mut gold = gold;
        gold["doc"] = json!("x.html");
        let gold = Gold::parse(&gold.to_string()).unwrap();
        score(&gold, &SystemDoc::from_contract(system))
    }

    /// (gold, found, system, matched) of a tally.
    fn counts(t: &Tally) -> (usize, usize, usize, usize) {
        (t.gold, t.found, t.system, t.matched)
    }

    #[track_caller]
    fn check(gold: Value, system: Value, layer: Layer, expect: (usize, usize, usize, usize)) {
        let records = match system {
            Value::Array(v) => v,
            one => vec![one],
        };
        let s = run(gold, &records);
        assert_eq!(counts(s.layer(layer)), expect, "{:?}", s.layer(layer));
    }

    #[test]
    fn published_date_part_and_time() {
        let p = |g: Value, s: Value| {
            let d = run(json!({ "published": g }), &[json!({ "published": s })]);
            (counts(&d.published), counts(&d.published_time))
        };
        let right = (1, 1, 0, 0);
        let wrong = (1, 0, 0, 0);
        let none = (0, 0, 0, 0);
        assert_eq!(p(json!("2024-05-23"), json!("2024-05-23")), (right, none));
        assert_eq!(
            p(json!("2024-05-23"), json!("2024-05-23T10:00")),
            (right, none)
        );
        assert_eq!(
            p(json!("2024-05-23T23:30"), json!("2024-05-23")),
            (right, wrong)
        );
        assert_eq!(
            p(json!("2024-05-23T23:30"), json!("2024-05-23T23:30")),
            (right, right)
        );
        assert_eq!(
            p(
                json!("2024-05-23T23:30"),
                json!("2024-05-23T23:30:00+03:00")
            ),
            (right, right)
        );
        assert_eq!(
            p(json!("2024-05-23T23:30"), json!("2024-05-24T23:30")),
            (wrong, wrong)
        );
        assert_eq!(p(json!("2024-05"), json!("2024-05-01")), (wrong, none));
        assert_eq!(
            p(json!(null), json!(null)),
            (right, none),
            "unknown stays unknown"
        );
        assert_eq!(p(json!(null), json!("2024-05-23")), (wrong, none));
        assert_eq!(p(json!("2024-05-23"), json!(null)), (wrong, none));
        let d = run(
            json!({"published": "2024-05-23"}),
            &[json!({"published": null})],
        );
        assert_eq!(d.published.missed, ["gold 2024-05-23, system null"]);
    }

    #[test]
    fn entities_merged_types_and_surfaces() {
        let gold = json!({
            "persons": ["Alexander Lukashenko", "Sergey Lavrov", "Xi Jinping"],
            "organizations": ["NATO"],
            "locations": ["Moscow", "Moscow"],
            "misc": ["TurkStream"]});
        let system = json!({"entities": [
            {"name": "Alexandre Loukachenko", "type": "PER", "surface": ["Loukachenko"]},
            {"name": "Лавров", "type": "PER"},
            {"name": "NATO", "type": "LOC"},
            {"name": "Moscou", "type": "LOC", "surface": ["Moscou"]},
            {"name": "Paris", "type": "LOC"},
            {"name": "TurkStream", "type": "ORG"},
            {"name": "Olympics", "type": "MISC"}]});
        // Gold: 5 distinct names; found: Lukashenko (surface), Lavrov (last word), NATO (any
        // type); not Moscow ("Moscou" keys apart), Xi. System: 5 scored (TurkStream and the MISC
        // entity are not), 3 right.
        check(gold.clone(), system.clone(), Layer::Entities, (5, 3, 5, 3));
        let s = run(gold, &[system]);
        assert_eq!(s.entities.missed, ["Xi Jinping", "Moscow"]);
        assert_eq!(s.entities.spurious, ["Moscou", "Paris"]);
    }

    #[test]
    fn speakers_turns_and_quotes() {
        let gold = json!({"speakers": [
            {"name": "Maria Zakharova", "turns": 14, "quotes": 0},
            {"name": "Sergey Lavrov", "turns": 0, "quotes": 2},
            {"name": "Antony Blinken", "turns": 0, "quotes": 1},
            {"name": "Josep Borrell", "turns": 1, "quotes": 0}]});
        let system = json!({
            "speakers": [
                {"name": "М.В.Захарова", "surface": ["Захарова"], "turns": 14, "quotes": 0},
                {"name": "Lavrov", "turns": 0, "quotes": 0},
                {"name": "Blinken", "turns": 0, "quotes": 0},
                {"name": "Borrell", "turns": 2}],
            "quotes": [{"speaker": "Blinken", "text": "…"}]});
        // Zakharova through a surface form; Lavrov lacks his quotation; Blinken has one in
        // quotes[] though his count says 0; Borrell has the wrong turns.
        check(gold.clone(), system.clone(), Layer::Speakers, (4, 2, 0, 0));
        let s = run(gold, &[system]);
        assert_eq!(
            s.speakers.missed,
            [
                "Sergey Lavrov (turns 0, quotes 2): system turns 0, quotes 0",
                "Josep Borrell (turns 1, quotes 0): system turns 2, quotes 0"
            ]
        );
    }

    #[test]
    fn quotes_text_and_speaker() {
        let gold = json!({"quotes": [
            {"speaker": "Sergey Lavrov", "text_start": "Nous sommes alliés, et"},
            {"speaker": "Sergey Lavrov", "text_start": "la paix est possible"},
            {"speaker": null, "text_start": "personne ne sait"},
            {"speaker": "Antony Blinken", "text_start": "we will respond"}]});
        let system = json!({
            "speakers": [{"name": "S. Lavrov", "surface": ["Sergueï Lavrov", "Lavrov"]}],
            "quotes": [
                {"speaker": "S. Lavrov", "text": "« Nous sommes ALLIÉS et amis », a-t-il dit"},
                {"speaker": "Vladimir Putin", "text": "La paix est possible."},
                {"speaker": null, "text": "Personne ne sait quand."},
                {"speaker": "Blinken", "text": "Something else entirely"}]});
        // 1: speaker through the surface "Lavrov", punctuation and case ignored; 2: wrong
        // speaker; 3: null = null; 4: wrong text.
        check(gold, system, Layer::Quotes, (4, 2, 4, 2));
    }

    #[test]
    fn quotes_of_a_second_pass_are_starts() {
        let first = Gold::parse(
            &json!({"doc": "x", "quotes": [
                {"speaker": "Jean-Yves Le Drian",
                 "text_start": "nos amis arméniens ne le demandent pas eux-mêmes"},
                {"speaker": "Jean-Yves Le Drian", "text_start": "la France"}]})
            .to_string(),
        )
        .unwrap();
        let second = Gold::parse(
            &json!({"doc": "x", "quotes": [
                {"speaker": "Jean-Yves Le Drian",
                 "text_start": "Nos amis arméniens ne le demandent pas"},
                {"speaker": "Jean-Yves Le Drian", "text_start": "la France, qui"}]})
            .to_string(),
        )
        .unwrap();
        let s = score(&first, &SystemDoc::from_gold(&second));
        assert_eq!(counts(&s.quotes), (2, 2, 2, 2));
        // A system quote is a whole quotation: it must contain the gold start.
        let system = SystemDoc::from_contract(&[json!({"quotes": [
            {"speaker": "Jean-Yves Le Drian",
             "text": "Nos amis arméniens ne le demandent pas"}]})]);
        assert_eq!(counts(&score(&first, &system).quotes), (2, 0, 1, 0));
    }

    #[test]
    fn dates_text_article_value() {
        let gold = json!({"dates": [
            {"text": "le 14 juin", "value": "2024-06-14"},
            {"text": "hier", "value": "2024-06-24"},
            {"text": "The summer", "value": "2024-06/2024-09"},
            {"text": "lundi", "value": "2024-06-17"},
            {"text": "в четверг", "value": "2024-06-20"}]});
        let system = json!({"times": [
            {"text": "14 juin", "value": "2024-06-14"},
            {"text": "Hier", "value": "2024-06-24"},
            {"text": "this summer", "value": "2024-06/2024-09"},
            {"text": "lundi", "value": "--06-17"},
            {"text": "В  ЧЕТВЕРГ", "value": "2024-06-20"}]});
        check(gold, system, Layer::Dates, (5, 4, 0, 0));
    }

    #[test]
    fn events_type_source_target_and_direction() {
        let gold = json!({"events": [
            {"type": "meet", "source": "Sergey Lavrov", "target": "Alexander Lukashenko"},
            {"type": "cooperate", "source": "Russia", "target": "Belarus"},
            {"type": "accuse", "source": "Maria Zakharova", "target": "NATO"},
            {"type": "visit", "source": "Sergey Lavrov", "target": "Belarus"},
            {"type": "statement", "source": "Sergey Lavrov", "target": null},
            {"type": "other", "source": "A", "target": "B"}]});
        let system = json!({
            "entities": [{"name": "Loukachenko", "surface": ["Alexandre Loukachenko"]}],
            "events": [
                {"type": "meet", "source": "Loukachenko", "target": "Lavrov"},
                {"type": "cooperate", "source": "Belarus", "target": "Russia"},
                {"type": "accuse", "source": "NATO", "target": "Maria Zakharova"},
                {"type": "meet", "source": "Sergey Lavrov", "target": "Belarus"},
                {"type": "statement", "source": "Sergey Lavrov"}]});
        // meet and cooperate match reversed; accuse does not; visit is missed; the system meet
        // with Belarus is a false positive; statements and other are not scored.
        check(gold.clone(), system.clone(), Layer::Events, (4, 2, 4, 2));
        let s = run(gold, &[system]);
        assert_eq!(
            s.events.missed,
            [
                "accuse: Maria Zakharova → NATO",
                "visit: Sergey Lavrov → Belarus"
            ]
        );
    }

    #[test]
    fn multi_document_union() {
        let gold = json!({"published": "2024-01-02",
            "persons": ["Sergey Lavrov", "Antony Blinken"],
            "speakers": [{"name": "Sergey Lavrov", "turns": 3, "quotes": 0}]});
        let a = json!({"published": "2024-01-02",
            "speakers": [{"name": "Sergey Lavrov", "turns": 2}],
            "entities": [{"name": "Sergey Lavrov", "type": "PER"}]});
        let b = json!({"published": "2030-01-01",
            "speakers": [{"name": "Sergey Lavrov", "turns": 1}],
            "entities": [{"name": "Antony Blinken", "type": "PER"}, {"name": "Sergey Lavrov"}]});
        let both = json!([a.clone(), b]);
        check(gold.clone(), both.clone(), Layer::Published, (1, 1, 0, 0));
        check(gold.clone(), both.clone(), Layer::Entities, (2, 2, 2, 2));
        check(gold.clone(), both, Layer::Speakers, (1, 1, 0, 0));
        check(gold, a, Layer::Speakers, (1, 0, 0, 0));
    }

    #[test]
    fn f1_edges() {
        let t = |gold, found, system, matched| Tally {
            gold,
            found,
            system,
            matched,
            ..Tally::default()
        };
        assert_eq!(t(0, 0, 0, 0).f1(), None);
        assert_eq!(t(3, 0, 0, 0).f1(), Some(0.0));
        assert_eq!(t(0, 0, 2, 0).f1(), Some(0.0));
        assert_eq!(t(4, 2, 2, 2).f1(), Some(2.0 * 0.5 / 1.5));
    }
}
