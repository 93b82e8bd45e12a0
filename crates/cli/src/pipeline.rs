//! From a raw input document to a fully extracted `Document`.

use std::sync::Arc;

use chancery_ingest::RawDoc;
use chancery_lexicon::actors::Kb;
use chancery_model::Document;

/// `kb`: the merged actor base of the run (`crate::kb::load`), `None` for the built-in one.
/// The raw text is dropped as soon as it is cleaned, so that a large document is not held
/// twice.
pub fn document(raw: RawDoc, kb: Option<&Arc<Kb>>) -> Document {
    let id = raw.id();
    let RawDoc {
        origin,
        text,
        markup,
        meta,
        fallback_date,
        ..
    } = raw;
    let cleaned = chancery_clean::clean(&text, markup);
    drop(text);
    let ctx = chancery_extract::Context {
        id,
        path: origin,
        fallback_date,
        source: meta,
        kb: kb.cloned(),
    };
    chancery_extract::extract(cleaned, &ctx)
}

/// Every document one input file holds (a multi-record file gives several), each extracted, or
/// the error that stopped it. For `chancery eval`, which scores files against gold files.
pub fn extract_file(
    path: &std::path::Path,
    kb: Option<&Arc<Kb>>,
) -> Vec<Result<Document, String>> {
    chancery_ingest::Inputs::new(
        vec![path.display().to_string()],
        chancery_ingest::Options::default(),
    )
    .map(|item| item.map(|raw| document(raw, kb)).map_err(|e| e.to_string()))
    .collect()
}
