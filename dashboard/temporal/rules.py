"""Turn a language's temporal tables into compiled rules, once per language.

A language is a module ``dashboard.lang.<code>.temporal`` holding plain tables (see the French
one). This module knows no language: it builds alternations from the tables, substitutes them
into each rule's pattern and compiles everything once.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType, ModuleType
from typing import Mapping

# How each kind of rule is resolved; see resolve.py.
KINDS = ("calendar_date", "day_range", "month", "year", "season", "weekday", "relative",
         "quarter")
EXAMPLE_FLAGS = ("future", "unanchored")
_PLACEHOLDER = re.compile(r"\{(?P<name>[a-z_]+)\}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
# A year is a four-digit number from 1800 to 2099 that is not part of a longer number
# ("2 025 000") and not a count of things (the count nouns come from the language).
_YEAR = r"(?:18|19|20)\d\d(?![\d,.]\d)(?! \d{{3}}(?!\d))(?!\s*%)(?!\s+(?:{count_nouns})(?!\w))"


@dataclass(frozen=True)
class Rule:
    """One named pattern of one language, with the examples that prove it."""

    name: str
    kind: str
    pattern: re.Pattern
    params: Mapping = field(default_factory=dict)
    examples: tuple = ()


@dataclass(frozen=True)
class Language:
    """Everything the engine needs about a language, compiled."""

    code: str
    rules: tuple[Rule, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts: Mapping[str, str]
    units: Mapping[str, str]
    numbers: Mapping[str, object]
    ordinals: Mapping[str, int]
    relations: Mapping[str, str]
    month_case: Mapping[str, str]
    clause_break: re.Pattern
    future: re.Pattern
    past: re.Pattern
    not_dates: tuple = ()


def normalise(word: str) -> str:
    """The key a captured word is looked up by: lower case, single spaces."""
    return " ".join(word.lower().split())


def _alternation(words) -> str:
    # Longest first, so "vingt-et-un" wins over "vingt" and "l'avant-veille" over "veille".
    if not words:
        return "(?!)"
    escaped = sorted({r"\s+".join(map(re.escape, w.split())) for w in words}, key=len,
                     reverse=True)
    return "(?:" + "|".join(escaped) + ")"


def _placeholders(tables: ModuleType) -> dict[str, str]:
    relations = getattr(tables, "RELATIONS", {})
    months = dict(tables.MONTHS)
    numbers = getattr(tables, "NUMBERS", {})
    values = {
        "month_full": _alternation(months),
        "month": _alternation({**months, **getattr(tables, "MONTH_ABBREVIATIONS", {})}),
        "weekday": _alternation(tables.WEEKDAYS),
        "season": _alternation(tables.SEASONS),
        "part": _alternation(tables.PARTS),
        "unit": _alternation(tables.UNITS),
        "number": "(?:" + _alternation(numbers) + r"|\d{1,3}(?!\d))",
        "ordinal": _alternation(getattr(tables, "ORDINALS", {})),
        "year": _YEAR.format(count_nouns="|".join(map(re.escape, tables.COUNT_NOUNS))),
    }
    for relation in ("last", "next", "this"):
        values[relation] = _alternation([w for w, r in relations.items() if r == relation])
    for name, fragment in tables.FRAGMENTS.items():
        values[name] = "(?:" + fragment + ")"
    return values


def _substitute(pattern: str, values: Mapping[str, str], where: str) -> str:
    def one(match: re.Match) -> str:
        name = match.group("name")
        if name not in values:
            raise ValueError(f"{where}: unknown placeholder {{{name}}}; add it to FRAGMENTS")
        return values[name]

    # Fragments may use placeholders themselves ("{day}" inside a fragment), so go twice.
    return _PLACEHOLDER.sub(one, _PLACEHOLDER.sub(one, pattern))


def _rule(code: str, spec: Mapping, values: Mapping[str, str]) -> Rule:
    name = f"{code}.{spec['name']}"
    if spec["kind"] not in KINDS:
        raise ValueError(f"{name}: unknown kind {spec['kind']!r}; expected one of {KINDS}")
    source = _substitute(spec["pattern"], values, name)
    # Whole words only: a rule never starts or ends inside a word or a number.
    compiled = re.compile(r"(?<![\w])(?:" + source + r")(?![\w])", re.IGNORECASE)
    params = MappingProxyType(dict(spec.get("params", {})))
    return Rule(name, spec["kind"], compiled, params, tuple(spec.get("examples", ())))


def _markers(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=None)
def load_language(code: str) -> Language:
    """Compile the tables of ``dashboard.lang.<code>.temporal`` (cached: once per process)."""
    if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code):
        raise ValueError(f"lang={code!r}: expected a language code such as 'fr' or 'en'")
    try:
        tables = importlib.import_module(f"dashboard.lang.{code}.temporal")
    except ModuleNotFoundError:
        raise ValueError(f"lang={code!r}: no temporal tables; add dashboard/lang/{code}/"
                         "temporal.py (copy the French one)") from None
    values = _placeholders(tables)
    return Language(
        code=code,
        rules=tuple(_rule(code, spec, values) for spec in tables.RULES),
        months={normalise(k): v for k, v in {**tables.MONTHS,
                                             **getattr(tables, "MONTH_ABBREVIATIONS", {})}.items()},
        weekdays={normalise(k): v for k, v in tables.WEEKDAYS.items()},
        seasons={normalise(k): v for k, v in tables.SEASONS.items()},
        parts={normalise(k): v for k, v in tables.PARTS.items()},
        units={normalise(k): v for k, v in tables.UNITS.items()},
        numbers={normalise(k): v for k, v in getattr(tables, "NUMBERS", {}).items()},
        ordinals={normalise(k): v for k, v in getattr(tables, "ORDINALS", {}).items()},
        relations={normalise(k): v for k, v in getattr(tables, "RELATIONS", {}).items()},
        month_case=dict(getattr(tables, "MONTH_CASE", {})),
        clause_break=re.compile(tables.CLAUSE_BREAK, re.IGNORECASE),
        future=_markers(tables.FUTURE_MARKERS),
        past=_markers(tables.PAST_MARKERS),
        not_dates=tuple(getattr(tables, "NOT_DATES", ())),
    )
