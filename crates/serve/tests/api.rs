//! The API over a real TCP listener on 127.0.0.1: every route of the OpenAPI document answers,
//! errors are JSON with stable codes, writes need the token, the security headers are set.
//! See: #13

use std::sync::Arc;

use chancery_model::{
    Document, Entity, EntityType, Event, PartialDate, Quote, Span, Speaker, TimeExpr, TimeValue,
    Turn,
};
use chancery_search::Index;
use chancery_serve::{App, Config, Ingest, Limits};
use chancery_store::{Location, Store};
use serde_json::Value;

fn day(y: i32, m: u8, d: u8) -> PartialDate {
    PartialDate {
        year: Some(y),
        month: Some(m),
        day: Some(d),
        hour: None,
        minute: None,
    }
}

/// "Лавров a rencontré Loukachenko à Minsk le 25 juin 2024. « Nous coopérons », a dit Лавров."
fn layered(id: &str, event_id: &str, date: PartialDate) -> Document {
    let text =
        "Лавров a rencontré Loukachenko à Minsk le 25 juin 2024. « Nous coopérons », a dit Лавров.";
    let find = |s: &str| {
        let start = text.find(s).unwrap();
        Span::new(start, start + s.len())
    };
    Document {
        id: id.into(),
        path: format!("corpus/{id}.txt"),
        title: Some(format!("Rencontre {id}")),
        lang: Some("fr".into()),
        publisher: Some("MID".into()),
        published: Some(date),
        text: text.into(),
        sentences: vec![find(&text[..text.find(" «").unwrap()])],
        speakers: vec![Speaker {
            name: "Sergey Lavrov".into(),
            actor: Some("RUSGOV".into()),
            quotes: 1,
            ..Speaker::default()
        }],
        turns: vec![Turn {
            speaker: "Sergey Lavrov".into(),
            span: find("« Nous coopérons »"),
            ..Turn::default()
        }],
        quotes: vec![Quote {
            speaker: Some("Sergey Lavrov".into()),
            span: find("Nous coopérons"),
            ..Quote::default()
        }],
        entities: vec![Entity {
            name: "Sergey Lavrov".into(),
            kind: EntityType::Per,
            actor: Some("RUSGOV".into()),
            mentions: vec![find("Лавров")],
            ..Entity::default()
        }],
        times: vec![TimeExpr {
            span: find("25 juin 2024"),
            value: Some(TimeValue::Point(date)),
        }],
        events: vec![Event {
            id: event_id.into(),
            code: "040".into(),
            source: Some("Sergey Lavrov".into()),
            source_actor: Some("RUSGOV".into()),
            target: Some("Alexander Lukashenko".into()),
            target_actor: Some("BLRGOV".into()),
            date: Some(TimeValue::Point(date)),
            place: Some("Minsk".into()),
            span: find("Лавров a rencontré Loukachenko à Minsk le 25 juin 2024."),
            trigger: find("a rencontré"),
            ..Event::default()
        }],
        ..Document::default()
    }
}

struct Server {
    base: String,
    _dir: tempfile::TempDir,
    _runtime: tokio::runtime::Runtime,
}

fn start(token: Option<&str>) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let location = Location::Dir(dir.path().to_owned());
    let mut store = Store::connect(&location, chancery_store::Mode::Write).unwrap();
    let mut index = Index::in_memory().unwrap();
    for (i, d) in [day(2024, 6, 25), day(2024, 7, 2), day(2024, 7, 30)]
        .into_iter()
        .enumerate()
    {
        let doc = layered(&format!("a{i:015x}"), &format!("e{i}"), d);
        store.put(&doc).unwrap();
        index.add(&doc).unwrap();
    }
    index.commit().unwrap();
    drop(store);
    let ingest: Ingest = Arc::new(|bytes: Vec<u8>, name: &str| {
        let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
        Ok(Document {
            id: format!("{:016x}", text.len() as u64 * 7919),
            path: name.to_owned(),
            text,
            ..Document::default()
        })
    });
    let app = App::open(Config {
        location,
        index: Some(index),
        token: token.map(str::to_owned),
        ingest: Some(ingest),
        readers: 2,
        limits: Limits {
            body_bytes: 1 << 10,
            ..Limits::default()
        },
    })
    .unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    runtime.spawn(chancery_serve::serve(listener, app, std::future::pending()));
    Server {
        base,
        _dir: dir,
        _runtime: runtime,
    }
}

