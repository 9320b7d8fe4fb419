"""Merging on the seed corpus as the real pipeline extracts it (read_corpus, build_events, merge)."""

from __future__ import annotations

from datetime import date

FT, RETELLING, CNN = "000_c57e13933b655b23", "001_49f69a7d4a642e90", "002_c51898415781cb4d"


def events_citing(corpus, words: str):
    return [e for e in corpus.events if any(words in s.excerpt for s in e.sources)]


def test_the_4_july_call_is_one_event_told_by_000_and_001(seed_corpus):
    calls = [e for e in seed_corpus.events if e.date == date(2025, 7, 4)]
    assert len(calls) == 1
    assert {FT, RETELLING} <= set(calls[0].doc_ids)


def test_spiderweb_is_one_event_dated_early_june_from_000(seed_corpus):
    [spiderweb] = events_citing(seed_corpus, "maisons préfabriquées")
    assert {FT, RETELLING} <= set(spiderweb.doc_ids)
    assert spiderweb.date_source == FT and spiderweb.date_end == date(2025, 6, 10)
    assert any(d.kind == "date" for d in spiderweb.disagreements)


def test_no_merged_event_joins_two_different_days(seed_corpus):
    for event in seed_corpus.events:
        days = {s.date for s in event.sources if s.precision == "day" and s.dated_by != "publication"}
        assert len(days) <= 1, event.title


def test_first_atacms_strike_and_bidens_authorisation_stay_apart(seed_corpus):
    for event in events_citing(seed_corpus, "en novembre dernier en utilisant le système ATACMS"):
        assert CNN not in event.doc_ids


def test_statements_by_different_people_stay_apart(seed_corpus):
    speakers = ("Antony Blinken a affirmé", "Dmitry Kuleba, a affirmé", "Zelensky a déclaré vendredi",
                "Maria Zakharova, a averti")
    for event in seed_corpus.events:
        said = [w for w in speakers if any(w in s.excerpt for s in event.sources)]
        assert len(said) <= 1, event.title
    assert all(events_citing(seed_corpus, w) for w in speakers)


def test_the_3_july_putin_call_is_its_own_event_beside_the_4_july_call(seed_corpus):
    [putin_call] = [e for e in seed_corpus.events if e.date == date(2025, 7, 3)]
    assert putin_call.dated_by == "anaphoric" and putin_call.anchor == date(2025, 7, 4)
    assert "Vladimir Putin" in putin_call.actors
    assert putin_call.category == "diplomacy"


def test_a_september_meeting_does_not_absorb_another_articles_undated_headline(seed_corpus):
    # 002's White House meeting "en septembre" and 003's "Biden a parlé de permettre…", dated
    # only by 003's publication, share names but neither category nor words.
    [meeting] = events_citing(seed_corpus, "dernière rencontre à la Maison Blanche en septembre")
    assert meeting.doc_ids == (CNN,)
    assert (meeting.date, meeting.precision) == (date(2024, 9, 1), "month")
