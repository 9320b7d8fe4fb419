"""Rebuild dashboard/static/world_outlines.json, the country outlines behind the offline map.

The map is drawn on plain cartesian axes because Plotly's geo traces fetch their topojson from a
CDN when the figure renders, which fails in an offline classroom. This script turns Natural
Earth's 1:110m countries, as packaged in the npm package ``world-atlas`` (TopoJSON), into a list
of lon/lat polylines rounded to 0.01 degree. Each TopoJSON arc is a stretch of coast or border
shared by its countries, so drawing the arcs draws every outline exactly once.

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-110m.json from the world-atlas npm package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    lines = [line for arc in decode_arcs(topology) for line in polylines(arc)]
    data = {
        "source": "Natural Earth 1:110m admin 0 countries, via the world-atlas npm package (countries-110m.json)",
        "licence": "Natural Earth: public domain. world-atlas: ISC, Copyright 2013-2019 Michael Bostock",
        "made_by": "bench/make_world_outlines.py",
        "format": "lines: each a flat list lon0, lat0, lon1, lat1, ... in degrees (WGS84)",
        "lines": [[c for point in line for c in point] for line in lines],
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(line) for line in lines)
    print(f"{args.out}: {len(lines)} lines, {points} points, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
