//! The read and write API under `/api/v1`.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chancery_model::PartialDate;
use chancery_search::{Kind, Search};
use chancery_store::explore::{self, DocumentFilter, EventQuery};
use chancery_store::{Put, Store};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::error::{ApiError, Code};
use crate::{App, read};

type AppState = State<Arc<App>>;
type ApiResult = Result<Response, ApiError>;

/// One route of the API: method, path (`{name}` for a path parameter), summary, and the query
/// parameters it reads. The OpenAPI document is made from this table, and a test checks that
/// the router answers each.
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub query: &'static [&'static str],
    /// True when it needs the bearer token.
    pub write: bool,
}

const PAGE: &[&str] = &["offset", "limit"];
const EVENT_FILTERS: &[&str] = &["actor", "type", "from", "to", "offset", "limit"];

pub const ROUTES: &[Route] = &[
    Route {
        method: "get",
        path: "/api/v1/documents",
        summary: "A page of documents, newest first; `lang` and `actor` (a CAMEO code) filter",
        query: &["lang", "actor", "offset", "limit"],
        write: false,
    },
    Route {
        method: "post",
        path: "/api/v1/documents",
        summary: "Ingest one document (the request body; `name` gives its file name and so its format)",
        query: &["name"],
        write: true,
    },
    Route {
        method: "get",
        path: "/api/v1/documents/{id}",
        summary: "One document with all its layers (the extract contract: offsets in code points)",
        query: &[],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/search",
        summary: "Full-text search with filters, facet counts and highlighted snippets",
        query: &[
            "q",
            "actor",
            "type",
            "speaker",
            "lang",
            "publisher",
            "from",
            "to",
            "events",
            "offset",
            "limit",
        ],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/actors",
        summary: "Actor codes by how many documents give them; `q` filters by code prefix or name",
        query: &["q", "offset", "limit"],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/actors/{code}",
        summary: "One actor: its names, the codes given to them over time, counts",
        query: &[],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/actors/{code}/quotes",
        summary: "Quotations by speakers given this actor code, newest first",
        query: PAGE,
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/events",
        summary: "A page of events, newest first, filtered as `chancery events`",
        query: EVENT_FILTERS,
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/timeline",
        summary: "Event counts per day, week or month (and per type) for the events passing the filters",
        query: &["actor", "type", "from", "to", "interval"],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/dyads",
        summary: "Pairs of actors with their event counts by type and mean Goldstein score",
        query: &["actor", "type", "from", "to", "limit"],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/export",
        summary: "A table (events, entities, quotes, documents) as JSON Lines, CSV or Parquet, streamed",
        query: &[
            "table", "format", "actor", "type", "speaker", "lang", "from", "to",
        ],
        write: false,
    },
    Route {
        method: "get",
        path: "/api/v1/openapi.json",
        summary: "This API as an OpenAPI 3.1 document",
        query: &[],
        write: false,
    },
];

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/api/v1/documents", get(documents).post(ingest))
        .route("/api/v1/documents/{id}", get(document))
        .route("/api/v1/search", get(search))
        .route("/api/v1/actors", get(actors))
        .route("/api/v1/actors/{code}", get(actor))
        .route("/api/v1/actors/{code}/quotes", get(quotes))
        .route("/api/v1/events", get(events))
        .route("/api/v1/timeline", get(timeline))
        .route("/api/v1/dyads", get(dyads))
        .route("/api/v1/export", get(crate::export::export))
        .route("/api/v1/openapi.json", get(openapi))
        .fallback(|| async { ApiError::not_found("no such API route; see /api/v1/openapi.json") })
}

/// Every query parameter any route reads; each absent one is `None`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Params {
    pub q: Option<String>,
    pub actor: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub speaker: Option<String>,
    pub lang: Option<String>,
    pub publisher: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub events: Option<String>,
    pub offset: Option<String>,
    pub limit: Option<String>,
    pub interval: Option<String>,
    pub name: Option<String>,
    pub table: Option<String>,
    pub format: Option<String>,
}

