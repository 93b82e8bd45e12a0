/*!
Extractors: each module reads the cleaned document and fills one layer of the model.

Every extractor is infallible: it returns what it found plus diagnostics. Extraction does no IO.
The order is fixed by what each stage needs: `meta` → `sections` → `turns` and `quotes` (speakers)
→ `entities` → `times` → `events`.
*/

pub mod entities;
pub mod events;
pub mod meta;
pub mod quotes;
pub mod sections;
pub mod speakers;
pub mod times;
pub mod turns;

use std::time::{Duration, Instant};

use std::sync::Arc;

use chancery_clean::Cleaned;
use chancery_lexicon::actors::Kb;
use chancery_model::{Document, PartialDate, SourceMeta};

/// What the extractors know about a document besides its cleaned text.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub id: String,
    pub path: String,
    /// A date to use when the document states none (a WARC record's date). Never a file's mtime.
    pub fallback_date: Option<PartialDate>,
    /// What the input's container says about the document (front matter, record fields, feed
    /// item elements): title, date, URL, publisher… as written.
    pub source: SourceMeta,
    /// The actor base to resolve entities against; `None`: the built-in base
    /// (`chancery_lexicon::actors::builtin`). Built once by the caller and shared.
    pub kb: Option<Arc<Kb>>,
}

impl Context {
    /// The actor base in use.
    pub fn kb(&self) -> &Kb {
        match &self.kb {
            Some(kb) => kb,
            None => chancery_lexicon::actors::builtin(),
        }
    }
}

/// One extractor: a name (for benchmarks) and the function that fills its layer.
pub type Stage = (&'static str, fn(&mut Document, &Context));

/// The stages after `meta`, in the order they run: each reads what the earlier ones filled.
pub const STAGES: [Stage; 7] = [
    ("sentences", |doc, _| events::split_sentences(doc)),
    ("sections", |doc, _| sections::extract_sections(doc)),
    ("turns", |doc, _| turns::extract_turns(doc)),
    ("quotes", |doc, _| quotes::extract_quotes(doc)),
    ("entities", |doc, ctx| {
        entities::extract_entities(doc, ctx.kb());
        speakers::link_speakers(doc, ctx.kb());
    }),
    ("times", |doc, _| times::extract_times(doc)),
    ("events", |doc, ctx| {
        events::extract_events(doc, ctx.kb());
        speakers::add_event_speakers(doc, ctx.kb());
    }),
];

/// Runs every extractor over a cleaned document.
pub fn extract(cleaned: Cleaned, ctx: &Context) -> Document {
    extract_observed(cleaned, ctx, &mut |_, _| {})
}

/// Runs every extractor, telling `observe` how long each stage took (for `chancery bench`).
pub fn extract_observed(
    cleaned: Cleaned,
    ctx: &Context,
    observe: &mut dyn FnMut(&'static str, Duration),
) -> Document {
    let mut doc = Document {
        id: ctx.id.clone(),
        path: ctx.path.clone(),
        record_id: ctx.source.record_id.clone(),
        ..Document::default()
    };
    let start = Instant::now();
    meta::extract_meta(&mut doc, cleaned, ctx);
    observe("meta", start.elapsed());
    for (name, stage) in STAGES {
        let start = Instant::now();
        stage(&mut doc, ctx);
        observe(name, start.elapsed());
    }
    doc
}
