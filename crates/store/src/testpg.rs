//! A PostgreSQL server for tests (not part of the store's API).
//!
//! [`database`] gives a fresh, empty database's URL on:
//! - the server named by `CHANCERY_TEST_PG` (a `postgres://` URL) when it is set;
//! - else a throwaway cluster started for this test process: `initdb -A trust` then `pg_ctl
//!   start`, listening only on a unix socket in a temporary directory, stopped and removed when
//!   the process exits. The binaries are found on `PATH`, else in `pg_config --bindir`, else in
//!   `/usr/lib/postgresql/*/bin`. Run as root (CI), the cluster runs as the `postgres` user
//!   through `runuser`, since `initdb` refuses root;
//! - else nowhere: the test is skipped with a note, or fails when `CHANCERY_CI` is set.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};

/// The environment variable naming a PostgreSQL server for the tests.
pub const ENV: &str = "CHANCERY_TEST_PG";

struct Server {
    url: String,
    /// Closing it (when the process exits) stops the cluster.
    _stop: Mutex<Option<ChildStdin>>,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
static CREATE: Mutex<()> = Mutex::new(());

/// The URL of a fresh empty database named after `name` (dropped first if it exists), or `None`
/// when no server can be had (the test should return; under `CHANCERY_CI` this panics instead).
pub fn database(name: &str) -> Option<String> {
    let server = match SERVER.get_or_init(start) {
        Ok(server) => server,
        Err(why) => {
            assert!(
                std::env::var_os("CHANCERY_CI").is_none(),
                "no PostgreSQL server for the tests, and CI must run them: {why}"
            );
            eprintln!("skipped: no PostgreSQL server for the tests: {why}");
            return None;
        }
    };
    let db = format!("chancery_test_{name}");
    let _one_at_a_time = CREATE.lock().unwrap_or_else(|e| e.into_inner());
    let mut client = postgres::Client::connect(&server.url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connecting to the test server: {}", crate::pg_message(&e)));
    for sql in [
        format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"),
        format!("CREATE DATABASE \"{db}\""),
    ] {
        client.batch_execute(&sql).unwrap_or_else(|e| {
            panic!("creating the test database {db}: {}", crate::pg_message(&e))
        });
    }
    Some(with_database(&server.url, &db))
}

/// `url` naming database `db` instead of its own.
pub fn with_database(url: &str, db: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_owned();
    };
    let rest = &url[scheme_end..];
    let authority = rest.find(['/', '?']).unwrap_or(rest.len());
    let path_end = rest[authority..]
        .find('?')
        .map_or(rest.len(), |q| authority + q);
    format!(
        "{}{}/{db}{}",
        &url[..scheme_end],
        &rest[..authority],
        &rest[path_end..]
    )
}

fn start() -> Result<Server, String> {
    if let Some(url) = std::env::var(ENV).ok().filter(|u| !u.is_empty()) {
        postgres::Client::connect(&url, postgres::NoTls)
            .map_err(|e| format!("{ENV}={}: {}", crate::redact(&url), crate::pg_message(&e)))?;
        return Ok(Server {
            url,
            _stop: Mutex::new(None),
        });
    }
    let bindir = bindir().ok_or(
        "set CHANCERY_TEST_PG to a server's URL, or install PostgreSQL (initdb not found on PATH, \
         in `pg_config --bindir` or in /usr/lib/postgresql/*/bin)",
    )?;
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    let base = if std::env::temp_dir().as_os_str().len() < 60 {
        std::env::temp_dir()
    } else {
        PathBuf::from("/tmp")
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let dir = base.join(format!("chancery-pg-{}-{nanos}", std::process::id()));
    std::fs::create_dir(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let run_as = if root {
        // initdb refuses to run as root: the cluster belongs to the `postgres` user.
        let (uid, gid) = user_ids("postgres").ok_or(
            "running as root, the throwaway cluster needs a `postgres` user (apt-get install postgresql)",
        )?;
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid))
            .map_err(|e| format!("chown {}: {e}", dir.display()))?;
        "runuser -u postgres -- "
    } else {
        ""
    };
    let script = format!(
        r#"set -e
D="$1"; B="$2"
{run_as}"$B/initdb" -D "$D/data" -A trust -U chancery -E UTF8 --locale=C --no-sync >"$D/initdb.log" 2>&1
{run_as}"$B/pg_ctl" -D "$D/data" -l "$D/server.log" -w -t 60 -o "-c listen_addresses='' -k '$D' -p 5432 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" start >/dev/null 2>&1
echo ready
read _ || true
{run_as}"$B/pg_ctl" -D "$D/data" -m immediate -w stop >/dev/null 2>&1 || true
rm -rf "$D"
"#
    );
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .arg("sh")
        .arg(&dir)
        .arg(&bindir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting sh: {e}"))?;
    let stop = child.stdin.take();
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    if line.trim() != "ready" {
        let log = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
        let why = format!(
            "the throwaway cluster in {} did not start: {}{}",
            dir.display(),
            log("initdb.log"),
            log("server.log")
        );
        drop(stop);
        let _ = child.wait();
        let _ = std::fs::remove_dir_all(&dir);
        return Err(why);
    }
    // The child lives on until this process exits and closes its standard input.
    drop(child);
    Ok(Server {
        url: format!(
            "postgresql:///postgres?user=chancery&host={}&port=5432",
            dir.display()
        ),
        _stop: Mutex::new(stop),
    })
}

/// The directory holding `initdb` and `postgres`.
fn bindir() -> Option<PathBuf> {
    let has = |d: &Path| d.join("initdb").is_file() && d.join("pg_ctl").is_file();
    let on_path = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|d| d.join("initdb"))
            .find(|p| p.is_file())
            .and_then(|p| std::fs::canonicalize(p).ok())
            .and_then(|p| p.parent().map(Path::to_path_buf))
    });
    if let Some(d) = on_path.filter(|d| has(d)) {
        return Some(d);
    }
    let from_pg_config = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if let Some(d) = from_pg_config.filter(|d| has(d)) {
        return Some(d);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|d| has(d))
        .collect();
    versions.sort();
    versions.pop()
}

/// The uid and gid of a user, from `id`.
fn user_ids(user: &str) -> Option<(u32, u32)> {
    let id = |flag: &str| {
        Command::new("id")
            .args([flag, user])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
    };
    Some((id("-u")?, id("-g")?))
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn database_is_replaced() {
        assert_eq!(
            with_database("postgresql:///postgres?user=a&host=/tmp/x", "t1"),
            "postgresql:///t1?user=a&host=/tmp/x"
        );
        assert_eq!(
            with_database("postgres://u:p@h:5433/db", "t1"),
            "postgres://u:p@h:5433/t1"
        );
        assert_eq!(with_database("postgres://u@h", "t1"), "postgres://u@h/t1");
    }
}
