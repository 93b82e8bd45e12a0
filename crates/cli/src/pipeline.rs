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
/// twice. A document whose extraction fails (a bug: an extractor panicked) is an error of its
/// own, never the end of the run: the other documents go on.
pub fn document(mut raw: RawDoc, kb: Option<&Arc<Kb>>) -> Result<Document, String> {
    let origin = raw.origin.clone();
    guarded(&origin, move || {
        let cleaned = clean(&raw);
        raw.text = String::new();
        chancery_extract::extract(cleaned, &context(&raw, kb))
    })
}

/// `f`'s result, or the error that names the document `origin` when `f` panicked.
fn guarded<T>(origin: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_owned());
        format!(
            "{}: extraction failed ({why}); this is a bug of chancery: please report it with \
             the document",
            origin.escape_debug()
        )
    })
}

/// Every document one input file holds (a multi-record file gives several), each extracted, or
/// the error that stopped it. For `chancery eval`, which scores files against gold files.
pub fn extract_file(path: &std::path::Path, kb: Option<&Arc<Kb>>) -> Vec<Result<Document, String>> {
    chancery_ingest::Inputs::new(
        vec![path.display().to_string()],
        chancery_ingest::Options::default(),
    )
    .map(|item| {
        item.map_err(|e| e.to_string())
            .and_then(|raw| document(raw, kb))
    })
    .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_while_extracting_is_that_documents_error() {
        let got = super::guarded("dir/bad\nname.txt", || -> u8 {
            panic!("index out of range")
        });
        let message = got.unwrap_err();
        assert!(message.starts_with("dir/bad\\nname.txt: extraction failed (index out of range)"));
        assert!(!message.contains('\n'), "one line: {message}");
        assert_eq!(super::guarded("ok.txt", || 7), Ok(7));
    }
}
