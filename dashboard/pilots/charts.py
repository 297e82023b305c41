"""Plotly figures of the pilots: the timeline, the diffusion between municipalities, the results.

Offline by construction: plain cartesian traces only (a diffusion "map" is a scatter of the
municipalities' centroids in longitude and latitude, with the district borders drawn as lines),
no geo or mapbox traces that fetch maps from a CDN. Colour is never the only carrier: status,
category and values are also in the legend, the hover and the text. Every register text that
reaches plotly is HTML-escaped (plotly renders a subset of HTML in labels and hovers).
"""

from __future__ import annotations

import html
import math

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from dashboard.governance.workplan_chart import short_title
from dashboard.pilots.explorer import edges_until, month, number, origins_until
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab

STATUS_COLOURS = {  # Okabe-Ito
    "gepland": "#0072B2",  # blue
    "lopend": "#E69F00",  # orange
    "afgerond": "#009E73",  # bluish green
    "geborgd": "#CC79A7",  # reddish purple
    "gestopt": "#D55E00",  # vermillion
    None: "#999999",  # unknown: grey
}
STATUS_TEXT_COLOURS = {"gepland": "#FFFFFF"}  # white only where it reaches 4.5:1
CATEGORY_COLOURS = {  # Okabe-Ito
    "passend vervoer": "#0072B2",
    "triage": "#D55E00",
    "beoordelingslocaties": "#009E73",
    None: "#CC79A7",
}
DARK = "#1A1A1A"
GREY = "#8C8C8C"
LIGHT = "#D0D0D0"
FONT = {"size": 14, "color": DARK}
SMALL = {"size": 12, "color": DARK}
CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False}
ROW_HEIGHT = 30
FEW_ROWS = 10
LABEL_WIDTH = 46
HOVER_NAMES_PER_LINE = 5
# A degree of latitude is about 1,6 degrees of longitude long at 52° north.
LAT_SCALE = 1 / math.cos(math.radians(52.2))
OUTLINE_TOLERANCE = 0.004  # degrees: district borders simplified for the diffusion figure


def _escape(text: object) -> str:
    return html.escape(str(text))


def _base_layout(height: int, **extra) -> dict:
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 40},
        "font": FONT,
        "plot_bgcolor": "#FFFFFF",
        "paper_bgcolor": "#FFFFFF",
        "hoverlabel": {"align": "left", "bgcolor": "#FFFFFF", "bordercolor": DARK, "font": FONT},
        "legend": {"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "font": FONT},
    }
    return layout | extra


def _names_html(names: list[str]) -> str:
    """Names in lines of a few, escaped, for a hover."""
    rows = [names[i : i + HOVER_NAMES_PER_LINE] for i in range(0, len(names), HOVER_NAMES_PER_LINE)]
    return "<br>".join(_escape(", ".join(row)) for row in rows)


# --- timeline ----------------------------------------------------------------------------------


