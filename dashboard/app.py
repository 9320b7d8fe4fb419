"""Frise's Streamlit page: widgets -> View -> library calls, and the View back into the URL.

Run from the repository root:  streamlit run dashboard/app.py
The first start extracts data/articles into data/events.json and data/frise.sqlite; later
starts reuse them until an article changes. FRISE_ARTICLES, FRISE_EVENTS and FRISE_DB point the
page at another folder and other outputs; FRISE_CORPUS opens an already extracted JSON file
or Parquet folder (e.g. a colleague's export) as it is, without extracting anything.
?corpus=NAME opens another corpus of the workspace; FRISE_SHARED=1 makes every corpus
read-only without its ?key=.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root, so
# `import dashboard` would fail without this.
REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import streamlit as st

from dashboard.curation.workspace import Workspace
from dashboard.model import Event
from dashboard.service import loading
from dashboard.store.corpora import DEFAULT_CORPUS, UnknownCorpus
from dashboard.ui import adding, editing, explore, panels, present
from dashboard.ui.plain import plain_markdown
from dashboard.ui.selection import PICKER_LIMIT, picker_options
from dashboard.ui.widgets import view_from_state, widget_state
from dashboard.views import slides
from dashboard.views.aggregate import AGGREGATE_FROM, counts_figure
from dashboard.views.figures import timeline_figure
from dashboard.views.i18n import (
    DEFAULT_LANG,
    category_label,
    display_name,
    interface_language,
    interface_languages,
    plural,
    t,
    table,
)
from dashboard.views.plotly_locale import chart_config
from dashboard.views.view import (
    ACCESS_PARAMETERS,
    DATE_MAX,
    DATE_MIN,
    LANES,
    MIN_SOURCES_MAX,
    MODES,
    corpus_slug,
    parse_view,
    view_to_params,
)

ARTICLES = Path(os.environ.get("FRISE_ARTICLES", REPO / "data" / "articles"))
EVENTS_JSON = Path(os.environ.get("FRISE_EVENTS", REPO / "data" / "events.json"))
DATABASE = Path(os.environ.get("FRISE_DB", REPO / "data" / "frise.sqlite"))
CORPUS_JSON = os.environ.get("FRISE_CORPUS") or None
# The URL parameters that decide which events are shown (the figure and table caches' key).
FILTER_KEYS = ("from", "to", "category", "actor", "place", "weapon", "source", "q",
               "min_sources")

# The sidebar of filters starts closed in presentation mode (a projector's screen is for the
# slide) and in Streamlit's auto state otherwise (open on a desktop); the mode is the radio's
# once it exists, else the link's.
_mode = st.session_state.get("mode") or st.query_params.get("mode", "explore")
st.set_page_config(page_title="Frise", layout="wide",
                   initial_sidebar_state="collapsed" if _mode == "present" else "auto")


@st.cache_resource(show_spinner=False, max_entries=8)
def load_corpus(stamp: tuple, slug: str) -> loading.Loaded:
    """A corpus and its lookups, once per version (``stamp``: file mtimes and its revision)."""
    return loading.load(ARTICLES, EVENTS_JSON, DATABASE, CORPUS_JSON, slug=slug)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_timeline(key: str, _events: tuple[Event, ...], lanes: str, selected: str | None,
                    lang: str, _loaded: loading.Loaded, height: int | None):
    # A rerun that keeps the shown events, lanes, selection and language (a click elsewhere)
    # reuses the figure instead of rebuilding thousands of points.
    return timeline_figure(_events, lanes, selected, lang, _loaded.source_labels, height,
                           _loaded.hovers[lang])


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_counts(key: str, _events: tuple[Event, ...], lanes: str, lang: str,
                  _loaded: loading.Loaded):
    return counts_figure(_events, lanes, lang, _loaded.source_labels)


def reset_view() -> None:
    fresh = st.session_state["view"].without_filters()
    st.session_state["view"] = fresh
    st.session_state.update(widget_state(fresh))


def slide_action(ids: tuple[str, ...], action: str) -> None:
    """A presentation button or key: leave, or move to another slide."""
    if action == "leave":
        st.session_state["mode"] = "explore"
    else:
        st.session_state["event"] = present.move(ids, st.session_state.get("event"), action)


def slide_key(ids: tuple[str, ...]) -> None:
    slide_action(ids, (st.session_state.get("slide_keys") or {}).get("action") or "")


url_lang = st.query_params.get("lang", DEFAULT_LANG)
# The corpus and the edit key come first: which events exist depends on them. A malformed
# corpus name opens the default corpus and parse_view's notice says so.
slug = corpus_slug(st.query_params.get("corpus"))
url_key = st.query_params.get("key") or None
workspace = None if CORPUS_JSON else Workspace(DATABASE)
try:
    if not CORPUS_JSON and slug == DEFAULT_CORPUS and loading.stale(ARTICLES, EVENTS_JSON, DATABASE):
        # Extraction runs outside the cached loader so its progress bar is drawn live, not
        # replayed from the cache on every later rerun.
        with st.status(t("app.loading", url_lang, folder=plain_markdown(ARTICLES.name)),
                       expanded=True) as status:
            extracted = loading.extract(ARTICLES, EVENTS_JSON, DATABASE, panels.progress_bar())
            status.update(label=t("app.loaded", url_lang,
                                  articles=plural(len(extracted.documents), "article", url_lang),
                                  events=plural(len(extracted.events), "event", url_lang)),
                          state="complete", expanded=False)
    loaded = load_corpus(loading.stamp(ARTICLES, EVENTS_JSON, DATABASE, CORPUS_JSON, slug), slug)
except UnknownCorpus:
    st.error(t("corpus.unknown", url_lang, slug=slug,
               known=", ".join(c.slug for c in workspace.corpora()) or "—"))
    st.stop()
except Exception as error:  # noqa: BLE001 - the page must say what failed, not show a traceback
    st.error(plain_markdown(t("app.load_failed", url_lang, path=CORPUS_JSON or ARTICLES,
                              error=f"{type(error).__name__}: {error}")))
    st.stop()
corpus, known = loaded.corpus, loaded.known

if "view" not in st.session_state:
    url = {key: st.query_params.get_all(key) for key in st.query_params}
    st.session_state["view"], st.session_state["notices"] = parse_view(url, known)
for key, value in widget_state(st.session_state["view"]).items():
    st.session_state.setdefault(key, value)
lang = interface_language(st.session_state["lang"])
panels.html(panels.page_css(lang))
st.html(panels.SCRIPT, unsafe_allow_javascript=True)

access = editing.access_for(workspace, slug, url_key)
with st.sidebar:
    editing.sidebar(access, lang)
    adding.upload_panel(access, lang)
    editing.deleted_events(access, loaded, lang)
    st.radio(t("sidebar.language", lang), interface_languages(), key="lang", horizontal=True,
             format_func=lambda code: table(code).LANGUAGE_NAME)
    st.radio(t("sidebar.mode", lang), MODES, key="mode", horizontal=True,
             format_func=lambda mode: t(f"mode.{mode}", lang))
    st.radio(t("sidebar.lanes", lang), LANES, key="lanes", horizontal=True,
             format_func=lambda lanes: t(f"lanes.{lanes}", lang))
    st.subheader(t("sidebar.filters", lang))
    choose = t("filter.choose", lang)
    # One field a line: side by side, the sidebar cut a date short ("2025 ⊗").
    for key in ("from", "to"):
        st.date_input(t(f"filter.{key}", lang), value=None, key=key, min_value=DATE_MIN,
                      max_value=DATE_MAX, format=table(lang).DATE_INPUT_FORMAT)
    st.multiselect(t("filter.category", lang), known.categories, key="category", placeholder=choose,
                   format_func=lambda c: category_label(c, lang))
    # Names show as the reader's language writes them; the link keeps the canonical name.
    named = partial(display_name, lang=lang)
    st.multiselect(t("filter.actor", lang), known.actors, key="actor", placeholder=choose,
                   format_func=named)
    st.multiselect(t("filter.org", lang), known.organisations, key="org", placeholder=choose,
                   format_func=named)
    st.multiselect(t("filter.place", lang), known.places, key="place", placeholder=choose,
                   format_func=named)
    st.multiselect(t("filter.weapon", lang), known.weapons, key="weapon", placeholder=choose,
                   format_func=named)
    st.multiselect(t("filter.source", lang), known.sources, key="source", placeholder=choose,
                   format_func=lambda s: loaded.source_names.get(s, s))
    st.text_input(t("filter.q", lang), key="q")
    st.number_input(t("filter.min_sources", lang), min_value=1, max_value=MIN_SOURCES_MAX, step=1,
                    key="min_sources")
    st.toggle(t("timeline.zoom", lang), key="wheel_zoom", help=t("timeline.zoom_help", lang))

view = view_from_state(st.session_state, st.session_state["view"])
shown, ordered = loaded.select(view)
if view.mode == "present":
    # The URL follows the slide: with no (or a filtered-out) event, the first one is current.
    view = view_from_state({"event": present.current_id(ordered, view.event)}, view)
    st.session_state["event"] = view.event

with st.sidebar:
    if view.mode == "explore":
        choices = picker_options(ordered, view.event)
        st.selectbox(t("filter.event", lang), choices, key="event", index=None,
                     placeholder=t("filter.no_event", lang),
                     format_func=lambda i: loaded.event_labels[lang].get(i, i))
        if len(ordered) > PICKER_LIMIT:
            st.caption(t("filter.event_cap", lang, shown=PICKER_LIMIT))
    st.button(t("filter.reset", lang), key="reset", on_click=reset_view)
    panels.export_buttons(shown, corpus, lang, loaded.curation)
    st.caption(t("sidebar.share", lang))

st.session_state["view"] = view
params = view_to_params(view)
if url_key:
    # An edit link stays an edit link on reload; the view link shown in the sidebar has no key.
    params["key"] = [url_key]
if {key: st.query_params.get_all(key) for key in st.query_params} != params:
    st.query_params.from_dict(params)

for notice in st.session_state.pop("notices", ()):
    st.warning(t(f"notice.{notice.reason}", lang, param=plain_markdown(notice.param),
                 value=plain_markdown(notice.value), max=MIN_SOURCES_MAX))
for line in loaded.problems(lang):
    st.info(plain_markdown(line))
editing.show_flashes()
editing.orphans(loaded, lang)

count = t("count", lang, shown=len(shown), total=len(corpus.events))
# Any filter at all (the selection aside): then a handful of events left is listed.
filtered = view.without_filters() != replace(view, event=None)
config = chart_config(lang, scroll_zoom=bool(st.session_state.get("wheel_zoom")))
if view.mode == "explore":
    st.title(t("app.title", lang))
    if loaded.curation is not None and loaded.curation.slug != DEFAULT_CORPUS:
        st.subheader(plain_markdown(loaded.curation.title))
    st.caption(t("app.subtitle", lang))
    # In presentation the count sits under the slide's position (panels.presentation).
    count_column, link = st.columns([4, 1], vertical_alignment="center")
    count_column.markdown(f"**{count}**")
    with link:
        # A link to pass around shows the view, never the edit key.
        explore.copy_link({k: v for k, v in params.items() if k not in ACCESS_PARAMETERS}, lang)
    explore.hidden_selection(view, frozenset(ordered), loaded.events_by_id, lang)
    explore.few_events(view, [loaded.events_by_id[i] for i in ordered], loaded.outlets, lang, filtered)

shown_key = f"{loaded.key}|{sorted((k, v) for k, v in params.items() if k in FILTER_KEYS)}"
if view.mode == "present":
    panels.presentation(view, ordered, loaded, lang, count, partial(slide_action, ordered),
                        partial(slide_key, ordered), partial(explore.nothing_to_show, lang,
                                                             reset_view, filtered, "present.empty"))
else:
    chosen = panels.tab_choice(view, corpus, lang)
    events_in_order = [loaded.events_by_id[i] for i in ordered]
    beside = chosen == "detail"
    left, right = st.columns(explore.TIMELINE_SHARE) if beside else (st.container(), None)
    with left:
        if len(shown) > AGGREGATE_FROM:
            # Too many events to draw one by one: counts per period, a click zooms into one.
            st.caption(t("timeline.aggregated", lang, limit=AGGREGATE_FROM))
            st.plotly_chart(cached_counts(shown_key, tuple(shown), view.lanes, lang, loaded),
                            key="timeline", selection_mode="points",
                            on_select=panels.zoom_from_chart, config=config,
                            alt=slides.chart_summary(shown, lang))
        elif not any(e.date for e in shown):
            explore.nothing_to_show(lang, reset_view, filtered)
        else:
            figure = cached_timeline(shown_key, tuple(shown), view.lanes, view.event, lang,
                                     loaded, None)
            st.plotly_chart(figure, key="timeline", selection_mode="points",
                            on_select=partial(panels.select_from_chart, frozenset(ordered)),
                            config=config, alt=slides.chart_summary(shown, lang))
            if not explore.few_listed(filtered, events_in_order):
                explore.phone_list(view, events_in_order, lang)
    with right if beside else st.container():
        panels.tab_panel(chosen, view, shown, events_in_order, corpus, loaded, lang, shown_key, config,
                         partial(editing.event_tools, shown=shown, access=access, loaded=loaded,
                                 lang=lang))
    editing.add_event(access, loaded, lang)
