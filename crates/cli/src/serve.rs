//! `chancery serve`: the HTTP API and the web application (crates/serve) over the store and
//! its search index.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context as _;
use chancery_ingest::Inputs;
use chancery_serve::{App, Config, Ingest, Limits};
use chancery_store::Mode;

use crate::data_dir::{self, StoreArgs};
use crate::{kb, pipeline, report, search};

/// The environment variable holding the write API's bearer token; unset or empty: writes off.
pub const TOKEN_ENV: &str = "CHANCERY_TOKEN";

/// Serve the record over HTTP: a read API under /api/v1 (documents, search, actors, events,
/// timeline, dyads, export; OpenAPI at /api/v1/openapi.json) and a web application at /.
/// POST /api/v1/documents ingests, with `Authorization: Bearer $CHANCERY_TOKEN` (no token set:
/// writes are off).
#[derive(clap::Args)]
pub struct Args {
    /// The address to listen on; the loopback address unless you mean to expose the record
    /// (port 0: any free port, printed on start).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "IP:PORT")]
    addr: SocketAddr,
    /// Read connections to the store.
    #[arg(long, default_value_t = 4, value_name = "N")]
    readers: usize,
    /// The most requests handled at once (more wait their turn).
    #[arg(long, default_value_t = 64, value_name = "N")]
    max_concurrent: usize,
    /// Seconds a request may take before it is answered with a timeout error.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    timeout: u64,
    /// The largest posted document, in MiB.
    #[arg(long, default_value_t = 16, value_name = "MIB")]
    max_body: usize,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    kb: kb::KbFiles,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let location = args.store.location();
    let dir = data_dir::resolve(args.store.data.clone());
    let store = data_dir::open(&location, Mode::Read)?;
    let index = match search::open_synced(&dir, &store) {
        Ok(index) => Some(index),
        Err(err) => {
            report(format_args!("{err:#}; search is off"));
            None
        }
    };
    drop(store);
    let token = std::env::var(TOKEN_ENV)
        .ok()
        .filter(|t| !t.trim().is_empty());
    let ingest: Option<Ingest> = match &token {
        Some(_) => Some(ingester(kb::load(Some(&dir), &args.kb.files)?)),
        None => None,
    };
    let writes = token.is_some();
    let app = App::open(Config {
        location: location.clone(),
        index,
        token,
        ingest,
        readers: args.readers,
        limits: Limits {
            body_bytes: args.max_body.max(1) << 20,
            timeout: Duration::from_secs(args.timeout.max(1)),
            concurrency: args.max_concurrent.max(1),
        },
    })
    .with_context(|| format!("opening the store {location}"))?;
    // Store reads and searches run on the blocking pool. Tokio lets it grow to 512 threads,
    // one per waiting request, each with its stack and allocator arena: resident memory then
    // grows with the load. Bounded to the readers plus one searcher per core, more requests
    // wait in the queue (within --timeout) instead.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(args.readers.max(1) + cores)
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}; is another server there?", args.addr))?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            report(format_args!(
                "listening on {addr}, which is not the loopback address: anyone who can reach it reads the record"
            ));
        }
        report(format_args!(
            "serving {location} at http://{addr}/ (write API {}); Ctrl-C stops",
            if writes { "on" } else { "off: set CHANCERY_TOKEN to enable it" }
        ));
        chancery_serve::serve(listener, app, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("serving HTTP")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Extracts a posted document as `ingest` would a file of that name: the body goes to a
/// temporary file (its name's extension says its format), is read and extracted, and the file
/// is removed.
fn ingester(base: Option<Arc<chancery_lexicon::actors::Kb>>) -> Ingest {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    Arc::new(move |bytes: Vec<u8>, name: &str| {
        let safe: String = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("posted.txt")
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '.' || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .take(100)
            .collect();
        let folder = std::env::temp_dir().join(format!(
            "chancery-serve-{}-{}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("cannot write a temporary file: {e}"))?;
        let path = folder.join(if safe.is_empty() {
            "posted.txt".into()
        } else {
            safe
        });
        let result = std::fs::write(&path, &bytes)
            .map_err(|e| format!("cannot write a temporary file: {e}"))
            .and_then(|()| {
                let mut inputs = Inputs::new(
                    vec![path.display().to_string()],
                    chancery_ingest::Options::default(),
                );
                match inputs.next() {
                    Some(Ok(mut raw)) => {
                        raw.origin = name.to_owned();
                        pipeline::document(raw, base.as_ref())
                    }
                    Some(Err(e)) => Err(e.to_string()),
                    None => Err("the body holds no document".to_owned()),
                }
            });
        let _ = std::fs::remove_dir_all(&folder);
        result
    })
}