def timeline(pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame) -> go.Figure:
    """A bar per pilot from start to end (hatched up to the edge when the end is unknown), a
    diamond where other municipalities adopted it. A pilot without a known start has no bar:
    its label says so, and its adoptions still show."""
    rows = _records(pilots, ["pilot_id", "name", "status", "start_date", "end_date"])
    adoptions = _records(
        sites[(sites["role"] == vocab.SITE_ROLES[1]) & sites["since"].notna()],
        ["pilot_id", "municipality_code", "since"],
    )
    dates = [r[k] for r in rows for k in ("start_date", "end_date") if r[k] is not None]
    dates += [a["since"] for a in adoptions]
    first = min(dates, default=pd.Timestamp("2019-01-01"))
    horizon = pd.Timestamp(year=max(dates, default=first).year + 1, month=12, day=31)
    order = [r["pilot_id"] for r in rows]
    ticktext = [
        _escape(short_title(r["name"], LABEL_WIDTH, 1)[0])
        + ("" if r["start_date"] is not None else _escape(texts.PILOTS_TIMELINE_NO_START))
        for r in rows
    ]
    traces = []
    for status in [*vocab.PILOT_STATUSES, None]:
        label = _escape(labels.PILOT_STATUS.get(status, frame_texts.UNKNOWN))
        for open_end in (False, True):
            bars = [
                r for r in rows
                if r["start_date"] is not None and r["status"] == status
                and (r["end_date"] is None) == open_end
            ]  # fmt: skip
            if bars:
                traces.append(_bars(bars, status, label, open_end, horizon))
    names = dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True))
    traces += _adoption_markers(rows, adoptions, names)
    layout = _base_layout(
        140 + ROW_HEIGHT * max(len(order), 1),
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": order,
            "tickmode": "array",
            "tickvals": order,
            "ticktext": ticktext,
            "autorange": "reversed",
            "automargin": True,
            "tickfont": SMALL,
        },
        xaxis={
            "type": "date",
            "range": [(first - pd.DateOffset(months=3)).isoformat(), horizon.isoformat()],
            "dtick": "M12",
            "tickformat": "%Y",
            "ticklabelmode": "period",
            "showgrid": True,
            "gridcolor": LIGHT,
            "tickfont": FONT,
            "side": "top",
        },
        barmode="overlay",
        uniformtext={"minsize": 11, "mode": "hide"},
        legend={
            "orientation": "h",
            "x": 0,
            "y": -0.02 if len(order) > 6 else -0.15,
            "yanchor": "top",
            "font": FONT,
            "title": {"text": _escape(texts.PILOTS_TIMELINE_LEGEND), "font": FONT},
        },
    )
    return go.Figure(data=traces, layout=layout, _validate=False)


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    """Rows as plain dicts, missing values as None: loops over them are cheap (no pandas)."""
    lists = {c: frame[c].tolist() for c in columns}
    return [
        {c: (None if pd.isna(lists[c][i]) else lists[c][i]) for c in columns}
        for i in range(len(frame))
    ]


def _bars(bars: list[dict], status, label: str, open_end: bool, horizon) -> dict:
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS[None])
    day = 86_400_000  # ms: a bar ends at the end of its last day
    spans = [((r["end_date"] or horizon) - r["start_date"]).total_seconds() * 1000 + day
             for r in bars]  # fmt: skip
    marker = {"color": colour, "line": {"color": DARK, "width": 1}}
    if open_end:  # hatched on white: the status word stays dark to be readable on it
        marker["pattern"] = {"shape": "/", "fgcolor": colour, "bgcolor": "#FFFFFF", "solidity": 0.4}
    name = label + (_escape(texts.PILOTS_TIMELINE_OPEN) if open_end else "")
    return dict(
        type="bar",
        orientation="h",
        y=[r["pilot_id"] for r in bars],
        base=[r["start_date"].isoformat() for r in bars],
        x=spans,
        name=name,
        legendgroup=label,
        marker=marker,
        text=[label] * len(bars),
        textposition="inside",
        insidetextanchor="start",
        textfont={"color": DARK if open_end else STATUS_TEXT_COLOURS.get(status, DARK), "size": 12},
        customdata=[
            [
                _escape(r["name"]),
                _escape(month(r["start_date"])),
                _escape(texts.PILOTS_END_OPEN if open_end else month(r["end_date"])),
                label,
            ]
            for r in bars
        ],
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>"
            f"{_escape(texts.PILOTS_HOVER_PERIOD)}: %{{customdata[1]}} – %{{customdata[2]}}<br>"
            f"{_escape(texts.PILOTS_HOVER_STATUS)}: %{{customdata[3]}}<extra></extra>"
        ),
    )


def _adoption_markers(
    rows: list[dict], adoptions: list[dict], places: dict[str, str]
) -> list[dict]:
    names = {r["pilot_id"]: r["name"] for r in rows}
    groups: dict[tuple[str, pd.Timestamp], list[str]] = {}
    for a in adoptions:
        if a["pilot_id"] in names:
            key = (a["pilot_id"], a["since"])
            groups.setdefault(key, []).append(
                places.get(a["municipality_code"], a["municipality_code"])
            )
    if not groups:
        return []
    ys, xs, hover, labels = [], [], [], []
    for (pilot_id, since), adopters in sorted(groups.items()):
        adopters = sorted(adopters)
        ys.append(pilot_id)
        xs.append(since.isoformat())
        labels.append(_escape(_adopter_label(adopters)))
        hover.append(
            f"<b>{_escape(names[pilot_id])}</b><br>"
            + _escape(texts.PILOTS_HOVER_ADOPTED.format(n=number(len(adopters)), date=month(since)))
            + "<br>"
            + _names_html(adopters)
        )
    few = len(rows) <= FEW_ROWS  # room to write who adopted beside each diamond
    return [
        dict(
            type="scatter",
            x=xs,
            y=ys,
            mode="markers+text" if few else "markers",
            text=labels if few else None,
            textposition="middle right",
            textfont=SMALL,
            name=_escape(texts.PILOTS_TIMELINE_ADOPTION),
            marker={
                "symbol": "diamond",
                "size": 12,
                "color": DARK,
                "line": {"color": "#FFFFFF", "width": 1},
            },
            hovertext=hover,
            hoverinfo="text",
        )
    ]


