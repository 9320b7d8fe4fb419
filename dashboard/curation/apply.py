"""People's corrections laid over the machine's events: a pure function, run after every extraction.

Order matters and is fixed: splits and joins first, in the order they were made (they change
which events exist), then hand-made events, then field corrections, each going to the event
that holds most of its anchor sentences (``anchors``). A correction that finds no event is an
orphan: it is reported, never dropped, and applies again if its sentences come back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from dashboard.curation.anchors import best_match, source_index
from dashboard.curation.fields import ACTIVE, DELETED, EDITABLE, NAME_FIELDS, to_event
from dashboard.model import Event, Source
from dashboard.store.edits import Correction, Mark

# The names a join adds together: every list of names an event has.
_JOINED_NAMES = (*NAME_FIELDS, "weapons")


@dataclass(frozen=True)
class EventState:
    """What the page needs to edit an event and to say who corrected what."""

    version: int = 0
    correction_id: int | None = None
    # Field -> who set it and when, for "corrigé à la main".
    corrected: dict[str, Mark] = field(default_factory=dict)
    # machine, hand (added by a person) or split (a source taken out into its own event).
    origin: str = "machine"
    # Corrections that shaped it (edits, joins, splits), for its history.
    corrections: tuple[int, ...] = ()


@dataclass(frozen=True)
class Orphan:
    correction: Correction
    reason: str


@dataclass(frozen=True)
class Curated:
    events: tuple[Event, ...]
    deleted: tuple[Event, ...]
    states: dict[str, EventState]
    orphans: tuple[Orphan, ...]

    def state(self, event_id: str) -> EventState:
        return self.states.get(event_id, EventState())


def _split_off(holder: Event, index: int, new_id: str) -> tuple[Event, Event]:
    source = holder.sources[index]
    rest = holder.sources[:index] + holder.sources[index + 1:]
    alone = dataclasses.replace(
        holder, id=new_id, sources=(source,), date=source.date or holder.date,
        date_end=source.date_end or source.date or holder.date_end,
        precision=source.precision or holder.precision, date_text=source.date_text,
        dated_by=source.dated_by, anchor=source.anchor, anchor_kind=source.anchor_kind,
        date_source=source.doc_id, disagreements=())
    # The sources left say the same thing now, unless two or more of them still differ.
    kept = dataclasses.replace(holder, sources=rest,
                               disagreements=holder.disagreements if len(rest) > 1 else ())
    return kept, alone


def _joined(into: Event, other: Event) -> Event:
    seen = {(s.doc_id, s.start, s.end) for s in into.sources}
    sources = into.sources + tuple(s for s in other.sources if (s.doc_id, s.start, s.end) not in seen)
    names = {name: tuple(dict.fromkeys(getattr(into, name) + getattr(other, name)))
             for name in _JOINED_NAMES}
    return dataclasses.replace(into, sources=sources, confidence=max(into.confidence, other.confidence),
                               disagreements=into.disagreements + other.disagreements, **names)


def _hand_event(correction: Correction) -> Event:
    source = correction.extra.get("source")
    values = {name: to_event(name, correction.value(name)) for name in EDITABLE
              if correction.value(name) is not None}
    return Event(id=correction.target, title=values.pop("title", ""), date=values.pop("date", None),
                 date_end=values.pop("date_end", None), precision=values.pop("precision", None),
                 date_text=None, dated_by="explicit", category=values.pop("category", "other"),
                 sources=(Source.from_dict(source),) if source else (),
                 language=correction.extra.get("language", "fr"), confidence=1.0, **values)


def _with_fields(event: Event, correction: Correction) -> Event:
    values = {name: to_event(name, mark.value) for name, mark in correction.fields.items()
              if name in EDITABLE}
    if "date" in values and "date_end" not in values:
        # A new day with the old end would make an impossible period: it moves with the day
        # unless the person set an end too.
        values["date_end"] = values["date"]
    return dataclasses.replace(event, **values)


def apply_corrections(events: Sequence[Event], corrections: Sequence[Correction]) -> Curated:
    """The corpus as people corrected it: ``events`` from the machine, ``corrections`` in order."""
    current = list(events)
    states: dict[str, EventState] = {}
    orphans: list[Orphan] = []
    deleted_ids: set[str] = set()

    def note(event_id: str, correction: Correction, **changes) -> None:
        state = states.get(event_id, EventState())
        states[event_id] = dataclasses.replace(
            state, corrections=state.corrections + (correction.id,), **changes)

    for correction in corrections:
        if correction.kind == "split" and correction.value(ACTIVE, False):
            anchor = correction.anchors[0]
            # Two clauses of one sentence are two events with the same source: the split goes
            # to the event it was made on, found by all of its sentences.
            holders = [e for e in current if source_index(anchor, e) is not None]
            holder = best_match(correction.extra.get("from", [anchor]), holders,
                                correction.extra.get("from_id", ""))
            if holder is None:
                orphans.append(Orphan(correction, "source sentence not found"))
            elif len(holder.sources) > 1:
                kept, alone = _split_off(holder, source_index(anchor, holder), correction.target)
                current[current.index(holder)] = kept
                current.append(alone)
                note(alone.id, correction, origin="split")
                note(kept.id, correction)
        elif correction.kind == "join" and correction.value(ACTIVE, False):
            into = best_match(correction.extra["into"], current, correction.extra.get("into_id", ""))
            other = best_match(correction.anchors, current, correction.target)
            if into is None or other is None:
                orphans.append(Orphan(correction, "an event of the join was not found"))
            elif into is not other:
                current[current.index(into)] = _joined(into, other)
                current.remove(other)
                note(into.id, correction)
    for correction in corrections:
        # An undone add has no "deleted" mark at all: it is gone, not deleted.
        if correction.kind == "add" and DELETED in correction.fields:
            event = _hand_event(correction)
            current.append(event)
            note(event.id, correction, origin="hand", version=correction.version,
                 correction_id=correction.id, corrected=dict(correction.fields))
            if correction.value(DELETED, False):
                deleted_ids.add(event.id)
    for correction in corrections:
        if correction.kind != "edit":
            continue
        event = best_match(correction.anchors, current, correction.target) if correction.anchors \
            else next((e for e in current if e.id == correction.target), None)
        if event is None:
            orphans.append(Orphan(correction, "its sentences are no longer in any event"))
            continue
        changed = _with_fields(event, correction)
        current[current.index(event)] = changed
        state = states.get(event.id, EventState())
        owner = state.correction_id is None or correction.target == event.id
        marks = {**state.corrected, **{k: m for k, m in correction.fields.items() if k in EDITABLE}}
        note(event.id, correction, corrected=marks,
             **({"version": correction.version, "correction_id": correction.id} if owner else {}))
        if correction.value(DELETED, False):
            deleted_ids.add(event.id)
        elif owner:
            deleted_ids.discard(event.id)
    shown = tuple(e for e in current if e.id not in deleted_ids)
    return Curated(events=tuple(sorted(shown, key=_timeline_order)),
                   deleted=tuple(e for e in current if e.id in deleted_ids),
                   states=states, orphans=tuple(orphans))


def _timeline_order(event: Event) -> tuple:
    # The pipeline's order: undated events last.
    return (event.date is None, event.date.isoformat() if event.date else "", event.id)
