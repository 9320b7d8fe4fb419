"""The SQLite store gives back exactly the Corpus it was given, and finds events by words."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dashboard.model import Corpus, Disagreement, Document, Event, Place, Source, Span
from dashboard.store import SCHEMA_VERSION, StoreError, load_corpus, save_corpus, search

TEXT = "Le 4 juillet, Volodymyr Zelensky a parlé à Kyïv avec « Mark Rutte ».\nFin."


def _source(doc_id: str = "d1", **changes) -> Source:
    values = {"doc_id": doc_id, "excerpt": TEXT[:70], "start": 0, "end": 70,
              "date_text": "4 juillet", "mention_start": 3, "mention_end": 12,
              "date": date(2025, 7, 4), "date_end": None, "precision": "day",
              "dated_by": "explicit"}
    return Source(**{**values, **changes})


def _event(event_id: str, **changes) -> Event:
    values = {"id": event_id, "title": "Zelensky s'entretient avec Rutte",
              "date": date(2025, 7, 4), "date_end": None, "precision": "day",
              "date_text": "4 juillet", "dated_by": "explicit", "category": "diplomacy",
              "actors": ("Volodymyr Zelensky", "Mark Rutte"), "places": ("Kyiv",), "weapons": (),
              "sources": (_source(),), "confidence": 0.75, "date_source": "d1"}
    return Event(**{**values, **changes})


EDGE_CORPUS = Corpus(
    documents=(
        Document("d1", "d1.txt", TEXT, published=date(2025, 7, 15), published_from="manifest",
                 title="Zelensky et Rutte", outlet="Ü-Presse", furniture=(Span(71, 75, "footer"),),
                 warnings=("sources.csv line 2: published '2025-13-01' is not a date",)),
        Document("d2", "d2.txt", "", error="empty file — nothing to extract"),
        # The same doc_id twice: a manifest can say so, and both rows must survive.
        Document("d2", "d2-bis.txt", "x", language="en", published=None),
    ),
    events=(
        _event("e1", disagreements=(
            Disagreement("date", "appel", (("d1", "4 juillet"), ("d2", "5 juillet"))),
            Disagreement("name", "Rutte", (("d1", "Mark Rutte"), ("d2", "Mark Latte"))))),
        _event("e-undated", date=None, precision=None, date_text=None, dated_by="publication",
               actors=(), places=(), weapons=("ATACMS", "Storm Shadow"), status="planned",
               sources=(_source(date=None, precision=None, mention_start=None, mention_end=None,
                                date_text=None, dated_by="publication"),
                        _source("d2", anchor=date(2025, 7, 15), anchor_kind="publication",
                                dated_by="relative", date_end=date(2025, 7, 6))),
               anchor=date(2025, 7, 15), anchor_kind="publication", language="en"),
        _event("e-bare", title="", sources=(), actors=(), places=(), confidence=0.0,
               date_source=None),
    ),
    places=(Place("Kyiv", 50.45, 30.5236, "UA"), Place("Kursk", 51.73, 36.19)),
)


@pytest.mark.parametrize("corpus", [
    EDGE_CORPUS,
    Corpus(documents=(), events=(), places=()),
], ids=["edge-cases", "empty"])
def test_loading_gives_back_the_corpus_that_was_saved(tmp_path, corpus):
    save_corpus(tmp_path / "frise.sqlite", corpus)
    assert load_corpus(tmp_path / "frise.sqlite") == corpus


def test_the_seed_corpus_survives_a_round_trip_through_the_database(tmp_path, seed_corpus):
    save_corpus(tmp_path / "frise.sqlite", seed_corpus)
    assert load_corpus(tmp_path / "frise.sqlite") == seed_corpus
    assert seed_corpus.events


def test_the_database_is_normalised_into_tables_not_a_json_blob(tmp_path):
    save_corpus(tmp_path / "frise.sqlite", EDGE_CORPUS)
    with sqlite3.connect(tmp_path / "frise.sqlite") as db:
        count = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("documents", "events", "sources", "event_entities",
                               "disagreements", "disagreement_accounts", "places")}
        weapons = db.execute("SELECT name FROM event_entities WHERE kind = 'weapon' "
                             "ORDER BY position").fetchall()
        indexed = {row[0] for row in db.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'index'")}
    assert count == {"documents": 3, "events": 3, "sources": 3, "event_entities": 5,
                     "disagreements": 2, "disagreement_accounts": 4, "places": 2}
    assert weapons == [("ATACMS",), ("Storm Shadow",)]
    assert {"events_date", "event_entities_name"} <= indexed


def test_saving_again_replaces_the_previous_contents(tmp_path):
    save_corpus(tmp_path / "frise.sqlite", EDGE_CORPUS)
    smaller = Corpus(documents=EDGE_CORPUS.documents[:1], events=EDGE_CORPUS.events[:1])
    save_corpus(tmp_path / "frise.sqlite", smaller)
    assert load_corpus(tmp_path / "frise.sqlite") == smaller
    assert [p.name for p in tmp_path.iterdir()] == ["frise.sqlite"]


def test_a_failed_save_leaves_the_previous_database_intact(tmp_path):
    save_corpus(tmp_path / "frise.sqlite", EDGE_CORPUS)
    duplicate_ids = Corpus(documents=(), events=(_event("same"), _event("same")))
    with pytest.raises(sqlite3.IntegrityError):
        save_corpus(tmp_path / "frise.sqlite", duplicate_ids)
    assert load_corpus(tmp_path / "frise.sqlite") == EDGE_CORPUS
    assert [p.name for p in tmp_path.iterdir()] == ["frise.sqlite"]


def test_a_database_of_another_schema_version_is_refused_with_the_rebuild_command(tmp_path):
    save_corpus(tmp_path / "frise.sqlite", EDGE_CORPUS)
    with sqlite3.connect(tmp_path / "frise.sqlite") as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match=rf"schema version {SCHEMA_VERSION + 1}.*rebuild it with: "
                                         r"python -m dashboard extract .* --db "):
        load_corpus(tmp_path / "frise.sqlite")


@pytest.mark.parametrize("content, problem", [
    (None, "no such database"),
    (b"this is not sqlite at all, just some bytes" * 10, "not a Frise database"),
], ids=["missing", "garbage"])
def test_an_unusable_database_file_is_named_with_what_to_do(tmp_path, content, problem):
    path = tmp_path / "frise.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=f"frise.sqlite: {problem}.*rebuild it with"):
        load_corpus(path)
    assert path.exists() == (content is not None)


@pytest.mark.parametrize("full_text", [True, False], ids=["fts5", "scan"])
@pytest.mark.parametrize("query, found", [
    ("kyiv", ["e1", "e-undated"]),
    ("KYÏV", ["e1", "e-undated"]),
    ("parle", ["e1", "e-undated"]),
    ("zel rutt", ["e1", "e-undated"]),
    ("storm", ["e-undated"]),
    ("Mark Latte", []),
    ('"Rutte" OR NEAR(', []),
    ("   ", []),
], ids=["plain", "accent-and-case", "accent-in-text", "prefixes", "entity-name",
        "absent-word", "query-syntax-is-plain-words", "blank"])
def test_search_finds_events_by_words_ignoring_accents_and_case(tmp_path, full_text, query, found):
    save_corpus(tmp_path / "frise.sqlite", EDGE_CORPUS, full_text=full_text)
    assert sorted(search(tmp_path / "frise.sqlite", query)) == sorted(found)
