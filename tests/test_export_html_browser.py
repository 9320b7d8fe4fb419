"""The standalone HTML page in a real browser with the network cut off, as in a classroom."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import sync_playwright

from dashboard.export import events_to_html
from dashboard.model import Place

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_page(tmp_path_factory, ui_corpus):
    """The page opened from disk; every request that is not to the file itself is refused."""
    path = tmp_path_factory.mktemp("html") / "frise.html"
    path.write_text(events_to_html(ui_corpus.events, ui_corpus.documents,
                                   places=[Place("Kursk", 51.73, 36.18, "RU")]), encoding="utf-8")
    refused: list[str] = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url == path.as_uri()
                   else (refused.append(route.request.url), route.abort()))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path.as_uri())
        page.wait_for_selector(".plotly .main-svg", timeout=15_000)
        yield page, refused, errors
        browser.close()


def test_page_draws_the_timeline_and_map_without_any_network_request(offline_page):
    page, refused, errors = offline_page
    assert refused == []
    assert errors == []
    assert page.locator(".js-plotly-plot").count() == 2


def test_plotly_speaks_french_and_the_headlines_are_written_beside_the_marks(offline_page):
    page, _, _ = offline_page
    assert page.locator('.modebar-btn[data-title="Réinitialiser les axes"]').count() >= 1
    assert page.locator(".js-plotly-plot .textpoint").count() > 0
    ticks = " ".join(page.evaluate("() => [...document.querySelectorAll('.xtick text')].map(t => t.textContent)"))
    # The ui corpus spans a few years: plotly.js writes month ticks with French names.
    assert "janv." in ticks or "juil." in ticks, ticks


def test_zooming_in_writes_the_headlines_that_now_fit(offline_page):
    page, _, errors = offline_page
    labelled = """() => document.getElementById('timeline')._fullData
        .filter(t => t.meta && t.meta.kind === 'labels').flatMap(t => Array.from(t.customdata))"""
    before = set(page.evaluate(labelled))
    page.evaluate("() => Plotly.relayout(document.getElementById('timeline'), "
                  "{'xaxis.range': ['2024-06-01', '2025-08-01']})")
    page.wait_for_timeout(300)
    assert set(page.evaluate(labelled)) != before and errors == []


def test_clicking_an_event_on_the_timeline_marks_it_in_the_list(offline_page):
    page, _, _ = offline_page
    page.evaluate("""() => {
        const plot = document.querySelector('.js-plotly-plot');
        plot.emit('plotly_click', {points: [{customdata: 'ev-kursk'}]});
    }""")
    assert page.locator("article.chosen").get_attribute("id") == "event-ev-kursk"
