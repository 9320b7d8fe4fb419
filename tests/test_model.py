"""The shared values survive the JSON schema unchanged, which every stage relies on."""

from __future__ import annotations

import json
from datetime import date

from dashboard.model import (Corpus, Disagreement, Document, Event, Mention, Place, Source, Span,
                             precision_rank)


def _event() -> Event:
    source = Source("d1", "Le 4 juillet, Trump a appelé Zelensky.", 10, 48, date_text="4 juillet",
                    mention_start=13, mention_end=22, date=date(2025, 7, 4), date_end=date(2025, 7, 4),
                    precision="day", dated_by="explicit")
    return Event("e1", "Trump a appelé Zelensky", date(2025, 7, 4), date(2025, 7, 4), "day", "4 juillet",
                 "explicit", "diplomacy", actors=("Donald Trump",), places=("Kyiv",), weapons=("ATACMS",),
                 sources=(source,), confidence=0.8, date_source="d1",
                 disagreements=(Disagreement("date", "date", (("d1", "4 juillet"), ("d2", "juillet"))),))


def test_a_corpus_goes_through_json_and_comes_back_equal():
    corpus = Corpus(
        documents=(Document("d1", "d1.txt", "texte", published=date(2025, 7, 15), published_from="manifest",
                            furniture=(Span(0, 3, "navigation"),), warnings=("a warning",)),
                   Document("d2", "d2.txt", "", error="d2.txt: empty file")),
        events=(_event(),),
        places=(Place("Kyiv", 50.45, 30.52, "UA"),),
    )
    assert Corpus.from_dict(json.loads(json.dumps(corpus.to_dict()))) == corpus


def test_a_mention_without_dates_round_trips_with_its_nones():
    mention = Mention(None, None, "day", "relative", unanchored=True, start=0, end=5, text="mardi",
                      rule="fr.weekday")
    assert Mention.from_dict(mention.to_dict()) == mention


def test_documents_can_be_written_without_their_text():
    data = Document("d1", "d1.txt", "long text").to_dict(with_text=False)
    assert "text" not in data and Document.from_dict(data).text == ""


def test_precisions_rank_from_day_to_year_and_unknown_last():
    ranks = [precision_rank(p) for p in ("day", "week", "month", "season", "quarter", "year", None)]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def test_an_event_lists_each_source_document_once():
    event = _event()
    twice = Event(**{**event.__dict__, "sources": event.sources * 2})
    assert twice.doc_ids == ("d1",)
