"""Is a date expression spoken of as future? A cheap reading of the clause around it.

No parser: the clause is the stretch between the language's clause breaks (sentence
punctuation, quotes, "que"...), and the tense is that of the marker nearest to the mention,
future or past, from the language's tables. A tie goes to the future ("est prévue mardi").
With no marker at all the clause reads as past or present, the usual tense of news.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Clauses:
    """The clause breaks of one text, found once and searched by bisection."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    length: int

    @classmethod
    def of(cls, text: str, breaks: re.Pattern) -> Clauses:
        spans = [(m.start(), m.end()) for m in breaks.finditer(text)]
        return cls(tuple(s for s, _ in spans), tuple(sorted(e for _, e in spans)), len(text))

    def around(self, start: int, end: int) -> tuple[int, int]:
        before = bisect_right(self.ends, start)
        after = bisect_left(self.starts, end)
        clause_start = self.ends[before - 1] if before else 0
        clause_end = self.starts[after] if after < len(self.starts) else self.length
        return clause_start, clause_end


def _distance(marker: re.Match, start: int, end: int) -> int:
    if marker.end() <= start:
        return start - marker.end()
    if marker.start() >= end:
        return marker.start() - end
    return 0


def _nearest(pattern: re.Pattern, text: str, bounds: tuple[int, int], start: int,
             end: int) -> int | None:
    distances = [_distance(m, start, end) for m in pattern.finditer(text, *bounds)]
    return min(distances) if distances else None


def is_future(text: str, clauses: Clauses, start: int, end: int, future: re.Pattern,
              past: re.Pattern) -> bool:
    bounds = clauses.around(start, end)
    to_future = _nearest(future, text, bounds, start, end)
    if to_future is None:
        return False
    to_past = _nearest(past, text, bounds, start, end)
    return to_past is None or to_future <= to_past
