/*!
Cleaning: from a raw document's text (HTML or plain) to the cleaned body.

- [`html::extract_page`] finds the main content of an HTML page (not tag stripping: navigation,
  menus, footers, share widgets go) and returns it as plain text, one block per paragraph, the
  page's own metadata ([`HtmlMeta`]), and every block of visible text it left out, with why.
- [`chrome::clean_text`] then removes page chrome from plain text by rules that generalise
  (per-language chrome word lists, gallery counters, numbered photo captions, photographer
  credits, language switchers, share footers), normalises whitespace, and keeps every body line.

Removed pieces are not thrown away: [`Cleaned::removed`] keeps them with their kind, because some
of them carry metadata (a dateline, a reference number, a language switcher, a share footer that
names the publisher) that the `meta` extractor reads.
*/

pub mod chrome;
pub mod html;
pub mod markdown;
pub mod pagedump;
pub mod pdftext;

pub use chrome::clean_text;
pub use html::{HtmlMeta, extract_main};

pub use chancery_model::{Markup, Removed, RemovedKind};

/// The result of cleaning one document.
#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    /// The cleaned body: paragraphs separated by "\n", blank-line paragraph breaks kept as "\n\n".
    pub text: String,
    pub removed: Vec<Removed>,
    /// Metadata the HTML page declared, when the input was HTML.
    pub html: Option<HtmlMeta>,
}

impl Cleaned {
    /// Puts a title the input's container gives (a record's title field, front matter, a feed
    /// item's title) at the top of the text as its own paragraph, unless the body already opens
    /// with it: a reader sees the title, and what it names and dates is part of the document.
    /// Offsets of removed pieces move with the text.
    pub fn with_title(mut self, title: Option<&str>) -> Cleaned {
        let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else {
            return self;
        };
        let head_end = self.text.floor_char_boundary(2 * title.len() + 200);
        if words(&self.text[..head_end]).contains(&words(title)) {
            return self;
        }
        let title: String = title.split_whitespace().collect::<Vec<_>>().join(" ");
        let shift = title.len() + 2;
        let mut text = String::with_capacity(self.text.len() + shift);
        text.push_str(&title);
        text.push_str("\n\n");
        text.push_str(&self.text);
        self.text = text;
        for r in &mut self.removed {
            r.at += shift;
        }
        self
    }
}

/// Lower-case letters and digits, one space between words.
fn words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cleans one document written in `markup`: the markup is read first (main-content extraction
/// for HTML, syntax for Markdown), then chrome is removed from the plain text. What the first
/// step took out is kept in `removed` too, at its place in the cleaned text.
pub fn clean(text: &str, markup: Markup) -> Cleaned {
    match markup {
        Markup::Text => match chrome::unwrap_wiki_links(text) {
            // (A text with wiki links is not also one with a prefix on every line.)
            Some((body, removed)) => chrome::clean_text_after(&body, removed),
            None => match chrome::strip_line_prefix(text) {
                Some((body, removed)) => chrome::clean_text_after(&body, removed),
                None => clean_text(text),
            },
        },
        Markup::Html => {
            let page = html::extract_page(text);
            let removed = page
                .dropped
                .into_iter()
                .map(|d| Removed {
                    kind: d.reason.removed_kind(),
                    text: d.text,
                    at: d.at,
                })
                .collect();
            Cleaned {
                html: Some(page.meta),
                ..chrome::clean_text_after(&page.body, removed)
            }
        }
        Markup::Markdown => {
            let (body, removed) = markdown::to_text(text);
            chrome::clean_text_after(&body, removed)
        }
        Markup::PdfText => {
            let (body, removed) = pdftext::to_text(text);
            chrome::clean_text_after(&body, removed)
        }
        Markup::PageDump => {
            let (body, removed) = pagedump::to_text(text);
            chrome::clean_text_after(&body, removed)
        }
    }
}
