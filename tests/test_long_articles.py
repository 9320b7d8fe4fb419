"""Articles longer than spaCy takes in one piece, and documents whose building fails.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters) with error E088; Frise reads
articles up to DEFAULT_MAX_BYTES, so longer ones are cut into sentence-aligned pieces whose
offsets are shifted back, and must give exactly the events the whole text gives.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dashboard.events import build_events
from dashboard.events.sentences import text_pieces
from dashboard.extract import read_document
from dashboard.model import Corpus, Document
from dashboard.engines import build_all, build_one
from dashboard.pipeline import write_json

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "articles" / "002_c51898415781cb4d.txt"
# Small enough that an ordinary article is cut into several pieces.
SMALL_LIMIT = 3000


def _document(tmp_path, text: str) -> Document:
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, published=date(2024, 11, 17))


def _events(document, nlp):
    return [(e.id, e.date, e.date_text, e.sources[0].start, e.sources[0].end, e.actors, e.category)
            for e in build_events(document, nlp)]


@pytest.mark.parametrize("layout", ["lines", "one paragraph"])
def test_an_article_cut_into_pieces_gives_the_events_of_the_whole(tmp_path, fr_nlp, monkeypatch, layout):
    text = SEED.read_text(encoding="utf-8") * 2
    if layout == "one paragraph":
        text = text.replace("\n", " ")
    document = _document(tmp_path, text)
    whole = _events(document, fr_nlp)
    assert len(whole) > 3
    monkeypatch.setattr(fr_nlp, "max_length", SMALL_LIMIT)
    assert len(document.text) > 3 * SMALL_LIMIT
    assert _events(document, fr_nlp) == whole


@pytest.mark.parametrize("text", [
    "Une phrase.\nUne autre phrase.\n" * 400,
    "Une phrase. Une autre phrase. " * 400,
    "mot " * 2000,
    "x" * 9000,
    "é\n" * 5000,
])
def test_pieces_cover_the_text_in_order_and_respect_the_limit(text):
    pieces = text_pieces(text, 1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(0 < end - start <= 1000 for start, end in pieces)


def test_pieces_end_at_a_line_break_or_a_sentence_when_there_is_one():
    text = "Une phrase assez longue pour remplir la ligne.\n" * 100
    assert all(text[end - 1] == "\n" for _, end in text_pieces(text, 1000)[:-1])
    text = "Une phrase assez longue pour remplir la ligne. " * 100
    assert all(text[end - 2:end] == ". " for _, end in text_pieces(text, 1000)[:-1])


def test_the_cli_reads_an_article_over_a_million_characters(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    # A second article at the end: a repeated one would be page furniture (repeated lines).
    other = (REPO / "data" / "articles" / "000_c57e13933b655b23.txt").read_text(encoding="utf-8")
    filler = "Les discussions se poursuivent entre les délégations des deux pays.\n"
    path = tmp_path / "long.txt"
    path.write_text(seed + filler * (1_050_000 // len(filler)) + other, encoding="utf-8")
    assert len(path.read_text(encoding="utf-8")) > 1_000_000
    out = tmp_path / "events.json"
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(path), "--published", "2024-11-17",
                           "--out", str(out), "--quiet"], capture_output=True, text=True, cwd=REPO,
                          env=os.environ.copy(), check=False)
    assert done.returncode == 0, done.stderr
    assert "E088" not in done.stderr
    corpus = Corpus.from_dict(json.loads(out.read_text(encoding="utf-8")))
    starts = [s.start for e in corpus.events for s in e.sources]
    # Events are found at the start and at the end, a million characters later.
    assert min(starts) < len(seed) and max(starts) > 1_000_000
    text = corpus.documents[0].text
    assert all(text[s.start:s.end] == s.excerpt for e in corpus.events for s in e.sources)


def test_a_document_whose_building_fails_keeps_its_error_but_not_its_text(tmp_path):
    # No tables for German: building fails, which a library caller can cause with any Document.
    document = Document(doc_id="de", file="de.txt", text="PRIVATE TEXT Am 4. Juli 2025 rief Trump an.",
                        language="de")
    built, events = build_one(document)
    assert built.error and "de.txt" in built.error and not events
    assert built.text == "" and built.furniture == ()
    good = Document(doc_id="fr", file="fr.txt", text=SEED.read_text(encoding="utf-8"),
                    published=date(2024, 11, 17))
    documents = [doc for doc, _ in build_all([good, document], workers=1)]
    write_json(tmp_path / "events.json", Corpus(documents=tuple(documents), events=()))
    assert "PRIVATE TEXT" not in (tmp_path / "events.json").read_text(encoding="utf-8")
