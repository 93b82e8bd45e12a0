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

use super::DropReason;
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

/// Whether a `role` attribute names a landmark or widget that is not content, and which.
pub(super) fn role_chrome(role: &str) -> Option<Chrome> {
    const ROLES: &[(&str, DropReason)] = &[
        ("navigation", R::Navigation),
        ("banner", R::Header),
        ("contentinfo", R::Footer),
        ("complementary", R::Aside),
        ("search", R::Navigation),
        ("menu", R::Navigation),
        ("menubar", R::Navigation),
        ("toolbar", R::Navigation),
        ("dialog", R::Popup),
        ("alertdialog", R::Popup),
    ];
    role.split_ascii_whitespace().find_map(|r| {
        ROLES
            .iter()
            .find(|(name, _)| r.eq_ignore_ascii_case(name))
            .map(|&(_, reason)| Chrome {
                reason,
                soft: false,
                named: false,
            })
    })
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

/// What a chrome name or tag says about its subtree: why it would go, and how sure that is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Chrome {
    pub reason: DropReason,
    /// A word that wrappers of the content also carry (`widget`, `modal`, `pagination`): the
    /// subtree goes only when it does not hold the content.
    pub soft: bool,
    /// Said by a class or id name, not by the tag, a role or `hidden`: names are worn by
    /// wrappers too, so they decide only inside the main content, never where it is.
    pub named: bool,
}

/// Whether a `class` or `id` value names page chrome, and which. A firm word wins over a soft
/// one; the first firm word decides. ([`Names::classify`] is the same, with a memory.)
#[cfg(test)]
fn classify_name(value: &str) -> Option<Chrome> {
    let mut found: Option<Chrome> = None;
    for name in value.split_ascii_whitespace() {
        if let Some(c) = name_chrome(name) {
            if !c.soft {
                return Some(c);
            }
            found.get_or_insert(c);
        }
    }
    found
}

#[cfg(test)]
fn is_chrome_name(value: &str) -> bool {
    classify_name(value).is_some()
}

/// [`classify_name`] with the verdicts of the words already seen on the page: a page repeats a
/// few hundred class names thousands of times.
pub(super) struct Names<'a> {
    slots: Vec<(&'a str, Option<Chrome>)>,
}

impl<'a> Names<'a> {
    const SLOTS: usize = 1024;

    pub(super) fn new() -> Self {
        Names {
            slots: vec![("", None); Self::SLOTS],
        }
    }

    pub(super) fn classify(&mut self, value: &'a str) -> Option<Chrome> {
        let bytes = value.as_bytes();
        let mut found: Option<Chrome> = None;
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let start = i;
            // FNV-1a of the name, on the way to its end.
            let mut hash: u32 = 0x811c_9dc5;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                hash = (hash ^ u32::from(bytes[i])).wrapping_mul(0x0100_0193);
                i += 1;
            }
            if i == start {
                break;
            }
            let name = value.get(start..i).unwrap_or("");
            let slot = &mut self.slots[hash as usize % Self::SLOTS];
            if slot.0 != name {
                *slot = (name, name_chrome(name));
            }
            if let Some(c) = slot.1 {
                if !c.soft {
                    return Some(c);
                }
                found.get_or_insert(c);
            }
        }
        found
    }
}

/// Whole class names of screen-reader-only text ("Partager sur Facebook", "(nouvelle fenêtre)").
const SCREEN_READER: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "element-invisible",
    "off-screen",
    "offscreen",
];

use DropReason as R;

