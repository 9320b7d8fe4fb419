"""What the detail panel says about one event, as escaped HTML and plain sentences.

Document text is never trusted: every piece of it goes through ``html.escape`` before the
only tags Frise adds (``<mark>`` around the date expression or sentence) are put around it.
Newlines become ``<br>`` so the whole block stays one HTML block for Streamlit's Markdown,
which would otherwise read the text between blank lines as Markdown (links, images).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from dashboard.model import Document, Event, Source
from dashboard.views.i18n import format_day, quoted, t


def escape_text(text: str) -> str:
    """Document text made inert for ``st.markdown(..., unsafe_allow_html=True)``."""
    safe = html.escape(text.replace("\r\n", "\n"), quote=True)
    # "$" would start LaTeX in Streamlit Markdown; newlines would end the HTML block.
    return safe.replace("$", "&#36;").replace("\n", "<br>")


def highlight(text: str, start: int | None, end: int | None,
              inner: tuple[int, int] | None = None) -> str:
    """``text`` escaped, with [start, end) wrapped in <mark> and ``inner`` (inside it) in <strong>.

    Offsets are in the raw text; each piece is escaped on its own so they stay right.
    """
    if start is None or end is None or not 0 <= start < end <= len(text):
        return escape_text(text)
    marked = escape_text(text[start:end])
    if inner and start <= inner[0] < inner[1] <= end:
        a, b = inner[0] - start, inner[1] - start
        piece = text[start:end]
        marked = (escape_text(piece[:a]) + "<strong>" + escape_text(piece[a:b]) + "</strong>"
                  + escape_text(piece[b:]))
    return escape_text(text[:start]) + "<mark>" + marked + "</mark>" + escape_text(text[end:])


def html_block(text_html: str, css_class: str = "frise-text", tag: str = "div") -> str:
    return f'<{tag} class="{css_class}">{text_html}</{tag}>'


def how_dated(item: Event | Source, lang: str) -> str:
    """One sentence on how a date was found, e.g. « mardi », compté à rebours depuis le
    17 nov. 2024, and why that occurrence (« année choisie par le jour de la semaine »)."""
    how = _how(item, lang)
    why = getattr(item, "why", None)
    if not why or not item.date_text:
        return how
    marker = quoted(getattr(item, "marker", None) or item.date_text, lang)
    return f"{how} — {t(f'why.{why}', lang, marker=marker)}"


def _how(item: Event | Source, lang: str) -> str:
    written = quoted(item.date_text, lang) if item.date_text else ""
    anchor = format_day(item.anchor, lang, short=True) if item.anchor else None
    if item.dated_by == "publication" or not item.date_text:
        if item.date is None:
            return t("how.publication_unknown", lang)
        return t("how.publication", lang, published=format_day(item.date, lang, short=True))
    if item.dated_by == "explicit":
        return t("how.explicit", lang, quoted=written)
    if anchor is None:
        return t("how.unanchored", lang, quoted=written)
    if item.dated_by == "anaphoric" or item.anchor_kind == "previous":
        return t("how.anaphoric", lang, quoted=written, anchor=anchor)
    forward = item.date is not None and item.date > item.anchor
    return t("how.relative_forward" if forward else "how.relative_back", lang,
             quoted=written, anchor=anchor)


@dataclass(frozen=True)
class SourceCard:
    """One source of an event, ready to show: who said it, when, and the sentence."""

    doc_id: str
    outlet: str
    doc_title: str
    published: str
    how: str
    excerpt_html: str
    article_html: str


def _excerpt_html(source: Source) -> str:
    if source.mention_start is not None and source.mention_end is not None:
        start, end = source.mention_start - source.start, source.mention_end - source.start
        if 0 <= start < end <= len(source.excerpt):
            return highlight(source.excerpt, start, end)
    if source.date_text and source.date_text in source.excerpt:
        start = source.excerpt.index(source.date_text)
        return highlight(source.excerpt, start, start + len(source.date_text))
    return escape_text(source.excerpt)


def greyed(text: str, start: int, end: int, furniture) -> str:
    """``text[start:end]`` escaped, its page furniture (menus, teasers, credits) in a span the
    page shows greyed: it is in the text, but not read."""
    spans = sorted((max(s.start, start), min(s.end, end)) for s in furniture if s.start < end and start < s.end)
    pieces, at = [], start
    for a, b in spans:
        if a < at:
            a = at
        if a >= b:
            continue
        pieces.append(escape_text(text[at:a]))
        pieces.append(f'<span class="frise-furniture">{escape_text(text[a:b])}</span>')
        at = b
    pieces.append(escape_text(text[at:end]))
    return "".join(pieces)


def _article_html(source: Source, document: Document | None) -> str:
    if document is None or not document.text:
        return escape_text(source.excerpt)
    inner = None
    if source.mention_start is not None and source.mention_end is not None:
        inner = (source.mention_start, source.mention_end)
    text = document.text
    if text[source.start:source.end] != source.excerpt:
        return greyed(text, 0, len(text), document.furniture)
    # The sentence itself is never furniture: only what is around it is greyed.
    sentence = highlight(text[source.start:source.end], 0, source.end - source.start,
                         (inner[0] - source.start, inner[1] - source.start) if inner else None)
    return (greyed(text, 0, source.start, document.furniture) + sentence
            + greyed(text, source.end, len(text), document.furniture))


def _published(document: Document | None, lang: str) -> str:
    if document is None or document.published is None:
        return t("detail.unpublished", lang)
    return t("detail.published", lang, date=format_day(document.published, lang))


def source_cards(event: Event, documents: Mapping[str, Document], lang: str) -> list[SourceCard]:
    cards = []
    for source in event.sources:
        document = documents.get(source.doc_id)
        cards.append(SourceCard(
            doc_id=source.doc_id,
            outlet=(document.outlet if document and document.outlet else source.doc_id),
            doc_title=document.title if document else "",
            published=_published(document, lang),
            how=how_dated(source, lang),
            excerpt_html=html_block(_excerpt_html(source), "frise-excerpt"),
            article_html=html_block(_article_html(source, document), "frise-article"),
        ))
    return cards
