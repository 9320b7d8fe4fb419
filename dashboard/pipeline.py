"""Corpus-level extraction: read every document, build its events, merge them, place them.

This is the one entry point the CLI, the dashboard and the benchmark share. Documents are
built in parallel worker processes when the corpus is large enough to pay for their start-up;
a document that fails is kept with a one-line error and the run goes on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

from dashboard.events import build_events, load_nlp
from dashboard.events.aliases import load_aliases
from dashboard.events.geo import country_code, places_for
from dashboard.events.merge import merge_events
from dashboard.events.names import name_corpus
from dashboard.extract import read_corpus
from dashboard.freshness import extractor_fingerprint, outputs_are_current
from dashboard.model import Corpus, Document, Event, Place
from dashboard.store import StoreError, load_corpus, replacing, save_corpus

# Below this many documents, starting worker processes (each loading spaCy) costs more time
# than building the events in this process.
PARALLEL_FROM = 20
# Documents go to workers in chunks so that one round trip carries several of them.
MAX_CHUNK = 16

Progress = Callable[[int, int, str], None]
Built = tuple[Document, list[Event]]


def extract_corpus(path: str | os.PathLike, *, published: date | None = None,
                   language: str | None = None, workers: int | None = None,
                   progress: Progress | None = None) -> Corpus:
    """Read ``path`` (a folder, with or without sources.csv, or one file) into a Corpus.

    ``published`` and ``language`` apply where the manifest says nothing. ``workers`` is the
    number of processes (default: one per CPU, but one for a small corpus). ``progress`` is
    called as ``progress(done, total, doc_id)`` after each document.
    """
    documents = read_corpus(path, published=published, language=language)
    built = build_all(documents, workers=workers, progress=progress)
    aliases = load_aliases(path)
    # One name for each entity across the corpus before merging, so that "Macron" in one
    # article and "Emmanuel Macron" in another count as the same name.
    built, spellings = name_corpus(built, aliases)
    with _old_objects_frozen():
        events = merge_events([event for _, doc_events in built for event in doc_events])
    return Corpus(documents=tuple(doc for doc, _ in built),
                  events=tuple(sorted(events, key=_timeline_order)),
                  places=places_of(events), aliases=spellings, warnings=aliases.problems)


@contextlib.contextmanager
def _old_objects_frozen():
    """Keep the garbage collector's full passes off the objects that exist already.

    By the merge this process holds the spaCy model, the gazetteers and every document and
    event; the merge's many small tuples trigger full collections that walked all of them
    again, a third of the merge's time on a 500-article corpus. Unfreezing afterwards hands
    them back to the collector, so nothing is kept alive longer than before.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _timeline_order(event: Event) -> tuple:
    # Undated events go last rather than failing the comparison with dates.
    return (event.date is None, event.date or date.min, event.id)


# Homonym cities are resolved in favour of the countries the corpus names most, at most this
# many (a corpus about one country's news names it far more often than any other).
PREFERRED_COUNTRIES = 2


def places_of(events: Sequence[Event]) -> tuple[Place, ...]:
    """The gazetteer entry of every place the events name, once each, sorted by name.

    A name has one point in a corpus: among homonyms ("Saint-Denis", "Portland") the one in
    a country the corpus is about wins (``dashboard.events.geo.place_for``).
    """
    named = Counter(code for event in events for name in event.places if (code := country_code(name)))
    prefer = tuple(code for code, _ in named.most_common(PREFERRED_COUNTRIES))
    # Two spellings ("Kiev", "Kyiv") can give the same place: keep one per name.
    found: dict[str, Place] = {}
    for place in places_for((name for event in events for name in event.places), prefer):
        found.setdefault(place.name, place)
    return tuple(found[name] for name in sorted(found))


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


def build_all(documents: Sequence[Document], *, workers: int | None = None,
              progress: Progress | None = None) -> list[Built]:
    """Each document with its events, in input order, in parallel when it pays."""
    todo = sum(1 for doc in documents if not doc.error)
    workers = workers or (os.cpu_count() or 1)
    if todo < PARALLEL_FROM:
        workers = 1
    report = _counter(len(documents), progress)
    if workers == 1:
        return [report(build_one(doc)) for doc in documents]
    return _build_in_processes(list(documents), workers, report)


def _counter(total: int, progress: Progress | None) -> Callable[[Built], Built]:
    done = 0

    def report(built: Built) -> Built:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, built[0].doc_id)
        return built
    return report


def _chunks(documents: list[Document], workers: int) -> list[list[Document]]:
    # About four chunks per worker balances the load when documents differ in length.
    size = max(1, min(MAX_CHUNK, len(documents) // (workers * 4)))
    return [documents[i:i + size] for i in range(0, len(documents), size)]


def _build_in_processes(documents: list[Document], workers: int,
                        report: Callable[[Built], Built]) -> list[Built]:
    chunks = _chunks(documents, workers)
    results: list[list[Built] | None] = [None] * len(chunks)
    languages = tuple(sorted({doc.language for doc in documents if not doc.error}))
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_load_models,
                                 initargs=(languages,)) as pool:
            pending = {pool.submit(_build_chunk, chunk): i for i, chunk in enumerate(chunks)}
            for future in as_completed(pending):
                i = pending[future]
                results[i] = [report(_with_error(doc, error, events)) for doc, (error, events)
                              in zip(chunks[i], future.result())]
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish what is left here rather than lose it.
        pass
    for i, chunk in enumerate(chunks):
        if results[i] is None:
            results[i] = [report(build_one(doc)) for doc in chunk]
    return [built for chunk_results in results for built in chunk_results]


def _load_models(languages: tuple[str, ...]) -> None:
    """Worker initializer: load each language's pipeline once, not once per document."""
    for language in languages:
        # A language that cannot load is reported by build_one against each of its documents.
        with contextlib.suppress(Exception):
            load_nlp(language)


def _build_chunk(chunk: list[Document]) -> list[tuple[str | None, list[Event]]]:
    # Only the error and the events travel back: the parent already has the documents.
    return [(built.error, events) for built, events in map(build_one, chunk)]


def _with_error(doc: Document, error: str | None, events: list[Event]) -> Built:
    return (doc if error == doc.error else dataclasses.replace(doc, error=error)), events


def write_json(json_path: str | os.PathLike, corpus: Corpus) -> None:
    with replacing(json_path) as temporary:
        temporary.write_text(json.dumps(corpus.to_dict(), ensure_ascii=False, indent=1),
                             encoding="utf-8")


def ensure_extracted(articles_dir: str | os.PathLike, json_path: str | os.PathLike,
                     db_path: str | os.PathLike, *, progress: Progress | None = None) -> Corpus:
    """The Corpus of ``articles_dir``, extracted again only when the articles changed.

    Re-extracts (writing ``json_path`` and ``db_path``) when either output is missing or
    older than any file in ``articles_dir``, or was written by another version of the
    extractor or of the database schema (``dashboard.freshness``); otherwise loads the database.
    """
    if outputs_are_current(articles_dir, json_path, db_path):
        try:
            return load_corpus(db_path)
        except StoreError:
            pass  # a damaged database is rebuilt below, as the error advises
    corpus = extract_corpus(articles_dir, progress=progress)
    write_json(json_path, corpus)
    save_corpus(db_path, corpus, extractor=extractor_fingerprint())
    return corpus
