"""The look shared by the pilot figures: fonts, sizes, the base layout and hover name lists.

The figures are offline by construction: plain cartesian traces only, no geo or mapbox traces
that fetch maps from a CDN. Register text reaches plotly through `markup.literal` (plotly reads
a subset of HTML in labels and hovers and shows numeric character references as characters).
"""

from __future__ import annotations

from dashboard.display import palette
from dashboard.display.markup import literal

FONT = {"size": 14, "color": palette.CHART_TEXT}
SMALL = {"size": 12, "color": palette.CHART_TEXT}
CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False}
ROW_HEIGHT = 30
FEW_ROWS = 10
LABEL_WIDTH = 46
HOVER_NAMES_PER_LINE = 5


def base_layout(height: int, **extra) -> dict:
    """White background, Dutch-readable fonts, left-aligned hovers, the legend on top; `extra`
    replaces or adds layout keys."""
    white = palette.CHART_BACKGROUND
    layout = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 40},
        "font": FONT,
        "plot_bgcolor": white,
        "paper_bgcolor": white,
        "hoverlabel": {"align": "left", "bgcolor": white, "bordercolor": palette.CHART_TEXT},
        "legend": {"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "font": FONT},
    }
    layout["hoverlabel"]["font"] = FONT
    return layout | extra


def names_html(names: list[str]) -> str:
    """Names in lines of a few, escaped, for a hover."""
    step = HOVER_NAMES_PER_LINE
    lines = [names[i : i + step] for i in range(0, len(names), step)]
    return "<br>".join(literal(", ".join(line)) for line in lines)