/// A word of a chrome name: what it names, and whether it is soft (see [`Chrome::soft`]).
type Word = (&'static str, DropReason, bool);

/// Words that match anywhere in a name.
/// Sorted (a test checks), searched by [`Key`].
const ANYWHERE: &[Word] = &[
    ("ads", R::Ad, false),
    ("advert", R::Ad, false),
    ("advertisement", R::Ad, false),
    ("adverts", R::Ad, false),
    ("ariane", R::Navigation, false),
    ("breadcrumb", R::Navigation, false),
    ("breadcrumbs", R::Navigation, false),
    ("byline", R::Byline, false),
    ("bylines", R::Byline, false),
    ("caption", R::Caption, false),
    ("captions", R::Caption, false),
    ("comments", R::Comments, false),
    ("consent", R::Consent, false),
    ("cookie", R::Consent, false),
    ("cookies", R::Consent, false),
    ("didomi", R::Consent, false),
    ("disqus", R::Comments, false),
    ("gdpr", R::Consent, false),
    ("modal", R::Popup, true),
    ("navbar", R::Navigation, false),
    ("newsletter", R::Subscribe, false),
    ("onetrust", R::Consent, false),
    ("outbrain", R::Related, false),
    ("pager", R::Navigation, true),
    ("pagination", R::Navigation, true),
    ("partage", R::Share, false),
    ("popover", R::Popup, false),
    ("popup", R::Popup, true),
    ("related", R::Related, false),
    ("rgpd", R::Consent, false),
    ("rollover", R::Popup, false),
    ("share", R::Share, false),
    ("sharing", R::Share, false),
    ("social", R::Share, false),
    ("sociaux", R::Share, false),
    ("sponsored", R::Ad, false),
    ("subscribe", R::Subscribe, false),
    ("subscription", R::Subscribe, false),
    ("taboola", R::Related, false),
    ("tarteaucitron", R::Consent, false),
    ("tooltip", R::Popup, false),
];

/// Prefixes that make a word match anywhere (`cookiebar`, `sharethis`, `socialmedia`).
const ANYWHERE_PREFIXES: &[Word] = &[
    ("advert", R::Ad, false),
    ("breadcrumb", R::Navigation, false),
    ("byline", R::Byline, false),
    ("caption", R::Caption, false),
    ("cookie", R::Consent, false),
    ("navbar", R::Navigation, false),
    ("newsletter", R::Subscribe, false),
    ("pagination", R::Navigation, true),
    ("partag", R::Share, false),
    ("share", R::Share, false),
    ("social", R::Share, false),
    ("subscri", R::Subscribe, false),
];

/// Words that match as the first or last word of a name.
/// Sorted (a test checks), searched by [`Key`].
const EDGE: &[Word] = &[
    ("ad", R::Ad, false),
    ("adv", R::Ad, false),
    ("author", R::Byline, false),
    ("authors", R::Byline, false),
    ("banner", R::Header, true),
    ("comment", R::Comments, false),
    ("copyright", R::Footer, false),
    ("credit", R::Caption, false),
    ("credits", R::Caption, false),
    ("footer", R::Footer, false),
    ("lang", R::Navigation, false),
    ("langs", R::Navigation, false),
    ("langswitch", R::Navigation, false),
    ("language", R::Navigation, false),
    ("languages", R::Navigation, false),
    ("masthead", R::Header, true),
    ("menu", R::Navigation, false),
    ("menus", R::Navigation, false),
    ("nav", R::Navigation, false),
    ("navigation", R::Navigation, false),
    ("sidebar", R::Aside, false),
    ("skip", R::Navigation, false),
    ("switcher", R::Navigation, false),
    ("toolbar", R::Navigation, true),
    ("topbar", R::Navigation, true),
    ("widget", R::Aside, true),
    ("widgets", R::Aside, true),
];

/// Prefixes that make a word match at the edge (`sidebar1`, `footerlinks`, `menuitem`).
const EDGE_PREFIXES: &[Word] = &[
    ("footer", R::Footer, false),
    ("menu", R::Navigation, false),
    ("sidebar", R::Aside, false),
    ("widget", R::Aside, true),
];

/// Words that make the whole name describe something else (`has-sidebar`, `no-comments`).
/// Sorted (a test checks), searched by [`Key`].
const MODIFIERS: &[&str] = &["has", "is", "no", "with", "without"];

const fn word_keys<const N: usize>(words: &[Word]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = Key::new(words[i].0.as_bytes()).value;
        i += 1;
    }
    out
}

