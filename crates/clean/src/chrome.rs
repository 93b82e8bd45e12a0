//! Page-chrome removal and whitespace normalisation for plain text.
//!
//! The rules generalise instead of matching known strings:
//! - a *counter* is `N/M` alone on a line (a leading counter before text is cut, the text kept);
//! - a *caption* is a short numbered line ("4 De gauche à droite : …", "8 VP Avec …") standing
//!   between paragraphs;
//! - a *credit* is "Photo : Name, Agency" alone on a line;
//! - *boilerplate* is a line from the per-language chrome lists (`chancery-lexicon`), or a lone
//!   close mark ("x");
//! - a *language switcher* is a line of locale codes ("• de-DE1 en-GB1 ru-RU1");
//! - a *share footer* invites the reader to follow the site on social networks;
//! - in the header zone only (the first lines, before the body starts), a line holding only a date
//!   or time is a *dateline* and one holding only a dashed number is a *reference*.
//!
//! Everything else is body and is kept, with whitespace normalised: line ends to `\n`, no-break
//! and other spaces to one plain space, zero-width characters dropped, runs of blank lines to one.

use std::sync::LazyLock;

use chancery_lexicon::chrome::is_chrome_phrase;
use regex::Regex;

use crate::{ChromeKind, Cleaned, Removed};

/// How many non-blank lines from the top may be header lines (datelines, references).
const HEADER_LINES: usize = 8;
/// Captions are short: longer numbered lines are body text.
const MAX_CAPTION_CHARS: usize = 400;

static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,3})\s*/\s*(\d{1,3})(?:\s*[.:–—-]?\s*)(.*)$").expect("valid regex")
});
static ALBUM_COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d{1,4}\s+(?:из|de|of|sur|von|di)\s+\d{1,4}\s+(?:fotos?|photos?|фото\p{L}*|images?|bilder|foto)\b")
        .expect("valid regex")
});
static CAPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}\s+(?:VP\s+)?[\p{Lu}«“\x22]").expect("valid regex"));
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:photo|photos|foto|fotos|фото|crédit photo|credit|source photo)\s*:\s*\S.{0,100}$",
    )
    .expect("valid regex")
});
static LOCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\d{0,3}$").expect("valid regex")
});
static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:rejoignez|suivez|abonnez|retrouvez|join|follow|subscribe|like|подписывайтесь|присоединяйтесь|читайте нас|síguenos|únete|folgen)\b.{0,200}\b(?:facebook|twitter|vkontakte|vk|telegram|youtube|instagram|odnoklassniki|rutube|tiktok|x\.com|whatsapp|linkedin)\b",
    )
    .expect("valid regex")
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:\p{L}+,?\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})?[\s,T|–-]*(?:\d{1,2}[:h.]\d{2})?$",
    )
    .expect("valid regex")
});
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:№|No\.?|N°|Nr\.?)\s*)?\d{1,6}(?:-\d{1,4}){1,4}$").expect("valid regex")
});

/// Cleans plain text: removes chrome lines, normalises whitespace and line ends.
pub fn clean_text(text: &str) -> Cleaned {
    let lines: Vec<String> = text
        .trim_start_matches('\u{feff}')
        .split('\n')
        .map(normalize_line)
        .collect();
    let blank = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_none_or(|l| l.is_empty());

    let mut out = Cleaned {
        text: String::with_capacity(text.len()),
        ..Cleaned::default()
    };
    let mut header_left = HEADER_LINES;
    let mut pending_break = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            pending_break = !out.text.is_empty();
            continue;
        }
        let in_header = header_left > 0;
        header_left = header_left.saturating_sub(1);
        if in_header && ends_header(line) {
            header_left = 0;
        }
        let isolated = blank(i.checked_sub(1)) || blank(Some(i + 1));
        let (kind, kept) = classify(line, in_header, isolated);
        if let Some(kind) = kind {
            // A counter glued before text loses only the counter: record just that part.
            let removed = kept.map_or(line.as_str(), |k| {
                line.get(..line.len() - k.len()).unwrap_or(line).trim_end()
            });
            out.removed.push(Removed {
                kind,
                text: removed.to_owned(),
                at: out.text.len(),
            });
        }
        let Some(kept) = kept else { continue };
        if !out.text.is_empty() {
            out.text.push_str(if pending_break { "\n\n" } else { "\n" });
        }
        pending_break = false;
        out.text.push_str(kept);
    }
    out
}

