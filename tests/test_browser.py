"""The Streamlit page in a real browser, as a journalist, a teacher and a colleague use it.

A real ``streamlit run dashboard/app.py`` serves the seed articles (extracted on the first
visit into a temporary folder, so the test always sees the current extractor) and headless
chromium opens shared links. Screenshots of every step land in tests/artifacts/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

import pytest
from browser_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    seed_env,
    snapshot,
    streamlit_server,
)
from playwright.sync_api import Page, expect, sync_playwright

from dashboard.model import Corpus, Event

pytestmark = pytest.mark.browser

# Streamlit draws text within a second or two, but the first Plotly chart on a busy 2-core
# runner needs tens of seconds to parse plotly.js; the first visit also extracts the articles.
TEXT_TIMEOUT = 60_000
CHART_TIMEOUT = 120_000
FIRST_VISIT_TIMEOUT = 180_000
# Also handed to the browser, whose JavaScript regular expressions have no (?P<name>...).
# Widgets arrive in lazily loaded scripts: on a loaded runner that takes more than 5 s.
expect.set_options(timeout=60_000)
COUNT = re.compile(r"^\d+ (sur|of) \d+ (événements|events)$")
SINCE = date(2025, 1, 1)


@dataclass(frozen=True)
class Served:
    base: str
    corpus: Corpus
    context: object
    first_count: str

    def event(self, event_id: str) -> Event:
        return next(e for e in self.corpus.events if e.id == event_id)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The page served from the seed articles, after a first visit has extracted them."""
    outputs = tmp_path_factory.mktemp("frise_app")
    with streamlit_server(seed_env(outputs), outputs / "streamlit.log") as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(base)
        count = page.get_by_text(COUNT)
        expect(count).to_be_visible(timeout=FIRST_VISIT_TIMEOUT)
        expect_chart(page)
        snapshot(page, "01-first-visit")
        corpus = Corpus.from_dict(json.loads((outputs / "events.json").read_text(encoding="utf-8")))
        first_count = count.inner_text()
        page.close()
        yield Served(base, corpus, context, first_count)
        browser.close()


def expect_chart(page: Page) -> None:
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=CHART_TIMEOUT)


@dataclass(frozen=True)
class Tab:
    page: Page
    # JavaScript errors the page raised; a person would see a broken widget.
    errors: list[str]


@pytest.fixture
def tab(served, request):
    """A fresh browser tab, closed afterwards so idle charts do not eat the runner's CPU.

    When the test fails, the page as it was then is saved as failed-<test>.png.
    """
    page = served.context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    failed_before = request.session.testsfailed
    yield Tab(page, errors)
    if request.session.testsfailed > failed_before:
        snapshot(page, f"failed-{request.node.name}")
    page.close()


def open_link(served: Served, tab: Tab, params: dict[str, str]) -> Page:
    """The page's link with ``params`` opened in ``tab``, once its event count is drawn."""
    tab.page.goto(f"{served.base}/?{urlencode(params)}")
    expect(tab.page.get_by_text(COUNT)).to_be_visible(timeout=TEXT_TIMEOUT)
    return tab.page


def drawn_event_ids(page: Page) -> set[str]:
    """The ids behind the timeline's event markers, read from the chart the browser drew."""
    return set(page.evaluate("""() => document.querySelector('.js-plotly-plot').data
        .filter(trace => trace.meta && trace.meta.kind === 'events')
        .flatMap(trace => trace.customdata)"""))


def since_2025(corpus: Corpus, category: str | None = None) -> list[Event]:
    """A date (and category) filter worked out by hand: events whose period reaches 2025."""
    return [e for e in corpus.events if e.date is not None and (e.date_end or e.date) >= SINCE
            and category in (None, e.category)]


def the_4_july_call(corpus: Corpus) -> Event:
    calls = [e for e in corpus.events if e.date == date(2025, 7, 4) and e.category == "diplomacy"]
    assert calls, "the seeds report a Trump-Zelensky call on 4 July 2025; no such event was built"
    return max(calls, key=lambda e: (len(e.sources), e.id))


def call_link(call: Event, lang: str) -> dict[str, str]:
    return {"lang": lang, "category": call.category, "from": SINCE.isoformat(), "event": call.id}


def expect_no_python_error(page: Page) -> None:
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)


def test_first_visit_extracts_the_articles_and_counts_every_event(served):
    total = len(served.corpus.events)
    assert total > 0
    assert served.first_count == f"{total} sur {total} événements"


