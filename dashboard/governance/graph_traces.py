"""The pieces of the network figure: edges with arrowheads, nodes by kind, labels, the ring.

Nodes: colour and shape by `kind` (never colour alone: legend and labels); edges: colour and
dash per relation type, an arrow at the target. With a body selected, it and its relations stay
in focus and everything else fades.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.governance.graph_geometry import SIDES, label_shift
from dashboard.governance.graph_text import edge_hover, node_hover, short_label
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab

Positions = dict[str, tuple[float, float]]
Arcs = dict[int, np.ndarray]  # edge index → the arc's points in plot units

KIND_SYMBOLS = {"bestuurlijk": "circle", "ambtelijk": "square", "gemengd": "diamond"}
# Node colour and marker shape per kind (None: unknown).
KIND_STYLES: dict[str | None, tuple[str, str]] = {
    kind: (colour, KIND_SYMBOLS.get(kind, "hexagon"))
    for kind, colour in palette.BODY_KIND_COLOURS.items()
}
RELATION_DASHES = {
    "geeft opdracht aan": "solid",
    "stuurt aan": "dash",
    "rapporteert aan": "longdash",
    "adviseert": "dashdot",
    "is vertegenwoordigd in": "longdashdot",
    "stemt af met": "dot",
    "ondersteunt": "6px,3px,2px,3px,2px,3px",
}
# Edge colour and dash per relation: two cues, both in the legend (and the verb in the hover).
RELATION_STYLES: dict[str, tuple[str, str]] = {
    relation: (palette.RELATION_COLOURS[relation], dash)
    for relation, dash in RELATION_DASHES.items()
}
OTHER_RELATION_STYLE = (palette.OTHER_RELATION_COLOUR, "solid")
NODE_SIZE, SELECTED_SIZE, RING_SIZE = 20, 30, 44
FADED = 0.25
ARROW_REACH_PX = 12  # how far an arrowhead reaches out from its node's edge
NODE_LINE = {"color": palette.CHART_TEXT, "width": 1.5}


def edge_arrows(edges: pd.DataFrame, relation: str, arcs: Arcs, selected) -> list[dict]:
    """The arrowheads of one relation type's edges, as layout annotations."""
    colour, _ = RELATION_STYLES.get(relation, OTHER_RELATION_STYLE)
    arrows = []
    for key, source, target in zip(
        edges.index, edges["source_body_id"], edges["target_body_id"], strict=True
    ):
        arc = arcs[key]
        in_focus = selected is None or selected in (source, target)
        arrows.append(
            dict(
                x=arc[-1, 0],
                y=arc[-1, 1],
                ax=arc[-4, 0],
                ay=arc[-4, 1],
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                text="",
                showarrow=True,
                arrowhead=2,
                arrowsize=1.1,
                arrowwidth=3.0 if selected is not None and in_focus else 2.0,
                arrowcolor=colour,
                standoff=(SELECTED_SIZE if target == selected else NODE_SIZE) / 2 + 2,
                opacity=1.0 if in_focus else FADED,
            )
        )
    return arrows


def add_edges(figure, edges: pd.DataFrame, relation: str, arcs: Arcs, selected) -> None:
    """Add one relation type's legend entry and its lines: in focus, and faded."""
    colour, dash = RELATION_STYLES.get(relation, OTHER_RELATION_STYLE)
    groups = {True: ([], []), False: ([], [])}
    for key, source, target in zip(
        edges.index, edges["source_body_id"], edges["target_body_id"], strict=True
    ):
        arc = arcs[key]
        xs, ys = groups[selected is None or selected in (source, target)]
        xs += [*arc[:, 0].tolist(), None]
        ys += [*arc[:, 1].tolist(), None]
    figure.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="lines",
            name=literal(relation),
            legendgroup="relations",
            legendgrouptitle_text=literal(texts.GRAPH_LEGEND_RELATIONS),
            line={"color": colour, "dash": dash, "width": 2.5},
            hoverinfo="skip",
            meta={"role": "legend", "relation": relation},
        )
    )
    for in_focus, (xs, ys) in groups.items():
        if not xs:
            continue
        width = 3.0 if selected is not None and in_focus else 2.0
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                showlegend=False,
                legendgroup="relations",
                line={"color": colour, "dash": dash, "width": width},
                hoverinfo="skip",
                opacity=1.0 if in_focus else FADED,
                meta={"role": "edges", "relation": relation},
            )
        )


