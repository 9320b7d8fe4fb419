"""Which events a view shows: a pure function from (view, events) to a new list.

Within one field the choices are alternatives (actor A or actor B); across fields they all
apply (actor A and place P). Dates keep every event whose period overlaps [from, to], so a
"juin 2025" event stays visible when the range starts on 15 June.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

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
    return Facts(_source_names(doc_ids, outlets), len(doc_ids), search_text(event, aliases))


def _source_names(doc_ids: Sequence[str], outlets: Mapping[str, str]) -> frozenset[str]:
    return frozenset(doc_ids) | {outlets[d] for d in doc_ids if d in outlets}


def search_text(event: Event, aliases: Mapping[str, Sequence[str]] | None = None) -> str:
    """What the search box looks in: title, excerpts, names and their other spellings, folded."""
    entity_names = [*event.actors, *event.organisations, *event.places, *event.weapons]
    spellings = [s for n in entity_names for s in (aliases or {}).get(n, ())]
    return _folded("\n".join([event.title, *(s.excerpt for s in event.sources), *entity_names,
                               *spellings]))


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


def _reading_key(event: Event) -> tuple:
    if event.date is None:
        return (1, 0, 0, event.title, event.id)
    end = event.date_end or event.date
    return (0, event.date.toordinal(), end.toordinal(), event.title, event.id)


def chronological(events: Sequence[Event]) -> list[Event]:
    """Events in reading order: by date, the narrower period first, then title and id.

    Undated events (a document with no publication date) come last.
    """
    return sorted(events, key=_reading_key)


# The names a filter field reads from an event, by the View field that chooses among them.
_NAME_FIELDS = ("actors", "organisations", "places", "weapons")


class FilterIndex:
    """One corpus's events as columns, so that a filter change is array work, not a loop.

    ``apply`` above walks every event in Python on every rerun: about a second at 10^5 events.
    Here dates are day numbers, categories small integers, and each name points at the
    positions of the events that carry it; ``mask(view)`` gives the same events as ``apply``.
    What only some filters read (who reported an event, the folded text the search box looks
    in) is worked out the first time a view asks for it, not for every corpus opened. The page
    shares one index between sessions: a column made by two threads at once is made twice,
    the same both times, and stored in one assignment.
    """

    def __init__(self, events: Sequence[Event], outlets: Mapping[str, str] | None = None,
                 aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self.events = tuple(events)
        # The events and their ids as object arrays: a mask picks thousands at C speed.
        self._event_array = np.empty(len(self.events), dtype=object)
        self._event_array[:] = self.events
        self.ids = np.array([e.id for e in self.events], dtype=object)
        self._outlets = outlets or {}
        self._aliases = aliases or {}
        count = len(self.events)
        self.dated = np.fromiter((e.date is not None for e in self.events), bool, count)
        self.start = np.fromiter((e.date.toordinal() if e.date else 0 for e in self.events),
                                 np.int64, count)
        self.end = np.fromiter(((e.date_end or e.date).toordinal() if e.date else 0
                                for e in self.events), np.int64, count)
        self._categories: dict[str, int] = {}
        self.category = np.fromiter(
            (self._categories.setdefault(e.category, len(self._categories)) for e in self.events),
            np.int64, count)
        self.has_sources = np.fromiter((bool(e.sources) for e in self.events), bool, count)
        # Positions in reading order (``chronological``): a mask taken in this order is the
        # shown events already sorted for the picker and the slides.
        self.by_rank = np.array(sorted(range(count), key=lambda i: _reading_key(self.events[i])),
                                dtype=np.int64)
        self._postings: dict[str, dict[str, np.ndarray]] = {}
        self._source_count: np.ndarray | None = None
        self._text: list[str] | None = None

    def __len__(self) -> int:
        return len(self.events)

    def _names_of(self, field: str, event: Event) -> Sequence[str]:
        if field == "sources":
            return _source_names(event.doc_ids, self._outlets)
        return getattr(event, field)

    def _positions(self, field: str) -> dict[str, np.ndarray]:
        found = self._postings.get(field)
        if found is None:
            lists: dict[str, list[int]] = {}
            for position, event in enumerate(self.events):
                for name in self._names_of(field, event):
                    lists.setdefault(name, []).append(position)
            found = {name: np.array(at, dtype=np.int64) for name, at in lists.items()}
            self._postings[field] = found
        return found

    def _any_of(self, field: str, chosen: Sequence[str]) -> np.ndarray:
        keep = np.zeros(len(self.events), bool)
        postings = self._positions(field)
        for name in chosen:
            if name in postings:
                keep[postings[name]] = True
        return keep

    def _sources_at_least(self, least: int) -> np.ndarray:
        if least <= 1:
            # "At least one article" is having any source: no need to count distinct ones.
            return self.has_sources if least == 1 else np.ones(len(self.events), bool)
        if self._source_count is None:
            self._source_count = np.fromiter((len(e.doc_ids) for e in self.events), np.int64,
                                             len(self.events))
        return self._source_count >= least

    def _matching_text(self, query: str) -> np.ndarray:
        if self._text is None:
            self._text = [search_text(e, self._aliases) for e in self.events]
        return np.fromiter((query in text for text in self._text), bool, len(self.events))

    def mask(self, view: View) -> np.ndarray:
        """For each event in corpus order, whether ``view`` shows it (as ``apply`` decides)."""
        keep = self._sources_at_least(view.min_sources).copy()
        if view.date_from is not None or view.date_to is not None:
            keep &= self.dated
            if view.date_from is not None:
                keep &= self.end >= view.date_from.toordinal()
            if view.date_to is not None:
                keep &= self.start <= view.date_to.toordinal()
        if view.categories:
            codes = [self._categories[c] for c in view.categories if c in self._categories]
            keep &= np.isin(self.category, codes)
        for field in _NAME_FIELDS:
            if getattr(view, field):
                keep &= self._any_of(field, getattr(view, field))
        if view.sources:
            keep &= self._any_of("sources", view.sources)
        query = fold_for_search(view.q.strip())
        if query:
            keep &= self._matching_text(query)
        return keep

    def shown(self, view: View) -> list[Event]:
        """The events ``view`` shows, in corpus order (what ``apply`` returns)."""
        return self.picked(self.mask(view))

    def picked(self, mask: np.ndarray) -> list[Event]:
        """The events ``mask`` keeps, in corpus order."""
        return self._event_array[mask].tolist()

    def reading_order(self, mask: np.ndarray) -> np.ndarray:
        """The positions ``mask`` keeps, in reading order."""
        return self.by_rank[mask[self.by_rank]]
