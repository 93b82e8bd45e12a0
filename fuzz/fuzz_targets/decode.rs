//! Encoding detection and decoding never panic, whatever the bytes and declared charset.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (charset, bytes) = match data.split_first() {
        Some((0, rest)) => (Some("windows-1251"), rest),
        Some((1, rest)) => (Some("utf-8"), rest),
        Some((2, rest)) => (Some("bogus-charset"), rest),
        _ => (None, data),
    };
    if let Ok(d) = chancery_ingest::decode(bytes, charset) {
        assert!(!d.text.trim().is_empty());
    }
});
