//! The embedded document store.
