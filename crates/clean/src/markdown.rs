//! Markdown to plain text: the words a reader sees, one block per paragraph.
//!
//! Link texts stay (their addresses go), images go (their alt text is kept in the removed layer
//! as markup), emphasis and backslash escapes are resolved, headings and list items become lines
//! of their own, table cells are joined by " | ". Raw HTML inside Markdown keeps its text and
//! loses its tags. A front-matter block left at the top (YAML `---` or TOML `+++`) is metadata,
//! not body. Blocks whose words are almost all link texts (menus, "related" lists a site export
//! kept) are moved to the removed layer as link lists.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::{Removed, RemovedKind};

/// A block made of links only is chrome when at least this share of its letters are link text.
const LINK_SHARE: f64 = 0.8;
/// Lines of a paragraph are blocks of their own (a site export that wrote one block per line,
/// "More about …" teasers between sentences), not the wrapping of one text, when at least this
/// share of those followed by another line end a sentence…
const BLOCK_LINE_SHARE: f64 = 0.7;
/// …out of at least this many such lines.
const BLOCK_LINE_MIN: usize = 8;

/// The plain text of a Markdown document and what was taken out of it (offsets into that text).
pub fn to_text(markdown: &str) -> (String, Vec<Removed>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut w = Writer {
        out: String::with_capacity(markdown.len()),
        removed: Vec::new(),
        block: String::new(),
        link_chars: 0,
        links: 0,
        link_depth: 0,
        image_depth: 0,
        image_alt: String::new(),
        in_metadata: false,
        skip_metadata: false,
        in_cell_row: false,
        line_breaks: lines_are_blocks(markdown),
    };
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        // Front matter is a block at the very top; a "---" pair further down is a rule and
        // text, whatever the parser makes of it.
        if let Event::Start(Tag::MetadataBlock(_)) = event
            && !markdown[..range.start].trim().is_empty()
        {
            w.end_block();
            let plain = options
                - Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
                - Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
            for inner in Parser::new_ext(&markdown[range], plain) {
                w.event(inner);
            }
            w.end_block();
            w.skip_metadata = true;
            continue;
        }
        if w.skip_metadata {
            if let Event::End(TagEnd::MetadataBlock(_)) = event {
                w.skip_metadata = false;
                w.end_block();
            }
            continue;
        }
        w.event(event);
    }
    w.end_block();
    (w.out, w.removed)
}

struct Writer {
    out: String,
    removed: Vec<Removed>,
    /// The block being written (a paragraph, heading, list item, table row…).
    block: String,
    /// Letters of link text in the current block, and how many links it holds.
    link_chars: usize,
    links: usize,
    link_depth: usize,
    image_depth: usize,
    image_alt: String,
    in_metadata: bool,
    /// Inside a "metadata block" the parser found below the top: its text was written already.
    skip_metadata: bool,
    in_cell_row: bool,
    /// Whether a line break inside a paragraph ends a line ([`lines_are_blocks`]).
    line_breaks: bool,
}

/// Whether a line ends with a closing mark: a sentence's end, a colon that introduces what
/// follows, a closing quotation mark or bracket.
fn ends_a_line(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '»', '"', '”', ':', ';', ')', '…'])
}

