"""How find_dates resolves dates: the calendar conventions, anchors, tense and offsets."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dashboard.temporal import find_dates
from dashboard.temporal.rules import load_language

TUESDAY = date(2025, 7, 15)


def _only(text: str, published: date | None, lang: str = "fr"):
    mentions = find_dates(text, published, lang)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


def test_weekday_resolves_to_latest_on_or_before_publication():
    assert _only("Le ministre a parlé mardi.", TUESDAY).date == TUESDAY
    assert _only("Le ministre a parlé lundi.", TUESDAY).date == date(2025, 7, 14)
    assert _only("Le ministre a parlé mercredi.", TUESDAY).date == date(2025, 7, 9)


def test_weekday_in_a_future_clause_is_the_next_one_after_publication():
    mention = _only("Le ministre se rendra à Kiev jeudi.", TUESDAY)
    assert (mention.date, mention.future, mention.why) == (date(2025, 7, 17), True,
                                                           "future_tense")
    assert mention.marker == "rendra"


@pytest.mark.parametrize("sentence, lang", [
    ("Le ministre se rendra à Kiev mardi.", "fr"), ("Le ministre a parlé mardi.", "fr"),
    ("The minister will travel to Kyiv on Tuesday.", "en"), ("He spoke on Tuesday.", "en")])
def test_a_weekday_naming_the_publication_day_is_that_day_whatever_the_tense(sentence, lang):
    mention = _only(sentence, TUESDAY, lang)
    assert (mention.date, mention.why) == (TUESDAY, "publication_day")


def test_weekday_reports_publication_as_its_anchor():
    mention = _only("Le ministre a parlé jeudi.", TUESDAY)
    assert (mention.dated_by, mention.anchor, mention.anchor_kind) == ("relative", TUESDAY,
                                                                      "publication")


@pytest.mark.parametrize("sentence, published, expected", [
    ("Le cessez-le-feu a été signé le 20 décembre.", date(2025, 1, 5), date(2024, 12, 20)),
    ("Le sommet aura lieu le 10 janvier.", date(2024, 11, 17), date(2025, 1, 10)),
    ("L'attaque du 29 février a fait dix morts.", date(2025, 7, 15), date(2024, 2, 29)),
    ("Les combats ont repris en juillet.", date(2025, 7, 15), date(2025, 7, 1)),
    ("Les combats avaient repris en novembre dernier.", date(2025, 11, 20), date(2024, 11, 1)),
    ("La réunion se tiendra en mars prochain.", date(2025, 3, 2), date(2026, 3, 1)),
])
def test_missing_year_comes_from_publication_and_tense(sentence, published, expected):
    assert _only(sentence, published).date == expected


def test_tense_is_read_from_the_marker_nearest_to_each_date():
    mentions = find_dates("Il a annoncé mardi une réunion qui se tiendra en septembre.",
                          TUESDAY)
    assert [(m.text, m.date, m.future) for m in mentions] == [
        ("mardi", TUESDAY, False), ("en septembre", date(2025, 9, 1), True)]


def test_a_future_verb_after_que_does_not_change_the_reporting_day():
    mention = _only("Il a déclaré vendredi qu'il se rendra bientôt à Kiev.", date(2024, 11, 17))
    assert (mention.date, mention.future) == (date(2024, 11, 15), False)


def test_anaphoric_expression_counts_from_the_previous_resolved_mention():
    mentions = find_dates("Le 10 mars 2024, l'usine a été touchée. Le lendemain, Kiev a "
                          "riposté. Deux jours plus tard, le calme est revenu.", TUESDAY)
    assert [(m.text, m.date, m.anchor, m.anchor_kind) for m in mentions] == [
        ("10 mars 2024", date(2024, 3, 10), None, None),
        ("Le lendemain", date(2024, 3, 11), date(2024, 3, 10), "previous"),
        ("Deux jours plus tard", date(2024, 3, 13), date(2024, 3, 11), "previous")]


def test_anaphoric_expression_without_previous_date_falls_back_to_publication():
    mention = _only("La veille, Kiev avait été frappée.", TUESDAY)
    assert (mention.date, mention.anchor, mention.anchor_kind, mention.dated_by) == (
        date(2025, 7, 14), TUESDAY, "publication", "anaphoric")


def test_without_publication_date_relative_dates_are_unanchored_and_explicit_ones_resolve():
    mentions = find_dates("Le 4 juillet 2025, Trump a appelé. Hier, la semaine dernière et en "
                          "juin, rien.", None)
    readings = {m.text: (m.date, m.unanchored) for m in mentions}
    assert readings == {"4 juillet 2025": (date(2025, 7, 4), False), "Hier": (None, True),
                        "la semaine dernière": (None, True), "en juin": (None, True)}


def test_offsets_point_into_the_original_text_with_typographic_apostrophes_and_spaces():
    text = "Selon l’AFP, l’année dernière et le 4\u00a0juillet\u202f2025, rien."
    mentions = find_dates(text, TUESDAY)
    assert [m.text for m in mentions] == ["l’année dernière", "4\u00a0juillet\u202f2025"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize("sentence, expected", [
    ("L'accord a été signé le mardi 1er avril 2025 à Genève.", "mardi 1er avril 2025"),
    ("L'aide est garantie jusqu’à la fin de 2025.", "jusqu’à la fin de 2025"),
    ("La ville est tombée à la fin du mois de février 2024.", "à la fin du mois de février 2024"),
    ("Les combats du 3 au 5 mars 2024 ont fait dix morts.", "du 3 au 5 mars 2024"),
])
def test_the_longest_expression_wins_over_its_parts(sentence, expected):
    assert _only(sentence, TUESDAY).text == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Les frappes ont commencé en mars.", "fr", ["en mars"]),
    ("La sonde s'est posée sur Mars.", "fr", []),
    ("Les images de Mars sont nettes.", "fr", []),
    ("Mai a chanté avec Juin.", "fr", []),
    ("Strikes began in May.", "en", ["in May"]),
    ("Strikes may begin in may.", "en", []),
])
def test_month_names_are_dates_only_where_the_language_writes_them_so(sentence, lang, expected):
    assert [m.text for m in find_dates(sentence, TUESDAY, lang)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La Crimée est occupée depuis 2014.", ["depuis 2014"]),
    ("Plus de 2000 soldats sont engagés.", []),
    ("Un budget de 2000 euros et de 2025 pour la défense.", ["de 2025"]),
    ("La population est passée en 2024 de 2 025 000 habitants.", ["en 2024"]),
])
def test_a_year_needs_a_date_context_and_is_never_a_count(sentence, expected):
    assert [m.text for m in find_dates(sentence, TUESDAY)] == expected


def test_vague_counts_give_a_range_not_a_guessed_day():
    mention = _only("Le convoi est parti il y a quelques jours.", TUESDAY)
    assert (mention.date, mention.date_end, mention.precision) == (
        date(2025, 7, 10), date(2025, 7, 13), "week")


def test_mid_year_is_a_four_month_season_and_early_year_a_quarter():
    mid, early = find_dates("Prévu mi-2025, reporté début 2026.", TUESDAY)
    assert (mid.date, mid.date_end, mid.precision) == (date(2025, 5, 1), date(2025, 8, 31),
                                                       "season")
    assert (early.date, early.date_end, early.precision) == (date(2026, 1, 1),
                                                             date(2026, 3, 31), "quarter")


def test_english_uses_the_same_conventions_with_its_own_words():
    mentions = find_dates("On July 4, 2025 Trump called Zelensky. A day earlier he spoke to "
                          "Putin. Last week a list was shared.", TUESDAY, "en")
    assert [(m.text, m.date, m.dated_by) for m in mentions] == [
        ("July 4, 2025", date(2025, 7, 4), "explicit"),
        ("A day earlier", date(2025, 7, 3), "anaphoric"),
        ("Last week", date(2025, 7, 7), "relative")]


def test_a_datetime_publication_is_read_as_its_day():
    assert _only("Le ministre a parlé hier.", datetime(2025, 7, 15, 23, 59)).date == date(
        2025, 7, 14)


def test_compiled_rules_are_cached_per_language():
    assert load_language("fr") is load_language("fr")


@pytest.mark.parametrize("lang", ["xx", "FR", "../fr", ""])
def test_an_unknown_language_is_refused_with_a_message_naming_the_parameter(lang):
    with pytest.raises(ValueError, match="lang="):
        find_dates("hier", TUESDAY, lang)


def test_text_that_is_not_a_string_is_refused_clearly():
    with pytest.raises(TypeError, match="text must be str"):
        find_dates(b"hier", TUESDAY)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Il a dit que les pourparlers reprendraient en septembre.", "fr", date(2025, 9, 1)),
    ("He said on Monday that talks would resume in September.", "en", date(2025, 9, 1)),
])
def test_reported_speech_conditional_points_to_the_future(sentence, lang, expected):
    mention = find_dates(sentence, TUESDAY, lang)[-1]
    assert (mention.date, mention.future) == (expected, True)


def test_a_past_conditional_keeps_the_weekday_in_the_past():
    assert _only("La liste aurait été transmise mardi.", TUESDAY).date == TUESDAY


def test_a_future_clause_marks_a_current_period_as_planned():
    mention = _only("Le sommet aura lieu à la mi-juillet.", TUESDAY)
    assert (mention.date, mention.future) == (date(2025, 7, 11), True)


def test_a_written_year_is_not_made_future_by_a_later_verb():
    mention = _only("Le traité signé le 4 juillet 2020 expirera bientôt.", TUESDAY)
    assert (mention.date, mention.future) == (date(2020, 7, 4), False)


def test_anaphoric_offset_from_a_month_is_known_only_to_the_month():
    text = "En novembre dernier, une trêve a été signée. Deux jours plus tard, les combats ont repris."
    month, later = find_dates(text, date(2024, 3, 14))
    assert (month.date, month.precision) == (date(2023, 11, 1), "month")
    assert (later.date, later.date_end, later.precision) == (date(2023, 11, 3), date(2023, 12, 2), "month")
    assert later.dated_by == "anaphoric" and later.anchor == date(2023, 11, 1)


def test_anaphoric_offset_from_a_day_keeps_the_day():
    first, after = find_dates("Le 3 mars, le sommet s'est ouvert. Le lendemain, il a pris fin.", date(2024, 3, 14))
    assert (after.date, after.precision) == (date(2024, 3, 4), "day")


@pytest.mark.parametrize("sentence, lang, ends", [
    ("Les combats du 3 au 7 mars 2024 ont fait des dizaines de morts.", "fr",
     [("3", "2024-03-03", "2024-03-03"), ("7 mars 2024", "2024-03-07", "2024-03-07")]),
    ("La conférence s'est tenue du 28 février au 2 mars.", "fr",
     [("28 février", "2025-02-28", "2025-02-28"), ("2 mars", "2025-03-02", "2025-03-02")]),
    ("Elle a disputé 30 matchs au cours de la saison 2023-2024.", "fr",
     [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31")]),
    ("Kiev a frappé une raffinerie dans la nuit de samedi à dimanche.", "fr",
     [("samedi", "2025-07-12", "2025-07-12"), ("dimanche", "2025-07-13", "2025-07-13")]),
    ("Fighting on May 3-9 killed dozens.", "en",
     [("May 3", "2025-05-03", "2025-05-03"), ("9", "2025-05-09", "2025-05-09")]),
])
def test_a_range_is_one_period_whose_ends_each_have_their_own_value(sentence, lang, ends):
    mention = _only(sentence, TUESDAY, lang)
    assert mention.date.isoformat() == ends[0][1] and mention.date_end.isoformat() == ends[1][2]
    assert [(e.text, e.date.isoformat(), e.date_end.isoformat()) for e in mention.ends] == ends
    assert all(sentence[e.start:e.end] == e.text for e in mention.ends)
    assert type(mention).from_dict(mention.to_dict()) == mention
