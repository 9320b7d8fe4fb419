"""HTML fragments shared by the exports that render HTML (TimelineJS slides, the standalone page).

Article text is untrusted: everything taken from a document goes through ``escape``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from functools import partial

from dashboard.model import Document, Event
from dashboard.views.card import link_html
from dashboard.views.i18n import format_day, t

# Text content, not attribute values: French apostrophes stay readable in the JSON.
escape = partial(html.escape, quote=False)


def credit(doc_id: str, doc: Document | None, lang: str) -> str:
    """Where a sentence comes from: outlet, publication day, and a link to a web article."""
    parts = [escape(doc.outlet or doc.title or doc_id if doc else doc_id)]
    if doc and doc.published:
        parts.append(escape(t("detail.published", lang, date=format_day(doc.published, lang))))
    if doc and doc.url:
        # Only an http(s) address becomes a link; "javascript:" or "data:" stays text.
        parts.append(link_html(doc.url))
    return ", ".join(parts)


def source_html(event: Event, by_id: Mapping[str, Document], lang: str) -> str:
    """Each source's sentence, quoted, with the article it comes from."""
    return "".join(
        f"<blockquote>{escape(source.excerpt)}</blockquote>"
        f"<p class=\"credit\">— {credit(source.doc_id, by_id.get(source.doc_id), lang)}</p>"
        for source in event.sources)


def disagreements_html(event: Event, lang: str) -> str:
    """The points where the sources differ, each with what every source says; "" if none."""
    if not event.disagreements:
        return ""
    items = "".join(
        f"<li><b>{escape(d.subject)}</b><br>"
        + "<br>".join(f"{escape(doc_id)} — {escape(said)}" for doc_id, said in d.accounts)
        + "</li>" for d in event.disagreements)
    return f"<p>{escape(t('detail.disagreements', lang))}</p><ul>{items}</ul>"


def event_body(event: Event, by_id: Mapping[str, Document], lang: str) -> str:
    """Everything said about an event below its title: status, sources, disagreements."""
    planned = event.status == "planned"
    status = f"<p><em>{escape(t('detail.planned', lang))}</em></p>" if planned else ""
    return status + source_html(event, by_id, lang) + disagreements_html(event, lang)
