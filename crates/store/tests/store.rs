//! The store on both backends: SQLite in a temporary directory, and PostgreSQL (see
//! `chancery_store::testpg`: `CHANCERY_TEST_PG`, else a throwaway cluster, else skipped).
//! See: #12

use chancery_model::{
    Document, Entity, EntityType, Event, PartialDate, Quote, Section, Span, Speaker, TimeExpr,
    TimeValue, Turn,
};
use chancery_store::{Error, EventFilter, Location, Mode, Put, SCHEMA_VERSION, Store, testpg};

/// A store per backend, each empty: (name, location, its temporary directory if any).
fn backends(test: &str) -> Vec<(Location, Option<tempfile::TempDir>)> {
    let dir = tempfile::tempdir().unwrap();
    let mut out = vec![(Location::Dir(dir.path().join("data")), Some(dir))];
    if let Some(url) = testpg::database(test) {
        out.push((Location::Postgres(url), None));
    }
    out
}

fn open(loc: &Location) -> Store {
    Store::connect(loc, Mode::Write).unwrap_or_else(|e| panic!("{loc}: {e}"))
}

fn doc(id: &str) -> Document {
    Document {
        id: id.into(),
        path: format!("{id}.txt"),
        text: "Texte.".into(),
        ..Document::default()
    }
}

/// A document with every layer: "Лавров a rencontré Loukachenko à Minsk le 25 juin 2024."
fn layered(id: &str, event_id: &str) -> Document {
    let text =
        "Лавров a rencontré Loukachenko à Minsk le 25 juin 2024. « Nous coopérons », a dit Лавров.";
    let find = |s: &str| {
        let start = text.find(s).unwrap();
        Span::new(start, start + s.len())
    };
    let day = PartialDate {
        year: Some(2024),
        month: Some(6),
        day: Some(25),
        hour: None,
        minute: None,
    };
    Document {
        id: id.into(),
        path: format!("corpus/{id}.txt"),
        title: Some("Rencontre".into()),
        lang: Some("fr".into()),
        publisher: Some("MID".into()),
        published: Some(day),
        text: text.into(),
        sentences: vec![find(&text[..text.find(" «").unwrap()])],
        sections: vec![Section {
            label: "1".into(),
            title: "Rencontre".into(),
            span: Span::new(0, text.len()),
            ..Section::default()
        }],
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
        entities: vec![
            Entity {
                name: "Sergey Lavrov".into(),
                kind: EntityType::Per,
                actor: Some("RUSGOV".into()),
                mentions: vec![find("Лавров"), find("Лавров.")],
                ..Entity::default()
            },
            Entity {
                name: "Minsk".into(),
                kind: EntityType::Loc,
                mentions: vec![find("Minsk")],
                ..Entity::default()
            },
        ],
        times: vec![TimeExpr {
            span: find("25 juin 2024"),
            value: Some(TimeValue::Point(day)),
        }],
        events: vec![Event {
            id: event_id.into(),
            code: "040".into(),
            source: Some("Sergey Lavrov".into()),
            source_actor: Some("RUSGOV".into()),
            target: Some("Alexander Lukashenko".into()),
            target_actor: Some("BLRGOV".into()),
            date: Some(TimeValue::Point(day)),
            place: Some("Minsk".into()),
            span: find("Лавров a rencontré Loukachenko à Minsk le 25 juin 2024."),
            trigger: find("a rencontré"),
            ..Event::default()
        }],
        ..Document::default()
    }
}

/// Row counts of the layer tables, in a fixed order.
const TABLES: [&str; 11] = [
    "documents",
    "sections",
    "speakers",
    "turns",
    "quotes",
    "entities",
    "entity_mentions",
    "actors",
    "times",
    "events",
    "event_mentions",
];

fn counts(loc: &Location) -> Vec<i64> {
    match loc {
        Location::Dir(dir) => {
            let conn = rusqlite::Connection::open(dir.join(chancery_store::DB_FILE)).unwrap();
            TABLES
                .iter()
                .map(|t| {
                    conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                        .unwrap()
                })
                .collect()
        }
        Location::Postgres(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
            TABLES
                .iter()
                .map(|t| {
                    client
                        .query_one(&format!("SELECT count(*) FROM {t}"), &[])
                        .unwrap()
                        .get(0)
                })
                .collect()
        }
    }
}

