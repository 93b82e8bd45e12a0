//! Attribute rules that mark a subtree as page chrome: hidden elements, landmark roles that are
//! not content, and class/id names of menus, footers, share widgets, cookie banners…
//!
//! Class and id names are matched by word, never by substring: a name is cut into words at `-`,
//! `_`, `:`, `.` and lower-to-upper case changes (`site-footer`, `share_bar`, `mainNav`), and
//! `download` or `shadow` never match `ad`. Strong words (share, cookie, breadcrumb…) match
//! anywhere in the name; weak words (footer, sidebar, menu, nav, banner…) only as its first or
//! last word, so that layout wrappers like `content-sidebar-wrap` survive. A name holding a
//! modifier word (`has-sidebar`, `with-share`, `no-comments`) describes its page, not itself, and
//! never matches.

use super::lexer::Attrs;
use super::tags::{Key, keys};

/// Whether the element is hidden from readers: `hidden`, `aria-hidden="true"`, or an inline
/// style with `display: none` or `visibility: hidden`.
pub(super) fn is_hidden(attrs: &Attrs<'_>) -> bool {
    attrs.hidden
        || attrs
            .aria_hidden
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || attrs.style.is_some_and(style_hides)
}

fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let value = value.trim();
        let value = value
            .get(..value.find('!').unwrap_or(value.len()))
            .unwrap_or(value)
            .trim();
        let prop = prop.trim();
        (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// Whether a `role` attribute names a landmark or widget that is not content.
pub(super) fn is_chrome_role(role: &str) -> bool {
    const ROLES: &[&str] = &[
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "dialog",
        "alertdialog",
    ];
    role.split_ascii_whitespace()
        .any(|r| ROLES.iter().any(|c| r.eq_ignore_ascii_case(c)))
}

/// Whether `role="main"`.
pub(super) fn is_main_role(role: &str) -> bool {
    role.split_ascii_whitespace()
        .any(|r| r.eq_ignore_ascii_case("main"))
}

/// Whether a whitespace-separated attribute value holds `token` (ASCII case-insensitive).
pub(super) fn has_token(value: &str, token: &str) -> bool {
    value
        .split_ascii_whitespace()
        .any(|t| t.eq_ignore_ascii_case(token))
}

/// Whether a `class` or `id` value names page chrome.
pub(super) fn is_chrome_name(value: &str) -> bool {
    value.split_ascii_whitespace().any(name_is_chrome)
}

/// Whole class names of screen-reader-only text ("Partager sur Facebook", "(nouvelle fenêtre)").
const SCREEN_READER: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "element-invisible",
];

/// Words that match anywhere in a name.
/// Sorted (a test checks), searched by [`Key`].
const STRONG: &[&str] = &[
    "ads",
    "advert",
    "advertisement",
    "adverts",
    "ariane",
    "breadcrumb",
    "breadcrumbs",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "didomi",
    "gdpr",
    "modal",
    "navbar",
    "newsletter",
    "onetrust",
    "outbrain",
    "pager",
    "pagination",
    "partage",
    "popup",
    "related",
    "rgpd",
    "share",
    "sharing",
    "social",
    "sociaux",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tarteaucitron",
];

/// Prefixes that make a word strong (`cookiebar`, `sharethis`, `socialmedia`, `breadcrumbList`).
const STRONG_PREFIXES: &[&str] = &[
    "advert",
    "breadcrumb",
    "cookie",
    "navbar",
    "newsletter",
    "pagination",
    "partag",
    "share",
    "social",
    "subscri",
];

/// Words that match as the first or last word of a name.
/// Sorted (a test checks), searched by [`Key`].
const WEAK: &[&str] = &[
    "ad",
    "adv",
    "banner",
    "comment",
    "footer",
    "lang",
    "langs",
    "langswitch",
    "language",
    "languages",
    "masthead",
    "menu",
    "menus",
    "nav",
    "navigation",
    "sidebar",
    "skip",
    "switcher",
    "toolbar",
    "topbar",
    "widget",
    "widgets",
];

/// Prefixes that make a word weak (`sidebar1`, `footerlinks`, `menuitem`).
const WEAK_PREFIXES: &[&str] = &["footer", "menu", "sidebar", "widget"];

/// Words that make the whole name describe something else (`has-sidebar`, `no-comments`).
/// Sorted (a test checks), searched by [`Key`].
const MODIFIERS: &[&str] = &["has", "is", "no", "with", "without"];

