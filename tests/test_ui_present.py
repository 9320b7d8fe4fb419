"""Presentation mode moves through the shown events in date order; the story reads in order."""

from __future__ import annotations

import pytest

from dashboard.ui.present import current_id, next_id, ordered_ids, position, previous_id
from dashboard.ui.story import story_items, story_page, table_rows
from dashboard.views.filters import chronological

IDS = ("a", "b", "c")


def test_slides_follow_date_order(ui_corpus):
    assert ordered_ids(ui_corpus.events)[:3] == ("ev-times", "ev-atacms-feb", "ev-kursk")


@pytest.mark.parametrize("current, expected_position, expected_next, expected_previous", [
    (None, 1, "b", "a"),
    ("a", 1, "b", "a"),
    ("b", 2, "c", "a"),
    ("c", 3, "c", "b"),
    ("filtered-out", 1, "b", "a"),
])
def test_next_and_previous_stop_at_the_ends(current, expected_position, expected_next,
                                            expected_previous):
    assert position(IDS, current) == expected_position
    assert next_id(IDS, current) == expected_next
    assert previous_id(IDS, current) == expected_previous


def test_nothing_to_present_gives_no_slide():
    assert (current_id((), "a"), position((), "a"), next_id((), None), previous_id((), None)) == \
        (None, 0, None, None)


def test_the_story_reads_dates_as_words_with_outlets(ui_corpus):
    outlets = {d.doc_id: d.outlet for d in ui_corpus.documents}
    items = story_items(ui_corpus.events, outlets, "fr")
    assert [(i.when, i.outlets) for i in items[:3]] == [
        ("9 décembre 2022", ("RT (traduction automatique)",)),
        ("février 2024", ("CNN (via un agrégateur)",)),
        ("été 2024", ("CNN (via un agrégateur)",)),
    ]
    assert items[-1].outlets == ("Site d'actualité français", "Financial Times (traduction automatique)")


def test_table_rows_have_localised_columns_and_the_event_id(ui_corpus):
    rows = table_rows(ui_corpus.events, {}, "en")
    assert {"Date", "Event", "Category", "Sources", "id"} <= set(rows[0])
    assert rows[-1]["Sources"] == 2 and rows[-1]["id"] == "ev-call"


@pytest.mark.parametrize("number, size, expected_ids, first, last, pages", [
    (1, 3, ["ev-times", "ev-atacms-feb", "ev-kursk"], 1, 3, 3),
    (3, 3, ["ev-call"], 7, 7, 3),
    # A page past the end (the filters left fewer events) shows the last page.
    (9, 3, ["ev-call"], 7, 7, 3),
    (1, 100, None, 1, 7, 1),
])
def test_the_story_is_read_a_page_at_a_time(ui_corpus, number, size, expected_ids, first, last,
                                            pages):
    ordered = chronological(ui_corpus.events)
    page = story_page(ordered, {}, "fr", number, size)
    every = [i.event_id for i in story_items(ui_corpus.events, {}, "fr")]
    assert [i.event_id for i in page.items] == (expected_ids or every)
    assert (page.first, page.last, page.pages, page.total) == (first, last, pages, 7)


def test_an_empty_story_has_one_empty_page():
    page = story_page([], {}, "en", 1)
    assert (page.items, page.pages, page.first, page.last) == ((), 1, 0, 0)


def test_the_table_writes_each_period_as_a_reader_would(ui_corpus):
    by_id = {row["id"]: row for row in table_rows(ui_corpus.events, {}, "fr")}
    assert by_id["ev-kursk"]["Date"] == "été 2024"
    assert by_id["ev-atacms-feb"]["Date"] == "févr. 2024"
    assert by_id["ev-call"]["Date"] == "4 juil. 2025"
