"""Markup payloads, and a corpus and links that carry them, for the injection tests.

Each payload would load something from another host, show a link, colour text or typeset a
formula if the page or an export rendered it as Markdown or HTML instead of plain text. The
host is in TEST-NET-2 (RFC 5737): nothing answers there, but a browser that tried to reach it
has already made the request a test records.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from dashboard.model import Corpus

HOST = "198.51.100.7"
PAYLOADS = (
    f"![x](http://{HOST}/b.png)",
    f"[Reconnectez-vous](http://{HOST}/phish)",
    ":red[ALERTE ROUGE]",
    "$$\\int_0^1 x\\,dx$$",
    f'<a href="http://{HOST}/a">lien piégé</a>',
    f"<img src=\"http://{HOST}/i.png\" onerror=\"fetch('http://{HOST}/x')\">",
    f"<script>fetch('http://{HOST}/s')</script>",
)
UI_CORPUS = Path(__file__).parent / "fixtures" / "ui_corpus.json"


def payload(n: int) -> str:
    return PAYLOADS[n % len(PAYLOADS)]


def hostile_corpus() -> Corpus:
    """The UI fixture with a payload in every outlet, document title and file name, in every
    event's title, category and actors, and one failed document whose file name is a payload."""
    corpus = Corpus.from_dict(json.loads(UI_CORPUS.read_text(encoding="utf-8")))
    documents = [dataclasses.replace(d, outlet=f"{payload(n)} {d.outlet}", title=f"{payload(n + 1)} {d.title}",
                                     file=f"{payload(n + 2)}.txt")
                 for n, d in enumerate(corpus.documents)]
    documents.append(dataclasses.replace(corpus.documents[0], doc_id="failed", file=f"{payload(4)}.txt",
                                         text="", error=f"{payload(4)}.txt: {payload(5)} could not be read"))
    events = [dataclasses.replace(e, title=f"{payload(n)} {e.title}", category=payload(n + 3),
                                  actors=(*e.actors, payload(n + 5)))
              for n, e in enumerate(corpus.events)]
    return Corpus(documents=tuple(documents), events=tuple(events), places=corpus.places)


def write_hostile_corpus(folder: Path) -> Path:
    path = folder / "hostile.json"
    path.write_text(json.dumps(hostile_corpus().to_dict(), ensure_ascii=False), encoding="utf-8")
    return path


def hostile_links() -> list[dict[str, str]]:
    """Links whose every value is a payload: each is echoed in a notice as unknown."""
    return [{"weapon": p, "place": p, "actor": p, "source": p, "event": p, "lanes": p, "from": p}
            for p in PAYLOADS]