/// One SQL value as text, the same way on both backends.
fn scalar(loc: &Location, sql: &str) -> String {
    match loc {
        Location::Dir(dir) => {
            let conn = rusqlite::Connection::open(dir.join(chancery_store::DB_FILE)).unwrap();
            conn.query_row(sql, [], |r| r.get(0)).unwrap()
        }
        Location::Postgres(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
            client.query_one(sql, &[]).unwrap().get(0)
        }
    }
}

#[test]
fn put_is_idempotent() {
    for (loc, _dir) in backends("idempotent") {
        let mut store = open(&loc);
        assert_eq!(store.put(&doc("a1")).unwrap(), Put::Inserted, "{loc}");
        assert_eq!(store.put(&doc("a1")).unwrap(), Put::AlreadyPresent);
        assert_eq!(store.put(&doc("b2")).unwrap(), Put::Inserted);
        assert_eq!(store.count().unwrap(), 2);
        assert!(store.contains("a1").unwrap());
        assert!(!store.contains("c3").unwrap());
        assert_eq!(store.get("b").unwrap().unwrap().path, "b2.txt");
        let ids: Vec<String> = store.list().unwrap().into_iter().map(|s| s.id).collect();
        assert_eq!(ids, ["a1", "b2"], "{loc}: oldest ingest first");
        drop(store);
        let store = Store::connect(&loc, Mode::Read).unwrap();
        assert_eq!(store.get("a1").unwrap(), Some(doc("a1")), "{loc}");
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }
}

#[test]
fn every_layer_has_its_rows() {
    for (loc, _dir) in backends("layers") {
        let mut store = open(&loc);
        let first = layered("aa01", "e1");
        store.put(&first).unwrap();
        // The same event reported by a second document: one event row, two mentions.
        store.put(&layered("bb02", "e1")).unwrap();
        store.put(&layered("bb02", "e1")).unwrap();
        assert_eq!(counts(&loc), [2, 2, 2, 2, 2, 4, 6, 4, 2, 1, 2], "{loc}");
        // The full extraction comes back unchanged.
        assert_eq!(store.get("aa01").unwrap().as_ref(), Some(&first), "{loc}");
        // Offsets are code points, and the stored text is the span's.
        assert_eq!(
            scalar(
                &loc,
                "SELECT text || ' ' || start_char || '-' || end_char FROM entity_mentions
                 WHERE document_id = 'aa01' AND entity = 0 AND ord = 1"
            ),
            "Лавров. 82-89",
            "{loc}"
        );
        assert_eq!(
            scalar(&loc, "SELECT value FROM times WHERE document_id = 'bb02'"),
            "2024-06-25"
        );
        assert_eq!(
            scalar(
                &loc,
                "SELECT string_agg(code || '=' || name, ',') FROM
                   (SELECT code, name FROM actors WHERE document_id = 'aa01' ORDER BY code, name) a"
            )
            .replace(' ', ""),
            "BLRGOV=AlexanderLukashenko,RUSGOV=SergeyLavrov"
        );
        let events = store.events(&EventFilter::default()).unwrap();
        assert_eq!(events.len(), 1, "{loc}");
        assert_eq!(events[0].documents(), 2);
        assert_eq!(events[0].sources(), 1);
        assert_eq!(events[0].mentions[0].start, 0);
        assert_eq!(events[0].mentions[0].end, 55);
    }
}

