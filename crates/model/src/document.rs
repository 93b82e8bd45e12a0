//! The document and every layer the pipeline adds to it.

use serde::{Deserialize, Serialize};

use crate::{PartialDate, Span, TimeValue};

/// One input document after cleaning, with all extracted layers as stand-off spans into `text`.
/// Fields added later read as empty from documents stored before them (`serde(default)`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    /// Stable id derived from the input content (hex of a content hash).
    pub id: String,
    /// The input path (or URL) as given; for one record of a multi-record file, the path with
    /// `#` and the record's number (from 1) or id.
    pub path: String,
    /// The record's own identifier when the input was a record with one (`--id-field`).
    pub record_id: Option<String>,
    /// ISO 639-1 code of the body's language, if detected.
    pub lang: Option<String>,
    pub title: Option<String>,
    /// Publication date-time at the precision the document states; `None` if it states none.
    pub published: Option<PartialDate>,
    /// The publisher when the document names itself.
    pub publisher: Option<String>,
    /// The publisher's own reference number.
    pub doc_ref: Option<String>,
    /// URLs the document cites, in order of first appearance.
    pub urls: Vec<String>,
    /// Languages the page says it is available in (from a language switcher).
    pub translations: Vec<String>,
    /// The cleaned body. Every span below points into it.
    pub text: String,
    /// The news dateline opening the body, up to its separator ("MOSCOW, December 26. /TASS/.",
    /// "KYIV, Feb 5 (Reuters) -"): where the dispatch was filed; no one acts in it.
    pub dateline: Option<Span>,
    /// Sentences of `text`, in order, from the one tokenizer and splitter every stage shares.
    pub sentences: Vec<Span>,
    /// The tokens of `text` that tokenizer made, in order, each within its sentence: the stages
    /// that read words take them from here rather than tokenizing again. Made with the
    /// sentences; not stored (a document read back has none, and a stage then tokenizes).
    #[serde(skip)]
    pub tokens: Vec<Span>,
    pub sections: Vec<Section>,
    pub speakers: Vec<Speaker>,
    pub turns: Vec<Turn>,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    pub times: Vec<TimeExpr>,
    pub events: Vec<Event>,
    /// Photo captions and credits that cleaning took out of the body: not body text, but they
    /// name who was present. Entities found in them point here (`Entity::caption_mentions`).
    pub captions: Vec<Caption>,
    /// Every piece of the input that is not in `text`, with why: page chrome, markup, front
    /// matter, page furniture. Nothing leaves the body without a trace here.
    pub removed: Vec<Removed>,
    /// What stages noticed but could not use; never printed in the contract.
    pub diagnostics: Vec<Diagnostic>,
    /// The role phrases of `text` that stand for an office holder on the document's date ("le
    /// président russe", "the Japanese prime minister"), as the entity stage read them: each
    /// phrase with its holder's canonical name. `None` until that stage has run; never stored
    /// nor printed.
    #[serde(skip)]
    pub role_phrases: Option<Vec<(Span, String)>>,
}

impl Document {
    /// The index in `sentences` of the sentence that holds byte `offset` of `text` (an entity
    /// mention's, a time's, a turn's or a quotation's start), if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences
            .get(i)
            .filter(|s| s.start <= offset && offset < s.end)
            .map(|_| i)
    }
}

/// A dated, placed part of a compilation (e.g. one Kremlin event inside a blog post).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The heading's label as written: "1", "4", "A".
    pub label: String,
    pub title: String,
    pub published: Option<PartialDate>,
    pub place: Option<String>,
    /// The source address that closes the section.
    pub url: Option<String>,
    /// The whole section, heading included.
    pub span: Span,
    /// The heading line.
    pub heading: Span,
    /// Index (into `Document::sections`) of the section this one is a part of.
    pub parent: Option<usize>,
}

/// One person who speaks in the document, with every label used for them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical English name ("Vladimir Putin").
    pub name: String,
    /// Every surface form used to label or name them, as written.
    pub surface: Vec<String>,
    pub role: Option<String>,
    /// For journalists: their outlet.
    pub affiliation: Option<String>,
    /// Number of turns.
    pub turns: usize,
    /// Number of quotations attributed to them.
    pub quotes: usize,
    /// CAMEO actor code valid on the document's date, from the actor base (as for entities).
    pub actor: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TurnKind {
    #[default]
    Statement,
    Question,
    Answer,
}

impl TurnKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            TurnKind::Statement => "statement",
            TurnKind::Question => "question",
            TurnKind::Answer => "answer",
        }
    }
}

