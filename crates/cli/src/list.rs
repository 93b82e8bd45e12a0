//! `chancery list` and `chancery show`: read the store back.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chancery_store::{Error, Mode, Store};

use crate::data_dir::{self, StoreArgs};

/// List the stored documents.
#[derive(clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// One aligned line per document: id, published, lang, title.
    Table,
    /// One JSON object per document: id, path, title, lang, published, ingested_at.
    Jsonl,
}

/// Print one stored document as a line of the extract contract's JSON.
#[derive(clap::Args)]
pub struct ShowArgs {
    /// The document id, or a prefix of it (hexadecimal) that only one document has.
    id: String,
    #[command(flatten)]
    store: StoreArgs,
}

/// Opens the store to read it (`--data`, else `$CHANCERY_STORE`, else the data directory); for
/// commands without `--store`.
#[allow(dead_code)] // kept for the commands that take only `--data`
pub fn open(flag: Option<PathBuf>) -> anyhow::Result<Store> {
    data_dir::open(&data_dir::location(None, flag), Mode::Read)
}

/// Opens the store `--store`/`--data` name, to read it.
pub fn open_store(args: &StoreArgs) -> anyhow::Result<Store> {
    data_dir::open(&args.location(), Mode::Read)
}

pub fn run_list(args: ListArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&args.store)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for doc in store.list()? {
        match args.format {
            Format::Table => writeln!(
                out,
                "{}  {:<16}  {:<2}  {}",
                doc.id,
                doc.published.as_deref().unwrap_or("-"),
                doc.lang.as_deref().unwrap_or("-"),
                doc.title.as_deref().unwrap_or(&doc.path)
            )?,
            Format::Jsonl => writeln!(
                out,
                "{}",
                serde_json::json!({
                    "id": doc.id, "path": doc.path, "title": doc.title, "lang": doc.lang,
                    "published": doc.published, "ingested_at": doc.ingested_at,
                })
            )?,
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_show(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&args.store)?;
    match store.get(&args.id) {
        Ok(Some(doc)) => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", chancery_model::contract::to_json_line(&doc))?;
            Ok(ExitCode::SUCCESS)
        }
        Ok(None) => {
            crate::report(format_args!(
                "no stored document has an id starting with {}; run `chancery list` to see the ids",
                args.id.trim().to_ascii_lowercase()
            ));
            Ok(ExitCode::FAILURE)
        }
        Err(e @ (Error::Ambiguous { .. } | Error::InvalidId { .. })) => {
            crate::report(e);
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(e.into()),
    }
}
