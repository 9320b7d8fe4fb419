"""A cheap guess of a text's language from its frequent words (``lang/<code>/identify.py``)."""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard import lang as languages

_WORD = re.compile(r"[^\W\d_]+")
# Enough words to decide; counting the whole of a long article adds nothing.
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=None)
def _markers(lang: str) -> frozenset[str]:
    return languages.tables(lang, "identify").MARKER_WORDS


def guess_language(text: str) -> str:
    """The language whose marker words are most frequent in ``text``; the default on a tie."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    scores = {lang: sum(1 for w in words if w in _markers(lang))
              for lang in languages.available("identify")}
    best = max(scores, key=lambda lang: (scores[lang], lang == languages.DEFAULT),
               default=languages.DEFAULT)
    return best if scores.get(best) else languages.DEFAULT
