"""The Streamlit page, driven headless by AppTest on the real seed corpus.

The seeds are extracted once, by the page itself on its first start, into a temporary folder
(so the test never touches data/); every later run in this module reuses that extraction.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from html import escape
from pathlib import Path

import pytest
from app_support import open_page
from streamlit.testing.v1 import AppTest

from dashboard.model import Corpus
from dashboard.ui.downloads import downloads
from dashboard.ui.present import ordered_ids
from dashboard.views.filters import apply
from dashboard.views.i18n import format_period
from dashboard.views.view import PARAMETER_NAMES, Known, View, parse_view

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "dashboard" / "app.py")
ARTICLES = REPO / "data" / "articles"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("frise-app")
    saved = {k: os.environ.get(k) for k in ("FRISE_EVENTS", "FRISE_DB", "FRISE_CORPUS")}
    os.environ["FRISE_EVENTS"] = str(folder / "events.json")
    os.environ["FRISE_DB"] = str(folder / "frise.sqlite")
    os.environ.pop("FRISE_CORPUS", None)
    yield folder
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="module")
def first_start(outputs):
    """The page opened once with no parameter: this run extracts the seed articles."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    return at


@pytest.fixture(scope="module")
def corpus(first_start, outputs) -> Corpus:
    return Corpus.from_dict(json.loads((outputs / "events.json").read_text(encoding="utf-8")))


def count_line(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "événements" in m.value or " events" in m.value)


def as_lists(params: dict) -> dict[str, list[str]]:
    return {k: [v] if isinstance(v, str) else list(v) for k, v in params.items()}


def test_first_start_extracts_the_seeds_and_shows_every_event(first_start, corpus, outputs):
    assert not first_start.exception
    assert (outputs / "events.json").is_file() and (outputs / "frise.sqlite").is_file()
    assert len(corpus.events) > 5
    assert count_line(first_start) == f"**{len(corpus.events)} sur {len(corpus.events)} événements**"
    assert first_start.get("plotly_chart")


def test_choosing_an_actor_filters_the_events_and_writes_the_link(first_start, corpus):
    actor = Known.from_corpus(corpus).actors[0]
    at = open_page()
    at.multiselect(key="actor").select(actor).run()
    expected = apply(View(actors=(actor,)), corpus.events)
    assert count_line(at) == f"**{len(expected)} sur {len(corpus.events)} événements**"
    assert as_lists(at.query_params) == {"actor": [actor]}


def test_search_ignores_accents_and_case(first_start, corpus):
    at = open_page()
    at.text_input(key="q").input("ETATS-UNIS").run()
    expected = apply(View(q="états-unis"), corpus.events)
    assert 0 < len(expected) < len(corpus.events)
    assert count_line(at).startswith(f"**{len(expected)} sur")


@pytest.fixture(scope="module")
def every_parameter(corpus) -> dict[str, list[str]]:
    """A link using every URL parameter with values from the seed corpus."""
    known = Known.from_corpus(corpus)
    # The event naming the most kinds of names, so the link's filters keep it where they can.
    event = max(corpus.events, key=lambda e: sum(map(bool, (e.actors, e.organisations, e.places, e.weapons))))
    params = {
        "from": [event.date.isoformat()], "to": [(event.date_end or event.date).isoformat()],
        "category": [event.category], "actor": list(event.actors[:1]) or [known.actors[0]],
        "org": list(event.organisations[:1]) or [known.organisations[0]],
        "place": list(event.places[:1]) or [known.places[0]],
        "weapon": list(event.weapons[:1]) or [known.weapons[0]],
        "source": [event.doc_ids[0]], "q": [event.title.split()[0]], "min_sources": ["1"],
        "event": [event.id], "lanes": ["actor"], "mode": ["explore"], "tab": ["story"], "lang": ["en"],
        "corpus": ["default"], "key": ["any-key"],
    }
    assert set(params) == set(PARAMETER_NAMES)
    return params


def test_a_link_with_every_parameter_reopens_the_same_view(first_start, corpus, every_parameter):
    at = open_page(every_parameter)
    # The only warning allowed: a filter taken from outside the event (it names no weapon) hides it.
    assert not at.exception and all("hidden by the filters" in w.value for w in at.warning)
    # Default values (min_sources=1, mode=explore) are left out of the link the page writes.
    expected = {k: v for k, v in every_parameter.items()
                if (k, v[0]) not in {("min_sources", "1"), ("mode", "explore"), ("corpus", "default")}}
    assert as_lists(at.query_params) == expected
    assert at.multiselect(key="actor").value == every_parameter["actor"]
    assert at.multiselect(key="weapon").value == every_parameter["weapon"]
    assert at.date_input(key="from").value.isoformat() == every_parameter["from"][0]
    assert at.text_input(key="q").value == every_parameter["q"][0]
    assert at.radio(key="lanes").value == "actor" and at.radio(key="lang").value == "en"
    assert at.selectbox(key="event").value == every_parameter["event"][0]
    # No seed event names a person, an organisation, a place and a weapon at once: the count is
    # whatever the library's filters give for the same link.
    view, _ = parse_view(every_parameter, Known.from_corpus(corpus))
    assert count_line(at).startswith(f"**{len(apply(view, corpus.events))} of")


