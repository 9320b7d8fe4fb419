"""Organisations and name spellings through the whole path: extraction, filters, search, store,
exports; and the extractor's names measured on the annotated articles."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from dashboard.export.tabular import events_to_csv
from dashboard.model import Corpus
from dashboard.pipeline import extract_corpus
from dashboard.store import load_corpus, save_corpus, search
from dashboard.views.filters import apply, index_facts
from dashboard.views.view import Known, View, parse_view, view_to_params

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

ARTICLES = {
    "lfi": ("fr", "2024-12-05", "Motion de censure\n\nLa France insoumise a déposé lundi une motion de "
            "censure contre le gouvernement de Michel Barnier. Mercredi, LFI a obtenu sa chute à "
            "l'Assemblée nationale. Jeudi, Barnier a remis sa démission."),
    "kiev": ("fr", "2024-11-22", "Frappes sur Kiev\n\nJeudi, la Russie a frappé Kiev avec des missiles, "
             "a affirmé Volodymyr Zelensky. Vendredi, Vladimir Poutine a menacé les pays de l'OTAN."),
    "kyiv": ("en", "2024-08-15", "Kyiv says\n\nOn Thursday, President Volodymyr Zelenskyy said in Kyiv "
             "that Ukraine controlled 82 settlements. On Monday, Putin called the attack a provocation."),
}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Corpus:
    """Three short articles of our own in a folder with a manifest, extracted for real."""
    folder = tmp_path_factory.mktemp("names") / "articles"
    folder.mkdir()
    rows = ["doc_id,file,title,outlet,url,language,published,note"]
    for doc_id, (lang, published, text) in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{doc_id}.txt,,test,,{lang},{published},")
    (folder / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return extract_corpus(folder, workers=1)


def _searched(corpus: Corpus, query: str) -> set[str]:
    facts = index_facts(corpus.events, {}, corpus.aliases)
    return {doc for e in apply(View(q=query), corpus.events, facts=facts) for doc in e.doc_ids}


@pytest.mark.parametrize(("query", "documents"), [
    ("Kyiv", {"kiev", "kyiv"}),
    ("Putin", {"kiev", "kyiv"}),
    ("Poutine", {"kiev", "kyiv"}),
    ("LFI", {"lfi"}),
    ("France insoumise", {"lfi"}),
])
def test_search_finds_an_entity_by_any_of_its_spellings(small_corpus, query, documents):
    assert _searched(small_corpus, query) == documents


def test_organisations_have_their_own_field_and_filter(small_corpus):
    known = Known.from_corpus(small_corpus)
    assert "La France insoumise" in known.organisations and "La France insoumise" not in known.actors
    view, notices = parse_view({"org": ["La France insoumise"]}, known)
    assert notices == () and view.organisations == ("La France insoumise",)
    assert view_to_params(view) == {"org": ["La France insoumise"]}
    shown = apply(view, small_corpus.events)
    assert shown and all("La France insoumise" in e.organisations for e in shown)


def test_an_acronym_and_a_surname_take_the_full_names_the_article_writes(small_corpus):
    lfi = [e for e in small_corpus.events if "lfi" in e.doc_ids]
    assert {o for e in lfi for o in e.organisations} >= {"La France insoumise"}
    assert "LFI" not in {o for e in lfi for o in e.organisations}
    assert {a for e in lfi for a in e.actors} == {"Michel Barnier"}


def test_organisations_and_aliases_survive_the_json_and_the_store(small_corpus, tmp_path):
    again = Corpus.from_dict(json.loads(json.dumps(small_corpus.to_dict())))
    assert again.events == small_corpus.events and again.aliases == small_corpus.aliases
    save_corpus(tmp_path / "frise.sqlite", small_corpus)
    stored = load_corpus(tmp_path / "frise.sqlite")
    assert [e.organisations for e in stored.events] == [e.organisations for e in small_corpus.events]
    assert stored.aliases == small_corpus.aliases
    assert search(tmp_path / "frise.sqlite", "Poutine")


def test_the_csv_export_has_an_organisations_column(small_corpus):
    rows = list(csv.DictReader(io.StringIO(events_to_csv(small_corpus.events))))
    assert any("La France insoumise" in row["organisations"] for row in rows)


def test_the_extractor_finds_most_names_on_the_development_articles_without_junk():
    from entities_eval import load_split, predict_frise, score

    articles = load_split("dev")
    figures = score(articles, predict_frise(articles)[0])
    assert figures["all"]["precision"] >= 0.9 and figures["all"]["recall"] >= 0.72
    assert figures["organisations"]["recall"] >= 0.6 and figures["names_per_entity"] <= 1.05


def test_every_annotated_article_has_its_own_id_across_the_development_and_held_out_sets():
    from entities_eval import load_split

    ids = [article["id"] for article in load_split("all")]
    assert len(ids) == len(set(ids)) == 54


def test_the_json_export_keeps_the_spellings_of_the_names_it_cites(small_corpus):
    from dashboard.export import events_to_json

    lfi = [e for e in small_corpus.events if "lfi" in e.doc_ids]
    exported = Corpus.from_dict(json.loads(events_to_json(lfi, small_corpus.documents, small_corpus.places,
                                                          small_corpus.aliases)))
    assert "LFI" in exported.aliases["La France insoumise"] and "Vladimir Putin" not in exported.aliases


@pytest.mark.parametrize(("name", "lang", "shown"), [
    ("Morocco", "fr", "Maroc"), ("United Arab Emirates", "fr", "Émirats arabes unis"),
    ("Morocco", "en", "Morocco"), ("Russia", "fr", "Russie"), ("Jean Dupont", "fr", "Jean Dupont"),
])
def test_a_country_found_by_the_model_shows_in_the_reader_s_language(name, lang, shown):
    from dashboard.views.i18n import display_name

    assert display_name(name, lang) == shown
