"""The files of the bundled folder that could not be read are kept in the workspace beside
the corpus, so the page names them without reading events.json or the folder again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dashboard.curation.workspace import Workspace
from dashboard.service import loading
from dashboard.store.corpora import DEFAULT_CORPUS
from dashboard.store.workspace import WORKSPACE_VERSION, refusals_recorded

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"
# The shortest seed article: one article is enough, and spaCy reads it in a moment.
ARTICLE = "004_95e4f02cd0da1f73.txt"


def _folder(where: Path) -> Path:
    folder = where / "articles"
    folder.mkdir()
    shutil.copy(SEEDS / ARTICLE, folder / ARTICLE)
    (folder / "vide.txt").write_text("", encoding="utf-8")
    # A UTF-32 mark and then bytes that are no UTF-32: refused, with the reason.
    (folder / "abime.txt").write_bytes(b"\xff\xfe\x00\x00\xff\xff\xff\xff")
    return folder


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """A folder of one article and two unreadable files, extracted once into a workspace."""
    where = tmp_path_factory.mktemp("refusals")
    folder = _folder(where)
    loading.extract(folder, where / "events.json", where / "frise.sqlite")
    return where


@pytest.fixture
def copy(extracted, tmp_path):
    """The extracted folder and outputs, copied so a test may change them."""
    for name in ("articles", "events.json", "frise.sqlite"):
        source = extracted / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp_path / name)
    return tmp_path


def _load(where: Path) -> loading.Loaded:
    return loading.load(where / "articles", where / "events.json", where / "frise.sqlite", None)


def _named(loaded: loading.Loaded) -> dict[str, str]:
    return {d.file: d.error for d in loaded.refused}


def test_the_workspace_keeps_the_refused_files_with_their_reasons(copy):
    view = Workspace(copy / "frise.sqlite").open(DEFAULT_CORPUS)
    assert {d.file for d in view.refused} == {"vide.txt", "abime.txt"}
    assert all(d.error and not d.text for d in view.refused)
    assert [d.file for d in view.corpus.documents] == [ARTICLE]


def test_the_page_names_the_refused_files_without_reading_events_json(copy):
    # Newer than the articles, so not stale, but no longer JSON at all: a page that still
    # read it for the refusals would fail here.
    (copy / "events.json").write_text("plus du JSON", encoding="utf-8")
    assert not loading.stale(copy / "articles", copy / "events.json", copy / "frise.sqlite")
    loaded = _load(copy)
    assert set(_named(loaded)) == {"vide.txt", "abime.txt"}
    assert "empty" in _named(loaded)["vide.txt"]
    [line] = loaded.problems("fr")
    assert "vide.txt" in line and "abime.txt" in line


def test_a_file_mended_in_the_folder_is_no_longer_named_after_the_next_extraction(copy):
    (copy / "articles" / "abime.txt").unlink()
    assert loading.stale(copy / "articles", copy / "events.json", copy / "frise.sqlite")
    loading.extract(copy / "articles", copy / "events.json", copy / "frise.sqlite")
    assert set(_named(_load(copy))) == {"vide.txt"}


def test_a_workspace_of_the_previous_schema_is_upgraded_and_seeded_again_for_its_refusals(copy):
    database = copy / "frise.sqlite"
    Workspace(database).edit(DEFAULT_CORPUS, Workspace(database).open(DEFAULT_CORPUS)
                             .corpus.events[0].id, {"title": "Titre corrigé"},
                             author="Ana", version=0)
    with sqlite3.connect(database) as db:
        # Schema 104 had no refused column: rebuild the table without it (the other tables
        # name it, so foreign keys stay off while it is swapped).
        db.execute("CREATE TABLE old_corpora AS SELECT slug, title, created_at, revision, "
                   "alias_table FROM corpora")
        db.execute("DROP TABLE corpora")
        db.execute("ALTER TABLE old_corpora RENAME TO corpora")
        db.execute("PRAGMA user_version = 104")
    # The page cannot know the refusals of a 104 workspace: it extracts again first.
    assert not refusals_recorded(database, DEFAULT_CORPUS)
    assert loading.stale(copy / "articles", copy / "events.json", database)
    upgraded = Workspace(database).open(DEFAULT_CORPUS)
    assert upgraded.refused is None
    assert "Titre corrigé" in {e.title for e in upgraded.corpus.events}
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == WORKSPACE_VERSION
    loading.extract(copy / "articles", copy / "events.json", database)
    assert not loading.stale(copy / "articles", copy / "events.json", database)
    loaded = _load(copy)
    assert set(_named(loaded)) == {"vide.txt", "abime.txt"}
    assert "Titre corrigé" in {e.title for e in loaded.corpus.events}
