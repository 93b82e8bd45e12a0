#!/usr/bin/env python3
"""Build a synthetic corpus for the search benchmark, deterministically, from the field corpus.

    python3 scripts/search/generate.py --docs 100000 --out /tmp/search100k [--chancery BIN]

Sentences come from the field corpus (../shared/data/field/{fr,en,ru}/), cleaned by
`chancery extract` (the binary given, else target/release/chancery, else target/debug/chancery)
and split at sentence ends; the field corpus itself is never copied. Each synthetic document takes
3–8 sentences of one language, a publication date (2015–2025), a publisher of that language, one
to three actors of the built-in actor base (crates/lexicon/data/actors/actors.tsv, a spelling in
the document's script put into the text), sometimes speakers, and zero to three events (a CAMEO
code, its PLOVER category from crates/lexicon/data/cameo/plover.tsv, a source and target among
the actors, one of the document's sentences as evidence).

Writes, in --out:
- corpus.jsonl: one chancery `Document` per line (the model's JSON; spans are byte offsets), read
  by `chancery bench search --corpus` (and by `scripts/search/bench.py` for the SQLite baseline);
- queries.jsonl: --queries (default 1000) queries: single words, pairs, quoted phrases, actor
  names in Latin and Cyrillic script, with and without filters (language, dates, event type,
  actor, speaker, events instead of documents).
The same --seed gives the same files.
"""

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIELD = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "field"))

PUBLISHERS = {
    "fr": ["Le Monde", "AFP", "France Diplomatie", "Élysée", "Le Figaro", "RFI"],
    "en": ["Reuters", "TASS", "The Guardian", "U.S. Department of State", "Xinhua", "AP"],
    "ru": ["ТАСС", "РИА Новости", "МИД России", "Коммерсантъ", "Интерфакс", "Kremlin"],
}
LANGS = [("fr", 0.4), ("en", 0.35), ("ru", 0.25)]
CODES = ["010", "012", "020", "030", "036", "040", "042", "043", "046", "051", "057", "061",
         "071", "080", "090", "100", "111", "112", "120", "130", "138", "140", "160", "172",
         "190"]
WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def chancery_bin(given):
    for b in [given, os.path.join(ROOT, "target/release/chancery"),
              os.path.join(ROOT, "target/debug/chancery"),
              os.path.join(os.environ.get("CARGO_TARGET_DIR", "/nonexistent"), "release/chancery"),
              os.path.join(os.environ.get("CARGO_TARGET_DIR", "/nonexistent"), "debug/chancery")]:
        if b and os.path.exists(b):
            return b
    sys.exit("generate.py: no chancery binary: build it (cargo build --release) or pass --chancery")


def sentences(binary):
    """Sentences of the field corpus by language, in a stable order."""
    out = {"fr": [], "en": [], "ru": []}
    for lang in out:
        run = subprocess.run([binary, "extract", os.path.join(FIELD, lang)],
                             capture_output=True, text=True)
        for line in run.stdout.splitlines():
            doc = json.loads(line)
            text = doc.get("text") or ""
            for para in text.split("\n"):
                for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ«\"“])", para.strip()):
                    s = s.strip()
                    if 40 <= len(s) <= 400 and len(s.split()) >= 6:
                        out[lang].append(s)
    for lang, ss in out.items():
        if not ss:
            sys.exit(f"generate.py: no {lang} sentences from {FIELD}/{lang}")
    return out


