"""The explore page around the timeline: what a reader sees on the first screen.

On a wide screen the detail of the selected event sits beside the timeline, so a click shows
its result without scrolling (on a phone the columns stack and the detail follows). A filter
that leaves a handful of events lists them under the count, each one click from its detail;
a selected event that the filters hide gets a notice; with nothing to show, the page says so
and offers the reset instead of an empty axis. Document text reaches widgets only through
``ui.plain.plain_markdown`` (labels are read as Markdown).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urlencode

import streamlit as st

from dashboard.model import Event
from dashboard.ui.plain import plain_markdown
from dashboard.ui.story import outlets_of
from dashboard.views.i18n import short_period, t
from dashboard.views.view import View

# Up to this many events left by a search or a filter are listed under the count: a list a
# reader takes in at a glance (the table tab shows any number).
FEW_EVENTS = 8
# The timeline's share of a wide screen when the detail sits beside it.
TIMELINE_SHARE = (3, 2)
# On a phone the timeline has no room for its labels: this many events are listed under it,
# date and headline, one tap from their detail (the table tab lists any number).
PHONE_LIST_LIMIT = 30
# The container that holds that list; the page's style shows it on narrow screens only.
PHONE_LIST_KEY = "frise-phone-list"


def choose(event_id: str) -> None:
    st.session_state["event"] = event_id


def few_listed(filtered: bool, shown: Sequence[Event]) -> bool:
    """A filter left a handful of events: they are listed under the count (``few_events``)."""
    return filtered and 0 < len(shown) <= FEW_EVENTS


def few_events(view: View, shown: Sequence[Event], outlets: Mapping[str, str], lang: str,
               filtered: bool) -> None:
    """The events a search or a filter left, when they are few: headline, date, outlet."""
    if not few_listed(filtered, shown):
        return
    st.caption(t("timeline.few", lang))
    for event in shown:
        when = short_period(event.date, event.date_end, event.precision, lang)
        who = ", ".join(outlets_of(event, outlets))
        label = plain_markdown(f"{when} · {event.title} · {who}")
        st.button(label, key=f"few-{event.id}", on_click=choose, args=(event.id,), type="tertiary",
                  icon=":material/arrow_right:" if event.id == view.event else None)


def phone_list(view: View, shown: Sequence[Event], lang: str) -> None:
    """Under the timeline, on a phone only (``panels.CSS``): the events in date order, "déc.
    2022 · headline", so a reader can tell the marks apart without hovering."""
    if not shown:
        return
    with st.container(key=PHONE_LIST_KEY):
        listed = shown[:PHONE_LIST_LIMIT]
        st.caption(t("timeline.phone_list", lang, shown=len(listed), total=len(shown)))
        for event in listed:
            when = short_period(event.date, event.date_end, event.precision, lang)
            st.button(f"**{plain_markdown(when)}** · {plain_markdown(event.title)}", key=f"phone-{event.id}",
                      on_click=choose, args=(event.id,), type="tertiary",
                      icon=":material/arrow_right:" if event.id == view.event else None)


def hidden_selection(view: View, shown_ids: frozenset[str], events_by_id: Mapping[str, Event],
                     lang: str) -> None:
    """A notice when the selected event is not among those the filters leave."""
    event = events_by_id.get(view.event) if view.event else None
    if event is not None and event.id not in shown_ids:
        st.warning(plain_markdown(t("timeline.hidden_event", lang, title=event.title)))


def nothing_to_show(lang: str, reset: Callable[[], None], filtered: bool,
                    message: str = "timeline.empty") -> None:
    """No dated event to draw: say why, and offer the reset when filters are what hide them
    (a corpus with no dated event at all says so instead, with nothing to reset)."""
    st.info(t(message if filtered else "timeline.corpus_empty", lang))
    if filtered:
        st.button(t("timeline.reset", lang), key="reset-empty", on_click=reset)


def view_url(params: Mapping[str, list[str]]) -> str:
    """The address of the current view: the page's own URL with the view's parameters."""
    base = (st.context.url or "").split("?")[0]
    query = urlencode(params, doseq=True)
    return f"{base}?{query}" if query else base


def copy_link(params: Mapping[str, list[str]], lang: str) -> None:
    """A "copier le lien" button: it opens the view's address with Streamlit's copy button."""
    with st.popover(t("link.copy", lang), icon=":material/link:"):
        st.caption(t("link.help", lang))
        st.code(view_url(params), language=None, wrap_lines=True)
