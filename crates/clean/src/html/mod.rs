//! Main-content extraction from HTML pages.
//!
//! [`extract_page`] reads a page in one pass, without building a DOM:
//!
//! 1. [`lexer`] cuts the bytes into text, tags, CDATA and raw text (script, style, title…),
//!    skipping comments and doctypes;
//! 2. [`extract`] keeps a stack of open elements (with the implicit closes of HTML: `<p>` before
//!    a block, `<li>` before `<li>`, table cells), skips the subtrees that are never text
//!    (script, style, form controls, embedded media), and writes all other text into one buffer
//!    as blocks, decoding character references ([`entities`]) and collapsing whitespace. It
//!    records a light tree of the elements that matter — block elements, table cells, landmarks,
//!    main-content candidates, and the elements whose tag, role, `hidden` or class/id words
//!    ([`boilerplate`]) say they are chrome, and which kind (navigation, comments, share,
//!    caption…);
//! 3. at the end it weighs every block (prose counts for, links and chrome against), takes the
//!    best semantic region (`<main>`, `role=main`, `itemprop=articleBody`, an `<article>` holding
//!    real text) and inside it the subtree whose blocks weigh most, then drops what lies inside
//!    that subtree but is chrome: subtrees named or tagged so, link-dense blocks, captions, the
//!    article's header before its first paragraph, and lines of page furniture ([`furniture`]:
//!    bylines, "Advertisement", "More:" lists, calls to subscribe);
//! 4. [`meta`] resolves what the page declares about itself ([`HtmlMeta`]).
//!
//! Nothing visible is dropped silently: every block left out is in [`Page::dropped`] with its
//! [`DropReason`] and its place in the body.
//!
//! The body has one block per paragraph, blocks separated by a blank line, `<br>` as a line
//! break, whitespace collapsed except inside `<pre>`, and every other character as written
//! (U+00A0 included: the chrome stage normalises it). Any input, however broken, gives a result.

mod boilerplate;
mod entities;
mod extract;
mod furniture;
mod lexer;
mod meta;
mod tags;

#[cfg(test)]
mod tests;

/// Metadata an HTML page declares about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlMeta {
    /// `og:title`, else the first `<h1>` of the main content, else `<title>` without a trailing
    /// " | Site" when "Site" is the `og:site_name`.
    pub title: Option<String>,
    /// `<html lang>` (primary subtag, lowercase), else `<meta http-equiv=content-language>`.
    pub lang: Option<String>,
    /// A publication date as the page writes it: `article:published_time`, `og:published_time`,
    /// `<meta name=date|dc.date|pubdate|publish-date…>`, `itemprop=datePublished`, JSON-LD
    /// `datePublished`, then the first `<time datetime>` of the main content.
    pub published: Option<String>,
    /// `<link rel=canonical>` or `og:url`.
    pub url: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// Languages offered by `<link rel=alternate hreflang>` (primary subtags, in order, without
    /// duplicates or `x-default`).
    pub translations: Vec<String>,
}

/// Why a block of a page's text is not in the main content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// Menus, breadcrumbs, pagination, language switchers, skip links (`<nav>`, `role=navigation`).
    Navigation,
    /// The page's header or banner (`<header>` outside the content, `role=banner`, `masthead`).
    Header,
    /// A page's or article's footer (`<footer>`, `role=contentinfo`).
    Footer,
    /// Sidebars and widgets (`<aside>`, `role=complementary`).
    Aside,
    /// Related, recommended or "read also" articles.
    Related,
    /// A comment thread.
    Comments,
    /// Share and follow buttons.
    Share,
    /// Advertisements and sponsored blocks.
    Ad,
    /// Newsletter, subscription and sign-up blocks.
    Subscribe,
    /// Cookie and consent banners.
    Consent,
    /// Modal dialogs and pop-ups.
    Popup,
    /// Hidden from readers (`hidden`, `aria-hidden`, `display: none`, screen-reader-only text).
    Hidden,
    /// A small form (search, login, contact).
    Form,
    /// A block made mostly of links (tag lists, menus without markup, "read more" lines).
    LinkList,
    /// The article's title and the lines around it before the text (kicker, standfirst,
    /// repeated title).
    Headline,
    /// An author or date line ("By Jane Doe", "Updated Nov 19, 9:41 AM").
    Byline,
    /// A caption or credit of an image or video.
    Caption,
    /// A short line of page furniture ("Advertisement", "Read more", "Image copyright…").
    Boilerplate,
    /// Text of the page outside its main content.
    Outside,
}

impl DropReason {
    /// The kind of removed piece this block becomes in the document's removed layer.
    pub const fn removed_kind(self) -> chancery_model::RemovedKind {
        use chancery_model::RemovedKind as K;
        match self {
            DropReason::Navigation => K::Navigation,
            DropReason::Header | DropReason::Footer | DropReason::Byline => K::PageFrame,
            DropReason::Aside | DropReason::Related => K::Related,
            DropReason::Comments => K::Comments,
            DropReason::Share => K::ShareFooter,
            DropReason::Ad
            | DropReason::Subscribe
            | DropReason::Consent
            | DropReason::Popup
            | DropReason::Hidden
            | DropReason::Form => K::Hidden,
            DropReason::LinkList => K::LinkList,
            DropReason::Headline => K::Headline,
            DropReason::Caption => K::Caption,
            DropReason::Boilerplate => K::Boilerplate,
            DropReason::Outside => K::OutsideContent,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            DropReason::Navigation => "navigation",
            DropReason::Header => "header",
            DropReason::Footer => "footer",
            DropReason::Aside => "aside",
            DropReason::Related => "related",
            DropReason::Comments => "comments",
            DropReason::Share => "share",
            DropReason::Ad => "ad",
            DropReason::Subscribe => "subscribe",
            DropReason::Consent => "consent",
            DropReason::Popup => "popup",
            DropReason::Hidden => "hidden",
            DropReason::Form => "form",
            DropReason::LinkList => "link_list",
            DropReason::Headline => "headline",
            DropReason::Byline => "byline",
            DropReason::Caption => "caption",
            DropReason::Boilerplate => "boilerplate",
            DropReason::Outside => "outside",
        }
    }
}

/// Text of the page that is not in the body: consecutive dropped blocks with the same reason,
/// joined by a blank line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub reason: DropReason,
    pub text: String,
    /// Byte offset in the body where the text stood.
    pub at: usize,
}

/// What [`extract_page`] reads from a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The main content as plain text, blocks separated by a blank line.
    pub body: String,
    pub meta: HtmlMeta,
    /// Every block of visible text that is not in `body`, in page order, with why. Text that is
    /// never shown as such (scripts, styles, form controls, embedded media) is not listed.
    pub dropped: Vec<Dropped>,
}

/// The main content of an HTML page, its metadata, and the text left out with the reasons.
pub fn extract_page(html: &str) -> Page {
    run(html, true)
}

/// The main content of an HTML page as plain text (blocks separated by a blank line), and its metadata.
pub fn extract_main(html: &str) -> (String, HtmlMeta) {
    let page = run(html, false);
    (page.body, page.meta)
}

fn run(html: &str, keep_dropped: bool) -> Page {
    let mut lexer = lexer::Lexer::new(html);
    let mut extractor = extract::Extractor::new(html.len());
    while let Some(token) = lexer.next_token() {
        extractor.token(token, lexer.attrs());
    }
    extractor.finish(keep_dropped)
}
