//! The tagger's own tokenizer and sentence splitter.
//!
//! Tokens are byte spans into the input text. Words keep their inner hyphens ("Jean-Pierre",
//! "Saint-Pétersbourg") and inner apostrophes ("aujourd'hui", "O'Brien"), except that French
//! elisions end a token after the apostrophe ("l'", "d'", "qu'") and the English possessive
//! "'s" is a token of its own. Known abbreviations ("M.", "Mr.", "Dr."), initials ("J.") and
//! dotted acronyms ("U.S.") keep their period. Every other punctuation character is a token;
//! "..." is one token. Whitespace and invisible format characters (U+200B–U+200F, U+FEFF) separate
//! tokens and belong to none.

use chancery_model::Span;

/// French elided words: a token ends after their apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu",
    "presqu",
];

/// Abbreviations that keep their final period (compared in lowercase).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mr", "mrs", "ms", "dr", "st", "ste", "mme", "mmes", "mlle", "mgr", "me", "pr",
    "prof", "gen", "gén", "col", "lt", "sgt", "capt", "jr", "sr", "etc", "av", "apr", "vol", "no",
    "n°", "art", "p", "pp", "cf", "vs", "env", "inc", "ltd", "co", "corp", "gov", "sen", "rep",
    "г", "гг", "тов", "им", "ул", "пр", "проф", "т", "д", "с", "см",
];

/// Honorifics written before a person's name and counted in the person's span by the French
/// convention (WikiNER, HIPE, Quaero): "M. Richard", "Mme Curie", "MM. Dupont et Durand".
/// Case-sensitive: a capital first letter.
const HONORIFICS: &[&str] = &[
    "M.",
    "MM.",
    "Mme",
    "Mme.",
    "Mmes",
    "Mmes.",
    "Mlle",
    "Mlle.",
    "Mlles",
    "Mlles.",
    "Mgr",
    "Mgr.",
    "Dr",
    "Dr.",
    "Pr",
    "Pr.",
    "Me",
    "Monsieur",
    "Madame",
    "Mademoiselle",
    "Messieurs",
];

/// Whether a token is an honorific (see [`HONORIFICS`]).
pub fn is_honorific(tok: &str) -> bool {
    HONORIFICS.contains(&tok)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Characters that separate tokens and belong to none.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{feff}' | '\u{2060}' | '\u{ad}'
        )
}

fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        // Latin-1 letters (à…ÿ, À…Þ) without the Unicode tables; × and ÷ are not letters.
        '\u{c0}'..='\u{ff}' => c != '×' && c != '÷',
        _ => c.is_alphanumeric() || is_mark(c),
    }
}

/// Combining marks (decomposed accents), kept inside words.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// Splits `text` into tokens, as byte spans in text order.
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Whether `word` is an elided French word ("l", "qu", "jusqu"), in any case.
fn is_elision(word: &str) -> bool {
    if word.is_ascii() {
        ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
    } else {
        word.len() <= 32 && ELISIONS.contains(&word.to_lowercase().as_str())
    }
}

/// Whether `word` is an abbreviation that keeps its period, in any case.
fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        ABBREVIATIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
    } else {
        word.len() <= 32 && ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    }
}

