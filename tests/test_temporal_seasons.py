"""Seasons written without a year: bare English seasons ("spring", "this winter", "last
summer") and French ones without article ("en hiver" when a verb places it), with the nouns
and verbs that only look like seasons left alone."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

OCTOBER = date(2025, 10, 15)


@pytest.mark.parametrize("sentence, lang, text, first, last", [
    ("Spring has been wet across the region.", "en", "Spring", "2025-03-01", "2025-05-31"),
    ("Winter came early in the Alps.", "en", "Winter", "2024-12-01", "2025-02-28"),
    ("The plant will open this winter.", "en", "this winter", "2025-12-01", "2026-02-28"),
    ("Sales fell last summer.", "en", "last summer", "2025-06-01", "2025-08-31"),
    ("Prices rose throughout the winter.", "en", "throughout the winter", "2024-12-01",
     "2025-02-28"),
    ("Work will begin in spring.", "en", "in spring", "2026-03-01", "2026-05-31"),
    ("Les travaux reprendront en hiver.", "fr", "en hiver", "2025-12-01", "2026-02-28"),
    ("La récolte a été mauvaise en été.", "fr", "en été", "2025-06-01", "2025-08-31"),
    ("Le chantier a commencé en automne.", "fr", "en automne", "2025-09-01", "2025-11-30"),
    ("Le club a recruté cet été un attaquant.", "fr", "cet été", "2025-06-01", "2025-08-31"),
])
def test_a_season_without_its_year_is_the_one_the_tense_points_to(sentence, lang, text, first,
                                                                    last):
    (mention,) = find_dates(sentence, OCTOBER, lang)
    assert (mention.text, mention.date.isoformat(), mention.date_end.isoformat()) == (
        text, first, last)
    assert mention.precision == "season"


@pytest.mark.parametrize("sentence, lang", [
    ("A hot spring lies near the village.", "en"),
    ("Spring training opens the baseball year.", "en"),
    ("Prices could fall, and a summer job pays little.", "en"),
    ("The fall of Kabul was quick; the spring break ends soon.", "en"),
    ("En automne, les feuilles tombent.", "fr"),
    ("En hiver comme en été, le refuge reste ouvert.", "fr"),
    ("Le printemps arabe a marqué la région.", "fr"),
    ("Les soldes d'été attirent du monde ; un hiver rigoureux s'annonce toujours ainsi.", "fr"),
])
def test_words_that_only_look_like_seasons_and_habits_give_no_date(sentence, lang):
    assert find_dates(sentence, OCTOBER, lang) == []