@pytest.mark.parametrize("params, written", [
    # The two defaults the all-parameter link above leaves out of the link it gets back.
    ({"min_sources": "2"}, {"min_sources": ["2"]}),
    ({"mode": "present"}, {"mode": ["present"]}),
])
def test_a_non_default_min_sources_or_mode_stays_in_the_link(first_start, corpus, params,
                                                              written):
    at = open_page(params)
    assert not at.exception and not at.warning
    got = as_lists(at.query_params)
    if "mode" in params:
        # A presentation link follows its slide: the first event in date order.
        written = {**written, "event": [ordered_ids(corpus.events)[0]]}
    assert got == written


BAD = {"from": "2024-02-31", "actor": "Personne Inconnue", "event": "no-such-event",
       "lanes": "weapon", "mode": "diaporama", "lang": "klingon", "min_sources": "-3",
       "unknown": "1"}


def test_bad_parameters_each_show_a_notice_and_the_page_still_opens(first_start, corpus):
    at = open_page(BAD)
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == len(BAD)
    for name, value in BAD.items():
        assert any(name in notice or value in notice for notice in notices), name
    assert count_line(at) == f"**{len(corpus.events)} sur {len(corpus.events)} événements**"
    assert as_lists(at.query_params) == {}


def test_presentation_steps_through_events_and_the_link_follows(first_start, corpus):
    ids = ordered_ids(corpus.events)
    at = open_page({"mode": "present"})
    progress = [m.value for m in at.markdown if 'class="frise-progress"' in m.value]
    assert progress and f">1 / {len(ids)}<" in progress[0]
    assert at.query_params["event"] == ids[0]
    assert at.button(key="prev").disabled
    at.button(key="next").click().run()
    assert any(f">2 / {len(ids)}<" in m.value for m in at.markdown)
    assert at.query_params["event"] == ids[1]
    at.button(key="prev").click().run()
    assert at.query_params["event"] == ids[0]


def test_presentation_respects_the_filters(first_start, corpus):
    category = corpus.events[0].category
    ids = ordered_ids(apply(View(categories=(category,)), corpus.events))
    at = open_page({"mode": "present", "category": category, "event": ids[-1]})
    assert any(f">{len(ids)} / {len(ids)}<" in m.value for m in at.markdown)
    assert at.button(key="next").disabled


def test_a_slide_shows_the_strip_headline_spoken_date_and_marked_sentence(first_start, corpus):
    ids = ordered_ids(corpus.events)
    shown = next(e for e in corpus.events if e.id == ids[3])
    at = open_page({"mode": "present", "event": shown.id})
    assert not at.exception
    html = [m.value for m in at.markdown]
    assert any(v.startswith('<h2 class="frise-slide-title">') and escape(shown.title) in v
               for v in html)
    when = format_period(shown.date, shown.date_end, shown.precision, "fr")
    assert f'<div class="frise-slide-date">{escape(when)}</div>' in html
    assert any('class="frise-slide-excerpt' in v and "<mark>" in v for v in html)
    # One chart only, the strip zoomed on this event: its range holds the event's date, and
    # the explorer's full timeline is not drawn under it.
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    strip = json.loads(charts[0].proto.spec)["layout"]
    first, last = (date.fromisoformat(d[:10]) for d in strip["xaxis"]["range"])
    assert first <= shown.date <= last
    assert any("<b>" in note["text"] for note in strip["annotations"])
    assert charts[0].proto.alt.startswith("Frise de ")
    # No title block and no count line above the slide: the progress says where we are.
    assert not at.title
    assert any(f">4 / {len(ids)}</span><small>{len(ids)} sur {len(ids)} événements" in v
               for v in html)


def test_leaving_the_presentation_opens_the_explorer_on_the_same_event(first_start, corpus):
    ids = ordered_ids(corpus.events)
    at = open_page({"mode": "present", "event": ids[2]})
    at.button(key="leave").click().run()
    assert as_lists(at.query_params) == {"event": [ids[2]]}
    assert at.title and at.title[0].value == "Frise"
    assert len(at.get("plotly_chart")) == 1 and not any(
        'class="frise-progress"' in m.value for m in at.markdown)


def test_choosing_an_event_shows_its_sources_with_the_date_marked(first_start, corpus):
    event = next(e for e in corpus.events if e.date_text)
    at = open_page()
    at.selectbox(key="event").select(event.id).run()
    assert at.query_params["event"] == event.id
    shown = " ".join(m.value for m in at.markdown)
    assert "frise-title" in shown and "<mark>" in shown
    assert at.expander and "Lire l'article entier" in at.expander[0].label


