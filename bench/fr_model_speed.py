"""How fast the event builder runs on the seed articles with each French spaCy model.

    python bench/fr_model_speed.py [--repeat 5] [--models fr_core_news_sm,fr_core_news_md]

Each model is loaded the way ``dashboard.events.nlp`` loads French (parser and lemmatizer
excluded, punctuation sentencizer added) and ``build_events`` runs on every seed article,
``--repeat`` times; the median pass is reported in milliseconds per article, with the load
time apart. Together with ``bench/entities_eval.py --lang fr`` it is what chose the model.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def measure(model: str, repeat: int) -> dict:
    import spacy

    from dashboard.events.build import build_events
    from dashboard.extract import read_corpus

    documents = [d for d in read_corpus(REPO / "data" / "articles") if not d.error]
    started = time.perf_counter()
    nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
    nlp.add_pipe("sentencizer")
    load = time.perf_counter() - started
    build_events(documents[0], nlp)  # warm the lookup tables once
    passes = []
    for _ in range(repeat):
        started = time.perf_counter()
        for doc in documents:
            build_events(doc, nlp)
        passes.append((time.perf_counter() - started) / len(documents))
    return {"model": model, "load_s": round(load, 2), "ms_per_article": round(1000 * statistics.median(passes), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--models", default="fr_core_news_sm,fr_core_news_md")
    args = parser.parse_args(argv)
    print("| model | load s | build ms/article (seeds, median) |")
    print("|---|---:|---:|")
    for model in args.models.split(","):
        row = measure(model, args.repeat)
        print(f"| {row['model']} | {row['load_s']} | {row['ms_per_article']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
