//! The tense of the clause around an expression, to place a year-less "le 3 juin" before or after
//! the anchor date: past ("adoptée le 29 janvier", "a été informé le 9 mai") → the latest
//! occurrence, future ("célébrera le 3 juin", "sont prévus le 24 mai") → the next one.
//!
//! The clause runs from the previous sentence or clause boundary (. ! ? ; : a line break, or a
//! subordinator "que", "that", "что") to the next. Markers have strengths: explicit words
//! ("prévu", "will", "назад") beat verb endings ("-ra", "-ait", auxiliary + participle), which beat
//! a lone participle-like "-é". Among the strongest, the nearest wins.

use std::sync::LazyLock;

use chancery_lexicon::calendar::{self, Words};

use super::grammar::Policy;
use super::tokens::{Kind, Tok};

/// Tokens looked at on each side.
const REACH: usize = 30;
/// Tokens within which a weak marker (a verb ending alone) counts.
const WEAK_REACH: usize = 14;

static SUBORDINATORS: LazyLock<Words> = LazyLock::new(|| Words::of("subordinator"));
/// After a comma, a conjunction opens another clause ("…, et ils reprendront fin avril").
static CONJUNCTIONS: LazyLock<Words> = LazyLock::new(|| Words::of("conjunction"));
static ARTICLES: LazyLock<Words> = LazyLock::new(|| Words::of("article"));
/// Words after which a word is a noun, whatever its ending.
static DETERMINERS: LazyLock<Words> = LazyLock::new(|| Words::of("determiner"));
/// Verb endings of the future ("célébrera").
static FUTURE_ENDINGS: LazyLock<Words> = LazyLock::new(|| Words::of("future_ending"));
/// Endings of a past tense ("-ait"), and of the conditional that ends so too ("-rait").
static IMPERFECT_ENDINGS: LazyLock<Words> = LazyLock::new(|| Words::of("imperfect_ending"));
static CONDITIONAL_ENDINGS: LazyLock<Words> = LazyLock::new(|| Words::of("conditional_ending"));
/// Weaker past endings ("-ed", "-ала") and the fewest letters of a word that carries one.
/// (The value of an entry is that number of letters, 4 when absent.)
static PAST_ENDINGS: LazyLock<Words> = LazyLock::new(|| Words::of("past_ending"));
/// Simple past forms without such an ending ("met", "spoke"), as weak as one.
static PAST_FORMS: LazyLock<Words> = LazyLock::new(|| Words::of("past_form"));
/// Endings of a past participle, those that alone mark the past, and words that only look so.
static PARTICIPLE_ENDINGS: LazyLock<Words> = LazyLock::new(|| Words::of("participle_ending"));
static PAST_PARTICIPLE_ENDINGS: LazyLock<Words> =
    LazyLock::new(|| Words::of("past_participle_ending"));
static NOT_PARTICIPLES: LazyLock<Words> = LazyLock::new(|| Words::of("not_participle"));
/// Endings of a past participle that opens a phrase of its own after a comma.
static PHRASE_PARTICIPLE_ENDINGS: LazyLock<Words> =
    LazyLock::new(|| Words::of("phrase_participle_ending"));
