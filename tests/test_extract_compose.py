"""Decomposed accents (NFD, as some Mac and PDF tools write them) are read like composed ones,
and every offset still cuts the text as the file wrote it."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dashboard.events import build_events
from dashboard.extract import read_document
from dashboard.extract.compose import compose

REPO = Path(__file__).resolve().parent.parent
ARTICLE = ("Kiev frappe une raffinerie russe\n"
           "Publié le 7 février 2022 à 10h00\n"
           "Le 5 février 2022, l'armée ukrainienne a frappé une raffinerie près de Moscou, "
           "a annoncé le président Volodymyr Zelensky.\n"
           "Les États-Unis ont livré des missiles ATACMS à l'Ukraine en mars 2023.\n")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _read(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_decomposed_date_is_found_and_its_offsets_cut_the_file_as_written(tmp_path, fr_nlp):
    raw = nfd(ARTICLE)
    assert "fe\u0301vrier" in raw
    document = _read(tmp_path, raw, "nfd.txt")
    assert document.text == raw
    assert document.published == date(2022, 2, 7) and document.published_from == "dateline"
    events = build_events(document, fr_nlp)
    dated = {e.date for e in events}
    assert date(2022, 2, 5) in dated
    for event in events:
        for source in event.sources:
            assert raw[source.start:source.end] == source.excerpt
            if source.mention_start is not None:
                assert raw[source.mention_start:source.mention_end] == source.date_text
    call = next(e for e in events if e.date == date(2022, 2, 5))
    assert unicodedata.normalize("NFC", call.date_text) == "5 février 2022"


def test_decomposed_and_composed_files_give_the_same_events(tmp_path, fr_nlp):
    composed = build_events(_read(tmp_path, ARTICLE, "nfc.txt"), fr_nlp)
    decomposed = build_events(_read(tmp_path, nfd(ARTICLE), "nfd.txt"), fr_nlp)

    def seen(events):
        return [(e.date, e.precision, e.category, e.actors, e.places, e.weapons,
                 unicodedata.normalize("NFC", e.sources[0].excerpt)) for e in events]
    assert seen(decomposed) == seen(composed)


def test_furniture_found_in_a_decomposed_file_marks_the_right_characters(tmp_path):
    document = _read(tmp_path, nfd(ARTICLE), "nfd.txt")
    [dateline] = [s for s in document.furniture if "Publi" in document.text[s.start:s.end]]
    assert unicodedata.normalize("NFC", document.text[dateline.start:dateline.end]) == \
        "Publié le 7 février 2022 à 10h00"


def test_the_cli_dates_a_decomposed_article(tmp_path):
    (tmp_path / "nfd.txt").write_text(nfd(ARTICLE), encoding="utf-8")
    out = tmp_path / "events.json"
    subprocess.run([sys.executable, "-m", "dashboard", "extract", str(tmp_path / "nfd.txt"), "--out", str(out),
                    "--quiet"], cwd=REPO, check=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "2022-02-05" in {e["date"] for e in data["events"]}


def test_composing_an_already_composed_text_changes_nothing():
    composed = compose(ARTICLE)
    assert not composed.changed and composed.text == ARTICLE
    assert composed.to_original(17) == 17 and composed.to_composed(17) == 17


@given(st.text(alphabet=st.sampled_from("ae io\n5\u0301\u0300\u0327\u0308\u212bé"), max_size=60))
def test_offsets_between_clusters_map_to_the_same_text_both_ways(text):
    composed = compose(text)
    assert composed.text == unicodedata.normalize("NFC", text)
    assert composed.to_original(len(composed.text)) == len(text)
    boundaries = [i for i in range(len(composed.text) + 1)
                  if i == len(composed.text) or not unicodedata.combining(composed.text[i])]
    for a, b in zip(boundaries, boundaries[1:]):
        start, end = composed.to_original(a), composed.to_original(b)
        assert unicodedata.normalize("NFC", text[start:end]) == composed.text[a:b]
        assert composed.to_composed(start) == a


def test_a_composed_and_a_decomposed_copy_merge_without_a_spelling_disagreement(tmp_path):
    from dashboard.pipeline import extract_corpus

    text = ("Publié le 7 février 2022\n"
            "Le 5 février 2022, les États-Unis ont livré à Kyiv des missiles ATACMS d'une portée de 300 km, "
            "a annoncé Volodymyr Zelensky à Kharkiv.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(nfd(text), encoding="utf-8")
    corpus = extract_corpus(tmp_path, workers=1)
    [delivery] = [e for e in corpus.events if e.date == date(2022, 2, 5)]
    assert set(delivery.doc_ids) == {"a", "b"}
    assert "United States" in delivery.actors or "États-Unis" in delivery.actors or delivery.places
    assert delivery.disagreements == ()


def test_the_merge_reads_a_decomposed_excerpt_like_its_composed_twin(tmp_path, fr_nlp):
    from dashboard.events.pairs import entity_score, text_score

    text = ("Le 5 février 2022, les États-Unis ont livré à Kyiv des missiles ATACMS, "
            "a annoncé Volodymyr Zelensky à Kharkiv.\n")
    [composed] = build_events(_read(tmp_path, text, "a.txt"), fr_nlp)
    [decomposed] = build_events(_read(tmp_path, nfd(text), "b.txt"), fr_nlp)
    assert text_score(composed, decomposed) == text_score(composed, composed)
    assert entity_score(composed, decomposed) == entity_score(composed, composed)


def test_figures_in_a_decomposed_excerpt_are_compared_with_composed_ones():
    from dashboard.events.disagree import number_disagreements
    from dashboard.model import Source

    said = {"a": "Les missiles ont une portée de 300 kilomètres.",
            "b": nfd("Les missiles ont une portée de 500 kilomètres.")}
    sources = [Source(doc_id=d, excerpt=text, start=0, end=len(text)) for d, text in said.items()]
    [found] = number_disagreements(sources, "fr")
    assert [doc_id for doc_id, _ in found.accounts] == ["a", "b"]
