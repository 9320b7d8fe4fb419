"""find_dates costs the same per character on a long clause as on a short one (issue 14).

Each mention used to search its whole clause again for tense markers, so a clause made of
nothing but dates ("le 4 juillet le 4 juillet …", a long list of weekdays) took quadratic time:
26 s at 52 kB. The ratio of per-character times is what is judged, with a wide margin, so a
busy machine does not fail it; quadratic cost would give a ratio near 100.
"""

from __future__ import annotations

import gc
import time
from datetime import date

import pytest

from dashboard.temporal import find_dates

# The per-character time at 1 MB may be this many times the one at 10 kB; linear cost gives
# about 1 (often less: fixed costs weigh more on the short text), quadratic cost about 100.
FLAT_ENOUGH = 3.0
SMALL, LARGE = 10_000, 1_000_000


def _per_char_seconds(unit: str, size: int, lang: str, repeat: int) -> float:
    """CPU seconds per character, the collector paused: in a full test run the heap holds
    spaCy models and corpora, and the full collections that 77,000 new mentions trigger would
    walk all of it, which is the test process's cost, not find_dates' (the pipeline freezes
    that heap for the same reason)."""
    text = unit * (size // len(unit))
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            mentions = find_dates(text, date(2025, 7, 15), lang)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    assert len(mentions) >= text.count(unit.split()[0]) // 2
    return best / len(text)


@pytest.mark.parametrize("unit, lang", [("le 4 juillet ", "fr")])
def test_date_finding_costs_the_same_per_character_from_10_kb_to_1_mb(unit, lang):
    small = _per_char_seconds(unit, SMALL, lang, repeat=5)
    large = _per_char_seconds(unit, LARGE, lang, repeat=1)
    assert large < FLAT_ENOUGH * small, f"{large * 1e6:.2f} µs/char at 1 MB against " \
                                        f"{small * 1e6:.2f} at 10 kB"


@pytest.mark.parametrize("unit, lang", [("lundi ", "fr"), ("le 4 juillet, le 5 mars 2024, ", "fr"),
                                        ("on Monday, March 3 and ", "en")])
def test_lists_of_dates_in_one_clause_cost_the_same_per_character_at_100_kb(unit, lang):
    small = _per_char_seconds(unit, SMALL, lang, repeat=5)
    large = _per_char_seconds(unit, 100_000, lang, repeat=3)
    assert large < FLAT_ENOUGH * small


def test_each_date_in_a_long_future_clause_still_reads_its_own_tense():
    text = "Le sommet se tiendra le 4 septembre" + ", le 5 septembre" * 2000 + "."
    mentions = find_dates(text, date(2025, 7, 15), "fr")
    assert len(mentions) == 2001
    assert all(m.future and m.date.year == 2025 for m in mentions)
