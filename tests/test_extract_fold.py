"""fold(): one character for one character, so offsets found in folded text cut the original."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from dashboard.extract import fold

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
