"""Calendar arithmetic on periods: knows dates, not words.

A period is a ``(start, end)`` pair of dates, both inclusive. The conventions that are not
obvious live here once, so every language resolves "début juin" or "late 2025" the same way.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Period = tuple[date, date]

# Thirds of a month for "début/mi-/fin juin", "early/mid/late June". The month keeps precision
# "month": the period is narrower, but a reader still hears a month, not a week.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}

# Parts of a year for "début/mi-/fin 2025". Early and late are the first and last quarters.
# "mi-2025" has no calendar quarter: it is the four months around the middle (May-August) and
# carries precision "season", a span of about a season that is not a quarter.
YEAR_PARTS = {
    "early": ((1, 1), (3, 31), "quarter"),
    "mid": ((5, 1), (8, 31), "season"),
    "late": ((10, 1), (12, 31), "quarter"),
}

# Meteorological seasons (whole months), as weather services and most newsrooms count them:
# easier to check than astronomical dates that move by a day from year to year. Winter YEAR is
# the winter that begins in December of YEAR and ends in February of YEAR + 1.
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def month_period(year: int, month: int, part: str | None = None) -> Period:
    if part is None:
        return date(year, month, 1), month_end(year, month)
    first, last = MONTH_PARTS[part]
    end = month_end(year, month)
    return date(year, month, first), date(year, month, min(last, end.day))


def year_period(year: int, part: str | None = None) -> tuple[date, date, str]:
    if part is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    (m1, d1), (m2, d2), precision = YEAR_PARTS[part]
    return date(year, m1, d1), date(year, m2, d2), precision


def week_period(day: date) -> Period:
    """The Monday-to-Sunday week holding ``day`` (ISO weeks, as in French and British usage)."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


# "Fin de l'été", "in late summer": the season's first, middle or last month.
SEASON_PART_MONTH = {"early": 0, "mid": 1, "late": 2}


# "Early next week", "en fin de semaine": Monday-Wednesday, Tuesday-Thursday, Thursday-Sunday.
WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}


def week_part(day: date, part: str) -> Period:
    monday, _ = week_period(day)
    first, last = WEEK_PARTS[part]
    return monday + timedelta(days=first), monday + timedelta(days=last)


def season_period(season: str, year: int, part: str | None = None) -> Period:
    if part is not None:
        month_year, month = shift_month(year, SEASON_MONTHS[season], SEASON_PART_MONTH[part])
        return month_period(month_year, month)
    start = date(year, SEASON_MONTHS[season], 1)
    end_year, end_month = shift_month(year, SEASON_MONTHS[season], 2)
    return start, month_end(end_year, end_month)


def latest_weekday(day: date, weekday: int, *, strictly_before: bool = False) -> date:
    back = (day.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return day - timedelta(days=back)


def next_weekday(day: date, weekday: int, *, inclusive: bool = False) -> date:
    ahead = (weekday - day.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return day + timedelta(days=ahead)


def weekend(day: date, k: int, *, future: bool) -> Period:
    """A Saturday-Sunday weekend counted from ``day``.

    k == 0 is "ce week-end": the one around or just before ``day`` for a past clause, the one
    around or just after it for a future clause. k < 0 counts back from the last weekend that
    ended before ``day``; k > 0 forward from the first one that starts after it.
    """
    saturday, sunday = 5, 6
    if day.weekday() in (saturday, sunday):
        current = latest_weekday(day, saturday)
    elif future:
        current = next_weekday(day, saturday)
    else:
        current = latest_weekday(day, saturday)
    if k < 0:
        last = latest_weekday(day - timedelta(days=1), saturday)
        if last + timedelta(days=1) >= day:
            last -= timedelta(days=7)
        current = last + timedelta(days=7 * (k + 1))
    elif k > 0:
        current = next_weekday(day, saturday) + timedelta(days=7 * (k - 1))
    return current, current + timedelta(days=1)


def shifted_period(unit: str, anchor: Period, k: int) -> Period:
    """The calendar period ``k`` units away from the one holding ``anchor``.

    Day and hour shifts move both ends of the anchor (so "la veille" of a month is still a
    month-wide guess); week, month and year shifts land on whole calendar periods.
    """
    start, end = anchor
    if unit == "hour":
        days = k // 24 if k >= 0 else -((-k) // 24)
        return start + timedelta(days=days), end + timedelta(days=days)
    if unit == "day":
        return start + timedelta(days=k), end + timedelta(days=k)
    if unit == "week":
        monday, _ = week_period(start)
        monday += timedelta(days=7 * k)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        year, month = shift_month(start.year, start.month, k)
        return month_period(year, month)
    if unit == "year":
        return date(start.year + k, 1, 1), date(start.year + k, 12, 31)
    raise ValueError(f"unknown calendar unit {unit!r}: expected hour, day, week, month or year")


def span_precision(start: date, end: date) -> str:
    """The precision a reader would give a computed span ("ces derniers jours": a week)."""
    days = (end - start).days + 1
    for limit, precision in ((1, "day"), (10, "week"), (31, "month"), (92, "quarter")):
        if days <= limit:
            return precision
    return "year"


# Units whose count from an event gives a point in time ("une semaine plus tard").
POINT_UNITS = ("day", "week", "month", "year")


def add_units(day: date, unit: str, k: int) -> date:
    """``day`` moved by ``k`` units, the day of the month kept where it exists (31 January
    plus a month is 28 or 29 February)."""
    if unit == "day":
        return day + timedelta(days=k)
    if unit == "week":
        return day + timedelta(days=7 * k)
    months = k if unit == "month" else 12 * k
    year, month = shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


UNIT_PRECISION = {"hour": "day", "day": "day", "week": "week", "weekend": "week",
                  "month": "month", "year": "year"}
