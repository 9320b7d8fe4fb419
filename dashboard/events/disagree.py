"""Where accounts of one happening differ: dates, figures and the spelling of names.

Usable on any group of sources, not only on a merged event, so the dashboard can also compare
accounts a reader picked by hand:

- ``date_disagreements(sources)``: sources from different documents that read different
  periods ("début juin" = 1-10 June vs "En juin" = the whole month). A source dated only by
  its article's publication says nothing about the date and is left out.
- ``number_disagreements(sources, lang)``: figures of one dimension that cannot both be true,
  after converting units (300 km vs "180 milles" = 290 km; "10 000 soldats" vs "des milliers").
- ``name_disagreements(sources, lang)``: one entity spelled differently ("Zelenskyy" vs
  "Volodymyr Zelensky"); a shorter form of the same spelling ("Zelensky") is not a difference.
- ``disagreements_among(sources, lang)`` all three; ``find_disagreements(event)`` for an event.

Each returns ``Disagreement(kind, subject, accounts)`` with one account per document, in the
order the documents first appear, and only compares documents with each other: an article
may say "300 km (186 miles)" without disagreeing with itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations

from dashboard.events.entities import mentions_in
from dashboard.events.quantities import (
    Quantity,
    compatible,
    dimension_label,
    quantities_in,
)
from dashboard.extract.fold import fold_key
from dashboard.model import Disagreement, Event, Source


def _by_doc(sources: Iterable[Source]) -> dict[str, list[Source]]:
    grouped: dict[str, list[Source]] = {}
    for source in sources:
        grouped.setdefault(source.doc_id, []).append(source)
    return grouped


def _period(source: Source) -> str:
    start, end = source.date, source.date_end or source.date
    if start is None:
        return "?"
    return start.isoformat() if end == start else f"{start.isoformat()} – {end.isoformat()}"


def date_disagreements(sources: Sequence[Source]) -> tuple[Disagreement, ...]:
    """One "date" disagreement when documents read different periods for the same happening."""
    readings: dict[str, tuple[str, tuple]] = {}
    for doc_id, group in _by_doc(sources).items():
        dated = [s for s in group if s.dated_by != "publication" and s.date is not None]
        if dated:
            first = dated[0]
            said = f"{first.date_text} ({_period(first)})" if first.date_text else _period(first)
            readings[doc_id] = (said, (first.date, first.date_end or first.date))
    if len({period for _, period in readings.values()}) < 2:
        return ()
    return (Disagreement("date", "date", tuple((d, said) for d, (said, _) in readings.items())),)


def _disjoint(mine: list[Quantity], theirs: list[Quantity]) -> bool:
    return not any(compatible(a, b) for a in mine for b in theirs)


def number_disagreements(sources: Sequence[Source], lang: str = "fr") -> tuple[Disagreement, ...]:
    """One "number" disagreement per dimension where two documents' figures cannot both hold."""
    figures: dict[str, dict[str, list[Quantity]]] = {}
    for doc_id, group in _by_doc(sources).items():
        for source in group:
            for quantity in _quantities(source.excerpt, lang):
                figures.setdefault(quantity.dimension, {}).setdefault(doc_id, []).append(quantity)
    found = []
    for dimension, per_doc in figures.items():
        docs = list(per_doc)
        if any(_disjoint(per_doc[a], per_doc[b]) for i, a in enumerate(docs) for b in docs[i + 1:]):
            accounts = tuple((d, "; ".join(dict.fromkeys(q.text for q in per_doc[d]))) for d in docs)
            found.append(Disagreement("number", dimension_label(dimension), accounts))
    return tuple(found)


@lru_cache(maxsize=4096)
def _spelling(surface: str) -> frozenset[str]:
    return frozenset(fold_key(surface).replace("'", " ").split())


def _different(a: str, b: str) -> bool:
    left, right = _spelling(a), _spelling(b)
    return not (left <= right or right <= left)


# A merged event's excerpts are read again each time it grows: read each one once.
@lru_cache(maxsize=4096)
def _mentions(excerpt: str, lang: str):
    return mentions_in(excerpt, lang)


@lru_cache(maxsize=4096)
def _quantities(excerpt: str, lang: str):
    return quantities_in(excerpt, lang)


def _spelled_differently(per_doc: dict[str, list[str]]) -> bool:
    """True when two documents spell the entity differently.

    Compares each pair of distinct spellings once, however many documents share them: a
    spelling pair counts unless both spellings come from one and the same document.
    """
    docs_of: dict[str, set[str]] = {}
    for doc_id, spelled in per_doc.items():
        for surface in spelled:
            docs_of.setdefault(surface, set()).add(doc_id)
    return any(_different(x, y) and not (len(docs_of[x]) == 1 and docs_of[x] == docs_of[y])
               for x, y in combinations(docs_of, 2))


def name_disagreements(sources: Sequence[Source], lang: str = "fr") -> tuple[Disagreement, ...]:
    """One "name" disagreement per entity that documents spell differently."""
    surfaces: dict[str, dict[str, list[str]]] = {}
    for doc_id, group in _by_doc(sources).items():
        for source in group:
            for mention in _mentions(source.excerpt, lang):
                spelled = surfaces.setdefault(mention.canonical, {}).setdefault(doc_id, [])
                if mention.surface not in spelled:
                    spelled.append(mention.surface)
    found = []
    for name, per_doc in surfaces.items():
        docs = list(per_doc)
        if _spelled_differently(per_doc):
            found.append(Disagreement("name", name, tuple((d, " / ".join(per_doc[d])) for d in docs)))
    return tuple(found)


def disagreements_among(sources: Sequence[Source], lang: str = "fr") -> tuple[Disagreement, ...]:
    """Dates, figures and names on which these sources' documents differ."""
    sources = tuple(sources)
    return (date_disagreements(sources) + number_disagreements(sources, lang)
            + name_disagreements(sources, lang))


def find_disagreements(event: Event) -> tuple[Disagreement, ...]:
    """What the documents behind ``event`` do not say alike."""
    return disagreements_among(event.sources, event.language)
