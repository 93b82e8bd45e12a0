//! `chancery list` and `chancery show`: read the store back.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use chancery_store::Store;

use crate::data_dir;

/// List the stored documents.
#[derive(clap::Args)]
pub struct ListArgs {
    /// Data directory [default: $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
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
    /// The document id, or a prefix of it that only one document has.
    id: String,
    /// Data directory [default: $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

pub fn open(flag: Option<PathBuf>) -> anyhow::Result<Store> {
    let dir = data_dir::resolve(flag);
    Store::open(&dir).with_context(|| format!("opening the store in {}", dir.display()))
}

pub fn run_list(args: ListArgs) -> anyhow::Result<ExitCode> {
    let store = open(args.data)?;
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
    let store = open(args.data)?;
    match store.get(&args.id)? {
        Some(doc) => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", chancery_model::contract::to_json_line(&doc))?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            crate::report(format_args!(
                "no stored document has the id {} (or the prefix matches several); run `chancery list` to see the ids",
                args.id
            ));
            Ok(ExitCode::FAILURE)
        }
    }
}
