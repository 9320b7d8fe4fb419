"""The workspace API: corpora, their corrected events, and every change people make to them.

``Workspace(db_path)`` is what the page, the CLI and the tests use. Reads are free; every write
checks the corpus's edit key when the workspace is shared (``FRISE_SHARED=1``, a team server),
so a view link can never change anything, whatever the page shows.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.curation.anchors import anchor_of, anchors_of
from dashboard.curation.apply import Curated, EventState, apply_corrections
from dashboard.curation.fields import ACTIVE, DELETED, EDITABLE, InvalidValue, clean_all, to_json
from dashboard.model import Corpus, Document, Event, Source
from dashboard.store import corpora, edits, keys
from dashboard.store.corpora import CorpusInfo
from dashboard.store.edits import Correction, LogEntry
from dashboard.store.sqlite import StoreError
from dashboard.store.workspace import opened

SHARED_ENV = "FRISE_SHARED"


def shared_from_env() -> bool:
    return os.environ.get(SHARED_ENV, "") == "1"


class KeyRequired(StoreError):
    """A write on a shared workspace without the corpus's edit key."""


class UnknownEvent(StoreError):
    """No event of that id in the corpus (it may have been merged or split since)."""


@dataclass(frozen=True)
class CorpusView:
    """One corpus as people corrected it: ``corpus.events`` are the shown (not deleted) events."""

    slug: str
    title: str
    revision: int
    corpus: Corpus
    curated: Curated
    extractor: str | None
    # The files of the folder it was seeded from that could not be read (corpora.refused);
    # None when none was ever recorded.
    refused: tuple[Document, ...] | None = None

    def event(self, event_id: str) -> Event | None:
        for event in (*self.corpus.events, *self.curated.deleted):
            if event.id == event_id:
                return event
        return None

    def state(self, event_id: str) -> EventState:
        return self.curated.state(event_id)