static STRONG_KEYS: [u128; STRONG.len()] = keys(STRONG);
static STRONG_PREFIX_KEYS: [u128; STRONG_PREFIXES.len()] = keys(STRONG_PREFIXES);
static WEAK_KEYS: [u128; WEAK.len()] = keys(WEAK);
static WEAK_PREFIX_KEYS: [u128; WEAK_PREFIXES.len()] = keys(WEAK_PREFIXES);
static MODIFIER_KEYS: [u128; MODIFIERS.len()] = keys(MODIFIERS);
const SHARED: u128 = Key::new(b"shared").value;

fn name_is_chrome(name: &str) -> bool {
    if SCREEN_READER.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        return true;
    }
    let bytes = name.as_bytes();
    let mut words = [(0usize, 0usize); 8];
    let count = split_words(bytes, &mut words);
    let mut word_keys = [Key::new(b""); 8];
    for (k, &(a, b)) in word_keys.iter_mut().zip(&words[..count]) {
        *k = Key::new(&bytes[a..b]);
    }
    let word_keys = &word_keys[..count];
    if word_keys.iter().any(|k| is_in(*k, &MODIFIER_KEYS)) {
        return false;
    }
    word_keys.iter().enumerate().any(|(i, &k)| {
        if is_in(k, &STRONG_KEYS)
            || (has_prefix(k, &STRONG_PREFIX_KEYS, STRONG_PREFIXES) && k.value != SHARED)
        {
            return true;
        }
        (i == 0 || i + 1 == count)
            && (is_in(k, &WEAK_KEYS) || has_prefix(k, &WEAK_PREFIX_KEYS, WEAK_PREFIXES))
    })
}

fn is_in(key: Key, sorted: &[u128]) -> bool {
    key.fits && sorted.binary_search(&key.value).is_ok()
}

fn has_prefix(key: Key, prefix_keys: &[u128], prefixes: &[&str]) -> bool {
    prefix_keys
        .iter()
        .zip(prefixes)
        .any(|(&p, name)| key.starts_with(p, name.len()))
}

/// Cuts a name into words; returns how many (at most `out.len()`, the rest is one last word).
fn split_words(name: &[u8], out: &mut [(usize, usize)]) -> usize {
    let mut count = 0;
    let mut start = 0;
    let mut i = 0;
    while i <= name.len() && count < out.len() {
        let boundary = match name.get(i) {
            None => true,
            Some(b'-' | b'_' | b':' | b'.') => true,
            Some(b) => b.is_ascii_uppercase() && i > start && name[i - 1].is_ascii_lowercase(),
        };
        if boundary {
            if i > start {
                out[count] = (start, i);
                count += 1;
            }
            // A case change starts a word at the capital; a separator is skipped.
            start = if name.get(i).is_some_and(u8::is_ascii_uppercase) {
                i
            } else {
                i + 1
            };
        }
        i += 1;
    }
    if count == out.len() && start < name.len() {
        out[count - 1].1 = name.len();
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_names() {
        let chrome = [
            "site-footer",
            "footer",
            "main-nav",
            "navbar-expand-lg",
            "nav",
            "breadcrumbs",
            "c-share-bar",
            "post-share-buttons",
            "shareButtons",
            "mainNav",
            "cookie-banner",
            "cookiebar",
            "sidebar-left",
            "sidebar1",
            "l-sidebar",
            "widget_text",
            "related-posts",
            "newsletter-signup",
            "pagination",
            "lang-switch",
            "sr-only",
            "gpt-ad",
            "ad-slot",
            "comments-area",
            "menu-primary",
        ];
        for name in chrome {
            assert!(is_chrome_name(name), "{name} should be chrome");
        }
        let content = [
            "download",
            "downloads-list",
            "shadow",
            "content-sidebar-wrap",
            "has-sidebar",
            "no-comments",
            "article-body",
            "entry-content",
            "header",
            "article-header",
            "shared-content",
            "loaded",
            "headline",
            "pub-date",
            "text-menuiserie-guide",
        ];
        for name in content {
            assert!(!is_chrome_name(name), "{name} should be content");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [&STRONG_KEYS[..], &WEAK_KEYS, &MODIFIER_KEYS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn split_words_is_bounded() {
        let mut words = [(0, 0); 8];
        let name = "a-b-c-d-e-f-g-h-i-j";
        assert_eq!(split_words(name.as_bytes(), &mut words), 8);
        assert_eq!(&name[words[7].0..words[7].1], "h-i-j");
        assert_eq!(split_words(b"", &mut words), 0);
        assert_eq!(split_words(b"---", &mut words), 0);
        assert_eq!(split_words(b"mainNavBar", &mut words), 3);
    }
}
