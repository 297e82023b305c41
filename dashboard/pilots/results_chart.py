"""The results of one indicator compared across pilots: a bar per pilot that reports a number.

The value and unit are written beside each bar (colour carries nothing); results in words only
are shown beside the figure, never turned into bars.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.governance.workplan_chart import short_title
from dashboard.pilots.chart_style import FONT, LABEL_WIDTH, ROW_HEIGHT, SMALL, base_layout
from dashboard.texts import frame as frame_texts
from dashboard.texts import pilots as texts
from etl.core import dutch


def results_chart(results: pd.DataFrame) -> go.Figure:
    """One bar per pilot with a number for this indicator, its value and unit written beside it.

    `results` is `results.indicator_results` (one indicator, a `pilot` name column)."""
    numeric = results[results["value"].notna()]
    units = sorted(set(numeric["unit"].dropna()))
    names = [literal(short_title(name, LABEL_WIDTH, 1)[0]) for name in numeric["pilot"]]
    values = [
        dutch.number(v) + (f" {literal(u)}" if pd.notna(u) and len(units) > 1 else "")
        for v, u in zip(numeric["value"], numeric["unit"], strict=True)
    ]
    measured = [dutch.month(when) or frame_texts.UNKNOWN for when in numeric["measured_on"]]
    bars = dict(
        type="bar",
        orientation="h",
        y=list(range(len(numeric))),
        x=numeric["value"].tolist(),
        marker={
            "color": palette.PILOT_RESULT_BAR,
            "line": {"color": palette.CHART_TEXT, "width": 1},
        },
        text=values,
        textposition="outside",
        cliponaxis=False,
        customdata=[
            [literal(name), value, when]
            for name, value, when in zip(numeric["pilot"], values, measured, strict=True)
        ],
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
            f"{texts.PILOTS_HOVER_MEASURED}: %{{customdata[2]}}<extra></extra>"
        ),
        showlegend=False,
    )
    axis = literal(units[0]) if len(units) == 1 else texts.PILOTS_RESULTS_MIXED_UNITS
    layout = base_layout(
        110 + ROW_HEIGHT * max(len(numeric), 1),
        separators=",.",
        yaxis={
            "tickmode": "array",
            "tickvals": list(range(len(numeric))),
            "ticktext": names,
            "autorange": "reversed",
            "automargin": True,
            "tickfont": SMALL,
        },
        xaxis={
            "title": {"text": axis, "font": FONT},
            "showgrid": True,
            "gridcolor": palette.CHART_GRID,
            "tickfont": FONT,
            "separatethousands": True,
            "rangemode": "tozero",
        },
    )
    return go.Figure(data=[bars], layout=layout, _validate=False)
