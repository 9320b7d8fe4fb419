"""One event card for the page and the standalone export: the same lines, links only to http(s).

The page is driven headless by AppTest over the UI fixture opened as an extracted JSON file
(``app_support.serve_corpus``), rewritten here with the addresses a hostile manifest could give.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from app_support import open_page, serve_corpus

from dashboard.export import events_to_html, timelinejs_json
from dashboard.export.html_present import presentation_html
from dashboard.model import Corpus
from dashboard.views.card import card_html, event_card, how_dated, link_html, safe_link

SAFE = "https://www.example.org/2025/07/appel?id=4&lang=fr"
# What a manifest's url column could hold to run code or show a page of its own on a click.
HOSTILE_URLS = (
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    '//198.51.100.7/x" onmouseover="alert(1)',
    "http:///no-host",
)
HOSTILE_TEXT = '<img src=x onerror=alert(1)> [lien](javascript:alert(1)) $x$'


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_an_address_that_is_not_plain_http_never_becomes_a_link(url):
    assert safe_link(url) is None
    shown = link_html(url)
    assert "<a " not in shown and "href" not in shown
    assert "onmouseover=\"" not in shown


@pytest.mark.parametrize("url", [SAFE, "http://lemonde.fr/a", "HTTPS://EXAMPLE.ORG/"])
def test_a_web_address_becomes_a_link_to_itself(url):
    assert safe_link(url) == url
    assert link_html(url).startswith('<a href="') and 'rel="noopener noreferrer"' in link_html(url)


def _with_urls(corpus: Corpus, urls: list[str]) -> Corpus:
    documents = tuple(dataclasses.replace(d, url=urls[n % len(urls)])
                      for n, d in enumerate(corpus.documents))
    return dataclasses.replace(corpus, documents=documents)


def _hrefs(markup: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', markup)


def test_every_export_links_only_http_addresses_and_shows_the_others_as_text(ui_corpus):
    corpus = _with_urls(ui_corpus, [SAFE, *HOSTILE_URLS])
    by_id = {d.doc_id: d for d in corpus.documents}
    ordered = sorted(corpus.events, key=lambda e: e.date)
    page = events_to_html(corpus.events, corpus.documents, "fr")
    slides = presentation_html(ordered, by_id, "fr")
    timeline = json.loads(timelinejs_json(corpus.events, corpus.documents))
    texts = [s["text"]["text"] for s in timeline["events"]]
    for markup in (page, slides, *texts):
        assert {h.replace("&amp;", "&") for h in _hrefs(markup)} <= {SAFE}
        assert "javascript:" not in " ".join(_hrefs(markup)).casefold()
    assert SAFE.replace("&", "&amp;") in page
    # The hostile addresses are still shown, as text a reader can copy.
    assert "javascript:alert(document.cookie)" in page
    assert any("javascript:alert(document.cookie)" in t for t in texts)


def test_the_export_card_says_what_the_page_card_says(ui_corpus):
    by_id = {d.doc_id: d for d in ui_corpus.documents}
    call = next(e for e in ui_corpus.events if e.id == "ev-call")
    card = event_card(call, by_id, "fr")
    assert card.facts[:2] == (("Date", "4 juillet 2025 (au jour près)"),
                              ("Comment elle a été datée", how_dated(call, "fr")))
    assert len(card.sources) == len(call.sources)
    page = events_to_html(ui_corpus.events, ui_corpus.documents, "fr")
    article = page[page.index('<article id="event-ev-call">'):]
    article = article[:article.index("</article>")]
    assert card_html(card, "fr") in article
    for source in card.sources:
        assert source.how in article.replace("&#x27;", "'").replace("&quot;", '"')
        assert source.excerpt_html in article and "<mark>" in source.excerpt_html


def test_hostile_text_in_the_card_stays_text(ui_corpus):
    event = ui_corpus.events[0]
    hostile = dataclasses.replace(event, title=HOSTILE_TEXT, actors=(HOSTILE_TEXT,),
                                  date_text=HOSTILE_TEXT, dated_by="explicit")
    documents = {d.doc_id: dataclasses.replace(d, outlet=HOSTILE_TEXT, url=HOSTILE_URLS[0])
                 for d in ui_corpus.documents}
    markup = card_html(event_card(hostile, documents, "fr"), "fr")
    assert "<img" not in markup and "href" not in markup and "$x$" not in markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup


@pytest.fixture
def linked_corpus(tmp_path, ui_corpus, monkeypatch):
    """The UI fixture with a web address on one article and ``javascript:`` on another."""
    corpus = _with_urls(ui_corpus, [SAFE, HOSTILE_URLS[0]])
    serve_corpus(corpus, tmp_path, monkeypatch)
    return corpus


def test_the_page_card_links_a_web_address_and_shows_javascript_as_text(linked_corpus):
    # ev-call has two sources, from the first two articles: one of each address.
    at = open_page({"event": "ev-call"})
    assert not at.exception
    markup = " ".join(m.value for m in at.markdown)
    assert {h.replace("&amp;", "&") for h in _hrefs(markup)} == {SAFE}
    assert "javascript:alert(document.cookie)" in markup
    call = next(e for e in linked_corpus.events if e.id == "ev-call")
    assert how_dated(call, "fr").replace("'", "&#x27;") in markup
