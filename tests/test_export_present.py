"""The standalone page's presentation: its slides, their data, and its limit, read as HTML."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta

from dashboard.export import events_to_html
from dashboard.export.documents import documents_by_id
from dashboard.export.html_present import MAX_SLIDES, presentation_html
from dashboard.views.card import marked_excerpt


def data_of(markup: str) -> dict:
    found = re.search(r'<script type="application/json" id="frise-present-data">(?P<json>.*?)'
                      r"</script>", markup, re.S)
    return json.loads(found["json"])


def test_every_event_has_a_slide_in_date_order_with_its_strip_and_announcement(
        classroom_events, ui_corpus):
    markup = presentation_html(classroom_events, documents_by_id(ui_corpus.documents), "fr")
    slides = re.findall(r'<section class="slide" id="slide-(?P<id>[^"]+)" hidden>', markup)
    assert slides == [e.id for e in classroom_events]
    data = data_of(markup)
    assert data["ids"] == slides and len(data["layouts"]) == len(slides)
    assert data["announce"][0].startswith(f"Diapositive 1 sur {len(slides)} : ")
    assert data["keys"]["PageDown"] == "next" and data["keys"]["Escape"] == "leave"


def test_a_title_made_of_markup_stays_text_in_the_slide_and_cannot_close_the_script(
        classroom_events, ui_corpus):
    markup = presentation_html(classroom_events, documents_by_id(ui_corpus.documents), "fr")
    assert "&lt;/script&gt;&lt;script&gt;window.broken" in markup
    script = markup[markup.index('id="frise-present-data">'):]
    assert script.count("</script>") == 2      # the data's own end and the code's
    assert "window.broken = true" in data_of(markup)["announce"][-1]


def test_the_long_sentence_is_folded_and_its_date_marked(classroom_events, ui_corpus):
    markup = presentation_html(classroom_events, documents_by_id(ui_corpus.documents), "fr")
    long_slide = re.search(r'<section class="slide" id="slide-ev-long" hidden>(?P<body>.*?)'
                           r"</section>", markup, re.S)["body"]
    assert 'class="frise-slide-excerpt folded"' in long_slide
    assert "<mark>le 3 mars 2025</mark>" in long_slide
    assert "<details><summary>Lire tout l'extrait</summary>" in long_slide


def test_a_marked_excerpt_escapes_the_text_around_the_date(classroom_events):
    source = replace(classroom_events[0].sources[0], excerpt="<b>le 3 mars</b>", start=0,
                     end=16, mention_start=3, mention_end=12)
    assert marked_excerpt(source) == "&lt;b&gt;<mark>le 3 mars</mark>&lt;/b&gt;"


def test_past_the_slide_limit_the_page_asks_to_filter_instead(classroom_events, ui_corpus):
    many = [replace(classroom_events[0], id=f"ev-{n}",
                    date=classroom_events[0].date + timedelta(days=n))
            for n in range(MAX_SLIDES + 1)]
    markup = events_to_html(many, ui_corpus.documents, "en")
    assert "frise-present-data" not in markup and 'id="frise-present"' not in markup
    assert f"No presentation for {MAX_SLIDES + 1} events (at most {MAX_SLIDES})" in markup
