"""CSV, JSON and standalone HTML exports of events cut from the seed articles."""

from __future__ import annotations

import dataclasses
import io
import json
import re

import pandas as pd
import pytest

from dashboard.export import events_to_csv, events_to_html, events_to_json
from dashboard.model import Corpus, Place

HOSTILE = "<script>alert(1)</script>"



@pytest.fixture(scope="module")
def hostile_event(ui_corpus):
    """A real event whose title and sentence an attacker wrote."""
    event = ui_corpus.events[0]
    return dataclasses.replace(event, id="ev-hostile", title=HOSTILE, sources=(
        # The attacker's sentence has no date expression for the card to mark.
        dataclasses.replace(event.sources[0], excerpt=HOSTILE + " et <b>gras</b>",
                            mention_start=None, mention_end=None),))


def read_csv(text: str) -> pd.DataFrame:
    """The CSV as a spreadsheet or pandas reads the downloaded file: bytes, BOM first."""
    return pd.read_csv(io.BytesIO(text.encode("utf-8")), dtype=str, keep_default_na=False)


def test_csv_reads_back_in_pandas_with_one_row_per_event_and_the_same_ids(ui_corpus):
    table = read_csv(events_to_csv(ui_corpus.events, ui_corpus.documents))
    assert list(table["id"]) == [e.id for e in ui_corpus.events]
    assert list(table["title"]) == [e.title for e in ui_corpus.events]
    assert list(table["n_articles"]) == [str(len(e.doc_ids)) for e in ui_corpus.events]
    assert list(table["n_excerpts"]) == [str(len(e.sources)) for e in ui_corpus.events]


def test_csv_starts_with_a_byte_order_mark_so_excel_reads_the_accents():
    text = events_to_csv([])
    assert text.startswith("\ufeffid,") and text.encode("utf-8").startswith(b"\xef\xbb\xbf")


def test_csv_gives_every_excerpt_with_its_outlet_publication_date_and_url(ui_corpus):
    call = next(e for e in ui_corpus.events if len(e.doc_ids) == 2)
    row = read_csv(events_to_csv([call], ui_corpus.documents)).iloc[0]
    docs = {d.doc_id: d for d in ui_corpus.documents}
    excerpts = row["excerpts"].split("\n")
    assert excerpts == [" ".join(s.excerpt.split()) for s in call.sources]
    assert row["excerpt_outlets"].split("\n") == [docs[s.doc_id].outlet for s in call.sources]
    assert row["excerpt_published"].split("\n") == [docs[s.doc_id].published.isoformat() for s in call.sources]
    assert len(row["excerpt_urls"].split("\n")) == len(call.sources)


def test_csv_keeps_excerpts_with_quotes_commas_and_newlines_intact(ui_corpus):
    event = ui_corpus.events[0]
    tricky = 'Il a dit : « oui, absolument », puis "non";\nfin.'
    source = dataclasses.replace(event.sources[0], excerpt=tricky)
    odd = dataclasses.replace(event, sources=(source,))
    assert read_csv(events_to_csv([odd]))["excerpt"][0] == tricky


def test_csv_joins_lists_and_names_outlets_only_when_documents_are_given(ui_corpus):
    call = next(e for e in ui_corpus.events if len(e.doc_ids) == 2)
    with_outlets = read_csv(events_to_csv([call], ui_corpus.documents))
    assert with_outlets["actors"][0] == "; ".join(call.actors)
    assert with_outlets["doc_ids"][0] == "; ".join(call.doc_ids)
    assert with_outlets["outlets"][0] == ("Site d'actualité français; "
                                          "Financial Times (traduction automatique)")
    assert "outlets" not in read_csv(events_to_csv([call])).columns


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)",
                                  "\tcmd"])
def test_csv_cells_a_spreadsheet_would_run_get_a_leading_apostrophe(ui_corpus, cell):
    event = dataclasses.replace(ui_corpus.events[0], title=cell)
    assert read_csv(events_to_csv([event]))["title"][0] == "'" + cell


def test_csv_leaves_ordinary_text_and_dates_untouched(ui_corpus):
    table = read_csv(events_to_csv(ui_corpus.events))
    assert list(table["date"]) == [e.date.isoformat() for e in ui_corpus.events]
    assert not any(value.startswith("'") for value in table["title"])


