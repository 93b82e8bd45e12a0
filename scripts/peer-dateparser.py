#!/usr/bin/env python3
"""Peer comparison of chancery's time stage with dateparser, in one run (issue 5).

    pip install dateparser
    python3 scripts/peer-dateparser.py [--gold tests/times/gold.tsv] [--reps-chancery 2000] [--reps-dateparser 3]

1. runs chancery (`crates/extract/examples/times_tsv.rs`, built in release) on every sentence of the
   gold TSV: what `find_times` finds, plus its own timing loop;
2. runs `dateparser.search.search_dates(sentence, languages=[lang],
   settings={'RELATIVE_BASE': anchor, 'PREFER_DATES_FROM': 'current_period'})` on the same sentences;
3. prints the rows where the two differ, the correct count of each, and the throughput of each.

Scoring, per gold row (sentence, lang, anchor, expression, expected):
- expected `!` (not a time): correct when nothing found overlaps the expression;
- otherwise a result overlapping the expression must carry the expected value. chancery must match
  exactly (ISO 8601 string, ranges included). dateparser returns one datetime, so it is scored
  leniently: it is compared at the precision of the expected value (a year, a month, a day, a
  time; `--09-14` compares month and day), and for a range it is correct when it falls inside it.
"""

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 5:
                rows.append(dict(sentence=cols[0], lang=cols[1], anchor=cols[2], expr=cols[3], expected=cols[4]))
    return rows


def run_chancery(gold, reps):
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", os.path.join(ROOT, "target-times"))
    cmd = ["cargo", "run", "-q", "--release", "-p", "chancery-extract", "--example", "times_tsv", "--", gold, str(reps)]
    out = subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    found = {(r["sentence"], r["lang"], r["anchor"]): r["times"] for r in data["results"]}
    return found, data["timing"]


def parse_anchor(s):
    if not s:
        return None
    if "T" in s:
        return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M")
    return dt.datetime.strptime(s, "%Y-%m-%d")


def dateparser_search(search_dates, sentence, lang, anchor):
    settings = {"PREFER_DATES_FROM": "current_period"}
    base = parse_anchor(anchor)
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        res = search_dates(sentence, languages=[lang], settings=settings) or []
    except Exception as e:  # dateparser raises on some inputs; count as nothing found
        print(f"dateparser error on {sentence[:40]!r}: {e}", file=sys.stderr)
        res = []
    out, pos = [], 0
    for text, value in res:
        k = sentence.find(text, pos)
        if k < 0:
            k = sentence.find(text)
        if k >= 0:
            pos = k + len(text)
        out.append(dict(text=text, start=k, end=k + len(text) if k >= 0 else -1, value=value))
    return out


def span_of(row):
    k = row["sentence"].find(row["expr"])
    return k, k + len(row["expr"])


def overlapping(found, s, e):
    return [f for f in found if f["start"] < e and s < f["end"]]


def parse_iso(s):
    """(year, month, day, hour, minute) with None for absent parts, from chancery's ISO forms."""
    y = m = d = h = mi = None
    if "T" in s:
        s, t = s.split("T", 1)
        h, mi = (int(x) for x in t.split(":")[:2])
    if s.startswith("--"):
        parts = s[2:].split("-")
        m = int(parts[0])
        d = int(parts[1]) if len(parts) > 1 else None
    elif s:
        parts = s.split("-")
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else None
        d = int(parts[2]) if len(parts) > 2 else None
    return y, m, d, h, mi


def bounds(p, end):
    """The first or last day a partial ISO date covers, as a date."""
    y, m, d, _, _ = p
    if y is None:
        return None
    if m is None:
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    if d is None:
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(y, m, d)


def dateparser_correct(expected, value):
    if "/" in expected:
        a, b = (parse_iso(x) for x in expected.split("/"))
        lo, hi = bounds(a, False), bounds(b, True)
        return lo is not None and hi is not None and lo <= value.date() <= hi
    y, m, d, h, mi = parse_iso(expected)
    checks = [(y, value.year), (m, value.month), (d, value.day), (h, value.hour), (mi, value.minute)]
    return all(want is None or want == got for want, got in checks)


