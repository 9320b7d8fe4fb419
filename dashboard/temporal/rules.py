"""Turn a language's temporal tables into compiled rules, once per language.

A language is a module ``dashboard.lang.<code>.temporal`` holding plain tables (see the French
one). This module knows no language: it builds alternations from the tables, substitutes them
into each rule's pattern and compiles everything once.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType, ModuleType

# How each kind of rule is resolved; see resolve.py.
KINDS = ("calendar_date", "day_range", "month_range", "month", "year", "season", "weekday",
         "relative", "quarter", "decade", "century", "year_range", "named_span", "holiday")
# "not_a_date": the rule wins its span and gives no mention (a comparison such as "two months
# later than planned"); its examples say which text it takes from other rules.
EXAMPLE_FLAGS = ("future", "unanchored", "deadline", "vague", "not_a_date")
_PLACEHOLDER = re.compile(r"\{(?P<name>[a-z_]+)\}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_WORDS = re.compile(r"\w+")
# The tables a rule may say it needs (``near``); "digits" is any number, "trigger" a word of
# the language's TRIGGERS ("siècle", "weekend"), "word" one of the rules' own ``words``
# ("hier", "la veille", "yesterday").
NEAR_TABLES = ("digits", "weekday", "month", "season", "holiday", "unit", "ordinal", "trigger",
               "word")
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
    # The tables ("weekday", "month", "digits"...) one of whose words every match holds: the
    # rule then runs only around those words. None: around any trigger word.
    near: frozenset[str] | None = None


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
    # Words without which no rule can match: rules only run in windows around them.
    triggers: re.Pattern = re.compile("(?!)")
    not_dates: tuple = ()
    # Holiday name -> how to find its day (see eras.holiday_day); names written with a
    # capital in the table need one in the text ("l'Ascension", not "l'ascension du col").
    holidays: Mapping[str, tuple] = field(default_factory=dict)
    holiday_capital: Mapping[str, bool] = field(default_factory=dict)
    # An article and the event noun after it ("du sommet", "the election", "the start of
    # the war"), for anaphors; and the words that join such a noun to its own date ("de
    # l'élection du 4 mai", "the vote on May 4").
    event_article: re.Pattern = re.compile("(?!)")
    event_date_link: re.Pattern = re.compile("(?!)")
    # The article alone: "three months after the May 4 vote" names its event by a date.
    event_lead: re.Pattern = re.compile("(?!)")
    # Trigger word (lower case) -> the tables it comes from, for rules that say ``near``.
    trigger_tables: Mapping[str, frozenset[str]] = field(default_factory=dict)


def normalise(word: str) -> str:
    """The key a captured word is looked up by: lower case, single spaces."""
    return " ".join(word.lower().split())


def _trie(words: list[list[str]]) -> str:
    """A regex alternation shaped as a prefix tree.

    Python's re tries the branches of ``a|b|c`` one by one at every position of the text; a
    tree tests one character and moves on, which makes the big tables cheap to search.
    """
    branches: dict[str, list[list[str]]] = {}
    ends = False
    for chars in words:
        if chars:
            branches.setdefault(chars[0], []).append(chars[1:])
        else:
            ends = True
    if not branches:
        return ""
    parts = [head + _trie(tails) for head, tails in sorted(branches.items())]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + body + ")?" if ends else body


def _alternation(words) -> str:
    if not words:
        return "(?!)"
    # A space in a table key matches any run of spaces; every other character stands for
    # itself, lower-cased since rules are matched ignoring case.
    keys = {" ".join(w.lower().split()) for w in words}
    tokens = [[r"\s+" if c == " " else re.escape(c) for c in key] for key in keys]
    return "(?:" + _trie(tokens) + ")"


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
        "holiday": _alternation(getattr(tables, "HOLIDAYS", {})),
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
    near = spec.get("near")
    if near is not None and not set(near) <= set(NEAR_TABLES):
        raise ValueError(f"{name}: near must name tables among {NEAR_TABLES}, not {near!r}")
    return Rule(name, spec["kind"], compiled, params, tuple(spec.get("examples", ())),
                frozenset(near) if near is not None else None)


def _longest_word(key: str) -> str:
    return max(_WORDS.findall(key.lower()), key=len)


def _trigger_tables(tables: ModuleType, specs) -> dict[str, frozenset[str]]:
    by_table = {"weekday": tables.WEEKDAYS, "season": tables.SEASONS, "unit": tables.UNITS,
                "month": {**tables.MONTHS, **getattr(tables, "MONTH_ABBREVIATIONS", {})},
                "holiday": getattr(tables, "HOLIDAYS", {}),
                "ordinal": getattr(tables, "ORDINALS", {}),
                "trigger": getattr(tables, "TRIGGERS", ()),
                "word": [w for spec in specs for w in spec.get("params", {}).get("words", {})]}
    found: dict[str, set[str]] = {}
    for table, keys in by_table.items():
        for key in keys:
            found.setdefault(_longest_word(key), set()).add(table)
    return {word: frozenset(names) for word, names in found.items()}


def _triggers(tables: ModuleType, rules: tuple[Rule, ...]) -> re.Pattern:
    """Digits, and one word of every table key a rule can match on: the longest one, since
    it is in every match of that key."""
    keys = [*tables.MONTHS, *getattr(tables, "MONTH_ABBREVIATIONS", {}), *tables.WEEKDAYS,
            *tables.SEASONS, *tables.PARTS, *tables.UNITS, *getattr(tables, "ORDINALS", {}),
            *getattr(tables, "TRIGGERS", ()), *getattr(tables, "HOLIDAYS", {}),
            *(w for w, r in getattr(tables, "RELATIONS", {}).items() if r != "this"),
            *(w for rule in rules for w in rule.params.get("words", {}))]
    words = {_longest_word(key) for key in keys}
    return re.compile(r"\d+|(?<!\w)" + _alternation(words) + r"(?!\w)", re.IGNORECASE)


def _markers(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
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
    rules = tuple(_rule(code, spec, values) for spec in tables.RULES)
    return Language(
        code=code,
        rules=rules,
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
        triggers=_triggers(tables, rules),
        not_dates=tuple(getattr(tables, "NOT_DATES", ())),
        holidays={normalise(k): v for k, v in getattr(tables, "HOLIDAYS", {}).items()},
        holiday_capital={normalise(k): k[0].isupper()
                         for k in getattr(tables, "HOLIDAYS", {})},
        trigger_tables=_trigger_tables(tables, tables.RULES),
        event_article=re.compile(
            r"\s+(?:(?P<definite>" + getattr(tables, "EVENT_ARTICLES", "(?!)") + r")|"
            + getattr(tables, "EVENT_OWNERS", "(?!)") + r")\s*(?P<noun>\w+)"
            r"(?:\s+(?:" + getattr(tables, "EVENT_COMPLEMENT", "(?!)") + r")\s*(?P<noun2>\w+))?",
            re.IGNORECASE),
        event_lead=re.compile(r"\s+(?:" + getattr(tables, "EVENT_ARTICLES", "(?!)") + r")\s*",
                              re.IGNORECASE),
        event_date_link=re.compile(
            r"\s*(?:(?:" + getattr(tables, "EVENT_DATE_LINK", "(?!)") + r")\s*)?", re.IGNORECASE),
    )
