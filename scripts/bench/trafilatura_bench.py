#!/usr/bin/env python3
"""Times trafilatura's main-content extraction over the same HTML pages, on one core.

Prints one JSON object: documents, bytes, seconds, MB/s, docs/s. Pages are read into memory
first, so that only extraction is timed (as `chancery bench` does).
usage: trafilatura_bench.py DIR [--limit N]
"""
import argparse
import json
import os
import time

import trafilatura


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (0 = all)")
    args = ap.parse_args()
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".html"))
    if args.limit:
        names = names[: args.limit]
    pages = []
    for n in names:
        with open(os.path.join(args.dir, n), encoding="utf-8") as f:
            pages.append(f.read())
    size = sum(len(p.encode("utf-8")) for p in pages)
    start = time.perf_counter()
    chars = 0
    for p in pages:
        out = trafilatura.extract(p, include_comments=False, with_metadata=True, output_format="txt")
        chars += len(out or "")
    secs = time.perf_counter() - start
    print(json.dumps({"tool": "trafilatura", "version": trafilatura.__version__, "documents": len(pages),
                      "bytes": size, "seconds": round(secs, 3), "mb_per_s": round(size / 1e6 / secs, 3),
                      "docs_per_s": round(len(pages) / secs, 2), "output_chars": chars}))


if __name__ == "__main__":
    main()
