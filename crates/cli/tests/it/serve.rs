//! `chancery serve` in a real browser: headless Chromium driven over WebDriver (chromedriver).
//! Hostile documents (script tags, event-handler attributes, javascript: links, SVG payloads)
//! are ingested and read, and nothing of theirs runs; then the reader, a faceted search and an
//! actor's timeline are used as a person would, on the samples and on a field-corpus transcript,
//! with screenshots in target/screenshots. CI installs Chromium (`.ci/run`) and sets
//! `CHANCERY_CI`, where a missing chromedriver fails the test; elsewhere the test says it is
//! skipped.
//! See: #13

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::Value;

use crate::spark::tool_missing;
use crate::util::{bin, repo, samples};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// Kills a child process when dropped.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Hostile documents: each tries to run script in the reader and set `window.__pwned`.
const HOSTILE: &[(&str, &str)] = &[
    (
        "hostile.html",
        r#"<html><head><title>Hostile <script>window.__pwned=1</script></title>
<script>window.__pwned = 2;</script></head><body>
<h1>Statement by the Minister <img src=x onerror="window.__pwned=3"></h1>
<p>Sergey Lavrov met Alexander Lukashenko in Minsk on 25 June 2024.
<a href="javascript:window.__pwned=4">read more</a>
<svg onload="window.__pwned=5"><script>window.__pwned=6</script></svg>
<iframe src="javascript:window.__pwned=7"></iframe></p>
</body></html>"#,
    ),
    (
        "hostile.txt",
        "Payloads as plain text: <script>window.__pwned=8</script> <img src=x onerror=\"window.__pwned=9\"> \
<svg/onload=window.__pwned=10> <a href=\"javascript:window.__pwned=11\">x</a> \
\"><script>window.__pwned=12</script> Sergey Lavrov met Alexander Lukashenko in Minsk on 25 June 2024.\n",
    ),
];

/// A White House transcript of the field corpus (dev part): turns of two presidents and the press.
const FIELD_DOCUMENT: &str = "004_whitehouse-obama-castro-joint-presser-2016.html";

fn field_document() -> PathBuf {
    repo().join("../shared/data/field/en").join(FIELD_DOCUMENT)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on loopback")
}

fn screenshots() -> PathBuf {
    let dir = std::env::var_os("CHANCERY_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target/screenshots"));
    std::fs::create_dir_all(&dir).expect("the screenshot folder can be made");
    dir
}

/// Starts `chancery serve` on a free loopback port; returns it and its base URL.
fn serve(data: &Path) -> (Killed, String) {
    let mut child = bin()
        .args(["serve", "--addr", "127.0.0.1:0", "--data"])
        .arg(data)
        .env_remove("CHANCERY_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .expect("chancery serve starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let mut lines = BufReader::new(stderr).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("chancery serve says where it listens")
            .expect("stderr is text");
        if let Some(rest) = line.split(" at http://").nth(1) {
            let addr = rest.split('/').next().unwrap_or_default();
            break format!("http://{addr}");
        }
    };
    // Keep draining stderr so that the server never blocks on it.
    std::thread::spawn(move || for _ in lines {});
    (Killed(child), base)
}

