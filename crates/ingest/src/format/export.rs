//! News-database exports: LexisNexis / Nexis Uni, Factiva, Europresse.
//!
//! Analysts get news articles out of these services as one file holding many articles, each
//! wrapped in the service's own lines: a cover page with the search, a header block (title,
//! publication, date, byline, word count, copyright), the body, a trailer (load date,
//! classification, language) and a separator. Each article becomes one [`Record`]: its body,
//! and the metadata its header states (title, publisher, date line as written, author,
//! language, the service's document id). The service's own lines are never body.
//!
//! Shapes read, each as plain text (the services' TXT exports, or their RTF, DOCX and PDF
//! exports converted to text, with `\n`, `\r\n`, `\r` or form feeds between lines):
//! - **Nexis Uni**: articles end with "End of Document"; the header is title, publication, date
//!   line, "Copyright …", then `Section:`, `Length:`, `Byline:`, `Dateline:`, `Highlight:`
//!   (labels followed by a space or a no-break space) and a "Body" line; the trailer is
//!   "Graphic", "Classification", `Language:`, `Publication-Type:`, `Subject:`, `Load-Date:`.
//!   A cover page ("Date and Time", "Job Number", "Documents (N)", one "N. title / Client/Matter
//!   / Search Terms …" entry per article) comes before the first article; "Page N of M" lines
//!   and the running title under them are page furniture.
//! - **LexisNexis (nexis.com)**: articles start with "N of M DOCUMENTS"; the header is
//!   publication, date line, edition lines, title, then `BYLINE:`, `SECTION:`, `LENGTH:`; the
//!   trailer `LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:` and the copyright lines.
//! - **Factiva**, article format: title (a section line may come before it), byline, "NNN
//!   words", date, time, source name, source code, language, copyright, body, then
//!   "Document <accession number>"; the closing "Search Summary" is not an article.
//! - **Factiva**, with field codes (`HD`, `BY`, `WC`, `PD`, `ET`, `SN`, `SC`, `LA`, `CY`, `LP`,
//!   `TD`, `CO`, `IN`, `NS`, `RE`, `PUB`, `AN`…), the code on its own line or before a tab: the
//!   body is the lead (`LP`) and the text (`TD`).
//! - **Europresse**, text: source name, a header line with the date in French (section, word
//!   count and page around it), title, author, body, then "Note(s) :", "© 2024 …", "Ce document
//!   est réservé à l'usage exclusif de l'utilisateur désigné par …", the document number
//!   ("news·20240307·LM·…") and "Retour au début".
//! - **Europresse**, HTML: one `<article>` per article, read by its classes (`DocPublicationName`,
//!   `DocHeader`, `titreArticleVisu`, `docAuthors`, `docOcurrContainer`, `publiC-lblNodoc`).
//!
//! Detection is conservative: it needs the services' separators (or the Europresse usage
//! notice) together with header lines of the same service. Reading never fails as a whole: an
//! article that cannot be read is an `Err` naming it ("article 3: no body"), the others are
//! still read.

use chancery_model::SourceMeta;

use super::Record;

/// Whether text is a news-database export (its own header and separator lines).
pub fn looks_like_export(text: &str) -> bool {
    detect(text, true).is_some()
}

/// Whether an HTML page is an export (Europresse's HTML): the only exports written in HTML, so
/// that other pages need not be read line by line for the separators of text exports.
pub fn looks_like_html_export(text: &str) -> bool {
    let has = |s: &str| memchr::memmem::find(text.as_bytes(), s.as_bytes()).is_some();
    has("DocPublicationName")
        && has("class=")
        && (has("docOcurrContainer") || has("titreArticle") || has("DocText"))
}

/// The articles of an export, each with its own title, source, date and body; the export's own
/// lines are not body.
pub fn read(text: &str) -> Vec<Result<Record, String>> {
    let text = text.trim_start_matches('\u{feff}');
    let Some(service) = detect(text, true).or_else(|| detect(text, false)) else {
        return vec![Err(
            "not a LexisNexis, Factiva or Europresse export: none of their separator or header lines"
                .to_owned(),
        )];
    };
    let articles = match service {
        Service::EuropresseHtml => read_europresse_html(text),
        Service::FactivaTagged => read_factiva_tagged(&split_lines(text)),
        Service::Lexis => read_lexis(&split_lines(text)),
        Service::Factiva => read_factiva(&split_lines(text)),
        Service::Europresse => read_europresse(&split_lines(text)),
    };
    if articles.is_empty() {
        return vec![Err(format!(
            "no article found in this {} export",
            service.name()
        ))];
    }
    let many = articles.len() > 1;
    articles
        .into_iter()
        .enumerate()
        .map(|(i, article)| {
            let n = i + 1;
            match article {
                Ok(a) if a.body.trim().is_empty() => Err(match &a.meta.title {
                    Some(t) => format!("article {n}: no body (\"{t}\")"),
                    None => format!("article {n}: no body"),
                }),
                Ok(a) => Ok(Record::detected(
                    a.body,
                    a.meta,
                    many.then(|| format!("article {n}")),
                )),
                Err(e) => Err(format!("article {n}: {e}")),
            }
        })
        .collect()
}

/// The services (and export shapes) read here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Service {
    /// LexisNexis: Nexis Uni ("End of Document") or nexis.com ("N of M DOCUMENTS").
    Lexis,
    /// Factiva's article format ("Document <id>" separators).
    Factiva,
    /// Factiva with field codes (HD, BY, WC, PD, SN, LP, TD, AN…).
    FactivaTagged,
    /// Europresse exported or converted to text.
    Europresse,
    /// Europresse's HTML export.
    EuropresseHtml,
}

impl Service {
    const fn name(self) -> &'static str {
        match self {
            Service::Lexis => "LexisNexis",
            Service::Factiva | Service::FactivaTagged => "Factiva",
            Service::Europresse | Service::EuropresseHtml => "Europresse",
        }
    }
}

/// One article as read from the export, before it becomes a [`Record`].
#[derive(Debug, Default)]
struct Article {
    meta: SourceMeta,
    body: String,
}

/// An article, or what is wrong with it.
type Read = Result<Article, String>;

/// Strings one of which every export holds; text without any is not looked at further.
const MARKERS: &[&str] = &[
    "End of Document",
    "Fin du document",
    "Ende des Dokuments",
    "Конец документа",
    "DOCUMENTS",
    "Document ",
    "Dokument ",
    "Documento ",
    "Документ ",
    "Load-Date",
    "LOAD-DATE",
    "Ce document est réservé",
    "·",
    "HD",
];

/// Which service wrote `text`. `strict`: the separators and header lines of one service must
/// both be there (detection); else any of its distinctive lines will do (`--format export`).
fn detect(text: &str, strict: bool) -> Option<Service> {
    if looks_like_html_export(text) {
        return Some(Service::EuropresseHtml);
    }
    if !strict {
        return Features::scan(&split_lines(text), false);
    }
    // An export shows itself in its first articles: look there before reading it all.
    if text.len() > DETECT_HEAD {
        let mut cut = DETECT_HEAD;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &text[..text[..cut].rfind('\n').unwrap_or(cut)];
        if let Some(service) = detect_strict(head) {
            return Some(service);
        }
    }
    detect_strict(text)
}

/// [`detect`], strict.
fn detect_strict(text: &str) -> Option<Service> {
    let any_marker = MARKERS
        .iter()
        .any(|m| memchr::memmem::find(text.as_bytes(), m.as_bytes()).is_some());
    if any_marker {
        Features::scan(&split_lines(text), true)
    } else {
        None
    }
}

/// How much of a long text detection reads first.
const DETECT_HEAD: usize = 256 * 1024;

/// Counts of the lines that tell the services apart.
#[derive(Debug, Default)]
struct Features {
    end_of_document: usize,
    of_documents: usize,
    /// `Length: 523 words` (any of its languages).
    length: usize,
    load_date: usize,
    body_marker: usize,
    /// How many kinds of other LexisNexis header and trailer labels.
    lexis_kinds: usize,
    factiva_ids: usize,
    /// A word count line followed by a date line.
    word_count_dates: usize,
    tags: Vec<&'static str>,
    /// "Ce document est réservé …" and document numbers ("news·20240307·LM·…").
    europresse_notices: usize,
    back_to_top: usize,
    dated_lines: usize,
}

impl Features {
    /// The service whose separators and header lines are all there.
    fn strict(&self) -> Option<Service> {
        let has = |code: &str| self.tags.contains(&code);
        if has("HD")
            && (has("LP") || has("TD"))
            && (has("PD") || has("WC"))
            && (has("SN") || has("AN") || has("LA"))
        {
            return Some(Service::FactivaTagged);
        }
        let lexis_separator = self.end_of_document > 0 || self.of_documents > 0;
        if (lexis_separator
            && self.length > 0
            && (self.lexis_kinds >= 1 || self.load_date > 0 || self.body_marker > 0))
            || (self.length > 0
                && self.load_date > 0
                && (self.body_marker > 0 || self.lexis_kinds >= 2))
        {
            return Some(Service::Lexis);
        }
        if self.factiva_ids > 0 && self.word_count_dates > 0 {
            return Some(Service::Factiva);
        }
        if self.europresse_notices > 0 && self.dated_lines > 0 {
            return Some(Service::Europresse);
        }
        None
    }

    /// The service any of whose distinctive lines is there.
    fn lenient(&self) -> Option<Service> {
        let has = |code: &str| self.tags.contains(&code);
        if has("HD") && (has("LP") || has("TD")) {
            Some(Service::FactivaTagged)
        } else if self.end_of_document > 0 || self.of_documents > 0 || self.length > 0 {
            Some(Service::Lexis)
        } else if self.word_count_dates > 0 {
            Some(Service::Factiva)
        } else if self.europresse_notices > 0 || self.back_to_top > 0 {
            Some(Service::Europresse)
        } else {
            None
        }
    }

    /// Reads lines until a service is certain (`strict`), or to the end.
    fn scan(lines: &[&str], strict: bool) -> Option<Service> {
        let mut f = Features::default();
        let mut kinds: Vec<Field> = Vec::new();
        let mut in_text = false;
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            if is_end_of_document(t) {
                f.end_of_document += 1;
            } else if is_of_documents(t) {
                f.of_documents += 1;
            } else if is_body_marker(t) {
                f.body_marker += 1;
            } else if factiva_id(t).is_some() {
                f.factiva_ids += 1;
            } else if is_europresse_notice(t) || is_nodoc(t) {
                f.europresse_notices += 1;
            } else if is_back_to_top(t) {
                f.back_to_top += 1;
            }
            if let Some((field, value)) = lexis_field(t) {
                match field {
                    Field::Length if value.starts_with(|c: char| c.is_ascii_digit()) => {
                        f.length += 1;
                    }
                    Field::Length => {}
                    Field::LoadDate => f.load_date += 1,
                    other => {
                        if !kinds.contains(&other) {
                            kinds.push(other);
                        }
                    }
                }
            }
            if is_word_count(t) && next_nonblank(lines, i + 1, 2).any(is_date_line) {
                f.word_count_dates += 1;
            }
            if f.dated_lines < 1 && t.len() < 320 && date_span(t).is_some() {
                f.dated_lines += 1;
            }
            if let Some((code, _)) = tag(line, in_text) {
                in_text = matches!(code, "LP" | "TD");
                if !f.tags.contains(&code) {
                    f.tags.push(code);
                }
            }
            f.lexis_kinds = kinds.len();
            if strict && let Some(service) = f.strict() {
                return Some(service);
            }
        }
        if strict { None } else { f.lenient() }
    }
}

