"""The corpus pipeline: every document read, events built and merged, failures kept apart."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3

import pytest

from dashboard import pipeline
from dashboard.model import CATEGORIES, DATED_BY, PRECISIONS, STATUSES
from dashboard.pipeline import ensure_extracted, extract_corpus
from dashboard.store import load_corpus


def _copy_seeds(articles_dir, destination, count: int):
    """The first ``count`` seed articles and their manifest rows, in a folder of their own."""
    with (articles_dir / "sources.csv").open(encoding="utf-8", newline="") as manifest:
        reader = csv.DictReader(manifest)
        columns, rows = reader.fieldnames, list(reader)[:count]
    destination.mkdir()
    for row in rows:
        shutil.copyfile(articles_dir / row["file"], destination / row["file"])
    with (destination / "sources.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.DictWriter(manifest, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return destination


def test_every_seed_article_is_read_without_error_and_yields_events(seed_corpus):
    assert len(seed_corpus.documents) == 5
    assert [d.error for d in seed_corpus.documents] == [None] * 5
    assert {s.doc_id for e in seed_corpus.events for s in e.sources} == \
        {d.doc_id for d in seed_corpus.documents}


def test_every_source_excerpt_is_the_document_text_at_its_offsets(seed_corpus):
    texts = {d.doc_id: d.text for d in seed_corpus.documents}
    for event in seed_corpus.events:
        for source in event.sources:
            assert texts[source.doc_id][source.start:source.end] == source.excerpt
            if source.mention_start is not None:
                assert texts[source.doc_id][source.mention_start:source.mention_end] == \
                    source.date_text


def test_events_have_the_contract_fields_with_allowed_values(seed_corpus):
    for event in seed_corpus.events:
        assert event.id and event.title and len(event.title) <= 90
        assert event.precision in PRECISIONS or event.date is None
        assert event.dated_by in DATED_BY
        assert event.category in CATEGORIES
        assert event.status in STATUSES
        assert 0 <= event.confidence <= 1
        assert event.sources and event.date_source in event.doc_ids


def test_events_are_in_timeline_order_with_unique_ids(seed_corpus):
    dated = [e for e in seed_corpus.events if e.date is not None]
    undated = [e for e in seed_corpus.events if e.date is None]
    assert list(seed_corpus.events) == sorted(dated, key=lambda e: (e.date, e.id)) + \
        sorted(undated, key=lambda e: e.id)
    assert len({e.id for e in seed_corpus.events}) == len(seed_corpus.events)


def test_places_are_the_gazetteer_entries_of_the_places_events_name(seed_corpus):
    named = {name for event in seed_corpus.events for name in event.places}
    assert {p.name for p in seed_corpus.places} <= named
    assert [p.name for p in seed_corpus.places] == sorted({p.name for p in seed_corpus.places})
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in seed_corpus.places)


def test_parallel_extraction_gives_the_serial_result_in_input_order(
        articles_dir, monkeypatch, seed_corpus):
    # Lowered so that the five seeds take the worker-process path a large corpus takes.
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    seen = []
    parallel = extract_corpus(articles_dir, workers=2, progress=lambda *call: seen.append(call))
    assert parallel == seed_corpus
    total = len(parallel.documents)
    assert [(done, n) for done, n, _ in seen] == [(i, total) for i in range(1, total + 1)]
    assert sorted(doc_id for _, _, doc_id in seen) == sorted(d.doc_id for d in parallel.documents)


def test_a_document_whose_events_cannot_be_built_gets_an_error_and_the_others_go_on(
        articles_dir, tmp_path, monkeypatch, seed_corpus):
    real_build_events = pipeline.build_events
    broken = seed_corpus.documents[1].doc_id

    def build_events_failing_on_one(doc, nlp=None):
        if doc.doc_id == broken:
            raise ValueError("offsets out of range\nsecond line")
        return real_build_events(doc, nlp)

    monkeypatch.setattr(pipeline, "build_events", build_events_failing_on_one)
    corpus = extract_corpus(articles_dir, workers=1)
    errors = {d.doc_id: d.error for d in corpus.documents}
    file = seed_corpus.documents[1].file
    assert errors.pop(broken) == f"{file}: event extraction failed (ValueError: offsets out of range"
    assert set(errors.values()) == {None}
    assert broken not in {s.doc_id for e in corpus.events for s in e.sources}
    assert corpus.events


def test_a_worker_that_dies_does_not_lose_its_documents(articles_dir, monkeypatch, seed_corpus):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    real_build_events, parent = pipeline.build_events, os.getpid()
    doomed = seed_corpus.documents[2].doc_id

    def build_events_killing_a_worker(doc, nlp=None):
        # As if the system killed the worker (out of memory) in the middle of this document.
        if doc.doc_id == doomed and os.getpid() != parent:
            os._exit(1)
        return real_build_events(doc, nlp)

    monkeypatch.setattr(pipeline, "build_events", build_events_killing_a_worker)
    assert extract_corpus(articles_dir, workers=2) == seed_corpus


def _stamp(path):
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns


@pytest.fixture
def extracted(articles_dir, tmp_path):
    """A copy of the seeds, extracted once by ensure_extracted: (folder, json, db, corpus)."""
    folder = _copy_seeds(articles_dir, tmp_path / "articles", count=2)
    json_path, db_path = tmp_path / "out" / "events.json", tmp_path / "out" / "frise.sqlite"
    corpus = ensure_extracted(folder, json_path, db_path)
    return folder, json_path, db_path, corpus


def test_ensure_extracted_loads_the_database_when_nothing_changed(extracted):
    folder, json_path, db_path, corpus = extracted
    before = _stamp(json_path), _stamp(db_path)
    assert ensure_extracted(folder, json_path, db_path) == corpus
    assert (_stamp(json_path), _stamp(db_path)) == before
    assert load_corpus(db_path) == corpus


@pytest.mark.parametrize("change", ["touch-article", "touch-manifest", "remove-db",
                                    "remove-json", "old-schema", "other-extractor"])
def test_ensure_extracted_extracts_again_when_articles_or_outputs_changed(extracted, change):
    folder, json_path, db_path, corpus = extracted
    before = _stamp(json_path), _stamp(db_path)
    later = json_path.stat().st_mtime + 10
    if change == "touch-article":
        os.utime(next(folder.glob("*.txt")), (later, later))
    elif change == "touch-manifest":
        os.utime(folder / "sources.csv", (later, later))
    elif change == "remove-db":
        db_path.unlink()
    elif change == "remove-json":
        json_path.unlink()
    elif change == "other-extractor":
        # Articles unchanged, but read by rules that have since changed.
        with sqlite3.connect(db_path) as db:
            db.execute("UPDATE meta SET value = 'an-older-extractor' WHERE key = 'extractor'")
        os.utime(db_path, (later, later))
    else:
        with sqlite3.connect(db_path) as db:
            db.execute("PRAGMA user_version = 0")
        os.utime(db_path, (later, later))
    assert ensure_extracted(folder, json_path, db_path) == corpus
    assert _stamp(json_path) != before[0] and _stamp(db_path) != before[1]
    assert load_corpus(db_path) == corpus


def test_ensure_extracted_leaves_no_temporary_files(extracted):
    _, json_path, _, _ = extracted
    assert sorted(p.name for p in json_path.parent.iterdir()) == ["events.json", "frise.sqlite"]


def test_ensure_extracted_keeps_the_last_extraction_when_the_articles_folder_is_gone(extracted):
    folder, json_path, db_path, corpus = extracted
    shutil.rmtree(folder)
    assert ensure_extracted(folder, json_path, db_path) == corpus
