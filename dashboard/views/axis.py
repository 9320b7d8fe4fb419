"""The timeline's time axis: its first view and the event counts its range slider draws.

Its ticks are plotly.js's own, which adapt to every zoom (years, months, then days with the
year where it changes) and are written in the reader's language by the locale that
``dashboard.views.plotly_locale`` gives the chart. Plotly draws no WebGL trace in its range
slider, so the slider gets its own small SVG trace: events counted per week, month or year.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from dashboard.model import shift_days

# A lone event (or a day's worth) is shown with a month around it, not zoomed to milliseconds.
MIN_SPAN_DAYS = 30
# A little room on both sides so the first and last markers are not cut in half.
MARGIN = 0.04


def initial_range(first: date, last: date) -> tuple[date, date]:
    """The first view of events from ``first`` to ``last``: all of them, at least a month wide."""
    span = (last - first).days
    if span < MIN_SPAN_DAYS:
        middle = shift_days(first, span // 2)
        return shift_days(middle, -(MIN_SPAN_DAYS // 2)), shift_days(middle, MIN_SPAN_DAYS // 2)
    margin = max(round(span * MARGIN), 1)
    return shift_days(first, -margin), shift_days(last, margin)


def counts_over_time(days: Sequence[date]) -> tuple[np.ndarray, np.ndarray]:
    """How many of ``days`` fall in each week, month or year: bin starts and counts.

    The bin grows with the span so the range slider gets a few hundred points at most.
    """
    if not len(days):
        return np.array([], dtype="datetime64[D]"), np.array([], dtype=float)
    values = np.array(days, dtype="datetime64[D]")
    span = int((values.max() - values.min()).astype(int))
    if span <= 6 * 366:
        # Weeks from a Monday (numpy's own weeks start on Thursday 1970-01-01).
        monday = np.datetime64("1970-01-05", "D")
        index = (values - monday).astype(int) // 7
        low, high = int(index.min()), int(index.max())
        starts = monday + (np.arange(low, high + 1) * 7).astype("timedelta64[D]")
    else:
        unit = "M" if span <= 40 * 366 else "Y"
        index = values.astype(f"datetime64[{unit}]").astype(int)
        low, high = int(index.min()), int(index.max())
        starts = np.arange(low, high + 1).astype(f"datetime64[{unit}]").astype("datetime64[D]")
    # Every bin, empty ones too, so the drawn outline drops to zero between busy periods.
    counts = np.bincount(index - low, minlength=high - low + 1)
    return starts, counts.astype(float)
