"""Dates as the exports print them: resolved at their precision, and as the article wrote them."""

from __future__ import annotations

from datetime import date

from dashboard.model import Event
from dashboard.views.i18n import format_period, t

# Precisions whose period a longer span can cover several of ("du 4 au 6 juillet", "2024-2025");
# a week, season or quarter already names its whole span.
SPANNING = ("day", "month", "year", None)


def format_date(start: date, precision: str | None, lang: str = "fr",
                end: date | None = None) -> str:
    """``start`` at ``precision``, as a range when ``end`` falls in a later period."""
    first = format_period(start, end, precision, lang)
    if precision not in SPANNING or not end or end <= start:
        return first
    last = format_period(end, end, precision, lang)
    return first if last == first else f"{first} – {last}"


def event_date_label(event: Event, lang: str = "fr") -> str:
    """The event's resolved date, or "" when it has none."""
    if event.date is None:
        return ""
    return format_date(event.date, event.precision, lang, event.date_end)


def display_date(event: Event, lang: str = "fr") -> str:
    """The date as the article wrote it, with the resolved date where the words alone are vague.

    "le 4 juillet 2025" stays as written; "mardi" becomes "mardi (15 juillet 2025)"; an event
    dated by its article's publication says so, because no date was written for it.
    """
    resolved = event_date_label(event, lang)
    if event.dated_by == "publication" or not event.date_text:
        if not resolved:
            return event.date_text or ""
        return f"{resolved} ({t('hover.publication', lang)})"
    if not resolved or resolved.casefold() in event.date_text.casefold():
        return event.date_text
    return f"{event.date_text} ({resolved})"
