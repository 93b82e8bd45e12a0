#!/usr/bin/env python3
"""Ingest throughput into the store with the search index, on one core, SQLite and PostgreSQL.

    python3 scripts/store/ingest_bench.py --pg 'postgresql:///postgres?host=/tmp/pg&port=5499' \
        [--field ../shared/data/field] [--corpus /tmp/s100k/corpus.jsonl --docs 20000]

Two measures, each on a fresh SQLite data directory and a fresh PostgreSQL database (created and
dropped with `psql` on the server --pg names), every command pinned to one core (`taskset -c 1`:
the tantivy writer thread shares that core):
- full pipeline: `chancery ingest` of the field corpus (read, clean, extract, store, index), once
  as it is and once without the scanned PDFs (`*-scan.pdf`, whose OCR by tesseract dominates);
  wall time of the command, documents added as it reports them;
- store and index only: `chancery bench store` on --docs documents of a generated corpus
  (`scripts/search/generate.py`): each document put in the store in its own transaction, then
  added to the index (committed every 1,000 documents), as `ingest` does after extraction.
Prints markdown tables, with the load averages (`/proc/loadavg`) before each run.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
PIN = ["taskset", "-c", "1"]


def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def with_db(url, db):
    scheme, _, rest = url.partition("://")
    authority, slash, tail = rest.partition("/")
    query = tail.partition("?")[2]
    return f"{scheme}://{authority}/{db}" + (f"?{query}" if query else "")


def psql(url, sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True,
                   capture_output=True)


def fresh(store, pg, name, work):
    """The store arguments of a fresh store of kind `store`."""
    data = os.path.join(work, f"{store}-{name}")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(data)
    if store == "sqlite":
        return ["--data", data]
    db = f"chancery_bench_{name}"
    psql(pg, f'DROP DATABASE IF EXISTS "{db}"')
    psql(pg, f'CREATE DATABASE "{db}"')
    return ["--data", data, "--store", with_db(pg, db)]


def ingest(binary, paths, store_args):
    before = load()
    start = time.perf_counter()
    p = subprocess.run(PIN + [binary, "ingest"] + paths + store_args, capture_output=True,
                       text=True)
    secs = time.perf_counter() - start
    m = re.search(r"(\d+) documents added", p.stderr)
    if not m:
        raise SystemExit(f"ingest failed ({p.returncode}): {p.stderr[-2000:]}")
    return int(m.group(1)), secs, before


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chancery", default=os.path.join(ROOT, "target/release/chancery"))
    ap.add_argument("--pg", required=True, help="a PostgreSQL server URL (a database to connect to)")
    ap.add_argument("--field", default=os.path.normpath(os.path.join(ROOT, "../shared/data/field")))
    ap.add_argument("--corpus", help="corpus.jsonl of generate.py, for store and index only")
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--work", default=tempfile.gettempdir() + "/chancery-ingest-bench")
    ap.add_argument("--skip-field", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    stores = ["sqlite", "postgres"]
    if not a.skip_field:
        # The field corpus without its scans: a copy (in --work, removed at the end).
        noscan = os.path.join(a.work, "field-noscan")
        shutil.rmtree(noscan, ignore_errors=True)
        shutil.copytree(a.field, noscan, ignore=shutil.ignore_patterns("*-scan.pdf"))
        print("Full pipeline (`taskset -c 1 chancery ingest PATH`), wall time of the command")
        print("| corpus | store | documents | seconds | documents/s | load before |")
        print("| --- | --- | ---: | ---: | ---: | --- |")
        for label, path in [("field", a.field), ("field without scans", noscan)]:
            for store in stores:
                n, secs, before = ingest(a.chancery, [path], fresh(store, a.pg, "field", a.work))
                print(f"| {label} | {store} | {n} | {secs:.2f} | {n / secs:.1f} | {before} |",
                      flush=True)
        shutil.rmtree(noscan, ignore_errors=True)
    if a.corpus:
        print()
        print(f"Store and index only (`taskset -c 1 chancery bench store --limit {a.docs}`)")
        print("| store | documents | store s | index s | documents/s (store+index) "
              "| documents/s (store alone) | load before |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
        for store in stores:
            before = load()
            cmd = PIN + [a.chancery, "bench", "store", "--corpus", a.corpus, "--limit",
                         str(a.docs)] + fresh(store, a.pg, "gen", a.work)
            out = json.loads(subprocess.run(cmd, check=True, capture_output=True,
                                            text=True).stdout.strip().splitlines()[-1])
            print(f"| {store} | {out['documents']} | {out['store_seconds']:.1f} | "
                  f"{out['index_seconds']:.1f} | {out['docs_per_s']:.0f} | "
                  f"{out['store_docs_per_s']:.0f} | {before} |", flush=True)


if __name__ == "__main__":
    main()
