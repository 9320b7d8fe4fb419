"""Events as a TimelineJS 3 data file (https://timeline.knightlab.com/docs/json-format.html).

TimelineJS renders ``text.headline`` and ``text.text`` as HTML, so every piece of article text
is escaped (``fragments.escape``). Date parts are digit strings, as in the format's examples.
A date carries only the parts its precision knows, so "juillet 2025" is placed as a month and
never pinned to the 1st.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from dashboard.export.dates import display_date
from dashboard.export.documents import Documents, documents_by_id
from dashboard.export.fragments import escape, event_body
from dashboard.model import Document, Event
from dashboard.views.i18n import category_label, t

# TimelineJS gives the title slide an id too; it must differ from every event's.
TITLE_ID = "frise-title"

# How many date parts each precision knows: year, year+month, or year+month+day.
PARTS = {"year": 1, "quarter": 2, "season": 2, "month": 2, "week": 3, "day": 3}


def date_object(day: date, precision: str | None) -> dict[str, str]:
    parts = PARTS.get(precision or "day", 3)
    values = {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
    return dict(list(values.items())[:parts])


def slide(event: Event, by_id: dict[str, Document], lang: str) -> dict:
    data = {
        "unique_id": event.id,
        "start_date": date_object(event.date, event.precision),
        "text": {"headline": escape(event.title), "text": event_body(event, by_id, lang)},
        "group": escape(category_label(event.category, lang)),
        "display_date": escape(display_date(event, lang)),
    }
    if event.date_end and event.date_end > event.date:
        end = date_object(event.date_end, event.precision)
        if end != data["start_date"]:
            data["end_date"] = end
    return data


def unique_ids(slides: list[dict]) -> list[dict]:
    """TimelineJS needs distinct ids (they become URL bookmarks): a repeated id gets a suffix."""
    seen = {TITLE_ID}
    for number, data in enumerate(slides):
        if data["unique_id"] in seen:
            data["unique_id"] = f"{data['unique_id']}-{number}"
        seen.add(data["unique_id"])
    return slides


def events_to_timelinejs(events: Sequence[Event], documents: Documents = None,
                         title: str | None = None, lang: str = "fr") -> dict:
    """A TimelineJS 3 data object: a title slide and one slide a dated event.

    Events without a date cannot be placed and are left out; the title slide says how many.
    """
    by_id = documents_by_id(documents)
    dated = [e for e in events if e.date is not None]
    cited = {doc_id for e in dated for doc_id in e.doc_ids}
    summary = t("exported.summary", lang, events=len(dated), documents=len(cited))
    if len(dated) < len(events):
        summary += " " + t("exported.undated_left_out", lang, n=len(events) - len(dated))
    if not dated:
        summary += " " + t("exported.empty", lang)
    return {
        "title": {"unique_id": TITLE_ID,
                  "text": {"headline": escape(title or t("exported.title", lang)),
                           "text": f"<p>{escape(summary)}</p>"}},
        "events": unique_ids([slide(e, by_id, lang) for e in dated]),
    }


def timelinejs_json(events: Sequence[Event], documents: Documents = None,
                    title: str | None = None, lang: str = "fr") -> str:
    """``events_to_timelinejs`` as JSON text, ready to save next to a TimelineJS page."""
    data = events_to_timelinejs(events, documents, title=title, lang=lang)
    return json.dumps(data, ensure_ascii=False, indent=2)
