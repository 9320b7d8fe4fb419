"""Two sessions opening a page whose outputs are stale: one extracts, the other waits for it
and reads its result, whether the sessions are threads of one server or two processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from dashboard.pipeline import ensure_extracted

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "articles"
# One session: ensure_extracted, then whether it extracted (its progress was called) and how
# many events it holds.
SESSION = """
import json, sys
from dashboard.pipeline import ensure_extracted
ran = []
corpus = ensure_extracted(sys.argv[1], sys.argv[2], sys.argv[3], progress=lambda *a: ran.append(a))
print(json.dumps({"extracted": bool(ran), "events": len(corpus.events)}))
"""


def _corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_two_processes_on_stale_outputs_extract_once_and_both_get_the_events(tmp_path):
    articles = _corpus(tmp_path)
    outputs = [str(tmp_path / "events.json"), str(tmp_path / "frise.sqlite")]
    sessions = [subprocess.Popen([sys.executable, "-c", SESSION, str(articles), *outputs], cwd=REPO,
                                 stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [json.loads(session.communicate(timeout=300)[0]) for session in sessions]
    assert sorted(r["extracted"] for r in results) == [False, True]
    assert results[0]["events"] == results[1]["events"] > 0


def test_two_threads_on_stale_outputs_extract_once_and_both_get_the_events(tmp_path):
    articles = _corpus(tmp_path)
    extracted, events = [], []

    def session() -> None:
        ran = []
        corpus = ensure_extracted(articles, tmp_path / "events.json", tmp_path / "frise.sqlite",
                                  progress=lambda *a: ran.append(a))
        extracted.append(bool(ran))
        events.append(len(corpus.events))
    threads = [threading.Thread(target=session) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert sorted(extracted) == [False, True]
    assert events[0] == events[1] > 0
