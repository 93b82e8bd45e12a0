//! `chancery search`: full-text search of the stored documents (or events), with filters, facet
//! counts and highlighted snippets; the index kept in step with `ingest` ([`Indexer`]); and
//! `chancery bench search`, the latency benchmark.

use std::collections::HashSet;
use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use chancery_model::{Document, PartialDate};
use chancery_search::{Hit, INDEX_DIR, Index, Kind, Results, Search};
use chancery_store::{Mode, Store};

use crate::data_dir::{self, StoreArgs};
use crate::filter::FilterArgs;
use crate::report;

/// Search the stored documents: stemmed full text in French, English and Russian (accents and
/// case folded), actor names in any script, filters, facet counts and highlighted snippets.
#[derive(clap::Args)]
pub struct Args {
    /// Words, "quoted phrases", +required -excluded; empty or `*` matches every document.
    #[arg(value_name = "QUERY", default_value = "")]
    query: String,
    #[command(flatten)]
    filter: FilterArgs,
    /// Return events whose evidence sentence matches, instead of documents (dates are the
    /// event's own, else its document's).
    #[arg(long)]
    events: bool,
    /// How many hits to print.
    #[arg(long, default_value_t = 10, value_name = "N")]
    limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    store: StoreArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// A block per hit (id, date, language, publisher, title, snippet with «hits» marked, in bold
    /// on a terminal), then the facet counts.
    Table,
    /// One JSON object per hit (`"kind": "document"` or `"event"`), then one `"kind": "facets"`
    /// line with the total and the counts. Snippet highlights are [start, end) in code points of
    /// `snippet.fragment`.
    Jsonl,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // The index lives in the data directory, also when the store is a PostgreSQL database.
    let dir = data_dir::resolve(args.store.data.clone());
    let store = data_dir::open(&args.store.location(), Mode::Read)?;
    let index = open_synced(&dir, &store)?;
    let filter = args.filter.filter()?;
    let (from, to) = filter.dates();
    let search = Search {
        query: args.query,
        kind: if args.events {
            Kind::Events
        } else {
            Kind::Documents
        },
        actor: filter.actor,
        event_type: filter.kind,
        speaker: filter.speaker,
        lang: filter.lang,
        publisher: filter.publisher,
        from,
        to,
        limit: args.limit,
        facets: true,
    };
    let results = index.search(&search).context("searching the index")?;
    for w in &results.warnings {
        report(format_args!("query: {w} (that part was ignored)"));
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Table => table(&mut out, &results, std::io::stdout().is_terminal())?,
        Format::Jsonl => jsonl(&mut out, &results)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Opens the index beside the store and brings it in step: an index that is missing, damaged or
/// of another version is rebuilt, and documents the store holds but the index lacks (a process
/// killed between the store's commit and the index's) are added. When another process holds the
/// index's writer lock, the index is searched as it is, with a note.
pub fn open_synced(dir: &Path, store: &Store) -> anyhow::Result<Index> {
    let path = dir.join(INDEX_DIR);
    let (mut index, rebuilt) = Index::open_or_recreate(&path)
        .with_context(|| format!("opening the search index {}", path.display()))?;
    if let Some(why) = rebuilt {
        report(why);
    }
    match catch_up(&mut index, store) {
        Ok(0) => {}
        Ok(n) => report(format_args!(
            "search index: {n} stored documents were missing and are now indexed"
        )),
        Err(err)
            if err
                .downcast_ref::<chancery_search::Error>()
                .is_some_and(|e| matches!(e, chancery_search::Error::Locked)) =>
        {
            report(format_args!("{err}; searching the index as it is"));
        }
        Err(err) => return Err(err),
    }
    Ok(index)
}

/// Adds to the index every stored document it lacks; returns how many.
fn catch_up(index: &mut Index, store: &Store) -> anyhow::Result<usize> {
    if index.count()? == store.count()? {
        return Ok(0);
    }
    let indexed: HashSet<String> = index.ids()?;
    let mut added = 0;
    for summary in store.list()? {
        if indexed.contains(&summary.id) {
            continue;
        }
        if let Some(doc) = store.get(&summary.id)? {
            index.add(&doc)?;
            added += 1;
        }
    }
    index.commit()?;
    Ok(added)
}

/// The index as `ingest` feeds it: each stored document is added, committed every
/// [`Indexer::COMMIT_EVERY`] documents or seconds and at the end. An index error never stops the
/// ingest (the store is the record; the next run catches the index up): it is reported once and
/// indexing stops.
pub struct Indexer {
    index: Option<Index>,
    pending: usize,
    last_commit: Instant,
}

impl Indexer {
    const COMMIT_EVERY: usize = 1000;
    const COMMIT_AFTER: Duration = Duration::from_secs(5);

    pub fn open(dir: &Path, store: &Store) -> Indexer {
        let index = match open_synced(dir, store) {
            Ok(index) => Some(index),
            Err(err) => {
                report(format_args!(
                    "{err:#}; documents are stored but not indexed (the next run indexes them)"
                ));
                None
            }
        };
        Indexer {
            index,
            pending: 0,
            last_commit: Instant::now(),
        }
    }

    /// Indexes a document the store has just committed.
    pub fn add(&mut self, doc: &Document) {
        let Some(index) = self.index.as_mut() else {
            return;
        };
        let mut result = index.add(doc);
        self.pending += 1;
        if result.is_ok()
            && (self.pending >= Self::COMMIT_EVERY
                || self.last_commit.elapsed() >= Self::COMMIT_AFTER)
        {
            result = index.commit();
            self.pending = 0;
            self.last_commit = Instant::now();
        }
        if let Err(err) = result {
            self.fail(err);
        }
    }

    /// Commits what is pending and releases the index.
    pub fn finish(mut self) {
        if let Some(index) = self.index.take()
            && let Err(err) = index.close()
        {
            self.fail(err);
        }
    }

    fn fail(&mut self, err: chancery_search::Error) {
        report(format_args!(
            "search index: {err}; the rest is stored but not indexed (the next run indexes it)"
        ));
        self.index = None;
    }
}

fn dash(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("-")
}

/// The fragment on one line, hits between « » (and bold on a terminal).
fn marked(hit: &Hit, bold: bool) -> String {
    let (open, close) = if bold {
        ("\x1b[1m«", "»\x1b[0m")
    } else {
        ("«", "»")
    };
    let s = &hit.snippet;
    let mut out = String::with_capacity(s.fragment.len() + 8);
    let mut at = 0;
    for r in &s.highlights {
        let (Some(before), Some(word)) = (s.fragment.get(at..r.start), s.fragment.get(r.clone()))
        else {
            continue;
        };
        out.push_str(before);
        out.push_str(open);
        out.push_str(word);
        out.push_str(close);
        at = r.end;
    }
    out.push_str(s.fragment.get(at..).unwrap_or(""));
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn table(out: &mut impl Write, results: &Results, bold: bool) -> std::io::Result<()> {
    for hit in &results.hits {
        let id = &hit.id[..hit.id.len().min(12)];
        match &hit.event {
            Some(e) => writeln!(
                out,
                "{id}  event {}  {:<4} {} → {}  {}  {}",
                e.index,
                e.code,
                dash(&e.source),
                dash(&e.target),
                e.date
                    .as_deref()
                    .or(hit.published.as_deref())
                    .unwrap_or("-"),
                dash(&hit.lang),
            )?,
            None => writeln!(
                out,
                "{id}  {:<10}  {:<2}  {}  {}",
                dash(&hit.published),
                dash(&hit.lang),
                dash(&hit.publisher),
                hit.title.as_deref().unwrap_or(&hit.path),
            )?,
        }
        writeln!(out, "    {}", marked(hit, bold))?;
    }
    let what = if results.hits.first().is_some_and(|h| h.event.is_some()) {
        "entries"
    } else {
        "matches"
    };
    writeln!(out, "{} {what}", results.total)?;
    for (root, values) in &results.facets {
        let values: Vec<String> = values.iter().map(|(v, n)| format!("{v} ({n})")).collect();
        writeln!(out, "  {root}: {}", values.join(", "))?;
    }
    Ok(())
}

/// A byte offset of `s` as a code-point offset.
fn chars_at(s: &str, byte: usize) -> usize {
    s.get(..byte).map(|p| p.chars().count()).unwrap_or(0)
}

fn jsonl(out: &mut impl Write, results: &Results) -> std::io::Result<()> {
    for hit in &results.hits {
        let f = &hit.snippet.fragment;
        let highlights: Vec<[usize; 2]> = hit
            .snippet
            .highlights
            .iter()
            .map(|r| [chars_at(f, r.start), chars_at(f, r.end)])
            .collect();
        let mut v = serde_json::json!({
            "kind": if hit.event.is_some() { "event" } else { "document" },
            "id": hit.id, "path": hit.path, "title": hit.title, "lang": hit.lang,
            "published": hit.published, "publisher": hit.publisher, "score": hit.score,
            "snippet": {"fragment": f, "highlights": highlights},
        });
        if let Some(e) = &hit.event {
            v["event"] = serde_json::json!({
                "index": e.index, "code": e.code,
                "type": chancery_model::event_type(&e.code),
                "plover": chancery_lexicon::events::plover(&e.code),
                "source": e.source, "target": e.target, "speaker": e.speaker, "date": e.date,
            });
        }
        writeln!(out, "{v}")?;
    }
    let facets: serde_json::Map<String, serde_json::Value> = results
        .facets
        .iter()
        .map(|(root, values)| {
            let counts: Vec<serde_json::Value> = values
                .iter()
                .map(|(v, n)| serde_json::json!({"value": v, "count": n}))
                .collect();
            (root.clone(), serde_json::Value::Array(counts))
        })
        .collect();
    writeln!(
        out,
        "{}",
        serde_json::json!({"kind": "facets", "total": results.total, "facets": facets})
    )
}

/// Time searches on a corpus of documents built straight into an index (no extraction).
#[derive(clap::Args)]
pub struct BenchArgs {
    /// Documents, one `Document` JSON per line (as `scripts/search/generate.py` writes them).
    #[arg(long, value_name = "FILE", required_unless_present = "from_store")]
    corpus: Option<PathBuf>,
    /// Queries, one JSON object per line: {"query", "lang", "actor", "type", "speaker", "from",
    /// "to", "events"}.
    #[arg(long, value_name = "FILE")]
    queries: PathBuf,
    /// Where to build the index (emptied first); with --reuse, an index already built there.
    #[arg(long, value_name = "DIR", required_unless_present = "from_store")]
    index: Option<PathBuf>,
    /// Search the index of a store (`--data`, `--store`) the way `chancery search` opens it:
    /// through the store, caught up with it first; nothing is built.
    #[arg(long, conflicts_with_all = ["corpus", "index", "reuse"])]
    from_store: bool,
    #[command(flatten)]
    store: StoreArgs,
    /// Search an index built by an earlier run instead of building one.
    #[arg(long)]
    reuse: bool,
    /// Writer threads for the build.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Hits per query (snippets made for each).
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Do not count facets (to see what they cost).
    #[arg(long)]
    no_facets: bool,
}

pub fn run_bench(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let mut build_seconds = None;
    let mut documents = 0u64;
    let (index, path, store) = if args.from_store {
        let dir = data_dir::resolve(args.store.data.clone());
        let location = args.store.location();
        let store = data_dir::open(&location, Mode::Read)?;
        let index = open_synced(&dir, &store)?;
        documents = store.count()?;
        (index, dir.join(INDEX_DIR), Some(location.to_string()))
    } else {
        let (Some(corpus), Some(path)) = (&args.corpus, &args.index) else {
            anyhow::bail!("give --corpus and --index, or --from-store");
        };
        if !args.reuse {
            if path.exists() {
                std::fs::remove_dir_all(path)
                    .with_context(|| format!("emptying {}", path.display()))?;
            }
            let mut index = Index::open(path)?;
            index.set_writer_budget(args.threads, 512 << 20);
            let file = std::fs::File::open(corpus)
                .with_context(|| format!("opening {}", corpus.display()))?;
            let start = Instant::now();
            for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
                let line = line?;
                let doc: Document = serde_json::from_str(&line).with_context(|| {
                    format!("{} line {}: not a document", corpus.display(), n + 1)
                })?;
                index.add(&doc)?;
                documents += 1;
            }
            index.close()?;
            build_seconds = Some(start.elapsed().as_secs_f64());
        }
        (Index::open(path)?, path.clone(), None)
    };
    if documents == 0 {
        documents = index.count()?;
    }
    let text = std::fs::read_to_string(&args.queries)
        .with_context(|| format!("reading {}", args.queries.display()))?;
    let mut searches = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let q: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{} line {}", args.queries.display(), n + 1))?;
        let s = |k: &str| q.get(k).and_then(|v| v.as_str()).map(str::to_owned);
        let d = |k: &str| s(k).and_then(|v| PartialDate::parse_iso(&v));
        searches.push(Search {
            query: s("query").unwrap_or_default(),
            kind: if q.get("events").and_then(|v| v.as_bool()) == Some(true) {
                Kind::Events
            } else {
                Kind::Documents
            },
            actor: s("actor"),
            event_type: s("type"),
            speaker: s("speaker"),
            lang: s("lang"),
            publisher: s("publisher"),
            from: d("from"),
            to: d("to"),
            limit: args.limit,
            facets: !args.no_facets,
        });
    }
    // One untimed pass warms the page cache and the allocator; the figures are the second pass.
    let mut hits = 0usize;
    for s in &searches {
        hits += index.search(s)?.total;
    }
    let mut times = Vec::with_capacity(searches.len());
    for s in &searches {
        let start = Instant::now();
        let r = index.search(s)?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(r);
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        let i = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len().max(1)) - 1;
        times.get(i).copied().unwrap_or(0.0)
    };
    let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
    let report = serde_json::json!({
        "engine": "chancery (tantivy)",
        "documents": documents,
        "queries": times.len(),
        "matches_total": hits,
        "build_seconds": build_seconds,
        "index_bytes": Index::size_on_disk(&path),
        "store": store,
        "p50_ms": pct(0.50), "p99_ms": pct(0.99), "mean_ms": mean,
        "max_ms": times.last().copied().unwrap_or(0.0),
    });
    println!("{report}");
    Ok(ExitCode::SUCCESS)
}