def score(rows, results, exact):
    marks = []
    for row in rows:
        s, e = span_of(row)
        hits = overlapping(results[(row["sentence"], row["lang"], row["anchor"])], s, e)
        if row["expected"] == "!":
            ok = not hits
        elif exact:
            ok = any(h["value"] == row["expected"] for h in hits)
        else:
            ok = any(dateparser_correct(row["expected"], h["value"]) for h in hits)
        marks.append((ok, hits))
    return marks


def show(hits, exact):
    if not hits:
        return "—"
    if exact:
        return "; ".join(f"{h['text']}={h['value']}" for h in hits)
    return "; ".join(f"{h['text']}={h['value'].strftime('%Y-%m-%dT%H:%M')}" for h in hits)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "times", "gold.tsv"))
    ap.add_argument("--reps-chancery", type=int, default=2000)
    ap.add_argument("--reps-dateparser", type=int, default=3)
    args = ap.parse_args()

    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    rows = load_gold(args.gold)
    sentences = list(dict.fromkeys((r["sentence"], r["lang"], r["anchor"]) for r in rows))
    nbytes = sum(len(s.encode("utf-8")) for s, _, _ in sentences)

    ch_results, ch_timing = run_chancery(args.gold, args.reps_chancery)

    dp_results = {k: dateparser_search(search_dates, *k) for k in sentences}  # also warms dateparser up
    t0 = time.perf_counter()
    for _ in range(args.reps_dateparser):
        for k in sentences:
            dateparser_search(search_dates, *k)
    dp_secs = time.perf_counter() - t0

    ch_marks = score(rows, ch_results, exact=True)
    dp_marks = score(rows, dp_results, exact=False)

    print(f"gold: {len(rows)} expressions in {len(sentences)} sentences ({nbytes} bytes)\n")
    print("Rows where chancery and dateparser differ (✓ correct, ✗ wrong):\n")
    print("| lang | expression | expected | chancery | dateparser |")
    print("|---|---|---|---|---|")
    for row, (cok, chits), (dok, dhits) in zip(rows, ch_marks, dp_marks):
        if cok and dok:
            continue
        print(f"| {row['lang']} | {row['expr']} | {row['expected']} | {'✓' if cok else '✗'} {show(chits, True)} "
              f"| {'✓' if dok else '✗'} {show(dhits, False)} |")
    c_ok = sum(ok for ok, _ in ch_marks)
    d_ok = sum(ok for ok, _ in dp_marks)
    print(f"\ncorrect: chancery {c_ok}/{len(rows)}, dateparser {d_ok}/{len(rows)}")
    by_lang = {}
    for row, (cok, _), (dok, _) in zip(rows, ch_marks, dp_marks):
        c = by_lang.setdefault(row["lang"], [0, 0, 0])
        c[0] += cok
        c[1] += dok
        c[2] += 1
    for lang, (c, d, n) in by_lang.items():
        print(f"  {lang}: chancery {c}/{n}, dateparser {d}/{n}")

    dp_n = len(sentences) * args.reps_dateparser
    ch_sps, ch_mbs = ch_timing["sentences_per_s"], ch_timing["mb_per_s"]
    dp_sps, dp_mbs = dp_n / dp_secs, nbytes * args.reps_dateparser / dp_secs / 1e6
    print("\nthroughput (same sentences, repeated):")
    print(f"  chancery   {ch_sps:12.0f} sentences/s  {ch_mbs:8.2f} MB/s  ({ch_timing['reps']} reps, {ch_timing['seconds']:.2f} s)")
    print(f"  dateparser {dp_sps:12.1f} sentences/s  {dp_mbs:8.4f} MB/s  ({args.reps_dateparser} reps, {dp_secs:.2f} s)")
    print(f"  speed-up   {ch_sps / dp_sps:12.0f}×")


if __name__ == "__main__":
    main()