fn get(s: &Server, path: &str) -> (u16, Value) {
    let r = reqwest::blocking::get(format!("{}{path}", s.base)).unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

#[test]
fn read_api_answers() {
    let s = start(None);
    let (st, v) = get(&s, "/api/v1/documents?limit=2");
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["total"], 3);
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    assert_eq!(v["documents"][0]["published"], "2024-07-30");

    let id = v["documents"][0]["id"].as_str().unwrap().to_owned();
    let (st, doc) = get(&s, &format!("/api/v1/documents/{id}"));
    assert_eq!(st, 200);
    assert_eq!(doc["id"], id.as_str());
    assert_eq!(doc["quotes"][0]["text"], "Nous coopérons");
    // Offsets are code points: "Лавров" is 6 of them.
    assert_eq!(doc["entities"][0]["mentions"][0], serde_json::json!([0, 6]));

    let (st, v) = get(&s, "/api/v1/search?q=coop%C3%A9rons&lang=fr");
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["total"], 3);
    assert!(v["facets"]["lang"].is_array(), "{v}");
    assert!(
        !v["hits"][0]["snippet"]["highlights"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    let (_, v) = get(&s, "/api/v1/actors?q=lavrov");
    assert_eq!(v["actors"][0]["code"], "RUSGOV");
    let (st, v) = get(&s, "/api/v1/actors/rusgov");
    assert_eq!(st, 200);
    assert_eq!(v["name"], "Sergey Lavrov");
    assert_eq!(v["documents"], 3);
    assert_eq!(v["events"], 3);
    let (_, v) = get(&s, "/api/v1/actors/RUSGOV/quotes?limit=1");
    assert_eq!(v["quotes"].as_array().unwrap().len(), 1);

    let (_, v) = get(&s, "/api/v1/events?actor=RUS&from=2024-07");
    assert_eq!(v["total"], 2);
    assert_eq!(v["events"][0]["date"], "2024-07-30");
    assert_eq!(v["events"][0]["documents"], 1);

    let (_, v) = get(&s, "/api/v1/timeline?actor=RUSGOV&interval=month");
    assert_eq!(
        v["buckets"],
        serde_json::json!([
            {"period": "2024-06", "total": 1, "types": {"meet": 1}},
            {"period": "2024-07", "total": 2, "types": {"meet": 2}},
        ])
    );
    let (_, v) = get(&s, "/api/v1/timeline?actor=RUSGOV&interval=week");
    // 2024-06-25 was a Tuesday: its week starts on Monday the 24th.
    assert_eq!(v["buckets"][0]["period"], "2024-06-24");

    let (_, v) = get(&s, "/api/v1/dyads");
    assert_eq!(v["dyads"][0]["a"], "BLRGOV");
    assert_eq!(v["dyads"][0]["b"], "RUSGOV");
    assert_eq!(v["dyads"][0]["events"], 3);
    assert_eq!(v["dyads"][0]["types"]["meet"], 3);

    let r = reqwest::blocking::get(format!(
        "{}/api/v1/export?table=events&format=csv&actor=RUSGOV",
        s.base
    ))
    .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let csv = r.text().unwrap();
    assert_eq!(csv.lines().count(), 4, "{csv}");
}

#[test]
fn errors_are_json_with_stable_codes() {
    let s = start(None);
    for (path, status, code) in [
        ("/api/v1/documents/ffffff", 404, "not_found"),
        ("/api/v1/documents/xyz", 400, "invalid_parameter"),
        ("/api/v1/documents/a", 409, "ambiguous_id"),
        ("/api/v1/documents?limit=nine", 400, "invalid_parameter"),
        ("/api/v1/events?from=June", 400, "invalid_parameter"),
        ("/api/v1/timeline?interval=year", 400, "invalid_parameter"),
        ("/api/v1/nowhere", 404, "not_found"),
        ("/api/v1/actors/ZZZ", 404, "not_found"),
    ] {
        let (st, v) = get(&s, path);
        assert_eq!(st, status, "{path}: {v}");
        assert_eq!(v["code"], code, "{path}: {v}");
        assert!(
            v["message"].is_string() && v["type"].is_string(),
            "{path}: {v}"
        );
    }
}

#[test]
fn openapi_matches_the_routes() {
    let s = start(Some("secret"));
    let (st, doc) = get(&s, "/api/v1/openapi.json");
    assert_eq!(st, 200);
    let paths = doc["paths"].as_object().unwrap();
    let mut documented = Vec::new();
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            documented.push((method.clone(), path.clone()));
        }
    }
    let mut routes: Vec<(String, String)> = chancery_serve::api::ROUTES
        .iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    documented.sort();
    routes.sort();
    assert_eq!(documented, routes);
    // Every documented route is served: it answers something else than "no such route".
    let client = reqwest::blocking::Client::new();
    for (method, path) in &documented {
        let url = format!(
            "{}{}",
            s.base,
            path.replace("{id}", "a000000000000000")
                .replace("{code}", "RUSGOV")
        );
        let r = match method.as_str() {
            "get" => client.get(&url).send().unwrap(),
            "post" => client
                .post(&url)
                .bearer_auth("secret")
                .body("text")
                .send()
                .unwrap(),
            m => panic!("unexpected method {m}"),
        };
        let status = r.status().as_u16();
        let body: Value = r.json().unwrap_or(Value::Null);
        assert!(
            status != 404 && status != 405,
            "{method} {path}: {status} {body}"
        );
    }
}

