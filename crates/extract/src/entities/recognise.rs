//! Names the actor base does not know, found by the statistical tagger (`chancery-ner`) and
//! cleaned of what is not an entity: leading articles are cut ("la Chine" → "Chine"), role
//! phrases before a person's name too ("Politburo Member Yang Jiechi" → "Yang Jiechi"), and
//! demonyms ("Français", "biélorusses"), job titles alone ("Président"), language codes
//! ("fr-FR"), month and weekday names, addresses and lowercase words are dropped.

use std::collections::HashSet;

use chancery_lexicon::actors::fold;
use chancery_lexicon::calendar;
use chancery_lexicon::nonentities::{
    is_common_noun, is_demonym, is_leading_word, is_title_word, is_trailing_word, leading_words,
};
use chancery_lexicon::people::is_name_title;
use chancery_model::{EntityType, Span};
use chancery_ner::Model;

/// The names `model` finds in `text`, outside `skip` (sorted spans, e.g. URLs), cleaned.
pub fn names(model: &Model, text: &str, skip: &[Span]) -> Vec<(Span, EntityType)> {
    let mut out: Vec<(Span, EntityType)> = model
        .tag(text)
        .into_iter()
        .flat_map(|(span, kind)| {
            split_at_boundaries(text, span)
                .into_iter()
                .map(move |s| (s, kind))
        })
        .filter_map(|(span, kind)| Some((trim_as(text, span, kind)?, kind)))
        .map(|(span, kind)| domain_then_name(text, span).unwrap_or((span, kind)))
        .map(|(span, kind)| match kind {
            EntityType::Per => (without_greeting(text, strip_titles(text, span)), kind),
            _ => (span, kind),
        })
        .flat_map(|(span, kind)| person_of_place(text, span, kind))
        .map(|(span, kind)| (without_initial_noun(text, span), kind))
        .map(|(span, kind)| outlet_then_name(text, span).unwrap_or((span, kind)))
        .filter(|(span, _)| !skip.iter().any(|s| s.overlaps(*span)))
        .filter(|(span, _)| is_name(span.slice(text)))
        .collect();
    // (A word another name holds is not a given name: "Nouvelle-Aquitaine Alain Rousset".)
    for k in 0..out.len() {
        let (span, kind) = out[k];
        if kind != EntityType::Per {
            continue;
        }
        let longer = with_given_name_before(text, span);
        let taken = longer != span
            && (k > 0 && out[k - 1].0.end > longer.start
                || skip.iter().any(|s| s.overlaps(longer)));
        if !taken {
            out[k].0 = longer;
        }
    }
    titled_names(model, text, skip, &mut out);
    drop_sentence_initial_words(text, &mut out);
    out
}

/// Most words of a name a title governs ("Prime Minister David Lloyd George").
const TITLED_NAME_WORDS: usize = 3;

/// A person's name the tagger left out after a capitalised title ("Prime Minister Cameron
/// met…", "Secretary Raimondo and I"; `name_titles.txt`): the capitalised words right after the
/// title, up to the first one the model's training text mostly writes in lower case ("Secretary
/// Blinken Travels") or another title. Not after a title in capitals (a headline), nor a
/// demonym, a month, a common noun, a word the text also writes in lower case, or a word the
/// tagger took into a name of its own.
fn titled_names(model: &Model, text: &str, skip: &[Span], out: &mut Vec<(Span, EntityType)>) {
    let in_word = |c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’');
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let name_word = |w: &str| {
        capital(w)
            && w.chars().count() >= 2
            && !is_title_word(w)
            && !model.mostly_lowercase(w)
            && !is_demonym(w)
            && !is_common_noun(w)
            && !is_calendar_word(w)
    };
    let mut found: Vec<Span> = Vec::new();
    // The end of the title word just read; the name being read (its span and words).
    let mut after_title: Option<usize> = None;
    let mut run: Option<(Span, usize)> = None;
    for (at, word) in chancery_model::text::word_spans(text, in_word) {
        // ("Obama's": the possessive ends the name.)
        let word = word.trim_end_matches(['-', '\'', '’']);
        let bare = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let possessive = bare.len() < word.len();
        if let Some((span, n)) = run.take() {
            if &text[span.end..at] == " " && n < TITLED_NAME_WORDS && name_word(bare) {
                let span = Span::new(span.start, at + bare.len());
                if possessive {
                    found.push(span);
                } else {
                    run = Some((span, n + 1));
                }
                continue;
            }
            found.push(span);
        }
        if let Some(end) = after_title.take()
            && &text[end..at] == " "
            && name_word(bare)
        {
            let span = Span::new(at, at + bare.len());
            if possessive {
                found.push(span);
            } else {
                run = Some((span, 1));
            }
            continue;
        }
        let shouted = word.chars().all(|c| !c.is_lowercase());
        if capital(word) && !shouted && is_name_title(word) {
            after_title = Some(at + word.len());
        }
    }
    found.extend(run.map(|(span, _)| span));
    if found.is_empty() {
        return;
    }
    // Words the text also writes in lower case are common words ("Press Availability").
    let wanted: HashSet<String> = found
        .iter()
        .flat_map(|s| s.slice(text).split(' '))
        .map(str::to_lowercase)
        .collect();
    let mut common: HashSet<&str> = HashSet::new();
    for (_, word) in chancery_model::text::word_spans(text, in_word) {
        if word.starts_with(char::is_lowercase) && wanted.contains(word) {
            common.insert(word);
        }
    }
    let before = out.len();
    for span in found {
        let taken = |s: &Span| s.overlaps(span);
        let lowercase = span
            .slice(text)
            .split(' ')
            .any(|w| common.contains(w.to_lowercase().as_str()));
        if !lowercase && !out[..before].iter().any(|(s, _)| taken(s)) && !skip.iter().any(taken) {
            out.push((span, EntityType::Per));
        }
    }
    if out.len() > before {
        out.sort_by_key(|(s, _)| *s);
    }
}

