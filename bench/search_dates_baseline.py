"""The naive baseline, as a whole process: dateparser.search_dates over every article's text.

    python bench/search_dates_baseline.py DIR

DIR is a folder with a sources.csv manifest (as bench/corpus.py writes it). Each listed file is
read as UTF-8 and given to ``search_dates`` in its manifest language, one after the other, in
one process: what a person would write to "find the dates in these articles". It prints how
many articles and date expressions it found, so the work cannot be optimised away.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from dateparser.search import search_dates


def main(folder: Path) -> int:
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as manifest:
        rows = list(csv.DictReader(manifest))
    found = 0
    for row in rows:
        text = (folder / row["file"]).read_text(encoding="utf-8")
        found += len(search_dates(text, languages=[row["language"] or "fr"]) or ())
    print(f"{len(rows)} articles, {found} date expressions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
