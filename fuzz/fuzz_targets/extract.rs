//! The whole pipeline from bytes: decode, clean, extract, print the contract. Never panics, and
//! every span it produces lies on character boundaries inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = chancery_ingest::decode(data, None) else { return };
    let is_html = decoded.text.trim_start().starts_with('<');
    let cleaned = chancery_clean::clean(&decoded.text, is_html);
    let doc = chancery_extract::extract(cleaned, &chancery_extract::Context::default());
    let ok = |s: chancery_model::Span| s.start <= s.end && doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end);
    assert!(doc.sections.iter().all(|s| ok(s.span)));
    assert!(doc.turns.iter().all(|t| ok(t.span)));
    assert!(doc.quotes.iter().all(|q| ok(q.span)));
    assert!(doc.times.iter().all(|t| ok(t.span)));
    assert!(doc.entities.iter().all(|e| e.mentions.iter().all(|&m| ok(m))));
    let _ = chancery_model::contract::to_json_line(&doc);
});
