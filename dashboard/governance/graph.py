"""The network of governance bodies as a plotly figure (pure: frames in, Figure out).

Layout is deterministic (`graph_layout`): one row per level, landelijk on top. The traces and
their styles are in `graph_traces`, the words in `graph_text`; every register text reaches
plotly through `markup.literal` (plotly renders HTML-like markup).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

import dashboard.governance.graph_traces as traces
from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.governance.bodies import ordered, relations_between
from dashboard.governance.graph_layout import level_rows, node_positions
from dashboard.governance.names import body_names
from dashboard.texts import labels
from etl.contract import vocabulary as vocab
from etl.reference.names import district_names

CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False}
ROW_HEIGHT_PX = 240  # one level row
LEGEND_PX = 170  # the legend below the network
SPACE_ABOVE, SPACE_BELOW = 0.15, 0.4  # around the nodes, in rows: a node; a label of 3 lines
HOVER_LABEL = {
    "bgcolor": palette.CHART_BACKGROUND,
    "bordercolor": palette.CHART_TEXT,
    "font": {"color": palette.CHART_TEXT, "size": 13},
    "align": "left",
}
LEGEND = {
    "orientation": "h",
    "x": 0,
    "xanchor": "left",
    "y": -0.02,
    "yanchor": "top",
    "itemclick": False,
    "itemdoubleclick": False,
    "tracegroupgap": 12,
    "font": {"size": 13},
}


def body_graph(
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    selected: str | None = None,
    *,
    districts: pd.DataFrame | None = None,
) -> go.Figure:
    """Every body a node, every relation between two of them an arrow; `selected` in focus."""
    frame = ordered(bodies)
    edges = relations_between(frame, relations)
    positions = node_positions(frame)
    if selected not in positions:
        selected = None
    linked = _linked(edges, selected)
    figure = go.Figure()
    # Annotations (arrowheads, labels) are collected and set once: plotly validates the whole
    # layout on every add_annotation, which made the graph take a quarter of a second.
    annotations: list[dict] = []
    for relation in _present(edges["relation"], vocab.RELATIONS):
        of_type = edges[edges["relation"] == relation]
        annotations += traces.edge_arrows(of_type, relation, positions, selected)
        traces.add_edges(figure, of_type, relation, positions, selected)
    traces.add_edge_hover(figure, edges, body_names(frame), positions)
    if selected is not None:
        traces.add_selection_ring(figure, positions[selected])
    names = {} if districts is None else district_names(districts)
    for kind, of_kind in traces.kinds_present(frame):
        traces.add_nodes(figure, of_kind, kind, positions, (selected, linked), (names, edges))
    annotations += traces.node_labels(frame, positions, selected, linked)
    _layout(figure, level_rows(frame), positions)
    figure.update_layout(annotations=annotations)
    return figure


def _present(values: pd.Series, order: tuple[str, ...]) -> list[str]:
    """The values that occur, in vocabulary order (any unknown ones after, alphabetically)."""
    seen = set(values.tolist())
    return [value for value in order if value in seen] + sorted(seen.difference(order))


def _linked(edges: pd.DataFrame, selected: str | None) -> set[str]:
    """The selected body and every body it has a relation with (nothing without a selection)."""
    if selected is None:
        return set()
    touching = edges[(edges["source_body_id"] == selected) | (edges["target_body_id"] == selected)]
    return {selected, *touching["source_body_id"], *touching["target_body_id"]}


def _layout(figure: go.Figure, rows: list[tuple[int, str]], positions) -> None:
    """Bands behind every other level row, the level names as y ticks, a fixed view."""
    heights = [y for _, y in positions.values()] or [0.0]
    top, bottom = max(heights) + SPACE_ABOVE, min(heights) - SPACE_BELOW
    for index, _ in rows[1::2]:
        band = {"y0": -index - 0.5, "y1": -index + 0.5, "line_width": 0, "layer": "below"}
        figure.add_hrect(fillcolor=palette.CHART_BAND, **band)
    figure.update_layout(
        height=round((top - bottom) * ROW_HEIGHT_PX) + LEGEND_PX + 20,
        margin={"l": 90, "r": 20, "t": 10, "b": 10},
        plot_bgcolor=palette.CHART_BACKGROUND,
        paper_bgcolor=palette.CHART_BACKGROUND,
        font={"color": palette.CHART_TEXT, "size": 13},
        hovermode="closest",
        hoverlabel=HOVER_LABEL,
        dragmode=False,
        clickmode="event+select",
        legend=LEGEND,
        xaxis={"visible": False, "range": [-0.04, 1.04], "fixedrange": True},
        yaxis={
            "range": [bottom, top],
            "fixedrange": True,
            "zeroline": False,
            "showgrid": False,
            "tickvals": [-float(index) for index, _ in rows],
            "ticktext": [f"<b>{literal(labels.LEVEL.get(level, level))}</b>" for _, level in rows],
            "tickfont": {"size": 14, "color": palette.CHART_TEXT},
            "ticks": "",
        },
    )
