"""Resolvers for the longer and the named periods: decades, centuries, ranges of years,
named eras ("l'entre-deux-guerres") and holidays, fixed or computed (Easter and the feasts
counted from it, Thanksgiving).

Each takes the fields read from a match, the context and the rule's params, like the
resolvers of ``resolve.py`` (which imports this table), and returns a ``Reading``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from dashboard.temporal import periods as cal
from dashboard.temporal.reading import Context, Reading, counted

# A decade or century written with two digits ("les années 70", "the '80s") is of the 1900s:
# news rarely says "les années 20" for the 2020s without the four digits.
TWO_DIGIT_CENTURY = 1900
DECADE, CENTURY = 10, 100
# Parts of a decade ("début des années 1990": 1990-1993) and of a century ("début du XXe
# siècle": its first three decades), as a reader hears them.
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
CENTURY_PARTS = {"early": (0, 29), "mid": (40, 59), "late": (70, 99)}
# A range of years longer than this is not a season or a term ("1914-2014" is a span of
# history, fine; "2024-1980" is not a range at all).
LONGEST_YEAR_RANGE = 100
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _years(first: int, last: int, precision: str) -> Reading:
    return Reading(date(first, 1, 1), date(last, 12, 31), precision, "explicit")


def decade(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    start = fields["decade"]
    if start < 100:
        start += TWO_DIGIT_CENTURY
    if start % DECADE:
        raise ValueError("a decade starts on a round year")
    low, high = DECADE_PARTS.get(fields.get("part"), (0, DECADE - 1))
    return _years(start + low, start + high, "decade")


def roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def century(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    number = fields["century"]
    # The 20th century as a reader counts it: 1900-1999 (the years that start with 19).
    start = (number - 1) * CENTURY
    low, high = CENTURY_PARTS.get(fields.get("part"), (0, CENTURY - 1))
    return _years(start + low, start + high, "century")


def year_range(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    first, last = fields["year1"], fields["year_end"]
    if last < 100:
        # "2023-24", "1962-63": the second year shares the first one's century.
        last += first - first % 100
    if not first < last <= first + LONGEST_YEAR_RANGE:
        raise ValueError("not a range of years")
    return _years(first, last, "year" if last == first + 1 else "decade")


def named_span(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    first, last = params["words"][fields["word"]]
    return _years(first, last, "decade")


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher")."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_offset) // 433
    month = (h + weekday_offset - 7 * m + 90) // 25
    day = (h + weekday_offset - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def holiday_day(rule: tuple, year: int) -> date:
    """The day of a holiday in ``year``, from its table entry:
    ("fixed", month, day), ("easter", days after Easter) or ("nth", month, weekday, n)
    with n = -1 for the last one."""
    if rule[0] == "fixed":
        return date(year, rule[1], rule[2])
    if rule[0] == "easter":
        return easter(year) + timedelta(days=rule[1])
    _, month, weekday, n = rule
    if n < 0:
        last = cal.month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    rule = fields["holiday"]
    if "year" in fields:
        day = holiday_day(rule, fields["year"])
        return Reading(day, day, "day", "explicit")
    return counted(fields, ctx, lambda y: (holiday_day(rule, y),) * 2, "day")


RESOLVERS: dict[str, Callable] = {
    "decade": decade, "century": century, "year_range": year_range, "named_span": named_span,
    "holiday": holiday,
}
