"""The four exports of the filtered events, as lazy files for the page's download buttons.

Each file is made only when its button is clicked (a rerun must not build a standalone HTML
page of thousands of events for nothing), so ``make`` is a function of no argument.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from dashboard.curation.exports import export, file_name
from dashboard.curation.workspace import CorpusView
from dashboard.export import events_to_csv, events_to_html, events_to_json, timelinejs_json
from dashboard.model import Corpus, Event


@dataclass(frozen=True)
class Download:
    key: str
    label_key: str
    file_name: str
    mime: str
    make: Callable[[], str]


def downloads(events: Sequence[Event], corpus: Corpus, lang: str,
              curation: CorpusView | None = None) -> list[Download]:
    """The four files; from a workspace corpus (``curation``) they are named after it
    (frise-SLUG.csv) and say which fields a person corrected."""
    events = tuple(events)
    docs = corpus.documents
    if curation is not None:
        return [Download(f"export_{fmt}", f"export.{fmt}", file_name(curation.slug, fmt), mime,
                         partial(export, curation, fmt, lang, events))
                for fmt, mime in (("csv", "text/csv"), ("json", "application/json"),
                                  ("timelinejs", "application/json"), ("html", "text/html"))]
    return [
        Download("export_csv", "export.csv", "frise.csv", "text/csv",
                 partial(events_to_csv, events, docs)),
        Download("export_json", "export.json", "frise.json", "application/json",
                 partial(events_to_json, events, docs, corpus.places, corpus.aliases)),
        Download("export_timelinejs", "export.timelinejs", "frise-timelinejs.json",
                 "application/json", partial(timelinejs_json, events, docs, lang=lang)),
        Download("export_html", "export.html", "frise.html", "text/html",
                 partial(events_to_html, events, docs, lang, places=corpus.places)),
    ]
