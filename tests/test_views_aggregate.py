"""The zoomed-out timeline: counts per lane and period add up to the events, and a click on a
bubble gives back its period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

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
