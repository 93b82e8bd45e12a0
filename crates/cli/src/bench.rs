//! `chancery bench`: throughput of the pipeline, measured, on one core.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use chancery_ingest::{Inputs, Options, RawDoc};
use chancery_model::Markup;

use crate::{kb, pipeline, report};

/// Measure throughput (MB/s, documents/s) on a corpus, on one core.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand)]
enum What {
    /// Clean and extract every document of a corpus (read into memory first; IO not timed).
    Extract(ExtractArgs),
    /// Only the clean stage (markup read, main content of HTML, chrome removed), as peers are
    /// timed in-process: one warm-up pass, then the median of timed passes.
    Clean(CleanArgs),
    /// Search latency (p50, p99) on a generated corpus built straight into an index.
    Search(crate::search::BenchArgs),
    /// Store and index already extracted documents (one `Document` JSON per line), as `ingest`
    /// does after extraction: each document in its own transaction, then into the index.
    Store(StoreBenchArgs),
}

#[derive(clap::Args)]
struct StoreBenchArgs {
    /// Documents, one `Document` JSON per line (as `scripts/search/generate.py` writes them).
    #[arg(long, value_name = "FILE")]
    corpus: std::path::PathBuf,
    /// Only the first N documents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Do not feed the index (the store alone).
    #[arg(long)]
    no_index: bool,
    #[command(flatten)]
    store: crate::data_dir::StoreArgs,
}

