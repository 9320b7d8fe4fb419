"""Which kind of event a clause reports, from the language's category cues.

The taxonomy is fixed (``dashboard.model.CATEGORIES``); the words that point to each category are data in
``dashboard/lang/<lang>/categories.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dashboard.model import CATEGORIES

from .nlp import lang_module

# A cue on the main verb says more about the clause than a cue in one of its noun phrases.
MAIN_VERB_WEIGHT = 3


@dataclass(frozen=True)
class CategoryRule:
    """One category's cues for one language, with example clauses it must recognise."""

    name: str
    category: str
    pattern: re.Pattern
    examples: tuple[str, ...]


@cache
def category_rules(lang: str) -> tuple[CategoryRule, ...]:
    """The compiled category rules for ``lang``, in priority order."""
    rules = []
    for entry in lang_module(lang, "categories").CATEGORY_RULES:
        if entry["category"] not in CATEGORIES:
            raise ValueError(f"category rule {entry['name']!r} names unknown category {entry['category']!r}")
        cues = "|".join(entry["cues"])
        rules.append(CategoryRule(entry["name"], entry["category"],
                                  re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE),
                                  tuple(entry["examples"])))
    return tuple(rules)


def main_verb_category(main_verb: str, lang: str) -> str | None:
    """The category the clause's main verb alone points to, or None."""
    return next((r.category for r in category_rules(lang) if r.pattern.search(main_verb)), None)


def categorize(text: str, lang: str, main_verb: str = "") -> str:
    """The category of a clause: most cue weight wins, the earlier rule on a tie; else "other"."""
    best, best_score = "other", 0
    for rule in category_rules(lang):
        score = len(rule.pattern.findall(text))
        if main_verb and rule.pattern.search(main_verb):
            score += MAIN_VERB_WEIGHT
        if score > best_score:
            best, best_score = rule.category, score
    return best
