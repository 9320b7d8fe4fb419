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