/// The full name a span opens after a ministry's domain ("ministre des Armées Florence Parly",
/// "ministre de la Défense Florence Parly", tagged "Armées Florence Parly" as a body): the span
/// opens with a title word right after a lowercase title word and its preposition, and the
/// rest is two or three capitalised words. `None` when the span is not so.
fn domain_then_name(text: &str, span: Span) -> Option<(Span, EntityType)> {
    let s = span.slice(text);
    let (first, rest) = s.split_once(' ')?;
    if !first.starts_with(char::is_uppercase)
        || !is_title_word(first)
        || !(2..=3).contains(&rest.split_whitespace().count())
        || !rest
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !is_title_word(w))
    {
        return None;
    }
    // The title and its preposition before: "ministre des", "ministre de la", "ministre de l'"
    // (name particles: not "head of the Foreign Intelligence Service").
    let before = text[..span.start].trim_end_matches([' ', '\'', '’']);
    let ws: Vec<&str> = before
        .rsplit([' ', '\'', '’'])
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let prepositions = ws
        .iter()
        .take(2)
        .take_while(|w| chancery_lexicon::people::is_name_particle(w))
        .count();
    let title = ws.get(prepositions).filter(|_| prepositions > 0)?;
    (title.chars().all(char::is_lowercase) && is_title_word(title))
        .then(|| (Span::new(span.end - rest.len(), span.end), EntityType::Per))
}

/// Most words of a person's name the tagger gave that a given name before it may open.
const MAX_NAME_WORDS: usize = 3;

/// A person's name with the capitalised word right before it that the tagger left out ("Je
/// salue Amadou Makhtar Mbow" tagged "Makhtar Mbow"): a word of Latin letters inside a sentence
/// that is no title, article, nationality, common noun, calendar word or known actor.
fn with_given_name_before(text: &str, span: Span) -> Span {
    let before = &text[..span.start];
    let Some(gap) = before.strip_suffix(' ') else {
        return span;
    };
    let word = gap
        .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    let start = span.start - 1 - word.len();
    // (Not a word of a role phrase after its article or preposition, "ministre du Travail
    // Olivier Dussopt", "de l'Intérieur"; not a word with capitals inside, "WikiLeaks".)
    let previous = text[..start].trim_end_matches(' ');
    let after_article = text[..start].ends_with(['\'', '’'])
        || previous
            .rsplit(' ')
            .next()
            .is_some_and(|p| p.starts_with(char::is_lowercase) && is_leading_word(p));
    let inner_capital = word
        .split('-')
        .any(|part| part.chars().skip(1).any(char::is_uppercase));
    // (Latin script only: a capitalised Russian word before a name is mostly a genitive that
    // ends a description, "Центра Разумкова Михаил Пашков", "Штатов Джанет Йеллен".)
    let given = word.chars().count() >= 2
        && !chancery_lexicon::names::has_cyrillic(word)
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && (2..=MAX_NAME_WORDS).contains(&span.slice(text).split(' ').count())
        && !after_article
        && !inner_capital
        && !opens_sentence(text, start)
        && !is_leading_word(word)
        && !word.split('-').any(is_title_word)
        && !is_common_noun(word)
        && !is_demonym(word)
        && !is_calendar_word(word)
        && !chancery_lexicon::people::is_honorific(word)
        && {
            // (Nor a known actor: "МИД России Мария Захарова".)
            let kb = chancery_lexicon::actors::builtin();
            kb.lookup(word)
                .or_else(|| kb.lookup_inflected(word))
                .is_none()
        };
    if given {
        Span::new(start, span.end)
    } else {
        span
    }
}

