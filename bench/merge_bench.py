"""How the merge's time grows with the corpus: milliseconds per article from 100 to 10^4 articles.

    python bench/merge_bench.py --sizes 100,1000,3000,10000 --repeat 3

The corpus is the seeds repeated with shifted publication dates (bench/corpus.py), extracted
once for the largest size by the real pipeline (all cores); the corpus of a smaller size is a
prefix of it, so every size merges the events the extractor really gives. Only
``merge_events`` is timed (the pipeline's own call, with the same garbage-collector freeze),
--repeat times per size, the median reported. It is the hardest case for a merge: every copy
of a seed reports the same explicitly dated happenings in the same words, so at 10^4 articles
2,000 identical accounts of each such happening must become one event.

Target: merge time per article within 1.5 times across sizes (flat, not quadratic). The
candidate pairs the merge scores are counted too. Results go to bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from corpus import build_corpus

# Merge time per article may vary this much across sizes and still count as flat.
FLAT_SPREAD = 1.5


def built_events(size: int) -> list[list]:
    """The events of each of ``size`` articles, as the engine gives them before the merge."""
    from dashboard.engines import build_all
    from dashboard.extract import read_corpus

    with tempfile.TemporaryDirectory() as tmp:
        documents = read_corpus(build_corpus(Path(tmp) / "articles", size))
    return [events for _, events in build_all(documents)]


def time_merge(per_article: list[list], repeat: int) -> dict:
    from dashboard.events import merge
    from dashboard.store.collector import collector_paused

    events = [event for article in per_article for event in article]
    pairs: list[int] = []
    real_candidates = merge._candidate_pairs

    def counting(features):
        found = real_candidates(features)
        pairs.append(len(found))
        return found

    merge._candidate_pairs = counting
    try:
        times = []
        for _ in range(repeat):
            pairs.clear()
            start = time.perf_counter()
            with collector_paused():
                merged = merge.merge_events(events)
            times.append(time.perf_counter() - start)
    finally:
        merge._candidate_pairs = real_candidates
    seconds = statistics.median(times)
    return {"articles": len(per_article), "events_in": len(events), "events_out": len(merged),
            "candidate_pairs": pairs[-1], "merge_s": round(seconds, 3),
            "ms_per_article": round(1000 * seconds / len(per_article), 3),
            "runs_s": [round(t, 3) for t in times]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,3000,10000",
                        help="corpus sizes in articles, comma-separated (default: 100,1000,3000,10000)")
    parser.add_argument("--repeat", type=int, default=3, help="merges per size (default: 3)")
    parser.add_argument("--cache", type=Path, metavar="FILE",
                        help="keep the extracted events in this pickle and reuse them next time "
                             "(to compare two versions of the merge on the same events)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    load_before = os.getloadavg()[0]
    print(f"extracting {sizes[-1]} articles once...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    if args.cache and args.cache.is_file():
        per_article = pickle.loads(args.cache.read_bytes())[:sizes[-1]]
    else:
        per_article = built_events(sizes[-1])
        if args.cache:
            args.cache.write_bytes(pickle.dumps(per_article))
    extraction = time.perf_counter() - start
    from dashboard.events.merge import merge_events

    # The first merge loads the gazetteer, stop words and country capitals: not per article.
    merge_events([event for article in per_article[:5] for event in article])
    rows = []
    for size in sizes:
        rows.append(time_merge(per_article[:size], args.repeat))
        print(f"  {size} articles: {rows[-1]['merge_s']} s", file=sys.stderr, flush=True)
    spread = max(r["ms_per_article"] for r in rows) / min(r["ms_per_article"] for r in rows)

    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, command: "
          f"python bench/merge_bench.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"extraction of {sizes[-1]} articles (not timed below): {extraction:.0f} s; medians of "
          f"{args.repeat}; load average {load_before:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end\n")
    print("| articles | events before merge | events after | candidate pairs | merge s | "
          "merge ms/article |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['articles']} | {r['events_in']} | {r['events_out']} | {r['candidate_pairs']} "
              f"| {r['merge_s']:.2f} | {r['ms_per_article']:.2f} |")
    met = spread <= FLAT_SPREAD
    print(f"\n{'MET   ' if met else 'MISSED'} merge ms/article flat (max/min <= {FLAT_SPREAD}): "
          f"{spread:.2f}")
    out = BENCH / "results" / f"merge_bench_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "spread": spread, "extraction_s": extraction,
                               "load_average": [load_before, os.getloadavg()[0]]}, indent=1))
    print(f"results: {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
