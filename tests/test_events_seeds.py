"""End to end on the seed articles: read, then build events per document, and check the
dates a journalist would check against the sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import build_events
from dashboard.extract import read_corpus

FURNITURE_WORDS = ("Skip to content", "PREV", "NEXT", "Google", "expert_review_poll",
                   "contribué à ce rapport", "technologie programmatique")


@pytest.fixture(scope="module")
def seed_events(articles_dir, fr_nlp):
    """doc_id -> (document, its events), built one document at a time."""
    return {doc.doc_id: (doc, build_events(doc, fr_nlp)) for doc in read_corpus(articles_dir)}


def _find(seed_events, prefix: str, *words: str):
    """The events of the document whose id starts with ``prefix`` whose sentence has all ``words``."""
    (doc_id,) = [d for d in seed_events if d.startswith(prefix)]
    return [e for e in seed_events[doc_id][1] if all(w in e.sources[0].excerpt for w in words)]


def _dating(event):
    return event.date, event.date_end, event.precision, event.dated_by


@pytest.mark.parametrize(("prefix", "words", "date_text", "dating"), [
    ("000", ("Zelenskyy le 4 juillet",), "4 juillet", (date(2025, 7, 4), date(2025, 7, 4), "day", "explicit")),
    ("001", ("Le 4 juillet 2025",), "4 juillet 2025", (date(2025, 7, 4), date(2025, 7, 4), "day", "explicit")),
    ("000", ("survenue début juin", "bombardiers"), "début juin", None),
    ("001", ("En juin", "bombardiers"), "En juin", (date(2025, 6, 1), date(2025, 6, 30), "month", "explicit")),
    ("002", ("Koursk", "cet été"), "cet été", None),
    ("002", ("mardi", "nord-coréens"), "mardi", (date(2024, 11, 12), date(2024, 11, 12), "day", "relative")),
    ("002", ("Maison Blanche en septembre",), "en septembre",
     (date(2024, 9, 1), date(2024, 9, 30), "month", "explicit")),
    ("004", ("a rapporté vendredi le Times",), "vendredi",
     (date(2022, 12, 9), date(2022, 12, 9), "day", "relative")),
    ("004", ("Plus tôt ce mois-ci",), "Plus tôt ce mois-ci", None),
    ("004", ("Mardi", "Blinken"), "Mardi", (date(2022, 12, 6), date(2022, 12, 6), "day", "relative")),
    ("004", ("Kuleba", "jeudi"), "jeudi", (date(2022, 12, 8), date(2022, 12, 8), "day", "relative")),
    ("004", ("Zakharova", "En septembre"), "En septembre", (date(2022, 9, 1), date(2022, 9, 30), "month", "explicit")),
])
def test_seed_sentence_is_one_event_dated_as_written(seed_events, prefix, words, date_text, dating):
    events = [e for e in _find(seed_events, prefix, *words) if date_text in (None, e.date_text)]
    assert len(events) == 1, [e.title for e in events]
    (event,) = events
    if date_text is not None:
        assert event.date_text == date_text
    if dating is not None:
        assert _dating(event) == dating


def test_operation_spiderweb_is_dated_early_june_2025(seed_events):
    (event,) = _find(seed_events, "000", "survenue début juin")
    assert event.date_text == "début juin"
    assert (event.date, event.date_end) == (date(2025, 6, 1), date(2025, 6, 10))
    assert event.category == "strike"


def test_kursk_offensive_is_summer_2024(seed_events):
    _deployment, event = _find(seed_events, "002", "Koursk", "cet été")
    assert event.date_text == "cet été"
    assert (event.date.year, event.precision, event.dated_by) == (2024, "season", "relative")
    assert event.date <= date(2024, 8, 6) <= event.date_end


def test_february_approval_and_april_delivery_are_two_events(seed_events):
    approval, delivery = _find(seed_events, "002", "en février", "en avril")
    assert (approval.date, approval.precision, approval.category) == (date(2024, 2, 1), "month", "decision")
    assert (delivery.date, delivery.precision, delivery.category) == (date(2024, 4, 1), "month", "delivery")
    assert delivery.title == "Les États-Unis ont livré les missiles"


def test_biden_authorisation_and_russian_troops_in_kursk_are_dated_by_publication(seed_events):
    (authorisation,) = _find(seed_events, "002", "Joe Biden a autorisé")
    deployment, _offensive = _find(seed_events, "002", "50 000 soldats")
    for event in (authorisation, deployment):
        assert _dating(event) == (date(2024, 11, 17), date(2024, 11, 17), "day", "publication")
        assert event.date_text is None
    assert authorisation.category == "decision" and "Joe Biden" in authorisation.actors
    assert deployment.category == "deployment"
    assert deployment.title.startswith("La Russie a déployé près de 50 000 soldats à Koursk")


def test_no_event_comes_from_page_furniture(seed_events):
    for doc, events in seed_events.values():
        for event in events:
            source = event.sources[0]
            assert doc.text[source.start:source.end] == source.excerpt
            assert not any(s.start < source.end and source.start < s.end for s in doc.furniture), source.excerpt
            assert not any(w in source.excerpt for w in FURNITURE_WORDS), source.excerpt


def test_every_seed_event_is_well_formed(seed_events):
    for doc, events in seed_events.values():
        for event in events:
            assert 0 < len(event.title) <= 90
            assert len(event.sources) == 1 and event.sources[0].doc_id == doc.doc_id == event.date_source
            assert event.status in ("happened", "planned") and 0 < event.confidence <= 1
