"""The Parquet folder gives back exactly the Corpus it was given, as tables other tools read."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

import pyarrow.parquet as pq
import pytest

from dashboard.model import Corpus, Document, Event, Place, Source
from dashboard.store.parquet import (
    DOCUMENTS,
    EVENTS,
    PLACES,
    SOURCES,
    ParquetCorpusError,
    corpus_folder,
    read_corpus,
    write_corpus,
)
from test_store import EDGE_CORPUS


@pytest.mark.parametrize("corpus", [EDGE_CORPUS, Corpus(documents=(), events=(), places=())],
                         ids=["edge-cases", "empty"])
def test_reading_gives_back_the_corpus_that_was_written(tmp_path, corpus):
    assert read_corpus(write_corpus(tmp_path / "corpus", corpus)) == corpus


def test_the_seed_corpus_survives_a_round_trip_through_parquet(tmp_path, seed_corpus):
    write_corpus(tmp_path / "corpus", seed_corpus)
    assert read_corpus(tmp_path / "corpus" / "events.parquet") == seed_corpus
    assert seed_corpus.events


def test_the_tables_are_flat_keyed_and_typed_for_other_readers(tmp_path):
    folder = write_corpus(tmp_path / "corpus", EDGE_CORPUS)
    assert sorted(p.name for p in folder.iterdir()) == [
        "aliases.parquet", "documents.parquet", "events.parquet", "places.parquet",
        "sources.parquet", "warnings.parquet"]
    sources = pq.read_table(folder / "sources.parquet").to_pandas()
    # One row per source sentence, joined to its event by id, in the event's order.
    assert list(sources["event_id"]) == ["e1", "e-undated", "e-undated"]
    assert list(sources["position"]) == [0, 0, 1]
    events = pq.read_table(folder / "events.parquet").to_pylist()
    assert events[0]["date"] == date(2025, 7, 4)
    assert events[1]["weapons"] == ["ATACMS", "Storm Shadow"]
    assert events[0]["disagreements"][1]["accounts"][1] == {"doc_id": "d2", "says": "Mark Latte"}


@pytest.mark.parametrize("kind, schema, left_out", [
    (Event, EVENTS, {"sources"}), (Source, SOURCES, set()), (Document, DOCUMENTS, set()),
    (Place, PLACES, set())], ids=["events", "sources", "documents", "places"])
def test_every_field_of_the_model_has_a_column(kind, schema, left_out):
    # A field added to the model and not here would be lost on the way through Parquet.
    assert {f.name for f in dataclasses.fields(kind)} - left_out <= set(schema.names)


def test_aliases_and_warnings_of_the_corpus_survive_too(tmp_path):
    corpus = replace(EDGE_CORPUS, aliases={"Vladimir Putin": ("Poutine", "Putin")},
                     warnings=("aliases.csv line 3: no canonical name",))
    assert read_corpus(write_corpus(tmp_path / "corpus", corpus)) == corpus


def test_a_folder_written_before_aliases_and_warnings_existed_still_opens(tmp_path):
    folder = write_corpus(tmp_path / "corpus", EDGE_CORPUS)
    (folder / "aliases.parquet").unlink()
    (folder / "warnings.parquet").unlink()
    assert read_corpus(folder) == EDGE_CORPUS


def test_writing_again_replaces_the_tables_and_leaves_no_temporary_file(tmp_path):
    write_corpus(tmp_path / "corpus", EDGE_CORPUS)
    smaller = Corpus(documents=EDGE_CORPUS.documents[:1], events=EDGE_CORPUS.events[:1])
    write_corpus(tmp_path / "corpus", smaller)
    assert read_corpus(tmp_path / "corpus") == smaller
    assert len(list((tmp_path / "corpus").iterdir())) == 6


def test_a_folder_or_file_that_is_no_parquet_corpus_is_named_with_the_command_to_write_one(tmp_path):
    (tmp_path / "events.json").write_text("{}", encoding="utf-8")
    assert corpus_folder(tmp_path / "events.json") is None
    with pytest.raises(ParquetCorpusError, match=r"no events.parquet there; write one with: "
                                                 r"python -m dashboard extract"):
        read_corpus(tmp_path)


def test_a_damaged_table_is_reported_by_its_file(tmp_path):
    folder = write_corpus(tmp_path / "corpus", EDGE_CORPUS)
    (folder / "sources.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(ParquetCorpusError, match=r"sources.parquet: not a readable Parquet table"):
        read_corpus(folder)


@pytest.mark.parametrize("given", ["folder", "events.parquet"])
def test_the_page_opens_a_parquet_corpus_named_by_frise_corpus(tmp_path, monkeypatch, seed_corpus,
                                                              given):
    from streamlit.testing.v1 import AppTest

    from test_app import APP, count_line

    folder = write_corpus(tmp_path / "parquet", seed_corpus)
    monkeypatch.setenv("FRISE_CORPUS", str(folder if given == "folder" else folder / given))
    # Pointed at outputs that do not exist: the page must not extract, only open the export.
    monkeypatch.setenv("FRISE_EVENTS", str(tmp_path / "none" / "events.json"))
    monkeypatch.setenv("FRISE_DB", str(tmp_path / "none" / "frise.sqlite"))
    page = AppTest.from_file(APP, default_timeout=60).run()
    assert not page.exception
    total = len(seed_corpus.events)
    assert count_line(page) == f"**{total} sur {total} événements**"
    assert not (tmp_path / "none").exists()


def test_sources_rewritten_out_of_order_by_another_tool_come_back_in_their_order(tmp_path):
    folder = write_corpus(tmp_path / "corpus", EDGE_CORPUS)
    table = pq.read_table(folder / "sources.parquet")
    pq.write_table(table.take(list(range(table.num_rows))[::-1]), folder / "sources.parquet")
    assert read_corpus(folder) == EDGE_CORPUS


def test_events_read_back_behave_as_events_made_the_ordinary_way(tmp_path):
    read = read_corpus(write_corpus(tmp_path / "corpus", EDGE_CORPUS))
    for made, original in zip(read.events, EDGE_CORPUS.events):
        assert hash(made) == hash(original) and made == original
        assert made.to_dict() == original.to_dict()
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.title = "changed"


def test_the_collector_is_paused_inside_and_back_as_it_was_after():
    import gc

    from dashboard.store.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled() and gc.get_freeze_count() > 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
