"""What each source says about one event, laid out for a side-by-side "compare sources" view.

Pure data: the page renders it. A journalist checks each date against the sentence it came from,
so every account carries the source's own reading of the date, and whether that reading is the
one the merged event kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

from dashboard.model import Document, Event, Source


@dataclass(frozen=True)
class Account:
    """One source's account of an event, with the article it comes from."""

    # The source's own fields, same names and order as Source: its sentence (offsets into
    # the document's text, to show it in context) and its own reading of the date.
    doc_id: str
    excerpt: str
    start: int
    end: int
    date_text: str | None
    mention_start: int | None
    mention_end: int | None
    date: date | None
    date_end: date | None
    precision: str | None
    dated_by: str
    anchor: date | None
    anchor_kind: str | None
    # Why the source's date resolved as it did, and the tense marker (Source.why).
    why: str | None
    marker: str | None
    # The article it comes from.
    outlet: str
    published: date | None
    doc_title: str
    url: str
    # This source's reading gave the merged event its date.
    gave_date: bool
    # This source read the same date as the merged event kept.
    same_date: bool
    # The document is not in the corpus given (only its doc_id is known).
    missing: bool


@dataclass(frozen=True)
class Column:
    doc_id: str
    outlet: str


@dataclass(frozen=True)
class Row:
    """One disagreement: what each column's source says, None where it says nothing."""

    kind: str
    subject: str
    values: tuple[str | None, ...]


@dataclass(frozen=True)
class SideBySide:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


def account(event: Event, source: Source, documents: Mapping[str, Document]) -> Account:
    doc = documents.get(source.doc_id)
    reading = {f.name: getattr(source, f.name) for f in fields(Source)}
    return Account(
        **reading,
        outlet=doc.outlet if doc else "",
        published=doc.published if doc else None,
        doc_title=doc.title if doc else "",
        url=doc.url if doc else "",
        gave_date=source.doc_id == event.date_source,
        same_date=(source.date, source.date_end) == (event.date, event.date_end),
        missing=doc is None,
    )


def accounts(event: Event, documents: Mapping[str, Document]) -> list[Account]:
    """One account per source sentence; the source that gave the date first, then oldest first.

    Reading the earliest article first shows who reported the happening before whom.
    """
    found = [account(event, source, documents) for source in event.sources]
    return sorted(found, key=lambda a: (not a.gave_date, a.published or date.max))


def side_by_side(event: Event, documents: Mapping[str, Document]) -> SideBySide:
    """The event's disagreements as a table: a row each, a column per document (accounts order)."""
    doc_ids = list(dict.fromkeys(
        [a.doc_id for a in accounts(event, documents)]
        + [doc_id for dis in event.disagreements for doc_id, _ in dis.accounts]))
    columns = tuple(Column(d, documents[d].outlet if d in documents else "") for d in doc_ids)
    rows = []
    for disagreement in event.disagreements:
        said: dict[str, list[str]] = {}
        for doc_id, text in disagreement.accounts:
            said.setdefault(doc_id, []).append(text)
        values = tuple(" / ".join(said[d]) if d in said else None for d in doc_ids)
        rows.append(Row(disagreement.kind, disagreement.subject, values))
    return SideBySide(columns, tuple(rows))
