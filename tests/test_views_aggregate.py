"""The zoomed-out timeline: counts per lane and period add up to the events, and a click on a
bubble gives back its period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.views.aggregate import (
    MAX_PERIODS,
    counts,
    counts_figure,
    period_end,
    period_for,
    period_of_point,
    period_start,
)


def shifted_copies(events, copies: int, within_days: int = 10 * 365):
    """``copies`` copies of every dated event, each a day later than the one before, over
    ``within_days`` days at most (then starting over): a ten-year archive by default."""
    dated = [e for e in events if e.date is not None]
    return [replace(e, id=f"{e.id}-{n}", date=e.date + timedelta(days=n % within_days),
                    date_end=(e.date_end or e.date) + timedelta(days=n % within_days))
            for n in range(copies) for e in dated]


@pytest.mark.parametrize("day, period, first, last", [
    (date(2024, 3, 14), "week", date(2024, 3, 11), date(2024, 3, 17)),
    (date(2024, 2, 29), "month", date(2024, 2, 1), date(2024, 2, 29)),
    (date(2024, 12, 31), "quarter", date(2024, 10, 1), date(2024, 12, 31)),
    (date(2023, 7, 4), "year", date(2023, 1, 1), date(2023, 12, 31)),
])
def test_a_day_falls_in_the_period_that_starts_and_ends_around_it(day, period, first, last):
    assert (period_start(day, period), period_end(period_start(day, period), period)) == (first, last)


@pytest.mark.parametrize("days, period", [(200, "week"), (3 * 365, "month"), (20 * 365, "quarter"),
                                          (60 * 365, "year")])
def test_the_finest_period_that_keeps_the_chart_readable_is_chosen(days, period):
    first = date(2000, 1, 1)
    assert period_for(first, first + timedelta(days=days)) == period


def test_counts_add_up_to_the_events_of_each_lane(ui_corpus):
    events = shifted_copies(ui_corpus.events, 300)
    found = counts(events, "category", {}, "month")
    for category in {e.category for e in events}:
        assert sum(n for (lane, _), n in found.items() if lane == category) == \
            sum(1 for e in events if e.category == category)


def test_a_hundred_thousand_events_are_drawn_as_a_few_hundred_bubbles(ui_corpus):
    events = shifted_copies(ui_corpus.events, 100_000 // len(ui_corpus.events) + 1)[:100_000]
    figure = counts_figure(events, "category", "fr")
    points = sum(len(trace.x) for trace in figure.data)
    assert points <= MAX_PERIODS * len({e.category for e in events})
    period = figure.data[0].meta["period"]
    # Every bubble's hover tells its lane, its period in words and its count.
    assert figure.data[0].hovertext[0].count("<br>") == 2
    assert "événement" in figure.data[0].hovertext[0]
    assert sum(int(h.rsplit("<br>", 1)[1].split()[0]) for trace in figure.data
               for h in trace.hovertext) == len(events)
    # Ten years and more: a quarter per bubble (120 months would not fit).
    assert period == "quarter"


def test_a_click_on_a_bubble_gives_its_period_and_anything_else_gives_none(ui_corpus):
    figure = counts_figure(shifted_copies(ui_corpus.events, 50), "category", "en")
    first, last = period_of_point(figure.data[0].customdata[0])
    assert first <= last and period_start(last, figure.data[0].meta["period"]) == first
    assert period_of_point("a3f9c1d2e4b5") is None
    assert period_of_point("period:2024-13-01/2024-13-31") is None
    assert period_of_point(None) is None


def test_no_dated_event_gives_an_empty_chart_not_an_error():
    assert counts_figure([], "actor", "fr").data == ()


def test_the_page_shows_counts_past_the_limit_and_events_once_zoomed_into_a_period(
        ui_corpus, tmp_path, monkeypatch):
    import json

    from streamlit.testing.v1 import AppTest

    from dashboard.model import Corpus
    from dashboard.views.aggregate import AGGREGATE_FROM
    from test_app import APP, count_line

    events = shifted_copies(ui_corpus.events, AGGREGATE_FROM // 5 + 1)
    big = Corpus(documents=ui_corpus.documents, events=tuple(events), places=ui_corpus.places)
    (tmp_path / "big.json").write_text(json.dumps(big.to_dict()), encoding="utf-8")
    monkeypatch.setenv("FRISE_CORPUS", str(tmp_path / "big.json"))

    def chart_kinds(page) -> set[str]:
        spec = json.loads(page.get("plotly_chart")[0].proto.spec)
        return {trace["meta"]["kind"] for trace in spec["data"]}

    page = AppTest.from_file(APP, default_timeout=120).run()
    assert not page.exception
    assert len(events) > AGGREGATE_FROM
    assert chart_kinds(page) == {"period_counts"}
    assert any("Choisissez une bulle" in c.value for c in page.caption)
    # What a click on a bubble does (panels.zoom_from_chart): its period becomes the filter.
    first = min(e.date for e in events)
    page.date_input(key="from").set_value(first)
    page.date_input(key="to").set_value(first + timedelta(days=30)).run()
    assert not page.exception
    assert "events" in chart_kinds(page) and "period_counts" not in chart_kinds(page)
    assert int(count_line(page).strip("*").split()[0]) < AGGREGATE_FROM


def test_a_click_on_a_bubble_as_streamlit_reports_it_gives_the_period_to_filter_on():
    from dashboard.ui.selection import period_from_selection

    clicked = {"selection": {"points": [{"customdata": ["period:2024-03-01/2024-03-31"],
                                         "curve_number": 0, "point_index": 4}]}}
    assert period_from_selection(clicked) == (date(2024, 3, 1), date(2024, 3, 31))
    assert period_from_selection({"selection": {"points": [{"customdata": "a3f9c1d2e4b5"}]}}) is None
    assert period_from_selection(None) is None


@settings(max_examples=200, deadline=None)
@given(days=st.lists(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                     min_size=1, max_size=50),
       period=st.sampled_from(["week", "month", "quarter", "year"]))
def test_period_starts_of_many_days_at_once_are_each_day_s_own(days, period):
    from dashboard.views.aggregate import _period_starts
    from dashboard.views.figures import EPOCH

    # A week's Monday may fall before 1 January of year 1, which no date can hold.
    days = [d for d in days if not (period == "week" and d.toordinal() < 7)]
    ordinals = np.array([d.toordinal() for d in days], dtype=np.int64)
    starts = _period_starts((ordinals - EPOCH).astype("datetime64[D]"), period).astype(np.int64)
    assert [date.fromordinal(int(s) + EPOCH) for s in starts] == [period_start(d, period)
                                                                  for d in days]


@pytest.mark.parametrize("lanes", ["category", "actor", "source"])
@pytest.mark.parametrize("period", ["week", "month", "quarter", "year"])
def test_counts_are_those_of_a_plain_count_event_by_event(ui_corpus, lanes, period):
    from dashboard.views.figures import lane_keys

    events = shifted_copies(ui_corpus.events, 40, within_days=3 * 365)
    # An event naming its actor twice still counts once in that actor's lane.
    events.append(replace(events[0], id="twice", actors=("Joe Biden", "Joe Biden")))
    labels = {d.doc_id: d.outlet for d in ui_corpus.documents}
    expected: dict = {}
    for event in events:
        for key in set(lane_keys(event, lanes, labels)):
            cell = (key, period_start(event.date, period))
            expected[cell] = expected.get(cell, 0) + 1
    assert counts(events, lanes, labels, period) == expected
