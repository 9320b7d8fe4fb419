"""The "compare sources" data: each source's own reading of an event, and where they differ."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dashboard.model import Disagreement
from dashboard.views.compare import accounts, side_by_side

FT = "000_c57e13933b655b23"
RETELLING = "001_49f69a7d4a642e90"



@pytest.fixture(scope="module")
def documents(ui_corpus):
    return {doc.doc_id: doc for doc in ui_corpus.documents}


@pytest.fixture(scope="module")
def call(ui_corpus):
    """The 4 July call, told by the Financial Times and by a site retelling it."""
    return next(e for e in ui_corpus.events if set(e.doc_ids) == {FT, RETELLING})


def test_each_source_sentence_is_one_account_with_its_article(call, documents):
    found = accounts(call, documents)
    assert sorted(a.doc_id for a in found) == sorted(call.doc_ids)
    for account in found:
        doc = documents[account.doc_id]
        assert doc.text[account.start:account.end] == account.excerpt
        assert doc.text[account.mention_start:account.mention_end] == account.date_text
        assert (account.outlet, account.published, account.doc_title) == \
            (doc.outlet, doc.published, doc.title)


def test_each_account_keeps_the_date_as_that_source_wrote_it(call, documents):
    written = {a.doc_id: a.date_text for a in accounts(call, documents)}
    assert written == {RETELLING: "Le 4 juillet 2025", FT: "le 4 juillet"}
    assert all(a.date == date(2025, 7, 4) and a.same_date for a in accounts(call, documents))


def test_the_source_that_gave_the_date_comes_first(call, documents):
    found = accounts(call, documents)
    assert found[0].doc_id == call.date_source and found[0].gave_date
    assert [a.gave_date for a in found[1:]] == [False] * (len(found) - 1)


def test_a_source_reading_another_date_is_marked(call, documents):
    other = dataclasses.replace(call.sources[1], date=date(2025, 7, 3), date_end=date(2025, 7, 3))
    moved = dataclasses.replace(call, sources=(call.sources[0], other))
    marks = {a.doc_id: a.same_date for a in accounts(moved, documents)}
    assert marks[other.doc_id] is False and marks[call.sources[0].doc_id] is True


def test_a_document_missing_from_the_corpus_still_gets_its_account(call, documents):
    without = {k: v for k, v in documents.items() if k != FT}
    missing = next(a for a in accounts(call, without) if a.doc_id == FT)
    assert missing.missing and missing.outlet == "" and missing.excerpt


def test_disagreements_line_up_under_one_column_per_document(call, documents):
    table = side_by_side(call, documents)
    assert [c.doc_id for c in table.columns] == [a.doc_id for a in accounts(call, documents)]
    row = table.rows[0]
    said = dict(zip([c.doc_id for c in table.columns], row.values))
    assert (row.kind, said[FT], said[RETELLING]) == ("name", "Zelenskyy", "Volodymyr Zelensky")


def test_a_source_silent_on_a_point_has_an_empty_cell(call, documents):
    extra = Disagreement("number", "soldats", ((FT, "50 000"),))
    table = side_by_side(dataclasses.replace(call, disagreements=(extra,)), documents)
    said = dict(zip([c.doc_id for c in table.columns], table.rows[0].values))
    assert said == {RETELLING: None, FT: "50 000"}


def test_an_event_told_once_has_one_account_and_no_rows(ui_corpus, documents):
    single = next(e for e in ui_corpus.events if len(e.sources) == 1)
    assert len(accounts(single, documents)) == 1
    assert side_by_side(single, documents).rows == ()


def test_events_merged_across_seed_articles_have_one_account_per_source(seed_corpus):
    documents = {doc.doc_id: doc for doc in seed_corpus.documents}
    merged = [e for e in seed_corpus.events if len(e.doc_ids) > 1]
    assert merged
    for event in merged:
        found = accounts(event, documents)
        assert len(found) == len(event.sources) and found[0].gave_date
        assert all(documents[a.doc_id].text[a.start:a.end] == a.excerpt for a in found)
