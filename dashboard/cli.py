"""The command line: ``python -m dashboard extract PATH``. Options in, library calls out.

Exit status: 0 when at least one document was processed, 1 when none could be, 2 for a
usage error (argparse's convention).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from dashboard import __doc__ as package_doc
from dashboard import corpus_cli
from dashboard import lang as languages
from dashboard.freshness import extractor_fingerprint
from dashboard.model import CALENDAR_MAX, CALENDAR_MIN, Corpus, in_calendar
from dashboard.store import is_frise_database, replacing, save_corpus

FORMATS = ("json", "csv", "parquet")
# Kept here rather than imported from dashboard.engines, so that --help loads nothing heavy.
ENGINES = ("local", "dask")
DEFAULT_OUT = {"json": Path("data/events.json"), "csv": Path("data/events.csv"),
               "parquet": Path("data/parquet")}


def _iso_date(value: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date, use YYYY-MM-DD") from None
    if not in_calendar(day):
        raise argparse.ArgumentTypeError(f"'{value}' is outside {CALENDAR_MIN.isoformat()} to "
                                         f"{CALENDAR_MAX.isoformat()}, the dates Frise can draw")
    return day


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of processes, use 1 or more")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard", description=package_doc.splitlines()[0],
        epilog="Run 'python -m dashboard extract --help' for the options of extract.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="turn articles into dated events (JSON or CSV, and a SQLite database)",
        description="Read articles (a folder with a sources.csv manifest, a folder of "
                    ".txt/.md/.html files, or one file), find their dated events, merge the "
                    "same event told by several articles, and write the result.")
    extract.add_argument("path", metavar="PATH", type=Path,
                         help="folder of articles (sources.csv manifest optional) or one file")
    extract.add_argument("--out", type=Path, metavar="FILE",
                         help="where to write the events (default: data/events.json, "
                              "data/events.csv with --format csv, the folder data/parquet "
                              "with --format parquet)")
    extract.add_argument("--format", choices=FORMATS, default="json",
                         help="json: the whole corpus (documents, events, places); "
                              "csv: one row per event; parquet: a folder of tables (events, "
                              "sources, documents, places, aliases, warnings) for pandas, "
                              "DuckDB or Spark (default: json)")
    extract.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                         help="publication date for articles whose manifest gives none; "
                              "relative dates ('mardi', 'hier') count from it")
    # The languages that have date tables: without them no event can be dated.
    known = languages.available("temporal")
    extract.add_argument("--lang", choices=known, metavar="|".join(known),
                         help="language of articles whose manifest gives none "
                              f"(default: {languages.DEFAULT})")
    extract.add_argument("--workers", type=_positive, metavar="N",
                         help="processes building events (default: one per CPU; "
                              "small corpora use one with the local engine)")
    extract.add_argument("--engine", choices=ENGINES, default="local",
                         help="where articles are processed: local, a process pool on this "
                              "machine; dask, a dask.distributed cluster (default: local)")
    extract.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                         help="the dask scheduler of a running cluster (with --engine dask; "
                              "default: a cluster of --workers processes on this machine)")
    extract.add_argument("--db", type=Path, metavar="FILE",
                         help="also write the extraction as a SQLite database, e.g. "
                              "data/extraction.sqlite (not the workspace FRISE_DB, which "
                              "'corpus add' fills)")
    extract.add_argument("--quiet", action="store_true",
                         help="no progress bar and no summary; problems are still reported")
    corpus_cli.add_commands(commands, _iso_date, list(known))
    return parser


def _progress_bar(quiet: bool):
    """A progress callback drawing a tqdm bar on stderr, and a function to close it."""
    if quiet:
        return None, lambda: None
    from tqdm import tqdm

    # disable=None: no bar when stderr is not a terminal (a log file, CI), only the summary.
    bar = tqdm(total=0, unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True,
               disable=None)

    def progress(done: int, total: int, doc_id: str) -> None:
        bar.total = total
        bar.set_postfix_str(doc_id, refresh=False)
        bar.update(done - bar.n)
    return progress, bar.close


def _write_csv(out: Path, corpus: Corpus) -> None:
    from dashboard.export import events_to_csv

    # The text starts with the byte-order mark Excel needs to read the accents right.
    with replacing(out) as temporary:
        temporary.write_text(events_to_csv(corpus.events, corpus.documents),
                             encoding="utf-8", newline="")


def report(corpus: Corpus, quiet: bool) -> None:
    """One line per failed document and per warning on stderr, then the summary.

    The reader's messages already start with the file they are about.
    """
    for doc in corpus.documents:
        if doc.error:
            print(doc.error, file=sys.stderr)
        for warning in doc.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    for warning in corpus.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    failed = sum(1 for doc in corpus.documents if doc.error)
    if not quiet:
        print(f"{len(corpus.documents)} documents, {failed} failed, {len(corpus.events)} events",
              file=sys.stderr)


def extract(args: argparse.Namespace) -> int:
    # Imported here so that --help and usage errors answer at once, before spaCy loads.
    from dashboard.engines import EngineError
    from dashboard.pipeline import extract_corpus, write_json

    progress, close_bar = _progress_bar(args.quiet)
    try:
        corpus = extract_corpus(args.path, published=args.published, language=args.lang,
                                workers=args.workers, progress=progress, engine=args.engine,
                                scheduler=args.scheduler)
    except EngineError as error:
        print(f"--engine dask: {error}", file=sys.stderr)
        return 1
    finally:
        close_bar()
    report(corpus, args.quiet)
    if not any(not doc.error for doc in corpus.documents):
        print(f"{args.path}: nothing could be processed, no output written", file=sys.stderr)
        return 1
    out = args.out
    if args.format == "csv":
        _write_csv(out, corpus)
    elif args.format == "parquet":
        from dashboard.store.parquet import write_corpus

        write_corpus(out, corpus)
    else:
        write_json(out, corpus)
    if args.db:
        save_corpus(args.db, corpus, extractor=extractor_fingerprint())
    if not args.quiet:
        print(f"wrote {out}" + (f" and {args.db}" if args.db else ""), file=sys.stderr)
    return 0


def output_problem(option: str, path: Path, corpus: Path) -> str | None:
    """Why ``path`` cannot be written as ``option``'s output, or None when it can.

    Checked before the extraction, so a typo costs a second, not a whole run.
    """
    # Here, not at the top: the reader imports dateparser, which --help need not wait for.
    from dashboard.extract.corpus import ARTICLE_SUFFIXES, MANIFEST_NAME

    if path.is_dir():
        return f"{option} {path}: is a folder; name a file, e.g. {path / 'events.json'}"
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return f"{option} {path}: {ancestor} is a file, not a folder; choose another path"
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return f"{option} {path}: cannot write in {ancestor}; choose a folder you can write to"
    resolved = path.resolve()
    if resolved.exists() and corpus.is_dir() and resolved.is_relative_to(corpus.resolve()) and (
            resolved.name == MANIFEST_NAME or resolved.suffix.lower() in ARTICLE_SUFFIXES):
        return f"{option} {path}: is a file of the corpus being read; write the output elsewhere"
    if option == "--db" and not is_frise_database(path):
        return f"{option} {path}: not a Frise database, so it is not replaced; give another file"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "extract":
        return corpus_cli.run(args, _progress_bar)
    if args.scheduler and args.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    if not args.path.exists():
        parser.error(f"PATH: '{args.path}' does not exist; give a folder of articles or a file")
    args.out = args.out or DEFAULT_OUT[args.format]
    for option, path in (("--out", args.out), ("--db", args.db)):
        problem = output_problem(option, path, args.path) if path is not None else None
        if problem:
            print(f"{parser.prog} extract: error: {problem}", file=sys.stderr)
            return 2
    # Imported here: the pipeline loads spaCy, which --help and refused options need not wait for.
    from dashboard.engines.local import WORKER_MEMORY, available_memory, worker_limit

    if args.workers and worker_limit(args.workers) < args.workers:
        print(f"--workers {args.workers} lowered to {worker_limit(args.workers)}: each worker needs about "
              f"{WORKER_MEMORY // 1_000_000} MB and the machine has "
              f"{(available_memory() or 0) // 1_000_000} MB free", file=sys.stderr)
    return extract(args)
