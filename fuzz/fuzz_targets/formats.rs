//! Every input-format reader and every markup reader, on any text: no panic, and what cleaning
//! removed always points inside the text it returns.
#![no_main]
use chancery_ingest::format::{self, Fields};
use chancery_model::Markup;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let fields = Fields::default();
    let _ = format::detect("input", &text);
    let _ = format::detect_markup(&text);
    let _ = format::repair_bytes_literal(text.to_string());
    let records = match which % 8 {
        0 => vec![Ok(format::markdown::read(&text))],
        1 => format::records::read_json(&text, &fields),
        2 => format::records::read_json_lines(&text, &fields),
        3 => format::records::read_csv(&text, &fields),
        4 => format::records::read_php(&text, &fields),
        5 => format::feed::read(&text),
        6 => format::export::read(&text),
        _ => Vec::new(),
    };
    let _ = records;
    for markup in [Markup::Markdown, Markup::PageDump, Markup::PdfText, Markup::Text] {
        let cleaned = chancery_clean::clean(&text, markup);
        for r in &cleaned.removed {
            assert!(r.at <= cleaned.text.len() && cleaned.text.is_char_boundary(r.at));
        }
    }
});
