"""The diffusion figure, drawn on the server as SVG: arrows from where a pilot started to where it
was adopted, up to a year. No chart library reaches the browser (issue 13).

A "map" without map tiles: the municipalities' centroids in longitude and latitude (a degree of
longitude drawn shorter, as at 52° north), the district borders as lines. The category is in
the colour and in the legend; the arrows of the chosen year are drawn heavier and, when few,
their adopters are named; every origin is a star, named beside it when there are few.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd

from dashboard.display import palette, svg
from dashboard.display.markup import literal
from dashboard.pilots.chart_style import SMALL_PX
from dashboard.pilots.diffusion import EDGE_COLUMNS, edges_until, origins_until
from dashboard.pilots.records import records
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import district_names

# A degree of latitude is about 1,6 degrees of longitude long at 52° north.
LAT_SCALE = 1 / math.cos(math.radians(52.2))
OUTLINE_TOLERANCE = 0.004  # degrees: district borders simplified for the diffusion figure
ORIGIN_NAMES = 8  # pilot names listed in an origin's title
FEW_ORIGINS = 10  # up to this many origins, each is named beside its star
FEW_NEW = 8  # up to this many adoptions in the chosen year, each adopter is named
WIDTH, MARGIN, LEGEND_PX = 640, 16, 80


class _Projection:
    """Longitude and latitude to the picture's pixels, the region filling its width."""

    def __init__(self, district_shapes: gpd.GeoDataFrame):
        west, south, east, north = district_shapes.total_bounds
        self.west, self.north = west, north
        self.scale = (WIDTH - 2 * MARGIN) / max(east - west, 1e-9)
        self.height = (north - south) * LAT_SCALE * self.scale + 2 * MARGIN

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x = MARGIN + (lon - self.west) * self.scale
        return x, MARGIN + (self.north - lat) * LAT_SCALE * self.scale


def district_outlines(district_shapes: gpd.GeoDataFrame) -> list[list[tuple[float, float]]]:
    """The district borders as rings of (longitude, latitude), simplified."""
    rings = []
    for geometry in district_shapes.geometry.simplify(OUTLINE_TOLERANCE):
        for polygon in getattr(geometry, "geoms", [geometry]):
            for ring in [polygon.exterior, *polygon.interiors]:
                rings.append([(round(x, 4), round(y, 4)) for x, y in ring.coords])
    return rings


def diffusion(edges: pd.DataFrame, year: int, marts) -> str:
    """Arrows from origin to adopter for the adoptions with a known year up to `year`, those of
    `year` itself drawn heavier; a star at every origin that had started by then; the districts
    and municipalities as a backdrop; as an SVG picture (described by `diffusion_alt`).
    `edges` is `diffusion.diffusion_edges`."""
    at = _Projection(marts.district_shapes)
    parts = [_arrowheads(), *_backdrop(marts, at)]
    drawn = records(edges_until(edges, year), list(EDGE_COLUMNS))
    present = {e["category"] for e in drawn}
    categories = [c for c in [*vocab.PILOT_CATEGORIES, None] if c in present]
    for category in categories:
        part = [e for e in drawn if e["category"] == category]
        parts += _arrows(part, category, year, at)
    named = sum(e["year"] == year for e in drawn) <= FEW_NEW
    for category in categories:
        part = [e for e in drawn if e["category"] == category]
        parts += _adopters(part, category, year if named else None, at)
    origins = records(origins_until(edges, year), list(EDGE_COLUMNS))
    parts += _origins(origins, at)
    parts += _legend(categories, year, at.height + 8)
    return svg.picture(WIDTH, at.height + LEGEND_PX, diffusion_alt(edges, year), parts)


def _arrowheads() -> str:
    """An arrowhead per category colour, in the colour of its line."""
    heads = "".join(
        f'<marker id="pijl-{index}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" '
        'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">'
        f'<path d="M0,0 L10,5 L0,10 Z" fill="{colour}"/></marker>'
        for index, colour in enumerate(palette.PILOT_CATEGORY_COLOURS.values())
    )
    return f"<defs>{heads}</defs>"


def _backdrop(marts, at: _Projection) -> list[str]:
    """The district borders, their names, and a grey dot at every municipality."""
    borders = [
        svg.path([at(lon, lat) for lon, lat in ring], palette.PILOT_BORDER, 1.5)
        for ring in district_outlines(marts.district_shapes)
    ]
    towns = marts.municipalities
    dots = [
        svg.circle(*at(lon, lat), 2, palette.CHART_GRID, palette.CHART_GRID, name)
        for lon, lat, name in zip(towns["lon"], towns["lat"], towns["name"], strict=True)
    ]
    names = district_names(marts.districts)
    points = marts.district_shapes.set_index("district_code").geometry.representative_point()
    written = [
        svg.text(*at(point.x, point.y), names.get(code, code), "middle")
        for code, point in points.items()
    ]
    style = {"font_size": "13", "font_style": "italic", "fill": palette.PILOT_DISTRICT_NAME}
    style |= _halo()
    return [*borders, *dots, svg.group(written, **style)]


