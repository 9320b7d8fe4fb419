"""What a resolver returns (``Reading``, the model's ``DateReading``) and what it reads besides
the match (``Context``), and the shared case of a period written without its year."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from dashboard.model import DateReading
from dashboard.temporal import periods as cal
from dashboard.temporal.choose import in_year_of, occurrence, years_around
from dashboard.temporal.tense import Tense


@dataclass(frozen=True)
class Context:
    published: date | None
    # The period of the last resolved mention in the text, for "la veille" and the like.
    previous: cal.Period | None
    tense: Tense = Tense(False)
    # The last date written with its year in the same or the previous sentence, whose year
    # a date written without one takes ("On 3 March 2019 ... and on 5 April").
    year_of: date | None = None

    @property
    def future_clause(self) -> bool:
        return self.tense.future


# What a resolver returns: the period and how it was dated, without a place in the text.
Reading = DateReading


def counted(fields: Mapping, ctx: Context, build: Callable[[int], cal.Period],
             precision: str, future_mode: str = "on_or_after") -> Reading:
    """A period whose year is not written: chosen around the publication date; a day may be
    read as an upcoming schedule (see choose.occurrence)."""
    rel = fields.get("rel")
    dated_by = "relative" if rel else "explicit"
    if ctx.year_of is not None and precision == "day" and not rel \
            and fields.get("weekday") is None and not tense_of(fields, ctx).future:
        # Told in the same story as a date with its year, a reader gives it that year (or
        # the next, across New Year); a future clause speaks of after publication instead.
        period = in_year_of(ctx.year_of, build)
        if period is not None:
            return Reading(period[0], period[1], precision, dated_by, why="earlier_year")
    if ctx.published is None:
        return Reading(None, None, precision, dated_by, unanchored=True,
                       future=rel == "next" or ctx.future_clause)
    period, why = occurrence(years_around(ctx.published, build), ctx.published, rel,
                             tense_of(fields, ctx), fields.get("weekday"), future_mode,
                             schedule=precision == "day")
    if period is None:
        return Reading(None, None, precision, dated_by, unanchored=True)
    anchor = (ctx.published, "publication") if rel else (None, None)
    marker = ctx.tense.marker if why.endswith("_tense") else None
    return Reading(period[0], period[1], precision, dated_by, *anchor, why=why, marker=marker)


def tense_of(fields: Mapping, ctx: Context) -> Tense:
    """The clause's tense, except that a limit set with "by"/"d'ici" always looks ahead."""
    if fields.get("deadline") == "by":
        return Tense(True, ctx.tense.marker)
    return ctx.tense
