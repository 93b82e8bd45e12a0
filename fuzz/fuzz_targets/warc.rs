//! The WARC reader never panics, loops or over-allocates, plain or gzip-compressed.
#![no_main]
use std::io::{BufReader, Cursor};

use chancery_ingest::{Options, WarcDocuments};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options { max_bytes: 1 << 20 };
    let plain = Box::new(Cursor::new(data.to_vec()));
    for _ in WarcDocuments::new("fuzz.warc".into(), plain, &opts).take(10_000) {}
    let gz = Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(Cursor::new(data.to_vec()))));
    for _ in WarcDocuments::new("fuzz.warc.gz".into(), gz, &opts).take(10_000) {}
});
