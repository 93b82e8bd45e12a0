//! `chancery eval`: score chancery, a JSON Lines file, or a second annotation pass against gold
//! files (`chancery-eval` does the scoring); `chancery eval ner` is `ner.rs`'s.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use chancery_eval::{GoldFile, Report, Split, SystemDoc, SystemFile, read_gold_dir, score};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::{kb, ner, pipeline, report};

/// Score documents against gold annotations (../shared/contract/gold.md): published date,
/// entities, speakers, quotations, dates and events, overall and per language, with the counts
/// behind each figure and the ten worst documents per figure.
///
/// By default chancery extracts each gold file's document (`<gold>/<lang>/<stem>.json` →
/// `<docs>/<lang>/<doc>`, else the file named `doc` anywhere under `<docs>`) with the built-in
/// actor base. `--system` scores a JSON Lines file in the extract contract instead (matched to gold
/// by the file name of each line's `path`); `--against` scores a second annotation pass against
/// the first. Exit code 1 when some document could not be scored (each is named on standard
/// error), 2 on a fatal error.
#[derive(clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    subcommand_required = false
)]
pub struct Args {
    #[command(subcommand)]
    ner: Option<NerCommand>,
    /// Gold folder: <gold>/<lang>/*.json.
    #[arg(long, value_name = "DIR", required = true)]
    gold: Option<PathBuf>,
    /// Folder of the documents the gold files annotate.
    #[arg(long, value_name = "DIR", required_unless_present_any = ["system", "against"])]
    docs: Option<PathBuf>,
    /// Which gold documents: dev (even FNV-1a of <lang>/<doc>), test (odd) or all.
    #[arg(long, value_enum, default_value_t = SplitArg::All)]
    split: SplitArg,
    /// Output: a table for people, or JSON for programs.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Score this JSON Lines file (the extract contract) instead of running chancery.
    #[arg(long, value_name = "FILE.jsonl", conflicts_with_all = ["docs", "against"])]
    system: Option<PathBuf>,
    /// Score this second gold pass (same layout) against --gold: annotator agreement.
    #[arg(long, value_name = "DIR", conflicts_with = "docs")]
    against: Option<PathBuf>,
    /// Data directory whose imported actors (<data>/actors/*.tsv) are used; without it (and
    /// without --kb) the built-in actor base is used, so that figures do not depend on the
    /// machine.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(flatten)]
    kb: kb::KbFiles,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SplitArg {
    Dev,
    Test,
    All,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// A table for people.
    Table,
    /// One JSON object (documented in chancery-eval's `report` module).
    Json,
}

/// `chancery eval ner …`: `ner::EvalArgs` parses it, as it did when it was the whole of `eval`.
struct NerCommand(ner::EvalArgs);

impl clap::FromArgMatches for NerCommand {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        ner::EvalArgs::from_arg_matches(matches).map(NerCommand)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl clap::Subcommand for NerCommand {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        <ner::EvalArgs as clap::Args>::augment_args(cmd)
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        <ner::EvalArgs as clap::Args>::augment_args_for_update(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        name == "ner"
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(NerCommand(ner_args)) = args.ner {
        return ner::run_eval(ner_args);
    }
    let gold_dir = args.gold.as_deref().context("--gold DIR is required")?;
    let split = match args.split {
        SplitArg::Dev => Split::Dev,
        SplitArg::Test => Split::Test,
        SplitArg::All => Split::All,
    };
    let mut out = Report::new(split);
    let mut failed = 0usize;
    let golds = read_split(gold_dir, split, &mut out, &mut failed)?;
    if golds.is_empty() && failed == 0 {
        anyhow::bail!(
            "{}: no gold file (<gold>/<lang>/*.json)",
            gold_dir.display()
        );
    }

    if let Some(path) = &args.system {
        let file = SystemFile::read(path)?;
        for e in &file.errors {
            report(format!("{}: {e}", path.display()));
        }
        for g in &golds {
            match file.records(&g.lang, g.doc_file_name()) {
                Some(records) => {
                    let system = SystemDoc::from_contract(records);
                    out.push(g.key(), g.lang.clone(), score(&g.gold, &system));
                }
                None => not_scored(&mut out, &mut failed, g, "no line of the system file"),
            }
        }
    } else if let Some(second) = &args.against {
        let mut seconds = Report::new(split);
        let mut second_failed = 0usize;
        let passes = read_split(second, split, &mut seconds, &mut second_failed)?;
        failed += second_failed;
        out.not_scored.extend(seconds.not_scored);
        let first: HashMap<String, &GoldFile> = golds.iter().map(|g| (g.key(), g)).collect();
        for g2 in &passes {
            match first.get(&g2.key()) {
                Some(g1) => {
                    let system = SystemDoc::from_gold(&g2.gold);
                    out.push(g1.key(), g1.lang.clone(), score(&g1.gold, &system));
                }
                None => not_scored(&mut out, &mut failed, g2, "no first-pass gold file"),
            }
        }
    } else {
        let docs = args
            .docs
            .as_deref()
            .context("--docs DIR is required (or --system, --against)")?;
        let base = kb::load(args.data.as_deref(), &args.kb.files)?;
        let mut finder = Finder::new(docs);
        let bar =
            ProgressBar::with_draw_target(Some(golds.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        for g in &golds {
            bar.set_message(g.key());
            let Some(path) = finder.find(&g.lang, g.doc_file_name()) else {
                let reason = format!("document not found under {}", docs.display());
                bar.suspend(|| not_scored(&mut out, &mut failed, g, &reason));
                bar.inc(1);
                continue;
            };
            let mut records = Vec::new();
            let mut errors = Vec::new();
            for item in pipeline::extract_file(&path, base.as_ref()) {
                match item {
                    Ok(doc) => {
                        let line = chancery_model::contract::to_json_line(&doc);
                        records.push(serde_json::from_str(&line).with_context(|| {
                            format!("{}: the contract line does not parse", path.display())
                        })?);
                    }
                    Err(e) => errors.push(e),
                }
            }
            if records.is_empty() {
                let reason = if errors.is_empty() {
                    format!("{}: no document in the file", path.display())
                } else {
                    errors.join("; ")
                };
                bar.suspend(|| not_scored(&mut out, &mut failed, g, &reason));
            } else {
                // A record that failed beside others that did not: scored, but the run says so.
                bar.suspend(|| {
                    for e in &errors {
                        report(escape(e));
                    }
                });
                failed += usize::from(!errors.is_empty());
                let system = SystemDoc::from_contract(&records);
                out.push(g.key(), g.lang.clone(), score(&g.gold, &system));
            }
            bar.inc(1);
        }
        bar.finish_and_clear();
    }

    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&out.to_json())?)?,
        Format::Table => write!(stdout, "{}", out.to_table())?,
    }
    stdout.flush()?;
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The gold files of `dir` in `split`; unreadable ones are reported, counted and listed.
fn read_split(
    dir: &Path,
    split: Split,
    out: &mut Report,
    failed: &mut usize,
) -> anyhow::Result<Vec<GoldFile>> {
    let mut golds = Vec::new();
    for item in read_gold_dir(dir)? {
        match item {
            Ok(g) if split.contains(&g.lang, g.doc_file_name()) => golds.push(g),
            Ok(_) => {}
            Err(e) => {
                let line = escape(&e.to_string());
                report(&line);
                out.not_scored.push(line);
                *failed += 1;
            }
        }
    }
    Ok(golds)
}

fn not_scored(out: &mut Report, failed: &mut usize, g: &GoldFile, reason: &str) {
    let line = escape(&format!("{}: {reason}", g.key()));
    report(&line);
    out.not_scored.push(line);
    *failed += 1;
}

/// Control characters (a newline in a file name) written as escapes: one failure, one line.
fn escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

/// Finds a gold file's document: `<docs>/<lang>/<name>`, else a file of that name anywhere
/// under `<docs>` (the one in a `<lang>` folder first), the folder walked once, when first needed.
struct Finder<'a> {
    docs: &'a Path,
    by_name: Option<HashMap<String, Vec<PathBuf>>>,
}

impl<'a> Finder<'a> {
    fn new(docs: &'a Path) -> Finder<'a> {
        Finder {
            docs,
            by_name: None,
        }
    }

    fn find(&mut self, lang: &str, name: &str) -> Option<PathBuf> {
        let direct = self.docs.join(lang).join(name);
        if direct.is_file() {
            return Some(direct);
        }
        let by_name = self.by_name.get_or_insert_with(|| {
            let mut map: HashMap<String, Vec<PathBuf>> = HashMap::new();
            walk(self.docs, &mut |path| {
                if let Some(n) = path.file_name() {
                    map.entry(n.to_string_lossy().into_owned())
                        .or_default()
                        .push(path.to_owned());
                }
            });
            for paths in map.values_mut() {
                paths.sort();
            }
            map
        });
        let candidates = by_name.get(name)?;
        let in_lang = candidates.iter().find(|p| {
            p.parent()
                .and_then(Path::file_name)
                .is_some_and(|d| d == lang)
        });
        in_lang.or(candidates.first()).cloned()
    }
}

/// Every file under `dir`, hidden entries skipped; unreadable folders are left out.
fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, f),
            Ok(t) if t.is_file() => f(&path),
            _ => {}
        }
    }
}
