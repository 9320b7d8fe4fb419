"""The workspace database: one SQLite file shared by the page, the CLI and a team's browsers.

Every call opens its own connection and holds a transaction only as long as it writes, so
several processes (and threads) can use one file at once. WAL mode lets readers go on while
one writer commits; ``BEGIN IMMEDIATE`` takes the write lock before reading what a write
depends on, so two writers are serialised instead of both deciding on stale values.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from dashboard.store.sqlite import SCHEMA_VERSION as SNAPSHOT_VERSION
from dashboard.store.sqlite import StoreError

# Stored in PRAGMA user_version; bump it whenever workspace.sql changes. It differs from the
# extraction snapshot's version (sqlite.SCHEMA_VERSION) so one file is never read as the other.
WORKSPACE_VERSION = 105
# Upgrades from an older workspace, each a list of statements: nothing a person wrote is lost.
_UPGRADES = {
    103: ("ALTER TABLE corpora ADD COLUMN alias_table TEXT NOT NULL DEFAULT '[]'",
          "ALTER TABLE merged_events ADD COLUMN aliases TEXT NOT NULL DEFAULT '{}'"),
    # NULL: the refusals are not known yet, so the page seeds the default corpus again.
    104: ("ALTER TABLE corpora ADD COLUMN refused TEXT",),
}
WORKSPACE_SCHEMA = Path(__file__).with_name("workspace.sql").read_text(encoding="utf-8")
# How long a writer waits for another one's transaction before giving up; writes are short
# (milliseconds), so waiting this long means something is stuck.
BUSY_TIMEOUT_SECONDS = 15
# Tables of the extraction snapshot that earlier versions of Frise wrote at data/frise.sqlite.
_SNAPSHOT_TABLES = ("documents", "document_warnings", "furniture", "events", "sources",
                    "event_entities", "disagreements", "disagreement_accounts", "places",
                    "meta", "events_fts", "aliases", "corpus_warnings")


def now() -> str:
    """The time of a change, in UTC to the second: the same on every machine of a team."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def is_workspace(db_path: str | os.PathLike) -> bool:
    """Whether ``db_path`` is a workspace (it holds corpora and people's corrections)."""
    path = Path(db_path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'corpora'").fetchone() is not None
    except sqlite3.DatabaseError:
        return False


def _read_only_row(db_path: str | os.PathLike, query: str, parameters: tuple) -> tuple | None:
    """One row of ``query``, read without writing anything (no upgrade, no WAL file left);
    None when there is no such row or the file cannot answer it."""
    try:
        with contextlib.closing(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro",
                                                uri=True)) as db:
            return db.execute(query, parameters).fetchone()
    except sqlite3.DatabaseError:
        return None


def default_extractor(db_path: str | os.PathLike) -> str | None:
    """The extractor that merged the default corpus, read without writing anything."""
    from dashboard.store.corpora import DEFAULT_CORPUS

    row = _read_only_row(db_path, "SELECT extractor FROM merged_events WHERE corpus = ?",
                         (DEFAULT_CORPUS,))
    return row[0] if row else None


def refusals_recorded(db_path: str | os.PathLike, slug: str) -> bool:
    """Whether corpus ``slug`` knows which files of its folder were refused, read without
    writing anything (a workspace of an older schema does not)."""
    row = _read_only_row(db_path, "SELECT refused IS NOT NULL FROM corpora WHERE slug = ?",
                         (slug,))
    return bool(row and row[0])


def connect(db_path: str | os.PathLike) -> sqlite3.Connection:
    """A connection to the workspace at ``db_path``, created (or upgraded from a snapshot) if needed."""
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: no implicit transactions; writes say BEGIN IMMEDIATE themselves.
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                         check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        # Foreign keys after the schema: dropping an old snapshot's linked tables must not trip them.
        _ensure_schema(db, path)
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        db.close()
        raise StoreError(f"{path}: not a Frise workspace ({error}); move it away and start again "
                         "with: python -m dashboard corpus list") from error
    except StoreError:
        db.close()
        raise
    return db


def _ensure_schema(db: sqlite3.Connection, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == WORKSPACE_VERSION:
        return
    with write(db):
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == WORKSPACE_VERSION:
            return
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version in _UPGRADES and "corpora" in tables:
            for from_version in sorted(v for v in _UPGRADES if v >= version):
                for statement in _UPGRADES[from_version]:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {WORKSPACE_VERSION}")
            return
        snapshot = "corpora" not in tables and {"documents", "events"} <= tables
        if version != 0 and not (snapshot and version <= SNAPSHOT_VERSION):
            raise StoreError(f"{path}: workspace schema version {version}, this Frise reads "
                             f"version {WORKSPACE_VERSION}; use the Frise that wrote it")
        # A snapshot (any version) is derived data, rebuilt from the articles: its tables can
        # go. Nothing a person wrote was ever kept in it.
        for table in tables & set(_SNAPSHOT_TABLES):
            db.execute(f'DROP TABLE IF EXISTS "{table}"')
        # executescript would commit the transaction; split instead (workspace.sql keeps ';'
        # out of its comments for this).
        for statement in WORKSPACE_SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {WORKSPACE_VERSION}")


@contextlib.contextmanager
def write(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One short write transaction, taking the write lock at once (see the module's doc)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextlib.contextmanager
def opened(db_path: str | os.PathLike) -> Iterator[sqlite3.Connection]:
    db = connect(db_path)
    try:
        yield db
    finally:
        db.close()
