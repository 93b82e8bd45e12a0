#!/usr/bin/env python3
"""Scores chancery's event coder on the PETRARCH-2 validation records
(../shared/data/cameo/PETR2_GSR_validation.xml: 78 English news sentences with their codings), as
UniversalPetrarch's validation reports them: per coding, correct (a system event with the same
CAMEO code, source and target, actor codes compared on their first three letters), uncoded (a
gold coding no system event gives) and extra (a system event that matches no gold coding). A
sentence with `noevents` expects none. Each sentence goes through the whole pipeline
(`chancery extract`, one JSON Lines record per sentence, dated by its record).

Usage: python3 scripts/events/petrarch_validation.py [--bin target/release/chancery] [FILE]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "cameo", "PETR2_GSR_validation.xml")


def records(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for m in re.finditer(r"<Sentence ([^>]*?)/?>(.*?)(?=<Sentence |</Sentences>|</Validation>)", text, re.S):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        body = m.group(2)
        if attrs.get("evaluate", "true").lower() != "true":
            continue
        codings = [dict(re.findall(r'(\w+)="([^"]*)"', c)) for c in re.findall(r"<EventCoding ([^>]*)/>", body)]
        t = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not t:
            continue
        sentence = " ".join(t.group(1).split())
        date = attrs.get("date", "")
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        gold = {
            (c.get("eventcode", ""), c.get("sourcecode", "")[:3], c.get("targetcode", "")[:3])
            for c in codings
            if "eventcode" in c
        }
        out.append((attrs.get("id", ""), iso, sentence, gold))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=DEFAULT)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "chancery"))
    args = ap.parse_args()
    recs = records(args.file)
    lines = "".join(json.dumps({"id": i, "text": s, "date": d}) + "\n" for i, d, s, _ in recs)
    out = subprocess.run([args.bin, "extract", "--input-format", "jsonl", "-"],
                         input=lines, capture_output=True, text=True, check=False)
    docs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(docs) != len(recs):
        sys.exit(f"{len(docs)} outputs for {len(recs)} records: {out.stderr[:500]}")
    correct = uncoded = extra = root = 0
    for (_, _, _, gold), doc in zip(recs, docs):
        system = {
            (e["code"], (e.get("source_actor") or "")[:3], (e.get("target_actor") or "")[:3])
            for e in doc.get("events", [])
            if not e["code"].startswith("01")
        }
        correct += len(gold & system)
        # Also counted: the same sides and the same CAMEO root (first two digits).
        roots = {(c[:2], s, t) for c, s, t in system}
        root += sum(1 for c, s, t in gold if (c[:2], s, t) in roots)
        uncoded += len(gold - system)
        extra += len(system - gold)
    n = correct + uncoded
    print(f"PETRARCH-2 validation: {len(recs)} sentences, {n} gold codings")
    print(f"  correct {correct}  uncoded {uncoded}  extra {extra}")
    p = correct / (correct + extra) if correct + extra else 0.0
    r = correct / n if n else 0.0
    print(f"  precision {p:.3f}  recall {r:.3f}")
    print(f"  gold codings found with the same sides and CAMEO root: {root}")


if __name__ == "__main__":
    main()