/// A tagged span cut where no name runs on: at the end of a sentence ("Kulesa. Dans", a full
/// stop after a word that is no initial or abbreviation, then a capital) and at markup and
/// symbols ("Unknown} Careers", "Etat. #", "FCFA. 📊") — what a page flattened into one line by a
/// scraper puts between names. The pieces, each to be read on its own.
fn split_at_boundaries(text: &str, span: Span) -> Vec<Span> {
    let s = span.slice(text);
    // "в своем Telegram-канале", "YouTube-канал": a brand glued to a Russian common noun in
    // lower case is a thing, not a name.
    if !s.contains(' ')
        && s.rsplit_once('-').is_some_and(|(_, noun)| {
            noun.chars()
                .next()
                .is_some_and(|c| ('\u{430}'..='\u{44f}').contains(&c))
        })
    {
        return Vec::new();
    }
    let hard = |c: char| {
        matches!(
            c,
            '{' | '}' | '#' | '>' | '<' | '*' | '•' | '·' | '[' | ']' | '=' | '@'
        ) || (c >= '\u{2190}'
            && !c.is_alphanumeric()
            && !matches!(c, '’' | '‘' | '“' | '”' | '„' | '«' | '»' | '–' | '—'))
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (i, c) in s.char_indices() {
        // (A bracket glued to the next word joins two things a scraper ran together:
        // "(@ZelenskyyUa)November".)
        let glued = matches!(c, ')' | '(')
            && s[i + 1..].starts_with(char::is_alphanumeric)
            && s[..i].ends_with(char::is_alphanumeric);
        if hard(c) || glued {
            cuts.push((i, i + c.len_utf8()));
        } else if c == '.' && s[i + 1..].starts_with(' ') {
            let word = s[..i]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let next_capital = s[i + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || hard(c));
            let initial_or_acronym = word.chars().count() <= 1
                || word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            if next_capital
                && !initial_or_acronym
                && !chancery_lexicon::page::is_abbreviation(&word.to_lowercase())
                && !is_title_word(word)
            {
                cuts.push((i, i + 1));
            }
        }
    }
    if cuts.is_empty() && !text[..span.start].ends_with('@') {
        return vec![span];
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (a, b) in cuts.into_iter().chain([(s.len(), s.len())]) {
        let piece = &s[from..a];
        let lead = piece.len() - piece.trim_start().len();
        let piece = piece.trim();
        // A handle after "@" ("@David_Cameron") is an account, not a name.
        let after_at = if from == 0 {
            text[..span.start].ends_with('@')
        } else {
            s[..from].ends_with('@')
        };
        let handle = after_at && lead == 0 || piece.contains('_');
        if !piece.is_empty() && !handle {
            let start = span.start + from + lead;
            out.push(Span::new(start, start + piece.len()));
        }
        from = b;
    }
    out
}

/// A person tagged with the place they are of ("President Peña Nieto of Mexico", "Prime
/// Minister Sharif of Pakistan", "Louis F. Cardin of Temecula"): the person, and the place on
/// its own. A sovereign's regnal name keeps its "of" ("Abdullah II of Jordan").
fn person_of_place(text: &str, span: Span, kind: EntityType) -> Vec<(Span, EntityType)> {
    let s = span.slice(text);
    // (Or a short name the tagger took for a place or a body, a capitalised title right
    // before it: "President Xi of China" — not "the University of Tokyo".)
    let titled = text[..span.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && chancery_lexicon::nonentities::is_title_word(w)
                && !chancery_lexicon::nonentities::is_person_determiner(w)
        });
    let Some(at) = s
        .find(" of ")
        .filter(|&at| kind == EntityType::Per || titled && s[..at].split_whitespace().count() <= 2)
    else {
        return vec![(span, kind)];
    };
    let (person, place) = (&s[..at], &s[at + " of ".len()..]);
    let regnal = person
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.len() > 1 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
    // (Both sides names: no title or common noun in either — "UAE Minister of Foreign
    // Affairs", "Republic of Sierra Leone", "Service of Ukraine" —, a short place.)
    let plain = |part: &str| {
        part.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && !chancery_lexicon::nonentities::is_title_word(w)
                && !chancery_lexicon::nonentities::is_common_noun(w)
        })
    };
    if regnal || !plain(person) || !plain(place) || place.split_whitespace().count() > 3 {
        return vec![(span, kind)];
    }
    let place_start = span.start + at + " of ".len();
    vec![
        (Span::new(span.start, span.start + at), EntityType::Per),
        (Span::new(place_start, span.end), EntityType::Loc),
    ]
}

