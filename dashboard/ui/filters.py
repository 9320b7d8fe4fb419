"""Which events a view shows: a pure function from (view, events) to a new list.

Within one field the choices are alternatives (actor A or actor B); across fields they all
apply (actor A and place P). Dates keep every event whose period overlaps [from, to], so a
"juin 2025" event stays visible when the range starts on 15 June.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from dashboard.model import Event
from dashboard.ui.view import View, fold


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    # A rerun filters the same events again: fold each text once, not on every keystroke.
    return fold(text)


def _search_text(event: Event) -> str:
    return "\n".join([event.title, *(s.excerpt for s in event.sources)])


def _in_range(view: View, event: Event) -> bool:
    if view.date_from is None and view.date_to is None:
        return True
    if event.date is None:
        return False
    end = event.date_end or event.date
    if view.date_from and end < view.date_from:
        return False
    return not (view.date_to and event.date > view.date_to)


def _any(chosen: Sequence[str], present: Sequence[str]) -> bool:
    return not chosen or any(c in present for c in chosen)


def _from_sources(view: View, event: Event, outlets: Mapping[str, str]) -> bool:
    if not view.sources:
        return True
    names = set(event.doc_ids) | {outlets[d] for d in event.doc_ids if d in outlets}
    return any(s in names for s in view.sources)


def matches(view: View, event: Event, outlets: Mapping[str, str] | None = None) -> bool:
    """Whether ``event`` passes every filter of ``view``; ``outlets`` maps doc_id -> outlet."""
    query = fold(view.q.strip())
    return (
        _in_range(view, event)
        and _any(view.categories, (event.category,))
        and _any(view.actors, event.actors)
        and _any(view.places, event.places)
        and _any(view.weapons, event.weapons)
        and _from_sources(view, event, outlets or {})
        and len(event.doc_ids) >= view.min_sources
        and (not query or query in _folded(_search_text(event)))
    )


def apply(view: View, events: Sequence[Event],
          outlets: Mapping[str, str] | None = None) -> list[Event]:
    """The events ``view`` shows, in their original order."""
    return [e for e in events if matches(view, e, outlets)]


def chronological(events: Sequence[Event]) -> list[Event]:
    """Events in reading order: by date, the narrower period first, then title and id.

    Undated events (a document with no publication date) come last.
    """
    def key(event: Event) -> tuple:
        if event.date is None:
            return (1, 0, 0, event.title, event.id)
        end = event.date_end or event.date
        return (0, event.date.toordinal(), end.toordinal(), event.title, event.id)
    return sorted(events, key=key)
