//! Tests that run the real `chancery` binary in a temporary directory.

mod extract;
mod ingest;
mod tidy;
mod util;
