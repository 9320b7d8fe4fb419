"""Corpus-level extraction: read every document, build its events, merge them, place them.

This is the one entry point the CLI, the dashboard and the benchmark share. Documents are
built by an engine (``dashboard.engines``: this machine's process pool, or a dask cluster);
a document that fails is kept with a one-line error and the run goes on. The merge runs here,
on every event at once, whichever engine built them.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dashboard.engines import Progress, build_all
from dashboard.events.aliases import load_aliases
from dashboard.events.geo import resolve_places
from dashboard.events.merge import merge_events
from dashboard.events.names import name_corpus
from dashboard.extract.corpus import plan_corpus
from dashboard.freshness import extractor_fingerprint, outputs_are_current
from dashboard.model import Corpus, Event, Place
from dashboard.store import StoreError, load_corpus, replacing, save_corpus
from dashboard.store.collector import collector_paused


def extract_corpus(path: str | os.PathLike, *, published: date | None = None,
                   language: str | None = None, workers: int | None = None,
                   progress: Progress | None = None, engine: str = "local",
                   scheduler: str | None = None) -> Corpus:
    """Read ``path`` (a folder, with or without sources.csv, or one file) into a Corpus.

    ``published`` and ``language`` apply where the manifest says nothing. ``workers`` is the
    number of processes (default: one per CPU, but one for a small corpus with the local
    engine). ``progress`` is called as ``progress(done, total, doc_id)`` after each document.
    ``engine`` is "local" or "dask"; ``scheduler`` the dask scheduler's address (default: a
    cluster on this machine). Every engine gives the same corpus.
    """
    # Listed here, read by the engine: the dask engine has its workers read the files.
    listed = plan_corpus(path, published=published, language=language)
    built = build_all(listed, engine=engine, workers=workers, progress=progress,
                      scheduler=scheduler)
    aliases = load_aliases(path)
    # One name for each entity across the corpus before merging, so that "Macron" in one
    # article and "Emmanuel Macron" in another count as the same name.
    built, spellings = name_corpus(built, aliases)
    # By the merge this process holds the spaCy model, the gazetteers and every document and
    # event; the merge's millions of small tuples triggered full collections that walked all
    # of them again, a third of the merge's time on 500 articles, a share growing with the
    # corpus (at 10^4 articles 1.08 ms per article with the collector on, 0.74 without).
    with collector_paused():
        events = merge_events([event for _, doc_events in built for event in doc_events])
    return Corpus(documents=tuple(doc for doc, _ in built),
                  events=tuple(sorted(events, key=_timeline_order)),
                  places=places_of(events), aliases=spellings, warnings=aliases.problems)


def _timeline_order(event: Event) -> tuple:
    # Undated events go last rather than failing the comparison with dates.
    return (event.date is None, event.date or date.min, event.id)


def places_of(events: Sequence[Event]) -> tuple[Place, ...]:
    """The gazetteer entry of every place the events name, once each, sorted by name.

    A name has one point in a corpus: among homonyms ("Saint-Denis", "Portland") the one in
    a country its articles are about, or the corpus is about, wins
    (``dashboard.events.geo.resolve_places``).
    """
    by_article: dict[str, list[str]] = {}
    for event in events:
        for doc_id in dict.fromkeys(s.doc_id for s in event.sources) or ("",):
            by_article.setdefault(doc_id, []).extend(event.places)
    return resolve_places(list(by_article.values()))


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
    # Two browser sessions (threads of one server, or two servers) opening stale outputs must
    # not both extract: the second waits here, then finds the first one's outputs current.
    with extraction_lock(json_path):
        if outputs_are_current(articles_dir, json_path, db_path):
            with contextlib.suppress(StoreError):
                return load_corpus(db_path)
        corpus = extract_corpus(articles_dir, progress=progress)
        write_json(json_path, corpus)
        save_corpus(db_path, corpus, extractor=extractor_fingerprint())
    return corpus


@contextlib.contextmanager
def extraction_lock(json_path: str | os.PathLike):
    """Hold the lock of the extraction writing ``json_path``: a file beside it, flock'ed.

    flock belongs to an open file, so two threads opening it exclude each other as two
    processes do; the lock goes with the process if it dies. The file stays (it is empty).
    """
    path = Path(json_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with (path.parent / f".{path.name}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
