/*!
`chancery serve`: the HTTP API over the store and the search index, and the web application,
its assets embedded in the binary.

- [`App`] holds what the handlers share: a small pool of read connections to the store (each
  request takes one inside `spawn_blocking`, the store being synchronous), the search index
  behind a lock, and — when a token is configured — one write connection.
- [`router`] builds the routes of [`api`] (under `/api/v1`, listed in [`api::ROUTES`], which the
  OpenAPI document at `/api/v1/openapi.json` is made from) and of [`assets`] (the web
  application), with a body size limit, a timeout and a cap on concurrent requests, and strict
  security headers (a Content-Security-Policy without inline script) on every answer.
- [`error`]: the one table of error codes; every error is `{"message", "code", "type"}`.

The crate depends on the store, the search index, the export writers and the model; how a
posted document is extracted is handed in by the caller ([`Ingest`]).
*/

pub mod api;
pub mod assets;
pub mod error;
mod export;
pub mod openapi;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Duration;

use axum::Router;
use axum::error_handling::HandleErrorLayer;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use chancery_model::Document;
use chancery_search::Index;
use chancery_store::{Location, Mode, Store};
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::{ApiError, Code};

/// Turns a posted body (its bytes and file name) into an extracted document.
pub type Ingest = Arc<dyn Fn(Vec<u8>, &str) -> Result<Document, String> + Send + Sync>;

/// The Content-Security-Policy of every answer: nothing but the server's own scripts, styles
/// and images; no inline script, no plugins, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The server's bounds.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest request body (a posted document).
    pub body_bytes: usize,
    /// The longest a request may take to start answering.
    pub timeout: Duration,
    /// The most requests handled at once; more wait their turn (within the timeout).
    pub concurrency: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            body_bytes: 16 << 20,
            timeout: Duration::from_secs(30),
            concurrency: 64,
        }
    }
}

/// What the server is started with.
pub struct Config {
    pub location: Location,
    /// The search index, already caught up with the store; `None`: search answers 503.
    pub index: Option<Index>,
    /// The bearer token of the write API; `None`: writes are off.
    pub token: Option<String>,
    /// How a posted document is extracted; `None`: writes are off.
    pub ingest: Option<Ingest>,
    /// Read connections to the store.
    pub readers: usize,
    pub limits: Limits,
}

/// What the handlers share.
pub struct App {
    readers: Vec<Mutex<Store>>,
    next: AtomicUsize,
    writer: Option<Mutex<Store>>,
    index: Option<RwLock<Index>>,
    token: Option<String>,
    ingest: Option<Ingest>,
    limits: Limits,
}

impl App {
    /// Opens the store's connections: `readers` to read and, when writes are on, one to write.
    pub fn open(config: Config) -> chancery_store::Result<App> {
        let mut readers = Vec::new();
        for _ in 0..config.readers.max(1) {
            readers.push(Mutex::new(Store::connect(&config.location, Mode::Read)?));
        }
        let writes = config.token.is_some() && config.ingest.is_some();
        let writer = if writes {
            Some(Mutex::new(Store::connect(&config.location, Mode::Write)?))
        } else {
            None
        };
        Ok(App {
            readers,
            next: AtomicUsize::new(0),
            writer,
            index: config.index.map(RwLock::new),
            token: config.token.filter(|_| writes),
            ingest: config.ingest,
            limits: config.limits,
        })
    }

    /// A free read connection, else the next in turn (waiting for it).
    fn reader(&self) -> MutexGuard<'_, Store> {
        let n = self.readers.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(guard) = self.readers[(start + i) % n].try_lock() {
                return guard;
            }
        }
        match self.readers[start % n].lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// True when the write API is on.
    pub fn writes(&self) -> bool {
        self.token.is_some()
    }
}

/// Runs `f` with a read connection on the blocking pool.
pub(crate) async fn read<T, F>(app: &Arc<App>, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
{
    let app = Arc::clone(app);
    tokio::task::spawn_blocking(move || {
        let store = app.reader();
        f(&store)
    })
    .await
    .map_err(|e| ApiError::internal(Code::Internal, &e))?
}

/// Every route, with the limits and security headers.
pub fn router(app: Arc<App>) -> Router {
    let limits = app.limits;
    Router::new()
        .merge(api::routes())
        .merge(assets::routes())
        .fallback(|| async { ApiError::not_found("no such page or API route").into_response() })
        .with_state(app)
        .layer(axum::extract::DefaultBodyLimit::max(limits.body_bytes))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|err: tower::BoxError| async move {
                    if err.is::<tower::timeout::error::Elapsed>() {
                        ApiError::new(
                            Code::Timeout,
                            "the request took too long; try a narrower one",
                        )
                    } else {
                        ApiError::internal(Code::Internal, &err)
                    }
                }))
                .timeout(limits.timeout)
                .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
                    limits.concurrency.max(1),
                )),
        )
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = router(Arc::new(app));
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
