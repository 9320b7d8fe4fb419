"""The page under hostile links and a hostile corpus, driven headless by AppTest.

The corpus is the small UI fixture, opened as an extracted JSON file (FRISE_CORPUS), so each
test starts the page in a second or two without extracting anything.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hostile import PAYLOADS, hostile_corpus, hostile_links, write_hostile_corpus
from app_support import open_page
from streamlit.testing.v1 import AppTest

from dashboard.views.view import MIN_SOURCES_MAX

REPO = Path(__file__).resolve().parent.parent
UI_CORPUS = REPO / "tests" / "fixtures" / "ui_corpus.json"


@pytest.fixture
def corpus_file(monkeypatch):
    """Point the page at an extracted JSON file; the test may write its own first."""
    def use(path: Path) -> Path:
        monkeypatch.setenv("FRISE_CORPUS", str(path))
        return path
    use(UI_CORPUS)
    return use


@pytest.mark.parametrize("digits", [310, 4301])
def test_a_huge_min_sources_in_the_link_is_clamped_and_the_page_opens(corpus_file, digits):
    at = open_page({"min_sources": "9" * digits})
    assert not at.exception, at.exception
    assert at.number_input(key="min_sources").value == MIN_SOURCES_MAX
    [notice] = [w.value for w in at.warning]
    assert str(MIN_SOURCES_MAX) in notice and len(notice) < 200
    assert at.query_params["min_sources"] == str(MIN_SOURCES_MAX)
    assert os.environ["FRISE_CORPUS"] == str(UI_CORPUS)


# Markdown that would still render: an image, a link, a directive (:red[...]), LaTeX ($), HTML.
LIVE_MARKDOWN = re.compile(r"(?<!\\)(?:!\[|\]\(|:[a-z]+\[|\$|<)")
# HTML Frise itself writes into an HTML-enabled block; a payload's tags must not be among them.
LIVE_TAG = re.compile(r"<(?:a|img|script|iframe)\b|(?<!\\)\$", re.IGNORECASE)
# Plotly's text subset of HTML: only the tags the figure builders write are allowed.
# Besides bold and line breaks, the labels' crowd count: <span style="color:#4a5561">+3</span>.
PLOTLY_TAGS = re.compile(r'<(?!/?b>|br>|/span>|span style="color:#[0-9a-f]{6}">)[^>]*>', re.IGNORECASE)


@pytest.fixture
def hostile(tmp_path, corpus_file):
    return corpus_file(write_hostile_corpus(tmp_path))


def markdown_sources(at: AppTest) -> list[tuple[str, bool]]:
    """(Markdown text, whether HTML is allowed) of everything the page renders as Markdown."""
    found = [(m.value, bool(m.proto.allow_html)) for m in at.markdown]
    found += [(e.value, False) for kind in ("warning", "info", "error", "caption", "title", "subheader")
              for e in at.get(kind)]
    found += [(e.label, False) for kind in ("expander", "status") for e in at.get(kind)]
    return found


def assert_inert(at: AppTest) -> None:
    assert not at.exception, at.exception
    for text, html_allowed in markdown_sources(at):
        if html_allowed:
            if not text.lstrip().startswith("<style>"):
                assert not LIVE_TAG.search(text), text
        else:
            assert not LIVE_MARKDOWN.search(text), text
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        for text in _strings(spec):
            assert not PLOTLY_TAGS.search(text), text


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("link", hostile_links(), ids=[f"payload{n}" for n in range(len(PAYLOADS))])
def test_payloads_in_the_link_are_echoed_as_plain_text(corpus_file, link):
    at = open_page(link)
    assert_inert(at)
    assert len(at.warning) == len(link)


@pytest.mark.parametrize("lanes", ["category", "actor", "source"])
def test_payloads_in_the_corpus_reach_lanes_and_hovers_as_plain_text(hostile, lanes):
    assert_inert(open_page({"lanes": lanes}))


def test_payloads_in_the_corpus_reach_the_detail_panel_as_plain_text(hostile):
    corpus = hostile_corpus()
    event = max(corpus.events, key=lambda e: len(e.sources))
    at = open_page({"event": event.id})
    assert_inert(at)
    assert at.expander, "the detail panel shows the article expander"
    assert any("could not be read" in i.value or "pu être lus" in i.value for i in at.info)


@pytest.mark.parametrize("panel", ["table", "story", "map"])
def test_payloads_in_the_corpus_reach_the_other_panels_as_plain_text(hostile, panel):
    at = open_page({})
    at.segmented_control(key="tab").set_value(panel).run()
    assert_inert(at)


def test_payloads_in_the_corpus_reach_the_presentation_as_plain_text(hostile):
    assert_inert(open_page({"mode": "present"}))


def test_payloads_as_parameter_names_are_echoed_as_plain_text(corpus_file):
    at = open_page({p: "1" for p in PAYLOADS})
    assert_inert(at)
    assert len(at.warning) == len(PAYLOADS)
