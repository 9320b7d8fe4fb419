"""The list of events under the timeline, which a phone shows instead of the labels."""

from __future__ import annotations

from pathlib import Path

from app_support import open_page

UI_CORPUS = Path(__file__).resolve().parent / "fixtures" / "ui_corpus.json"


def phone_entries(at):
    return [b for b in at.button if b.key and b.key.startswith("phone-")]


def test_the_timeline_events_are_listed_in_date_order_with_their_dates(monkeypatch, ui_corpus):
    monkeypatch.setenv("FRISE_CORPUS", str(UI_CORPUS))
    at = open_page()
    assert not at.exception
    entries = phone_entries(at)
    dated = sorted((e for e in ui_corpus.events if e.date), key=lambda e: (e.date, e.date_end, e.id))
    assert [b.key.removeprefix("phone-") for b in entries] == [e.id for e in dated]
    assert entries[0].label.startswith("**") and " · " in entries[0].label
    assert any("touchez-en un pour le lire" in c.value for c in at.caption)


def test_a_tap_on_a_listed_event_opens_its_detail(monkeypatch, ui_corpus):
    monkeypatch.setenv("FRISE_CORPUS", str(UI_CORPUS))
    at = open_page()
    at.button(key="phone-ev-kursk").click().run()
    assert at.query_params["event"] == "ev-kursk"
    kursk = next(e for e in ui_corpus.events if e.id == "ev-kursk")
    assert any(kursk.title in m.value for m in at.markdown)


def test_a_handful_left_by_a_filter_is_listed_once_under_the_count(monkeypatch):
    monkeypatch.setenv("FRISE_CORPUS", str(UI_CORPUS))
    at = open_page({"category": "strike"})
    assert not phone_entries(at)
    assert [b for b in at.button if b.key and b.key.startswith("few-")]
