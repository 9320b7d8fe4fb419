"""Ranges and lists of dates: each end or member is a mention with its own span and value,
and a range stays one mention holding the whole period, which is what an event is dated by."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

TUESDAY = date(2025, 7, 15)


def _iso(mention) -> tuple[str, str, str]:
    return mention.text, mention.date.isoformat(), mention.date_end.isoformat()


@pytest.mark.parametrize("sentence, lang, whole, ends", [
    ("Le festival s'est tenu du 3 au 7 mars.", "fr", ("du 3 au 7 mars", "2025-03-03", "2025-03-07"),
     [("3", "2025-03-03", "2025-03-03"), ("7 mars", "2025-03-07", "2025-03-07")]),
    ("Les fouilles ont eu lieu entre le 1er mai et le 15 juin.", "fr",
     ("entre le 1er mai et le 15 juin", "2025-05-01", "2025-06-15"),
     [("1er mai", "2025-05-01", "2025-05-01"), ("15 juin", "2025-06-15", "2025-06-15")]),
    ("Fighting on May 3-9 killed dozens.", "en", ("May 3-9", "2025-05-03", "2025-05-09"),
     [("May 3", "2025-05-03", "2025-05-03"), ("9", "2025-05-09", "2025-05-09")]),
    ("The fair ran from June 2 to June 5.", "en",
     ("from June 2 to June 5", "2025-06-02", "2025-06-05"),
     [("June 2", "2025-06-02", "2025-06-02"), ("June 5", "2025-06-05", "2025-06-05")]),
    ("Winter break lasted from Dec. 22 to Jan. 2.", "en",
     ("from Dec. 22 to Jan. 2", "2024-12-22", "2025-01-02"),
     [("Dec. 22", "2024-12-22", "2024-12-22"), ("Jan. 2", "2025-01-02", "2025-01-02")]),
    # Third round: years joined by "entre/between", months, weekdays, days with weekdays.
    ("Des marchés passés entre 2014 et 2018 sont visés.", "fr",
     ("entre 2014 et 2018", "2014-01-01", "2018-12-31"),
     [("2014", "2014-01-01", "2014-12-31"), ("2018", "2018-01-01", "2018-12-31")]),
    ("He ran the firm between 2014 and 2018.", "en",
     ("between 2014 and 2018", "2014-01-01", "2018-12-31"),
     [("2014", "2014-01-01", "2014-12-31"), ("2018", "2018-01-01", "2018-12-31")]),
    ("Les prix ont augmenté d'avril à juin.", "fr",
     ("d'avril à juin", "2025-04-01", "2025-06-30"),
     [("avril", "2025-04-01", "2025-04-30"), ("juin", "2025-06-01", "2025-06-30")]),
    ("Prices rose between May and July.", "en",
     ("between May and July", "2025-05-01", "2025-07-31"),
     [("May", "2025-05-01", "2025-05-31"), ("July", "2025-07-01", "2025-07-31")]),
    ("L'exposition a duré de novembre 2024 à février 2025.", "fr",
     ("de novembre 2024 à février 2025", "2024-11-01", "2025-02-28"),
     [("novembre 2024", "2024-11-01", "2024-11-30"),
      ("février 2025", "2025-02-01", "2025-02-28")]),
    ("Les grévistes ont bloqué le dépôt du lundi au mercredi.", "fr",
     ("du lundi au mercredi", "2025-07-07", "2025-07-09"),
     [("lundi", "2025-07-07", "2025-07-07"), ("mercredi", "2025-07-09", "2025-07-09")]),
    ("The fair will run from Monday to Wednesday.", "en",
     ("from Monday to Wednesday", "2025-07-21", "2025-07-23"),
     [("Monday", "2025-07-21", "2025-07-21"), ("Wednesday", "2025-07-23", "2025-07-23")]),
    ("Les épreuves se sont déroulées du lundi 3 au vendredi 7 mars.", "fr",
     ("du lundi 3 au vendredi 7 mars", "2025-03-03", "2025-03-07"),
     [("lundi 3", "2025-03-03", "2025-03-03"), ("vendredi 7 mars", "2025-03-07", "2025-03-07")]),
    ("Talks ran from Monday, March 3, to Friday, March 7.", "en",
     ("from Monday, March 3, to Friday, March 7", "2025-03-03", "2025-03-07"),
     [("Monday, March 3", "2025-03-03", "2025-03-03"),
      ("Friday, March 7", "2025-03-07", "2025-03-07")]),
])
def test_each_end_of_a_range_is_a_mention_of_its_own_inside_the_range(sentence, lang, whole,
                                                                        ends):
    listed = find_dates(sentence, TUESDAY, lang, with_ends=True)
    assert [_iso(m) for m in listed] == [whole, *ends]
    the_range, *its_ends = listed
    assert the_range.part_of is None and the_range.ends == tuple(its_ends)
    for end in its_ends:
        assert sentence[end.start:end.end] == end.text
        assert end.part_of == (the_range.start, the_range.end)
        assert the_range.start <= end.start < end.end <= the_range.end
        # An end is as precise as what it names: a day, a whole month, a whole year.
        named = ("day" if end.date == end.date_end else
                 "month" if end.date.month == end.date_end.month else "year")
        assert (end.precision, end.rule, end.dated_by) == (named, the_range.rule,
                                                           the_range.dated_by)


def test_without_ends_the_mentions_never_overlap_and_the_range_keeps_its_period():
    sentence = "La grève a duré du 3 au 7 mars, puis les 9 et 16 mars."
    listed = find_dates(sentence, TUESDAY, "fr")
    assert [_iso(m) for m in listed] == [("du 3 au 7 mars", "2025-03-03", "2025-03-07"),
                                         ("9", "2025-03-09", "2025-03-09"),
                                         ("16 mars", "2025-03-16", "2025-03-16")]
    assert all(a.end <= b.start for a, b in zip(listed, listed[1:]))


@pytest.mark.parametrize("sentence, lang, members", [
    ("Les élections auront lieu les 9 et 16 mars.", "fr",
     [("9", "2026-03-09", "2026-03-09"), ("16 mars", "2026-03-16", "2026-03-16")]),
    ("Polls will open on Oct. 20 and 27.", "en",
     [("Oct. 20", "2025-10-20", "2025-10-20"), ("27", "2025-10-27", "2025-10-27")]),
])
def test_each_member_of_a_list_of_days_is_a_mention_and_no_period_joins_them(sentence, lang,
                                                                               members):
    listed = find_dates(sentence, TUESDAY, lang, with_ends=True)
    assert [_iso(m) for m in listed] == members
    assert all(m.part_of is None and not m.ends for m in listed)


def test_a_year_range_has_two_whole_years_as_ends_and_a_deadline_has_none():
    (season, *ends) = find_dates("Elle a disputé 30 matchs au cours de la saison 2023-2024.", TUESDAY,
                                 "fr", with_ends=True)
    assert [(e.text, e.precision, e.date.isoformat(), e.date_end.isoformat()) for e in ends] \
        == [("2023", "year", "2023-01-01", "2023-12-31"),
            ("2024", "year", "2024-01-01", "2024-12-31")]
    (limit,) = find_dates("Le texte doit être voté avant la fin de 2025.", TUESDAY, "fr",
                          with_ends=True)
    assert limit.deadline and limit.ends == ()


def test_range_ends_survive_the_json_round_trip():
    (mention,) = find_dates("Le festival s'est tenu du 3 au 7 mars.", TUESDAY, "fr")
    data = mention.to_dict()
    assert [e["text"] for e in data["ends"]] == ["3", "7 mars"]
    assert type(mention).from_dict(data) == mention


@pytest.mark.parametrize("sentence, lang", [
    ("Le musée est ouvert du lundi au vendredi, de 10 heures à 18 heures.", "fr"),
    ("The museum is open Monday to Friday, from 10 a.m. to 6 p.m.", "en"),
    ("Les jeunes de 3 à 16 ans paient entre 1 850 et 2 050 euros.", "fr"),
    ("Children aged 2 to 17 pay between 1,800 and 2,000 dollars; it was 30-35 C.", "en"),
])
def test_opening_hours_ages_and_amounts_joined_like_ranges_are_no_dates(sentence, lang):
    assert find_dates(sentence, TUESDAY, lang) == []


@pytest.mark.parametrize("sentence, lang, members", [
    ("Elle a vécu à Rome en 2014 et 2015.", "fr", ["en 2014", "2015"]),
    ("It won the cup in 2012 and 2013.", "en", ["in 2012", "2013"]),
])
def test_years_joined_without_entre_or_between_stay_a_list_of_years(sentence, lang, members):
    found = find_dates(sentence, TUESDAY, lang)
    assert [m.text for m in found] == members
    assert all(m.precision == "year" and not m.ends for m in found)
