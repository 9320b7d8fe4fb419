"""From a click to the chart drawn again, in headless chromium, on the seeds and a large corpus.

    python bench/browser_bench.py --events 10000 --repeat 5

The page runs as a real Streamlit server and Debian's chromium drives it (tests/browser_support).
The click is on the sidebar's "Lignes de la frise" radio (lanes by actor, then by category
again), which makes the server rebuild the figure and the browser draw it anew. The clock
starts in the page just before the click and stops at the first animation frame where the
chart's lane labels are the new ones: the server's rerun, the websocket, React and Plotly's
drawing together, what a person waits for. Medians of --repeat clicks each way. On a corpus
of more than the page's AGGREGATE_FROM events the chart is the counts view. Results go to
bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(BENCH)]

from app_bench import synthetic_corpus
from browser_support import CHROMIUM, CHROMIUM_ARGS, streamlit_server

# The y axis' labels of the chart, or null while no chart is drawn.
LANE_LABELS = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  const ticks = gd && gd._fullLayout && gd._fullLayout.yaxis && gd._fullLayout.yaxis.ticktext;
  return ticks ? Array.from(ticks).join('|') : null;
}"""
CHANGED = """(before) => {
  const gd = document.querySelector('.js-plotly-plot');
  const ticks = gd && gd._fullLayout && gd._fullLayout.yaxis && gd._fullLayout.yaxis.ticktext;
  if (!ticks || Array.from(ticks).join('|') === before) return false;
  window.__drawn = window.__drawn || performance.now();
  return true;
}"""
LOAD_TIMEOUT_MS = 180_000


def click_to_draw(page, label: str) -> float:
    """Seconds from a click on the lanes radio's ``label`` to the chart drawn with new lanes."""
    before = page.evaluate(LANE_LABELS)
    page.evaluate("() => { window.__drawn = 0; window.__clicked = performance.now(); }")
    page.get_by_text(label, exact=True).click()
    page.wait_for_function(CHANGED, arg=before, polling="raf", timeout=LOAD_TIMEOUT_MS)
    return page.evaluate("() => (window.__drawn - window.__clicked) / 1000")


def measure(corpus_json: Path, repeat: int, log: Path) -> dict:
    from playwright.sync_api import sync_playwright

    env = {"FRISE_CORPUS": str(corpus_json)}
    with streamlit_server(env, log) as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(base)
        page.wait_for_function(f"() => ({LANE_LABELS})() !== null", timeout=LOAD_TIMEOUT_MS)
        first = time.perf_counter() - start
        to_actor, to_category = [], []
        for _ in range(repeat):
            to_actor.append(click_to_draw(page, "Acteur"))
            to_category.append(click_to_draw(page, "Catégorie"))
        browser.close()
    return {"first_chart_s": round(first, 3), "to_actor_s": to_actor,
            "to_category_s": to_category,
            "median_s": round(statistics.median(to_actor + to_category), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000, help="size of the large corpus")
    parser.add_argument("--repeat", type=int, default=5, help="clicks each way (default: 5)")
    args = parser.parse_args(argv)
    from dashboard.pipeline import extract_corpus, write_json

    load_before = os.getloadavg()[0]
    results = {}
    with tempfile.TemporaryDirectory(prefix="frise_browser_bench_") as folder:
        outputs = Path(folder)
        seeds = outputs / "events.json"
        write_json(seeds, extract_corpus(REPO / "data" / "articles"))
        big = synthetic_corpus(seeds, args.events, outputs / "synthetic.json")
        for name, corpus in (("seeds", seeds), (f"{args.events} events", big)):
            print(f"  {name}...", file=sys.stderr, flush=True)
            results[name] = measure(corpus, args.repeat, outputs / f"{len(results)}.log")
    print(f"\n{os.cpu_count()} CPUs, command: python bench/browser_bench.py "
          f"{' '.join(argv if argv is not None else sys.argv[1:])}; load average "
          f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end\n")
    print("| corpus | page to first chart s | click to chart drawn s (median) | all clicks s |")
    print("|---|---:|---:|---|")
    for name, r in results.items():
        clicks = ", ".join(f"{s:.2f}" for s in r["to_actor_s"] + r["to_category_s"])
        print(f"| {name} | {r['first_chart_s']:.2f} | {r['median_s']:.2f} | {clicks} |")
    out = BENCH / "results" / f"browser_bench_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    print(f"\nresults: {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
