"""Pairwise precision and recall of the merge decision on the labelled pairs.

    python bench/merge_eval.py [tests/merge_pairs.json]

Each labelled pair is two accounts (a sentence with the date reading, category and document
an extractor would give it) and whether they tell the same happening. Entities come from
``entities_in`` on the sentence, so the figures measure the real entity pass too. A pair
counts as predicted "same" when ``merge_events`` on the two events returns a single event,
i.e. the very path the pipeline takes. Prints the figures and every misclassified pair.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dashboard.events.entities import entities_in
from dashboard.events.merge import merge_events, pair_score
from dashboard.model import Event, Source

PAIRS = REPO / "tests" / "merge_pairs.json"


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
                 weapons=found.weapons, sources=(source,), confidence=0.7, language=lang,
                 date_source=account["doc_id"])


def load_pairs(path: Path = PAIRS) -> list[tuple[str, Event, Event, bool]]:
    return [(p["name"], event_from_account(p["a"]), event_from_account(p["b"]), p["same"])
            for p in json.loads(Path(path).read_text(encoding="utf-8"))]


@dataclass(frozen=True)
class PairFigures:
    precision: float
    recall: float
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    errors: tuple[str, ...]


def evaluate(pairs) -> PairFigures:
    tp = fp = fn = tn = 0
    errors = []
    for name, a, b, same in pairs:
        predicted = len(merge_events([a, b])) == 1
        tp += predicted and same
        fp += predicted and not same
        fn += same and not predicted
        tn += not same and not predicted
        if predicted != same:
            score = pair_score(a, b)
            errors.append(f"{'false merge' if predicted else 'missed'}: {name} (score {score})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PairFigures(precision, recall, tp, fp, fn, tn, tuple(errors))


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else PAIRS
    figures = evaluate(load_pairs(path))
    print(f"pairs: {figures.true_positives + figures.false_positives + figures.false_negatives + figures.true_negatives}"
          f"  precision: {figures.precision:.3f}  recall: {figures.recall:.3f}"
          f"  (tp {figures.true_positives}, fp {figures.false_positives},"
          f" fn {figures.false_negatives}, tn {figures.true_negatives})")
    for line in figures.errors:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
