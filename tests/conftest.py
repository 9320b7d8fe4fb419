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


@pytest.fixture(scope="session")
def ui_corpus():
    """tests/fixtures/ui_corpus.json: seven events cut from the seeds, every way of dating,
    a two-source event with a disagreement (see tests/fixtures/make_ui_corpus.py)."""
    import json

    from dashboard.model import Corpus

    path = Path(__file__).parent / "fixtures" / "ui_corpus.json"
    return Corpus.from_dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def fr_nlp():
    """The French spaCy pipeline, loaded once per session (it takes seconds)."""
    from dashboard.events import load_nlp

    return load_nlp("fr")


@pytest.fixture(scope="session")
def en_nlp():
    """The English pipeline (en_core_web_sm, without the parser), loaded once per session."""
    from dashboard.events import load_nlp

    return load_nlp("en")


@pytest.fixture
def demo_workspace(tmp_path, ui_corpus):
    """A single-user workspace with corpus "demo" holding the seven events of ui_corpus."""
    from curation_support import load_machine_events

    from dashboard.curation.workspace import Workspace

    workspace = Workspace(tmp_path / "frise.sqlite", shared=False)
    workspace.create("demo", "Démo")
    load_machine_events(workspace, "demo", ui_corpus)
    return workspace
