//! `chancery export`: the stored record as tables (JSON Lines, CSV, Parquet) or as GDELT 2.0
//! Events and Mentions files. The rows and writers are `chancery-export`'s; this is the glue
//! that reads the store one document at a time.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::File;
use std::io::{BufWriter, IsTerminal as _, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;
use chancery_export::{Format, Gdelt, Stored, Table};

use chancery_search::{Kind, Search};
use chancery_store::{Mode, Store};

use crate::data_dir::{self, StoreArgs};
use crate::{progress, report};

/// Export the stored record as a table: one row per event (as each document reports it), per
/// entity mention, per quotation or per document; every row carries its document's id and its
/// evidence (the sentence, or the quoted words).
///
/// Formats: JSON Lines, CSV (with a header), Parquet (typed columns, ZSTD; readable by DuckDB,
/// pandas, Spark), or `gdelt`: the GDELT 2.0 Events (61 columns) and Mentions tables,
/// tab-separated, as two files named by --out. Column lists and the GDELT mapping: README.md
/// and crates/export. Dates: ISO strings at the precision stated, plus a typed day column when
/// the day is known. The filters are those of `chancery search`; a QUERY keeps the documents
/// the search index finds for it.
#[derive(clap::Args)]
pub struct Args {
    /// The table to export.
    #[arg(value_enum)]
    table: TableArg,
    /// Only documents matching this search (words, "quoted phrases", +required -excluded, as
    /// `chancery search` reads them); empty or `*` keeps every document.
    #[arg(value_name = "QUERY", default_value = "")]
    query: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    format: FormatArg,
    /// Write to this file instead of standard output. With --format gdelt: a directory
    /// (→ DIR/events.csv, DIR/mentions.csv) or a file-name prefix (→ PREFIX.events.csv…).
    #[arg(long, short = 'o', value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    filter: crate::filter::FilterArgs,
    #[command(flatten)]
    store: StoreArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum TableArg {
    /// One row per event as a document reports it (the evidence sentence, the event's id).
    Events,
    /// One row per entity mention, with the actor's id, code and name.
    Entities,
    /// One row per quotation: text, speaker, document, offsets.
    Quotes,
    /// One row per document: id, title, lang, published, publisher, url, counts.
    Documents,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    Jsonl,
    Csv,
    /// Needs --out, or standard output that is not a terminal.
    Parquet,
    /// GDELT 2.0 Events and Mentions tables (events only); needs --out.
    Gdelt,
}

/// A file written under a temporary name and renamed into place only when complete, so that
/// an interrupted export never leaves a truncated file under the name asked for.
struct Pending {
    partial: PathBuf,
    path: PathBuf,
}

impl Pending {
    fn create(path: PathBuf) -> anyhow::Result<(Pending, BufWriter<File>)> {
        let mut partial: OsString = path.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let file = File::create(&partial)
            .with_context(|| format!("creating {} (check the --out path)", partial.display()))?;
        Ok((Pending { partial, path }, BufWriter::new(file)))
    }

    fn commit(self) -> anyhow::Result<PathBuf> {
        std::fs::rename(&self.partial, &self.path)
            .with_context(|| format!("renaming {} into place", self.partial.display()))?;
        Ok(self.path)
    }

    fn abandon(self) {
        let _ = std::fs::remove_file(&self.partial);
    }
}

/// The two GDELT files for `--out`: in a directory (an existing one, or a path ending with
/// `/`), else after a file-name prefix (a `.` added unless it ends with `.`, `-` or `_`).
fn gdelt_paths(out: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    let s = out.to_string_lossy();
    if out.is_dir() || s.ends_with('/') {
        std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        return Ok((out.join("events.csv"), out.join("mentions.csv")));
    }
    let sep = if s.ends_with(['.', '-', '_']) {
        ""
    } else {
        "."
    };
    let with = |name: &str| {
        let mut p = out.as_os_str().to_owned();
        p.push(sep);
        p.push(name);
        PathBuf::from(p)
    };
    Ok((with("events.csv"), with("mentions.csv")))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let table = match args.table {
        TableArg::Events => Table::Events,
        TableArg::Entities => Table::Entities,
        TableArg::Quotes => Table::Quotes,
        TableArg::Documents => Table::Documents,
    };
    let filter = args.filter.filter()?;
    if args.format == FormatArg::Gdelt && table != Table::Events {
        anyhow::bail!(
            "--format gdelt writes GDELT's events and mentions: run `chancery export events --format gdelt --out PREFIX`"
        );
    }
    if args.format == FormatArg::Gdelt && args.out.is_none() {
        anyhow::bail!(
            "--format gdelt writes two files (events and mentions): name a directory or a file-name prefix with --out"
        );
    }
    if args.format == FormatArg::Parquet && args.out.is_none() && std::io::stdout().is_terminal() {
        anyhow::bail!(
            "Parquet is binary: name a file with --out FILE.parquet, or redirect standard output"
        );
    }
    let store = data_dir::open(&args.store.location(), Mode::Read)?;
    let found = matching(&args.query, &args.store, &store)?;
    // Ids only (and when each was ingested): each document is read when its turn comes.
    let ids: Vec<(String, String)> = store
        .list()?
        .into_iter()
        .filter(|s| found.as_ref().is_none_or(|f| f.contains(&s.id)))
        .filter(|s| {
            filter.lang.as_deref().is_none_or(|l| {
                s.lang
                    .as_deref()
                    .is_some_and(|sl| sl.eq_ignore_ascii_case(l.trim()))
            }) && (table == Table::Events || filter.date_passes(s.published.as_deref()))
        })
        .map(|s| (s.id, s.ingested_at))
        .collect();

    let bar = progress::bar(Some(ids.len() as u64), "documents");
    let mut failed = 0usize;
    let mut read = 0usize;
    let mut each_document = |f: &mut dyn FnMut(
        &chancery_model::Document,
        Stored<'_>,
    ) -> Result<usize, chancery_export::Error>|
     -> anyhow::Result<usize> {
        let mut rows = 0usize;
        for (id, ingested_at) in &ids {
            bar.inc(1);
            match store.get(id) {
                Ok(Some(doc)) => {
                    read += 1;
                    let stored = Stored {
                        ingested_at: Some(ingested_at),
                    };
                    rows += f(&doc, stored)?;
                }
                Ok(None) => {
                    failed += 1;
                    bar.suspend(|| report(format_args!("{id}: listed but no longer stored")));
                }
                Err(e) => {
                    failed += 1;
                    bar.suspend(|| report(format_args!("{id}: {e}")));
                }
            }
        }
        Ok(rows)
    };

    let (summary, written) = if args.format == FormatArg::Gdelt {
        let (events_path, mentions_path) =
            gdelt_paths(args.out.as_deref().unwrap_or(Path::new("")))?;
        let (events_file, events_out) = Pending::create(events_path)?;
        let (mentions_file, mentions_out) = match Pending::create(mentions_path) {
            Ok(m) => m,
            Err(e) => {
                events_file.abandon();
                return Err(e);
            }
        };
        let mut gdelt = Gdelt::new(Box::new(events_out), Box::new(mentions_out));
        let mut add =
            |doc: &chancery_model::Document, stored: Stored<'_>| gdelt.add(doc, stored, &filter);
        let result = each_document(&mut add);
        let result = result.and_then(|_| Ok(gdelt.finish()?));
        let counts = match result {
            Ok(c) => c,
            Err(e) => {
                events_file.abandon();
                mentions_file.abandon();
                return Err(e);
            }
        };
        let written = format!(
            "{} and {}",
            events_file.commit()?.display(),
            mentions_file.commit()?.display()
        );
        (
            format!("{} events, {} mentions", counts.events, counts.mentions),
            written,
        )
    } else {
        let format = match args.format {
            FormatArg::Csv => Format::Csv,
            FormatArg::Parquet => Format::Parquet,
            _ => Format::Jsonl,
        };
        let (pending, out): (Option<Pending>, Box<dyn Write + Send>) = match &args.out {
            Some(path) => {
                let (p, w) = Pending::create(path.clone())?;
                (Some(p), Box::new(w))
            }
            None => (None, Box::new(BufWriter::new(std::io::stdout()))),
        };
        let mut writer = chancery_export::writer(format, table.columns(), out)?;
        let mut add = |doc: &chancery_model::Document, stored: Stored<'_>| {
            chancery_export::rows::rows(table, doc, stored, &filter, &mut |row| {
                writer.write_row(row)
            })
        };
        let result = each_document(&mut add);
        let result = result.and_then(|rows| {
            writer.finish()?;
            Ok(rows)
        });
        let rows = match result {
            Ok(rows) => rows,
            Err(e) => {
                bar.finish_and_clear();
                if let Some(p) = pending {
                    p.abandon();
                }
                if is_broken_pipe(&e) {
                    return Ok(ExitCode::SUCCESS);
                }
                return Err(e);
            }
        };
        let written = match pending {
            Some(p) => p.commit()?.display().to_string(),
            None => "standard output".to_owned(),
        };
        (format!("{rows} {} rows", table.name()), written)
    };
    bar.finish_and_clear();
    let documents = read;
    eprintln!(
        "chancery: exported {summary} from {documents} documents, {failed} errors, in {} → {written}",
        progress::elapsed(start.elapsed())
    );
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The ids of the documents the search index finds for `query`; `None` for no query (every
/// document). The index is the one `chancery search` reads, caught up with the store first.
fn matching(
    query: &str,
    args: &StoreArgs,
    store: &Store,
) -> anyhow::Result<Option<HashSet<String>>> {
    let query = query.trim();
    if query.is_empty() || query == "*" {
        return Ok(None);
    }
    let dir = data_dir::resolve(args.data.clone());
    let index = crate::search::open_synced(&dir, store)?;
    let search = Search {
        query: query.to_owned(),
        kind: Kind::Documents,
        limit: usize::try_from(store.count()?).unwrap_or(usize::MAX),
        ..Search::default()
    };
    let results = index.search(&search).context("searching the index")?;
    for w in &results.warnings {
        report(format_args!("query: {w} (that part was ignored)"));
    }
    Ok(Some(results.hits.into_iter().map(|h| h.id).collect()))
}

/// A closed standard output (`chancery export … | head`) ends the export quietly.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .or_else(|| {
                e.downcast_ref::<chancery_export::Error>()
                    .and_then(|x| x.io())
            })
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
