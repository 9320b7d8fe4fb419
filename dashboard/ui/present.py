"""Presentation mode: one event at a time, in date order, with Previous and Next.

The current event is the view's ``event`` when it is among the shown events, else the first,
so a link to a filtered presentation always lands on a slide.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.model import Event
from dashboard.views.aggregate import AGGREGATE_FROM
from dashboard.views.filters import chronological
from dashboard.views.i18n import plural, t
from dashboard.views.slides import STRIP_MARKS_MAX


def ordered_ids(events: Sequence[Event]) -> tuple[str, ...]:
    return tuple(e.id for e in chronological(events))


def current_id(ids: Sequence[str], event_id: str | None) -> str | None:
    if not ids:
        return None
    return event_id if event_id in ids else ids[0]


def position(ids: Sequence[str], event_id: str | None) -> int:
    """1-based position of the current slide (0 when there is nothing to show)."""
    current = current_id(ids, event_id)
    return ids.index(current) + 1 if current is not None else 0


def next_id(ids: Sequence[str], event_id: str | None) -> str | None:
    """The following slide; the last one stays put rather than wrapping to the start."""
    if not ids:
        return None
    return ids[min(position(ids, event_id), len(ids) - 1)]


def previous_id(ids: Sequence[str], event_id: str | None) -> str | None:
    if not ids:
        return None
    return ids[max(position(ids, event_id) - 2, 0)]


def move(ids: Sequence[str], event_id: str | None, action: str) -> str | None:
    """The slide a key or button asks for: next, previous, first or last; else stay."""
    if not ids:
        return None
    if action == "first":
        return ids[0]
    if action == "last":
        return ids[-1]
    if action in ("next", "previous"):
        return (next_id if action == "next" else previous_id)(ids, event_id)
    return current_id(ids, event_id)


def many_events_note(total: int, lang: str) -> str | None:
    """What a presentation of more events than the explorer draws one by one says under its
    strip: every event still gets its slide, and a crowded strip counts them per day."""
    if total <= AGGREGATE_FROM:
        return None
    return t("present.many", lang, events=plural(total, "event", lang), marks=STRIP_MARKS_MAX)
