"""Rules that say which table they need ("near": a weekday, a month, a number) run only around
its words, and find exactly what they would find around every trigger word."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from dashboard.extract.fold import fold
from dashboard.temporal import all_rules, languages
from dashboard.temporal.match import candidates, longest_first
from dashboard.temporal.rules import load_language
from dates_gold import SPLITS, load


def _texts(lang: str, articles_dir) -> list[str]:
    texts = [doc.text for split in SPLITS for doc in load(split) if doc.lang == lang]
    texts += [example[0] for rule in all_rules(lang) for example in rule.examples]
    with open(articles_dir / "sources.csv", encoding="utf-8", newline="") as handle:
        texts += [(articles_dir / row["file"]).read_text(encoding="utf-8")
                  for row in csv.DictReader(handle) if row["language"] == lang]
    return texts


def _found(folded: str, language) -> list[tuple]:
    return [(c.start, c.end, c.rule.name) for c in longest_first(candidates(folded, language))]


@pytest.mark.parametrize("lang", languages())
def test_rules_near_their_tables_find_what_they_find_everywhere(lang, articles_dir):
    language = load_language(lang)
    assert any(rule.near for rule in language.rules)
    everywhere = replace(language, rules=tuple(replace(r, near=None) for r in language.rules))
    for text in _texts(lang, articles_dir):
        folded = fold(text)
        assert _found(folded, language) == _found(folded, everywhere), text[:80]
