"""Which events a view shows: a pure function from (view, events) to a new list.

Within one field the choices are alternatives (actor A or actor B); across fields they all
apply (actor A and place P). Dates keep every event whose period overlaps [from, to], so a
"juin 2025" event stays visible when the range starts on 15 June.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dashboard.extract.fold import fold_for_search
from dashboard.model import Event
from dashboard.views.view import View


@dataclass(frozen=True)
class Facts:
    """What the filters read from one event beyond its fields, worked out once per corpus.

    A rerun filters every event again; deriving these each time (``Event.doc_ids`` walks the
    sources, folding walks every excerpt) cost most of a filter change on 10,000 events.
    """

    # The doc_ids of its sources and their outlets: what a source filter can name.
    names: frozenset[str]
    source_count: int
    # Title, excerpts, names and every known spelling of them, folded (no case, no accents)
    # for the search box: "Putin" finds the events whose sentences say "Poutine".
    text: str


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    # A caller without ``index_facts`` filters the same events again on every rerun: fold
    # each text once, not on every keystroke.
    return fold_for_search(text)


def facts_of(event: Event, outlets: Mapping[str, str],
             aliases: Mapping[str, Sequence[str]] | None = None) -> Facts:
    """``aliases`` maps a canonical name to its other spellings (``Corpus.aliases``)."""
    doc_ids = event.doc_ids
    names = frozenset(doc_ids) | {outlets[d] for d in doc_ids if d in outlets}
    entity_names = [*event.actors, *event.organisations, *event.places, *event.weapons]
    spellings = [s for n in entity_names for s in (aliases or {}).get(n, ())]
    text = _folded("\n".join([event.title, *(s.excerpt for s in event.sources), *entity_names, *spellings]))
    return Facts(names, len(doc_ids), text)


def index_facts(events: Sequence[Event], outlets: Mapping[str, str],
                aliases: Mapping[str, Sequence[str]] | None = None) -> dict[str, Facts]:
    """Each event's ``Facts`` by event id, for ``apply(..., facts=...)``."""
    return {e.id: facts_of(e, outlets, aliases) for e in events}


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


def _matches(view: View, query: str, event: Event, facts: Facts) -> bool:
    return (
        _in_range(view, event)
        and _any(view.categories, (event.category,))
        and _any(view.actors, event.actors)
        and _any(view.organisations, event.organisations)
        and _any(view.places, event.places)
        and _any(view.weapons, event.weapons)
        and (not view.sources or any(s in facts.names for s in view.sources))
        and facts.source_count >= view.min_sources
        and (not query or query in facts.text)
    )


def matches(view: View, event: Event, outlets: Mapping[str, str] | None = None) -> bool:
    """Whether ``event`` passes every filter of ``view``; ``outlets`` maps doc_id -> outlet."""
    return _matches(view, fold_for_search(view.q.strip()), event, facts_of(event, outlets or {}))


def apply(view: View, events: Sequence[Event], outlets: Mapping[str, str] | None = None,
          facts: Mapping[str, Facts] | None = None) -> list[Event]:
    """The events ``view`` shows, in their original order.

    ``facts`` (from ``index_facts``) saves working each event's facts out again; an event
    missing from it gets them computed.
    """
    query = fold_for_search(view.q.strip())
    known = facts or {}
    outlets = outlets or {}
    return [e for e in events
            if _matches(view, query, e, known.get(e.id) or facts_of(e, outlets))]


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
