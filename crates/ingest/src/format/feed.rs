//! Feeds: RSS 2.0 and RSS 1.0 items, Atom entries, IPTC NewsML-G2 news items, whole feeds or
//! one item cut out of one.
//!
//! Each item is a document: its body is the fullest text element it has (`content:encoded`,
//! Atom `content`, NewsML `inlineXML`/`inlineData`, else `description`/`summary`), as HTML or
//! text; its metadata are the item's title, link, date, author and id, and the feed's own title
//! as the publisher. The reader scans elements by name instead of validating the XML: feeds in
//! the wild are often cut, concatenated or not well formed, and a broken feed should still give
//! its items.

use std::sync::LazyLock;

use chancery_model::SourceMeta;
use regex::Regex;

use super::Record;

/// Whether text is a feed, a feed item or a NewsML message.
pub fn looks_like_feed(start: &str) -> bool {
    let head: String = start
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    let head = head.trim_start();
    if head.starts_with("<item>")
        || head.starts_with("<item ")
        || head.starts_with("<entry>")
        || head.starts_with("<entry ")
        || head.starts_with("<rss")
        || head.starts_with("<feed")
        || head.starts_with("<newsmessage")
        || head.starts_with("<newsitem")
        || head.starts_with("<rdf:rdf")
    {
        return true;
    }
    head.starts_with("<?xml")
        && !head.contains("<html")
        && [
            "<rss",
            "<feed",
            "<newsmessage",
            "<newsitem",
            "<rdf:rdf",
            "<channel",
        ]
        .iter()
        .any(|m| head.contains(m))
}

static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(item|entry|newsItem)(?:\s[^>]*)?>(.*?)</(?:item|entry|newsItem)\s*>")
        .expect("valid regex")
});
static CHANNEL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(?:channel|feed)(?:\s[^>]*)?>.*?<title(?:\s[^>]*)?>(.*?)</title\s*>")
        .expect("valid regex")
});
static ATOM_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<link\s[^>]*href\s*=\s*["']([^"']+)["']"#).expect("valid regex")
});
static LITERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<(?:provider|copyrightHolder|creator)\s[^>]*literal\s*=\s*["']([^"']+)["']"#)
        .expect("valid regex")
});
static LANG_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<language\s[^>]*tag\s*=\s*["']([^"']+)["']"#).expect("valid regex")
});
static SENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<sent(?:\s[^>]*)?>(.*?)</sent\s*>").expect("valid regex"));

/// The items of a feed (or the one item it is).
pub fn read(text: &str) -> Vec<Result<Record, String>> {
    let publisher = CHANNEL_TITLE
        .captures(text)
        .map(|c| element_text(&c[1]))
        .filter(|t| !t.is_empty())
        .or_else(|| LITERAL.captures(text).map(|c| c[1].trim().to_owned()));
    let sent = SENT.captures(text).map(|c| element_text(&c[1]));
    let mut out = Vec::new();
    let items: Vec<_> = ITEM.captures_iter(text).collect();
    let many = items.len() > 1;
    for (i, c) in items.iter().enumerate() {
        let locator = many.then(|| format!("item {}", i + 1));
        let inner = &c[2];
        let mut meta = item_meta(inner);
        if meta.publisher.is_none() {
            meta.publisher = publisher.clone();
        }
        if meta.published.is_none() {
            meta.published = sent.clone();
        }
        match body(inner) {
            Some(b) => out.push(Ok(Record::detected(b, meta, locator))),
            None => out.push(Err(format!(
                "{}: no text (no description, content or inlineData element)",
                locator.unwrap_or_else(|| "the item".to_owned())
            ))),
        }
    }
    if out.is_empty() {
        out.push(Err(
            "a feed without items (no <item>, <entry> or <newsItem> element)".to_owned(),
        ));
    }
    out
}

fn item_meta(inner: &str) -> SourceMeta {
    let first = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| child(inner, n).map(|t| element_text(&t)))
            .filter(|t| !t.is_empty())
    };
    SourceMeta {
        title: first(&["title", "headline"]),
        published: first(&[
            "pubDate",
            "dc:date",
            "published",
            "firstCreated",
            "contentCreated",
            "versionCreated",
            "updated",
        ]),
        author: first(&["dc:creator", "author", "byline", "creator"]),
        description: None,
        url: first(&["link"])
            .filter(|l| l.contains("://"))
            .or_else(|| ATOM_LINK.captures(inner).map(|c| c[1].to_owned())),
        publisher: LITERAL.captures(inner).map(|c| c[1].trim().to_owned()),
        lang: LANG_ATTR.captures(inner).map(|c| c[1].trim().to_owned()),
        record_id: first(&["guid", "id"]),
    }
}

/// The fullest text element of an item, as written (HTML or text).
fn body(inner: &str) -> Option<String> {
    [
        "content:encoded",
        "content",
        "inlineXML",
        "inlineData",
        "body.content",
        "description",
        "summary",
    ]
    .iter()
    .filter_map(|n| child(inner, n))
    .map(|raw| content_text(&raw))
    .find(|t| !t.trim().is_empty())
}

/// The raw inner text of the first child element named `name` (namespace prefix as written).
fn child(inner: &str, name: &str) -> Option<String> {
    let lower = inner.to_ascii_lowercase();
    let open = format!("<{}", name.to_ascii_lowercase());
    let close = format!("</{}", name.to_ascii_lowercase());
    let mut from = 0;
    while let Some(pos) = lower[from..].find(&open) {
        let at = from + pos;
        let after = at + open.len();
        let next = lower[after..].chars().next()?;
        if next == '>' || next.is_whitespace() || next == '/' {
            let gt = at + lower[at..].find('>')?;
            if lower[..gt].ends_with('/') {
                return Some(String::new());
            }
            let end = gt + 1 + lower[gt + 1..].find(&close)?;
            return Some(inner[gt + 1..end].to_owned());
        }
        from = after;
    }
    None
}

