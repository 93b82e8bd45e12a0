/*!
Cleaning: from a raw document's text (HTML or plain) to the cleaned body.

- [`html::extract_main`] finds the main content of an HTML page (not tag stripping: navigation,
  menus, footers, share widgets go) and returns it as plain text, one block per paragraph, plus the
  page's own metadata ([`HtmlMeta`]).
- [`chrome::clean_text`] then removes page chrome from plain text by rules that generalise
  (per-language chrome word lists, gallery counters, numbered photo captions, photographer
  credits, language switchers, share footers), normalises whitespace, and keeps every body line.

Removed pieces are not thrown away: [`Cleaned::removed`] keeps them with their kind, because some
of them carry metadata (a dateline, a reference number, a language switcher, a share footer that
names the publisher) that the `meta` extractor reads.
*/

pub mod chrome;
pub mod html;

pub use chrome::clean_text;
pub use html::{HtmlMeta, extract_main};

/// What kind of page chrome a removed line was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChromeKind {
    /// "• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1"
    LanguageSwitcher,
    /// A header line holding only a date and/or time ("26 novembre 202014:26", "14:49").
    Dateline,
    /// A header line holding only the publisher's reference ("2059-26-11-2020").
    Reference,
    /// "Rejoignez News-Front sur Facebook et Vkontakte …"
    ShareFooter,
    /// A numbered photo caption ("4 De gauche à droite : …").
    Caption,
    /// A gallery counter ("1/8").
    Counter,
    /// "Photo : Pavel Bedniakov, RIA Novosti"
    Credit,
    /// A word or phrase from the per-language chrome lists ("Photos", "Documentos adicionales", "x").
    Boilerplate,
}

/// A line that cleaning removed, kept for the metadata stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub kind: ChromeKind,
    /// The removed text, trimmed.
    pub text: String,
    /// Byte offset in the cleaned text where the line stood.
    pub at: usize,
}

/// The result of cleaning one document.
#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    /// The cleaned body: paragraphs separated by "\n", blank-line paragraph breaks kept as "\n\n".
    pub text: String,
    pub removed: Vec<Removed>,
    /// Metadata the HTML page declared, when the input was HTML.
    pub html: Option<HtmlMeta>,
}

/// Cleans one document: main-content extraction first when it is HTML, then chrome removal.
pub fn clean(text: &str, is_html: bool) -> Cleaned {
    if !is_html {
        return clean_text(text);
    }
    let (body, meta) = extract_main(text);
    Cleaned {
        html: Some(meta),
        ..clean_text(&body)
    }
}
