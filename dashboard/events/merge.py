"""One event per happening: merging the accounts several articles give of the same thing.

Whether two events are the same happening is the pairwise decision of ``pairs.py``. Groups
are formed complete-link: two groups join only if every pair across them passes, so a vague
event cannot chain the 3 July call to the 4 July call. Retellings inside one article merge
first, so the merged event carries the names of every sentence when compared with others.

The merged event keeps every Source, takes its date and title from the most precise source
(precision, then narrowest period, then explicit > relative > anaphoric > publication),
records that source's doc_id in ``date_source``, unions the entities, raises the confidence
with each independent document, lists where the documents disagree, and gets an id that is
a hash of its sources, so the same sources give the same id on every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from dashboard.events.disagree import find_disagreements
from dashboard.events.pairs import (
    THRESHOLD,
    UNSPECIFIC_CATEGORIES,
    Features,
    days_in,
    features_of,
    period_of,
    score_features,
)
from dashboard.model import DATED_BY, Event, Source, precision_rank

# Merged confidence: 1 - product of (1 - confidence) over documents, kept below certainty.
MAX_CONFIDENCE = 0.99


def _candidate_pairs(features: Sequence[Features]) -> list[tuple[int, int]]:
    """Pairs whose periods can meet, found by a sweep over periods sorted by start."""
    spans = sorted((f.period[0], f.period[1], i) for i, f in enumerate(features) if f.period is not None)
    pairs = []
    for k, (_, end, i) in enumerate(spans):
        for start2, _, j in spans[k + 1:]:
            if start2 > end:
                break
            pairs.append((i, j) if i < j else (j, i))
    return pairs


def _clusters(features: Sequence[Features], pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    # Large corpora hold many pairs: look each up by small integers, scoring each pair of
    # signatures (and same-document flag) once.
    ids: dict[tuple, int] = {}
    signature = [ids.setdefault(f.signature, len(ids)) for f in features]
    known: dict[tuple[int, int, bool], float | None] = {}
    scored = []
    for i, j in pairs:
        fi, fj = features[i], features[j]
        key = (signature[i], signature[j], not fi.doc_ids.isdisjoint(fj.doc_ids))
        score = known.get(key, known)
        if score is known:
            score = known[key] = score_features(fi, fj, at_least=THRESHOLD)
        if score is not None and score >= THRESHOLD:
            scored.append((score, i, j))
    passing: dict[int, set[int]] = {}
    for _, i, j in scored:
        passing.setdefault(i, set()).add(j)
        passing.setdefault(j, set()).add(i)
    cluster_of = {i: i for i in range(len(features))}
    members = {i: [i] for i in range(len(features))}
    member_set = {i: {i} for i in range(len(features))}
    for _, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        # Complete link: every member of the smaller group passes with the whole larger one.
        small, large = sorted((ci, cj), key=lambda c: len(members[c]))
        if all(member_set[large] <= passing[x] for x in members[small]):
            for x in members[cj]:
                cluster_of[x] = ci
            members[ci] += members.pop(cj)
            member_set[ci] |= member_set.pop(cj)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _within_documents(features: Sequence[Features]) -> list[tuple[int, int]]:
    """Candidate pairs of events that share a document, found document by document."""
    by_doc: dict[str, list[int]] = {}
    for i, f in enumerate(features):
        for doc_id in sorted(f.doc_ids):
            by_doc.setdefault(doc_id, []).append(i)
    pairs = set()
    for members in by_doc.values():
        for i, j in _candidate_pairs([features[m] for m in members]):
            pairs.add((min(members[i], members[j]), max(members[i], members[j])))
    return sorted(pairs)


def _precision_key(event: Event) -> tuple:
    period = period_of(event)
    days = days_in(period) if period else 10 ** 6
    dated_by = DATED_BY.index(event.dated_by) if event.dated_by in DATED_BY else len(DATED_BY)
    # A publication date is only a stand-in ("around when the article came out"): a date the
    # text itself gives wins over it, however precise the stand-in looks.
    return (event.dated_by == "publication", precision_rank(event.precision), days, dated_by)


def merged_id(sources: Sequence[Source]) -> str:
    """A stable id for a group of sources: the hash of their sorted (doc_id, start, end)."""
    key = "|".join(f"{d}:{s}:{e}" for d, s, e in sorted((x.doc_id, x.start, x.end) for x in sources))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _confidence(events: Sequence[Event]) -> float:
    best_per_doc: dict[str, float] = {}
    for event in events:
        for doc_id in event.doc_ids:
            best_per_doc[doc_id] = max(best_per_doc.get(doc_id, 0.0), event.confidence)
    doubt = 1.0
    for value in best_per_doc.values():
        doubt *= 1.0 - value
    return round(min(MAX_CONFIDENCE, max(max(e.confidence for e in events), 1.0 - doubt)), 2)


def _union(events: Sequence[Event], field: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for e in events for n in getattr(e, field)))


def merge_group(events: Sequence[Event]) -> Event:
    """One event from accounts of the same happening (see the module docstring)."""
    if len(events) == 1:
        return events[0]
    best = min(events, key=_precision_key)
    ordered = [best] + [e for e in events if e is not best]
    sources = tuple({(s.doc_id, s.start, s.end): s for e in ordered for s in e.sources}.values())
    sources = tuple(sorted(sources, key=lambda s: (s.doc_id, s.start, s.end)))
    category = best.category
    if category in UNSPECIFIC_CATEGORIES:
        category = next((e.category for e in ordered if e.category not in UNSPECIFIC_CATEGORIES), category)
    merged = Event(
        id=merged_id(sources), title=best.title, date=best.date, date_end=best.date_end,
        precision=best.precision, date_text=best.date_text, dated_by=best.dated_by,
        category=category, actors=_union(ordered, "actors"),
        organisations=_union(ordered, "organisations"), places=_union(ordered, "places"),
        weapons=_union(ordered, "weapons"), sources=sources, confidence=_confidence(events),
        status=best.status, language=best.language, anchor=best.anchor,
        anchor_kind=best.anchor_kind, date_source=best.date_source or best.sources[0].doc_id,
        why=best.why, marker=best.marker,
    )
    return replace(merged, disagreements=find_disagreements(merged))


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Events with every happening told by several articles merged into one event.

    Order follows each group's first event in ``events``; unmerged events come back unchanged.
    """
    features = [features_of(e) for e in events]
    # Retellings inside one article merge first: the merged event then carries the names of
    # every sentence, which is what the comparison with other articles needs.
    groups = _clusters(features, _within_documents(features))
    retold = [merge_group([features[i].event for i in members]) for members in groups]
    features = [features[members[0]] if len(members) == 1 else features_of(event)
                for members, event in zip(groups, retold)]
    return [merge_group([retold[i] for i in members])
            for members in _clusters(features, _candidate_pairs(features))]
