"""Durations counted from an event the text never dates, and durations measured against a plan,
give no date (issue 7, third round); the same durations counted from a dated event do."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

PUBLISHED = date(2025, 10, 8)


def _dated(sentence: str, lang: str) -> dict[str, tuple[date, date]]:
    return {m.text: (m.date, m.date_end) for m in find_dates(sentence, PUBLISHED, lang)
            if m.date is not None}


@pytest.mark.parametrize("sentence, lang, duration", [
    ("Le rapport a été publié le 2 avril. La loi est entrée en vigueur trois mois après la "
     "nomination du ministre.", "fr", "trois mois après"),
    ("Le chantier a repris le 12 mai. Un an après la fermeture de l'usine, rien n'a changé.",
     "fr", "Un an après"),
    ("The report came out on April 2. He resigned three years after the election.", "en",
     "three years after"),
    ("Talks resumed on May 12. Two years after the appointment of the envoy, nothing moved.",
     "en", "Two years after"),
    # In apposition to a date, the duration situates that date and gives none of its own.
    ("Le congrès aura lieu début juin, deux mois après la désignation d'une nouvelle présidente.",
     "fr", "deux mois après"),
])
def test_a_duration_after_an_event_the_text_never_dates_is_not_counted_from_another_date(
        sentence, lang, duration):
    found = {m.text: m for m in find_dates(sentence, PUBLISHED, lang)}
    assert found[duration].date is None and found[duration].unanchored


@pytest.mark.parametrize("sentence, lang, duration, day", [
    # The event is dated elsewhere in the text, near its noun (here inflected) ...
    ("Kiev a lancé sa contre-offensive le 6 septembre 2022. Trois mois après le lancement de "
     "l'offensive, le front était figé.", "fr", "Trois mois après", date(2022, 12, 6)),
    ("He was elected on March 3, 2019. Two dull reports came on May 10, 2019. Three years "
     "after the election, he resigned.", "en", "Three years after", date(2022, 3, 3)),
    # ... or right there ...
    ("Le 2 avril 2024, il a été investi. Trois mois après l'élection du 4 mai, il a quitté "
     "son poste.", "fr", "Trois mois après", date(2024, 8, 4)),
    ("He was sworn in on April 2, 2024. Two months after the vote on May 4, he quit.", "en",
     "Two months after", date(2024, 7, 4)),
    # ... or it is the one just told, counted in days or weeks.
    ("Le pont a cédé le 3 mars 2024. Trois jours après l'accident, il a rouvert.", "fr",
     "Trois jours après", date(2024, 3, 6)),
    ("The talks opened on March 3, 2024. A week later, they collapsed.", "en", "A week later",
     date(2024, 3, 10)),
])
def test_a_duration_after_a_dated_event_is_the_day_it_points_to(sentence, lang, duration, day):
    assert _dated(sentence, lang)[duration] == (day, day)


@pytest.mark.parametrize("sentence, lang, kept", [
    ("Le pont a été inauguré le 7 octobre, quatre mois plus tard que prévu.", "fr",
     {"7 octobre"}),
    ("La récolte a débuté trois semaines plus tôt que prévu.", "fr", set()),
    ("Les cerisiers ont fleuri douze jours plus tôt que l'an dernier.", "fr", {"l'an dernier"}),
    ("The bridge will open no earlier than June 9, three months later than planned.", "en",
     {"June 9"}),
    ("The monsoon arrived ten days earlier than in an average year.", "en", set()),
    ("The verdict came two months sooner than prosecutors had expected.", "en", set()),
])
def test_a_duration_measured_against_a_plan_is_no_date(sentence, lang, kept):
    assert set(_dated(sentence, lang)) == kept


@pytest.mark.parametrize("sentence, lang, duration", [
    # The complement of the event noun is not the event: the works were delayed in the
    # autumn, which says nothing of when they were launched.
    ("La piscine devait rouvrir au printemps 2025, mais le chantier a pris du retard. La gérante, "
     "arrivée deux ans après le lancement du chantier, veut tout revoir.", "fr",
     "deux ans après"),
    # An event named by a possessive or a gerund, never dated.
    ("The club confirmed on May 3 that he would stay. He scored three weeks after his "
     "return from injury.", "en", "three weeks after"),
    ("The club confirmed on May 3 that he would stay. She won her first race three weeks after "
     "returning from surgery, at a meet abroad, far from home.", "en", "three weeks after"),
    ("Le club a confirmé le 3 mai qu'il restait. Un an après avoir quitté Lyon, il a signé à "
     "Nice.", "fr", "Un an après"),
    # A short head ("the end", "la fin") names a phase of the event in its complement.
    ("The lockdown began on March 17, 2020. Cinemas reopened two years after the end of the "
     "lockdown.", "en", "two years after"),
    ("Le confinement a commencé le 17 mars 2020. Les cinémas ont rouvert deux ans après la fin "
     "du confinement.", "fr", "deux ans après"),
])
def test_an_event_named_by_its_complement_possessive_or_gerund_is_not_dated_by_another_date(
        sentence, lang, duration):
    found = {m.text: m for m in find_dates(sentence, PUBLISHED, lang)}
    assert found[duration].date is None
