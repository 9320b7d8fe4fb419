"""The corpus manifest ``sources.csv``: one row per article, with its metadata.

Columns: doc_id,file,title,outlet,url,language,published,note. Only ``file`` is required; a
manifest without it (or not readable as CSV) raises ``ManifestError`` and the caller reports ONE
error document for the manifest itself, because no row of it can be trusted. A bad value in one
row (an impossible date) is a warning on that row's document only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .files import ReadError, decode, read_bytes

MANIFEST_NAME = "sources.csv"
COLUMNS = ("doc_id", "file", "title", "outlet", "url", "language", "published", "note")
REQUIRED = ("file",)
# A manifest is small; a huge one is a mistake (a data dump saved under the wrong name).
MANIFEST_MAX_BYTES = 20_000_000


class ManifestError(Exception):
    """The manifest as a whole is unusable; ``str(error)`` is the one-line message."""


@dataclass(frozen=True)
class ManifestRow:
    line: int
    file: str
    meta: dict = field(default_factory=dict)


def parse_published(value: str) -> date | None:
    """An ISO date, or the date part of an ISO timestamp; ValueError otherwise."""
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()


def read_manifest(path: Path) -> list[ManifestRow]:
    """The rows of ``path``, each with its metadata dict (``published`` parsed, ``warnings``)."""
    name = path.name
    try:
        text = decode(read_bytes(path, MANIFEST_MAX_BYTES), name).text
    except ReadError as exc:
        raise ManifestError(f"manifest {exc}") from exc
    try:
        rows = list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error as exc:
        raise ManifestError(f"manifest {name}: not readable as CSV ({exc}); "
                            f"save it as comma-separated values with a header row") from exc
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ManifestError(f"manifest {name}: no header row; the first line must be {','.join(COLUMNS)}")
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    separator = _other_separator(rows[0]) if missing else None
    if separator:
        raise ManifestError(f"manifest {name}: columns are separated by {separator!r}; save it with commas "
                            f"between columns (in a spreadsheet: CSV, comma-separated)")
    if missing:
        raise ManifestError(f"manifest {name}: missing column {', '.join(repr(c) for c in missing)} "
                            f"(header is {','.join(header)}); the first line must be {','.join(COLUMNS)}")
    return [_row(name, header, cells, number) for number, cells in enumerate(rows[1:], start=2)
            if any(cell.strip() for cell in cells)]


# What spreadsheets in French locales (";") and tab-separated exports put between columns.
_OTHER_SEPARATORS = (";", "\t", "|")


def _other_separator(header: list[str]) -> str | None:
    """The separator a header row uses instead of commas, when it names the 'file' column."""
    joined = ",".join(header)
    for separator in _OTHER_SEPARATORS:
        if "file" in (cell.strip().lower() for cell in joined.split(separator)):
            return separator
    return None


def _row(name: str, header: list[str], cells: list[str], line: int) -> ManifestRow:
    values = {key: (cells[i].strip() if i < len(cells) else "") for i, key in enumerate(header)}
    warnings = []
    where = f"{name} line {line}" + (f" ({values['file']})" if values.get("file") else "")
    if len(cells) > len(header):
        warnings.append(f"{where}: {len(cells)} cells for {len(header)} columns; extra cells ignored "
                        f"(quote values that contain commas)")
    meta = {key: values.get(key, "") for key in ("doc_id", "title", "outlet", "url", "language", "note")}
    published = None
    if values.get("published"):
        try:
            published = parse_published(values["published"])
        except ValueError:
            warnings.append(f"{where}: column 'published' has {values['published']!r}, not a date "
                            f"like 2024-03-12; ignored")
    meta["published"] = published
    meta["warnings"] = tuple(warnings)
    return ManifestRow(line=line, file=values.get("file", ""), meta=meta)