/// Like [`tokenize`], into a reused buffer (cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<Span>) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    // The character at byte `p` (None at the end or inside a character).
    let at = |p: usize| -> Option<char> {
        match b.get(p) {
            Some(&x) if x < 0x80 => Some(char::from(x)),
            Some(_) => text.get(p..).and_then(|r| r.chars().next()),
            None => None,
        }
    };
    let width = |c: char| c.len_utf8();
    let mut i = 0;
    while i < n {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let Some(c) = at(i) else {
            i += 1;
            continue;
        };
        if is_separator(c) {
            i += width(c);
            continue;
        }
        let start = i;
        if is_word_char(c) {
            // A word: alphanumerics, joined by inner hyphens, apostrophes, or digit separators.
            let mut j = i + width(c);
            loop {
                // Fast path: a run of ASCII letters and digits.
                while b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
                let Some(d) = at(j) else {
                    break;
                };
                let after = j + width(d);
                if is_word_char(d) {
                    j = after;
                } else if is_hyphen(d)
                    && let Some(e) = at(after).filter(|&e| is_word_char(e))
                {
                    j = after + width(e);
                } else if (d == ',' || d == '.')
                    && b[j - 1].is_ascii_digit()
                    && b.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    j += 2;
                } else if is_apostrophe(d) && at(after).is_some_and(char::is_alphabetic) {
                    let word = &text[start..j];
                    // The elided word is the whole word so far ("jusqu'", "c'", not "a-t-il").
                    if !word.contains(is_hyphen) && is_elision(word) {
                        j = after; // keep the apostrophe, end the token
                        break;
                    }
                    let possessive = matches!(b.get(after), Some(b's' | b'S'))
                        && !at(after + 1).is_some_and(is_word_char);
                    if possessive {
                        break;
                    }
                    j = after;
                } else {
                    break;
                }
            }
            // A period that belongs to the word: abbreviation, initial, dotted acronym.
            if b.get(j) == Some(&b'.') {
                let word = &text[start..j];
                let single_letter = word.len() == width(c) && c.is_alphabetic();
                if single_letter {
                    // "J." or "U.S.A.": swallow further "X." groups.
                    j += 1;
                    while let Some(x) = at(j).filter(|&x| x.is_alphabetic()) {
                        if b.get(j + width(x)) != Some(&b'.') {
                            break;
                        }
                        j += width(x) + 1;
                    }
                } else if is_abbreviation(word) {
                    j += 1;
                }
            }
            out.push(Span::new(start, j));
            i = j;
            continue;
        }
        let after = i + width(c);
        if is_apostrophe(c)
            && matches!(b.get(after), Some(b's' | b'S'))
            && !at(after + 1).is_some_and(is_word_char)
        {
            out.push(Span::new(i, after + 1));
            i = after + 1;
            continue;
        }
        if c == '.' && b.get(i + 1) == Some(&b'.') && b.get(i + 2) == Some(&b'.') {
            let mut j = i + 3;
            while b.get(j) == Some(&b'.') {
                j += 1;
            }
            out.push(Span::new(i, j));
            i = j;
            continue;
        }
        out.push(Span::new(i, after));
        i = after;
    }
}

/// True for a token that ends a sentence when followed by a sentence start.
fn is_terminator(tok: &str) -> bool {
    matches!(tok, "." | "!" | "?" | "…" | "..." | "!?" | "?!") || tok.starts_with("...")
}

fn is_closing(tok: &str) -> bool {
    matches!(tok, "»" | "\"" | "”" | ")" | "]" | "’" | "'" | "›")
}

fn starts_sentence(tok: &str) -> bool {
    tok.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || matches!(c, '«' | '"' | '“' | '—' | '–' | '-' | '(' | '‹')
    })
}

