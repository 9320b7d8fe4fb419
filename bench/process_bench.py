"""The whole extractor against the search_dates script, both as whole processes, side by side.

    python bench/process_bench.py --sizes 400,2000 --repeat 3

This is what a user waits for: ``python -m dashboard extract DIR --out events.json --quiet``
from the moment the command starts (Python, imports, the spaCy model, the process pool, the
merge, writing the JSON) to the moment it exits, against ``bench/search_dates_baseline.py DIR``,
a script that only runs ``dateparser.search_dates`` over the same texts, also from start to
exit. The two commands run one after the other, --repeat times, the one going first
alternating, so a burst of load from other programs on the machine hits both alike. The
figures are medians.

Two corpora (bench/corpus.py), labelled in the table: ``repeated`` (default), the seeds repeated
with shifted dates to each size, whose copies repeat their sentences word for word, which
flatters the extractor (it analyses a sentence text once per process, as for wire copy); and
``distinct``, every article written for the project once, no sentence in two articles (about
120 articles, so sizes up to that). ``--corpus both`` runs each size on each corpus that has it.
``--memo-off`` also times the extractor with its memo off (FRISE_TEXT_MEMO=0), which on the
repeated corpus is what text never seen before costs at sizes the distinct corpus cannot reach.

The extractor keeps some start-up work in the user's cache directory between runs (the French
tokenizer's compiled pattern, the place tables: ``dashboard/events/user_cache.py``). Before
timing, one untimed run on the seeds makes sure that cache is warm, as it is on every run after
a machine's first; ``--cold-cache`` also times the extractor with an empty cache every run
(``frise, cold cache``: what the very first run on a machine costs).

Targets: the extractor at least 1.5 times as fast as the baseline at 400 articles, 3 times at
2,000. Extra commands (e.g. ``--engine dask``) can be timed in the same run with --extra.
Results go to bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from corpus import build_corpus, build_distinct_corpus, distinct_articles

# Speed-up over the baseline that each corpus size must reach (from issue 12).
TARGETS = {400: 1.5, 2000: 3.0}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (the process and its children) of one command, which must succeed."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, **(env or {})})
    return time.perf_counter() - start, _children_cpu() - cpu


# The name of the run with the extractor's text memo off (FRISE_TEXT_MEMO=0): every sentence
# analysed as if never seen, what text without repeats costs.
MEMO_OFF = "frise, memo off"
# The name of the run with an empty start-up cache each time (a machine's first run).
COLD_CACHE = "frise, cold cache"
CACHE_DIRECTORY_VARIABLE = "FRISE_CACHE_DIR"


def commands(folder: Path, out: Path, extra: list[str], memo_off: bool = False,
             cold_cache: Path | None = None) -> dict[str, tuple[list[str], dict[str, str]]]:
    frise = [sys.executable, "-m", "dashboard", "extract", str(folder), "--out", str(out),
             "--quiet"]
    named = {"frise": (frise, {}),
             "search_dates": ([sys.executable, str(BENCH / "search_dates_baseline.py"), str(folder)], {})}
    if memo_off:
        named[MEMO_OFF] = (frise, {"FRISE_TEXT_MEMO": "0"})
    if cold_cache is not None:
        named[COLD_CACHE] = (frise, {CACHE_DIRECTORY_VARIABLE: str(cold_cache)})
    for options in extra:
        named[f"frise {options}"] = (frise + options.split(), {})
    return named


BUILDERS = {"repeated": build_corpus, "distinct": build_distinct_corpus}


def warm_start_up_cache() -> None:
    """One untimed extraction of the seeds, so that the user's start-up cache is filled."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "dashboard", "extract", str(REPO / "data" / "articles"),
                        "--out", str(Path(tmp) / "events.json"), "--quiet"], cwd=REPO, check=True)


