"""The corpus the page shows, and the lookups every rerun needs, computed once per corpus.

A Streamlit rerun is a hot path: the page caches one ``Loaded`` per corpus version (``stamp``)
so widgets only filter and draw, never extract or re-index. The corpora live in the workspace
(``dashboard.curation``); the bundled articles are its default corpus, extracted into it on
the first start and again when an article or the extractor changes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dashboard.curation.workspace import CorpusView, Workspace
from dashboard.freshness import extractor_fingerprint, outputs_are_current
from dashboard.model import Corpus, Document, Event
from dashboard.store import StoreError
from dashboard.store.corpora import DEFAULT_CORPUS
from dashboard.store.workspace import is_workspace
from dashboard.views.figures import hover_text
from dashboard.views.filters import Facts, chronological, index_facts
from dashboard.views.i18n import format_day, format_period, interface_languages, t
from dashboard.views.view import Known


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
    event_labels: dict[str, dict[str, str]]
    # Identifies this corpus version in figure caches.
    key: str
    # What the filters read from each event, by id (see filters.Facts).
    facts: dict[str, Facts]
    # lang -> event id -> timeline hover text.
    hovers: dict[str, dict[str, str]]
    # Event id -> position in reading order (filters.chronological), to order the shown ones.
    rank: dict[str, int]
    # The workspace's corpus with its corrections; None for a JSON file opened as it is.
    curation: CorpusView | None = None

    def in_order(self, events: Sequence[Event]) -> tuple[str, ...]:
        """The ids of ``events`` in reading order, without sorting by dates again."""
        return tuple(sorted((e.id for e in events), key=self.rank.__getitem__))

    def problems(self, lang: str) -> list[str]:
        """One line naming the documents that could not be read, if any."""
        failed = [d for d in self.corpus.documents if d.error]
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
    event_labels = {lang: {e.id: f"{format_period(e.date, e.date_end, e.precision, lang)} · {e.title}"
                           for e in corpus.events} for lang in interface_languages()}
    return Loaded(corpus, Known.from_corpus(corpus), documents, {e.id: e for e in corpus.events},
                  outlets, names, labels, event_labels, key,
                  index_facts(corpus.events, outlets, corpus.aliases),
                  {lang: {e.id: hover_text(e, lang) for e in corpus.events} for lang in interface_languages()},
                  {e.id: n for n, e in enumerate(chronological(corpus.events))}, curation)


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
    article, or written by another version of the extractor."""
    return not outputs_are_current(articles, events_json, database)


def load(articles: Path, events_json: Path, database: Path, corpus_json: str | None,
         progress: Callable[[int, int, str], None] | None = None,
         slug: str = DEFAULT_CORPUS) -> Loaded:
    """The corpus: an extracted JSON file as it is, or corpus ``slug`` of the workspace with
    its corrections (the default corpus is extracted from ``articles`` first when stale)."""
    if corpus_json:
        data = json.loads(Path(corpus_json).read_text(encoding="utf-8"))
        return index(Corpus.from_dict(data), str(stamp(articles, events_json, database, corpus_json)))
    if slug == DEFAULT_CORPUS and stale(articles, events_json, database):
        extract(articles, events_json, database, progress)
    workspace = Workspace(database)
    view = workspace.open(slug)
    if view.extractor not in (None, extractor_fingerprint()):
        # Another version of the extractor built this corpus: build it again (corrections
        # are laid over the new events as always). Late import, as in extract().
        from dashboard.curation.adding import refresh

        refresh(workspace, slug, progress=progress)
        view = workspace.open(slug)
    return index(view.corpus, str(stamp(articles, events_json, database, None, slug)), view)


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
    seed(workspace, DEFAULT_CORPUS, articles, title=t("corpus.default_title", "fr"),
         progress=progress)
    refresh(workspace, DEFAULT_CORPUS, progress=progress)
    with opened(database) as db:
        documents = tuple(s.document for s in corpora.documents(db, DEFAULT_CORPUS))
        merged = corpora.merged(db, DEFAULT_CORPUS)
    machine = Corpus(documents, merged.events, merged.places, aliases=merged.aliases)
    write_json(events_json, machine)
    return machine
