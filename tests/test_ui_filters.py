"""Filters: a pure function from a view and events to the events shown."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.views.filters import apply, chronological, index_facts
from dashboard.views.view import View

CNN = "002_c51898415781cb4d"


@pytest.fixture(scope="module")
def events(ui_corpus):
    return ui_corpus.events


@pytest.fixture(scope="module")
def outlets(ui_corpus):
    return {d.doc_id: d.outlet for d in ui_corpus.documents}


def ids(events):
    return {e.id for e in events}


@pytest.mark.parametrize("view, expected", [
    (View(), {"ev-call", "ev-putin-call", "ev-atacms-feb", "ev-kursk", "ev-biden-authorises",
              "ev-times", "ev-blinken"}),
    (View(categories=("decision",)), {"ev-atacms-feb", "ev-biden-authorises"}),
    (View(categories=("decision", "report")), {"ev-atacms-feb", "ev-biden-authorises", "ev-times"}),
    (View(actors=("Joe Biden",)), {"ev-atacms-feb", "ev-biden-authorises"}),
    (View(actors=("Donald Trump",), places=("Moscou",)), {"ev-call"}),
    (View(places=("Kursk",)), {"ev-kursk"}),
    (View(weapons=("ATACMS",)), {"ev-atacms-feb", "ev-biden-authorises", "ev-blinken"}),
    (View(sources=(CNN,)), {"ev-atacms-feb", "ev-kursk", "ev-biden-authorises"}),
    (View(sources=("Financial Times (traduction automatique)",)), {"ev-call", "ev-putin-call"}),
    (View(min_sources=2), {"ev-call"}),
    (View(q="koursk"), {"ev-kursk"}),
    (View(q="ZELENSKYY"), {"ev-call", "ev-putin-call"}),
    (View(q="etats-unis"), {"ev-call", "ev-times", "ev-atacms-feb"}),
    (View(q="  "), {"ev-call", "ev-putin-call", "ev-atacms-feb", "ev-kursk",
                    "ev-biden-authorises", "ev-times", "ev-blinken"}),
    (View(q="pas dans le corpus"), set()),
])
def test_filters_keep_exactly_the_matching_events(events, outlets, view, expected):
    assert ids(apply(view, events, outlets)) == expected


@pytest.mark.parametrize("date_from, date_to, expected", [
    (date(2025, 1, 1), None, {"ev-call", "ev-putin-call"}),
    (None, date(2023, 1, 1), {"ev-times"}),
    # "cet été" 2024 overlaps the range: a period is kept when any of it is inside.
    (date(2024, 8, 15), date(2024, 9, 1), {"ev-kursk"}),
    (date(2024, 2, 29), date(2024, 2, 29), {"ev-atacms-feb"}),
    (date(2024, 3, 1), date(2024, 5, 31), set()),
])
def test_date_range_keeps_events_whose_period_overlaps_it(events, date_from, date_to, expected):
    assert ids(apply(View(date_from=date_from, date_to=date_to), events)) == expected


def test_filtering_returns_a_new_list_and_leaves_the_input_alone(events):
    before = tuple(events)
    shown = apply(View(actors=("Joe Biden",)), events)
    assert tuple(events) == before and shown is not events


def test_chronological_order_puts_the_narrower_period_first_on_the_same_start(events):
    ordered = [e.id for e in chronological(events)]
    assert ordered == ["ev-times", "ev-atacms-feb", "ev-kursk", "ev-blinken",
                       "ev-biden-authorises", "ev-putin-call", "ev-call"]


def test_filters_on_indexed_facts_keep_the_same_events_as_without(events, outlets):
    facts = index_facts(events, outlets)
    for view in (View(q="koursk"), View(min_sources=2), View(sources=(CNN,)),
                 View(sources=("Financial Times (traduction automatique)",)), View(q="ETATS-UNIS")):
        assert ids(apply(view, events, outlets, facts)) == ids(apply(view, events, outlets))
        assert ids(apply(view, events, outlets, facts))
