"""Exports of a corpus full of markup payloads: every one of them arrives as plain text."""

from __future__ import annotations

import csv
import io
import base64
import gzip
import json
import re

from hostile import HOST, PAYLOADS, hostile_corpus

from dashboard.export import events_to_csv, events_to_html, timelinejs_json

# A payload's own tags, live: an image, a script, a frame, a link to its host.
LIVE = re.compile(r"<(?:img|script|iframe)\b|<a href=\"http://" + re.escape(HOST), re.IGNORECASE)


def test_the_standalone_page_shows_every_payload_as_text():
    corpus = hostile_corpus()
    page = events_to_html(corpus.events, corpus.documents, "fr", places=corpus.places)
    # Frise's own parts (the cards) sit in <section>; plotly.js and the page's scripts follow
    # it (the slides before it are <section class="slide">, hence the last </section>).
    # The figure travels gzip-compressed: read its data back and look at every text.
    body = page[page.index("<section>"):page.rindex("</section>")]
    assert not LIVE.search(body)
    blocks = dict(re.findall(r'<script type="application/octet-stream" id="([^"]+)">([^<]+)</script>', page))
    figure = json.loads(gzip.decompress(base64.b64decode(blocks["timeline-figure"])))["data"]
    texts = [t for trace in figure for t in (trace.get("hovertext") or []) + [trace.get("name") or ""]]
    assert texts and not any(LIVE.search(t) for t in texts)
    assert "&lt;script&gt;" in body


def test_timelinejs_slides_show_every_payload_as_text():
    corpus = hostile_corpus()
    data = json.loads(timelinejs_json(corpus.events, corpus.documents, lang="fr"))
    for slide in data["events"]:
        for text in (slide["text"]["headline"], slide["text"]["text"], slide["group"], slide["display_date"]):
            assert not LIVE.search(text), text


def test_the_csv_keeps_every_payload_as_it_was_written():
    corpus = hostile_corpus()
    rows = list(csv.reader(io.StringIO(events_to_csv(corpus.events, corpus.documents))))
    cells = " ".join(cell for row in rows for cell in row)
    assert any(p in cells for p in PAYLOADS)
