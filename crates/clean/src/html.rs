//! Main-content extraction from HTML pages.

/// Metadata an HTML page declares about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlMeta {
    /// `<title>`, `og:title` or the first `<h1>`, in that order of preference (og/h1 first when set).
    pub title: Option<String>,
    /// `<html lang>` (primary subtag, lowercase).
    pub lang: Option<String>,
    /// A publication date as the page writes it (`article:published_time`, `<time datetime>`, …).
    pub published: Option<String>,
    /// `<link rel=canonical>` or `og:url`.
    pub url: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// Languages offered by `<link rel=alternate hreflang>`.
    pub translations: Vec<String>,
}

/// The main content of an HTML page as plain text (blocks separated by a blank line), and its metadata.
pub fn extract_main(html: &str) -> (String, HtmlMeta) {
    let _ = html;
    (String::new(), HtmlMeta::default())
}
