"""Exports of a set of events: CSV, the extractor's JSON, TimelineJS 3, a standalone HTML page.

All are pure functions from events (and optionally their documents) to text, so the CLI, the
dashboard's download buttons and the tests call the same code.

``events_to_html`` is imported on first use: it draws the timeline with Plotly, which the
command line's CSV and JSON exports must not pay for.
"""

from dashboard.export.json_export import events_to_json
from dashboard.export.tabular import events_to_csv
from dashboard.export.timelinejs import events_to_timelinejs, timelinejs_json

__all__ = ["events_to_csv", "events_to_html", "events_to_json", "events_to_timelinejs",
           "timelinejs_json"]


def __getattr__(name: str):
    # PEP 562: loaded only when asked for, so importing the package does not import Plotly.
    if name == "events_to_html":
        from dashboard.export.html import events_to_html
        return events_to_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
