"""A presentation of more events than the explorer draws one by one: still one slide per
event in date order, and a strip that counts events per day where it is crowded."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from dashboard.model import Corpus
from dashboard.ui.present import many_events_note, ordered_ids
from dashboard.views.aggregate import AGGREGATE_FROM
from dashboard.views.slides import STRIP_MARKS_MAX, strip_figure, strip_layout, window


def crowded(events, copies: int, days: int):
    """``copies`` copies of every dated event, spread over ``days`` days from the first one:
    a month of a story followed live, hundreds of accounts a day."""
    dated = [e for e in events if e.date is not None]
    start = min(e.date for e in dated)
    out = []
    for n in range(copies):
        for e in dated:
            day = start + timedelta(days=n % days)
            out.append(replace(e, id=f"{e.id}-{n}", date=day,
                               date_end=day + ((e.date_end or e.date) - e.date)))
    return out


@pytest.fixture(scope="module")
def slides_in_order(ui_corpus):
    events = crowded(ui_corpus.events, 200, 10)
    by_id = {e.id: e for e in events}
    return [by_id[i] for i in ordered_ids(events)]


def test_a_crowded_strip_draws_a_dot_per_day_sized_by_its_count(slides_in_order):
    index = len(slides_in_order) // 2
    in_view = [e for e in slides_in_order if window(slides_in_order, index).shows(e)]
    assert len(in_view) > STRIP_MARKS_MAX
    figure = strip_figure(slides_in_order, index, "fr")
    (dots,) = figure.data
    assert dots.meta == {"kind": "day_counts"}
    middles = {}
    for event in in_view:
        middle = event.date + ((event.date_end or event.date) - event.date) / 2
        middles[middle.isoformat()] = middles.get(middle.isoformat(), 0) + 1
    assert list(dots.x) == sorted(middles)
    sizes = dict(zip(dots.x, dots.marker.size))
    busiest, quietest = max(middles, key=middles.get), min(middles, key=middles.get)
    assert middles[busiest] > middles[quietest] and sizes[busiest] > sizes[quietest]
    # The labels, the frame on the current event and the range are the strip's as always.
    layout = strip_layout(slides_in_order, index, "fr")
    assert [a.text for a in figure.layout.annotations] == [a["text"] for a in layout["annotations"]]
    assert list(figure.layout.xaxis.range) == layout["xaxis.range"]


def test_a_strip_with_few_events_in_view_still_draws_each_one(ui_corpus):
    events = [e for e in ui_corpus.events if e.date is not None]
    ordered = [next(e for e in events if e.id == i) for i in ordered_ids(events)]
    figure = strip_figure(ordered, 0, "fr")
    marks = figure.data[1]
    assert len(marks.customdata) == sum(window(ordered, 0).shows(e) for e in ordered)
    assert all(t.meta is None for t in figure.data)


def test_the_export_strip_that_holds_every_event_is_never_counted(slides_in_order):
    figure = strip_figure(slides_in_order[:STRIP_MARKS_MAX * 2], 0, "fr", every_event=True)
    assert len(figure.data[1].customdata) == STRIP_MARKS_MAX * 2


@pytest.mark.parametrize("lang, words", [("fr", "une diapositive par événement"),
                                         ("en", "one slide per event")])
def test_past_the_explorer_limit_the_presentation_says_what_its_slides_are(lang, words):
    assert many_events_note(AGGREGATE_FROM, lang) is None
    note = many_events_note(AGGREGATE_FROM + 1, lang)
    assert words in note and str(AGGREGATE_FROM + 1) in note and str(STRIP_MARKS_MAX) in note


def test_the_page_presents_a_crowded_corpus_one_event_at_a_time(ui_corpus, tmp_path,
                                                              monkeypatch):
    from streamlit.testing.v1 import AppTest

    from test_app import APP

    events = crowded(ui_corpus.events, AGGREGATE_FROM // 7 + 50, 10)
    assert len(events) > AGGREGATE_FROM
    big = Corpus(documents=ui_corpus.documents, events=tuple(events), places=ui_corpus.places)
    (tmp_path / "big.json").write_text(json.dumps(big.to_dict()), encoding="utf-8")
    monkeypatch.setenv("FRISE_CORPUS", str(tmp_path / "big.json"))
    ids = ordered_ids(events)
    page = AppTest.from_file(APP, default_timeout=120)
    page.query_params.update({"mode": "present", "event": ids[len(ids) // 2]})
    page.run()
    assert not page.exception
    (strip,) = page.get("plotly_chart")
    assert [t["meta"]["kind"] for t in json.loads(strip.proto.spec)["data"]] == ["day_counts"]
    assert any("une diapositive par événement" in c.value for c in page.caption)
    progress = [m.value for m in page.markdown if 'class="frise-progress"' in m.value]
    assert f">{len(ids) // 2 + 1} / {len(ids)}<" in progress[0]
    page.button(key="next").click().run()
    assert page.query_params["event"] == ids[len(ids) // 2 + 1]
