"""Extraction throughput on dask.distributed against the number of workers, on this machine.

    python bench/dask_bench.py --workers 1,2 --articles 400 --repeat 3

For each number of workers: a LocalCluster of that many worker processes (one thread each) is
started and every worker loads the spaCy model (timed apart: a cluster pays it once per worker,
not per article); then the per-article work of --articles articles (the seeds repeated with
shifted dates, bench/corpus.py) runs on it through the dask engine, --repeat times, and the
median gives the throughput. Reading the articles (in the client) and the merge are timed
apart too, since they stay in one process whatever the cluster's size.

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

from corpus import build_corpus

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
            runs = []
            for _ in range(repeat):
                seconds, built = _timed(lambda: dask_cluster.build_all(
                    documents, scheduler=cluster.scheduler_address))
                runs.append(seconds)
    finally:
        cluster.close()
    seconds = statistics.median(runs)
    return {"workers": workers, "cluster_start_s": round(start_s, 2),
            "model_load_s": round(load_s, 2), "runs_s": [round(r, 2) for r in runs],
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
    parser.add_argument("--estimate-cores", type=int, default=32,
                        help="cores of the cluster to estimate for (default: 32)")
    args = parser.parse_args(argv)
    from dashboard.engines import build_all
    from dashboard.events.merge import merge_events
    from dashboard.extract import read_corpus

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = build_corpus(Path(tmp) / "articles", args.articles)
        read_s, documents = _timed(lambda: read_corpus(folder))
        rows = []
        for workers in (int(w) for w in args.workers.split(",")):
            print(f"  {workers} workers...", file=sys.stderr, flush=True)
            rows.append(measure(workers, documents, args.repeat))
    built = build_all(documents)
    merge_s, _ = _timed(lambda: merge_events([e for _, events in built for e in events]))
    read_ms, merge_ms = 1000 * read_s / args.articles, 1000 * merge_s / args.articles
    guess = estimate(rows, read_ms, merge_ms, args.estimate_cores)

    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, command: "
          f"python bench/dask_bench.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"{args.articles} articles, medians of {args.repeat}; load average {load_before:.1f} "
          f"at the start, {os.getloadavg()[0]:.1f} at the end\n")
    print("| dask workers | cluster start s | model load s (all workers) | build s | "
          "articles/s | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|")
    base = rows[0]["articles_per_s"]
    for r in rows:
        print(f"| {r['workers']} | {r['cluster_start_s']:.1f} | {r['model_load_s']:.1f} | "
              f"{r['build_s']:.1f} | {r['articles_per_s']:.1f} | "
              f"{r['articles_per_s'] / base:.2f}× |")
    print(f"\nin the client: reading {read_ms:.1f} ms/article, merging {merge_ms:.1f} ms/article "
          f"(at {args.articles} articles)")
    print(f"estimate for {ARCHIVE:,} articles on {guess['cores']} cores: "
          f"{guess['per_worker_articles_per_s']} articles/s per worker x {guess['cores']} x "
          f"efficiency {guess['efficiency']} -> build {guess['build_s']} s, plus the client's "
          f"reading and merging {guess['client_read_and_merge_s']} s and the model load "
          f"{guess['startup_s']} s: about {guess['total_s'] / 60:.0f} minutes")
    out = BENCH / "results" / f"dask_bench_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "read_ms": read_ms, "merge_ms": merge_ms,
                               "estimate": guess, "articles": args.articles,
                               "load_average": [load_before, os.getloadavg()[0]]}, indent=1))
    print(f"results: {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
