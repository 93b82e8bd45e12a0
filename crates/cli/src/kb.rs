//! `chancery kb`: bring the CAMEO actor lists (PETRARCH/Phoenix dictionaries) into the data
//! directory as editable TSV, list what is imported, and look a name up on a date. Also the one
//! place that builds the merged actor base for `extract`, `ingest` and `bench`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use chancery_lexicon::actors::{Actor, Code, Kb, LineError, parse_tsv};
use chancery_lexicon::petrarch::{self, Agent, DictKind};
use chancery_model::{EntityType, PartialDate};

use crate::{data_dir, report};

/// Import CAMEO actor and agent dictionaries, list them, look names up.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand)]
enum What {
    /// Read PETRARCH/Phoenix actor or agent dictionaries and write them as our TSV (which you can
    /// read and edit) to <data>/actors/<stem>.tsv or <data>/agents/<stem>.tsv; `extract` and
    /// `ingest` then use every <data>/actors/*.tsv.
    Import(ImportArgs),
    /// List the imported actor and agent files of the data directory.
    List(ListArgs),
    /// Print the actor a name resolves to (built-in base plus imported files) and its CAMEO code
    /// on a date.
    Lookup(LookupArgs),
}

#[derive(clap::Args)]
struct ImportArgs {
    /// Dictionary files (e.g. ../shared/data/cameo/Phoenix.Countries.actors.txt).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Data directory [default: $CHANCERY_DATA, else $XDG_DATA_HOME/chancery, else
    /// ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ListArgs {
    /// Data directory [default: $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

#[derive(clap::Args)]
struct LookupArgs {
    /// A name as written ("Lavrov", "CIS", "Alyaksandr Lukashenka").
    name: String,
    /// The date the code must hold on (YYYY-MM-DD, YYYY-MM or YYYY) [default: the latest code].
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Data directory [default: $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(flatten)]
    kb: KbFiles,
}

/// `--kb FILE`, for every command that extracts.
#[derive(clap::Args, Clone, Default)]
pub struct KbFiles {
    /// Also use this actor file (our TSV, or a PETRARCH/Phoenix actor dictionary); repeatable.
    #[arg(long = "kb", value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.what {
        What::Import(a) => import(a),
        What::List(a) => list(a),
        What::Lookup(a) => lookup(a),
    }
}

/// The actor base for a run: the built-in one plus every `<data>/actors/*.tsv` and every `--kb`
/// file; `None` when there is nothing to add (the built-in base is then used as is).
pub fn load(data: Option<&Path>, files: &[PathBuf]) -> anyhow::Result<Option<Arc<Kb>>> {
    let mut extra: Vec<Actor> = Vec::new();
    let mut paths: Vec<PathBuf> = data.map(imported_files).unwrap_or_default();
    paths.extend(files.iter().cloned());
    for path in &paths {
        let (actors, errors) = read_actor_file(path)?;
        if let Some(first) = errors.first() {
            report(format!(
                "{}: {} bad lines skipped (first: line {}: {})",
                path.display(),
                errors.len(),
                first.line,
                first.message
            ));
        }
        extra.extend(actors);
    }
    if extra.is_empty() {
        return Ok(None);
    }
    Ok(Some(Arc::new(Kb::with_imported(extra))))
}

/// `<data>/actors/*.tsv`, sorted.
fn imported_files(data: &Path) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(data.join("actors")) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv") && p.is_file())
        .collect();
    v.sort();
    v
}

fn read(path: &Path) -> anyhow::Result<String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(petrarch::decode(&bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => anyhow::bail!(
            "no such file {}: give the path of an actor TSV or a PETRARCH/Phoenix dictionary \
             (e.g. ../shared/data/cameo/Phoenix.International.actors.txt)",
            path.display()
        ),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// Our TSV (`.tsv`) or a PETRARCH actor dictionary (anything else).
fn read_actor_file(path: &Path) -> anyhow::Result<(Vec<Actor>, Vec<LineError>)> {
    let text = read(path)?;
    if path.extension().is_some_and(|e| e == "tsv") {
        return Ok(parse_tsv(&text));
    }
    if petrarch::detect(&text) == DictKind::Agents {
        anyhow::bail!(
            "{} is an agent dictionary, not an actor list: import it with `chancery kb import`",
            path.display()
        );
    }
    Ok(petrarch::parse_actors(&text))
}

fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let dir = data_dir::resolve(args.data);
    let mut failed = 0usize;
    let bar = crate::progress::bar(Some(args.files.len() as u64), "files");
    for path in &args.files {
        bar.inc(1);
        bar.set_message(path.display().to_string());
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                failed += 1;
                bar.suspend(|| report(format!("{e:#}")));
                continue;
            }
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "imported".to_owned());
        let (summary, out, body, errors) = match petrarch::detect(&text) {
            DictKind::Actors => {
                let (actors, errors) = petrarch::parse_actors(&text);
                let aliases: usize = actors.iter().map(|a| a.aliases.len()).sum();
                let codes: usize = actors.iter().map(|a| a.codes.len()).sum();
                let people = actors.iter().filter(|a| a.kind == EntityType::Per).count();
                (
                    format!(
                        "{} actors ({people} people), {aliases} aliases, {codes} codes",
                        actors.len()
                    ),
                    dir.join("actors").join(format!("{stem}.tsv")),
                    actors_tsv(&actors, path),
                    errors,
                )
            }
            DictKind::Agents => {
                let (agents, errors) = petrarch::parse_agents(&text);
                (
                    format!("{} agent phrases", agents.len()),
                    dir.join("agents").join(format!("{stem}.tsv")),
                    agents_tsv(&agents, path),
                    errors,
                )
            }
        };
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&out, body).with_context(|| format!("writing {}", out.display()))?;
        bar.suspend(|| {
            println!(
                "{}: {summary}, {} → {}",
                path.display(),
                errors_summary(&errors),
                out.display()
            )
        });
    }
    bar.finish_and_clear();
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// "no errors", or "3 errors (lines 12, 40, 41; first: …)".
fn errors_summary(errors: &[LineError]) -> String {
    let Some(first) = errors.first() else {
        return "no errors".to_owned();
    };
    let lines: Vec<String> = errors.iter().take(5).map(|e| e.line.to_string()).collect();
    format!(
        "{} errors (lines {}{}; first: line {}: {})",
        errors.len(),
        lines.join(", "),
        if errors.len() > 5 { ", …" } else { "" },
        first.line,
        first.message
    )
}

