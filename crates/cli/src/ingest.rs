//! `chancery ingest`: extract documents and store them.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use chancery_ingest::Inputs;
use chancery_store::{Mode, Put};
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
    #[command(flatten)]
    store: data_dir::StoreArgs,
    #[command(flatten)]
    input: input::InputArgs,
    #[command(flatten)]
    kb: kb::KbFiles,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let location = args.store.location();
    let dir = data_dir::resolve(args.store.data);
    // The actor base: built-in, plus <data>/actors/*.tsv and --kb files; built once per run.
    let base = kb::load(Some(&dir), &args.kb.files)?;
    let mut store = data_dir::open(&location, Mode::Write)?;
    // The search index beside the store, caught up first; fed each document once it is stored.
    let mut index = search::Indexer::open(&dir, &store);
    // A progress line on a terminal only; indicatif hides it when standard error is piped.
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    let (mut added, mut present, mut failed, mut events) = (0usize, 0usize, 0usize, 0usize);
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
        let doc = match pipeline::document(raw, base.as_ref()) {
            Ok(doc) => doc,
            Err(message) => {
                failed += 1;
                bar.suspend(|| report(message));
                continue;
            }
        };
        match store.put(&doc)? {
            Put::Inserted => {
                added += 1;
                events += doc.events.len();
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
    let secs = started.elapsed().as_secs_f64();
    let seen = added + present + failed;
    eprintln!(
        "chancery: {added} documents added, {present} already present, {failed} failed; \
         {events} event mentions added; {} documents in {location}; {secs:.1} s ({:.1} documents/s)",
        store.count()?,
        if secs > 0.0 { seen as f64 / secs } else { 0.0 },
    );
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
