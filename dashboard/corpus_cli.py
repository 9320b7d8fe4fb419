"""The command line for corpora: ``corpus new|add|list|new-key`` and ``export``.

Options in, ``dashboard.curation`` calls out, as for ``extract`` (cli.py). The workspace is
FRISE_DB (default data/frise.sqlite) or ``--db``; links start with FRISE_URL (default
http://localhost:8501/), the address the team opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

DEFAULT_DB = Path("data/frise.sqlite")
DEFAULT_URL = "http://localhost:8501/"


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="FILE",
                        help="the workspace database (default: $FRISE_DB or data/frise.sqlite)")


def add_commands(commands, iso_date, languages: list[str]) -> None:
    """Register ``corpus`` and ``export`` on the main parser's subcommands."""
    corpus = commands.add_parser("corpus", help="create corpora, add articles, list them, renew keys",
                                 description="Corpora in the workspace (FRISE_DB): each has a name "
                                             "used in ?corpus=NAME, its articles, events and "
                                             "corrections.")
    actions = corpus.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = actions.add_parser("new", help="create a corpus and print its view and edit links")
    new.add_argument("name", metavar="NAME", help="short name: lower-case letters, digits, hyphens")
    new.add_argument("--title", default="", help="the title shown on the page (default: NAME)")
    _db_option(new)
    add = actions.add_parser("add", help="extract articles into a corpus (only the new ones), "
                                         "merge it again and keep every correction")
    add.add_argument("name", metavar="NAME", help="the corpus (see corpus list)")
    add.add_argument("paths", metavar="FILE_OR_FOLDER", nargs="+", type=Path,
                     help=".txt .md .html .pdf .docx files, or folders of them")
    add.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                     help="publication date for articles that give none themselves")
    add.add_argument("--lang", choices=languages, metavar="|".join(languages),
                     help="language of the articles (default: guessed from each text)")
    add.add_argument("--key", default=os.environ.get("FRISE_KEY"),
                     help="the corpus's edit key, needed when FRISE_SHARED=1 (or set FRISE_KEY)")
    add.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    _db_option(add)
    listing = actions.add_parser("list", help="the corpora with their view links")
    _db_option(listing)
    renew = actions.add_parser("new-key", help="make a new edit key; the old edit link stops working")
    renew.add_argument("name", metavar="NAME", help="the corpus (see corpus list)")
    _db_option(renew)

    from dashboard.curation.exports import FORMATS

    export = commands.add_parser("export", help="write a corpus, with its corrections, to a file",
                                 description="Export every event of a corpus as people corrected "
                                             "it; each format says which fields were corrected.")
    export.add_argument("name", metavar="NAME", help="the corpus (see corpus list)")
    export.add_argument("--format", choices=FORMATS, default="json",
                        help="json: the extractor's schema with a 'corrected' object per event; "
                             "csv: one row per event with a 'corrected' column; timelinejs: "
                             "TimelineJS 3; html: a standalone page (default: json)")
    export.add_argument("--out", type=Path, metavar="FILE",
                        help="where to write it (default: frise-NAME.<format> here)")
    export.add_argument("--lang", choices=languages, metavar="|".join(languages), default="fr",
                        help="language of the labels in TimelineJS and HTML (default: fr)")
    _db_option(export)


def _workspace(args):
    from dashboard.curation.workspace import Workspace

    return Workspace(args.db or Path(os.environ.get("FRISE_DB", DEFAULT_DB)))


def links(slug: str, key: str | None = None) -> tuple[str, str | None]:
    """The view link and (with a key) the edit link of a corpus."""
    base = os.environ.get("FRISE_URL", DEFAULT_URL)
    view = f"{base}?{urlencode({'corpus': slug})}"
    return view, (f"{base}?{urlencode({'corpus': slug, 'key': key})}" if key else None)


def _print_links(slug: str, key: str) -> None:
    view, edit = links(slug, key)
    print(f"view link (read-only): {view}")
    print(f"edit link (keep it among editors): {edit}")


def _new(args) -> int:
    key = _workspace(args).create(args.name, args.title)
    print(f"corpus '{args.name}' created")
    _print_links(args.name, key)
    return 0


def _add(args, progress_bar) -> int:
    from dashboard.curation.adding import add_documents, refresh
    from dashboard.curation.uploads import read_paths

    workspace = _workspace(args)
    workspace.check_key(args.name, args.key)
    documents = read_paths(args.paths, published=args.published, language=args.lang)
    progress, close = progress_bar(args.quiet)
    try:
        added = add_documents(workspace, args.name, documents, key=args.key, progress=progress)
        # Articles an older extractor built are built again, so one merge has one version.
        refresh(workspace, args.name, progress=progress)
    finally:
        close()
    for doc in added.failed:
        print(doc.error, file=sys.stderr)
    for doc in added.already:
        print(f"{doc.file}: already in corpus '{args.name}', not added again", file=sys.stderr)
    if not args.quiet:
        view = workspace.open(args.name)
        print(f"{len(added.added)} added, {len(added.failed)} failed, {len(added.already)} already "
              f"there; corpus '{args.name}': {len(view.corpus.documents)} documents, "
              f"{len(view.corpus.events)} events, {len(view.curated.orphans)} orphaned corrections",
              file=sys.stderr)
    return 0 if added.added or added.already or not added.failed else 1


def _list(args) -> int:
    for info in _workspace(args).corpora():
        print(f"{info.slug}\t{info.title}\t{info.documents} documents\t{links(info.slug)[0]}")
    return 0


def _new_key(args) -> int:
    key = _workspace(args).new_key(args.name)
    print(f"new edit key for '{args.name}'; the previous edit links no longer work")
    _print_links(args.name, key)
    return 0


def _export(args) -> int:
    from dashboard.curation.exports import export, file_name
    from dashboard.store import replacing

    view = _workspace(args).open(args.name)
    out = args.out or Path(file_name(args.name, args.format))
    # A CSV export's text starts with the byte-order mark Excel needs for the accents.
    encoding = "utf-8"
    with replacing(out) as temporary:
        temporary.write_text(export(view, args.format, args.lang), encoding=encoding, newline="")
    print(f"wrote {out}: {len(view.corpus.events)} events of corpus '{args.name}'", file=sys.stderr)
    return 0


def run(args: argparse.Namespace, progress_bar) -> int:
    """Run ``corpus …`` or ``export``; a store error is one line on stderr and exit status 1.

    ``progress_bar(quiet)`` gives (callback, close), the same bar as ``extract`` draws.
    """
    from dashboard.store import StoreError

    action = _export if args.command == "export" else {
        "new": _new, "add": partial(_add, progress_bar=progress_bar), "list": _list,
        "new-key": _new_key}[args.action]
    try:
        return action(args)
    except (StoreError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
