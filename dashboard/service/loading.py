"""The corpus the page shows, and the lookups every rerun needs, computed once per corpus.

A Streamlit rerun is a hot path: the page caches one ``Loaded`` per corpus version (``stamp``)
so widgets only filter and draw, never extract or re-index. The corpora live in the workspace
(``dashboard.curation``); the bundled articles are its default corpus, extracted into it on
the first start and again when an article or the extractor changes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dashboard.curation.workspace import CorpusView, Workspace
from dashboard.freshness import extractor_fingerprint, outputs_are_current
from dashboard.model import Corpus, Document, Event
from dashboard.store import StoreError
from dashboard.store.collector import collector_paused
from dashboard.store.corpora import DEFAULT_CORPUS
from dashboard.store.workspace import is_workspace, refusals_recorded
from dashboard.views.figures import hover_text
from dashboard.views.filters import FilterIndex
from dashboard.views.i18n import format_day, format_period, interface_languages, t
from dashboard.views.view import Known, View


class Labels(Mapping[str, str]):
    """Event id -> a text made from that event when first asked for, then kept.

    The page reads a hover text or a picker label only for the events it draws or lists (at
    most a few thousand); making them all when a corpus opens took seconds at 10^5 events.
    One ``Loaded`` is shared by every session (``st.cache_resource``), so two threads may
    make the same text at once: each makes the same string, and one dict store keeps it.
    """

    def __init__(self, events_by_id: Mapping[str, Event], make: Callable[[Event], str]) -> None:
        self._events = events_by_id
        self._make = make
        self._made: dict[str, str] = {}

    def __getitem__(self, event_id: str) -> str:
        made = self._made.get(event_id)
        if made is None:
            made = self._made[event_id] = self._make(self._events[event_id])
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)


@dataclass(frozen=True)
class Loaded:
    corpus: Corpus
    known: Known
    documents: dict[str, Document]
    events_by_id: dict[str, Event]
    # doc_id -> outlet (or doc_id), for filters by outlet and for source lists.
    outlets: dict[str, str]
    # source filter value (doc_id or outlet) -> what the multiselect shows.
    source_names: dict[str, str]
    # doc_id -> timeline lane name when lanes are by source.
    source_labels: dict[str, str]
    # lang -> event id -> "date · title", for the event picker.
    event_labels: dict[str, Mapping[str, str]]
    # Identifies this corpus version in figure caches.
    key: str
    # The events as columns for the filters, with their reading order (filters.FilterIndex).
    filter: FilterIndex
    # lang -> event id -> timeline hover text.
    hovers: dict[str, Mapping[str, str]]
    # The workspace's corpus with its corrections; None for a JSON file opened as it is.
    curation: CorpusView | None = None
    # Files of the corpus's folder that could not be read: the workspace keeps only the
    # articles it could add, and names the others beside them (CorpusView.refused).
    refused: tuple[Document, ...] = ()

    def select(self, view: View) -> tuple[list[Event], tuple[str, ...]]:
        """The events ``view`` shows (in corpus order, as ``filters.apply`` gives them) and
        their ids in reading order, from the columns: no loop over every event in Python."""
        mask = self.filter.mask(view)
        return (self.filter.picked(mask),
                tuple(self.filter.ids[self.filter.reading_order(mask)].tolist()))

    def problems(self, lang: str) -> list[str]:
        """One line naming the documents that could not be read, if any."""
        failed = [d for d in (*self.corpus.documents, *self.refused) if d.error]
        if not failed:
            return []
        names = "; ".join(f"{d.file or d.doc_id} ({d.error})" for d in failed)
        return [t("app.document_errors", lang, count=len(failed), names=names)]


def index(corpus: Corpus, key: str = "", curation: CorpusView | None = None) -> Loaded:
    documents = {d.doc_id: d for d in corpus.documents}
    outlets = {d.doc_id: d.outlet or d.doc_id for d in corpus.documents}
    names = {}
    for doc in corpus.documents:
        when = f", {doc.published.isoformat()}" if doc.published else ""
        names[doc.doc_id] = f"{doc.title or doc.file or doc.doc_id} ({doc.outlet or '?'}{when})"
    for doc in corpus.documents:
        if doc.outlet:
            names[doc.outlet] = doc.outlet
    per_outlet = Counter(outlets.values())
    labels = {}
    for doc in corpus.documents:
        label = outlets[doc.doc_id]
        # Two articles from one outlet get their own lanes, told apart by date.
        if per_outlet[label] > 1 and doc.published:
            label = f"{label} · {format_day(doc.published, 'fr', short=True)}"
        labels[doc.doc_id] = label
    by_id = {e.id: e for e in corpus.events}
    languages = interface_languages()
    event_labels = {lang: Labels(by_id, lambda e, lang=lang: _picker_label(e, lang))
                    for lang in languages}
    hovers = {lang: Labels(by_id, lambda e, lang=lang: hover_text(e, lang)) for lang in languages}
    return Loaded(corpus, Known.from_corpus(corpus), documents, by_id, outlets, names, labels,
                  event_labels, key, FilterIndex(corpus.events, outlets, corpus.aliases), hovers,
                  curation, (curation.refused or ()) if curation else ())


def _picker_label(event: Event, lang: str) -> str:
    return f"{format_period(event.date, event.date_end, event.precision, lang)} · {event.title}"


def stamp(articles: Path, events_json: Path, database: Path, corpus_json: str | None,
          slug: str = DEFAULT_CORPUS) -> tuple:
    """What changes when the corpus changes: file modification times and, in the workspace,
    the corpus's revision (every correction and every added article moves it on)."""
    paths = [Path(corpus_json)] if corpus_json else [events_json, articles]
    if not corpus_json and articles.is_dir():
        paths += sorted(articles.iterdir())
    files = tuple((str(p), p.stat().st_mtime if p.exists() else None) for p in paths)
    if corpus_json or not is_workspace(database):
        return files
    try:
        return (*files, (str(database), slug, Workspace(database).revision(slug)))
    except StoreError:
        return (*files, (str(database), slug, None))