/// A stretch of text spoken by one speaker: from a speaker label to the next.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// Canonical name of the speaker (a `Speaker::name`).
    pub speaker: String,
    pub kind: TurnKind,
    /// Index into `Document::sections` of the innermost section holding the turn.
    pub section: Option<usize>,
    /// The speech, label excluded.
    pub span: Span,
    /// The speaker label ("Vladimir Poutine :"), if the turn has one.
    pub label: Option<Span>,
}

/// Reported speech inside quotation marks, with its attribution.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: Option<String>,
    /// The relay that reports it ("TASS").
    pub via: Option<String>,
    /// The quoted words, quotation marks excluded.
    pub span: Span,
    /// What the reporting clause points back to when it does not name the speaker ("a-t-il
    /// déclaré", "the ministry said"): resolved against the entities once they are known.
    pub antecedent: Antecedent,
    /// Where the reporting clause names the speaker ("a réagi la ministre des Armées Florence
    /// Parly"): the speaker is re-read there from the entities once they are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named_at: Option<Span>,
}

/// Who a reporting clause that names nobody points back to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Antecedent {
    /// The clause names the speaker, or nothing frames the quotation.
    #[default]
    None,
    /// A pronoun or a bare verb: the person named last.
    Person,
    /// "the ministry", "le ministère", "в ведомстве": the organisation named last.
    Organisation,
    /// A commentator named by a common noun ("a souligné l'expert", "— считает политолог"): the
    /// speaker of the quotation before, else the person named last.
    Previous,
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum EntityType {
    #[default]
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// A photo caption or credit removed from the body ("8 De gauche à droite : le ministre de
/// l'Énergie Sergueï Tsivilev, …", "Photo : Pavel Bedniakov, RIA Novosti").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Caption {
    /// The caption as written (one line, trimmed).
    pub text: String,
    /// Byte offset in `Document::text` where the caption stood.
    pub at: usize,
}

/// Why a piece of the input is not part of `Document::text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
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
    /// A word or phrase from the per-language chrome lists ("Photos", "Documentos adicionales").
    #[default]
    Boilerplate,
    /// Menus and navigation blocks of a page.
    Navigation,
    /// A page's header or footer block (site banner, legal footer, byline block).
    PageFrame,
    /// Asides, related-article lists, "See also" and "Read more" blocks.
    Related,
    /// Comment threads under an article.
    Comments,
    /// Hidden or scripted content, forms, cookie and subscription banners.
    Hidden,
    /// Blocks made mostly of links (tag clouds, link lists).
    LinkList,
    /// A page's or record's metadata: front matter, record fields, an export's own header lines.
    Metadata,
    /// Markup syntax of the input format (Markdown emphasis, image references, HTML left in text).
    Markup,
    /// Running page headers and footers, page numbers and letterheads of text taken from a PDF.
    PageFurniture,
    /// A page's title and the lines around it before the article's text (kicker, repeated
    /// title); the title itself is the document's `title`.
    Headline,
    /// Text of an HTML page outside its main content (sidebars, other articles' teasers).
    OutsideContent,
}

impl RemovedKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            RemovedKind::LanguageSwitcher => "language_switcher",
            RemovedKind::Dateline => "dateline",
            RemovedKind::Reference => "reference",
            RemovedKind::ShareFooter => "share_footer",
            RemovedKind::Caption => "caption",
            RemovedKind::Counter => "counter",
            RemovedKind::Credit => "credit",
            RemovedKind::Boilerplate => "boilerplate",
            RemovedKind::Navigation => "navigation",
            RemovedKind::PageFrame => "page_frame",
            RemovedKind::Related => "related",
            RemovedKind::Comments => "comments",
            RemovedKind::Hidden => "hidden",
            RemovedKind::LinkList => "link_list",
            RemovedKind::Metadata => "metadata",
            RemovedKind::Markup => "markup",
            RemovedKind::PageFurniture => "page_furniture",
            RemovedKind::Headline => "headline",
            RemovedKind::OutsideContent => "outside_content",
        }
    }
}

/// A piece of the input that cleaning took out of the body, kept with its reason.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: RemovedKind,
    /// The removed text, trimmed.
    pub text: String,
    /// Byte offset in the cleaned text where it stood.
    pub at: usize,
}

/// The markup a document's body is written in, which decides how cleaning reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Markup {
    /// Plain text, one paragraph per line or per blank-line block.
    #[default]
    Text,
    Html,
    /// Markdown (CommonMark with tables), front matter already taken off.
    Markdown,
    /// A whole web page flattened onto one or a few lines by a scraper, chrome and all.
    PageDump,
    /// Text taken out of a PDF: page headers and footers, page numbers, hard-wrapped lines.
    PdfText,
}

