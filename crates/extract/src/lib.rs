/*!
Extractors: each module reads the cleaned document and fills one layer of the model.

Every extractor is infallible: it returns what it found plus diagnostics. Extraction does no IO.
The order is fixed by what each stage needs: `meta` → `sections` → `turns` and `quotes` (speakers)
→ `entities` → `times` → `events`.
*/

pub mod meta;
pub mod quotes;
pub mod sections;
pub mod times;
pub mod turns;

use chancery_clean::Cleaned;
use chancery_model::{Document, PartialDate};

/// What the extractors know about a document besides its cleaned text.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub id: String,
    pub path: String,
    /// A date to use when the document states none (a WARC record's date). Never a file's mtime.
    pub fallback_date: Option<PartialDate>,
}

/// Runs every extractor over a cleaned document.
pub fn extract(cleaned: Cleaned, ctx: &Context) -> Document {
    let mut doc = Document {
        id: ctx.id.clone(),
        path: ctx.path.clone(),
        ..Document::default()
    };
    meta::extract_meta(&mut doc, &cleaned, ctx);
    sections::extract_sections(&mut doc);
    turns::extract_turns(&mut doc);
    quotes::extract_quotes(&mut doc);
    times::extract_times(&mut doc);
    doc
}