def actors():
    """(canonical name, CAMEO code or None, Latin aliases, Cyrillic aliases) of every person."""
    out = []
    path = os.path.join(ROOT, "crates/lexicon/data/actors/actors.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[1] != "PER":
            continue
        code = cols[2].split(";")[0].split(":")[0] or None
        aliases = [a for a in cols[3].split("|") if a and " " in a]
        latin = [a for a in aliases if not CYRILLIC.search(a)]
        cyr = [a for a in aliases if CYRILLIC.search(a)]
        if latin and cyr:
            out.append((cols[0], code, latin, cyr))
    return out


def plover_table():
    table = {}
    for line in open(os.path.join(ROOT, "crates/lexicon/data/cameo/plover.tsv"), encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        prefix, cat = line.rstrip("\n").split("\t")[:2]
        table[prefix] = cat
    return table


def plover(table, code):
    for n in range(len(code), 0, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def pick_lang(rng):
    r = rng.random()
    for lang, w in LANGS:
        if r < w:
            return lang
        r -= w
    return LANGS[-1][0]


def document(n, rng, pool, people, ptable):
    lang = pick_lang(rng)
    chosen = rng.sample(people, rng.randint(1, 3))
    sents = [rng.choice(pool[lang]) for _ in range(rng.randint(3, 8))]
    entities = []
    for i, (name, code, latin, cyr) in enumerate(chosen):
        alias = rng.choice(cyr if lang == "ru" else latin)
        # The actor's name opens one of the sentences.
        k = rng.randrange(len(sents))
        sents[k] = f"{alias} : {sents[k]}" if lang == "fr" else f"{alias}: {sents[k]}"
        entities.append({"name": name, "kind": "PER", "surface": [alias], "actor": code,
                         "mentions": [], "caption_mentions": []})
    title = " ".join(sents[0].split()[:8])
    text = "\n".join(sents)
    # Byte spans of the sentences (the model's spans are byte offsets).
    spans, at = [], 0
    for s in sents:
        b = len(s.encode("utf-8"))
        spans.append((at, at + b))
        at += b + 1
    speakers = []
    if rng.random() < 0.3:
        for name, code, latin, cyr in chosen[:rng.randint(1, 2)]:
            speakers.append({"name": name, "surface": [], "role": None, "affiliation": None,
                             "turns": 1, "quotes": 0, "actor": code})
    events = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        code = rng.choice(CODES)
        src = rng.choice(chosen)
        tgt = rng.choice(chosen)
        start, end = spans[rng.randrange(len(spans))]
        events.append({"id": hashlib.sha1(f"{n}{code}{start}".encode()).hexdigest()[:16],
                       "code": code, "plover": plover(ptable, code),
                       "source": src[0], "source_actor": src[1],
                       "target": tgt[0] if tgt is not src else None,
                       "target_actor": tgt[1] if tgt is not src else None,
                       "speaker": speakers[0]["name"] if speakers else None,
                       "span": {"start": start, "end": end},
                       "trigger": {"start": start, "end": start}})
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return {
        "id": hashlib.sha1(f"synthetic-{n}".encode()).hexdigest(),
        "path": f"synthetic/{n:07}.txt",
        "lang": lang,
        "title": title,
        "published": {"year": y, "month": m, "day": d},
        "publisher": rng.choice(PUBLISHERS[lang]),
        "text": text,
        "entities": entities,
        "speakers": speakers,
        "events": events,
    }


def queries(count, rng, pool, people):
    words = {lang: sorted({w for s in ss for w in WORD.findall(s)}) for lang, ss in pool.items()}
    out = []
    for _ in range(count):
        lang = pick_lang(rng)
        q = {}
        r = rng.random()
        if r < 0.35:
            q["query"] = rng.choice(words[lang])
        elif r < 0.5:
            q["query"] = f"{rng.choice(words[lang])} {rng.choice(words[lang])}"
        elif r < 0.65:
            s = rng.choice(pool[lang]).split()
            i = rng.randrange(max(1, len(s) - 3))
            phrase = " ".join(re.sub(r"[^\w'’-]", "", w) for w in s[i:i + rng.randint(2, 3)])
            q["query"] = f'"{phrase.strip()}"'
        elif r < 0.85:
            name, code, latin, cyr = rng.choice(people)
            alias = rng.choice(cyr if rng.random() < 0.5 else latin)
            q["query"] = alias.split()[-1]
        else:
            name, code, latin, cyr = rng.choice(people)
            q["query"] = rng.choice(["", rng.choice(words[lang])])
            q["actor"] = rng.choice(cyr if rng.random() < 0.5 else latin).split()[-1]
        if rng.random() < 0.4:
            q["lang"] = lang
        if rng.random() < 0.25:
            y = rng.randint(2015, 2024)
            q["from"] = f"{y}-{rng.randint(1, 12):02}"
            q["to"] = str(rng.randint(y, 2025))
        if rng.random() < 0.15:
            q["type"] = rng.choice(["meet", "consult", "04", "112", "accuse", "057"])
        if rng.random() < 0.05:
            q["speaker"] = rng.choice(people)[0].split()[-1]
        if rng.random() < 0.1:
            q["events"] = True
        out.append(q)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--chancery")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    pool = sentences(chancery_bin(args.chancery))
    people = actors()
    ptable = plover_table()
    rng = random.Random(args.seed)
    with open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for n in range(args.docs):
            f.write(json.dumps(document(n, rng, pool, people, ptable), ensure_ascii=False))
            f.write("\n")
    qrng = random.Random(args.seed + 1)
    with open(os.path.join(args.out, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in queries(args.queries, qrng, pool, people):
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"generate.py: {args.docs} documents from {sum(map(len, pool.values()))} sentences "
          f"({', '.join(f'{k} {len(v)}' for k, v in pool.items())}), {len(people)} actors, "
          f"{args.queries} queries in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
