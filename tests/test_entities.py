"""Entities: the model's names, named by the alias tables and fuzzy spellings; offline geo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import lang as languages
from dashboard.events.entities import (
    GROUPS,
    Entities,
    canonical,
    entities_in,
    mentions_in,
    model_names,
)
from dashboard.events.geo import place_for, places_for
from dashboard.extract.fold import fold_key

LANGS = languages.available("gazetteer")


@pytest.mark.parametrize(("text", "lang", "field", "expected"), [
    ("Zelenskiy a répondu", "fr", "actors", "Volodymyr Zelensky"),
    ("le président Volodomyr Zelensky avait fait pression", "fr", "actors", "Volodymyr Zelensky"),
    ("demandant même à Voldimi Zelensky si", "fr", "actors", "Volodymyr Zelensky"),
    ("Ils ont dit que Zelenskyy a répondu", "fr", "actors", "Volodymyr Zelensky"),
    ("Zelenskyy said on Monday", "en", "actors", "Volodymyr Zelensky"),
    ("le refus du président russe Poutine", "fr", "actors", "Vladimir Putin"),
    ("Dmitry Kuleba a affirmé jeudi", "fr", "actors", "Dmytro Kuleba"),
    ("les armes potentielles de Kiev", "fr", "places", "Kyiv"),
    ("ce que Kyiv a appelé", "fr", "places", "Kyiv"),
    ("à Kyïv", "fr", "places", "Kyiv"),
    ("missiles hit Kiev overnight", "en", "places", "Kyiv"),
    ("des missiles ATACM fournis", "fr", "weapons", "ATACMS"),
    ("des ATACMS à l'Ukraine", "fr", "weapons", "ATACMS"),
    ("les missiles Atacms fournis", "fr", "weapons", "ATACMS"),
    ("missiles ATACMS (Army Tactical Missile System) à longue portée", "fr", "weapons", "ATACMS"),
    ("le système de missiles tactiques de l'armée", "fr", "weapons", "ATACMS"),
    ("near 50 000 soldats à Koursk", "fr", "places", "Kursk"),
    ("the Kursk region", "en", "places", "Kursk"),
    ("les régions de Riazan et de Saratov", "fr", "places", "Ryazan"),
    ("en testant le lancement d'Oleshnik, un missile", "fr", "weapons", "Oreshnik"),
    ("le missile Orechnik", "fr", "weapons", "Oreshnik"),
    ("Moscou ou Saint-Pétersbourg", "fr", "places", "Saint Petersburg"),
    ("au Bureau ovale", "fr", "places", "Oval Office"),
    ("le Pentagone a révisé", "fr", "organisations", "Pentagon"),
    ("les services ukrainiens de sécurité SBU", "fr", "organisations", "SBU"),
    ("LFI a déposé une motion", "fr", "organisations", "La France insoumise"),
    ("des missiles Storm Shadow", "fr", "weapons", "Storm Shadow"),
    ("Himars Rocket Systems", "fr", "weapons", "HIMARS"),
])
def test_surface_form_resolves_to_its_canonical_name(text, lang, field, expected):
    assert expected in getattr(entities_in(text, lang), field)


def test_without_a_model_the_tables_alone_name_what_they_know():
    found = entities_in("Lors d'une réunion avec le secrétaire général de l'OTAN, Trump a annoncé", "fr")
    assert found.organisations == ("NATO",) and found.actors == ("Donald Trump",)


def test_with_a_model_a_table_name_counts_only_where_the_model_saw_a_name():
    text = "Trump a parlé de Patriot."
    assert entities_in(text, "fr", ner=[]).actors == ()
    assert entities_in(text, "fr", ner=[("Trump", "PER")]).actors == ("Donald Trump",)


def test_weapon_systems_come_from_the_tables_even_when_the_model_is_silent():
    assert entities_in("des missiles ATACMS et des Storm Shadow", "fr", ner=[]).weapons == ("ATACMS", "Storm Shadow")


def test_a_country_inside_an_organisation_s_name_is_not_a_place():
    found = entities_in("Météo-France a placé le Finistère en vigilance rouge.", "fr",
                        ner=[("Météo-France", "ORG"), ("Finistère", "LOC")])
    assert found.organisations == ("Météo-France",) and "France" not in found.places


def test_unknown_model_person_is_kept_without_titles_and_grammar_words():
    ner = [("le président Emmanuel Macron", "PER"), ("Jean Dupont", "PER")]
    found = entities_in("Selon Jean Dupont, le président Emmanuel Macron a parlé.", "fr", ner=ner)
    assert found.actors == ("Jean Dupont", "Emmanuel Macron")


@pytest.mark.parametrize(("text", "ner", "lang"), [
    ("Objectif : rétablir le courant avant dimanche, l'objectif est clair.", [("Objectif", "PER")], "fr"),
    ("Jeudi, il a parlé.", [("Jeudi", "PER")], "fr"),
    ("Dimanche sera calme.", [("Dimanche", "LOC")], "fr"),
    ("Monday was calm.", [("Monday", "PERSON")], "en"),
])
def test_a_one_word_name_that_is_a_common_word_of_the_language_is_not_a_name(text, ner, lang):
    found = entities_in(text, lang, ner=ner, context=text)
    assert found.actors == found.places == found.organisations == ()


@pytest.mark.parametrize(("sentence", "junk"), [
    ("Absolument rien ne relie mon client à cet incendie.", "Absolument"),
    ("Objectif : rétablir le courant avant dimanche.", "Objectif"),
    ("Jeudi, Macron a promis de nommer un Premier ministre.", "Jeudi"),
])
def test_a_sentence_opener_the_tagger_calls_a_common_word_is_not_a_model_name(fr_nlp, sentence, junk):
    names = [sentence[s:e] for s, e, _ in model_names(fr_nlp(sentence))]
    assert junk not in names


def test_model_names_lose_grammar_words_and_possessives(en_nlp):
    sentence = "Absolutely nothing was hidden, Mark Carney's lawyer said on Friday."
    names = [sentence[s:e] for s, e, _ in model_names(en_nlp(sentence))]
    assert "Mark Carney" in names and not any(n.endswith("'s") for n in names)


def test_unknown_model_place_of_one_word_is_kept_only_when_placed_or_known():
    found = entities_in("Des frappes sur Blorpville, puis à Landiras et à Toulouse.", "fr",
                        ner=[("Blorpville", "LOC"), ("Landiras", "LOC"), ("Toulouse", "LOC")])
    assert found.places == ("Landiras", "Toulouse")


def test_a_country_named_in_french_resolves_to_its_international_name():
    found = entities_in("Le Maroc a accepté l'aide de l'Espagne.", "fr", ner=[("Maroc", "LOC"), ("Espagne", "LOC")])
    assert found.places == ("Morocco", "Spain") and "Morocco" in found.actors


def test_names_come_in_order_of_first_appearance_without_repeats():
    found = entities_in("Trump a appelé Zelensky, puis Donald Trump a rappelé Zelenskyy.", "fr")
    assert found.actors == ("Donald Trump", "Volodymyr Zelensky")


def test_capital_acronym_matches_only_in_capitals():
    assert "United States" in entities_in("US troops", "en").actors
    assert entities_in("he told us nothing", "en").actors == ()


def test_country_after_a_locative_is_only_a_place():
    found = entities_in("L'Ukraine a frappé des cibles en Russie.", "fr")
    assert found.actors == ("Ukraine",) and found.places == ("Ukraine", "Russia")


def test_country_as_subject_is_an_actor_and_a_place():
    found = entities_in("La Russie a menacé l'OTAN.", "fr")
    assert found.actors == ("Russia",) and found.places == ("Russia",)


def test_demonym_at_sentence_start_is_not_fuzzy_matched_to_a_country():
    assert entities_in("Russe, il a parlé.", "fr").actors == ()


def test_mentions_keep_the_surface_as_written_with_its_first_name():
    surfaces = [m.surface for m in mentions_in("demandant à Vladimir Zelensky si", "fr")]
    assert surfaces == ["Vladimir Zelensky"]


@pytest.mark.parametrize(("kind", "surface", "lang", "expected"), [
    ("actor", "Zelenskyy", "fr", "Volodymyr Zelensky"),
    ("actors", "Poutine", "fr", "Vladimir Putin"),
    ("place", "Kiev", "en", "Kyiv"),
    ("place", "Russie", "fr", "Russia"),
    ("organisation", "Pentagone", "fr", "Pentagon"),
    ("place", "Lisbonne", "fr", "Lisbon"),
    ("weapon", "Atacm", "en", "ATACMS"),
    ("weapon", "Kiev", "fr", None),
    ("actor", "Nobody Atall", "fr", None),
    ("colour", "Kiev", "fr", None),
    ("place", "", "fr", None),
])
def test_canonical_names_a_surface_of_the_right_kind_or_none(kind, surface, lang, expected):
    assert canonical(kind, surface, lang) == expected


def test_a_language_without_a_gazetteer_still_knows_international_names():
    assert entities_in("Zelensky y Putin en Moscow", "es").actors == ("Volodymyr Zelensky", "Vladimir Putin")


@pytest.mark.parametrize("group", GROUPS)
def test_every_canonical_name_is_known_in_every_language(group):
    names = {lang: set(getattr(languages.tables(lang, "gazetteer"), group)) for lang in LANGS}
    assert all(known == names[languages.DEFAULT] for known in names.values())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_entities_in_never_raises_and_returns_tuples(text):
    found = entities_in(text, "fr", ner=[(text[:10], "PER")])
    assert isinstance(found, Entities)
    assert all(isinstance(name, str) for name in found.actors + found.organisations + found.places + found.weapons)


@pytest.mark.parametrize(("text", "keep_case", "expected"), [
    ("Élysée", False, "elysee"),
    ("Élysée", True, "Elysee"),
    ("Zelenskyy\u2019s", False, "zelenskyy's"),
    ("Kyiv\u2013Moscou", False, "kyiv moscou"),
    ("\u00c7A\u00a0VA", True, "CA VA"),
    ("\u0130stanbul", False, "istanbul"),      # dotted capital I: its lower case is two characters
    ("Stra\u00dfe", False, "stra\u00dfe"),
    ("\ufb01n", False, "fn"),                 # a ligature keeps its first letter only
    ("a\u0301", False, "a "),                 # a lone combining accent becomes a space
    ("\u01c5oki\u0107", False, "dokic"),
    ("\u0152uvre", True, "\u0152uvre"),
])
def test_fold_key_folds_accents_case_and_odd_characters_one_for_one(text, keep_case, expected):
    assert fold_key(text, keep_case) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_fold_key_of_a_text_is_the_fold_key_of_each_character(text, keep_case):
    # The translation table is filled character by character: a whole text folds the same.
    assert fold_key(text, keep_case) == "".join(fold_key(c, keep_case) for c in text)
    assert len(fold_key(text, keep_case)) == len(text)


@pytest.mark.parametrize("name", ["Kursk", "Moscow", "Dnipro", "Ryazan", "Saratov", "Rome", "Kyiv",
                                  "Crimea", "Donbas", "Saint Petersburg", "Mykolaiv"])
def test_place_has_offline_coordinates(name):
    place = place_for(name)
    assert place is not None and -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_homonym_resolves_to_the_most_populous_city():
    assert place_for("Moscow").country == "RU" and place_for("Rome").country == "IT"


def test_unknown_or_empty_place_has_no_coordinates():
    assert place_for("Blorpville") is None and place_for("") is None


@pytest.mark.parametrize("lang", LANGS)
def test_every_gazetteer_place_and_country_has_coordinates(lang):
    gazetteer = languages.tables(lang, "gazetteer")
    missing = [n for n in (*gazetteer.PLACES, *gazetteer.COUNTRIES) if place_for(n) is None]
    assert missing == []


def test_places_for_keeps_first_appearance_and_skips_unknown_names():
    assert [p.name for p in places_for(["Kyiv", "Blorpville", "Kyiv", "Rome"])] == ["Kyiv", "Rome"]


@pytest.mark.parametrize(("name", "prefer", "expected", "country"), [
    ("Maroc", (), "Morocco", "MA"),
    ("Émirats arabes unis", (), "United Arab Emirates", "AE"),
    ("Pennsylvania", (), "Pennsylvania", "US"),
    ("Gaines County", (), "Gaines County", "US"),
    ("Lisbonne", (), "Lisbon", "PT"),
    ("Santa Ana", (), "Santa Ana", "US"),
    ("Africa", (), "Africa", ""),
])
def test_countries_states_counties_cities_and_continents_have_coordinates(name, prefer, expected, country):
    place = place_for(name, prefer)
    assert (place.name, place.country) == (expected, country)


def test_an_ambiguous_city_prefers_the_country_the_article_is_about():
    assert place_for("Saint-Denis").country == "RE"
    assert place_for("Saint-Denis", ("FR",)).country == "FR"


def test_a_far_larger_city_wins_over_a_small_homonym_in_the_preferred_country():
    assert place_for("Paris", ("US",)).country == "FR"
