"""Whether two events tell the same happening: the merge's scored pairwise decision.

- hard gates first: their periods must overlap (an event dated only by its article's
  publication may have happened up to ``PUBLICATION_LOOKBACK_DAYS`` before it), their
  categories must be compatible (a strike is never the decision that allowed it), and two
  statements by different named people stay two statements;
- then a score, the weighted sum of date agreement, shared actors/places/weapons, category
  agreement and text similarity of titles and sentences, minus a penalty when each side
  names people the other does not; the pair merges at ``THRESHOLD`` or above.

Two events of one document pass only when an article retells one happening: the same day
written, the same category, and a passing score. ``merge.py`` groups events with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from dashboard.events.entities import entities_in, group_of
from dashboard.extract.fold import fold_key
from dashboard.model import Event, shift_days

# The pair score's numbers were set by hand when the merge was written, then checked on the
# fitting pairs of tests/merge_pairs.json; the held-out pairs of tests/merge_heldout.json,
# never used to set them, measure them (README, "Merging"). Names and words weigh most: they
# are what two accounts of one happening share. Meeting dates are needed but say little (much
# happens on one day); the category weighs least, being itself a guess from one verb.
WEIGHTS = {"date": 0.25, "entities": 0.30, "category": 0.15, "text": 0.30}
# Half the weighted evidence: a pair that agrees on date and category but shares no name and
# few words stays below it (0.25 + 0.15 = 0.40 with text at 0.3 gives 0.49).
THRESHOLD = 0.5
# Each side naming people, or places, the other does not is evidence of two happenings: it
# takes a pair just above the threshold (agreeing dates and category, some words) below it.
CONFLICT_PENALTY = 0.2
# A publication date stands in for "around then": news is mostly published within a week of
# what it reports, so such an event may have happened up to 7 days before.
PUBLICATION_LOOKBACK_DAYS = 7
# How much a shared name says: a person or a weapon is specific, a country is in every story.
ENTITY_WEIGHTS = {"PERSONS": 1.0, "UNKNOWN": 1.0, "WEAPONS": 1.0, "PLACES": 0.8,
                  "ORGANISATIONS": 0.4, "COUNTRIES": 0.3}
# A name in no gazetteer group (neither an actor nor a place the gazetteer knows): halfway,
# between an organisation and a place.
UNGROUPED_NAME_WEIGHT = 0.5
# Date agreement, 0..1. A publication stand-in says only "around then": it agrees halfway
# with any period its lookback window meets.
PUBLICATION_DATE_AGREEMENT = 0.5
# Two written periods that meet agree at least this much; the rest grows with the share of
# their union they have in common (the same day 1.0, a day inside a month about 0.61).
MEETING_DATES_AGREEMENT = 0.6
# Category agreement, 0..1: the same category 1.0; "other" or "report" (no cue, or an
# article relaying another) could be anything, so halfway; two compatible categories a
# little more, since the extractor gave each a real cue.
UNSPECIFIC_CATEGORY_AGREEMENT = 0.5
COMPATIBLE_CATEGORY_AGREEMENT = 0.6
# Categories that two accounts of one happening may be given: an announced decision is often
# told as a statement, a delivery as the decision to deliver. "other" and "report" go with all.
COMPATIBLE_CATEGORIES = frozenset(frozenset(p) for p in (
    ("diplomacy", "statement"), ("decision", "statement"), ("decision", "delivery"),
    ("delivery", "deployment"), ("decision", "diplomacy"),
))
UNSPECIFIC_CATEGORIES = ("other", "report")
# With only a publication date and different categories, the texts must say the same thing.
# Added when a seed's September meeting absorbed another article's undated headline on shared
# names alone; 0.6 is set by hand, above the halfway mark of the text similarity.
WEAK_DATE_MIN_TEXT = 0.6

def period_of(event: Event) -> tuple[date, date] | None:
    if event.date is None:
        return None
    end = event.date_end or event.date
    if event.dated_by == "publication":
        return shift_days(event.date, -PUBLICATION_LOOKBACK_DAYS), end
    return event.date, end


def days_in(period: tuple[date, date]) -> int:
    return (period[1] - period[0]).days + 1


def date_score(a: Event, b: Event) -> float | None:
    """How well two events' dates agree, 0..1; None when their periods cannot meet."""
    pa, pb = period_of(a), period_of(b)
    if pa is None or pb is None:
        return 0.0
    start, end = max(pa[0], pb[0]), min(pa[1], pb[1])
    if start > end:
        return None
    if "publication" in (a.dated_by, b.dated_by):
        return PUBLICATION_DATE_AGREEMENT
    union = days_in((min(pa[0], pb[0]), max(pa[1], pb[1])))
    return MEETING_DATES_AGREEMENT + (1 - MEETING_DATES_AGREEMENT) * days_in((start, end)) / union


def category_score(a: Event, b: Event) -> float | None:
    """1 for the same category, less for compatible ones, None for incompatible ones."""
    if a.category == b.category:
        return 1.0
    if a.category in UNSPECIFIC_CATEGORIES or b.category in UNSPECIFIC_CATEGORIES:
        return UNSPECIFIC_CATEGORY_AGREEMENT
    if frozenset((a.category, b.category)) in COMPATIBLE_CATEGORIES:
        return COMPATIBLE_CATEGORY_AGREEMENT
    return None


