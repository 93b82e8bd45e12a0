#!/usr/bin/env python3
"""The article-extraction benchmark (../shared/data/aeb/), chancery against trafilatura, in one run.

Accuracy: both systems extract the article body of the same 181 pages; the benchmark's own
evaluate.py scores them on the dev half, the test half and all pages. chancery's body is the
`text` field of `chancery extract` (what users get). Speed, one core (taskset -c 1): the clean
stage in-process (`chancery bench clean`) against `trafilatura.extract` in-process (a warm-up
pass, then the median pass), then whole processes over the same pages (median of --runs runs);
the systems alternate for --rounds rounds and each figure is the median over rounds.

Split: page id (file name without .html.gz) → FNV-1a 64 of its ASCII bytes; even is dev, odd
is test. Study and tune on dev only.

usage: scripts/aeb/run.py [--no-speed] [--passes 5] [--runs 3] [--rounds 3] [--worst N] [--keep DIR]
"""
import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from split import part as split_of  # noqa: E402  (scripts/split.py: the project's dev/test rule)

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
VENV = Path(tempfile.gettempdir()) / "chancery-aeb-venv"
TRAFILATURA = "trafilatura==2.3.1"




def venv_python():
    """A Python with trafilatura: the venv under /tmp, made on first use."""
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = subprocess.run([str(py), "-c", "import trafilatura"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run(
            [str(py), "-m", "pip", "install", "--quiet", TRAFILATURA, "lxml_html_clean"], check=True
        )
    return str(py)


def chancery_binary(given):
    if given:
        return given
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "chancery"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "release" / "chancery")


def pinned(cmd):
    return ["taskset", "-c", "1", *cmd] if shutil.which("taskset") else cmd


def prepare(data, work):
    """Pages gunzipped into work/pages, evaluate.py and ground-truth.json beside them."""
    pages = work / "pages"
    pages.mkdir(parents=True)
    for gz in sorted((data / "html").glob("*.html.gz")):
        (pages / gz.name[: -len(".gz")]).write_bytes(gzip.decompress(gz.read_bytes()))
    truth = json.loads(gzip.decompress((data / "ground-truth.json.gz").read_bytes()))
    return pages, truth


def run_chancery(binary, pages, work):
    empty = work / "data"
    empty.mkdir(exist_ok=True)
    out = subprocess.run(
        [binary, "extract", "--data", str(empty), str(pages)],
        capture_output=True, text=True, check=False,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"chancery extract failed: {out.stderr}")
    bodies = {}
    for line in out.stdout.splitlines():
        doc = json.loads(line)
        bodies[Path(doc["path"]).stem] = doc.get("text") or ""
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split()
    return bodies, version[-1] if version else ""


def run_trafilatura(py, pages, work):
    path = work / "trafilatura-all.json"
    subprocess.run([py, str(HERE / "trafilatura_run.py"), "extract", str(pages), str(path)], check=True)
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v["articleBody"] for k, v in data["output"].items()}, data["version"]


def evaluate(data, work, truth, systems, part):
    """Runs the benchmark's evaluate.py on the pages of `part` (dev, test or all)."""
    folder = work / part
    (folder / "output").mkdir(parents=True)
    shutil.copy(data / "evaluate.py", folder / "evaluate.py")
    ids = [k for k in truth if part == "all" or split_of(k) == part]
    (folder / "ground-truth.json").write_text(json.dumps({k: truth[k] for k in ids}), encoding="utf-8")
    for name, (bodies, version) in systems.items():
        out = {k: {"articleBody": bodies.get(k, "")} for k in ids}
        (folder / "output" / f"{name}.json").write_text(
            json.dumps({"version": version, "output": out}), encoding="utf-8"
        )
    res = subprocess.run(
        [sys.executable, "evaluate.py", "--output", "metrics.json"],
        cwd=folder, capture_output=True, text=True, check=True,
    )
    print(f"== {part}: {len(ids)} pages")
    print(res.stdout.rstrip())
    return json.loads((folder / "metrics.json").read_text())


def worst(data, work, truth, bodies, n):
    """The n dev pages where chancery scores lowest (per-page F1 of evaluate.py's shingles)."""
    sys.path.insert(0, str(work / "dev"))
    import evaluate as ev  # the benchmark's own scorer, copied into the dev folder

    rows = []
    for k in truth:
        if split_of(k) != "dev":
            continue
        tp, fp, fn = ev.string_shingle_matching(truth[k].get("articleBody", ""), bodies.get(k, ""))
        p = ev.precision_score(tp, fp, fn)
        r = ev.recall_score(tp, fp, fn)
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((f, p, r, k))
    rows.sort()
    print(f"== worst {n} dev pages (chancery)")
    for f, p, r, k in rows[:n]:
        print(f"{f:.3f}  P {p:.3f}  R {r:.3f}  {k}  {truth[k].get('url', '')}")


