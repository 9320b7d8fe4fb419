"""The event fields a person may correct, and their values in the store (JSON) and on an Event."""

from __future__ import annotations

import dataclasses
from datetime import date

from dashboard.model import CATEGORIES
from dashboard.model import PRECISIONS, STATUSES, Event

_EVENT_FIELDS = {f.name for f in dataclasses.fields(Event)}
# Name lists an event may carry; organisations only once the model has them.
NAME_FIELDS = tuple(f for f in ("actors", "organisations", "places") if f in _EVENT_FIELDS)
DATE_FIELDS = ("date", "date_end")
EDITABLE = ("title", *DATE_FIELDS, "precision", "category", "status", *NAME_FIELDS)
# Fields of a correction that are not an event's: whether it is deleted, whether a join or a
# split is in force (undoing one sets it back to False).
DELETED, ACTIVE = "deleted", "active"


class InvalidValue(ValueError):
    """A value a person typed that no event can hold; the message says what to type."""


def to_json(name: str, value):
    """An Event field's value as the store keeps it."""
    if name in DATE_FIELDS:
        return value.isoformat() if value else None
    if name in NAME_FIELDS:
        return list(value)
    return value


def to_event(name: str, value):
    """A stored value as the Event field holds it."""
    if name in DATE_FIELDS:
        return date.fromisoformat(value) if value else None
    if name in NAME_FIELDS:
        return tuple(value)
    return value


def clean(name: str, value):
    """``value`` checked for field ``name`` and put in its stored form, or InvalidValue."""
    if name not in EDITABLE:
        raise InvalidValue(f"'{name}' cannot be corrected; the fields are: {', '.join(EDITABLE)}")
    if name == "title":
        text = " ".join(str(value or "").split())
        if not text:
            raise InvalidValue("a headline cannot be empty")
        return text
    if name in DATE_FIELDS:
        if value in (None, ""):
            return None
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise InvalidValue(f"{name}: '{value}' is not a date, use YYYY-MM-DD") from None
    if name == "precision":
        if value not in PRECISIONS:
            raise InvalidValue(f"precision: '{value}' is not one of {', '.join(PRECISIONS)}")
        return value
    if name == "category":
        if value not in CATEGORIES:
            raise InvalidValue(f"category: '{value}' is not one of {', '.join(CATEGORIES)}")
        return value
    if name == "status":
        if value not in STATUSES:
            raise InvalidValue(f"status: '{value}' is not one of {', '.join(STATUSES)}")
        return value
    names = value.split(";") if isinstance(value, str) else list(value or ())
    return list(dict.fromkeys(n.strip() for n in names if str(n).strip()))


def clean_all(changes: dict) -> dict:
    cleaned = {name: clean(name, value) for name, value in changes.items()}
    start, end = cleaned.get("date"), cleaned.get("date_end")
    if start and end and end < start:
        raise InvalidValue(f"the period ends ({end}) before it starts ({start})")
    return cleaned