/// The next `count` non-blank lines from `from`, trimmed.
fn next_nonblank<'a>(
    lines: &'a [&'a str],
    from: usize,
    count: usize,
) -> impl Iterator<Item = &'a str> + 'a {
    lines
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(count)
}

// ---------------------------------------------------------------------------------------------
// LexisNexis / Nexis Uni

/// The labelled lines of LexisNexis headers and trailers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Section,
    Length,
    Byline,
    Dateline,
    Highlight,
    /// Other header labels (Edition, Update, Type…).
    Header,
    LoadDate,
    Language,
    Url,
    /// Other trailer labels that only the trailer holds (Publication-Type, Journal-Code…).
    Trailer,
    /// Index labels of the trailer (Subject, Geographic, Person…): words an article may also
    /// start a line with, so they open the trailer only when another trailer line follows.
    Index,
}

impl Field {
    const fn in_trailer(self) -> bool {
        matches!(
            self,
            Field::LoadDate | Field::Language | Field::Url | Field::Trailer | Field::Index
        )
    }
}

/// LexisNexis labels, in the languages of its interfaces.
const LEXIS_FIELDS: &[(&str, Field)] = &[
    ("section", Field::Section),
    ("rubrique", Field::Section),
    ("rubrik", Field::Section),
    ("length", Field::Length),
    ("longueur", Field::Length),
    ("länge", Field::Length),
    ("longitud", Field::Length),
    ("lunghezza", Field::Length),
    ("byline", Field::Byline),
    ("author", Field::Byline),
    ("autor", Field::Byline),
    ("auteur", Field::Byline),
    ("signature", Field::Byline),
    ("dateline", Field::Dateline),
    ("highlight", Field::Highlight),
    ("edition", Field::Header),
    ("update", Field::Header),
    ("type", Field::Header),
    ("series", Field::Header),
    ("column", Field::Header),
    ("correction", Field::Header),
    ("correction-date", Field::Trailer),
    ("load-date", Field::LoadDate),
    ("load date", Field::LoadDate),
    ("language", Field::Language),
    ("langue", Field::Language),
    ("sprache", Field::Language),
    ("idioma", Field::Language),
    ("url", Field::Url),
    ("publication-type", Field::Trailer),
    ("journal-code", Field::Trailer),
    ("document-type", Field::Trailer),
    ("subject", Field::Index),
    ("geographic", Field::Index),
    ("organization", Field::Index),
    ("person", Field::Index),
    ("company", Field::Index),
    ("industry", Field::Index),
    ("ticker", Field::Index),
    ("country", Field::Index),
    ("city", Field::Index),
    ("state", Field::Index),
    ("graphic", Field::Trailer),
    ("grafik", Field::Trailer),
    ("notes", Field::Index),
    ("distribution", Field::Index),
    ("pub-type", Field::Trailer),
    ("acc-no", Field::Trailer),
];

/// A LexisNexis label line: its field and its value.
fn lexis_field(line: &str) -> Option<(Field, &str)> {
    let (key, value) = key_value(line)?;
    let key = key.to_lowercase();
    LEXIS_FIELDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|&(_, f)| (f, value))
}

/// "Key: value" with a short key of words and hyphens; the value trimmed (no-break spaces too).
fn key_value(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    // Keys are short: look for the colon in the first bytes only.
    let colon = line.bytes().take(32).position(|b| b == b':')?;
    let key = line.get(..colon)?.trim_end();
    if key.is_empty()
        || key.len() > 24
        || !key
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == ' ' || c == '/')
    {
        return None;
    }
    Some((key, line.get(colon + 1..)?.trim()))
}

/// Lines on their own that open the trailer.
fn is_trailer_word(line: &str) -> bool {
    ["Classification", "Graphic", "Grafik"]
        .iter()
        .any(|w| eq_fold(line, w))
}

/// The "Body" line between a Nexis Uni header and the body.
fn is_body_marker(line: &str) -> bool {
    matches!(line, "Body" | "Text" | "Texte" | "Corps" | "BODY" | "TEXT")
}

fn is_end_of_document(line: &str) -> bool {
    if !(15..=32).contains(&line.len()) {
        return false;
    }
    [
        "End of Document",
        "Fin du document",
        "Ende des Dokuments",
        "Конец документа",
    ]
    .iter()
    .any(|w| eq_fold(line, w))
}

/// "3 of 10 DOCUMENTS", "Document 3 de 10", "Dokument 3 von 10".
fn is_of_documents(line: &str) -> bool {
    if !(line.ends_with("DOCUMENTS")
        || line.ends_with("DOCUMENT")
        || line.starts_with("Document ")
        || line.starts_with("Dokument "))
        || line.len() > 48
    {
        return false;
    }
    let t: Vec<&str> = line.split_whitespace().collect();
    let num = |s: &str| !s.is_empty() && s.len() <= 7 && s.bytes().all(|b| b.is_ascii_digit());
    match t.as_slice() {
        [a, "of", b, d] => num(a) && num(b) && (*d == "DOCUMENTS" || *d == "DOCUMENT"),
        [d, a, "de", b] => num(a) && num(b) && *d == "Document",
        [d, a, "von", b] => num(a) && num(b) && *d == "Dokument",
        _ => false,
    }
}

/// "Page 2 of 14": page furniture of PDF and DOCX exports.
fn is_page_number(line: &str) -> bool {
    if line.len() > 40
        || !["Page", "Seite", "Страница"]
            .iter()
            .any(|p| line.starts_with(p))
    {
        return false;
    }
    let t: Vec<&str> = line.split_whitespace().collect();
    let num = |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit());
    matches!(t.as_slice(), [p, a, of, b]
        if matches!(*p, "Page" | "Seite" | "Страница") && num(a) && num(b)
            && matches!(*of, "of" | "sur" | "de" | "von" | "из"))
}

/// The lines of a Nexis Uni cover page (the search, and one entry per article).
fn is_cover_line(line: &str) -> bool {
    let t = line.trim();
    if let Some((key, _)) = key_value(t) {
        let cover = [
            "Date and Time",
            "Job Number",
            "Client/Matter",
            "Search Terms",
            "Search Type",
            "Narrowed by",
            "User Name",
            "Download Request",
            "Time Of Request",
            "Send To",
            "Terms",
            "Source",
            "Combined Source",
            "Project ID",
        ];
        if cover.iter().any(|c| eq_fold(key, c)) {
            return true;
        }
    }
    t.starts_with("Documents (") || t.starts_with("Content Type") || t.contains("Timeline:")
}

/// Every article of a LexisNexis export.
fn read_lexis(lines: &[&str]) -> Vec<Read> {
    let mut out = Vec::new();
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| is_of_documents(lines[i].trim()))
        .collect();
    if let Some(&first) = starts.first() {
        // nexis.com: "N of M DOCUMENTS" opens each article; before the first, the cover page.
        if has_lexis_header(&lines[..first]) {
            out.push(lexis_article(&lines[..first], true));
        }
        for (k, &s) in starts.iter().enumerate() {
            let e = starts.get(k + 1).copied().unwrap_or(lines.len());
            let chunk = lines.get(s + 1..e).unwrap_or(&[]);
            if !is_blank(chunk) {
                out.push(lexis_article(chunk, true));
            }
        }
        return out;
    }
    // Nexis Uni: "End of Document" closes each article.
    let mut start = 0;
    for (i, line) in lines.iter().enumerate() {
        if is_end_of_document(line.trim()) {
            let chunk = &lines[start..i];
            if !is_furniture(chunk) {
                out.push(lexis_article(chunk, false));
            }
            start = i + 1;
        }
    }
    let rest = &lines[start..];
    if has_lexis_header(rest) {
        out.push(lexis_article(rest, false));
    }
    out
}

fn is_blank(lines: &[&str]) -> bool {
    lines.iter().all(|l| l.trim().is_empty())
}

/// Lines that hold no article: blank, trailer, copyright, cover and page lines only (the tail
/// of the previous article above an article cut out of a file).
fn is_furniture(lines: &[&str]) -> bool {
    lines.iter().all(|l| {
        let t = l.trim();
        t.is_empty()
            || matches!(lexis_field(t), Some((f, _)) if f.in_trailer())
            || is_trailer_word(t)
            || is_copyright(t)
            || is_all_rights_reserved(t)
            || is_cover_line(t)
            || is_page_number(t)
    })
}

fn has_lexis_header(lines: &[&str]) -> bool {
    lines.iter().any(|l| {
        matches!(
            lexis_field(l),
            Some((
                Field::Length | Field::Byline | Field::Section | Field::LoadDate,
                _
            ))
        )
    })
}

/// One LexisNexis article: header (title, publication, date line), labelled fields, body,
/// trailer. `classic`: nexis.com order (publication, date, title) instead of Nexis Uni's
/// (title, publication, date).
fn lexis_article(chunk: &[&str], classic: bool) -> Read {
    let n = chunk.len();
    let is_header_field = |l: &str| {
        let t = l.trim();
        matches!(lexis_field(t), Some((f, _)) if !f.in_trailer())
            || (!classic && is_copyright(t))
            || is_body_marker(t)
    };
    // The first labelled line ends the title block.
    let h = (0..n)
        .find(|&i| is_header_field(chunk[i]))
        .or_else(|| {
            (0..n)
                .find(|&i| is_date_line(chunk[i].trim()))
                .map(|d| d + 1)
        })
        .ok_or("no header: no date line, Length, Byline or Body line")?;
    let mut meta = SourceMeta::default();
    if classic {
        let date = (0..h).find(|&i| is_date_line(chunk[i].trim()));
        if let Some(d) = date {
            meta.published = Some(squeeze(chunk[d]));
            meta.publisher = fields_above(chunk, d, 1).pop();
            // Edition lines right under the date ("Edition 1;", "Scotland", "Final Edition").
            let mut i = d + 1;
            let mut after_semicolon = false;
            while i < h && !chunk[i].trim().is_empty() {
                let t = chunk[i].trim();
                let edition = t.to_lowercase().contains("edition")
                    || t.to_lowercase().contains("ausgabe")
                    || t.ends_with(';')
                    || after_semicolon;
                if !edition {
                    break;
                }
                after_semicolon = t.ends_with(';');
                i += 1;
            }
            meta.title = join_nonblank(&chunk[i..h]);
        } else {
            let blocks = blocks(&chunk[..h]);
            meta.publisher = blocks.first().cloned();
            meta.title = (blocks.len() > 1).then(|| blocks[1..].join(" "));
        }
    } else {
        let date = (0..h).rev().find(|&i| is_date_line(chunk[i].trim()));
        let end = date.unwrap_or(h);
        if let Some(d) = date {
            meta.published = Some(squeeze(chunk[d]));
        }
        let mut above = fields_above(chunk, end, 2);
        above.retain(|f| !is_cover_line(f));
        match above.len() {
            2 => {
                meta.publisher = above.pop();
                meta.title = above.pop();
            }
            1 if date.is_some() => meta.publisher = above.pop(),
            1 => meta.title = above.pop(),
            _ => {}
        }
    }

    // Labelled fields up to the "Body" line, or up to the first line that is not one.
    let body_marker = (h..n.min(h + 60)).find(|&i| is_body_marker(chunk[i].trim()));
    let body_start = match body_marker {
        Some(b) => b + 1,
        None => {
            let mut i = h;
            let mut prev_label_long = false;
            while i < n {
                let t = chunk[i].trim();
                if t.is_empty() {
                    prev_label_long = false;
                } else if is_header_field(t) {
                    prev_label_long = t.chars().count() >= 60;
                } else if prev_label_long {
                    // A hard-wrapped label value (a long byline or highlight).
                } else {
                    break;
                }
                i += 1;
            }
            i
        }
    };
    let mut last: Option<Field> = None;
    for line in &chunk[h..body_start.min(n)] {
        let t = line.trim();
        match lexis_field(t) {
            Some((f, value)) => {
                last = Some(f);
                let value = squeeze(value);
                if value.is_empty() {
                    continue;
                }
                match f {
                    Field::Byline => set_once(&mut meta.author, value),
                    Field::Highlight => set_once(&mut meta.description, value),
                    Field::Url => set_once(&mut meta.url, value),
                    Field::Language => set_once_opt(&mut meta.lang, lang_code(&value)),
                    _ => {}
                }
            }
            None if t.is_empty() => last = None,
            None if !is_copyright(t) && !is_body_marker(t) => {
                let slot = match last {
                    Some(Field::Byline) => &mut meta.author,
                    Some(Field::Highlight) => &mut meta.description,
                    _ => continue,
                };
                if let Some(v) = slot {
                    v.push(' ');
                    v.push_str(&squeeze(t));
                }
            }
            None => {}
        }
    }

    // The trailer: its first label or word, or "End of Document".
    let opens_trailer = |i: usize| {
        let t = chunk[i].trim();
        match lexis_field(t) {
            Some((Field::Index, _)) => false,
            Some((f, _)) => f.in_trailer(),
            None => is_trailer_word(t) || is_end_of_document(t),
        }
    };
    let trailer = (body_start..n)
        .find(|&i| {
            opens_trailer(i)
                || matches!(lexis_field(chunk[i].trim()), Some((Field::Index, _)))
                    && (i + 1..n)
                        .find(|&j| !chunk[j].trim().is_empty())
                        .is_some_and(|j| {
                            opens_trailer(j)
                                || matches!(lexis_field(chunk[j].trim()), Some((f, _)) if f.in_trailer())
                        })
        })
        .unwrap_or(n);
    for line in &chunk[trailer..] {
        match lexis_field(line.trim()) {
            Some((Field::Language, v)) => set_once_opt(&mut meta.lang, lang_code(v)),
            Some((Field::Url, v)) if !v.is_empty() => set_once(&mut meta.url, v.to_owned()),
            _ => {}
        }
    }
    let mut body: Vec<&str> = Vec::new();
    let mut skip_title = false;
    for line in chunk.get(body_start..trailer).unwrap_or(&[]) {
        let t = line.trim();
        if is_page_number(t) {
            skip_title = true;
            continue;
        }
        if skip_title && !t.is_empty() {
            skip_title = false;
            if meta.title.as_deref() == Some(t) {
                continue;
            }
        }
        body.push(t);
    }
    // nexis.com puts the copyright after the trailer; without a trailer it closes the body.
    while let Some(last) = body.last() {
        if last.is_empty() || is_copyright(last) || is_all_rights_reserved(last) {
            body.pop();
        } else {
            break;
        }
    }
    Ok(Article {
        meta,
        body: body_text(body),
    })
}

