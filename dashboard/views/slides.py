"""What a presentation shows and answers, shared by the page and the standalone HTML export.

The keys that move through the slides, the short timeline strip zoomed around the current
event (with its neighbours labelled), the sizes that keep a long sentence on one screen, and
the sentence a screen reader says when the slide changes. Nothing here imports Streamlit.
"""

from __future__ import annotations

import html
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import plotly.graph_objects as go

from dashboard.model import Event
from dashboard.views.colours import BACKGROUND, LANE_COLOURS, MUTED_TEXT, SELECTED
from dashboard.views.i18n import format_day, format_period, plural, t
from dashboard.views.plotly_locale import chart_config

# What a presentation clicker sends (Page Down / Page Up), what a keyboard user expects from
# slides (arrows, Space, Home, End), and Escape to leave: KeyboardEvent.key -> action.
KEY_ACTIONS = {
    "ArrowRight": "next", "PageDown": "next", " ": "next",
    "ArrowLeft": "previous", "PageUp": "previous",
    "Home": "first", "End": "last",
    "Escape": "leave",
}
# The key filter in JavaScript, the same text in the page's component and in the export.
SLIDE_KEYS_JS = (Path(__file__).resolve().parent.parent / "static" / "slide_keys.js").read_text(
    encoding="utf-8")

# Events labelled on each side of the current one: five labels side by side still leave
# about 26 characters a line on a 1280-pixel projector.
NEIGHBOURS = 2
# The strip is centred on the current event and reaches this many times as far as its nearer
# neighbour, so that neighbour is always in view, without one far-off event squeezing a
# cluster of close ones into a single dot; a neighbour further off is labelled at the edge.
REACH = 1.6
# Half the strip spans at least this many days: same-day events still show a calendar.
MIN_HALF_SPAN_DAYS = 7
# A period (a month, a season) fills at most this share of the strip, so its ends show.
PERIOD_SHARE = 0.7
# Label lines: what a fifth of a 1280-pixel strip holds in the current label's bold 14-pixel
# type (about 8 pixels a character); two lines at most.
LABEL_WIDTH = 26
LABEL_LINES = 2
# The strip's height in pixels on a 720-pixel-high screen: three label lines above the axis
# and the dates below it. Taller screens scale it (and its type) up to MAX_STRIP_SCALE, so a
# 1080-pixel projector shows it as large, relative to the slide, as a 720-pixel one.
STRIP_HEIGHT = 190
BASE_SCREEN_HEIGHT = 720
MAX_STRIP_SCALE = 1.5
LABEL_SIZE, CURRENT_LABEL_SIZE = 13, 14
# How far above its mark a label sits, in pixels at scale 1.
LABEL_RISE = 58
STRIP_COLOUR = LANE_COLOURS[0]
CURRENT_COLOUR = SELECTED
NEIGHBOUR_TEXT = MUTED_TEXT
# Past this many events in the strip's view their marks overlap into one line across a
# 1280-pixel strip (about three pixels each) and the figure sent on every slide grows with
# them: the strip then shows one dot per day, its area following how many events it holds.
STRIP_MARKS_MAX = 400
# The largest day dot's diameter in pixels at scale 1; the smallest stays a visible mark.
DAY_DOT_MAX, DAY_DOT_MIN = 26, 6
# Excerpt sizes by length in characters: up to about four lines at the large size stay
# large, up to about six at the medium size go medium; longer ones fold after those lines.
LARGE_EXCERPT = 340
MEDIUM_EXCERPT = 620

# A slide is read from the back of a classroom: type that grows with the screen's height (vh);
# a long headline or excerpt is set smaller or folded (``excerpt_size``) rather than scrolled.
# The page and the HTML export give their slides these classes.
SLIDE_CSS = """
.frise-progress { font-size: clamp(1.3rem, 3.4vh, 2.4rem); font-weight: 600; text-align: center;
                  line-height: 1.1; }
.frise-progress small { display: block; font-size: clamp(.8rem, 1.6vh, 1.1rem); font-weight: 400;
                        color: #4a5560;
                        white-space: nowrap; }
h2.frise-slide-title { font-size: clamp(1.5rem, 5vh, 3.2rem) !important; line-height: 1.15;
                       margin: 0; padding: 0; font-weight: 700; display: -webkit-box;
                       -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.frise-slide-date { font-size: clamp(1.2rem, 3.4vh, 2.3rem); font-weight: 600; color: #005a8c;
                    margin: 0; }
.frise-slide-excerpt .frise-excerpt { line-height: 1.4; margin: 0; }
.frise-slide-excerpt.large .frise-excerpt { font-size: clamp(1.15rem, 3.5vh, 2.2rem); }
.frise-slide-excerpt.medium .frise-excerpt,
.frise-slide-excerpt.folded .frise-excerpt { font-size: clamp(1rem, 2.6vh, 1.8rem); }
.frise-slide-excerpt.folded .frise-excerpt { display: -webkit-box; -webkit-box-orient: vertical;
                                             -webkit-line-clamp: 5; overflow: hidden; }
.frise-slide-meta { font-size: clamp(.95rem, 2.1vh, 1.4rem); color: #4a5560; margin: .25rem 0 0 0; }
"""

