"""The reading list ("Récit") and the table rows: the filtered events as words, in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dashboard.model import Event
from dashboard.views.filters import chronological
from dashboard.views.i18n import (
    category_label,
    display_name,
    format_period,
    precision_label,
    short_period,
    t,
)


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


def _item(event: Event, outlets: Mapping[str, str], lang: str) -> StoryItem:
    return StoryItem(event.id, format_period(event.date, event.date_end, event.precision, lang),
                     event.title, outlets_of(event, outlets), event.status == "planned")


def story_items(events: Sequence[Event], outlets: Mapping[str, str], lang: str) -> list[StoryItem]:
    return [_item(e, outlets, lang) for e in chronological(events)]


# A reading list of 10,000 items is neither read nor cheap to send: it is shown a page at a time.
STORY_PAGE = 100


@dataclass(frozen=True)
class StoryPage:
    items: tuple[StoryItem, ...]
    number: int     # 1-based, clamped to the pages there are
    pages: int
    first: int      # 1-based position of the first item, 0 when empty
    last: int
    total: int


def story_page(ordered: Sequence[Event], outlets: Mapping[str, str], lang: str, number: int,
               size: int = STORY_PAGE) -> StoryPage:
    """Page ``number`` of the reading list of ``ordered`` (events already in reading order);
    only that page's items are formatted."""
    pages = max((len(ordered) + size - 1) // size, 1)
    number = min(max(number, 1), pages)
    chunk = ordered[(number - 1) * size:number * size]
    items = tuple(_item(e, outlets, lang) for e in chunk)
    first = (number - 1) * size + 1 if items else 0
    return StoryPage(items, number, pages, first, first + len(items) - 1 if items else 0,
                     len(ordered))


def table_rows(events: Sequence[Event], outlets: Mapping[str, str], lang: str) -> list[dict]:
    """One row per event with localised column names, for a sortable table."""
    return [{
        t("table.date", lang): short_period(e.date, e.date_end, e.precision, lang),
        t("table.title", lang): e.title,
        t("table.category", lang): category_label(e.category, lang),
        t("table.date_text", lang): e.date_text or t("hover.publication", lang),
        t("table.precision", lang): precision_label(e.precision, lang),
        t("table.sources", lang): len(e.doc_ids),
        t("table.outlets", lang): ", ".join(outlets_of(e, outlets)),
        t("table.actors", lang): ", ".join(display_name(a, lang) for a in e.actors),
        t("table.organisations", lang): ", ".join(display_name(o, lang) for o in e.organisations),
        t("table.start", lang): e.date,
        "id": e.id,
    } for e in chronological(events)]
