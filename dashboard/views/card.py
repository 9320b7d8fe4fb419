"""The card of one event, as the page's detail panel and the standalone HTML export both show it.

One place builds what the card says (``event_card``: headline, date, how it was dated, who and
where, every source with its outlet, publication day, link and sentence, and where sources
disagree); the page lays it out with Streamlit, the exports with ``card_html``.

Document text is never trusted: every piece of it goes through ``html.escape`` before the
only tags Frise adds (``<mark>`` around the date expression or sentence) are put around it.
Newlines become ``<br>`` so the whole block stays one HTML block for Streamlit's Markdown,
which would otherwise read the text between blank lines as Markdown (links, images).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from dashboard.model import Document, Event, Source
from dashboard.views.compare import SideBySide, side_by_side
from dashboard.views.i18n import (
    disagreement_heading,
    display_name,
    format_day,
    format_period,
    plural,
    precision_label,
    quoted,
    t,
    table,
)

# Only these schemes may become a link: a manifest could give "javascript:" or "data:".
LINK_SCHEMES = ("http", "https")


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


def safe_link(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address that can be a link, else None (show it as text).

    A hostile manifest can write ``javascript:alert(1)``, ``data:text/html,…`` or a scheme
    hidden behind spaces and control characters (`` java\tscript:``, which browsers strip)."""
    if not url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None


def link_html(url: str | None) -> str:
    """The document's address: a link when ``safe_link`` allows it, else escaped text ("" if none)."""
    if not url:
        return ""
    shown = escape_text(url)
    safe = safe_link(url)
    if safe is None:
        return f'<span class="frise-url">{shown}</span>'
    return f'<a href="{html.escape(safe, quote=True)}" rel="noopener noreferrer">{shown}</a>'


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
    # The article's address, as text; ``link_html(url)`` makes it a link only when it is safe.
    url: str = ""

    @property
    def credit_html(self) -> str:
        """Outlet · publication day · address, escaped (the address a link only if http(s))."""
        parts = [f"<b>{escape_text(self.outlet)}</b>", escape_text(self.published)]
        if self.url:
            parts.append(link_html(self.url))
        return " · ".join(parts)


def marked_excerpt(source: Source) -> str:
    """The source sentence, escaped, with its date expression in <mark> (page and exports)."""
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
            excerpt_html=html_block(marked_excerpt(source), "frise-excerpt"),
            article_html=html_block(_article_html(source, document), "frise-article"),
            url=document.url if document and document.url else "",
        ))
    return cards


@dataclass(frozen=True)
class EventCard:
    """Everything the card says about one event, in reading order; text is plain (unescaped)."""

    title: str
    # (label, value) lines: date and precision, how it was dated, people, places…
    facts: tuple[tuple[str, str], ...]
    planned: str
    sources_heading: str
    sources: tuple[SourceCard, ...]
    compared: SideBySide
    # Column heading of each document in ``compared``: its outlet, else its id.
    compared_outlets: tuple[str, ...]
    disagreements_heading: str


def event_card(event: Event, documents: Mapping[str, Document], lang: str) -> EventCard:
    when = format_period(event.date, event.date_end, event.precision, lang)
    facts = [(t("detail.date", lang),
              f"{when} ({precision_label(event.precision, lang)})" if when
              else t("story.undated", lang)),
             (t("detail.how", lang), how_dated(event, lang))]
    for key, names in (("detail.actors", event.actors), ("detail.organisations", event.organisations),
                       ("detail.places", event.places), ("detail.weapons", event.weapons)):
        if names:
            facts.append((t(key, lang), ", ".join(display_name(n, lang) for n in names)))
    compared = side_by_side(event, documents)
    outlets = tuple((documents[c.doc_id].outlet if c.doc_id in documents else "") or c.doc_id
                    for c in compared.columns)
    # Two sentences of one article are two cards: count both, so the number matches the cards.
    heading = t("detail.sources", lang, articles=plural(len(event.doc_ids), "article", lang),
                excerpts=plural(len(event.sources), "excerpt", lang))
    return EventCard(
        title=event.title, facts=tuple(facts),
        planned=t("detail.planned", lang) if event.status == "planned" else "",
        sources_heading=heading, sources=tuple(source_cards(event, documents, lang)),
        compared=compared, compared_outlets=outlets,
        disagreements_heading=t("detail.disagreements", lang))


def fact_html(label: str, value: str, lang: str) -> str:
    """One "label : value" line, both escaped, in the language's punctuation."""
    text = escape_text(value)
    if label:
        text = table(lang).LABEL_FORMAT.format(label=f"<b>{escape_text(label)}</b>", text=text)
    return html_block(text, "frise-meta")


def disagreement_rows_html(card: EventCard, lang: str) -> str:
    """The sources' disagreements as a table: a row a point, a column a document."""
    if not card.compared.rows:
        return ""
    head = "".join(f"<th>{escape_text(o)}</th>" for o in card.compared_outlets)
    rows = "".join(
        f"<tr><th>{escape_text(disagreement_heading(row.kind, row.subject, lang))}</th>"
        + "".join(f"<td>{escape_text(v if v is not None else '—')}</td>" for v in row.values)
        + "</tr>" for row in card.compared.rows)
    return (f"<p><b>{escape_text(card.disagreements_heading)}</b></p>"
            f'<table class="frise-compare"><tr><th></th>{head}</tr>{rows}</table>')


def card_html(card: EventCard, lang: str, with_title: bool = True) -> str:
    """The card as one HTML fragment for the exports: the same lines as the page's panel, the
    whole article left out (the page opens it; an export would repeat every article per event)."""
    parts = [html_block(escape_text(card.title), "frise-title", "h3")] if with_title else []
    parts += [fact_html(label, value, lang) for label, value in card.facts]
    if card.planned:
        parts.append(fact_html("", card.planned, lang))
    parts.append(f"<p><b>{escape_text(card.sources_heading)}</b></p>")
    parts += [f'<div class="frise-source">{html_block(s.credit_html, "frise-meta")}'
              f"{s.excerpt_html}{html_block(escape_text(s.how), 'frise-meta')}</div>"
              for s in card.sources]
    parts.append(disagreement_rows_html(card, lang))
    return "".join(parts)
