"""A Corpus as Parquet tables in one folder, for pandas, DuckDB, Spark and the dashboard.

    corpus/events.parquet      one row per event (names as lists, disagreements nested)
    corpus/sources.parquet     one row per source sentence: event_id, position, doc_id, …
    corpus/documents.parquet   one row per article, its text included
    corpus/places.parquet      the places the events name, with coordinates
    corpus/aliases.parquet     each canonical name and the other spellings that stand for it
    corpus/warnings.parquet    problems with the corpus's own files that did not stop the run

Tables are flat and keyed (``sources.event_id`` → ``events.id``, ``sources.doc_id`` →
``documents.doc_id``) so that ``SELECT … FROM 'corpus/sources.parquet' JOIN …`` works in any
engine; dates are Parquet dates, not strings. ``read_corpus(write_corpus(folder, corpus))``
gives back an equal Corpus, the order of events and of each event's sources included.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.model import Corpus, Disagreement, Document, Event, Place, Source, Span
from dashboard.store.atomic import replacing

TABLES = ("events", "sources", "documents", "places", "aliases", "warnings")
# Tables a folder written before they existed may lack: read as empty.
OPTIONAL = ("aliases", "warnings")

_TEXT, _INT, _DAY, _NAMES = pa.string(), pa.int64(), pa.date32(), pa.list_(pa.string())

EVENTS = pa.schema([
    ("id", _TEXT), ("title", _TEXT), ("date", _DAY), ("date_end", _DAY), ("precision", _TEXT),
    ("date_text", _TEXT), ("dated_by", _TEXT), ("anchor", _DAY), ("anchor_kind", _TEXT),
    ("category", _TEXT), ("actors", _NAMES), ("places", _NAMES), ("weapons", _NAMES),
    ("organisations", _NAMES), ("confidence", pa.float64()), ("status", _TEXT),
    ("language", _TEXT), ("date_source", _TEXT), ("why", _TEXT), ("marker", _TEXT),
    ("disagreements", pa.list_(pa.struct([
        ("kind", _TEXT), ("subject", _TEXT),
        ("accounts", pa.list_(pa.struct([("doc_id", _TEXT), ("says", _TEXT)])))]))),
])
SOURCES = pa.schema([
    ("event_id", _TEXT), ("position", _INT), ("doc_id", _TEXT), ("excerpt", _TEXT),
    ("start", _INT), ("end", _INT), ("date_text", _TEXT), ("mention_start", _INT),
    ("mention_end", _INT), ("date", _DAY), ("date_end", _DAY), ("precision", _TEXT),
    ("dated_by", _TEXT), ("anchor", _DAY), ("anchor_kind", _TEXT), ("why", _TEXT),
    ("marker", _TEXT),
])
DOCUMENTS = pa.schema([
    ("doc_id", _TEXT), ("file", _TEXT), ("text", _TEXT), ("language", _TEXT),
    ("published", _DAY), ("published_from", _TEXT), ("title", _TEXT), ("outlet", _TEXT),
    ("url", _TEXT), ("note", _TEXT),
    ("furniture", pa.list_(pa.struct([("start", _INT), ("end", _INT), ("reason", _TEXT)]))),
    ("error", _TEXT), ("warnings", _NAMES),
])
PLACES = pa.schema([("name", _TEXT), ("lat", pa.float64()), ("lon", pa.float64()),
                    ("country", _TEXT)])
ALIASES = pa.schema([("name", _TEXT), ("spellings", _NAMES)])
WARNINGS = pa.schema([("warning", _TEXT)])

_EVENT_FIELDS = tuple(n for n in EVENTS.names if n not in ("disagreements",))
_SOURCE_FIELDS = SOURCES.names[2:]
_DOCUMENT_FIELDS = tuple(n for n in DOCUMENTS.names if n != "furniture")


class ParquetCorpusError(Exception):
    """The folder holds no Frise Parquet tables, or tables of another shape."""


def _event_row(event: Event) -> dict:
    row = {name: getattr(event, name) for name in _EVENT_FIELDS}
    row["disagreements"] = [
        {"kind": d.kind, "subject": d.subject,
         "accounts": [{"doc_id": doc_id, "says": says} for doc_id, says in d.accounts]}
        for d in event.disagreements]
    return row


def _source_rows(event: Event) -> list[dict]:
    return [{"event_id": event.id, "position": n,
             **{name: getattr(source, name) for name in _SOURCE_FIELDS}}
            for n, source in enumerate(event.sources)]


def _document_row(doc: Document) -> dict:
    row = {name: getattr(doc, name) for name in _DOCUMENT_FIELDS}
    row["furniture"] = [{"start": s.start, "end": s.end, "reason": s.reason}
                        for s in doc.furniture]
    return row


def tables_of(corpus: Corpus) -> dict[str, pa.Table]:
    """The corpus as the four Arrow tables that ``write_corpus`` stores."""
    return {
        "events": pa.Table.from_pylist([_event_row(e) for e in corpus.events], schema=EVENTS),
        "sources": pa.Table.from_pylist([r for e in corpus.events for r in _source_rows(e)],
                                        schema=SOURCES),
        "documents": pa.Table.from_pylist([_document_row(d) for d in corpus.documents],
                                          schema=DOCUMENTS),
        "places": pa.Table.from_pylist([vars(p) for p in corpus.places], schema=PLACES),
        "aliases": pa.Table.from_pylist([{"name": name, "spellings": list(forms)}
                                         for name, forms in corpus.aliases.items()],
                                        schema=ALIASES),
        "warnings": pa.Table.from_pylist([{"warning": w} for w in corpus.warnings],
                                         schema=WARNINGS),
    }


def write_corpus(folder: str | os.PathLike, corpus: Corpus) -> Path:
    """Write the corpus into ``folder`` (created if needed), one table file at a time, each
    replaced in one step; return the folder."""
    folder = Path(folder)
    for name, table in tables_of(corpus).items():
        with replacing(folder / f"{name}.parquet") as temporary:
            # zstd: text compresses several-fold, and every reader named above decodes it.
            pq.write_table(table, temporary, compression="zstd")
    return folder


def corpus_folder(path: str | os.PathLike) -> Path | None:
    """The folder of a Parquet corpus given as the folder or as its events.parquet, or None
    when ``path`` is not one (a JSON file, say)."""
    path = Path(path)
    if path.is_dir() and (path / "events.parquet").is_file():
        return path
    if path.name == "events.parquet" and path.is_file():
        return path.parent
    return None


def _read(folder: Path, name: str, schema: pa.Schema) -> list[dict]:
    file = folder / f"{name}.parquet"
    if name in OPTIONAL and not file.exists():
        return []
    try:
        table = pq.read_table(file)
    except (OSError, pa.ArrowException) as error:
        raise ParquetCorpusError(f"{file}: not a readable Parquet table ({error})") from None
    missing = [n for n in schema.names if n not in table.column_names]
    if missing:
        raise ParquetCorpusError(f"{file}: columns {', '.join(missing)} are missing; write it "
                                 "again with: python -m dashboard extract DIR --format parquet")
    return table.select(schema.names).to_pylist()


def _event(row: dict, sources: list[Source]) -> Event:
    disagreements = tuple(
        Disagreement(d["kind"], d["subject"], tuple((a["doc_id"], a["says"]) for a in d["accounts"]))
        for d in row.pop("disagreements"))
    for name in ("actors", "places", "weapons", "organisations"):
        row[name] = tuple(row[name])
    return Event(**row, sources=tuple(sources), disagreements=disagreements)


def _document(row: dict) -> Document:
    row["furniture"] = tuple(Span(**s) for s in row["furniture"])
    row["warnings"] = tuple(row["warnings"])
    return Document(**row)


def read_corpus(folder: str | os.PathLike) -> Corpus:
    """The Corpus that ``write_corpus`` stored in ``folder`` (or given its events.parquet)."""
    found = corpus_folder(folder)
    if found is None:
        raise ParquetCorpusError(f"{folder}: no events.parquet there; write one with: "
                                 "python -m dashboard extract DIR --format parquet --out FOLDER")
    by_event: dict[str, list[tuple[int, Source]]] = defaultdict(list)
    for row in _read(found, "sources", SOURCES):
        event_id, position = row.pop("event_id"), row.pop("position")
        by_event[event_id].append((position, Source(**row)))
    events = tuple(_event(row, [s for _, s in sorted(by_event.get(row["id"], ()),
                                                       key=lambda p: p[0])])
                   for row in _read(found, "events", EVENTS))
    return Corpus(documents=tuple(_document(r) for r in _read(found, "documents", DOCUMENTS)),
                  events=events,
                  places=tuple(Place(**r) for r in _read(found, "places", PLACES)),
                  aliases={r["name"]: tuple(r["spellings"])
                           for r in _read(found, "aliases", ALIASES)},
                  warnings=tuple(r["warning"] for r in _read(found, "warnings", WARNINGS)))
