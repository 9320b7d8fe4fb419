"""The page's panels drawn with Streamlit from the values the pure ui modules compute.

This is the one ui module that calls Streamlit; it decides layout only. Every piece of
document text reaches the page through ``views.card.escape_text`` / ``views.card.highlight`` (HTML) or
a plain-text element (tables, pickers), never as live HTML or Markdown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

import plotly.graph_objects as go
import streamlit as st

from dashboard.model import Corpus, Event
from dashboard.service.loading import Loaded
from dashboard.ui import keyboard, story
from dashboard.ui.explore import PHONE_LIST_KEY
from dashboard.ui.plain import plain_markdown
from dashboard.ui.downloads import downloads
from dashboard.ui.present import many_events_note, position
from dashboard.ui.selection import event_id_from_selection, period_from_selection
from dashboard.views import card, slides
from dashboard.views.i18n import (
    disagreement_heading,
    format_period,
    plural,
    t,
    table,
)
from dashboard.views.labels_js import RELABEL_JS
from dashboard.views.map import map_figure
from dashboard.views.view import TABS, View

if TYPE_CHECKING:
    import pandas as pd

CSS = """<style>
mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-radius: 2px; }
.frise-excerpt { font-size: 1rem; line-height: 1.5; margin: .2rem 0 .4rem 0; }
.frise-article { max-height: 28rem; overflow-y: auto; line-height: 1.5; }
.frise-furniture { color: #6b7580; background: #f1f3f5; }
.frise-meta { color: #555; font-size: .9rem; }
.frise-text { margin-bottom: .6rem; }
.frise-story { margin: 0 0 .9rem 0; }
.frise-story .when { font-weight: 600; color: #0072B2; }
.frise-story .who { color: #555; font-size: .9rem; }
/* On a phone the timeline is too narrow for labels beside its marks: the list under it
   (explore.phone_list) names each mark instead, and only there. */
@media (max-width: 640px) { .js-plotly-plot .scatterlayer .textpoint { display: none; } }
@media (min-width: 641px) { .st-key-PHONE_LIST { display: none; } }
/* A list reads down its left edge: wrapped headlines are not centred. */
.st-key-PHONE_LIST button { justify-content: flex-start; text-align: left; }
.st-key-PHONE_LIST [data-testid="stVerticalBlock"] { gap: .35rem; }
.frise-corrected { color: #8a4b00; font-weight: 600; font-size: .9rem; margin: .3rem 0; }
/* Keyboard users must see where they are (Streamlit's own focus rings are faint). */
button:focus-visible, a:focus-visible, summary:focus-visible, [tabindex]:focus-visible,
[role="tab"]:focus-visible, [role="radio"]:focus-visible, input:focus-visible {
  outline: 3px solid #0b57d0 !important; outline-offset: 2px; }
</style>""".replace("PHONE_LIST", PHONE_LIST_KEY)
# Presentation mode on a projector: the slide's type (shared with the HTML export), and
# Streamlit's padding and gaps cut down so nothing scrolls at 1280x720.
PRESENT_CSS = f"""<style>
.block-container {{ padding-top: 3.4rem !important; padding-bottom: .5rem !important; }}
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] {{ gap: .45rem; }}
.block-container button p, [data-testid="stExpander"] summary p {{
  font-size: clamp(1rem, 2.3vh, 1.5rem); }}
{slides.SLIDE_CSS}
</style>"""


def page_css(lang: str) -> str:
    """The page's style, with empty date fields showing the reader's letters ("jj/mm/aaaa").

    Streamlit draws its date fields with an English locale whatever the page's language, so
    each empty part's English letters are hidden and the language's own drawn instead."""
    parts = "".join(
        f'[data-testid="stDateInputField"] [data-placeholder="true"][data-type="{part}"]'
        f'::before {{ content: "{letters}"; }}\n'
        for part, letters in table(lang).DATE_INPUT_PLACEHOLDERS.items())
    return CSS.replace("</style>", f"""[data-testid="stDateInputField"] [data-placeholder="true"] {{
  font-size: 0; }}
[data-testid="stDateInputField"] [data-placeholder="true"]::before {{ font-size: 1rem; }}
{parts}</style>""")
# Opening "Lire l'article entier" scrolls the article to its marked sentence; on a phone,
# where the detail sits under the timeline, a newly chosen event scrolls its detail into
# view; Enter in a date field applies the typed date (Streamlit applies it when its calendar
# closes, on Escape or a click elsewhere). Streamlit runs this in the page (st.html with JavaScript) on every rerun: the flag
# keeps one set of listeners.
SCRIPT = """<script>""" + RELABEL_JS + """
if (!window.friseListening) {
  window.friseListening = true;
  document.addEventListener('toggle', function (event) {
    var box = event.target.open && event.target.querySelector('.frise-article');
    var mark = box && box.querySelector('mark');
    if (mark) { box.scrollTop = mark.offsetTop - box.offsetTop - 48; }
  }, true);
  // What the detail showed when the page was drawn: nothing yet, or a linked event's title.
  var first = document.querySelector('.frise-title');
  var shown = first ? first.textContent : '';
  document.addEventListener('keydown', function (event) {
    var field = event.key === 'Enter' && event.target.closest && event.target.closest('[data-testid=stDateInput]');
    if (!field) { return; }
    // Escape closes the calendar, which applies the date: Enter does the same.
    event.preventDefault();
    event.target.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', code: 'Escape',
                                                              keyCode: 27, bubbles: true}));
  }, true);
  new MutationObserver(function () {
    document.querySelectorAll('.js-plotly-plot').forEach(friseWatch);
    var title = document.querySelector('.frise-title');
    var text = title && title.textContent;
    if (!text || text === shown) { return; }
    if (window.innerWidth < 640) { title.scrollIntoView({behavior: 'smooth'}); }
    shown = text;
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}
</script>"""


def html(markup: str) -> None:
    """Markup built by ``views.card`` from escaped text; never pass raw document text here."""
    st.markdown(markup, unsafe_allow_html=True)


def detail_panel(event: Event, loaded: Loaded, lang: str) -> None:
    """The event's card (``views.card``, the same one the HTML export shows), laid out with
    Streamlit: a bordered box a source, each article one click away, disagreements in columns."""
    shown = card.event_card(event, loaded.documents, lang)
    html(card.html_block(card.escape_text(shown.title), "frise-title", "h3"))
    for label, value in shown.facts:
        html(card.fact_html(label, value, lang))
    if shown.planned:
        html(card.fact_html("", shown.planned, lang))
    st.markdown("**" + plain_markdown(shown.sources_heading) + "**")
    for source in shown.sources:
        with st.container(border=True):
            html(card.html_block(source.credit_html, "frise-meta"))
            html(source.excerpt_html)
            html(card.html_block(card.escape_text(source.how), "frise-meta"))
            with st.expander(t("detail.read_article", lang, outlet=plain_markdown(source.outlet))):
                html(source.article_html)
    if shown.compared.rows:
        st.markdown(f"**{plain_markdown(shown.disagreements_heading)}**")
    for row in shown.compared.rows:
        html(card.html_block(card.escape_text(disagreement_heading(row.kind, row.subject, lang)),
                             "frise-meta"))
        for column, outlet, says in zip(st.columns(len(shown.compared.columns)),
                                        shown.compared_outlets, row.values):
            with column.container(border=True):
                html(card.html_block(f"<b>{card.escape_text(outlet)}</b>"
                                     f"<br>{card.escape_text(says if says is not None else '—')}"))


def _pick_from_table(ids: list[str]) -> None:
    rows = (st.session_state.get("table") or {}).get("selection", {}).get("rows", [])
    if rows and 0 <= rows[0] < len(ids):
        st.session_state["event"] = ids[rows[0]]


@st.cache_resource(show_spinner=False, max_entries=16)
def _table(key: str, _events: tuple[Event, ...], _outlets: dict, lang: str) -> pd.DataFrame:
    # ``key`` names the corpus version and the shown ids; the underscored arguments are not
    # hashed by Streamlit (hashing 10,000 events would cost more than building the table).
    # pandas (with pyarrow, about 0.3 s) is imported only when the table tab is opened: the
    # first screen, the timeline, never needs it.
    import pandas as pd

    return pd.DataFrame(story.table_rows(_events, _outlets, lang))


@st.cache_resource(show_spinner=False, max_entries=16)
def _map(key: str, _events: tuple[Event, ...], _places: tuple, selected: str | None,
         lang: str) -> go.Figure:
    return map_figure(_events, _places, selected, lang)


def tab_choice(view: View, corpus: Corpus, lang: str) -> str:
    """The segmented control that picks the panel; its key is the URL's ``tab``."""
    names = TABS if corpus.places else TABS[:3]
    if st.session_state.get("tab") not in names:
        # A link asking for the map of a corpus without places opens the detail.
        st.session_state["tab"] = "detail"
    chosen = st.segmented_control(t("panel.label", lang), names, key="tab", required=True,
                                  label_visibility="collapsed",
                                  format_func=lambda name: t(f"tab.{name}", lang))
    return chosen if chosen in names else "detail"


def tab_panel(chosen: str, view: View, shown: Sequence[Event], ordered: Sequence[Event],
              corpus: Corpus, loaded: Loaded, lang: str, key: str, config: dict,
              after_detail: Callable[[Event], None] | None = None) -> None:
    """The chosen panel: only that one is built and sent (``st.tabs`` would build and send all
    four on every rerun). ``key`` names the shown events for the caches."""
    if chosen == "table":
        frame = _table(f"{key}|{lang}", tuple(shown), loaded.outlets, lang)
        st.dataframe(frame, hide_index=True, key="table",
                     on_select=partial(_pick_from_table, frame["id"].tolist()),
                     selection_mode="single-row")
    elif chosen == "story":
        _story(ordered, loaded, lang)
    elif chosen == "map":
        st.plotly_chart(_map(f"{key}|{lang}", tuple(shown), corpus.places, view.event, lang),
                        key="map", config=config)
    else:
        event = loaded.events_by_id.get(view.event) if view.event else None
        if event is None:
            st.info(t("detail.pick", lang))
        else:
            detail_panel(event, loaded, lang)
            if after_detail is not None:
                after_detail(event)


def _story(ordered: Sequence[Event], loaded: Loaded, lang: str) -> None:
    number = st.session_state.get("story_page", 1)
    page = story.story_page(ordered, loaded.outlets, lang, number)
    if page.pages > 1:
        # Fewer pages after a filter change: the field must not hold a page that is gone.
        st.session_state["story_page"] = page.number
        left, right = st.columns([1, 3], vertical_alignment="bottom")
        left.number_input(t("story.page", lang), min_value=1, max_value=page.pages, step=1,
                          key="story_page")
        right.caption(t("story.pages", lang, first=page.first, last=page.last, total=page.total))
    html("".join(
        '<div class="frise-story">'
        f'<div class="when">{card.escape_text(item.when)}</div>'
        f'<div>{card.escape_text(item.title)}</div>'
        f'<div class="who">{card.escape_text(", ".join(item.outlets))}</div></div>'
        for item in page.items) or card.escape_text(t("timeline.empty", lang)))


def presentation(view: View, ordered: tuple[str, ...], loaded: Loaded, lang: str,
                 count: str, on_button: Callable[[str], None],
                 on_key: Callable[[], None], on_empty: Callable[[], None]) -> None:
    """One slide: controls, the strip zoomed on the current event, then the event itself.

    ``on_button(action)`` runs for a button (next, previous, leave) and ``on_key`` for a key
    the keyboard component caught; ``on_empty`` says why no slide is left (and offers the reset)."""
    html(PRESENT_CSS)
    if not ordered:
        on_empty()
        return
    at = position(ordered, view.event)
    events = [loaded.events_by_id[i] for i in ordered]
    event = events[at - 1]
    back, middle, forward, tools, out = st.columns([1.3, 1.5, 1.3, 2.9, 1.1],
                                                   vertical_alignment="center")
    back.button(t("present.previous", lang), key="prev", on_click=on_button, args=("previous",),
                disabled=at <= 1, width="stretch")
    middle.markdown(f'<div class="frise-progress"><span class="frise-position">'
                    f'{t("present.progress", lang, position=at, total=len(ordered))}</span>'
                    f"<small>{card.escape_text(count)}</small></div>", unsafe_allow_html=True)
    forward.button(t("present.next", lang), key="next", on_click=on_button, args=("next",),
                   disabled=at >= len(ordered), width="stretch")
    with tools:
        screen = keyboard.slide_tools("slide_keys",
                                      slides.announcement(event, at, len(ordered), lang), lang,
                                      on_key)
    out.button(t("present.leave", lang), key="leave", on_click=on_button, args=("leave",),
               help=t("present.keys", lang), width="stretch")
    st.plotly_chart(slides.strip_figure(events, at - 1, lang,
                                        scale=slides.strip_scale(screen)), key="strip",
                    config=slides.strip_config(lang),
                    alt=slides.chart_summary([events[i] for i in slides.window(
                        events, at - 1).labelled], lang))
    note = many_events_note(len(ordered), lang)
    if note:
        st.caption(note)
    slide(event, loaded, lang)


def slide(event: Event, loaded: Loaded, lang: str) -> None:
    """The headline, the date as a reader says it, the first source's sentence with the date
    marked and where it comes from; the other sources fold under it."""
    html(card.html_block(card.escape_text(event.title), "frise-slide-title", "h2"))
    when = format_period(event.date, event.date_end, event.precision, lang)
    html(card.html_block(card.escape_text(when or t("story.undated", lang)),
                           "frise-slide-date"))
    cards = card.source_cards(event, loaded.documents, lang)
    for number, (piece, source) in enumerate(zip(cards, event.sources)):
        if number == 1:
            more = st.expander(t("present.more_sources", lang,
                                 excerpts=plural(len(cards) - 1, "excerpt", lang)))
        with more if number else st.container():
            # Under the fold the reader asked for the whole text: no second fold inside.
            size = slides.excerpt_size(source.excerpt) if number == 0 else "medium"
            html(card.html_block(piece.excerpt_html, f"frise-slide-excerpt {size}"))
            html(card.html_block(f"<b>{card.escape_text(piece.outlet)}</b> · "
                                   f"{card.escape_text(piece.published)}", "frise-slide-meta"))
            if size == "folded":
                with st.expander(t("present.read_all", lang)):
                    html(card.html_block(card.escape_text(source.excerpt), "frise-excerpt"))


def export_buttons(shown: Sequence[Event], corpus: Corpus, lang: str, curation=None) -> None:
    st.subheader(t("sidebar.export", lang))
    for item in downloads(shown, corpus, lang, curation):
        st.download_button(t(item.label_key, lang), data=item.make, file_name=item.file_name,
                           mime=item.mime, key=item.key, on_click="ignore",
                           disabled=not shown, width="stretch")


def select_from_chart(ids: frozenset[str]) -> None:
    chosen = event_id_from_selection(st.session_state.get("timeline"), ids)
    if chosen:
        st.session_state["event"] = chosen


def zoom_from_chart() -> None:
    """A click on a bubble of the counts view: its period becomes the date filter, which
    shows the events one by one once few enough are left."""
    period = period_from_selection(st.session_state.get("timeline"))
    if period is not None:
        st.session_state["from"], st.session_state["to"] = period


def progress_bar() -> Callable[[int, int, str], None]:
    """A progress bar for the pipeline's progress(done, total, name) callback."""
    bar = st.progress(0.0)

    def update(done: int, total: int, name: str) -> None:
        bar.progress(done / max(total, 1), text=f"{done} / {total} · {name}")
    return update
