"""The TimelineJS 3 export: slides that TimelineJS accepts, dated at the precision found.

The format rules checked here are those TimelineJS 3 (3.9) applies when it loads data
(src/js/core/TimelineConfig.js and src/js/date/TLDate.js): every date part must read as an
integer, a slide needs a start_date with a year, ids must be distinct (the title's too), and
headline and text are inserted as HTML.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import pytest

from dashboard.export import events_to_timelinejs, timelinejs_json
from dashboard.model import Event, Source

SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background",
              "autolink", "unique_id"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date",
             "format"}
HOSTILE = "<script>alert(1)</script>"



@pytest.fixture(scope="module")
def year_event(articles_dir) -> Event:
    """A planned delivery dated only to a year, cut from a real seed sentence."""
    text = (articles_dir / "002_c51898415781cb4d.txt").read_text(encoding="utf-8")
    start = text.index("Les États-Unis et leurs alliés s’efforcent")
    end = text.index(". ", start) + 1
    mention = text.index("la fin de 2025", start)
    source = Source("002_c51898415781cb4d", text[start:end], start, end, "la fin de 2025",
                    mention, mention + len("la fin de 2025"), date(2025, 1, 1),
                    date(2025, 12, 31), "year", "explicit")
    return Event("ev-end-2025", "Les alliés veulent armer l'Ukraine jusqu'à fin 2025",
                 date(2025, 1, 1), date(2025, 12, 31), "year", "la fin de 2025", "explicit",
                 "delivery", places=("Ukraine",), sources=(source,), status="planned",
                 date_source="002_c51898415781cb4d")


def date_part_problems(where: str, value: dict, kind: str) -> list[str]:
    problems = []
    if "year" not in value:
        problems.append(f"{where}: {kind} has no year")
    problems += [f"{where}: unknown {kind} key {k}" for k in value if k not in DATE_KEYS]
    parts = {k: v for k, v in value.items() if k in DATE_KEYS - {"display_date", "format"}}
    if {type(v) for v in parts.values()} not in ({str}, {int}):
        problems.append(f"{where}: {kind} mixes strings and numbers: {parts}")
    if any(not re.fullmatch(r"-?\d+", str(v)) for v in parts.values()):
        problems.append(f"{where}: {kind} part is not an integer: {parts}")
    else:
        try:
            date(int(parts.get("year", 1)), int(parts.get("month", 1)), int(parts.get("day", 1)))
        except ValueError as error:
            problems.append(f"{where}: {kind} is not a real date: {error}")
    return problems


def timelinejs_problems(data: dict) -> list[str]:
    """Every way ``data`` breaks the TimelineJS 3 JSON format; [] when it loads."""
    problems = []
    if not isinstance(data.get("events"), list) or not data["events"]:
        return ["no events list"]
    ids = [data.get("title", {}).get("unique_id")] + [s.get("unique_id") for s in data["events"]]
    if len(set(ids)) != len(ids) or not all(ids):
        problems.append(f"ids missing or repeated: {ids}")
    for slide in data["events"]:
        where = slide.get("unique_id")
        problems += [f"{where}: unknown slide key {k}" for k in slide if k not in SLIDE_KEYS]
        if "start_date" not in slide:
            problems.append(f"{where}: no start_date")
            continue
        problems += date_part_problems(where, slide["start_date"], "start_date")
        if "end_date" in slide:
            problems += date_part_problems(where, slide["end_date"], "end_date")
            start, end = (tuple(int(slide[k].get(p, 1)) for p in ("year", "month", "day"))
                          for k in ("start_date", "end_date"))
            if end < start:
                problems.append(f"{where}: end_date before start_date")
        for field in ("headline", "text"):
            if "<script" in slide.get("text", {}).get(field, "").lower():
                problems.append(f"{where}: live <script> in text.{field}")
    return problems


def by_id(data: dict) -> dict[str, dict]:
    return {slide["unique_id"]: slide for slide in data["events"]}


def test_seed_events_export_as_valid_timelinejs(ui_corpus, year_event):
    data = events_to_timelinejs([*ui_corpus.events, year_event], ui_corpus.documents)
    assert timelinejs_problems(data) == []
    ids = [s["unique_id"] for s in data["events"]]
    assert ids == [e.id for e in ui_corpus.events] + [year_event.id]


@pytest.mark.parametrize(("event_id", "parts"), [
    ("ev-call", {"year": "2025", "month": "7", "day": "4"}),
    ("ev-atacms-feb", {"year": "2024", "month": "2"}),
    ("ev-kursk", {"year": "2024", "month": "6"}),
    ("ev-end-2025", {"year": "2025"}),
])
def test_start_date_carries_only_the_parts_its_precision_knows(ui_corpus, year_event, event_id,
                                                                parts):
    data = events_to_timelinejs([*ui_corpus.events, year_event], ui_corpus.documents)
    slide = next(s for s in data["events"] if s["unique_id"] == event_id)
    assert slide["start_date"] == parts


def test_a_season_spans_its_months_and_a_single_day_has_no_end(ui_corpus):
    slides = by_id(events_to_timelinejs(ui_corpus.events))
    assert slides["ev-kursk"]["end_date"] == {"year": "2024", "month": "8"}
    assert "end_date" not in slides["ev-call"]


def test_display_date_is_the_date_as_written_or_says_it_is_the_publication_date(ui_corpus):
    slides = by_id(events_to_timelinejs(ui_corpus.events, lang="fr"))
    assert slides["ev-call"]["display_date"] == "Le 4 juillet 2025"
    assert slides["ev-times"]["display_date"] == "vendredi (9 décembre 2022)"
    assert slides["ev-biden-authorises"]["display_date"] == "17 novembre 2024 (date de publication)"


def test_english_switch_translates_group_and_publication_note(ui_corpus):
    slides = by_id(events_to_timelinejs(ui_corpus.events, lang="en"))
    assert slides["ev-kursk"]["group"] == "Strike"
    assert slides["ev-biden-authorises"]["display_date"].endswith("(publication date)")


def test_each_slide_quotes_its_sentences_and_names_the_outlet(ui_corpus):
    data = events_to_timelinejs(ui_corpus.events, ui_corpus.documents)
    call = next(s for s in data["events"] if s["unique_id"] == "ev-call")
    assert call["text"]["text"].count("<blockquote>") == 2
    assert "Financial Times (traduction automatique)" in call["text"]["text"]
    assert "Zelenskyy" in call["text"]["text"]


def test_undated_events_are_left_out_and_counted_on_the_title_slide(ui_corpus):
    undated = dataclasses.replace(ui_corpus.events[0], id="ev-undated", date=None, date_end=None,
                                  precision=None)
    data = events_to_timelinejs([*ui_corpus.events, undated], ui_corpus.documents, title="Frappes")
    assert "ev-undated" not in [s["unique_id"] for s in data["events"]]
    assert "1 événement(s) sans date" in data["title"]["text"]["text"]
    assert data["title"]["text"]["headline"] == "Frappes"


def test_hostile_article_text_is_escaped_in_every_html_field(ui_corpus):
    event = ui_corpus.events[0]
    hostile = dataclasses.replace(
        event, title=HOSTILE, date_text=HOSTILE, category=HOSTILE,
        sources=(dataclasses.replace(event.sources[0], excerpt=HOSTILE),))
    data = events_to_timelinejs([hostile], title=HOSTILE)
    assert timelinejs_problems(data) == []
    text = json.dumps(data)
    assert "<script" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in data["events"][0]["text"]["text"]


def test_repeated_event_ids_are_made_distinct(ui_corpus):
    twice = [ui_corpus.events[0], ui_corpus.events[0]]
    assert timelinejs_problems(events_to_timelinejs(twice)) == []


def test_json_text_variant_parses_to_the_same_object(ui_corpus):
    assert json.loads(timelinejs_json(ui_corpus.events, ui_corpus.documents)) == \
        events_to_timelinejs(ui_corpus.events, ui_corpus.documents)


@pytest.mark.parametrize(("broken", "complaint"), [
    ({"events": []}, "no events"),
    ({"events": [{"unique_id": "a", "start_date": {"month": "7"}}]}, "has no year"),
    ({"events": [{"unique_id": "a", "start_date": {"year": "2025", "month": 7}}]}, "mixes"),
    ({"events": [{"unique_id": "a", "start_date": {"year": "juillet"}}]}, "not an integer"),
    ({"events": [{"unique_id": "a", "start_date": {"year": "2025", "month": "2", "day": "30"}}]},
     "not a real date"),
    ({"events": [{"unique_id": "a", "start_date": {"year": "2025"}},
                 {"unique_id": "a", "start_date": {"year": "2024"}}]}, "repeated"),
    ({"events": [{"unique_id": "a", "start_date": {"year": "2025"},
                  "text": {"text": HOSTILE}}]}, "live <script>"),
])
def test_format_check_catches_what_timelinejs_rejects(broken, complaint):
    assert any(complaint in problem for problem in timelinejs_problems({"title": {"unique_id": "t"},
                                                                        **broken}))


def test_the_extracted_seed_corpus_exports_as_valid_timelinejs(seed_corpus):
    data = events_to_timelinejs(seed_corpus.events, seed_corpus.documents)
    assert timelinejs_problems(data) == []
    assert len(data["events"]) == sum(1 for e in seed_corpus.events if e.date is not None)