#[test]
fn events_filter_alike() {
    for (loc, _dir) in backends("events") {
        let mut store = open(&loc);
        store.put(&layered("aa01", "e1")).unwrap();
        let mut later = layered("cc03", "e2");
        later.events[0].date = Some(TimeValue::Point(PartialDate {
            year: Some(2024),
            month: Some(7),
            day: Some(1),
            hour: None,
            minute: None,
        }));
        later.events[0].code = "112".into();
        store.put(&later).unwrap();
        let ids = |f: EventFilter| -> Vec<String> {
            store
                .events(&f)
                .unwrap()
                .into_iter()
                .map(|e| e.id)
                .collect()
        };
        let f = |actor: Option<&str>, kind: Option<&str>, from: Option<&str>, to: Option<&str>| {
            EventFilter {
                actor: actor.map(Into::into),
                kind: kind.map(Into::into),
                from: from.map(Into::into),
                to: to.map(Into::into),
            }
        };
        assert_eq!(ids(f(None, None, None, None)), ["e1", "e2"], "{loc}");
        assert_eq!(ids(f(Some("rus"), None, None, None)), ["e1", "e2"], "{loc}");
        assert_eq!(ids(f(Some("sergey lavrov"), None, None, None)).len(), 2);
        assert_eq!(ids(f(Some("USA"), None, None, None)).len(), 0);
        assert_eq!(ids(f(None, Some("meet"), None, None)), ["e1"], "{loc}");
        assert_eq!(ids(f(None, Some("11"), None, None)), ["e2"], "{loc}");
        assert_eq!(ids(f(None, None, Some("2024-07"), None)), ["e2"], "{loc}");
        assert_eq!(ids(f(None, None, None, Some("2024-06"))), ["e1"], "{loc}");
        assert_eq!(ids(f(None, None, Some("2024"), Some("2024"))).len(), 2);
    }
}

#[test]
fn id_prefixes_are_literal() {
    for (loc, _dir) in backends("prefixes") {
        let mut store = open(&loc);
        for id in ["ab10", "ab20", "ab30", "ab40", "ab50", "ab60", "cd00"] {
            store.put(&doc(id)).unwrap();
        }
        for bad in ["", " ", "%", "_", "a%", "zz", "ab_0"] {
            assert!(
                matches!(store.get(bad), Err(Error::InvalidId { .. })),
                "{loc}: {bad:?} must be refused"
            );
        }
        assert_eq!(
            store.get("CD").unwrap().unwrap().id,
            "cd00",
            "{loc}: any case"
        );
        assert_eq!(store.get("ef").unwrap(), None, "{loc}");
        match store.get("ab") {
            Err(Error::Ambiguous {
                prefix,
                candidates,
                more,
            }) => {
                assert_eq!(prefix, "ab");
                assert_eq!(candidates, ["ab10", "ab20", "ab30", "ab40", "ab50"]);
                assert!(more);
            }
            other => panic!("{loc}: {other:?}"),
        }
        let message = store.get("a").unwrap_err().to_string();
        assert!(message.contains("ab10, ab20"), "{message}");
    }
}

#[test]
fn reading_a_missing_store_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nowhere");
    let err = Store::open_read(&data).err().unwrap();
    assert!(matches!(err, Error::NoStore { .. }), "{err}");
    assert!(err.to_string().contains("chancery ingest"), "{err}");
    assert!(!data.exists());
    if let Some(url) = testpg::database("missing") {
        let err = Store::connect(&Location::Postgres(url), Mode::Read)
            .err()
            .unwrap();
        assert!(matches!(err, Error::NoPgStore { .. }), "{err}");
    }
}

