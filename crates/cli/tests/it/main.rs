//! Tests that run the real `chancery` binary in a temporary directory.

mod eval;
mod export;
mod extract;
mod field;
mod formats;
mod ingest;
mod kb;
mod memory;
mod ner;
mod search;
mod serve;
mod spark;
mod store;
mod tidy;
mod util;