/// Splits tokens into sentences: a terminator ("." "!" "?" "…", with any closing quotes or
/// brackets after it) followed by a token that starts a sentence, or a line break. Returns ranges
/// of token indices, each non-empty, covering all tokens in order.
pub fn sentences(text: &str, tokens: &[Span]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i].slice(text);
        let mut end = i + 1;
        let mut split = false;
        if is_terminator(tok) {
            // (Not a mark on the next line: "Friday.⏎⏎'We will…" opens the next sentence; nor
            // a straight mark after a space and before a word: "remarks. \"These…" opens it.)
            while end < tokens.len()
                && is_closing(tokens[end].slice(text))
                && !text
                    .get(tokens[end - 1].end..tokens[end].start)
                    .unwrap_or("")
                    .contains('\n')
                && !(matches!(tokens[end].slice(text), "\"" | "'")
                    && tokens[end].start > tokens[end - 1].end
                    && text[tokens[end].end..].starts_with(char::is_alphanumeric))
            {
                end += 1;
            }
            split = end >= tokens.len() || starts_sentence(tokens[end].slice(text));
            // "— Мы не допустим этого! — заявила она.": a dash before a word in lower case
            // opens the reporting clause of the words before, not a sentence.
            if split
                && end + 1 < tokens.len()
                && matches!(tokens[end].slice(text), "—" | "–")
                && tokens[end + 1].slice(text).starts_with(char::is_lowercase)
            {
                split = false;
            }
        }
        if !split && end < tokens.len() {
            let gap = text
                .get(tokens[end - 1].end..tokens[end].start)
                .unwrap_or("");
            // A line break ends a sentence, except after an honorific ("M.\nRichard"): OCR
            // text and wrapped lines break there, and the name goes with it.
            split = gap.contains('\n') && !is_honorific(tokens[end - 1].slice(text));
        }
        if split || end >= tokens.len() {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[&str]) {
        let toks: Vec<&str> = tokenize(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(toks, expect, "tokens of {text:?}");
    }

    #[test]
    fn french_elisions_split_after_apostrophe() {
        check(
            "l'Union d’Ivoire qu'il jusqu'à aujourd'hui",
            &[
                "l'",
                "Union",
                "d’",
                "Ivoire",
                "qu'",
                "il",
                "jusqu'",
                "à",
                "aujourd'hui",
            ],
        );
    }

    #[test]
    fn hyphens_abbreviations_guillemets() {
        check(
            "M. Jean-Pierre a-t-il dit « oui » à Mr. Smith, J. Doe et aux U.S.A. ?",
            &[
                "M.",
                "Jean-Pierre",
                "a-t-il",
                "dit",
                "«",
                "oui",
                "»",
                "à",
                "Mr.",
                "Smith",
                ",",
                "J.",
                "Doe",
                "et",
                "aux",
                "U.S.A.",
                "?",
            ],
        );
    }

    #[test]
    fn english_possessive_numbers_ellipsis() {
        check(
            "Putin's 3,5 % of 1.000 ... O'Brien",
            &["Putin", "'s", "3,5", "%", "of", "1.000", "...", "O'Brien"],
        );
    }

    #[test]
    fn cyrillic_and_invisible_separators() {
        check(
            "Лукашенко\u{200f} и Путин.",
            &["Лукашенко", "и", "Путин", "."],
        );
        check("", &[]);
        check("'", &["'"]);
        check("a-", &["a", "-"]);
    }

    #[test]
    fn no_sentence_break_after_an_honorific() {
        let text = "Vente chez M.\nRichard, à Genève.\nMme\nCurie";
        let toks = tokenize(text);
        let sents: Vec<usize> = sentences(text, &toks)
            .into_iter()
            .map(|r| r.len())
            .collect();
        assert_eq!(sents, [8, 2]);
        assert!(is_honorific("M.") && is_honorific("Mme") && !is_honorific("m."));
    }

    #[test]
    fn sentences_split_on_terminators_and_lines() {
        let text = "M. Poutine est arrivé. « Bonjour. » Il a dit\nTitre suivant. fin";
        let toks = tokenize(text);
        let sents: Vec<String> = sentences(text, &toks)
            .into_iter()
            .map(|r| {
                toks[r]
                    .iter()
                    .map(|s| s.slice(text))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(
            sents,
            [
                "M. Poutine est arrivé .",
                "« Bonjour . »",
                "Il a dit",
                "Titre suivant . fin"
            ]
        );
        // A quotation mark on the next line opens the next sentence.
        let text = "He spoke on Friday.\n\n'We will not accept it,' he said.";
        let toks = tokenize(text);
        let first = sentences(text, &toks)[0].clone();
        assert_eq!(toks[first.end - 1].slice(text), ".");
        // A straight mark between a space and a word opens the next sentence.
        let text = "Peskov dismissed the remarks. \"These are groundless,\" he said.";
        let toks = tokenize(text);
        let first = sentences(text, &toks)[0].clone();
        assert_eq!(toks[first.end - 1].slice(text), ".");
        // A dash before a lower-case word opens a reporting clause, not a sentence.
        let text = "— Мы не допустим этого! — заявила она. — Никогда.";
        let toks = tokenize(text);
        let lens: Vec<usize> = sentences(text, &toks)
            .into_iter()
            .map(|r| r.len())
            .collect();
        assert_eq!(lens, [10, 3]);
    }
}
