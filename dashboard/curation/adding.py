"""Adding articles to a corpus: extract only the new ones, merge the whole corpus again.

Corrections are never touched here: they are laid over the new merge when the corpus is next
opened (``apply``), found again by their sentences. A document that cannot be read or built is
reported and left out; the documents already in the corpus stay as they were.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from dashboard.freshness import extractor_fingerprint
from dashboard.model import Document, Event, Place
from dashboard.store import corpora
from dashboard.store.corpora import StoredDocument
from dashboard.store.sqlite import StoreError
from dashboard.store.workspace import opened

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Added:
    """What happened to each document given: added, refused with a reason, or already there."""

    added: tuple[Document, ...]
    failed: tuple[Document, ...]
    already: tuple[Document, ...]


def _timeline_order(event: Event) -> tuple:
    return (event.date is None, event.date or date.min, event.id)


def merge_all(built: list[tuple[Document, tuple[Event, ...]]], alias_rows: list[list[str]]
              ) -> tuple[list[Event], tuple[Place, ...], dict]:
    """The corpus-wide steps of extract_corpus: one name per entity, the merge, the places.

    Imported late: the merge's modules load spaCy's vocabulary tables.
    """
    from dashboard.events.aliases import Alias, AliasTable
    from dashboard.events.merge import merge_events
    from dashboard.events.names import name_corpus
    from dashboard.pipeline import places_of

    table = AliasTable(tuple(Alias(*row) for row in alias_rows))
    named, spellings = name_corpus([(doc, list(events)) for doc, events in built], table)
    merged = merge_events([event for _, events in named for event in events])
    return sorted(merged, key=_timeline_order), places_of(merged), spellings


def _text_digest(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _free_id(doc_id: str, taken: set[str]) -> str:
    """A doc_id not used in the corpus yet: two uploads named article.txt are two articles."""
    if doc_id not in taken:
        return doc_id
    n = 2
    while f"{doc_id}-{n}" in taken:
        n += 1
    return f"{doc_id}-{n}"


def add_documents(workspace, slug: str, documents: Sequence[Document], *, key: str | None = None,
                  progress: Progress | None = None, replace: bool = False) -> Added:
    """Extract ``documents`` and add them to ``slug``, then merge the corpus again.

    A document whose text is already in the corpus is not added twice. With ``replace``, a
    document with the doc_id of a stored one whose text changed replaces it (a seed folder
    whose article was edited); otherwise it is added under a new doc_id.
    """
    workspace.check_key(slug, key)
    return _add(workspace, slug, documents, progress, replace)


def _add(workspace, slug: str, documents: Sequence[Document], progress: Progress | None,
         replace: bool) -> Added:
    from dashboard.pipeline import build_all

    with opened(workspace.path) as db:
        corpora.require(db, slug)
        stored = {s.document.doc_id: s.document for s in corpora.documents(db, slug)}
    known_texts = {_text_digest(d) for d in stored.values()}
    taken = set(stored)
    failed = [d for d in documents if d.error]
    already, todo = [], []
    for doc in documents:
        if doc.error:
            continue
        if _text_digest(doc) in known_texts:
            already.append(doc)
            continue
        if not (replace and doc.doc_id in stored):
            doc = dataclasses.replace(doc, doc_id=_free_id(doc.doc_id, taken))
        taken.add(doc.doc_id)
        known_texts.add(_text_digest(doc))
        todo.append(doc)
    built = build_all(todo, progress=progress)
    fingerprint = extractor_fingerprint()
    good = [StoredDocument(doc, fingerprint, tuple(events)) for doc, events in built if not doc.error]
    failed += [doc for doc, _ in built if doc.error]
    if good:
        with opened(workspace.path) as db:
            corpora.save_documents(db, slug, good, merge_all, fingerprint)
    return Added(tuple(s.document for s in good), tuple(failed), tuple(already))


def refresh(workspace, slug: str, *, progress: Progress | None = None) -> int:
    """Build again, with this extractor, every document an older extractor built; merge again.

    This re-derives machine results only (nothing a person wrote changes), so it needs no key:
    the page runs it when the extractor was updated. Returns how many documents were rebuilt.
    """
    from dashboard.pipeline import build_all

    fingerprint = extractor_fingerprint()
    with opened(workspace.path) as db:
        stored = corpora.documents(db, slug)
        merged_by = corpora.merged(db, slug).extractor
    old = [s.document for s in stored if s.extractor != fingerprint]
    if not old and (merged_by == fingerprint or not stored):
        return 0
    built = build_all(old, progress=progress)
    # A document the new extractor cannot build keeps its old events rather than vanish.
    previous = {s.document.doc_id: s for s in stored}
    renewed = [StoredDocument(doc, fingerprint, tuple(events)) if not doc.error
               else previous[doc.doc_id] for doc, events in built]
    with opened(workspace.path) as db:
        corpora.save_documents(db, slug, renewed, merge_all, fingerprint)
    return len(old)


def seed(workspace, slug: str, folder, *, title: str = "", progress: Progress | None = None) -> Added:
    """Make ``slug`` hold the articles of ``folder`` (the bundled seeds), adding what is new.

    Like ``refresh``, this is the server's own folder, not a person's change: no key. An article
    edited in the folder replaces its old version; articles added from the page stay.
    """
    from dashboard.events.aliases import load_aliases
    from dashboard.extract import read_corpus

    with opened(workspace.path) as db:
        if not corpora.exists(db, slug):
            try:
                corpora.create(db, slug, title or slug)
            except StoreError:
                if not corpora.exists(db, slug):
                    raise  # not another page creating it at the same moment: a real error
        table = load_aliases(folder)
        corpora.set_alias_table(db, slug, [(a.alias, a.canonical, a.field, a.context)
                                           for a in table.aliases])
    added = _add(workspace, slug, read_corpus(folder), progress, replace=True)
    with opened(workspace.path) as db:
        corpora.set_refused(db, slug, added.failed)
    return added
