//! Integration tests of the extractors on the bundled sample documents.

mod entities;
mod quotes;
mod seeds;
mod speakers;

/// A text read as a document through the whole pipeline (cleaning, then every extractor).
pub fn extracted(text: &str) -> chancery_model::Document {
    chancery_extract::extract(
        chancery_clean::clean_text(text),
        &chancery_extract::Context::default(),
    )
}
