//! `chancery extract`: documents in, contract JSON Lines out, no store needed.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chancery_ingest::{Inputs, Options};

use crate::{data_dir, kb, pipeline, report};

/// Print one JSON object per document (the extract contract) to standard output.
///
/// Reads files, folders (recursively), WARC/WARC.gz archives and `-` for standard input. An input
/// that cannot be read is reported on standard error and the others still come out; the exit
/// code is then 1.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders, WARC archives, or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Refuse documents larger than this many bytes.
    #[arg(long, default_value_t = chancery_ingest::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    max_bytes: u64,
    /// Data directory whose imported actors (<data>/actors/*.tsv) are used [default:
    /// $CHANCERY_DATA, else ~/.local/share/chancery].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(flatten)]
    kb: kb::KbFiles,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let base = kb::load(Some(&data_dir::resolve(args.data)), &args.kb.files)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for item in Inputs::new(
        args.paths,
        Options {
            max_bytes: args.max_bytes,
        },
    ) {
        match item {
            Ok(raw) => {
                let doc = pipeline::document(&raw, base.as_ref());
                out.write_all(chancery_model::contract::to_json_line(&doc).as_bytes())?;
                out.write_all(b"\n")?;
            }
            Err(err) => {
                out.flush()?;
                failed += 1;
                report(err);
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
