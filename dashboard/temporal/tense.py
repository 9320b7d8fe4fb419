"""Is a date expression spoken of as future? A cheap reading of the clause around it.

No parser: the clause is the stretch between the language's clause breaks (sentence
punctuation, quotes, "que"...), and the tense is that of the marker nearest to the mention,
future or past, from the language's tables. A tie goes to the future ("est prévue mardi").
With no marker at all the clause reads as past or present, the usual tense of news.

Cost is linear in the text: each clause is searched for markers once, the first time a
mention falls in it, and every mention then finds its nearest marker by bisection. (Searching
the whole clause again for each mention made a long list of dates quadratic: issue 14.)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class Markers:
    """The matches of one marker pattern in one clause, in text order (they never overlap)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]

    @classmethod
    def of(cls, pattern: re.Pattern, text: str, bounds: tuple[int, int]) -> Markers:
        found = list(pattern.finditer(text, *bounds))
        return cls(tuple(m.start() for m in found), tuple(m.end() for m in found),
                   tuple(m.group() for m in found))

    def nearest(self, start: int, end: int, next_start: int | None = None
                ) -> tuple[int, str] | None:
        """(distance, marker text) of the marker nearest to ``[start, end)``, or None.

        A marker after the mention that is nearer to the next date mention (at
        ``next_start``) belongs to that one: in "on Monday, a move first announced in late
        July" the past "announced" dates "late July", not "Monday". A marker before the
        mention keeps its reach ("will travel on Tuesday and meet him on Wednesday").
        """
        # Markers are disjoint and sorted, so their ends are sorted too: the last one ending
        # at or before ``start`` and the first one after it are the only two to compare.
        after = bisect_right(self.ends, start)
        best = None
        if after < len(self.starts):
            distance = max(0, self.starts[after] - end)
            if not (next_start is not None and self.starts[after] >= end
                    and 0 <= next_start - self.ends[after] < distance):
                best = (distance, self.words[after])
        if after > 0:
            distance = start - self.ends[after - 1]
            if best is None or distance < best[0]:
                best = (distance, self.words[after - 1])
        return best


@dataclass(frozen=True)
class Tense:
    future: bool
    # The marker that decided it ("se tiendra", "will"), None when no marker was found.
    marker: str | None = None


@dataclass
class TenseReader:
    """Reads the tense of mentions in one text; remembers each clause's markers."""

    text: str
    clauses: Clauses
    future: re.Pattern
    past: re.Pattern
    _seen: dict = field(default_factory=dict)

    def _markers(self, bounds: tuple[int, int]) -> tuple[Markers, Markers]:
        if bounds not in self._seen:
            self._seen[bounds] = (Markers.of(self.future, self.text, bounds),
                                  Markers.of(self.past, self.text, bounds))
        return self._seen[bounds]

    def at(self, start: int, end: int, next_start: int | None = None) -> Tense:
        """The tense of the mention at ``[start, end)``; ``next_start`` is where the next date
        mention starts, if any (see Markers.nearest)."""
        future, past = self._markers(self.clauses.around(start, end))
        to_future = future.nearest(start, end, next_start)
        to_past = past.nearest(start, end, next_start)
        if to_future is None:
            return Tense(False, to_past[1] if to_past else None)
        if to_past is None or to_future[0] <= to_past[0]:
            return Tense(True, to_future[1])
        return Tense(False, to_past[1])
