//! Sections of compilations.

use chancery_model::Document;

pub fn extract_sections(doc: &mut Document) {
    let _ = doc;
}
