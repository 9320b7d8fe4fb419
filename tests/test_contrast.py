"""Every colour Frise draws with, measured with WCAG 2.1's contrast ratio against its background.

Text needs 4.5:1 (success criterion 1.4.3): lane labels, axis dates, captions, credits, hover
boxes, the strip's labels. Marks a reader needs to see need 3:1 (1.4.11): the lane colours, the
selected event, a period's bar as drawn (its colour through its opacity). The colours are read
from the figures and the style sheets themselves, not copied here.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from dashboard.export.html import STYLE as EXPORT_STYLE
from dashboard.export.html_present import STYLE as EXPORT_PRESENT_STYLE
from dashboard.ui.keyboard import CSS as KEYBOARD_CSS
from dashboard.ui.panels import CSS as PAGE_CSS
from dashboard.views import colours
from dashboard.views.figures import timeline_figure
from dashboard.views.slides import SLIDE_CSS, strip_figure

REPO = Path(__file__).resolve().parent.parent
TEXT_RATIO, MARK_RATIO = 4.5, 3.0


def channels(colour: str) -> tuple[float, float, float]:
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(c * 2 for c in hexa)
    return tuple(int(hexa[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(colour: str | tuple[float, float, float]) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    rgb = channels(colour) if isinstance(colour, str) else colour
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(front, back=colours.BACKGROUND) -> float:
    lighter, darker = sorted((luminance(front), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def through(colour: str, opacity: float, under: str = colours.BACKGROUND):
    """What the eye sees of ``colour`` drawn at ``opacity`` over ``under``."""
    return tuple(opacity * a + (1 - opacity) * b for a, b in zip(channels(colour),
                                                                  channels(under)))


@pytest.mark.parametrize("front, back, expected", [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48),
    ("#0072B2", "#ffffff", 5.19),
])
def test_the_ratio_is_wcags(front, back, expected):
    assert ratio(front, back) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("colour", [*colours.LANE_COLOURS, colours.SELECTED])
def test_every_lane_colour_and_the_selection_stand_out_from_the_page(colour):
    assert ratio(colour) >= MARK_RATIO


@pytest.mark.parametrize("colour", [colours.TEXT, colours.MUTED_TEXT, colours.DATE_TEXT])
def test_text_colours_are_readable_on_the_page(colour):
    assert ratio(colour) >= TEXT_RATIO


def test_the_timelines_marks_as_drawn_stand_out(ui_corpus):
    figure = timeline_figure(ui_corpus.events, "category", ui_corpus.events[0].id)
    drawn = [t for t in figure.data if t.meta and t.meta["kind"] in ("events", "bars",
                                                                     "selected")]
    assert drawn
    for trace in drawn:
        if trace.meta["kind"] == "bars":
            seen = through(trace.line.color, trace.opacity if trace.opacity is not None else 1)
        else:
            seen = through(trace.marker.color, trace.marker.opacity
                           if trace.marker.opacity is not None else 1)
        assert ratio(seen) >= MARK_RATIO, trace.meta


def test_the_timelines_lane_labels_dates_and_hover_boxes_are_readable(ui_corpus):
    layout = timeline_figure(ui_corpus.events).layout
    for font in (layout.xaxis.tickfont, layout.yaxis.tickfont, layout.font):
        assert ratio(font.color) >= TEXT_RATIO
    assert ratio(layout.hoverlabel.font.color, layout.hoverlabel.bgcolor) >= TEXT_RATIO


def test_the_strips_labels_dates_and_marks_are_readable(ui_corpus):
    figure = strip_figure(list(ui_corpus.events), 2, "fr")
    for note in figure.layout.annotations:
        assert ratio(note.font.color, note.bgcolor) >= TEXT_RATIO
        if note.showarrow:
            assert ratio(note.arrowcolor) >= MARK_RATIO
    assert ratio(figure.layout.xaxis.tickfont.color) >= TEXT_RATIO
    bars, marks = figure.data
    assert ratio(through(bars.line.color, bars.opacity)) >= MARK_RATIO
    assert ratio(marks.marker.color) >= MARK_RATIO


# A style sheet's text colours: "color:" declarations (not background-color, not border).
TEXT_COLOUR = re.compile(r"(?<![-\w])color:\s*(?P<colour>#[0-9A-Fa-f]{3,6})\b")
SHEETS = {"page": PAGE_CSS, "slides": SLIDE_CSS, "keyboard": KEYBOARD_CSS,
          "export": EXPORT_STYLE, "export-slides": EXPORT_PRESENT_STYLE}


@pytest.mark.parametrize("sheet", SHEETS)
def test_every_text_colour_in_the_style_sheets_is_readable_on_white(sheet):
    found = [m["colour"] for m in TEXT_COLOUR.finditer(SHEETS[sheet])]
    assert found, f"no text colour found in {sheet}: the pattern no longer reads it"
    assert [c for c in found if ratio(c) < TEXT_RATIO] == []


@pytest.mark.parametrize("sheet, back", [("page", "#ffe08a"), ("export", "#fff6d6")])
def test_marked_and_chosen_text_keeps_its_contrast_on_its_highlight(sheet, back):
    assert back.lower() in SHEETS[sheet].lower()
    assert ratio(colours.TEXT, back) >= TEXT_RATIO


def test_the_streamlit_accent_is_readable_as_text_even_on_its_own_pale_tint():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    accent = config["theme"]["primaryColor"]
    assert config["theme"]["base"] == "light"
    assert ratio(accent) >= TEXT_RATIO
    # Streamlit marks a chosen option with the accent's text on a tenth of the accent.
    assert ratio(accent, "#%02x%02x%02x" % tuple(round(c * 255) for c in through(accent, 0.1))
                 ) >= TEXT_RATIO
