"""Which occurrence of a date written without its year (or a bare weekday) is meant, and why.

The answer comes with a reason code, kept on the Mention (``why``) and shown in the detail
panel, so a reader can check the choice:

- ``relation``: "dernier"/"last" is the latest that ended before publication, "prochain"/"next"
  the first that starts after it;
- ``weekday_year``: a weekday written with the date ("lundi 3 mars") picks the year, near
  publication, in which that day is that weekday;
- ``publication_day``: a weekday that names the publication day is that day, whatever the tense
  ("vendredi" in a Friday's paper);
- ``future_tense`` / ``past_tense``: the tense marker nearest to the date in its clause
  ("se tiendra", "will", "a annoncé") says which side of publication;
- ``nearest_future``: a day (not a month or season: "in February" told in November is
  mostly last February), no tense marker, and the next occurrence is both close (a season at
  most) and closer than the last one: a schedule ("on Jan. 1" in a November paper, "le
  match de dimanche" in a Friday paper);
- ``past_default``: no marker: the latest occurrence on or before publication, news being told
  mostly in the past;
- ``earlier_year`` (decided before these, in reading.counted): a date written with its year
  in the same or the previous sentence gives its year ("le 12 mars 2024 ... le 21 mars").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from dashboard.temporal import periods as cal
from dashboard.temporal.tense import Tense

# A date announced without any verb of future is rarely more than a season ahead; past that,
# the last occurrence is the safer reading even when the next one is nearer.
NEAREST_FUTURE_DAYS = 92
# A date written without its year is looked for this many years either side of publication:
# wide enough for 29 February (a leap year within four years), for a weekday that agrees with
# the date (the same date falls on the same weekday every 5, 6 or 11 years) and for a
# "dernier" that skips the current year, narrow enough that no far year can win.
YEARS_AROUND = 6
# A bare weekday is looked for this many days either side of publication: "dernier" and
# "prochain" reach at most a week beyond the nearest one, so two weeks always hold the answer.
WEEKDAY_REACH_DAYS = 14

_TESTS: dict[str, Callable[[cal.Period, date], bool]] = {
    "on_or_before": lambda p, published: p[0] <= published,
    "before": lambda p, published: p[1] < published,
    "on_or_after": lambda p, published: p[1] >= published,
    "after": lambda p, published: p[0] > published,
}


def pick(instances: Iterable[cal.Period], published: date, mode: str) -> cal.Period | None:
    fitting = [p for p in sorted(instances) if _TESTS[mode](p, published)]
    if not fitting:
        return None
    return fitting[-1] if mode in ("on_or_before", "before") else fitting[0]


def years_around(published: date, build: Callable[[int], cal.Period]) -> list[cal.Period]:
    found = []
    for year in range(published.year - YEARS_AROUND, published.year + YEARS_AROUND + 1):
        try:
            found.append(build(year))
        except ValueError:
            continue  # 29 February in a common year
    return found


# A day told after a dated day is of the same year, unless that would put it this far before
# the dated day: then the story has crossed New Year ("Dec. 20, 2019 ... on Jan. 3").
CROSSES_NEW_YEAR_DAYS = 183


def in_year_of(day: date, build: Callable[[int], cal.Period]) -> cal.Period | None:
    """The occurrence in ``day``'s year ("Dec. 8" after "Dec. 10, 1989" is in 1989), or in
    the next when the story has crossed New Year ("Jan. 3" after "Dec. 20, 2019")."""
    for year in (day.year, day.year + 1):
        try:
            period = build(year)
        except ValueError:
            continue  # 29 February in a common year
        if (day - period[1]).days <= CROSSES_NEW_YEAR_DAYS:
            return period
    return None


def occurrence(instances: list[cal.Period], published: date, rel: str | None, tense: Tense,
               weekday: int | None = None, future_mode: str = "on_or_after",
               schedule: bool = False) -> tuple[cal.Period | None, str]:
    """The occurrence meant among ``instances`` (one per year), and the reason code."""
    if rel == "last":
        return pick(instances, published, "before"), "relation"
    if rel == "next":
        return pick(instances, published, "after"), "relation"
    if weekday is not None:
        agreeing = [p for p in instances if p[0].weekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda p: abs((p[0] - published).days)), "weekday_year"
    if tense.marker is not None:
        if tense.future:
            return pick(instances, published, future_mode), "future_tense"
        return pick(instances, published, "on_or_before"), "past_tense"
    past = pick(instances, published, "on_or_before")
    upcoming = pick(instances, published, "after") if schedule else None
    if upcoming is not None and (past is None or (
            (upcoming[0] - published).days <= NEAREST_FUTURE_DAYS
            and upcoming[0] - published < published - past[1])):
        return upcoming, "nearest_future"
    return past, "past_default"


def weekday_occurrence(target: int, published: date, rel: str | None,
                       tense: Tense) -> tuple[date, str]:
    """The day a bare weekday names, and the reason code."""
    days = [published + timedelta(days=k)
            for k in range(-WEEKDAY_REACH_DAYS, WEEKDAY_REACH_DAYS + 1)]
    instances = [(d, d) for d in days if d.weekday() == target]
    if rel == "last":
        return pick(instances, published, "before")[0], "relation"
    if rel == "next":
        return pick(instances, published, "after")[0], "relation"
    if target == published.weekday():
        return published, "publication_day"
    if tense.future:
        return pick(instances, published, "after")[0], "future_tense"
    last = pick(instances, published, "on_or_before")[0]
    if tense.marker:
        return last, "past_tense"
    # No marker at all ("le match de dimanche"): the nearer one; a tie goes to the past.
    upcoming = pick(instances, published, "after")[0]
    if upcoming - published < published - last:
        return upcoming, "nearest_future"
    return last, "past_default"