def stale(articles: Path, events_json: Path, database: Path) -> bool:
    """Whether opening the page must extract first: an output is missing, older than an
    article, or written by another version of the extractor; or the workspace does not know
    yet which files of the folder were refused (one upgraded from an older schema)."""
    return (not outputs_are_current(articles, events_json, database)
            or not refusals_recorded(database, DEFAULT_CORPUS))


def load(articles: Path, events_json: Path, database: Path, corpus_json: str | None,
         progress: Callable[[int, int, str], None] | None = None,
         slug: str = DEFAULT_CORPUS) -> Loaded:
    """The corpus: an extracted JSON file as it is, or corpus ``slug`` of the workspace with
    its corrections (the default corpus is extracted from ``articles`` first when stale)."""
    if corpus_json:
        with collector_paused():
            return index(read_export(Path(corpus_json)),
                         str(stamp(articles, events_json, database, corpus_json)))
    if slug == DEFAULT_CORPUS and stale(articles, events_json, database):
        extract(articles, events_json, database, progress)
    workspace = Workspace(database)
    with collector_paused():
        view = workspace.open(slug)
    if view.extractor not in (None, extractor_fingerprint()):
        # Another version of the extractor built this corpus: build it again (corrections
        # are laid over the new events as always). Late import, as in extract(). The
        # extraction runs with the collector as usual; only building the corpus pauses it.
        from dashboard.curation.adding import refresh

        refresh(workspace, slug, progress=progress)
        with collector_paused():
            view = workspace.open(slug)
    with collector_paused():
        return index(view.corpus, str(stamp(articles, events_json, database, None, slug)), view)


def read_export(path: Path) -> Corpus:
    """An extraction as a colleague hands it over: the JSON file, or the Parquet folder
    (``--format parquet``) given as the folder or as its events.parquet."""
    if path.is_dir() or path.suffix == ".parquet":
        # Imported only here: pyarrow is not needed to open the JSON or the database.
        from dashboard.store.parquet import read_corpus

        return read_corpus(path)
    return Corpus.from_dict(json.loads(path.read_text(encoding="utf-8")))


def extract(articles: Path, events_json: Path, database: Path,
            progress: Callable[[int, int, str], None] | None = None) -> Corpus:
    """Bring the default corpus up to date with ``articles`` and this extractor.

    New or edited articles are extracted, older extractions rebuilt, corrections kept; the
    machine's corpus is also written to ``events_json``, the interchange file.
    """
    # Imported here, not at the top: the pipeline imports spaCy (about 1.5 s), which a page
    # whose outputs are fresh never needs.
    from dashboard.curation.adding import refresh, seed
    from dashboard.pipeline import write_json
    from dashboard.store import corpora
    from dashboard.store.workspace import opened

    workspace = Workspace(database)
    added = seed(workspace, DEFAULT_CORPUS, articles, title=t("corpus.default_title", "fr"),
         progress=progress)
    refresh(workspace, DEFAULT_CORPUS, progress=progress)
    with opened(database) as db:
        documents = tuple(s.document for s in corpora.documents(db, DEFAULT_CORPUS))
        merged = corpora.merged(db, DEFAULT_CORPUS)
    # The refused documents go into the interchange file too (named, with their reason and no
    # text), so the page and other tools can say which rows of the folder were left out.
    machine = Corpus((*documents, *added.failed), merged.events, merged.places, aliases=merged.aliases)
    write_json(events_json, machine)
    return machine
