//! Integration tests of the extractors on the bundled sample documents.

mod seeds;
mod speakers;