class Workspace:
    def __init__(self, db_path: str | os.PathLike, *, shared: bool | None = None):
        self.path = Path(db_path)
        self.shared = shared_from_env() if shared is None else shared

    # Corpora -----------------------------------------------------------------------------

    def create(self, slug: str, title: str = "") -> str:
        """Create an empty corpus and return its first edit key."""
        with opened(self.path) as db:
            corpora.create(db, slug, title)
            return keys.new_key(db, slug)

    def exists(self, slug: str) -> bool:
        with opened(self.path) as db:
            return corpora.exists(db, slug)

    def corpora(self) -> list[CorpusInfo]:
        with opened(self.path) as db:
            return corpora.listing(db)

    def new_key(self, slug: str) -> str:
        """A new edit key; the old ones stop working. Server-side, so it needs no key."""
        with opened(self.path) as db:
            return keys.new_key(db, slug)

    def may_edit(self, slug: str, key: str | None) -> bool:
        if not self.shared:
            return True
        with opened(self.path) as db:
            return keys.key_is_valid(db, slug, key)

    def check_key(self, slug: str, key: str | None) -> None:
        if not self.may_edit(slug, key):
            raise KeyRequired(f"corpus '{slug}' is read-only here: changing it needs the edit link "
                              f"(?corpus={slug}&key=…); ask whoever set it up, or run "
                              f"python -m dashboard corpus new-key {slug} on the server")

    def revision(self, slug: str) -> int:
        with opened(self.path) as db:
            return corpora.revision(db, slug)

    def open(self, slug: str) -> CorpusView:
        """The corpus with every correction applied (documents, shown events, places)."""
        with opened(self.path) as db:
            db.execute("BEGIN")  # one snapshot: documents, merge and corrections agree
            try:
                corpora.require(db, slug)
                revision = corpora.revision(db, slug)
                title = corpora.title(db, slug)
                documents = tuple(s.document for s in corpora.documents(db, slug))
                merged = corpora.merged(db, slug)
                corrections = edits.corrections(db, slug)
                refused = corpora.refused(db, slug)
            finally:
                db.execute("COMMIT")
        curated = apply_corrections(merged.events, corrections)
        return CorpusView(slug, title, revision,
                          Corpus(documents, curated.events, merged.places, aliases=merged.aliases),
                          curated, merged.extractor, refused)

    def history(self, slug: str, event_id: str | None = None,
                corrections: tuple[int, ...] | None = None) -> list[LogEntry]:
        """The edit log of the corpus, or of the corrections that shaped one event (give the
        event's id, or its state's ``corrections`` when the corpus is already open)."""
        ids = corrections if corrections is not None else (
            self.open(slug).state(event_id).corrections if event_id is not None else ())
        if (event_id is not None or corrections is not None) and not ids:
            return []
        with opened(self.path) as db:
            return edits.history(db, slug, ids)

    # Changes to events -------------------------------------------------------------------

    def _event(self, slug: str, event_id: str) -> tuple[CorpusView, Event, EventState]:
        view = self.open(slug)
        event = view.event(event_id)
        if event is None:
            raise UnknownEvent(f"no event '{event_id}' in corpus '{slug}'; reload the page, "
                               "it may have been joined or split since")
        return view, event, view.state(event_id)

    def _change(self, slug: str, event: Event, state: EventState, changes: Mapping, *, author: str,
                action: str, version: int, force: bool) -> Correction:
        shown = {name: to_json(name, getattr(event, name)) for name in EDITABLE}
        shown[DELETED] = False
        kind = "add" if state.origin == "hand" else "edit"
        with opened(self.path) as db:
            return edits.change(db, slug, kind=kind, target=event.id, anchors=anchors_of(event),
                                changes=changes, shown=shown, author=author, action=action,
                                expected_version=version, correction_id=state.correction_id,
                                force=force)

    def edit(self, slug: str, event_id: str, changes: Mapping, *, author: str, version: int,
             key: str | None = None, force: bool = False) -> Correction:
        """Correct fields of an event seen at ``version``; EditConflict if someone got there first."""
        self.check_key(slug, key)
        cleaned = clean_all(dict(changes))
        _, event, state = self._event(slug, event_id)
        return self._change(slug, event, state, cleaned, author=author, action="edit",
                            version=version, force=force)

    def delete(self, slug: str, event_id: str, *, author: str, key: str | None = None) -> Correction:
        """Hide an event; it stays in the store and ``restore`` brings it back."""
        return self._set_deleted(slug, event_id, True, author, key)

    def restore(self, slug: str, event_id: str, *, author: str, key: str | None = None) -> Correction:
        return self._set_deleted(slug, event_id, False, author, key)

    def _set_deleted(self, slug, event_id, deleted: bool, author, key) -> Correction:
        self.check_key(slug, key)
        _, event, state = self._event(slug, event_id)
        # Deleting twice is the same as once: no version to race on.
        return self._change(slug, event, state, {DELETED: deleted}, author=author,
                            action="delete" if deleted else "restore", version=state.version,
                            force=True)

    def _structural(self, slug: str, kind: str, target: str, anchors: list[dict], extra: dict,
                    author: str, action: str) -> Correction:
        with opened(self.path) as db:
            return edits.change(db, slug, kind=kind, target=target, anchors=anchors,
                                changes={ACTIVE: True}, shown={ACTIVE: False}, author=author,
                                action=action, expected_version=0, extra=extra, force=True)

    def join(self, slug: str, into_id: str, other_id: str, *, author: str,
             key: str | None = None) -> Correction:
        """Make ``other_id`` part of ``into_id``: one event with the sources of both."""
        self.check_key(slug, key)
        if into_id == other_id:
            raise InvalidValue("pick two different events to join")
        _, into, _ = self._event(slug, into_id)
        _, other, _ = self._event(slug, other_id)
        return self._structural(slug, "join", f"{into.id}+{other.id}", anchors_of(other),
                                {"into": anchors_of(into), "into_id": into.id}, author, "join")

    def split(self, slug: str, event_id: str, source_index: int, *, author: str,
              key: str | None = None) -> str:
        """Take one source out of an event into an event of its own; returns the new id."""
        self.check_key(slug, key)
        _, event, _ = self._event(slug, event_id)
        if len(event.sources) < 2:
            raise InvalidValue("an event with one source has nothing to split off")
        if not 0 <= source_index < len(event.sources):
            raise InvalidValue(f"source {source_index + 1} is not one of the event's "
                               f"{len(event.sources)} sources")
        source = event.sources[source_index]
        new_id = "split-" + hashlib.sha1(
            f"{source.doc_id}:{source.start}:{source.end}".encode()).hexdigest()[:12]
        self._structural(slug, "split", new_id, [anchor_of(source)],
                         {"from": anchors_of(event), "from_id": event.id}, author, "split")
        return new_id

    def add_event(self, slug: str, values: Mapping, *, author: str, key: str | None = None,
                  source: tuple[str, int, int] | None = None) -> str:
        """An event a person writes; ``source`` = (doc_id, start, end) of a sentence, or None."""
        self.check_key(slug, key)
        cleaned = clean_all({"precision": "day", "category": "other", "status": "happened",
                             **values})
        view = self.open(slug)
        extra: dict = {}
        if source is not None:
            doc_id, start, end = source
            document = next((d for d in view.corpus.documents if d.doc_id == doc_id), None)
            if document is None or not 0 <= start < end <= len(document.text):
                raise InvalidValue(f"no sentence at {start}–{end} in document '{doc_id}'")
            extra = {"source": Source(doc_id=doc_id, excerpt=document.text[start:end], start=start,
                                      end=end, dated_by="explicit").to_dict(),
                     "language": document.language}
        new_id = "hand-" + secrets.token_hex(6)
        with opened(self.path) as db:
            edits.change(db, slug, kind="add", target=new_id,
                         anchors=[extra["source"]] if source else [], extra=extra,
                         changes={**cleaned, DELETED: False}, shown={}, author=author,
                         action="add", expected_version=0)
        return new_id

    def undo(self, slug: str, *, author: str, key: str | None = None) -> list[LogEntry]:
        """Take back your last change in this corpus (never a colleague's)."""
        self.check_key(slug, key)
        with opened(self.path) as db:
            return edits.undo(db, slug, author)

    def redo(self, slug: str, *, author: str, key: str | None = None) -> list[LogEntry]:
        self.check_key(slug, key)
        with opened(self.path) as db:
            return edits.redo(db, slug, author)
