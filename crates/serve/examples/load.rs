//! Fills a store and its search index from a corpus of `Document` JSON lines (what
//! `scripts/search/generate.py` writes), without extraction: for the load benchmark.
//!
//!     cargo run --release -p chancery-serve --example load -- corpus.jsonl DATA_DIR [STORE_URL]
//!
//! With a `postgres://` STORE_URL the documents go there (the index stays in DATA_DIR).

use std::io::BufRead;

use chancery_model::Document;
use chancery_search::{INDEX_DIR, Index};
use chancery_store::{Location, Mode, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (corpus, data, location) = match args.as_slice() {
        [corpus, data] => (corpus, data, Location::Dir(data.into())),
        [corpus, data, url] => (corpus, data, Location::parse(url)),
        _ => return Err("usage: load CORPUS.jsonl DATA_DIR [STORE_URL]".into()),
    };
    let data = std::path::PathBuf::from(data);
    let mut store = Store::connect(&location, Mode::Write)?;
    let mut index = Index::open(&data.join(INDEX_DIR))?;
    index.set_writer_budget(2, 256 << 20);
    let reader = std::io::BufReader::new(std::fs::File::open(corpus)?);
    let mut n = 0usize;
    for line in reader.lines() {
        let doc: Document = serde_json::from_str(&line?)?;
        store.put(&doc)?;
        index.add(&doc)?;
        n += 1;
        if n.is_multiple_of(10_000) {
            index.commit()?;
            eprintln!("{n} documents");
        }
    }
    index.close()?;
    eprintln!("{n} documents in {}", data.display());
    Ok(())
}
