"""Articles from outside: uploaded files (.txt .md .html .pdf .docx), pasted text, a URL.

Everything here is untrusted. A file name is cut down to a plain base name before it touches
the disk (no folders, no "..", no control characters) and shown only as plain text. Each
upload is written to a private temporary folder and read by the same reader as the CLI's
files (``dashboard.extract.read_document``), so the same checks apply: empty, binary, unknown
encoding, too large. A problem becomes ``Document.error`` for that file alone.
"""

from __future__ import annotations

import dataclasses
import io
import ipaddress
import os
import re
import socket
import tempfile
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from dashboard.extract import DEFAULT_MAX_BYTES, read_corpus, read_document
from dashboard.extract.reader import HTML_SUFFIXES
from dashboard.model import Document

TEXT_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
CONVERTED_SUFFIXES = (".pdf", ".docx")
SUPPORTED = (*TEXT_SUFFIXES, *CONVERTED_SUFFIXES)
# One article; a larger upload is almost surely the wrong file (the CLI's limit too).
MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES
# A page that takes longer than this is not coming; the person is waiting in front of the form.
URL_TIMEOUT_SECONDS = 10
# File names are shown in notices and stored in the corpus: long enough to recognise, no more.
MAX_NAME_LENGTH = 120
FETCH_PRIVATE_ENV = "FRISE_FETCH_PRIVATE"
_UNSAFE = re.compile(r"[^\w.\- ]+")


