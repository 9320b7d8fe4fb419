"""Presentation mode on a classroom projector, in a real headless chromium.

A teacher opens ``?mode=present`` at 1280x720 (a projector) and 1920x1080, steps through every
slide of the seeds with the keys a keyboard or a clicker sends, and leaves with Escape; each
slide must fit the screen, the link must follow it, and nothing may leave the machine. Every
slide's screenshot lands in tests/artifacts/present-<size>-<n>.png.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import cycle
from urllib.parse import urlparse

import pytest
from browser_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    CONTRAST_AUDIT,
    seed_env,
    streamlit_server,
)
from playwright.sync_api import Page, expect, sync_playwright

from dashboard.model import Corpus, Event
from dashboard.ui.present import ordered_ids
from dashboard.views.i18n import t

pytestmark = pytest.mark.browser

# The first visit extracts the seeds and the first chart parses plotly.js on a busy runner.
FIRST_VISIT_TIMEOUT = 180_000
expect.set_options(timeout=60_000)
# A pixel or two of rounding in the browser's layout is not a scroll bar.
SCROLL_TOLERANCE = 2
SIZES = [pytest.param((1280, 720), id="1280x720"), pytest.param((1920, 1080), id="1920x1080")]
# The keys that go forward, taken in turn so each is used on the way through.
FORWARD = ("ArrowRight", "PageDown", " ")


@dataclass(frozen=True)
class Classroom:
    base: str
    browser: object
    slides: tuple[Event, ...]


@pytest.fixture(scope="module")
def browser():
    """One headless chromium for the module (Playwright's sync API runs one driver a thread)."""
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def classroom(tmp_path_factory, browser):
    """The page served from the seeds (extracted by a first visit), and the slides in order."""
    outputs = tmp_path_factory.mktemp("frise_present")
    with streamlit_server(seed_env(outputs), outputs / "streamlit.log") as base:
        page = browser.new_page()
        page.goto(base)
        expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=FIRST_VISIT_TIMEOUT)
        page.close()
        corpus = Corpus.from_dict(json.loads((outputs / "events.json").read_text(encoding="utf-8")))
        by_id = {e.id: e for e in corpus.events}
        yield Classroom(base, browser, tuple(by_id[i] for i in ordered_ids(corpus.events)))


@dataclass
class Visit:
    page: Page
    errors: list[str]
    requests: list[str]


@pytest.fixture
def visit(classroom, request):
    """A fresh window of the size the test asks for (default 1280x720), recording every
    request and every JavaScript error."""
    width, height = getattr(request, "param", (1280, 720))
    context = classroom.browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    seen = Visit(page, [], [])
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("request", lambda sent: seen.requests.append(sent.url))
    yield seen
    context.close()


def present(classroom: Classroom, page: Page, query: str = "") -> None:
    page.goto(f"{classroom.base}/?mode=present{query}")
    expect(page.locator(".frise-position")).to_have_text(
        re.compile(rf"^\d+ / {len(classroom.slides)}$"))
    # The keys work once the keyboard component has drawn its buttons.
    expect(page.get_by_role("button", name="Plein écran")).to_be_visible()


def expect_slide(page: Page, number: int, slide: Event, total: int) -> None:
    """Slide ``number`` is shown, drawn and in the link."""
    expect(page.locator(".frise-position")).to_have_text(f"{number} / {total}")
    expect(page.locator(".frise-slide-title")).to_have_text(slide.title)
    expect(page).to_have_url(re.compile(rf"[?&]event={slide.id}(&|$)"))
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()


def overflow(page: Page) -> dict:
    """How far the page and Streamlit's own scrolling pane reach past the window."""
    return page.evaluate("""() => {
        const main = document.querySelector('[data-testid=stMain]');
        const bottom = Math.max(...[...document.querySelectorAll(
            '.frise-slide-title, .frise-slide-date, .frise-slide-excerpt, .frise-slide-meta')]
            .map(e => e.getBoundingClientRect().bottom));
        return {page: document.scrollingElement.scrollHeight - innerHeight,
                pane: main.scrollHeight - main.clientHeight,
                slide: bottom - innerHeight};
    }""")


