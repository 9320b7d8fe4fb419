"""Events as one flat CSV table, for a spreadsheet or pandas.

One row an event. Lists (actors, places, ...) are joined with "; ". Every excerpt is given,
with its outlet, publication date and URL: the columns ``excerpts``, ``excerpt_outlets``,
``excerpt_published`` and ``excerpt_urls`` hold one line per excerpt, in the same order.
``n_articles`` counts the articles, ``n_excerpts`` the sentences (one article may give two).
Cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection):
article text is untrusted. The text starts with a byte order mark so that Excel reads it as
UTF-8 and shows the accents.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from dashboard.export.documents import Documents, documents_by_id, outlets
from dashboard.model import Event

JOIN = "; "
# Between the excerpts of one event, and between their outlets, dates and URLs.
LINES = "\n"
BOM = "\ufeff"
COLUMNS = ("id", "date", "date_end", "precision", "date_text", "dated_by", "category", "title",
           "actors", "organisations", "places", "weapons", "n_articles", "n_excerpts", "doc_ids",
           "outlets", "confidence", "status", "excerpt", "excerpts", "excerpt_outlets",
           "excerpt_published", "excerpt_urls")
# Columns that need the documents (outlets, publication dates, URLs).
DOCUMENT_COLUMNS = ("outlets", "excerpt_outlets", "excerpt_published", "excerpt_urls")

# Spreadsheets treat a cell starting with these as a formula; tab and carriage return too
# (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """The cell as text a spreadsheet will display, never evaluate."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def event_row(event: Event, by_id: dict | None = None) -> dict[str, str]:
    row = {
        "id": event.id,
        "date": event.date.isoformat() if event.date else "",
        "date_end": event.date_end.isoformat() if event.date_end else "",
        "precision": event.precision or "",
        "date_text": event.date_text or "",
        "dated_by": event.dated_by,
        "category": event.category,
        "title": event.title,
        "actors": JOIN.join(event.actors),
        "organisations": JOIN.join(event.organisations),
        "places": JOIN.join(event.places),
        "weapons": JOIN.join(event.weapons),
        "n_articles": str(len(event.doc_ids)),
        "n_excerpts": str(len(event.sources)),
        "doc_ids": JOIN.join(event.doc_ids),
        "confidence": f"{event.confidence:.2f}",
        "status": event.status,
        "excerpt": event.sources[0].excerpt if event.sources else "",
        # An excerpt's own line breaks would shift the lines of the columns beside it.
        "excerpts": LINES.join(" ".join(s.excerpt.split()) for s in event.sources),
    }
    if by_id is not None:
        docs = [by_id.get(s.doc_id) for s in event.sources]
        row["outlets"] = JOIN.join(outlets(event, by_id))
        row["excerpt_outlets"] = LINES.join((d.outlet or d.doc_id) if d else s.doc_id
                                            for s, d in zip(event.sources, docs))
        row["excerpt_published"] = LINES.join(d.published.isoformat() if d and d.published else ""
                                              for d in docs)
        row["excerpt_urls"] = LINES.join(d.url if d else "" for d in docs)
    return {key: defuse(value) for key, value in row.items()}


def events_to_csv(events: Sequence[Event], documents: Documents = None) -> str:
    """The events as CSV text (RFC 4180 quoting, header row first), after a byte order mark.

    The outlet, publication and URL columns are there only when ``documents`` are given.
    """
    by_id = documents_by_id(documents) if documents is not None else None
    columns = [c for c in COLUMNS if c not in DOCUMENT_COLUMNS or by_id is not None]
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=columns, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(event_row(event, by_id) for event in events)
    return out.getvalue()
