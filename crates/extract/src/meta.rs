//! Document metadata.

use chancery_clean::Cleaned;
use chancery_model::Document;

use crate::Context;

pub fn extract_meta(doc: &mut Document, cleaned: &Cleaned, ctx: &Context) {
    doc.text = cleaned.text.clone();
    doc.published = ctx.fallback_date;
}