/// The `count` fields above line `end`, top to bottom: one per line when the line right above
/// `end` is not blank, else one per block of lines between blank lines.
fn fields_above(lines: &[&str], end: usize, count: usize) -> Vec<String> {
    let mut i = end.min(lines.len());
    let line_mode = i > 0 && !lines[i - 1].trim().is_empty();
    let mut out = Vec::new();
    while out.len() < count {
        while i > 0 && lines[i - 1].trim().is_empty() {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if line_mode {
            out.push(squeeze(lines[i - 1]));
            i -= 1;
        } else {
            let e = i;
            while i > 0 && !lines[i - 1].trim().is_empty() {
                i -= 1;
            }
            out.extend(join_nonblank(&lines[i..e]));
        }
    }
    out.reverse();
    out
}

/// The blocks of non-blank lines, each joined into one line.
fn blocks(lines: &[&str]) -> Vec<String> {
    lines
        .split(|l| l.trim().is_empty())
        .filter_map(join_nonblank)
        .collect()
}

/// The non-blank lines joined by spaces, whitespace squeezed; `None` when all are blank.
fn join_nonblank(lines: &[&str]) -> Option<String> {
    let joined = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!joined.is_empty()).then(|| squeeze(&joined))
}

// ---------------------------------------------------------------------------------------------
// Factiva

/// "Document AFPR000020240222ek2m003b9": the accession number that closes a Factiva article.
fn factiva_id(line: &str) -> Option<&str> {
    if !["Document ", "Dokument ", "Documento ", "Документ "]
        .iter()
        .any(|p| line.starts_with(p))
    {
        return None;
    }
    let mut words = line.split_whitespace();
    let (first, id) = (words.next()?, words.next()?);
    if words.next().is_some()
        || !matches!(first, "Document" | "Dokument" | "Documento" | "Документ")
        || !(12..=40).contains(&id.len())
        || !id.bytes().all(|b| b.is_ascii_alphanumeric())
        || !id.bytes().any(|b| b.is_ascii_digit())
        || !id.bytes().any(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    Some(id)
}

/// Every article of a Factiva export in article format.
fn read_factiva(lines: &[&str]) -> Vec<Read> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, line) in lines.iter().enumerate() {
        if let Some(id) = factiva_id(line.trim()) {
            let chunk = &lines[start..i];
            if !is_blank(chunk) {
                out.push(factiva_article(chunk, Some(id)));
            }
            start = i + 1;
        }
    }
    // After the last article: the search summary, or an article cut without its number.
    let rest = &lines[start..];
    if factiva_header(rest).is_some() {
        out.push(factiva_article(rest, None));
    }
    out
}

/// The indices of the word count line and of the date line under it.
fn factiva_header(chunk: &[&str]) -> Option<(usize, usize)> {
    let nonblank: Vec<usize> = (0..chunk.len())
        .filter(|&i| !chunk[i].trim().is_empty())
        .take(30)
        .collect();
    nonblank.iter().enumerate().find_map(|(k, &i)| {
        if !is_word_count(chunk[i].trim()) {
            return None;
        }
        nonblank
            .get(k + 1..k + 3)?
            .iter()
            .find(|&&j| is_date_line(chunk[j].trim()))
            .map(|&j| (i, j))
    })
}

/// One Factiva article: title and byline above the word count; date, time, source name,
/// source code, language and copyright under it; then the body.
fn factiva_article(chunk: &[&str], id: Option<&str>) -> Read {
    let Some((w, d)) = factiva_header(chunk) else {
        return Err(match id {
            Some(id) => format!("no Factiva header (word count and date) before Document {id}"),
            None => "no Factiva header (word count and date)".to_owned(),
        });
    };
    let mut meta = SourceMeta {
        record_id: id.map(str::to_owned),
        ..SourceMeta::default()
    };
    let mut above: Vec<&str> = chunk[..w]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(p) = above.iter().position(|l| byline_prefix(l).is_some()) {
        meta.author = byline_prefix(above[p]).map(squeeze);
        above.remove(p);
    } else if above.len() >= 2 && above.last().is_some_and(|l| is_name_like(l)) {
        meta.author = above.pop().map(squeeze);
    }
    if above.len() >= 2 && is_section_like(above[0], above[1]) {
        above.remove(0);
    }
    meta.title = join_nonblank(&above);

    // Under the date: time, source name, source code, edition and page, language, copyright.
    let mut published = squeeze(chunk[d]);
    let mut rest = (d + 1..chunk.len()).filter(|&i| !chunk[i].trim().is_empty());
    let mut next = rest.next();
    if let Some(i) = next.filter(|&i| is_time(chunk[i].trim())) {
        published.push(' ');
        published.push_str(chunk[i].trim());
        next = rest.next();
    }
    meta.published = Some(published);
    let mut end = d + 1;
    if let Some(i) = next {
        let t = chunk[i].trim();
        if !is_copyright(t) && lang_code(t).is_none() && !is_prose(t) {
            meta.publisher = Some(squeeze(t));
            end = i + 1;
        }
    }
    let mut copyright = false;
    for (k, i) in (end..chunk.len()).enumerate() {
        let t = chunk[i].trim();
        if k <= 10 && is_copyright(t) {
            end = i + 1;
            copyright = true;
            break;
        }
        if k > 10 || (t.is_empty() && meta.lang.is_some()) || is_prose(t) {
            break;
        }
        if t.is_empty() {
            continue;
        }
        if let Some(code) = lang_code(t).filter(|_| t.split_whitespace().count() <= 2) {
            meta.lang = Some(code);
            end = i + 1;
        } else if is_source_code(t) || is_time(t) {
            end = i + 1;
        }
    }
    if copyright {
        // A copyright notice on two lines.
        if let Some(t) = chunk.get(end).map(|l| l.trim())
            && is_all_rights_reserved(t)
        {
            end += 1;
        }
    }
    let body: Vec<&str> = chunk[end..]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !is_factiva_chrome(l))
        .collect();
    Ok(Article {
        meta,
        body: body_text(body),
    })
}