# What a person reads in each language, written out rather than looked up in the string
# tables, so a string left untranslated there fails here.
INTERFACES = [
    pytest.param("fr", "{shown} sur {total} événements", "4 juillet 2025 (au jour près)",
                 ("Langue", "Filtres", "Détail", "Tableau"), "Filters", id="fr"),
    pytest.param("en", "{shown} of {total} events", "4 July 2025 (to the day)",
                 ("Language", "Filters", "Detail", "Table"), "Filtres", id="en"),
]


@pytest.mark.parametrize(("lang", "count", "when", "labels", "other_language"), INTERFACES)
def test_shared_link_reopens_the_filtered_view_and_its_event_in_the_links_language(
        served, tab, lang, count, when, labels, other_language):
    call = the_4_july_call(served.corpus)
    shown = since_2025(served.corpus, call.category)
    page = open_link(served, tab, call_link(call, lang))
    expect(page.get_by_text(count.format(shown=len(shown), total=len(served.corpus.events)),
                            exact=True)).to_be_visible()
    expect(page.locator(".frise-title")).to_have_text(call.title)
    expect(page.get_by_text(when)).to_be_visible()
    for label in labels:
        expect(page.get_by_text(label, exact=True).first).to_be_visible()
    expect(page.get_by_text(other_language, exact=True)).to_have_count(0)
    expect(page).to_have_url(re.compile(rf"[?&]event={call.id}(&|$)"))
    expect_chart(page)
    assert drawn_event_ids(page) == {e.id for e in shown}
    snapshot(page, f"02-shared-link-{lang}")
    expect_no_python_error(page)
    assert tab.errors == []


def test_presentation_mode_steps_to_the_next_event_and_the_link_follows(served, tab):
    shown = since_2025(served.corpus)
    assert len(shown) >= 2, "presenting needs at least two events after the filter"
    page = open_link(served, tab, {"mode": "present", "from": SINCE.isoformat()})
    progress = page.locator(".frise-position")
    expect(progress).to_have_text(f"1 / {len(shown)}", timeout=TEXT_TIMEOUT)
    # The page writes the current slide into the link, so a student's copy opens on it.
    expect(page).to_have_url(re.compile(r"[?&]event=\w+"))
    first = served.event(re.search(r"[?&]event=(?P<id>\w+)", page.url)["id"])
    expect(page.locator(".frise-slide-title")).to_have_text(first.title)
    assert first.date == min(e.date for e in shown)
    expect_chart(page)
    snapshot(page, "03-present-slide-1")

    page.get_by_role("button", name=re.compile("Suivant")).click()
    expect(progress).to_have_text(f"2 / {len(shown)}", timeout=TEXT_TIMEOUT)
    expect(page).not_to_have_url(re.compile(rf"[?&]event={first.id}(&|$)"), timeout=TEXT_TIMEOUT)
    second = served.event(re.search(r"[?&]event=(?P<id>\w+)", page.url)["id"])
    assert second.id != first.id and second in shown
    assert second.date >= first.date
    expect(page.locator(".frise-slide-title")).to_have_text(second.title)
    expect(page.locator(".frise-slide-title")).not_to_have_text(first.title)
    expect_chart(page)
    snapshot(page, "04-present-slide-2")
    expect_no_python_error(page)
    assert tab.errors == []


def test_bad_link_shows_a_notice_for_each_bad_value_and_no_traceback(served, tab):
    total = len(served.corpus.events)
    page = open_link(served, tab, {"from": "not-a-date", "actor": "Nobody", "event": "missing"})
    warnings = page.locator("[data-testid='stAlertContentWarning']")
    expect(warnings).to_have_count(3, timeout=TEXT_TIMEOUT)
    for value in ("from=not-a-date", "actor=Nobody", "missing"):
        expect(warnings.filter(has_text=value)).to_have_count(1)
    expect(page.get_by_text(f"{total} sur {total} événements", exact=True)).to_be_visible()
    expect(page.get_by_text(re.compile(r"Choisissez un événement sur la frise"))).to_be_visible()
    expect_chart(page)
    snapshot(page, "05-bad-link")
    expect_no_python_error(page)
    assert tab.errors == []


def mark_position(page: Page, event_id: str) -> tuple[float, float]:
    """Where the browser drew an event's mark, in page pixels (from plotly.js's own axes)."""
    return tuple(page.evaluate("""(id) => {
        const gd = document.querySelector('.js-plotly-plot');
        const trace = gd._fullData.find(t => t.meta && t.meta.kind === 'events'
                                             && Array.from(t.customdata).includes(id));
        const i = Array.from(trace.customdata).indexOf(id);
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, box = gd.getBoundingClientRect();
        return [box.left + xa._offset + xa.d2p(trace.x[i]), box.top + ya._offset + ya.d2p(trace.y[i])];
    }""", event_id))


