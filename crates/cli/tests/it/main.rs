//! Tests that run the real `chancery` binary in a temporary directory.

mod extract;
mod field;
mod ingest;
mod kb;
mod ner;
mod spark;
mod tidy;
mod util;
