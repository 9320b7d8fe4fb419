"""Dates at the calendar's edges: refused as publication dates, and never an overflow anywhere."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.events.merge import merge_events
from dashboard.extract import read_corpus, read_document
from dashboard.model import CALENDAR_MAX, CALENDAR_MIN, Corpus, Event, Source
from dashboard.pipeline import extract_corpus
from dashboard.views.axis import initial_range
from dashboard.views.figures import timeline_figure

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "dashboard" / "app.py")
HEADER = "doc_id,file,title,outlet,url,language,published,note\n"
ARTICLE = ("Washington autorise des frappes en Russie\n"
           "Le président américain Joe Biden a autorisé l'Ukraine à frapper le territoire russe "
           "avec des missiles ATACMS, ont indiqué des responsables à Washington.\n"
           "Le 4 juillet 2025, Donald Trump a appelé Volodymyr Zelensky.\n")
EDGES = ("0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01")


@pytest.fixture
def edge_corpus(tmp_path) -> Path:
    """One article per edge date in the manifest, and one with an ordinary date."""
    rows = [f"d{n},a{n}.txt,,,,fr,{day},\n" for n, day in enumerate(("2024-11-17", *EDGES))]
    for n in range(len(rows)):
        (tmp_path / f"a{n}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return tmp_path


def test_a_publication_date_outside_the_drawable_range_is_unknown_with_a_warning(edge_corpus):
    documents = read_corpus(edge_corpus)
    assert documents[0].published == date(2024, 11, 17)
    for document, day in zip(documents[1:], EDGES):
        assert document.published is None and not document.error
        [warning] = [w for w in document.warnings if day in w]
        assert "1800-01-01" in warning and "2200-12-31" in warning and "\n" not in warning


def test_a_corpus_with_edge_publication_dates_still_yields_its_events(edge_corpus):
    corpus = extract_corpus(edge_corpus, workers=1)
    assert not any(d.error for d in corpus.documents)
    assert {s.doc_id for e in corpus.events for s in e.sources} == {f"d{n}" for n in range(5)}
    assert all(e.date is None or CALENDAR_MIN.year - 10 <= e.date.year <= CALENDAR_MAX.year + 10
               for e in corpus.events)


def test_a_library_fallback_date_outside_the_range_is_unknown_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    document = read_document(tmp_path / "a.txt", published=date(1, 1, 1))
    assert document.published is None
    assert any("0001-01-01" in w for w in document.warnings)


def test_the_cli_refuses_a_published_option_outside_the_range_in_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(tmp_path), "--published",
                           "9999-12-31", "--out", str(tmp_path / "e.json")], capture_output=True,
                          text=True, cwd=REPO, check=False)
    assert done.returncode == 2
    assert "9999-12-31" in done.stderr and "1800-01-01" in done.stderr
    assert not (tmp_path / "e.json").exists()


def test_the_cli_reads_a_manifest_with_edge_dates_and_warns_for_each(edge_corpus, tmp_path):
    out = tmp_path / "out" / "e.json"
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(edge_corpus), "--out", str(out)],
                          capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for day in EDGES:
        assert sum(day in line for line in done.stderr.splitlines()) == 1
    assert json.loads(out.read_text(encoding="utf-8"))["events"]


def _event(day: date, dated_by: str = "publication", doc_id: str = "a") -> Event:
    source = Source(doc_id=doc_id, excerpt="Le président a autorisé les frappes.", start=0, end=36,
                    date=day, date_end=day, precision="day", dated_by=dated_by, anchor=day)
    return Event(id=f"{doc_id}-{day}", title="Le président a autorisé les frappes", date=day, date_end=day,
                 precision="day", date_text=None, dated_by=dated_by, anchor=day, anchor_kind="publication",
                 category="decision", actors=("Joe Biden",), places=(), weapons=(), sources=(source,),
                 confidence=0.5, status="happened", language="fr", date_source=doc_id)


@pytest.mark.parametrize("day", [date.min, date.max])
def test_merging_events_dated_at_the_calendar_edges_does_not_overflow(day):
    merged = merge_events([_event(day, doc_id="a"), _event(day, doc_id="b")])
    assert merged and all(e.date == day for e in merged)


@pytest.mark.parametrize("day", [date.min, date.max])
def test_the_timeline_and_its_axis_draw_events_at_the_calendar_edges(day):
    figure = timeline_figure([_event(day)])
    assert figure.layout.xaxis.range
    assert initial_range(day, day)[0] <= day <= initial_range(day, day)[1]


def test_the_page_shows_a_corpus_with_edge_dates_without_a_traceback(tmp_path, ui_corpus):
    events = list(ui_corpus.events)
    events[0] = dataclasses.replace(events[0], date=date.max, date_end=date.max)
    events[1] = dataclasses.replace(events[1], date=date.min, date_end=date.min)
    documents = [dataclasses.replace(ui_corpus.documents[0], published=date.max), *ui_corpus.documents[1:]]
    path = tmp_path / "edges.json"
    corpus = Corpus(documents=tuple(documents), events=tuple(events), places=ui_corpus.places)
    path.write_text(json.dumps(corpus.to_dict(), ensure_ascii=False), encoding="utf-8")
    saved = os.environ.get("FRISE_CORPUS")
    os.environ["FRISE_CORPUS"] = str(path)
    try:
        at = AppTest.from_file(APP, default_timeout=120)
        at.query_params["event"] = events[0].id
        at.run()
        assert not at.exception, at.exception
        assert not at.error
        at.query_params["lanes"] = "source"
        at.run()
        assert not at.exception, at.exception
    finally:
        if saved is None:
            os.environ.pop("FRISE_CORPUS", None)
        else:
            os.environ["FRISE_CORPUS"] = saved
