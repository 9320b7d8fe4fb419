"""Where accounts differ: dates, unit-normalised figures and name spellings, on real sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import lang as languages
from dashboard.events.disagree import (
    date_disagreements,
    disagreements_among,
    name_disagreements,
    number_disagreements,
)
from dashboard.events.quantities import quantities_in
from dashboard.model import Source

RANGE_000 = ("L’Ukraine a utilisé des missiles ATACM fournis aux États-Unis allant de jusqu’à 300 km "
             "(186 miles) pour attaquer des cibles dans des territoires occupants russes.")
RANGE_001 = "L’Ukraine utilise déjà les missiles Atacms fournis par les États-Unis pour des frappes jusqu’à 300 km."
RANGE_002 = ("Les responsables américains ont également déclaré que la Russie avait de toute façon déplacé "
             "certaines de ses cibles les plus précieuses en dehors de la portée de 180 milles de l’ATACMS.")
TROOPS_002 = ("L’autorisation de Biden intervient après que le Département d’État américain a déclaré mardi "
              "que 10 000 soldats nord-coréens avaient été envoyés en Russie.")
THOUSANDS = "Des milliers de soldats nord-coréens se sont déployés à Koursk dans le cadre de l’offensive."


def source(doc_id: str, excerpt: str, **when) -> Source:
    return Source(doc_id=doc_id, excerpt=excerpt, start=0, end=len(excerpt), **when)


def test_300_km_against_180_miles_is_a_range_disagreement_with_both_accounts():
    [found] = number_disagreements([source("000", RANGE_000), source("002", RANGE_002)], "fr")
    assert found.kind == "number" and found.subject == "portée / range"
    assert found.accounts == (("000", "300 km; 186 miles"), ("002", "180 milles"))


def test_300_km_and_its_conversion_to_186_miles_agree():
    assert number_disagreements([source("000", RANGE_000), source("001", RANGE_001)], "fr") == ()


def test_an_exact_count_against_des_milliers_is_a_disagreement():
    [found] = number_disagreements([source("002", TROOPS_002), source("x", THOUSANDS)], "fr")
    assert found.subject == "soldats / troops"


def test_figures_are_only_compared_between_articles():
    assert number_disagreements([source("002", TROOPS_002), source("002", THOUSANDS)], "fr") == ()


def test_at_least_twelve_aircraft_agrees_with_twelve_bombers():
    a = source("000", "Au moins 12 avions ont été significativement endommagés ou détruits.")
    b = source("001", "En juin, une attaque spectaculaire a endommagé au moins 12 bombardiers stratégiques russes.")
    assert number_disagreements([a, b], "fr") == ()


def test_different_spellings_of_one_name_are_a_name_disagreement():
    a = source("000", "Ils ont dit que Zelenskyy a répondu: « Absolument. »")
    b = source("001", "Lors d’un échange téléphonique avec Volodymyr Zelensky, il lui aurait posé une question.")
    [found] = name_disagreements([a, b], "fr")
    assert found == found.__class__("name", "Volodymyr Zelensky", (("000", "Zelenskyy"), ("001", "Volodymyr Zelensky")))


ZELENSKYY = "Ils ont dit que Zelenskyy a répondu."
ZELENSKY = "Lors d’un échange avec Volodymyr Zelensky, il a parlé."


@pytest.mark.parametrize(("accounts", "disagree"), [
    ((("000", ZELENSKYY), ("001", ZELENSKYY), ("002", ZELENSKY)), True),
    ((("000", ZELENSKYY), ("000", ZELENSKY), ("001", ZELENSKY)), True),
    ((("000", ZELENSKYY), ("000", ZELENSKY)), False),
    ((("000", ZELENSKY), ("001", ZELENSKY), ("002", ZELENSKY)), False),
])
def test_a_spelling_disagrees_only_with_another_documents_different_spelling(accounts, disagree):
    found = name_disagreements([source(doc_id, text) for doc_id, text in accounts], "fr")
    assert bool(found) is disagree


def test_a_surname_alone_is_not_a_different_spelling_of_the_full_name():
    a = source("000", "Le débat entre Trump et Zelensky a conduit à une liste.")
    b = source("001", "Lors d’un échange téléphonique avec Volodymyr Zelensky, Donald Trump a parlé.")
    assert name_disagreements([a, b], "fr") == ()


def test_dates_that_only_come_from_publication_never_disagree():
    a = source("a", "Biden a autorisé l'Ukraine.", date=date(2024, 11, 17), dated_by="publication")
    b = source("b", "Le 16 novembre, Biden a autorisé l'Ukraine.", date=date(2024, 11, 16), date_text="Le 16 novembre",
               precision="day", dated_by="explicit")
    assert date_disagreements([a, b]) == ()


def test_disagreements_among_any_sources_gathers_every_kind():
    a = source("000", RANGE_000.replace("ATACM", "ATACM le 4 juillet"), date=date(2025, 7, 4),
               date_text="le 4 juillet", precision="day", dated_by="explicit")
    b = source("002", RANGE_002, date=date(2025, 7, 1), date_end=date(2025, 7, 31), date_text="en juillet",
               precision="month", dated_by="explicit")
    assert {d.kind for d in disagreements_among([a, b], "fr")} == {"date", "number", "name"}


@pytest.mark.parametrize("lang", languages.available("quantities"))
def test_every_quantity_example_reads_its_dimension_and_value(lang):
    for text, dimension, value in languages.tables(lang, "quantities").EXAMPLES:
        found = next(q for q in quantities_in(text, lang) if q.dimension == dimension)
        assert found.value == pytest.approx(value, rel=1e-3), text


@pytest.mark.parametrize(("text", "expected"), [
    ("le 4 juillet 2025, 300 soldats", 300.0),
    ("près de 50 000 soldats à Koursk", 50000.0),
    ("1 600 km", 1600.0),
])
def test_french_thousands_separators_and_years_do_not_run_together(text, expected):
    assert [q.value for q in quantities_in(text, "fr")] == [expected]


def test_durations_and_dates_are_not_figures():
    assert quantities_in("après près de trois ans de guerre, le 4 juillet, en 24 heures", "fr") == ()
