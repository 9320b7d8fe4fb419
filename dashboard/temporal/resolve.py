"""Resolve a candidate to a period: explicit, counted from publication, or from the last event.

One function per rule kind. The conventions (which Tuesday "mardi" is, which November
"novembre dernier" is) are written once here for every language:

- a date missing its year, a bare weekday, "cet été": the latest such period on or before the
  publication date, or for a future clause the next one (weekdays: strictly after publication,
  since a future "vendredi" written on a Friday means next week's);
- "dernier"/"last": the latest one that ended before publication;
- "prochain"/"next": the first one that starts after publication.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dashboard.model import precision_rank
from dashboard.temporal import periods as cal
from dashboard.temporal.match import Candidate

# "dernier" is one period back, "ce" the current one, "prochain" one ahead.
RELATION_STEP = {"last": -1, "this": 0, "next": 1}
# A date written without its year is looked for this many years either side of publication:
# wide enough for 29 February (a leap year within four years) and for a "dernier" that skips
# the current year, narrow enough that no far year can win.
YEARS_AROUND = 4
# A bare weekday is looked for this many days either side of publication: "dernier" and
# "prochain" reach at most a week beyond the nearest one, so two weeks always hold the answer.
WEEKDAY_REACH_DAYS = 14
QUARTERS_IN_YEAR = 4
MONTHS_IN_QUARTER = 3


@dataclass(frozen=True)
class Context:
    published: date | None
    # The period of the last resolved mention in the text, for "la veille" and the like.
    previous: cal.Period | None
    future_clause: bool


@dataclass(frozen=True)
class Reading:
    date: date | None
    date_end: date | None
    precision: str | None
    dated_by: str
    anchor: date | None = None
    anchor_kind: str | None = None
    unanchored: bool = False
    future: bool = False


def _mode(rel: str | None, future_clause: bool, future_mode: str = "on_or_after") -> str:
    if rel == "last":
        return "before"
    if rel == "next":
        return "after"
    return future_mode if future_clause else "on_or_before"


def _choose(instances: Iterable[cal.Period], published: date, mode: str) -> cal.Period | None:
    ordered = sorted(instances)
    tests: dict[str, Callable[[cal.Period], bool]] = {
        "on_or_before": lambda p: p[0] <= published,
        "before": lambda p: p[1] < published,
        "on_or_after": lambda p: p[1] >= published,
        "after": lambda p: p[0] > published,
    }
    fitting = [p for p in ordered if tests[mode](p)]
    if not fitting:
        return None
    return fitting[-1] if mode in ("on_or_before", "before") else fitting[0]


def _years_around(published: date, build: Callable[[int], cal.Period]) -> list[cal.Period]:
    found = []
    for year in range(published.year - YEARS_AROUND, published.year + YEARS_AROUND + 1):
        try:
            found.append(build(year))
        except ValueError:
            continue  # 29 February in a common year
    return found


def _counted(fields: Mapping, ctx: Context, build: Callable[[int], cal.Period],
             precision: str, future_mode: str = "on_or_after") -> Reading:
    """A period whose year is not written: chosen around the publication date."""
    rel = fields.get("rel")
    dated_by = "relative" if rel else "explicit"
    if ctx.published is None:
        return Reading(None, None, precision, dated_by, unanchored=True,
                       future=rel == "next" or ctx.future_clause)
    period = _choose(_years_around(ctx.published, build), ctx.published,
                     _mode(rel, ctx.future_clause, future_mode))
    if period is None:
        return Reading(None, None, precision, dated_by, unanchored=True)
    anchor = (ctx.published, "publication") if rel else (None, None)
    return Reading(period[0], period[1], precision, dated_by, *anchor)


def calendar_date(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    day, month = fields["day"], fields["month"]
    if "year" in fields:
        when = date(fields["year"], month, day)
        return Reading(when, when, "day", "explicit")
    return _counted(fields, ctx, lambda y: (date(y, month, day),) * 2, "day")


def day_range(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    day1, day, month = fields["day1"], fields["day"], fields["month"]
    month1 = fields.get("month1", month)

    def build(year: int) -> cal.Period:
        return date(year - (month1 > month), month1, day1), date(year, month, day)

    if "year" in fields:
        start, end = build(fields["year"])
        if start > end:
            raise ValueError("range ends before it starts")
        return Reading(start, end, cal.span_precision(start, end), "explicit")
    reading = _counted(fields, ctx, build, "week")
    if reading.date is None:
        return reading
    return replace(reading, precision=cal.span_precision(reading.date, reading.date_end))


def month(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    number, part = fields["month"], fields.get("part")
    if "year" in fields:
        start, end = cal.month_period(fields["year"], number, part)
        return Reading(start, end, "month", "explicit")
    return _counted(fields, ctx, lambda y: cal.month_period(y, number, part), "month")


def year(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    start, end, precision = cal.year_period(fields["year"], fields.get("part"))
    return Reading(start, end, precision, "explicit")


def season(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    name = fields["season"]
    if "year" in fields:
        start, end = cal.season_period(name, fields["year"])
        return Reading(start, end, "season", "explicit")
    # A season with neither year nor "dernier" ("pendant l'été") means this one: relative.
    counted = {"rel": "this", **fields}
    return _counted(counted, ctx, lambda y: cal.season_period(name, y), "season")


def weekday(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    target = fields["weekday"]
    rel = fields.get("rel")
    if ctx.published is None:
        return Reading(None, None, "day", "relative", unanchored=True,
                       future=rel == "next" or ctx.future_clause)
    days = [ctx.published + timedelta(days=k)
            for k in range(-WEEKDAY_REACH_DAYS, WEEKDAY_REACH_DAYS + 1)]
    instances = [(d, d) for d in days if d.weekday() == target]
    chosen = _choose(instances, ctx.published, _mode(rel, ctx.future_clause, "after"))
    return Reading(chosen[0], chosen[1], "day", "relative", ctx.published, "publication")


def quarter(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    number = fields["ordinal"]
    if not 1 <= number <= QUARTERS_IN_YEAR:
        raise ValueError("a year has four quarters")
    if "year" in fields:
        the_year, dated_by, anchor = fields["year"], "explicit", (None, None)
    elif ctx.published is None:
        return Reading(None, None, "quarter", "relative", unanchored=True)
    else:
        the_year, dated_by, anchor = ctx.published.year, "relative", (ctx.published,
                                                                      "publication")
    last_month = MONTHS_IN_QUARTER * number
    start = date(the_year, last_month - MONTHS_IN_QUARTER + 1, 1)
    return Reading(start, cal.month_end(the_year, last_month), "quarter", dated_by, *anchor)


def _steps(fields: Mapping, params: Mapping, unit: str) -> tuple[int, int]:
    if "word" in fields:
        step = params["words"][fields["word"]]
        return step, step
    if "number" in fields:
        sign, count = params.get("sign", 1), fields["number"]
        low, high = count if isinstance(count, tuple) else (count, count)
        return tuple(sorted((sign * low, sign * high)))
    if "spans" in params:
        return params["spans"][unit]
    step = RELATION_STEP[fields["rel"]] if "rel" in fields else params.get("at", 0)
    return step, step


def relative(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    unit = fields.get("unit", params.get("unit"))
    previous = params.get("anchor") == "previous" and ctx.previous
    dated_by = "anaphoric" if params.get("anchor") == "previous" else "relative"
    precision = cal.UNIT_PRECISION[unit]
    if previous:
        anchor, anchor_kind = previous, "previous"
    elif ctx.published is not None:
        anchor, anchor_kind = (ctx.published, ctx.published), "publication"
    else:
        return Reading(None, None, precision, dated_by, unanchored=True)
    first, last = _steps(fields, params, unit)
    if unit == "weekend":
        start, end = cal.weekend(anchor[0], first, future=ctx.future_clause)
    else:
        start = cal.shifted_period(unit, anchor, first)[0]
        end = cal.shifted_period(unit, anchor, last)[1]
    part = fields.get("part")
    if part and unit == "year":
        start, end, precision = cal.year_period(start.year, part)
    elif part and unit == "month":
        start, end = cal.month_period(start.year, start.month, part)
    elif first != last:
        precision = cal.span_precision(start, end)
    if params.get("clip") == "to_publication" and ctx.published and start <= ctx.published:
        end = min(end, ctx.published)
    if anchor[0] != anchor[1]:
        # "Deux jours plus tard" after "en novembre": counted from a month, it is known only
        # to the month, never to the day.
        precision = max(precision, cal.span_precision(start, end), key=precision_rank)
    return Reading(start, end, precision, dated_by, anchor[0], anchor_kind)


RESOLVERS: dict[str, Callable[[Mapping, Context, Mapping], Reading]] = {
    "calendar_date": calendar_date, "day_range": day_range, "month": month, "year": year,
    "season": season, "weekday": weekday, "relative": relative, "quarter": quarter,
}
# Kinds whose reading depends on the tense of the clause when nothing else says it.
TENSE_SENSITIVE = ("calendar_date", "day_range", "month", "season", "weekday")


def resolve(candidate: Candidate, ctx: Context) -> Reading:
    rule, fields = candidate.rule, candidate.fields
    try:
        reading = RESOLVERS[rule.kind](fields, ctx, rule.params)
    except (ValueError, OverflowError):
        # A date that does not exist (30 February 2024) or a publication date so close to
        # 1 January of year 1 that counting back leaves the calendar: say so, guess nothing.
        return Reading(None, None, None, "explicit" if "year" in fields else "relative",
                       unanchored=True)
    inherent = bool(rule.params.get("future")) or bool(fields.get("until_future"))
    # A future clause counts only where the year was not written: "signé le 4 juillet 2020"
    # stays past whatever verb follows it.
    future_by_tense = (rule.kind in TENSE_SENSITIVE and "year" not in fields
                       and ctx.future_clause)
    if ctx.published is not None and reading.date is not None:
        future = (inherent or reading.date > ctx.published
                  or (future_by_tense and reading.date_end >= ctx.published))
    else:
        future = inherent or reading.future or future_by_tense
    return replace(reading, future=future)
