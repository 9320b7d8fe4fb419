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


# Four times one long sentence: far more than a slide holds at a projector's type size.
LONG_SENTENCE = ("Le ministre a rappelé, au terme d'une réunion qui s'est prolongée tard dans la "
                 "nuit, que les livraisons promises le 3 mars 2025 dépendraient des stocks "
                 "disponibles, des capacités de transport et de l'accord des partenaires, et que "
                 "rien ne serait annoncé avant que chaque pays n'ait fait connaître sa position ; "
                 ) * 4


@pytest.fixture(scope="session")
def classroom_events(ui_corpus):
    """The UI fixture's events in date order, plus two written for presentation tests: one
    whose sentence is far too long for a slide (ev-long) and one whose title is markup that
    tries to close a script (ev-hostile)."""
    from dataclasses import replace
    from datetime import date

    from dashboard.model import Event, Source
    from dashboard.views.filters import chronological

    mention = LONG_SENTENCE.index("le 3 mars 2025")
    long_one = Event(
        id="ev-long", title="Le ministre a rappelé que les livraisons dépendraient des stocks",
        date=date(2025, 3, 3), date_end=None, precision="day", date_text="le 3 mars 2025",
        dated_by="explicit", category="statement",
        sources=(Source("003_db2530973f020613", LONG_SENTENCE, 0, len(LONG_SENTENCE),
                        date_text="le 3 mars 2025", mention_start=mention,
                        mention_end=mention + len("le 3 mars 2025")),))
    hostile = replace(ui_corpus.events[1], id="ev-hostile",
                      title="</script><script>window.broken = true</script>",
                      date=date(2025, 7, 5), date_end=None)
    return chronological([*ui_corpus.events, long_one, hostile])
