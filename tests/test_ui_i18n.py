"""Interface strings and dates in French and English, from the language tables."""

from __future__ import annotations

import string
from datetime import date

import pytest

from dashboard.views.i18n import (
    DEFAULT_LANG,
    disagreement_heading,
    display_name,
    format_day,
    format_period,
    interface_languages,
    plural,
    t,
    table,
)


@pytest.mark.parametrize("start, end, precision, lang, expected", [
    (date(2025, 7, 4), None, "day", "fr", "4 juillet 2025"),
    (date(2025, 7, 4), None, "day", "en", "4 July 2025"),
    (date(2025, 7, 1), None, "day", "fr", "1er juillet 2025"),
    (date(2025, 7, 1), None, "day", "en", "1 July 2025"),
    (date(2025, 6, 1), date(2025, 6, 30), "month", "fr", "juin 2025"),
    (date(2025, 6, 1), date(2025, 6, 30), "month", "en", "June 2025"),
    (date(2024, 6, 1), date(2024, 8, 31), "season", "fr", "été 2024"),
    (date(2024, 6, 21), date(2024, 9, 22), "season", "en", "summer 2024"),
    (date(2024, 12, 1), date(2025, 2, 28), "season", "fr", "hiver 2024"),
    (date(2024, 9, 1), date(2024, 11, 30), "season", "en", "autumn 2024"),
    (date(2025, 1, 1), date(2025, 3, 31), "quarter", "fr", "1er trimestre 2025"),
    (date(2025, 4, 1), date(2025, 6, 30), "quarter", "en", "Q2 2025"),
    (date(2024, 11, 11), date(2024, 11, 17), "week", "fr", "semaine du 11 novembre 2024"),
    (date(2024, 11, 11), date(2024, 11, 17), "week", "en", "week of 11 November 2024"),
    (date(2025, 1, 1), date(2025, 12, 31), "year", "fr", "2025"),
    (None, None, None, "fr", "Date inconnue"),
    (None, None, None, "en", "Unknown date"),
])
def test_periods_read_as_words_at_their_precision(start, end, precision, lang, expected):
    assert format_period(start, end, precision, lang) == expected


@pytest.mark.parametrize("lang, expected", [("fr", "17 nov. 2024"), ("en", "17 Nov 2024")])
def test_short_dates_abbreviate_the_month(lang, expected):
    assert format_day(date(2024, 11, 17), lang, short=True) == expected


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", [code for code in interface_languages() if code != DEFAULT_LANG])
def test_every_interface_language_has_the_french_tables_and_placeholders(lang):
    french, other = table(DEFAULT_LANG), table(lang)
    assert set(other.STRINGS) == set(french.STRINGS)
    for key in french.STRINGS:
        assert _placeholders(other.STRINGS[key]) == _placeholders(french.STRINGS[key]), key
    for name in ("CATEGORIES", "PRECISIONS", "SEASONS", "QUARTER_ORDINALS", "NOUNS"):
        assert set(getattr(other, name)) == set(getattr(french, name)), name
    assert len(other.MONTHS) == len(other.MONTHS_SHORT) == 12


def test_count_line_in_both_languages():
    assert t("count", "fr", shown=3, total=12) == "3 sur 12 événements"
    assert t("count", "en", shown=3, total=12) == "3 of 12 events"


def test_an_unknown_language_falls_back_to_french():
    assert "de" not in interface_languages()
    assert table("de") is table("fr")


@pytest.mark.parametrize("name, lang, expected", [
    ("United States", "fr", "États-Unis"),
    ("Russia", "fr", "Russie"),
    ("Vladimir Putin", "fr", "Vladimir Poutine"),
    ("Moscow", "fr", "Moscou"),
    ("ATACMS", "fr", "ATACMS"),
    ("Russia", "en", "Russia"),
])
def test_canonical_names_are_shown_as_the_readers_language_writes_them(name, lang, expected):
    assert display_name(name, lang) == expected


@pytest.mark.parametrize("count, noun, lang, expected", [
    (0, "article", "fr", "0 article"), (1, "excerpt", "fr", "1 extrait"),
    (3, "excerpt", "fr", "3 extraits"), (0, "article", "en", "0 articles"),
    (1, "article", "en", "1 article"), (2, "excerpt", "en", "2 excerpts"),
])
def test_counted_nouns_agree_with_their_number(count, noun, lang, expected):
    assert plural(count, noun, lang) == expected


@pytest.mark.parametrize("kind, subject, lang, expected", [
    ("date", "date", "fr", "Dates différentes"),
    ("date", "date", "en", "Different dates"),
    ("number", "portée / range", "fr", "Chiffres différents — portée"),
    ("number", "portée / range", "en", "Different figures — range"),
    ("name", "Volodymyr Zelensky", "fr", "Noms écrits autrement — Volodymyr Zelensky"),
    ("name", "Russia", "fr", "Noms écrits autrement — Russie"),
])
def test_a_disagreement_heading_says_what_differs_without_repeating_itself(kind, subject, lang,
                                                                            expected):
    assert disagreement_heading(kind, subject, lang) == expected
