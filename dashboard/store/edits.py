"""Corrections, their versions and the edit log, with undo and redo per person.

A correction is one row per corrected event (or hand-made event, join, split). Its ``fields``
hold what people set, each value with who set it and when; its ``version`` grows with every
change. A change says which version it was made on: if the row moved on since, and one of the
fields it sets was changed in between to another value, it is refused with ``EditConflict``
carrying both values. Changes to other fields are kept side by side.

Values here are JSON values (dates as ISO strings, lists as lists): the curation layer turns
them into an event's fields.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dashboard.store.corpora import bump, require
from dashboard.store.sqlite import StoreError
from dashboard.store.workspace import now, write



@dataclass(frozen=True)
class Mark:
    """A value a person set, with who and when."""

    value: object
    by: str = ""
    at: str = ""

    def to_json(self) -> dict:
        return {"value": self.value, "by": self.by, "at": self.at}

    @classmethod
    def from_json(cls, data: Mapping) -> Mark:
        return cls(data.get("value"), data.get("by", ""), data.get("at", ""))


@dataclass(frozen=True)
class Correction:
    id: int
    corpus: str
    kind: str
    target: str
    anchors: tuple[dict, ...]
    extra: dict
    fields: dict[str, Mark]
    version: int
    created_at: str
    created_by: str

    def value(self, name: str, default=None):
        mark = self.fields.get(name)
        return mark.value if mark is not None else default


@dataclass(frozen=True)
class LogEntry:
    id: int
    correction_id: int
    batch: str
    at: str
    author: str
    action: str
    field: str
    before_set: bool
    before: Mark
    after: Mark
    version: int
    state: str


@dataclass(frozen=True)
class Conflict:
    """A field you set that someone else changed since you opened the event."""

    field: str
    yours: object
    theirs: object
    theirs_by: str
    theirs_at: str


class EditConflict(StoreError):
    """Saving would overwrite a change you did not see; ``conflicts`` has both values."""

    def __init__(self, conflicts: Sequence[Conflict], version: int):
        self.conflicts = tuple(conflicts)
        self.version = version
        said = "; ".join(f"{c.field}: {c.theirs_by or 'someone'} set {c.theirs!r} at {c.theirs_at}, "
                         f"you set {c.yours!r}" for c in self.conflicts)
        super().__init__(f"changed by someone else since you opened it ({said}); keep theirs, "
                         "or save yours again over it")


class NothingToUndo(StoreError):
    """No change of yours in this corpus left to undo (or redo)."""


def _same(a, b) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


_CORRECTION_COLUMNS = "id, corpus, kind, target, anchors, extra, fields, version, created_at, created_by"


def _correction(row) -> Correction:
    id_, corpus, kind, target, anchors, extra, fields, version, created_at, created_by = row
    return Correction(id_, corpus, kind, target, tuple(json.loads(anchors)), json.loads(extra),
                      {k: Mark.from_json(v) for k, v in json.loads(fields).items()}, version,
                      created_at, created_by)


_LOG_COLUMNS = "id, correction_id, batch, at, author, action, field, before_set, before, after, version, state"


def _entry(row) -> LogEntry:
    id_, correction_id, batch, at, author, action, name, before_set, before, after, version, state = row
    return LogEntry(id_, correction_id, batch, at, author, action, name, bool(before_set),
                    Mark.from_json(json.loads(before)), Mark.from_json(json.loads(after)),
                    version, state)


def corrections(db: sqlite3.Connection, slug: str) -> list[Correction]:
    """Every correction of the corpus, in the order they were first made."""
    rows = db.execute(f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE corpus = ? ORDER BY id",
                      (slug,))
    return [_correction(row) for row in rows]


def _find(db, slug: str, kind: str, target: str, correction_id: int | None) -> Correction | None:
    if correction_id is not None:
        row = db.execute(f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE id = ? AND corpus = ?",
                         (correction_id, slug)).fetchone()
    else:
        row = db.execute(f"SELECT {_CORRECTION_COLUMNS} FROM corrections "
                         "WHERE corpus = ? AND kind = ? AND target = ?", (slug, kind, target)).fetchone()
    return _correction(row) if row else None


def _changed_since(db, correction_id: int, version: int) -> dict[str, LogEntry]:
    """Each field changed after ``version``, with its latest change."""
    rows = db.execute(f"SELECT {_LOG_COLUMNS} FROM edit_log WHERE correction_id = ? AND version > ? "
                      "ORDER BY id", (correction_id, version))
    return {entry.field: entry for entry in map(_entry, rows)}


def _next_stack(db) -> int:
    return db.execute("SELECT COALESCE(MAX(stack_at), 0) + 1 FROM edit_log").fetchone()[0]


def _store_fields(db, correction_id: int, fields: Mapping[str, Mark], version: int) -> None:
    db.execute("UPDATE corrections SET fields = ?, version = ? WHERE id = ?",
               (json.dumps({k: m.to_json() for k, m in fields.items()}, ensure_ascii=False),
                version, correction_id))


def _log(db, slug: str, correction_id: int, batch: str, stamp: str, author: str, action: str,
         name: str, before: Mark | None, shown, after: Mark, version: int, state: str,
         stack_at: int) -> None:
    before_mark = before if before is not None else Mark(shown)
    db.execute("INSERT INTO edit_log (corpus, correction_id, batch, at, author, action, field, "
               "before_set, before, after, version, state, stack_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (slug, correction_id, batch, stamp, author, action, name, before is not None,
                json.dumps(before_mark.to_json(), ensure_ascii=False),
                json.dumps(after.to_json(), ensure_ascii=False), version, state, stack_at))


def change(db: sqlite3.Connection, slug: str, *, kind: str, target: str,
           anchors: Sequence[Mapping], changes: Mapping[str, object], shown: Mapping[str, object],
           author: str, action: str, expected_version: int, correction_id: int | None = None,
           extra: Mapping | None = None, force: bool = False) -> Correction:
    """Set ``changes`` on the correction (made if new) in one transaction, and log each field.

    ``shown`` holds what the person saw for each field (the machine's value when nothing was
    corrected yet): the log's "before". ``expected_version`` is the version they saw;
    ``force`` saves over a conflict once they have seen both values.
    """
    author = author.strip()
    if not author:
        raise StoreError("give your name before changing anything: the edit log says who did what")
    with write(db):
        require(db, slug)
        stamp = now()
        found = _find(db, slug, kind, target, correction_id)
        if found is None:
            cursor = db.execute(
                "INSERT INTO corrections (corpus, kind, target, anchors, extra, created_at, "
                "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (slug, kind, target, json.dumps(list(anchors), ensure_ascii=False),
                 json.dumps(dict(extra or {}), ensure_ascii=False), stamp, author))
            found = _find(db, slug, kind, target, cursor.lastrowid)
        elif found.version != expected_version and not force:
            since = _changed_since(db, found.id, expected_version)
            conflicts = [Conflict(name, value, since[name].after.value, since[name].author,
                                  since[name].at)
                         for name, value in changes.items()
                         if name in since and not _same(since[name].after.value, value)]
            if conflicts:
                raise EditConflict(conflicts, found.version)
        fields = dict(found.fields)
        version = found.version + 1
        batch, stack_at = uuid.uuid4().hex, _next_stack(db)
        # A new change of yours ends what you could redo, as in every editor.
        db.execute("UPDATE edit_log SET state = 'dropped' WHERE corpus = ? AND author = ? "
                   "AND state = 'undone'", (slug, author))
        for name, value in changes.items():
            after = Mark(value, author, stamp)
            _log(db, slug, found.id, batch, stamp, author, action, name, fields.get(name),
                 shown.get(name), after, version, "done", stack_at)
            fields[name] = after
        _store_fields(db, found.id, fields, version)
        bump(db, slug)
        return _find(db, slug, kind, target, found.id)


def _last_batch(db, slug: str, author: str, state: str) -> list[LogEntry]:
    row = db.execute("SELECT batch FROM edit_log WHERE corpus = ? AND author = ? AND state = ? "
                     "ORDER BY stack_at DESC, id DESC LIMIT 1", (slug, author, state)).fetchone()
    if row is None:
        return []
    rows = db.execute(f"SELECT {_LOG_COLUMNS} FROM edit_log WHERE batch = ? ORDER BY id", row)
    return [_entry(r) for r in rows]


def undo(db: sqlite3.Connection, slug: str, author: str) -> list[LogEntry]:
    """Take back ``author``'s last change in ``slug``; a colleague's changes are never touched.

    Raises EditConflict when someone changed the same field since (undoing would erase their
    change), NothingToUndo when there is nothing of yours left.
    """
    return _step(db, slug, author.strip(), back=True)


def redo(db: sqlite3.Connection, slug: str, author: str) -> list[LogEntry]:
    """Make again ``author``'s last undone change in ``slug``."""
    return _step(db, slug, author.strip(), back=False)


