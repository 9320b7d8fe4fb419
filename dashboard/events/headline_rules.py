"""The headline rules of one language, compiled from ``dashboard/lang/<lang>/headlines.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .nlp import lang_module


@dataclass(frozen=True)
class HeadlineRules:
    """One language's headline tables (from ``dashboard/lang/<lang>/headlines.py``)."""

    subject_deps: frozenset[str]
    verb_group_deps: frozenset[str]
    clitic_deps: frozenset[str]
    clitic_words: frozenset[str]
    negation_words: frozenset[str]
    conjunct_deps: frozenset[str]
    relative_deps: frozenset[str]
    relative_pronouns: frozenset[str]
    date_deps: frozenset[str]
    attribution_words: frozenset[str]
    attribution_deps: frozenset[str]
    name_deps: frozenset[str]
    function_deps: frozenset[str]
    object_deps: frozenset[str]
    needs_relative: frozenset[str]
    reported_deps: frozenset[str]
    optional: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]
    no_end_pos: frozenset[str]
    date_leftover_words: frozenset[str]
    topic_marks: frozenset[str]
    time_of_day: re.Pattern


@cache
def headline_rules(lang: str) -> HeadlineRules:
    table = lang_module(lang, "headlines")
    return HeadlineRules(
        subject_deps=frozenset(table.SUBJECT_DEPS),
        verb_group_deps=frozenset(table.VERB_GROUP_DEPS),
        clitic_deps=frozenset(table.CLITIC_DEPS),
        clitic_words=frozenset(table.CLITIC_WORDS),
        negation_words=frozenset(table.NEGATION_WORDS),
        conjunct_deps=frozenset(table.CONJUNCT_DEPS),
        relative_deps=frozenset(table.RELATIVE_DEPS),
        relative_pronouns=frozenset(table.RELATIVE_PRONOUNS),
        date_deps=frozenset(table.DATE_DEPS),
        attribution_words=frozenset(table.ATTRIBUTION_WORDS),
        attribution_deps=frozenset(table.ATTRIBUTION_DEPS),
        name_deps=frozenset(table.NAME_DEPS),
        function_deps=frozenset(table.FUNCTION_DEPS),
        object_deps=frozenset(table.OBJECT_DEPS),
        needs_relative=frozenset(table.NEEDS_RELATIVE),
        reported_deps=frozenset(table.REPORTED_DEPS),
        optional=tuple((rule["name"], rule["cut"], frozenset(rule["deps"]), frozenset(rule.get("heads", ())))
                       for rule in table.OPTIONAL_RULES),
        no_end_pos=frozenset(table.NO_END_POS),
        date_leftover_words=frozenset(table.DATE_LEFTOVER_WORDS),
        topic_marks=frozenset(table.TOPIC_MARKS),
        time_of_day=re.compile(table.TIME_OF_DAY, re.IGNORECASE),
    )
