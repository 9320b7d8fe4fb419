"""Save a Corpus into SQLite, load it back, and search its events by words.

Each list of the model is a child table with a ``position`` column (see schema.sql), so a
load gives back tuples in the order they were saved and the round trip is exact.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
from collections import defaultdict
from contextlib import closing
from datetime import date
from pathlib import Path

from dashboard.extract.fold import fold_for_search
from dashboard.model import Corpus, Disagreement, Document, Event, Place, Source, Span
from dashboard.store.atomic import replacing

# Stored in PRAGMA user_version; bump it whenever schema.sql changes.
SCHEMA_VERSION = 3

SCHEMA = (Path(__file__).with_name("schema.sql")).read_text(encoding="utf-8")

# remove_diacritics 2 folds every accent, so "etats-unis" finds "États-Unis".
FTS_SCHEMA = """CREATE VIRTUAL TABLE events_fts USING fts5(
    event_id UNINDEXED, title, excerpts, names, tokenize = 'unicode61 remove_diacritics 2')"""

_DATE_FIELDS = frozenset({"published", "date", "date_end", "anchor"})
_DOCUMENT_COLUMNS = tuple(f.name for f in dataclasses.fields(Document)
                          if f.name not in ("furniture", "warnings"))
_EVENT_COLUMNS = tuple(f.name for f in dataclasses.fields(Event)
                       if f.name not in ("actors", "organisations", "places", "weapons", "sources",
                                         "disagreements"))
_SOURCE_COLUMNS = tuple(f.name for f in dataclasses.fields(Source))
_PLACE_COLUMNS = tuple(f.name for f in dataclasses.fields(Place))
_ENTITY_KINDS = (("actor", "actors"), ("organisation", "organisations"), ("place", "places"),
                 ("weapon", "weapons"))


class StoreError(Exception):
    """The database is missing, unreadable, or from another version of Frise."""


def _rebuild_hint(db_path: Path) -> str:
    return f"rebuild it with: python -m dashboard extract data/articles --db {db_path}"


def _to_sql(name: str, value):
    return value.isoformat() if name in _DATE_FIELDS and isinstance(value, date) else value


def _from_sql(name: str, value):
    return date.fromisoformat(value) if name in _DATE_FIELDS and value is not None else value


def _values(obj, columns: tuple[str, ...]) -> list:
    return [_to_sql(name, getattr(obj, name)) for name in columns]


def _record(columns: tuple[str, ...], row) -> dict:
    return {name: _from_sql(name, value) for name, value in zip(columns, row)}


def _insert(db: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _select(db: sqlite3.Connection, table: str, columns: tuple[str, ...], order: str) -> list:
    names = ", ".join(f'"{c}"' for c in columns)
    return db.execute(f"SELECT {names} FROM {table} ORDER BY {order}").fetchall()


def fts5_available() -> bool:
    with closing(sqlite3.connect(":memory:")) as db:
        try:
            db.execute(FTS_SCHEMA)
        except sqlite3.OperationalError:
            return False
    return True


def save_corpus(db_path: str | os.PathLike, corpus: Corpus, *, full_text: bool | None = None,
                extractor: str | None = None) -> None:
    """Replace the database at ``db_path`` with ``corpus``, in one step.

    The database is written to a temporary file and moved over the old one, so a reader (the
    dashboard) never sees half a database and a crash leaves the previous one intact.
    ``full_text`` defaults to whether this SQLite has FTS5; without it ``search`` scans.
    """
    db_path = Path(db_path)
    # Imported here: the workspace module builds on this one.
    from dashboard.store.workspace import is_workspace

    if is_workspace(db_path):
        # Replacing the file would throw away every corpus and every person's corrections.
        raise StoreError(f"{db_path} is a Frise workspace (corpora and people's corrections): "
                         "write the extraction to another file, or add the articles with "
                         "python -m dashboard corpus add NAME FILES")
    with_fts = fts5_available() if full_text is None else full_text
    with replacing(db_path) as temporary, closing(sqlite3.connect(temporary)) as db:
        db.executescript(SCHEMA)
        if with_fts:
            db.execute(FTS_SCHEMA)
        with db:
            _save_documents(db, corpus.documents)
            _save_events(db, corpus.events, with_fts, corpus.aliases)
            _insert(db, "places", ("position", *_PLACE_COLUMNS),
                    [(i, *_values(p, _PLACE_COLUMNS)) for i, p in enumerate(corpus.places)])
            _insert(db, "aliases", ("name", "position", "alias"),
                    [(name, j, alias) for name, forms in corpus.aliases.items() for j, alias in enumerate(forms)])
            _insert(db, "corpus_warnings", ("position", "warning"), list(enumerate(corpus.warnings)))
            if extractor is not None:
                _insert(db, "meta", ("key", "value"), [("extractor", extractor)])
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _save_documents(db: sqlite3.Connection, documents: tuple[Document, ...]) -> None:
    _insert(db, "documents", ("position", *_DOCUMENT_COLUMNS),
            [(i, *_values(d, _DOCUMENT_COLUMNS)) for i, d in enumerate(documents)])
    _insert(db, "document_warnings", ("document_position", "position", "warning"),
            [(i, j, w) for i, d in enumerate(documents) for j, w in enumerate(d.warnings)])
    _insert(db, "furniture", ("document_position", "position", "start", "end", "reason"),
            [(i, j, s.start, s.end, s.reason)
             for i, d in enumerate(documents) for j, s in enumerate(d.furniture)])


def _save_events(db: sqlite3.Connection, events: tuple[Event, ...], with_fts: bool,
                 aliases: dict[str, tuple[str, ...]]) -> None:
    _insert(db, "events", ("position", *_EVENT_COLUMNS),
            [(i, *_values(e, _EVENT_COLUMNS)) for i, e in enumerate(events)])
    _insert(db, "sources", ("event_id", "position", *_SOURCE_COLUMNS),
            [(e.id, j, *_values(s, _SOURCE_COLUMNS))
             for e in events for j, s in enumerate(e.sources)])
    _insert(db, "event_entities", ("event_id", "kind", "position", "name"),
            [(e.id, kind, j, name) for e in events for kind, attribute in _ENTITY_KINDS
             for j, name in enumerate(getattr(e, attribute))])
    _insert(db, "disagreements", ("event_id", "position", "kind", "subject"),
            [(e.id, j, d.kind, d.subject) for e in events for j, d in enumerate(e.disagreements)])
    _insert(db, "disagreement_accounts",
            ("event_id", "disagreement_position", "position", "doc_id", "account"),
            [(e.id, j, k, doc_id, account) for e in events
             for j, d in enumerate(e.disagreements) for k, (doc_id, account) in enumerate(d.accounts)])
    if with_fts:
        _insert(db, "events_fts", ("event_id", "title", "excerpts", "names"),
                [(e.id, e.title, "\n".join(s.excerpt for s in e.sources),
                  " ".join(_names_and_aliases(e, aliases))) for e in events])


def _names_and_aliases(event: Event, aliases: dict[str, tuple[str, ...]]) -> list[str]:
    names = [*event.actors, *event.organisations, *event.places, *event.weapons]
    return names + [alias for name in names for alias in aliases.get(name, ())]


def _connect_readonly(db_path: Path) -> sqlite3.Connection:
    """Open an existing Frise database of this schema version, or say how to rebuild it."""
    if not db_path.is_file():
        raise StoreError(f"{db_path}: no such database; {_rebuild_hint(db_path)}")
    db = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        db.close()
        raise StoreError(f"{db_path}: not a Frise database ({error}); {_rebuild_hint(db_path)}")
    if version != SCHEMA_VERSION:
        db.close()
        raise StoreError(f"{db_path}: database schema version {version}, this Frise reads version "
                         f"{SCHEMA_VERSION}; {_rebuild_hint(db_path)}")
    return db


def stored_extractor(db_path: str | os.PathLike) -> str | None:
    """The fingerprint of the extractor that wrote ``db_path``, or None if unknown or unusable.

    In a workspace it is the extractor of the default corpus's merge (the bundled articles).
    """
    from dashboard.store.workspace import default_extractor, is_workspace

    if is_workspace(db_path):
        return default_extractor(db_path)
    try:
        with closing(_connect_readonly(Path(db_path))) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'extractor'").fetchone()
    except (StoreError, sqlite3.DatabaseError):
        return None
    return row[0] if row else None


def _grouped(rows, key_width: int = 1) -> defaultdict:
    """Rows already ordered by (key..., position) -> {key: [rest of row, ...]} keeping order."""
    groups: defaultdict = defaultdict(list)
    for row in rows:
        key = row[0] if key_width == 1 else tuple(row[:key_width])
        groups[key].append(row[key_width:])
    return groups


def load_corpus(db_path: str | os.PathLike) -> Corpus:
    """The Corpus saved at ``db_path``; raises StoreError with a rebuild command if unusable."""
    db_path = Path(db_path)
    with closing(_connect_readonly(db_path)) as db:
        aliases = _grouped(db.execute("SELECT name, alias FROM aliases ORDER BY name, position"))
        warnings = tuple(w for (w,) in db.execute("SELECT warning FROM corpus_warnings ORDER BY position"))
        return Corpus(documents=_load_documents(db), events=_load_events(db),
                      places=tuple(Place(**_record(_PLACE_COLUMNS, row))
                                   for row in _select(db, "places", _PLACE_COLUMNS, "position")),
                      aliases={name: tuple(a for (a,) in forms) for name, forms in aliases.items()},
                      warnings=warnings)


def _load_documents(db: sqlite3.Connection) -> tuple[Document, ...]:
    warnings = _grouped(db.execute("SELECT document_position, warning FROM document_warnings "
                                   "ORDER BY document_position, position"))
    furniture = _grouped(db.execute('SELECT document_position, start, "end", reason FROM furniture '
                                    "ORDER BY document_position, position"))
    documents = []
    for position, *row in _select(db, "documents", ("position", *_DOCUMENT_COLUMNS), "position"):
        documents.append(Document(**_record(_DOCUMENT_COLUMNS, row),
                                  furniture=tuple(Span(*s) for s in furniture[position]),
                                  warnings=tuple(w for (w,) in warnings[position])))
    return tuple(documents)


def _load_events(db: sqlite3.Connection) -> tuple[Event, ...]:
    sources = _grouped(_select(db, "sources", ("event_id", *_SOURCE_COLUMNS), "event_id, position"))
    entities = _grouped(db.execute("SELECT event_id, kind, name FROM event_entities "
                                   "ORDER BY event_id, kind, position"), key_width=2)
    accounts = _grouped(db.execute("SELECT event_id, disagreement_position, doc_id, account "
                                   "FROM disagreement_accounts ORDER BY event_id, "
                                   "disagreement_position, position"), key_width=2)
    disagreements = defaultdict(list)
    for event_id, position, kind, subject in db.execute(
            "SELECT event_id, position, kind, subject FROM disagreements "
            "ORDER BY event_id, position"):
        disagreements[event_id].append(
            Disagreement(kind, subject, tuple(tuple(a) for a in accounts[event_id, position])))
    events = []
    for row in _select(db, "events", _EVENT_COLUMNS, "position"):
        values = _record(_EVENT_COLUMNS, row)
        event_id = values["id"]
        events.append(Event(
            **values,
            **{attribute: tuple(n for (n,) in entities[event_id, kind])
               for kind, attribute in _ENTITY_KINDS},
            sources=tuple(Source(**_record(_SOURCE_COLUMNS, s)) for s in sources[event_id]),
            disagreements=tuple(disagreements[event_id])))
    return tuple(events)


def search(db_path: str | os.PathLike, text: str) -> list[str]:
    """Ids of the events whose title, excerpts or names hold every word of ``text``.

    Accents and case are ignored and each word matches as a prefix ("frapp" finds
    "frappés"); the best matches come first. Words only: FTS5 operators typed by a user
    are read as plain words, never as query syntax.
    """
    words = re.findall(r"\w+", fold_for_search(text))
    if not words:
        return []
    with closing(_connect_readonly(Path(db_path))) as db:
        has_fts = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'events_fts'").fetchone()
        if has_fts:
            query = " ".join(f'"{word}"*' for word in words)
            rows = db.execute("SELECT event_id FROM events_fts WHERE events_fts MATCH ? "
                              "ORDER BY rank", (query,))
            return [event_id for (event_id,) in rows]
        return _scan(db, words)


def _scan(db: sqlite3.Connection, words: list[str]) -> list[str]:
    """search without FTS5: the same prefix matching, done in Python, in timeline order."""
    texts: dict[str, list[str]] = defaultdict(list)
    for event_id, piece in db.execute(
            "SELECT id, title FROM events UNION ALL SELECT event_id, excerpt FROM sources "
            "UNION ALL SELECT event_id, name FROM event_entities "
            "UNION ALL SELECT e.event_id, a.alias FROM event_entities e JOIN aliases a ON a.name = e.name"):
        texts[event_id].append(piece)
    order = [event_id for (event_id,) in db.execute("SELECT id FROM events ORDER BY position")]
    found = []
    for event_id in order:
        tokens = re.findall(r"\w+", fold_for_search(" ".join(texts[event_id])))
        if all(any(token.startswith(word) for token in tokens) for word in words):
            found.append(event_id)
    return found
