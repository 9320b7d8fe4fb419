"""Build a synthetic corpus of any size from the seed articles, for benchmarks.

Article i is seed i mod k (k seeds), published (i div k) weeks after that seed, under a new
doc_id, listed in a sources.csv with the seeds' columns. Shifting the publication date moves
every relative date ("mardi", "la semaine dernière"), so the copies are not all the same
events, while the text, and so the work per article, stays realistic.
"""

from __future__ import annotations

import csv
import shutil
from datetime import date, timedelta
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"


def build_corpus(destination: Path, size: int, seeds: Path = SEEDS) -> Path:
    """Write ``size`` articles and their manifest into ``destination``; return it."""
    with (seeds / "sources.csv").open(encoding="utf-8", newline="") as manifest:
        reader = csv.DictReader(manifest)
        columns, rows = reader.fieldnames, list(reader)
    destination.mkdir(parents=True, exist_ok=True)
    copies = []
    for i in range(size):
        seed = rows[i % len(rows)]
        week = i // len(rows)
        doc_id = f"{seed['doc_id']}_{i:05d}"
        file = f"{doc_id}{Path(seed['file']).suffix}"
        shutil.copyfile(seeds / seed["file"], destination / file)
        published = date.fromisoformat(seed["published"]) + timedelta(weeks=week)
        copies.append({**seed, "doc_id": doc_id, "file": file, "published": published.isoformat()})
    with (destination / "sources.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.DictWriter(manifest, fieldnames=columns)
        writer.writeheader()
        writer.writerows(copies)
    return destination
