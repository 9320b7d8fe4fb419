"""Whether an extraction on disk is current: same articles, same extractor.

An extraction is only as current as the rules that made it. Articles that did not change but
were read by older rules must be read again, or the dashboard would show yesterday's dates
after a fix. This module imports nothing heavy (no spaCy), so the dashboard can check cheaply
on every start.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from dashboard.store import stored_extractor

PACKAGE = Path(__file__).resolve().parent
# Everything that changes what an extraction contains; the UI, store and exports do not.
EXTRACTOR_PARTS = ("extract", "temporal", "events", "engines", "lang", "model.py",
                   "pipeline.py")


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A short hash of the extractor's Python sources, stable across machines and checkouts."""
    digest = hashlib.sha256()
    for part in EXTRACTOR_PARTS:
        path = PACKAGE / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def newest_change(articles_dir: str | os.PathLike) -> float:
    """The latest modification time among the folder and its files (manifest included).

    The folder's own time changes when a file is added or removed. A folder that is gone
    changes nothing: the outputs already hold the last extraction of it.
    """
    articles_dir = Path(articles_dir)
    if not articles_dir.is_dir():
        return 0.0
    times = [articles_dir.stat().st_mtime]
    times += [p.stat().st_mtime for p in articles_dir.rglob("*") if p.is_file()]
    return max(times)


def outputs_are_current(articles_dir: str | os.PathLike, json_path: str | os.PathLike,
                        db_path: str | os.PathLike) -> bool:
    """True when both outputs exist, are newer than every article, and were written by this
    extractor (an old database schema counts as not current)."""
    outputs = (Path(json_path), Path(db_path))
    if not all(p.is_file() for p in outputs):
        return False
    if min(p.stat().st_mtime for p in outputs) < newest_change(articles_dir):
        return False
    return stored_extractor(db_path) == extractor_fingerprint()