def expect_fits(page: Page) -> None:
    reach = overflow(page)
    assert max(reach.values()) <= SCROLL_TOLERANCE, f"the slide scrolls: {reach}"


def expect_no_python_error(page: Page) -> None:
    expect(page.locator("[data-testid='stException']")).to_have_count(0)


@pytest.mark.parametrize("visit", SIZES, indirect=True)
def test_every_slide_fits_the_screen_as_the_keys_step_through_them(classroom, visit):
    page, slides = visit.page, classroom.slides
    width = page.viewport_size["width"]
    present(classroom, page)
    # A projector's screen is for the slide: the filters sidebar starts closed.
    expect(page.locator("[data-testid=stSidebar]")).to_have_attribute("data-collapsed", "true")
    forward = cycle(FORWARD)
    for number, slide in enumerate(slides, start=1):
        if number > 1:
            page.keyboard.press(next(forward))
        expect_slide(page, number, slide, len(slides))
        expect_fits(page)
        page.screenshot(path=ARTIFACTS / f"present-{width}-{number:02d}.png")
    # At the last slide, going on stays there.
    page.keyboard.press("ArrowRight")
    expect_slide(page, len(slides), slides[-1], len(slides))
    for key, number in (("Home", 1), ("End", len(slides)), ("PageUp", len(slides) - 1),
                        ("ArrowLeft", len(slides) - 2)):
        page.keyboard.press(key)
        expect_slide(page, number, slides[number - 1], len(slides))
    page.keyboard.press("Escape")
    expect(page.locator(".frise-progress")).to_have_count(0)
    expect(page).not_to_have_url(re.compile(r"mode=present"))
    # Leaving keeps the slide's event open in the explorer, and the filters come back.
    expect(page.locator(".frise-title")).to_have_text(slides[-3].title)
    expect(page.locator("[data-testid=stSidebar]")).to_have_attribute("data-collapsed", "false")
    # Out of the slides, the keys are the page's again: they no longer move the event.
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(1500)
    expect(page.locator(".frise-title")).to_have_text(slides[-3].title)
    expect(page).to_have_url(re.compile(rf"[?&]event={slides[-3].id}(&|$)"))
    page.screenshot(path=ARTIFACTS / f"present-{width}-left.png")
    expect_no_python_error(page)
    assert visit.errors == []


def test_a_link_opens_on_its_slide(classroom, visit):
    slide = classroom.slides[4]
    present(classroom, visit.page, f"&event={slide.id}")
    expect_slide(visit.page, 5, slide, len(classroom.slides))


def test_keys_typed_into_a_field_do_not_move_the_slides(classroom, visit):
    page = visit.page
    present(classroom, page)
    expect_slide(page, 1, classroom.slides[0], len(classroom.slides))
    page.get_by_role("button", name=re.compile("Filtres")).click()
    expect(page.locator("[data-testid=stSidebar]")).to_have_attribute("data-collapsed", "false")
    field = page.get_by_label(t("filter.q", "fr"))
    field.click()
    for key in ("ArrowRight", " ", "End", "Home"):
        field.press(key)
    page.wait_for_timeout(1500)
    expect(page.locator(".frise-position")).to_have_text(f"1 / {len(classroom.slides)}")
    page.screenshot(path=ARTIFACTS / "present-filters-open.png")


def test_one_control_brings_the_filters_back_and_closes_them_again(classroom, visit):
    page = visit.page
    present(classroom, page)
    sidebar = page.locator("[data-testid=stSidebar]")
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    control = page.get_by_role("button", name=re.compile("Filtres"))
    control.click()
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    expect(page.get_by_text("Catégories", exact=True)).to_be_visible()
    # The filters stay open while the slides move.
    page.get_by_role("button", name=re.compile("Suivant")).click()
    expect_slide(page, 2, classroom.slides[1], len(classroom.slides))
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    control.click()
    expect(sidebar).to_have_attribute("data-collapsed", "true")


