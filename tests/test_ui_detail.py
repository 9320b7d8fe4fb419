"""The detail panel: document text escaped first, date expression marked, how it was dated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.model import Document, Event, Source
from dashboard.views.card import escape_text, highlight, how_dated, source_cards
from dashboard.ui.plain import plain_markdown

HOSTILE = 'Le <script>alert("x")</script> 4 juillet & <img src=x onerror=alert(1)> $x$'


def test_highlight_escapes_the_text_and_marks_only_the_mention():
    start = HOSTILE.index("4 juillet")
    out = highlight(HOSTILE, start, start + len("4 juillet"))
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&amp;" in out and "&#36;x&#36;" in out
    assert out.count("<mark>") == 1 and "<mark>4 juillet</mark>" in out


def test_a_mention_inside_hostile_markup_stays_escaped():
    start = HOSTILE.index("<script>")
    out = highlight(HOSTILE, start, start + len("<script>"))
    assert "<mark>&lt;script&gt;</mark>" in out


def test_blank_lines_cannot_end_the_html_block():
    assert "\n" not in escape_text("Un.\n\n[lien](javascript:alert(1))\r\n")
    assert escape_text("a\n\nb") == "a<br><br>b"


@pytest.mark.parametrize("start, end", [(None, None), (5, 2), (-1, 3), (0, 10_000)])
def test_bad_offsets_show_the_escaped_text_unmarked(start, end):
    assert highlight("<b>texte</b>", start, end) == "&lt;b&gt;texte&lt;/b&gt;"


def test_the_sentence_is_marked_with_its_date_expression_inside():
    text = "Avant. Le 4 juillet, appel. Après."
    out = highlight(text, 7, 27, inner=(10, 19))
    assert out == "Avant. <mark>Le <strong>4 juillet</strong>, appel.</mark> Après."


def test_widget_labels_lose_their_markdown():
    assert plain_markdown("[x](javascript:1) *gras*") == "\\[x\\]\\(javascript\\:1\\) \\*gras\\*"


def test_plain_markdown_keeps_every_payload_on_one_literal_line():
    assert plain_markdown("a\n\n# b <i>$x$</i> :red[c]") == "a  \\# b \\<i\\>\\$x\\$\\<\\/i\\> \\:red\\[c\\]"


def _event(**fields) -> Event:
    base = Event(id="e", title="t", date=date(2024, 11, 12), date_end=date(2024, 11, 12),
                 precision="day", date_text="mardi", dated_by="relative", category="other",
                 anchor=date(2024, 11, 17), anchor_kind="publication")
    return replace(base, **fields)


@pytest.mark.parametrize("fields, lang, expected", [
    ({}, "fr", "« mardi », compté à rebours depuis le 17 nov. 2024"),
    ({}, "en", "'mardi', counted back from 17 Nov 2024"),
    ({"date": date(2024, 11, 19), "date_text": "mardi prochain"}, "fr",
     "« mardi prochain », compté à partir du 17 nov. 2024"),
    ({"date_text": "un jour avant", "dated_by": "anaphoric", "anchor": date(2025, 7, 4),
      "anchor_kind": "previous"}, "fr",
     "« un jour avant », compté depuis l'événement précédent (4 juil. 2025)"),
    ({"date_text": "un jour avant", "dated_by": "anaphoric", "anchor": date(2025, 7, 4),
      "anchor_kind": "previous"}, "en",
     "'un jour avant', counted from the previous event (4 Jul 2025)"),
    ({"date_text": None, "dated_by": "publication", "anchor": None}, "fr",
     "datée par la publication (12 nov. 2024)"),
    ({"date_text": None, "dated_by": "publication", "anchor": None}, "en",
     "dated by publication (12 Nov 2024)"),
    ({"date_text": "le 4 juillet 2025", "dated_by": "explicit", "anchor": None}, "fr",
     "« le 4 juillet 2025 », écrit tel quel dans l'article"),
    ({"date": None, "anchor": None}, "fr", "« mardi », sans date de référence"),
])
def test_how_dated_says_where_the_date_came_from(fields, lang, expected):
    assert how_dated(_event(**fields), lang) == expected


def test_source_cards_mark_the_mention_in_the_excerpt_and_the_sentence_in_the_article(ui_corpus):
    documents = {d.doc_id: d for d in ui_corpus.documents}
    event = next(e for e in ui_corpus.events if e.id == "ev-atacms-feb")
    (card,) = source_cards(event, documents, "fr")
    assert card.outlet == "CNN (via un agrégateur)"
    assert card.published == "publié le 17 novembre 2024"
    assert "<mark>en février</mark>" in card.excerpt_html
    assert "<mark>Mais Biden a secrètement approuvé" in card.article_html
    assert "<strong>en février</strong>" in card.article_html


def test_a_hostile_document_is_shown_as_text_everywhere():
    text = "Intro. <script>alert(1)</script> a frappé le 4 juillet. Fin."
    start, end = text.index("<script>"), text.index(" Fin")
    mention = text.index("le 4 juillet")
    doc = Document(doc_id="d", file="d.txt", text=text, outlet="<b>Évil</b>",
                   published=date(2025, 7, 15))
    source = Source(doc_id="d", excerpt=text[start:end], start=start, end=end,
                    date_text="le 4 juillet", mention_start=mention,
                    mention_end=mention + len("le 4 juillet"), dated_by="explicit")
    event = Event(id="e", title="<script>", date=date(2025, 7, 4), date_end=date(2025, 7, 4),
                  precision="day", date_text="le 4 juillet", dated_by="explicit",
                  category="strike", sources=(source,))
    (card,) = source_cards(event, {"d": doc}, "fr")
    for markup in (card.excerpt_html, card.article_html):
        assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "<mark>le 4 juillet</mark>" in card.excerpt_html
    assert card.outlet == "<b>Évil</b>"  # plain text; the page escapes it where it shows it


def test_a_source_whose_document_is_missing_still_shows_its_escaped_excerpt(ui_corpus):
    event = next(e for e in ui_corpus.events if e.id == "ev-kursk")
    (card,) = source_cards(event, {}, "en")
    assert card.outlet == event.sources[0].doc_id and "<mark>cet été</mark>" in card.excerpt_html
    assert card.published == "publication date unknown"


def test_the_whole_article_shows_its_furniture_greyed_and_escaped_around_the_marked_sentence():
    from dashboard.model import Span

    text = "PARTAGER <Facebook>\nKiev a reçu des drones le 4 juillet.\nLire aussi : la suite"
    start, end = text.index("Kiev"), text.index(".") + 1
    doc = Document(doc_id="d", file="d.txt", text=text, published=date(2025, 7, 15),
                   furniture=(Span(0, start - 1, "share"), Span(end + 1, len(text), "teaser")))
    source = Source(doc_id="d", excerpt=text[start:end], start=start, end=end, dated_by="explicit")
    event = Event(id="e", title="Kiev a reçu des drones", date=date(2025, 7, 4), date_end=date(2025, 7, 4),
                  precision="day", date_text=None, dated_by="explicit", category="delivery",
                  sources=(source,))
    (card,) = source_cards(event, {"d": doc}, "fr")
    assert '<span class="frise-furniture">PARTAGER &lt;Facebook&gt;</span>' in card.article_html
    assert '<span class="frise-furniture">Lire aussi : la suite</span>' in card.article_html
    assert "<mark>Kiev a reçu des drones le 4 juillet.</mark>" in card.article_html
