"""Decomposed accents composed (Unicode NFC) for matching, with offsets mapped back.

Some Mac and PDF tools write "é" as "e" + U+0301. Every table and rule is written with
composed letters, so "le 5 fe\u0301vrier 2022" gave no date. The rules read the NFC text; the
document keeps the text as written, and an offset found in the NFC text is mapped back to the
same place in it, so excerpts are cut from what the author's file says.

Only a base character followed by combining marks, or a character that NFC replaces on its own
(the ångström sign), changes; everything between such clusters keeps its length, so the map is
a short list of anchors. Hangul jamo, which compose without combining marks, are left as they
are: Frise reads French and English.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache


@cache
def _changing() -> re.Pattern:
    """A base character (if any) with its combining marks, or a lone character NFC replaces."""
    marks, singles = [], []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.combining(char):
            marks.append(char)
        elif unicodedata.normalize("NFC", char) != char:
            singles.append(char)
    mark_class = "".join(map(re.escape, marks))
    return re.compile(f"[^{mark_class}]?[{mark_class}]+|[{''.join(map(re.escape, singles))}]", re.DOTALL)


@dataclass(frozen=True)
class Composed:
    """``text`` in NFC, and where each of its offsets lies in the ``original``."""

    original: str
    text: str
    # Offsets in ``text`` and ``original`` where a changed cluster starts and where it ends.
    _at: tuple[int, ...] = ()
    _was: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def to_original(self, offset: int) -> int:
        """The offset in ``original`` of ``offset`` in ``text`` (inside a cluster: its end)."""
        return _map(offset, self._at, self._was)

    def to_composed(self, offset: int) -> int:
        """The offset in ``text`` of ``offset`` in ``original`` (inside a cluster: its end)."""
        return _map(offset, self._was, self._at)


def _map(offset: int, source: tuple[int, ...], target: tuple[int, ...]) -> int:
    # Anchors come in pairs: (cluster start, cluster end). Between a cluster's end and the
    # next cluster's start both texts run in step; inside a cluster an offset means its end.
    k = bisect_right(source, offset) - 1
    if k < 0:
        return offset
    if k % 2 == 0 and offset > source[k]:
        return target[k + 1]
    return target[k] + (offset - source[k])


def compose(text: str) -> Composed:
    """``text`` composed to NFC, with the map back to ``text``; cheap when nothing changes."""
    if unicodedata.is_normalized("NFC", text):
        return Composed(text, text)
    parts, at, was = [], [], []
    written = last = 0
    for match in _changing().finditer(text):
        cluster = unicodedata.normalize("NFC", match.group())
        if cluster == match.group():
            continue
        parts.append(text[last:match.start()])
        written += match.start() - last
        at.append(written)
        was.append(match.start())
        parts.append(cluster)
        written += len(cluster)
        at.append(written)
        was.append(match.end())
        last = match.end()
    parts.append(text[last:])
    return Composed(text, "".join(parts), tuple(at), tuple(was))
