#!/usr/bin/env bash
# The extraction benchmark, in one run: builds the corpus (once), then times chancery (one core)
# and trafilatura (one core) on the same HTML pages and prints both with the ratio.
# usage: scripts/bench/run.sh [MB] [TRAFILATURA_PAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-100}
traf_pages=${2:-0}
corpus=bench-data/corpus-${mb}mb
[ -d "$corpus" ] || python3 scripts/bench/make_corpus.py "$corpus" --mb "$mb"
python3 -c "import trafilatura" 2>/dev/null || pip install --quiet trafilatura lxml_html_clean
cargo build --release --quiet -p chancery
chancery=$(taskset -c 1 ./target/release/chancery bench extract "$corpus" --passes 2 --format json)
traf=$(taskset -c 1 python3 scripts/bench/trafilatura_bench.py "$corpus" --limit "$traf_pages")
echo "$chancery"
echo "$traf"
python3 - "$chancery" "$traf" <<'PY'
import json, sys
c, t = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"chancery    {c['mb_per_s']:8.1f} MB/s {c['docs_per_s']:9.1f} docs/s  ({c['documents']} pages, {c['bytes']/1e6:.1f} MB, one core)")
print(f"trafilatura {t['mb_per_s']:8.2f} MB/s {t['docs_per_s']:9.1f} docs/s  ({t['documents']} pages, {t['bytes']/1e6:.1f} MB, one core)")
print(f"ratio       {c['mb_per_s']/t['mb_per_s']:8.1f}x MB/s  {c['docs_per_s']/t['docs_per_s']:8.1f}x docs/s")
PY
