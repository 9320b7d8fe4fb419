"""The dask engine: the same corpus as the local engine, on a small cluster, and clear
messages when a cluster cannot be used."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.engines import EngineError, build_all, work
from dashboard.extract import read_corpus
from dashboard.pipeline import extract_corpus
from dashboard.store.parquet import read_corpus as read_parquet

distributed = pytest.importorskip("distributed")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def thread_cluster():
    """A dask cluster inside this process (one worker, one thread): starts in about a second,
    and its worker shares this process's spaCy model."""
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                       dashboard_address=None, silence_logs=logging.ERROR,
                                       scheduler_kwargs={"dashboard_address": ":0"})
    yield cluster
    cluster.close()


def test_the_dask_engine_gives_the_local_engines_corpus(articles_dir, thread_cluster, seed_corpus):
    seen = []
    corpus = extract_corpus(articles_dir, engine="dask", scheduler=thread_cluster.scheduler_address,
                            progress=lambda *call: seen.append(call))
    assert corpus == seed_corpus
    assert [e.id for e in corpus.events] == [e.id for e in seed_corpus.events]
    assert sorted(doc_id for _, _, doc_id in seen) == sorted(d.doc_id for d in corpus.documents)
    assert [done for done, _, _ in seen] == list(range(1, len(corpus.documents) + 1))


def test_documents_come_back_in_input_order_across_many_small_tasks(articles_dir, thread_cluster,
                                                                   monkeypatch):
    from dashboard.engines import dask_cluster

    # One document per task and one task in flight: results arrive task by task.
    monkeypatch.setattr(dask_cluster, "MAX_CHUNK", 1)
    monkeypatch.setattr(dask_cluster, "IN_FLIGHT_PER_THREAD", 1)
    documents = read_corpus(articles_dir)
    built = build_all(documents, engine="dask", scheduler=thread_cluster.scheduler_address)
    assert [doc for doc, _ in built] == documents
    assert [events for _, events in built] == [work.build_one(doc)[1] for doc in documents]


def test_a_document_that_fails_on_a_worker_keeps_its_error_and_the_others_go_on(
        articles_dir, thread_cluster, monkeypatch):
    documents = read_corpus(articles_dir)
    broken = documents[1].doc_id
    real_build_events = work.build_events

    def build_events_failing_on_one(doc, nlp=None, analyses=None):
        if doc.doc_id == broken:
            raise ValueError("offsets out of range")
        return real_build_events(doc, nlp, analyses)

    monkeypatch.setattr(work, "build_events", build_events_failing_on_one)
    built = build_all(documents, engine="dask", scheduler=thread_cluster.scheduler_address)
    errors = {doc.doc_id: doc.error for doc, _ in built}
    assert errors.pop(broken).endswith("event extraction failed (ValueError: offsets out of range)")
    assert set(errors.values()) == {None}
    assert all(events for doc, events in built if doc.doc_id != broken)


def test_workers_running_another_extractor_are_refused_before_any_work(
        articles_dir, thread_cluster, monkeypatch):
    from dashboard.engines import dask_cluster

    # The worker reports the fingerprint of the code it imported; the client, patched here,
    # claims another version, as a checkout with other rules would.
    monkeypatch.setattr(dask_cluster, "extractor_fingerprint", lambda: "0123456789abcdef")
    monkeypatch.setattr(work, "build_events", lambda doc, nlp=None: pytest.fail("work was sent"))
    with pytest.raises(EngineError, match=r"workers \S+ run another version of the "
                                          r"extractor than this one \(0123456789abcdef\)"):
        build_all(read_corpus(articles_dir), engine="dask",
                  scheduler=thread_cluster.scheduler_address)


def test_a_scheduler_that_does_not_answer_is_named_with_what_to_do(articles_dir, monkeypatch):
    from dashboard.engines import dask_cluster

    monkeypatch.setattr(dask_cluster, "CONNECT_TIMEOUT_S", 1)
    with pytest.raises(EngineError, match=r"tcp://127.0.0.1:9: no dask scheduler answered "
                                          r"within 1 s .*start one with 'dask scheduler'"):
        build_all(read_corpus(articles_dir)[:1], engine="dask", scheduler="tcp://127.0.0.1:9")


def test_a_scheduler_address_without_the_dask_engine_is_refused():
    with pytest.raises(ValueError, match="needs the dask engine"):
        build_all([], engine="local", scheduler="tcp://127.0.0.1:8786")


def test_the_cli_extracts_on_a_local_dask_cluster_and_writes_parquet(articles_dir, tmp_path,
                                                                    seed_corpus):
    # The whole command, as a user runs it: a LocalCluster of one worker process is started
    # and closed by the command itself.
    out = tmp_path / "parquet"
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(articles_dir),
                           "--engine", "dask", "--workers", "1", "--format", "parquet",
                           "--out", str(out), "--quiet"], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONHASHSEED": "random"},
                          check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    corpus = read_parquet(out)
    assert [(e.id, e.date, e.doc_ids) for e in corpus.events] == \
        [(e.id, e.date, e.doc_ids) for e in seed_corpus.events]
    assert corpus == seed_corpus


def test_the_cli_names_an_unreachable_scheduler_and_writes_nothing(articles_dir, tmp_path):
    out = tmp_path / "events.json"
    done = subprocess.run([sys.executable, "-c", (
        "import sys; from dashboard.engines import dask_cluster; "
        "dask_cluster.CONNECT_TIMEOUT_S = 1; from dashboard.cli import main; "
        "sys.exit(main(sys.argv[1:]))"), "extract", str(articles_dir), "--engine", "dask",
        "--scheduler", "tcp://127.0.0.1:9", "--out", str(out), "--quiet"],
        capture_output=True, text=True, cwd=REPO, check=False, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("--engine dask: tcp://127.0.0.1:9: no dask scheduler answered")
    assert not out.exists()


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(articles_dir):
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(articles_dir),
                           "--scheduler", "tcp://127.0.0.1:8786"], capture_output=True,
                          text=True, cwd=REPO, check=False)
    assert done.returncode == 2
    assert "--scheduler needs --engine dask" in done.stderr


def test_the_command_line_offers_exactly_the_engines_there_are():
    from dashboard import cli, engines

    assert cli.ENGINES == engines.ENGINES
