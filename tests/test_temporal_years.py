"""A day written without its year takes the year of a day written with one just before it,
in the same sentence or the previous one, as a reader does; nothing further, and never a
month, a season or a bare year that only frames the story."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

PUBLISHED = date(2025, 11, 26)


def _dates(sentence: str, lang: str) -> dict[str, tuple[date, str | None]]:
    return {m.text: (m.date, m.why) for m in find_dates(sentence, PUBLISHED, lang)}


@pytest.mark.parametrize("sentence, lang, text, day", [
    ("Le 3 mars 2019, la loi a été votée, et le 5 avril elle a été promulguée.", "fr",
     "5 avril", date(2019, 4, 5)),
    ("En première instance, le 12 mars 2024, le tribunal l'a condamné. Le parquet a fait appel "
     "le 21 mars.", "fr", "21 mars", date(2024, 3, 21)),
    ("On 3 March 2019 the law was passed, and on 5 April it took effect.", "en", "5 April",
     date(2019, 4, 5)),
    ("She received the prize on Dec. 10, 1989, having lectured in Stockholm on Dec. 8.", "en",
     "Dec. 8", date(1989, 12, 8)),
    ("The plant closed on Dec. 20, 2019. It reopened on Jan. 3.", "en", "Jan. 3",
     date(2020, 1, 3)),
])
def test_a_day_without_its_year_takes_the_year_of_the_day_written_just_before(sentence, lang,
                                                                              text, day):
    assert _dates(sentence, lang)[text] == (day, "earlier_year")


@pytest.mark.parametrize("sentence, lang, text, day", [
    # Two sentences later the story has moved on: the publication decides again.
    ("Le 3 mars 2019, la loi a été votée. Rien n'a changé. Le 5 avril, le maire a parlé.",
     "fr", "5 avril", date(2025, 4, 5)),
    # A future clause speaks of after publication.
    ("Le 3 mars 2019, la loi a été votée. Le procès s'ouvrira le 5 avril.", "fr", "5 avril",
     date(2026, 4, 5)),
    # A year, a month or a season frames the story without dating its days.
    ("En 2019, le club a été racheté, et le 5 avril le maire a parlé.", "fr", "5 avril",
     date(2025, 4, 5)),
    ("Arrivé à l'été 2021, il a remporté la coupe le 31 mai.", "fr", "31 mai",
     date(2025, 5, 31)),
    ("He joined in March 2019 and won the cup on May 31.", "en", "May 31", date(2025, 5, 31)),
    # An expression that moves the story in time breaks the chain.
    ("Opéré le 19 mars 2024, il a rejoué plus d'un an après, le 2 novembre.", "fr",
     "2 novembre", date(2025, 11, 2)),
    ("The plant closed on March 3, 2019. Two years later, on May 4, it reopened.", "en",
     "May 4", date(2025, 5, 4)),
])
def test_no_year_is_carried_further_or_from_a_looser_date(sentence, lang, text, day):
    assert _dates(sentence, lang)[text][0] == day


def test_a_weekday_written_with_the_date_still_picks_its_own_year():
    found = _dates("Le 12 mars 2024, il a été condamné. Il a fait appel lundi 3 mars.", "fr")
    assert found["lundi 3 mars"] == (date(2025, 3, 3), "weekday_year")


def test_the_year_carries_along_a_chain_of_days_and_past_a_year_written_in_passing():
    found = _dates("Le 12 mars 2024, il a été condamné pour des marchés passés entre 2014 et "
                   "2018. Il a fait appel le 21 mars, et il a été libéré le 2 avril.", "fr")
    assert found["21 mars"] == (date(2024, 3, 21), "earlier_year")
    assert found["2 avril"] == (date(2024, 4, 2), "earlier_year")
