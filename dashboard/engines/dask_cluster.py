"""The dask engine: the per-article work on a dask.distributed cluster.

With a scheduler address (``tcp://HOST:8786``) the documents go to that cluster's workers;
without one, a LocalCluster of worker processes on this machine stands in, which is how the
engine is tested. The client lists the corpus and takes each file's bytes off its disk; the
workers decode and clean them (HTML, language, dates, furniture) and build their events, and
send each document back with them; merging stays here, since it needs every event at once.

Each task is a run of consecutive documents (``read_and_build_chunk``); each worker process
loads a language's model once, on its first document, and keeps it. A file's bytes are taken
only when its task is submitted, so the client never holds the whole archive at once. The client keeps a bounded number
of tasks in flight, so an archive of 10^5 articles never sits in the scheduler's memory at once,
and puts the results back in input order: the events, their ids included, are the local
engine's. A task that fails (a worker killed again and again) is built here instead.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Sequence

from dashboard import freshness
from dashboard.engines import EngineError
from dashboard.extract.corpus import Unread
from dashboard.freshness import extractor_fingerprint
from dashboard.model import Document

from .work import Built, Progress, build_one, chunks, counter, read, read_and_build_chunk, with_result

# Documents per task: enough that a task's round trip through the scheduler (milliseconds) is
# small next to its work (about a second), few enough that workers finish close together.
MAX_CHUNK = 32
# Tasks in flight per worker thread: one running and one waiting keeps every thread busy.
IN_FLIGHT_PER_THREAD = 2
# How long to wait for a scheduler to answer and for its first worker to join.
CONNECT_TIMEOUT_S = 30


def build_all(documents: Sequence[Document | Unread], *, workers: int | None = None,
              progress: Progress | None = None, scheduler: str | None = None) -> list[Built]:
    """Each document with its events, in input order, built on the cluster at ``scheduler``
    (or on a LocalCluster of ``workers`` processes, default one per CPU)."""
    from distributed import Client, LocalCluster

    report = counter(len(documents), progress)
    if scheduler is None:
        # No dashboard, and the scheduler's HTTP endpoint on a free port: 8787 is often taken
        # by another cluster, and dask would warn about it on every run.
        cluster = LocalCluster(n_workers=workers or (os.cpu_count() or 1), threads_per_worker=1,
                               processes=True, dashboard_address=None,
                               scheduler_kwargs={"dashboard_address": ":0"},
                               silence_logs=logging.ERROR)
        address = cluster.scheduler_address
    else:
        cluster, address = None, scheduler
    try:
        with _client(Client, address) as client:
            _check_workers(client, address)
            return _build_on(client, list(documents), report)
    finally:
        if cluster is not None:
            cluster.close()


def _client(client_class, address: str):
    try:
        return client_class(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise EngineError(f"{address}: no dask scheduler answered within {CONNECT_TIMEOUT_S} s "
                          f"({error}); start one with 'dask scheduler' or leave --scheduler out "
                          "to use this machine") from None


def _check_workers(client, address: str) -> None:
    """Fail early, with a message, when no worker joins or the workers run other code."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
    except TimeoutError:
        raise EngineError(f"{address}: no dask worker joined within {CONNECT_TIMEOUT_S} s; start "
                          f"some with 'dask worker {address}'") from None
    try:
        theirs = client.run(_fingerprint_on_worker)
    except Exception as error:  # noqa: BLE001 - whatever the worker raised, say it in one line
        raise EngineError(f"{address}: the workers cannot import Frise ({type(error).__name__}: "
                          f"{error}); start them where the repository is importable") from None
    ours = extractor_fingerprint()
    other = sorted(worker for worker, fingerprint in theirs.items() if fingerprint != ours)
    if other:
        # Other rules would give other events (and ids) than this checkout: refuse, not mix.
        raise EngineError(f"{address}: workers {', '.join(other)} run another version of the "
                          f"extractor than this one ({ours}); update them and start them again")


def _fingerprint_on_worker() -> str:
    # Looked up in its module on the worker: the version of the code that worker imported.
    return freshness.extractor_fingerprint()


def with_bytes_taken(item: Document | Unread) -> Document | Unread:
    # The client's only reading: the raw bytes (a missing or oversized file is its error here).
    return item.with_bytes() if isinstance(item, Unread) and item.data is None else item


def _build_on(client, documents: list[Document | Unread], report) -> list[Built]:
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    parts = chunks(documents, threads, MAX_CHUNK)
    results: list[list[Built] | None] = [None] * len(parts)
    run = uuid.uuid4().hex[:8]
    index: dict[str, int] = {}
    sent: dict[int, list[Document | Unread]] = {}

    def submit(i: int):
        sent[i] = [with_bytes_taken(item) for item in parts[i]]
        # pure=False and a key of our own: dask need not hash the documents to name the task.
        future = client.submit(read_and_build_chunk, sent[i], key=f"frise-build-{run}-{i}", pure=False)
        index[future.key] = i
        return future

    ahead = min(len(parts), threads * IN_FLIGHT_PER_THREAD)
    flowing = as_completed([submit(i) for i in range(ahead)], loop=client.loop)
    for future in flowing:
        i = index.pop(future.key)
        items = sent.pop(i)
        try:
            built = [with_result(doc if doc is not None else item, result)
                     for item, (doc, result) in zip(items, future.result())]
        except Exception:  # noqa: BLE001 - a lost task is rebuilt here, not lost
            built = [build_one(read(item)) for item in items]
        results[i] = [report(b) for b in built]
        future.release()
        if ahead < len(parts):
            flowing.add(submit(ahead))
            ahead += 1
    return [built for part_results in results for built in part_results]