/// An element's content: CDATA sections unwrapped, and escaped markup (`&lt;p&gt;`) unescaped
/// once, so that HTML bodies come out as HTML.
fn content_text(raw: &str) -> String {
    let t = raw.trim();
    if let Some(cdata) = t
        .strip_prefix("<![CDATA[")
        .and_then(|r| r.strip_suffix("]]>"))
    {
        return cdata.to_owned();
    }
    if !t.contains('<') {
        return unescape_xml(t);
    }
    // Mixed content (XHTML inside inlineXML), CDATA pieces unwrapped.
    t.replace("<![CDATA[", "").replace("]]>", "")
}

/// A short element's text: CDATA unwrapped, entities decoded, whitespace collapsed.
fn element_text(raw: &str) -> String {
    let t = content_text(raw);
    let t = if t.contains('&') { unescape_xml(&t) } else { t };
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The five XML entities and numeric character references.
fn unescape_xml(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest[..rest.floor_char_boundary(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let decoded = match name {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32),
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chancery_model::Markup;

    #[test]
    fn one_rss_item() {
        let item = "    <item>\n      <title>\n        <![CDATA[ Au Brésil, Macron et Lula ]]>\n      </title>\n      <pubDate>Wed, 27 Mar 2024 05:15:03 +0100</pubDate>\n      <description>\n        <![CDATA[ Le président brésilien a accueilli son homologue. ]]>\n      </description>\n      <link>https://www.lemonde.fr/a.html</link>\n    </item>\n";
        assert!(looks_like_feed(item.trim_start()));
        let rs = read(item);
        let r = rs[0].as_ref().unwrap();
        assert_eq!(r.meta.title.as_deref(), Some("Au Brésil, Macron et Lula"));
        assert_eq!(
            r.meta.published.as_deref(),
            Some("Wed, 27 Mar 2024 05:15:03 +0100")
        );
        assert_eq!(r.meta.url.as_deref(), Some("https://www.lemonde.fr/a.html"));
        assert_eq!(
            r.body.trim(),
            "Le président brésilien a accueilli son homologue."
        );
        assert_eq!(r.locator, None);
    }

    #[test]
    fn a_feed_with_html_content_and_escaped_html() {
        let feed = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Press Releases &#8211; State</title>
<item><title>A &amp; B</title><dc:creator><![CDATA[Office of the Spokesperson]]></dc:creator><guid isPermaLink="false">x?p=1</guid>
<content:encoded><![CDATA[<p>First.</p><p>Second.</p>]]></content:encoded><description>short</description></item>
<item><title>C</title><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>
</channel></rss>"#;
        assert!(looks_like_feed(feed));
        let rs: Vec<Record> = read(feed).into_iter().map(Result::unwrap).collect();
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].meta.title.as_deref(), Some("A & B"));
        assert_eq!(
            rs[0].meta.publisher.as_deref(),
            Some("Press Releases – State")
        );
        assert_eq!(
            rs[0].meta.author.as_deref(),
            Some("Office of the Spokesperson")
        );
        assert_eq!(rs[0].meta.record_id.as_deref(), Some("x?p=1"));
        assert_eq!(rs[0].markup, Markup::Html);
        assert_eq!(rs[0].body, "<p>First.</p><p>Second.</p>");
        assert_eq!(rs[1].body, "<p>One.</p><p>Two.</p>");
        assert_eq!(rs[1].locator.as_deref(), Some("item 2"));
    }

    #[test]
    fn newsml_and_atom() {
        let nml = r#"<?xml version="1.0"?><newsMessage><header><sent>2017-10-11T10:41:00+0100</sent></header><itemSet><newsItem guid="tag:a"><rightsInfo><copyrightHolder literal="ANSA"/></rightsInfo><contentMeta><headline>Declaration unacceptable - Alfano</headline></contentMeta><contentSet><inlineData contenttype="text/plain"><![CDATA[
<p>(ANSA) - Rome, October 11 - Italian Foreign Minister said.</p>]]></inlineData></contentSet></newsItem></itemSet></newsMessage>"#;
        let r = read(nml).remove(0).unwrap();
        assert_eq!(
            r.meta.title.as_deref(),
            Some("Declaration unacceptable - Alfano")
        );
        assert_eq!(
            r.meta.published.as_deref(),
            Some("2017-10-11T10:41:00+0100")
        );
        assert_eq!(r.meta.publisher.as_deref(), Some("ANSA"));
        assert!(r.body.contains("Italian Foreign Minister"));
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>MFA</title><entry><title>T</title><link href="https://m.ru/1"/><updated>2024-01-02T03:04:05Z</updated><content type="html">&lt;p&gt;Текст.&lt;/p&gt;</content></entry></feed>"#;
        let r = read(atom).remove(0).unwrap();
        assert_eq!(r.meta.url.as_deref(), Some("https://m.ru/1"));
        assert_eq!(r.meta.publisher.as_deref(), Some("MFA"));
        assert_eq!(r.body, "<p>Текст.</p>");
    }

    #[test]
    fn broken_feeds_say_why() {
        assert!(read("<rss><channel><title>x</title></channel></rss>")[0].is_err());
        assert!(read("<item><title>x</title></item>")[0].is_err());
        assert!(!looks_like_feed("<html><body>x</body></html>"));
        assert!(!looks_like_feed(
            "<?xml version=\"1.0\"?><html xmlns=\"x\"><body/></html>"
        ));
    }
}
