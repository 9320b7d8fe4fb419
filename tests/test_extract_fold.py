"""The folds: fold() one character for one character, so offsets found in folded text cut the
original; fold_key() for names, fold_for_search() for what a reader types."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.extract import fold
from dashboard.extract.fold import fold_for_search, fold_key

TYPOGRAPHIC = "’‘ʼ′`´\u00a0\u202f\u2009\u2007–—«»“”"


@given(st.text())
def test_fold_keeps_the_length_of_any_text(text):
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("abcdé l'Ukraine " + TYPOGRAPHIC), max_size=80))
def test_offsets_found_in_folded_text_slice_the_original_to_the_same_words(text):
    folded = fold(text)
    for match in re.finditer(r"\w+", folded):
        assert text[match.start():match.end()] == match.group()


def test_typographic_apostrophes_and_odd_spaces_become_plain():
    assert fold("l’Ukraine\u202f: l‘OTAN\u00a0et lʼUE") == "l'Ukraine : l'OTAN et l'UE"


def test_french_guillemets_stay_and_dashes_become_hyphens():
    assert fold("« 2022–2025 — fin »") == "« 2022-2025 - fin »"


@given(st.text(alphabet=st.sampled_from("ab é\n" + TYPOGRAPHIC + "\u2212\u3000\u201e\uff07"), max_size=80))
def test_fold_replaces_each_listed_character_and_keeps_every_other(text):
    from dashboard.extract.fold import _APOSTROPHES, _DASHES, _DOUBLE_QUOTES, _SPACES

    plain = {**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_SPACES, " "),
             **dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_DOUBLE_QUOTES, '"')}
    assert fold(text) == "".join(plain.get(c, c) for c in text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Koursk", "koursk"), ("Kyïv", "kyiv"), ("Élysée", "elysee"), ("Straße", "strasse"),
])
def test_the_search_fold_drops_case_and_accents_and_may_change_lengths(text, expected):
    assert fold_for_search(text) == expected


def test_the_three_folds_differ_on_one_name():
    # Typography only; then accents, case and hyphens one for one; then case and accents,
    # the dash kept.
    name = "Kyïv\u2013Moscou"
    assert (fold(name), fold_key(name), fold_for_search(name)) == \
        ("Kyïv-Moscou", "kyiv moscou", "kyiv\u2013moscou")
