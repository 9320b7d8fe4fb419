"""Is date finding linear in a clause's length? Per-character time on texts of growing size.

    python bench/dates_scaling.py --sizes 10000,100000,1000000

Each text is one unit repeated with no sentence break, so the whole text is one clause: the
case that used to be quadratic (issue 14: "le 4 juillet " x n took 26 s at 52 kB). Target: the
per-character time at the largest size is within 3x the one at the smallest. Results go to
bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from dashboard.temporal import find_dates  # noqa: E402

UNITS = (("le 4 juillet ", "fr"), ("lundi ", "fr"), ("le 4 juillet, le 5 mars 2024, ", "fr"),
         ("on Monday, March 3 and ", "en"))
FLAT_ENOUGH = 3.0  # the largest size's per-character time may be 3x the smallest's


def per_char_us(unit: str, lang: str, size: int) -> tuple[float, int]:
    text = unit * (size // len(unit))
    started = time.process_time()
    mentions = find_dates(text, date(2025, 7, 15), lang)
    return 1e6 * (time.process_time() - started) / len(text), len(mentions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="text sizes in characters, comma-separated")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    find_dates("le 4 juillet", date(2025, 7, 15), "fr")  # compile the tables before timing
    find_dates("July 4", date(2025, 7, 15), "en")
    rows = []
    print("| text | " + " | ".join(f"µs/char at {s:,}" for s in sizes) + " | largest/smallest |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    for unit, lang in UNITS:
        times = [per_char_us(unit, lang, size)[0] for size in sizes]
        ratio = times[-1] / times[0]
        rows.append({"unit": unit, "lang": lang, "sizes": sizes, "us_per_char": times,
                     "ratio": ratio, "flat": ratio < FLAT_ENOUGH})
        print(f"| `{unit.strip()}` × n ({lang}) | " + " | ".join(f"{t:.2f}" for t in times)
              + f" | {ratio:.2f} |")
    flat = all(r["flat"] for r in rows)
    print(f"\n{'MET   ' if flat else 'MISSED'} per-character time within {FLAT_ENOUGH}x "
          f"from {sizes[0]:,} to {sizes[-1]:,} characters")
    out = BENCH / "results" / f"dates_scaling_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"rows": rows}, indent=1))
    print(f"results: {out.relative_to(BENCH.parent)}")
    return 0 if flat else 1


if __name__ == "__main__":
    raise SystemExit(main())
