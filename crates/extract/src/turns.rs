//! Not built yet: this stage leaves its layer empty.

use chancery_model::Document;

pub fn extract_turns(doc: &mut Document) {
    let _ = doc;
}
