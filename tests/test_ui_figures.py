"""The timeline figure: markers for days, bars for wider periods, lanes, hover, WebGL at scale."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import date, timedelta

import plotly.graph_objects as go
import pytest

from dashboard.model import Event, Source
from dashboard.views.axis import (
    MIN_SPAN_DAYS,
    counts_over_time,
    initial_range,
)
from dashboard.views.figures import (
    MAX_LANES,
    OKABE_ITO,
    SLIDER_HEIGHT,
    stack_rows,
    timeline_figure,
)
from dashboard.views.plotly_locale import chart_config


def traces(figure, kind):
    return [t for t in figure.data if t.meta and t.meta["kind"] == kind]


def ids_in(figure, kind):
    return {i for t in traces(figure, kind) for i in t.customdata if i}


def by_id(figure, kind, event_id):
    for trace in traces(figure, kind):
        for position, found in enumerate(trace.customdata):
            if found == event_id:
                return trace, position
    raise AssertionError(f"{event_id} not in {kind} traces")


@pytest.fixture(scope="module")
def figure(ui_corpus):
    return timeline_figure(ui_corpus.events, "category", lang="fr")


def test_day_events_are_markers_and_never_bars(figure):
    assert {"ev-call", "ev-times", "ev-biden-authorises"} <= ids_in(figure, "events")
    assert ids_in(figure, "bars") == {"ev-atacms-feb", "ev-kursk"}


def test_a_month_is_a_bar_from_its_first_day_to_the_end_of_its_last(figure):
    trace, at = by_id(figure, "bars", "ev-atacms-feb")
    assert (str(trace.x[at]), str(trace.x[at + 1])) == ("2024-02-01", "2024-03-01")
    assert trace.customdata[at + 2] == "" and trace.mode == "lines"


def test_every_event_trace_is_webgl_and_only_the_slider_counts_and_labels_are_svg(figure):
    drawn = [t for t in figure.data if t.meta["kind"] not in ("counts", "labels")]
    assert drawn and all(isinstance(t, go.Scattergl) for t in drawn)
    assert all(isinstance(t, go.Scatter) and t.mode == "text" for t in traces(figure, "labels"))
    (counts,) = traces(figure, "counts")
    assert isinstance(counts, go.Scatter) and counts.fill == "toself"


def test_category_lanes_are_named_in_the_chosen_language(ui_corpus):
    french = timeline_figure(ui_corpus.events, "category", lang="fr").layout.yaxis.ticktext
    english = timeline_figure(ui_corpus.events, "category", lang="en").layout.yaxis.ticktext
    assert french == ("Décision", "Frappe", "Diplomatie", "Déclaration", "Révélation")
    assert english == ("Decision", "Strike", "Diplomacy", "Statement", "Report")


def test_an_event_with_two_actors_is_drawn_in_both_actor_lanes(ui_corpus):
    figure = timeline_figure(ui_corpus.events, "actor", lang="fr")
    lanes = {t.meta["lane"] for t in traces(figure, "events") if "ev-call" in t.customdata}
    assert lanes == {"Donald Trump", "Volodymyr Zelensky"}


def test_source_lanes_use_the_given_labels(ui_corpus):
    labels = {d.doc_id: d.outlet for d in ui_corpus.documents}
    figure = timeline_figure(ui_corpus.events, "source", source_labels=labels)
    lanes = {t.meta["lane"] for t in traces(figure, "events") if "ev-call" in t.customdata}
    assert lanes == {"Financial Times (traduction automatique)", "Site d'actualité français"}


def test_hover_gives_title_date_as_written_and_number_of_sources(figure):
    trace, at = by_id(figure, "events", "ev-call")
    hover = trace.hovertext[at]
    assert "Trump demande à Zelensky" in hover and "Le 4 juillet 2025" in hover
    assert "2 articles" in hover
    trace, at = by_id(figure, "events", "ev-biden-authorises")
    assert "date de publication" in trace.hovertext[at]


def test_hover_escapes_a_hostile_title(ui_corpus):
    hostile = replace(ui_corpus.events[0], title="<img src=x onerror=alert(1)>")
    trace, at = by_id(timeline_figure([hostile]), "events", hostile.id)
    assert "<img" not in trace.hovertext[at] and "&lt;img" in trace.hovertext[at]


def test_the_selected_event_is_ringed(ui_corpus):
    figure = timeline_figure(ui_corpus.events, "actor", selected_id="ev-call")
    (ring,) = traces(figure, "selected")
    assert list(ring.customdata) == ["ev-call", "ev-call"]


def test_lanes_get_okabe_ito_colours(figure):
    colours = {t.marker.color for t in traces(figure, "events")}
    assert colours <= set(OKABE_ITO)


def test_zoom_pan_and_range_slider_are_on(figure):
    assert figure.layout.xaxis.rangeslider.visible is True
    assert figure.layout.dragmode == "pan"


def test_overlapping_intervals_go_to_different_rows_until_rows_run_out():
    assert stack_rows([(0, 10), (5, 15), (11, 20), (30, 40)]) == [0, 1, 0, 0]
    assert stack_rows([(0, 10)] * 4, rows=3) == [0, 1, 2, 0]


def test_an_empty_selection_draws_an_empty_timeline_with_a_message():
    figure = timeline_figure([], lang="en")
    assert figure.layout.annotations[0].text == "No event matches the filters."


def _synthetic(count: int) -> list[Event]:
    rng = random.Random(7)
    precisions = ("day", "day", "day", "week", "month", "season", "quarter", "year")
    events = []
    for n in range(count):
        start = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
        precision = rng.choice(precisions)
        length = {"day": 0, "week": 6, "month": 29, "season": 91, "quarter": 90, "year": 364}[precision]
        events.append(Event(
            id=f"ev{n}", title=f"Événement {n}", date=start, date_end=start + timedelta(days=length),
            precision=precision, date_text=None, dated_by="publication",
            category=rng.choice(("decision", "strike", "statement", "report")),
            actors=tuple(rng.sample(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
                                     "M", "N"], 2)),
            sources=(Source(doc_id=f"d{n % 50}", excerpt="x", start=0, end=1),)))
    return events


def test_ten_thousand_events_build_quickly_in_few_webgl_traces():
    events = _synthetic(10_000)
    started = time.perf_counter()
    figure = timeline_figure(events, "actor", selected_id="ev5")
    elapsed = time.perf_counter() - started
    assert all(isinstance(t, go.Scattergl) for t in figure.data if t.meta["kind"] not in ("counts", "labels"))
    # Three traces a lane (markers, bars, labels), the ring and the slider's counts: never one
    # trace or shape per event; only the labels that have room are written.
    assert len(figure.data) <= 3 * MAX_LANES + 2 and not figure.layout.shapes
    assert 0 < sum(len(t.x) for t in traces(figure, "labels")) < 1_000
    # Each event is drawn in the lane of each of its two actors, except twice in "others".
    assert ids_in(figure, "events") == {e.id for e in events}
    assert 10_000 < sum(len(t.x) for t in traces(figure, "events")) <= 20_000
    assert elapsed < 5, f"10,000 events took {elapsed:.1f}s"


def test_height_grows_with_lanes_unless_given(ui_corpus):
    by_category = timeline_figure(ui_corpus.events, "category").layout.height
    by_actor = timeline_figure(ui_corpus.events, "actor").layout.height
    assert by_actor > by_category
    assert timeline_figure(ui_corpus.events, "actor", height=320).layout.height == 320


def test_a_single_event_is_shown_with_a_month_around_it_not_milliseconds(ui_corpus):
    call = next(e for e in ui_corpus.events if e.id == "ev-call")
    start, end = timeline_figure([call]).layout.xaxis.range
    assert (date.fromisoformat(start), date.fromisoformat(end)) == (date(2025, 6, 19),
                                                                    date(2025, 7, 19))


def test_the_first_view_spans_every_event_with_a_margin(ui_corpus):
    start, end = (date.fromisoformat(d) for d in timeline_figure(ui_corpus.events).layout.xaxis.range)
    dated = [e for e in ui_corpus.events if e.date]
    assert start < min(e.date for e in dated)
    assert end > max(e.date_end or e.date for e in dated)


def test_date_ticks_are_left_to_plotly_which_writes_them_in_the_page_language(ui_corpus):
    call = next(e for e in ui_corpus.events if e.id == "ev-call")
    axis = timeline_figure([call], lang="fr").layout.xaxis
    assert axis.tickvals is None and axis.type == "date"
    locale = chart_config("fr")["locales"]["fr"]
    assert locale["format"]["shortMonths"][6] == "juil."
    assert locale["dictionary"]["Double-click to zoom back out"] == "Double-cliquer pour dézoomer"
    assert "locales" not in chart_config("en") and chart_config("en")["locale"] == "en"


def test_the_range_slider_counts_events_per_week(ui_corpus):
    dated = [e for e in ui_corpus.events if e.date]
    (counts,) = traces(timeline_figure(ui_corpus.events), "counts")
    floor = min(counts.y)
    heights = [y - floor for y in counts.y]
    # The busiest week fills the slider's height; the lanes never show the counts.
    assert max(heights) == pytest.approx(SLIDER_HEIGHT)
    slider = timeline_figure(ui_corpus.events).layout.xaxis.rangeslider.yaxis
    assert slider.rangemode == "fixed" and slider.range[0] == pytest.approx(floor)
    assert len(counts.x) < 400 and len(dated) > 1


def test_counts_over_time_bins_by_monday_weeks_and_keeps_empty_weeks():
    starts, counts = counts_over_time([date(2024, 7, 4), date(2024, 7, 5), date(2024, 7, 20)])
    assert [str(s) for s in starts] == ["2024-07-01", "2024-07-08", "2024-07-15"]
    assert counts.tolist() == [2, 0, 1]


def test_counts_over_time_bins_decades_by_month():
    starts, counts = counts_over_time([date(2010, 1, 9), date(2024, 7, 5)])
    assert str(starts[0]) == "2010-01-01" and str(starts[-1]) == "2024-07-01"
    assert counts.sum() == 2 and len(starts) == 14 * 12 + 7


@pytest.mark.parametrize("first, last, expected", [
    (date(2025, 7, 4), date(2025, 7, 4), (date(2025, 6, 19), date(2025, 7, 19))),
    (date(2025, 7, 1), date(2025, 7, 10), (date(2025, 6, 20), date(2025, 7, 20))),
    (date(2024, 1, 1), date(2024, 12, 31), (date(2023, 12, 17), date(2025, 1, 15))),
])
def test_initial_range_is_never_narrower_than_a_month(first, last, expected):
    assert initial_range(first, last) == expected
    assert (expected[1] - expected[0]).days >= MIN_SPAN_DAYS


def test_given_hover_texts_are_used_as_they_are(ui_corpus):
    figure = timeline_figure(ui_corpus.events, hovers={"ev-call": "made earlier"})
    trace, at = by_id(figure, "events", "ev-call")
    assert trace.hovertext[at] == "made earlier"