/// A Factiva source code ("AFPR", "LBA", "LEMOND"): capitals and digits, no space.
fn is_source_code(line: &str) -> bool {
    (2..=12).contains(&line.len())
        && line
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Lines Factiva adds to the body.
fn is_factiva_chrome(line: &str) -> bool {
    line.starts_with("License this article from Dow Jones Reprint Service")
        || line.starts_with("Licensed by Copyright Clearance Center")
}

/// Factiva field codes.
const TAGS: &[&str] = &[
    "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CT", "RF",
    "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART", "CX", "DLN", "VOL",
    "RST", "NGC", "FDS", "DE",
];

/// The codes that may follow the lead and text fields.
const TAGS_AFTER_TEXT: &[&str] = &[
    "TD", "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "ART", "CX", "NGC", "FDS",
    "DE",
];

/// A field code line: the code alone, or followed by a tab or spaces and the value. Inside the
/// lead or text (`in_text`) only the codes that follow them, and never before a single space.
fn tag(line: &str, in_text: bool) -> Option<(&'static str, &str)> {
    let t = line.trim_start();
    let len = t.bytes().take_while(u8::is_ascii_uppercase).count();
    if !(2..=3).contains(&len) {
        return None;
    }
    let code = t.get(..len)?;
    let allowed = if in_text { TAGS_AFTER_TEXT } else { TAGS };
    let code = *allowed.iter().find(|c| **c == code)?;
    let rest = t.get(len..)?;
    // After the code: nothing, a tab or several spaces; one space only in an unindented
    // header line.
    let separated = rest.trim().is_empty()
        || rest.starts_with('\t')
        || rest.starts_with("  ")
        || (rest.starts_with(' ') && !in_text && line.len() == t.len());
    separated.then(|| (code, rest.trim()))
}

/// Every article of a Factiva export with field codes.
fn read_factiva_tagged(lines: &[&str]) -> Vec<Read> {
    let mut out = Vec::new();
    let mut fields: Vec<(&'static str, Vec<&str>)> = Vec::new();
    for line in lines {
        let in_text = matches!(fields.last(), Some((c, _)) if matches!(*c, "LP" | "TD"));
        if let Some((code, value)) = tag(line, in_text) {
            let has_title = fields.iter().any(|(c, _)| *c == "HD");
            let done = fields.iter().any(|(c, _)| *c == "AN");
            if (matches!(code, "HD" | "SE") && has_title) || (done && code != "AN") {
                out.push(factiva_tagged_article(&std::mem::take(&mut fields)));
            }
            fields.push((
                code,
                if value.is_empty() {
                    vec![]
                } else {
                    vec![value]
                },
            ));
        } else if let Some((_, values)) = fields.last_mut() {
            values.push(line);
        }
    }
    if fields.iter().any(|(c, _)| matches!(*c, "HD" | "LP" | "TD")) {
        out.push(factiva_tagged_article(&fields));
    }
    out
}

fn factiva_tagged_article(fields: &[(&str, Vec<&str>)]) -> Read {
    let value = |code: &str| {
        fields
            .iter()
            .find(|(c, _)| *c == code)
            .and_then(|(_, v)| join_nonblank(v))
    };
    let mut meta = SourceMeta {
        title: value("HD"),
        author: value("BY").map(|b| byline_prefix(&b).map_or(b.clone(), squeeze)),
        publisher: value("SN"),
        lang: value("LA").and_then(|l| lang_code(&l)),
        record_id: value("AN").map(|a| factiva_id(&a).map_or_else(|| a.clone(), str::to_owned)),
        ..SourceMeta::default()
    };
    meta.published = value("PD").map(|d| match value("ET") {
        Some(t) if is_time(&t) => format!("{d} {t}"),
        _ => d,
    });
    let mut body: Vec<&str> = Vec::new();
    for (code, values) in fields {
        if matches!(*code, "LP" | "TD") {
            if !body.is_empty() {
                body.push("");
            }
            body.extend(values.iter().map(|l| l.trim()));
        }
    }
    if body.iter().all(|l| l.is_empty()) && meta.title.is_none() {
        return Err("no HD or LP field".to_owned());
    }
    Ok(Article {
        meta,
        body: body_text(body),
    })
}

// ---------------------------------------------------------------------------------------------
// Europresse

/// "Ce document est réservé à l'usage exclusif de l'utilisateur désigné par …", and the legal
/// notice of the HTML export.
fn is_europresse_notice(line: &str) -> bool {
    line.strip_prefix("Ce document est réservé à l")
        .is_some_and(|r| r.starts_with("'usage exclusif") || r.starts_with("’usage exclusif"))
        || line.starts_with("Le présent document est protégé par les lois")
}

/// A Europresse document number: "news·20240307·LM·a2k3f9x1".
fn is_nodoc(line: &str) -> bool {
    let mut parts = line.split('·');
    let (Some(kind), Some(date), Some(_)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !line.contains(' ')
        && (2..=12).contains(&kind.len())
        && kind.bytes().all(|b| b.is_ascii_lowercase())
        && date.len() == 8
        && date.bytes().all(|b| b.is_ascii_digit())
}

fn is_back_to_top(line: &str) -> bool {
    line.starts_with("Retour au début") || line.starts_with("Haut de page")
}

/// Lines that end a Europresse article and may follow one another.
fn is_europresse_footer(line: &str) -> bool {
    is_europresse_notice(line)
        || is_nodoc(line)
        || is_back_to_top(line)
        || is_copyright(line)
        || is_all_rights_reserved(line)
}

/// Where a Europresse article's body ends.
fn is_europresse_footer_start(line: &str) -> bool {
    is_europresse_footer(line)
        || line.starts_with("Note(s) :")
        || line.starts_with("Notes :")
        || line.starts_with("Cet article est paru dans")
        || line.starts_with("Aussi paru dans")
}

/// Every article of a Europresse text export.
fn read_europresse(lines: &[&str]) -> Vec<Read> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        if is_europresse_notice(t) || is_nodoc(t) || is_back_to_top(t) {
            let mut j = i + 1;
            while j < lines.len() && {
                let t = lines[j].trim();
                t.is_empty() || is_europresse_footer(t)
            } {
                j += 1;
            }
            let chunk = &lines[start..j];
            if chunk
                .iter()
                .any(|l| !l.trim().is_empty() && !is_europresse_footer(l.trim()))
            {
                out.push(europresse_article(chunk));
            }
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    // After the last notice: an article cut without its footer, if it has a dated header.
    let rest = &lines[start..];
    let head: Vec<&str> = next_nonblank(rest, 0, 6).collect();
    if head.len() >= 3 && head.iter().skip(1).any(|l| date_span(l).is_some()) {
        out.push(europresse_article(rest));
    }
    out
}

/// One Europresse article: source name, a dated header line (section, word count, page),
/// title and author in either order, the body, then its notes and footer.
fn europresse_article(chunk: &[&str]) -> Read {
    let footer = (0..chunk.len())
        .skip(1)
        .find(|&i| is_europresse_footer_start(chunk[i].trim()))
        .unwrap_or(chunk.len());
    let mut meta = SourceMeta::default();
    for line in &chunk[footer..] {
        let t = line.trim();
        if is_nodoc(t) {
            set_once(&mut meta.record_id, t.to_owned());
        } else if t.starts_with("Cet article est paru dans")
            && let Some(url) = t.split_whitespace().find(|w| w.starts_with("http"))
        {
            set_once(&mut meta.url, url.trim_end_matches([')', '.']).to_owned());
        }
    }
    let lines: Vec<(usize, &str)> = (0..footer)
        .map(|i| (i, chunk[i].trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let Some(&(_, source)) = lines.first() else {
        return Err("no header".to_owned());
    };
    meta.publisher = Some(clean_source(source));

    // The header: dated line, section, page and word count lines, then title and author.
    let mut used = vec![lines[0].0];
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    let mut date_at = None;
    let mut k = 1;
    while k < lines.len() && k < 12 {
        let (i, l) = lines[k];
        if meta.published.is_none()
            && let Some(date) = date_text(l)
        {
            meta.published = Some(date);
            date_at = Some(k);
            used.push(i);
            // A section on its own line above the date.
            candidates.retain(|&(ci, c)| {
                let section = c.split_whitespace().count() <= 3;
                if section {
                    used.push(ci);
                }
                !section
            });
            k += 1;
            continue;
        }
        if is_page(l) || is_word_count(l) {
            used.push(i);
            // The line above a page or word count line is the section.
            if let Some(&(ci, _)) = candidates
                .last()
                .filter(|&&(ci, _)| k > 0 && lines[k - 1].0 == ci)
            {
                candidates.pop();
                used.push(ci);
            }
            k += 1;
            continue;
        }
        if is_prose(l) || candidates.len() >= 4 {
            break;
        }
        candidates.push((i, l));
        k += 1;
    }
    if meta.published.is_none() {
        return Err("no date line in the header".to_owned());
    }
    // A one- or two-word section right under the date, before the author and the title.
    if candidates.len() >= 3
        && date_at.is_some_and(|d| lines.get(d + 1).map(|l| l.0) == Some(candidates[0].0))
        && candidates[0].1.split_whitespace().count() <= 2
        && !candidates[0].1.contains(':')
        && is_name_like(candidates[1].1)
        && !is_name_like(candidates[2].1)
    {
        used.push(candidates.remove(0).0);
    }
    let (title, author) = match candidates.as_slice() {
        [a, t, ..] if is_name_like(a.1) && !is_name_like(t.1) => (Some(*t), Some(*a)),
        [t, rest @ ..] => (
            Some(*t),
            rest.iter().take(3).find(|c| is_name_like(c.1)).copied(),
        ),
        [] => (None, None),
    };
    if let Some((i, t)) = title {
        meta.title = Some(squeeze(t));
        used.push(i);
    }
    if let Some((i, a)) = author {
        meta.author = Some(squeeze(byline_prefix(a).unwrap_or(a)));
        used.push(i);
    }
    let first_body = candidates
        .iter()
        .map(|c| c.0)
        .find(|i| !used.contains(i))
        .or_else(|| lines.get(k).map(|l| l.0))
        .unwrap_or(footer);
    let mut body: Vec<&str> = Vec::new();
    let mut caption = false;
    for (i, line) in chunk.iter().enumerate().take(footer).skip(first_body) {
        let t = line.trim();
        if used.contains(&i) {
            continue;
        }
        if t.starts_with("Illustration(s) :") {
            caption = true;
            continue;
        }
        if caption && !t.is_empty() {
            caption = false;
            continue;
        }
        body.push(t);
    }
    Ok(Article {
        meta,
        body: body_text(body),
    })
}

/// "Le Figaro, no. 24735" → "Le Figaro".
fn clean_source(line: &str) -> String {
    let cut = [", no.", " no. ", ", n°", ", nº"]
        .iter()
        .filter_map(|m| line.find(m))
        .min()
        .unwrap_or(line.len());
    squeeze(line.get(..cut).unwrap_or(line))
}

/// "p. 3", "P. 12", "page 4", "…, p. 3".
fn is_page(line: &str) -> bool {
    let l = line.trim_end();
    let tail = l.rsplit(',').next().unwrap_or(l).trim();
    let rest = tail
        .strip_prefix("p.")
        .or_else(|| tail.strip_prefix("P."))
        .or_else(|| tail.strip_prefix("page"))
        .or_else(|| tail.strip_prefix("Page"));
    rest.is_some_and(|r| {
        let r = r.trim();
        !r.is_empty() && r.len() <= 8 && r.starts_with(|c: char| c.is_ascii_digit())
    }) && l.split_whitespace().count() <= 3
}

/// Every article of a Europresse HTML export: one per `<article>` element.
fn read_europresse_html(html: &str) -> Vec<Read> {
    // One pass over the tags: where each article opens and closes.
    let mut spans: Vec<(usize, Option<usize>)> = Vec::new();
    let mut at = 0;
    while let Some(tag) = find_tag_any(html, at, "article") {
        at = tag.end.max(tag.start + 1);
        match (tag.close, spans.last_mut()) {
            (false, _) => spans.push((tag.end, None)),
            (true, Some((_, end @ None))) => *end = Some(tag.start),
            (true, _) => {}
        }
    }
    if spans.is_empty() {
        return vec![europresse_html_article(html)];
    }
    let starts: Vec<usize> = spans.iter().map(|s| s.0).collect();
    spans
        .iter()
        .enumerate()
        .map(|(k, &(start, end))| {
            let end = end
                .or_else(|| starts.get(k + 1).copied())
                .unwrap_or(html.len());
            europresse_html_article(html.get(start..end.max(start)).unwrap_or(""))
        })
        .collect()
}

fn europresse_html_article(html: &str) -> Read {
    let text_of = |class: &str| {
        element_by_class(html, 0, class).map(|(_, inner, _)| squeeze(&html_text(inner)))
    };
    let mut meta = SourceMeta {
        publisher: text_of("DocPublicationName").map(|p| clean_source(&p)),
        record_id: text_of("publiC-lblNodoc"),
        ..SourceMeta::default()
    };
    let header_text = text_of("DocHeader")
        .or_else(|| text_of("DocTitreSousSection"))
        .unwrap_or_default();
    meta.published = date_text(&header_text).or_else(|| {
        // The date of a web source sits beside its section title.
        let head_end = html.find("docOcurrContainer").unwrap_or(html.len());
        html_text(html.get(..head_end).unwrap_or(html))
            .lines()
            .find_map(date_text)
    });
    let title_block = element_by_class(html, 0, "titreArticle");
    meta.title = text_of("titreArticleVisu")
        .or_else(|| text_of("rdp__articletitle"))
        .or_else(|| title_block.map(|(_, inner, _)| squeeze(&html_text(inner))))
        .filter(|t| !t.is_empty());
    let body_el = element_by_class(html, 0, "docOcurrContainer")
        .or_else(|| element_by_class(html, 0, "DocText"));
    let body_start = body_el.map_or(html.len(), |(start, _, _)| start);
    if let Some((_, inner, after)) = title_block {
        // The subtitle inside the title block, the author right after it.
        meta.description = element_by_class(inner, 0, "sm-margin-bottomNews")
            .map(|(_, s, _)| squeeze(&html_text(s)))
            .filter(|s| !s.is_empty());
        let author = element_by_class(html, after, "sm-margin-bottomNews")
            .filter(|(start, _, _)| *start < body_start)
            .map(|(_, a, _)| squeeze(&html_text(a)));
        meta.author = author.filter(|a| !a.is_empty());
    }
    if meta.author.is_none() {
        meta.author = text_of("docAuthors").filter(|a| !a.is_empty());
    }
    let Some((_, inner, _)) = body_el else {
        return Err("no docOcurrContainer or DocText element".to_owned());
    };
    let mut paragraphs: Vec<String> = Vec::new();
    for p in html_text(inner).lines() {
        let p = squeeze(p);
        if p.starts_with("Cet article est paru dans") {
            continue;
        }
        if !p.is_empty() {
            paragraphs.push(p);
        }
    }
    if let Some(url) = link_with_text(inner, "Cet article est paru dans") {
        meta.url = Some(url);
    }
    Ok(Article {
        meta,
        body: paragraphs.join("\n\n"),
    })
}

// ---------------------------------------------------------------------------------------------
// HTML, just enough for Europresse

/// A tag found in HTML: where it starts and ends, and its attributes' text.
#[derive(Clone, Copy, Debug)]
struct Tag<'a> {
    start: usize,
    end: usize,
    close: bool,
    name: &'a str,
    attrs: &'a str,
}

/// The next tag at or after `from` (comments, doctypes and stray `<` skipped).
fn next_tag(html: &str, from: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    let mut at = from;
    loop {
        let lt = at + html.get(at..)?.find('<')?;
        let rest = &html[lt + 1..];
        if rest.starts_with("!--") {
            at = lt + 4 + rest.find("-->").map_or(html.len() - lt - 4, |e| e);
            continue;
        }
        let close = rest.starts_with('/');
        let name_start = lt + 1 + usize::from(close);
        let name_len = bytes
            .get(name_start..)?
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            at = lt + 1;
            continue;
        }
        let name_end = name_start + name_len;
        // The tag ends at the first `>` outside quotes.
        let mut quote = None;
        let mut end = None;
        for (i, &b) in bytes.iter().enumerate().skip(name_end) {
            match (quote, b) {
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'>') => {
                    end = Some(i + 1);
                    break;
                }
                _ => {}
            }
        }
        let (end, attrs_end) = match end {
            Some(e) => (e, e - 1),
            None => (html.len(), html.len()),
        };
        return Some(Tag {
            start: lt,
            end,
            close,
            name: &html[name_start..name_end],
            attrs: html.get(name_end..attrs_end).unwrap_or(""),
        });
    }
}

/// The next opening or closing tag named `name` at or after `from`.
fn find_tag_any<'a>(html: &'a str, from: usize, name: &str) -> Option<Tag<'a>> {
    let mut at = from;
    while let Some(tag) = next_tag(html, at) {
        if tag.name.eq_ignore_ascii_case(name) {
            return Some(tag);
        }
        at = tag.end.max(tag.start + 1);
    }
    None
}

