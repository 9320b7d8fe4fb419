"""Markup payloads in links and in a corpus, opened in a real headless chromium.

The page is served from a corpus whose outlets, titles, file names, categories and actors are
payloads, and opened with links whose values are payloads. Every request the browser makes is
recorded: a single one to a host other than the local server means a payload was rendered.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, snapshot, streamlit_server
from hostile import HOST, PAYLOADS, hostile_corpus, write_hostile_corpus
from playwright.sync_api import Page, expect, sync_playwright

pytestmark = pytest.mark.browser

TEXT_TIMEOUT = 60_000
CHART_TIMEOUT = 120_000
COUNT = re.compile(r"^\d+ (sur|of) \d+ (événements|events)$")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Links, images and formulas a payload would have made live, anywhere in the page or its SVG.
LIVE_ELEMENTS = """() => {
  const host = arguments_host;
  const links = [...document.querySelectorAll('a')]
    .map(a => a.getAttribute('href') || a.getAttribute('xlink:href') || '')
    .filter(href => href.includes(host));
  const images = [...document.querySelectorAll('img, image')]
    .map(i => i.getAttribute('src') || i.getAttribute('href') || '').filter(src => src.includes(host));
  return {links, images, formulas: document.querySelectorAll('.katex, mjx-container').length,
          scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes(host)).length};
}""".replace("arguments_host", repr(HOST))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    env = {"FRISE_CORPUS": str(write_hostile_corpus(folder))}
    with streamlit_server(env, folder / "streamlit.log") as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        requests: list[str] = []
        context.on("request", lambda request: requests.append(request.url))
        yield base, context, requests
        browser.close()


def _visit(server, params: list[tuple[str, str]], name: str) -> Page:
    base, context, requests = server
    page = context.new_page()
    page.goto(f"{base}/?{urlencode(params)}")
    expect(page.get_by_text(COUNT)).to_be_visible(timeout=TEXT_TIMEOUT)
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=CHART_TIMEOUT)
    page.wait_for_timeout(1500)
    return page


def _expect_inert(server, page: Page, name: str) -> None:
    _, _, requests = server
    snapshot(page, name)
    elsewhere = [url for url in requests if urlsplit(url).hostname not in LOCAL_HOSTS]
    assert not elsewhere, elsewhere
    live = page.evaluate(LIVE_ELEMENTS)
    assert live == {"links": [], "images": [], "formulas": 0, "scripts": 0}, live
    expect(page.locator("[data-testid='stException']")).to_have_count(0)


def test_payloads_in_the_link_show_as_text_and_load_nothing(server):
    params = [(key, p) for p in PAYLOADS for key in ("weapon", "place", "actor", "source")]
    page = _visit(server, params, "injection-link")
    body = page.inner_text("body")
    for shown in (":red[ALERTE ROUGE]", "$$\\int_0^1 x\\,dx$$", f"![x](http://{HOST}/b.png)",
                  "[Reconnectez-vous]"):
        assert shown in body, shown
    _expect_inert(server, page, "injection-link")
    page.close()


def test_payloads_in_the_corpus_show_as_text_in_detail_lanes_and_notices(server):
    event = max(hostile_corpus().events, key=lambda e: len(e.sources))
    page = _visit(server, [("event", event.id), ("lanes", "source")], "injection-corpus")
    page.get_by_text(re.compile("^(Lire l.article entier|Read the whole article)")).first.click()
    page.wait_for_timeout(1000)
    snapshot(page, "injection-corpus")
    # The title as written, and the failed document's file name in the "could not be read" box
    # (where an invisible word joiner keeps "http://" from becoming a link).
    body = page.inner_text("body").replace("\u2060", "")
    assert " ".join(event.title.split()) in " ".join(body.split()), body[:3000]
    assert f"{PAYLOADS[4]}.txt" in body
    ticks = page.eval_on_selector_all(".ytick text", "texts => texts.map(t => t.textContent)")
    assert any("<a href=" in tick or "![x]" in tick or ":red[" in tick for tick in ticks), ticks
    _expect_inert(server, page, "injection-corpus")
    page.close()


@pytest.mark.parametrize("panel", ["Récit", "Tableau"])
def test_payloads_in_the_corpus_show_as_text_in_the_other_panels(server, panel):
    page = _visit(server, [("lanes", "actor")], f"injection-{panel}")
    page.get_by_text(panel, exact=True).first.click()
    page.wait_for_timeout(1500)
    _expect_inert(server, page, f"injection-{panel}")
    page.close()
