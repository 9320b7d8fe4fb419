"""The map beside the timeline: where the shown events happen, drawn without any network.

Plotly's geo traces (scattergeo, choropleth) download their topojson from a CDN when the figure
renders, which fails in an offline classroom. So the map is an ordinary cartesian figure: lon on
x, lat on y, over country outlines bundled in ``dashboard/static/world_outlines.json``.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import plotly.graph_objects as go

from dashboard.model import Event, Place
from dashboard.views.i18n import display_name, t

OUTLINES = Path(__file__).resolve().parent.parent / "static" / "world_outlines.json"

# The view never zooms in closer than this many degrees, so one lone place keeps its
# surroundings, and never pans past the poles of the outlines.
MIN_SPAN = 16.0
WORLD = ((-180.0, 180.0), (-58.0, 84.0))
MARKER_MIN, MARKER_MAX = 9.0, 38.0
COLOURS = {"outline": "#9aa3ad", "place": "#2f6db5", "selected": "#d1495b", "land": "#f3f1ea",
           "sea": "#dfe9f3"}


@lru_cache(maxsize=4)
def outline_xy(layer: str = "lines") -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    """One layer of the bundled outlines ("lines", "land" or "lakes") as one pair of coordinate
    lists, each line or ring separated by None (Plotly's gap; a filled trace closes each piece)."""
    lines = json.loads(OUTLINES.read_text(encoding="utf-8"))[layer]
    xs: list[float | None] = []
    ys: list[float | None] = []
    for line in lines:
        xs.extend(line[0::2] + [None])
        ys.extend(line[1::2] + [None])
    return tuple(xs), tuple(ys)


def places_by_name(places: Mapping[str, Place] | Sequence[Place]) -> dict[str, Place]:
    if isinstance(places, Mapping):
        return dict(places)
    return {place.name: place for place in places}


def events_by_place(events: Sequence[Event], known: Mapping[str, Place]) -> dict[str, list[Event]]:
    """Each known place with the events that name it, in the order places first appear."""
    grouped: dict[str, list[Event]] = {}
    for event in events:
        for name in dict.fromkeys(event.places):
            if name in known:
                grouped.setdefault(name, []).append(event)
    return grouped


def marker_size(count: int, most: int) -> float:
    """Area, not radius, grows with the number of events, so a busy place does not swamp the map."""
    if most <= 1:
        return MARKER_MIN
    return MARKER_MIN + (MARKER_MAX - MARKER_MIN) * math.sqrt((count - 1) / (most - 1))


def hover_text(place: Place, events: Sequence[Event], lang: str) -> str:
    # Plotly renders hover text as a small subset of HTML: titles from articles are escaped.
    name = html.escape(display_name(place.name, lang))
    lines = [f"<b>{name}</b> — {len(events)} {t('map.events', lang)}"]
    lines += [html.escape(event.title) for event in events[:12]]
    if len(events) > 12:
        lines.append(f"… (+{len(events) - 12})")
    return "<br>".join(lines)


def view_ranges(points: Sequence[Place]) -> tuple[tuple[float, float], tuple[float, float]]:
    """Longitude and latitude ranges framing the points, at least MIN_SPAN wide."""
    if not points:
        return WORLD
    lons = [p.lon for p in points]
    lats = [p.lat for p in points]
    ranges = []
    for low, high, (limit_low, limit_high) in ((min(lons), max(lons), WORLD[0]),
                                               (min(lats), max(lats), WORLD[1])):
        middle, half = (low + high) / 2, max(high - low, MIN_SPAN) / 2 * 1.25
        ranges.append((max(middle - half, limit_low), min(middle + half, limit_high)))
    return ranges[0], ranges[1]


def map_figure(events: Sequence[Event], places: Mapping[str, Place] | Sequence[Place],
               selected_id: str | None = None, lang: str = "fr") -> go.Figure:
    """Markers for the places the given events name, sized by how many events name each.

    ``events`` are the events the timeline shows (already filtered), so the map follows the
    same filters. The places of ``selected_id`` are drawn again on top, highlighted.
    Each marker's ``customdata`` is its place name, for click handling by the page.
    """
    known = places_by_name(places)
    grouped = events_by_place(events, known)
    most = max((len(evs) for evs in grouped.values()), default=0)
    shown = [known[name] for name in grouped]

    fig = go.Figure()
    for layer, fill in (("land", COLOURS["land"]), ("lakes", COLOURS["sea"])):
        xs, ys = outline_xy(layer)
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill,
                                 line={"width": 0}, name=layer, hoverinfo="skip",
                                 showlegend=False))
    xs, ys = outline_xy("lines")
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name="outlines", hoverinfo="skip",
                             line={"color": COLOURS["outline"], "width": 0.7}, showlegend=False))
    fig.add_trace(go.Scatter(
        x=[p.lon for p in shown], y=[p.lat for p in shown], mode="markers+text",
        name=t("map.places", lang), text=[display_name(p.name, lang) for p in shown],
        textposition="top center",
        customdata=[p.name for p in shown],
        hovertext=[hover_text(p, grouped[p.name], lang) for p in shown], hoverinfo="text",
        marker={"size": [marker_size(len(grouped[p.name]), most) for p in shown],
                "color": COLOURS["place"], "opacity": 0.75, "line": {"color": "white", "width": 1}},
        showlegend=False))

    selected = next((e for e in events if e.id == selected_id), None)
    chosen = [known[n] for n in dict.fromkeys(selected.places) if n in known] if selected else []
    if chosen:
        fig.add_trace(go.Scatter(
            x=[p.lon for p in chosen], y=[p.lat for p in chosen], mode="markers",
            name=t("map.selected", lang), customdata=[p.name for p in chosen],
            hovertext=[hover_text(p, grouped[p.name], lang) for p in chosen], hoverinfo="text",
            marker={"size": [marker_size(len(grouped[p.name]), most) + 8 for p in chosen],
                    "color": "rgba(0,0,0,0)", "line": {"color": COLOURS["selected"], "width": 3}},
            showlegend=False))

    x_range, y_range = view_ranges(shown)
    middle_lat = (y_range[0] + y_range[1]) / 2
    fig.update_layout(
        margin={"l": 0, "r": 0, "t": 0, "b": 0}, plot_bgcolor=COLOURS["sea"], dragmode="pan",
        hoverlabel={"align": "left"}, uirevision="map",
        # The axes keep the map's proportions by widening their ranges, so the map fills its box.
        xaxis={"range": list(x_range), "visible": False},
        # One degree of latitude is 1/cos(lat) degrees of longitude long on the ground.
        yaxis={"range": list(y_range), "visible": False, "scaleanchor": "x",
               "scaleratio": 1 / max(math.cos(math.radians(middle_lat)), 0.2)},
    )
    return fig
