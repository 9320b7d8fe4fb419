"""Entities read in their article: the model's votes elsewhere, the words around a name, and
table acronyms that count only where the model saw a name."""

from __future__ import annotations

from collections import Counter

import pytest

from dashboard.events.analysis import Article
from dashboard.events.entities import entities_in
from dashboard.model import Document


def votes_of(table: dict[str, dict[str, int]]):
    """Votes as the article's other sentences would give them, for the rule alone."""
    return lambda name: Counter(table.get(name, {}))


def test_a_one_word_place_the_model_calls_an_organisation_elsewhere_is_an_organisation():
    text = "Zorbex became the most valuable company on Tuesday."
    found = entities_in(text, "en", ner=[("Zorbex", "GPE")],
                        votes=votes_of({"Zorbex": {"organisation": 2, "place": 1}}))
    assert found.organisations == ("Zorbex",) and found.places == ()


def test_one_vote_each_way_keeps_the_label_the_model_gave_here():
    text = "Les secours sont arrivés à Quimbrac jeudi."
    found = entities_in(text, "fr", ner=[("Quimbrac", "LOC")],
                        votes=votes_of({"Quimbrac": {"organisation": 1, "place": 1}}))
    assert found.places == ("Quimbrac",) and found.organisations == ()


def test_a_known_place_keeps_its_kind_whatever_the_votes():
    found = entities_in("Toulouse a voté lundi.", "fr", ner=[("Toulouse", "LOC")],
                        votes=votes_of({"Toulouse": {"organisation": 3}}))
    assert found.places == ("Toulouse",)


def test_a_one_word_person_the_model_calls_an_organisation_elsewhere_is_an_organisation():
    found = entities_in("Selon Vantelis, le courant reviendra mardi.", "fr", ner=[("Vantelis", "PER")],
                        votes=votes_of({"Vantelis": {"organisation": 2}}))
    assert found.organisations == ("Vantelis",) and found.actors == ()


@pytest.mark.parametrize(("text", "ner", "lang", "expected"), [
    ("Il a rejoint le groupe de luxe Marvelis en juin.", [("Marvelis", "LOC")], "fr", "Marvelis"),
    ("La société Quadrel a licencié 300 salariés lundi.", [("Quadrel", "PER")], "fr", "Quadrel"),
    ("The Japanese carmaker Tobira recalled 10,000 cars on Monday.", [("Tobira", "GPE")], "en", "Tobira"),
    ("The union Vextra called a strike on Friday.", [("Vextra", "PERSON")], "en", "Vextra"),
])
def test_a_noun_that_names_a_kind_of_body_makes_the_next_unknown_name_an_organisation(text, ner, lang, expected):
    found = entities_in(text, lang, ner=ner)
    assert found.organisations == (expected,) and found.places == found.actors == ()


@pytest.mark.parametrize(("text", "ner", "lang", "expected"), [
    ("Glenmark Holdings said on Monday it would cut jobs.", [("Glenmark Holdings", "GPE")], "en", "Glenmark Holdings"),
    ("Shares of Tarvo Inc. fell on Tuesday.", [("Tarvo", "GPE")], "en", "Tarvo"),
    ("Le titre de Vireau SA a chuté mardi.", [("Vireau", "LOC")], "fr", "Vireau"),
])
def test_a_legal_form_after_a_name_makes_it_an_organisation(text, ner, lang, expected):
    assert entities_in(text, lang, ner=ner).organisations == (expected,)


def test_a_legal_form_does_not_turn_a_known_place_into_a_company():
    found = entities_in("Toulouse SA? Non : Toulouse a voté.", "fr", ner=[("Toulouse", "LOC")])
    assert found.places == ("Toulouse",) and found.organisations == ()


@pytest.mark.parametrize(("text", "ner", "expected", "place"), [
    ("Le procès s'est ouvert lundi devant le tribunal correctionnel de Marseille.",
     [("Marseille", "LOC")], "tribunal correctionnel de Marseille", "Marseille"),
    ("La cour d'appel de Rennes a rendu son arrêt jeudi.", [("Rennes", "LOC")], "cour d'appel de Rennes", "Rennes"),
    ("Le parquet de Nanterre a ouvert une enquête mardi.", [("Nanterre", "LOC")], "parquet de Nanterre", "Nanterre"),
    ("L'équipe de France jouera samedi.", [("France", "LOC")], "équipe de France", "France"),
])
def test_an_institution_named_by_its_place_is_an_organisation_not_the_place(text, ner, expected, place):
    found = entities_in(text, "fr", ner=ner)
    assert found.organisations == (expected,) and place not in found.places


