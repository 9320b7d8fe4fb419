"""How fast Frise extracts inside one warm process, against the naive baseline, by corpus size.

This is the in-process comparison: the model is loaded before the clock starts and the
baseline is timed per article on a few texts. It shows where the time goes and how it grows,
not what a user waits for; bench/process_bench.py times both as whole processes, which is the
comparison the README leads with.

    python bench/extract_bench.py --sizes 10,100,1000 --baseline-limit 50

For each size, in a fresh process (so peak memory and CPU time belong to that size alone):
the whole extractor (``extract_corpus``: reading, dates, spaCy, entities, merge, places; its
time split where the last document is built, so the merge shows apart), the
temporal tagger alone (``find_dates`` over the same texts), and the baseline
``dateparser.search_dates(text, languages=['fr'])``, timed on the first --baseline-limit texts
only because it is slow (its rate is per article, so it compares across sizes). The spaCy
model and the lookup tables are warmed up on one seed article before the clock starts (reported
on its own as a one-time cost); worker processes are forked from the measuring process and
inherit them. The load average is printed too: on a busy machine every rate drops.

Targets: whole extractor at least as fast as search_dates; find_dates at least 5 times as
fast; cost linear in corpus size (CPU time per article roughly constant); every core busy on
a large corpus. Results go to bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
# Run as a script: make the repository importable without installing it.
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from corpus import build_corpus


def _cpu_seconds() -> float:
    """CPU time of this process plus its finished children (the pool's workers)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def _timed(function) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), _cpu_seconds()
    function()
    return time.perf_counter() - wall, _cpu_seconds() - cpu


def measure(size: int, workers: int, baseline_limit: int) -> dict:
    """One size, measured in this process: called in a child by ``main``."""
    from dateparser.search import search_dates

    from dashboard.extract import read_corpus
    from dashboard.engines.local import PARALLEL_FROM
    from dashboard.pipeline import extract_corpus
    from dashboard.temporal import find_dates

    with tempfile.TemporaryDirectory() as tmp:
        folder = build_corpus(Path(tmp) / "articles", size)
        documents = [d for d in read_corpus(folder) if not d.error]
        megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
        warm_up, _ = _timed(lambda: extract_corpus(next(folder.glob("*.txt")), workers=1))
        # dateparser loads its French data on the first call: not part of the per-article rate.
        search_dates("le 4 juillet 2025", languages=["fr"])
        result: list = []
        built_at: list[float] = []  # when the last document's events were built

        def progress(done: int, total: int, _doc_id: str) -> None:
            if done == total:
                built_at.append(time.perf_counter())

        start = time.perf_counter()
        wall, cpu = _timed(lambda: result.append(extract_corpus(folder, workers=workers,
                                                                progress=progress)))
        corpus = result[0]
        build = built_at[0] - start
        peak_parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        temporal, temporal_cpu = _timed(lambda: [find_dates(d.text, d.published, d.language)
                                                 for d in documents])
        subset = documents[:baseline_limit]
        baseline, baseline_cpu = _timed(lambda: [search_dates(d.text, languages=["fr"])
                                                 for d in subset])
    return {
        "size": size, "articles": len(documents), "megabytes": round(megabytes, 3),
        # The pipeline itself uses one process below PARALLEL_FROM documents.
        "workers": workers if len(documents) >= PARALLEL_FROM else 1, "events": len(corpus.events),
        "failed": sum(1 for d in corpus.documents if d.error),
        "warm_up_s": round(warm_up, 3), "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
        "build_s": round(build, 3), "merge_s": round(wall - build, 3),
        "peak_rss_parent_mb": round(peak_parent, 1), "peak_rss_child_mb": round(peak_child, 1),
        "temporal_s": round(temporal, 4), "temporal_cpu_s": round(temporal_cpu, 4),
        "baseline_articles": len(subset), "baseline_s": round(baseline, 3),
        "baseline_cpu_s": round(baseline_cpu, 3),
    }


def derived(row: dict) -> dict:
    """Rates and ratios from one measurement.

    find_dates and search_dates both run in one process, so they are compared on CPU time,
    which another busy program on the machine does not inflate. The whole extractor is
    compared on wall time: its parallelism is part of its speed.
    """
    n = row["articles"]
    whole = n / row["wall_s"]
    baseline = row["baseline_articles"] / row["baseline_s"]
    temporal_cpu_ms = 1000 * row["temporal_cpu_s"] / n
    baseline_cpu_ms = 1000 * row["baseline_cpu_s"] / row["baseline_articles"]
    return {
        "whole_articles_per_s": whole, "whole_mb_per_s": row["megabytes"] / row["wall_s"],
        "wall_ms_per_article": 1000 * row["wall_s"] / n,
        "cpu_ms_per_article": 1000 * row["cpu_s"] / n,
        "cpu_utilisation": row["cpu_s"] / row["wall_s"],
        "temporal_cpu_ms_per_article": temporal_cpu_ms, "baseline_articles_per_s": baseline,
        "baseline_cpu_ms_per_article": baseline_cpu_ms,
        "whole_vs_baseline": whole / baseline,
        "whole_vs_baseline_per_core": baseline_cpu_ms / (1000 * row["cpu_s"] / n),
        "temporal_vs_baseline": baseline_cpu_ms / temporal_cpu_ms,
    }


COLUMNS = (
    ("articles", "articles", "{:d}"), ("MB", "megabytes", "{:.2f}"),
    ("events", "events", "{:d}"), ("whole art/s", "whole_articles_per_s", "{:.1f}"),
    ("MB/s", "whole_mb_per_s", "{:.3f}"), ("wall ms/art", "wall_ms_per_article", "{:.0f}"),
    ("CPU ms/art", "cpu_ms_per_article", "{:.0f}"), ("CPU/wall", "cpu_utilisation", "{:.2f}"),
    ("build s", "build_s", "{:.1f}"), ("merge+places s", "merge_s", "{:.1f}"),
    ("peak MB parent", "peak_rss_parent_mb", "{:.0f}"),
    ("peak MB worker", "peak_rss_child_mb", "{:.0f}"),
    ("find_dates CPU ms/art", "temporal_cpu_ms_per_article", "{:.1f}"),
    ("search_dates art/s, CPU ms/art (n)", "baseline", "{}"),
    ("whole/baseline", "whole_vs_baseline", "{:.1f}x"),
    ("per core", "whole_vs_baseline_per_core", "{:.1f}x"),
    ("find_dates/baseline (CPU)", "temporal_vs_baseline", "{:.0f}x"),
)


def table(rows: list[dict]) -> str:
    """A Markdown table, ready to paste into the README."""
    lines = ["| " + " | ".join(title for title, _, _ in COLUMNS) + " |",
             "|" + "|".join("---:" for _ in COLUMNS) + "|"]
    for row in rows:
        row = {**row, "baseline": f"{row['baseline_articles_per_s']:.1f}, "
                                  f"{row['baseline_cpu_ms_per_article']:.0f} "
                                  f"({row['baseline_articles']})"}
        lines.append("| " + " | ".join(form.format(row[key]) for _, key, form in COLUMNS) + " |")
    return "\n".join(lines)


def verdicts(rows: list[dict], cores: int) -> list[tuple[str, bool, str]]:
    """Each target, whether it is met, and the numbers behind the answer."""
    largest = rows[-1]
    per_article = [row["cpu_ms_per_article"] for row in rows]
    spread = max(per_article) / min(per_article)
    busy = min(largest["workers"], cores)
    # The merge compares events across documents: its share is where superlinear cost hides.
    # Sizes below 100 are left out, their merge takes too little time to measure.
    merge_ms = {r["articles"]: 1000 * r["merge_s"] / r["articles"] for r in rows
                if r["articles"] >= 100}
    merge_spread = max(merge_ms.values()) / min(merge_ms.values()) if merge_ms else 1.0
    return [
        ("whole extractor >= search_dates (wall, largest corpus)",
         largest["whole_vs_baseline"] >= 1,
         ", ".join(f"{r['whole_vs_baseline']:.1f}x at {r['articles']} "
                   f"({r['whole_vs_baseline_per_core']:.1f}x per core)" for r in rows)),
        ("find_dates >= 5x search_dates", all(r["temporal_vs_baseline"] >= 5 for r in rows),
         ", ".join(f"{r['temporal_vs_baseline']:.0f}x at {r['articles']}" for r in rows)),
        ("linear cost (CPU ms/article and merge ms/article within 1.5x across sizes)",
         spread <= 1.5 and merge_spread <= 1.5,
         (f"CPU max/min = {spread:.2f} ({', '.join(f'{v:.0f}' for v in per_article)} ms); "
          f"merge max/min = {merge_spread:.2f} "
          f"({', '.join(f'{v:.0f} ms at {n}' for n, v in merge_ms.items())})")),
        (f"cores used on the largest corpus (CPU/wall >= {0.75 * busy:.2f})",
         largest["cpu_utilisation"] >= 0.75 * busy,
         (f"CPU/wall = {largest['cpu_utilisation']:.2f} with {largest['workers']} workers "
          f"on {cores} cores")),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000",
                        help="corpus sizes in articles, comma-separated (default: 10,100,1000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes for extract_corpus (default: one per CPU)")
    parser.add_argument("--baseline-limit", type=int, default=50,
                        help="time search_dates on this many articles at most (default: 50)")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.workers, args.baseline_limit)))
        return 0

    load_before = os.getloadavg()[0]
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"measuring {size} articles...", file=sys.stderr, flush=True)
        child = subprocess.run([sys.executable, __file__, "--measure", str(size),
                                "--workers", str(args.workers),
                                "--baseline-limit", str(args.baseline_limit)],
                               capture_output=True, text=True, check=True)
        row = json.loads(child.stdout.splitlines()[-1])
        rows.append({**row, **derived(row)})

    cores = os.cpu_count() or 1
    print(f"\n{cores} CPUs, Python {sys.version.split()[0]}, command: "
          f"python bench/extract_bench.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"one-time warm-up (spaCy model, tables), excluded from the times: "
          f"{rows[0]['warm_up_s']:.1f} s; load average at the start {load_before:.1f}, "
          f"at the end {os.getloadavg()[0]:.1f}; search_dates timed on the first (n) articles, "
          "rate per article\n")
    print(table(rows))
    print()
    results = verdicts(rows, cores)
    for target, met, numbers in results:
        print(f"{'MET   ' if met else 'MISSED'} {target}: {numbers}")

    out = BENCH / "results" / f"extract_bench_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"cpus": cores, "load_average": [load_before, os.getloadavg()[0]],
                               "rows": rows,
                               "targets": [{"target": t, "met": m, "numbers": n}
                                           for t, m, n in results]}, indent=1))
    print(f"\nresults: {out.relative_to(BENCH.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