@dataclass(frozen=True)
class Window:
    """The events around slide ``index`` that the strip labels, and the dates it spans."""

    index: int
    labelled: tuple[int, ...]
    start: date | None
    end: date | None

    def shows(self, event: Event) -> bool:
        return (self.start is not None and event.date is not None
                and (event.date_end or event.date) >= self.start and event.date <= self.end)


def _middle(event: Event) -> date:
    last = event.date_end if event.date_end and event.date_end > event.date else event.date
    return event.date + (last - event.date) / 2


def window(events: Sequence[Event], index: int) -> Window:
    """The strip around slide ``index``: centred on it, reaching past its nearer neighbour.

    ``labelled`` are the current event and up to ``NEIGHBOURS`` dated events on each side.
    An undated current event has no strip: there is no place on a calendar to centre it.
    """
    near = range(max(index - NEIGHBOURS, 0), min(index + NEIGHBOURS + 1, len(events)))
    labelled = tuple(i for i in near if events[i].date is not None)
    current = events[index]
    if current.date is None:
        return Window(index, labelled, None, None)
    centre = _middle(current)
    gaps = [abs((_middle(events[i]) - centre).days) for i in (index - 1, index + 1)
            if 0 <= i < len(events) and events[i].date is not None]
    period = ((current.date_end or current.date) - current.date).days
    half = max(REACH * min(gaps, default=0), MIN_HALF_SPAN_DAYS, period / PERIOD_SHARE / 2)
    return Window(index, labelled, centre - timedelta(days=half),
                  centre + timedelta(days=half))


def _label(event: Event, lang: str) -> str:
    lines = textwrap.wrap(event.title, LABEL_WIDTH, max_lines=LABEL_LINES, placeholder=" …")
    # Plotly reads annotation text as HTML: the title comes from a document.
    # The period as a reader says it ("septembre 2022", "été 2024"), never its first day.
    when = format_period(event.date, event.date_end, event.precision, lang)
    return "<br>".join([html.escape(when)]
                       + [html.escape(line) for line in lines])


def strip_scale(screen_height: float | None) -> float:
    """How much larger than at 720 pixels the strip is drawn on a screen this high."""
    if not screen_height:
        return 1.0
    return min(max(screen_height / BASE_SCREEN_HEIGHT, 1.0), MAX_STRIP_SCALE)


def strip_layout(events: Sequence[Event], index: int, lang: str, scale: float = 1.0) -> dict:
    """The strip's x range, labels and current-event frame for slide ``index``.

    Only layout changes from one slide to the next, so the export moves its one strip with
    ``Plotly.relayout`` instead of drawing a figure per slide.
    """
    shown = window(events, index)
    if shown.start is None:
        return {"xaxis.range": None, "annotations": [], "shapes": []}
    start, end = shown.start, shown.end
    columns = len(shown.labelled)
    annotations, shapes = [], []
    for column, i in enumerate(shown.labelled):
        event, current = events[i], i == index
        colour = CURRENT_COLOUR if current else NEIGHBOUR_TEXT
        text = _label(event, lang)
        # Labels sit in evenly spaced columns in slide order, so close dates never stack
        # their labels; an arrow leads from each label to its event's mark, and a
        # neighbour out of view points the way to it instead.
        tail = start + (end - start) * ((column + 0.5) / columns)
        label = {"x": tail.isoformat(), "y": 1, "xref": "x", "yref": "y", "yanchor": "top",
                 "showarrow": False, "font": {"color": colour, "size": round(
                     (CURRENT_LABEL_SIZE if current else LABEL_SIZE) * scale)},
                 "bgcolor": BACKGROUND, "borderpad": 2}
        if shown.shows(event):
            label.update(x=_middle(event).isoformat(), y=0, ax=tail.isoformat(), axref="x",
                         ay=-round(LABEL_RISE * scale), ayref="pixel", yanchor="auto", showarrow=True, arrowhead=0,
                         arrowwidth=2 if current else 1, arrowcolor=colour)
        else:
            text = ("← " if i < index else "→ ") + text
        label["text"] = f"<b>{text}</b>" if current else text
        annotations.append(label)
    event = events[index]
    shapes.append({"type": "rect", "xref": "x", "yref": "y", "layer": "below",
                   "x0": event.date.isoformat(), "x1": (event.date_end or event.date).isoformat(),
                   "y0": -0.12, "y1": 0.12, "line": {"color": CURRENT_COLOUR, "width": 2},
                   "fillcolor": "rgba(0,0,0,0)"})
    # The date ticks are plotly.js's own, in the reader's language (strip_config's locale).
    return {"xaxis.range": [start.isoformat(), end.isoformat()], "annotations": annotations,
            "shapes": shapes}