/// A person's name without the role phrase the tagger took with it: "National Security Advisor
/// Jake Sullivan" → "Jake Sullivan", "Special Presidential Envoy for Climate John Kerry" → "John
/// Kerry". After the last title word (and the word after it when it is a function word, "for
/// Climate"), the trailing run of capitalised words (short lowercase particles between them:
/// "bin", "de", "van"), without leading common nouns.
fn strip_titles(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for w in s.split(' ') {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    // (A function word of role phrases, "Le" in "Bruno Le Maire", anchors nothing.)
    // (Nor does a middle initial: "John M. Kosterlitz".)
    let middle_initial = |i: usize| {
        i > 0
            && words[i].1.chars().count() == 2
            && words[i].1.ends_with('.')
            && words[i - 1].1.starts_with(char::is_uppercase)
    };
    let Some(k) = (0..words.len()).rposition(|i| {
        let w = words[i].1;
        is_title_word(w)
            && (w.chars().count() > 3
                || w.ends_with('.')
                || chancery_lexicon::people::is_honorific(w))
            && !middle_initial(i)
    }) else {
        return span;
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A role ending in a function word takes the word after it: "Envoy for Climate".
    let k = match words.get(k + 1) {
        Some((_, next)) if !capital(next) && is_title_word(next) => k + 2,
        _ => k,
    };
    let rest = words.get(k + 1..).unwrap_or_default();
    // The trailing run: capitalised words, and short lowercase particles between two of them.
    let mut first = rest.len();
    while first > 0 {
        let w = rest[first - 1].1;
        let particle = !capital(w)
            && w.chars().count() <= 3
            && first >= 2
            && capital(rest[first - 2].1)
            && first < rest.len();
        if capital(w) || particle {
            first -= 1;
        } else {
            break;
        }
    }
    while first < rest.len() && (!capital(rest[first].1) || is_common_noun(rest[first].1)) {
        first += 1;
    }
    match rest.get(first) {
        Some(&(offset, _)) if first < rest.len() => Span::new(span.start + offset, span.end),
        _ => span,
    }
}

/// A person's name tagged with the greeting before it ("Hey Matt", "Good morning Ned"): the name.
fn without_greeting(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    chancery_lexicon::people::turn_words(chancery_lexicon::people::TurnWord::Greeting)
        .iter()
        .filter_map(|g| {
            let head = s.get(..g.len())?;
            let rest = s[g.len()..].strip_prefix([' ', ','])?;
            head.to_lowercase().eq(g).then_some(rest)
        })
        .map(|rest| {
            let rest = rest.trim_start_matches([' ', ',']);
            Span::new(span.end - rest.len(), span.end)
        })
        .find(|rest| rest.slice(text).starts_with(char::is_uppercase))
        .unwrap_or(span)
}

/// A Russian name tagged with the common noun or title that opens its sentence and governs it
/// ("Власти Приднестровья", "Делегация Молдовы", "Глава Гагаузии"): the name after it.
fn without_initial_noun(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let Some((first, rest)) = s.split_once(' ') else {
        return span;
    };
    if !chancery_lexicon::names::has_cyrillic(first)
        || rest.trim().is_empty()
        || !opens_sentence(text, span.start)
    {
        return span;
    }
    // ("Позиция Соединенных Штатов изменилась": a known actor after a word the base does not
    // know with it.)
    let known_after = || {
        let kb = chancery_lexicon::actors::builtin();
        // (A place or a body only: "Иван Лавров" is not Sergey Lavrov.)
        kb.lookup_inflected(rest.trim())
            .is_some_and(|i| kb.actors()[i].kind != EntityType::Per)
            && kb.lookup_inflected(s).is_none()
    };
    if !(is_common_noun(first) || is_title_word(first) || known_after()) {
        return span;
    }
    Span::new(span.start + first.len() + 1, span.end)
}

/// A Russian span that opens with a generic word for an outlet ("Телекомпания Ай-ти-эн",
/// "Агентство Рейтер"): the outlet's own name after it, an organisation. (Not a name the base
/// knows whole; nor in Latin script, where "Radio Canada" is one name.)
fn outlet_then_name(text: &str, span: Span) -> Option<(Span, EntityType)> {
    let s = span.slice(text);
    let first = s.split(' ').next().unwrap_or(s);
    if !chancery_lexicon::names::has_cyrillic(first) {
        return None;
    }
    let end = chancery_lexicon::people::outlet_prefix(s).filter(|&e| s[e..].starts_with(' '))?;
    let rest = s[end..].trim_start();
    if !rest.starts_with(char::is_uppercase)
        || rest.chars().count() < 2
        || chancery_lexicon::actors::builtin()
            .lookup_inflected(s)
            .is_some()
    {
        return None;
    }
    Some((Span::new(span.end - rest.len(), span.end), EntityType::Org))
}

/// Drops single words capitalised only because they open a sentence ("Merci.", "Bienvenue !"):
/// the document never writes them capitalised elsewhere. One pass over the text, whatever the
/// number of candidates.
fn drop_sentence_initial_words(text: &str, names: &mut Vec<(Span, EntityType)>) {
    let initial = |span: Span| {
        let word = span.slice(text);
        !word.contains(' ') && opens_sentence(text, span.start)
    };
    let candidates: HashSet<&str> = names
        .iter()
        .filter(|(s, _)| initial(*s))
        .map(|(s, _)| s.slice(text))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let mut elsewhere: HashSet<&str> = HashSet::new();
    let in_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
    for (s, word) in chancery_model::text::word_spans(text, in_word) {
        let word = word.trim_end_matches(['-', '\'', '’']);
        if candidates.contains(word) && !opens_sentence(text, s) {
            elsewhere.insert(word);
        }
    }
    // A list, one name per line ("Dumoulin (7 arrêts)\nChelle (3/8)\n…"): a name opening a line
    // next to another line opening with a name of the same type is kept.
    let line_initial: Vec<(usize, EntityType)> = names
        .iter()
        .filter(|(s, _)| text[..s.start].ends_with('\n'))
        .map(|(s, k)| (s.start, *k))
        .collect();
    let listed = |span: Span, kind: EntityType| {
        let line_start = span.start;
        let next_line = text[line_start..].find('\n').map(|i| line_start + i + 1);
        let previous_line = text[..line_start.saturating_sub(1)]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        // The rest of its line is no sentence ("Merci." is not a list item).
        let rest = text[span.end..].split('\n').next().unwrap_or("").trim_end();
        let item = rest.chars().count() <= 40 && !rest.ends_with(['.', '!', '?', ':']);
        item && line_initial.iter().any(|&(at, k)| {
            k == kind && (Some(at) == next_line || (at == previous_line && at != line_start))
        })
    };
    names.retain(|&(s, k)| {
        !initial(s)
            || elsewhere.contains(s.slice(text))
            || text[..s.start].ends_with('\n') && listed(s, k)
    });
}

/// Whether `at` starts a sentence: nothing but spaces and opening quotes since a line start or
/// a sentence-ending mark.
fn opens_sentence(text: &str, at: usize) -> bool {
    for (i, c) in text[..at].char_indices().rev() {
        match c {
            // "WASHINGTON, June 21 (Reuters) - The United States…": the dash after a
            // dispatch's dateline opens its first sentence.
            '-' | '–' | '—' if dateline_dash(&text[..i]) => return true,
            ' ' | '\u{a0}' | '«' | '"' | '“' | '„' | '(' | '-' | '–' | '—' => continue,
            // "M. Onufriyenko", "Mr. Smith", "J. Smith": the period of an abbreviation or an
            // initial ends no sentence.
            '.' => {
                let word = text[..i]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let initial = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
                return !(initial || chancery_lexicon::page::is_abbreviation(&word.to_lowercase()));
            }
            '\n' | '!' | '?' | '…' | ':' => return true,
            _ => return false,
        }
    }
    true
}

/// Whether a spaced dash after `before` ends a dispatch's dateline: what precedes it is the
/// agency in brackets, a date's number or a place in capitals ("PARIS -").
fn dateline_dash(before: &str) -> bool {
    let Some(before) = before.strip_suffix([' ', '\u{a0}']) else {
        return false;
    };
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    last.ends_with(')')
        || last.chars().last().is_some_and(|c| c.is_ascii_digit())
        || (last.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && last.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()))
}

/// The span without leading articles, trailing lowercase words ("Union aussi") and surrounding
/// punctuation; `None` if nothing is left.
#[cfg(test)]
fn trim(text: &str, span: Span) -> Option<Span> {
    trim_as(text, span, EntityType::Per)
}

/// [`trim`] for a name of type `kind`: a place's or an organisation's name keeps a title word
/// that opens a longer name ("National Science Foundation", "International Skating Union").
fn trim_as(text: &str, span: Span, kind: EntityType) -> Option<Span> {
    let mut s = span.slice(text);
    let mut start = span.start;
    loop {
        let lower = s.to_lowercase();
        let Some(art) = leading_words()
            .iter()
            .find(|a| lower.starts_with(a.as_str()))
        else {
            break;
        };
        // Only cut when a capitalised word follows ("La Chine", not "La Paz" — which the base
        // knows), and a capitalised article only at a sentence's start: inside a sentence it is
        // part of the name ("Marine Le Pen", "selon Le Monde").
        // (Or another leading word before one: "Si la France".)
        let Some(rest) = s.get(art.len()..) else {
            break;
        };
        let mut name = rest;
        while let Some(next) = leading_words()
            .iter()
            .find(|a| name.to_lowercase().starts_with(a.as_str()))
        {
            let Some(after) = name.get(next.len()..) else {
                break;
            };
            name = after;
        }
        if !name.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        if s.chars().next().is_some_and(char::is_uppercase) && !opens_sentence(text, start) {
            break;
        }
        start += art.len();
        s = rest;
    }
    // Lowercase Cyrillic words before a name are common nouns the tagger swept in ("агентство
    // Ренхап", "информации Радио «Свобода»", "движимого имущества Пограничной службы"):
    // Russian names do not start with one. So is a capitalised common noun before a dash
    // ("Стороны - Федеральная пограничная служба").
    let lower_cyrillic = |w: &str| {
        w.chars()
            .all(|c| c.is_lowercase() && matches!(c, '\u{0400}'..='\u{04ff}'))
    };
    let opens_name = |rest: &str| {
        rest.trim_start_matches(['«', '"', '“', '„'])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let mut run = 0;
    let mut lead_words = s;
    while let Some((first, rest)) = lead_words.split_once(' ') {
        if !lower_cyrillic(first) {
            break;
        }
        run += first.len() + 1;
        lead_words = rest;
        if opens_name(rest) {
            start += run;
            s = rest;
            run = 0;
        }
    }
    let dashed = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| s.find(d).map(|i| (i, d.len())))
        .min();
    if let Some((at, len)) = dashed
        && s[..at].rsplit(' ').next().is_some_and(is_common_noun)
        && opens_name(&s[at + len..])
    {
        start += at + len;
        s = &s[at + len..];
    }
    // Adverbs and function words the tagger swept in at the end ("l'Union aussi efficace"), and
    // a Russian preposition that opens the next sentence ("Российскую Федерацию За").
    let short_cyrillic_function_word = |w: &str| {
        w.chars().count() <= 3
            && w.chars().all(|c| matches!(c, '\u{0400}'..='\u{04ff}'))
            && chancery_lexicon::lang::is_function_word(w)
    };
    // (Nor does a verb of speech after it: "МИД сообщили".)
    let verb_of_speech = |w: &str| {
        w.starts_with(char::is_lowercase)
            && chancery_lexicon::people::reporting_verbs()
                .contains(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
    };
    // (An elided particle does not hide one: "la Cour d'avoir lancé".)
    let elided = |w: &'_ str| -> bool {
        w.split_once(['\'', '’'])
            .is_some_and(|(p, rest)| p.chars().count() <= 2 && is_trailing_word(rest))
    };
    while let Some((head, last)) = s.rsplit_once(' ') {
        if is_trailing_word(last)
            || elided(last)
            || short_cyrillic_function_word(last)
            || verb_of_speech(last)
        {
            s = head;
        } else {
            break;
        }
    }
    // Titles before a name are not part of it: "Président Poutine", "Президентом Белоруссии".
    while let Some((first, rest)) = s.split_once(' ') {
        let article = is_leading_word(first);
        let longer_name = kind != EntityType::Per
            && rest.split_whitespace().count() >= 2
            && rest
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        // (A nationality word before a person's full name is no part of it either: "le
        // président Malien Ibrahim Boubacar Keita".)
        let nationality = kind == EntityType::Per
            && is_demonym(first)
            && rest.split_whitespace().count() >= 2
            && rest
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        if !article
            && !longer_name
            && (is_title_word(first) || nationality)
            && rest.chars().next().is_some_and(char::is_uppercase)
        {
            start += first.len() + 1;
            s = rest;
        } else {
            break;
        }
    }
    let lead = s.len() - s.trim_start_matches(is_edge_punct).len();
    let s1 = s.trim_start_matches(is_edge_punct);
    let mut s2 = s1.trim_end_matches(is_edge_punct);
    // A trailing initial keeps its period ("Karabatic N.").
    if s1[s2.len()..].starts_with('.')
        && let Some((head, last)) = s2.rsplit_once(' ')
        && !head.is_empty()
        && last.chars().count() == 1
        && last.starts_with(char::is_uppercase)
    {
        s2 = &s1[..s2.len() + 1];
    }
    // Digits glued to a name's last word by a scraper ("России2025") are not part of it.
    let last = s2.rsplit(' ').next().unwrap_or(s2);
    let digits = last.len() - last.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0
        && digits < last.len()
        && last[..last.len() - digits]
            .chars()
            .rev()
            .take(2)
            .all(char::is_lowercase)
    {
        s2 = &s2[..s2.len() - digits];
    }
    let start = start + lead;
    // A conjunction or an adverb alone ("Однако", "However") names nothing.
    if !s2.contains(' ') && is_leading_word(s2) {
        return None;
    }
    (!s2.is_empty()).then(|| Span::new(start, start + s2.len()))
}

fn is_edge_punct(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | ':'
                | '.'
                | '!'
                | '?'
                | '«'
                | '»'
                | '"'
                | '“'
                | '”'
                | '„'
                | '('
                | ')'
                | '['
                | ']'
                | '\''
                | '’'
                | '–'
                | '—'
                | '-'
        )
}

