"""The reading list ("Récit") and the table rows: the filtered events as words, in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dashboard.model import Event
from dashboard.ui.filters import chronological
from dashboard.ui.i18n import category_label, format_period, precision_label, t


@dataclass(frozen=True)
class StoryItem:
    event_id: str
    when: str
    title: str
    outlets: tuple[str, ...]
    planned: bool


def outlets_of(event: Event, outlets: Mapping[str, str]) -> tuple[str, ...]:
    """The outlets that report an event, each once, in source order."""
    return tuple(dict.fromkeys(outlets.get(d) or d for d in event.doc_ids))


def story_items(events: Sequence[Event], outlets: Mapping[str, str], lang: str) -> list[StoryItem]:
    return [StoryItem(e.id, format_period(e.date, e.date_end, e.precision, lang), e.title,
                      outlets_of(e, outlets), e.status == "planned")
            for e in chronological(events)]


def table_rows(events: Sequence[Event], outlets: Mapping[str, str], lang: str) -> list[dict]:
    """One row per event with localised column names, for a sortable table."""
    return [{
        t("table.date", lang): e.date,
        t("table.title", lang): e.title,
        t("table.category", lang): category_label(e.category, lang),
        t("table.date_text", lang): e.date_text or t("hover.publication", lang),
        t("table.precision", lang): precision_label(e.precision, lang),
        t("table.sources", lang): len(e.doc_ids),
        t("table.outlets", lang): ", ".join(outlets_of(e, outlets)),
        t("table.actors", lang): ", ".join(e.actors),
        "id": e.id,
    } for e in chronological(events)]
