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

use crate::{Cleaned, Removed, RemovedKind};

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
/// A credit at the end of a caption line ("… au format élargi. Photo : Pavel Bedniakov, RIA Novosti").
static CREDIT_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:photo|foto|фото|crédit photo|credit)\s*:\s*\S|©").expect("valid regex")
});
/// The mark some galleries put on photos of the president ("8 VP Avec le président …").
static GALLERY_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}\s+VP\b|\bVP$").expect("valid regex"));
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:photo|photos|foto|fotos|фото|crédit photo|credit|source photo)\s*:\s*\S.{0,100}|©\s*\p{L}[^.!?]{0,80})$",
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
        r"(?i)^[(\[]?(?:(?:\p{L}+,?\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}(?:\s*(?:года|г\.))?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})?[\s,T|–-]*(?:\d{1,2}[:h.]\d{2})?[)\]]?$",
    )
    .expect("valid regex")
});
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:№|No\.?|N°|Nr\.?)\s*)?\d{1,6}(?:-\d{1,4}){1,4}$").expect("valid regex")
});

/// Cleans plain text: removes chrome lines, normalises whitespace and line ends.
pub fn clean_text(text: &str) -> Cleaned {
    clean_text_after(text, Vec::new())
}

/// Cleans plain text that an earlier step (HTML or Markdown reading) produced, carrying that
/// step's removals over: `earlier[i].at` is a byte offset in `text`, and comes out as the offset
/// in the cleaned text where that piece stood. Lines are read one at a time, so memory stays at
/// the size of the output.
pub fn clean_text_after(text: &str, mut earlier: Vec<Removed>) -> Cleaned {
    let text = text.trim_start_matches('\u{feff}');
    let unglued = unglue_labels(text, &mut earlier);
    let text = unglued.as_ref();
    let gallery = has_gallery(text);
    let mut out = Cleaned {
        text: String::with_capacity(text.len()),
        ..Cleaned::default()
    };
    let mut earlier = earlier.into_iter().peekable();
    let mut raw = text.split('\n');
    let mut offset = 0usize;
    // The current line, the next one (normalised), and whether the previous one was blank.
    let mut line = String::new();
    let mut next = String::new();
    let mut next_start = 0usize;
    let mut has_next = match raw.next() {
        Some(first) => {
            normalize_line_into(first, &mut next);
            offset += first.len() + 1;
            true
        }
        None => false,
    };
    let mut prev_blank = true;
    let mut header_left = HEADER_LINES;
    let mut pending_break = false;
    while has_next {
        std::mem::swap(&mut line, &mut next);
        let line_start = next_start;
        match raw.next() {
            Some(r) => {
                next_start = offset;
                normalize_line_into(r, &mut next);
                offset += r.len() + 1;
            }
            None => has_next = false,
        }
        while let Some(r) = earlier.next_if(|r| r.at <= line_start) {
            out.removed.push(Removed {
                at: out.text.len(),
                ..r
            });
        }
        let this_blank = line.is_empty();
        let isolated = prev_blank || !has_next || next.is_empty();
        prev_blank = this_blank;
        if this_blank {
            pending_break = !out.text.is_empty();
            continue;
        }
        let in_header = header_left > 0;
        header_left = header_left.saturating_sub(1);
        if in_header && ends_header(&line) {
            header_left = 0;
        }
        let (kind, kept) = if agency_before_credit(&line, &next) {
            (Some(RemovedKind::Credit), None)
        } else {
            classify(&line, in_header, isolated, gallery)
        };
        if let Some(kind) = kind {
            // A counter glued before text loses only the counter: record just that part.
            let removed = kept.map_or(line.as_str(), |k| {
                line.get(..line.len() - k.len()).unwrap_or(&line).trim_end()
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
    for r in earlier {
        out.removed.push(Removed {
            at: out.text.len(),
            ..r
        });
    }
    out
}

/// A scraper artefact: the same tag written before every line ("{Author, Unknown} …",
/// "[AFP] …", "> …"). When at least nine lines in ten of five or more start with one such
/// prefix, it is taken off each of them; each piece goes to the removed list (offsets in the
/// returned text). `None` when the text has no such prefix.
pub fn strip_line_prefix(text: &str) -> Option<(String, Vec<Removed>)> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    let prefix = ["} ", "] ", "> ", "| "]
        .iter()
        .filter_map(|sep| first.find(sep).map(|at| at + sep.len()))
        .filter(|&end| end <= 40)
        .min()
        .map(|end| &first[..end])?;
    if prefix.trim().is_empty() {
        return None;
    }
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    let (total, with) = lines.fold((0usize, 0usize), |(t, w), l| {
        (t + 1, w + usize::from(l.starts_with(prefix)))
    });
    if total < 5 || with * 10 < total * 9 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = Vec::new();
    for line in text.split_inclusive('\n') {
        match line.strip_prefix(prefix) {
            Some(rest) => {
                removed.push(Removed {
                    kind: RemovedKind::Markup,
                    text: prefix.trim().to_owned(),
                    at: out.len(),
                });
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
    }
    Some((out, removed))
}

/// The removed kind of a line that is a page field and its value: the phrase before the colon
/// is one of `page.tsv`'s fields (a page frame) or its publication-date field (a dateline).
fn page_field(line: &str) -> Option<RemovedKind> {
    use chancery_lexicon::page::{PageWord, phrases_from, word_form};
    let (name, value) = line.split_once(':')?;
    if value.trim().is_empty() || value.starts_with("//") {
        return None;
    }
    let words: Vec<String> = name
        .split_whitespace()
        .map(word_form)
        .filter(|w| !w.is_empty())
        .collect();
    let first = words.first()?;
    phrases_from(first)
        .iter()
        .find(|p| p.words == words)
        .and_then(|p| match p.kind {
            PageWord::Field | PageWord::Updated => Some(RemovedKind::PageFrame),
            PageWord::Published => Some(RemovedKind::Dateline),
            _ => None,
        })
}

/// Wiki markup's external links in plain text ("[http://www.osce.org/ru/cio/116317 заявил]", as
/// a Wikinews page's source writes them): the link's words stay, the address and its brackets go
/// to the removed list (offsets in the returned text). `None` when the text has none.
pub fn unwrap_wiki_links(text: &str) -> Option<(String, Vec<Removed>)> {
    static LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\[(https?://[^\s\]]+)[ \t]+([^\]\n]{1,200})\]").expect("valid regex")
    });
    if !text.contains("[http") || !LINK.is_match(text) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = Vec::new();
    let mut last = 0;
    for c in LINK.captures_iter(text) {
        let (Some(all), Some(url), Some(words)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        out.push_str(&text[last..all.start()]);
        removed.push(Removed {
            kind: RemovedKind::Markup,
            text: url.as_str().to_owned(),
            at: out.len(),
        });
        out.push_str(words.as_str());
        last = all.end();
    }
    out.push_str(&text[last..]);
    Some((out, removed))
}

/// Whether the text shows a photo gallery: a counter ("1/8", "1 из 8 фото"), a photo credit,
/// or a numbered line carrying a credit or a gallery mark. Numbered lines are captions only in
/// such a text; elsewhere a line that starts with a number is a numbered paragraph, an article
/// of a communiqué or a table row, and stays body.
fn has_gallery(text: &str) -> bool {
    text.split('\n').any(|raw| {
        let line = raw.trim();
        if line.len() > 2 * MAX_CAPTION_CHARS || line.is_empty() {
            return false;
        }
        let first = line.as_bytes()[0];
        if first.is_ascii_digit() {
            if let Some(c) = COUNTER.captures(line) {
                let (n, m) = (
                    c[1].parse::<u32>().unwrap_or(0),
                    c[2].parse::<u32>().unwrap_or(0),
                );
                if n >= 1 && n <= m {
                    return true;
                }
            }
            if ALBUM_COUNTER.is_match(line) {
                return true;
            }
            if CAPTION.is_match(line)
                && (CREDIT_INSIDE.is_match(line) || GALLERY_MARK.is_match(line))
            {
                return true;
            }
        }
        line.len() <= 120 && CREDIT.is_match(line)
    })
}

/// A speaker label glued to the sentence before it by a lost line break: "…to some
/// extent.Mohammed al Tomaihi: Mr. President, …" (no space after the full stop, a name of two to
/// four words, a colon, a capital).
static GLUED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[.!?…»”)](\p{Lu}\p{Ll}+(?:[ \u{a0}](?:\p{Lu}\p{Ll}+|al|bin|ibn|el|de|da|di|van|von|le)){1,3}): [\p{Lu}«“]",
    )
    .expect("valid regex")
});

/// The text with a line break put back before each glued label; the offsets of `earlier`
/// removals after an insertion move with it.
fn unglue_labels<'t>(text: &'t str, earlier: &mut [Removed]) -> std::borrow::Cow<'t, str> {
    let at: Vec<usize> = GLUED_LABEL
        .captures_iter(text)
        .filter_map(|c| c.get(1).map(|m| m.start()))
        .collect();
    if at.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + at.len());
    let mut from = 0;
    for &i in &at {
        out.push_str(&text[from..i]);
        out.push('\n');
        from = i;
    }
    out.push_str(&text[from..]);
    for r in earlier.iter_mut() {
        r.at += at.iter().filter(|&&i| i < r.at).count();
    }
    std::borrow::Cow::Owned(out)
}