def measure(corpus: str, size: int, repeat: int, extra: list[str], memo_off: bool = False,
            cold_cache: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = BUILDERS[corpus](Path(tmp) / "articles", size)
        cold = Path(tmp) / "cold-cache" if cold_cache else None
        named = commands(folder, Path(tmp) / "events.json", extra, memo_off, cold)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in named}
        for round_ in range(repeat):
            order = list(named) if round_ % 2 == 0 else list(reversed(named))
            for name in order:
                if name == COLD_CACHE:
                    shutil.rmtree(cold, ignore_errors=True)
                runs[name].append(run_timed(*named[name]))
                print(f"  {corpus} corpus, {size} articles, {name}: {runs[name][-1][0]:.1f} s "
                      f"({runs[name][-1][1]:.1f} s CPU, load {os.getloadavg()[0]:.1f})",
                      file=sys.stderr, flush=True)
    medians = {name: statistics.median(w for w, _ in times) for name, times in runs.items()}
    return {"corpus": corpus, "size": size, "load_average_after": round(os.getloadavg()[0], 1),
            "runs": {name: [{"wall_s": round(w, 2), "cpu_s": round(c, 2)} for w, c in times]
                     for name, times in runs.items()},
            "median_wall_s": {name: round(m, 2) for name, m in medians.items()},
            "median_cpu_s": {name: round(statistics.median(c for _, c in times), 2)
                             for name, times in runs.items()},
            "speedup": {name: round(medians["search_dates"] / m, 2)
                        for name, m in medians.items() if name != "search_dates"}}


def table(rows: list[dict]) -> str:
    names = [name for name in rows[0]["median_wall_s"] if name != "search_dates"]
    head = (["corpus", "articles", "search_dates s (CPU s)"] + [f"{n} s (CPU s)" for n in names]
            + [f"{n} speed-up" for n in names] + ["target", "load after"])
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---:" for _ in head) + "|"]
    for row in rows:
        def both(n: str) -> str:
            return f"{row['median_wall_s'][n]:.1f} ({row['median_cpu_s'][n]:.1f})"

        cells = ([row["corpus"], str(row["size"]), both("search_dates")] + [both(n) for n in names]
                 + [f"{row['speedup'][n]:.2f}×" for n in names]
                 + [f"≥ {TARGETS[row['size']]}×" if row["size"] in TARGETS else ""]
                 + [f"{row['load_average_after']:.1f}"])
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="400,2000",
                        help="corpus sizes in articles, comma-separated (default: 400,2000)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each command per size; medians are reported (default: 3)")
    parser.add_argument("--corpus", choices=("repeated", "distinct", "both"), default="repeated",
                        help="repeated seeds, distinct articles, or both (default: repeated)")
    parser.add_argument("--memo-off", action="store_true",
                        help=f"also time the extractor with its text memo off ({MEMO_OFF!r})")
    parser.add_argument("--cold-cache", action="store_true",
                        help=f"also time the extractor with an empty start-up cache each run ({COLD_CACHE!r})")
    parser.add_argument("--extra", action="append", default=[], metavar="OPTIONS",
                        help="also time the extractor with these options, e.g. '--engine dask'")
    args = parser.parse_args(argv)
    warm_start_up_cache()
    load_before = os.getloadavg()[0]
    corpora = ("repeated", "distinct") if args.corpus == "both" else (args.corpus,)
    largest_distinct = len(distinct_articles())
    rows = [measure(corpus, size, args.repeat, args.extra, args.memo_off, args.cold_cache)
            for size in (int(s) for s in args.sizes.split(","))
            for corpus in corpora if corpus == "repeated" or size <= largest_distinct]
    if not rows:
        parser.error(f"the distinct corpus has {largest_distinct} articles: ask for sizes up to that")
    cores = os.cpu_count() or 1
    print(f"\n{cores} CPUs, Python {sys.version.split()[0]}, command: python bench/process_bench.py "
          f"{' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"whole processes, alternating, medians of {args.repeat}; load average at the start "
          f"{load_before:.1f}, at the end {os.getloadavg()[0]:.1f}\n")
    print(table(rows))
    for row in rows:
        target = TARGETS.get(row["size"])
        if target:
            met = row["speedup"]["frise"] >= target
            print(f"{'MET   ' if met else 'MISSED'} {row['corpus']} corpus, {row['size']} articles: "
                  f"{row['speedup']['frise']:.2f}× (target {target}×)")
    out = BENCH / "results" / f"process_bench_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"cpus": cores, "load_average": [load_before, os.getloadavg()[0]],
                               "argv": argv if argv is not None else sys.argv[1:],
                               "rows": rows}, indent=1))
    print(f"\nresults: {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
