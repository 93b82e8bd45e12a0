//! Tests that run the real `chancery` binary in a temporary directory.

mod extract;
mod ingest;
mod kb;
mod ner;
mod tidy;
mod util;
