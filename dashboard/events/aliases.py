"""A corpus's own spellings: ``aliases.csv`` beside the manifest, edited by its users.

Columns: ``alias, canonical, kind, context``. ``kind`` is person, organisation, place or
weapon; ``context`` is optional: a word the document must contain for the alias to apply, so
that a machine-translation garble ("Mark Latte") becomes Mark Rutte only in articles that
speak of NATO. A row that cannot be read is left out with a message naming its line; the other
rows still apply.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

ALIASES_FILE = "aliases.csv"
COLUMNS = ("alias", "canonical", "kind", "context")
KIND_FIELDS = {"person": "actors", "organisation": "organisations", "place": "places", "weapon": "weapons"}


@dataclass(frozen=True)
class Alias:
    """One row: ``alias`` stands for ``canonical`` (in the event field ``field``) where the
    document mentions ``context`` (always when it is empty)."""

    alias: str
    canonical: str
    field: str
    context: str = ""


@dataclass(frozen=True)
class AliasTable:
    aliases: tuple[Alias, ...] = ()
    # One line per row left out, naming the file and the line.
    problems: tuple[str, ...] = ()


def aliases_path(corpus_path: str | os.PathLike) -> Path | None:
    """Where a corpus keeps its aliases: beside the manifest in its folder; None for one file."""
    path = Path(corpus_path)
    return path / ALIASES_FILE if path.is_dir() else None


def load_aliases(corpus_path: str | os.PathLike) -> AliasTable:
    """The aliases of the corpus at ``corpus_path`` (a folder); empty when it has none."""
    path = aliases_path(corpus_path)
    if path is None or not path.is_file():
        return AliasTable()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return AliasTable(problems=(f"{path.name}: cannot be read ({error}); no aliases applied",))
    rows = list(csv.reader(text.splitlines()))
    if not rows or [c.strip().lower() for c in rows[0][:3]] != list(COLUMNS[:3]):
        return AliasTable(problems=(f"{path.name}: the first line must be '{','.join(COLUMNS)}'; no aliases applied",))
    found, problems = [], []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [c.strip() for c in row] + [""] * (len(COLUMNS) - len(row))
        alias, canonical, kind, context = cells[:4]
        if not alias or not canonical or kind.lower() not in KIND_FIELDS:
            problems.append(f"{path.name}, line {line}: needs an alias, a canonical name and a kind "
                            f"({', '.join(KIND_FIELDS)}); row left out")
            continue
        found.append(Alias(alias, canonical, KIND_FIELDS[kind.lower()], context))
    return AliasTable(tuple(found), tuple(problems))
