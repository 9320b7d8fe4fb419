"""Extraction throughput on dask.distributed against the number of workers, on this machine.

    python bench/dask_bench.py --workers 1,2 --articles 400 --repeat 3

For each number of workers: a LocalCluster of that many worker processes (one thread each) is
started and every worker loads the spaCy model (timed apart: a cluster pays it once per worker,
not per article); then --articles articles are read and built on it through the dask engine
(the workers decode and clean the files from the bytes the client sends), --repeat times, and
the median gives the throughput. The client's own share, listing the corpus and taking each
file's bytes, and the merge are timed apart, since they stay in one process whatever the
cluster's size; the client's CPU seconds during the runs are printed too. The merge is timed
twice: the client's first merge also imports what a process that loaded no model lacks (spaCy
itself, for its stop words, and the place tables: a second or so, once per client), the
second is the merge's own cost per article, the one to compare with the local pipeline's
(whose parent loaded all that before its workers forked) and the one the estimate uses.

--corpus repeated (default): the seeds repeated with shifted dates (bench/corpus.py), whose
copies repeat their sentences word for word, which each worker then analyses once (as for wire
copy): a flattering corpus. --corpus distinct: the articles written for the project, each once
(about 120, so --articles at most that). Report both.

From these figures the script writes down what 10^5 articles would take on a cluster of
--estimate-cores cores: the per-worker rate measured here times the cores (and the scaling
efficiency measured from 1 to 2 workers), plus the client's reading and merging at the
per-article cost measured here. Results go to bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from corpus import build_corpus, build_distinct_corpus

ARCHIVE = 100_000


def _timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def measure(workers: int, documents: list, repeat: int) -> dict:
    from distributed import Client, LocalCluster

    from dashboard.engines import dask_cluster, work

    start_s, cluster = _timed(lambda: LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.ERROR))
    try:
        with Client(cluster, set_as_default=False) as client:
            languages = work.languages_of(documents)
            load_s, _ = _timed(lambda: client.run(work.load_models, languages))
            runs, client_cpu = [], []
            for _ in range(repeat):
                cpu = time.process_time()
                seconds, built = _timed(lambda: dask_cluster.build_all(
                    documents, scheduler=cluster.scheduler_address))
                runs.append(seconds)
                client_cpu.append(time.process_time() - cpu)
    finally:
        cluster.close()
    seconds = statistics.median(runs)
    return {"workers": workers, "cluster_start_s": round(start_s, 2),
            "model_load_s": round(load_s, 2), "runs_s": [round(r, 2) for r in runs],
            "client_cpu_s": round(statistics.median(client_cpu), 2), "built": built,
            "build_s": round(seconds, 2), "articles_per_s": round(len(documents) / seconds, 2),
            "events": sum(len(events) for _, events in built)}


def estimate(rows: list[dict], read_ms: float, merge_ms: float, cores: int) -> dict:
    """What ARCHIVE articles would take on ``cores`` cores, from the rates measured here."""
    one = next(r for r in rows if r["workers"] == 1)
    most = max(rows, key=lambda r: r["workers"])
    # Scaling efficiency from 1 to the most workers measured: below 1 when workers contend
    # (here also with the client and whatever else runs on the machine).
    efficiency = min(1.0, most["articles_per_s"] / (most["workers"] * one["articles_per_s"]))
    build_s = ARCHIVE / (one["articles_per_s"] * cores * efficiency)
    client_s = ARCHIVE * (read_ms + merge_ms) / 1000
    return {"cores": cores, "per_worker_articles_per_s": one["articles_per_s"],
            "efficiency": round(efficiency, 2), "build_s": round(build_s),
            "client_read_and_merge_s": round(client_s), "startup_s": most["model_load_s"],
            "total_s": round(build_s + client_s + most["model_load_s"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2", help="worker counts to try (default: 1,2)")
    parser.add_argument("--articles", type=int, default=400, help="articles (default: 400)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per worker count (default: 3)")
    parser.add_argument("--corpus", choices=("repeated", "distinct"), default="repeated",
                        help="the seeds repeated, or the distinct articles (default: repeated)")
    parser.add_argument("--estimate-cores", type=int, default=32,
                        help="cores of the cluster to estimate for (default: 32)")
    args = parser.parse_args(argv)
    from dashboard.engines.dask_cluster import with_bytes_taken
    from dashboard.events.merge import merge_events
    from dashboard.extract.corpus import plan_corpus
    from dashboard.events.aliases import load_aliases
    from dashboard.events.names import name_corpus
    from dashboard.store.collector import collector_paused

    load_before = os.getloadavg()[0]
    build = build_corpus if args.corpus == "repeated" else build_distinct_corpus
    with tempfile.TemporaryDirectory() as tmp:
        folder = build(Path(tmp) / "articles", args.articles)
        # The client's reading: the listing, and each file's bytes (the engine takes them as
        # it submits; here once, to time them apart).
        read_s, _ = _timed(lambda: [with_bytes_taken(item) for item in plan_corpus(folder)])
        documents = plan_corpus(folder)
        rows = []
        for workers in (int(w) for w in args.workers.split(",")):
            print(f"  {workers} workers...", file=sys.stderr, flush=True)
            rows.append(measure(workers, documents, args.repeat))
        built = rows[-1].pop("built")
        for row in rows:
            row.pop("built", None)
        # As the pipeline merges: one name per entity first (the merge compares names), then
        # with the collector kept off the objects that exist already.
        named, _ = name_corpus(built, load_aliases(folder))
        merges = []
        for _ in range(2):
            with collector_paused():
                merges.append(_timed(lambda: merge_events([e for _, events in named for e in events]))[0])
        first_merge_s, merge_s = merges
    read_ms, merge_ms = 1000 * read_s / args.articles, 1000 * merge_s / args.articles
    guess = estimate(rows, read_ms, merge_ms, args.estimate_cores)

    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, command: "
          f"python bench/dask_bench.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"{args.corpus} corpus, {args.articles} articles, medians of {args.repeat}; load average {load_before:.1f} "
          f"at the start, {os.getloadavg()[0]:.1f} at the end\n")
    print("| dask workers | cluster start s | model load s (all workers) | read and build s | "
          "client CPU s | articles/s | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    base = rows[0]["articles_per_s"]
    for r in rows:
        print(f"| {r['workers']} | {r['cluster_start_s']:.1f} | {r['model_load_s']:.1f} | "
              f"{r['build_s']:.1f} | {r['client_cpu_s']:.1f} | {r['articles_per_s']:.1f} | "
              f"{r['articles_per_s'] / base:.2f}× |")
    print(f"\nin the client: listing and taking the bytes {read_ms:.2f} ms/article, merging "
          f"{merge_ms:.2f} ms/article (at {args.articles} articles; the first merge "
          f"{first_merge_s:.2f} s, imports included)")
    print(f"estimate for {ARCHIVE:,} articles on {guess['cores']} cores: "
          f"{guess['per_worker_articles_per_s']} articles/s per worker x {guess['cores']} x "
          f"efficiency {guess['efficiency']} -> build {guess['build_s']} s, plus the client's "
          f"reading and merging {guess['client_read_and_merge_s']} s and the model load "
          f"{guess['startup_s']} s: about {guess['total_s'] / 60:.0f} minutes")
    out = BENCH / "results" / f"dask_bench_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "read_ms": read_ms, "merge_ms": merge_ms,
                               "first_merge_s": first_merge_s,
                               "estimate": guess, "articles": args.articles, "corpus": args.corpus,
                               "load_average": [load_before, os.getloadavg()[0]]}, indent=1))
    print(f"results: {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
