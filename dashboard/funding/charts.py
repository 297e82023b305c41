"""The budget split as a plotly bar chart, with the amounts written on the bars (pure)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.display.palette import (
    BUDGET_COLOUR,
    CHART_BACKGROUND,
    CHART_GRID,
    CHART_TEXT,
    COVERED_COLOUR,
    OUTLINE,
)
from dashboard.texts import financiering as texts
from dashboard.texts import labels
from etl.core import dutch
from etl.funding.amounts import cents

FONT = {"size": 14, "color": CHART_TEXT}


def budget_figure(category_comparison: pd.DataFrame, year: int) -> go.Figure:
    """Per post of `year`: the budget, and the part the expected contributions cover pro rata.

    Built from plain dicts in one go: plotly validates once (update_layout costs ~10 ms more).
    """
    rows = category_comparison[category_comparison["year"] == year]
    posts = rows["category"].map(labels.BUDGET_CATEGORY).tolist()
    bars = []
    for name, colour, column in (
        (texts.FUNDING_COL_BUDGET, BUDGET_COLOUR, "budget_eur"),
        (texts.FUNDING_COL_COVERED, COVERED_COLOUR, "expected_eur"),
    ):
        amounts = [int(amount) for amount in cents(rows[column])]
        bars.append(
            {
                "type": "bar",
                "y": posts,
                "x": [amount / 100 for amount in amounts],
                "name": name,
                "orientation": "h",
                "marker": {"color": colour, "line": {"color": OUTLINE, "width": 0.5}},
                "text": [dutch.euro_cents(amount) for amount in amounts],
                "textposition": "outside",
                "textfont": FONT,
                "cliponaxis": False,
                "hovertemplate": "%{y}: %{text}<extra>" + name + "</extra>",
            }
        )
    highest = float(rows["budget_eur"].max()) if len(rows) else 0.0
    layout = {
        "barmode": "group",
        "separators": ",.",
        "height": 340,
        "margin": {"l": 10, "r": 30, "t": 10, "b": 10},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0, "font": FONT},
        "xaxis": {
            "tickprefix": "€ ",
            "tickformat": ",d",
            "range": [0, highest * 1.3 or 1],
            "tickfont": FONT,
            "gridcolor": CHART_GRID,
        },
        "yaxis": {"autorange": "reversed", "tickfont": FONT},
        "font": FONT,
        "plot_bgcolor": CHART_BACKGROUND,
    }
    return go.Figure(data=bars, layout=layout)


def budget_alt(category_comparison: pd.DataFrame, year: int) -> str:
    rows = category_comparison[category_comparison["year"] == year]
    parts = [
        f"{labels.BUDGET_CATEGORY.get(category, category)} {dutch.euro_cents(amount)}"
        for category, amount in zip(rows["category"], cents(rows["budget_eur"]), strict=True)
    ]
    return texts.FUNDING_BUDGET_ALT.format(year=year, parts=", ".join(parts))
