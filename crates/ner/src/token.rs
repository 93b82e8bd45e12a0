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
    c.is_alphanumeric() || is_mark(c)
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

/// Like [`tokenize`], into a reused buffer (cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<Span>) {
    out.clear();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let pos = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if is_separator(c) {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            // A word: alphanumerics, joined by inner hyphens, apostrophes, or digit separators.
            let mut j = i + 1;
            loop {
                match at(j) {
                    Some(d) if is_word_char(d) => j += 1,
                    Some(d) if is_hyphen(d) && at(j + 1).is_some_and(is_word_char) => j += 2,
                    Some(d)
                        if (d == ',' || d == '.')
                            && at(j - 1).is_some_and(|p| p.is_ascii_digit())
                            && at(j + 1).is_some_and(|p| p.is_ascii_digit()) =>
                    {
                        j += 2
                    }
                    Some(d) if is_apostrophe(d) && at(j + 1).is_some_and(char::is_alphabetic) => {
                        let word = &text[pos(start)..pos(j)];
                        let lower = word.to_lowercase();
                        // The elided word is the part after the last hyphen ("jusqu'", "c'").
                        let last = lower.rsplit(['-', '‐', '‑']).next().unwrap_or("");
                        if ELISIONS.contains(&last) && last.len() == lower.len() {
                            j += 1; // keep the apostrophe, end the token
                            break;
                        }
                        let possessive = matches!(at(j + 1), Some('s' | 'S'))
                            && !at(j + 2).is_some_and(is_word_char);
                        if possessive {
                            break;
                        }
                        j += 1;
                    }
                    _ => break,
                }
            }
            // A period that belongs to the word: abbreviation, initial, dotted acronym.
            if at(j) == Some('.') {
                let word = &text[pos(start)..pos(j)];
                let single_letter = word.chars().count() == 1 && c.is_alphabetic();
                if single_letter {
                    // "J." or "U.S.A.": swallow further "X." groups.
                    j += 1;
                    while at(j).is_some_and(char::is_alphabetic) && at(j + 1) == Some('.') {
                        j += 2;
                    }
                } else if ABBREVIATIONS.contains(&word.to_lowercase().as_str()) {
                    j += 1;
                }
            }
            out.push(Span::new(pos(start), pos(j)));
            i = j;
            continue;
        }
        if is_apostrophe(c)
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(is_word_char)
        {
            out.push(Span::new(pos(i), pos(i + 2)));
            i += 2;
            continue;
        }
        if c == '.' && at(i + 1) == Some('.') && at(i + 2) == Some('.') {
            let mut j = i + 3;
            while at(j) == Some('.') {
                j += 1;
            }
            out.push(Span::new(pos(i), pos(j)));
            i = j;
            continue;
        }
        out.push(Span::new(pos(i), pos(i + 1)));
        i += 1;
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
            while end < tokens.len() && is_closing(tokens[end].slice(text)) {
                end += 1;
            }
            split = end >= tokens.len() || starts_sentence(tokens[end].slice(text));
        }
        if !split && end < tokens.len() {
            let gap = text
                .get(tokens[end - 1].end..tokens[end].start)
                .unwrap_or("");
            split = gap.contains('\n');
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
    }
}