def _adopter_label(adopters: list[str]) -> str:
    if len(adopters) == 1:
        return adopters[0]
    return texts.PILOTS_MUNICIPALITIES.format(n=number(len(adopters)))


def timeline_alt(pilots: pd.DataFrame) -> str:
    """The timeline in one sentence, for screen readers."""
    return texts.PILOTS_TIMELINE_ALT.format(
        n=number(len(pilots)),
        undated=number(int(pilots["start_date"].isna().sum())),
    )


# --- diffusion ---------------------------------------------------------------------------------


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
    and municipalities as a backdrop. `edges` is `pilots.diffusion_edges`.

    Traces and annotations are collected as plain dicts and validated once: adding ~100 arrows
    one by one would validate the layout ~100 times."""
    drawn = edges_until(edges, year)
    municipalities = marts.municipalities
    xs, ys = district_outlines(marts.district_shapes)
    traces = [
        {"type": "scatter", "x": xs, "y": ys, "mode": "lines",
         "line": {"color": GREY, "width": 1.5}, "hoverinfo": "skip", "showlegend": False},
        {"type": "scatter", "x": municipalities["lon"].round(4).tolist(),
         "y": municipalities["lat"].round(4).tolist(), "mode": "markers",
         "marker": {"size": 4, "color": LIGHT},
         "hovertext": [_escape(name) for name in municipalities["name"]],
         "hoverinfo": "text", "showlegend": False},
    ]  # fmt: skip
    annotations = _district_names(marts.districts, marts.district_shapes)
    columns = ["pilot", "category", "origin_code", "origin", "origin_lon", "origin_lat",
               "adopter", "adopter_lon", "adopter_lat", "since", "year"]  # fmt: skip
    records = _records(drawn, columns)
    for category in [*vocab.PILOT_CATEGORIES, None]:
        part = [e for e in records if e["category"] == category]
        if part:
            annotations += _arrows(part, category, year)
            traces.append(_adopters(part, category))
    origins = _records(origins_until(edges, year), columns)
    if origins:
        traces.append(_origins(origins))
    layout = _base_layout(
        640,
        dragmode=False,
        annotations=annotations,
        xaxis={"visible": False, "fixedrange": True},
        yaxis={"visible": False, "fixedrange": True, "scaleanchor": "x",
               "scaleratio": LAT_SCALE},
    )  # fmt: skip
    return go.Figure(data=traces, layout=layout, _validate=False)


def _district_names(districts: pd.DataFrame, district_shapes) -> list[dict]:
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    points = district_shapes.set_index("district_code").geometry.representative_point()
    return [
        {"x": round(point.x, 4), "y": round(point.y, 4), "showarrow": False, "opacity": 0.9,
         "text": f"<i>{_escape(names.get(code, code))}</i>",
         "font": {"size": 13, "color": "#555555"}}
        for code, point in points.items()
    ]  # fmt: skip


def _category(category) -> tuple[str, str]:
    colour = CATEGORY_COLOURS.get(category, CATEGORY_COLOURS[None])
    return colour, _escape(labels.PILOT_CATEGORY.get(category, texts.PILOTS_NO_CATEGORY))


def _arrows(edges: list[dict], category, year: int) -> list[dict]:
    colour, _ = _category(category)
    arrows = []
    for e in edges:
        new = e["year"] == year
        arrows.append(
            {"x": e["adopter_lon"], "y": e["adopter_lat"], "ax": e["origin_lon"],
             "ay": e["origin_lat"], "xref": "x", "yref": "y", "axref": "x", "ayref": "y",
             "text": "", "showarrow": True, "arrowhead": 2, "arrowsize": 1.1 if new else 0.8,
             "arrowwidth": 3 if new else 1.2, "arrowcolor": colour, "standoff": 5,
             "opacity": 1 if new else 0.45}
        )  # fmt: skip
    return arrows


def _adopters(edges: list[dict], category) -> dict:
    colour, label = _category(category)
    hover = [
        f"<b>{_escape(e['adopter'])}</b><br>"
        + _escape(
            texts.PILOTS_HOVER_EDGE.format(
                pilot=e["pilot"], origin=e["origin"], date=month(e["since"])
            )
        )
        for e in edges
    ]
    return {
        "type": "scatter", "x": [e["adopter_lon"] for e in edges],
        "y": [e["adopter_lat"] for e in edges], "mode": "markers", "name": label,
        "hovertext": hover, "hoverinfo": "text",
        "marker": {"size": 10, "color": colour, "line": {"color": DARK, "width": 1}},
    }  # fmt: skip


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
        names.append(_escape(first["origin"]))
        hover.append(
            f"<b>{_escape(first['origin'])}</b><br>"
            + _escape(texts.PILOTS_HOVER_ORIGIN.format(n=number(len(pilots))))
            + "<br>"
            + "<br>".join(_escape(p) for p in pilots[:8])
        )
    few = len(xs) <= 10  # room to name every origin
    return {
        "type": "scatter", "x": xs, "y": ys, "mode": "markers+text" if few else "markers",
        "text": names if few else None, "textposition": "middle left",
        "textfont": {"size": 14, "color": DARK},
        "marker": {"symbol": "star", "size": 20, "color": "#FFFFFF",
                   "line": {"color": DARK, "width": 2}},
        "name": _escape(texts.PILOTS_DIFFUSION_ORIGIN), "hovertext": hover, "hoverinfo": "text",
    }  # fmt: skip


def diffusion_alt(edges: pd.DataFrame, year: int) -> str:
    """The diffusion figure in one sentence, for screen readers."""
    drawn = edges_until(edges, year)
    return texts.PILOTS_DIFFUSION_ALT.format(
        n=number(len(drawn)),
        year=year,
        origins=number(drawn["origin_code"].nunique()),
    )


# --- results -----------------------------------------------------------------------------------


def results_chart(results: pd.DataFrame) -> go.Figure:
    """One bar per pilot with a number for this indicator, its value and unit written beside it.

    `results` is `pilots.indicator_results` (one indicator, a `pilot` name column)."""
    numeric = results[results["value"].notna()]
    units = sorted(set(numeric["unit"].dropna()))
    labels = [_escape(short_title(name, LABEL_WIDTH, 1)[0]) for name in numeric["pilot"]]
    values = [
        number(v) + (f" {u}" if pd.notna(u) and len(units) > 1 else "")
        for v, u in zip(numeric["value"], numeric["unit"], strict=True)
    ]
    bars = dict(
        type="bar",
        orientation="h",
        y=list(range(len(numeric))),
        x=numeric["value"].tolist(),
        marker={"color": "#0072B2", "line": {"color": DARK, "width": 1}},
        text=[_escape(v) for v in values],
        textposition="outside",
        cliponaxis=False,
        customdata=[
            [_escape(name), _escape(value), _escape(month(when) or frame_texts.UNKNOWN)]
            for name, value, when in zip(
                numeric["pilot"], values, numeric["measured_on"], strict=True
            )
        ],
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
            f"{_escape(texts.PILOTS_HOVER_MEASURED)}: %{{customdata[2]}}<extra></extra>"
        ),
        showlegend=False,
    )
    axis = units[0] if len(units) == 1 else texts.PILOTS_RESULTS_MIXED_UNITS
    layout = _base_layout(
        110 + ROW_HEIGHT * max(len(numeric), 1),
        separators=",.",
        yaxis={
            "tickmode": "array",
            "tickvals": list(range(len(numeric))),
            "ticktext": labels,
            "autorange": "reversed",
            "automargin": True,
            "tickfont": SMALL,
        },
        xaxis={
            "title": {"text": _escape(axis), "font": FONT},
            "showgrid": True,
            "gridcolor": LIGHT,
            "tickfont": FONT,
            "separatethousands": True,
            "rangemode": "tozero",
        },
    )
    return go.Figure(data=[bars], layout=layout, _validate=False)
