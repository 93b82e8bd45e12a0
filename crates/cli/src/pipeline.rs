//! From a raw input document to a fully extracted `Document`.

use std::sync::Arc;

use chancery_ingest::{Format, RawDoc};
use chancery_lexicon::actors::Kb;
use chancery_model::Document;

/// `kb`: the merged actor base of the run (`crate::kb::load`), `None` for the built-in one.
pub fn document(raw: &RawDoc, kb: Option<&Arc<Kb>>) -> Document {
    let cleaned = chancery_clean::clean(&raw.text, raw.format == Format::Html);
    let ctx = chancery_extract::Context {
        id: raw.id(),
        path: raw.origin.clone(),
        fallback_date: raw.fallback_date,
        kb: kb.cloned(),
    };
    chancery_extract::extract(cleaned, &ctx)
}
