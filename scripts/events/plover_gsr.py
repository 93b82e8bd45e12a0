#!/usr/bin/env python3
"""Scores chancery's event coder on the PLOVER gold-standard records (322 English sentences of the
CAMEO manual, human-coded in PLOVER 0.5; ../shared/data/cameo/PLOVER_GSR_CAMEO.txt).

Each record's text goes through `chancery extract` as one JSON Lines record (the whole pipeline).
Figures, over all records:
- category accuracy: the record's category is the PLOVER category of its first event that is not
  a bare statement (none: wrong), compared with the gold event in the 2021 vocabulary
  (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT);
- (category, source country, target country) precision / recall / F1: a system triple per event
  (its actors' CAMEO codes cut to their first three letters), gold triples from the record's
  source × target codes (an absent target is "-"); CAMEO country codes that differ from ISO 3166
  alpha-3 are mapped.

Split: a record is in the **test** half when the 64-bit FNV-1a hash of its id (UTF-8, e.g.
"PLOVER-GSR01-AGREE-0001"; offset basis 0xcbf29ce484222325, prime 0x100000001b3) is odd, in the
**dev** half when it is even — the rule of tests/field/README.md. Tune on dev; measure on test.

Usage: python3 scripts/events/plover_gsr.py [--bin target/release/chancery] [--split dev|test|all]
       [--show N]
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from split import part  # noqa: E402  (scripts/split.py: the project's dev/test rule)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GSR = os.path.join(ROOT, "..", "shared", "data", "cameo", "PLOVER_GSR_CAMEO.txt")
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes that are not the ISO 3166 alpha-3 code of the same state.
CAMEO_TO_ISO = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SRB": "SRB", "KSV": "XKX"}




def country(code):
    if not code:
        return "-"
    c = code[:3].upper()
    return CAMEO_TO_ISO.get(c, c)


def actors(field):
    if not field or isinstance(field, str):
        return ["-"]
    return [country(a.get("code")) for a in field] or ["-"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "chancery"))
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--show", type=int, default=0, help="print N wrong records")
    args = ap.parse_args()
    records = [
        r
        for r in json.load(open(GSR, encoding="utf-8"))
        if r.get("event") != "DOCUMENT" and args.split in ("all", part(r["id"]))
    ]
    lines = "".join(
        json.dumps({"id": r["id"], "text": r["text"], "date": r.get("date"), "language": "en"}) + "\n"
        for r in records
    )
    out = subprocess.run(
        [args.bin, "extract", "--input-format", "jsonl", "-"],
        input=lines, capture_output=True, text=True, check=False,
    )
    docs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(docs) != len(records):
        sys.exit(f"{len(docs)} outputs for {len(records)} records: {out.stderr[:500]}")
    right = 0
    tp = fp = fn = 0
    confusion = Counter()
    shown = 0
    for rec, doc in zip(records, docs):
        gold_cat = RENAMED.get(rec["event"], rec["event"])
        events = [e for e in doc.get("events", []) if e.get("plover")]
        cat = events[0]["plover"] if events else None
        right += cat == gold_cat
        confusion[(gold_cat, cat or "none")] += 1
        gold = {(gold_cat, s, t) for s in actors(rec.get("source")) for t in actors(rec.get("target"))}
        system = {
            (e["plover"], country(e.get("source_actor")), country(e.get("target_actor")))
            for e in events
        }
        tp += len(gold & system)
        fp += len(system - gold)
        fn += len(gold - system)
        if cat != gold_cat and shown < args.show:
            shown += 1
            print(f"{rec['id']}: gold {gold_cat} {sorted(gold)} system {sorted(system)}\n  {rec['text']}")
    n = len(records)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"PLOVER GSR ({args.split}): {n} records")
    print(f"  category accuracy      {right / n:.3f}  ({right}/{n})")
    print(f"  triples P / R / F1     {p:.3f} / {r:.3f} / {f:.3f}  (tp {tp} fp {fp} fn {fn})")
    none = sum(v for (g, c), v in confusion.items() if c == "none")
    print(f"  records with no event  {none}")


if __name__ == "__main__":
    main()
