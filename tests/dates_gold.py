"""The annotated date sentences of tests/data/dates/: read them into gold expressions.

The files are written by hand, one document per block (see tests/data/dates/README.md):

    @ <doc id> <lang> <published YYYY-MM-DD> <kind of story>
    text with {span|value} or {span|value|flags} marks, over as many lines as needed

A value is what a careful reader gives the expression: a day (2025-03-17), a month (2025-03),
a year (2025), an explicit period (2025-10-07..2025-10-08, or 2023..2024 for years), a week
(2025-W12), a season (2025-SP, -SU, -AU, -WI; meteorological, winter YEAR starting in December
of YEAR), a quarter (2026-Q1), a decade (1980s), or NONE (a number, duration, age or look-alike
that must not be dated) or VAGUE (a vague span that must not be drawn as a precise period).
Flags: planned (spoken of as future), deadline (a limit, drawn as its last day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "dates"
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4")
_MARK = re.compile(r"\{(?P<span>[^{}|]+)\|(?P<value>[^{}|]+)(?:\|(?P<flags>[^{}|]+))?\}")
_HEADER = re.compile(r"@ (?P<doc>\S+) (?P<lang>[a-z]{2}) (?P<published>\d{4}-\d\d-\d\d) (?P<kind>\S+)")
SEASON_START = {"SP": 3, "SU": 6, "AU": 9, "WI": 12}
FLAGS = {"planned", "deadline"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    value: str
    # None for NONE and VAGUE: nothing to draw.
    period: tuple[date, date] | None
    flags: frozenset[str]

    @property
    def is_date(self) -> bool:
        return self.period is not None


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    lang: str
    published: date
    kind: str
    text: str
    gold: tuple[Gold, ...]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _one(value: str) -> tuple[date, date]:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = map(int, m.groups())
        return date(year, month, 1), _month_end(year, month)
    if m := re.fullmatch(r"(\d{4})", value):
        year = int(value)
        return date(year, 1, 1), date(year, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday, monday + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|AU|WI)", value):
        year, first = int(m.group(1)), SEASON_START[m.group(2)]
        last_year, last = (year + 1, 2) if first == 12 else (year, first + 2)
        return date(year, first, 1), _month_end(last_year, last)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m.group(1)), int(m.group(2))
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    if m := re.fullmatch(r"(\d{3})0s", value):
        decade = int(m.group(1)) * 10
        return date(decade, 1, 1), date(decade + 9, 12, 31)
    raise ValueError(f"unknown gold value {value!r}")


def period_of(value: str) -> tuple[date, date] | None:
    if value in ("NONE", "VAGUE"):
        return None
    if ".." in value:
        first, last = value.split("..")
        return _one(first)[0], _one(last)[1]
    return _one(value)


def parse(source: str, where: str = "<text>") -> list[GoldDoc]:
    docs = []
    for block in re.split(r"\n\s*\n", source):
        lines = [line for line in block.strip().splitlines() if not line.startswith("#")]
        if not lines:
            continue
        header = _HEADER.fullmatch(lines[0].strip())
        if not header:
            raise ValueError(f"{where}: a block must start with '@ id lang published kind': "
                             f"{lines[0]!r}")
        marked = " ".join(line.strip() for line in lines[1:])
        text, gold, last = [], [], 0
        length = 0
        for mark in _MARK.finditer(marked):
            before = marked[last:mark.start()]
            text.append(before)
            length += len(before)
            flags = frozenset((mark.group("flags") or "").split())
            if not flags <= FLAGS:
                raise ValueError(f"{where}: {header['doc']}: unknown flags {flags - FLAGS}")
            span = mark.group("span")
            gold.append(Gold(length, length + len(span), span, mark.group("value"),
                             period_of(mark.group("value")), flags))
            text.append(span)
            length += len(span)
            last = mark.end()
        text.append(marked[last:])
        body = "".join(text)
        if "{" in body or "}" in body:
            raise ValueError(f"{where}: {header['doc']}: a mark is malformed near "
                             f"{body[body.find('{'):][:40]!r}")
        docs.append(GoldDoc(header["doc"], header["lang"],
                            date.fromisoformat(header["published"]), header["kind"], body,
                            tuple(gold)))
    return docs


def load(split: str) -> list[GoldDoc]:
    path = DATA / f"{split}.txt"
    return parse(path.read_text(encoding="utf-8"), str(path))