static ANYWHERE_KEYS: [u128; ANYWHERE.len()] = word_keys(ANYWHERE);
static ANYWHERE_PREFIX_KEYS: [u128; ANYWHERE_PREFIXES.len()] = word_keys(ANYWHERE_PREFIXES);
static EDGE_KEYS: [u128; EDGE.len()] = word_keys(EDGE);
static EDGE_PREFIX_KEYS: [u128; EDGE_PREFIXES.len()] = word_keys(EDGE_PREFIXES);
static MODIFIER_KEYS: [u128; MODIFIERS.len()] = keys(MODIFIERS);
const SHARED: u128 = Key::new(b"shared").value;
const EMBED: u128 = Key::new(b"embed").value;
const EMBEDDED: u128 = Key::new(b"embedded").value;

fn chrome(word: &Word) -> Chrome {
    Chrome {
        reason: word.1,
        soft: word.2,
        named: true,
    }
}

/// Per first two letters (`a`–`z`, then `a`–`z` or anything else): bit `n` set when some listed
/// word (any table, modifiers too) has `n` bytes, and the shortest prefix starting so. Most
/// words of a class name fail this test and are never looked up.
static SHAPES: [(u32, u8); 26 * 27] = {
    let mut out = [(0u32, u8::MAX); 26 * 27];
    let lists: [&[Word]; 2] = [ANYWHERE, EDGE];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].0.as_bytes();
            out[shape(w)].0 |= 1 << w.len();
            i += 1;
        }
        l += 1;
    }
    let others: [&[&str]; 2] = [MODIFIERS, &["embed", "embedded"]];
    let mut l = 0;
    while l < others.len() {
        let mut i = 0;
        while i < others[l].len() {
            let w = others[l][i].as_bytes();
            out[shape(w)].0 |= 1 << w.len();
            i += 1;
        }
        l += 1;
    }
    let prefixes: [&[Word]; 2] = [ANYWHERE_PREFIXES, EDGE_PREFIXES];
    let mut l = 0;
    while l < prefixes.len() {
        let mut i = 0;
        while i < prefixes[l].len() {
            let w = prefixes[l][i].0.as_bytes();
            let slot = &mut out[shape(w)].1;
            if (w.len() as u8) < *slot {
                *slot = w.len() as u8;
            }
            i += 1;
        }
        l += 1;
    }
    out
};

/// The [`SHAPES`] slot of a word starting with a lowercase ASCII letter.
const fn shape(word: &[u8]) -> usize {
    let first = (word[0] - b'a') as usize;
    let second = if word.len() > 1 && word[1].is_ascii_lowercase() {
        (word[1] - b'a') as usize
    } else {
        26
    };
    first * 27 + second
}

/// Whether a word may be in a list: its first letters and length allow it.
fn may_match(word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    if !first.to_ascii_lowercase().is_ascii_lowercase() || word.len() >= 32 {
        return false;
    }
    let mut head = [first.to_ascii_lowercase(), 0];
    if let Some(&second) = word.get(1) {
        head[1] = second.to_ascii_lowercase();
    }
    let (lengths, shortest_prefix) = SHAPES[shape(&head[..word.len().min(2)])];
    lengths & (1 << word.len()) != 0 || word.len() >= usize::from(shortest_prefix)
}

