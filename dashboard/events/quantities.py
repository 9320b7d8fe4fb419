"""Figures with units in a text ("300 km", "180 milles", "des milliers de soldats").

The engine knows no language: digits, separators, number words, units and vague amounts
come from ``dashboard.lang.<lang>.quantities``. Every figure becomes an interval in its
dimension's base unit (km, soldiers, dollars...), so two accounts can be compared whatever
unit each used: an exact figure is a point, an approximate one +-10 %, "au moins 12" an open
interval, "des milliers" the range the phrase implies.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard import lang as languages
from dashboard.extract.fold import fold_key

# Two exact figures agree when they differ by less than this: conversions such as
# "300 km (186 miles)" round to whole units (0.2 % off), while 180 miles vs 300 km is 3.4 %.
EXACT_TOLERANCE = 0.015
APPROXIMATE_TOLERANCE = 0.10


@dataclass(frozen=True)
class Quantity:
    """One figure: its dimension, the interval it allows in base units, and how it was written."""

    dimension: str
    low: float
    high: float
    text: str
    start: int
    kind: str  # exact | approximate | at_least | vague
    # The figure as written, in base units; None for a vague amount.
    value: float | None = None


def _alternation(words) -> str:
    keys = {" ".join(fold_key(w).split()) for w in words}
    return "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(keys, key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    counted: re.Pattern
    vague: re.Pattern
    prefixed: re.Pattern
    data: object


@lru_cache(maxsize=8)
def _rules(lang: str) -> _Rules | None:
    data = languages.tables(lang, "quantities")
    if data is None:
        return None
    groups = "".join(re.escape(g) for g in data.GROUP_MARKS)
    decimal = re.escape(data.DECIMAL_MARK)
    digits = rf"\d{{1,3}}(?:[{groups}]\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?"
    number = rf"(?P<number>{digits}|(?<![\w])(?:{_alternation(data.NUMBER_WORDS)})(?![\w]))"
    qualifier = (rf"(?:(?P<approx>{_alternation(data.APPROXIMATE)})\s+|"
                 rf"(?P<atleast>{_alternation(data.AT_LEAST)})\s+)?")
    scale = rf"(?:\s*(?P<scale>{_alternation(data.SCALES)})(?![\w]))?"
    link = rf"(?:\s*(?:{_alternation(data.LINKS)})(?![\w]))?"
    filler = rf"(?:\s+[^\W\d]+){{0,{data.WORDS_BEFORE_UNIT}}}?"
    words = [u for u in data.UNITS if u[:1].isalpha()]
    symbols = [u for u in data.UNITS if not u[:1].isalpha()]
    unit = rf"\s*(?P<unit>{_alternation(words)})(?![\w])"
    counted = re.compile(rf"(?<![\w,.]){qualifier}{number}{scale}{link}{filler}{unit}")
    vague = re.compile(rf"(?<![\w])(?P<vague>{_alternation(data.VAGUE)}){link}{filler}{unit}")
    prefixed = re.compile(rf"(?P<unit>{_alternation(symbols)})\s?{qualifier}{number}{scale}")
    return _Rules(counted, vague, prefixed, data)


def _number(written: str, data) -> float | None:
    key = " ".join(written.split())
    if key in {" ".join(fold_key(w).split()) for w in data.NUMBER_WORDS}:
        return next(float(v) for w, v in data.NUMBER_WORDS.items() if " ".join(fold_key(w).split()) == key)
    plain = written
    for mark in data.GROUP_MARKS:
        plain = plain.replace(mark, "")
    try:
        return float(plain.replace(data.DECIMAL_MARK, "."))
    except ValueError:
        return None


def _lookup(table: dict, written: str):
    key = " ".join(written.split())
    return next(v for k, v in table.items() if " ".join(fold_key(k).split()) == key)


def _quantity(m: re.Match, text: str, data) -> Quantity | None:
    dimension, factor = _lookup(data.UNITS, m.group("unit"))
    written = text[m.start():m.end()]
    if "vague" in m.re.groupindex and m.group("vague"):
        low, high = _lookup(data.VAGUE, m.group("vague"))
        return Quantity(dimension, low * factor, high * factor, written, m.start(), "vague")
    value = _number(m.group("number"), data)
    if value is None:
        return None
    if m.group("scale"):
        value *= _lookup(data.SCALES, m.group("scale"))
    value *= factor
    if m.group("atleast"):
        return Quantity(dimension, value, math.inf, written, m.start(), "at_least", value)
    if m.group("approx"):
        spread = value * APPROXIMATE_TOLERANCE
        return Quantity(dimension, value - spread, value + spread, written, m.start(), "approximate", value)
    return Quantity(dimension, value, value, written, m.start(), "exact", value)


def quantities_in(text: str, lang: str) -> tuple[Quantity, ...]:
    """Every figure with a known unit in ``text``, in order; () for a language without tables."""
    rules = _rules(lang or "")
    if rules is None or not isinstance(text, str):
        return ()
    folded = fold_key(text)
    found: dict[int, Quantity] = {}
    for pattern in (rules.vague, rules.counted, rules.prefixed):
        for m in pattern.finditer(folded):
            if any(q.start <= m.start() < q.start + len(q.text) for q in found.values()):
                continue
            quantity = _quantity(m, text, rules.data)
            if quantity is not None:
                found[m.start()] = quantity
    return tuple(found[k] for k in sorted(found))


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two figures of one dimension can both be true."""
    if a.dimension != b.dimension:
        return True
    if a.kind == b.kind == "exact":
        return abs(a.low - b.low) <= EXACT_TOLERANCE * max(abs(a.low), abs(b.low))
    return a.low <= b.high and b.low <= a.high


def dimension_label(dimension: str) -> str:
    """The dimension's name in every language that has tables, e.g. "portée / range"."""
    labels = []
    # French first: the product's interface language leads, as in "portée / range".
    for lang in languages.available("quantities"):
        rules = _rules(lang)
        label = rules and getattr(rules.data, "DIMENSIONS", {}).get(dimension)
        if label and label not in labels:
            labels.append(label)
    return " / ".join(labels) or dimension