/// The next opening (or closing) tag named `name` at or after `from`.
fn find_tag<'a>(html: &'a str, from: usize, name: &str, close: bool) -> Option<Tag<'a>> {
    let mut at = from;
    while let Some(tag) = next_tag(html, at) {
        if tag.close == close && tag.name.eq_ignore_ascii_case(name) {
            return Some(tag);
        }
        at = tag.end.max(tag.start + 1);
    }
    None
}

/// The value of attribute `name` in a tag's attribute text.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let bytes = attrs.as_bytes();
    let mut from = 0;
    while let Some(pos) = bytes
        .get(from..)?
        .windows(name.len())
        .position(|w| w.eq_ignore_ascii_case(name.as_bytes()))
    {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at == 0 || bytes[at - 1].is_ascii_whitespace();
        let rest = attrs.get(at + name.len()..)?.trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        return Some(match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let inner = &rest[1..];
                &inner[..inner.find(q).unwrap_or(inner.len())]
            }
            _ => rest.split_whitespace().next().unwrap_or(""),
        });
    }
    None
}

/// The first element at or after `from` whose class list holds `class`: the start of its
/// opening tag, its inner HTML, and where it ends.
fn element_by_class<'a>(
    html: &'a str,
    from: usize,
    class: &str,
) -> Option<(usize, &'a str, usize)> {
    let mut at = from;
    while let Some(tag) = next_tag(html, at) {
        at = tag.end.max(tag.start + 1);
        if tag.close
            || !attr(tag.attrs, "class").is_some_and(|c| c.split_whitespace().any(|w| w == class))
        {
            continue;
        }
        if tag.attrs.trim_end().ends_with('/') {
            return Some((tag.start, "", tag.end));
        }
        // The matching closing tag, elements of the same name nested inside counted.
        let mut depth = 0usize;
        let mut scan = tag.end;
        while let Some(t) = next_tag(html, scan) {
            scan = t.end.max(t.start + 1);
            if !t.name.eq_ignore_ascii_case(tag.name) {
                continue;
            }
            if !t.close {
                depth += 1;
            } else if depth == 0 {
                return Some((tag.start, &html[tag.end..t.start], t.end));
            } else {
                depth -= 1;
            }
        }
        return Some((tag.start, &html[tag.end..], html.len()));
    }
    None
}

/// The `href` of the first link whose text contains `text`.
fn link_with_text(html: &str, text: &str) -> Option<String> {
    let mut at = 0;
    while let Some(a) = find_tag(html, at, "a", false) {
        at = a.end;
        let close = find_tag(html, a.end, "a", true).map_or(html.len(), |c| c.start);
        if html_text(&html[a.end..close]).contains(text) {
            return attr(a.attrs, "href").map(decode_entities);
        }
    }
    None
}

