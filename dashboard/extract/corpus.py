"""A corpus: a folder with a manifest, a folder without one, or a single file.

Every problem becomes a Document with ``error`` set (a missing file, a bad manifest) so that
the rest of the corpus is still read and the CLI can report each problem on one line.

Reading comes in two steps, so that the second can run elsewhere (on a dask worker, which has
no access to this disk): ``plan_corpus`` lists the corpus (the manifest, which files, under
which ids, what is refused) and gives each file to read as an ``Unread``; ``Unread.read``
decodes and cleans it into a Document (HTML extraction, language, dates, furniture), from its
bytes when ``with_bytes`` took them here. ``read_corpus`` does both at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from dashboard.model import Document

from .files import ReadError, max_bytes_default, read_bytes
from .manifest import MANIFEST_NAME, ManifestError, read_manifest
from .paths import OutsideCorpus, inside_corpus
from .reader import HTML_SUFFIXES, one_line, read_document

ARTICLE_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
# Formats someone clearly meant as articles but that Frise cannot read: say so, do not skip.
_REFUSED_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages")


@dataclass(frozen=True)
class Unread:
    """One file of a corpus, listed but not read yet: what ``read_document`` needs, and what the
    listing decided about it (a warning it gets when read, an error its doc_id earned)."""

    path: Path
    doc_id: str
    published: date | None = None
    language: str | None = None
    meta: dict | None = None
    # The file's bytes, when they were taken where the file is (``with_bytes``).
    data: bytes | None = field(default=None, repr=False)
    warning: str | None = None
    error: str | None = None
    # The error a file the manifest lists gets when it is not there (told when read: listing a
    # large corpus does not wait for every file's metadata).
    if_missing: str | None = None

    def read(self) -> Document:
        """The document, read from ``data`` or from the file."""
        document = read_document(self.path, published=self.published, language=self.language,
                                 meta=self.meta, data=self.data)
        if document.error and self.if_missing and self.data is None and not self.path.exists():
            document = _replace_error(document, self.if_missing)
        if self.warning and not document.error:
            document = _add_warning(document, self.warning)
        return _replace_error(document, self.error) if self.error else document

    def with_bytes(self) -> Unread | Document:
        """This file with its bytes, to be read where the file is not; or, when the bytes cannot
        be taken (missing, empty, too large, unreadable), the document with that error."""
        try:
            return replace(self, data=read_bytes(self.path, max_bytes_default()))
        except ReadError:
            return self.read()


def read_corpus(path, *, published: date | None = None, language: str | None = None) -> list[Document]:
    """Documents of a corpus folder (with or without ``sources.csv``) or of one file."""
    return [item if isinstance(item, Document) else item.read()
            for item in plan_corpus(path, published=published, language=language)]


def plan_corpus(path, *, published: date | None = None,
                language: str | None = None) -> list[Document | Unread]:
    """The documents of ``read_corpus``, in its order: those already known (errors of the
    listing) as Documents, the files still to read as ``Unread``."""
    path = Path(path)
    if path.is_file():
        return [Unread(path, path.stem, published, language)]
    if not path.is_dir():
        return [Document(doc_id=path.stem or str(path), file=str(path), text="",
                         error=f"{path}: no such file or folder; give a folder of articles or one article file")]
    manifest = path / MANIFEST_NAME
    if manifest.is_file():
        try:
            inside_corpus(path, MANIFEST_NAME)
        except OutsideCorpus as exc:
            return [Document(doc_id=MANIFEST_NAME, file=MANIFEST_NAME, text="", error=f"manifest {exc}")]
        return _with_manifest(path, manifest, published, language)
    return _unique([_read_inside(path, f, published, language) for f in _article_files(path)]
                   + _refused(path)) or [_empty_folder(path)]


def _read_inside(folder: Path, file: Path, published, language) -> Document | Unread:
    """``file`` of a bare folder, unless it is a link leading out of the folder."""
    try:
        inside_corpus(folder, file.name)
    except OutsideCorpus:
        return Document(doc_id=file.stem, file=file.name, text="",
                        error=f"{file.name}: a link to a file outside the corpus folder; not read "
                              f"(copy the article into {folder.name or folder} instead)")
    return Unread(file, file.stem, published, language)


def _article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))


def _refused(folder: Path) -> list[Document]:
    return [Document(doc_id=p.stem, file=p.name, text="",
                     error=f"{p.name}: {p.suffix} files are not read; save the article as .txt, .md or .html")
            for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() in _REFUSED_SUFFIXES]


def _empty_folder(folder: Path) -> Document:
    return Document(doc_id=folder.name, file=str(folder), text="",
                    error=f"{folder}: no .txt, .md or .html article in this folder (and no {MANIFEST_NAME})")


def _with_manifest(folder: Path, manifest: Path, published, language) -> list[Document | Unread]:
    try:
        rows = read_manifest(manifest)
    except ManifestError as exc:
        return [Document(doc_id=MANIFEST_NAME, file=MANIFEST_NAME, text="", error=one_line(str(exc)))]
    documents, listed = [], set()
    for row in rows:
        if not row.file:
            documents.append(Document(doc_id=row.meta.get("doc_id") or f"line-{row.line}", file="", text="",
                                      error=f"{MANIFEST_NAME} line {row.line}: empty 'file' column; "
                                            f"name the article file or delete the row"))
            continue
        meta = {**row.meta, "file": row.file, "doc_id": row.meta.get("doc_id") or Path(row.file).stem}
        try:
            listed.add(inside_corpus(folder, row.file))
        except OutsideCorpus as exc:
            documents.append(Document(doc_id=meta["doc_id"], file=row.file, text="",
                                      error=one_line(f"{MANIFEST_NAME} line {row.line}: file {exc}")))
            continue
        # Read under the name the manifest gives, so messages and the HTML test use it.
        documents.append(Unread(folder / row.file, meta["doc_id"], published, language, meta,
                                if_missing=f"{MANIFEST_NAME} line {row.line}: file {row.file!r} not found "
                                           f"in {folder}; fix the 'file' column or add the file"))
    for extra in _article_files(folder):
        if extra.resolve() not in listed:
            item = _read_inside(folder, extra, published, language)
            documents.append(item if isinstance(item, Document) else replace(
                item, warning=f"{extra.name}: not listed in {MANIFEST_NAME}; read without manifest metadata"))
    return _unique(documents + _refused(folder))


def _unique(items: list[Document | Unread]) -> list[Document | Unread]:
    """Later documents reusing a doc_id become errors: ids key events, links and the database.
    A file still to read keeps the error for when it is read (the document keeps what reading
    finds, its language and warnings, but not its text)."""
    seen: set[str] = set()
    result = []
    for item in items:
        if item.doc_id in seen:
            file = item.file if isinstance(item, Document) else (item.meta or {}).get("file") or item.path.name
            error = (f"{file}: doc_id {item.doc_id!r} is already used by another document; give it a "
                     f"unique doc_id or file name")
            item = _replace_error(item, error) if isinstance(item, Document) else replace(item, error=error)
        seen.add(item.doc_id)
        result.append(item)
    return result


def _replace_error(document: Document, error: str) -> Document:
    return replace(document, text="", furniture=(), error=error)


def _add_warning(document: Document, warning: str) -> Document:
    return replace(document, warnings=(*document.warnings, warning))
