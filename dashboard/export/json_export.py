"""Events in the extractor's own JSON schema, so an export can be loaded back as a Corpus."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from dashboard.export.documents import Documents, cited_documents
from dashboard.model import Corpus, Event, Place


def events_to_json(events: Sequence[Event], documents: Documents = None,
                   places: Mapping[str, Place] | Sequence[Place] = (),
                   aliases: Mapping[str, Sequence[str]] | None = None) -> str:
    """``{"documents": [...], "events": [...], "places": [...], "aliases": {...}}`` as
    ``Corpus.to_dict``.

    Only the documents, places and names' spellings the events cite are kept, so an export of
    a filtered view stands on its own; document texts are left out (the excerpts carry the
    sentences).
    """
    named = dict.fromkeys(name for event in events for name in event.places)
    pairs = places.items() if isinstance(places, Mapping) else ((p.name, p) for p in places)
    kept = {name: place for name, place in pairs if name in named}
    names = {n for e in events for n in (*e.actors, *e.organisations, *e.places, *e.weapons)}
    corpus = Corpus(documents=tuple(cited_documents(events, documents)), events=tuple(events),
                    places=tuple(kept.values()),
                    aliases={n: tuple(forms) for n, forms in (aliases or {}).items() if n in names})
    return json.dumps(corpus.to_dict(with_text=False), ensure_ascii=False, indent=2)
