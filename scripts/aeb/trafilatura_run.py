#!/usr/bin/env python3
"""trafilatura's side of the article-extraction benchmark (run by run.py with the venv's Python).

  trafilatura_run.py extract PAGES OUT.json   article bodies of every page, as evaluate.py reads them
  trafilatura_run.py bench PAGES --passes N   in-process speed: one warm-up pass, then N timed
                                              passes over all pages; prints JSON (median pass)
  trafilatura_run.py process PAGES            what the whole-process timing runs: start, import,
                                              read and extract every page, print JSON Lines

PAGES is a folder of `<id>.html` files (UTF-8). Extraction is the benchmark's own call:
`trafilatura.extract(html, include_comments=False)`.
"""
import json
import statistics
import sys
import time
from pathlib import Path

import trafilatura


def pages(folder):
    for path in sorted(Path(folder).glob("*.html")):
        yield path.stem, path.read_text(encoding="utf-8")


def extract(html):
    return trafilatura.extract(html, include_comments=False)


def main():
    mode, folder = sys.argv[1], sys.argv[2]
    if mode == "extract":
        out = {pid: {"articleBody": extract(html) or ""} for pid, html in pages(folder)}
        Path(sys.argv[3]).write_text(
            json.dumps({"version": trafilatura.__version__, "output": out}), encoding="utf-8"
        )
    elif mode == "bench":
        passes = int(sys.argv[sys.argv.index("--passes") + 1]) if "--passes" in sys.argv else 5
        docs = [html for _, html in pages(folder)]
        size = sum(len(h.encode("utf-8")) for h in docs)
        for html in docs:  # warm-up pass
            extract(html)
        times = []
        for _ in range(passes):
            start = time.perf_counter()
            for html in docs:
                extract(html)
            times.append(time.perf_counter() - start)
        secs = statistics.median(times)
        print(json.dumps({
            "tool": "trafilatura", "version": trafilatura.__version__, "documents": len(docs),
            "bytes": size, "passes": times, "seconds": secs,
            "docs_per_s": len(docs) / secs, "mb_per_s": size / 1e6 / secs,
        }))
    elif mode == "process":
        out = sys.stdout
        for pid, html in pages(folder):
            out.write(json.dumps({"id": pid, "text": extract(html) or ""}) + "\n")
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