def _step(db, slug: str, author: str, back: bool) -> list[LogEntry]:
    with write(db):
        require(db, slug)
        entries = _last_batch(db, slug, author, "done" if back else "undone")
        if not entries:
            raise NothingToUndo(f"nothing of yours ({author}) to {'undo' if back else 'redo'} "
                                f"in corpus '{slug}'")
        stamp, stack_at = now(), _next_stack(db)
        batch = uuid.uuid4().hex
        by_correction: dict[int, Correction] = {}
        for entry in entries:
            if entry.correction_id not in by_correction:
                row = db.execute(f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE id = ?",
                                 (entry.correction_id,)).fetchone()
                by_correction[entry.correction_id] = _correction(row)
        conflicts = []
        for entry in entries:
            current = by_correction[entry.correction_id].fields.get(entry.field)
            expected_set = True if back else entry.before_set
            expected = entry.after if back else entry.before
            if (current is not None) != expected_set or (
                    current is not None and not _same(current.value, expected.value)):
                theirs = current or entry.before
                conflicts.append(Conflict(entry.field, (entry.before if back else entry.after).value,
                                          theirs.value, theirs.by, theirs.at))
        if conflicts:
            raise EditConflict(conflicts, max(c.version for c in by_correction.values()))
        fields_of = {cid: dict(c.fields) for cid, c in by_correction.items()}
        for entry in entries:
            fields = fields_of[entry.correction_id]
            if back and not entry.before_set:
                fields.pop(entry.field, None)
            else:
                fields[entry.field] = entry.before if back else entry.after
        for cid, fields in fields_of.items():
            version = by_correction[cid].version + 1
            _store_fields(db, cid, fields, version)
            for entry in (e for e in entries if e.correction_id == cid):
                old, new = (entry.after, entry.before) if back else (entry.before, entry.after)
                _log(db, slug, cid, batch, stamp, author, "undo" if back else "redo", entry.field,
                     old, None, Mark(new.value, author, stamp), version, "record", stack_at)
        db.executemany("UPDATE edit_log SET state = ?, stack_at = ? WHERE id = ?",
                       [("undone" if back else "done", stack_at, e.id) for e in entries])
        bump(db, slug)
        return entries


def history(db: sqlite3.Connection, slug: str, correction_ids: Sequence[int] = ()) -> list[LogEntry]:
    """The edit log of ``slug`` (or of some corrections), oldest first."""
    if correction_ids:
        marks = ", ".join("?" * len(correction_ids))
        rows = db.execute(f"SELECT {_LOG_COLUMNS} FROM edit_log WHERE corpus = ? AND correction_id "
                          f"IN ({marks}) ORDER BY id", (slug, *correction_ids))
    else:
        rows = db.execute(f"SELECT {_LOG_COLUMNS} FROM edit_log WHERE corpus = ? ORDER BY id", (slug,))
    return [_entry(row) for row in rows]
