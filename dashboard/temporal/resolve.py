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

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from dashboard.model import Mention, precision_rank
from dashboard.temporal import eras
from dashboard.temporal import periods as cal
from dashboard.temporal.choose import weekday_occurrence
from dashboard.temporal.match import Candidate
from dashboard.temporal.reading import Context, Reading, counted, tense_of

# "dernier" is one period back, "ce" the current one, "prochain" one ahead.
RELATION_STEP = {"last": -1, "this": 0, "next": 1}
MONTHS_IN_YEAR = 12
MONTHS_IN_QUARTER = 3
DAYS_IN_WEEK = 7


def calendar_date(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    day, month = fields["day"], fields["month"]
    if "year" in fields:
        when = date(fields["year"], month, day)
        return Reading(when, when, "day", "explicit")
    return counted(fields, ctx, lambda y: (date(y, month, day),) * 2, "day")


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
    reading = counted(fields, ctx, build, "week")
    if reading.date is None:
        return reading
    return replace(reading, precision=cal.span_precision(reading.date, reading.date_end))


def month_range(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    """"D'avril à juin", "between May and July", "from March 2025 to January 2026": from the
    first day of the first month to the last day of the second; a first month later in the
    year than the second ("de novembre à février") lies in the year before."""
    month1, last_month = fields["month1"], fields["month"]

    def build(year: int) -> cal.Period:
        first_year = fields.get("year1", year - (month1 > last_month))
        return date(first_year, month1, 1), cal.month_period(year, last_month)[1]

    if "year" in fields:
        start, end = build(fields["year"])
        if start > end:
            raise ValueError("range ends before it starts")
        return Reading(start, end, cal.span_precision(start, end), "explicit")
    if "year1" in fields:
        raise ValueError("a range with a year for its first month only")  # "de mars 2025 à juin"
    reading = counted(fields, ctx, build, "month")
    if reading.date is None:
        return reading
    return replace(reading, precision=cal.span_precision(reading.date, reading.date_end))


def month(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    number, part = fields["month"], fields.get("part")
    if "year" in fields:
        start, end = cal.month_period(fields["year"], number, part)
        return Reading(start, end, "month", "explicit")
    return counted(fields, ctx, lambda y: cal.month_period(y, number, part), "month")


def year(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    start, end, precision = cal.year_period(fields["year"], fields.get("part"))
    return Reading(start, end, precision, "explicit")


def season(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    name, part = fields["season"], fields.get("part")
    precision = "month" if part else "season"
    if "year" in fields:
        start, end = cal.season_period(name, fields["year"], part)
        return Reading(start, end, precision, "explicit")
    # A season with neither year nor "dernier" ("pendant l'été") means this one: relative.
    this_one = {"rel": "this", **fields}
    return counted(this_one, ctx, lambda y: cal.season_period(name, y, part), precision)


def weekday(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    """A weekday counted from publication; "la nuit de samedi à dimanche" is the two days,
    "mardi de la semaine prochaine" the Tuesday of next week, "la veille de dimanche" the
    Saturday before."""
    target = fields["weekday"]
    rel = fields.get("rel")
    if ctx.published is None:
        return Reading(None, None, "day", "relative", unanchored=True,
                       future=rel == "next" or ctx.future_clause)
    weeks = params.get("week")
    if weeks is not None:
        monday = cal.week_period(ctx.published)[0] + timedelta(days=DAYS_IN_WEEK * weeks)
        day, why = monday + timedelta(days=target), "relation"
    else:
        day, why = weekday_occurrence(target, ctx.published, rel, tense_of(fields, ctx))
    day += timedelta(days=params.get("shift_days", 0))
    start = day
    if "weekday1" in fields:
        length = timedelta(days=(target - fields["weekday1"]) % DAYS_IN_WEEK)
        start = day - length
        if weeks is None and why == "future_tense" and start < ctx.published:
            # "Le salon se tiendra de lundi à mercredi", said on a Tuesday: next week's
            # Monday to Wednesday, the range lying wholly ahead like the tense says.
            start = weekday_occurrence(fields["weekday1"], ctx.published, rel,
                                       tense_of(fields, ctx))[0]
            day = start + length
    marker = ctx.tense.marker if why.endswith("_tense") else None
    return Reading(start, day, "day", "relative", ctx.published, "publication", why=why,
                   marker=marker)


def quarter(fields: Mapping, ctx: Context, params: Mapping) -> Reading:
    """A quarter, or with ``params["months"] = 6`` a half ("au second semestre 2026", "the
    first half of 2026"), of the year written or of the publication year."""
    number, length = fields["ordinal"], params.get("months", MONTHS_IN_QUARTER)
    if not 1 <= number <= MONTHS_IN_YEAR // length:
        raise ValueError("no such part of a year")
    if "year" in fields:
        the_year, dated_by, anchor = fields["year"], "explicit", (None, None)
    elif ctx.published is None:
        return Reading(None, None, "quarter", "relative", unanchored=True)
    else:
        the_year, dated_by, anchor = ctx.published.year, "relative", (ctx.published,
                                                                      "publication")
    last_month = length * number
    start, end = date(the_year, last_month - length + 1, 1), cal.month_end(the_year, last_month)
    precision = "quarter" if length == MONTHS_IN_QUARTER else cal.span_precision(start, end)
    return Reading(start, end, precision, dated_by, *anchor)


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
    elif dated_by == "anaphoric" and "word" not in fields:
        # "Un mois plus tard", "in the days that followed" with no date written before them
        # count from an event the text never dates: counting from publication would invent
        # a date (a month ahead of a story told in the past). Kept, not dated. A day word
        # alone ("la veille", "the next day") still counts from publication, as a reader
        # of the day's paper does.
        return Reading(None, None, precision, dated_by, unanchored=True)
    elif ctx.published is not None:
        anchor, anchor_kind = (ctx.published, ctx.published), "publication"
    else:
        return Reading(None, None, precision, dated_by, unanchored=True)
    first, last = _steps(fields, params, unit)
    if "number" in fields and first == last and unit in cal.POINT_UNITS and (
            previous or unit == "year"):
        # "Une semaine plus tard", "a month after": counted from the event just mentioned,
        # the result is that point, not a whole week or month. "Il y a deux ans", "dans un
        # an": a reader hears the month, not the whole calendar year.
        start, end = (cal.add_units(day, unit, first) for day in anchor)
        if previous:
            precision = cal.span_precision(start, end)
        else:
            start, end = cal.month_period(start.year, start.month)
            precision = "month"
        return Reading(start, end, precision, dated_by, anchor[0], anchor_kind)
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
    elif part and unit == "week":
        start, end = cal.week_part(start, part)
        precision = "day" if start == end else "week"
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
    "calendar_date": calendar_date, "day_range": day_range, "month_range": month_range,
    "month": month, "year": year,
    "season": season, "weekday": weekday, "relative": relative, "quarter": quarter,
    **eras.RESOLVERS,
}
# Kinds whose reading depends on the tense of the clause when nothing else says it.
TENSE_SENSITIVE = ("calendar_date", "day_range", "month_range", "month", "season", "weekday",
                   "holiday")


def _as_deadline(reading: Reading, fields: Mapping) -> Reading:
    """"Avant fin 2025", "by the end of the month", "d'ici vendredi": a limit, kept as its last
    day; "avant l'été" ends the day before summer starts. Not drawn as the whole period."""
    if reading.date is None:
        return reading
    if fields.get("deadline") == "before" and fields.get("part") is None \
            and reading.date != reading.date_end:
        day = reading.date - timedelta(days=1)
    else:
        day = reading.date_end
    return replace(reading, date=day, date_end=day, precision="day", deadline=True,
                   why="deadline")


def resolve(candidate: Candidate, ctx: Context) -> Reading:
    rule, fields = candidate.rule, candidate.fields
    if rule.params.get("vague"):
        # "Ces derniers jours", "the coming months": kept, said to be vague, never drawn.
        return Reading(None, None, None, "relative", vague=True,
                       future=bool(rule.params.get("future")))
    try:
        reading = RESOLVERS[rule.kind](fields, ctx, rule.params)
    except (ValueError, OverflowError):
        # A date that does not exist (30 February 2024) or a publication date so close to
        # 1 January of year 1 that counting back leaves the calendar: say so, guess nothing.
        return Reading(None, None, None, "explicit" if "year" in fields else "relative",
                       unanchored=True)
    if fields.get("deadline"):
        reading = _as_deadline(reading, fields)
    inherent = bool(rule.params.get("future")) or bool(fields.get("until_future")) \
        or bool(fields.get("deadline"))
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


def range_ends(text: str, candidate: Candidate, reading: Reading) -> tuple[Mention, ...]:
    """The two ends of a range mention, each a mention of its own with the period it names on
    its own: a day for "du 3 au 7 mars" and a night, a whole year for "2023-2024". They share
    the range's reading (how it was dated, its tense) and say which range they end."""
    spans = candidate.fields.get("ends")
    if not spans or reading.date is None or reading.deadline:
        return ()
    (s1, e1), (s2, e2) = spans
    if candidate.rule.kind == "year_range":
        first = (reading.date, date(reading.date.year, 12, 31), "year")
        last = (date(reading.date_end.year, 1, 1), reading.date_end, "year")
    elif candidate.rule.kind == "month_range":
        first = (*cal.month_period(reading.date.year, reading.date.month), "month")
        last = (*cal.month_period(reading.date_end.year, reading.date_end.month), "month")
    else:
        first, last = (reading.date, reading.date, "day"), (reading.date_end,) * 2 + ("day",)
    whole = (candidate.start, candidate.end)
    return tuple(
        Mention.of(replace(reading, date=day, date_end=day_end, precision=precision),
                   start=start, end=end, text=text[start:end], rule=candidate.rule.name,
                   part_of=whole)
        for (start, end), (day, day_end, precision) in (((s1, e1), first), ((s2, e2), last)))
