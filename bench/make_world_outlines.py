"""Rebuild dashboard/static/world_outlines.json, the country outlines behind the offline map.

The map is drawn on plain cartesian axes because Plotly's geo traces fetch their topojson from a
CDN when the figure renders, which fails in an offline classroom. This script turns Natural
Earth's 1:110m countries, as packaged in the npm package ``world-atlas`` (TopoJSON), into a list
of lon/lat polylines rounded to 0.01 degree. Each TopoJSON arc is a stretch of coast or border
shared by its countries, so drawing the arcs draws every outline exactly once; the land rings
are kept apart so the map can fill land and sea in different colours.

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python bench/make_world_outlines.py /tmp/package/countries-110m.json

Natural Earth is in the public domain; world-atlas is ISC-licensed (Mike Bostock).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "dashboard" / "static" / "world_outlines.json"

# A jump of more than half the globe between two points is a line crossing the antimeridian:
# on flat axes it would be drawn straight across the map, so the line is cut there instead.
MAX_LON_STEP = 180.0


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantised and delta-encoded; return them as lon/lat points."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * scale_x + shift_x, 2), round(y * scale_y + shift_y, 2)))
        arcs.append(points)
    return arcs


def polylines(arc: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Drop repeated points left by rounding, and cut the arc where it crosses the antimeridian."""
    lines: list[list[tuple[float, float]]] = [[]]
    for point in arc:
        line = lines[-1]
        if line and point == line[-1]:
            continue
        if line and abs(point[0] - line[-1][0]) > MAX_LON_STEP:
            lines.append([])
        lines[-1].append(point)
    return [line for line in lines if len(line) > 1]


def rings(topology: dict, arcs: list[list[tuple[float, float]]]) -> tuple[list, list]:
    """The land polygons' outer rings and their holes (inland seas), each as lon/lat points.

    A ring lists arc indexes; ~i means arc i walked backwards. Consecutive arcs share their
    joining point, so it is kept once.
    """
    outer, holes = [], []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for number, ring in enumerate(polygon):
                points: list[tuple[float, float]] = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc[1:] if points else arc)
                (holes if number else outer).append(points)
    return outer, holes


def ring_pieces(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring cut at the antimeridian like a line, except that a ring is a loop: its last piece
    runs on into its first, so the two are one piece (else the fill would close each across
    the map)."""
    pieces = polylines(ring)
    if len(pieces) > 2:
        pieces = [pieces[-1] + pieces[0][1:], *pieces[1:-1]]
    # A piece of two points is a sliver along the cut: nothing to fill.
    return [piece for piece in pieces if len(piece) > 2]


def flat(lines: list[list[tuple[float, float]]]) -> list[list[float]]:
    return [[c for point in line for c in point] for line in lines]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-110m.json from the world-atlas npm package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    lines = [line for arc in arcs for line in polylines(arc)]
    land, lakes = (flat([p for ring in part for p in ring_pieces(ring)])
                   for part in rings(topology, arcs))
    data = {
        "source": "Natural Earth 1:110m admin 0 countries, via the world-atlas npm package (countries-110m.json)",
        "licence": "Natural Earth: public domain. world-atlas: ISC, Copyright 2013-2019 Michael Bostock",
        "made_by": "bench/make_world_outlines.py",
        "format": "each list is flat: lon0, lat0, lon1, lat1, ... in degrees (WGS84). lines:"
                  " coasts and borders, each drawn once; land: land rings to fill; lakes: their"
                  " holes (inland seas)",
        "lines": flat(lines),
        "land": land,
        "lakes": lakes,
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} lines, {len(land)} land rings, {len(lakes)} lakes, "
          f"{args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
