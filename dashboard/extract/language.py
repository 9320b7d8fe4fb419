"""Which languages have tables, and a cheap guess of a text's language from its frequent words."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from pathlib import Path

DEFAULT_LANGUAGE = "fr"
_LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
_WORD = re.compile(r"[^\W\d_]+")
# Enough words to decide; counting the whole of a long article adds nothing.
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """Languages with a folder under dashboard/lang/, the default first."""
    found = sorted(p.name for p in _LANG_DIR.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    return tuple(sorted(found, key=lambda code: code != DEFAULT_LANGUAGE))


@lru_cache(maxsize=None)
def _markers(lang: str) -> frozenset[str]:
    try:
        return importlib.import_module(f"dashboard.lang.{lang}.identify").MARKER_WORDS
    except (ModuleNotFoundError, AttributeError):
        return frozenset()


def guess_language(text: str) -> str:
    """The language whose marker words are most frequent in ``text``; the default on a tie."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    scores = {lang: sum(1 for w in words if w in _markers(lang)) for lang in available_languages()}
    best = max(scores, key=lambda lang: (scores[lang], lang == DEFAULT_LANGUAGE), default=DEFAULT_LANGUAGE)
    return best if scores.get(best) else DEFAULT_LANGUAGE
