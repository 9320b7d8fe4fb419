"""An extraction on disk is current only for the same articles and the same extractor."""

from __future__ import annotations

import subprocess
import sys

from dashboard.freshness import extractor_fingerprint, outputs_are_current
from dashboard.store import save_corpus, stored_extractor
from dashboard.model import Corpus


def test_the_fingerprint_is_stable_and_short():
    assert extractor_fingerprint() == extractor_fingerprint()
    assert len(extractor_fingerprint()) == 16


def test_a_database_remembers_the_extractor_that_wrote_it(tmp_path):
    save_corpus(tmp_path / "a.sqlite", Corpus((), ()), extractor="abc123")
    save_corpus(tmp_path / "b.sqlite", Corpus((), ()))
    assert stored_extractor(tmp_path / "a.sqlite") == "abc123"
    assert stored_extractor(tmp_path / "b.sqlite") is None
    assert stored_extractor(tmp_path / "missing.sqlite") is None


def test_outputs_written_by_another_extractor_are_not_current(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Le 4 juillet 2025, Trump a appelé Zelensky.", encoding="utf-8")
    json_path, db_path = tmp_path / "events.json", tmp_path / "frise.sqlite"
    json_path.write_text("{}", encoding="utf-8")
    save_corpus(db_path, Corpus((), ()), extractor="an-older-extractor")
    assert not outputs_are_current(articles, json_path, db_path)
    save_corpus(db_path, Corpus((), ()), extractor=extractor_fingerprint())
    assert outputs_are_current(articles, json_path, db_path)


def test_checking_freshness_does_not_load_spacy():
    # The dashboard checks on every start: it must stay cheap when nothing is to be extracted.
    code = "import sys, dashboard.freshness; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
