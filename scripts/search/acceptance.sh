#!/usr/bin/env bash
# Issue 12's acceptance measures on one build, every figure printed with the load averages
# around it:
#
#   scripts/search/acceptance.sh BIN WORK PG_URL engines [SIZES]     # chancery against SQLite FTS5
#   scripts/search/acceptance.sh BIN WORK PG_URL store STORE SIZE [CORE]  # build a store
#   scripts/search/acceptance.sh BIN WORK PG_URL search STORE SIZE        # search through it, 3 runs
#   scripts/search/acceptance.sh BIN WORK PG_URL ingest              # ingest throughput, both stores
#
# BIN: a release build of chancery. WORK: a folder with room (the corpus of the largest size is
# generated there once, smaller ones are its first lines; the 1,000,000-document stores take
# ~6 GB for SQLite, ~5 GB for PostgreSQL, their indexes ~1.5 GB each). PG_URL: a PostgreSQL server
# to create throwaway databases on ('postgresql:///postgres?user=postgres&host=/tmp/pg&port=5499').
# SIZES: default "100000 1000000". STORE: sqlite or postgres. CORE: the core the store build is
# pinned to (default 1; two builds may run side by side on two cores).
set -euo pipefail
BIN=$(realpath "$1"); WORK=$2; PG=$3; MODE=$4; shift 4
HERE=$(cd "$(dirname "$0")" && pwd)
MAX=1000000
mkdir -p "$WORK"
load() { cut -d' ' -f1-3 /proc/loadavg; }
db_url() { python3 -c "
import sys; u, db = sys.argv[1], sys.argv[2]
s, _, r = u.partition('://'); a, _, t = r.partition('/'); q = t.partition('?')[2]
print(f'{s}://{a}/{db}' + (f'?{q}' if q else ''))" "$PG" "$1"; }
corpus() {  # corpus N: the folder of the first N generated documents
  if [ ! -s "$WORK/s$MAX/corpus.jsonl" ]; then
    python3 "$HERE/generate.py" --docs "$MAX" --out "$WORK/s$MAX" --chancery "$BIN" >&2
  fi
  local d="$WORK/s$1"
  if [ ! -s "$d/corpus.jsonl" ]; then
    mkdir -p "$d"; head -n "$1" "$WORK/s$MAX/corpus.jsonl" > "$d/corpus.jsonl"
    cp "$WORK/s$MAX/queries.jsonl" "$d/queries.jsonl"
  fi
  echo "$d"
}
echo "# $("$BIN" --version), $MODE $*"
case $MODE in
engines)
  for n in ${1:-100000 1000000}; do
    d=$(corpus "$n")
    echo "## engines, $n documents (load $(load))"
    python3 "$HERE/bench.py" --corpus "$d" --chancery "$BIN"
    echo "(load after: $(load))"
  done ;;
store)
  store=$1; n=$2; core=${3:-1}
  d=$(corpus "$n")
  data="$WORK/$store-$n"; rm -rf "$data"; mkdir -p "$data"
  args=(--data "$data")
  if [ "$store" = postgres ]; then
    db="chancery_acc_$n"
    psql -q "$PG" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    args+=(--store "$(db_url $db)")
  fi
  echo "## $store store, $n documents: build on core $core (load $(load))"
  start=$(date +%s.%N)
  taskset -c "$core" "$BIN" bench store --corpus "$d/corpus.jsonl" "${args[@]}" 2>&1 | tail -n 3
  echo "wall $(python3 -c "import time,sys; print(round(time.time()-float(sys.argv[1]),1))" "$start") s (load $(load))"
  du -sh "$data/index" | cut -f1 | sed 's/^/index: /'
  if [ "$store" = postgres ]; then
    psql -qtA "$PG" -c "SELECT pg_size_pretty(pg_database_size('$db'))" | sed 's/^/database: /'
  else
    du -sh --exclude=index "$data" | cut -f1 | sed 's/^/store: /'
  fi ;;
search)
  store=$1; n=$2
  d=$(corpus "$n")
  args=(--data "$WORK/$store-$n")
  [ "$store" = postgres ] && args+=(--store "$(db_url "chancery_acc_$n")")
  for run in 1 2 3; do
    echo "## search through the $store store of $n documents, run $run (load $(load))"
    "$BIN" bench search --from-store "${args[@]}" --queries "$d/queries.jsonl" | tail -n 1
  done ;;
ingest)
  d=$(corpus 100000)
  echo "## ingest throughput, one core (load $(load))"
  python3 "$(dirname "$HERE")/store/ingest_bench.py" --chancery "$BIN" --pg "$PG" \
    --corpus "$d/corpus.jsonl" --docs 5000 --work "$WORK/ingest" ;;
*) echo "unknown mode $MODE" >&2; exit 2 ;;
esac
echo "# done (load $(load))"
