//! `chancery extract`: documents in, contract JSON Lines out, no store needed.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chancery_ingest::{Error, Inputs};

use crate::{data_dir, input, kb, pipeline, progress, report};

/// Print one JSON object per document (the extract contract) to standard output.
///
/// Reads files, folders (recursively), WARC/WARC.gz archives and `-` for standard input, in any
/// of the input formats (detected, or named with --input-format). An input that cannot be read
/// is reported on standard error and the others still come out; the exit code is then 1. As a
/// stream filter (`--input-format jsonl -`), each input line gives exactly one output line, in
/// order: a record that fails gives `{"id", "error"}`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders, WARC archives, or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    #[command(flatten)]
    input: input::InputArgs,
    /// Data directory whose imported actors (<data>/actors/*.tsv) are used [default:
    /// $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(flatten)]
    kb: kb::KbFiles,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let start = std::time::Instant::now();
    let base = kb::load(Some(&data_dir::resolve(args.data)), &args.kb.files)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut failed, mut documents, mut events) = (0usize, 0usize, 0usize);
    let stream = args.input.is_stream(&args.paths);
    // Standard output is the contract: progress and the summary go to a terminal's stderr only.
    let bar = progress::bar(None, "documents");
    for item in Inputs::new(args.paths, args.input.options()) {
        bar.inc(1);
        match item {
            Ok(raw) => {
                bar.suspend(|| input::warn(&raw));
                let id = raw.id();
                match pipeline::document(raw, base.as_ref()) {
                    Ok(doc) => {
                        documents += 1;
                        events += doc.events.len();
                        chancery_model::contract::write_json_line(&doc, &mut out)?;
                        out.write_all(b"\n")?;
                    }
                    Err(message) => {
                        if stream {
                            let line = serde_json::json!({ "id": id, "error": message });
                            out.write_all(line.to_string().as_bytes())?;
                            out.write_all(b"\n")?;
                        }
                        out.flush()?;
                        failed += 1;
                        bar.suspend(|| report(message));
                    }
                }
            }
            Err(err) => {
                if stream {
                    // One line out per line in: the failed record keeps its place.
                    out.write_all(error_line(&err).as_bytes())?;
                    out.write_all(b"\n")?;
                }
                out.flush()?;
                failed += 1;
                bar.suspend(|| report(err));
            }
        }
        if stream {
            out.flush()?;
        }
    }
    out.flush()?;
    bar.finish_and_clear();
    if progress::on_terminal() {
        report(format_args!(
            "{documents} documents extracted, {events} events, {failed} errors, in {}",
            progress::elapsed(start.elapsed())
        ));
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `{"id", "error"}` for a record of a stream that could not be read.
fn error_line(err: &Error) -> String {
    let id = match err {
        Error::Record { id, .. } => id.clone(),
        _ => None,
    };
    serde_json::json!({ "id": id, "error": err.to_string(), "path": err.path() }).to_string()
}
