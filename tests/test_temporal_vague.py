"""Durations and vague spans are not dates: a bound on a duration ("more than a year after"),
or a duration counted from an event the text never dates ("un mois plus tard" with no date
before it), is kept as a mention but never drawn as a precise period."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

PUBLISHED = date(2025, 10, 15)


@pytest.mark.parametrize("sentence, lang, bound", [
    ("Le pont a cédé le 3 mars 2024. Plus d'un an après la catastrophe, rien n'est réparé.",
     "fr", "Plus d'un an après"),
    ("Le pont a cédé le 3 mars 2024. Près de deux semaines plus tard, la route restait fermée.",
     "fr", "Près de deux semaines plus tard"),
    ("Le pont a cédé le 3 mars 2024. Au moins trois jours après, les secours cherchaient.",
     "fr", "Au moins trois jours après"),
    ("Le dossier a été ouvert il y a plus de deux ans.", "fr", "il y a plus de deux ans"),
    ("The bridge collapsed on March 3, 2024. More than a week after the collapse, it was shut.",
     "en", "More than a week after"),
    ("The bridge collapsed on March 3, 2024. Nearly two weeks later, it was still shut.",
     "en", "Nearly two weeks later"),
    ("The talks collapsed almost a year ago.", "en", "almost a year ago"),
    ("The vote will take place in less than a week.", "en", "in less than a week"),
])
def test_a_bounded_duration_is_vague_even_with_an_anchor_before_it(sentence, lang, bound):
    found = {m.text: m for m in find_dates(sentence, PUBLISHED, lang)}
    assert found[bound].vague and found[bound].date is None


@pytest.mark.parametrize("sentence, lang, exact", [
    ("Le pont a cédé le 3 mars 2024. Deux semaines plus tard, la route a rouvert.", "fr",
     ("Deux semaines plus tard", date(2024, 3, 17))),
    ("The bridge collapsed on March 3, 2024. A week after the collapse, it reopened.", "en",
     ("A week after", date(2024, 3, 10))),
])
def test_the_same_duration_without_a_bound_is_the_point_it_names(sentence, lang, exact):
    found = {m.text: m.date for m in find_dates(sentence, PUBLISHED, lang)}
    assert found[exact[0]] == exact[1]


@pytest.mark.parametrize("sentence, lang, text", [
    ("Un mois plus tard, il était libéré.", "fr", "Un mois plus tard"),
    ("Trois jours après, le maire a démissionné.", "fr", "Trois jours après"),
    ("A month later, he was freed.", "en", "A month later"),
    ("In the days that followed, protests grew.", "en", "In the days that followed"),
])
def test_a_duration_counted_from_an_undated_event_is_kept_without_a_date(sentence, lang, text):
    (mention,) = find_dates(sentence, PUBLISHED, lang)
    assert (mention.text, mention.date, mention.unanchored, mention.dated_by) == (
        text, None, True, "anaphoric")


def test_a_day_word_alone_still_counts_from_the_day_of_publication():
    (mention,) = find_dates("La veille, Kiev avait été frappée.", PUBLISHED, "fr")
    assert (mention.date, mention.anchor_kind) == (date(2025, 10, 14), "publication")


@pytest.mark.parametrize("sentence, lang", [
    ("Peu après, le maire a démissionné.", "fr"),
    ("Ces derniers jours, la tension est montée.", "fr"),
    ("Shortly after, the mayor resigned.", "en"),
    ("In recent days, tension has risen.", "en"),
])
def test_vague_spans_give_no_date(sentence, lang):
    assert all(m.date is None for m in find_dates(sentence, PUBLISHED, lang))
