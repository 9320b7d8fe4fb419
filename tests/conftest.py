"""Fixtures shared by the test suite, named for what they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    """The bundled seed corpus: five French articles and their manifest."""
    return ARTICLES


@pytest.fixture(scope="session")
def seed_corpus(articles_dir):
    """The seed articles extracted once per session by the real pipeline, in this process."""
    from dashboard.pipeline import extract_corpus

    return extract_corpus(articles_dir, workers=1)
