"""The timeline's time axis: its first view, its tick labels in the reader's language, and the
event counts its range slider draws.

Streamlit's plotly.js carries only its English locale, so in French Plotly would print
"Jul 2024" under the timeline. Frise computes the ticks of the first view itself and labels
them from the language's month table. Plotly draws no WebGL trace in its range slider, so the
slider gets its own small SVG trace: events counted per week, month or year.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np

from dashboard.views.i18n import table

# A lone event (or a day's worth) is shown with a month around it, not zoomed to milliseconds.
MIN_SPAN_DAYS = 30
# A little room on both sides so the first and last markers are not cut in half.
MARGIN = 0.04
# About this many labels fit under a wide chart without overlapping.
MAX_TICKS = 9
_DAY_STEPS = (1, 2, 7, 14)
# Up to about five years, ticks fall on months (every 6 or 12 when wide); beyond, on years.
MONTH_TICKS_UP_TO = 5 * 366
_MONTH_STEPS = (1, 2, 3, 6, 12)
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)


def initial_range(first: date, last: date) -> tuple[date, date]:
    """The first view of events from ``first`` to ``last``: all of them, at least a month wide."""
    span = (last - first).days
    if span < MIN_SPAN_DAYS:
        middle = first + timedelta(days=span // 2)
        half = timedelta(days=MIN_SPAN_DAYS // 2)
        return middle - half, middle + half
    margin = timedelta(days=max(round(span * MARGIN), 1))
    return first - margin, last + margin


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _first_step(steps: Sequence[int], count: float) -> int:
    return next((s for s in steps if count / s <= MAX_TICKS), steps[-1])


def date_ticks(start: date, end: date, lang: str) -> tuple[list[str], list[str]]:
    """Tick positions (ISO dates) and labels for the view [start, end] in ``lang``.

    Days, months or years, whichever step keeps at most about MAX_TICKS labels. The year is
    written under the first label and wherever it changes, as Plotly does in English.
    """
    words = table(lang)
    span = (end - start).days
    ticks: list[date] = []
    if span <= 62:
        step = _first_step(_DAY_STEPS, span)
        # Weekly steps fall on Mondays, the first day of the week in both languages.
        day = start + timedelta(days=(-start.weekday()) % 7 if step >= 7 else 0)
        while day <= end:
            ticks.append(day)
            day += timedelta(days=step)
    elif span <= MONTH_TICKS_UP_TO:
        step = _first_step(_MONTH_STEPS, span / 30.4)
        month = _add_months(date(start.year, start.month, 1), 1 if start.day > 1 else 0)
        month = _add_months(month, (-(month.month - 1)) % step)
        while month <= end:
            ticks.append(month)
            month = _add_months(month, step)
    else:
        step = _first_step(_YEAR_STEPS, span / 365.25)
        year = start.year + 1 if (start.month, start.day) != (1, 1) else start.year
        year += (-year) % step
        while year <= end.year:
            ticks.append(date(year, 1, 1))
            year += step
    labels = []
    for position, day in enumerate(ticks):
        if span > MONTH_TICKS_UP_TO:
            labels.append(str(day.year))
            continue
        month = words.MONTHS_SHORT[day.month - 1]
        text = month if span > 62 else f"{words.DAY_NAMES.get(day.day, str(day.day))} {month}"
        new_year = position == 0 or day.year != ticks[position - 1].year
        labels.append(f"{text}<br>{day.year}" if new_year else text)
    return [d.isoformat() for d in ticks], labels


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