/// A photo's agency on its own line right above its credit ("Reuters" over "© Murad Sezer").
fn agency_before_credit(line: &str, next: &str) -> bool {
    next.starts_with('©')
        && line.len() <= 40
        && line.split_whitespace().count() <= 3
        && !line.ends_with(['.', '!', '?', ':'])
        && chancery_lexicon::people::medium_in(line).is_some()
        && CREDIT.is_match(next)
}

/// "2019-01-10": a real calendar date written the ISO way.
fn is_iso_date(line: &str) -> bool {
    let parts: Vec<&str> = line.split('-').collect();
    let [y, m, d] = parts[..] else { return false };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return false;
    };
    y.to_string().len() == 4 && chancery_model::date::is_valid_ymd(y, m, d)
}

/// A header zone ends at the first line that reads like body prose.
fn ends_header(line: &str) -> bool {
    line.chars().count() > 250 || line.ends_with(['.', '!', '?', '»', '"'])
}

/// What a line is: `(Some(kind), None)` for chrome, `(None, Some(line))` for body, or chrome with
/// some body text kept (a counter glued before a caption text).
fn classify(
    line: &str,
    in_header: bool,
    isolated: bool,
    gallery: bool,
) -> (Option<RemovedKind>, Option<&str>) {
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
                    Some(RemovedKind::Counter),
                    (!rest.is_empty()).then_some(rest),
                );
            }
        }
        if ALBUM_COUNTER.is_match(line) {
            return (Some(RemovedKind::Counter), None);
        }
        if isolated
            && gallery
            && line.chars().count() <= MAX_CAPTION_CHARS
            && CAPTION.is_match(line)
            && !line.ends_with([':', '?'])
        {
            return (Some(RemovedKind::Caption), None);
        }
        if in_header {
            // "2019-01-10" is a date before it is a dashed reference number.
            if REFERENCE.is_match(line) && !is_iso_date(line) {
                return (Some(RemovedKind::Reference), None);
            }
            if line.len() <= 48 && DATELINE.is_match(line) {
                return (Some(RemovedKind::Dateline), None);
            }
        }
    }
    if in_header
        && line.len() <= 48
        && line.bytes().any(|b| b.is_ascii_digit())
        && DATELINE.is_match(line)
    {
        return (Some(RemovedKind::Dateline), None);
    }
    if line.len() <= 200 && is_language_switcher(line) {
        return (Some(RemovedKind::LanguageSwitcher), None);
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
            return (Some(RemovedKind::Boilerplate), None);
        }
    }
    if is_chrome_phrase(bare) {
        return (Some(RemovedKind::Boilerplate), None);
    }
    if line.len() <= 120 && CREDIT.is_match(line) {
        return (Some(RemovedKind::Credit), None);
    }
    // A page's field with its value ("Опубликован в разделе: Выступления и стенограммы",
    // "Ссылка на материал: kremlin.ru/d/21238", "Дата публикации: 17 мая 2001 года").
    if line.len() <= 160
        && let Some(kind) = page_field(line)
    {
        return (Some(kind), None);
    }
    if line.len() <= 400
        && (first.is_ascii_alphabetic() || !first.is_ascii())
        && SHARE.is_match(line)
    {
        return (Some(RemovedKind::ShareFooter), None);
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

/// One line with whitespace normalised into `out` (cleared first): no-break and other spaces
/// become one plain space, zero-width characters and controls go, the line is trimmed.
fn normalize_line_into(line: &str, out: &mut String) {
    out.clear();
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
}

#[cfg(test)]
mod tests {
    #[test]
    fn wiki_links_keep_their_words() {
        let (text, removed) =
            unwrap_wiki_links("Буркхальтер [http://www.osce.org/ru/cio/116317 заявил], что…")
                .unwrap();
        assert_eq!(text, "Буркхальтер заявил, что…");
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].text, "http://www.osce.org/ru/cio/116317");
        assert_eq!(&text[removed[0].at..], "заявил, что…");
        assert!(unwrap_wiki_links("Voir [1] et [http://a.b].").is_none());
    }

    use super::*;

    /// Cleans `input` and compares the cleaned text and the kinds of removed lines.
    #[track_caller]
    fn check(input: &str, text: &str, removed: &[RemovedKind]) {
        let got = clean_text(input);
        assert_eq!(got.text, text);
        let kinds: Vec<RemovedKind> = got.removed.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, removed);
    }

    use RemovedKind::*;

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
        // In a text with a gallery (a credit, a counter), numbered short lines are captions.
        check(
            "Il parle.\n\n4 De gauche à droite : le ministre. Photo : A. B., TASS\n\nIl parle encore.\n\n5 Le ministre.\n\nFin.",
            "Il parle.\n\nIl parle encore.\n\nFin.",
            &[Caption, Caption],
        );
        check(
            "A.\n\n8  VP Avec le président\n\nB.",
            "A.\n\nB.",
            &[Caption],
        );
        check(
            "A.\n\n28 programmes de l'Union sont en cours.\n\n1/3\n\nB.",
            "A.\n\n28 programmes de l'Union sont en cours.\n\nB.",
            &[Counter],
        );
        check(
            "Titre\n 1 Les négociations au format élargi.\n\n2/2\n\nTexte.",
            "Titre\n\nTexte.",
            &[Caption, Counter],
        );
    }

    #[test]
    fn labels_glued_to_the_sentence_before() {
        check(
            "Vladimir Putin: We could play a role, to some extent.Mohammed al Tomaihi: Mr. President, I will be direct.",
            "Vladimir Putin: We could play a role, to some extent.\nMohammed al Tomaihi: Mr. President, I will be direct.",
            &[],
        );
        // A space after the stop, or a lowercase word, is prose.
        check(
            "Il dit ceci. Jean Dupont: Oui.",
            "Il dit ceci. Jean Dupont: Oui.",
            &[],
        );
        check("U.S.Army: the plan.", "U.S.Army: the plan.", &[]);
    }

    #[test]
    fn photo_credits_under_an_agency() {
        // An agency over a "©" credit, both removed; a "©" line that is a sentence stays.
        check(
            "С похожим призывом выступил Эрдоган.\nReuters\n© Murad Sezer\n«Считаем, что…»",
            "С похожим призывом выступил Эрдоган.\n«Считаем, что…»",
            &[Credit, Credit],
        );
        check(
            "Texte.\nAFP\n© Ludovic Marin\nSuite.",
            "Texte.\nSuite.",
            &[Credit, Credit],
        );
        check(
            "Texte.\nReuters a publié la photo.\nSuite.",
            "Texte.\nReuters a publié la photo.\nSuite.",
            &[],
        );
    }

    // See: #9 (a numbered paragraph was moved out of the text into the captions).
    #[test]
    fn numbered_paragraphs_stay() {
        check(
            "Déclaration conjointe\n\n1 Les parties réaffirment leur attachement à la Charte.\n\n2 Les parties soutiennent le dialogue.\n\n3 Les parties conviennent de se revoir.",
            "Déclaration conjointe\n\n1 Les parties réaffirment leur attachement à la Charte.\n\n2 Les parties soutiennent le dialogue.\n\n3 Les parties conviennent de se revoir.",
            &[],
        );
        check(
            "Résultats\n\n1 Russie 45 %\n\n2 France 30 %",
            "Résultats\n\n1 Russie 45 %\n\n2 France 30 %",
            &[],
        );
    }

    #[test]
    fn a_prefix_on_every_line_goes() {
        let text = "{Author, Unknown} НАТО и Россия.\r\n{Author, Unknown} Вернуться назад\n{Author, Unknown} Текст.\n\n{Author, Unknown} Ещё.\n{Author, Unknown} Конец.\n";
        let (out, removed) = strip_line_prefix(text).unwrap();
        assert_eq!(
            out,
            "НАТО и Россия.\r\nВернуться назад\nТекст.\n\nЕщё.\nКонец.\n"
        );
        assert_eq!(removed.len(), 5);
        assert_eq!(removed[1].text, "{Author, Unknown}");
        assert_eq!(removed[1].at, "НАТО и Россия.\r\n".len());
        assert_eq!(
            strip_line_prefix("Un.\nDeux.\nTrois.\nQuatre.\nCinq.\n"),
            None
        );
        // Quoted speech in a few lines is not a prefix on every line.
        assert_eq!(strip_line_prefix("> A\n> B\nC\nD\nE\nF\n"), None);
    }

    #[test]
    fn earlier_removals_keep_their_place() {
        let earlier = vec![
            Removed {
                kind: Navigation,
                text: "Accueil".into(),
                at: 0,
            },
            Removed {
                kind: Related,
                text: "Lire aussi".into(),
                at: 12,
            },
        ];
        // The removal at byte 12 (inside "Second.") comes out right after that block.
        let got = clean_text_after("Premier.\n\nSecond.\n\nTroisième.", earlier);
        assert_eq!(got.text, "Premier.\n\nSecond.\n\nTroisième.");
        let at: Vec<(RemovedKind, usize)> = got.removed.iter().map(|r| (r.kind, r.at)).collect();
        assert_eq!(at, [(Navigation, 0), (Related, 17)]);
    }

    #[test]
    fn page_fields_with_their_values() {
        check(
            "Спасибо.\n\nОпубликован в разделе: Выступления и стенограммы\n\nДата публикации: 17 мая 2001 года, 00:02\n\nСсылка на материал: kremlin.ru/d/21238",
            "Спасибо.",
            &[PageFrame, Dateline, PageFrame],
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
        check(
            "ru-ryanair-1\nru\n2019-01-10\nhttps://a.ua/x\nКлимкин рассказал.",
            "ru-ryanair-1\nru\nhttps://a.ua/x\nКлимкин рассказал.",
            &[Dateline],
        );
        check(
            "Москва, 14 марта 2019 г.\n\nВ.Путин: Добрый день.",
            "В.Путин: Добрый день.",
            &[Dateline],
        );
        check(
            "Situation en Irak\n(mercredi 08 septembre 2004)\n\nLe ministre a répondu.",
            "Situation en Irak\n\nLe ministre a répondu.",
            &[Dateline],
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
