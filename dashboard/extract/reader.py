"""One file to one ``Document``: decode, extract HTML, find language, date and furniture.

``read_document`` never raises for bad content: an unreadable file becomes a Document with
``error`` set to one line naming the file and what to do, and ``text`` empty.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from dashboard import lang as languages
from dashboard.model import CALENDAR_MAX, CALENDAR_MIN, Document, Span, in_calendar

from .compose import compose

from .dateline import find_datelines, parse_date_string, publication_dateline
from .files import ReadError, max_bytes_default, read_text
from .furniture import find_furniture
from .html import extract_article, looks_like_html
from .language import guess_language
from .manifest import parse_published

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
NO_DATE_WARNING = ("no publication date: relative dates will be marked unanchored "
                   "(give --published or a manifest date)")
# How a warning names where a publication date came from.
_SOURCE_NAMES = {"manifest": "manifest", "html-meta": "page metadata", "dateline": "dateline",
                 "cli": "--published"}
# A first line this short is the headline of a plain-text article.
_TITLE_MAX_WORDS = 25


def read_document(path, *, published: date | None = None, language: str | None = None,
                  meta: dict | None = None, max_bytes: int | None = None,
                  data: bytes | None = None) -> Document:
    """Read one article file (or ``data``, the bytes of the file at ``path`` taken elsewhere).

    ``meta`` carries manifest values (doc_id, title, outlet, url, language, note, published as a
    date, warnings); they win over what the file says. ``published`` is the fallback date given
    on the command line: it applies only when neither the manifest nor the file has a date.
    """
    path = Path(path)
    meta = dict(meta or {})
    try:
        return _read(path, published, language, meta, max_bytes, data)
    except Exception as exc:  # noqa: BLE001 - one odd file must never stop a corpus
        return Document(doc_id=meta.get("doc_id") or path.stem, file=meta.get("file") or path.name, text="",
                        language=meta.get("language") or language or languages.DEFAULT,
                        error=one_line(f"{path.name}: could not be read ({type(exc).__name__}: {exc}); "
                                       f"check the file, or report it with the file attached"))


def one_line(message: str) -> str:
    """Errors are shown one per line: newlines inside a message (from a parser) are flattened."""
    return " ".join(message.split())


def _read(path: Path, published, language, meta: dict, max_bytes, data: bytes | None = None) -> Document:
    warnings = list(meta.get("warnings", ()))
    base = {
        "doc_id": meta.get("doc_id") or path.stem,
        "file": meta.get("file") or path.name,
        "title": meta.get("title", ""),
        "outlet": meta.get("outlet", ""),
        "url": meta.get("url", ""),
        "note": meta.get("note", ""),
    }
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    try:
        decoded = read_text(path, limit, data)
    except ReadError as exc:
        return Document(**base, text="", language=meta.get("language") or language or languages.DEFAULT,
                        error=one_line(str(exc)), warnings=tuple(warnings))
    warnings += decoded.warnings
    text, page = decoded.text, None
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        page = extract_article(text, path.name)
        text = page.text
        warnings += page.warnings
        if not text.strip():
            return Document(**base, text="", language=meta.get("language") or language or languages.DEFAULT,
                            error=f"{path.name}: the HTML page holds no visible text; save the article page itself",
                            warnings=tuple(warnings))
        base["title"] = base["title"] or page.title
        base["outlet"] = base["outlet"] or page.sitename
        base["url"] = base["url"] or page.url

    # The rules read composed accents; the document keeps the text as written (see compose).
    composed = compose(text)
    lang = _language(meta.get("language") or language, page.lang if page else None, composed.text,
                     path.name, warnings)
    datelines = find_datelines(composed.text, lang)
    day, source = _publication(meta.get("published"), page, datelines, published, lang, path.name, warnings)
    if day is None:
        warnings.append(f"{path.name}: {NO_DATE_WARNING}")
    furniture = find_furniture(composed.text, lang, tuple(d.span for d in datelines))
    if not _has_text_outside(composed.text, furniture):
        return Document(**base, text="", language=lang,
                        error=f"{path.name}: holds only page furniture (menus, share buttons, links to other "
                              f"articles), no article text; save the article itself", warnings=tuple(warnings))
    if not base["title"]:
        base["title"] = _first_line_title(composed.text, furniture)
    if composed.changed:
        furniture = tuple(Span(composed.to_original(s.start), composed.to_original(s.end), s.reason)
                          for s in furniture)
    return Document(**base, text=text, language=lang, published=day, published_from=source,
                    furniture=furniture, warnings=tuple(warnings))


def _language(given: str | None, page_lang: str | None, text: str, name: str, warnings: list[str]) -> str:
    known = languages.available("temporal")
    if given:
        code = given.strip().lower()[:2]
        if code in known:
            return code
        warnings.append(f"{name}: language {given!r} has no tables (known: {', '.join(known)}); guessed from the text")
    if page_lang in known:
        return page_lang
    return guess_language(text)


def _publication(manifest_date, page, datelines, cli_date, lang, name: str, warnings: list[str]):
    """The publication date and where it came from: manifest, html-meta, dateline, cli.

    A date outside the calendar Frise draws (``model.in_calendar``) is a placeholder, not a
    day: it is named in a warning and the next source is asked instead.
    """
    if isinstance(manifest_date, str) and manifest_date.strip():
        try:
            manifest_date = parse_published(manifest_date)
        except ValueError:
            manifest_date = None
    page_date = parse_date_string(page.date, lang, "YMD") if page is not None and page.date else None
    found = publication_dateline(datelines)
    for day, source in ((manifest_date, "manifest"), (page_date, "html-meta"),
                        (found.date if found is not None else None, "dateline"), (cli_date, "cli")):
        if day is None:
            continue
        if in_calendar(day):
            return day, source
        warnings.append(f"{name}: publication date {day.isoformat()} ({_SOURCE_NAMES[source]}) is outside "
                        f"{CALENDAR_MIN.isoformat()} to {CALENDAR_MAX.isoformat()}, the dates Frise can "
                        f"draw; treated as unknown")
    return None, None


# A letter or digit, as str.isalnum() says: a word character (\w) other than the underscore.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _has_text_outside(text: str, furniture) -> bool:
    """True when a letter or digit of ``text`` lies outside every furniture span (found by
    one search per gap, which stops at the first: the text is not copied letter by letter)."""
    position = 0
    for span in sorted(furniture, key=lambda s: s.start):
        if _LETTER_OR_DIGIT.search(text, position, max(position, span.start)):
            return True
        position = max(position, span.end)
    return _LETTER_OR_DIGIT.search(text, position) is not None


def _first_line_title(text: str, furniture) -> str:
    """The first line that is not furniture, when it is short enough to be a headline."""
    covered = {(s.start, s.end) for s in furniture}
    pos = 0
    for raw in text.split("\n"):
        start = pos + len(raw) - len(raw.lstrip())
        line = raw.strip()
        pos += len(raw) + 1
        if line and (start, start + len(line)) not in covered:
            line = line.lstrip("#").strip()
            return line if len(line.split()) <= _TITLE_MAX_WORDS else ""
    return ""
