"""Finding a corrected event again in a new extraction, by the sentences that report it.

An event's id can change when the extractor or the merge changes; the sentences it came from
do not (or barely). A correction keeps its event's sources as anchors (doc_id, offsets,
excerpt) and later goes to the event that holds most of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.model import Event, Source

# Two spans of one document are the same sentence when they overlap by at least this share of
# the shorter one: a new extractor may cut a sentence a few characters differently.
SAME_SENTENCE_OVERLAP = 0.5


def anchor_of(source: Source) -> dict:
    return {"doc_id": source.doc_id, "start": source.start, "end": source.end,
            "excerpt": source.excerpt}


def anchors_of(event: Event) -> list[dict]:
    return [anchor_of(s) for s in event.sources]


def _same_sentence(anchor: dict, source: Source) -> bool:
    if anchor["doc_id"] != source.doc_id:
        return False
    if anchor["excerpt"] and anchor["excerpt"].strip() == source.excerpt.strip():
        return True
    overlap = min(anchor["end"], source.end) - max(anchor["start"], source.start)
    shorter = min(anchor["end"] - anchor["start"], source.end - source.start)
    return shorter > 0 and overlap >= SAME_SENTENCE_OVERLAP * shorter


def score(anchors: Sequence[dict], event: Event) -> int:
    """How many anchors the event still reports."""
    return sum(1 for a in anchors if any(_same_sentence(a, s) for s in event.sources))


def best_match(anchors: Sequence[dict], events: Sequence[Event], preferred_id: str = "") -> Event | None:
    """The event holding most anchors (the preferred id wins a tie); None if none holds any."""
    best, best_score = None, 0
    for event in events:
        found = score(anchors, event)
        if found > best_score or (found == best_score and found and event.id == preferred_id):
            best, best_score = event, found
    return best


def source_index(anchor: dict, event: Event) -> int | None:
    for i, source in enumerate(event.sources):
        if _same_sentence(anchor, source):
            return i
    return None
