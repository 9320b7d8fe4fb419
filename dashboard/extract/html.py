"""The article out of an HTML page: trafilatura first, a plain tag-stripper if it finds nothing.

Nothing is fetched: trafilatura only reads the markup it is given. Scripts, styles and event
handlers never reach the text (trafilatura drops them; the fallback skips their content and
keeps no attribute at all).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Tags whose content is code or chrome, never article text.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math"})
# Tags that end a line, so paragraphs stay lines for the furniture rules.
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                     "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "hr",
                     "figure", "figcaption", "dd", "dt", "main", "form"})
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?(?P<lang>[A-Za-z]{2,3})\b", re.IGNORECASE)
# Browsers read the inside of <iframe> and <noscript> as raw text, never shown with the page
# (an iframe shows another page; noscript shows only without JavaScript): "Activez JavaScript",
# "Votre navigateur ne prend pas en charge les cadres". trafilatura keeps it, so it goes first.
_RAW_TEXT_ELEMENTS = re.compile(r"<(?P<tag>iframe|noscript)\b[^>]*?(?:/>|>.*?</(?P=tag)\s*>)",
                                re.IGNORECASE | re.DOTALL)
_SNIFF = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b)", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str = ""
    date: str | None = None
    sitename: str = ""
    url: str = ""
    lang: str | None = None
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str) -> bool:
    """True for a page saved with a .txt name: it starts with a doctype or an <html> tag."""
    return bool(_SNIFF.match(text[:4096]))


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def strip_tags(markup: str) -> str:
    """Visible text of ``markup``, one block per line, without scripts, styles or attributes."""
    parser = _Stripper()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def extract_article(markup: str, name: str) -> HtmlArticle:
    """The article text and metadata of one page; a warning when the fallback had to be used."""
    lang_match = _HTML_LANG.search(markup[:8192])
    lang = lang_match.group("lang").lower() if lang_match else None
    markup = _RAW_TEXT_ELEMENTS.sub(" ", markup)
    extracted = _trafilatura(markup)
    if extracted is not None and extracted.text and extracted.text.strip():
        return HtmlArticle(
            text=extracted.text,
            title=extracted.title or "",
            date=extracted.date,
            sitename=extracted.sitename or "",
            url=extracted.url or "",
            lang=lang,
        )
    warning = (f"{name}: no article found in the HTML by trafilatura; used all the page's visible text, "
               f"so more page furniture may remain")
    return HtmlArticle(text=strip_tags(markup), lang=lang, warnings=(warning,))


def _trafilatura(markup: str):
    import trafilatura

    # trafilatura logs every page it finds too short; the fallback warning already says so.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        return trafilatura.bare_extraction(
            markup,
            include_tables=False,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a parser crash on one odd page must fall back, not stop a corpus
        return None
