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
        assert (end.precision, end.rule, end.dated_by) == ("day", the_range.rule,
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
    (season, *ends) = find_dates("Il a marqué 14 buts lors de la saison 2023-2024.", TUESDAY,
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