fn api(base: &str, path: &str) -> Value {
    reqwest::blocking::get(format!("{base}{path}"))
        .and_then(|r| r.json())
        .unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

async fn wait_for(c: &Client, css: &str) -> fantoccini::elements::Element {
    c.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
}

async fn shot(c: &Client, name: &str) {
    let png = c.screenshot().await.expect("a screenshot");
    std::fs::write(screenshots().join(name), png).expect("the screenshot is written");
}

/// Whether any payload ran: `window.__pwned` set, an alert open, or the title changed.
async fn nothing_ran(c: &Client, what: &str) {
    let v = c
        .execute(
            "return window.__pwned === undefined ? null : window.__pwned;",
            vec![],
        )
        .await
        .expect("the check runs");
    assert_eq!(v, Value::Null, "{what}: a payload ran");
    assert!(
        c.get_alert_text().await.is_err(),
        "{what}: an alert is open"
    );
}

#[test]
fn browser_reader_search_actor_and_xss() {
    if tool_missing(Command::new(CHROMEDRIVER).arg("--version"), "chromedriver")
        || tool_missing(Command::new(CHROMIUM).arg("--version"), "chromium")
        || !crate::field::have_field_docs("the browser test (it reads a field transcript)")
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    for (name, text) in HOSTILE {
        std::fs::write(inputs.join(name), text).unwrap();
    }
    let data = dir.path().join("data");
    let out = bin()
        .args(["ingest", "--data"])
        .arg(&data)
        .arg(&inputs)
        .arg(samples())
        .arg(field_document())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let (_server, base) = serve(&data);
    let port = free_port();
    let _driver = Killed(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    let docs = api(&base, "/api/v1/documents?limit=100");
    let id_of = |path_end: &str| -> String {
        docs["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["path"].as_str().unwrap_or("").ends_with(path_end))
            .and_then(|d| d["id"].as_str())
            .unwrap_or_else(|| panic!("{path_end} was ingested: {docs}"))
            .to_owned()
    };
    let hostile_html = id_of("hostile.html");
    let hostile_txt = id_of("hostile.txt");
    let seed = id_of("000_d13b560bd127efb6.txt");
    let field = id_of(FIELD_DOCUMENT);
    let actors = api(&base, "/api/v1/actors?limit=1");
    let actor = actors["actors"][0]["code"].as_str().unwrap().to_owned();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--window-size=1366,900"],
            }),
        );
        let started = Instant::now();
        let c = loop {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() < Duration::from_secs(20) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("cannot reach chromedriver: {e}"),
            }
        };

        // Hostile documents: shown as text, nothing runs.
        for (id, name) in [(&hostile_html, "xss-html"), (&hostile_txt, "xss-text")] {
            c.goto(&format!("{base}/#/doc/{id}")).await.unwrap();
            let text = wait_for(&c, "#text").await;
            // Let any payload that could run have its chance.
            tokio::time::sleep(Duration::from_millis(500)).await;
            nothing_ran(&c, name).await;
            let shown = text.text().await.unwrap();
            assert!(shown.contains("Lukashenko"), "{name}: {shown}");
            let injected = c
                .find_all(Locator::Css("#main script, #main img, #main iframe, #main svg:not(.chart):not(.net), #main a[href^='javascript']"))
                .await
                .unwrap();
            assert!(injected.is_empty(), "{name}: the reader holds markup from the document");
            if let Ok(button) = c.find(Locator::Id("show-removed")).await {
                button.click().await.unwrap();
                tokio::time::sleep(Duration::from_millis(200)).await;
                nothing_ran(&c, &format!("{name} with removed text shown")).await;
            }
            shot(&c, &format!("{name}.png")).await;
        }
        let title = c.title().await.unwrap();
        assert_eq!(title, "chancery");

        // The reader: click an entity, see what it resolved to.
        c.goto(&format!("{base}/#/doc/{seed}")).await.unwrap();
        wait_for(&c, "#text").await;
        let entity = wait_for(&c, "#text .a.ent").await;
        entity.click().await.unwrap();
        let details = wait_for(&c, "#details .ann").await;
        let said = details.text().await.unwrap();
        assert!(!said.is_empty());
        shot(&c, "reader.png").await;
        // Keyboard: Tab reaches a highlighted passage, Enter opens it.
        let first = c.find(Locator::Css("#text .a")).await.unwrap();
        first.send_keys("\u{E007}").await.unwrap();
        wait_for(&c, "#details .ann").await;

        // Search with a facet.
        c.goto(&format!("{base}/#/search?q=Lavrov")).await.unwrap();
        let facet = wait_for(&c, ".facets a[data-facet='lang']").await;
        facet.click().await.unwrap();
        wait_for(&c, ".chips .chip").await;
        wait_for(&c, ".hit mark").await;
        let url = c.current_url().await.unwrap();
        assert!(url.as_str().contains("lang="), "{url}");
        shot(&c, "search.png").await;

        // An actor's page and its timeline.
        c.goto(&format!("{base}/#/actor/{actor}")).await.unwrap();
        wait_for(&c, "#timeline").await;
        wait_for(&c, "svg.chart").await;
        wait_for(&c, "table tbody tr").await;
        shot(&c, "actor.png").await;

        // The network.
        c.goto(&format!("{base}/#/network")).await.unwrap();
        wait_for(&c, "svg.net").await;
        shot(&c, "network.png").await;

        // A real document of the field corpus: its reader, and the page of a state it names.
        c.goto(&format!("{base}/#/doc/{field}")).await.unwrap();
        wait_for(&c, "#text .a.ent").await;
        shot(&c, "reader-field.png").await;
        c.goto(&format!("{base}/#/actor/CUB")).await.unwrap();
        wait_for(&c, "#timeline").await;
        wait_for(&c, "table tbody tr").await;
        shot(&c, "actor-field.png").await;
        nothing_ran(&c, "after the whole tour").await;
        c.close().await.unwrap();
    });
}
