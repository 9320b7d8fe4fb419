"""Corrections laid over a new extraction: found again by their sentences, or reported as orphans."""

from __future__ import annotations

import dataclasses

from dashboard.curation.anchors import anchors_of
from dashboard.curation.apply import apply_corrections
from dashboard.store.edits import Correction, Mark


def correction(event, fields, *, kind="edit", id_=1, version=1, anchors=None, extra=None):
    return Correction(id=id_, corpus="demo", kind=kind, target=event.id,
                      anchors=tuple(anchors if anchors is not None else anchors_of(event)),
                      extra=extra or {}, version=version, created_at="2026-01-01T00:00:00+00:00",
                      created_by="Ana",
                      fields={k: Mark(v, "Ana", "2026-01-01T00:00:00+00:00") for k, v in fields.items()})


def by_id(curated):
    return {e.id: e for e in curated.events}


def test_a_correction_follows_its_event_when_a_new_extractor_gives_it_another_id(ui_corpus):
    kursk = ui_corpus.events[3]
    renamed = [dataclasses.replace(e, id=f"new-{e.id}") for e in ui_corpus.events]
    curated = apply_corrections(renamed, [correction(kursk, {"title": "Koursk"})])
    assert by_id(curated)["new-ev-kursk"].title == "Koursk"
    assert curated.state("new-ev-kursk").version == 1 and curated.orphans == ()


def test_a_correction_follows_its_sentence_cut_a_few_characters_differently(ui_corpus):
    kursk = ui_corpus.events[3]
    source = kursk.sources[0]
    recut = dataclasses.replace(source, start=source.start + 3, excerpt=source.excerpt[3:])
    events = [dataclasses.replace(e, sources=(recut,)) if e is kursk else e for e in ui_corpus.events]
    curated = apply_corrections(events, [correction(kursk, {"category": "deployment"})])
    assert by_id(curated)["ev-kursk"].category == "deployment"


def test_a_correction_follows_its_event_into_a_merge_with_another_article(ui_corpus):
    kursk, times = ui_corpus.events[3], ui_corpus.events[5]
    merged = dataclasses.replace(times, id="merged", sources=times.sources + kursk.sources)
    events = [merged, *(e for e in ui_corpus.events if e not in (kursk, times))]
    curated = apply_corrections(events, [correction(kursk, {"title": "Koursk"})])
    assert by_id(curated)["merged"].title == "Koursk"


def test_a_correction_whose_sentences_are_gone_is_an_orphan_and_comes_back_with_them(ui_corpus):
    kursk = ui_corpus.events[3]
    fix = correction(kursk, {"title": "Koursk"})
    without = [e for e in ui_corpus.events if e is not kursk]
    curated = apply_corrections(without, [fix])
    assert [o.correction.id for o in curated.orphans] == [1]
    assert len(curated.events) == len(without)
    assert by_id(apply_corrections(ui_corpus.events, [fix]))["ev-kursk"].title == "Koursk"


def test_an_event_with_the_same_id_but_other_sentences_is_not_taken_for_it(ui_corpus):
    kursk, blinken = ui_corpus.events[3], ui_corpus.events[6]
    impostor = dataclasses.replace(blinken, id="ev-kursk")
    events = [impostor, *(e for e in ui_corpus.events if e not in (kursk, blinken))]
    curated = apply_corrections(events, [correction(kursk, {"title": "Koursk"})])
    assert by_id(curated)["ev-kursk"].title == blinken.title and len(curated.orphans) == 1


def test_a_new_day_moves_the_end_of_the_period_with_it_unless_an_end_is_given(ui_corpus):
    kursk = ui_corpus.events[3]
    moved = by_id(apply_corrections(ui_corpus.events, [correction(kursk, {"date": "2024-08-06"})]))
    assert moved["ev-kursk"].date_end == moved["ev-kursk"].date
    both = by_id(apply_corrections(ui_corpus.events, [correction(
        kursk, {"date": "2024-08-01", "date_end": "2024-08-31", "precision": "month"})]))
    assert both["ev-kursk"].date_end.isoformat() == "2024-08-31"


def test_corrected_events_are_in_timeline_order(ui_corpus):
    kursk = ui_corpus.events[3]
    curated = apply_corrections(ui_corpus.events, [correction(kursk, {"date": "2030-01-01"})])
    assert curated.events[-1].id == "ev-kursk"


def test_an_undone_join_or_split_changes_nothing(ui_corpus):
    call, kursk = ui_corpus.events[0], ui_corpus.events[3]
    undone_join = correction(kursk, {"active": False}, kind="join",
                             extra={"into": anchors_of(call), "into_id": call.id})
    undone_split = correction(call, {"active": False}, kind="split", id_=2,
                              anchors=anchors_of(call)[1:])
    curated = apply_corrections(ui_corpus.events, [undone_join, undone_split])
    assert curated.events == apply_corrections(ui_corpus.events, []).events
