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

import dataclasses
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.model import Corpus, Disagreement, Document, Event, Place, Source, Span
from dashboard.store.atomic import replacing
from dashboard.store.collector import collector_paused

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


def _read(folder: Path, name: str, schema: pa.Schema) -> dict[str, list]:
    """The table's columns as Python lists, by name (empty lists for an absent optional one)."""
    file = folder / f"{name}.parquet"
    if name in OPTIONAL and not file.exists():
        return {n: [] for n in schema.names}
    try:
        table = pq.read_table(file)
    except (OSError, pa.ArrowException) as error:
        raise ParquetCorpusError(f"{file}: not a readable Parquet table ({error})") from None
    missing = [n for n in schema.names if n not in table.column_names]
    if missing:
        raise ParquetCorpusError(f"{file}: columns {', '.join(missing)} are missing; write it "
                                 "again with: python -m dashboard extract DIR --format parquet")
    # Column by column: a list per column is several times faster to make than a dict per
    # row (``Table.to_pylist``), which took most of opening a corpus of 10^5 events.
    return {n: table.column(n).to_pylist() for n in schema.names}


def _rows(columns: dict[str, list], names: Sequence[str]) -> Iterator[dict]:
    return (dict(zip(names, values)) for values in zip(*(columns[n] for n in names)))


def _maker(cls: type) -> Callable[[dict], object]:
    """A constructor for the frozen dataclass ``cls`` that sets its fields directly, as
    ``pickle`` and ``copy`` do: the generated ``__init__`` goes through
    ``object.__setattr__`` field by field, seconds for 10^5 events and their sources. Fields
    a table has no column for take their defaults."""
    defaults = {f.name: f.default for f in dataclasses.fields(cls)
                if f.default is not dataclasses.MISSING}
    new = object.__new__

    def make(values: dict) -> object:
        made = new(cls)
        made.__dict__.update(defaults, **values)
        return made
    return make


def _disagreements(found: list[dict] | None) -> tuple[Disagreement, ...]:
    return tuple(Disagreement(d["kind"], d["subject"],
                              tuple((a["doc_id"], a["says"]) for a in d["accounts"]))
                 for d in found or ())


def _events(found: Path) -> tuple[Event, ...]:
    sources = _read(found, "sources", SOURCES)
    make_source = _maker(Source)
    by_event: dict[str, list[tuple[int, Source]]] = defaultdict(list)
    for event_id, position, row in zip(sources["event_id"], sources["position"],
                                       _rows(sources, _SOURCE_FIELDS)):
        by_event[event_id].append((position, make_source(row)))
    columns = _read(found, "events", EVENTS)
    for name in ("actors", "places", "weapons", "organisations"):
        columns[name] = [tuple(names) for names in columns[name]]
    columns["disagreements"] = [_disagreements(d) for d in columns["disagreements"]]
    make_event = _maker(Event)
    events = []
    for row in _rows(columns, EVENTS.names):
        told = by_event.get(row["id"], ())
        # Written in order; sorted by position anyway, for a table another tool rewrote.
        row["sources"] = tuple(s for _, s in sorted(told, key=lambda p: p[0]))
        events.append(make_event(row))
    return tuple(events)


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
    with collector_paused():
        return _corpus(found)


def _corpus(found: Path) -> Corpus:
    events = _events(found)
    aliases = _read(found, "aliases", ALIASES)
    return Corpus(documents=tuple(_document(r) for r in _rows(_read(found, "documents", DOCUMENTS),
                                                              DOCUMENTS.names)),
                  events=events,
                  places=tuple(Place(**r) for r in _rows(_read(found, "places", PLACES),
                                                         PLACES.names)),
                  aliases={name: tuple(forms)
                           for name, forms in zip(aliases["name"], aliases["spellings"])},
                  warnings=tuple(_read(found, "warnings", WARNINGS)["warning"]))
