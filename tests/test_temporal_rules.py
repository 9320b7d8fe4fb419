"""Every rule of every language proves itself on its own examples, and look-alikes give no date."""

from __future__ import annotations

import importlib
from datetime import date

import pytest

from dashboard import lang
from dashboard.extract.fold import fold
from dashboard.temporal import all_rules, find_dates, languages
from dashboard.temporal.rules import EXAMPLE_FLAGS


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


RULE_EXAMPLES = [
    pytest.param(lang, rule.name, example, id=f"{rule.name}[{index}]")
    for lang in languages()
    for rule in all_rules(lang)
    for index, example in enumerate(rule.examples)
]

NOT_DATES = [
    pytest.param(lang, sentence, published, id=f"{lang}:{sentence[:40]}")
    for lang in languages()
    for sentence, published in importlib.import_module(f"dashboard.lang.{lang}.temporal").NOT_DATES
]


def test_the_temporal_package_lists_the_languages_that_have_temporal_tables():
    assert set(languages()) == set(lang.available("temporal"))
    assert lang.DEFAULT in languages()


@pytest.mark.parametrize("lang", languages())
def test_every_rule_has_a_prefixed_unique_name_and_at_least_one_example(lang):
    names = [rule.name for rule in all_rules(lang)]
    assert len(names) == len(set(names))
    for rule in all_rules(lang):
        assert rule.name.startswith(f"{lang}.")
        assert rule.examples, f"{rule.name} has no example"


@pytest.mark.parametrize("lang, rule_name, example", RULE_EXAMPLES)
def test_rule_example_resolves_as_documented(lang, rule_name, example):
    sentence, published, text, start, end, precision, *flags = example
    flags = set(flags[0].split()) if flags else set()
    assert flags <= set(EXAMPLE_FLAGS)
    mentions = find_dates(sentence, _day(published), lang)
    if "not_a_date" in flags:
        # The rule takes the text from every other rule and dates nothing there.
        start_at = sentence.index(text)
        assert all(m.end <= start_at or m.start >= start_at + len(text) for m in mentions)
        rule = next(r for r in all_rules(lang) if r.name == rule_name)
        assert rule.params.get("not_a_date")
        assert rule.pattern.search(fold(sentence)).group(0) == text
        return
    found = [m for m in mentions if m.text == text]
    assert found, f"{text!r} not found in {[m.text for m in mentions]}"
    mention = found[0]
    assert mention.rule == rule_name
    assert sentence[mention.start:mention.end] == text
    assert (_iso(mention.date), _iso(mention.date_end), mention.precision) == (start, end,
                                                                               precision)
    assert mention.future == ("future" in flags)
    assert mention.unanchored == ("unanchored" in flags)
    assert mention.deadline == ("deadline" in flags)
    assert mention.vague == ("vague" in flags)


@pytest.mark.parametrize("lang, sentence, published", NOT_DATES)
def test_durations_numbers_and_lookalikes_are_not_dates(lang, sentence, published):
    assert find_dates(sentence, _day(published), lang) == []
