"""Why a date resolved as it did: recorded on the mention, carried to the event, shown in the
detail panel in the reader's language (issue 7)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dashboard.events import build_events
from dashboard.model import WHY, Corpus, Document, Mention
from dashboard.temporal import find_dates
from dashboard.views.card import how_dated

FRIDAY = date(2025, 10, 17)


@pytest.mark.parametrize("sentence, published, lang, text, why, marker", [
    ("Le verdict sera rendu le lundi 3 novembre.", FRIDAY, "fr", "lundi 3 novembre",
     "weekday_year", None),
    ("La cour d'appel a annoncé ce vendredi sa décision.", FRIDAY, "fr", "ce vendredi",
     "publication_day", None),
    ("Le sommet se tiendra dimanche à Bruxelles.", FRIDAY, "fr", "dimanche", "future_tense",
     "tiendra"),
    ("Le ministre a parlé mardi devant les députés.", FRIDAY, "fr", "mardi", "past_tense",
     None),
    ("The new tariff applies from Jan. 1.", date(2025, 11, 4), "en", "Jan. 1",
     "nearest_future", None),
    ("Ukraine struck a refinery last Tuesday.", FRIDAY, "en", "last Tuesday", "relation", None),
    ("The review is due by the end of March.", date(2025, 2, 7), "en", "by the end of March",
     "deadline", None),
])
def test_each_mention_records_why_its_occurrence_was_chosen(sentence, published, lang, text,
                                                            why, marker):
    (mention,) = [m for m in find_dates(sentence, published, lang) if m.text == text]
    assert mention.why == why and why in WHY
    if marker is not None:
        assert mention.marker == marker


def test_explicit_dates_need_no_reason():
    (mention,) = find_dates("Le traité a été signé le 4 juillet 2025.", FRIDAY, "fr")
    assert mention.why is None


def test_the_reason_survives_the_json_round_trip_of_mentions_and_events(fr_nlp):
    (mention,) = find_dates("Le sommet se tiendra dimanche.", FRIDAY, "fr")
    assert Mention.from_dict(json.loads(json.dumps(mention.to_dict()))) == mention
    doc = Document(doc_id="d1", file="d1.txt", language="fr", published=FRIDAY,
                   text="Le président Macron se rendra dimanche à Bruxelles pour le sommet.")
    events = build_events(doc, fr_nlp)
    (event,) = [e for e in events if e.date_text == "dimanche"]
    assert (event.date, event.why, event.sources[0].why) == (date(2025, 10, 19),
                                                             "future_tense", "future_tense")
    corpus = Corpus((doc,), tuple(events))
    assert Corpus.from_dict(json.loads(json.dumps(corpus.to_dict()))).events == corpus.events


def test_the_detail_panel_says_why_in_french_and_in_english(fr_nlp):
    doc = Document(doc_id="d1", file="d1.txt", language="fr", published=FRIDAY,
                   text="Le verdict du procès sera rendu le lundi 3 novembre à Paris.")
    (event,) = [e for e in build_events(doc, fr_nlp) if e.date_text == "lundi 3 novembre"]
    assert "année choisie par le jour de la semaine" in how_dated(event, "fr")
    assert "year chosen by the day of the week" in how_dated(event, "en")
    planned = Document(doc_id="d2", file="d2.txt", language="fr", published=FRIDAY,
                       text="Le président Macron se rendra dimanche à Bruxelles.")
    (event,) = [e for e in build_events(planned, fr_nlp) if e.date_text == "dimanche"]
    assert "futur (« rendra ») : le prochain après la publication" in how_dated(event, "fr")


def test_vague_spans_are_kept_as_vague_mentions_and_date_no_event(fr_nlp):
    (mention,) = find_dates("Les pluies ont redoublé ces derniers jours.", FRIDAY)
    assert (mention.vague, mention.date, mention.date_end) == (True, None, None)
    doc = Document(doc_id="d1", file="d1.txt", language="fr", published=FRIDAY,
                   text="L'armée russe a intensifié ses frappes sur Kharkiv ces derniers jours.")
    assert all(e.date_text != "ces derniers jours" for e in build_events(doc, fr_nlp))
