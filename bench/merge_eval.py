"""Pairwise precision and recall of the merge decision, on the fitting and held-out pairs.

    python bench/merge_eval.py [PAIRS.json ...]

tests/merge_pairs.json holds the pairs the merge's weights and thresholds were set with
(real seed sentences and written ones); tests/merge_heldout.json holds pairs written later,
about other stories (trials, elections, floods, football, health, air crashes, strikes,
earthquakes, fires), never used to set anything. Each set is scored by the merge and by the
baseline (periods that meet and one shared name); the merge's misclassified pairs follow.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dashboard.events.labelled_pairs import (  # noqa: E402  (after the path is set)
    evaluate,
    load_pairs,
    meeting_dates_and_a_shared_name,
)

SETS = {"fitting": REPO / "tests" / "merge_pairs.json",
        "held-out": REPO / "tests" / "merge_heldout.json"}


def _line(label: str, figures) -> str:
    return (f"{label:<22} pairs {figures.pairs:>3}  precision {figures.precision:.3f}  "
            f"recall {figures.recall:.3f}  (tp {figures.true_positives}, fp {figures.false_positives}, "
            f"fn {figures.false_negatives}, tn {figures.true_negatives})")


def main(argv: list[str]) -> int:
    sets = {Path(a).stem: Path(a) for a in argv[1:]} or SETS
    report = []
    for name, path in sets.items():
        pairs = load_pairs(path)
        merge = evaluate(pairs)
        print(_line(f"{name}: merge", merge))
        print(_line(f"{name}: baseline", evaluate(pairs, meeting_dates_and_a_shared_name)))
        report += [f"  {name}: {line}" for line in merge.errors]
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