/// Ordinal words of a day ("пятого"), which may end like a participle.
static DAY_ORDINALS: LazyLock<Words> = LazyLock::new(|| Words::of("day_ordinal"));
/// The fewest letters of a participle that opens a phrase.
const PHRASE_PARTICIPLE_LETTERS: usize = 7;
/// Auxiliaries that make the participle after them future ("sera adoptée").
static FUTURE_AUXILIARIES: LazyLock<Words> = LazyLock::new(|| Words::of("future_auxiliary"));
/// Words skipped between an auxiliary and its participle ("n'a pas été").
static AFTER_AUXILIARY: LazyLock<Words> = LazyLock::new(|| Words::of("after_auxiliary"));
/// Capitalised words that are still verbs (an auxiliary opening a sentence).
static INITIAL_VERBS: LazyLock<Words> = LazyLock::new(|| Words::of("initial_verb"));

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// `mask`: the languages whose tense words are read (`calendar::lang_mask`).
pub(super) fn policy(text: &str, toks: &[Tok], start: usize, end: usize, mask: u8) -> Policy {
    let lower = |i: usize| -> Option<String> {
        let t = toks.get(i)?;
        (t.kind == Kind::Word).then(|| text[t.start..t.end].to_lowercase())
    };
    let boundary_punct = |t: &Tok| {
        matches!(
            t.kind,
            Kind::Punct('.' | '!' | '?' | ';' | ':' | '…' | '«' | '»' | '"' | '“' | '”')
        )
    };
    // (strength, distance, tense)
    let mut best: Option<(u8, usize, Tense)> = None;
    let mut consider = |strength: u8, dist: usize, tense: Tense| {
        // A weak marker (a verb ending) far from the expression belongs to another clause of a
        // long sentence ("spoke in favour of arranging a meeting … on July 7–8").
        if strength <= 1 && dist > WEAK_REACH {
            return;
        }
        let better = match best {
            None => true,
            Some((s, d, _)) => strength > s || (strength == s && dist < d),
        };
        if better {
            best = Some((strength, dist, tense));
        }
    };

    // Backwards, from before the noun that names a month ("ce qui s'est produit au mois
    // d'octobre": the tense is the clause's, not read three words further off).
    let start = month_noun_start(text, toks, start);
    let mut first_word = true;
    let mut i = start;
    let mut dist = 0;
    while i > 0 && dist < REACH {
        if toks[i].nl {
            break;
        }
        i -= 1;
        dist += 1;
        let t = &toks[i];
        if boundary_punct(t) {
            break;
        }
        let Some(w) = lower(i) else { continue };
        if CONJUNCTIONS.has(&w, mask)
            && i.checked_sub(1)
                .is_some_and(|k| toks[k].kind == Kind::Punct(','))
        {
            break;
        }
        if SUBORDINATORS.has(&w, mask) {
            break;
        }
        // "покушения, предпринятого на меня в Париже 14 июля": a participle after a comma opens
        // a phrase of its own, in the past whatever the sentence around it says.
        if i.checked_sub(1)
            .is_some_and(|k| toks[k].kind == Kind::Punct(','))
            && phrase_participle(&w, mask)
        {
            consider(2, dist, Tense::Past);
            break;
        }
        if first_word && ARTICLES.has(&w, mask) {
            continue;
        }
        // (Not a noun after its determiner: "recevra son homologue le 2 avril".)
        let after_determiner = i
            .checked_sub(1)
            .and_then(lower)
            .is_some_and(|p| DETERMINERS.has(&p, mask));
        if first_word && is_participle(&w, mask) && !t.upper && !after_determiner {
            // "adoptée le 29 janvier" is past, "sera adoptée le 29 janvier" future.
            let aux = i.checked_sub(1).and_then(lower);
            let future = aux.is_some_and(|a| FUTURE_AUXILIARIES.has(&a, mask));
            consider(2, dist, if future { Tense::Future } else { Tense::Past });
        }
        first_word = false;
        // A word after a determiner is a noun ("face aux caméras", "les accords"), not a verb.
        if after_determiner {
            continue;
        }
        if let Some((s, tense)) =
            classify(&w, t.upper, mask, || next_content_word(toks, text, i, mask))
        {
            consider(s, dist, tense);
        }
    }

    // Forwards.
    let mut j = end;
    let mut dist = 0;
    while j < toks.len() && dist < REACH {
        let t = &toks[j];
        if t.nl || boundary_punct(t) {
            break;
        }
        dist += 1;
        if let Some(w) = lower(j) {
            let after_comma = j
                .checked_sub(1)
                .is_some_and(|k| toks[k].kind == Kind::Punct(','));
            if SUBORDINATORS.has(&w, mask) || after_comma && CONJUNCTIONS.has(&w, mask) {
                break;
            }
            let after_determiner = j
                .checked_sub(1)
                .and_then(lower)
                .is_some_and(|p| DETERMINERS.has(&p, mask));
            if after_determiner {
                j += 1;
                continue;
            }
            if let Some((s, tense)) =
                classify(&w, t.upper, mask, || next_content_word(toks, text, j, mask))
            {
                consider(s, dist, tense);
            }
        }
        j += 1;
    }

    match best {
        Some((_, _, Tense::Past)) => Policy::Past,
        Some((_, _, Tense::Future)) => Policy::Future,
        None => Policy::Anchor,
    }
}

/// Phrases that name a month before its name ("mois de", "month of").
static MONTH_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| calendar::words_of("month_noun"));