def test_a_place_after_a_direction_is_still_a_place():
    found = entities_in("Les colonnes avançaient en direction de Kharkiv mardi.", "fr", ner=[("Kharkiv", "LOC")])
    assert found.places == ("Kharkiv",) and found.organisations == ()


def test_a_table_acronym_the_model_never_calls_a_name_is_not_counted():
    text = "Le chef de l'OTAN a parlé lundi."
    assert entities_in(text, "fr", ner=[]).organisations == ()
    assert entities_in(text, "fr", ner=[], votes=votes_of({})).organisations == ()


def test_a_table_acronym_the_model_calls_a_name_elsewhere_in_the_article_is_counted():
    text = "Le chef de l'OTAN a parlé lundi."
    found = entities_in(text, "fr", ner=[], votes=votes_of({"OTAN": {"organisation": 1}}))
    assert found.organisations == ("NATO",)


def test_a_table_alias_inside_a_longer_name_of_another_kind_stays_out_whatever_the_votes():
    text = "Météo-France a placé le Finistère en vigilance rouge."
    found = entities_in(text, "fr", ner=[("Météo-France", "ORG")], votes=votes_of({"France": {"place": 4}}))
    assert "France" not in found.places


def article(text: str, lang: str, nlp) -> Article:
    return Article.read(Document("a", "a.txt", text, lang), nlp)


def test_the_article_s_votes_count_what_the_model_calls_a_name_in_every_sentence(fr_nlp):
    text = ("Emmanuel Macron a reçu lundi les syndicats. La CGT a quitté la réunion. "
            "Selon la CGT, rien n'a été promis. Emmanuel Macron recevra de nouveau la CGT jeudi.")
    votes = article(text, "fr", fr_nlp).votes
    assert votes.kinds("Emmanuel Macron")["person"] >= 2
    assert votes.kinds("CGT")["organisation"] >= 2
    assert sum(votes.kinds("Zorbex").values()) == 0


def test_the_article_s_votes_run_each_sentence_through_the_model_at_most_once(en_nlp):
    text = "Keir Starmer spoke on Monday. Labour won. Keir Starmer met Labour MPs on Tuesday."
    votes = article(text, "en", en_nlp).votes
    votes.kinds("Keir Starmer")
    analysed = dict(votes._names)
    votes.kinds("Labour")
    assert all(votes._names[i] is names for i, names in analysed.items())


@pytest.mark.parametrize(("text", "ner", "lang"), [
    ("L'incendie de Quimbrac a repris jeudi.", [("Quimbrac", "PER")], "fr"),
    ("Selon Vantelis, le courant reviendra mardi.", [("Vantelis", "PER")], "fr"),
    ("Zorbex closed the plant on Monday.", [("Zorbex", "PERSON")], "en"),
])
def test_a_lone_word_the_article_never_gives_a_first_name_or_title_is_not_a_person(text, ner, lang):
    assert entities_in(text, lang, ner=ner, context=text).actors == ()


@pytest.mark.parametrize(("text", "ner", "lang", "person"), [
    ("Jannik Sinner a perdu dimanche. Sinner est revenu en mai.", [("Sinner", "PER")], "fr", "Sinner"),
    ("Me Dupuis a plaidé lundi ; Dupuis a ensuite quitté la salle.", [("Dupuis", "PER")], "fr", "Dupuis"),
    ("Luca de Meo left on Sunday; Meo had led Renault since 2020.", [("Meo", "PERSON")], "en", "Meo"),
])
def test_a_surname_the_article_introduces_with_a_first_name_or_title_is_a_person(text, ner, lang, person):
    at = text.rindex(person)
    assert person in entities_in(text[at - 2:], lang, ner=ner, context=text).actors


def test_a_model_misc_name_after_a_preposition_of_place_that_the_gazetteers_place_is_a_place():
    text = "Des frappes ont visé à Rafah des abris mardi."
    assert entities_in(text, "fr", ner=[("Rafah", "MISC")]).places == ("Rafah",)
    assert entities_in("Le plan Rafah a été rejeté mardi.", "fr", ner=[("Rafah", "MISC")]).places == ()
