"""Events as one flat CSV table, for a spreadsheet or pandas.

One row an event. Lists (actors, places, ...) are joined with "; ". Cells that a spreadsheet
would run as a formula get a leading apostrophe (CSV injection): article text is untrusted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from dashboard.export.documents import Documents, documents_by_id, outlets
from dashboard.model import Event

JOIN = "; "
COLUMNS = ("id", "date", "date_end", "precision", "date_text", "dated_by", "category", "title",
           "actors", "organisations", "places", "weapons", "n_sources", "doc_ids", "outlets", "confidence",
           "status", "excerpt")

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
        "n_sources": str(len(event.sources)),
        "doc_ids": JOIN.join(event.doc_ids),
        "confidence": f"{event.confidence:.2f}",
        "status": event.status,
        "excerpt": event.sources[0].excerpt if event.sources else "",
    }
    if by_id is not None:
        row["outlets"] = JOIN.join(outlets(event, by_id))
    return {key: defuse(value) for key, value in row.items()}


def events_to_csv(events: Sequence[Event], documents: Documents = None) -> str:
    """The events as CSV text (RFC 4180 quoting, header row first).

    The ``outlets`` column is there only when ``documents`` are given. Write the text with the
    encoding "utf-8-sig" for Excel to read the accents right.
    """
    by_id = documents_by_id(documents) if documents is not None else None
    columns = [c for c in COLUMNS if c != "outlets" or by_id is not None]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(event_row(event, by_id) for event in events)
    return out.getvalue()
