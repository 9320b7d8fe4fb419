"""Event titles: the clause itself, made short and readable, in the article's language."""

from __future__ import annotations

import re

from .nlp import Cues

MAX_TITLE = 90
ELLIPSIS = "…"

_SPACES = re.compile(r"\s+")
_LEADING_MARKS = re.compile(r"^[\s\-*•·>–—,;:.]+")
_TRAILING_MARKS = re.compile(r"[\s,;:–—-]+$")
_TRAILING_WORD_JUNK = re.compile(r"[\s,;:«(\"'-]+$")


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """``text`` cut on a word boundary so that it fits in ``limit`` characters, "…" included."""
    if len(text) <= limit:
        return text
    head = text[:limit - len(ELLIPSIS) + 1]
    cut = head.rfind(" ")
    head = head[:cut] if cut > 0 else head[:limit - len(ELLIPSIS)]
    return _TRAILING_WORD_JUNK.sub("", head) + ELLIPSIS


def _lead_length(folded: str, cues: Cues) -> int:
    """How many characters of connectors and marks open the clause ("Cependant, ", "- Et ")."""
    position = 0
    while True:
        marks = _LEADING_MARKS.match(folded, position)
        position = marks.end() if marks else position
        connector = cues.discourse.match(folded[position:])
        if not connector or not connector.group(0):
            return position
        position += connector.end()


def make_title(clause: str, folded: str, cues: Cues, limit: int = MAX_TITLE) -> str:
    """A title from a clause of the original text (``folded`` is the same clause folded).

    One line, no leading connector ("Cependant,", "Mais", "et", "alors que"), first letter
    capitalised, no closing period, at most ``limit`` characters cut on a word boundary.
    """
    lead = _lead_length(folded, cues)
    # A clause that is nothing but connectors keeps its words rather than vanish.
    text = clause[lead:] if len(clause[lead:].strip()) >= 3 else clause
    text = _SPACES.sub(" ", text).strip()
    text = _TRAILING_MARKS.sub("", _LEADING_MARKS.sub("", text))
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if text:
        text = text[0].upper() + text[1:]
    return shorten(text, limit)
