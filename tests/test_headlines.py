"""Headlines: who did what, from the clause's parse, within the limit, never cut mid-phrase."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard import lang as languages
from dashboard.events import build_events
from dashboard.events.headline_check import headline_defects
from dashboard.events.nlp import cues_for, headline_nlp, lang_module, parse_as_one_sentence
from dashboard.events.titles import ELLIPSIS, MAX_HEADLINE, make_headline, make_title
from dashboard.extract import fold, read_corpus
from dashboard.temporal import find_dates

LANGUAGES = languages.available("headlines")
DEV_ARTICLES = Path(__file__).resolve().parent.parent / "bench" / "headline_articles" / "dev"
# Any publication date after the examples' dates: they only need their date expressions found.
PUBLISHED = date(2025, 7, 15)

RULE_EXAMPLES = [(lang, rule["name"], sentence, headline)
                 for lang in LANGUAGES for table in ("OPTIONAL_RULES", "ALWAYS_RULES")
                 for rule in getattr(lang_module(lang, "headlines"), table)
                 for sentence, headline in rule["examples"]]


def headline_of(sentence: str, lang: str) -> str:
    parsed = parse_as_one_sentence(headline_nlp(lang), fold(sentence))
    dates = [(m.start, m.end) for m in find_dates(sentence, PUBLISHED, lang)]
    people = [(e.start_char, e.end_char) for e in _people(sentence, lang)]
    return make_headline(parsed, sentence, 0, 0, len(sentence), lang, dates, people)


def _people(sentence: str, lang: str):
    from dashboard.events import load_nlp

    return [e for e in load_nlp(lang)(fold(sentence)).ents if e.label_ in ("PER", "PERSON")]


@pytest.mark.parametrize(("lang", "name", "sentence", "headline"), RULE_EXAMPLES)
def test_every_headline_rule_gives_its_examples_headline(lang, name, sentence, headline):
    assert headline_of(sentence, lang) == headline, name


@pytest.mark.parametrize(("sentence", "headline"), [
    ("Le 4 juillet, Donald Trump a demandé à Volodymyr Zelensky s'il pouvait frapper Moscou.",
     "Trump a demandé à Zelensky s'il pouvait frapper Moscou"),
    ("Le 12 août 2024, l'armée russe a déployé 50 000 soldats à Koursk pour repousser "
     "l'incursion ukrainienne lancée une semaine plus tôt.",
     "L'armée russe a déployé 50 000 soldats à Koursk"),
    ("Le ministre de l'Intérieur, Gérald Darmanin, a annoncé le 3 mai la dissolution du groupuscule "
     "d'ultradroite, selon Le Monde.",
     "Darmanin a annoncé la dissolution du groupuscule d'ultradroite"),
    ("Kiev a reçu des drones.", "Kiev a reçu des drones"),
])
def test_headline_says_who_did_what_without_the_date_or_the_attribution(sentence, headline):
    assert headline_of(sentence, "fr") == headline


def test_a_short_sentence_is_its_own_headline_without_its_period():
    assert headline_of("The Pentagon changed its position.", "en") == "The Pentagon changed its position"


def test_a_relative_clause_takes_its_antecedent_as_subject():
    sentence = "Les habitants ont fui les missiles, qui ont frappé Kharkiv le 3 mai 2024."
    parsed = parse_as_one_sentence(headline_nlp("fr"), fold(sentence))
    start = sentence.index("qui")
    dates = [(m.start, m.end) for m in find_dates(sentence, PUBLISHED, "fr")]
    assert make_headline(parsed, sentence, 0, start, len(sentence), "fr", dates) == "Les missiles ont frappé Kharkiv"



def test_a_reporting_verb_after_its_clause_gives_way_to_what_it_reports():
    sentence = "The transport secretary will meet union leaders next Monday, her office said."
    assert headline_of(sentence, "en") == "The transport secretary will meet union leaders"


@pytest.fixture(scope="module")
def dev_headlines():
    """Every event headline of the development articles, with its sentence and language."""
    return [(e.title, e.sources[0].excerpt, doc.language)
            for doc in read_corpus(DEV_ARTICLES) for e in build_events(doc)]


def test_every_headline_fits_the_limit_without_an_ellipsis(dev_headlines):
    assert len(dev_headlines) > 50
    for headline, _sentence, _lang in dev_headlines:
        assert 0 < len(headline) <= MAX_HEADLINE and ELLIPSIS not in headline, headline


def test_nearly_every_headline_of_the_development_articles_is_complete(dev_headlines):
    incomplete = [(h, headline_defects(h, s, lang)) for h, s, lang in dev_headlines if headline_defects(h, s, lang)]
    # The parser gets a few long sentences wrong (a noun phrase taken for the main clause); the
    # rest must hold: this is the figure the README reports, kept from sliding back.
    assert len(incomplete) <= len(dev_headlines) // 10, incomplete


@pytest.mark.parametrize(("headline", "defect"), [
    ("Le président Joe Biden a autorisé l'Ukraine à utiliser de puissantes armes américaines à…", "fits"),
    ("Le président Joe Biden a autorisé l'Ukraine à", "ends_at_boundary"),
    ("Biden a autorisé l'Ukraine à utiliser de puissantes", "ends_at_boundary"),
    ("à utiliser de puissantes armes américaines", "finite_verb"),
    ("Biden a autorisé la France", "own_words"),
])
def test_the_completeness_check_catches_cut_headlines(headline, defect):
    sentence = ("Le président Joe Biden a autorisé l'Ukraine à utiliser de puissantes armes américaines "
                "à longue portée en Russie, selon un haut responsable américain.")
    assert defect in headline_defects(headline, sentence, "fr")


def test_the_completeness_check_passes_a_real_headline():
    sentence = "Le 4 juillet, Donald Trump a demandé à Volodymyr Zelensky s'il pouvait frapper Moscou."
    assert headline_defects("Donald Trump a demandé à Zelensky s'il pouvait frapper Moscou", sentence, "fr") == []


def test_without_a_parse_the_clause_is_cut_at_a_clause_mark_and_never_with_an_ellipsis():
    clause = ("Le président Joe Biden a autorisé l'Ukraine à frapper la Russie, "
              "selon un haut responsable américain proche de la décision.")
    assert make_title(clause, fold(clause), cues_for("fr")) == \
        "Le président Joe Biden a autorisé l'Ukraine à frapper la Russie"


def test_without_a_parse_a_short_clause_only_loses_its_connector_and_period():
    clause = "Cependant, le Pentagone a révisé l'évaluation des menaces."
    assert make_title(clause, fold(clause), cues_for("fr")) == "Le Pentagone a révisé l'évaluation des menaces"
