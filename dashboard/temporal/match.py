"""Find candidate date expressions and read their parts into values.

Every rule of the language runs over the folded text; a match becomes a ``Candidate`` only if
its parts make sense (a real month, a day that exists, a month written the way the language
writes months). Among overlapping candidates the longest wins, then the earliest, then the
rule listed first.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass

from dashboard.temporal.eras import roman
from dashboard.temporal.rules import Language, Rule, normalise

_DIGITS = re.compile(r"\d+")
# How far around a trigger word a rule may reach ("à la fin du mois de février 2024" is 33
# characters, "il y a une quinzaine de jours" ends on its trigger); generous, since a window
# that is too short would cut a date in two.
_REACH = 60
# "en 95" is 1995 and "in '04" is 2004: two-digit years from this one on are of the 1900s.
TWO_DIGIT_YEAR_PIVOT = 30


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    order: int
    fields: Mapping[str, object]


def _groups(match: re.Match) -> dict[str, str]:
    # "rel_b" and "unit_b" let one pattern spell a part two ways ("la semaine dernière" /
    # "cette semaine"): Python's re allows a group name only once.
    groups: dict[str, str] = {}
    for name, value in match.groupdict().items():
        if value is not None:
            groups.setdefault(name.removesuffix("_b"), value)
    return groups


def _number(word: str, language: Language):
    digits = _DIGITS.fullmatch(word.strip())
    if digits:
        return int(digits.group())
    return language.numbers.get(normalise(word))


def _day(word: str, language: Language) -> int | None:
    digits = _DIGITS.match(word)
    if digits:
        return int(digits.group())
    value = language.ordinals.get(normalise(word), language.numbers.get(normalise(word)))
    return value if isinstance(value, int) else None


def _month(word: str, language: Language) -> int | None:
    if word.isdigit():
        value = int(word)
        return value if 1 <= value <= 12 else None
    return language.months.get(normalise(word))


def _month_case_ok(word: str, alone: bool, match_text: str, language: Language) -> bool:
    if word.isdigit() or match_text.isupper():
        return True
    if language.month_case.get("always") == "title" and not word[0].isupper():
        return False
    return not (alone and language.month_case.get("alone") == "lower" and not word.islower())


def _day_exists(day: int | None, month: int | None, year: int | None) -> bool:
    if day is None or month is None:
        return day is None
    # Without a year, 29 February may exist: the resolver picks a leap year if it must.
    return 1 <= day <= calendar.monthrange(year or 2024, month)[1]


def read_fields(groups: Mapping[str, str], match_text: str, language: Language) -> dict | None:
    """The values of a match's named groups, or None when they do not make a date."""
    fields: dict[str, object] = {}
    for key in ("year", "year1", "year_end", "decade"):
        if key in groups:
            fields[key] = int(groups[key].lstrip("'’"))
    if "year2" in groups:
        # "en 95", "in '04": two digits name the nearest century's year that reads naturally.
        short = int(groups["year2"].lstrip("'’"))
        fields["year"] = short + (1900 if short >= TWO_DIGIT_YEAR_PIVOT else 2000)
    if "century" in groups:
        numeral = groups["century"]
        fields["century"] = int(numeral) if numeral.isdigit() else roman(numeral)
    if "holiday" in groups:
        word = groups["holiday"]
        key = normalise(word)
        if key not in language.holidays or (language.holiday_capital.get(key)
                                            and not word[0].isupper()):
            return None
        fields["holiday"] = language.holidays[key]
    if "deadline_before" in groups:
        fields["deadline"] = "before"
    elif "deadline" in groups:
        fields["deadline"] = "by"
    for key in ("day", "day1"):
        if key in groups:
            fields[key] = _day(groups[key], language)
            if fields[key] is None:
                return None
    alone = not ({"day", "year"} & groups.keys()) and "part" not in groups
    for key in ("month", "month1"):
        if key in groups:
            if not _month_case_ok(groups[key], alone, match_text, language):
                return None
            fields[key] = _month(groups[key], language)
            if fields[key] is None:
                return None
    lookups = {"weekday": language.weekdays, "weekday1": language.weekdays,
               "season": language.seasons,
               "part": language.parts, "unit": language.units, "rel": language.relations,
               "ordinal": language.ordinals}
    for key, table in lookups.items():
        if key in groups:
            fields[key] = table.get(normalise(groups[key]))
            if fields[key] is None:
                return None
    if "number" in groups:
        fields["number"] = _number(groups["number"], language)
        if not fields["number"]:
            return None
    if "word" in groups:
        fields["word"] = normalise(groups["word"])
    fields["until_future"] = "until_future" in groups
    if not (_day_exists(fields.get("day"), fields.get("month"), fields.get("year"))
            and _day_exists(fields.get("day1"), fields.get("month1", fields.get("month")),
                            fields.get("year"))):
        return None
    return fields


