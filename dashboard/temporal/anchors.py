"""Which earlier date an anaphoric expression counts from, and which written year a date
without its year takes.

"Le lendemain", "two days later" count from the date mentioned just before. "Trois jours après
le sommet", "à la veille du scrutin", "three years after the election" name the event they
count from: when an earlier date is written near that same noun ("le sommet s'est tenu le 3
mars"), that date is the anchor, even if other dates came between.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from dashboard.temporal import periods as cal

# How far around an earlier date its event's noun may be written: about one sentence.
NOUN_REACH = 150
# A noun shorter than this ("lui", "it") names no event.
SHORTEST_NOUN = 4
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


@dataclass
class Anchors:
    """The dates resolved so far in one text, and the text they sit in."""

    folded: str
    # "le sommet", "du scrutin", "the election": the language's articles before an event noun.
    event_article: re.Pattern
    _dated: list[tuple[int, int, cal.Period]] = field(default_factory=list)

    def add(self, start: int, end: int, period: cal.Period) -> None:
        self._dated.append((start, end, period))

    def previous(self) -> cal.Period | None:
        return self._dated[-1][2] if self._dated else None

    def _sentence(self, start: int, end: int, limit: int) -> tuple[int, int]:
        """The sentence around [start, end), at most NOUN_REACH either side, ending by ``limit``."""
        low = max(0, start - NOUN_REACH)
        before = max(self.folded.rfind(mark, low, start) for mark in _SENTENCE_ENDS)
        high = min(limit, end + NOUN_REACH)
        after = [i for i in (self.folded.find(mark, end, high) for mark in _SENTENCE_ENDS)
                 if i >= 0]
        return (before + 1 if before >= 0 else low), (min(after) if after else high)

    def for_mention(self, start: int, end: int) -> cal.Period | None:
        """The anchor of an anaphoric mention at [start, end): the latest earlier date whose
        sentence names the event noun that follows the mention, else the one just before."""
        named = self.event_article.match(self.folded, end)
        if named and len(named.group("noun")) >= SHORTEST_NOUN:
            noun = re.compile(rf"(?<!\w){re.escape(named.group('noun'))}(?!\w)", re.IGNORECASE)
            for first, last, period in reversed(self._dated):
                if noun.search(self.folded, *self._sentence(first, last, start)):
                    return period
        return self.previous()


# A sentence ends at . ! or ? followed by a capital or an opening quote ("Dec. 8" does not end
# one); the year of a date carries over this many sentence ends at most: the same sentence
# and the next, as a reader carries "On 3 March 2019 ... On 5 April" but not further.
_SENTENCE_END = re.compile(r"[.!?][»\"')]*\s+(?=[«\"A-ZÀ-ÖØ-Þ])")
YEAR_REACH_SENTENCES = 1


@dataclass
class WrittenYears:
    """The year a day written without one takes from the date just before it: "le 12 mars
    2024 ... le 21 mars ... le 2 avril" are all of 2024. The chain holds while no expression
    that moves the story in time comes between ("plus d'un an après", "la semaine
    dernière", a day resolved otherwise); a year or a month written in passing ("entre 2014
    et 2018") neither gives its year nor breaks it."""

    folded: str
    _ends: list[int] = field(default_factory=list)
    _last: tuple[int, date] | None = None

    def __post_init__(self) -> None:
        self._ends = [m.start() for m in _SENTENCE_END.finditer(self.folded)]

    def give(self, end: int, day: date) -> None:
        """A day with a year (written, or carried over) ends at ``end``."""
        self._last = (end, day)

    def break_chain(self) -> None:
        """An expression that moves the story in time: no year carries past it."""
        self._last = None

    def before(self, start: int) -> date | None:
        """The day whose year a yearless day at ``start`` takes, if it is in the same
        sentence or the one before."""
        if self._last is None:
            return None
        end, day = self._last
        between = bisect_left(self._ends, start) - bisect_left(self._ends, end)
        return day if between <= YEAR_REACH_SENTENCES else None
