#!/usr/bin/env python3
"""Builds crates/lexicon/data/actors/territories.tsv and cities.tsv from the Unicode CLDR, as
published on the npm registry (cldr-localenames-modern, cldr-core, cldr-dates-modern,
cldr-bcp47): every country and territory with its name in English, French, Russian and German
(short and variant forms too) and its CAMEO country code (the ISO 3166 alpha-3 code, which CAMEO
uses for states); and the cities that name the world's time zones (capitals and large cities),
with their names in those languages (CLDR's exemplar cities) and their country's code.

Countries the curated base (actors.tsv) already has are left out: the curated line wins. The
English name is CLDR's, changed to the English Wikipedia title where they differ (OVERRIDES), as
the gold conventions ask. Continents come too (no code).

usage: scripts/cldr/territories.py [--cldr DIR]   # DIR holding the unpacked packages;
                                                  # without it, `npm pack` fetches them
"""
import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ACTORS = ROOT / "crates/lexicon/data/actors"
VERSION = "45.0.0"
LANGS = ["en", "fr", "ru", "de"]
# Continents and world regions worth naming (UN M.49 codes).
REGIONS = {"002": "Africa", "019": "Americas", "142": "Asia", "150": "Europe", "009": "Oceania",
           "010": "Antarctica"}
# CLDR English → English Wikipedia title.
OVERRIDES = {
    "Congo - Kinshasa": "Democratic Republic of the Congo",
    "Congo - Brazzaville": "Republic of the Congo",
    "Myanmar (Burma)": "Myanmar",
    "Hong Kong SAR China": "Hong Kong",
    "Macao SAR China": "Macau",
    "Côte d’Ivoire": "Ivory Coast",
    "Czechia": "Czech Republic",
    "Palestinian Territories": "State of Palestine",
    "St. Kitts & Nevis": "Saint Kitts and Nevis",
    "St. Lucia": "Saint Lucia",
    "St. Vincent & Grenadines": "Saint Vincent and the Grenadines",
    "Antigua & Barbuda": "Antigua and Barbuda",
    "Bosnia & Herzegovina": "Bosnia and Herzegovina",
    "Trinidad & Tobago": "Trinidad and Tobago",
    "São Tomé & Príncipe": "São Tomé and Príncipe",
    "Turks & Caicos Islands": "Turks and Caicos Islands",
    "Heard & McDonald Islands": "Heard Island and McDonald Islands",
    "St. Pierre & Miquelon": "Saint Pierre and Miquelon",
    "Wallis & Futuna": "Wallis and Futuna",
    "Svalbard & Jan Mayen": "Svalbard and Jan Mayen",
    "South Georgia & South Sandwich Islands": "South Georgia and the South Sandwich Islands",
    "St. Helena": "Saint Helena",
    "St. Barthélemy": "Saint Barthélemy",
    "St. Martin": "Collectivity of Saint Martin",
    "U.S. Outlying Islands": "United States Minor Outlying Islands",
    "U.S. Virgin Islands": "United States Virgin Islands",
    "Vatican City": "Vatican City",
}
# Not places a text names as actors (codes of CLDR that are not territories of the world).
SKIP = {"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB", "AA", "QM", "QN", "QP", "QQ", "QR", "QS",
        "QT", "QU", "QV", "QW", "QX", "QY", "QZ", "XC", "XD", "XE", "XF", "XG", "XH", "XI",
        "XJ", "XL", "XM", "XN", "XO", "XP", "XQ", "XR", "XS", "XT", "XU", "XV", "XW", "XY",
        "XZ", "ZA-alt"}


def fetch(dest: Path):
    for pkg in ("cldr-localenames-modern", "cldr-core", "cldr-dates-modern", "cldr-bcp47"):
        out = subprocess.run(["npm", "pack", f"{pkg}@{VERSION}", "--pack-destination", str(dest)],
                             capture_output=True, text=True, check=True).stdout.split()[-1]
        target = dest / pkg
        target.mkdir()
        with tarfile.open(dest / out) as t:
            t.extractall(target, filter="data")


