/*!
The record as tables: rows built from stored documents, and the writers that put them in files.

- [`rows`]: the four tables — [`Table::Events`] (one row per event as a document reports it),
  [`Table::Entities`] (one row per entity mention), [`Table::Quotes`] (one row per quotation),
  [`Table::Documents`] (one row per document) — their typed [`Column`]s, and [`rows::rows`],
  which turns one [`chancery_model::Document`] into its rows. Every row carries its document id
  and its evidence (the sentence for events and mentions, the quoted words for quotes).
- [`filter`]: the filters of an export (actor, type, speaker, language, publisher, dates).
- [`writer`]: JSON Lines, CSV and Parquet writers behind one [`RowWriter`] trait.
- [`gdelt`]: the GDELT 2.0 Events (61 columns) and Mentions (16 columns) tables, with the
  mapping from chancery's fields documented there.

The crate reads no store: the caller hands it one document at a time, so memory does not grow
with the store (Parquet holds at most one row group, [`writer::ROW_GROUP_ROWS`] rows; the GDELT
events table keeps one small record per distinct event). It depends only on the model.
*/

pub mod filter;
pub mod gdelt;
pub mod rows;
pub mod value;
pub mod writer;

pub use filter::Filter;
pub use gdelt::{Gdelt, GdeltCounts};
pub use rows::{Stored, Table};
pub use value::{Column, Kind, Value};
pub use writer::{Format, RowWriter, writer};

/// What can go wrong while exporting.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("writing Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    #[error("building an Arrow batch: {0}")]
    Arrow(#[from] arrow::error::ArrowError),
    /// A row that does not fit its table (a bug in the row builders, never bad input).
    #[error("internal error, please report it: {0}")]
    Row(String),
}

impl Error {
    /// The IO error underneath, if that is what this is (a closed pipe is not a failure).
    pub fn io(&self) -> Option<&std::io::Error> {
        match self {
            Error::Io(e) => Some(e),
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }
}
