//! Main-content extraction from HTML pages.
//!
//! [`extract_main`] reads a page in one pass, without building a DOM:
//!
//! 1. [`lexer`] cuts the bytes into text, tags, CDATA and raw text (script, style, title…),
//!    skipping comments and doctypes;
//! 2. [`extract`] keeps a stack of open elements (with the implicit closes of HTML: `<p>` before
//!    a block, `<li>` before `<li>`, table cells), drops subtrees that are never content
//!    ([`boilerplate`]: script, nav, aside, hidden elements, chrome roles, class/id names of
//!    menus, share widgets, cookie banners…), and writes the remaining text into one buffer as
//!    blocks, decoding character references ([`entities`]) and collapsing whitespace;
//! 3. at the end it keeps the blocks of the best main-content candidate (`<main>`, `role=main`,
//!    `<article>`, `itemprop=articleBody`: the one with the most non-link text), or all blocks
//!    when the page has none, minus short link-dense blocks (menus, tag lists);
//! 4. [`meta`] resolves what the page declares about itself ([`HtmlMeta`]).
//!
//! The output has one block per paragraph, blocks separated by a blank line, `<br>` as a line
//! break, whitespace collapsed except inside `<pre>`, and every other character as written
//! (U+00A0 included: the chrome stage normalises it). Any input, however broken, gives a result.

mod boilerplate;
mod entities;
mod extract;
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

/// The main content of an HTML page as plain text (blocks separated by a blank line), and its metadata.
pub fn extract_main(html: &str) -> (String, HtmlMeta) {
    let mut lexer = lexer::Lexer::new(html);
    let mut extractor = extract::Extractor::new(html.len());
    while let Some(token) = lexer.next_token() {
        extractor.token(token, lexer.attrs());
    }
    extractor.finish()
}
