"""Exports of a set of events: CSV, the extractor's JSON, TimelineJS 3, a standalone HTML page.

All are pure functions from events (and optionally their documents) to text, so the CLI, the
dashboard's download buttons and the tests call the same code.
"""

from dashboard.export.html import events_to_html
from dashboard.export.json_export import events_to_json
from dashboard.export.tabular import events_to_csv
from dashboard.export.timelinejs import events_to_timelinejs, timelinejs_json

__all__ = ["events_to_csv", "events_to_html", "events_to_json", "events_to_timelinejs",
           "timelinejs_json"]
