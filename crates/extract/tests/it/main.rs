//! Integration tests of the extractors on the bundled sample documents.

mod entities;
mod quotes;
mod seeds;
mod speakers;
