"""Corpora in the workspace: their names, documents, machine events and revision.

A corpus is named by a slug, the short name that goes into ``?corpus=NAME``. Its machine
results are kept per document (the events each article gave before merging) and merged, so
adding one article extracts only that article, and opening the corpus merges nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dashboard.model import Document, Event, Place
from dashboard.store.sqlite import StoreError
from dashboard.store.workspace import now, write

# The corpus a URL without ?corpus= opens: the bundled seed articles.
DEFAULT_CORPUS = "default"
# A slug travels in URLs and file names: lower-case letters, digits and inner hyphens.
SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


class UnknownCorpus(StoreError):
    """No corpus of that name in the workspace."""


@dataclass(frozen=True)
class CorpusInfo:
    slug: str
    title: str
    created_at: str
    revision: int
    documents: int


@dataclass(frozen=True)
class StoredDocument:
    document: Document
    extractor: str
    events: tuple[Event, ...]


def check_slug(slug: str) -> str:
    if not SLUG.match(slug or ""):
        raise StoreError(f"'{slug}' is not a corpus name: use lower-case letters, digits and "
                         "hyphens (e.g. ukraine-2024), at most 64 characters")
    return slug


def create(db: sqlite3.Connection, slug: str, title: str) -> None:
    check_slug(slug)
    with write(db):
        if db.execute("SELECT 1 FROM corpora WHERE slug = ?", (slug,)).fetchone():
            raise StoreError(f"corpus '{slug}' exists already; pick another name "
                             "(python -m dashboard corpus list shows them)")
        db.execute("INSERT INTO corpora (slug, title, created_at) VALUES (?, ?, ?)",
                   (slug, title or slug, now()))


def exists(db: sqlite3.Connection, slug: str) -> bool:
    return db.execute("SELECT 1 FROM corpora WHERE slug = ?", (slug,)).fetchone() is not None


def require(db: sqlite3.Connection, slug: str) -> None:
    if not exists(db, slug):
        raise UnknownCorpus(f"no corpus named '{slug}'; create it with: "
                            f"python -m dashboard corpus new {slug}")


def listing(db: sqlite3.Connection) -> list[CorpusInfo]:
    rows = db.execute(
        "SELECT slug, title, created_at, revision, "
        "(SELECT COUNT(*) FROM corpus_documents d WHERE d.corpus = c.slug) "
        "FROM corpora c ORDER BY slug")
    return [CorpusInfo(*row) for row in rows]


def revision(db: sqlite3.Connection, slug: str) -> int:
    row = db.execute("SELECT revision FROM corpora WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        raise UnknownCorpus(f"no corpus named '{slug}'")
    return row[0]


def bump(db: sqlite3.Connection, slug: str) -> None:
    """Inside a write: the corpus changed, readers must load it again."""
    db.execute("UPDATE corpora SET revision = revision + 1 WHERE slug = ?", (slug,))


def title(db: sqlite3.Connection, slug: str) -> str:
    require(db, slug)
    return db.execute("SELECT title FROM corpora WHERE slug = ?", (slug,)).fetchone()[0]


def documents(db: sqlite3.Connection, slug: str) -> list[StoredDocument]:
    rows = db.execute("SELECT document, extractor, events FROM corpus_documents "
                      "WHERE corpus = ? ORDER BY position", (slug,))
    return [StoredDocument(Document.from_dict(json.loads(doc)), extractor,
                           tuple(Event.from_dict(e) for e in json.loads(events)))
            for doc, extractor, events in rows]


# (every document with its own events, the corpus's alias rows) -> (merged events, places,
# {canonical name: other spellings}).
Merge = Callable[[list[tuple[Document, tuple[Event, ...]]], list[list[str]]],
                 tuple[Sequence[Event], Sequence[Place], dict]]


def save_documents(db: sqlite3.Connection, slug: str, built: Sequence[StoredDocument],
                   merge: Merge, extractor: str) -> None:
    """Add or replace ``built`` documents and store the merge of the whole corpus, in one step.

    A document already in the corpus under the same doc_id is replaced in place; every other
    document stays as it was. ``merge`` runs inside the write transaction on every document's
    events, so two people adding articles at once both end up in the merge.
    """
    with write(db):
        require(db, slug)
        stamp = now()
        last = db.execute("SELECT COALESCE(MAX(position), -1) FROM corpus_documents "
                          "WHERE corpus = ?", (slug,)).fetchone()[0]
        for item in built:
            doc = item.document
            events = json.dumps([e.to_dict() for e in item.events], ensure_ascii=False)
            data = json.dumps(doc.to_dict(), ensure_ascii=False)
            updated = db.execute(
                "UPDATE corpus_documents SET document = ?, extractor = ?, events = ? "
                "WHERE corpus = ? AND doc_id = ?", (data, item.extractor, events, slug, doc.doc_id))
            if updated.rowcount == 0:
                last += 1
                db.execute("INSERT INTO corpus_documents (corpus, doc_id, position, added_at, "
                           "document, extractor, events) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (slug, doc.doc_id, last, stamp, data, item.extractor, events))
        every = [(stored.document, stored.events) for stored in documents(db, slug)]
        events, places, aliases = merge(every, alias_table(db, slug))
        db.execute("INSERT OR REPLACE INTO merged_events (corpus, extractor, merged_at, events, "
                   "places, aliases) VALUES (?, ?, ?, ?, ?, ?)",
                   (slug, extractor, stamp,
                    json.dumps([e.to_dict() for e in events], ensure_ascii=False),
                    json.dumps([p.to_dict() for p in places], ensure_ascii=False),
                    json.dumps({k: list(v) for k, v in aliases.items()}, ensure_ascii=False)))
        bump(db, slug)


@dataclass(frozen=True)
class Merged:
    """The stored merge of a corpus; empty before its first article."""

    extractor: str | None = None
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def merged(db: sqlite3.Connection, slug: str) -> Merged:
    row = db.execute("SELECT extractor, events, places, aliases FROM merged_events "
                     "WHERE corpus = ?", (slug,)).fetchone()
    if row is None:
        return Merged()
    extractor, events, places, aliases = row
    return Merged(extractor, tuple(Event.from_dict(e) for e in json.loads(events)),
                  tuple(Place(**p) for p in json.loads(places)),
                  {k: tuple(v) for k, v in json.loads(aliases).items()})


def alias_table(db: sqlite3.Connection, slug: str) -> list[list[str]]:
    """The corpus's alias rows, [alias, canonical, field, context] each."""
    row = db.execute("SELECT alias_table FROM corpora WHERE slug = ?", (slug,)).fetchone()
    return json.loads(row[0]) if row else []


def set_alias_table(db: sqlite3.Connection, slug: str, rows: Sequence[Sequence[str]]) -> None:
    """Keep the corpus's alias rows (from its folder's aliases.csv) for every later merge."""
    with write(db):
        db.execute("UPDATE corpora SET alias_table = ? WHERE slug = ?",
                   (json.dumps([list(r) for r in rows], ensure_ascii=False), slug))


def refused(db: sqlite3.Connection, slug: str) -> tuple[Document, ...] | None:
    """The files of the corpus's folder that could not be read (named, with their reason, no
    text), or None when no seed has recorded them yet."""
    row = db.execute("SELECT refused FROM corpora WHERE slug = ?", (slug,)).fetchone()
    if row is None or row[0] is None:
        return None
    return tuple(Document.from_dict(d) for d in json.loads(row[0]))


def set_refused(db: sqlite3.Connection, slug: str, documents: Sequence[Document]) -> None:
    """Keep the files the last reading of the corpus's folder refused, in place of the earlier
    ones: the page names them without reading the folder or events.json again."""
    with write(db):
        db.execute("UPDATE corpora SET refused = ? WHERE slug = ?",
                   (json.dumps([d.to_dict(with_text=False) for d in documents],
                               ensure_ascii=False), slug))
