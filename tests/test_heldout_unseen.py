"""The held-out date sets and the seeds stay unseen: no rule example or look-alike copies them.

A rule whose example is a held-out sentence was written against that sentence, and the
held-out figure then measures fitting, not reading; one whose example is a seed sentence was
tuned to the seeds, which the rules must read without having been written for them. Short phrases ("in the second half of")
are the language and may recur; a run of ``COPIED_WORDS`` words is someone's sentence.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from dashboard.temporal import all_rules, languages
from dates_gold import SPLITS, load

# Eight words in a row: longer than the set phrases rules are about ("dans la nuit du 2 au
# 3 mars" is seven), shorter than any sentence worth copying.
COPIED_WORDS = 8
_WORD = re.compile(r"\w+")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + COPIED_WORDS]) for i in range(len(words) - COPIED_WORDS + 1)}


def _table_sentences(lang: str) -> list[str]:
    sentences = [rule_example[0] for rule in all_rules(lang) for rule_example in rule.examples]
    sentences += [s for s, _ in importlib.import_module(f"dashboard.lang.{lang}.temporal").NOT_DATES]
    return sentences


HELD_OUT = [split for split in SPLITS if split.startswith("heldout")]
SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.mark.parametrize("split", HELD_OUT)
def test_no_rule_example_or_look_alike_copies_a_held_out_sentence(split):
    held = set().union(*(_runs(doc.text) for doc in load(split)))
    copied = [sentence for lang in languages() for sentence in _table_sentences(lang)
              if _runs(sentence) & held]
    assert copied == []


def test_no_rule_example_or_look_alike_copies_a_seed_sentence():
    seeds = set().union(*(_runs(path.read_text(encoding="utf-8")) for path in SEEDS.glob("*.txt")))
    assert seeds
    copied = [sentence for lang in languages() for sentence in _table_sentences(lang)
              if _runs(sentence) & seeds]
    assert copied == []


def test_the_check_finds_a_sentence_copied_from_a_held_out_set():
    doc = load("heldout")[0]
    copied = " ".join(_WORD.findall(doc.text)[:COPIED_WORDS + 2])
    held = set().union(*(_runs(d.text) for d in load("heldout")))
    assert _runs(copied) & held