def test_the_full_screen_button_puts_the_whole_page_full_screen(classroom, visit):
    page = visit.page
    present(classroom, page)
    page.get_by_role("button", name="Plein écran").click()
    page.wait_for_function("() => document.fullscreenElement === document.documentElement")
    expect(page.get_by_role("button", name="Quitter le plein écran")).to_be_visible()
    # In full screen, Escape is the browser's way out of full screen, not out of the slides.
    page.get_by_role("button", name="Quitter le plein écran").click()
    page.wait_for_function("() => document.fullscreenElement === null")
    expect(page.locator(".frise-progress")).to_be_visible()


def test_a_screen_reader_hears_each_slide_change_from_one_live_region(classroom, visit):
    page, slides = visit.page, classroom.slides
    present(classroom, page)
    live = page.locator("[role=status][aria-live=polite]")
    expect(live).to_have_text(re.compile(rf"^Diapositive 1 sur {len(slides)} : "))
    # A live region is only read when its text changes in place: it must be the same node.
    live.evaluate("node => { node.friseMark = 'first'; }")
    page.keyboard.press("ArrowRight")
    expect(live).to_have_text(re.compile(rf"^Diapositive 2 sur {len(slides)} : .*"
                                         rf"{re.escape(slides[1].title)}$"))
    assert live.evaluate("node => node.friseMark") == "first"
    # The strip's text alternative says what it shows.
    expect(page.get_by_role("figure", name=re.compile(r"^Frise de \d+ événements?, du "))
           ).to_have_count(1)


def test_keyboard_focus_is_visible_on_the_slide_controls(classroom, visit):
    page = visit.page
    present(classroom, page, f"&event={classroom.slides[2].id}")
    expect_slide(page, 3, classroom.slides[2], len(classroom.slides))
    page.get_by_role("button", name=re.compile("Suivant")).focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    ring = page.evaluate("""() => {
        const style = getComputedStyle(document.activeElement);
        return [document.activeElement.textContent, style.outlineStyle, style.outlineWidth];
    }""")
    assert "Suivant" in ring[0] and ring[1] == "solid" and float(ring[2].rstrip("px")) >= 2


def test_nothing_leaves_the_machine_and_there_is_no_deploy_menu(classroom, visit):
    page = visit.page
    present(classroom, page)
    page.keyboard.press("ArrowRight")
    expect_slide(page, 2, classroom.slides[1], len(classroom.slides))
    page.keyboard.press("Escape")
    expect(page.locator(".frise-title")).to_be_visible()
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    page.wait_for_timeout(2000)
    expect(page.get_by_text("Deploy", exact=True)).to_have_count(0)
    expect(page.locator("[data-testid=stAppDeployButton]")).to_have_count(0)
    away = {url for url in visit.requests
            if not url.startswith(("blob:", "data:"))
            and urlparse(url).hostname != "127.0.0.1"}
    assert visit.requests and away == set()


@pytest.mark.parametrize("query", ["mode=present", "mode=present&lang=en", "lanes=actor",
                                   "lang=en&lanes=source"])
def test_all_text_on_the_page_has_enough_contrast(classroom, visit, query):
    page = visit.page
    page.goto(f"{classroom.base}/?{query}&event={classroom.slides[-3].id}")
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    expect(page.locator(".frise-slide-title, .frise-title").first).to_be_visible()
    assert page.evaluate(CONTRAST_AUDIT) == []