def median_wall(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def speed(binary, py, pages, work, passes, runs, rounds):
    """Both systems timed the same way, one core each: in-process (a warm-up pass, then the
    median of timed passes over all pages), then whole processes (median wall time). The two
    systems alternate, `rounds` times, and each figure is the median over rounds, so that load
    from other processes on the machine falls on both."""
    n = len(list(pages.glob("*.html")))
    size = sum(p.stat().st_size for p in pages.glob("*.html"))
    # A chancery pass is about a hundred times shorter: more of them, so that both medians are
    # taken over seconds, not milliseconds.
    c_passes = passes * 20
    c_runs, t_runs = [], []
    for _ in range(rounds):
        c_runs.append(json.loads(subprocess.run(
            pinned([binary, "bench", "clean", str(pages), "--passes", str(c_passes), "--format", "json"]),
            capture_output=True, text=True, check=True,
        ).stdout))
        t_runs.append(json.loads(subprocess.run(
            pinned([py, str(HERE / "trafilatura_run.py"), "bench", str(pages), "--passes", str(passes)]),
            capture_output=True, text=True, check=True,
        ).stdout))
    c_secs = statistics.median(r["seconds"] for r in c_runs)
    t_secs = statistics.median(r["seconds"] for r in t_runs)
    print(f"== speed, in-process, one core ({n} pages, {size / 1e6:.1f} MB; warm-up pass, median "
          f"pass of {c_passes} (chancery) and {passes} (trafilatura), median of {rounds} rounds)")
    print(f"chancery clean         {n / c_secs:9.1f} pages/s {size / 1e6 / c_secs:8.1f} MB/s")
    print(f"trafilatura.extract    {n / t_secs:9.1f} pages/s {size / 1e6 / t_secs:8.2f} MB/s")
    print(f"ratio                  {t_secs / c_secs:9.1f}x")

    empty = work / "data"
    c_wall, t_wall = [], []
    for _ in range(rounds):
        c_wall.append(median_wall(pinned([binary, "extract", "--data", str(empty), str(pages)]), runs)[0])
        t_wall.append(median_wall(pinned([py, str(HERE / "trafilatura_run.py"), "process", str(pages)]), runs)[0])
    ct, tt = statistics.median(c_wall), statistics.median(t_wall)
    print(f"== speed, whole process, one core (median of {runs} runs, median of {rounds} rounds)")
    print(f"chancery extract       {ct:7.3f} s {n / ct:9.1f} pages/s {size / 1e6 / ct:8.1f} MB/s")
    print(f"trafilatura process    {tt:7.3f} s {n / tt:9.1f} pages/s {size / 1e6 / tt:8.2f} MB/s")
    print(f"ratio                  {tt / ct:9.1f}x")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "aeb")
    ap.add_argument("--chancery", help="chancery binary (default: cargo build --release)")
    ap.add_argument("--no-speed", action="store_true", help="accuracy only")
    ap.add_argument("--no-trafilatura", action="store_true", help="score chancery alone (faster)")
    ap.add_argument("--passes", type=int, default=5, help="timed in-process passes (median)")
    ap.add_argument("--runs", type=int, default=3, help="whole-process runs (median)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds alternating the two systems")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst dev pages")
    ap.add_argument("--keep", type=Path, help="work folder to keep instead of a temporary one")
    args = ap.parse_args()

    binary = chancery_binary(args.chancery)
    py = None if args.no_trafilatura and args.no_speed else venv_python()
    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        work = args.keep
        work.mkdir(parents=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="chancery-aeb-"))
    try:
        pages, truth = prepare(args.data, work)
        systems = {"chancery": run_chancery(binary, pages, work)}
        if not args.no_trafilatura:
            systems["trafilatura"] = run_trafilatura(py, pages, work)
        for part in ("dev", "test", "all"):
            evaluate(args.data, work, truth, systems, part)
        if args.worst:
            worst(args.data, work, truth, systems["chancery"][0], args.worst)
        if not args.no_speed:
            speed(binary, py, pages, work, args.passes, args.runs, args.rounds)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