/// Whether a cleaned span can be a name.
fn is_name(s: &str) -> bool {
    if !s.chars().any(char::is_uppercase) || s.contains("http") || s.contains("www.") {
        return false;
    }
    // One letter is a pronoun ("I") or an initial, never a name; with digits it is a code the
    // tagger typed ("A61", a motorway).
    if s.chars().filter(|c| c.is_alphabetic()).count() < 2 && !s.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let words: Vec<&str> = s.split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect();
    if words.len() == 1 && (is_lang_code(s) || is_calendar_word(s) || is_common_noun(s)) {
        return false;
    }
    // "China-Russia", "Palestinian-Israeli", "U.S.-Japan": states joined by a hyphen qualify a
    // noun ("China-Russia relations"); they name no one.
    if words.len() == 1 && s.contains('-') && joined_states(s) {
        return false;
    }
    // Letters spaced out for emphasis ("Р А С П О Р Я Ж Е Н И Е"), or a common noun with a
    // letter ("Статья З"): no name.
    if words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().count() == 1 || is_common_noun(w))
    {
        return false;
    }
    // Every word a title, a demonym, a connecting word or a common noun written in lower case:
    // "Président", "les Français", "Premier ministre", "Président russe", "Французское
    // правительство" (a description opening a sentence).
    !words.iter().all(|w| {
        is_title_word(w)
            || is_demonym(w)
            || is_connector(w)
            || is_common_noun(w) && w.starts_with(char::is_lowercase)
    })
}

