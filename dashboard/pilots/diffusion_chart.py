"""The diffusion figure: arrows from where a pilot started to where it was adopted, up to a year.

A "map" without map tiles: a scatter of the municipalities' centroids in longitude and latitude,
the district borders drawn as lines. The category is in the colour and in the legend; those of
the chosen year are drawn heavier. Traces and annotations are collected as plain dicts and
validated once: adding ~100 arrows one by one would validate the layout ~100 times.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.pilots.chart_style import base_layout
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
ORIGIN_NAMES = 8  # pilot names listed in an origin's hover
FEW_ORIGINS = 10  # up to this many origins, each is named beside its star


def district_outlines(district_shapes: gpd.GeoDataFrame) -> tuple[list, list]:
    """The district borders as one line trace's x and y (None between rings), simplified."""
    xs: list = []
    ys: list = []
    for geometry in district_shapes.geometry.simplify(OUTLINE_TOLERANCE):
        polygons = getattr(geometry, "geoms", [geometry])
        for polygon in polygons:
            for ring in [polygon.exterior, *polygon.interiors]:
                x, y = ring.coords.xy
                xs += [round(v, 4) for v in x] + [None]
                ys += [round(v, 4) for v in y] + [None]
    return xs, ys


def diffusion(edges: pd.DataFrame, year: int, marts) -> go.Figure:
    """Arrows from origin to adopter for the adoptions with a known year up to `year`, those of
    `year` itself drawn heavier; a star at every origin that had started by then; the districts
    and municipalities as a backdrop. `edges` is `diffusion.diffusion_edges`."""
    traces = _backdrop(marts)
    annotations = _district_names(marts.districts, marts.district_shapes)
    drawn = records(edges_until(edges, year), list(EDGE_COLUMNS))
    for category in [*vocab.PILOT_CATEGORIES, None]:
        part = [e for e in drawn if e["category"] == category]
        if part:
            annotations += _arrows(part, category, year)
            traces.append(_adopters(part, category))
    origins = records(origins_until(edges, year), list(EDGE_COLUMNS))
    if origins:
        traces.append(_origins(origins))
    layout = base_layout(
        640,
        dragmode=False,
        annotations=annotations,
        xaxis={"visible": False, "fixedrange": True},
        yaxis={
            "visible": False,
            "fixedrange": True,
            "scaleanchor": "x",
            "scaleratio": LAT_SCALE,
        },
    )
    return go.Figure(data=traces, layout=layout, _validate=False)


def _backdrop(marts) -> list[dict]:
    """The district borders and a dot at every municipality (named in its hover)."""
    xs, ys = district_outlines(marts.district_shapes)
    municipalities = marts.municipalities
    border = {"color": palette.PILOT_BORDER, "width": 1.5}
    return [
        {
            "type": "scatter",
            "x": xs,
            "y": ys,
            "mode": "lines",
            "line": border,
            "hoverinfo": "skip",
            "showlegend": False,
        },
        {
            "type": "scatter",
            "x": municipalities["lon"].round(4).tolist(),
            "y": municipalities["lat"].round(4).tolist(),
            "mode": "markers",
            "marker": {"size": 4, "color": palette.CHART_GRID},
            "hovertext": [literal(name) for name in municipalities["name"]],
            "hoverinfo": "text",
            "showlegend": False,
        },
    ]


def _district_names(districts: pd.DataFrame, district_shapes) -> list[dict]:
    names = district_names(districts)
    points = district_shapes.set_index("district_code").geometry.representative_point()
    font = {"size": 13, "color": palette.PILOT_DISTRICT_NAME}
    return [
        {
            "x": round(point.x, 4),
            "y": round(point.y, 4),
            "showarrow": False,
            "opacity": 0.9,
            "text": f"<i>{literal(names.get(code, code))}</i>",
            "font": font,
        }
        for code, point in points.items()
    ]


def _category(category) -> tuple[str, str]:
    colours = palette.PILOT_CATEGORY_COLOURS
    return colours.get(category, colours[None]), labels.PILOT_CATEGORY.get(
        category, texts.PILOTS_NO_CATEGORY
    )


def _arrows(edges: list[dict], category, year: int) -> list[dict]:
    colour, _ = _category(category)
    arrows = []
    for e in edges:
        new = e["year"] == year
        arrows.append(
            {
                "x": e["adopter_lon"],
                "y": e["adopter_lat"],
                "ax": e["origin_lon"],
                "ay": e["origin_lat"],
                "xref": "x",
                "yref": "y",
                "axref": "x",
                "ayref": "y",
                "text": "",
                "showarrow": True,
                "arrowhead": 2,
                "arrowsize": 1.1 if new else 0.8,
                "arrowwidth": 3 if new else 1.2,
                "arrowcolor": colour,
                "standoff": 5,
                "opacity": 1 if new else 0.45,
            }
        )
    return arrows


def _adopters(edges: list[dict], category) -> dict:
    colour, label = _category(category)
    hover = [
        f"<b>{literal(e['adopter'])}</b><br>"
        + texts.PILOTS_HOVER_EDGE.format(
            pilot=literal(e["pilot"]), origin=literal(e["origin"]), date=dutch.month(e["since"])
        )
        for e in edges
    ]
    return {
        "type": "scatter",
        "x": [e["adopter_lon"] for e in edges],
        "y": [e["adopter_lat"] for e in edges],
        "mode": "markers",
        "name": label,
        "hovertext": hover,
        "hoverinfo": "text",
        "marker": {"size": 10, "color": colour, "line": {"color": palette.CHART_TEXT, "width": 1}},
    }


def _origins(origins: list[dict]) -> dict:
    by_origin: dict[str, list[dict]] = {}
    for e in origins:
        by_origin.setdefault(e["origin_code"], []).append(e)
    xs, ys, hover, names = [], [], [], []
    for code in sorted(by_origin):
        group = by_origin[code]
        first = group[0]
        pilots = sorted({e["pilot"] for e in group})
        xs.append(first["origin_lon"])
        ys.append(first["origin_lat"])
        names.append(literal(first["origin"]))
        started = texts.PILOTS_HOVER_ORIGIN.format(
            pilots=dutch.count(len(pilots), *texts.PILOT_WORDS)
        )
        listed = "<br>".join(literal(p) for p in pilots[:ORIGIN_NAMES])
        hover.append(f"<b>{literal(first['origin'])}</b><br>{started}<br>{listed}")
    few = len(xs) <= FEW_ORIGINS
    return {
        "type": "scatter",
        "x": xs,
        "y": ys,
        "mode": "markers+text" if few else "markers",
        "text": names if few else None,
        "textposition": "middle left",
        "textfont": {"size": 14, "color": palette.CHART_TEXT},
        "marker": {
            "symbol": "star",
            "size": 20,
            "color": palette.CHART_BACKGROUND,
            "line": {"color": palette.CHART_TEXT, "width": 2},
        },
        "name": texts.PILOTS_DIFFUSION_ORIGIN,
        "hovertext": hover,
        "hoverinfo": "text",
    }


def diffusion_alt(edges: pd.DataFrame, year: int) -> str:
    """The diffusion figure in one sentence, for screen readers."""
    drawn = edges_until(edges, year)
    return texts.PILOTS_DIFFUSION_ALT.format(
        adoptions=dutch.count(len(drawn), *texts.ADOPTION_WORDS),
        year=year,
        origins=dutch.count(drawn["origin_code"].nunique(), *texts.MUNICIPALITY_WORDS),
    )
