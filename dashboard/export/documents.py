"""The documents an export cites, looked up by doc_id whichever way the caller holds them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from dashboard.model import Document, Event

Documents = Mapping[str, Document] | Sequence[Document] | None


def documents_by_id(documents: Documents) -> dict[str, Document]:
    if documents is None:
        return {}
    if isinstance(documents, Mapping):
        return dict(documents)
    return {doc.doc_id: doc for doc in documents}


def cited_documents(events: Iterable[Event], documents: Documents) -> list[Document]:
    """The documents the events cite, in the order they are first cited; unknown ids skipped."""
    by_id = documents_by_id(documents)
    cited = dict.fromkeys(doc_id for event in events for doc_id in event.doc_ids)
    return [by_id[doc_id] for doc_id in cited if doc_id in by_id]


def outlets(event: Event, by_id: Mapping[str, Document]) -> tuple[str, ...]:
    """The outlets of the event's sources, each once; the doc_id stands in for an unnamed one."""
    names = (by_id[d].outlet or d if d in by_id else d for d in event.doc_ids)
    return tuple(dict.fromkeys(names))
