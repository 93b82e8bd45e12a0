#!/usr/bin/env python3
"""Wall time of `chancery search` as a command, per store: the one search path that reads the store.

    python3 scripts/search/cli_latency.py --queries /tmp/s100k/queries.jsonl --count 200 \
        --run sqlite:--data=/tmp/st100k \
        --run postgres:--data=/tmp/pg100k,--store=postgresql:///bench100k?host=/tmp/pg&port=5499

`chancery search` opens the store read-only and compares its document count with the index's
(a process killed between the store's commit and the index's leaves documents to index), then
searches the index in the data directory, also when the store is a PostgreSQL database: the
store is read once per command, never per hit. Each --run is NAME:ARGS (comma-separated extra
arguments of `chancery search`). Every run gets the same first --count queries of queries.jsonl,
once untimed and once timed, interleaved run by run so that load on the machine falls on all
alike. Prints one markdown table: p50 and p99 of the command's wall time, in milliseconds.
"""

import argparse
import json
import os
import subprocess
import time

from bench import pct  # the same percentile as the engine benchmark beside it

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))


def args_of(q):
    out = [q.get("query", "")]
    for k in ["actor", "type", "speaker", "lang", "from", "to"]:
        if q.get(k):
            out += [f"--{k}", q[k]]
    if q.get("events"):
        out.append("--events")
    return out + ["--format", "jsonl", "--limit", "10"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--queries", required=True)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--chancery", default=os.path.join(ROOT, "target/release/chancery"))
    ap.add_argument("--run", action="append", required=True, help="NAME:ARG,ARG…")
    ap.add_argument("--prefix", default="", help="command prefix, e.g. 'taskset -c 1'")
    a = ap.parse_args()
    queries = [json.loads(line) for line in open(a.queries, encoding="utf-8") if line.strip()]
    queries = queries[: a.count]
    runs = []
    for r in a.run:
        name, _, extra = r.partition(":")
        runs.append((name, [x for x in extra.split(",") if x]))
    prefix = a.prefix.split()
    times = {name: [] for name, _ in runs}
    for timed in [False, True]:
        for q in queries:
            for name, extra in runs:
                cmd = prefix + [a.chancery, "search"] + args_of(q) + extra
                start = time.perf_counter()
                p = subprocess.run(cmd, capture_output=True, text=True)
                took = (time.perf_counter() - start) * 1000
                if p.returncode != 0:
                    raise SystemExit(f"{name}: {' '.join(cmd)} failed: {p.stderr.strip()}")
                if timed:
                    times[name].append(took)
    print(f"`chancery search` as a command, {len(queries)} queries (one untimed pass first)")
    print("| store | p50 ms | p99 ms | mean ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, _ in runs:
        t = times[name]
        print(f"| {name} | {pct(t, 0.5):.1f} | {pct(t, 0.99):.1f} | {sum(t) / len(t):.1f} |")


if __name__ == "__main__":
    main()