def _merged(hits: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - _REACH), min(length, hit_end + _REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def windows(folded: str, triggers: re.Pattern) -> list[tuple[int, int]]:
    """Stretches of text around digits and trigger words, merged; rules run only there.

    Trying thirty patterns at every character is what makes a regex tagger slow; most of an
    article holds no date word at all.
    """
    return _merged([m.span() for m in triggers.finditer(folded)], len(folded))


_DIGITS_TABLE = frozenset(("digits",))
_NO_TABLE: frozenset[str] = frozenset()


class Windows:
    """The windows of one text, for all rules and for rules that run only near some tables
    ("near": a weekday, a month, a number): those see a fraction of the text."""

    def __init__(self, folded: str, language: Language) -> None:
        self.length = len(folded)
        tables = language.trigger_tables
        # Each trigger with the tables its word belongs to, looked up once per text.
        self.hits = [(m.start(), m.end(), _DIGITS_TABLE if m.group()[0].isdigit()
                      else tables.get(m.group().lower(), _NO_TABLE))
                     for m in language.triggers.finditer(folded)]
        self._all: list[tuple[int, int]] | None = None
        self._near: dict[frozenset[str], list[tuple[int, int]]] = {}

    def of(self, rule: Rule) -> list[tuple[int, int]]:
        if rule.near is None:
            if self._all is None:
                self._all = _merged([(s, e) for s, e, _ in self.hits], self.length)
            return self._all
        if rule.near not in self._near:
            self._near[rule.near] = _merged(
                [(s, e) for s, e, found in self.hits if rule.near & found], self.length)
        return self._near[rule.near]


def _members(match: re.Match, fields: dict) -> list[tuple[int, int, dict]]:
    """A list of days ("les 9 et 16 mars", "Oct. 20 and 27"): one candidate per day, each
    with the month and year written once for both. The first runs from the month when it is
    written before ("Oct. 20"), the second to the end of the match ("16 mars 2024")."""
    # Both read the tense of the whole list: "and 27" opens no clause of its own.
    shared = {**{k: v for k, v in fields.items() if k not in ("day", "day1")},
              "whole": match.span()}
    first_start = match.start("day1")
    if match.start("month") < first_start:
        first_start = match.start()
    return [(first_start, match.end("day1"), {**shared, "day": fields["day1"]}),
            (match.start("day"), match.end(), {**shared, "day": fields["day"]})]


# The group that names a range's first end, and the one its second end starts with.
_RANGE_GROUPS = (("day1", "day"), ("weekday1", "weekday"), ("year1", "year_end"),
                 ("month1", "month"))


def _range_ends(match: re.Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the two ends of a range are. The first runs from its first group to that group's
    end, taking in a month written right after it ("28 février") or just before it ("June 2",
    "May 3-9"); the second from its own group, or from a month written before it ("to June
    5"), to the match's end."""
    groups = match.groupdict()
    for first, second in _RANGE_GROUPS:
        name = next((n for n in (first, first + "_b") if groups.get(n) is not None), None)
        later = next((n for n in (second, second + "_b") if groups.get(n) is not None), None)
        if name and later:
            first_start, first_end = match.span(name)
            second_start = match.start(later)
            if name == "month1":  # "de mars 2025 à janvier 2026": each end a month
                if groups.get("year1") is not None:
                    first_end = match.end("year1")
            elif groups.get("month1") is not None:  # a month written for each end
                month_start, month_end = match.span("month1")
                if month_end <= first_start:
                    first_start = month_start  # "June 2 to June 5"
                else:
                    first_end = max(first_end, month_end)  # "28 février au 2 mars"
                if groups.get("month") is not None and first_end <= match.start("month") \
                        < second_start:
                    second_start = match.start("month")  # "to June 5"
            elif groups.get("month") is not None and match.end("month") <= first_start:
                first_start = match.start("month")  # "May 3-9": one month before both
            # "du lundi 3 au vendredi 7 mars": each end starts with its weekday.
            if groups.get("dayname1") is not None:
                first_start = min(first_start, match.start("dayname1"))
            if groups.get("dayname") is not None:
                second_start = min(second_start, match.start("dayname"))
            return (first_start, first_end), (second_start, match.end())
    return None


_CAN_RANGE: dict[str, bool] = {}


def _can_range(rule: Rule) -> bool:
    """Whether a rule's pattern names the first end of a range (most do not); rule names are
    unique across languages, so the answer is kept by name."""
    if rule.name not in _CAN_RANGE:
        names = rule.pattern.groupindex
        _CAN_RANGE[rule.name] = any(first in names or first + "_b" in names
                                    for first, _ in _RANGE_GROUPS)
    return _CAN_RANGE[rule.name]


def candidates(folded: str, language: Language) -> list[Candidate]:
    found = []
    spans = Windows(folded, language)
    for order, rule in enumerate(language.rules):
        members, ranges = rule.params.get("members"), _can_range(rule)
        for span in spans.of(rule):
            for match in rule.pattern.finditer(folded, *span):
                fields = read_fields(_groups(match), match.group(), language)
                if fields is None:
                    continue
                if members:
                    found.extend(Candidate(start, end, rule, order, member)
                                 for start, end, member in _members(match, fields))
                    continue
                ends = _range_ends(match) if ranges else None
                if ends:
                    fields["ends"] = ends
                found.append(Candidate(match.start(), match.end(), rule, order, fields))
    return found


def longest_first(found: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first; return them in text order."""
    taken = bytearray(max((c.end for c in found), default=0))
    kept = []
    for candidate in sorted(found, key=lambda c: (c.start - c.end, c.start, c.order)):
        if not any(taken[candidate.start:candidate.end]):
            taken[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)
