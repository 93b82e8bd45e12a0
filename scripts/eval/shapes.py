#!/usr/bin/env python3
"""The field gold scored on the same documents in other shapes: how much a figure owes to layout.

Users bring pages flattened onto one line by scrapers and text pulled out of PDFs, hard-wrapped.
This script takes each field document's cleaned text as chancery itself reads it (`chancery
extract`), writes it again in four shapes, extracts each shape and scores it against the same
gold with `chancery eval --system`:

  orig   the cleaned text, as plain text (the baseline: metadata fields such as a CSV's date
         column are gone, so dates and published dates fall in every shape alike)
  flat   every line break a space: a scraper's one-line dump
  wrap   each line hard-wrapped at 72 columns, paragraphs separated by a blank line
  wrap2  each line hard-wrapped at 72 columns, no blank line between paragraphs

Nothing is copied into the repository: the shapes are written to a temporary folder.

Usage: python3 scripts/eval/shapes.py [--bin target/release/chancery] [--split dev]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIELD = os.path.join(ROOT, "..", "shared", "data", "field")
GOLD = os.path.join(ROOT, "tests", "field", "gold")
FIGURES = ["speakers", "quotes_recall", "quotes_attribution_precision", "entities_f1", "events_f1"]
WIDTH = 72


def shapes(text):
    lines = [l for l in text.split("\n") if l.strip()]
    return {
        "orig": text,
        "flat": re.sub(r"\s*\n\s*", " ", text),
        "wrap": "\n\n".join("\n".join(textwrap.wrap(l, WIDTH)) for l in lines),
        "wrap2": "\n".join("\n".join(textwrap.wrap(l, WIDTH)) for l in lines),
    }


def figures(report):
    """{(lang, name): value} from `chancery eval --format json`."""
    out = {}
    for lang, block in [("all", report.get("overall", {}))] + list(report.get("languages", {}).items()):
        for name in FIGURES:
            v = block.get(name)
            if isinstance(v, dict):
                v = v.get("value")
            if v is not None:
                out[(lang, name)] = v
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "chancery"))
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="chancery-shapes-") as tmp:
        raw = subprocess.run([args.bin, "extract", FIELD], capture_output=True, text=True, check=False).stdout
        for line in raw.splitlines():
            d = json.loads(line)
            if "path" not in d or "text" not in d:
                continue
            lang, name = d["path"].split("/")[-2:]
            text = d["text"]
            if d.get("title") and not text.startswith(d["title"]):
                text = d["title"] + "\n\n" + text
            for shape, body in shapes(text).items():
                folder = os.path.join(tmp, shape, lang)
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, name + ".txt"), "w") as f:
                    f.write(body)
        table = {}
        for shape in ["orig", "flat", "wrap", "wrap2"]:
            out = subprocess.run([args.bin, "extract", os.path.join(tmp, shape)],
                                 capture_output=True, text=True, check=False).stdout
            system = os.path.join(tmp, shape + ".jsonl")
            with open(system, "w") as f:
                for line in out.splitlines():
                    d = json.loads(line)
                    if "path" in d:
                        d["path"] = d["path"][: -len(".txt")]
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
            report = subprocess.run([args.bin, "eval", "--gold", GOLD, "--system", system,
                                     "--split", args.split, "--format", "json"],
                                    capture_output=True, text=True, check=False, cwd=ROOT).stdout
            table[shape] = figures(json.loads(report))
        keys = sorted({k for t in table.values() for k in t})
        print(f"{'lang':5} {'figure':30} " + " ".join(f"{s:>6}" for s in table))
        for lang, name in keys:
            print(f"{lang:5} {name:30} " + " ".join(f"{table[s].get((lang, name), float('nan')):6.3f}" for s in table))


if __name__ == "__main__":
    sys.exit(main())
