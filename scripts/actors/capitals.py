#!/usr/bin/env python3
"""Builds crates/lexicon/data/actors/capitals.txt: the capital of every country, in English, from
the npm registry package `countries-list` (MIT licence), so that a capital speaking or acting for
its state ("Moscou dénonce…", "Washington said…") is read as a metonym, and any other city is not.

Names are written as the actor base writes them (OVERRIDES), so that they compare with its
canonical names.

usage: scripts/actors/capitals.py [--package DIR]   # DIR: the unpacked package (its `package/`);
                                                    # without it, `npm pack` fetches it
"""
import argparse
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "crates/lexicon/data/actors/capitals.txt"
VERSION = "3.4.1"
# countries-list's English → the actor base's canonical name.
OVERRIDES = {
    "Washington D.C.": "Washington",
    "Ulan Bator": "Ulaanbaatar",
    "Sana'a": "Sanaa",
    "Tirana": "Tirane",
}
# Seats of government besides the constitutional capital.
EXTRA = ["La Paz"]


def unpacked(package: Path | None) -> Path:
    if package:
        return package
    tmp = Path(tempfile.mkdtemp())
    subprocess.run(["npm", "pack", f"countries-list@{VERSION}"], cwd=tmp, check=True,
                   capture_output=True)
    with tarfile.open(next(tmp.glob("countries-list-*.tgz"))) as t:
        t.extractall(tmp, filter="data")
    return tmp / "package"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", type=Path, help="the unpacked package directory")
    args = ap.parse_args()
    countries = json.loads((unpacked(args.package) / "countries.min.json").read_text())
    names = sorted({OVERRIDES.get(c["capital"], c["capital"])
                    for c in countries.values() if c.get("capital")} | set(EXTRA))
    OUT.write_text(
        "# Capitals of the world's countries (seats of government), from the npm package\n"
        f"# countries-list {VERSION} (MIT licence), written by scripts/actors/capitals.py: do not\n"
        "# edit by hand. One English name per line, as the actor base writes it.\n"
        + "".join(n + "\n" for n in names))
    print(f"{OUT}: {len(names)} capitals")


if __name__ == "__main__":
    main()
