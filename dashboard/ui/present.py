"""Presentation mode: one event at a time, in date order, with Previous and Next.

The current event is the view's ``event`` when it is among the shown events, else the first,
so a link to a filtered presentation always lands on a slide.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.model import Event
from dashboard.views.filters import chronological


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