/// A header zone ends at the first line that reads like body prose.
fn ends_header(line: &str) -> bool {
    line.chars().count() > 250 || line.ends_with(['.', '!', '?', '»', '"'])
}

/// What a line is: `(Some(kind), None)` for chrome, `(None, Some(line))` for body, or chrome with
/// some body text kept (a counter glued before a caption text).
fn classify(line: &str, in_header: bool, isolated: bool) -> (Option<ChromeKind>, Option<&str>) {
    let first = line.as_bytes()[0];
    if first.is_ascii_digit() {
        if let Some(c) = COUNTER.captures(line) {
            let (n, m) = (
                c[1].parse::<u32>().unwrap_or(0),
                c[2].parse::<u32>().unwrap_or(0),
            );
            if n >= 1 && n <= m {
                let rest = c.get(3).map_or("", |r| r.as_str()).trim();
                return (
                    Some(ChromeKind::Counter),
                    (!rest.is_empty()).then_some(rest),
                );
            }
        }
        if ALBUM_COUNTER.is_match(line) {
            return (Some(ChromeKind::Counter), None);
        }
        if isolated
            && line.chars().count() <= MAX_CAPTION_CHARS
            && CAPTION.is_match(line)
            && !line.ends_with([':', '?'])
        {
            return (Some(ChromeKind::Caption), None);
        }
        if in_header {
            if REFERENCE.is_match(line) {
                return (Some(ChromeKind::Reference), None);
            }
            if line.len() <= 48 && DATELINE.is_match(line) {
                return (Some(ChromeKind::Dateline), None);
            }
        }
    }
    if in_header
        && line.len() <= 48
        && line.bytes().any(|b| b.is_ascii_digit())
        && DATELINE.is_match(line)
    {
        return (Some(ChromeKind::Dateline), None);
    }
    if line.len() <= 200 && is_language_switcher(line) {
        return (Some(ChromeKind::LanguageSwitcher), None);
    }
    let bare = line
        .trim_start_matches(['•', '·', '*', '-', '–', '|', ' '])
        .trim_end_matches([':', ' ']);
    if bare.chars().count() <= 2
        && bare
            .chars()
            .all(|c| matches!(c, 'x' | 'X' | '×' | '✕' | '✖' | '|' | '›' | '»' | '«'))
    {
        // A lone close mark or arrow left by a widget; guillemets alone are kept as text below only
        // when they are not alone on a line.
        if !bare.is_empty() && !bare.contains(['«', '»']) {
            return (Some(ChromeKind::Boilerplate), None);
        }
    }
    if is_chrome_phrase(bare) {
        return (Some(ChromeKind::Boilerplate), None);
    }
    if line.len() <= 120 && CREDIT.is_match(line) {
        return (Some(ChromeKind::Credit), None);
    }
    if line.len() <= 400
        && (first.is_ascii_alphabetic() || !first.is_ascii())
        && SHARE.is_match(line)
    {
        return (Some(ChromeKind::ShareFooter), None);
    }
    (None, Some(line))
}

/// "• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1": at least two locale codes and nothing else but bullets.
fn is_language_switcher(line: &str) -> bool {
    let mut codes = 0;
    for token in line.split(' ') {
        let token = token.trim_matches(['•', '·', '*', '|', '/', ',']);
        if token.is_empty() {
            continue;
        }
        if !LOCALE.is_match(token) || !token.contains(['-', '_']) {
            return false;
        }
        codes += 1;
    }
    codes >= 2
}

/// The languages a switcher line offers, as ISO 639-1 codes in order ("de-DE1" → "de").
pub fn switcher_languages(line: &str) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    for token in line.split(' ') {
        let token = token.trim_matches(['•', '·', '*', '|', '/', ',']);
        let code: String = token
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        if (2..=3).contains(&code.len()) && !langs.contains(&code) {
            langs.push(code);
        }
    }
    langs
}