#[test]
fn a_damaged_file_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        for i in 0..200 {
            store
                .put(&layered(&format!("{i:04x}"), &format!("e{i}")))
                .unwrap();
        }
    }
    let file = dir.path().join(chancery_store::DB_FILE);
    let mut bytes = std::fs::read(&file).unwrap();
    assert!(bytes.len() > 40_000, "{}", bytes.len());
    // Pages 3 to 8 overwritten; the header (page 1) stays valid.
    for b in &mut bytes[2 * 4096..8 * 4096] {
        *b = 0x5a;
    }
    std::fs::write(&file, bytes).unwrap();
    let err = Store::open(dir.path())
        .err()
        .expect("a damaged store must be refused");
    assert!(matches!(err, Error::Corrupt { .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains(&file.display().to_string()), "{message}");
    assert!(message.contains(".recover"), "{message}");
}

/// The DDL of schema 1 and 2 as chancery wrote them.
const SCHEMA_1: &str = "
    CREATE TABLE documents (
        id          TEXT PRIMARY KEY,
        path        TEXT NOT NULL,
        title       TEXT,
        lang        TEXT,
        published   TEXT,
        ingested_at TEXT NOT NULL,
        document    TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents(published);
    PRAGMA user_version = 1;";
const SCHEMA_2: &str = "
    CREATE TABLE events (
        id TEXT PRIMARY KEY, code TEXT NOT NULL, type TEXT NOT NULL, source TEXT,
        source_actor TEXT, target TEXT, target_actor TEXT, date TEXT, place TEXT
    );
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_mentions (
        event_id TEXT NOT NULL REFERENCES events(id), document_id TEXT NOT NULL REFERENCES documents(id),
        origin TEXT NOT NULL, code TEXT NOT NULL, status TEXT NOT NULL, speaker TEXT,
        evidence TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        PRIMARY KEY (event_id, document_id, start)
    );
    CREATE INDEX event_mentions_document ON event_mentions(document_id);
    PRAGMA user_version = 2;";

/// A store file written with an older schema, holding two documents (and, for schema 2, the
/// first one's event).
fn old_store(version: i64) -> (tempfile::TempDir, Vec<Document>) {
    let dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(dir.path().join(chancery_store::DB_FILE)).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch(SCHEMA_1).unwrap();
    if version >= 2 {
        conn.execute_batch(SCHEMA_2).unwrap();
    }
    let docs = vec![layered("aa01", "e1"), layered("bb02", "e1")];
    for d in &docs {
        conn.execute(
            "INSERT INTO documents (id, path, title, lang, published, ingested_at, document)
             VALUES (?1, ?2, ?3, ?4, ?5, '2026-01-01T00:00:00Z', ?6)",
            rusqlite::params![
                d.id,
                d.path,
                d.title,
                d.lang,
                d.published.map(|p| p.to_string()),
                serde_json::to_string(d).unwrap()
            ],
        )
        .unwrap();
    }
    if version >= 2 {
        conn.execute_batch(
            "INSERT INTO events VALUES ('e1', '040', 'meet', 'Sergey Lavrov', 'RUSGOV',
                                        'Alexander Lukashenko', 'BLRGOV', '2024-06-25', 'Minsk');
             INSERT INTO event_mentions VALUES ('e1', 'aa01', 'corpus', '040', 'done', NULL,
                                                'Лавров a rencontré', 0, 55);",
        )
        .unwrap();
    }
    (dir, docs)
}

#[test]
fn older_schemas_are_upgraded_in_place() {
    for version in [1, 2] {
        let (dir, docs) = old_store(version);
        let loc = Location::Dir(dir.path().to_owned());
        // Reading upgrades too, when the file may be written.
        let store = Store::open_read(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.count().unwrap(), 2, "schema {version}");
        assert_eq!(store.get("aa01").unwrap().as_ref(), Some(&docs[0]));
        assert_eq!(
            counts(&loc),
            [2, 2, 2, 2, 2, 4, 6, 4, 2, 1, 2],
            "schema {version}"
        );
        assert_eq!(
            scalar(&loc, "SELECT publisher FROM documents WHERE id = 'bb02'"),
            "MID"
        );
        let events = store.events(&EventFilter::default()).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].documents(), 2, "schema {version}");
        check_summaries(&store, &format!("upgraded from schema {version}"));
        drop(store);
        // Then it takes new documents like any store.
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(store.put(&layered("cc03", "e2")).unwrap(), Put::Inserted);
        assert_eq!(store.put(&docs[1]).unwrap(), Put::AlreadyPresent);
        assert_eq!(store.count().unwrap(), 3);
    }
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let conn = rusqlite::Connection::open(dir.path().join(chancery_store::DB_FILE)).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    for open in [Store::open, Store::open_read] {
        let err = open(dir.path()).err().unwrap();
        assert!(matches!(err, Error::TooNew { found: 99, .. }), "{err}");
    }
}

