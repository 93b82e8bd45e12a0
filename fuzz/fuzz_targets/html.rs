//! Main-content extraction and chrome removal never panic and keep valid spans.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    let (text, _meta) = chancery_clean::extract_main(html);
    let cleaned = chancery_clean::clean_text(&text);
    for r in &cleaned.removed {
        assert!(r.at <= cleaned.text.len());
    }
});
