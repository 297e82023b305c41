"""The network of governance bodies as a plotly figure (pure: frames in, Figure out).

Layout is deterministic (`graph_layout`): one band per level, landelijk on top; `graph_routing`
bends the arcs and places the labels so that no arc runs through a label. The traces and their
styles are in `graph_traces`, the words in `graph_text`; every register text reaches plotly
through `markup.literal` (plotly renders HTML-like markup).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

import dashboard.governance.graph_geometry as geometry
import dashboard.governance.graph_traces as traces
from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.governance.bodies import ordered, relations_between
from dashboard.governance.graph_layout import Band, level_bands, node_positions
from dashboard.governance.graph_routing import PLOT_WIDTHS_PX, X_RANGE, route
from dashboard.governance.graph_text import short_label
from dashboard.governance.names import body_names
from dashboard.texts import labels
from etl.contract import vocabulary as vocab
from etl.reference.names import district_names

CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False}
MARGIN = {"l": 90, "r": 20, "t": 10, "b": 180}  # the bottom margin holds the legend
# The chart widths the layout is made and checked for: the narrowest, and a wide screen.
MIN_WIDTH_PX, WIDE_WIDTH_PX = (width + MARGIN["l"] + MARGIN["r"] for width in PLOT_WIDTHS_PX)
EDGE_PX = 12  # room between the outermost drawing (labels, arcs, arrowheads) and the plot edge
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
    "y": 0,
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
    labels_by_body = dict(zip(frame["body_id"], frame["name"].map(short_label), strict=True))
    routed = route(positions, edges, traces.node_sizes(frame, selected), labels_by_body)
    figure = go.Figure()
    # Annotations (arrowheads, labels) are collected and set once: plotly validates the whole
    # layout on every add_annotation, which made the graph take a quarter of a second.
    annotations: list[dict] = []
    for relation in _present(edges["relation"], vocab.RELATIONS):
        of_type = edges[edges["relation"] == relation]
        annotations += traces.edge_arrows(of_type, relation, routed.arcs, selected)
        traces.add_edges(figure, of_type, relation, routed.arcs, selected)
    traces.add_edge_hover(figure, edges, body_names(frame), routed.arcs)
    if selected is not None:
        traces.add_selection_ring(figure, positions[selected])
    names = {} if districts is None else district_names(districts)
    for kind, of_kind in traces.kinds_present(frame):
        traces.add_nodes(figure, of_kind, kind, positions, (selected, linked), (names, edges))
    annotations += traces.node_labels(frame, positions, (selected, linked), routed.sides)
    _layout(figure, level_bands(frame), _vertical_extent(positions, routed, frame, selected))
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


def _vertical_extent(positions, routed, frame: pd.DataFrame, selected) -> tuple[float, float]:
    """The highest and lowest y anything is drawn at (arcs, nodes, arrowheads, labels), with
    room to the edge: the y axis spans this, so nothing is cut off whatever the filter."""
    sizes = traces.node_sizes(frame, selected)
    ys = [0.0]
    for body_id, (_, y) in positions.items():
        reach = sizes[body_id] / 2 + traces.ARROW_REACH_PX
        width, height = geometry.label_size(short_label(_name(frame, body_id)))
        box = geometry.label_box((0.0, -y), (width, height), routed.sides[body_id], sizes[body_id])
        ys += [y + reach, y - reach, -box[1], -box[3]]
    for arc in routed.arcs.values():
        ys += [float(arc[:, 1].max()), float(arc[:, 1].min())]
    return max(ys) + EDGE_PX, min(ys) - EDGE_PX


def _name(frame: pd.DataFrame, body_id: str) -> str:
    return frame.loc[frame["body_id"] == body_id, "name"].iloc[0]


def _layout(figure: go.Figure, bands: list[Band], extent: tuple[float, float]) -> None:
    """Bands behind every other level, the level names as y ticks, a fixed view that holds
    everything drawn, one pixel of height per unit of y."""
    top, bottom = extent
    bottom = min([bottom, *(band.bottom for band in bands)])
    for band in bands[1::2]:
        shape = {"y0": band.bottom, "y1": band.top, "line_width": 0, "layer": "below"}
        figure.add_hrect(fillcolor=palette.CHART_BAND, **shape)
    figure.update_layout(
        height=round(top - bottom) + MARGIN["t"] + MARGIN["b"],
        margin=MARGIN,
        plot_bgcolor=palette.CHART_BACKGROUND,
        paper_bgcolor=palette.CHART_BACKGROUND,
        font={"color": palette.CHART_TEXT, "size": 13},
        hovermode="closest",
        hoverlabel=HOVER_LABEL,
        dragmode=False,
        clickmode="event+select",
        legend=LEGEND,
        xaxis={"visible": False, "range": list(X_RANGE), "fixedrange": True},
        yaxis={
            "range": [bottom, bottom + round(top - bottom)],
            "fixedrange": True,
            "zeroline": False,
            "showgrid": False,
            "tickvals": [band.middle for band in bands],
            "ticktext": [f"<b>{literal(labels.LEVEL.get(b.level, b.level))}</b>" for b in bands],
            "tickfont": {"size": 14, "color": palette.CHART_TEXT},
            "ticks": "",
        },
    )