def _category(category) -> tuple[str, str, int]:
    """(colour, name, index of its arrowhead) of a category."""
    colours = palette.PILOT_CATEGORY_COLOURS
    name = labels.PILOT_CATEGORY.get(category, texts.PILOTS_NO_CATEGORY)
    index = list(colours).index(category if category in colours else None)
    return colours.get(category, colours[None]), name, index


def _arrows(edges: list[dict], category, year: int, at: _Projection) -> list[str]:
    """A line with a head from origin to adopter, stopping short of the adopter's dot; the
    chosen year's drawn heavy, earlier years' thin (both in the full colour: 3:1 on white)."""
    colour, _, index = _category(category)
    arrows = []
    for e in edges:
        x1, y1 = at(e["origin_lon"], e["origin_lat"])
        x2, y2 = at(e["adopter_lon"], e["adopter_lat"])
        length = math.hypot(x2 - x1, y2 - y1) or 1
        short = min(8 / length, 0.5)
        x2, y2 = x2 - (x2 - x1) * short, y2 - (y2 - y1) * short
        width = 3 if e["year"] == year else 1.2
        arrows.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{width}" marker-end="url(#pijl-{index})"/>'
        )
    return arrows


def _adopters(edges: list[dict], category, named_year: int | None, at: _Projection) -> list[str]:
    """A dot at every adopter, what a pointer used to tell in its title; the adopters of
    `named_year` (the chosen year's, when they are few) named beside their dot."""
    colour, _, _ = _category(category)
    parts = []
    for e in edges:
        said = texts.PILOTS_HOVER_EDGE.format(
            pilot=e["pilot"], origin=e["origin"], date=dutch.month(e["since"])
        )
        parts.append(svg.circle(*at(e["adopter_lon"], e["adopter_lat"]), 5, colour,
                                palette.CHART_TEXT, f"{e['adopter']} {said}"))  # fmt: skip
    new = [e for e in edges if e["year"] == named_year]
    if new:
        written = [
            svg.text(at(e["adopter_lon"], e["adopter_lat"])[0] + 8,
                     at(e["adopter_lon"], e["adopter_lat"])[1], e["adopter"])
            for e in new
        ]  # fmt: skip
        parts.append(svg.group(written, font_size=SMALL_PX, **_halo()))
    return parts


def _halo() -> dict[str, str]:
    """A white edge under written names, so lines and dots behind never cut them."""
    return {"paint_order": "stroke", "stroke": palette.CHART_BACKGROUND, "stroke_width": "3"}


def _star(x: float, y: float, title: str = "", size: float = 10) -> str:
    points = " ".join(
        f"{x + (size if i % 2 == 0 else size * 0.45) * math.sin(i * math.pi / 5):.1f},"
        f"{y - (size if i % 2 == 0 else size * 0.45) * math.cos(i * math.pi / 5):.1f}"
        for i in range(10)
    )
    tip = f"<title>{literal(title)}</title>" if title else ""
    return (
        f'<polygon points="{points}" fill="{palette.CHART_BACKGROUND}" '
        f'stroke="{palette.CHART_TEXT}" stroke-width="2">{tip}</polygon>'
    )


def _origins(origins: list[dict], at: _Projection) -> list[str]:
    """A star at every origin, its pilots in its title; named beside it when there are few."""
    by_origin: dict[str, list[dict]] = {}
    for e in origins:
        by_origin.setdefault(e["origin_code"], []).append(e)
    few = len(by_origin) <= FEW_ORIGINS
    stars, names = [], []
    for code in sorted(by_origin):
        group = by_origin[code]
        first = group[0]
        pilots = sorted({e["pilot"] for e in group})
        started = texts.PILOTS_HOVER_ORIGIN.format(
            pilots=dutch.count(len(pilots), *texts.PILOT_WORDS)
        )
        x, y = at(first["origin_lon"], first["origin_lat"])
        title = f"{first['origin']}: {started} {', '.join(pilots[:ORIGIN_NAMES])}"
        stars.append(_star(x, y, title))
        if few:
            names.append(svg.text(x - 14, y, first["origin"], "end"))
    return [*stars, svg.group(names, **_halo())]


def _legend(categories: list, year: int, top: float) -> list[str]:
    """The categories drawn, the star, and what a heavy arrow means."""
    entries = [(_category(c)[1], _category(c)[0]) for c in categories]
    parts = svg.legend(entries, MARGIN, top)
    parts += [_star(MARGIN + 7, top + 31, size=8)]
    parts.append(svg.text(MARGIN + 20, top + 31, texts.PILOTS_DIFFUSION_ORIGIN))
    heavy = texts.PILOTS_DIFFUSION_HEAVY.format(year=year)
    return [*parts, svg.text(MARGIN, top + 55, heavy)]


def diffusion_alt(edges: pd.DataFrame, year: int) -> str:
    """The diffusion figure in one sentence, for screen readers."""
    drawn = edges_until(edges, year)
    return texts.PILOTS_DIFFUSION_ALT.format(
        adoptions=dutch.count(len(drawn), *texts.ADOPTION_WORDS),
        year=year,
        origins=dutch.count(drawn["origin_code"].nunique(), *texts.MUNICIPALITY_WORDS),
    )
