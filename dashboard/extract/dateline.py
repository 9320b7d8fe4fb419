"""An article's own publication date, read from a dateline in its text.

The patterns are data in ``dashboard/lang/<lang>/datelines.py``; they only locate a dateline
and capture its date string, which dateparser reads (it is good at isolated date strings and
knows month names in every language). A dateline is page furniture, so its span is returned too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from dashboard import lang as languages
from dashboard.model import Span

from .fold import fold

KIND_ORDER = ("published", "updated", "agency")
# A dateline line longer than this is a sentence that starts with one: mark only the dateline.
_WHOLE_LINE_MAX_WORDS = 25
_EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True)
class DatelineRule:
    name: str
    kind: str
    pattern: re.Pattern
    examples: tuple[tuple[str, str], ...]
    date_order: str


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a text: its date, its kind, the rule, and where it lies."""

    date: date
    kind: str
    rule: str
    span: Span


@lru_cache(maxsize=None)
def all_rules(lang: str) -> tuple[DatelineRule, ...]:
    """The dateline rules of ``lang`` (none for a language without a datelines table)."""
    table = languages.tables(lang, "datelines")
    if table is None:
        return ()
    return tuple(
        DatelineRule(
            name=entry["name"],
            kind=entry["kind"],
            # An agency dateline opens the story's first sentence, so nothing may precede it.
            pattern=re.compile(
                r"^[ \t]*" + ("" if entry["kind"] == "agency" else getattr(table, "LINE_PREFIX", ""))
                + "(?:" + entry["pattern"] + ")",
                re.MULTILINE | (re.IGNORECASE if entry.get("ignore_case") else 0)),
            examples=tuple(entry["examples"]),
            date_order=table.DATE_ORDER,
        )
        for entry in table.RULES
    )


def parse_date_string(value: str, lang: str, date_order: str) -> date | None:
    """dateparser's reading of one date string, or None when it is not a plausible past date."""
    parsed = dateparser.parse(
        value,
        languages=[lang],
        settings={"PREFER_DATES_FROM": "past", "DATE_ORDER": date_order,
                  "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if not isinstance(parsed, datetime):
        return None
    day = parsed.date()
    # A "publication" date in the future or before 1900 is a misread, not a date to count from.
    if day < _EARLIEST or day > date.today() + timedelta(days=1):
        return None
    return day


def _span(text: str, match: re.Match, kind: str, reason: str) -> Span:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    if kind != "agency" and len(line.split()) <= _WHOLE_LINE_MAX_WORDS:
        return Span(line_start + (len(line) - len(line.lstrip())), line_start + len(line.rstrip()), reason)
    return Span(start, match.end(), reason)


def find_datelines(text: str, lang: str) -> list[Dateline]:
    """Every dateline in ``text`` whose date parses, in order of position."""
    folded = fold(text)
    found = []
    for rule in all_rules(lang):
        for match in rule.pattern.finditer(folded):
            day = parse_date_string(match.group("date"), lang, rule.date_order)
            if day is not None:
                found.append(Dateline(day, rule.kind, rule.name, _span(folded, match, rule.kind, "dateline")))
    return sorted(found, key=lambda d: d.span.start)


def publication_dateline(datelines: list[Dateline]) -> Dateline | None:
    """The dateline that best states publication: a "published" line, else "updated", else agency."""
    for kind in KIND_ORDER:
        for dateline in datelines:
            if dateline.kind == kind:
                return dateline
    return None
