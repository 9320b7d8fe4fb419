"""``python -m dashboard corpus …`` and ``export``, run as a person runs them: in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.curation.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
UPLOADS = Path(__file__).parent / "fixtures" / "uploads"


def run(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True,
                          text=True, cwd=REPO, check=False,
                          env={**os.environ, "FRISE_DB": str(db), "FRISE_SHARED": "", **env})


@pytest.fixture(scope="module")
def team(tmp_path_factory, articles_dir):
    """A workspace with corpus "greves": two articles added from the command line."""
    db = tmp_path_factory.mktemp("team") / "frise.sqlite"
    created = run(db, "corpus", "new", "greves", "--title", "Grèves")
    added = run(db, "corpus", "add", "greves", str(UPLOADS / "port-de-marseille.txt"),
                str(UPLOADS / "harbour-strike.html"), "--quiet")
    return db, created, added


def test_corpus_new_prints_the_view_link_and_an_edit_link_with_a_long_key(team):
    _, created, _ = team
    assert created.returncode == 0, created.stderr
    assert "view link (read-only): http://localhost:8501/?corpus=greves\n" in created.stdout
    key = re.search(r"\?corpus=greves&key=(?P<key>[A-Za-z0-9_-]+)\n", created.stdout)["key"]
    assert len(key) >= 22  # 22 URL-safe characters carry 132 bits


def test_links_start_with_the_address_the_team_opens(tmp_path):
    done = run(tmp_path / "w.sqlite", "corpus", "new", "classe", FRISE_URL="https://frise.example.org/")
    assert "https://frise.example.org/?corpus=classe&key=" in done.stdout


def test_corpus_add_extracts_the_articles_into_the_corpus(team):
    db, _, added = team
    assert added.returncode == 0, added.stderr
    view = Workspace(db).open("greves")
    assert sorted(d.doc_id for d in view.corpus.documents) == ["harbour-strike", "port-de-marseille"]
    assert view.corpus.events


def test_corpus_add_says_which_articles_were_there_already_and_which_failed(team, tmp_path):
    db, _, _ = team
    (tmp_path / "vide.txt").write_bytes(b"")
    again = run(db, "corpus", "add", "greves", str(UPLOADS / "port-de-marseille.txt"),
                str(tmp_path / "vide.txt"))
    assert again.returncode == 0
    assert "port-de-marseille.txt: already in corpus 'greves'" in again.stderr
    assert "vide.txt: the file is empty" in again.stderr
    assert "0 added, 1 failed, 1 already there" in again.stderr


def test_corpus_add_with_a_publication_date_and_language(tmp_path):
    db = tmp_path / "w.sqlite"
    run(db, "corpus", "new", "bare")
    (tmp_path / "note.txt").write_text("Les dockers ont cessé le travail mardi.\n", encoding="utf-8")
    done = run(db, "corpus", "add", "bare", str(tmp_path / "note.txt"), "--published", "2023-03-14",
               "--lang", "fr", "--quiet")
    assert done.returncode == 0, done.stderr
    (doc,) = Workspace(db).open("bare").corpus.documents
    assert (doc.published.isoformat(), doc.language) == ("2023-03-14", "fr")


def test_corpus_add_to_a_corpus_that_does_not_exist_says_how_to_create_it(team):
    done = run(team[0], "corpus", "add", "nope", str(UPLOADS / "port-de-marseille.txt"))
    assert done.returncode == 1 and "corpus new nope" in done.stderr


def test_on_a_shared_server_corpus_add_needs_the_key(tmp_path):
    db = tmp_path / "w.sqlite"
    created = run(db, "corpus", "new", "equipe")
    key = created.stdout.rsplit("key=", 1)[1].strip()
    refused = run(db, "corpus", "add", "equipe", str(UPLOADS / "port-de-marseille.txt"),
                  FRISE_SHARED="1")
    assert refused.returncode == 1 and "read-only" in refused.stderr
    allowed = run(db, "corpus", "add", "equipe", str(UPLOADS / "port-de-marseille.txt"), "--quiet",
                  "--key", key, FRISE_SHARED="1")
    assert allowed.returncode == 0, allowed.stderr


def test_corpus_list_shows_each_corpus_with_its_view_link(team):
    listed = run(team[0], "corpus", "list")
    assert listed.stdout == "greves\tGrèves\t2 documents\thttp://localhost:8501/?corpus=greves\n"


def test_corpus_new_key_revokes_the_old_edit_link(tmp_path):
    db = tmp_path / "w.sqlite"
    old = run(db, "corpus", "new", "cle").stdout.rsplit("key=", 1)[1].strip()
    renewed = run(db, "corpus", "new-key", "cle")
    new = renewed.stdout.rsplit("key=", 1)[1].strip()
    shared = Workspace(db, shared=True)
    assert "no longer work" in renewed.stdout
    assert not shared.may_edit("cle", old) and shared.may_edit("cle", new)


def test_a_corpus_name_with_capitals_or_slashes_is_refused(tmp_path):
    done = run(tmp_path / "w.sqlite", "corpus", "new", "../Grèves")
    assert done.returncode == 1 and "not a corpus name" in done.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "timelinejs", "html"])
def test_every_export_says_which_fields_a_person_corrected(team, tmp_path, fmt):
    db = tmp_path / "copy.sqlite"
    db.write_bytes(team[0].read_bytes())
    workspace = Workspace(db)
    event = workspace.open("greves").corpus.events[0]
    workspace.edit("greves", event.id, {"title": "Titre corrigé", "category": "report"},
                   author="Ana", version=0)
    out = tmp_path / f"export.{fmt}"
    done = run(db, "export", "greves", "--format", fmt, "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8-sig")
    if fmt == "json":
        data = json.loads(text)
        item = next(e for e in data["events"] if e["id"] == event.id)
        assert item["title"] == "Titre corrigé" and set(item["corrected"]) == {"title", "category"}
        assert item["corrected"]["title"]["by"] == "Ana" and data["corpus"]["slug"] == "greves"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        row = next(r for r in rows if r["id"] == event.id)
        assert row["corrected"].startswith("corrigé à la main : title, category (Ana, ")
        assert all(r["corrected"] == "" for r in rows if r["id"] != event.id)
    elif fmt == "timelinejs":
        slide = next(s for s in json.loads(text)["events"] if s["unique_id"] == event.id)
        assert "corrigé à la main : title, category" in slide["text"]["text"]
    else:
        assert "corrigé à la main : title, category (Ana, " in text and "Titre corrigé" in text


def test_export_without_out_names_the_file_after_the_corpus(team, tmp_path):
    db = tmp_path / "copy.sqlite"
    db.write_bytes(team[0].read_bytes())
    subprocess.run([sys.executable, "-m", "dashboard", "export", "greves", "--format", "csv"],
                   cwd=tmp_path, env={**os.environ, "FRISE_DB": str(db), "PYTHONPATH": str(REPO)},
                   check=True, capture_output=True)
    assert (tmp_path / "frise-greves.csv").is_file()
