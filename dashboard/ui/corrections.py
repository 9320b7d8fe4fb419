"""What the correction panels say and send, as pure values: no Streamlit here.

The editor shows an event's fields as widget values (``editor_values``) and sends back only what
the person changed (``changes``); the history, the "corrigé à la main" line and the orphans
are plain sentences, shown as text, never as Markdown or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from dashboard.curation.apply import EventState, Orphan
from dashboard.curation.fields import NAME_FIELDS, to_json
from dashboard.model import Document, Event
from dashboard.store.edits import LogEntry
from dashboard.views.i18n import format_day, t

# Names in the editor are one text field: "Joe Biden; Volodymyr Zelensky".
NAME_SEPARATOR = "; "
# A sentence for the hand-made event's source ends at . ! ? … or a line break.
_SENTENCE = re.compile(r"[^\n.!?…]+(?:[.!?…]+|$)", re.MULTILINE)
# A sentence this short is a stray fragment (a dateline, an initial), not a source.
MIN_SENTENCE_CHARS = 20
# History values are cut so one long excerpt does not fill the panel.
HISTORY_VALUE_CHARS = 80


def editor_values(event: Event) -> dict[str, object]:
    """Each editor widget's starting value, keyed by the widget key (edit_<field>)."""
    values: dict[str, object] = {"edit_title": event.title, "edit_date": event.date,
                                 "edit_date_end": event.date_end,
                                 "edit_precision": event.precision or "day",
                                 "edit_category": event.category, "edit_status": event.status}
    for name in NAME_FIELDS:
        values[f"edit_{name}"] = NAME_SEPARATOR.join(getattr(event, name))
    return values


def editor_values_keys() -> tuple[str, ...]:
    """The editor's widget keys, in the order the form shows them."""
    return ("edit_title", "edit_date", "edit_date_end", "edit_precision", "edit_category",
            "edit_status", *(f"edit_{name}" for name in NAME_FIELDS))


def changes(event: Event, submitted: Mapping[str, object]) -> dict[str, object]:
    """The fields the person changed, in the store's form; unchanged fields are left out."""
    changed: dict[str, object] = {}
    for key, value in submitted.items():
        name = key.removeprefix("edit_")
        if name in NAME_FIELDS:
            value = [n.strip() for n in str(value or "").split(";") if n.strip()]
        elif isinstance(value, date):
            value = value.isoformat()
        if value != to_json(name, getattr(event, name)):
            changed[name] = value
    return changed


def when(stamp: str, lang: str) -> str:
    """An edit's UTC time as "1 déc. 2026, 08:40 UTC"."""
    day = date.fromisoformat(stamp[:10])
    return f"{format_day(day, lang, short=True)}, {stamp[11:16]} UTC"


_LABELLED = frozenset({"title", "date", "date_end", "precision", "category", "status",
                       *NAME_FIELDS})


def field_label(name: str, lang: str) -> str:
    """"Titre", "Personnes": the editor's label without its hint; other fields as named."""
    return t(f"edit.{name}", lang).split(" (")[0] if name in _LABELLED else name


def corrected_note(state: EventState, lang: str) -> str | None:
    """"Corrigé à la main par Ana le 1 déc. 2026, 08:40 UTC : Titre, Début", or None."""
    if not state.corrected:
        return None
    latest = max(state.corrected.values(), key=lambda mark: mark.at)
    who = ", ".join(dict.fromkeys(m.by for m in state.corrected.values()))
    fields = ", ".join(field_label(name, lang) for name in state.corrected
                       if name not in ("deleted", "active"))
    return t("edit.corrected", lang, who=who, when=when(latest.at, lang), fields=fields)


def _short(value: object) -> str:
    text = "; ".join(map(str, value)) if isinstance(value, list) else ("—" if value is None else str(value))
    return text if len(text) <= HISTORY_VALUE_CHARS else text[:HISTORY_VALUE_CHARS - 1] + "…"


def history_lines(entries: Sequence[LogEntry], lang: str) -> list[str]:
    """One sentence per change, newest first."""
    return [t("edit.history_line", lang, when=when(e.at, lang), who=e.author,
              action=t(f"edit.action.{e.action}", lang), field=field_label(e.field, lang),
              before=_short(e.before.value), after=_short(e.after.value))
            for e in reversed(entries)]


def orphan_lines(orphans: Sequence[Orphan], lang: str) -> list[str]:
    lines = []
    for orphan in orphans:
        correction = orphan.correction
        what = correction.anchors[0]["excerpt"][:HISTORY_VALUE_CHARS] if correction.anchors \
            else correction.target
        marks = list(correction.fields.values())
        latest = max(marks, key=lambda m: m.at) if marks else None
        lines.append(t("edit.orphan_line", lang, what=what,
                       fields=", ".join(field_label(n, lang) for n in correction.fields),
                       who=latest.by if latest else correction.created_by,
                       when=when(latest.at if latest else correction.created_at, lang)))
    return lines


def sentences(document: Document) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``document`` a hand-made event may cite."""
    spans = []
    for match in _SENTENCE.finditer(document.text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.end()
        if end - start >= MIN_SENTENCE_CHARS:
            spans.append((start, end))
    return spans
