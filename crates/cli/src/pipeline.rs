//! From a raw input document to a fully extracted `Document`.

use std::sync::Arc;

use chancery_clean::Cleaned;
use chancery_extract::Context;
use chancery_ingest::RawDoc;
use chancery_lexicon::actors::Kb;
use chancery_model::Document;

/// A raw document cleaned: its markup read, its chrome removed, its container's title on top.
pub fn clean(raw: &RawDoc) -> Cleaned {
    chancery_clean::clean(&raw.text, raw.markup).with_title(raw.meta.title.as_deref())
}

/// What the extractors know about a raw document besides its cleaned text.
pub fn context(raw: &RawDoc, kb: Option<&Arc<Kb>>) -> Context {
    Context {
        id: raw.id(),
        path: raw.origin.clone(),
        fallback_date: raw.fallback_date,
        source: raw.meta.clone(),
        kb: kb.cloned(),
    }
}

/// `kb`: the merged actor base of the run (`crate::kb::load`), `None` for the built-in one.
/// The raw text is dropped as soon as it is cleaned, so that a large document is not held
/// twice.
pub fn document(mut raw: RawDoc, kb: Option<&Arc<Kb>>) -> Document {
    let cleaned = clean(&raw);
    raw.text = String::new();
    chancery_extract::extract(cleaned, &context(&raw, kb))
}

/// Every document one input file holds (a multi-record file gives several), each extracted, or
/// the error that stopped it. For `chancery eval`, which scores files against gold files.
pub fn extract_file(path: &std::path::Path, kb: Option<&Arc<Kb>>) -> Vec<Result<Document, String>> {
    chancery_ingest::Inputs::new(
        vec![path.display().to_string()],
        chancery_ingest::Options::default(),
    )
    .map(|item| item.map(|raw| document(raw, kb)).map_err(|e| e.to_string()))
    .collect()
}