def curated_names():
    names = set()
    for line in (ACTORS / "actors.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        names.add(f[0].strip().lower())
        names.update(a.strip().lower() for a in f[3].split("|") if a.strip())
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cldr", type=Path)
    args = ap.parse_args()
    tmp = None
    if args.cldr is None:
        tmp = tempfile.TemporaryDirectory()
        args.cldr = Path(tmp.name)
        fetch(args.cldr)
    names_dir = args.cldr / "cldr-localenames-modern/package/main"
    mappings = json.loads((args.cldr / "cldr-core/package/supplemental/codeMappings.json")
                          .read_text(encoding="utf-8"))["supplemental"]["codeMappings"]
    by_lang = {}
    for lang in LANGS:
        data = json.loads((names_dir / lang / "territories.json").read_text(encoding="utf-8"))
        by_lang[lang] = data["main"][lang]["localeDisplayNames"]["territories"]
    curated = curated_names()
    rows = []
    for code, english in sorted(by_lang["en"].items()):
        if "-alt-" in code or code in SKIP:
            continue
        is_region = code.isdigit()
        if is_region and code not in REGIONS:
            continue
        name = REGIONS.get(code) or OVERRIDES.get(english, english)
        aliases = []
        for lang in LANGS:
            t = by_lang[lang]
            for key in (code, f"{code}-alt-short", f"{code}-alt-variant"):
                v = t.get(key)
                if v and v not in aliases:
                    aliases.append(v)
        if name not in aliases:
            aliases.insert(0, name)
        if any(a.lower() in curated for a in [name, *aliases]):
            continue
        cameo = "" if is_region else mappings.get(code, {}).get("_alpha3", "")
        rows.append(f"{name}\tLOC\t{cameo}\t{'|'.join(aliases)}")
    write_cities(args.cldr, by_lang, mappings, curated | {r.split("\t")[0].lower() for r in rows})
    header = ("# Countries, territories and continents from the Unicode CLDR (npm cldr-localenames-modern and\n"
              f"# cldr-core {VERSION}), written by scripts/cldr/territories.py: do not edit by hand.\n"
              "# Columns as actors.tsv; those the curated base has are left out. Licence: Unicode\n"
              "# License v3 (https://www.unicode.org/license.txt).\n")
    (ACTORS / "territories.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} territories written to {ACTORS / 'territories.tsv'}", file=sys.stderr)


def write_cities(cldr, territories, mappings, taken):
    """Cities from the time zones: English name from the zone's description ("Brussels,
    Belgium"), the others from each language's exemplar city."""
    zones = json.loads((cldr / "cldr-bcp47/package/bcp47/timezone.json")
                       .read_text(encoding="utf-8"))["keyword"]["u"]["tz"]
    exemplar = {}
    for lang in LANGS:
        data = json.loads((cldr / f"cldr-dates-modern/package/main/{lang}/timeZoneNames.json")
                          .read_text(encoding="utf-8"))
        exemplar[lang] = data["main"][lang]["dates"]["timeZoneNames"]["zone"]
    country_code = {v: k for k, v in territories["en"].items() if "-alt-" not in k}
    rows, seen = [], set()
    for zone in zones.values():
        if not isinstance(zone, dict) or "_alias" not in zone or ", " not in zone.get("_description", ""):
            continue
        city, country = zone["_description"].rsplit(", ", 1)
        alpha2 = country_code.get(country)
        # Research stations (named after people) and sub-regional zones ("Knox, Indiana") are
        # not cities a text names.
        if (alpha2 is None or alpha2 == "AQ" or "," in city or "(" in city
                or city.lower() in taken or city in seen):
            continue
        path = zone["_alias"].split()[0].split("/")
        aliases = [city]
        for lang in LANGS:
            node = exemplar[lang]
            for part in path:
                node = node.get(part, {}) if isinstance(node, dict) else {}
            name = node.get("exemplarCity") if isinstance(node, dict) else None
            if name and name not in aliases:
                aliases.append(name)
        if any(a.lower() in taken for a in aliases):
            continue
        seen.add(city)
        cameo = mappings.get(alpha2, {}).get("_alpha3", "")
        rows.append(f"{city}\tLOC\t{cameo}\t{'|'.join(aliases)}")
    header = ("# Cities that name the world's time zones, from the Unicode CLDR (npm cldr-bcp47 and\n"
              f"# cldr-dates-modern {VERSION}), written by scripts/cldr/territories.py: do not edit by\n"
              "# hand. The code is the country's. Licence: Unicode License v3.\n")
    (ACTORS / "cities.tsv").write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities written to {ACTORS / 'cities.tsv'}", file=sys.stderr)


if __name__ == "__main__":
    main()