/// Query parameters, or a JSON error saying which is malformed.
pub(crate) fn params(
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Params, ApiError> {
    q.map(|Query(p)| p)
        .map_err(|e| ApiError::invalid(format!("malformed query string: {}", e.body_text())))
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// The most a page may skip.
const MAX_OFFSET: usize = 1_000_000;

fn number(name: &str, v: &Option<String>, default: usize, max: usize) -> Result<usize, ApiError> {
    match nonempty(v) {
        None => Ok(default),
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| *n <= max)
            .ok_or_else(|| {
                ApiError::invalid(format!("{name}={s:?}: give a whole number from 0 to {max}"))
            }),
    }
}

fn page(p: &Params, default: usize, max: usize) -> Result<(usize, usize), ApiError> {
    Ok((
        number("offset", &p.offset, 0, MAX_OFFSET)?,
        number("limit", &p.limit, default, max)?.max(1),
    ))
}

fn date(name: &str, v: &Option<String>) -> Result<Option<String>, ApiError> {
    chancery_export::filter::date_arg(name, v.as_deref()).map_err(ApiError::invalid)
}

pub(crate) fn event_query(p: &Params) -> Result<EventQuery, ApiError> {
    Ok(EventQuery {
        actor: nonempty(&p.actor),
        kind: nonempty(&p.kind),
        from: date("from", &p.from)?,
        to: date("to", &p.to)?,
    })
}

fn ok(v: Value) -> ApiResult {
    Ok(Json(v).into_response())
}

async fn documents(
    State(app): AppState,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let (offset, limit) = page(&p, 20, 100)?;
    let filter = DocumentFilter {
        lang: nonempty(&p.lang),
        actor: nonempty(&p.actor).map(|a| a.to_uppercase()),
    };
    let v = read(&app, move |store| {
        let b = store.backend();
        let total = if filter.lang.is_none() && filter.actor.is_none() {
            store.count()?
        } else {
            explore::count_documents(b, &filter)?
        };
        let docs = explore::documents(b, &filter, offset, limit)?;
        let docs: Vec<Value> = docs
            .into_iter()
            .map(|d| {
                json!({"id": d.id, "path": d.path, "title": d.title, "lang": d.lang,
                       "published": d.published, "publisher": d.publisher})
            })
            .collect();
        Ok(json!({"total": total, "offset": offset, "limit": limit, "documents": docs}))
    })
    .await?;
    ok(v)
}

async fn document(State(app): AppState, Path(id): Path<String>) -> ApiResult {
    let body = read(&app, move |store| match store.get(&id)? {
        Some(doc) => Ok(chancery_model::contract::to_json_line(&doc)),
        None => Err(ApiError::not_found(format!(
            "no stored document has the id {id}; GET /api/v1/documents lists them"
        ))),
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn search(
    State(app): AppState,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let (offset, limit) = page(&p, 10, 100)?;
    if offset + limit > 1000 {
        return Err(ApiError::invalid(
            "search pages end at hit 1000: narrow the query or add filters",
        ));
    }
    let parse = |name: &str, v: &Option<String>| -> Result<Option<PartialDate>, ApiError> {
        Ok(date(name, v)?.and_then(|s| PartialDate::parse_iso(&s)))
    };
    let events = matches!(nonempty(&p.events).as_deref(), Some("1" | "true" | "yes"));
    let s = Search {
        query: p.q.clone().unwrap_or_default(),
        kind: if events {
            Kind::Events
        } else {
            Kind::Documents
        },
        actor: nonempty(&p.actor),
        event_type: nonempty(&p.kind),
        speaker: nonempty(&p.speaker),
        lang: nonempty(&p.lang),
        publisher: nonempty(&p.publisher),
        from: parse("from", &p.from)?,
        to: parse("to", &p.to)?,
        limit: offset + limit,
        facets: true,
    };
    let app2 = Arc::clone(&app);
    let results = tokio::task::spawn_blocking(move || {
        let Some(index) = app2.index.as_ref() else {
            return Err(ApiError::new(
                Code::Overloaded,
                "the search index is not open on this server; restart `chancery serve` with write access to the data directory",
            ));
        };
        let index = index.read().unwrap_or_else(|p| p.into_inner());
        index
            .search(&s)
            .map_err(|e| ApiError::internal(Code::Internal, &e))
    })
    .await
    .map_err(|e| ApiError::internal(Code::Internal, &e))??;
    let hits: Vec<Value> = results
        .hits
        .iter()
        .skip(offset)
        .map(|h| {
            json!({
                "id": h.id, "path": h.path, "title": h.title, "lang": h.lang,
                "published": h.published, "publisher": h.publisher, "score": h.score,
                "event": h.event.as_ref().map(|e| json!({
                    "index": e.index, "code": e.code, "source": e.source, "target": e.target,
                    "speaker": e.speaker, "date": e.date})),
                "snippet": {
                    "fragment": h.snippet.fragment,
                    "highlights": h.snippet.highlights.iter()
                        .map(|r| [chars_at(&h.snippet.fragment, r.start), chars_at(&h.snippet.fragment, r.end)])
                        .collect::<Vec<_>>(),
                },
            })
        })
        .collect();
    let facets: BTreeMap<&str, Vec<Value>> = results
        .facets
        .iter()
        .map(|(name, counts)| {
            (
                name.as_str(),
                counts
                    .iter()
                    .map(|(v, n)| json!({"value": v, "count": n}))
                    .collect(),
            )
        })
        .collect();
    ok(json!({
        "total": results.total, "offset": offset, "limit": limit, "hits": hits,
        "facets": facets, "warnings": results.warnings,
    }))
}

/// The code-point offset of byte offset `at` in `s` (snippet highlights are byte ranges; the
/// API, like `chancery search --format jsonl`, gives code points).
fn chars_at(s: &str, at: usize) -> usize {
    s.get(..at.min(s.len())).map_or(0, |p| p.chars().count())
}

async fn actors(
    State(app): AppState,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let (offset, limit) = page(&p, 20, 100)?;
    let query = nonempty(&p.q);
    let v = read(&app, move |store| {
        let rows = explore::actors(store.backend(), query.as_deref(), offset, limit)?;
        let actors: Vec<Value> = rows
            .into_iter()
            .map(|a| json!({"code": a.code, "name": a.name, "documents": a.documents}))
            .collect();
        Ok(json!({"offset": offset, "limit": limit, "actors": actors}))
    })
    .await?;
    ok(v)
}

async fn actor(State(app): AppState, Path(code): Path<String>) -> ApiResult {
    let code = code.trim().to_uppercase();
    let v = read(&app, move |store| {
        let b = store.backend();
        let (aliases, codes) = explore::actor(b, &code, 200)?;
        if aliases.is_empty() {
            return Err(ApiError::not_found(format!(
                "no document gives the actor code {code}; GET /api/v1/actors lists them"
            )));
        }
        let filter = DocumentFilter {
            actor: Some(code.clone()),
            ..DocumentFilter::default()
        };
        let documents = explore::count_documents(b, &filter)?;
        let events = explore::count_events(
            b,
            &EventQuery {
                actor: Some(code.clone()),
                ..EventQuery::default()
            },
        )?;
        let alias = |a: &explore::Alias, key: &str| {
            json!({key: if key == "name" { &a.name } else { &a.code },
                   "documents": a.documents, "first": a.first, "last": a.last})
        };
        Ok(json!({
            "code": code,
            "name": aliases[0].name,
            "aliases": aliases.iter().map(|a| alias(a, "name")).collect::<Vec<_>>(),
            "codes": codes.iter().map(|a| alias(a, "code")).collect::<Vec<_>>(),
            "documents": documents,
            "events": events,
        }))
    })
    .await?;
    ok(v)
}

async fn quotes(
    State(app): AppState,
    Path(code): Path<String>,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let (offset, limit) = page(&p, 20, 100)?;
    let code = code.trim().to_uppercase();
    let v = read(&app, move |store| {
        let rows = explore::quotes(store.backend(), &code, offset, limit)?;
        let quotes: Vec<Value> = rows
            .into_iter()
            .map(|q| {
                json!({"document": q.document, "published": q.published, "speaker": q.speaker,
                       "text": q.text, "start": q.start, "end": q.end})
            })
            .collect();
        Ok(json!({"offset": offset, "limit": limit, "quotes": quotes}))
    })
    .await?;
    ok(v)
}

async fn events(
    State(app): AppState,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let (offset, limit) = page(&p, 20, 100)?;
    let eq = event_query(&p)?;
    let v = read(&app, move |store| {
        let b = store.backend();
        let total = explore::count_events(b, &eq)?;
        let rows = explore::events(b, &eq, offset, limit)?;
        let events: Vec<Value> = rows
            .into_iter()
            .map(|e| {
                json!({"id": e.id, "code": e.code, "type": e.kind, "plover": e.plover,
                       "goldstein": e.goldstein, "source": e.source,
                       "source_actor": e.source_actor, "target": e.target,
                       "target_actor": e.target_actor, "date": e.date, "place": e.place,
                       "documents": e.mentions, "document": e.document,
                       "evidence": e.evidence})
            })
            .collect();
        Ok(json!({"total": total, "offset": offset, "limit": limit, "events": events}))
    })
    .await?;
    ok(v)
}

/// The period a day (ISO, maybe partial) falls in: the day itself, the Monday of its ISO week,
/// or its month. A partial date counts in its first day or month.
pub fn period(day: &str, interval: &str) -> String {
    let mut parts = day.splitn(3, '-');
    let y: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let m: i64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let d: i64 = parts
        .next()
        .and_then(|s| s.get(..2).unwrap_or(s).parse().ok())
        .unwrap_or(1);
    match interval {
        "month" => format!("{y:04}-{m:02}"),
        "week" => {
            let days = days_from_civil(y, m, d);
            // 1970-01-01 was a Thursday: Monday-based weekday index is (days + 3) mod 7.
            let monday = days - (days + 3).rem_euclid(7);
            let (y, m, d) = civil_from_days(monday);
            format!("{y:04}-{m:02}-{d:02}")
        }
        _ => format!("{y:04}-{m:02}-{d:02}"),
    }
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

async fn timeline(
    State(app): AppState,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let interval = nonempty(&p.interval).unwrap_or_else(|| "month".into());
    if !matches!(interval.as_str(), "day" | "week" | "month") {
        return Err(ApiError::invalid(format!(
            "interval={interval:?}: give day, week or month"
        )));
    }
    let eq = event_query(&p)?;
    let v = read(&app, move |store| {
        let rows = explore::timeline(store.backend(), &eq)?;
        let mut buckets: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        for (day, kind, n) in rows {
            *buckets
                .entry(period(&day, &interval))
                .or_default()
                .entry(kind)
                .or_default() += n;
        }
        let buckets: Vec<Value> = buckets
            .into_iter()
            .map(|(period, types)| {
                json!({"period": period, "total": types.values().sum::<u64>(), "types": types})
            })
            .collect();
        Ok(json!({"interval": interval, "buckets": buckets}))
    })
    .await?;
    ok(v)
}

async fn dyads(
    State(app): AppState,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let p = params(q)?;
    let limit = number("limit", &p.limit, 100, explore::MAX_LIMIT)?.max(1);
    let eq = event_query(&p)?;
    let v = read(&app, move |store| {
        let b = store.backend();
        let rows = explore::dyads(b, &eq, limit)?;
        let mut codes: Vec<String> = rows
            .iter()
            .flat_map(|d| [d.a.clone(), d.b.clone()])
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let names = explore::names(b, &codes)?;
        let actors: Vec<Value> = codes
            .iter()
            .map(|c| json!({"code": c, "name": names.get(c).unwrap_or(c)}))
            .collect();
        let dyads: Vec<Value> = rows
            .into_iter()
            .map(|d| {
                json!({"a": d.a, "b": d.b, "events": d.events, "goldstein": d.goldstein,
                       "types": d.by_type.into_iter().collect::<BTreeMap<_, _>>()})
            })
            .collect();
        Ok(json!({"actors": actors, "dyads": dyads}))
    })
    .await?;
    ok(v)
}

async fn openapi() -> Response {
    Json(crate::openapi::document()).into_response()
}

/// True when `given` equals `token`, compared in time independent of where they differ.
fn same_token(given: &[u8], token: &[u8]) -> bool {
    given.len() == token.len()
        && given
            .iter()
            .zip(token)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

async fn ingest(
    State(app): AppState,
    headers: HeaderMap,
    q: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let Some(token) = app.token.as_deref() else {
        return Err(ApiError::new(
            Code::WritesDisabled,
            "the write API is off: start `chancery serve` with CHANCERY_TOKEN set to enable it",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match given {
        None => {
            return Err(ApiError::new(
                Code::MissingToken,
                "send the token: Authorization: Bearer $CHANCERY_TOKEN",
            ));
        }
        Some(g) if !same_token(g.trim().as_bytes(), token.as_bytes()) => {
            return Err(ApiError::new(
                Code::InvalidToken,
                "the bearer token is wrong",
            ));
        }
        Some(_) => {}
    }
    let p = params(q)?;
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                Code::PayloadTooLarge,
                format!(
                    "the document is larger than this server accepts ({} bytes)",
                    app.limits.body_bytes
                ),
            )
        } else {
            ApiError::invalid(e.body_text())
        }
    })?;
    if body.is_empty() {
        return Err(ApiError::invalid(
            "the request body is empty: post the document itself",
        ));
    }
    let name = nonempty(&p.name).unwrap_or_else(|| "posted.txt".into());
    let app2 = Arc::clone(&app);
    let (id, put) = tokio::task::spawn_blocking(move || {
        let extract = app2
            .ingest
            .as_ref()
            .expect("writes are on only with an ingest function");
        let doc =
            extract(body.to_vec(), &name).map_err(|e| ApiError::new(Code::Unprocessable, e))?;
        let writer = app2
            .writer
            .as_ref()
            .expect("writes are on only with a write connection");
        let put = {
            let mut store: std::sync::MutexGuard<'_, Store> =
                writer.lock().unwrap_or_else(|p| p.into_inner());
            store.put(&doc)?
        };
        if put == Put::Inserted
            && let Some(index) = &app2.index
        {
            let mut index = index.write().unwrap_or_else(|p| p.into_inner());
            // The store is the record: an index error is logged, the next start catches up.
            if let Err(e) = index.add(&doc).and_then(|()| index.commit()) {
                let _ = ApiError::internal(Code::Internal, &e);
            }
        }
        Ok::<_, ApiError>((doc.id, put))
    })
    .await
    .map_err(|e| ApiError::internal(Code::Internal, &e))??;
    let (status, what) = match put {
        Put::Inserted => (StatusCode::CREATED, "inserted"),
        Put::AlreadyPresent => (StatusCode::OK, "already_present"),
    };
    Ok((status, Json(json!({"id": id, "status": what}))).into_response())
}
