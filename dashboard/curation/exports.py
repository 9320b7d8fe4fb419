"""A corpus's exports with its corrections: every format says which fields a person corrected.

The exports themselves (``dashboard.export``) know nothing of people; this adds, to each event,
the fields corrected with who and when: a ``corrected`` object in JSON, a ``corrected`` column
in CSV, a line under the event in TimelineJS and the standalone page.
"""

from __future__ import annotations

import csv
import html
import io
import json

from dashboard.curation.workspace import CorpusView
from dashboard.views.i18n import t

FORMATS = ("json", "csv", "timelinejs", "html")
SUFFIXES = {"json": "json", "csv": "csv", "timelinejs": "timelinejs.json", "html": "html"}


def file_name(slug: str, fmt: str) -> str:
    """frise-SLUG.csv: the corpus's name goes into every exported file's name."""
    return f"frise-{slug}.{SUFFIXES[fmt]}"


def _marks(view: CorpusView, event_id: str) -> dict[str, dict]:
    return {name: {"by": mark.by, "at": mark.at}
            for name, mark in view.state(event_id).corrected.items()}


def _note(view: CorpusView, event_id: str, lang: str) -> str:
    marks = view.state(event_id).corrected
    if not marks:
        return ""
    who = sorted({f"{m.by}, {m.at[:10]}" for m in marks.values()})
    return t("export.corrected", lang, fields=", ".join(marks), who="; ".join(who))


def export(view: CorpusView, fmt: str, lang: str = "fr", events=None) -> str:
    """``events`` (default: every shown event of the corpus) in ``fmt``, with the corrections."""
    # Imported here: the HTML export loads plotly, which `corpus --help` and a CSV never need.
    from dashboard.export import events_to_csv, events_to_html, events_to_json, events_to_timelinejs
    from dashboard.export.tabular import BOM, defuse

    events = tuple(view.corpus.events if events is None else events)
    docs = view.corpus.documents
    if fmt == "json":
        data = json.loads(events_to_json(events, docs, view.corpus.places))
        for item in data["events"]:
            item["corrected"] = _marks(view, item["id"])
        data["corpus"] = {"slug": view.slug, "title": view.title,
                          "orphaned_corrections": len(view.curated.orphans)}
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "csv":
        # The CSV starts with a byte order mark for Excel: read past it, write it again.
        header, *rows = csv.reader(io.StringIO(events_to_csv(events, docs).removeprefix(BOM)))
        out = io.StringIO()
        out.write(BOM)
        writer = csv.writer(out)
        writer.writerow([*header, "corrected"])
        for row, event in zip(rows, events):
            writer.writerow([*row, defuse(_note(view, event.id, lang))])
        return out.getvalue()
    if fmt == "timelinejs":
        data = events_to_timelinejs(events, docs, title=view.title, lang=lang)
        for slide in data["events"]:
            note = _note(view, slide["unique_id"], lang)
            if note:
                slide["text"]["text"] += f"<p><em>{html.escape(note, quote=False)}</em></p>"
                slide["corrected"] = _marks(view, slide["unique_id"])
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "html":
        page = events_to_html(events, docs, lang, title=view.title, places=view.corpus.places)
        for event in events:
            note = _note(view, event.id, lang)
            if note:
                opening = f'<article id="event-{html.escape(event.id)}">'
                page = page.replace(opening, f'{opening}<p class="corrected"><em>'
                                             f"{html.escape(note, quote=False)}</em></p>", 1)
        return page
    raise ValueError(f"unknown export format '{fmt}'; use one of {', '.join(FORMATS)}")
