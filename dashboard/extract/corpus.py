"""A corpus: a folder with a manifest, a folder without one, or a single file.

Every problem becomes a Document with ``error`` set (a missing file, a bad manifest) so that
the rest of the corpus is still read and the CLI can report each problem on one line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from dashboard.model import Document

from .manifest import MANIFEST_NAME, ManifestError, read_manifest
from .paths import OutsideCorpus, inside_corpus
from .reader import HTML_SUFFIXES, one_line, read_document

ARTICLE_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
# Formats someone clearly meant as articles but that Frise cannot read: say so, do not skip.
_REFUSED_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages")


def read_corpus(path, *, published: date | None = None, language: str | None = None) -> list[Document]:
    """Documents of a corpus folder (with or without ``sources.csv``) or of one file."""
    path = Path(path)
    if path.is_file():
        return [read_document(path, published=published, language=language)]
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


def _read_inside(folder: Path, file: Path, published, language) -> Document:
    """``file`` of a bare folder, unless it is a link leading out of the folder."""
    try:
        inside_corpus(folder, file.name)
    except OutsideCorpus:
        return Document(doc_id=file.stem, file=file.name, text="",
                        error=f"{file.name}: a link to a file outside the corpus folder; not read "
                              f"(copy the article into {folder.name or folder} instead)")
    return read_document(file, published=published, language=language)


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


def _with_manifest(folder: Path, manifest: Path, published, language) -> list[Document]:
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
        target = folder / row.file
        document = read_document(target, published=published, language=language, meta=meta)
        if document.error and not target.exists():
            document = _replace_error(document, f"{MANIFEST_NAME} line {row.line}: file {row.file!r} not found "
                                                f"in {folder}; fix the 'file' column or add the file")
        documents.append(document)
    for extra in _article_files(folder):
        if extra.resolve() not in listed:
            document = _read_inside(folder, extra, published, language)
            documents.append(document if document.error else _add_warning(
                document, f"{extra.name}: not listed in {MANIFEST_NAME}; read without manifest metadata"))
    return _unique(documents + _refused(folder))


def _unique(documents: list[Document]) -> list[Document]:
    """Later documents reusing a doc_id become errors: ids key events, links and the database."""
    seen: set[str] = set()
    result = []
    for document in documents:
        if document.doc_id in seen:
            document = _replace_error(document, f"{document.file}: doc_id {document.doc_id!r} is already used by "
                                                f"another document; give it a unique doc_id or file name")
        seen.add(document.doc_id)
        result.append(document)
    return result


def _replace_error(document: Document, error: str) -> Document:
    return replace(document, text="", furniture=(), error=error)


def _add_warning(document: Document, warning: str) -> Document:
    return replace(document, warnings=(*document.warnings, warning))
