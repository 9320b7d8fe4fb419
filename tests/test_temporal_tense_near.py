"""The tense that places a date without its year is the one nearest to that date: a limit set
by a delay or an extension lies ahead even when told in the past, and a verb after a date
that introduces the next date belongs to that next date."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

OCTOBER = date(2025, 10, 15)
FRIDAY = date(2025, 9, 19)


def _by_text(sentence, published, lang):
    return {m.text: m for m in find_dates(sentence, published, lang)}


@pytest.mark.parametrize("sentence, lang, text, start, marker", [
    ("The defense had asked for a delay until the spring.", "en", "until the spring",
     date(2026, 3, 1), "delay"),
    ("The judge postponed the hearing until March.", "en", "until March", date(2026, 3, 1),
     "postponed"),
    ("La défense avait demandé un report jusqu'au printemps.", "fr", "au printemps",
     date(2026, 3, 1), "report"),
    ("Le juge a prolongé la détention jusqu'en mars.", "fr", "jusqu'en mars", date(2026, 3, 1),
     "prolongé"),
])
def test_a_limit_set_by_a_delay_or_an_extension_lies_ahead_even_told_in_the_past(
        sentence, lang, text, start, marker):
    mention = _by_text(sentence, OCTOBER, lang)[text]
    assert (mention.date, mention.why, mention.marker) == (start, "future_tense", marker)


@pytest.mark.parametrize("sentence, lang, text", [
    ("The road remained closed until the spring.", "en", "until the spring"),
    ("The bridge stayed shut until March.", "en", "until March"),
    ("La route est restée fermée jusqu'au printemps.", "fr", "au printemps"),
    ("Le pont est resté fermé jusqu'en mars.", "fr", "jusqu'en mars"),
])
def test_until_after_a_past_state_stays_in_the_past(sentence, lang, text):
    mention = _by_text(sentence, OCTOBER, lang)[text]
    assert mention.date.year == 2025 and mention.why == "past_tense"


@pytest.mark.parametrize("sentence, lang, text, day", [
    ("France recognises a Palestinian state on Monday, a move first announced in late July.",
     "en", "on Monday", date(2025, 9, 22)),
    ("La France reconnaît l'État palestinien lundi, une décision annoncée fin juillet.",
     "fr", "lundi", date(2025, 9, 22)),
])
def test_a_verb_after_a_date_that_introduces_the_next_date_belongs_to_the_next_one(
        sentence, lang, text, day):
    found = _by_text(sentence, FRIDAY, lang)
    assert found[text].date == day
    assert found[text].marker is None


def test_a_future_verb_before_two_dates_still_reaches_both():
    found = _by_text("He will travel to Kyiv on Tuesday and meet Zelensky on Wednesday.",
                     FRIDAY, "en")
    assert (found["on Tuesday"].date, found["on Wednesday"].date) == (date(2025, 9, 23),
                                                                      date(2025, 9, 24))
    assert found["on Wednesday"].why == "future_tense"


def test_a_past_verb_right_after_a_date_still_dates_it():
    found = _by_text("On Monday, the minister said the summit will be held on March 3.",
                     FRIDAY, "en")
    assert found["On Monday"].date == date(2025, 9, 15)
    assert found["March 3"].date == date(2026, 3, 3)


@pytest.mark.parametrize("sentence, text, day", [
    ("Schools reopen on Monday after the break.", "on Monday", date(2025, 9, 22)),
    ("Exams run May 4-15 in every district.", "May 4-15", date(2026, 5, 4)),
])
def test_a_schedule_in_the_present_with_a_plural_subject_looks_ahead(sentence, text, day):
    assert _by_text(sentence, FRIDAY, "en")[text].date == day


def test_a_noun_after_an_article_is_no_schedule():
    mention = _by_text("The team made a slow start on Monday.", FRIDAY, "en")["on Monday"]
    assert mention.date == date(2025, 9, 15)
