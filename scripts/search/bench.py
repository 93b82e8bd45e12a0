#!/usr/bin/env python3
"""Search latency: chancery's index against SQLite FTS5, same documents, same queries, one run.

    python3 scripts/search/generate.py --docs 100000 --out /tmp/s100k
    python3 scripts/search/bench.py --corpus /tmp/s100k [--chancery target/release/chancery]

chancery: `chancery bench search` builds the index straight from corpus.jsonl (no extraction:
the generator already wrote each document's entities, speakers and events), then runs every query
of queries.jsonl once untimed and once timed, each with facet counts and snippets of the top 10.

Baseline: SQLite FTS5 (Python's sqlite3) with `unicode61 remove_diacritics 2` (case and accents
folded, no stemming: FTS5 has no French or Russian stemmer). Names get a transliteration key
column (the same data files as chancery: crates/search/data/), so actor filters find both
scripts. Per query: the top 10 by bm25 with `snippet()`, the total, and counts by language,
publisher and year (GROUP BY); the actor, speaker and event-type facets are not counted there, so
the baseline does less work per query than chancery. Filters are joined from a plain table.

Prints one table (markdown) with build time, size on disk, p50 and p99 in milliseconds.
"""

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "crates/search/data")


def table(name):
    out = []
    for line in open(os.path.join(DATA, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        a, _, b = line.rstrip("\n").partition("\t")
        out.append((a, b.strip()))
    return out


LETTERS = dict(table("ru_latin.tsv"))
FOLDS = table("name_folds.tsv")


def name_key(word):
    """The names analyzer of crates/search/src/analyzers.rs, in Python."""
    import unicodedata
    w = "".join(LETTERS.get(c, c) for c in word.lower())
    w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
    for a, b in FOLDS:
        if not a.endswith("$") and a in w:
            w = w.replace(a, b)
    if len(w) > 4:
        for a, b in FOLDS:
            if a.endswith("$") and w.endswith(a[:-1]):
                w = w[: -len(a) + 1] + b
                break
    return w


def keys(names):
    return " ".join(name_key(w) for n in names for w in re.findall(r"\w+", n))


def family(code):
    two, three = code[:2], code[:3]
    for k, v in [("042", "visit"), ("043", "visit"), ("036", "meet"), ("051", "praise"),
                 ("057", "sign"), ("112", "accuse")]:
        if three == k:
            return v
    return {"01": "statement", "02": "appeal", "03": "intend", "04": "meet", "05": "cooperate",
            "06": "cooperate", "07": "cooperate", "08": "cooperate", "09": "investigate",
            "10": "demand", "11": "criticize", "12": "reject", "13": "threaten", "14": "protest",
            "15": "military_posture", "16": "sanction", "17": "coerce", "18": "assault",
            "19": "assault", "20": "assault"}.get(two, "other")


def types(events):
    out = set()
    for e in events:
        c = e["code"]
        out.add(family(c))
        out.update(c[:n] for n in range(2, len(c) + 1))
        if e.get("plover"):
            out.add(e["plover"].lower())
    return " ".join(sorted(out))


def day(p):
    import datetime
    return (datetime.date(p["year"], p.get("month") or 1, p.get("day") or 1)
            - datetime.date(1970, 1, 1)).days


def build_fts(corpus, path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    for t in ["docs", "events"]:
        db.execute(f"CREATE VIRTUAL TABLE {t} USING fts5(title, body, names, speakers, types, "
                   "tokenize='unicode61 remove_diacritics 2')")
        db.execute(f"CREATE TABLE {t}_meta (rowid INTEGER PRIMARY KEY, lang TEXT, publisher TEXT,"
                   " day INTEGER, year INTEGER)")
    start = time.perf_counter()
    n = ne = 0
    with open(corpus, encoding="utf-8") as f:
        db.execute("BEGIN")
        for line in f:
            d = json.loads(line)
            n += 1
            names = [s for e in d["entities"] for s in [e["name"]] + e["surface"]]
            speakers = [s["name"] for s in d["speakers"]]
            p = d["published"]
            meta = (d["lang"], d["publisher"], day(p), p["year"])
            db.execute("INSERT INTO docs(rowid, title, body, names, speakers, types) "
                       "VALUES (?,?,?,?,?,?)",
                       (n, d["title"], d["text"], " ".join(names) + " " + keys(names),
                        " ".join(speakers) + " " + keys(speakers), types(d["events"])))
            db.execute("INSERT INTO docs_meta VALUES (?,?,?,?,?)", (n,) + meta)
            raw = d["text"].encode("utf-8")
            for e in d["events"]:
                ne += 1
                ev = raw[e["span"]["start"]:e["span"]["end"]].decode("utf-8", "replace")
                en = [x for x in [e.get("source"), e.get("target")] if x]
                sp = [e["speaker"]] if e.get("speaker") else []
                db.execute("INSERT INTO events(rowid, title, body, names, speakers, types) "
                           "VALUES (?,?,?,?,?,?)",
                           (ne, "", ev, " ".join(en) + " " + keys(en),
                            " ".join(sp) + " " + keys(sp), types([e])))
                db.execute("INSERT INTO events_meta VALUES (?,?,?,?,?)", (ne,) + meta)
        db.execute("COMMIT")
    for t in ["docs", "events"]:
        db.execute(f"INSERT INTO {t}({t}) VALUES ('optimize')")
    db.commit()
    seconds = time.perf_counter() - start
    db.close()
    return n, seconds, os.path.getsize(path)


def quote(s):
    return '"' + s.replace('"', '""') + '"'


def fts_query(q):
    """The query's FTS5 MATCH expression (None: no full-text condition)."""
    parts = []
    text = q.get("query", "")
    for phrase in re.findall(r'"([^"]*)"', text):
        words = re.findall(r"\w+", phrase)
        if words:
            parts.append(quote(" ".join(words)))
    for w in re.findall(r"\w+", re.sub(r'"[^"]*"', " ", text)):
        k = name_key(w)
        parts.append(f"({quote(w)} OR names : {quote(k)})" if k != w.lower() else quote(w))
    if q.get("actor"):
        ks = [name_key(w) for w in re.findall(r"\w+", q["actor"])]
        if ks:
            parts.append("names : " + quote(" ".join(ks)))
    if q.get("speaker"):
        ks = [name_key(w) for w in re.findall(r"\w+", q["speaker"])]
        if ks:
            parts.append("speakers : " + quote(" ".join(ks)))
    if q.get("type"):
        parts.append("types : " + quote(q["type"].lower()))
    return " AND ".join(parts) or None


def first_day(s, last=False):
    import calendar
    import datetime
    parts = [int(x) for x in s.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if last else 1)
    d = parts[2] if len(parts) > 2 else (calendar.monthrange(y, m)[1] if last else 1)
    return (datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days


def run_fts(path, queries):
    db = sqlite3.connect(path)
    times, total = [], 0
    for timed in [False, True]:
        for q in queries:
            t = "events" if q.get("events") else "docs"
            match = fts_query(q)
            where, params = [], []
            if match:
                where.append(f"{t} MATCH ?")
                params.append(match)
            if q.get("lang"):
                where.append("m.lang = ?")
                params.append(q["lang"])
            if q.get("from"):
                where.append("m.day >= ?")
                params.append(first_day(q["from"]))
            if q.get("to"):
                where.append("m.day <= ?")
                params.append(first_day(q["to"], last=True))
            cond = " AND ".join(where) or "1"
            frm = f"{t} JOIN {t}_meta m ON m.rowid = {t}.rowid"
            start = time.perf_counter()
            order = f"ORDER BY bm25({t})" if match else ""
            top = db.execute(f"SELECT {t}.rowid, snippet({t}, 1, '«', '»', '…', 24) FROM {frm} "
                             f"WHERE {cond} {order} LIMIT 10", params).fetchall()
            counts = {}
            for col in ["lang", "publisher", "year"]:
                counts[col] = db.execute(f"SELECT m.{col}, count(*) FROM {frm} WHERE {cond} "
                                         f"GROUP BY m.{col}", params).fetchall()
            n = sum(c for _, c in counts["lang"])
            if timed:
                times.append((time.perf_counter() - start) * 1000)
                total += n
            del top
    db.close()
    return times, total


def pct(times, p):
    s = sorted(times)
    i = max(1, min(len(s), int(-(-len(s) * p // 1)))) - 1
    return s[i]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="a folder written by generate.py")
    ap.add_argument("--chancery", default=os.path.join(ROOT, "target/release/chancery"))
    ap.add_argument("--work", help="where the index and the SQLite file go [default: --corpus]")
    ap.add_argument("--skip-fts", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="search indexes built by a former run")
    args = ap.parse_args()
    work = args.work or args.corpus
    corpus = os.path.join(args.corpus, "corpus.jsonl")
    qpath = os.path.join(args.corpus, "queries.jsonl")
    queries = [json.loads(line) for line in open(qpath, encoding="utf-8") if line.strip()]
    cmd = [args.chancery, "bench", "search", "--corpus", corpus, "--queries", qpath,
           "--index", os.path.join(work, "index")] + (["--reuse"] if args.reuse else [])
    ours = json.loads(subprocess.run(cmd, check=True, capture_output=True,
                                     text=True).stdout.strip().splitlines()[-1])
    rows = [("chancery (tantivy 0.27)", ours["documents"], ours["build_seconds"],
             ours["index_bytes"], ours["p50_ms"], ours["p99_ms"], ours["matches_total"])]
    if not args.skip_fts:
        path = os.path.join(work, "fts5.sqlite3")
        if args.reuse and os.path.exists(path):
            n, secs, size = ours["documents"], None, os.path.getsize(path)
        else:
            n, secs, size = build_fts(corpus, path)
        times, total = run_fts(path, queries)
        rows.append((f"SQLite {sqlite3.sqlite_version} FTS5", n, secs, size, pct(times, 0.5),
                     pct(times, 0.99), total))
    print(f"{len(queries)} queries, each with facet counts and top-10 snippets")
    print("| engine | documents | build s | size MB | p50 ms | p99 ms | matches (sum) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, n, secs, size, p50, p99, total in rows:
        b = f"{secs:.1f}" if secs is not None else "-"
        print(f"| {name} | {n} | {b} | {size / 1e6:.0f} | {p50:.2f} | {p99:.2f} | {total} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
