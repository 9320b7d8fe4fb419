"""Between the View and the page's widgets: each widget's key is its URL parameter's name.

The app seeds missing widget values from the View, then reads the View back from the widget
values, so the View (and the URL written from it) always says what the widgets show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from dashboard.views.view import MIN_SOURCES_MAX, View

# Widget key -> View field.
FIELDS = {
    "from": "date_from", "to": "date_to", "category": "categories", "actor": "actors",
    "org": "organisations", "place": "places", "weapon": "weapons", "source": "sources", "q": "q",
    "min_sources": "min_sources", "event": "event", "lanes": "lanes", "mode": "mode",
    "tab": "tab", "lang": "lang",
}
_LISTS = ("category", "actor", "org", "place", "weapon", "source")


def widget_state(view: View) -> dict[str, object]:
    """The value each widget shows for ``view`` (lists for multiselects)."""
    return {key: list(getattr(view, field)) if key in _LISTS else getattr(view, field)
            for key, field in FIELDS.items()}


def view_from_state(state: Mapping[str, object], base: View) -> View:
    """The view the widgets show; a key missing from ``state`` keeps ``base``'s value."""
    changes = {}
    for key, field in FIELDS.items():
        if key not in state:
            continue
        value = state[key]
        if key in _LISTS:
            value = tuple(value or ())
        elif key == "q":
            value = str(value or "")
        elif key == "min_sources":
            value = min(max(int(value or 1), 1), MIN_SOURCES_MAX)
        changes[field] = value
    return replace(base, **changes)
