"""plotly.js in the reader's language: its toolbar, its messages and its date axis.

plotly.js registers locales as modules, but its ``locales`` config takes the same definition
per chart, which works with any copy of plotly.js (Streamlit's own, or the one inside a
standalone export) and needs nothing from the network. The words are in
``dashboard/lang/<lang>/plotly.py`` (its interface texts) and ``ui.py`` (month names); a
language without ``plotly.py`` keeps plotly.js's English.
"""

from __future__ import annotations

import importlib.util
from functools import cache

from dashboard.views.i18n import table


@cache
def plotly_locale(lang: str) -> dict | None:
    """plotly.js's locale definition for ``lang`` ({"dictionary", "format"}), or None."""
    name = f"dashboard.lang.{lang}.plotly"
    if importlib.util.find_spec(name) is None:
        return None
    words = importlib.import_module(name)
    months = table(lang)
    return {
        "dictionary": dict(words.PLOTLY_DICTIONARY),
        "format": {"days": list(words.DAYS), "shortDays": list(words.DAYS_SHORT),
                   "months": list(months.MONTHS), "shortMonths": list(months.MONTHS_SHORT),
                   **words.PLOTLY_NUMBERS, **words.PLOTLY_DATES},
    }


def chart_config(lang: str, scroll_zoom: bool = False) -> dict:
    """The config of every Frise chart: no Plotly logo, the reader's locale, and the mouse
    wheel left to the page unless the reader asked it to zoom."""
    config = {"displaylogo": False, "scrollZoom": scroll_zoom, "locale": lang}
    locale = plotly_locale(lang)
    if locale is not None:
        config["locales"] = {lang: locale}
    return config
