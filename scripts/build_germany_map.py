"""Builds contacts/data/germany_states.json: simplified SVG outlines of the 16 Bundesländer.

Source: the npm package @amcharts/amcharts4-geodata (file json/germanyLow.json), © amCharts,
free "linkware" licence: usable in any project with a visible attribution and its LICENSE file
shipped alongside (contacts/data/amcharts-geodata-LICENSE.txt; the map names the source).
Run once by hand when the outlines should change; the app only reads the generated file:

    cd /tmp && npm pack @amcharts/amcharts4-geodata@4.1.32 && tar xzf amcharts-*.tgz
    .venv/bin/python scripts/build_germany_map.py /tmp/package/json/germanyLow.json
"""

import json
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "contacts" / "data" / "germany_states.json"
# Equirectangular projection, x stretched by cos(51°) so Germany keeps its shape.
WEST, EAST, SOUTH, NORTH = 5.8, 15.1, 47.2, 55.1
SCALE, STRETCH = 60.0, math.cos(math.radians(51.2))
TOLERANCE = 0.6  # SVG units (about 1 km): drop points closer than this to the simplified line


def project(lon, lat):
    return round((lon - WEST) * STRETCH * SCALE, 1), round((NORTH - lat) * SCALE, 1)


def _distance(point, start, end):
    (x, y), (x1, y1), (x2, y2) = point, start, end
    if (x1, y1) == (x2, y2):
        return math.hypot(x - x1, y - y1)
    return abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / math.hypot(x2 - x1, y2 - y1)


def simplify(points):
    """Douglas–Peucker."""
    if len(points) < 3:
        return points
    index, furthest = 0, 0.0
    for i in range(1, len(points) - 1):
        d = _distance(points[i], points[0], points[-1])
        if d > furthest:
            index, furthest = i, d
    if furthest <= TOLERANCE:
        return [points[0], points[-1]]
    return simplify(points[: index + 1])[:-1] + simplify(points[index:])


def ring_path(ring):
    points = simplify([project(lon, lat) for lon, lat in ring])
    if len(points) < 4:
        return ""
    return "M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z"


def main(source):
    data = json.loads(Path(source).read_text())
    states = {}
    for feature in data["features"]:
        code = feature["properties"]["id"].removeprefix("DE-")
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        states[code] = "".join(ring_path(ring) for polygon in polygons for ring in polygon)
    width, height = project(EAST, SOUTH)
    OUT.write_text(
        json.dumps(
            {
                "source": "amCharts 4 geodata (germanyLow), © amCharts, linkware licence",
                "projection": {
                    "west": WEST,
                    "north": NORTH,
                    "scale": SCALE,
                    "stretch": STRETCH,
                },
                "width": width,
                "height": height,
                "states": dict(sorted(states.items())),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
    )
    print(f"{OUT}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