def test_a_click_on_a_mark_shows_its_headline_and_detail_on_the_first_screen(served, tab):
    call = the_4_july_call(served.corpus)
    page = open_link(served, tab, {})
    expect_chart(page)
    labels = page.evaluate("""() => document.querySelector('.js-plotly-plot').data
        .filter(t => t.meta && t.meta.kind === 'labels').flatMap(t => Array.from(t.text))""")
    assert labels, "the timeline writes headlines beside its marks"
    page.mouse.click(*mark_position(page, call.id))
    title = page.locator(".frise-title")
    expect(title).to_have_text(call.title, timeout=TEXT_TIMEOUT)
    box = title.bounding_box()
    assert box["y"] + box["height"] <= 900, "the detail must be on the first screen"
    expect(page).to_have_url(re.compile(rf"[?&]event={call.id}(&|$)"))
    snapshot(page, "06-click-shows-detail-1400")
    assert tab.errors == []


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_hover_labels_each_date_left_aligned_and_readable(served, tab):
    call = the_4_july_call(served.corpus)
    page = open_link(served, tab, {})
    expect_chart(page)
    page.mouse.move(*mark_position(page, call.id))
    hover = page.locator(".hoverlayer .hovertext").first
    expect(hover).to_contain_text("écrit : « 4 juillet", timeout=TEXT_TIMEOUT)
    expect(hover).to_contain_text("daté : 4 juillet 2025")
    colours = page.evaluate("""() => {
        const box = document.querySelector('.hoverlayer .hovertext');
        return [getComputedStyle(box.querySelector('path')).fill,
                getComputedStyle(box.querySelector('text')).fill,
                box.querySelector('text').getAttribute('text-anchor')];
    }""")
    light, dark = sorted((_luminance(colours[0]), _luminance(colours[1])), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5
    assert colours[2] == "start", "hover text is left-aligned"
    snapshot(page, "07-hover")


def test_plotly_speaks_french_the_wheel_scrolls_the_page_and_zoom_shows_days(served, tab):
    page = open_link(served, tab, {})
    expect_chart(page)
    expect(page.locator('.modebar-btn[data-title="Réinitialiser les axes"]').first).to_be_attached()
    before = page.evaluate("() => document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range.join()")
    box = page.locator(".js-plotly-plot").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 3)
    page.mouse.wheel(0, 500)
    page.wait_for_timeout(500)
    after = page.evaluate("() => document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range.join()")
    scrolled = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollTop")
    assert after == before and scrolled > 0
    labelled = """() => document.querySelector('.js-plotly-plot')._fullData
        .filter(t => t.meta && t.meta.kind === 'labels').flatMap(t => Array.from(t.customdata))"""
    before_zoom = set(page.evaluate(labelled))
    page.evaluate("""() => Plotly.relayout(document.querySelector('.js-plotly-plot'),
                                          {'xaxis.range': ['2024-06-01', '2025-08-01']})""")
    page.wait_for_timeout(500)
    assert set(page.evaluate(labelled)) - before_zoom, "zooming in writes the labels that now fit"
    snapshot(page, "08-zoomed-labels")
    page.evaluate("""() => Plotly.relayout(document.querySelector('.js-plotly-plot'),
                                          {'xaxis.range': ['2025-06-20', '2025-07-12']})""")
    ticks = " ".join(page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot .xtick text')].map(t => t.textContent)"))
    assert re.search(r"\b\d{1,2} (juin|juil\.)", ticks), ticks
    snapshot(page, "08-zoomed-to-weeks")


def test_a_search_lists_its_few_events_under_the_count_each_a_click_from_its_detail(served, tab):
    page = open_link(served, tab, {"q": "Kuleba"})
    listed = page.locator("[class*='st-key-few-'] button")
    expect(listed.first).to_be_visible(timeout=TEXT_TIMEOUT)
    assert 0 < listed.count() <= 8
    listed.first.click()
    expect(page).to_have_url(re.compile(r"[?&]event=\w+"), timeout=TEXT_TIMEOUT)
    expect(page.locator(".frise-title")).to_be_visible()
    snapshot(page, "09-search-lists-events")


def test_reading_the_whole_article_scrolls_to_the_marked_sentence(served, tab):
    call = the_4_july_call(served.corpus)
    page = open_link(served, tab, {"event": call.id})
    page.get_by_text(re.compile("Lire l'article entier")).first.click()
    article = page.locator(".frise-article").first
    expect(article).to_be_visible(timeout=TEXT_TIMEOUT)
    page.wait_for_timeout(500)
    inside = page.evaluate("""() => {
        const box = document.querySelector('details[open] .frise-article');
        const mark = box.querySelector('mark');
        const top = mark.offsetTop - box.offsetTop - box.scrollTop;
        return [box.scrollHeight > box.clientHeight, top >= 0 && top < box.clientHeight];
    }""")
    assert inside[1], "the marked sentence is in view once the article opens"
    snapshot(page, "10-whole-article")


@contextmanager
def phone(served: Served) -> Iterator[Page]:
    """The page on a 390x844 phone screen, its timeline drawn; closed afterwards."""
    page = served.context.browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(served.base)
        expect(page.get_by_text(COUNT)).to_be_visible(timeout=TEXT_TIMEOUT)
        expect_chart(page)
        yield page
    finally:
        page.close()


def test_on_a_phone_a_click_on_a_mark_scrolls_to_its_detail_under_the_timeline(served):
    call = the_4_july_call(served.corpus)
    with phone(served) as page:
        assert page.evaluate("() => window.friseListening") is True
        page.mouse.click(*mark_position(page, call.id))
        title = page.locator(".frise-title")
        expect(title).to_have_text(call.title, timeout=TEXT_TIMEOUT)
        expect(title).to_be_in_viewport(timeout=TEXT_TIMEOUT)
        page.wait_for_timeout(800)
        page.screenshot(path=str(ARTIFACTS / "11-phone-390-after-click.png"))
        snapshot(page, "12-phone-390-whole-page")
        expect_no_python_error(page)


def test_on_a_phone_the_events_are_listed_under_the_timeline_and_a_tap_opens_one(served):
    call = the_4_july_call(served.corpus)
    with phone(served) as page:
        listed = page.locator(".st-key-frise-phone-list")
        expect(listed).to_be_visible()
        entry = listed.get_by_role("button", name=call.title)
        entry.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "13-phone-390-event-list.png"))
        entry.click()
        expect(page.locator(".frise-title")).to_have_text(call.title, timeout=TEXT_TIMEOUT)
        expect_no_python_error(page)


