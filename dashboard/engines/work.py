"""The per-article work every engine runs, and the bookkeeping they share.

An engine only decides where ``build_one`` runs; what it does to a document, and what a
failure leaves behind, is the same everywhere, which is why every engine gives the same events.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from dashboard.events import build_events, load_nlp
from dashboard.events.build import parsing_ahead
from dashboard.events.analysis import Analyses, Article, analyses_of_many
from dashboard.events.geo import load_tables
from dashboard.extract.corpus import Unread
from dashboard.model import Document, Event

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Built = tuple[Document, list[Event]]
# What travels back from a worker for one document: its error, if any, and its events. The
# caller already holds the documents, so their texts are not sent back.
Result = tuple[str | None, list[Event]]


def build_one(doc: Document, nlp=None, analyses: Analyses | None = None) -> Built:
    """``doc`` and its events; if building fails, ``doc`` with a one-line error and no events.

    ``analyses``: the document's article, read and partly analysed with others in a batch.
    """
    if doc.error:
        return doc, []
    try:
        if analyses is not None:
            return doc, build_events(doc, analyses=analyses)
        return doc, build_events(doc, nlp if nlp is not None else load_nlp(doc.language))
    except Exception as error:  # noqa: BLE001 - one bad document must not end the run
        # Named like the reader's messages: the file first, then what went wrong.
        reason = (f"{Path(doc.file).name}: event extraction failed "
                  f"({type(error).__name__}: {error})").splitlines()[0]
        return failed(doc, reason), []


def build_chunk(chunk: Sequence[Document]) -> list[Result]:
    """A worker's task: the error and events of each document of ``chunk``, in order.

    The sentences every document surely reads go through spaCy in one batch per language
    (``prepared``); the events are those each document gives on its own.
    """
    ready = prepared(chunk)
    with parsing_ahead(ready.values()):
        return [(built.error, events)
                for built, events in (build_one(doc, analyses=ready.get(i)) for i, doc in enumerate(chunk))]


def read_and_build_chunk(items: Sequence[Document | Unread]) -> list[tuple[Document | None, Result]]:
    """A worker's task: each file of ``items`` read (from its bytes when they came with it),
    then every document built (``build_chunk``). A document read here travels back with its
    result; one the caller sent (an error of the listing) does not, the caller has it."""
    documents = [read(item) for item in items]
    return [(doc if isinstance(item, Unread) else None, result)
            for item, doc, result in zip(items, documents, build_chunk(documents))]


def read(item: Document | Unread) -> Document:
    """The document, read if it was still a file to read."""
    return item.read() if isinstance(item, Unread) else item


def prepared(chunk: Sequence[Document]) -> dict[int, Analyses]:
    """The readable documents of ``chunk`` (by position), each read into an Article and its
    opening and dated sentences analysed, one spaCy batch per language.

    A document that fails here is left out, and so is a whole language whose batch fails:
    ``build_one`` then builds it alone and names the document its error belongs to.
    """
    articles: dict[str, list[tuple[int, Article]]] = {}
    for i, doc in enumerate(chunk):
        if doc.error or not doc.text.strip():
            continue
        try:
            articles.setdefault(doc.language, []).append((i, Article.read(doc, load_nlp(doc.language))))
        except Exception:  # noqa: BLE001 - reported by build_one, which tries again alone
            continue
    ready: dict[int, Analyses] = {}
    for language, found in articles.items():
        try:
            analyses = analyses_of_many([article for _, article in found], load_nlp(language))
        except Exception:  # noqa: BLE001 - each document is tried again alone by build_one
            continue
        ready.update((i, one) for (i, _), one in zip(found, analyses))
    return ready


def with_result(doc: Document, result: Result) -> Built:
    """The caller's document with what its worker found."""
    error, events = result
    return (doc if error == doc.error else failed(doc, error)), events


def failed(doc: Document, error: str) -> Document:
    """A document that could not be processed: its error, and none of its text.

    Like the reader's failed documents: text nobody could check must not reach events.json,
    the database or the page ("Lire l'article entier").
    """
    return dataclasses.replace(doc, text="", furniture=(), error=error)


def load_models(languages: Sequence[str]) -> None:
    """Load each language's pipeline now, and the place tables, once per worker process, not
    once per document (before forking: once for all the workers and the merge after them)."""
    for language in languages:
        # A language that cannot load is reported by build_one against each of its documents.
        with contextlib.suppress(Exception):
            load_nlp(language)
    load_tables()


def languages_of(documents: Sequence[Document]) -> tuple[str, ...]:
    return tuple(sorted({doc.language for doc in documents if not doc.error}))


def chunks(documents: Sequence[T], workers: int, largest: int) -> list[list[T]]:
    """Consecutive runs of documents (or of their positions), about four per worker so that workers finish together
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
