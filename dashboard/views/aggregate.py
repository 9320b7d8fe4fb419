"""The timeline zoomed out: how many events each lane holds per week, month, quarter or year.

Past ``AGGREGATE_FROM`` events one marker per event stops being readable, and the page would
send megabytes of points to the browser on every change. The counts view draws one bubble per
lane and period instead, its area proportional to the count, with the same lanes as the
detailed timeline. A click on a bubble gives that period (``period_of_point``), which the page
turns into its date filter: zoomed in far enough, the events are drawn one by one again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import numpy as np
import plotly.graph_objects as go

from dashboard.model import CATEGORIES, Event
from dashboard.views.figures import EPOCH, MAX_LANES, OKABE_ITO, _lane_label, lane_keys, order_lanes
from dashboard.views.i18n import format_period, plural, t

# Beyond this many events the page shows counts: 5,000 markers still draw in well under a
# second in chromium and their JSON stays under about a megabyte.
AGGREGATE_FROM = 5000
# About this many periods fit across a wide chart, bubbles still apart.
MAX_PERIODS = 120
# From the finest to the coarsest; the first that gives at most MAX_PERIODS periods is used.
PERIODS = ("week", "month", "quarter", "year")
# The largest bubble's diameter in pixels; areas follow the counts.
MAX_BUBBLE = 34
PERIOD_PREFIX = "period:"


def period_start(day: date, period: str) -> date:
    """The first day of the week (Monday), month, quarter or year that holds ``day``."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def period_end(start: date, period: str) -> date:
    """The last day of the period that starts on ``start``."""
    if period == "week":
        return start + timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1) - timedelta(days=1)