/// The first token of a month-noun phrase ending right before `start` ("mois de", "mois d'"
/// elided, "month of"), else `start`.
fn month_noun_start(text: &str, toks: &[Tok], start: usize) -> usize {
    // The words before `start`, last first, an apostrophe joined to the word before it: "d'".
    let mut words: Vec<(usize, String)> = Vec::new();
    let mut k = start;
    while k > 0 && words.len() < 4 {
        k -= 1;
        let t = &toks[k];
        match t.kind {
            Kind::Word => words.push((k, text[t.start..t.end].to_lowercase())),
            Kind::Punct('\'' | '’') if k > 0 && toks[k - 1].kind == Kind::Word => {
                let w = &toks[k - 1];
                words.push((k - 1, format!("{}'", text[w.start..w.end].to_lowercase())));
                k -= 1;
            }
            _ => break,
        }
    }
    // A word that elides its vowel before another: "de" → "d'".
    let same = |w: &str, listed: &str| {
        w == listed
            || listed
                .strip_suffix('e')
                .is_some_and(|stem| w.strip_suffix('\'') == Some(stem))
    };
    MONTH_NOUNS
        .iter()
        .find_map(|p| {
            let listed: Vec<&str> = p.split(' ').rev().collect();
            (listed.len() <= words.len() && listed.iter().zip(&words).all(|(l, (_, w))| same(w, l)))
                .then(|| words[listed.len() - 1].0)
        })
        .unwrap_or(start)
}

/// The word after an auxiliary, skipping "pas", "déjà", "été", "en", "y", "bien", "ne".
fn next_content_word(toks: &[Tok], text: &str, i: usize, mask: u8) -> Option<String> {
    for k in i + 1..i + 5 {
        let t = toks.get(k)?;
        if t.kind == Kind::Word {
            let w = text[t.start..t.end].to_lowercase();
            if !AFTER_AUXILIARY.has(&w, mask) {
                return Some(w);
            }
        }
    }
    None
}

/// A tense marker: `(strength, tense)`.
fn classify(
    w: &str,
    upper: bool,
    mask: u8,
    next: impl Fn() -> Option<String>,
) -> Option<(u8, Tense)> {
    if calendar::FUTURE_WORDS.has(w, mask) {
        return Some((3, Tense::Future));
    }
    if calendar::PAST_WORDS.has(w, mask) {
        return Some((3, Tense::Past));
    }
    if upper && !INITIAL_VERBS.has(w, mask) {
        // Proper nouns ("Ankara", "Sahara"); sentence-initial verbs are rare before a date.
        return None;
    }
    let n = w.chars().count();
    // The future: célébrera, tiendra, aura, célébrerons, fêteront.
    if n >= 4 && FUTURE_ENDINGS.ends(w, mask) && !calendar::FR_NOT_FUTURE.has(w, mask) {
        return Some((2, Tense::Future));
    }
    // The imparfait and plus-que-parfait (not the conditional -rait).
    if n >= 5 && IMPERFECT_ENDINGS.ends(w, mask) && !CONDITIONAL_ENDINGS.ends(w, mask) {
        return Some((2, Tense::Past));
    }
    // A compound past: an auxiliary and a participle.
    if calendar::FR_AUXILIARIES.has(w, mask) && next().is_some_and(|x| is_participle(&x, mask)) {
        return Some((2, Tense::Past));
    }
    // Weaker past endings: "-ed", "-ал", "-ила", "-лся" …
    let letters = |v: &[&str]| v.first().and_then(|n| n.parse().ok()).unwrap_or(4);
    if PAST_ENDINGS.endings_of(w, mask).any(|v| n >= letters(v)) {
        return Some((1, Tense::Past));
    }
    if PAST_FORMS.has(w, mask) {
        return Some((1, Tense::Past));
    }
    if is_participle(w, mask) && n >= 5 && PAST_PARTICIPLE_ENDINGS.ends(w, mask) {
        return Some((1, Tense::Past));
    }
    None
}

/// A past participle that may open a phrase of its own ("предпринятого", "состоявшейся").
fn phrase_participle(w: &str, mask: u8) -> bool {
    w.chars().count() >= PHRASE_PARTICIPLE_LETTERS
        && PHRASE_PARTICIPLE_ENDINGS.ends(w, mask)
        && !DAY_ORDINALS.has(w, mask)
}

/// A past participle by its ending: adopté(e)(s), fini(e)(s), tenu(e)(s), dit, pris, ouvert.
fn is_participle(w: &str, mask: u8) -> bool {
    w.chars().count() >= 3 && PARTICIPLE_ENDINGS.ends(w, mask) && !NOT_PARTICIPLES.has(w, mask)
}
