//! The `chancery` command line: argument parsing, progress, exit codes. Glue only: every stage
//! lives in its own crate.

mod bench;
mod data_dir;
mod eval;
mod events;
mod export;
mod extract;
mod filter;
mod ingest;
mod input;
mod kb;
mod list;
mod ner;
mod pipeline;
mod progress;
mod search;
mod serve;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turns diplomatic documents into a structured, searchable record of who met whom, who said
/// what, and what was agreed, praised, condemned or threatened — every fact tied to its sentence.
#[derive(Parser)]
#[command(name = "chancery", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract(extract::Args),
    Ingest(ingest::Args),
    List(list::ListArgs),
    Show(list::ShowArgs),
    Events(events::Args),
    Search(search::Args),
    Export(export::Args),
    Serve(serve::Args),
    Bench(bench::Args),
    Train(ner::TrainArgs),
    Eval(eval::Args),
    Kb(kb::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::List(args) => list::run_list(args),
        Command::Show(args) => list::run_show(args),
        Command::Events(args) => events::run(args),
        Command::Search(args) => search::run(args),
        Command::Export(args) => export::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Train(args) => ner::run_train(args),
        Command::Eval(args) => eval::run(args),
        Command::Kb(args) => kb::run(args),
    };
    if std::env::var_os("CHANCERY_PEAK_MEMORY").is_some() {
        report_peak_memory();
    }
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            report(format_args!("{err:#}"));
            ExitCode::from(2)
        }
    }
}

/// With `CHANCERY_PEAK_MEMORY` set: the process's peak resident memory (Linux `VmHWM`), on
/// standard error, for benchmarks and the memory tests.
fn report_peak_memory() {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:")) {
        let kib = line
            .trim_start_matches("VmHWM:")
            .trim()
            .trim_end_matches("kB")
            .trim();
        report(format_args!("peak memory {kib} KiB"));
    }
}

/// A closed output pipe (`chancery extract … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Prints a one-line message about one input to standard error; control characters (a newline
/// in a file name) are escaped, so that one message is always one line.
fn report(message: impl std::fmt::Display) {
    let line = chancery_ingest::escape(&message.to_string());
    let _ = writeln!(std::io::stderr(), "chancery: {line}");
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own consistency checks over every subcommand (unique argument and group names,
    /// valid defaults): a failure here is a panic of `--help` or of parsing in a debug build.
    #[test]
    fn command_line_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