/// What the input's container says about a document: front matter, a record's fields, a feed
/// item's elements, a news-database export's header lines. Values are as written; the `meta`
/// extractor parses them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceMeta {
    pub title: Option<String>,
    /// A publication date as written ("2024-09-25", "Wed, 27 Mar 2024 05:15:03 +0100",
    /// "26 avril 2023"); Unix timestamps are given as ISO 8601 in UTC.
    pub published: Option<String>,
    pub author: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    /// The outlet or site ("Le Monde", "TASS").
    pub publisher: Option<String>,
    /// A language code the container declares.
    pub lang: Option<String>,
    /// The record's own identifier (`--id-field`), as written.
    pub record_id: Option<String>,
}

impl SourceMeta {
    pub fn is_empty(&self) -> bool {
        *self == SourceMeta::default()
    }
}

/// One real-world entity and all its mentions in the document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical English name where known, else the most complete surface form.
    pub name: String,
    pub kind: EntityType,
    pub surface: Vec<String>,
    /// CAMEO actor code valid on the document's date (e.g. "RUSGOV").
    pub actor: Option<String>,
    pub mentions: Vec<Span>,
    /// Mentions in captions: the caption's index in `Document::captions` and the span in its text.
    pub caption_mentions: Vec<(usize, Span)>,
}

/// A temporal expression and its resolved value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    /// `None` when the expression cannot be resolved (e.g. "hier" with no anchor date).
    pub value: Option<TimeValue>,
}

/// A coded event (CAMEO) with the sentence that states it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    /// The real-world event's id, the same in every document that reports it: a hash of its type
    /// family, its actors (either order for meetings and cooperation) and its day.
    pub id: String,
    /// CAMEO event code ("040").
    pub code: String,
    /// PLOVER 2021 category of the code (`None` for statements).
    pub plover: Option<String>,
    /// Goldstein score of the code.
    pub goldstein: f32,
    /// GDELT's QuadClass of the code (1–4).
    pub quad_class: u8,
    /// Canonical names of the source and target (an entity's or a speaker's name).
    pub source: Option<String>,
    pub target: Option<String>,
    /// CAMEO actor codes of the source and target, valid on the event's date.
    pub source_actor: Option<String>,
    pub target_actor: Option<String>,
    pub date: Option<TimeValue>,
    pub place: Option<String>,
    /// Who states it, in speaker-aware documents.
    pub speaker: Option<String>,
    /// Whether it happened: `Done`, or announced for later (`Planned`).
    pub status: EventStatus,
    /// The evidence sentence.
    pub span: Span,
    /// The predicate's words inside the sentence.
    pub trigger: Span,
}

/// Whether an event happened or is announced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventStatus {
    #[default]
    Done,
    Planned,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Done => "done",
            EventStatus::Planned => "planned",
        }
    }
}

/// A note from a stage about something it met but could not use.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that noticed ("meta", "sections").
    pub stage: String,
    pub message: String,
    pub span: Option<Span>,
}

impl Diagnostic {
    pub fn new(stage: &str, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        Diagnostic {
            stage: stage.to_owned(),
            message: message.into(),
            span,
        }
    }
}

/// The contract's family name for a CAMEO code (`events[].type`).
pub fn event_type(code: &str) -> &'static str {
    let two = code.get(..2).unwrap_or(code);
    let three = code.get(..3).unwrap_or(code);
    match (two, three) {
        (_, "042" | "043") => "visit",
        (_, "036") => "meet",
        (_, "051") => "praise",
        (_, "057") => "sign",
        (_, "112") => "accuse",
        ("01", _) => "statement",
        ("02", _) => "appeal",
        ("03", _) => "intend",
        ("04", _) => "meet",
        ("05" | "06" | "07" | "08", _) => "cooperate",
        ("09", _) => "investigate",
        ("10", _) => "demand",
        ("11", _) => "criticize",
        ("12", _) => "reject",
        ("13", _) => "threaten",
        ("14", _) => "protest",
        ("15", _) => "military_posture",
        ("16", _) => "sanction",
        ("17", _) => "coerce",
        ("18" | "19" | "20", _) => "assault",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_find_their_sentence() {
        let doc = Document {
            text: "One. Two three.".into(),
            sentences: vec![Span::new(0, 4), Span::new(5, 15)],
            ..Document::default()
        };
        assert_eq!(doc.sentence_at(0), Some(0));
        assert_eq!(doc.sentence_at(4), None);
        assert_eq!(doc.sentence_at(9), Some(1));
        assert_eq!(doc.sentence_at(15), None);
    }
}