#[test]
fn location_from_argument() {
    assert_eq!(
        Location::parse("postgres://u@h/db"),
        Location::Postgres("postgres://u@h/db".into())
    );
    assert_eq!(
        Location::parse("postgresql:///db?host=/tmp"),
        Location::Postgres("postgresql:///db?host=/tmp".into())
    );
    assert_eq!(
        Location::parse("/var/lib/chancery"),
        Location::Dir("/var/lib/chancery".into())
    );
    assert_eq!(
        Location::Postgres("postgres://u:pw@h/db".into()).to_string(),
        "postgres://u:***@h/db"
    );
}

/// The paged and aggregate reads of `explore` answer alike on both backends.
#[test]
fn explore_reads_alike() {
    use chancery_store::explore::{self, DocumentFilter, EventQuery};
    for (loc, _dir) in backends("explore") {
        let mut store = open(&loc);
        store.put(&layered("aa01", "e1")).unwrap();
        store.put(&layered("aa02", "e2")).unwrap();
        store.put(&doc("bb03")).unwrap();
        let b = store.backend();
        let page = explore::documents(b, &DocumentFilter::default(), 0, 2).unwrap();
        assert_eq!(
            page.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["aa01", "aa02"],
            "{loc}"
        );
        let rest = explore::documents(b, &DocumentFilter::default(), 2, 2).unwrap();
        assert_eq!(rest.len(), 1, "{loc}");
        let naming = DocumentFilter {
            actor: Some("BLRGOV".into()),
            ..DocumentFilter::default()
        };
        assert_eq!(explore::count_documents(b, &naming).unwrap(), 2, "{loc}");
        let actors = explore::actors(b, Some("lavrov"), 0, 10).unwrap();
        assert_eq!(actors.len(), 1, "{loc}");
        assert_eq!(actors[0].code, "RUSGOV", "{loc}");
        assert_eq!(actors[0].name, "Sergey Lavrov", "{loc}");
        assert_eq!(actors[0].documents, 2, "{loc}");
        let (aliases, codes) = explore::actor(b, "RUSGOV", 10).unwrap();
        assert_eq!(aliases[0].name, "Sergey Lavrov", "{loc}");
        assert_eq!(aliases[0].first.as_deref(), Some("2024-06-25"), "{loc}");
        assert_eq!(codes[0].code, "RUSGOV", "{loc}");
        let quotes = explore::quotes(b, "RUSGOV", 0, 10).unwrap();
        assert_eq!(quotes.len(), 2, "{loc}");
        assert_eq!(quotes[0].text, "Nous coopérons", "{loc}");
        let q = EventQuery {
            actor: Some("rus".into()),
            ..EventQuery::default()
        };
        let events = explore::events(b, &q, 0, 10).unwrap();
        assert_eq!(events.len(), 2, "{loc}");
        assert_eq!(events[0].mentions, 1, "{loc}");
        assert!(
            events[0].evidence.as_deref().unwrap().contains("Minsk"),
            "{loc}"
        );
        assert_eq!(explore::count_events(b, &q).unwrap(), 2, "{loc}");
        let timeline = explore::timeline(b, &q).unwrap();
        assert_eq!(timeline.len(), 1, "{loc}: {timeline:?}");
        assert_eq!(timeline[0].0, "2024-06-25", "{loc}");
        assert_eq!(timeline[0].2, 2, "{loc}");
        let dyads = explore::dyads(b, &EventQuery::default(), 10).unwrap();
        assert_eq!(dyads.len(), 1, "{loc}");
        assert_eq!(
            (dyads[0].a.as_str(), dyads[0].b.as_str()),
            ("BLRGOV", "RUSGOV")
        );
        assert_eq!(dyads[0].events, 2, "{loc}");
        let none = EventQuery {
            kind: Some("accuse".into()),
            ..EventQuery::default()
        };
        assert!(explore::dyads(b, &none, 10).unwrap().is_empty(), "{loc}");
        // A month of no known year ("--03") has no place on the time axis.
        let mut yearless = layered("aa04", "e4");
        yearless.events[0].date = Some(TimeValue::Point(PartialDate {
            month: Some(3),
            ..PartialDate::default()
        }));
        store.put(&yearless).unwrap();
        let b = store.backend();
        assert_eq!(explore::timeline(b, &q).unwrap(), timeline, "{loc}");
    }
}

