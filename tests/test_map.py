"""The offline map: places of the shown events, sized by count, the chosen event highlighted."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import pytest

from dashboard.events.geo import place_for
from dashboard.model import Event, Place, Source
from dashboard.views.map import OUTLINES, map_figure

# Seed sentences naming places, with the canonical names the entity step gives them.
SENTENCES = [
    ("ev-riazan", "004_95e4f02cd0da1f73", "l’Ukraine a lancé une attaque contre deux bases",
     ("Ryazan", "Saratov", "Kyiv"), date(2022, 12, 5)),
    ("ev-oreshnik", "000_c57e13933b655b23", "Poutine a déclaré que la guerre",
     ("Dnipro",), date(2024, 11, 21)),
    ("ev-kursk", "002_c51898415781cb4d", "Cette décision intervient alors que la Russie",
     ("Kursk", "Kyiv"), date(2024, 8, 6)),
    ("ev-rome", "000_c57e13933b655b23", "Le débat entre Trump et Zelensky a conduit",
     ("Rome", "Kyiv"), date(2025, 7, 10)),
    ("ev-moscow", "000_c57e13933b655b23", "demandant même à Voldimi Zelensky",
     ("Moscow",), date(2025, 7, 4)),
]


def sentence_around(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    ends = [i + 1 for i in (text.find(". ", at), text.find(".\n", at)) if i >= 0]
    return start, min(ends, default=len(text))


@pytest.fixture(scope="module")
def seed_events(articles_dir) -> list[Event]:
    events = []
    for event_id, doc_id, needle, places, day in SENTENCES:
        text = (articles_dir / f"{doc_id}.txt").read_text(encoding="utf-8")
        start, end = sentence_around(text, needle)
        source = Source(doc_id, text[start:end], start, end)
        events.append(Event(event_id, text[start:end][:90], day, day, "day", None, "publication",
                            "strike", places=places, sources=(source,)))
    return events


@pytest.fixture(scope="module")
def places() -> dict[str, Place]:
    """Real coordinates from the project's offline gazetteer."""
    names = ("Kursk", "Moscow", "Dnipro", "Ryazan", "Saratov", "Rome", "Kyiv")
    return {name: place_for(name) for name in names}


def markers(figure) -> dict[str, tuple[float, float]]:
    trace = next(t for t in figure.data if t.name in ("lieux", "places"))
    return {name: (x, y) for name, x, y in zip(trace.customdata, trace.x, trace.y)}


def test_map_has_no_trace_that_needs_a_topojson_download(seed_events, places):
    figure = map_figure(seed_events, places)
    assert {trace.type for trace in figure.data} <= {"scatter", "scattergl"}
    assert "geo" not in figure.layout.to_plotly_json()
    assert [t.fill for t in figure.data if t.name in ("land", "lakes")] == ["toself", "toself"]


def test_every_named_place_gets_a_marker_at_its_coordinates(seed_events, places):
    shown = markers(map_figure(seed_events, places))
    assert set(shown) == {"Kursk", "Moscow", "Dnipro", "Ryazan", "Saratov", "Rome", "Kyiv"}
    assert shown["Kursk"] == pytest.approx((36.19, 51.73), abs=0.05)
    assert shown["Rome"] == pytest.approx((12.51, 41.89), abs=0.05)


def test_marker_grows_with_the_number_of_events_and_hover_lists_their_titles(seed_events, places):
    figure = map_figure(seed_events, places)
    trace = next(t for t in figure.data if t.name == "lieux")
    size = dict(zip(trace.customdata, trace.marker.size))
    hover = dict(zip(trace.customdata, trace.hovertext))
    assert size["Kyiv"] > size["Kursk"]
    assert "3 événement(s)" in hover["Kyiv"]
    assert all(e.title[:40] in hover["Kyiv"] for e in seed_events if "Kyiv" in e.places)


def test_filtering_the_events_changes_the_markers(seed_events, places):
    only_2022 = [e for e in seed_events if e.date.year == 2022]
    assert set(markers(map_figure(only_2022, places))) == {"Ryazan", "Saratov", "Kyiv"}
    assert markers(map_figure([], places)) == {}


def test_selected_event_places_are_drawn_again_highlighted(seed_events, places):
    figure = map_figure(seed_events, places, selected_id="ev-kursk")
    chosen = next(t for t in figure.data if t.name == "événement choisi")
    assert set(chosen.customdata) == {"Kursk", "Kyiv"}
    assert len(map_figure(seed_events, places).data) == len(figure.data) - 1


def test_places_without_coordinates_are_left_out_quietly(seed_events, places):
    partial = {name: place for name, place in places.items() if name != "Rome"}
    assert "Rome" not in markers(map_figure(seed_events, partial))
    assert "Rome" not in markers(map_figure(seed_events, list(partial.values())))


def test_view_frames_the_markers_and_keeps_the_ground_in_proportion(seed_events, places):
    layout = map_figure(seed_events, places).layout
    assert layout.xaxis.range[0] < 12.5 and layout.xaxis.range[1] > 46.0
    assert layout.yaxis.scaleanchor == "x" and layout.yaxis.scaleratio > 1.3


def test_hover_text_escapes_titles_from_articles(seed_events, places):
    hostile = [dataclasses.replace(seed_events[0], title="<img src=x onerror=alert(1)>")]
    trace = next(t for t in map_figure(hostile, places).data if t.name == "lieux")
    assert all("<img" not in text for text in trace.hovertext)


def test_bundled_outlines_are_small_and_cover_the_world():
    assert OUTLINES.stat().st_size < 300_000
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    lons = [v for line in data["lines"] for v in line[0::2]]
    lats = [v for line in data["lines"] for v in line[1::2]]
    assert min(lons) == -180 and max(lons) == 180 and min(lats) < -80 and max(lats) > 80
    assert len(data["land"]) > 100 and all(len(ring) >= 6 for ring in data["land"])
    assert re.search("public domain", data["licence"])


def test_the_extracted_seed_corpus_puts_its_places_on_the_map(seed_corpus):
    shown = markers(map_figure(seed_corpus.events, seed_corpus.places))
    assert {"Kursk", "Moscow", "Dnipro", "Ryazan", "Saratov", "Rome"} <= set(shown)


def test_place_labels_are_written_as_the_readers_language_writes_them():
    moscow = Place(name="Moscow", lat=55.75, lon=37.62, country="RU")
    event = Event(id="e1", title="t", date=None, date_end=None, precision=None, date_text=None,
                  dated_by="publication", category="other", places=("Moscow",))
    french = map_figure([event], [moscow], lang="fr")
    english = map_figure([event], [moscow], lang="en")
    assert list(french.data[3].text) == ["Moscou"] and list(english.data[3].text) == ["Moscow"]
    # The click still gives the canonical name, which filters and links use.
    assert list(french.data[3].customdata) == ["Moscow"]