/// One line with whitespace normalised: no-break and other spaces become one plain space,
/// zero-width characters and controls go, the line is trimmed.
fn normalize_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for c in line.chars() {
        if matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        ) {
            continue;
        }
        if c.is_whitespace() || (c.is_control() && c != '\n') {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cleans `input` and compares the cleaned text and the kinds of removed lines.
    #[track_caller]
    fn check(input: &str, text: &str, removed: &[ChromeKind]) {
        let got = clean_text(input);
        assert_eq!(got.text, text);
        let kinds: Vec<ChromeKind> = got.removed.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, removed);
    }

    use ChromeKind::*;

    #[test]
    fn whitespace() {
        check(
            "  a\u{a0}b \t c \r\n\r\n\r\n d\u{200b}e  ",
            "a b c\n\nde",
            &[],
        );
        check("\u{feff}« Nous », l’État\n", "« Nous », l’État", &[]);
    }

    #[test]
    fn counters() {
        check("1/8\n\n2/8\n\nTexte.", "Texte.", &[Counter, Counter]);
        check(
            "Texte.\n5/10 .Cérémonie au Monument\n",
            "Texte.\nCérémonie au Monument",
            &[Counter],
        );
        check("Texte.\n\n1 из 1 fotos en el album", "Texte.", &[Counter]);
        check("Texte.\n\n8/3\n", "Texte.\n\n8/3", &[]);
    }

    #[test]
    fn captions() {
        check(
            "Il parle.\n\n4 De gauche à droite : le ministre.\n\nIl parle encore.",
            "Il parle.\n\nIl parle encore.",
            &[Caption],
        );
        check(
            "A.\n\n8  VP Avec le président\n\nB.",
            "A.\n\nB.",
            &[Caption],
        );
        check(
            "A.\n\n28 programmes de l'Union sont en cours.\n\nB.",
            "A.\n\n28 programmes de l'Union sont en cours.\n\nB.",
            &[],
        );
        check(
            "Titre\n 1 Les négociations au format élargi.\n\nTexte.",
            "Titre\n\nTexte.",
            &[Caption],
        );
    }

    #[test]
    fn chrome_words_and_credits() {
        check(
            "Texte.\n\nDocuments supplémentaires\n\nPhotos\n\nx\nx\nOutils supplémentaires de recherche",
            "Texte.",
            &[
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
            ],
        );
        check(
            "Texte.\n\n  • Fotografías\n\nAlbum de fotos",
            "Texte.",
            &[Boilerplate, Boilerplate],
        );
        check(
            "Texte.\nPhoto : Pavel Bedniakov, RIA Novosti\nSuite.",
            "Texte.\nSuite.",
            &[Credit],
        );
        check(
            "Géographie\n\nhttp://en.kremlin.ru/x",
            "http://en.kremlin.ru/x",
            &[Boilerplate],
        );
    }

    #[test]
    fn header_lines() {
        check(
            "26 novembre 202014:26\n\nDéclaration à la presse\n\n2059-26-11-2020\n\n  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1\n\nNous venons de nous entretenir.",
            "Déclaration à la presse\n\nNous venons de nous entretenir.",
            &[Dateline, Reference, LanguageSwitcher],
        );
        check(
            "14:49\n\nCommentaire\n\n1206-25-06-2024\n\nTexte.",
            "Commentaire\n\nTexte.",
            &[Dateline, Reference],
        );
        // Past the header zone, a number line is body.
        check(
            "Texte long.\n2059-26-11-2020",
            "Texte long.\n2059-26-11-2020",
            &[],
        );
    }

    #[test]
    fn share_footer() {
        check(
            "Texte.\n\nRejoignez News-Front sur Facebook et Vkontakte pour découvrir les meilleures publications de la rédaction",
            "Texte.",
            &[ShareFooter],
        );
        check("Suivez le guide.", "Suivez le guide.", &[]);
    }

    #[test]
    fn switcher_codes() {
        assert_eq!(
            switcher_languages("• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1"),
            ["de", "en", "es", "ru", "fr"]
        );
        assert!(!is_language_switcher("Nous avons fr-FR raison"));
    }
}
