"""What a slide shows: the strip zoomed on the current event, its labels, the sizes of long
sentences, what a screen reader hears, and which slide each key asks for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.model import Event, Source
from dashboard.ui.present import move
from dashboard.views.slides import (
    KEY_ACTIONS,
    MIN_HALF_SPAN_DAYS,
    NEIGHBOURS,
    SLIDE_KEYS_JS,
    announcement,
    chart_summary,
    excerpt_size,
    strip_config,
    strip_figure,
    strip_layout,
    strip_scale,
    window,
)


def event(day: date | None, title: str = "Un événement", end: date | None = None,
          precision: str = "day", excerpt: str = "Une phrase.") -> Event:
    return Event(id=f"ev-{day}-{title[:8]}", title=title, date=day, date_end=end,
                 precision=precision if day else None, date_text=None, dated_by="explicit",
                 category="other", sources=(Source("doc", excerpt, 0, len(excerpt)),))


# Three events a day apart, then one a year later: the kind of cluster a far-off event must
# not squeeze into one dot.
CLUSTER = [event(date(2023, 3, d), f"Jour {d}") for d in (1, 2, 3)] + [
    event(date(2024, 3, 2), "Un an plus tard")]


@pytest.mark.parametrize("key, action", [
    ("ArrowRight", "next"), ("PageDown", "next"), (" ", "next"),
    ("ArrowLeft", "previous"), ("PageUp", "previous"),
    ("Home", "first"), ("End", "last"), ("Escape", "leave"),
])
def test_clicker_and_keyboard_keys_map_to_slide_actions(key, action):
    assert KEY_ACTIONS[key] == action


def test_the_key_filter_is_the_same_script_for_the_page_and_the_export():
    assert "function slideAction(event, keys)" in SLIDE_KEYS_JS


@pytest.mark.parametrize("current, action, expected", [
    ("b", "next", "c"), ("b", "previous", "a"), ("b", "first", "a"), ("b", "last", "d"),
    ("d", "next", "d"), ("a", "previous", "a"), ("c", "leave", "c"), (None, "last", "d"),
])
def test_each_action_moves_to_its_slide_and_stops_at_the_ends(current, action, expected):
    assert move(("a", "b", "c", "d"), current, action) == expected


def test_moving_through_no_slides_gives_none():
    assert move((), "a", "next") is None


def test_the_strip_is_centred_on_the_current_event_and_shows_its_nearer_neighbour():
    shown = window(CLUSTER, 2)
    middle = shown.start + (shown.end - shown.start) / 2
    assert middle == date(2023, 3, 3)
    assert shown.shows(CLUSTER[1]) and not shown.shows(CLUSTER[3])
    assert shown.labelled == (0, 1, 2, 3)


def test_a_far_neighbour_does_not_squeeze_a_cluster_but_is_labelled_at_the_edge():
    layout = strip_layout(CLUSTER, 2, "fr")
    start, end = (date.fromisoformat(d) for d in layout["xaxis.range"])
    assert (end - start).days <= 2 * MIN_HALF_SPAN_DAYS + 1
    texts = [a["text"] for a in layout["annotations"]]
    assert texts[3].startswith("→ 2 mars 2024") or texts[3].startswith("→ 2 mars")
    assert not layout["annotations"][3]["showarrow"]
    assert all(a["showarrow"] for a in layout["annotations"][:3])


def test_an_isolated_event_reaches_its_nearer_neighbour():
    shown = window(CLUSTER, 3)
    assert shown.shows(CLUSTER[2])


def test_the_current_label_is_bold_and_only_neighbours_within_reach_are_labelled():
    many = [event(date(2023, 1, 1) + timedelta(days=10 * i), f"Événement {i}") for i in range(9)]
    layout = strip_layout(many, 4, "en")
    assert len(layout["annotations"]) == 2 * NEIGHBOURS + 1
    bold = [a for a in layout["annotations"] if a["text"].startswith("<b>")]
    assert len(bold) == 1 and "Événement 4" in bold[0]["text"]


def test_a_period_fits_inside_the_strip_with_its_ends_showing():
    season = event(date(2024, 6, 1), "Été", end=date(2024, 8, 31), precision="season")
    shown = window([season], 0)
    assert shown.start < date(2024, 6, 1) and shown.end > date(2024, 8, 31)


def test_label_text_is_escaped_because_plotly_reads_it_as_html():
    layout = strip_layout([event(date(2024, 1, 1), "<img src=x onerror=alert(1)>")], 0, "fr")
    assert "<img" not in layout["annotations"][0]["text"]
    assert "&lt;img" in layout["annotations"][0]["text"]


def test_an_undated_slide_has_no_zoom_and_no_label():
    layout = strip_layout([event(date(2024, 1, 1)), event(None, "Sans date")], 1, "fr")
    assert layout == {"xaxis.range": None, "annotations": [], "shapes": []}


def test_the_page_strip_draws_only_the_events_in_view_and_the_export_strip_all():
    page = strip_figure(CLUSTER, 1, "fr")
    export = strip_figure(CLUSTER, 1, "fr", every_event=True)
    assert len(page.data[1].x) == 3 and len(export.data[1].x) == 4
    assert list(export.data[1].customdata) == [e.id for e in CLUSTER]


def test_the_strip_leaves_its_dates_to_plotly_which_writes_them_in_the_readers_language():
    axis = strip_figure(CLUSTER, 1, "fr").layout.xaxis
    assert axis.tickvals is None and axis.type == "date"
    french = strip_config("fr")
    assert french["locale"] == "fr" and french["locales"]["fr"]["format"]["months"][2] == "mars"
    assert french["staticPlot"] and strip_config("en")["locale"] == "en"


@pytest.mark.parametrize("length, size", [(120, "large"), (500, "medium"), (1500, "folded")])
def test_longer_excerpts_shrink_then_fold(length, size):
    assert excerpt_size("x" * length) == size


@pytest.mark.parametrize("lang, expected", [
    ("fr", "Diapositive 2 sur 4 : 2 mars 2023. Jour 2"),
    ("en", "Slide 2 of 4: 2 March 2023. Jour 2"),
])
def test_a_screen_reader_hears_where_the_slide_is_and_what_it_says(lang, expected):
    assert announcement(CLUSTER[1], 2, 4, lang) == expected


@pytest.mark.parametrize("events, lang, expected", [
    (CLUSTER, "fr", "Frise de 4 événements, du 1er mars 2023 au 2 mars 2024."),
    (CLUSTER[:1], "en", "Timeline of 1 event, on 1 March 2023."),
    ([event(None)], "fr", "Frise de 1 événement, sans date."),
])
def test_the_chart_text_alternative_says_how_many_events_over_which_period(events, lang,
                                                                          expected):
    assert chart_summary(events, lang) == expected


@pytest.mark.parametrize("screen, scale", [(None, 1.0), (600, 1.0), (720, 1.0), (1080, 1.5),
                                           (2160, 1.5)])
def test_the_strip_grows_with_a_taller_screen_up_to_a_limit(screen, scale):
    assert strip_scale(screen) == scale


def test_a_larger_strip_has_larger_labels_further_from_their_marks():
    small, large = (strip_figure(CLUSTER, 1, "fr", scale=s).layout for s in (1.0, 1.5))
    assert large.height > small.height
    assert large.annotations[1].font.size > small.annotations[1].font.size
    assert abs(large.annotations[1].ay) > abs(small.annotations[1].ay)
