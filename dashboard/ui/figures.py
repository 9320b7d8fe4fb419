"""The timeline figure: a pure function from events to a Plotly figure.

An event known to the day is a marker; a wider one (week, month, season, quarter, year) is a
bar across its whole period, so the reader sees how uncertain the date is. Everything is drawn
with WebGL traces, one marker trace and one bar trace per lane (bars as None-separated thick
line segments), because thousands of SVG shapes would freeze the browser.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import numpy as np
import plotly.graph_objects as go

from dashboard.model import Event
from dashboard.ui.i18n import category_label, format_period, period_end, t
from dashboard.ui.view import CATEGORIES

# Okabe & Ito (2008): distinguishable with every common form of colour blindness.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000")
SELECTED_COLOUR = "#000000"
# Beyond this many lanes a timeline stops being readable; the rest share one "others" lane.
MAX_LANES = 12
# Overlapping events in a lane are spread over this many rows, then wrap around.
ROWS_PER_LANE = 5
LANE_HEIGHT = 0.76


def lane_keys(event: Event, lanes: str, source_labels: Mapping[str, str]) -> tuple[str, ...]:
    """The lanes an event is drawn in: one per actor or source when lanes are by actor/source."""
    if lanes == "actor":
        return event.actors or ("",)
    if lanes == "source":
        return tuple(dict.fromkeys(source_labels.get(d, d) for d in event.doc_ids)) or ("",)
    return (event.category,)


def lane_order(events: Sequence[Event], lanes: str, source_labels: Mapping[str, str]) -> list[str]:
    """Lanes top to bottom: categories in their fixed order, actors/sources by frequency."""
    counts: dict[str, int] = {}
    for event in events:
        for key in lane_keys(event, lanes, source_labels):
            counts[key] = counts.get(key, 0) + 1
    if lanes == "category":
        order = [c for c in CATEGORIES if c in counts] + sorted(set(counts) - set(CATEGORIES))
    else:
        order = sorted(counts, key=lambda k: (k == "", -counts[k], k))
    return order


def _lane_label(key: str, lanes: str, lang: str) -> str:
    if key == "":
        return t("timeline.no_lane", lang)
    return category_label(key, lang) if lanes == "category" else key


def _interval(event: Event, pad: float) -> tuple[float, float]:
    start = event.date.toordinal()
    if event.precision in (None, "day"):
        return start - pad, start + pad
    return start, period_end(event.date, event.date_end).toordinal()


def stack_rows(intervals: Sequence[tuple[float, float]], rows: int = ROWS_PER_LANE) -> list[int]:
    """A row for each interval so that overlapping ones sit apart (greedy, in input order).

    When every row is taken the interval goes to the row that frees up first, so a dense lane
    keeps a bounded height instead of growing without end.
    """
    row_ends: list[float] = []
    placed: list[int] = []
    for start, end in intervals:
        free = next((i for i, last in enumerate(row_ends) if last < start), None)
        if free is None and len(row_ends) < rows:
            row_ends.append(end)
            free = len(row_ends) - 1
        elif free is None:
            free = min(range(len(row_ends)), key=row_ends.__getitem__)
        row_ends[free] = max(row_ends[free], end)
        placed.append(free)
    return placed


def hover_text(event: Event, lang: str) -> str:
    """Title, the date as written, the resolved period and the number of sources.

    The title comes from a document: it is escaped because Plotly renders hover text as HTML.
    """
    written = event.date_text or t("hover.publication", lang)
    return "<br>".join([
        f"<b>{html.escape(event.title)}</b>",
        html.escape(written),
        format_period(event.date, event.date_end, event.precision, lang),
        t("hover.sources", lang, count=len(event.doc_ids)),
    ])


def _midpoint(event: Event) -> date:
    if event.precision in (None, "day"):
        return event.date
    end = period_end(event.date, event.date_end)
    return event.date + timedelta(days=(end - event.date).days // 2)


def timeline_figure(events: Sequence[Event], lanes: str = "category",
                    selected_id: str | None = None, lang: str = "fr",
                    source_labels: Mapping[str, str] | None = None,
                    height: int | None = None) -> go.Figure:
    """The timeline of ``events`` in lanes of ``lanes`` (category, actor or source).

    ``customdata`` of every point is the event id, so a click maps back to an event.
    ``source_labels`` names each doc_id's lane when lanes are by source (e.g. its outlet).
    ``height`` in pixels; by default it grows with the number of lanes.
    """
    labels = source_labels or {}
    dated = sorted((e for e in events if e.date is not None),
                   key=lambda e: (e.date, e.date_end or e.date, e.id))
    order = lane_order(dated, lanes, labels)
    if len(order) > MAX_LANES:
        kept = set(order[:MAX_LANES - 1])
        order = order[:MAX_LANES - 1] + ["\0others"]
    else:
        kept = set(order)
    index = {key: i for i, key in enumerate(order)}
    hovers = {e.id: hover_text(e, lang) for e in dated}
    members: list[list[Event]] = [[] for _ in order]
    for event in dated:
        for key in dict.fromkeys(k if k in kept else "\0others"
                                 for k in lane_keys(event, lanes, labels)):
            members[index[key]].append(event)

    span = (dated[-1].date.toordinal() - dated[0].date.toordinal()) if dated else 0
    # A day marker is given a width of about 1/120 of the view so neighbours are stacked.
    pad = max(span / 240, 0.5)
    traces: list[go.Scattergl] = []
    selected_points: tuple[list, list] = ([], [])
    for lane, lane_events in enumerate(members):
        key = order[lane]
        label = t("timeline.other_lane", lang) if key == "\0others" else _lane_label(key, lanes, lang)
        colour = OKABE_ITO[(CATEGORIES.index(key) if key in CATEGORIES and lanes == "category"
                            else lane) % len(OKABE_ITO)]
        rows = stack_rows([_interval(e, pad) for e in lane_events])
        used = max(rows, default=0) + 1
        step = LANE_HEIGHT / max(ROWS_PER_LANE - 1, 1)
        # The first lane is drawn on top without reversing the axis: Streamlit's plotly.js
        # misplaces WebGL lines on a reversed axis.
        base = len(order) - 1 - lane
        ys = [base - (row - (used - 1) / 2) * step for row in rows]
        xs = [_midpoint(e) for e in lane_events]
        day = [e.precision in (None, "day") for e in lane_events]
        # numpy arrays: Plotly validates a list element by element, an array in one go,
        # which is what keeps 10,000 events under a second.
        traces.append(go.Scattergl(
            x=np.array(xs, dtype="datetime64[D]"), y=np.array(ys, dtype=float), mode="markers",
            name=label, legendgroup=label,
            customdata=np.array([e.id for e in lane_events], dtype=object),
            hovertext=np.array([hovers[e.id] for e in lane_events], dtype=object),
            hoverinfo="text",
            # One symbol for all: a per-point symbol array is validated point by point.
            # A period's marker is smaller and sits on its bar, which shows the period.
            marker={"color": colour, "size": np.where(day, 11, 7),
                    "line": {"color": "white", "width": 1}},
            meta={"kind": "events", "lane": label},
        ))
        bars = [(e, y) for e, y, is_day in zip(lane_events, ys, day) if not is_day]
        # One None-separated polyline per lane: start, end, gap for each period.
        bar_x = np.array([v for e, _ in bars for v in (e.date, period_end(e.date, e.date_end), None)],
                         dtype="datetime64[D]")
        bar_y = np.array([v for _, y in bars for v in (y, y, np.nan)], dtype=float)
        bar_ids = np.array([v for e, _ in bars for v in (e.id, e.id, None)], dtype=object)
        traces.append(go.Scattergl(
            x=bar_x, y=bar_y, mode="lines", name=label, legendgroup=label, showlegend=False,
            customdata=bar_ids, hoverinfo="skip", opacity=0.55,
            line={"color": colour, "width": 9},
            meta={"kind": "bars", "lane": label},
        ))
        for event, x, y in zip(lane_events, xs, ys):
            if event.id == selected_id:
                selected_points[0].append(x)
                selected_points[1].append(y)
    if selected_points[0]:
        traces.append(go.Scattergl(
            x=selected_points[0], y=selected_points[1], mode="markers", showlegend=False,
            customdata=[selected_id] * len(selected_points[0]), hoverinfo="skip",
            # Open symbols take their outline colour from marker.color.
            marker={"color": SELECTED_COLOUR, "size": 22, "symbol": "circle-open",
                    "line": {"width": 3}},
            meta={"kind": "selected", "lane": ""},
        ))
    figure = go.Figure(data=traces)
    lane_labels = [t("timeline.other_lane", lang) if k == "\0others" else _lane_label(k, lanes, lang)
                   for k in order]
    figure.update_layout(
        height=height or 160 + 64 * max(len(order), 1),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        showlegend=False,
        hovermode="closest",
        clickmode="event+select",
        dragmode="pan",
        uirevision=lanes,
        xaxis={"type": "date", "rangeslider": {"visible": True, "thickness": 0.08},
               "showgrid": True},
        yaxis={"tickvals": list(range(len(order) - 1, -1, -1)), "ticktext": lane_labels,
               "range": [-0.5, len(order) - 0.5], "fixedrange": True, "zeroline": False,
               "showgrid": False},
    )
    if not dated:
        figure.add_annotation(text=t("timeline.empty", lang), showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
    return figure