def _groups(event: Event) -> dict[str, str]:
    names = {}
    for name in (*event.actors, *event.organisations, *event.places, *event.weapons):
        names[name] = group_of(name, event.language) or ("PLACES" if name in event.places else "UNKNOWN")
    return names


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from dashboard.events.geo_tables import geonames

    return frozenset(c["capital"] for c in geonames().get_countries().values())


@lru_cache(maxsize=8)
def _stop_words(lang: str) -> frozenset[str]:
    # Here, not at the top: the page merges without spaCy's models (and without spaCy).
    from dashboard.events.nlp import spacy_language_data

    try:
        words = spacy_language_data(lang, "stop_words").STOP_WORDS
    except (ModuleNotFoundError, AttributeError):
        return frozenset()
    return frozenset(fold_key(w) for w in words)


# Content words cut to a fixed prefix: a crude stem that needs no language model and makes
# "frappe", "frapper" and "frappes" one word.
STEM_LETTERS = 6


@lru_cache(maxsize=16384)
def _content(text: str, lang: str) -> str:
    stops = _stop_words(lang)
    # Excerpts keep their file's decomposed accents (extract.compose); words are read composed.
    words = re.findall(r"[^\W\d_]{3,}", fold_key(unicodedata.normalize("NFC", text)))
    return " ".join(w[:STEM_LETTERS] for w in words if w not in stops)


# The fields of an event the pair decision reads, besides its sources' excerpts and whether
# the two events share a document. The memo signature is made of exactly these, so two
# events that agree on them score alike against any third one (a test varies every other
# field of real events and checks the score does not move).
SCORED_FIELDS = ("title", "actors", "organisations", "places", "weapons", "date", "date_end", "precision",
                 "dated_by", "category", "language")


def signature(event: Event) -> tuple:
    """What the pair decision reads of ``event``, apart from its documents."""
    return (*(getattr(event, name) for name in SCORED_FIELDS),
            tuple(s.excerpt for s in event.sources))


@dataclass(frozen=True)
class Features:
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
    # signature(event): a wire story several outlets carry is scored once per other event.
    signature: tuple


def _names(event: Event) -> dict:
    """The name fields of an event's Features."""
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


def features_of(event: Event) -> Features:
    title = _content(event.title, event.language)
    excerpt = _content(" ".join(s.excerpt for s in event.sources), event.language)
    return Features(event=event, period=period_of(event), doc_ids=frozenset(event.doc_ids),
                     title=title, excerpt=excerpt, signature=signature(event), **_names(event))


def _weight(names, groups: dict[str, str]) -> float:
    return sum(ENTITY_WEIGHTS.get(groups[n], UNGROUPED_NAME_WEIGHT) for n in sorted(names))


def _conflicts(a: Features, b: Features) -> tuple[bool, bool]:
    """(people conflict, place conflict): both sides name some, and none in common."""
    pa, pb, sa, sb = a.persons, b.persons, a.sites, b.sites
    return bool(pa and pb and not pa & pb), bool(sa and sb and not sa & sb)


def _entity_score(a: Features, b: Features) -> float:
    if not a.groups or not b.groups:
        return 0.0
    shared = _weight(a.groups.keys() & b.groups.keys(), a.groups)
    return min(1.0, shared / min(a.weight, b.weight))


def entity_score(a: Event, b: Event) -> float:
    """Weighted share of the smaller side's names that the other side also names, 0..1."""
    return _entity_score(features_of(a), features_of(b))


def _similarity(x: str, y: str) -> float:
    return fuzz.token_set_ratio(x, y) / 100 if x and y else 0.0


def _text_score(a: Features, b: Features) -> float:
    return (_similarity(a.title, b.title) + _similarity(a.excerpt, b.excerpt)) / 2


def text_score(a: Event, b: Event) -> float:
    """Similarity of titles and of sentences, content words only, 0..1."""
    return _text_score(features_of(a), features_of(b))


def _same_day_same_kind(a: Event, b: Event) -> bool:
    """Within one article only a retelling merges: the same written day, the same category."""
    def day(e: Event) -> bool:
        return e.precision == "day" and e.dated_by != "publication"

    return (day(a) and day(b) and a.date == b.date and a.category == b.category
            and a.category not in UNSPECIFIC_CATEGORIES)


def score_features(fa: Features, fb: Features, at_least: float | None = None) -> float | None:
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
    return score_features(features_of(a), features_of(b))


@lru_cache(maxsize=4096)
def _sentence_entities(excerpt: str, lang: str):
    return entities_in(unicodedata.normalize("NFC", excerpt), lang)


def _with_sentence_names(features: Features) -> Features:
    event = features.event
    found = [_sentence_entities(s.excerpt, event.language) for s in event.sources]
    named = replace(event, actors=tuple(dict.fromkeys(n for f in found for n in f.actors)),
                    organisations=tuple(dict.fromkeys(n for f in found for n in f.organisations)),
                    places=tuple(dict.fromkeys(n for f in found for n in f.places)),
                    weapons=tuple(dict.fromkeys(n for f in found for n in f.weapons)))
    return replace(features, **_names(named))


def same_happening(a: Event, b: Event) -> bool:
    """The pairwise decision: whether two events tell the same happening."""
    score = pair_score(a, b)
    return score is not None and score >= THRESHOLD