fn name_chrome(name: &str) -> Option<Chrome> {
    if name.len() >= 6 && SCREEN_READER.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        return Some(Chrome {
            reason: R::Hidden,
            soft: false,
            named: true,
        });
    }
    let bytes = name.as_bytes();
    // Words that may be listed, with their rank; most names have none.
    let mut candidates = [(0usize, 0usize, 0usize); 6];
    let mut n = 0;
    let mut count = 0;
    for_each_word(bytes, |a, b| {
        if n < candidates.len() && may_match(&bytes[a..b]) {
            candidates[n] = (a, b, count);
            n += 1;
        }
        count += 1;
    });
    let mut found: Option<Chrome> = None;
    let mut embedded = false;
    for &(a, b, i) in &candidates[..n] {
        let k = Key::new(&bytes[a..b]);
        if is_in(k, &MODIFIER_KEYS).is_some() {
            return None;
        }
        if k.value == EMBED || k.value == EMBEDDED {
            // `social-media-embed`: a post embedded in the article, not a share button.
            embedded = true;
            continue;
        }
        let hit = is_in(k, &ANYWHERE_KEYS)
            .map(|j| &ANYWHERE[j])
            .or_else(|| {
                (k.value != SHARED)
                    .then(|| has_prefix(k, &ANYWHERE_PREFIX_KEYS, ANYWHERE_PREFIXES))
                    .flatten()
            })
            .or_else(|| {
                (i == 0 || i + 1 == count)
                    .then(|| {
                        is_in(k, &EDGE_KEYS)
                            .map(|j| &EDGE[j])
                            .or_else(|| has_prefix(k, &EDGE_PREFIX_KEYS, EDGE_PREFIXES))
                    })
                    .flatten()
            });
        if let Some(word) = hit {
            // A firm word wins, unless a later word is a modifier.
            if found.is_none_or(|f| f.soft) {
                found = Some(chrome(word));
            }
        }
    }
    found.filter(|f| !(embedded && f.reason == R::Share))
}

/// Byte classes for cutting names into words: 1 a separator, 2 an ASCII capital, 3 an ASCII
/// lowercase letter, 0 anything else.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'-' as usize] = 1;
    t[b'_' as usize] = 1;
    t[b':' as usize] = 1;
    t[b'.' as usize] = 1;
    let mut b = b'A';
    while b <= b'Z' {
        t[b as usize] = 2;
        t[(b + 32) as usize] = 3;
        b += 1;
    }
    t
};

/// Calls `f(start, end)` for each word of a name: cut at `-`, `_`, `:`, `.` and before a capital
/// that follows a lowercase letter (`mainNav` → `main`, `Nav`).
fn for_each_word(name: &[u8], mut f: impl FnMut(usize, usize)) {
    let mut start = 0;
    let mut prev = 0u8;
    for (i, &b) in name.iter().enumerate() {
        let class = BYTE_CLASS[usize::from(b)];
        if class == 1 {
            if i > start {
                f(start, i);
            }
            start = i + 1;
        } else if class == 2 && prev == 3 && i > start {
            f(start, i);
            start = i;
        }
        prev = class;
    }
    if name.len() > start {
        f(start, name.len());
    }
}

fn is_in(key: Key, sorted: &[u128]) -> Option<usize> {
    if !key.fits {
        return None;
    }
    sorted.binary_search(&key.value).ok()
}

fn has_prefix<'w>(key: Key, prefix_keys: &[u128], prefixes: &'w [Word]) -> Option<&'w Word> {
    prefix_keys
        .iter()
        .zip(prefixes)
        .find(|(p, word)| key.starts_with(**p, word.0.len()))
        .map(|(_, word)| word)
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
            "InlineImage-imageEmbedCaption",
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
            "social-media-embed",
        ];
        for name in content {
            assert!(!is_chrome_name(name), "{name} should be content");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [&ANYWHERE_KEYS[..], &EDGE_KEYS, &MODIFIER_KEYS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn names_are_cut_into_words() {
        let words = |name: &str| {
            let mut out = Vec::new();
            for_each_word(name.as_bytes(), |a, b| out.push(name[a..b].to_owned()));
            out
        };
        assert_eq!(words("mainNavBar"), ["main", "Nav", "Bar"]);
        assert_eq!(words("c-share_bar:x.y"), ["c", "share", "bar", "x", "y"]);
        assert_eq!(words("MAIN-nav"), ["MAIN", "nav"]);
        assert!(words("---").is_empty());
        assert!(words("").is_empty());
    }
}