def safe_name(name: str) -> str:
    """A plain base name for an untrusted file name: no folders, no control characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C")
    base = _UNSAFE.sub("_", base).strip(" .")
    stem, dot, suffix = base.rpartition(".")
    if dot and len(base) > MAX_NAME_LENGTH:
        base = stem[:MAX_NAME_LENGTH - len(suffix) - 1] + "." + suffix
    return base[:MAX_NAME_LENGTH] or "document"


def _doc_id(name: str) -> str:
    stem = Path(name).stem.lower()
    return re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", stem).encode("ascii", "ignore")
                  .decode()).strip("-") or "document"


def _failed(name: str, message: str, language: str | None = None) -> Document:
    return Document(doc_id=_doc_id(name), file=name, text="", language=language or "fr",
                    error=f"{name}: {message}")


def _too_large(name: str, size: int, language: str | None = None) -> Document:
    return _failed(name, f"{size / 1e6:.1f} MB is over the {MAX_UPLOAD_BYTES / 1e6:.1f} MB limit "
                         "for one article; upload the article alone", language)


def _pdf_text(data: bytes, name: str) -> tuple[str, dict, date | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("the PDF is encrypted; remove its password (print it to a new PDF) "
                             "and upload it again")
        text = "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
        info = reader.metadata
    except PdfReadError as error:
        raise ValueError(f"not a readable PDF ({error}); export it again or save the text as .txt")
    meta = {"title": (info.title or "").strip()} if info and info.title else {}
    when = None
    try:
        created = info.creation_date if info else None
        when = created.date() if isinstance(created, datetime) else None
    except (ValueError, TypeError):
        when = None  # a malformed date in the PDF's metadata is no date, not a failure
    if not text.strip():
        raise ValueError("the PDF has no text layer (a scan?); run it through OCR or paste the text")
    return text, meta, when


def _docx_text(data: bytes, name: str) -> tuple[str, dict, date | None]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ValueError(f"not a readable Word document ({type(error).__name__}); save it as .docx "
                         "again or as .txt")
    text = "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
    if not text.strip():
        raise ValueError("the document holds no text; remove it or paste the article text")
    title = (document.core_properties.title or "").strip()
    # Word's "created" is when the file was made, not when the article appeared: no date.
    return text, ({"title": title} if title else {}), None


def read_upload(name: str, data: bytes, *, published: date | None = None,
                language: str | None = None, title: str = "", outlet: str = "",
                url: str = "") -> Document:
    """One uploaded file as a Document (``error`` set when it cannot be read).

    ``published`` (from the form) wins over the file's own date; without it the date comes
    from the HTML metadata, a dateline, or a PDF's creation date, in that order.
    """
    name = safe_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        return _failed(name, f"{suffix or 'no extension'}: Frise reads {', '.join(SUPPORTED)}; "
                             "save the article in one of these", language)
    if not data:
        return _failed(name, "the file is empty; remove it or paste the article text", language)
    if len(data) > MAX_UPLOAD_BYTES:
        return _too_large(name, len(data), language)
    meta = {"doc_id": _doc_id(name), "file": name}
    meta.update({k: v for k, v in (("title", title), ("outlet", outlet), ("url", url)) if v})
    if published:
        meta["published"] = published
    file_date = None
    with tempfile.TemporaryDirectory(prefix="frise-upload-") as folder:
        if suffix in CONVERTED_SUFFIXES:
            try:
                text, found, file_date = (_pdf_text if suffix == ".pdf" else _docx_text)(data, name)
            except ValueError as error:
                return _failed(name, str(error), language)
            except Exception as error:  # noqa: BLE001 - a damaged file must not stop the others
                return _failed(name, f"cannot be read ({type(error).__name__}); save it as .txt",
                               language)
            meta = {**found, **meta}
            path = Path(folder) / (Path(name).stem + ".txt")
            path.write_text(text, encoding="utf-8")
        else:
            path = Path(folder) / name
            path.write_bytes(data)
        document = read_document(path, published=file_date, language=language, meta=meta,
                                 max_bytes=MAX_UPLOAD_BYTES)
    if file_date is not None and document.published_from == "cli":
        document = dataclasses.replace(document, published_from=f"{suffix[1:]}-meta")
    elif published and document.published_from == "manifest":
        document = dataclasses.replace(document, published_from="form")
    return dataclasses.replace(document, file=name)


def read_pasted(text: str, *, title: str = "", outlet: str = "", published: date | None = None,
                language: str | None = None) -> Document:
    """A text pasted into the form, read like a .txt file of that title."""
    name = safe_name((title or "texte")[:60]) + ".txt"
    return read_upload(name, text.encode("utf-8"), published=published, language=language,
                       title=title, outlet=outlet)


def read_paths(paths, *, published: date | None = None, language: str | None = None) -> list[Document]:
    """Files and folders given on the command line; a folder with sources.csv uses its manifest."""
    documents: list[Document] = []
    for path in map(Path, paths):
        if path.is_dir() and (path / "sources.csv").is_file():
            documents += read_corpus(path, published=published, language=language)
            continue
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.suffix.lower() in SUPPORTED) if path.is_dir() else [path]
        if path.is_dir() and not files:
            documents.append(_failed(path.name, f"no {', '.join(SUPPORTED)} file in this folder"))
        for file in files:
            if not file.is_file():
                documents.append(_failed(file.name, "no such file or folder"))
                continue
            size = file.stat().st_size
            documents.append(_too_large(safe_name(file.name), size, language)
                             if size > MAX_UPLOAD_BYTES else
                             read_upload(file.name, file.read_bytes(), published=published,
                                         language=language))
    return documents


class Offline(Exception):
    """A URL that could not be fetched; the message says whether the machine looks offline."""


def _why_unreachable(url: str, allow_private: bool) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        found = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except OSError:
        return (f"{host} cannot be found: this machine looks offline (or the address is wrong); "
                "save the page as .html and upload the file instead")
    if not allow_private and any(not ipaddress.ip_address(info[4][0]).is_global for info in found):
        return (f"{host} is a local or private address, which Frise does not fetch (a team "
                f"server must not open its own network to page visitors); on a single-user "
                f"machine set {FETCH_PRIVATE_ENV}=1")
    return (f"{url} could not be fetched (no answer, or an error page); check the address, "
            "or save the page as .html and upload the file instead")


def fetch_url(url: str, *, published: date | None = None, language: str | None = None,
              allow_private: bool | None = None) -> Document:
    """The article at ``url``, downloaded and extracted with trafilatura; Offline if it cannot be.

    Local and private addresses are refused (trafilatura's SSRF protection) unless
    ``allow_private`` (default: the FRISE_FETCH_PRIVATE environment variable is 1).
    """
    import trafilatura
    from trafilatura.settings import use_config

    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise Offline(f"'{url}' is not a web address; give one starting with https://")
    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(URL_TIMEOUT_SECONDS))
    config.set("DEFAULT", "MAX_REDIRECTS", "3")
    if allow_private is None:
        allow_private = os.environ.get(FETCH_PRIVATE_ENV) == "1"
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    response = trafilatura.downloads.fetch_response(url, config=config)
    if response is None or not response.data or response.status >= 400:
        raise Offline(_why_unreachable(url, allow_private))
    name = safe_name((urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(url).hostname))
    if Path(name).suffix.lower() not in HTML_SUFFIXES:
        name += ".html"
    return read_upload(name, response.data, published=published, language=language, url=url)
