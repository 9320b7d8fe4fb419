"""The per-article work every engine runs, and the bookkeeping they share.

An engine only decides where ``build_one`` runs; what it does to a document, and what a
failure leaves behind, is the same everywhere, which is why every engine gives the same events.
"""

from __future__ import annotations

import dataclasses
import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path

from dashboard.events import build_events, load_nlp
from dashboard.model import Document, Event

Progress = Callable[[int, int, str], None]
Built = tuple[Document, list[Event]]
# What travels back from a worker for one document: its error, if any, and its events. The
# caller already holds the documents, so their texts are not sent back.
Result = tuple[str | None, list[Event]]


def build_one(doc: Document, nlp=None) -> Built:
    """``doc`` and its events; if building fails, ``doc`` with a one-line error and no events."""
    if doc.error:
        return doc, []
    try:
        return doc, build_events(doc, nlp if nlp is not None else load_nlp(doc.language))
    except Exception as error:  # noqa: BLE001 - one bad document must not end the run
        # Named like the reader's messages: the file first, then what went wrong.
        reason = (f"{Path(doc.file).name}: event extraction failed "
                  f"({type(error).__name__}: {error})").splitlines()[0]
        return dataclasses.replace(doc, error=reason), []


def build_chunk(chunk: Sequence[Document]) -> list[Result]:
    """A worker's task: the error and events of each document of ``chunk``, in order."""
    return [(built.error, events) for built, events in map(build_one, chunk)]


def with_result(doc: Document, result: Result) -> Built:
    """The caller's document with what its worker found."""
    error, events = result
    return (doc if error == doc.error else dataclasses.replace(doc, error=error)), events


def load_models(languages: Sequence[str]) -> None:
    """Load each language's pipeline now, once per worker process, not once per document."""
    for language in languages:
        # A language that cannot load is reported by build_one against each of its documents.
        with contextlib.suppress(Exception):
            load_nlp(language)


def languages_of(documents: Sequence[Document]) -> tuple[str, ...]:
    return tuple(sorted({doc.language for doc in documents if not doc.error}))


def chunks(documents: Sequence[Document], workers: int, largest: int) -> list[list[Document]]:
    """Consecutive runs of documents, about four per worker so that workers finish together
    when documents differ in length, and at most ``largest`` long."""
    size = max(1, min(largest, len(documents) // (workers * 4)))
    return [list(documents[i:i + size]) for i in range(0, len(documents), size)]


def counter(total: int, progress: Progress | None) -> Callable[[Built], Built]:
    """A pass-through that calls ``progress(done, total, doc_id)`` for each built document."""
    done = 0

    def report(built: Built) -> Built:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, built[0].doc_id)
        return built
    return report