#[derive(clap::Args)]
struct CleanArgs {
    /// Files or folders making the corpus.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Timed passes over the corpus, after one warm-up pass; the figures are of the median pass.
    #[arg(long, default_value_t = 5)]
    passes: u32,
    #[arg(long, value_enum, default_value_t = Output::Text)]
    format: Output,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or folders making the corpus.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Timed passes over the corpus, after one warm-up pass; the figures are of the median pass
    /// (each stage: its median over the passes).
    #[arg(long, default_value_t = 3)]
    passes: u32,
    #[arg(long, value_enum, default_value_t = Output::Text)]
    format: Output,
    /// Actor files to add to the built-in base (the data directory is not read, so that runs
    /// compare); its build time is not counted.
    #[command(flatten)]
    kb: kb::KbFiles,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Output {
    Text,
    Json,
}

/// The timings of one pass over the corpus.
#[derive(Default)]
struct Pass {
    total: Duration,
    clean_time: Duration,
    extract_time: Duration,
    /// Time per extraction stage, summed over the documents, in stage order.
    stages: Vec<(&'static str, Duration)>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.what {
        What::Extract(args) => run_extract(args),
        What::Clean(args) => run_clean(args),
        What::Search(args) => crate::search::run_bench(args),
        What::Store(args) => run_store(args),
    }
}

/// Reads a corpus into memory; unreadable inputs are reported and skipped.
fn read_corpus(paths: Vec<String>) -> anyhow::Result<Vec<RawDoc>> {
    let mut docs: Vec<RawDoc> = Vec::new();
    for item in Inputs::new(paths, Options::default()) {
        match item {
            Ok(raw) => docs.push(raw),
            Err(err) => report(err),
        }
    }
    anyhow::ensure!(!docs.is_empty(), "the corpus holds no readable document");
    Ok(docs)
}

fn run_clean(args: CleanArgs) -> anyhow::Result<ExitCode> {
    let docs = read_corpus(args.paths)?;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let clean_all = |checksum: &mut usize| {
        for raw in &docs {
            let cleaned = pipeline::clean(raw);
            *checksum = checksum.wrapping_add(cleaned.text.len() + cleaned.removed.len());
        }
    };
    let mut checksum = 0usize;
    // One bar over the passes (the warm-up included), on a terminal only.
    let bar = crate::progress::bar(Some(u64::from(args.passes.max(1)) + 1), "passes");
    clean_all(&mut checksum);
    bar.inc(1);
    let mut times: Vec<Duration> = (0..args.passes.max(1))
        .map(|_| {
            let start = Instant::now();
            clean_all(&mut checksum);
            let took = start.elapsed();
            bar.inc(1);
            took
        })
        .collect();
    bar.finish_and_clear();
    times.sort();
    let secs = times[times.len() / 2].as_secs_f64().max(1e-9);
    let (mb_s, docs_s) = (bytes as f64 / 1e6 / secs, docs.len() as f64 / secs);
    match args.format {
        Output::Json => println!(
            "{}",
            serde_json::json!({
                "tool": "chancery-clean", "version": env!("CARGO_PKG_VERSION"),
                "documents": docs.len(), "bytes": bytes, "seconds": secs,
                "passes": times.iter().map(Duration::as_secs_f64).collect::<Vec<_>>(),
                "mb_per_s": mb_s, "docs_per_s": docs_s, "threads": 1, "checksum": checksum,
            })
        ),
        Output::Text => println!(
            "{} documents, {:.1} MB, clean stage in {secs:.4} s (median of {} passes) on one core: \
             {mb_s:.1} MB/s, {docs_s:.0} documents/s",
            docs.len(),
            bytes as f64 / 1e6,
            times.len()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let base = kb::load(None, &args.kb.files)?;
    let docs = read_corpus(args.paths)?;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let html = docs.iter().filter(|d| d.markup == Markup::Html).count();

    let mut passes: Vec<Pass> = Vec::new();
    let mut checksum = 0usize;
    let mut sentences = 0usize;
    // One warm-up pass, not timed; then the timed passes. A bar over all of them, on a
    // terminal only (outside the timed loop but for one counter increment per document).
    let bar = crate::progress::bar(
        Some((u64::from(args.passes.max(1)) + 1) * docs.len() as u64),
        "documents",
    );
    for pass in 0..=args.passes.max(1) {
        sentences = 0;
        let (mut clean_time, mut extract_time) = (Duration::ZERO, Duration::ZERO);
        let mut stages: Vec<(&'static str, Duration)> = Vec::new();
        let start = Instant::now();
        for raw in &docs {
            let t0 = Instant::now();
            let cleaned = pipeline::clean(raw);
            let t1 = Instant::now();
            let ctx = pipeline::context(raw, base.as_ref());
            let doc =
                chancery_extract::extract_observed(cleaned, &ctx, &mut |name, took| match stages
                    .iter_mut()
                    .find(|(n, _)| *n == name)
                {
                    Some((_, total)) => *total += took,
                    None => stages.push((name, took)),
                });
            extract_time += t1.elapsed();
            clean_time += t1 - t0;
            checksum = checksum.wrapping_add(doc.text.len() + doc.sections.len() + doc.times.len());
            sentences += doc.sentences.len();
            bar.inc(1);
        }
        let total = start.elapsed();
        if pass > 0 {
            passes.push(Pass {
                total,
                clean_time,
                extract_time,
                stages,
            });
        }
    }
    bar.finish_and_clear();
    // The median pass, and each stage's median over the passes: never the fastest.
    let median = |mut v: Vec<Duration>| -> Duration {
        v.sort();
        v.get(v.len() / 2).copied().unwrap_or_default()
    };
    let stage_names: Vec<&'static str> = passes
        .first()
        .map(|p| p.stages.iter().map(|(n, _)| *n).collect())
        .unwrap_or_default();
    let stage_times: Vec<(&'static str, Duration)> = stage_names
        .iter()
        .map(|name| {
            let times = passes
                .iter()
                .filter_map(|p| p.stages.iter().find(|(n, _)| n == name).map(|(_, t)| *t))
                .collect();
            (*name, median(times))
        })
        .collect();
    passes.sort_by_key(|p| p.total);
    let mid = passes.len() / 2;
    let Pass {
        total,
        clean_time,
        extract_time,
        ..
    } = passes.into_iter().nth(mid).unwrap_or_default();
    // Each stage's throughput over the whole corpus (input bytes per second of that stage alone).
    let stage_mb_s: Vec<(&str, f64)> = stage_times
        .iter()
        .map(|(n, t)| (*n, bytes as f64 / 1e6 / t.as_secs_f64().max(1e-9)))
        .collect();
    let events_sentences_s = stage_times
        .iter()
        .find(|(n, _)| *n == "events")
        .map_or(0.0, |(_, t)| sentences as f64 / t.as_secs_f64().max(1e-9));
    let secs = total.as_secs_f64().max(1e-9);
    let mb_s = bytes as f64 / 1e6 / secs;
    let docs_s = docs.len() as f64 / secs;
    // Words of the cleaned text (whitespace-separated), as NER benchmarks count them.
    let words: usize = docs
        .iter()
        .map(|d| pipeline::clean(d).text.split_whitespace().count())
        .sum();
    let words_s = words as f64 / secs;
    match args.format {
        Output::Json => println!(
            "{}",
            serde_json::json!({
                "tool": "chancery", "version": env!("CARGO_PKG_VERSION"), "documents": docs.len(),
                "html_documents": html, "bytes": bytes, "seconds": (secs * 1000.0).round() / 1000.0,
                "words": words, "words_per_s": words_s.round(),
                "mb_per_s": (mb_s * 10.0).round() / 10.0, "docs_per_s": (docs_s * 10.0).round() / 10.0,
                "clean_seconds": clean_time.as_secs_f64(), "extract_seconds": extract_time.as_secs_f64(),
                "threads": 1, "checksum": checksum, "sentences": sentences,
                "events_sentences_per_s": events_sentences_s.round(),
                "stages_mb_per_s": stage_mb_s.iter().map(|(n, v)| (n.to_string(), serde_json::json!((v * 10.0).round() / 10.0))).collect::<serde_json::Map<_, _>>(),
            })
        ),
        Output::Text => println!(
            "{} documents ({html} HTML), {:.1} MB, {words} words in {:.3} s on one core: {mb_s:.1} MB/s, \
             {docs_s:.0} documents/s, {words_s:.0} words/s (clean {:.3} s, extract {:.3} s)",
            docs.len(),
            bytes as f64 / 1e6,
            secs,
            clean_time.as_secs_f64(),
            extract_time.as_secs_f64()
        ),
    }
    if let Output::Text = args.format {
        for (name, v) in &stage_mb_s {
            println!("  stage {name:<9} {v:>9.1} MB/s");
        }
        println!(
            "  {sentences} sentences: event stage {events_sentences_s:.0} sentences/s \
             (stages: median of {} passes after a warm-up)",
            args.passes.max(1)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn run_store(args: StoreBenchArgs) -> anyhow::Result<ExitCode> {
    use std::io::BufRead;

    use anyhow::Context as _;
    use chancery_store::{Mode, Put};

    let location = args.store.location();
    let dir = crate::data_dir::resolve(args.store.data.clone());
    let file = std::fs::File::open(&args.corpus)
        .with_context(|| format!("opening {}", args.corpus.display()))?;
    let started = Instant::now();
    let mut store = crate::data_dir::open(&location, Mode::Write)?;
    let mut index = (!args.no_index).then(|| crate::search::Indexer::open(&dir, &store));
    let open_time = started.elapsed();
    let (mut parse_time, mut store_time, mut index_time) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut added, mut present, mut bytes) = (0usize, 0usize, 0usize);
    let bar = crate::progress::bar(args.limit.map(|n| n as u64), "documents");
    let lines = std::io::BufReader::new(file).lines();
    for (n, line) in lines.enumerate().take(args.limit.unwrap_or(usize::MAX)) {
        let line = line?;
        let t0 = Instant::now();
        let doc: chancery_model::Document = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}: not a document", args.corpus.display(), n + 1))?;
        let t1 = Instant::now();
        parse_time += t1 - t0;
        bytes += doc.text.len();
        let put = store.put(&doc)?;
        let t2 = Instant::now();
        store_time += t2 - t1;
        match put {
            Put::Inserted => {
                added += 1;
                if let Some(index) = index.as_mut() {
                    index.add(&doc);
                }
                index_time += t2.elapsed();
            }
            Put::AlreadyPresent => present += 1,
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let t = Instant::now();
    if let Some(index) = index {
        index.finish();
    }
    index_time += t.elapsed();
    let work = (store_time + index_time).as_secs_f64().max(1e-9);
    println!(
        "{}",
        serde_json::json!({
            "tool": "chancery-store", "store": location.to_string(),
            "documents": added, "already_present": present, "text_bytes": bytes,
            "open_seconds": open_time.as_secs_f64(),
            "parse_seconds": parse_time.as_secs_f64(),
            "store_seconds": store_time.as_secs_f64(),
            "index_seconds": index_time.as_secs_f64(),
            "docs_per_s": added as f64 / work,
            "store_docs_per_s": added as f64 / store_time.as_secs_f64().max(1e-9),
            "stored_documents": store.count()?,
        })
    );
    Ok(ExitCode::SUCCESS)
}
