//! From a raw input document to a fully extracted `Document`.

use chancery_ingest::{Format, RawDoc};
use chancery_model::Document;

pub fn document(raw: &RawDoc) -> Document {
    let cleaned = chancery_clean::clean(&raw.text, raw.format == Format::Html);
    let ctx = chancery_extract::Context {
        id: raw.id(),
        path: raw.origin.clone(),
        fallback_date: raw.fallback_date,
        kb: None,
    };
    chancery_extract::extract(cleaned, &ctx)
}