/// Whether every part of a hyphenated word is a demonym or a place the actor base knows.
fn joined_states(word: &str) -> bool {
    let kb = chancery_lexicon::actors::builtin();
    let parts: Vec<&str> = word.split('-').collect();
    // ("Guinea-Bissau", "Bosnia-Herzegovina" are places of their own.)
    parts.len() >= 2
        && kb.lookup(word).is_none()
        && parts.iter().all(|p| {
            !p.is_empty()
                && (is_demonym(p)
                    || kb
                        .lookup(p)
                        .is_some_and(|a| kb.actors()[a].kind == EntityType::Loc))
        })
}

fn is_connector(w: &str) -> bool {
    matches!(
        fold(w).as_str(),
        "de" | "la" | "le" | "les" | "du" | "des" | "d'" | "l'" | "of" | "the" | "and" | "et"
    )
}

/// "fr", "fr-FR", "ru-RU1" (a language switcher's codes).
fn is_lang_code(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| c.is_ascii_digit());
    let (lang, region) = s.split_once('-').unwrap_or((s, ""));
    lang.len() == 2
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && (region.is_empty()
            || (region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase())))
}

fn is_calendar_word(s: &str) -> bool {
    let w = s.to_lowercase();
    calendar::month(&w).is_some() || calendar::weekday(&w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_russian_noun_opening_the_sentence_is_cut_from_the_name_it_governs() {
        // (The tagged span: the first two words.)
        let cut = |s: &str| {
            let second = s.find(' ').map_or(s.len(), |i| i + 1);
            let end = s[second..].find(' ').map_or(s.len(), |i| second + i);
            without_initial_noun(s, Span::new(0, end))
                .slice(s)
                .to_owned()
        };
        assert_eq!(
            cut("Делегация Приднестровья прибыла в Кишинев."),
            "Приднестровья"
        );
        assert_eq!(cut("Глава Гагаузии прибыла в Москву."), "Гагаузии");
        // A name stays whole.
        assert_eq!(cut("Евгения Гуцул прибыла в Москву."), "Евгения Гуцул");
    }

    #[test]
    fn a_tagged_span_is_cut_at_sentence_ends_and_markup() {
        fn pieces(s: &str) -> Vec<&str> {
            split_at_boundaries(s, Span::new(0, s.len()))
                .into_iter()
                .map(|p| p.slice(s))
                .collect()
        }
        assert_eq!(pieces("Kulesa. {Author"), ["Kulesa", "Author"]);
        assert_eq!(pieces("Unknown} Shamir"), ["Unknown", "Shamir"]);
        assert_eq!(pieces("Etat. # Conséquences"), ["Etat", "Conséquences"]);
        assert_eq!(pieces("FCFA. 📊 Chiffres"), ["FCFA.", "Chiffres"]);
        // Initials, acronyms, abbreviations and titles keep their full stop.
        for name in [
            "John F. Kennedy",
            "U.S. Army",
            "Mr. Smith",
            "St. Petersburg",
        ] {
            assert_eq!(pieces(name), [name]);
        }
        // A conjunction alone is no name.
        assert_eq!(trim("Однако", Span::new(0, "Однако".len())), None);
        // Nor a brand glued to a Russian common noun; a name with a capital after its hyphen is.
        assert!(pieces("Telegram-канале").is_empty());
        assert_eq!(pieces("Ростов-на-Дону"), ["Ростов-на-Дону"]);
    }

    #[test]
    fn a_conjunction_or_adverb_opening_the_sentence_is_cut() {
        for (span, name) in [
            ("Вчера Джонсон", "Джонсон"),
            ("Si la France", "France"),
            ("Yesterday Boris Johnson", "Boris Johnson"),
            ("In Washington", "Washington"),
        ] {
            let got = trim(span, Span::new(0, span.len())).map(|s| s.slice(span));
            assert_eq!(got, Some(name));
        }
        // Inside a sentence, a capitalised word is part of the name.
        let text = "Il a lu Comme Des Garçons.";
        let at = text.find("Comme").unwrap();
        let got = trim(text, Span::new(at, text.len() - 1)).map(|s| s.slice(text));
        assert_eq!(got, Some("Comme Des Garçons"));
        // After a dispatch's dateline the dash opens the first sentence; elsewhere it does not.
        for (text, from, name) in [
            (
                "WASHINGTON, June 21 (Reuters) - The United States",
                "The",
                "United States",
            ),
            ("PARIS, 2 octobre 2025 - La France", "La", "France"),
            ("MOSCOW - The Kremlin", "The", "Kremlin"),
            ("il a vu – Le Monde", "Le", "Le Monde"),
        ] {
            let at = text.find(from).unwrap();
            let got = trim(text, Span::new(at, text.len())).map(|s| s.slice(text));
            assert_eq!(got, Some(name), "{text}");
        }
    }

    #[test]
    fn capitalised_words_after_a_title_are_a_name_the_tagger_may_have_missed() {
        let model = super::super::models::for_lang(Some("en")).expect("model loads");
        let names = |text: &str| {
            let mut out = Vec::new();
            titled_names(model, text, &[], &mut out);
            out.iter()
                .map(|(s, _)| s.slice(text).to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("Prime Minister Smithers met President Obama's envoy."),
            ["Smithers", "Obama"]
        );
        // Not a modifier's next word, a word written in lower case elsewhere, a month, a
        // headline in capitals.
        assert!(names("the National Stadium, the General Assembly").is_empty());
        assert!(names("a Press Availability with the President. The availability").is_empty());
        assert!(names("Secretary June 17").is_empty());
        assert!(names("PRESIDENT SMITHERS VISITS").is_empty());
        // A name tagged already is not read twice.
        let text = "President Smithers";
        let mut out = vec![(Span::new(10, 18), EntityType::Per)];
        titled_names(model, text, &[], &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn a_person_of_a_place_is_the_person_and_the_place() {
        let split = |text: &str, name: &str, kind: EntityType| {
            let at = text.find(name).unwrap();
            person_of_place(text, Span::new(at, at + name.len()), kind)
                .into_iter()
                .map(|(s, k)| (s.slice(text).to_owned(), k))
                .collect::<Vec<_>>()
        };
        let text = "supported by President Peña Nieto of Mexico and King Abdullah II of Jordan";
        assert_eq!(
            split(text, "Peña Nieto of Mexico", EntityType::Per),
            [
                ("Peña Nieto".to_owned(), EntityType::Per),
                ("Mexico".to_owned(), EntityType::Loc)
            ]
        );
        assert_eq!(
            split(text, "Abdullah II of Jordan", EntityType::Per),
            [("Abdullah II of Jordan".to_owned(), EntityType::Per)]
        );
        // A short name the tagger took for a place, a title before it; not a body after "the".
        let text = "a call with President Xi of China and the University of Tokyo";
        assert_eq!(
            split(text, "Xi of China", EntityType::Loc),
            [
                ("Xi".to_owned(), EntityType::Per),
                ("China".to_owned(), EntityType::Loc)
            ]
        );
        assert_eq!(
            split(text, "University of Tokyo", EntityType::Loc),
            [("University of Tokyo".to_owned(), EntityType::Loc)]
        );
    }

    #[test]
    fn lowercase_russian_words_before_a_name_are_cut() {
        for (span, name) in [
            ("агентство Ренхап", "Ренхап"),
            ("информации Радио «Свобода", "Радио «Свобода"),
            ("Шарль де Голль", "Шарль де Голль"),
            ("Karabatic N.", "Karabatic N."),
            (
                "Администрация Президента России2025",
                "Администрация Президента России",
            ),
            ("G20", "G20"),
            (
                "движимого имущества Пограничной службы",
                "Пограничной службы",
            ),
            (
                "Совета министров иностранных дел Шанхайской организации",
                "Совета министров иностранных дел Шанхайской организации",
            ),
            ("Стороны - Федеральная служба", "Федеральная служба"),
            ("Российскую Федерацию За", "Российскую Федерацию"),
            ("Совет Безопасности", "Совет Безопасности"),
            ("Lille 2", "Lille 2"),
            ("Ukraine.", "Ukraine"),
        ] {
            let got = trim(span, Span::new(0, span.len())).map(|s| s.slice(span));
            assert_eq!(got, Some(name));
        }
    }

    #[test]
    fn a_ministrys_domain_before_a_full_name_is_no_part_of_it() {
        let at = |text: &str, part: &str| {
            let i = text.find(part).unwrap();
            domain_then_name(text, Span::new(i, i + part.len()))
                .map(|(s, k)| (s.slice(text).to_owned(), k))
        };
        let t = "La ministre des Armées Florence Parly a visité la base.";
        assert_eq!(
            at(t, "Armées Florence Parly"),
            Some(("Florence Parly".to_owned(), EntityType::Per))
        );
        let t = "Hier, la ministre de la Défense Florence Parly est venue.";
        assert_eq!(
            at(t, "Défense Florence Parly"),
            Some(("Florence Parly".to_owned(), EntityType::Per))
        );
        // (Not a body's name after "the": "head of the Foreign Intelligence Service".)
        let t = "He is the head of the Foreign Intelligence Service of Russia.";
        assert_eq!(at(t, "Foreign Intelligence Service"), None);
    }

    #[test]
    fn spaced_letters_and_common_nouns_with_a_letter_are_no_names() {
        for s in ["Р А С П О Р Я Ж Е Н И Е", "Я Ж Е", "Статья З", "Article 3"]
        {
            assert!(!is_name(s), "{s}");
        }
        assert!(is_name("Совет Безопасности"));
    }

    #[test]
    fn role_phrases_are_cut_from_person_names() {
        for (name, person) in [
            ("National Security Advisor Jake Sullivan", "Jake Sullivan"),
            (
                "Special Presidential Envoy for Climate John Kerry",
                "John Kerry",
            ),
            ("Prince Mohammed bin Salman", "Mohammed bin Salman"),
            ("Vladimir Putin", "Vladimir Putin"),
            // A function word of role phrases inside a name is no title.
            ("Bruno Le Maire", "Bruno Le Maire"),
            ("M. Onufriyenko", "Onufriyenko"),
            ("John M. Kosterlitz", "John M. Kosterlitz"),
        ] {
            let got = strip_titles(name, Span::new(0, name.len()));
            assert_eq!(got.slice(name), person);
        }
    }

    #[test]
    fn a_given_name_the_tagger_left_out_opens_the_name() {
        for (text, tagged, name) in [
            (
                "Je salue mon compatriote Amadou Makhtar Mbow.",
                "Makhtar Mbow",
                "Amadou Makhtar Mbow",
            ),
            // A title, a word after an article, a word with capitals inside, a sentence's
            // first word and a single tagged word are left out.
            (
                "Le Professeur Paul Collier a dit.",
                "Paul Collier",
                "Paul Collier",
            ),
            (
                "le ministre du Travail Olivier Dussopt a dit.",
                "Olivier Dussopt",
                "Olivier Dussopt",
            ),
            (
                "selon WikiLeaks Julian Assange",
                "Julian Assange",
                "Julian Assange",
            ),
            ("Hier Makhtar Mbow a dit.", "Makhtar Mbow", "Makhtar Mbow"),
            ("Can I go", "I", "I"),
        ] {
            let at = text.find(tagged).unwrap();
            let got = with_given_name_before(text, Span::new(at, at + tagged.len()));
            assert_eq!(got.slice(text), name, "{text}");
        }
    }

    #[test]
    fn an_abbreviation_or_an_initial_ends_no_sentence() {
        let text = "Il a vu M. Onufriyenko et J. Smith. Puis";
        let at = |w: &str| text.find(w).unwrap();
        assert!(!opens_sentence(text, at("Onufriyenko")));
        assert!(!opens_sentence(text, at("Smith")));
        assert!(opens_sentence(text, at("Puis")));
        // A code the tagger typed is a name; a lone letter is not.
        assert!(is_name("A61"));
        assert!(!is_name("A"));
    }

    fn trimmed(text: &str) -> Option<&str> {
        trim(text, Span::new(0, text.len())).map(|s| s.slice(text))
    }

    #[test]
    fn articles_and_punctuation_are_cut() {
        assert_eq!(trimmed("la Chine"), Some("Chine"));
        assert_eq!(trimmed("La Chine,"), Some("Chine"));
        assert_eq!(trimmed("l’Ukraine"), Some("Ukraine"));
        assert_eq!(trimmed("« Rossiya »"), Some("Rossiya"));
        assert_eq!(trimmed("the United States"), Some("United States"));
        assert_eq!(trimmed("la paz"), Some("la paz"));
        assert_eq!(trimmed(" , "), None);
        assert_eq!(trimmed("Union aussi"), Some("Union"));
        // A verb of speech ends no name; a lowercase word of the name stays.
        assert_eq!(trimmed("МИД сообщили"), Some("МИД"));
        assert_eq!(
            trimmed("Министерство иностранных дел"),
            Some("Министерство иностранных дел")
        );
        assert_eq!(trimmed("Président Poutine"), Some("Poutine"));
        assert_eq!(trimmed("Президентом Белоруссии"), Some("Белоруссии"));
        assert_eq!(trimmed("Union européenne"), Some("Union européenne"));
        assert_eq!(
            trimmed("Conseil de sécurité collective"),
            Some("Conseil de sécurité collective")
        );
    }

    #[test]
    fn non_names() {
        for s in [
            "Président",
            "Français",
            "biélorusses",
            "les Français",
            "Premier ministre",
            "Président russe",
            "fr-FR1",
            "Mai",
            "https://tass.ru",
            "russie",
            "État",
            "Défense",
            "China-Russia",
            "Palestinian-Israeli",
            "U.S.-Japan",
        ] {
            assert!(!is_name(s), "{s}");
        }
        for s in [
            "Chine",
            "Vladimir Poutine",
            "Union européenne",
            "Minsk",
            "TASS",
            "Guinea-Bissau",
            "Nagorno-Karabakh",
        ] {
            assert!(is_name(s), "{s}");
        }
    }

    #[test]
    fn words_capitalised_only_at_sentence_start() {
        let text = "Merci. Je vous remercie. Kiev a dit. Nous allons à Kiev.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            (Span::new(i, i + w.len()), EntityType::Loc)
        };
        let mut names = vec![at("Merci"), at("Kiev")];
        drop_sentence_initial_words(text, &mut names);
        assert_eq!(names, [at("Kiev")]);
        // One name per line, a list: kept.
        let text = "Composition :\nDumoulin (7 arrêts)\nChelle (3/8)\nMerci.";
        let per = |w: &str| {
            let i = text.find(w).unwrap();
            (Span::new(i, i + w.len()), EntityType::Per)
        };
        let mut names = vec![per("Dumoulin"), per("Chelle"), per("Merci")];
        drop_sentence_initial_words(text, &mut names);
        assert_eq!(names, [per("Dumoulin"), per("Chelle")]);
    }
}
