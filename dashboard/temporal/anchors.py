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
# A noun shorter than this ("lui", "it", "fin", "end") names no event.
SHORTEST_NOUN = 4
# Units a story counts from the event it has just told even when it names that event anew with
# a definite article ("le pont a cédé le 3 mars 2024. Trois jours après l'accident"; not "his
# return", "avoir quitté", which name another event by who did it); months and years after an
# event no earlier date's sentence names reach back to another one ("he resigned three years
# after the election", "trois mois après la nomination d'un nouveau président").
CHAIN_UNITS = frozenset(("hour", "day", "week"))
# The letters of an event noun that find it inflected near a date: "début" in "a débuté",
# "election" in "elected", "attaque" in "attaqué"; five, as shorter stems join unrelated words.
STEM_LENGTH = 5
# A stem's vowels match their accented forms: "lancement" finds "a lancé", "début" "débuté".
_ACCENTS = {"e": "[eéèêë]", "é": "[eéèêë]", "è": "[eéèêë]", "ê": "[eéèêë]", "a": "[aàâ]",
            "à": "[aàâ]", "â": "[aàâ]", "i": "[iîï]", "î": "[iîï]", "o": "[oô]", "ô": "[oô]",
            "u": "[uùûü]", "ù": "[uùûü]", "û": "[uùûü]"}
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

    def _named_nouns(self, end: int) -> tuple[list[re.Pattern], int, bool] | None:
        """The event noun written right after a mention ending at ``end`` ("après la
        nomination", "after his arrest", "after returning"), as a pattern that also finds
        its inflections ("débuté" for "début", "elected" for "election"), and where the
        event's name ends; None when no event is named."""
        named = self.event_article.match(self.folded, end)
        if not named:
            return None
        head, complement = named.group("noun"), named.group("noun2")
        if len(head) < SHORTEST_NOUN or head[0].isdigit():
            if complement and len(complement) >= SHORTEST_NOUN and not complement[0].isdigit():
                # "Two years after the end of the lockdown", "après la fin du confinement": a
                # short head names a phase of the event in its complement; which date that
                # phase had, no earlier sentence tells ("the lockdown began on March 17").
                return [], named.end(), False
            return None
        # The head alone: its complement ("le lancement du chantier") may be written near a
        # date that tells something else of it ("le chantier a pris du retard à l'automne"),
        # and an adjective there ("du nouvel architecte") would find unrelated words. The
        # complement still belongs to the name, for a date written after it ("de l'élection
        # du 4 mai").
        definite = named.group("definite") is not None
        if definite:
            stem = "".join(_ACCENTS.get(letter, re.escape(letter))
                           for letter in head[:STEM_LENGTH].lower())
            noun = re.compile(rf"(?<!\w){stem}\w*", re.IGNORECASE)
        else:
            # "Two years after his move", told after "traders were moved out on March 3":
            # an event named by who did it is found near a date only as written.
            noun = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.IGNORECASE)
        return [noun], named.end(), definite

    def for_mention(self, start: int, end: int) -> cal.Period | None:
        """The anchor of an anaphoric mention at [start, end): the latest earlier date whose
        sentence names the event noun that follows the mention, else the one just before."""
        period, _ = self.for_count(start, end)
        return period if period is not None else self.previous()

    def _just_told(self, start: int) -> bool:
        """Whether the last date lies in the sentence of ``start`` or the one before, and is
        not in apposition to it ("fin avril, trois mois après ...", where the duration
        situates that date and gives none of its own)."""
        if not self._dated:
            return False
        last_end = self._dated[-1][1]
        if not self.folded[last_end:start].strip(" ,"):
            return False
        between = self.folded[last_end:start]
        return sum(between.count(mark) for mark in _SENTENCE_ENDS) <= 1

    def for_count(self, start: int, end: int, unit: str | None = None
                  ) -> tuple[cal.Period | None, int | None]:
        """Like ``for_mention``, for a duration counted from an event ("trois mois après la
        nomination", "three years after the election"): when the mention names an event that
        no earlier date's sentence names, the text never dated it (before this point), and
        counting from the date just before would date it by accident. Then the anchor is
        None and the second value says where the event's name ends (the event may be dated
        right there: "trois mois après l'élection du 4 mai"); otherwise it is None. Days
        and weeks counted right after a date are the exception (see CHAIN_UNITS)."""
        named = self._named_nouns(end)
        if named is None:
            return self.previous(), None
        nouns, named_end, definite = named
        for first, last, period in reversed(self._dated):
            window = self._sentence(first, last, start)
            if any(noun.search(self.folded, *window) for noun in nouns):
                return period, None
        if definite and unit in CHAIN_UNITS and self._just_told(start):
            # "Le pont a cédé le 3 mars. Trois jours après l'accident": the event just told,
            # named anew.
            return self.previous(), None
        return None, named_end


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
