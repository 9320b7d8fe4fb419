"""The page's filters over columns (FilterIndex) show exactly what the per-event filter shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.model import Corpus
from dashboard.service.loading import Labels, index
from dashboard.views.figures import hover_text
from dashboard.views.filters import FilterIndex, apply, chronological, index_facts
from dashboard.views.view import View


@pytest.fixture(scope="module")
def corpus(ui_corpus) -> Corpus:
    """The seven ui_corpus events, plus what the columns must not get wrong: an undated
    event, one with no source at all, a copy sharing a title and date (the reading order's
    tie-break by id), and an alias the search box must find."""
    events = list(ui_corpus.events)
    call = next(e for e in events if e.id == "ev-call")
    events += [
        replace(call, id="ev-undated", date=None, date_end=None, title="Sans date"),
        replace(call, id="ev-no-source", sources=(), title="Aucune source", category="other"),
        replace(call, id="ev-call-copy"),
        replace(call, id="ev-week-later", date=call.date + timedelta(days=7),
                date_end=call.date_end + timedelta(days=7)),
    ]
    return replace(ui_corpus, events=tuple(events),
                   aliases={"Volodymyr Zelensky": ("Zelenskyy", "Зеленський")})


@pytest.fixture(scope="module")
def outlets(corpus):
    return {d.doc_id: d.outlet for d in corpus.documents}


@pytest.fixture(scope="module")
def columns(corpus, outlets):
    return FilterIndex(corpus.events, outlets, corpus.aliases)


@pytest.fixture(scope="module")
def per_event(corpus, outlets):
    """The filter the page used before the columns: each event's facts, aliases included."""
    facts = index_facts(corpus.events, outlets, corpus.aliases)
    return lambda view: apply(view, corpus.events, outlets, facts)


def _views(corpus: Corpus):
    """Views built from the corpus's own values and a few it does not hold."""
    events = corpus.events
    names = {field: sorted({n for e in events for n in getattr(e, field)} | {"Nobody"})
             for field in ("actors", "organisations", "places", "weapons")}
    sources = sorted({s.doc_id for e in events for s in e.sources}
                     | {d.outlet for d in corpus.documents if d.outlet} | {"nowhere"})
    days = st.dates(min_value=date(2022, 1, 1), max_value=date(2026, 1, 1))
    return st.builds(
        View,
        date_from=st.none() | days, date_to=st.none() | days,
        categories=st.lists(st.sampled_from(["diplomacy", "decision", "strike", "other",
                                             "report", "statement"]), max_size=2).map(tuple),
        actors=st.lists(st.sampled_from(names["actors"]), max_size=2).map(tuple),
        places=st.lists(st.sampled_from(names["places"]), max_size=2).map(tuple),
        weapons=st.lists(st.sampled_from(names["weapons"]), max_size=1).map(tuple),
        sources=st.lists(st.sampled_from(sources), max_size=2).map(tuple),
        min_sources=st.integers(0, 3),
        q=st.sampled_from(["", "  ", "koursk", "ZELENSKYY", "зеленський", "etats-unis", "rien"]),
    )


@pytest.mark.parametrize("view", [
    View(), View(min_sources=1), View(min_sources=0), View(min_sources=2),
    View(date_from=date(2024, 8, 15), date_to=date(2024, 9, 1)),
    View(date_to=date(2023, 1, 1)), View(categories=("decision", "nothing-like-it")),
    View(actors=("Donald Trump",), places=("Moscou",)), View(q="зеленський"),
    View(sources=("Financial Times (traduction automatique)",)),
])
def test_the_columns_keep_the_events_the_per_event_filter_keeps(columns, per_event, view):
    assert columns.shown(view) == per_event(view)


def test_an_event_without_sources_is_shown_only_when_no_source_is_asked_for(columns):
    assert "ev-no-source" in {e.id for e in columns.shown(View(min_sources=0))}
    assert "ev-no-source" not in {e.id for e in columns.shown(View())}


def test_a_date_range_leaves_out_the_undated_event_and_no_range_keeps_it(columns):
    assert "ev-undated" in {e.id for e in columns.shown(View())}
    assert "ev-undated" not in {e.id for e in columns.shown(View(date_to=date(2030, 1, 1)))}


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_view_shows_the_same_events_in_the_same_reading_order(corpus, columns, per_event,
                                                                  data):
    view = data.draw(_views(corpus))
    expected = per_event(view)
    mask = columns.mask(view)
    assert columns.shown(view) == expected
    assert [corpus.events[i] for i in columns.reading_order(mask)] == chronological(expected)


def test_the_loaded_corpus_selects_events_and_their_reading_order_from_the_columns(corpus,
                                                                                  per_event):
    loaded = index(corpus)
    view = View(actors=("Donald Trump",))
    shown, ordered = loaded.select(view)
    assert shown == per_event(view)
    # Undated last; the same title on the same day ordered by id.
    assert ordered == ("ev-putin-call", "ev-call", "ev-call-copy", "ev-week-later", "ev-undated")


def test_labels_are_made_only_for_the_events_asked_for_and_then_kept(corpus):
    made = []
    by_id = {e.id: e for e in corpus.events}
    labels = Labels(by_id, lambda e: made.append(e.id) or hover_text(e, "fr"))
    assert made == [] and len(labels) == len(by_id) and set(labels) == set(by_id)
    assert labels["ev-kursk"] == hover_text(by_id["ev-kursk"], "fr")
    assert labels.get("ev-kursk") == labels["ev-kursk"] and made == ["ev-kursk"]
    assert labels.get("no-such-event", "absent") == "absent"


def test_the_page_hover_texts_and_picker_labels_are_those_of_each_event_and_language(corpus):
    loaded = index(corpus)
    event = loaded.events_by_id["ev-kursk"]
    assert loaded.hovers["en"]["ev-kursk"] == hover_text(event, "en")
    assert loaded.hovers["fr"]["ev-kursk"] != loaded.hovers["en"]["ev-kursk"]
    assert loaded.event_labels["fr"]["ev-kursk"].endswith(f" · {event.title}")
