"""The standalone HTML page's presentation mode in a real browser, offline, as in a classroom.

The page is opened from disk with every other request refused. The events are
``classroom_events``: the UI fixture's plus one whose sentence is far too long for a slide (it
must fold, not scroll) and one whose title tries to close the page's script.
"""

from __future__ import annotations

import re
from itertools import cycle

import pytest
from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import expect, sync_playwright

from dashboard.export import events_to_html

pytestmark = pytest.mark.browser

SCROLL_TOLERANCE = 2
FORWARD = ("ArrowRight", "PageDown", " ")
@pytest.fixture(scope="module")
def export_file(tmp_path_factory, classroom_events, ui_corpus):
    path = tmp_path_factory.mktemp("present_html") / "frise.html"
    path.write_text(events_to_html(classroom_events, ui_corpus.documents), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(params=[(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def offline(request, browser, export_file):
    """The page in a window of each size; every request that is not the file is refused."""
    width, height = request.param
    page = browser.new_page(viewport={"width": width, "height": height})
    refused: list[str] = []
    errors: list[str] = []
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.split("#")[0] == export_file.as_uri()
               else (refused.append(route.request.url), route.abort()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, refused, errors
    page.close()


def slide_overflow(page) -> float:
    """How far the shown slide reaches past the window, or its cover scrolls."""
    return page.evaluate("""() => {
        const box = document.getElementById('frise-present');
        const shown = box.querySelector('.slide:not([hidden])');
        return Math.max(box.scrollHeight - box.clientHeight,
                        shown.getBoundingClientRect().bottom - innerHeight, scrollY);
    }""")


def test_the_offline_page_presents_every_slide_with_the_keys_and_each_fits(offline,
                                                                           classroom_events,
                                                                           export_file):
    page, refused, errors = offline
    width = page.viewport_size["width"]
    page.goto(export_file.as_uri())
    page.get_by_role("button", name="Présenter").click()
    position = page.locator("#frise-present .frise-position")
    forward = cycle(FORWARD)
    for number, event in enumerate(classroom_events, start=1):
        if number > 1:
            page.keyboard.press(next(forward))
        expect(position).to_have_text(f"{number} / {len(classroom_events)}")
        shown = page.locator("#frise-present .slide:not([hidden])")
        expect(shown.locator(".frise-slide-title")).to_have_text(event.title)
        assert page.url.endswith(f"#slide={event.id}")
        assert slide_overflow(page) <= SCROLL_TOLERANCE
        page.screenshot(path=ARTIFACTS / f"export-present-{width}-{number:02d}.png")
    long_slide = page.locator("#slide-ev-long")
    assert long_slide.locator(".frise-slide-excerpt.folded mark").inner_text() == "le 3 mars 2025"
    for key, number in (("Home", 1), ("End", len(classroom_events)), ("PageUp",
                                                                      len(classroom_events) - 1)):
        page.keyboard.press(key)
        expect(position).to_have_text(f"{number} / {len(classroom_events)}")
    page.keyboard.press("Escape")
    expect(page.locator("#frise-present")).to_be_hidden()
    assert "#slide=" not in page.url
    assert page.evaluate("() => window.broken") is None
    expect(page.get_by_role("figure", name=re.compile(
        rf"^Frise de {len(classroom_events)} événements, du "))).to_have_count(1)
    assert refused == [] and errors == []


def test_a_saved_link_reopens_the_page_on_its_slide(browser, export_file, classroom_events):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    third = classroom_events[2]
    page.goto(f"{export_file.as_uri()}#slide={third.id}")
    expect(page.locator("#frise-present .frise-position")).to_have_text(
        f"3 / {len(classroom_events)}")
    expect(page.locator(f"#slide-{third.id} .frise-slide-title")).to_be_visible()
    live = page.locator("#frise-present [role=status]")
    expect(live).to_have_text(re.compile(rf"^Diapositive 3 sur {len(classroom_events)} : "))
    page.close()


def test_the_long_sentence_folds_and_opens_in_full_on_demand(browser, export_file):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{export_file.as_uri()}#slide=ev-long")
    slide = page.locator("#slide-ev-long")
    expect(slide.locator(".frise-slide-excerpt.folded")).to_be_visible()
    slide.get_by_text("Lire tout l'extrait").click()
    expect(slide.locator("details p")).to_contain_text("chaque pays")
    page.close()
