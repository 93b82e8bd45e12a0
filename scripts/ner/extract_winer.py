#!/usr/bin/env python3
"""Scores the entities of the whole pipeline (`chancery extract`) on a NER gold corpus's split
(default: WiNER-fr test), exact-match on (start, end, type) over PER/LOC/ORG outermost spans, the
conventions of `scripts/ner/bench_spacy.py` (which scores the raw tagger and spaCy on the same
dump).

Each document's text goes through `chancery extract` as one JSON Lines record; an entity's
mentions (code-point offsets into the cleaned text) are mapped back to the original text by
aligning the two (cleaning removes header datelines and normalises whitespace); a document that
does not align is counted and left out.

Usage: python3 scripts/ner/extract_winer.py [--corpus ../shared/data/ner/winer-fr] [--split test]
"""
import argparse
import difflib
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_spacy import TYPES, dump, outermost  # noqa: E402


def mapping(original, cleaned):
    """Code-point index in `cleaned` → index in `original` (cleaning only removes text, e.g. a
    header dateline, and changes whitespace): aligned by difflib's matching blocks; `None` when
    less than 95 % of the cleaned text aligns."""
    sm = difflib.SequenceMatcher(None, original, cleaned, autojunk=False)
    out = [None] * (len(cleaned) + 1)
    matched = 0
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            out[b + k] = a + k
        matched += n
    if cleaned and matched < 0.95 * len(cleaned):
        return None
    out[len(cleaned)] = len(original)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/data/ner/winer-fr")
    ap.add_argument("--split", default="test")
    ap.add_argument("--bin", default="target/release/chancery")
    ap.add_argument("--ner-bin", default="target/release/examples/ner")
    a = ap.parse_args()
    if not os.path.exists(a.ner_bin):
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "chancery-ner", "--example", "ner"], check=True)
    docs = dump(a.ner_bin, a.corpus, a.split)
    lines = "".join(json.dumps({"id": str(i), "text": d["text"]}) + "\n" for i, d in enumerate(docs))
    out = subprocess.run([a.bin, "extract", "--input-format", "jsonl", "-"], input=lines,
                         capture_output=True, text=True, check=False)
    results = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(results) != len(docs):
        sys.exit(f"{len(results)} outputs for {len(docs)} documents: {out.stderr[:300]}")
    tp = fp = fn = 0
    skipped = 0
    for d, r in zip(docs, results):
        m = mapping(d["text"], r.get("text", ""))
        if m is None:
            skipped += 1
            continue
        pred = []
        for e in r.get("entities", []):
            if e["type"] not in TYPES:
                continue
            for s, t in e["mentions"]:
                if t > s and m[s] is not None and m[t - 1] is not None:
                    pred.append((m[s], m[t - 1] + 1, e["type"]))
        g = set(map(tuple, outermost([tuple(x) for x in d["entities"] if x[2] in TYPES])))
        p = set(outermost(pred))
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    print(f"chancery extract on {os.path.basename(a.corpus.rstrip('/'))} {a.split}: "
          f"{len(docs) - skipped} documents scored ({skipped} left out: cleaned text does not align)")
    print(f"  P {pr:.3f}  R {rc:.3f}  F1 {100 * f:.1f}  (tp {tp} fp {fp} fn {fn})")


if __name__ == "__main__":
    main()
