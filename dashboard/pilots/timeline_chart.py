"""The pilots' timeline: a bar per pilot from start to end, a diamond where others adopted it.

Colour is never the only carrier: the status is also written in each bar and in the legend.
A pilot without a known start has no bar (never one on a guessed date): its label says so.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.governance.workplan_chart import short_title
from dashboard.pilots.chart_style import (
    FEW_ROWS,
    FONT,
    LABEL_WIDTH,
    ROW_HEIGHT,
    SMALL,
    base_layout,
    names_html,
)
from dashboard.pilots.records import records
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import municipality_names

DAY_MS = 86_400_000  # a bar ends at the end of its last day


def timeline(pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame) -> go.Figure:
    """A bar per pilot from start to end (hatched up to the edge when the end is unknown), a
    diamond where other municipalities adopted it. A pilot without a known start has no bar:
    its label says so, and its adoptions still show."""
    rows = records(pilots, ["pilot_id", "name", "status", "start_date", "end_date"])
    adoptions = records(
        sites[(sites["role"] == vocab.SITE_ROLES[1]) & sites["since"].notna()],
        ["pilot_id", "municipality_code", "since"],
    )
    dates = [r[k] for r in rows for k in ("start_date", "end_date") if r[k] is not None]
    dates += [a["since"] for a in adoptions]
    first = min(dates, default=pd.Timestamp("2019-01-01"))
    horizon = pd.Timestamp(year=max(dates, default=first).year + 1, month=12, day=31)
    traces = _status_bars(rows, horizon)
    traces += _adoption_markers(rows, adoptions, municipality_names(municipalities))
    layout = _layout(rows, first, horizon)
    return go.Figure(data=traces, layout=layout, _validate=False)


def _status_bars(rows: list[dict], horizon: pd.Timestamp) -> list[dict]:
    """One bar trace per status, and per known or unknown end, of the pilots with a start."""
    traces = []
    for status in [*vocab.PILOT_STATUSES, None]:
        label = labels.PILOT_STATUS.get(status, frame_texts.UNKNOWN)
        dated = [r for r in rows if r["start_date"] is not None and r["status"] == status]
        for open_end in (False, True):
            bars = [r for r in dated if (r["end_date"] is None) == open_end]
            if bars:
                traces.append(_bars(bars, status, label, open_end, horizon))
    return traces


def _layout(rows: list[dict], first: pd.Timestamp, horizon: pd.Timestamp) -> dict:
    """A row per pilot (its short name, and whether the start is unknown), years on top."""
    order = [r["pilot_id"] for r in rows]
    ticktext = [
        literal(short_title(r["name"], LABEL_WIDTH, 1)[0])
        + ("" if r["start_date"] is not None else texts.PILOTS_TIMELINE_NO_START)
        for r in rows
    ]
    return base_layout(
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
            "gridcolor": palette.CHART_GRID,
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
            "title": {"text": texts.PILOTS_TIMELINE_LEGEND, "font": FONT},
        },
    )


def _bars(bars: list[dict], status, label: str, open_end: bool, horizon) -> dict:
    colour = palette.PILOT_STATUS_COLOURS.get(status, palette.PILOT_STATUS_COLOURS[None])
    dark = palette.CHART_TEXT
    spans = [
        ((r["end_date"] or horizon) - r["start_date"]).total_seconds() * 1000 + DAY_MS for r in bars
    ]
    marker = {"color": colour, "line": {"color": dark, "width": 1}}
    if open_end:  # hatched on white: the status word stays dark to be readable on it
        marker["pattern"] = {
            "shape": "/",
            "fgcolor": colour,
            "bgcolor": palette.CHART_BACKGROUND,
            "solidity": 0.4,
        }
    text_colour = dark if open_end else palette.PILOT_STATUS_TEXT_COLOURS.get(status, dark)
    end = texts.PILOTS_END_OPEN if open_end else None
    return dict(
        type="bar",
        orientation="h",
        y=[r["pilot_id"] for r in bars],
        base=[r["start_date"].isoformat() for r in bars],
        x=spans,
        name=label + (texts.PILOTS_TIMELINE_OPEN if open_end else ""),
        legendgroup=label,
        marker=marker,
        text=[label] * len(bars),
        textposition="inside",
        insidetextanchor="start",
        textfont={"color": text_colour, "size": 12},
        customdata=[
            [
                literal(r["name"]),
                dutch.month(r["start_date"]),
                end or dutch.month(r["end_date"]),
                label,
            ]
            for r in bars
        ],
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>"
            f"{texts.PILOTS_HOVER_PERIOD}: %{{customdata[1]}} – %{{customdata[2]}}<br>"
            f"{texts.PILOTS_HOVER_STATUS}: %{{customdata[3]}}<extra></extra>"
        ),
    )


def _adoption_markers(
    rows: list[dict], adoptions: list[dict], places: dict[str, str]
) -> list[dict]:
    """Diamonds where a pilot was adopted, one per pilot and date, naming who adopted it."""
    names = {r["pilot_id"]: r["name"] for r in rows}
    groups: dict[tuple[str, pd.Timestamp], list[str]] = {}
    for a in adoptions:
        if a["pilot_id"] in names:
            place = places.get(a["municipality_code"], a["municipality_code"])
            groups.setdefault((a["pilot_id"], a["since"]), []).append(place)
    if not groups:
        return []
    ys, xs, hover, words = [], [], [], []
    for (pilot_id, since), adopters in sorted(groups.items()):
        adopters = sorted(adopters)
        ys.append(pilot_id)
        xs.append(since.isoformat())
        words.append(literal(_adopter_label(adopters)))
        adopted = texts.PILOTS_HOVER_ADOPTED.format(
            n=dutch.number(len(adopters)), date=dutch.month(since)
        )
        hover.append(f"<b>{literal(names[pilot_id])}</b><br>{adopted}<br>{names_html(adopters)}")
    few = len(rows) <= FEW_ROWS  # room to write who adopted beside each diamond
    marker = {
        "symbol": "diamond",
        "size": 12,
        "color": palette.CHART_TEXT,
        "line": {"color": palette.CHART_BACKGROUND, "width": 1},
    }
    return [
        dict(
            type="scatter",
            x=xs,
            y=ys,
            mode="markers+text" if few else "markers",
            text=words if few else None,
            textposition="middle right",
            textfont=SMALL,
            name=texts.PILOTS_TIMELINE_ADOPTION,
            marker=marker,
            hovertext=hover,
            hoverinfo="text",
        )
    ]


def _adopter_label(adopters: list[str]) -> str:
    if len(adopters) == 1:
        return adopters[0]
    return texts.PILOTS_MUNICIPALITIES.format(n=dutch.number(len(adopters)))
