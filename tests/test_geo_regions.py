"""Regions on the map, and one point per ambiguous place name across a corpus."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from dashboard.events.geo import place_for, resolve_places, unambiguous
from dashboard.events.geo_regions import TABLE, derive
from dashboard.model import Event, Source
from dashboard.pipeline import places_of


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    # French régions and départements, by their French names (the alias tables give
    # "Bretagne" its canonical "Brittany").
    ("Occitanie", "FR", (42.5, 45.0), (0.0, 4.5)),
    ("Brittany", "FR", (47.3, 48.9), (-5.0, -1.0)),
    ("Finistère", "FR", (47.7, 48.8), (-4.8, -3.4)),
    ("Haute-Garonne", "FR", (42.7, 44.0), (0.5, 2.1)),
    ("Seine-Saint-Denis", "FR", (48.8, 49.1), (2.3, 2.7)),
    # Provinces and states of other countries.
    ("Ontario", "CA", (42.0, 47.0), (-83.0, -75.0)),
    ("Bavaria", "DE", (47.3, 50.6), (9.0, 13.9)),
    ("Andalusia", "ES", (36.0, 38.8), (-7.5, -1.6)),
])
def test_a_region_gets_a_point_inside_it(name, country, lat, lon):
    place = place_for(name)
    assert place is not None and place.country == country
    assert lat[0] <= place.lat <= lat[1] and lon[0] <= place.lon <= lon[1]


def test_a_french_region_named_in_french_reaches_the_map_through_its_alias():
    from dashboard.events.entities import entities_in

    found = entities_in("La tempête a frappé la Bretagne et le Finistère jeudi.", "fr",
                        ner=[("Bretagne", "LOC"), ("Finistère", "LOC")])
    assert found.places == ("Brittany", "Finistère")
    assert all(place_for(name) is not None for name in found.places)


def test_a_homonym_region_prefers_the_country_the_article_is_about():
    # Nord is a French département, and a region of Haiti and of Burkina Faso.
    assert place_for("Nord", ("FR",)).country == "FR"
    assert place_for("Nord", ("HT",)).country == "HT"


def test_a_province_far_more_populous_than_a_homonym_city_wins():
    assert place_for("Ontario").country == "CA"


def test_a_region_point_is_the_population_weighted_mean_of_its_towns():
    towns = [{"country_code": "XX", "state": "Nordland", "county": "Département du Sud",
              "latitude": 10.0, "longitude": 20.0, "population": 30_000},
             {"country_code": "XX", "state": "Nordland", "county": "Département du Sud",
              "latitude": 20.0, "longitude": 40.0, "population": 10_000},
             {"country_code": "XX", "state": "Tinyland", "latitude": 1.0, "longitude": 1.0, "population": 500}]
    rows = {name: (lat, lon, country, people) for name, lat, lon, country, people in derive(towns)}
    assert rows["Nordland"] == (12.5, 25.0, "XX", 40_000)
    # "Département du" is GeoNames' wording, not the name; a region below the minimum is left out.
    assert rows["Sud"] == rows["Nordland"] and "Tinyland" not in rows


def test_the_shipped_region_table_is_small_and_readable():
    assert TABLE.stat().st_size < 500_000
    lines = gzip.decompress(TABLE.read_bytes()).decode("utf-8").splitlines()
    assert len(lines) > 5_000 and all(len(line.split("\t")) == 5 for line in lines[:100])


def test_a_name_is_unambiguous_when_its_homonyms_are_in_one_country_or_far_smaller():
    assert unambiguous("Lyon") and unambiguous("Auckland") and unambiguous("France")
    assert not unambiguous("Saint-Denis") and not unambiguous("Hamilton")


@pytest.mark.parametrize(("ambiguous", "clue_article", "country"), [
    ("Saint-Denis", ["Lyon", "Marseille"], "FR"),
    ("Saint-Denis", ["Saint-Pierre", "Le Port"], "RE"),
    ("Hamilton", ["Auckland", "Christchurch"], "NZ"),
    ("Hamilton", ["Toronto", "Ottawa"], "CA"),
    ("Córdoba", ["Seville", "Madrid"], "ES"),
    ("Córdoba", ["Buenos Aires", "Rosario"], "AR"),
])
def test_an_article_without_a_clue_takes_the_country_the_corpus_is_about(ambiguous, clue_article, country):
    places = {p.name: p for p in resolve_places([[ambiguous], clue_article])}
    assert places[ambiguous].country == country


def test_an_article_s_own_clue_wins_over_the_corpus():
    # The corpus is mostly about France, but the article naming Saint-Denis is about La Réunion.
    places = {p.name: p for p in resolve_places([["Saint-Denis", "Saint-Pierre", "Le Port"],
                                                 ["Lyon", "Marseille"], ["Bordeaux", "Toulouse"]])}
    assert places["Saint-Denis"].country == "RE"


def event(event_id: str, doc_id: str, places: tuple[str, ...]) -> Event:
    day = date(2025, 3, 1)
    return Event(event_id, "titre", day, day, "day", None, "explicit", "other", places=places,
                 sources=(Source(doc_id, "texte", 0, 5),))


def test_the_corpus_places_resolve_each_ambiguous_name_by_its_articles():
    events = [event("a", "doc-1", ("Saint-Denis",)), event("b", "doc-2", ("Lyon",)),
              event("c", "doc-2", ("Marseille", "France"))]
    places = {p.name: p for p in places_of(events)}
    assert places["Saint-Denis"].country == "FR" and set(places) == {"Saint-Denis", "Lyon", "Marseille", "France"}
