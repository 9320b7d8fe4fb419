"""Pairwise precision and recall of the merge decision on labelled pairs of accounts.

A labelled pair is two accounts (a sentence with the date reading, category and document an
extractor gives it) and whether they tell the same happening. Entities come from
``entities_in`` on the sentence, so the figures measure the real entity pass too. A pair
counts as predicted "same" when ``merge_events`` on its two events returns a single event,
the very path the pipeline takes. ``bench/merge_eval.py`` prints the figures; the tests
assert them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.events.entities import entities_in
from dashboard.events.merge import merge_events
from dashboard.events.pairs import pair_score
from dashboard.model import Event, Source

# What an extractor gives an account it cannot place more surely; the merge never reads it.
ACCOUNT_CONFIDENCE = 0.7


@dataclass(frozen=True)
class LabelledPair:
    name: str
    a: Event
    b: Event
    same: bool


@dataclass(frozen=True)
class PairFigures:
    precision: float
    recall: float
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    errors: tuple[str, ...]

    @property
    def pairs(self) -> int:
        return self.true_positives + self.false_positives + self.false_negatives + self.true_negatives


def event_from_account(account: dict) -> Event:
    """An Event as the extractor would build it from one labelled account."""
    text, lang = account["text"], account["lang"]
    found = entities_in(text, lang, context=text)

    def day(key: str) -> date | None:
        return date.fromisoformat(account[key]) if account.get(key) else None

    source = Source(doc_id=account["doc_id"], excerpt=text, start=0, end=len(text),
                    date_text=account.get("date_text"), date=day("date"), date_end=day("date_end"),
                    precision=account["precision"], dated_by=account["dated_by"])
    return Event(id=f"{account['doc_id']}:{account['date']}", title=text[:90], date=source.date,
                 date_end=source.date_end, precision=source.precision,
                 date_text=source.date_text, dated_by=source.dated_by,
                 category=account["category"], actors=found.actors, places=found.places,
                 weapons=found.weapons, sources=(source,), confidence=ACCOUNT_CONFIDENCE,
                 language=lang, date_source=account["doc_id"])


def load_pairs(path: Path) -> list[LabelledPair]:
    """The labelled pairs of a JSON file (a list of {name, same, a, b})."""
    return [LabelledPair(p["name"], event_from_account(p["a"]), event_from_account(p["b"]), p["same"])
            for p in json.loads(Path(path).read_text(encoding="utf-8"))]


def merged_into_one(a: Event, b: Event) -> bool:
    """The merge's decision on a pair: whether merge_events makes one event of the two."""
    return len(merge_events([a, b])) == 1


def meeting_dates_and_a_shared_name(a: Event, b: Event) -> bool:
    """The baseline: the periods meet and the two name at least one same actor, place or
    weapon, what a reader skimming two headlines would go by."""
    if a.date is None or b.date is None:
        return False
    meet = a.date <= (b.date_end or b.date) and b.date <= (a.date_end or a.date)
    names = {*a.actors, *a.places, *a.weapons} & {*b.actors, *b.places, *b.weapons}
    return meet and bool(names)


def evaluate(pairs: Sequence[LabelledPair],
             decide: Callable[[Event, Event], bool] = merged_into_one) -> PairFigures:
    """Pairwise precision and recall of ``decide``, with a line for each pair it gets wrong."""
    tp = fp = fn = tn = 0
    errors = []
    for pair in pairs:
        predicted = decide(pair.a, pair.b)
        tp += predicted and pair.same
        fp += predicted and not pair.same
        fn += pair.same and not predicted
        tn += not pair.same and not predicted
        if predicted != pair.same:
            errors.append(f"{'false merge' if predicted else 'missed'}: {pair.name} "
                          f"(score {pair_score(pair.a, pair.b)})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PairFigures(precision, recall, tp, fp, fn, tn, tuple(errors))