def strip_config(lang: str) -> dict:
    """The strip's plotly.js config: a still picture, its dates in the reader's language."""
    return {**chart_config(lang), "displayModeBar": False, "staticPlot": True}


def strip_figure(events: Sequence[Event], index: int, lang: str,
                 every_event: bool = False, scale: float = 1.0) -> go.Figure:
    """One line of marks (a bar for a period) zoomed on slide ``index`` of ``events``.

    ``events`` are in slide order. The page draws only the events in view (a rerun sends a
    new figure), and past ``STRIP_MARKS_MAX`` of them a dot per day sized by its count; the
    export draws ``every_event`` once and moves the view with the layout.
    """
    moved = strip_layout(events, index, lang, scale)
    shown = window(events, index)
    dated = [e for e in events if e.date is not None and (every_event or shown.shows(e))]
    if not every_event and len(dated) > STRIP_MARKS_MAX:
        traces = _day_counts(dated, scale)
    else:
        traces = _marks(dated, scale)
    return _strip(go.Figure(traces), moved, scale)


def _marks(dated: Sequence[Event], scale: float) -> list[go.Scatter]:
    """A mark per event at its middle, and a bar along each period."""
    bars_x: list[str | None] = []
    for event in dated:
        if event.date_end and event.date_end > event.date:
            bars_x += [event.date.isoformat(), event.date_end.isoformat(), None]
    return [
        go.Scatter(x=bars_x, y=[0 if x else None for x in bars_x], mode="lines",
                   line={"color": STRIP_COLOUR, "width": round(8 * scale)}, opacity=1,
                   hoverinfo="skip"),
        go.Scatter(x=[_middle(e).isoformat() for e in dated], y=[0] * len(dated),
                   mode="markers", customdata=[e.id for e in dated], hoverinfo="skip",
                   marker={"color": STRIP_COLOUR, "size": round(10 * scale),
                           "line": {"color": BACKGROUND, "width": 1}}),
    ]


def _day_counts(dated: Sequence[Event], scale: float) -> list[go.Scatter]:
    """One dot per day of the strip, its area following the events whose middle falls on it
    (a period counts on its middle day, as its mark would sit there)."""
    per_day = Counter(_middle(e) for e in dated)
    days = sorted(per_day)
    counts = np.array([per_day[d] for d in days])
    sizes = np.maximum(np.sqrt(counts / counts.max()) * DAY_DOT_MAX, DAY_DOT_MIN) * scale
    return [go.Scatter(
        x=[d.isoformat() for d in days], y=[0] * len(days), mode="markers", hoverinfo="skip",
        marker={"color": STRIP_COLOUR, "size": np.round(sizes), "opacity": 0.8,
                "line": {"color": BACKGROUND, "width": 1}},
        meta={"kind": "day_counts"})]


def _strip(figure: go.Figure, moved: dict, scale: float) -> go.Figure:
    figure.update_layout(
        height=round(STRIP_HEIGHT * scale), margin={"l": 10, "r": 10, "t": 4, "b": 24},
        showlegend=False, dragmode=False, plot_bgcolor=BACKGROUND, paper_bgcolor=BACKGROUND,
        xaxis={"type": "date", "fixedrange": True, "showgrid": True, "gridcolor": "#e3e7eb",
               "tickfont": {"color": NEIGHBOUR_TEXT, "size": round(12 * scale)}},
        yaxis={"range": [-0.35, 1.0], "visible": False, "fixedrange": True},
        annotations=moved["annotations"], shapes=moved["shapes"])
    if moved["xaxis.range"]:
        figure.update_xaxes(range=moved["xaxis.range"])
    elif not any(trace.x is not None and len(trace.x) for trace in figure.data):
        # No date to place: no axis, rather than plotly.js's empty year 2000 to 2001.
        figure.update_xaxes(visible=False)
    return figure


def excerpt_size(text: str) -> str:
    """``large``, ``medium`` or ``folded``: how a slide shows a source sentence this long."""
    if len(text) <= LARGE_EXCERPT:
        return "large"
    return "medium" if len(text) <= MEDIUM_EXCERPT else "folded"


def announcement(event: Event, position: int, total: int, lang: str) -> str:
    """What a screen reader says when the slide changes: where we are and what it is."""
    when = format_period(event.date, event.date_end, event.precision, lang)
    return t("present.announce", lang, position=position, total=total, title=event.title,
             when=when or t("story.undated", lang))


def chart_summary(events: Sequence[Event], lang: str) -> str:
    """The chart's text alternative: how many events it draws and over which period."""
    dated = [e for e in events if e.date is not None]
    if not dated:
        return t("chart.summary_empty", lang, events=plural(len(events), "event", lang))
    first = min(e.date for e in dated)
    last = max(e.date_end or e.date for e in dated)
    if first == last:
        return t("chart.summary_day", lang, events=plural(len(events), "event", lang),
                 day=format_day(first, lang))
    return t("chart.summary", lang, events=plural(len(events), "event", lang),
             first=format_day(first, lang), last=format_day(last, lang))
