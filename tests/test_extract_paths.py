"""Only files inside the corpus folder are read: a manifest or a link cannot reach the rest of the machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.extract import read_corpus
from dashboard.extract.paths import OutsideCorpus, inside_corpus

REPO = Path(__file__).resolve().parent.parent
HEADER = "doc_id,file,title,outlet,url,language,published,note\n"
ARTICLE = ("Kiev frappe une raffinerie russe\n"
           "L'Ukraine a frappé le 4 juillet 2025 une raffinerie de la région de Samara, selon l'armée.\n")
SECRET = "SECRET-LINE root:x:0:0:the text of a file outside the corpus\n"


@pytest.fixture
def machine(tmp_path) -> tuple[Path, Path]:
    """A corpus folder, and beside it a private file that no corpus may read."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    secret = tmp_path / "private" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    return corpus, secret


def _manifest(corpus: Path, *files: str) -> None:
    rows = "".join(f"d{n},{name},,,,fr,2025-07-15,\n" for n, name in enumerate(files))
    (corpus / "sources.csv").write_text(HEADER + rows, encoding="utf-8")


def _refusals(documents) -> list[str]:
    return [d.error for d in documents if d.error and "outside the corpus folder" in d.error]


@pytest.mark.parametrize("how", ["relative", "absolute", "link in a subfolder"])
def test_a_manifest_row_naming_a_file_outside_the_folder_is_refused_and_the_others_are_read(machine, how):
    corpus, secret = machine
    if how == "relative":
        name = "../private/passwd.txt"
    elif how == "absolute":
        name = str(secret)
    else:
        (corpus / "sub").mkdir()
        (corpus / "sub" / "notes.txt").symlink_to(secret)
        name = "sub/notes.txt"
    _manifest(corpus, "good.txt", name)
    documents = read_corpus(corpus)
    assert [d.doc_id for d in documents if not d.error] == ["d0"]
    [refusal] = _refusals(documents)
    assert refusal.startswith("sources.csv line 3:") and "\n" not in refusal
    assert all("SECRET-LINE" not in d.text for d in documents)


def test_a_link_in_a_bare_folder_to_a_file_outside_it_is_refused(machine):
    corpus, secret = machine
    (corpus / "link.txt").symlink_to(secret)
    documents = read_corpus(corpus)
    assert [d.doc_id for d in documents if not d.error] == ["good"]
    [refusal] = _refusals(documents)
    assert refusal.startswith("link.txt:")
    assert all("SECRET-LINE" not in d.text for d in documents)


def test_a_link_inside_the_folder_to_another_article_of_it_is_read(machine):
    corpus, _ = machine
    (corpus / "sub").mkdir()
    (corpus / "sub" / "moved.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "alias.txt").symlink_to(corpus / "sub" / "moved.txt")
    _manifest(corpus, "good.txt", "sub/moved.txt", "alias.txt")
    documents = read_corpus(corpus)
    assert not _refusals(documents)
    assert [d.doc_id for d in documents if not d.error] == ["d0", "d1", "d2"]


def test_a_manifest_that_is_a_link_to_a_file_outside_is_refused_without_echoing_it(machine):
    corpus, secret = machine
    (corpus / "sources.csv").symlink_to(secret)
    documents = read_corpus(corpus)
    assert "outside the corpus folder" in documents[0].error
    assert all("SECRET-LINE" not in (d.error or "") + d.text for d in documents)


def test_a_corpus_folder_reached_through_a_link_is_still_read(machine, tmp_path):
    corpus, _ = machine
    (tmp_path / "shortcut").symlink_to(corpus)
    documents = read_corpus(tmp_path / "shortcut")
    assert [d.doc_id for d in documents if not d.error] == ["good"]


@pytest.mark.parametrize("name", ["../x.txt", "/etc/passwd", "a/../../x.txt"])
def test_inside_corpus_refuses_any_name_that_leaves_the_folder(tmp_path, name):
    with pytest.raises(OutsideCorpus):
        inside_corpus(tmp_path, name)


def test_inside_corpus_gives_the_resolved_path_of_a_name_inside(tmp_path):
    (tmp_path / "a").mkdir()
    assert inside_corpus(tmp_path, "a/../b.txt") == (tmp_path / "b.txt").resolve()


def test_the_cli_writes_nothing_of_an_outside_file_and_names_the_row(machine, tmp_path):
    corpus, _ = machine
    _manifest(corpus, "good.txt", "../private/passwd.txt")
    out, db = tmp_path / "events.json", tmp_path / "frise.sqlite"
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(corpus), "--out", str(out),
                           "--db", str(db), "--quiet"], capture_output=True, text=True, cwd=REPO,
                          env=os.environ.copy(), check=False)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "outside the corpus folder" in line]
    assert len(lines) == 1 and lines[0].startswith("sources.csv line 3:")
    assert "SECRET-LINE" not in out.read_text(encoding="utf-8") + done.stderr
    assert b"SECRET-LINE" not in db.read_bytes()
    assert [d["doc_id"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]
            if not d["error"]] == ["d0"]


def test_the_page_names_the_refused_row_and_shows_nothing_of_the_outside_file(machine, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    corpus, _ = machine
    (corpus / "ok.txt").write_text(ARTICLE.replace("4 juillet 2025", "5 juillet 2025"), encoding="utf-8")
    _manifest(corpus, "good.txt", "../private/passwd.txt", "ok.txt")
    monkeypatch.setenv("FRISE_ARTICLES", str(corpus))
    monkeypatch.setenv("FRISE_EVENTS", str(tmp_path / "out" / "events.json"))
    monkeypatch.setenv("FRISE_DB", str(tmp_path / "out" / "frise.sqlite"))
    monkeypatch.delenv("FRISE_CORPUS", raising=False)
    at = AppTest.from_file(str(REPO / "dashboard" / "app.py"), default_timeout=180).run()
    assert not at.exception, at.exception
    [box] = [i.value for i in at.info if "outside the corpus folder" in i.value]
    assert "line 3" in box
    shown = " ".join(m.value for m in (*at.markdown, *at.info, *at.warning))
    assert "SECRET" not in shown
    assert "SECRET" not in (tmp_path / "out" / "events.json").read_text(encoding="utf-8")