def test_json_round_trips_through_corpus_from_dict(ui_corpus):
    places = [Place("Kursk", 51.73, 36.18, "RU"), Place("Rome", 41.89, 12.51, "IT")]
    exported = events_to_json(ui_corpus.events, ui_corpus.documents, places)
    back = Corpus.from_dict(json.loads(exported))
    assert back.events == ui_corpus.events
    assert [d.doc_id for d in back.documents] == list(dict.fromkeys(
        doc_id for e in ui_corpus.events for doc_id in e.doc_ids))
    assert back.documents[0] == dataclasses.replace(
        next(d for d in ui_corpus.documents if d.doc_id == back.documents[0].doc_id), text="")
    assert back.places == (places[0],)


def test_json_of_a_filtered_view_keeps_only_the_documents_it_cites(ui_corpus):
    kursk = [e for e in ui_corpus.events if "Kursk" in e.places]
    data = json.loads(events_to_json(kursk, {d.doc_id: d for d in ui_corpus.documents}))
    assert [d["doc_id"] for d in data["documents"]] == ["002_c51898415781cb4d"]
    assert "text" not in data["documents"][0]


@pytest.fixture(scope="module")
def page(ui_corpus, hostile_event) -> str:
    places = [Place("Kursk", 51.73, 36.18, "RU"), Place("Moscou", 55.75, 37.62, "RU")]
    return events_to_html([*ui_corpus.events, hostile_event], ui_corpus.documents, lang="fr",
                          title="Frappes en Russie", places=places)


def test_html_embeds_plotly_and_loads_nothing_from_the_network(page):
    assert re.search(r"<script[^>]+src=", page) is None
    assert re.search(r"<link[^>]+href=[\"']?https?:", page) is None
    assert "Plotly.newPlot" in page
    assert len(page) > 1_000_000  # plotly.js itself is in the file


def test_html_lists_every_event_below_the_chart_in_date_order(page, ui_corpus):
    ids = re.findall(r'<article id="event-([^"]+)"', page)
    assert sorted(ids) == sorted([e.id for e in ui_corpus.events] + ["ev-hostile"])
    assert ids.index("ev-times") < ids.index("ev-kursk") < ids.index("ev-call")
    assert page.index('id="timeline"') < page.index('<article id="event-')


def test_html_escapes_hostile_article_text(page):
    assert HOSTILE not in page
    assert "<b>gras</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; et &lt;b&gt;gras&lt;/b&gt;" in page


def test_html_stores_plotly_js_once_and_the_figures_compressed(page):
    import base64
    import gzip

    blocks = dict(re.findall(r'<script type="application/octet-stream" id="([^"]+)">([^<]+)</script>', page))
    assert set(blocks) == {"plotly-js", "timeline-figure", "map-figure"}
    plotly_js = gzip.decompress(base64.b64decode(blocks["plotly-js"])).decode("utf-8")
    assert len(plotly_js) > 2 * len(blocks["plotly-js"])
    figure = json.loads(gzip.decompress(base64.b64decode(blocks["timeline-figure"])))
    labels = [t for t in figure["data"] if t.get("meta", {}).get("kind") == "labels"]
    assert labels and any(t["text"] for t in labels)
    assert figure["layout"]["yaxis"]["automargin"] is True


def test_html_is_in_the_chosen_language(ui_corpus):
    english = events_to_html(ui_corpus.events, ui_corpus.documents, lang="en")
    assert '<html lang="en">' in english and "<h1>Timeline</h1>" in english
    assert "published 17 November 2024" in english


def test_the_extracted_seed_corpus_survives_csv_and_json(seed_corpus):
    table = read_csv(events_to_csv(seed_corpus.events, seed_corpus.documents))
    assert list(table["id"]) == [e.id for e in seed_corpus.events]
    assert all(table["outlets"])
    back = Corpus.from_dict(json.loads(events_to_json(seed_corpus.events, seed_corpus.documents,
                                                      seed_corpus.places)))
    assert back.events == seed_corpus.events
    assert set(back.places) <= set(seed_corpus.places)
