#!/usr/bin/env python3
"""Load benchmark of `chancery serve`: mixed API reads and searches from many clients at once.

    python3 scripts/serve/load.py --base http://127.0.0.1:8080 --queries /tmp/c/queries.jsonl \
        --connections 200 --duration 60 --pid PID_OF_SERVER

Writes a wrk script (Debian's `wrk`) that cycles through requests made from the server's own
data: pages of documents (at spread offsets), single documents, searches (the --queries file of
scripts/search/generate.py), actors, an actor's page, events pages with filters, timelines and
dyads; runs wrk with that many connections for that long on loopback; and samples the server's
resident memory (VmRSS, anonymous and file-backed: the mapped search index) and threads of --pid
every second, so that a growth over the run shows. Prints requests/s, p50/p99 latency, errors
and the memory samples.
"""

import argparse
import json
import random
import subprocess
import threading
import time
import urllib.parse
import urllib.request


def get(base, path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)


def paths(base, queries, n=2000, seed=13):
    rnd = random.Random(seed)
    total = get(base, "/api/v1/documents?limit=1")["total"]
    ids = [d["id"] for d in get(base, "/api/v1/documents?limit=100&offset=%d" % (total // 3))["documents"]]
    actors = [a["code"] for a in get(base, "/api/v1/actors?limit=50")["actors"]]
    qs = []
    if queries:
        with open(queries, encoding="utf-8") as f:
            for line in f:
                q = json.loads(line)
                p = {("q" if k == "query" else k): (("true" if v else "") if isinstance(v, bool) else v)
                     for k, v in q.items()}
                qs.append(p)
    qs = qs or [{"q": "Lavrov"}, {"q": "talks"}]
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.30:
            out.append("/api/v1/search?" + urllib.parse.urlencode(dict(rnd.choice(qs), limit=10)))
        elif r < 0.45:
            out.append("/api/v1/documents/" + rnd.choice(ids))
        elif r < 0.60:
            out.append("/api/v1/documents?limit=20&offset=%d" % rnd.randrange(0, min(total, 10000)))
        elif r < 0.70:
            out.append("/api/v1/events?limit=20&actor=" + rnd.choice(actors))
        elif r < 0.80:
            out.append("/api/v1/timeline?interval=month&actor=" + rnd.choice(actors))
        elif r < 0.90:
            out.append("/api/v1/actors/" + rnd.choice(actors))
        elif r < 0.97:
            out.append("/api/v1/actors?limit=20&q=" + urllib.parse.quote(rnd.choice(["ru", "us", "fr", "lav", "pu"])))
        else:
            out.append("/api/v1/documents?limit=20&actor=" + rnd.choice(actors))
    return out


LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %%d, non-200 %%d, socket errors %%d/%%d/%%d/%%d\\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("p50 %%.1f ms, p90 %%.1f ms, p99 %%.1f ms, max %%.1f ms\\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
"""


def rss(pid):
    """VmRSS, RssAnon (heap, stacks) and RssFile (mapped files: the index) in KiB, and threads."""
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile", "Threads"):
                out[key] = int(value.split()[0])
    return (out.get("VmRSS", 0), out.get("RssAnon", 0), out.get("RssFile", 0), out.get("Threads", 0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--queries")
    ap.add_argument("--connections", type=int, default=200)
    ap.add_argument("--duration", type=int, default=60)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--pid", type=int)
    ap.add_argument("--script", default="/tmp/chancery-load.lua")
    args = ap.parse_args()
    ps = paths(args.base, args.queries)
    with open(args.script, "w") as f:
        f.write(LUA % ", ".join(json.dumps(p) for p in ps))
    samples = []
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            samples.append(rss(args.pid))
            time.sleep(1)

    if args.pid:
        t = threading.Thread(target=sample)
        t.start()
    cmd = ["wrk", "-t%d" % args.threads, "-c%d" % args.connections, "-d%ds" % args.duration,
           "--timeout", "30s", "--latency", "-s", args.script, args.base]
    print(" ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    stop.set()
    if args.pid:
        t.join()
        n = len(samples)
        for i, name in enumerate(["RSS", "anonymous", "file-backed", "threads"]):
            col = [s[i] for s in samples]
            print("server %s%s: start %d, at 25%% %d, 50%% %d, 75%% %d, end %d, peak %d" % (
                name, "" if name == "threads" else " (KiB)", col[0], col[n // 4], col[n // 2],
                col[3 * n // 4], col[-1], max(col)))
        print("RSS every 5 s (KiB):", " ".join(str(s[0]) for s in samples[::5]))


if __name__ == "__main__":
    main()