#[test]
fn writes_need_the_token() {
    let off = start(None);
    let client = reqwest::blocking::Client::new();
    let post = |base: &str, token: Option<&str>, body: &'static str| {
        let mut req = client
            .post(format!("{base}/api/v1/documents?name=a.txt"))
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let r = req.send().unwrap();
        (
            r.status().as_u16(),
            r.json::<Value>().unwrap_or(Value::Null),
        )
    };
    let (st, v) = post(&off.base, Some("anything"), "Texte.");
    assert_eq!((st, v["code"].as_str()), (401, Some("writes_disabled")));

    let on = start(Some("secret"));
    let (st, v) = post(&on.base, None, "Texte.");
    assert_eq!((st, v["code"].as_str()), (401, Some("missing_token")));
    let (st, v) = post(&on.base, Some("wrong"), "Texte.");
    assert_eq!((st, v["code"].as_str()), (401, Some("invalid_token")));
    let (st, v) = post(&on.base, Some("secret"), "Un texte posté.");
    assert_eq!(st, 201, "{v}");
    let id = v["id"].as_str().unwrap().to_owned();
    let (st, _) = get(&on, &format!("/api/v1/documents/{id}"));
    assert_eq!(st, 200);
    let (_, v) = post(&on.base, Some("secret"), "Un texte posté.");
    assert_eq!(v["status"], "already_present");
    let big: &'static str = Box::leak("x".repeat(4096).into_boxed_str());
    let (st, v) = post(&on.base, Some("secret"), big);
    assert_eq!((st, v["code"].as_str()), (413, Some("payload_too_large")));
}

#[test]
fn pages_carry_a_strict_content_security_policy() {
    let s = start(None);
    for path in ["/", "/assets/app.js", "/api/v1/documents"] {
        let r = reqwest::blocking::get(format!("{}{path}", s.base)).unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        let csp = r.headers()["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("default-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    }
    let html = reqwest::blocking::get(format!("{}/", s.base))
        .unwrap()
        .text()
        .unwrap();
    // No inline script and nothing fetched from elsewhere.
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "{html}"
    );
    let js = reqwest::blocking::get(format!("{}/assets/app.js", s.base))
        .unwrap()
        .text()
        .unwrap();
    assert!(
        !js.contains("innerHTML") && !js.contains("eval("),
        "app.js builds DOM only"
    );
}