/// A field of our TSV: no tabs, newlines or alias separators inside.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r', '|'], " ")
}

fn actors_tsv(actors: &[Actor], source: &Path) -> String {
    let mut out = format!(
        "# Imported by `chancery kb import` from {}; format: crates/lexicon/data/actors/README.md\n\
         # name\ttype\tcodes\taliases\n",
        field(&source.display().to_string())
    );
    for a in actors {
        let kind = a.kind.as_str();
        let codes: Vec<String> = a.codes.iter().map(|c| code_text(c, ":")).collect();
        let aliases: Vec<String> = a.aliases.iter().map(|x| field(x)).collect();
        let _ = writeln!(
            out,
            "{}\t{kind}\t{}\t{}",
            field(&a.name),
            codes.join(";"),
            aliases.join("|")
        );
    }
    out
}

fn agents_tsv(agents: &[Agent], source: &Path) -> String {
    let mut out = format!(
        "# Imported by `chancery kb import` from {}\n\
         # phrase\tcode\tposition (suffix: appended to the actor's code; prefix: before it)\n",
        field(&source.display().to_string())
    );
    for a in agents {
        let pos = if a.suffix { "suffix" } else { "prefix" };
        let _ = writeln!(out, "{}\t{}\t{pos}", field(&a.phrase), a.code);
    }
    out
}

fn list(args: ListArgs) -> anyhow::Result<ExitCode> {
    let dir = data_dir::resolve(args.data);
    let actors = imported_files(&dir);
    let mut agents: Vec<PathBuf> = std::fs::read_dir(dir.join("agents"))
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
                .collect()
        })
        .unwrap_or_default();
    agents.sort();
    if actors.is_empty() && agents.is_empty() {
        println!(
            "nothing imported in {}: run `chancery kb import FILE…` (e.g. ../shared/data/cameo/Phoenix.Countries.actors.txt)",
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for path in &actors {
        let (a, errors) = parse_tsv(&read(path)?);
        let aliases: usize = a.iter().map(|x| x.aliases.len()).sum();
        let codes: usize = a.iter().map(|x| x.codes.len()).sum();
        println!(
            "{}: {} actors, {aliases} aliases, {codes} codes{}",
            path.display(),
            a.len(),
            if errors.is_empty() {
                String::new()
            } else {
                format!(", {}", errors_summary(&errors))
            }
        );
    }
    for path in &agents {
        let n = read(path)?
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        println!("{}: {n} agent phrases", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn lookup(args: LookupArgs) -> anyhow::Result<ExitCode> {
    let date = match args.date.as_deref() {
        None => None,
        Some(s) => Some(
            PartialDate::parse_iso(s)
                .filter(|d| d.year.is_some())
                .with_context(|| {
                    format!("--date takes YYYY-MM-DD (or YYYY-MM, YYYY), not '{s}'")
                })?,
        ),
    };
    let dir = data_dir::resolve(args.data);
    let owned = load(Some(&dir), &args.kb.files)?;
    let kb: &Kb = match &owned {
        Some(kb) => kb,
        None => chancery_lexicon::actors::builtin(),
    };
    let Some(i) = kb.lookup(&args.name) else {
        report(format!(
            "no actor named '{}' in the base ({} actors; imported files in {}); \
             import more with `chancery kb import FILE…`",
            args.name,
            kb.actors().len(),
            dir.join("actors").display()
        ));
        return Ok(ExitCode::FAILURE);
    };
    let a = &kb.actors()[i];
    let kind = format!("{:?}", a.kind).to_uppercase();
    let when = date.map_or("latest".to_owned(), |d| format!("on {d}"));
    println!(
        "{} ({kind}): {} {when}",
        a.name,
        a.code_on(date).unwrap_or("no code")
    );
    let codes: Vec<String> = a.codes.iter().map(|c| code_text(c, " ")).collect();
    println!("  codes: {}", codes.join("; "));
    let shown: Vec<&str> = a.aliases.iter().take(12).map(String::as_str).collect();
    println!(
        "  aliases ({}): {}{}",
        a.aliases.len(),
        shown.join(" | "),
        if a.aliases.len() > 12 { " | …" } else { "" }
    );
    Ok(ExitCode::SUCCESS)
}

/// A code with its date range, `CODE` or `CODE{sep}FROM..TO` (either end may be empty).
fn code_text(c: &Code, sep: &str) -> String {
    match (c.from, c.to) {
        (None, None) => c.code.clone(),
        (f, t) => format!(
            "{}{sep}{}..{}",
            c.code,
            f.map(|d| d.to_string()).unwrap_or_default(),
            t.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}