@pytest.mark.parametrize("lang, letters", [("fr", "jj/mm/aaaa"), ("en", "yyyy-mm-dd")])
def test_empty_date_fields_show_the_page_languages_letters(classroom, visit, lang, letters):
    page = visit.page
    page.goto(f"{classroom.base}/?lang={lang}")
    # The filter "from" (other date fields may sit folded elsewhere in the sidebar).
    label = t("filter.from", lang)
    field = page.locator("[data-testid=stDateInputField]").filter(
        has=page.get_by_role("group", name=label, exact=True))
    expect(field).to_be_visible()
    # The page's style arrives with the page's first run, possibly after the field is drawn.
    page.wait_for_function("""([label, letters]) => {
        const group = [...document.querySelectorAll('[data-testid=stDateInputField] [role=group]')]
            .find(g => g.getAttribute('aria-label') === label);
        return group && [...group.querySelectorAll('[data-type]')].map(part => {
            const drawn = getComputedStyle(part, '::before').content;
            const own = parseFloat(getComputedStyle(part).fontSize) > 0 ? part.textContent : '';
            return own + (drawn && drawn !== 'none' ? JSON.parse(drawn) : '');
        }).join('') === letters;
    }""", arg=[label, letters], timeout=30_000)
    field.screenshot(path=ARTIFACTS / f"date-field-{lang}.png")


@pytest.fixture(scope="module")
def written_classroom(tmp_path_factory, browser, classroom_events, ui_corpus):
    """The page serving ``classroom_events`` (a sentence too long for a slide, a title made
    of markup) from an already extracted corpus file."""
    outputs = tmp_path_factory.mktemp("frise_written")
    corpus = Corpus(documents=ui_corpus.documents, events=tuple(classroom_events),
                    places=ui_corpus.places)
    (outputs / "corpus.json").write_text(json.dumps(corpus.to_dict()), encoding="utf-8")
    env = {**seed_env(outputs), "FRISE_CORPUS": str(outputs / "corpus.json")}
    with streamlit_server(env, outputs / "streamlit.log") as base:
        yield Classroom(base, browser, tuple(classroom_events))


@pytest.mark.parametrize("size", SIZES)
def test_a_sentence_too_long_for_the_slide_folds_instead_of_scrolling(written_classroom, size):
    width, height = size
    context = written_classroom.browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    present(written_classroom, page, "&event=ev-long")
    number = [e.id for e in written_classroom.slides].index("ev-long") + 1
    expect_slide(page, number, written_classroom.slides[number - 1], len(written_classroom.slides))
    expect(page.locator(".frise-slide-excerpt.folded mark")).to_have_text("le 3 mars 2025")
    expect_fits(page)
    page.screenshot(path=ARTIFACTS / f"present-{width}-long-sentence.png")
    page.get_by_text("Lire tout l'extrait").click()
    whole = page.locator("[data-testid=stExpanderDetails] .frise-excerpt")
    expect(whole).to_be_visible()
    assert whole.inner_text().strip() == written_classroom.slides[number - 1].sources[0].excerpt.strip()
    # The title made of markup is shown as text on its slide and runs nothing.
    page.keyboard.press("End")
    expect(page.locator(".frise-slide-title")).to_have_text(
        "</script><script>window.broken = true</script>")
    assert page.evaluate("() => window.broken") is None and errors == []
    context.close()


FOCUS_NAME = """() => {
    const e = document.activeElement;
    return (e.getAttribute('aria-label') || e.innerText || '').trim();
}"""


def test_the_keyboard_reaches_every_filter_the_event_picker_the_table_and_the_story(
        classroom, visit):
    page = visit.page
    page.goto(f"{classroom.base}/?event={classroom.slides[3].id}")
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    reached = set()
    for _ in range(70):
        page.keyboard.press("Tab")
        reached.add(page.evaluate(FOCUS_NAME))
    # Every filter and button, named as the page names them (the labels live in the tables).
    wanted = {t(key, "fr") for key in (
        "filter.category", "filter.actor", "filter.org", "filter.place", "filter.weapon",
        "filter.source", "filter.q", "filter.min_sources", "filter.event", "filter.reset",
        "export.html", "tab.detail")}
    assert wanted <= reached, wanted - reached
    # The table and the reading list are the chart's equivalent without a mouse: the arrow
    # keys move along the panel switch and Space chooses.
    page.get_by_role("radio", name="Détail").focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press(" ")
    expect(page.locator("[data-testid=stDataFrame]")).to_be_visible()
    page.get_by_role("radio", name="Tableau").focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press(" ")
    expect(page.locator(".frise-story").first).to_be_visible()
    assert page.locator(".frise-story").count() >= min(len(classroom.slides), 2)