/// Runs batch SQL on a store directly (to make an older schema).
fn execute(loc: &Location, sql: &str) {
    match loc {
        Location::Dir(dir) => {
            let conn = rusqlite::Connection::open(dir.join(chancery_store::DB_FILE)).unwrap();
            conn.execute_batch(sql).unwrap();
        }
        Location::Postgres(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
            client.batch_execute(sql).unwrap();
        }
    }
}

/// Each summary table equals the `GROUP BY` over the base tables it summarises.
fn check_summaries(store: &Store, context: &str) {
    use chancery_store::explore::Cell;
    let b = store.backend();
    let norm = |rows: Vec<Vec<Cell>>| -> Vec<Vec<String>> {
        rows.into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| match c {
                        Cell::Real(x) => format!("{x:.6}"),
                        Cell::Int(n) => format!("{n}"),
                        Cell::Text(s) => s,
                        Cell::Null => "NULL".into(),
                    })
                    .collect()
            })
            .collect()
    };
    for (table, select) in chancery_store::summary::BACKFILL {
        let (name, columns) = table.split_once(' ').unwrap();
        let columns = columns.trim_matches(['(', ')']);
        let n = columns.split(',').count();
        let order: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
        let order = order.join(", ");
        let kept = norm(
            b.rows(
                &format!("SELECT {columns} FROM {name} ORDER BY {order}"),
                &[],
            )
            .unwrap(),
        );
        let mut grouped = norm(b.rows(&format!("{select} ORDER BY {order}"), &[]).unwrap());
        // Goldstein sums as sums (PostgreSQL's sum of doubles is a double too).
        grouped.iter_mut().for_each(|r| {
            if let Some(x) = r.last_mut().filter(|_| name == "event_counts") {
                *x = format!("{:.6}", x.parse::<f64>().unwrap());
            }
        });
        assert_eq!(kept, grouped, "{context}: {name}");
        assert!(!kept.is_empty(), "{context}: {name} is empty");
    }
}

/// The summary tables follow every ingest, stay put when a document is stored again, and an
/// event reported by several documents counts once.
#[test]
fn summaries_equal_the_base_tables() {
    for (loc, _dir) in backends("summaries") {
        let mut store = open(&loc);
        store.put(&layered("aa01", "e1")).unwrap();
        check_summaries(&store, &format!("{loc}, one document"));
        store.put(&layered("aa02", "e2")).unwrap();
        store.put(&layered("cc03", "e1")).unwrap();
        store.put(&doc("bb03")).unwrap();
        check_summaries(&store, &format!("{loc}, four documents"));
        assert_eq!(
            store.put(&layered("aa02", "e2")).unwrap(),
            Put::AlreadyPresent
        );
        check_summaries(&store, &format!("{loc}, stored again"));
        assert_eq!(
            scalar(&loc, "SELECT CAST(sum(events) AS TEXT) FROM event_counts"),
            "2",
            "{loc}"
        );
        drop(store);
        // A store of schema 3 (no summary tables) is upgraded and its summaries filled.
        execute(
            &loc,
            match loc {
                Location::Dir(_) => {
                    "DROP TABLE actor_codes; DROP TABLE actor_names; DROP TABLE event_counts;
                     PRAGMA user_version = 3;"
                }
                Location::Postgres(_) => {
                    "DROP TABLE actor_codes; DROP TABLE actor_names; DROP TABLE event_counts;
                     UPDATE chancery_schema SET version = 3;"
                }
            },
        );
        let store = Store::connect(&loc, Mode::Read).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION, "{loc}");
        check_summaries(&store, &format!("{loc}, upgraded from schema 3"));
        drop(store);
        let mut store = open(&loc);
        store.put(&layered("dd04", "e3")).unwrap();
        check_summaries(&store, &format!("{loc}, upgraded, then one more"));
    }
}