/// Whether the lines of the document's paragraphs are blocks of their own rather than one text
/// wrapped: most lines followed by another within a paragraph end with a sentence's closing
/// mark (a wrapped text breaks its lines mid-sentence). Then a break between them stays a line
/// break, so that a teaser line with no final stop ("More about Switzerland assumes OSCE
/// chairpersonship in 2026") is not read as the start of the sentence after it.
fn lines_are_blocks(markdown: &str) -> bool {
    let block_marker = |l: &str| {
        let l = l.trim_start();
        l.starts_with(['#', '>', '|', '*', '+', '-', '`', '<'])
            || l.split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let (mut joined, mut ended) = (0usize, 0usize);
    let mut lines = markdown.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else { break };
        if line.trim().is_empty()
            || next.trim().is_empty()
            || block_marker(line)
            || block_marker(next)
            || line.ends_with("  ")
            || line.ends_with('\\')
        {
            continue;
        }
        joined += 1;
        if ends_a_line(line) {
            ended += 1;
        }
    }
    joined >= BLOCK_LINE_MIN && ended as f64 >= BLOCK_LINE_SHARE * joined as f64
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::Html(h) | Event::InlineHtml(h) => self.html(&h),
            // (In a document of block lines, only a line with no closing mark is cut from the
            // next: a line that ends a sentence or introduces what follows ("Zelensky said:"
            // before the quotation) is joined to it as in any paragraph.)
            Event::SoftBreak if !self.line_breaks || ends_a_line(&self.block) => self.text(" "),
            Event::SoftBreak | Event::HardBreak => {
                if self.image_depth == 0 {
                    self.block.push('\n');
                }
            }
            Event::Rule => self.end_block(),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::Item
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::HtmlBlock => {
                self.end_block();
                self.in_cell_row = matches!(tag, Tag::TableHead | Tag::TableRow);
            }
            Tag::TableCell if self.in_cell_row && !self.block.is_empty() => {
                self.block.push_str(" | ");
            }
            Tag::Link { .. } => {
                self.link_depth += 1;
                self.links += 1;
            }
            Tag::Image { dest_url, .. } => {
                self.image_depth += 1;
                if self.image_depth == 1 {
                    self.image_alt.clear();
                    self.image_alt.push_str("image ");
                    self.image_alt.push_str(&dest_url);
                    self.image_alt.push(' ');
                }
            }
            Tag::MetadataBlock(_) => self.in_metadata = true,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::HtmlBlock => self.end_block(),
            TagEnd::Link => self.link_depth = self.link_depth.saturating_sub(1),
            TagEnd::Image => {
                self.image_depth = self.image_depth.saturating_sub(1);
                if self.image_depth == 0 {
                    let alt = std::mem::take(&mut self.image_alt);
                    self.remove(RemovedKind::Markup, alt.trim());
                }
            }
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        if self.in_metadata {
            self.remove(RemovedKind::Metadata, t.trim());
            return;
        }
        if self.image_depth > 0 {
            self.image_alt.push_str(t);
            return;
        }
        if self.link_depth > 0 {
            self.link_chars += t.chars().filter(|c| c.is_alphanumeric()).count();
        }
        // Kramdown attribute lists ("{: .notice}", "{:target=\"_blank\"}") and Pandoc
        // attributes of headings and links ("{#contre-lintervention .article__sub-title}",
        // "{.js-article-read-also}") are markup.
        let mut rest = t;
        let mut from = 0;
        while let Some(open) = rest[from..].find('{').map(|i| from + i) {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let ial = &rest[open..open + close + 1];
            if !is_attribute_list(ial) {
                from = open + 1;
                continue;
            }
            self.block.push_str(rest[..open].trim_end_matches(' '));
            self.remove(RemovedKind::Markup, ial);
            rest = &rest[open + close + 1..];
            from = 0;
        }
        self.block.push_str(rest);
    }

    /// Raw HTML: its text is kept, its tags go; a tag-only piece (an `<img>`) is markup removed.
    fn html(&mut self, h: &str) {
        let mut text = String::new();
        let mut in_tag = false;
        for c in h.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        let text = decode_basic_entities(&text);
        if text.trim().is_empty() {
            if h.trim_start().starts_with("<img") || h.contains(" alt=") {
                self.remove(RemovedKind::Markup, h.trim());
            }
            return;
        }
        self.text(&text);
    }

    fn remove(&mut self, kind: RemovedKind, text: &str) {
        if text.is_empty() {
            return;
        }
        self.removed.push(Removed {
            kind,
            text: text.to_owned(),
            at: self.out.len(),
        });
    }

    /// Writes the current block out as a paragraph, or to the removed layer when it is a list
    /// of links.
    fn end_block(&mut self) {
        let block = std::mem::take(&mut self.block);
        let (links, link_chars) = (self.links, self.link_chars);
        self.links = 0;
        self.link_chars = 0;
        let trimmed = block.trim();
        if trimmed.is_empty() {
            return;
        }
        let letters = trimmed.chars().filter(|c| c.is_alphanumeric()).count();
        if links >= 2 && letters > 0 && link_chars as f64 >= LINK_SHARE * letters as f64 {
            self.remove(RemovedKind::LinkList, trimmed);
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        self.out.push_str(trimmed);
    }
}

/// The character references raw HTML in Markdown commonly holds.
/// A Kramdown attribute list ("{: .notice}") or Pandoc attributes ("{#id .class key=value}"):
/// identifiers, classes and key=value pairs, nothing else.
fn is_attribute_list(braced: &str) -> bool {
    let inner = &braced[1..braced.len() - 1];
    if inner.starts_with(':') {
        return true;
    }
    let mut items = inner.split_whitespace().peekable();
    items.peek().is_some()
        && items.all(|item| {
            let name = item
                .strip_prefix(['#', '.'])
                .or_else(|| item.split_once('=').map(|(k, _)| k))
                .unwrap_or("");
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':'))
        })
}

