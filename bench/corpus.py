"""Corpora for benchmarks: the seeds repeated to any size, or every distinct article we have.

``build_corpus`` (the *repeated* corpus): article i is seed i mod k (k seeds), published
(i div k) weeks after that seed, under a new doc_id, listed in a sources.csv with the seeds'
columns. Shifting the publication date moves every relative date ("mardi", "la semaine
dernière"), so the copies are not all the same events, while the text, and so the work per
article, stays realistic. But every copy repeats its seed's sentences word for word, which
flatters anything that remembers a sentence it has seen (the extractor analyses a repeated
sentence once, as wire copy printed by many outlets is).

``build_distinct_corpus`` (the *distinct* corpus): every article written for this project, each
once: the seeds, the annotated date articles (every tests/data/dates/*.txt, marks removed), the entity
articles (every tests/data/entities/*.json) and the headline articles (bench/headline_articles), French and
English, in that order. An article that repeats a sentence (of four words or more) of an
earlier one would be left out, so no sentence occurs in two articles (one seed prints its title
again in its body, as scraped pages do); there are about a hundred, so this corpus has a fixed
size.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "articles"
MANIFEST_COLUMNS = ("doc_id", "file", "title", "outlet", "url", "language", "published", "note")
# A mark of the date gold files, {span|value} or {span|value|flags}: the article reads the span.
_GOLD_MARK = re.compile(r"\{([^{}|]+)\|[^{}|]+(?:\|[^{}|]+)?\}")
_GOLD_HEADER = re.compile(r"@ (\S+) ([a-z]{2}) (\d{4}-\d\d-\d\d) (\S+)")
# Where a sentence ends, to check that no sentence occurs twice: the end punctuation and a space.
_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+")


def build_corpus(destination: Path, size: int, seeds: Path = SEEDS) -> Path:
    """Write ``size`` articles and their manifest into ``destination``; return it."""
    with (seeds / "sources.csv").open(encoding="utf-8", newline="") as manifest:
        reader = csv.DictReader(manifest)
        columns, rows = reader.fieldnames, list(reader)
    destination.mkdir(parents=True, exist_ok=True)
    copies = []
    for i in range(size):
        seed = rows[i % len(rows)]
        week = i // len(rows)
        doc_id = f"{seed['doc_id']}_{i:05d}"
        file = f"{doc_id}{Path(seed['file']).suffix}"
        shutil.copyfile(seeds / seed["file"], destination / file)
        published = date.fromisoformat(seed["published"]) + timedelta(weeks=week)
        copies.append({**seed, "doc_id": doc_id, "file": file, "published": published.isoformat()})
    with (destination / "sources.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.DictWriter(manifest, fieldnames=columns)
        writer.writeheader()
        writer.writerows(copies)
    return destination


def _written_articles() -> list[dict]:
    """Every article written for this project, as manifest rows with their text."""
    found = []
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as manifest:
        for row in csv.DictReader(manifest):
            found.append({**row, "text": (SEEDS / row["file"]).read_text(encoding="utf-8")})
    for gold in sorted((REPO / "tests" / "data" / "dates").glob("*.txt")):
        split = gold.stem
        blocks = gold.read_text(encoding="utf-8")
        for block in blocks.split("\n@ ")[1:]:
            header, _, body = ("@ " + block).partition("\n")
            doc_id, lang, published, kind = _GOLD_HEADER.match(header).groups()
            text = _GOLD_MARK.sub(r"\1", "\n".join(l for l in body.splitlines() if not l.startswith("#")))
            found.append({"doc_id": f"dates-{doc_id}", "language": lang, "published": published,
                          "note": f"tests/data/dates/{split}.txt: {kind}", "text": " ".join(text.split())})
    for gold in sorted((REPO / "tests" / "data" / "entities").glob("*.json")):
        split = gold.stem
        for article in json.loads(gold.read_text(encoding="utf-8")):
            found.append({"doc_id": f"entities-{article['id']}", "language": article["lang"],
                          "published": article["published"], "text": article["text"],
                          "note": f"tests/data/entities/{split}.json: {article['story']}"})
    for split in ("dev", "heldout", "fresh"):
        folder = REPO / "bench" / "headline_articles" / split
        with (folder / "sources.csv").open(encoding="utf-8", newline="") as manifest:
            for row in csv.DictReader(manifest):
                found.append({**row, "doc_id": f"headlines-{row['doc_id']}",
                              "text": (folder / row["file"]).read_text(encoding="utf-8")})
    return found


# Shorter pieces are not sentences worth comparing: a closing "»", a list's "1.".
SENTENCE_WORDS = 4


def sentences_of(text: str) -> set[str]:
    return {s for line in text.splitlines() for s in _SENTENCE_END.split(line.strip())
            if len(s.split()) >= SENTENCE_WORDS}


def distinct_articles() -> list[dict]:
    """The written articles, leaving out any that repeats a sentence of an earlier one."""
    seen: set[str] = set()
    kept = []
    for article in _written_articles():
        sentences = sentences_of(article["text"])
        if seen.intersection(sentences):
            continue
        seen.update(sentences)
        kept.append(article)
    return kept


def build_distinct_corpus(destination: Path, size: int | None = None) -> Path:
    """Write the first ``size`` distinct articles (all when None) and their manifest into
    ``destination``; return it. Asking for more than there are is an error."""
    articles = distinct_articles()
    if size is not None and size > len(articles):
        raise ValueError(f"the distinct corpus has {len(articles)} articles, not {size}")
    destination.mkdir(parents=True, exist_ok=True)
    rows = []
    for article in articles[:size]:
        file = f"{article['doc_id']}.txt"
        (destination / file).write_text(article["text"], encoding="utf-8")
        rows.append({column: article.get(column, "") for column in MANIFEST_COLUMNS} | {"file": file})
    with (destination / "sources.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.DictWriter(manifest, fieldnames=MANIFEST_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return destination
