//! The OpenAPI 3.1 document of the API, made from [`crate::api::ROUTES`].

use serde_json::{Map, Value, json};

use crate::api::ROUTES;
use crate::error::Code;

/// What each query parameter means.
fn describe(name: &str) -> &'static str {
    match name {
        "q" => {
            "words, \"quoted phrases\", +required -excluded (search); a code prefix or name (actors)"
        }
        "actor" => {
            "an actor: a CAMEO code or code prefix (RUSGOV, RUS); for search also a name in any script"
        }
        "type" => {
            "an event type: a family (meet, accuse), a CAMEO code prefix (04) or a PLOVER category"
        }
        "speaker" => "a speaker's name, any script or spelling",
        "lang" => "a language, ISO 639-1 (fr, en, ru)",
        "publisher" => "a publisher's whole name, any case",
        "from" => "earliest date, ISO (2024, 2024-06, 2024-06-25)",
        "to" => "latest date, ISO; a month or year includes all of it",
        "events" => "true: search events (their evidence sentences) instead of documents",
        "offset" => "how many results to skip",
        "limit" => "how many results to return",
        "interval" => "day, week (Monday first) or month",
        "name" => "the posted document's file name; its extension says its format",
        "table" => "events, entities, quotes or documents",
        "format" => "jsonl, csv or parquet",
        _ => "",
    }
}

/// The document.
pub fn document() -> Value {
    let mut paths = Map::new();
    for r in ROUTES {
        let mut parameters: Vec<Value> = Vec::new();
        for seg in r.path.split('/') {
            if let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                parameters.push(json!({"name": name, "in": "path", "required": true,
                                       "schema": {"type": "string"}}));
            }
        }
        for q in r.query {
            parameters.push(json!({"name": q, "in": "query", "required": false,
                                   "description": describe(q), "schema": {"type": "string"}}));
        }
        let mut op = json!({
            "summary": r.summary,
            "parameters": parameters,
            "responses": {
                "200": {"description": "OK"},
                "default": {"description": "An error",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
            },
        });
        if r.write {
            op["security"] = json!([{"bearer": []}]);
            op["requestBody"] = json!({"required": true, "content": {"*/*": {}}});
            op["responses"]["201"] = json!({"description": "Stored"});
            op["responses"]["401"] =
                json!({"description": "No token, a wrong token, or writes off"});
        }
        let entry = paths
            .entry(r.path.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        entry[r.method] = op;
    }
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.info().1).collect();
    json!({
        "openapi": "3.1.0",
        "info": {"title": "chancery", "version": env!("CARGO_PKG_VERSION"),
                 "description": "The record of diplomatic documents: documents and their layers, search, actors, events, timelines and dyads."},
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": {
                "type": "object",
                "required": ["message", "code", "type"],
                "properties": {
                    "message": {"type": "string"},
                    "code": {"type": "string", "enum": codes},
                    "type": {"type": "string"},
                },
            }},
        },
    })
}
