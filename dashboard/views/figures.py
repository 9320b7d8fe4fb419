"""The timeline figure: a pure function from events to a Plotly figure.

An event known to the day is a marker; a wider one (week, month, season, quarter, year) is a
bar across its whole period, so the reader sees how uncertain the date is. Every event is drawn
with WebGL traces, one marker trace and one bar trace per lane (bars as gap-separated thick
line segments), because thousands of SVG shapes would freeze the browser; one small SVG trace
of counts per week feeds the range slider, which draws no WebGL.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import plotly.graph_objects as go

from dashboard.model import CATEGORIES, Event
from dashboard.views.axis import counts_over_time, initial_range
from dashboard.views.colours import BACKGROUND, LANE_COLOURS, MUTED_TEXT, SELECTED, TEXT
from dashboard.views.i18n import (
    category_label,
    display_name,
    format_period,
    plural,
    t,
    table,
)
from dashboard.views.labels import place_labels

# Okabe & Ito's hues, darkened where needed so every mark has 3:1 on white (views.colours).
OKABE_ITO = LANE_COLOURS
SELECTED_COLOUR = SELECTED
# Bars are drawn opaque: at any lighter opacity a period's bar falls under 3:1 on white.
BAR_OPACITY = 1.0
# Beyond this many lanes a timeline stops being readable; the rest share one "others" lane.
MAX_LANES = 12
# Overlapping events in a lane are spread over this many rows, then wrap around.
ROWS_PER_LANE = 5
LANE_HEIGHT = 0.76
# Height of the range slider's event counts, in y units (lanes are 1 apart).
SLIDER_HEIGHT = 1.0
EPOCH = date(1970, 1, 1).toordinal()


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
    return order_lanes(counts, lanes)


def order_lanes(counts: Mapping[str, int], lanes: str) -> list[str]:
    """``lane_order`` given how many times each lane key occurs."""
    if lanes == "category":
        order = [c for c in CATEGORIES if c in counts] + sorted(set(counts) - set(CATEGORIES))
    else:
        order = sorted(counts, key=lambda k: (k == "", -counts[k], k))
    return order


def _lane_label(key: str, lanes: str, lang: str) -> str:
    """The lane's tick text. Plotly reads tick text as a subset of HTML (links included), and
    categories, actors and outlets come from the corpus: escaped."""
    if key == "":
        return t("timeline.no_lane", lang)
    if lanes == "category":
        return html.escape(category_label(key, lang), quote=False)
    return html.escape(display_name(key, lang) if lanes == "actor" else key, quote=False)


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
    """Headline, the date as written and as resolved, each with its label, and the number of
    articles ("écrit : « 4 juillet »", "daté : 4 juillet 2025").

    The headline and the written date come from a document: they are escaped because Plotly
    renders hover text as HTML.
    """
    words = table(lang)
    written = words.QUOTE.format(text=event.date_text) if event.date_text else t("hover.publication", lang)
    return "<br>".join([
        f"<b>{_escape(event.title)}</b>",
        _escape(t("hover.written", lang, text=written)),
        _escape(t("hover.dated", lang, period=format_period(event.date, event.date_end,
                                                              event.precision, lang))),
        t("hover.sources", lang, articles=plural(len(event.doc_ids), "article", lang)),
    ])


def _escape(text: str) -> str:
    """Plotly renders text as a subset of HTML: < > & must be literal; quotes stay readable."""
    return html.escape(text, quote=False)


# Dark text on white: a contrast of about 15:1, well above WCAG's 4.5:1.
HOVER_LABEL = {"align": "left", "bgcolor": BACKGROUND, "bordercolor": TEXT,
               "font": {"color": TEXT, "size": 13}}
LABEL_FONT = {"size": 11, "color": "#1d232b"}
COUNT_COLOUR = "#4a5561"
LABEL_PAD = "\u2002\u2002"
# A label on the left of its mark ends one space further off: the selected event's ring (22 px
# across) reaches further out than a mark.
LEFT_LABEL_PAD = "\u2002\u2002\u2002"


def _strings(values: Sequence[str]) -> np.ndarray:
    # A numpy string array is serialised in one call; an object array element by element,
    # which was a third of a filter change on 10,000 events.
    return np.array(values, dtype=str) if len(values) else np.array([], dtype="<U1")


def _days(ordinals: np.ndarray) -> np.ndarray:
    # From proleptic ordinals: numpy converts a list of date objects one by one, slowly.
    return (ordinals - EPOCH).astype("datetime64[D]")


@dataclass(frozen=True)
class _Spans:
    """The dated events' periods as arrays (day ordinals), worked out once per figure."""

    start: np.ndarray
    end: np.ndarray     # the first day after the period
    middle: np.ndarray
    day: np.ndarray     # known to the day: drawn as a marker only

    @classmethod
    def of(cls, events: Sequence[Event]) -> _Spans:
        start = np.array([e.date.toordinal() for e in events], dtype=np.int64)
        last = np.array([(e.date_end or e.date).toordinal() for e in events], dtype=np.int64)
        day = np.array([e.precision in (None, "day") for e in events], dtype=bool)
        end = np.maximum(last, start) + 1
        middle = np.where(day, start, start + (end - start) // 2)
        return cls(start, end, middle, day)


def _lane_traces(members: np.ndarray, dated: Sequence[Event], spans: _Spans, base: float,
                 label: str, colour: str, pad: float, hovers: Mapping[str, str],
                 lang: str, view: tuple[float, float], selected_id: str | None) -> tuple[list[dict], dict]:
    """The marker and bar traces of one lane (``members`` index ``dated``), and where each
    event's marker sits."""
    day = spans.day[members]
    low = np.where(day, spans.start[members] - pad, spans.start[members])
    high = np.where(day, spans.start[members] + pad, spans.end[members])
    rows = np.array(stack_rows(list(zip(low.tolist(), high.tolist()))), dtype=float)
    used = (rows.max() + 1) if len(rows) else 1
    step = LANE_HEIGHT / max(ROWS_PER_LANE - 1, 1)
    ys = base - (rows - (used - 1) / 2) * step
    xs = _days(spans.middle[members])
    ids = [dated[i].id for i in members]
    markers = {
        "type": "scattergl", "x": xs, "y": ys, "mode": "markers", "name": label, "legendgroup": label,
        "customdata": _strings(ids),
        "hovertext": _strings([hovers.get(i) or hover_text(dated[n], lang)
                            for i, n in zip(ids, members)]),
        "hoverinfo": "text", "hoverlabel": HOVER_LABEL,
        # One symbol for all: a per-point symbol array is validated point by point.
        # A period's marker is smaller and sits on its bar, which shows the period.
        # Opaque: with sizes given per point Plotly draws "bubbles" at 0.7 opacity, which
        # takes the darkened palette back under 3:1.
        "marker": {"color": colour, "size": np.where(day, 11, 7), "opacity": 1,
                "line": {"color": "white", "width": 1}},
        "meta": {"kind": "events", "lane": label},
    }
    periods = members[~day]
    # One polyline per lane: start, end and a gap (NaT / NaN / "") for each period.
    bar_x = np.full(3 * len(periods), np.datetime64("NaT"), dtype="datetime64[D]")
    bar_x[0::3], bar_x[1::3] = _days(spans.start[periods]), _days(spans.end[periods])
    bar_y = np.repeat(ys[~day], 3)
    bar_y[2::3] = np.nan
    bar_ids = np.repeat(_strings([dated[i].id for i in periods]), 3)
    bar_ids[2::3] = ""
    bars = {
        "type": "scattergl", "x": bar_x, "y": bar_y, "mode": "lines", "name": label, "legendgroup": label, "showlegend": False,
        "customdata": bar_ids, "hoverinfo": "skip", "opacity": BAR_OPACITY, "line": {"color": colour, "width": 9},
        "meta": {"kind": "bars", "lane": label},
    }
    labels = _label_trace(members, dated, spans, ys, label, view, ids, selected_id)
    return [markers, bars, labels], dict(zip(ids, zip(xs, ys)))


def _label_trace(members: np.ndarray, dated: Sequence[Event], spans: _Spans, ys: np.ndarray,
                 lane: str, view: tuple[float, float], ids: list[str], selected_id: str | None) -> dict:
    """The headlines written beside the marks that have room (``dashboard.views.labels``)."""
    selected = ids.index(selected_id) if selected_id in ids else None
    day = spans.day[members]
    # A bar's label starts where the bar ends; a day's beside its mark.
    label_x = np.where(day, spans.start[members], spans.end[members])
    placed = place_labels(label_x.tolist(), ys.tolist(), [dated[i].title for i in members], view,
                          selected, mark_starts=spans.start[members].tolist())
    texts = []
    for p in placed:
        text = _escape(p.text)
        text = f"<b>{text}</b>" if p.index == selected else text
        if p.hidden:
            text += f' <span style="color:{COUNT_COLOUR}">+{p.hidden}</span>'
        # A little room between the mark and its label, on the label's side.
        texts.append(f"{LABEL_PAD}{text}" if p.side == "right" else f"{text}{LEFT_LABEL_PAD}")
    chosen = [p.index for p in placed]
    # Plain lists: a label trace holds a few dozen points, and plotly.py spends more on checking
    # each numpy array it serialises than on writing a short list.
    return {
        "type": "scatter", "x": [str(d) for d in _days(label_x[chosen])] if chosen else [],
        "y": ys[chosen].tolist() if chosen else [], "mode": "text",
        "text": texts, "textposition": [f"middle {p.side}" for p in placed],
        "textfont": LABEL_FONT,
        "customdata": [ids[i] for i in chosen], "hoverinfo": "skip", "showlegend": False,
        "cliponaxis": True, "meta": {"kind": "labels", "lane": lane},
    }


def _slider_counts(spans: _Spans, bottom: float) -> dict:
    """Events per week (or month, year) as a filled outline that only the range slider shows.

    Plotly's range slider draws no WebGL trace. This SVG trace lives far below the lanes, out
    of the main view, and the slider's own y range is fixed on it.
    """
    starts, counts = counts_over_time(_days(spans.middle))
    height = counts / max(counts.max(), 1) * SLIDER_HEIGHT if len(counts) else counts
    # A closed outline from the baseline, with a last step so the final bin has a width.
    width = starts[-1] - starts[-2] if len(starts) > 1 else np.timedelta64(7, "D")
    ends = starts[-1:] + width
    x = np.concatenate([starts[:1], starts, ends, ends])
    y = np.concatenate([[0.0], height, height[-1:], [0.0]]) + bottom
    return {"type": "scatter", "x": x, "y": y, "mode": "lines", "fill": "toself", "line": {"shape": "hv", "width": 1,
                      "color": "#7a8a99"}, "fillcolor": "rgba(122,138,153,0.35)", "hoverinfo": "skip",
                      "showlegend": False, "meta": {"kind": "counts", "lane": ""}}


def timeline_figure(events: Sequence[Event], lanes: str = "category",
                    selected_id: str | None = None, lang: str = "fr",
                    source_labels: Mapping[str, str] | None = None,
                    height: int | None = None,
                    hovers: Mapping[str, str] | None = None) -> go.Figure:
    """The timeline of ``events`` in lanes of ``lanes`` (category, actor or source).

    ``customdata`` of every point is the event id, so a click maps back to an event.
    ``source_labels`` names each doc_id's lane when lanes are by source (e.g. its outlet).
    ``height`` in pixels; by default it grows with the number of lanes. ``hovers`` holds
    hover texts already made (``hover_text``) by event id, so a rerun need not remake them.
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
    members: list[list[int]] = [[] for _ in order]
    for position, event in enumerate(dated):
        for key in dict.fromkeys(k if k in kept else "\0others"
                                 for k in lane_keys(event, lanes, labels)):
            members[index[key]].append(position)
    spans = _Spans.of(dated)

    span = (dated[-1].date.toordinal() - dated[0].date.toordinal()) if dated else 0
    # A day marker is given a width of about 1/120 of the view so neighbours are stacked.
    pad = max(span / 240, 0.5)
    lane_labels = [t("timeline.other_lane", lang) if k == "\0others" else _lane_label(k, lanes, lang)
                   for k in order]
    view = initial_range(dated[0].date, date.fromordinal(int(spans.end.max()) - 1)) if dated else None
    shown_days = (view[0].toordinal(), view[1].toordinal()) if view else (0, 1)
    traces: list = []
    where: list[tuple] = []
    for lane, lane_events in enumerate(members):
        key = order[lane]
        colour = OKABE_ITO[(CATEGORIES.index(key) if key in CATEGORIES and lanes == "category"
                            else lane) % len(OKABE_ITO)]
        # The first lane is drawn on top without reversing the axis: Streamlit's plotly.js
        # misplaces WebGL lines on a reversed axis.
        drawn, placed = _lane_traces(np.array(lane_events, dtype=np.int64), dated, spans,
                                     len(order) - 1 - lane, lane_labels[lane], colour, pad,
                                     hovers or {}, lang, shown_days, selected_id)
        traces += drawn
        if selected_id in placed:
            where.append(placed[selected_id])
    if where:
        traces.append({
            "type": "scattergl", "x": np.array([x for x, _ in where]),
            "y": np.array([y for _, y in where], dtype=float), "mode": "markers", "showlegend": False,
            "customdata": _strings([selected_id] * len(where)), "hoverinfo": "skip",
            # Open symbols take their outline colour from marker.color.
            "marker": {"color": SELECTED_COLOUR, "size": 22, "symbol": "circle-open",
                    "line": {"width": 3}},
            "meta": {"kind": "selected", "lane": ""},
        })
    bottom = -SLIDER_HEIGHT * 4 - len(order)
    xaxis = {"type": "date", "showgrid": True, "tickfont": {"color": MUTED_TEXT},
             "rangeslider": {"visible": True, "thickness": 0.08,
                             "yaxis": {"rangemode": "fixed",
                                       "range": [bottom, bottom + SLIDER_HEIGHT * 1.1]}}}
    if view is not None:
        traces.append(_slider_counts(spans, bottom))
        xaxis["range"] = xaxis["rangeslider"]["range"] = [view[0].isoformat(), view[1].isoformat()]
    else:
        # Nothing to show: no axis at all rather than an empty year 2000 to 2001.
        xaxis = {"visible": False}
    layout = {
        "height": height or 160 + 64 * max(len(order), 1),
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "showlegend": False,
        "hovermode": "closest",
        # Explicit, so neither Plotly's nor Streamlit's theme fades the labels under 4.5:1,
        # and a hover box is dark text on white whatever its lane's colour.
        "font": {"color": MUTED_TEXT},
        "clickmode": "event+select",
        "dragmode": "pan",
        "uirevision": lanes,
        "xaxis": xaxis,
        "yaxis": {"tickvals": list(range(len(order) - 1, -1, -1)), "ticktext": lane_labels,
                  "tickfont": {"color": MUTED_TEXT},
                  "range": [-0.5, len(order) - 0.5], "fixedrange": True, "zeroline": False,
                  "showgrid": False, "automargin": True, "visible": bool(dated)},
        "hoverlabel": HOVER_LABEL,
    }
    # Plotly validates every array element by element and copies it (a third of a filter
    # change on 10,000 events); these traces are built from typed arrays and checked by the
    # tests, so they skip it.
    figure = go.Figure(data=traces, layout=layout, _validate=False)
    if not dated:
        figure.add_annotation(text=t("timeline.empty", lang), showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
    return figure