/// The text of an HTML fragment: one line per block element, entities decoded, whitespace
/// squeezed, scripts and styles dropped.
fn html_text(html: &str) -> String {
    const BLOCKS: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "section",
        "header",
        "footer",
        "article",
        "table",
        "blockquote",
    ];
    let mut out = String::new();
    let mut at = 0;
    while at < html.len() {
        let next = html.get(at..).and_then(|r| r.find('<')).map(|p| at + p);
        let text_end = next.unwrap_or(html.len());
        if text_end > at {
            out.push_str(&decode_entities(&html[at..text_end]).replace(['\n', '\r', '\t'], " "));
        }
        let Some(lt) = next else { break };
        if html[lt..].starts_with("<!") {
            // A comment or a doctype.
            let close = if html[lt..].starts_with("<!--") {
                "-->"
            } else {
                ">"
            };
            at = html[lt..]
                .find(close)
                .map_or(html.len(), |p| lt + p + close.len());
            continue;
        }
        match next_tag(html, lt).filter(|t| t.start == lt) {
            Some(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if !tag.close && (name == "script" || name == "style") {
                    at = find_tag(html, tag.end, &name, true).map_or(html.len(), |c| c.end);
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                }
                at = tag.end.max(lt + 1);
            }
            None => {
                out.push('<');
                at = lt + 1;
            }
        }
    }
    out.lines()
        .map(squeeze)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `&amp;`, `&#8217;`, `&#x2019;` and the named entities of French news text.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("laquo", '«'),
        ("raquo", '»'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("bdquo", '„'),
        ("hellip", '…'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("middot", '·'),
        ("bull", '•'),
        ("copy", '©'),
        ("reg", '®'),
        ("deg", '°'),
        ("euro", '€'),
        ("eacute", 'é'),
        ("egrave", 'è'),
        ("ecirc", 'ê'),
        ("euml", 'ë'),
        ("agrave", 'à'),
        ("acirc", 'â'),
        ("ccedil", 'ç'),
        ("icirc", 'î'),
        ("iuml", 'ï'),
        ("ocirc", 'ô'),
        ("ugrave", 'ù'),
        ("ucirc", 'û'),
        ("uuml", 'ü'),
        ("oelig", 'œ'),
        ("Eacute", 'É'),
        ("Agrave", 'À'),
        ("Ccedil", 'Ç'),
        ("OElig", 'Œ'),
        ("thinsp", '\u{2009}'),
        ("nnbsp", '\u{202f}'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|&p| p <= 10);
        let decoded = semi.and_then(|p| {
            let name = &after[..p];
            let c = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                code.and_then(char::from_u32)
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
            };
            c.map(|c| (c, p))
        });
        match decoded {
            Some((c, p)) => {
                out.push(c);
                rest = &after[p + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------------
// Line shapes shared by the services

/// The lines of `text`: `\n`, `\r\n`, a lone `\r` and a form feed each end a line.
fn split_lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut start = 0;
    let mut skip_lf = false;
    for at in memchr::memchr3_iter(b'\n', b'\r', 0x0c, bytes) {
        if skip_lf {
            skip_lf = false;
            if at == start && bytes[at] == b'\n' {
                start = at + 1;
                continue;
            }
        }
        // The three bytes are ASCII: `at` is a char boundary.
        out.push(&text[start..at]);
        skip_lf = bytes[at] == b'\r';
        start = at + 1;
    }
    out.push(&text[start..]);
    out
}

/// The body lines joined: each trimmed, runs of blank lines made one, none at either end.
fn body_text<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// Whitespace runs (no-break spaces too) made one space, ends trimmed.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Case-insensitive equality, for any script.
fn eq_fold(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

fn set_once(slot: &mut Option<String>, value: String) {
    if slot.is_none() {
        *slot = Some(value);
    }
}

fn set_once_opt(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

/// "Copyright 2024 …", "© 2024 …", "(c) 2024 …".
fn is_copyright(line: &str) -> bool {
    let l = line.trim_start();
    if l.starts_with('©') {
        return true;
    }
    let rest = if l
        .get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case("copyright"))
    {
        l.get(9..).unwrap_or("")
    } else if let Some(r) = l.strip_prefix("(c)").or_else(|| l.strip_prefix("(C)")) {
        r
    } else {
        return false;
    };
    rest.is_empty() || rest.starts_with([' ', '\u{a0}', '©', ':'])
}

fn is_all_rights_reserved(line: &str) -> bool {
    let l = line.trim().trim_end_matches('.');
    [
        "All Rights Reserved",
        "Tous droits réservés",
        "Все права защищены",
    ]
    .iter()
    .any(|w| eq_fold(l, w))
}

/// "523 words", "1,034 words", "1 056 mots", "348 слов".
fn is_word_count(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 32 || !line.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((num, unit)) = line.rsplit_once(' ') else {
        return false;
    };
    let units = [
        "words",
        "word",
        "mots",
        "mot",
        "wörter",
        "palabras",
        "parole",
        "слов",
        "слова",
        "слово",
        "woorden",
    ];
    units.iter().any(|u| eq_fold(unit, u))
        && num.len() <= 12
        && num.starts_with(|c: char| c.is_ascii_digit())
        && num
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}'))
}

/// "14:32", "2:32 PM", "14:32 GMT".
fn is_time(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next().is_some_and(is_clock)
        && words.all(|w| matches!(classify(w), Tok::Meridiem | Tok::Zone))
}

fn is_clock(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    let (h, m) = match w.split_once(':').or_else(|| w.split_once('h')) {
        Some(p) => p,
        None => return false,
    };
    let m = m.split(':').next().unwrap_or(m);
    (1..=2).contains(&h.len())
        && h.bytes().all(|b| b.is_ascii_digit())
        && (m.is_empty() && w.contains('h')
            || m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))
}

/// "By Jane Doe" → "Jane Doe" (also "Par", "Von", "От").
fn byline_prefix(line: &str) -> Option<&str> {
    ["By ", "BY ", "Par ", "PAR ", "Von ", "От "]
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .map(str::trim)
        .filter(|r| !r.is_empty())
}

/// A byline: "Isabelle Lasserre", "Par Marc Semo", "Benjamin Quénelle, correspondant à
/// Moscou", "Marc Semo et Piotr Smolar", "Le Monde avec AFP".
fn is_name_like(line: &str) -> bool {
    if byline_prefix(line).is_some() {
        return true;
    }
    let line = line.trim();
    if line.chars().count() > 80 {
        return false;
    }
    let agencies = [
        "AFP",
        "Reuters",
        "AP",
        "TASS",
        "ANSA",
        "DPA",
        "RIA Novosti",
        "Interfax",
    ];
    if let Some(agency) = ["avec ", "with ", "и "]
        .iter()
        .find_map(|c| line.rsplit_once(c).map(|(_, a)| a.trim()))
        && agencies.contains(&agency)
    {
        return true;
    }
    // A role after a comma or in parentheses: "…, correspondant à Moscou", "… (Bruxelles)".
    let head = line.split('(').next().unwrap_or(line).trim();
    let (head, role) = match head.split_once(',') {
        Some((h, r)) => (h.trim(), Some(r.trim())),
        None => (head, None),
    };
    let roles = [
        "correspondant",
        "correspondante",
        "envoyé",
        "envoyée",
        "à",
        "in",
        "at",
        "correspondent",
        "bureau",
        "with",
        "avec",
        "staff",
        "собкор",
        "корреспондент",
    ];
    if role.is_some_and(|r| {
        let first = r.split_whitespace().next().unwrap_or("").to_lowercase();
        !roles.contains(&first.as_str()) && !r.ends_with("correspondent")
    }) {
        return false;
    }
    let names: Vec<&str> = head
        .split(" et ")
        .flat_map(|g| g.split(" and "))
        .flat_map(|g| g.split(" и "))
        .flat_map(|g| g.split(" & "))
        .collect();
    (1..=3).contains(&names.len()) && names.iter().all(|n| is_personal_name(n))
}

/// "Isabelle Lasserre", "Jean-Yves Le Drian", "J. Smith", "Елена Черненко".
fn is_personal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let particles = [
        "de", "du", "des", "d'", "von", "van", "der", "den", "da", "di", "al", "bin", "ibn", "le",
        "la",
    ];
    let not_first = [
        "Entre",
        "La",
        "Le",
        "Les",
        "L'",
        "Un",
        "Une",
        "Des",
        "Du",
        "De",
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Sur",
        "Pour",
        "Après",
        "Avant",
        "Face",
        "Quand",
        "Comment",
        "Pourquoi",
        "Why",
        "How",
        "What",
        "When",
        "После",
        "В",
        "На",
        "По",
        "Как",
    ];
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (2..=4).contains(&words.len())
        && !not_first.contains(&words[0])
        && capitalised(words[0])
        && capitalised(words[words.len() - 1])
        && words.iter().all(|w| {
            (capitalised(w) || particles.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && (!w.contains('.') || w.chars().count() <= 3)
        })
}

/// A section line above a title: one to three words, shorter than the line under it.
fn is_section_like(line: &str, next: &str) -> bool {
    line.split_whitespace().count() <= 3
        && line.chars().count() < next.chars().count()
        && !line.ends_with(['.', '?', '!', ':'])
}

/// A line of running text rather than a header line.
fn is_prose(line: &str) -> bool {
    let n = line.chars().count();
    n > 160 || (n > 70 && (line.ends_with('.') || line.contains(". ")))
}

/// The language a header names, as an ISO 639-1 code.
fn lang_code(name: &str) -> Option<String> {
    let first = name
        .split([';', ',', ' ', '/'])
        .find(|w| !w.is_empty())?
        .to_lowercase();
    let code = match first.as_str() {
        "english" | "anglais" | "englisch" | "английский" | "en" => "en",
        "french" | "français" | "francais" | "französisch" | "французский" | "fr" => {
            "fr"
        }
        "russian" | "russe" | "russisch" | "русский" | "ru" => "ru",
        "german" | "allemand" | "deutsch" | "немецкий" | "de" => "de",
        "spanish" | "espagnol" | "español" | "spanisch" | "испанский" | "es" => "es",
        "italian" | "italien" | "italiano" | "italienisch" | "итальянский" | "it" => {
            "it"
        }
        "ukrainian" | "ukrainien" | "українська" | "украинский" | "uk" => "uk",
        "arabic" | "arabe" | "arabisch" | "арабский" | "ar" => "ar",
        "chinese" | "chinois" | "chinesisch" | "китайский" | "zh" => "zh",
        _ => return None,
    };
    Some(code.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Dates as the services write them

/// What a word of a date line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Month,
    Weekday,
    Year,
    Day,
    Time,
    Meridiem,
    Zone,
    /// "-", "at", "à", "г.": words that join the parts of a date and time.
    Filler,
    Other,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "fevr",
    "avr",
    "juil",
    "déc",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
    "янв",
    "фев",
    "мар",
    "апр",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "четверг",
    "пятница",
    "пятницу",
    "суббота",
    "субботу",
    "воскресенье",
];

const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "JST", "IST", "AEST", "AEDT", "HKT", "SGT", "ET", "PT",
];

fn classify(word: &str) -> Tok {
    let core = word.trim_matches([',', ';', '(', ')']);
    let bare = core.trim_end_matches('.');
    if bare.len() > 24 {
        return Tok::Other;
    }
    let lower = bare.to_lowercase();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(bare) {
        let v: u32 = bare.parse().unwrap_or(0);
        return match bare.len() {
            4 if (1800..=2100).contains(&v) => Tok::Year,
            1 | 2 if (1..=31).contains(&v) => Tok::Day,
            _ => Tok::Other,
        };
    }
    if ["er", "st", "nd", "rd", "th"].iter().any(|s| {
        lower
            .strip_suffix(s)
            .is_some_and(|d| digits(d) && d.len() <= 2)
    }) {
        return Tok::Day;
    }
    if is_clock(core) {
        return Tok::Time;
    }
    if MONTHS.contains(&lower.as_str()) {
        return Tok::Month;
    }
    if WEEKDAYS.contains(&lower.as_str()) {
        return Tok::Weekday;
    }
    if matches!(lower.as_str(), "am" | "pm" | "a.m" | "p.m") {
        return Tok::Meridiem;
    }
    let signed = |s: &str| {
        s.strip_prefix(['+', '-']).is_some_and(|d| {
            !d.is_empty() && d.len() <= 5 && d.bytes().all(|b| b.is_ascii_digit() || b == b':')
        })
    };
    if ZONES.contains(&bare)
        || signed(bare)
        || ["GMT", "UTC"]
            .iter()
            .any(|z| bare.strip_prefix(z).is_some_and(signed))
    {
        return Tok::Zone;
    }
    if matches!(
        lower.as_str(),
        "-" | "–" | "—" | "|" | "at" | "à" | "a" | "г" | "года"
    ) {
        return Tok::Filler;
    }
    Tok::Other
}

/// The words of a line with their byte ranges.
fn words(line: &str) -> Vec<(usize, usize, Tok)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (start, c.is_whitespace()) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                out.push((s, i, classify(&line[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The byte range of the first date in `line` — day, month and year in either order, with the
/// weekday, time and time zone written around it — and whether it covers the whole line.
fn date_range(line: &str) -> Option<(usize, usize, bool)> {
    // Every date written here has a year: four digits in a row.
    let has_year = line
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    if !has_year {
        return None;
    }
    let w = words(line);
    let kind = |i: usize| w.get(i).map_or(Tok::Other, |t| t.2);
    for m in (0..w.len()).filter(|&i| w[i].2 == Tok::Month) {
        let (mut s, mut e) = if m > 0 && kind(m - 1) == Tok::Day && kind(m + 1) == Tok::Year {
            (m - 1, m + 1)
        } else if kind(m + 1) == Tok::Day && kind(m + 2) == Tok::Year {
            (m, m + 2)
        } else if kind(m + 1) == Tok::Year && w.len() <= 3 {
            (m, m + 1)
        } else {
            continue;
        };
        if s > 0 && kind(s - 1) == Tok::Weekday {
            s -= 1;
        }
        loop {
            let year_suffix = w
                .get(e + 1)
                .is_some_and(|&(a, b, _)| matches!(&line[a..b], "г." | "г" | "года"));
            match kind(e + 1) {
                Tok::Weekday | Tok::Time | Tok::Meridiem | Tok::Zone => e += 1,
                Tok::Filler if year_suffix || matches!(kind(e + 2), Tok::Time) => e += 1,
                _ => break,
            }
        }
        return Some((w[s].0, w[e].1, s == 0 && e + 1 == w.len()));
    }
    None
}

/// The date written in `line`, as written.
fn date_span(line: &str) -> Option<&str> {
    let (s, e, _) = date_range(line)?;
    line.get(s..e).map(|d| d.trim_end_matches([',', ';']))
}

/// [`date_span`], owned and with whitespace squeezed.
fn date_text(line: &str) -> Option<String> {
    date_span(line).map(squeeze)
}

/// A line that is a date and nothing else: "March 5, 2024 Tuesday 10:12 AM GMT", "5 mars 2024",
/// "mardi 5 mars 2024", "6 марта 2024 г.".
fn is_date_line(line: &str) -> bool {
    line.len() <= 160
        && line.chars().count() <= 80
        && date_range(line).is_some_and(|(_, _, whole)| whole)
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};

    use super::*;

    /// Each record as its metadata lines and its body lines ("| …"), errors as "error: …".
    fn render(results: &[Result<Record, String>]) -> String {
        let mut out = String::new();
        for r in results {
            match r {
                Err(e) => {
                    let _ = writeln!(out, "error: {e}");
                }
                Ok(r) => {
                    let m = &r.meta;
                    let _ = writeln!(out, "{}", r.locator.as_deref().unwrap_or("whole file"));
                    let fields = [
                        ("title", &m.title),
                        ("publisher", &m.publisher),
                        ("published", &m.published),
                        ("author", &m.author),
                        ("description", &m.description),
                        ("lang", &m.lang),
                        ("id", &m.record_id),
                        ("url", &m.url),
                    ];
                    for (k, v) in fields {
                        if let Some(v) = v {
                            let _ = writeln!(out, "  {k}: {v}");
                        }
                    }
                    for line in r.body.lines() {
                        let _ = writeln!(out, "{}", format!("  | {line}").trim_end());
                    }
                }
            }
        }
        out
    }

    /// The lines of `s` without their common indentation.
    fn dedent(s: &str) -> String {
        let indent = s
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        s.lines()
            .map(|l| l.get(indent..).unwrap_or("").trim_end())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[track_caller]
    fn check(input: &str, expect: &str) {
        assert!(looks_like_export(input), "not detected:\n{input}");
        let got = render(&read(input));
        assert_eq!(got.trim(), dedent(expect).trim(), "\n--- got ---\n{got}");
    }

    #[test]
    fn nexis_uni_cut_out_article() {
        check(
            "Lavrov and Barrot speak by phone\nInterfax: Russia & CIS General Newswire\nMarch 3, 2025 Monday 2:15 PM MSK\n\nCopyright 2025 Interfax Information Services All Rights Reserved\n\nSection:\u{a0}DIPLOMATIC PANORAMA\nLength:\u{a0}112 words\nByline:\u{a0}Staff\nDateline:\u{a0}MOSCOW\nBody\n\nMOSCOW. March 3 (Interfax) - Russian Foreign Minister Sergei Lavrov and his French counterpart spoke by phone on Monday.\n\nThe ministers discussed Ukraine.\n\nLoad-Date:\u{a0}March 4, 2025\n\nEnd of Document\n",
            "
            whole file
              title: Lavrov and Barrot speak by phone
              publisher: Interfax: Russia & CIS General Newswire
              published: March 3, 2025 Monday 2:15 PM MSK
              author: Staff
              | MOSCOW. March 3 (Interfax) - Russian Foreign Minister Sergei Lavrov and his French counterpart spoke by phone on Monday.
              |
              | The ministers discussed Ukraine.
            ",
        );
    }

    #[test]
    fn nexis_uni_rtf_converted_blocks() {
        // pandoc's plain text of the RTF export: blank lines between paragraphs, a long title
        // wrapped over two lines, no "Body" line, the trailer after the body.
        check(
            "Documents (1)\n\n1. Long title\n\nClient/Matter: -None-\n\n\n\nSenegal and France sign a new defence agreement after\nmonths of negotiations\n\nAgence France Presse -- English\n\nAugust 14, 2024 Wednesday 5:32 PM GMT\n\nCopyright 2024 Agence France Presse All Rights Reserved\n\nLength: 301 words\n\nDAKAR, Aug 14, 2024 (AFP) - Senegal and France signed a\nnew defence agreement on Wednesday.\n\nThe text will be submitted to parliament.\n\nLoad-Date: August 15, 2024\n\nEnd of Document\n",
            "
            whole file
              title: Senegal and France sign a new defence agreement after months of negotiations
              publisher: Agence France Presse -- English
              published: August 14, 2024 Wednesday 5:32 PM GMT
              | DAKAR, Aug 14, 2024 (AFP) - Senegal and France signed a
              | new defence agreement on Wednesday.
              |
              | The text will be submitted to parliament.
            ",
        );
    }

    #[test]
    fn lexisnexis_french_interface() {
        check(
            "                               Document 1 de 2\n\n                                   Libération\n\n                            12 juin 2014 jeudi\n\nKiev et Moscou reprennent langue\n\nAUTEUR: Veronika Dorman\n\nRUBRIQUE: MONDE; Pg. 8\n\nLONGUEUR: 420 mots\n\n\nLes négociations ont repris jeudi.\n\nLANGUE: FRANÇAIS\n\n                             Copyright 2014 Libération\n                                 All Rights Reserved\n\n                               Document 2 de 2\n\n                                   Le Monde\n\n                            13 juin 2014 vendredi\n\nUn accord gazier en vue\n\nLONGUEUR: 250 mots\n\n\nMoscou et Kiev se rapprochent d'un accord.\n\nLANGUE: FRANÇAIS\n",
            "
            article 1
              title: Kiev et Moscou reprennent langue
              publisher: Libération
              published: 12 juin 2014 jeudi
              author: Veronika Dorman
              lang: fr
              | Les négociations ont repris jeudi.
            article 2
              title: Un accord gazier en vue
              publisher: Le Monde
              published: 13 juin 2014 vendredi
              lang: fr
              | Moscou et Kiev se rapprochent d'un accord.
            ",
        );
    }

    #[test]
    fn factiva_french_interface() {
        check(
            "Politique\nLe Drian reçoit son homologue russe\nPar Alain Barluet\n612 mots\n5 mars 2019\nLe Figaro\nFIGARO\nÉdition principale\nFrançais\nCopyright 2019 Le Figaro\nTous droits réservés.\n\nJean-Yves Le Drian a reçu mardi Sergueï Lavrov au Quai d'Orsay.\n\nLes deux ministres ont évoqué la Syrie.\n\nDocument FIGARO0020190305ef350000a\n",
            "
            whole file
              title: Le Drian reçoit son homologue russe
              publisher: Le Figaro
              published: 5 mars 2019
              author: Alain Barluet
              lang: fr
              id: FIGARO0020190305ef350000a
              | Jean-Yves Le Drian a reçu mardi Sergueï Lavrov au Quai d'Orsay.
              |
              | Les deux ministres ont évoqué la Syrie.
            ",
        );
    }

    #[test]
    fn factiva_field_codes_on_one_line() {
        check(
            "HD\tPutin, Erdogan discuss Syria by phone\nBY\tBy Maria Kiselyova\nWC\t180 words\nPD\t3 April 2018\nET\t12:30\nSN\tReuters News\nSC\tLBA\nLA\tEnglish\nCY\t(c) Copyright Thomson Reuters 2018.\nLP\tMOSCOW, April 3 (Reuters) - President Vladimir Putin spoke by phone.\n\nTD\tThe Kremlin said the talks were constructive.\nNS\tgdip : International Relations\nAN\tDocument LBA0000020180403ee430abcd\n",
            "
            whole file
              title: Putin, Erdogan discuss Syria by phone
              publisher: Reuters News
              published: 3 April 2018 12:30
              author: Maria Kiselyova
              lang: en
              id: LBA0000020180403ee430abcd
              | MOSCOW, April 3 (Reuters) - President Vladimir Putin spoke by phone.
              |
              | The Kremlin said the talks were constructive.
            ",
        );
    }

    #[test]
    fn europresse_text_cut_out_article() {
        check(
            "L'Humanité\nMonde, lundi 4 mars 2024 530 mots, p. 14\nGaza : la France hausse le ton\nPierre Barbancey\nLe ministre des Affaires étrangères a réclamé dimanche un cessez-le-feu immédiat et durable à Gaza.\nIsraël n'a pas répondu.\n© 2024 L'Humanité. Tous droits réservés.\nCe document est réservé à l’usage exclusif de l’utilisateur désigné par Université de Lille et ne peut faire l’objet d’aucune autre utilisation ou diffusion auprès de tiers. • Tous droits réservés • Service fourni par CEDROM-SNi Inc.\nnews·20240304·HU·987654\n",
            "
            whole file
              title: Gaza : la France hausse le ton
              publisher: L'Humanité
              published: lundi 4 mars 2024
              author: Pierre Barbancey
              id: news·20240304·HU·987654
              | Le ministre des Affaires étrangères a réclamé dimanche un cessez-le-feu immédiat et durable à Gaza.
              | Israël n'a pas répondu.
            ",
        );
    }

    #[test]
    fn europresse_html_article() {
        check(
            r#"<html><body><article><header><div class="rdp__DocPublicationName"><span class="DocPublicationName">Ouest-France, no. 24123</span></div><span class="DocHeader">Monde, jeudi 14 mars 2024 210 mots, p. 2</span><div class="titreArticle"><p class="titreArticleVisu rdp__articletitle">Paris et Berlin <i>réconciliés</i></p></div><div class="docAuthors">Jean Martin</div></header><div class="DocText clearfix"><div class="docOcurrContainer"><p>Premier paragraphe.</p><!-- <p>caché</p> --><p>Second&nbsp;paragraphe &amp; fin.</p></div></div><div class="publiC-lblNodoc">news·20240314·OF·555</div></article></body></html>"#,
            "
            whole file
              title: Paris et Berlin réconciliés
              publisher: Ouest-France
              published: jeudi 14 mars 2024
              author: Jean Martin
              id: news·20240314·OF·555
              | Premier paragraphe.
              |
              | Second paragraphe & fin.
            ",
        );
    }

    #[test]
    fn nexis_uni_cut_with_the_previous_tail() {
        check(
            "Load-Date: March 4, 2024\n\nEnd of Document\n\nKyiv and Warsaw settle grain dispute\nThe Independent (United Kingdom)\nMarch 5, 2024 Tuesday\n\nCopyright 2024 Independent Print Ltd All Rights Reserved\n\nSection: WORLD\nLength: 120 words\nBody\n\nUkraine and Poland agreed on Tuesday to end a months-long dispute.\n\nClassification\n\nLanguage: ENGLISH\n\nLoad-Date: March 5, 2024\n\nEnd of Document\n",
            "
            whole file
              title: Kyiv and Warsaw settle grain dispute
              publisher: The Independent (United Kingdom)
              published: March 5, 2024 Tuesday
              lang: en
              | Ukraine and Poland agreed on Tuesday to end a months-long dispute.
            ",
        );
    }

    #[test]
    fn malformed_articles_are_errors_not_losses() {
        // Article 2 has a header and no body; article 3 of a Factiva file has no header.
        check(
            "One\nThe Times\nMay 1, 2024 Wednesday\nLength: 10 words\nBody\nFirst body.\nLoad-Date: May 1, 2024\nEnd of Document\nTwo\nThe Times\nMay 2, 2024 Thursday\nLength: 0 words\nBody\n\nLoad-Date: May 2, 2024\nEnd of Document\nThree\nThe Times\nMay 3, 2024 Friday\nLength: 10 words\nBody\nThird body.\nEnd of Document\n",
            "
            article 1
              title: One
              publisher: The Times
              published: May 1, 2024 Wednesday
              | First body.
            error: article 2: no body (\"Two\")
            article 3
              title: Three
              publisher: The Times
              published: May 3, 2024 Friday
              | Third body.
            ",
        );
        check(
            "Title one\n100 words\n1 May 2024\nTASS\nTASS\nEnglish\n\nBody one.\n\nDocument TASS000020240501ek5100001\nSomething without a header\n\nDocument TASS000020240502ek5200002\n",
            "
            article 1
              title: Title one
              publisher: TASS
              published: 1 May 2024
              lang: en
              id: TASS000020240501ek5100001
              | Body one.
            error: article 2: no Factiva header (word count and date) before Document TASS000020240502ek5200002
            ",
        );
    }

    #[test]
    fn ordinary_texts_are_not_exports() {
        let texts = [
            "",
            "End of Document",
            "Moscow, March 5, 2024\n\nThe foreign ministry said on Tuesday that talks would resume.\n\nCopyright 2024 TASS\n",
            "# Title\n\nSome *Markdown* text.\n\n---\n\nEnd of Document\n",
            "id,title,text\n1,\"Talks\",\"Lavrov met Barrot. Length: 3 words\"\n",
            "LAVROV: Good afternoon.\nQUESTION: Document 12 of the agreement?\nLAVROV: It says so.\n",
            "Le Monde\nmardi 5 mars 2024\nRetour au début\nTexte de l'article.\n",
            "Length: 523 words\nByline: someone\nBody\nText.\n",
            "HD radio broadcast\nPD police department\n",
        ];
        for t in texts {
            assert!(!looks_like_export(t), "detected as an export:\n{t}");
        }
        assert_eq!(
            render(&read("Just a line of text.")),
            "error: not a LexisNexis, Factiva or Europresse export: none of their separator or header lines\n"
        );
    }

    #[test]
    fn forced_format_reads_what_it_can() {
        // Not certain enough to be detected, but `--format export` reads it.
        let text = "Talks resume\nThe Times\nMay 1, 2024 Wednesday\nLength: 523 words\nByline: Jane Doe\nBody\nText of the article.\n";
        assert!(!looks_like_export(text));
        assert_eq!(
            render(&read(text)),
            dedent(
                "
                whole file
                  title: Talks resume
                  publisher: The Times
                  published: May 1, 2024 Wednesday
                  author: Jane Doe
                  | Text of the article.
                "
            )
            .trim_start()
        );
        assert_eq!(
            render(&read(
                "Documents (2)\nClient/Matter: -None-\nEnd of Document\n"
            )),
            "error: no article found in this LexisNexis export\n"
        );
    }

    /// The crate's folder, and the workspace's.
    fn crate_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn exports_dir() -> PathBuf {
        crate_dir().join("tests/data/exports")
    }

    /// Lines of the services that must never be left in a body.
    fn export_line(line: &str) -> bool {
        let l = line.trim();
        let prefixes = [
            "End of Document",
            "Load-Date",
            "LOAD-DATE",
            "Length:",
            "LENGTH:",
            "Section:",
            "SECTION:",
            "Byline:",
            "BYLINE:",
            "Dateline:",
            "DATELINE:",
            "Highlight:",
            "Classification",
            "Language:",
            "LANGUAGE:",
            "Publication-Type:",
            "PUBLICATION-TYPE:",
            "JOURNAL-CODE:",
            "Subject:",
            "Geographic:",
            "Graphic",
            "Copyright",
            "All Rights Reserved",
            "Client/Matter",
            "Search Terms",
            "Search Summary",
            "Documents (",
            "Job Number",
            "Page 2 of",
            "Document ",
            "©",
            "(c) ",
            "Ce document est réservé",
            "Retour au début",
            "Note(s) :",
            "Cet article est paru dans",
            "Aussi paru dans",
            "news·",
        ];
        prefixes.iter().any(|p| l.starts_with(p))
            || l.ends_with("DOCUMENTS")
            || l == "Body"
            || is_word_count(l)
            || tag(line, false).is_some()
    }

    /// title, publisher, date line, first words and last words of the body.
    type Expect = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );

    #[test]
    fn export_files() {
        let table: &[(&str, &[Expect])] = &[
            (
                "nexis-uni-multi.txt",
                &[
                    (
                        "France and Russia trade accusations over Black Sea grain corridor",
                        "The Guardian (London)",
                        "March 5, 2024 Tuesday 10:12 AM GMT",
                        "France's foreign ministry summoned",
                        "at the Security Council next week.",
                    ),
                    (
                        "Paris et Moscou s'accusent mutuellement de bloquer le corridor céréalier",
                        "Le Figaro",
                        "mardi 5 mars 2024",
                        "La passe d'armes entre Paris",
                        "sous l'égide de la Turquie.",
                    ),
                    (
                        "Лавров и Сежурне обсудили по телефону ситуацию вокруг зернового коридора",
                        "Kommersant",
                        "March 6, 2024 Wednesday",
                        "Министр иностранных дел России",
                        "остаются далекими друг от друга.",
                    ),
                ],
            ),
            (
                "nexis-uni-single.txt",
                &[(
                    "Ukraine peace talks: Swiss and Turkish envoys meet in Geneva",
                    "Reuters",
                    "March 14, 2024 Thursday 4:45 PM GMT",
                    "GENEVA, March 14 (Reuters) - Envoys",
                    "Editing by Alison Williams)",
                )],
            ),
            (
                "lexisnexis-classic.txt",
                &[
                    (
                        "Russia and France clash at UN over air strikes in Syria",
                        "The Times (London)",
                        "October 2, 2015 Friday",
                        "Russia and France clashed at the United Nations",
                        "the end of the General Assembly session.",
                    ),
                    (
                        "Syrie : Paris et Moscou s'opposent sur la cible des frappes russes",
                        "Le Monde",
                        "vendredi 2 octobre 2015",
                        "Le ton est monté d'un cran",
                        "« en pleine conformité avec le droit international ».",
                    ),
                    (
                        "Лавров: Россия не будет вступать в коалицию под руководством США",
                        "The Moscow Times",
                        "October 5, 2015 Monday",
                        "Министр иностранных дел России Сергей Лавров",
                        "будет открыта для контактов с Парижем.",
                    ),
                ],
            ),
            (
                "factiva-article.txt",
                &[
                    (
                        "Blinken and Lavrov hold first talks in months on sidelines of G20",
                        "Agence France Presse",
                        "22 February 2024 11:47",
                        "RIO DE JANEIRO, Feb 22, 2024 (AFP)",
                        "a formal bilateral meeting, the official added.",
                    ),
                    (
                        "France recalls ambassador from Moscow for consultations",
                        "Le Monde",
                        "23 February 2024",
                        "La France a rappelé vendredi",
                        "« de manière symétrique » à toute nouvelle mesure.",
                    ),
                    (
                        "Захарова прокомментировала отзыв французского посла",
                        "RIA Novosti",
                        "24 February 2024",
                        "МОСКВА, 24 фев - РИА Новости.",
                        "на основе взаимного уважения.",
                    ),
                ],
            ),
            (
                "factiva-tagged.txt",
                &[
                    (
                        "Macron and Scholz call for unity on Ukraine aid after Paris conference",
                        "Reuters News",
                        "27 February 2024 18:05",
                        "PARIS, Feb 27 (Reuters) - French President",
                        "before the European Council in March.",
                    ),
                    (
                        "Moscou dénonce « l'escalade » verbale de Paris sur l'envoi de troupes",
                        "Le Figaro",
                        "28 février 2024",
                        "Le Kremlin a vivement réagi mercredi",
                        "avec la déclaration du président français.",
                    ),
                ],
            ),
            (
                "europresse.txt",
                &[
                    (
                        "Entre Paris et Moscou, le dialogue diplomatique au point mort",
                        "Le Monde",
                        "jeudi 7 mars 2024",
                        "Depuis l'expulsion de deux diplomates",
                        "renonce à ce qu'il qualifie de « rhétorique belliciste ».",
                    ),
                    (
                        "La diplomatie française cherche à rallier le « Sud global »",
                        "Le Figaro",
                        "vendredi 8 mars 2024",
                        "Pour contrer l'influence russe",
                        "que la tâche s'annonce ardue.",
                    ),
                    (
                        "Le Quai d'Orsay convoque l'ambassadeur russe après des propos sur les « mercenaires » français",
                        "Le Monde (site web)",
                        "vendredi 8 mars 2024 - 18:42 UTC +0100",
                        "Le ministère de l'Europe et des affaires étrangères",
                        "n'a pas souhaité commenter dans l'immédiat.",
                    ),
                ],
            ),
            (
                "europresse.html",
                &[
                    (
                        "À l’ONU, Paris et Moscou s’affrontent sur la Syrie",
                        "La Croix",
                        "lundi 11 mars 2024",
                        "Le Conseil de sécurité des Nations unies",
                        "a été reporté à la semaine prochaine.",
                    ),
                    (
                        "Moscou et Paris échangent des prisonniers & des accusations",
                        "Le Monde (site web)",
                        "mardi 12 mars 2024 - 09:15 UTC +0100",
                        "La Russie a libéré mardi",
                        "tout en réclamant des gestes humanitaires.",
                    ),
                ],
            ),
        ];
        let mut files: Vec<String> = std::fs::read_dir(exports_dir())
            .expect("tests/data/exports exists")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        files.sort();
        let mut listed: Vec<&str> = table.iter().map(|(f, _)| *f).collect();
        listed.sort_unstable();
        assert_eq!(files, listed, "every export file has its expectations");
        for (file, expected) in table {
            let text = std::fs::read_to_string(exports_dir().join(file)).expect("readable");
            assert!(looks_like_export(&text), "{file}: not detected");
            let records = read(&text);
            assert_eq!(
                records.len(),
                expected.len(),
                "{file}:\n{}",
                render(&records)
            );
            for (i, (r, e)) in records.iter().zip(expected.iter()).enumerate() {
                let at = format!("{file} article {}", i + 1);
                let r = r.as_ref().unwrap_or_else(|err| panic!("{at}: {err}"));
                let (title, publisher, date, first, last) = *e;
                assert_eq!(r.meta.title.as_deref(), Some(title), "{at}");
                assert_eq!(r.meta.publisher.as_deref(), Some(publisher), "{at}");
                assert_eq!(r.meta.published.as_deref(), Some(date), "{at}");
                assert!(r.body.starts_with(first), "{at} starts with:\n{}", r.body);
                assert!(r.body.ends_with(last), "{at} ends with:\n{}", r.body);
                for line in r.body.lines() {
                    assert!(!export_line(line), "{at}: export line in the body: {line}");
                }
                let locator = (expected.len() > 1).then(|| format!("article {}", i + 1));
                assert_eq!(r.locator, locator, "{at}");
            }
        }
    }

    #[test]
    fn export_files_metadata() {
        let read_file = |f: &str| {
            let text = std::fs::read_to_string(exports_dir().join(f)).expect("readable");
            render(&read(&text))
        };
        let nexis = read_file("nexis-uni-multi.txt");
        for line in [
            "  author: Emma Collins in Paris",
            "  description: The French foreign ministry summoned Russia's chargé d'affaires after Moscow accused Paris of sabotaging talks on grain exports",
            "  lang: en",
            "  lang: fr",
            "  author: Елена Черненко",
        ] {
            assert!(nexis.lines().any(|l| l == line), "{line}\n{nexis}");
        }
        let factiva = read_file("factiva-article.txt");
        for line in [
            "  author: Shaun Tandon",
            "  author: Benjamin Quénelle",
            "  lang: ru",
            "  id: RIANOV0020240224ek2o002gh",
        ] {
            assert!(factiva.lines().any(|l| l == line), "{line}\n{factiva}");
        }
        let tagged = read_file("factiva-tagged.txt");
        for line in [
            "  author: Sudip Kar-Gupta and Andreas Rinke",
            "  lang: fr",
            "  id: FIGARO0020240228ek2s0000y",
        ] {
            assert!(tagged.lines().any(|l| l == line), "{line}\n{tagged}");
        }
        let europresse = read_file("europresse.txt");
        for line in [
            "  author: Benjamin Quénelle",
            "  author: Isabelle Lasserre",
            "  author: Le Monde avec AFP",
            "  id: news·20240308·LMF·c4r8w1n6",
        ] {
            assert!(
                europresse.lines().any(|l| l == line),
                "{line}\n{europresse}"
            );
        }
        let html = read_file("europresse.html");
        for line in [
            "  author: Marie Verdier",
            "  description: Le renouvellement de l’aide transfrontalière divise le Conseil de sécurité",
            "  url: https://www.lemonde.fr/international/article/2024/03/12/moscou-et-paris-echangent-des-prisonniers_6221534_3210.html",
            "  id: news·20240312·LMF·e8u3h6p2",
        ] {
            assert!(html.lines().any(|l| l == line), "{line}\n{html}");
        }
    }

    /// Every prefix and a few mangled versions of the export files: no panic, and every
    /// article that is read or refused is counted.
    #[test]
    fn never_panics_on_cut_or_mangled_exports() {
        for entry in std::fs::read_dir(exports_dir()).expect("tests/data/exports exists") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("readable");
            // Every line start, and places inside lines.
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .filter(|&i| i % 61 == 0 || text[..i].ends_with('\n'))
                .collect();
            for &i in &cuts {
                for piece in [&text[..i], &text[i..]] {
                    let _ = looks_like_export(piece);
                    assert!(!read(piece).is_empty());
                }
            }
            let mangled = [
                text.replace('\n', "\r"),
                text.replace('\n', ""),
                text.replace(' ', "\u{a0}"),
                text.replace('<', "<<"),
                text.replace('>', ""),
                text.replace("&", "&#"),
                text.to_uppercase(),
            ];
            for m in &mangled {
                let _ = looks_like_export(m);
                assert!(!read(m).is_empty());
            }
        }
    }

    /// The field corpus (real documents, none an export) and the seeds are not exports.
    #[test]
    fn field_corpus_and_seeds_are_not_exports() {
        let field = crate_dir().join("../../../shared/data/field");
        let seeds = crate_dir().join("../../samples/seeds");
        let mut seen = 0;
        for dir in [
            field.join("en"),
            field.join("fr"),
            field.join("ru"),
            field,
            seeds,
        ] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                eprintln!("note: {} is absent; skipped", dir.display());
                continue;
            };
            for entry in entries {
                let path: PathBuf = entry.expect("entry").path();
                if !path.is_file() {
                    continue;
                }
                let bytes = std::fs::read(&path).expect("readable");
                let text = String::from_utf8_lossy(&bytes);
                assert!(
                    !looks_like_export(&text),
                    "{} looks like a news-database export",
                    path.display()
                );
                seen += 1;
            }
        }
        if Path::new(&crate_dir().join("../../../shared/data/field/en")).is_dir() {
            assert!(seen >= 144, "only {seen} files checked");
        }
    }
}
