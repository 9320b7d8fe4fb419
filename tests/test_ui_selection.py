"""A click on the timeline maps back to the event it points at."""

from __future__ import annotations

import pytest

from dashboard.ui.selection import event_id_from_selection, picker_options
from dashboard.views.figures import timeline_figure

KNOWN = {"ev-call", "ev-kursk"}


@pytest.mark.parametrize("state, expected", [
    ({"selection": {"points": [{"curve_number": 0, "point_index": 3, "customdata": "ev-call"}]}},
     "ev-call"),
    ({"selection": {"points": [{"curve_number": 0, "point_index": 3, "customdata": ["ev-kursk"]}]}},
     "ev-kursk"),
    ({"selection": {"points": [{"customdata": "ev-gone"}, {"customdata": "ev-kursk"}]}}, "ev-kursk"),
    ({"selection": {"points": [{"customdata": "ev-gone"}]}}, None),
    ({"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}, None),
    ({"selection": {"points": [{"customdata": None}]}}, None),
    ({"selection": {"points": [{"customdata": []}]}}, None),
    ({"selection": {"points": ["not a point"]}}, None),
    ({"points": [{"customdata": "ev-call"}]}, "ev-call"),
    (None, None),
    ("garbage", None),
])
def test_selection_state_maps_to_a_known_event_id_or_none(state, expected):
    assert event_id_from_selection(state, KNOWN) == expected


def test_a_point_without_customdata_is_found_by_trace_and_index(ui_corpus):
    figure = timeline_figure(ui_corpus.events, "category")
    curve = next(n for n, t in enumerate(figure.data)
                 if t.meta["kind"] == "events" and "ev-kursk" in t.customdata)
    index = list(figure.data[curve].customdata).index("ev-kursk")
    state = {"selection": {"points": [{"curve_number": curve, "point_index": index}]}}
    ids = {e.id for e in ui_corpus.events}
    assert event_id_from_selection(state, ids, figure) == "ev-kursk"


def test_a_point_index_outside_the_figure_selects_nothing(ui_corpus):
    figure = timeline_figure(ui_corpus.events, "category")
    state = {"selection": {"points": [{"curve_number": 99, "point_index": 0}]}}
    assert event_id_from_selection(state, {"ev-call"}, figure) is None


def test_the_event_picker_offers_the_first_events_and_always_the_selected_one():
    ids = [f"e{n}" for n in range(500)]
    assert picker_options(ids, None, limit=200) == ids[:200]
    assert picker_options(ids, "e450", limit=200) == [*ids[:200], "e450"]
    assert picker_options(ids, "e3", limit=200) == ids[:200]
    assert picker_options(ids[:5], "gone", limit=200) == [*ids[:5], "gone"]