fn decode_basic_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    s.replace("&nbsp;", "\u{a0}")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(md: &str, text: &str, removed: &[(RemovedKind, &str)]) {
        let (got, rem) = to_text(md);
        assert_eq!(got, text);
        let rem: Vec<(RemovedKind, &str)> = rem.iter().map(|r| (r.kind, r.text.as_str())).collect();
        assert_eq!(rem, removed);
    }

    use RemovedKind::*;

    #[test]
    fn syntax_goes_words_stay() {
        check(
            "# Titre\n\nLe *président* a **reçu** [son homologue](http://x.fr/a) à l\\'Élysée.\nSuite\\_du texte.",
            "Titre\n\nLe président a reçu son homologue à l'Élysée. Suite_du texte.",
            &[],
        );
        check(
            "Avant.\n\n![Photo du sommet](/img/a.jpg)\n\nAprès.",
            "Avant.\n\nAprès.",
            &[(Markup, "image /img/a.jpg Photo du sommet")],
        );
        check(
            "- un\n- deux\n\n| Pays | Voix |\n|---|---|\n| France | 12 |",
            "un\n\ndeux\n\nPays | Voix\n\nFrance | 12",
            &[],
        );
    }

    #[test]
    fn pandoc_attributes_are_markup() {
        check(
            "Contre l'intervention au Yémen {#contre-lintervention .article__sub-title}\n------\n\nTexte {entre accolades}.\n\n[Lire aussi](https://x.fr/a){.js-read-also} et la suite.",
            "Contre l'intervention au Yémen\n\nTexte {entre accolades}.\n\nLire aussi et la suite.",
            &[
                (Markup, "{#contre-lintervention .article__sub-title}"),
                (Markup, "{.js-read-also}"),
            ],
        );
    }

    #[test]
    fn front_matter_and_html() {
        check(
            "---\ntitle: \"Discours\"\ndate: 2024-09-25\n---\n\nTexte.",
            "Texte.",
            &[(Metadata, "title: \"Discours\"\ndate: 2024-09-25")],
        );
        check(
            "Texte.\n\n<img src=\"/a.webp\" alt=\"Diomaye Faye\">\n\n<a href=\"/x.pdf\">Télécharger le discours</a>\n",
            "Texte.\n\nTélécharger le discours",
            &[(Markup, "<img src=\"/a.webp\" alt=\"Diomaye Faye\">")],
        );
    }

    #[test]
    fn rules_further_down_are_not_front_matter() {
        check(
            "Texte.\n\n---\n**Agenda de la visite**\n\n- Vendredi 10 avril\n",
            "Texte.\n\nAgenda de la visite\n\nVendredi 10 avril",
            &[],
        );
        // A "---" further down that the parser would open as a metadata block running to the
        // end: its content is still read as Markdown.
        check(
            "Texte.\n\n---\n**Sources :**\n- [Salle de presse](http://x.fr \"Lien\")\n{: .notice}\n",
            "Texte.\n\nSources :\n\nSalle de presse",
            &[(Markup, "{: .notice}")],
        );
    }

    #[test]
    fn lines_that_end_sentences_are_blocks_of_their_own() {
        // A site export: one block per line, a teaser with no final stop among them.
        let mut export = String::new();
        for i in 0..8 {
            export.push_str(&format!("Sentence number {i} ends here.\n"));
        }
        export
            .push_str("More about Switzerland in 2026\nSwitzerland and the EU concluded talks.\n");
        export.push_str("Zelensky said:\n\"We need more air defence.\"\n");
        let (text, _) = to_text(&export);
        assert!(text.contains("in 2026\nSwitzerland and the EU"), "{text}");
        // A line that ends a sentence or introduces a quotation is joined to the next.
        assert!(text.contains("ends here. Sentence number 1"), "{text}");
        assert!(text.contains("said: \"We need"), "{text}");
        // A wrapped text: its lines break mid-sentence and are joined.
        let mut wrapped = String::new();
        for _ in 0..8 {
            wrapped.push_str("The minister met his counterpart\nand they discussed trade.\n");
        }
        let (text, _) = to_text(&wrapped);
        assert!(
            text.starts_with("The minister met his counterpart and they"),
            "{text}"
        );
    }

    #[test]
    fn link_lists_are_chrome() {
        check(
            "[Accueil](/) · [Monde](/monde) · [Europe](/europe)\n\nLe texte [cite](/a) une source.",
            "Le texte cite une source.",
            &[(LinkList, "Accueil · Monde · Europe")],
        );
    }
}