def test_switching_to_english_translates_the_page_and_the_link(first_start, corpus):
    at = open_page()
    at.radio(key="lang").set_value("en").run()
    assert count_line(at) == f"**{len(corpus.events)} of {len(corpus.events)} events**"
    assert at.query_params["lang"] == "en"
    assert at.button(key="reset").label == "Reset the view"


def test_reset_clears_the_filters_but_keeps_lanes_tab_and_language(first_start, corpus,
                                                              every_parameter):
    at = open_page(every_parameter)
    at.button(key="reset").click().run()
    # The edit key is access, not a filter: an edit link stays one after a reset.
    assert as_lists(at.query_params) == {"lanes": ["actor"], "tab": ["story"], "lang": ["en"],
                                         "key": ["any-key"]}
    assert count_line(at) == f"**{len(corpus.events)} of {len(corpus.events)} events**"


def test_export_buttons_offer_the_filtered_events(first_start, corpus):
    at = open_page()
    keys = [b.key for b in at.download_button]
    assert keys == ["export_csv", "export_json", "export_timelinejs", "export_html"]
    assert not any(b.disabled for b in at.download_button)
    shown = apply(View(categories=(corpus.events[0].category,)), corpus.events)
    for item in downloads(shown, corpus, "fr"):
        assert item.make().strip(), item.key
    at = open_page({"q": "aucun article ne contient cette phrase"})
    assert all(b.disabled for b in at.download_button)


def test_fresh_outputs_open_from_the_database_without_loading_spacy(first_start, outputs, corpus):
    # A fresh interpreter: the page's first render must not pay for importing the extractor.
    script = (
        "import sys; from pathlib import Path; from dashboard.service import loading\n"
        f"loaded = loading.load(Path({str(ARTICLES)!r}), Path({str(outputs / 'events.json')!r}), "
        f"Path({str(outputs / 'frise.sqlite')!r}), None)\n"
        "print(len(loaded.corpus.events), 'spacy' in sys.modules, 'dashboard.pipeline' in sys.modules)"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=REPO, check=True)
    assert ran.stdout.split() == [str(len(corpus.events)), "False", "False"]


def test_the_finished_extraction_says_what_was_read_without_a_path(first_start, corpus):
    (status,) = first_start.status
    assert status.label == (f"{len(corpus.documents)} articles lus, "
                     f"{len(corpus.events)} événements trouvés")


def test_the_tab_is_in_the_url_and_a_link_reopens_it(first_start):
    at = open_page({"tab": "story"})
    assert at.segmented_control(key="tab").value == "story"
    at.segmented_control(key="tab").set_value("table").run()
    assert as_lists(at.query_params)["tab"] == ["table"]
    assert at.dataframe


def test_a_search_leaving_a_handful_of_events_lists_them_one_click_from_their_detail(first_start, corpus):
    word = "Kuleba"
    at = open_page({"q": word})
    listed = [b for b in at.button if b.key and b.key.startswith("few-")]
    assert 0 < len(listed) <= 8
    listed[0].click().run()
    chosen = listed[0].key.removeprefix("few-")
    assert as_lists(at.query_params)["event"] == [chosen]
    title = next(e.title for e in corpus.events if e.id == chosen)
    assert any(title in m.value for m in at.markdown)


def test_without_a_filter_no_list_is_shown_under_the_count(first_start):
    at = open_page()
    assert not [b for b in at.button if b.key and b.key.startswith("few-")]


def test_a_selected_event_hidden_by_the_filters_gets_a_notice(first_start, corpus):
    event = next(e for e in corpus.events if e.category != "strike")
    at = open_page({"event": event.id, "category": "strike"})
    assert any("masqué" in w.value for w in at.warning)


def test_filters_that_leave_nothing_say_so_and_offer_the_reset_instead_of_an_empty_axis(first_start):
    at = open_page({"from": "2199-01-01"})
    assert any("Aucun événement" in i.value for i in at.info)
    assert not at.get("plotly_chart")
    at.button(key="reset-empty").click().run()
    assert "from" not in at.query_params


def test_the_timeline_is_in_the_page_language_and_leaves_the_wheel_to_the_page(first_start):
    at = open_page()
    (chart,) = [c for c in at.get("plotly_chart") if '"kind": "events"' in c.proto.spec
                or '"kind":"events"' in c.proto.spec]
    config = json.loads(chart.proto.config)
    assert config["locale"] == "fr" and config["scrollZoom"] is False
    assert config["locales"]["fr"]["dictionary"]["Double-click to zoom back out"] == "Double-cliquer pour dézoomer"
    at.toggle(key="wheel_zoom").set_value(True).run()
    (chart,) = [c for c in at.get("plotly_chart") if "events" in c.proto.spec]
    assert json.loads(chart.proto.config)["scrollZoom"] is True
