//! `GET /api/v1/export`: a table of the record (chancery-export's rows and writers), streamed
//! while it is written: the documents are read a page at a time, so memory does not grow with
//! the store.

use std::io::Write;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chancery_export::{Filter, Format, Stored, Table};
use chancery_store::explore;
use tokio::sync::mpsc;

use crate::App;
use crate::api::{Params, params};
use crate::error::{ApiError, Code};

/// Bytes sent to the client at once.
const CHUNK: usize = 64 << 10;
/// Documents read from the store at once.
const PAGE: usize = 200;

/// A writer that hands its bytes to the response body, a chunk at a time; when the client has
/// gone, writing fails and the export stops.
struct Channel {
    tx: mpsc::Sender<std::io::Result<Vec<u8>>>,
    buf: Vec<u8>,
}

impl Write for Channel {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::take(&mut self.buf);
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client gone"))
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

pub(crate) async fn export(
    State(app): State<Arc<App>>,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let p = params(q)?;
    let table = match p.table.as_deref().unwrap_or("events") {
        "events" => Table::Events,
        "entities" => Table::Entities,
        "quotes" => Table::Quotes,
        "documents" => Table::Documents,
        t => {
            return Err(ApiError::invalid(format!(
                "table={t:?}: give events, entities, quotes or documents"
            )));
        }
    };
    let (format, kind, ext) = match p.format.as_deref().unwrap_or("jsonl") {
        "jsonl" => (Format::Jsonl, "application/x-ndjson", "jsonl"),
        "csv" => (Format::Csv, "text/csv; charset=utf-8", "csv"),
        "parquet" => (Format::Parquet, "application/vnd.apache.parquet", "parquet"),
        f => {
            return Err(ApiError::invalid(format!(
                "format={f:?}: give jsonl, csv or parquet"
            )));
        }
    };
    let eq = crate::api::event_query(&p)?;
    let filter = Filter {
        actor: eq.actor,
        kind: eq.kind,
        speaker: p.speaker.clone().filter(|s| !s.trim().is_empty()),
        lang: p.lang.clone().filter(|s| !s.trim().is_empty()),
        publisher: p.publisher.clone().filter(|s| !s.trim().is_empty()),
        from: eq.from,
        to: eq.to,
    };
    let (tx, rx) = mpsc::channel::<std::io::Result<Vec<u8>>>(4);
    tokio::task::spawn_blocking(move || {
        let err_tx = tx.clone();
        if let Err(e) = write_table(
            &app,
            table,
            format,
            &filter,
            Channel {
                tx,
                buf: Vec::new(),
            },
        ) {
            // The client sees a cut-off body; the log says why.
            let _ = ApiError::internal(Code::Internal, &e);
            let _ = err_tx.blocking_send(Err(std::io::Error::other("export failed")));
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let disposition = format!("attachment; filename=\"chancery-{}.{ext}\"", table.name());
    Ok((
        [
            (header::CONTENT_TYPE, kind.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

fn write_table(
    app: &App,
    table: Table,
    format: Format,
    filter: &Filter,
    out: Channel,
) -> Result<(), String> {
    let mut writer = chancery_export::writer(format, table.columns(), Box::new(out))
        .map_err(|e| e.to_string())?;
    let mut after: Option<String> = None;
    loop {
        // A read connection per page, so that a long export does not hold one.
        let page: Vec<(chancery_model::Document, String)> = {
            let store = app.reader();
            let ids = explore::ids_after(store.backend(), after.as_deref(), PAGE)
                .map_err(|e| e.to_string())?;
            let mut docs = Vec::with_capacity(ids.len());
            for (id, ingested) in ids {
                if let Some(doc) = store.backend().document(&id).map_err(|e| e.to_string())? {
                    docs.push((doc, ingested));
                }
                after = Some(id);
            }
            docs
        };
        if page.is_empty() {
            break;
        }
        for (doc, ingested) in &page {
            let stored = Stored {
                ingested_at: Some(ingested.as_str()),
            };
            chancery_export::rows::rows(table, doc, stored, filter, &mut |row| {
                writer.write_row(row)
            })
            .map_err(|e| e.to_string())?;
        }
    }
    writer.finish().map_err(|e| e.to_string())
}
