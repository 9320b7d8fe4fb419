"""Nothing to draw: an empty corpus, or filters that leave no dated event, never show plotly.js's
empty year 2000 to 2001 axis in the page, the presentation or the exports; they say why, and
the page offers the reset when filters are the reason.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from app_support import open_page, serve_corpus

from dashboard.export import events_to_html, timelinejs_json
from dashboard.export.html_present import presentation_html
from dashboard.model import Place
from dashboard.views.figures import timeline_figure
from dashboard.views.slides import strip_figure

REPO = Path(__file__).resolve().parent.parent


def _undated(events):
    return [dataclasses.replace(e, date=None, date_end=None, precision=None) for e in events]


@pytest.mark.parametrize("kind", ["no event", "undated events"])
def test_the_standalone_page_says_there_is_no_timeline_instead_of_drawing_an_empty_axis(ui_corpus, kind):
    events = [] if kind == "no event" else _undated(ui_corpus.events)
    page = events_to_html(events, ui_corpus.documents, "fr",
                          places=[Place("Kursk", 51.73, 36.18, "RU")])
    assert "Aucun événement daté : il n'y a pas de frise à dessiner." in page
    assert 'id="timeline-figure"' not in page
    if kind == "no event":
        assert 'id="map-figure"' not in page
    english = events_to_html(events, ui_corpus.documents, "en")
    assert "No dated event: there is no timeline to draw." in english


def test_timelinejs_with_no_dated_event_says_so_on_its_title_slide(ui_corpus):
    data = json.loads(timelinejs_json(_undated(ui_corpus.events), ui_corpus.documents))
    assert data["events"] == []
    assert "il n'y a pas de frise à dessiner" in data["title"]["text"]["text"]


def test_no_figure_of_undated_events_has_a_date_axis(ui_corpus):
    undated = _undated(ui_corpus.events)
    assert timeline_figure([]).layout.xaxis.visible is False
    assert timeline_figure(undated).layout.xaxis.visible is False
    assert strip_figure(undated, 0, "fr").layout.xaxis.visible is False
    # The export's presentation draws its one strip from the same builder.
    slides = presentation_html(undated, {d.doc_id: d for d in ui_corpus.documents}, "fr")
    strip = json.loads(slides.split('id="frise-present-data">')[1].split("</script>")[0])["strip"]
    assert strip["layout"]["xaxis"]["visible"] is False


def test_a_dated_strip_keeps_its_date_axis(ui_corpus):
    assert strip_figure(list(ui_corpus.events), 0, "fr").layout.xaxis.visible is not False


@pytest.fixture
def empty_corpus(tmp_path, ui_corpus, monkeypatch):
    """The UI fixture's articles with no event at all, opened as an extracted JSON file."""
    return serve_corpus(dataclasses.replace(ui_corpus, events=()), tmp_path, monkeypatch)


@pytest.mark.parametrize("mode", ["explore", "present"])
def test_an_empty_corpus_says_it_has_no_event_yet_with_no_axis_and_nothing_to_reset(empty_corpus, mode):
    at = open_page({"mode": mode})
    assert not at.exception
    assert any("Ce corpus n'a encore aucun événement daté" in i.value for i in at.info)
    assert not at.get("plotly_chart")
    assert not [b for b in at.button if b.key == "reset-empty"]


def test_a_presentation_whose_filters_leave_nothing_says_so_and_offers_the_reset(monkeypatch):
    monkeypatch.setenv("FRISE_CORPUS", str(REPO / "tests" / "fixtures" / "ui_corpus.json"))
    at = open_page({"mode": "present", "from": "2199-01-01"})
    assert any("Aucun événement à présenter" in i.value for i in at.info)
    assert not at.get("plotly_chart")
    at.button(key="reset-empty").click().run()
    assert "from" not in at.query_params
    assert at.get("plotly_chart")
