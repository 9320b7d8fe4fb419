"""The view in the URL: parse and serialise are one round trip, and bad values become notices."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.views.i18n import interface_languages
from dashboard.views.view import (ACCESS_PARAMETERS, DATE_MAX, DATE_MIN, LANES, MIN_SOURCES_MAX, MODES,
                               PARAMETER_NAMES, PARAMETERS, Known, View, corpus_slug, parse_view,
                               view_to_params)
from dashboard.ui.widgets import FIELDS, view_from_state, widget_state

README = Path(__file__).resolve().parent.parent / "README.md"

KNOWN = Known(
    actors=("Joe Biden", "Volodymyr Zelensky", "Donald Trump"),
    places=("Koursk", "Kyiv", "Moscou"),
    weapons=("ATACMS", "Storm Shadow"),
    sources=("000_c57e13933b655b23", "002_c51898415781cb4d", "CNN (via un agrégateur)"),
    event_ids=frozenset({"ev-call", "ev-kursk"}),
)


def _subset(choices):
    return st.lists(st.sampled_from(choices), unique=True, max_size=3).map(tuple)


dates = st.none() | st.dates(min_value=DATE_MIN, max_value=DATE_MAX)
views = st.builds(
    View,
    date_from=dates,
    date_to=st.none(),
    categories=_subset(KNOWN.categories),
    actors=_subset(KNOWN.actors),
    places=_subset(KNOWN.places),
    weapons=_subset(KNOWN.weapons),
    sources=_subset(KNOWN.sources),
    q=st.text(max_size=30),
    min_sources=st.integers(min_value=1, max_value=50),
    event=st.none() | st.sampled_from(sorted(KNOWN.event_ids)),
    lanes=st.sampled_from(LANES),
    mode=st.sampled_from(MODES),
    lang=st.sampled_from(interface_languages()),
)


@settings(max_examples=300, deadline=None)
@given(views, st.integers(min_value=0, max_value=4000))
def test_parse_of_serialised_view_is_the_same_view(view, days_later):
    if view.date_from is not None and view.date_from.toordinal() + days_later <= DATE_MAX.toordinal():
        view = View(**{**view.__dict__, "date_to": date.fromordinal(view.date_from.toordinal() + days_later)})
    parsed, notices = parse_view(view_to_params(view), KNOWN)
    assert parsed == view
    assert notices == ()


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(PARAMETER_NAMES + ("zzz", "utm_source")),
                       st.lists(st.text(max_size=12), max_size=3)))
def test_any_query_string_parses_without_raising(params):
    view, notices = parse_view(params, KNOWN)
    assert isinstance(view, View)
    assert all(n.param in params for n in notices)


def test_default_view_serialises_to_an_empty_query():
    assert view_to_params(View()) == {}


def test_repeated_keys_give_several_values_in_link_order():
    params = {"actor": ["Volodymyr Zelensky", "Joe Biden"], "weapon": ["ATACMS"]}
    view, notices = parse_view(params, KNOWN)
    assert view.actors == ("Volodymyr Zelensky", "Joe Biden")
    assert view_to_params(view) == params
    assert notices == ()


def test_hand_typed_names_match_without_case_or_accents():
    view, notices = parse_view({"actor": ["joe BIDEN"], "place": ["koursk"]}, KNOWN)
    assert (view.actors, view.places, notices) == (("Joe Biden",), ("Koursk",), ())


@pytest.mark.parametrize("params, param, reason", [
    ({"from": ["2024-13-01"]}, "from", "bad_date"),
    ({"to": ["hier"]}, "to", "bad_date"),
    ({"from": ["1492-10-12"]}, "from", "bad_date"),
    ({"from": ["2025-01-01"], "to": ["2024-01-01"]}, "to", "date_order"),
    ({"actor": ["Zorro"]}, "actor", "unknown_value"),
    ({"place": ["Atlantis"]}, "place", "unknown_value"),
    ({"weapon": ["Excalibur"]}, "weapon", "unknown_value"),
    ({"category": ["gossip"]}, "category", "unknown_value"),
    ({"source": ["Le Monde"]}, "source", "unknown_value"),
    ({"event": ["ev-missing"]}, "event", "unknown_event"),
    ({"lanes": ["weapon"]}, "lanes", "bad_choice"),
    ({"mode": ["slideshow"]}, "mode", "bad_choice"),
    ({"lang": ["de"]}, "lang", "bad_choice"),
    ({"min_sources": ["0"]}, "min_sources", "bad_number"),
    ({"min_sources": ["deux"]}, "min_sources", "bad_number"),
    ({"utm_source": ["newsletter"]}, "utm_source", "unknown_parameter"),
])
def test_a_bad_value_is_ignored_with_a_notice_naming_it(params, param, reason):
    view, notices = parse_view(params, KNOWN)
    assert [(n.param, n.reason) for n in notices] == [(param, reason)]
    kept = View(date_from=date(2025, 1, 1)) if param == "to" and reason == "date_order" else View()
    assert view == kept


@pytest.mark.parametrize("digits", [len(str(MIN_SOURCES_MAX)) + 1, 310, 4301, 100_000])
def test_a_huge_min_sources_is_clamped_with_a_notice_and_never_raises(digits):
    view, notices = parse_view({"min_sources": ["9" * digits]}, KNOWN)
    assert view.min_sources == MIN_SOURCES_MAX
    assert [(n.param, n.reason) for n in notices] == [("min_sources", "too_large")]
    assert len(notices[0].value) < 100


def test_a_min_sources_just_under_the_cap_is_kept_as_written():
    view, notices = parse_view({"min_sources": [f"00{MIN_SOURCES_MAX}"]}, KNOWN)
    assert (view.min_sources, notices) == (MIN_SOURCES_MAX, ())


def test_a_widget_value_over_the_cap_reads_back_clamped():
    assert view_from_state({"min_sources": 10 ** 400}, View()).min_sources == MIN_SOURCES_MAX


def test_good_values_survive_next_to_bad_ones():
    view, notices = parse_view({"actor": ["Zorro", "Joe Biden"], "lang": ["en"]}, KNOWN)
    assert (view.actors, view.lang) == (("Joe Biden",), "en")
    assert [n.value for n in notices] == ["Zorro"]


def test_source_accepts_a_doc_id_or_an_outlet():
    view, _ = parse_view({"source": ["CNN (via un agrégateur)", "000_c57e13933b655b23"]}, KNOWN)
    assert view.sources == ("CNN (via un agrégateur)", "000_c57e13933b655b23")


def test_every_view_field_has_one_url_parameter_and_one_widget_but_the_corpus():
    # The corpus is chosen by its link alone (each corpus has its own view and edit links),
    # and the edit key grants access without being part of the view.
    assert set(FIELDS) | {"corpus"} | set(ACCESS_PARAMETERS) == set(PARAMETER_NAMES)
    assert set(FIELDS.values()) | {"corpus"} == set(View.__dataclass_fields__)


@settings(max_examples=100, deadline=None)
@given(views)
def test_widgets_seeded_from_a_view_give_the_view_back(view):
    assert view_from_state(widget_state(view), View()) == view


def test_reset_keeps_lanes_mode_and_language_only():
    view = View(actors=("Joe Biden",), q="Koursk", event="ev-call", lanes="actor", lang="en")
    assert view.without_filters() == View(lanes="actor", lang="en")


def test_known_values_come_from_the_corpus(ui_corpus):
    known = Known.from_corpus(ui_corpus)
    assert "Joe Biden" in known.actors and "ATACMS" in known.weapons
    assert "CNN (via un agrégateur)" in known.sources
    assert known.event_ids == {e.id for e in ui_corpus.events}


def test_every_url_parameter_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    section = re.search(r"^#+ [^\n]*URL[^\n]*$(?P<body>.*?)(?=^#+ |\Z)", readme,
                        re.MULTILINE | re.DOTALL | re.IGNORECASE)
    assert section, "README.md needs a section about the URL parameters (a heading naming URL)"
    missing = [name for name, _ in PARAMETERS if f"`{name}`" not in section.group("body")]
    assert not missing, f"README.md's URL section does not document: {missing}"


@pytest.mark.parametrize(("value", "slug"), [
    ("greves-2023", "greves-2023"),
    ("  greves-2023 ", "greves-2023"),
    (None, "default"),
    ("", "default"),
    ("../etc", "default"),
    ("Grèves", "default"),
    ("-leading-dash", "default"),
])
def test_a_corpus_value_is_its_trimmed_slug_or_the_default_corpus(value, slug):
    assert corpus_slug(value) == slug


def test_a_malformed_corpus_in_the_link_opens_the_default_corpus_with_a_notice():
    view, notices = parse_view({"corpus": ["../etc"]}, KNOWN)
    assert view.corpus == "default"
    assert [(n.param, n.reason) for n in notices] == [("corpus", "bad_corpus")]
    view, notices = parse_view({"corpus": [" greves-2023"]}, KNOWN)
    assert view.corpus == "greves-2023" and not notices
