"""The page under hostile links and a hostile corpus, driven headless by AppTest.

The corpus is the small UI fixture, opened as an extracted JSON file (FRISE_CORPUS), so each
test starts the page in a second or two without extracting anything.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.views.view import MIN_SOURCES_MAX

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "dashboard" / "app.py")
UI_CORPUS = REPO / "tests" / "fixtures" / "ui_corpus.json"


@pytest.fixture
def corpus_file(monkeypatch):
    """Point the page at an extracted JSON file; the test may write its own first."""
    def use(path: Path) -> Path:
        monkeypatch.setenv("FRISE_CORPUS", str(path))
        return path
    use(UI_CORPUS)
    return use


def open_page(params: dict) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


@pytest.mark.parametrize("digits", [310, 4301])
def test_a_huge_min_sources_in_the_link_is_clamped_and_the_page_opens(corpus_file, digits):
    at = open_page({"min_sources": "9" * digits})
    assert not at.exception, at.exception
    assert at.number_input(key="min_sources").value == MIN_SOURCES_MAX
    [notice] = [w.value for w in at.warning]
    assert str(MIN_SOURCES_MAX) in notice and len(notice) < 200
    assert at.query_params["min_sources"] == str(MIN_SOURCES_MAX)
    assert os.environ["FRISE_CORPUS"] == str(UI_CORPUS)