def test_on_a_wide_screen_the_labels_name_the_events_and_no_list_repeats_them(served, tab):
    page = open_link(served, tab, {})
    expect_chart(page)
    expect(page.locator(".st-key-frise-phone-list")).to_be_hidden()
    expect(page.locator(".js-plotly-plot .scatterlayer .textpoint").first).to_be_visible()


@pytest.mark.parametrize(("width", "height"), [(1400, 900), (1280, 720), (390, 844)])
def test_the_explorer_shows_a_linked_event_on_every_screen(served, width, height):
    """The seeds with the 4 July call linked, at a desktop's, a projector's and a phone's
    size: its headline is on the first screen (the page scrolls to it on a phone)."""
    call = the_4_july_call(served.corpus)
    page = served.context.browser.new_page(viewport={"width": width, "height": height})
    try:
        page.goto(f"{served.base}/?{urlencode({'event': call.id})}")
        expect(page.get_by_text(COUNT)).to_be_visible(timeout=TEXT_TIMEOUT)
        expect_chart(page)
        title = page.locator(".frise-title")
        expect(title).to_have_text(call.title, timeout=TEXT_TIMEOUT)
        if width < 640:
            title.scroll_into_view_if_needed()
        expect(title).to_be_in_viewport()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / f"explorer-{width}x{height}.png"))
        expect_no_python_error(page)
    finally:
        page.close()


def test_the_tour_screenshot(served):
    """The README's picture: the 4 July call selected, its detail beside the timeline."""
    call = the_4_july_call(served.corpus)
    page = served.context.new_page()
    try:
        page.goto(f"{served.base}/?{urlencode({'event': call.id})}")
        expect(page.get_by_text(COUNT)).to_be_visible(timeout=TEXT_TIMEOUT)
        expect_chart(page)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / "tour.png"))
    finally:
        page.close()


def test_a_typed_date_applies_on_enter(served, tab):
    page = open_link(served, tab, {})
    shown = since_2025(served.corpus)
    # Streamlit's date field is three segments (day, month, year) typed one after the other.
    page.get_by_role("spinbutton", name="day, Du").click()
    page.keyboard.type(SINCE.strftime("%d%m%Y"))
    page.keyboard.press("Enter")
    expect(page.get_by_text(f"{len(shown)} sur {len(served.corpus.events)} événements", exact=True)
           ).to_be_visible(timeout=TEXT_TIMEOUT)
    expect(page).to_have_url(re.compile(rf"[?&]from={SINCE.isoformat()}(&|$)"))
