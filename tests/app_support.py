"""Opening the page headless with AppTest, on a link's parameters or on a corpus of the test's own."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.model import Corpus

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


def open_page(params: dict | None = None) -> AppTest:
    """The page as a link with ``params`` opens it, after its first run."""
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def serve_corpus(corpus: Corpus, folder: Path, monkeypatch, name: str = "corpus.json") -> Path:
    """Write ``corpus`` as an extracted JSON file and point the page at it (FRISE_CORPUS)."""
    path = folder / name
    path.write_text(json.dumps(corpus.to_dict(), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("FRISE_CORPUS", str(path))
    return path
