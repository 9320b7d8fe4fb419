"""From a click on the timeline to the event it points at.

Streamlit hands back the chart's selection as ``{"selection": {"points": [...]}}``; each point
carries the ``customdata`` of the trace (the event id), sometimes wrapped in a list. A point
without customdata is looked up by trace and index in the figure that was drawn.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

import plotly.graph_objects as go

from dashboard.views.aggregate import period_of_point


def _points(state: Any) -> list[Mapping]:
    if not isinstance(state, Mapping):
        return []
    selection = state.get("selection", state)
    points = selection.get("points", []) if isinstance(selection, Mapping) else []
    return [p for p in points if isinstance(p, Mapping)]


def _id_of(point: Mapping, figure: go.Figure | None) -> str | None:
    data = point.get("customdata")
    if isinstance(data, (list, tuple)):
        data = data[0] if data else None
    if data is None and figure is not None:
        curve, index = point.get("curve_number"), point.get("point_index")
        if isinstance(curve, int) and isinstance(index, int) and 0 <= curve < len(figure.data):
            custom = figure.data[curve].customdata
            if custom is not None and 0 <= index < len(custom):
                data = custom[index]
    return data if isinstance(data, str) and data else None


def event_id_from_selection(state: Any, known_ids: Collection[str],
                            figure: go.Figure | None = None) -> str | None:
    """The id of the event the user clicked, or None if nothing (known) was clicked.

    With several points selected (a box drawn across events), the first known one wins.
    """
    for point in _points(state):
        event_id = _id_of(point, figure)
        if event_id in known_ids:
            return event_id
    return None


def period_from_selection(state: Any) -> tuple[date, date] | None:
    """The (first, last) day of the counts bubble the user clicked, or None."""
    for point in _points(state):
        period = period_of_point(_id_of(point, None))
        if period is not None:
            return period
    return None


# A select box with 10,000 options is sent to the browser on every rerun and cannot be
# scrolled through anyway: it offers the first ones and the filters narrow the rest.
PICKER_LIMIT = 200


def picker_options(ordered: Sequence[str], selected: str | None,
                   limit: int = PICKER_LIMIT) -> list[str]:
    """The event picker's options: the first ``limit`` shown ids, plus the selected one
    (even if it is further down or filtered out), so the picker always shows the selection."""
    options = list(ordered[:limit])
    if selected and selected not in options:
        options.append(selected)
    return options
