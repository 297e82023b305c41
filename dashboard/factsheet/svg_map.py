"""The factsheet's map as vector graphics: the app's own shapes, projected to the Dutch plane
(RD New, EPSG:28992) and written as SVG `<path>` elements; the place highlighted, the rest muted.

No raster and no tiles: the same GeoParquet shapes the app draws (`municipality_shapes`,
`district_shapes`, EPSG:4326), so the PDF map and the app's map always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import quoteattr

import geopandas as gpd
import pandas as pd
from shapely.geometry.base import BaseGeometry

from dashboard.display.palette import DISTRICT_COLOURS, MUTED, MUTED_BORDER, OUTLINE
from dashboard.profile.place import Level, Place

PLANE = "EPSG:28992"  # RD New: metres on a flat plane, north up
WIDTH = 400.0  # SVG user units across; the height follows the shapes' aspect ratio
MARGIN = 4.0
MUNICIPALITY_CLASS = "gemeente"
DISTRICT_CLASS = "district"
WHITE = "#FFFFFF"
CONTEXT_OPACITY = "0.35"  # the rest of the chosen municipality's district


def map_svg(
    municipality_shapes: gpd.GeoDataFrame,
    district_shapes: gpd.GeoDataFrame,
    municipalities: pd.DataFrame,
    place: Place,
) -> str:
    """An SVG document of Oost-Nederland with `place` highlighted: one path per municipality
    (class `gemeente`, id its CBS code), then one outline per district (class `district`)."""
    towns = flat(municipality_shapes)
    areas = flat(district_shapes)
    district_of = dict(
        zip(municipalities["municipality_code"], municipalities["district_code"], strict=True)
    )
    minx, miny, maxx, maxy = pd.concat([towns.geometry, areas.geometry]).total_bounds
    scale = (WIDTH - 2 * MARGIN) / (maxx - minx)
    height = (maxy - miny) * scale + 2 * MARGIN

    def point(x: float, y: float) -> str:
        return f"{(x - minx) * scale + MARGIN:.1f},{(maxy - y) * scale + MARGIN:.1f}"

    paths = [
        _path(
            _d(geometry, point),
            MUNICIPALITY_CLASS,
            code,
            _municipality_style(code, district_of.get(code), place),
        )
        for code, geometry in zip(towns["municipality_code"], towns.geometry, strict=True)
    ]
    outlines = [
        _path(_d(geometry, point), DISTRICT_CLASS, code, _district_style(code, place))
        for code, geometry in zip(areas["district_code"], areas.geometry, strict=True)
    ]
    # The chosen municipality last among the municipalities, its outline on top of neighbours';
    # the chosen district's outline last, so no neighbour's thin line is drawn over it.
    paths.sort(key=lambda text: f'id="{place.municipality_code}"' in text)
    outlines.sort(key=lambda text: f'id="{place.district_code}"' in text)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {WIDTH:.0f} {height:.1f}" width="{WIDTH:.0f}" height="{height:.1f}">'
        + "".join(paths)
        + "".join(outlines)
        + "</svg>"
    )


def flat(shapes: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The shapes in metres on the Dutch plane (shapes without a CRS are taken as EPSG:4326);
    shapes already there are returned as they are, so a batch projects them once."""
    if shapes.crs is None:
        shapes = shapes.set_crs("EPSG:4326")
    if shapes.crs.equals(PLANE):
        return shapes
    return shapes.to_crs(PLANE)


def _d(geometry: BaseGeometry, point) -> str:
    """SVG path data for a (multi)polygon: every ring a closed subpath."""
    return " ".join(
        "M" + " L".join(point(x, y) for x, y in ring.coords[:-1]) + "Z" for ring in _rings(geometry)
    )


def _rings(geometry: BaseGeometry) -> Iterable:
    polygons = getattr(geometry, "geoms", [geometry])
    for polygon in polygons:
        if polygon.is_empty:
            continue
        yield polygon.exterior
        yield from polygon.interiors


def _path(d: str, kind: str, code: str, style: dict[str, str]) -> str:
    attributes = "".join(f" {name}={quoteattr(value)}" for name, value in style.items())
    return f"<path class={quoteattr(kind)} id={quoteattr(code)} d={quoteattr(d)}{attributes}/>"


def _municipality_style(code: str, district: str | None, place: Place) -> dict[str, str]:
    colour = DISTRICT_COLOURS.get(district or "", MUTED_BORDER)
    chosen = {"fill": colour, "stroke": WHITE, "stroke-width": "0.6"}
    muted = {"fill": MUTED, "stroke": MUTED_BORDER, "stroke-width": "0.4"}
    if place.level is Level.REGION:
        return chosen
    if place.level is Level.DISTRICT:
        return chosen if district == place.district_code else muted
    if code == place.municipality_code:
        return {"fill": colour, "stroke": OUTLINE, "stroke-width": "1.2"}
    if district == place.district_code:
        return {**chosen, "fill-opacity": CONTEXT_OPACITY}
    return muted


def _district_style(code: str, place: Place) -> dict[str, str]:
    width = "2" if code == place.district_code else "0.8"
    return {"fill": "none", "stroke": OUTLINE, "stroke-width": width, "stroke-linejoin": "round"}
