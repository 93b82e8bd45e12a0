//! `chancery ingest`: extract documents and store them.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use chancery_ingest::Inputs;
use chancery_store::{Put, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::{data_dir, input, kb, pipeline, report, search};

/// Extract documents and store them (with their extraction) in the embedded database.
///
/// Re-ingesting the same content is a no-op; each document is stored in its own transaction, so
/// an interrupted ingest can simply be run again.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders, WARC archives, or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Data directory [default: $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(flatten)]
    input: input::InputArgs,
    #[command(flatten)]
    kb: kb::KbFiles,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = data_dir::resolve(args.data);
    // The actor base: built-in, plus <data>/actors/*.tsv and --kb files; built once per run.
    let base = kb::load(Some(&dir), &args.kb.files)?;
    let mut store =
        Store::open(&dir).with_context(|| format!("opening the store in {}", dir.display()))?;
    // The search index beside the store, caught up first; fed each document once it is stored.
    let mut index = search::Indexer::open(&dir, &store);
    // A progress line on a terminal only; indicatif hides it when standard error is piped.
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    let (mut added, mut present, mut failed) = (0usize, 0usize, 0usize);
    for item in Inputs::new(args.paths, args.input.options()) {
        bar.inc(1);
        let raw = match item {
            Ok(raw) => raw,
            Err(err) => {
                failed += 1;
                bar.suspend(|| report(err));
                continue;
            }
        };
        bar.suspend(|| input::warn(&raw));
        let id = raw.id();
        if store.contains(&id)? {
            present += 1;
            continue;
        }
        let doc = pipeline::document(raw, base.as_ref());
        match store.put(&doc)? {
            Put::Inserted => {
                added += 1;
                index.add(&doc);
            }
            Put::AlreadyPresent => present += 1,
        }
        bar.set_message(format!(
            "{added} new, {present} already stored, {failed} failed"
        ));
    }
    bar.finish_and_clear();
    index.finish();
    eprintln!(
        "chancery: {added} documents stored, {present} already present, {failed} failed; {} in {}",
        store.count()?,
        dir.display()
    );
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