def period_for(first: date, last: date) -> str:
    """The finest period that cuts [first, last] into at most MAX_PERIODS pieces."""
    days = (last - first).days + 1
    lengths = {"week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25}
    return next((p for p in PERIODS if days / lengths[p] <= MAX_PERIODS), "year")


def _period_starts(days: np.ndarray, period: str) -> np.ndarray:
    """``period_start`` of every day of ``days`` (datetime64[D]) at once."""
    if period == "week":
        # 1970-01-01, day 0, was a Thursday: weekday (Monday 0) is (day + 3) mod 7.
        return days - (days.astype(np.int64) + 3) % 7
    if period == "year":
        return days.astype("datetime64[Y]").astype("datetime64[D]")
    months = days.astype("datetime64[M]")
    if period == "quarter":
        index = months.astype(np.int64)
        months = (index - index % 3).astype("datetime64[M]")
    return months.astype("datetime64[D]")


def _tally(dated: Sequence[Event], lanes: str, source_labels: Mapping[str, str],
           period: str) -> tuple[dict[str, int], dict[tuple[str, date], int]]:
    """How often each lane key occurs (for ``order_lanes``), and the counts per (lane, period
    start): array work over all events instead of a dictionary update per event and lane."""
    if lanes == "category":
        keys = [e.category for e in dated]
        owners = np.arange(len(dated))
        occurrences = dict(Counter(keys))
    else:
        keys, owner_list, occurrences = [], [], {}
        for position, event in enumerate(dated):
            found = lane_keys(event, lanes, source_labels)
            for key in found:
                occurrences[key] = occurrences.get(key, 0) + 1
            # An event counts once in a lane even if it names the lane twice.
            for key in dict.fromkeys(found):
                keys.append(key)
                owner_list.append(position)
        owners = np.array(owner_list, dtype=np.int64)
    if not keys:
        return occurrences, {}
    codes = {key: n for n, key in enumerate(occurrences)}
    lane_of = np.fromiter((codes[k] for k in keys), np.int64, len(keys))
    days = (np.fromiter((e.date.toordinal() for e in dated), np.int64, len(dated))
            - EPOCH).astype("datetime64[D]")
    starts = _period_starts(days, period).astype(np.int64)[owners]
    span = int(starts.max() - starts.min()) + 1
    cells, sizes = np.unique(lane_of * span + (starts - starts.min()), return_counts=True)
    names = list(occurrences)
    first = int(starts.min()) + EPOCH
    return occurrences, {(names[cell // span], date.fromordinal(first + cell % span)): int(size)
                         for cell, size in zip(cells.tolist(), sizes.tolist())}


def counts(events: Sequence[Event], lanes: str, source_labels: Mapping[str, str],
           period: str) -> dict[tuple[str, date], int]:
    """(lane, period start) -> number of dated events of that lane starting in that period."""
    return _tally([e for e in events if e.date is not None], lanes, source_labels, period)[1]


def period_of_point(custom: object) -> tuple[date, date] | None:
    """The (first, last) day of a clicked bubble's period, or None for anything else."""
    if not isinstance(custom, str) or not custom.startswith(PERIOD_PREFIX):
        return None
    try:
        first, last = custom[len(PERIOD_PREFIX):].split("/")
        return date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None


def counts_figure(events: Sequence[Event], lanes: str = "category", lang: str = "fr",
                  source_labels: Mapping[str, str] | None = None,
                  height: int | None = None) -> go.Figure:
    """Bubbles of event counts per lane and period, for more events than markers can show."""
    labels = source_labels or {}
    dated = [e for e in events if e.date is not None]
    first = min((e.date for e in dated), default=None)
    last = max((e.date for e in dated), default=None)
    period = period_for(first, last) if dated else "year"
    occurrences, tallied = _tally(dated, lanes, labels, period)
    order = order_lanes(occurrences, lanes)
    if len(order) > MAX_LANES:
        order = order[:MAX_LANES - 1] + ["\0others"]
    kept_set = set(order)
    traces = []
    layout_range = None
    if dated:
        found: dict[tuple[str, date], int] = {}
        for (key, start), count in tallied.items():
            lane = key if key in kept_set else "\0others"
            found[lane, start] = found.get((lane, start), 0) + count
        largest = max(found.values())
        for row, key in enumerate(order):
            cells = sorted((start, count) for (lane, start), count in found.items() if lane == key)
            if not cells:
                continue
            lane_label = (t("timeline.other_lane", lang) if key == "\0others"
                          else _lane_label(key, lanes, lang))
            colour = OKABE_ITO[(CATEGORIES.index(key) if key in CATEGORIES and lanes == "category"
                                else row) % len(OKABE_ITO)]
            ends = [period_end(start, period) for start, _ in cells]
            middles = [start + (end - start) / 2 for (start, _), end in zip(cells, ends)]
            sizes = np.sqrt(np.array([c for _, c in cells]) / largest) * MAX_BUBBLE
            traces.append({
                "type": "scattergl", "mode": "markers", "name": lane_label,
                "x": np.array(middles, dtype="datetime64[D]"),
                "y": np.full(len(cells), float(len(order) - 1 - row)),
                "customdata": np.array([f"{PERIOD_PREFIX}{s.isoformat()}/{e.isoformat()}"
                                        for (s, _), e in zip(cells, ends)]),
                "hovertext": np.array([
                    f"<b>{lane_label}</b><br>{format_period(s, e, period, lang)}"
                    f"<br>{plural(c, 'event', lang)}"
                    for (s, c), e in zip(cells, ends)]),
                "hoverinfo": "text",
                "marker": {"color": colour, "size": np.maximum(sizes, 4), "opacity": 0.8,
                           "line": {"color": "white", "width": 1}},
                "meta": {"kind": "period_counts", "lane": lane_label, "period": period},
            })
        pad = timedelta(days=(last - first).days * 0.03 + 7)
        layout_range = [(first - pad).isoformat(), (last + pad).isoformat()]
    lane_labels = [t("timeline.other_lane", lang) if k == "\0others" else _lane_label(k, lanes, lang)
                   for k in order]
    layout = {
        "height": height or 160 + 64 * max(len(order), 1),
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "showlegend": False,
        "hovermode": "closest", "clickmode": "event+select", "dragmode": "pan",
        "uirevision": f"counts-{lanes}",
        "xaxis": {"type": "date", "showgrid": True, **({"range": layout_range} if layout_range else {})},
        "yaxis": {"tickvals": list(range(len(order) - 1, -1, -1)), "ticktext": lane_labels,
                  "range": [-0.5, len(order) - 0.5], "fixedrange": True, "zeroline": False,
                  "showgrid": False},
    }
    # Built from typed arrays, like the detailed timeline: skip Plotly's per-element checks.
    return go.Figure(data=traces, layout=layout, _validate=False)
