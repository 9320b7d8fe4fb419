"""Where the CLI writes: modes kept, leftovers of killed writers removed, impossible targets
refused before any work, and no more worker processes than the machine's memory holds."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.model import Corpus
from dashboard.store import is_frise_database, replacing, save_corpus
from dashboard.engines.local import WORKER_MEMORY, worker_limit

REPO = Path(__file__).resolve().parent.parent
ARTICLE = ("Kiev frappe une raffinerie russe\n"
           "Le 4 juillet 2025, l'Ukraine a frappé une raffinerie de la région de Samara, selon l'armée.\n")


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "corpus" / "a.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _extract(*args, umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", "extract", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO, check=False,
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_rewritten_outputs_keep_the_mode_they_had(article, tmp_path):
    out, db = tmp_path / "events.json", tmp_path / "frise.sqlite"
    assert _extract(article, "--out", out, "--db", db, "--quiet").returncode == 0
    out.chmod(0o644)
    db.chmod(0o640)
    assert _extract(article, "--out", out, "--db", db, "--quiet", umask=0o077).returncode == 0
    assert (_mode(out), _mode(db)) == (0o644, 0o640)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_outputs_get_the_mode_the_umask_gives(article, tmp_path, umask, mode):
    out, db = tmp_path / "events.json", tmp_path / "frise.sqlite"
    assert _extract(article, "--out", out, "--db", db, "--quiet", umask=umask).returncode == 0
    assert (_mode(out), _mode(db)) == (mode, mode)


def test_temporary_files_left_by_a_killed_writer_are_removed_by_the_next_run(article, tmp_path):
    out = tmp_path / "events.json"
    left = tmp_path / ".events.json.k1ll3d.tmp"
    left.write_text('{"half": ', encoding="utf-8")
    other = tmp_path / ".notes.txt.k1ll3d.tmp"
    other.write_text("not ours", encoding="utf-8")
    database = tmp_path / ".frise.sqlite.k1ll3d.tmp"
    journal = tmp_path / ".frise.sqlite.k1ll3d.tmp-journal"
    database.write_bytes(b"SQLite format 3\x00")
    journal.write_bytes(b"half a transaction")
    assert _extract(article, "--out", out, "--db", tmp_path / "frise.sqlite", "--quiet").returncode == 0
    assert not left.exists() and other.exists()
    assert not database.exists() and not journal.exists()


def test_a_temporary_file_a_live_writer_holds_is_left_alone(tmp_path):
    target = tmp_path / "events.json"
    with replacing(target) as temporary:
        temporary.write_text("being written", encoding="utf-8")
        # A second writer of the same file, in another process, cleans up before it writes.
        script = ("import sys; from pathlib import Path; from dashboard.store import replacing\n"
                  "with replacing(Path(sys.argv[1])) as t: t.write_text('second', encoding='utf-8')\n")
        subprocess.run([sys.executable, "-c", script, str(target)], cwd=REPO, check=True)
        assert temporary.read_text(encoding="utf-8") == "being written"
    assert target.read_text(encoding="utf-8") == "being written"


def test_a_killed_writers_lock_is_gone_so_its_file_counts_as_left_over(tmp_path):
    left = tmp_path / ".events.json.abc.tmp"
    left.write_text("x", encoding="utf-8")
    with left.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody holds it
    with replacing(tmp_path / "events.json") as temporary:
        temporary.write_text("{}", encoding="utf-8")
    assert not left.exists()


def _one_line_refusal(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert all(word in lines[0] for word in words), lines[0]
    assert "documents" not in done.stderr  # refused before the extraction ran


def test_out_naming_a_folder_is_refused_in_one_line_before_extracting(article, tmp_path):
    _one_line_refusal(_extract(article, "--out", tmp_path), "--out", "folder")


def test_out_under_a_file_is_refused_in_one_line_before_extracting(article, tmp_path):
    _one_line_refusal(_extract(article, "--out", article / "events.json"), "--out", "a.txt")


def test_out_onto_the_corpus_manifest_is_refused(article):
    manifest = article.parent / "sources.csv"
    manifest.write_text("doc_id,file\na,a.txt\n", encoding="utf-8")
    _one_line_refusal(_extract(article.parent, "--format", "csv", "--out", manifest), "--out", "corpus")
    assert manifest.read_text(encoding="utf-8") == "doc_id,file\na,a.txt\n"


@pytest.mark.parametrize("content", [b"my thesis, do not overwrite\n", b"SQLite"])
def test_db_naming_a_file_that_is_not_a_frise_database_is_refused_and_kept(article, tmp_path, content):
    db = tmp_path / "precious.db"
    if content == b"SQLite":
        with sqlite3.connect(db) as other:
            other.execute("CREATE TABLE accounts (name TEXT)")
        content = db.read_bytes()
    else:
        db.write_bytes(content)
    _one_line_refusal(_extract(article, "--out", tmp_path / "e.json", "--db", db), "--db", "not a Frise database")
    assert db.read_bytes() == content
    assert not (tmp_path / "e.json").exists()


def test_a_frise_database_of_any_schema_version_may_be_replaced(tmp_path):
    db = tmp_path / "frise.sqlite"
    save_corpus(db, Corpus(documents=(), events=()))
    with sqlite3.connect(db) as old:
        old.execute("PRAGMA user_version = 1")
    assert is_frise_database(db)
    save_corpus(db, Corpus(documents=(), events=()))
    assert is_frise_database(db)


def test_the_library_refuses_to_replace_a_file_that_is_not_a_frise_database(tmp_path):
    from dashboard.store import StoreError

    db = tmp_path / "notes.sqlite"
    db.write_text("notes", encoding="utf-8")
    with pytest.raises(StoreError, match="not a Frise database"):
        save_corpus(db, Corpus(documents=(), events=()))
    assert db.read_text(encoding="utf-8") == "notes"


def test_workers_are_capped_by_the_memory_the_machine_has():
    available = next(int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemAvailable:"))
    assert worker_limit(10 ** 6) == max(1, available // WORKER_MEMORY)
    assert worker_limit(1) == 1


def test_the_cli_says_when_it_lowers_the_number_of_workers(article, tmp_path):
    done = _extract(article, "--out", tmp_path / "e.json", "--workers", "1000000", "--quiet")
    assert done.returncode == 0
    [line] = [line for line in done.stderr.splitlines() if "--workers" in line]
    assert "1000000" in line and "MB" in line