def add_edge_hover(figure, edges: pd.DataFrame, names: dict[str, str], arcs: Arcs) -> None:
    """An invisible point halfway along each edge, telling what the relation is."""
    if edges.empty:
        return
    xs, ys, hovers = [], [], []
    for key, edge in zip(edges.index, edges.itertuples(index=False), strict=True):
        arc = arcs[key]
        middle = arc[len(arc) // 2]
        xs.append(float(middle[0]))
        ys.append(float(middle[1]))
        source, target = names[edge.source_body_id], names[edge.target_body_id]
        hovers.append(edge_hover(source, edge.relation, target, edge.note))
    figure.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            hovertext=hovers,
            hoverinfo="text",
            showlegend=False,
            marker={"size": 14, "color": palette.INVISIBLE},
            meta={"role": "edge-hover"},
        )
    )


def add_selection_ring(figure, position: tuple[float, float]) -> None:
    """A ring around the selected body."""
    x, y = position
    figure.add_trace(
        go.Scatter(
            x=[x],
            y=[y],
            mode="markers",
            hoverinfo="skip",
            showlegend=False,
            marker={
                "size": RING_SIZE,
                "symbol": "circle-open",
                "color": palette.CHART_TEXT,
                "line": {"width": 3},
            },
            meta={"role": "selection"},
        )
    )


def add_nodes(figure, chosen: pd.DataFrame, kind, positions, focus, hover_context) -> None:
    """Add the legend entry of one kind and its nodes (`chosen`, the bodies of that kind).

    `focus` is (selected body or None, the bodies in focus); `hover_context` is (district
    names, the edges shown), which the hover needs to name the district and count relations.
    """
    selected, linked = focus
    colour, symbol = KIND_STYLES.get(kind, KIND_STYLES[None])
    figure.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=literal(labels.KIND.get(kind, texts.BODIES_KIND_UNKNOWN)),
            legendgroup="kinds",
            legendgrouptitle_text=literal(texts.GRAPH_LEGEND_KINDS),
            marker={"symbol": symbol, "color": colour, "size": 14, "line": NODE_LINE},
            hoverinfo="skip",
            meta={"role": "legend", "kind": kind},
        )
    )
    ids = chosen["body_id"].tolist()
    in_focus = [selected is None or body_id in linked for body_id in ids]
    figure.add_trace(
        go.Scatter(
            x=[positions[body_id][0] for body_id in ids],
            y=[positions[body_id][1] for body_id in ids],
            mode="markers",
            showlegend=False,
            legendgroup="kinds",
            hovertext=[node_hover(row, *hover_context) for row in chosen.itertuples(index=False)],
            hoverinfo="text",
            customdata=ids,
            marker={
                "symbol": symbol,
                "color": colour,
                "size": [SELECTED_SIZE if body_id == selected else NODE_SIZE for body_id in ids],
                "opacity": [1.0 if focus else FADED + 0.15 for focus in in_focus],
                "line": NODE_LINE,
            },
            meta={"role": "nodes", "kind": kind},
        )
    )


def node_sizes(frame: pd.DataFrame, selected) -> dict[str, float]:
    """body_id → the pixels its node takes: the ring for the selected body, else the marker."""
    return {
        body_id: RING_SIZE if body_id == selected else NODE_SIZE for body_id in frame["body_id"]
    }


def node_labels(frame: pd.DataFrame, positions: Positions, focus, sides) -> list[dict]:
    """A (shortened, escaped) name beside every node, on the side `sides` gives, on a light
    ground; `focus` is (selected body or None, the bodies in focus)."""
    selected, linked = focus
    annotations = []
    sizes = node_sizes(frame, selected)
    for body_id, name in zip(frame["body_id"], frame["name"], strict=True):
        x, y = positions[body_id]
        in_focus = selected is None or body_id in linked
        xanchor, yanchor, _, _ = SIDES[sides[body_id]]
        xshift, yshift = label_shift(sides[body_id], sizes[body_id])
        annotations.append(
            dict(
                x=x,
                y=y,
                text=short_label(name),
                showarrow=False,
                xanchor=xanchor,
                yanchor=yanchor,
                xshift=xshift,
                yshift=yshift,
                font={
                    "size": 12,
                    "color": palette.CHART_TEXT if in_focus else palette.CHART_MUTED_TEXT,
                },
                bgcolor=palette.LABEL_GROUND,
                borderpad=1,
                name=f"label-{body_id}",
            )
        )
    return annotations


def kinds_present(frame: pd.DataFrame) -> list[tuple[str | None, pd.DataFrame]]:
    """Each kind with its bodies, in legend order; bodies of no (known) kind under None."""
    known = frame["kind"].isin(vocab.KINDS)
    groups = [(kind, frame[frame["kind"] == kind]) for kind in KIND_STYLES if kind is not None]
    groups.append((None, frame[~known]))
    return [(kind, bodies) for kind, bodies in groups if not bodies.empty]
