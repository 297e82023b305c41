"""The network of governance bodies as an SVG picture drawn on the server (pure: frames in,
SVG out). No chart library reaches the browser (issue 13).

Layout is deterministic (`graph_layout`): one band per level, landelijk on top; `graph_routing`
bends the arcs and places the labels so that no arc runs through a label; a relation that a whole
row shares is drawn once, as a rail through the row (`graph_bundles`). The shapes are in
`graph_shapes`, the words in `graph_text`; every register text goes through `markup.literal`.
The picture is drawn at the narrowest plot width the router checks, so what it checks is what
is drawn.
"""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd

import dashboard.governance.graph_bundles as bundling
import dashboard.governance.graph_geometry as geometry
import dashboard.governance.graph_shapes as shapes
from dashboard.display import palette, svg
from dashboard.display.markup import literal
from dashboard.governance.bodies import graph_alt, ordered, relations_between
from dashboard.governance.graph_layout import Band, layout
from dashboard.governance.graph_routing import PLOT_WIDTHS_PX, Routed, px, route
from dashboard.governance.graph_text import edge_hover, node_hover, plain, short_label
from dashboard.governance.names import body_names
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab
from etl.reference.names import district_names

MARGIN = {"l": 90, "r": 20, "t": 10, "b": 20}  # the left margin holds the level names
PLOT_PX = PLOT_WIDTHS_PX[0]
WIDTH = MARGIN["l"] + PLOT_PX + MARGIN["r"]
EDGE_PX = 12  # room between the outermost drawing (labels, arcs, arrowheads) and the plot edge
LEGEND_GAP_PX = 24
ROUTINGS_KEPT = 64  # routings kept, one per set of bodies shown (each filter choice); oldest out
_ROUTINGS: dict[tuple, Routed] = {}
_ROUTINGS_LOCK = threading.Lock()
LEVEL_LINE_PX = 18  # between the lines of a level's name
BOLD = 1.1  # bold words are this much wider


def body_graph(
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    selected: str | None = None,
    *,
    districts: pd.DataFrame | None = None,
) -> str:
    """Every body a node, every relation between two of them an arrow; `selected` in focus."""
    frame = ordered(bodies)
    edges = relations_between(frame, relations)
    bundles = bundling.find_bundles(frame, edges)
    positions, bands = layout(frame, bundling.single_rows(bundles))
    bundles = [bundling.in_order(bundle, positions) for bundle in bundles]
    if selected not in positions:
        selected = None
    sizes = shapes.node_sizes(frame, selected)
    routing = bundling.routed_edges(edges, bundles)
    routed = _routed(frame, (positions, bundles, routing), sizes, selected)
    top, bottom = _vertical_extent(positions, routed, frame, sizes)
    bottom = min([bottom, *(band.bottom for band in bands)])

    def at(points) -> np.ndarray:
        return px(np.asarray(points, dtype=float), PLOT_PX) + np.array(
            [MARGIN["l"], top + MARGIN["t"]]
        )

    plot = _bands(bands, at, top - bottom)
    single = routing[~routing["source_body_id"].isin([bundle.joint for bundle in bundles])]
    names = body_names(frame)
    plot += _arcs(single, routed.arcs, selected, (at, sizes, names))
    plot += _bundles(bundles, routing, (routed.arcs, positions), selected, (at, sizes, names))
    plot += _nodes(frame, positions, selected, at, (districts, edges))
    plot += _labels(frame, positions, (selected, _linked(edges, selected)), routed.sides, at)
    legend_top = MARGIN["t"] + (top - bottom) + LEGEND_GAP_PX
    kinds = [kind for kind, _ in shapes.kinds_present(frame)]
    legend, under = shapes.legend(
        _present(edges["relation"], vocab.RELATIONS), kinds, 0, PLOT_PX, rails=bool(bundles)
    )
    placed = svg.group(legend, transform=f"translate({MARGIN['l']},{legend_top:.1f})")
    height = legend_top + under + MARGIN["b"]
    return svg.picture(WIDTH, height, graph_alt(frame, relations), [*plot, placed])


def _bands(bands: list[Band], at, height: float) -> list[str]:
    """Every other level's band behind the drawing, and each level's name beside its band."""
    # The plot's frame, unpainted: what lies inside it is the drawing the router placed.
    parts = [
        f'<rect x="{MARGIN["l"]}" y="{MARGIN["t"]}" width="{PLOT_PX}" height="{height:.1f}" '
        'fill="none" data-role="plot"/>'
    ]
    for band in bands:
        (_, y_top), (_, y_bottom) = at([[0.0, band.top], [0.0, band.bottom]])
        y_top, y_bottom = max(y_top, MARGIN["t"]), min(y_bottom, MARGIN["t"] + height)
        if band.index % 2:
            parts.append(
                f'<rect x="{MARGIN["l"]}" y="{y_top:.1f}" width="{PLOT_PX}" '
                f'height="{y_bottom - y_top:.1f}" fill="{palette.CHART_BAND}"/>'
            )
        lines = _level_lines(labels.LEVEL.get(band.level, band.level))
        first = (y_top + y_bottom) / 2 - (len(lines) - 1) * LEVEL_LINE_PX / 2
        for number, line in enumerate(lines):  # the first line carries the level
            tag = f' data-level="{literal(band.level)}"' if number == 0 else ""
            parts.append(
                f'<text x="{MARGIN["l"] - 8}" y="{first + number * LEVEL_LINE_PX:.1f}" '
                f'text-anchor="end" dominant-baseline="middle" font-weight="bold"{tag}>'
                f"{literal(line)}</text>"
            )
    return parts


def _level_lines(name: str) -> list[str]:
    """A level's name over as many lines as the left margin needs ('Niveau' / 'onbekend')."""
    lines: list[str] = []
    for word in name.split():
        if lines and svg.words_px(f"{lines[-1]} {word}") * BOLD <= MARGIN["l"] - 12:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _arcs(edges: pd.DataFrame, arcs, selected, drawing) -> list[str]:
    """Each relation's arc and arrowhead, the ones in focus drawn last (on top)."""
    at, sizes, names = drawing
    drawn = []
    for key, edge in zip(edges.index, edges.itertuples(index=False), strict=True):
        in_focus = selected is None or selected in (edge.source_body_id, edge.target_body_id)
        focus = (in_focus, selected is not None)
        points = at(arcs[key])
        hover = edge_hover(
            names[edge.source_body_id], edge.relation, names[edge.target_body_id], edge.note
        )
        parts = shapes.arc(points, edge.relation, focus, plain(hover))
        parts += shapes.arrowhead(points, edge.relation, focus, sizes[edge.target_body_id])
        drawn.append((in_focus, parts))
    return [parts for _, parts in sorted(drawn, key=lambda item: item[0])]


def _routed(frame: pd.DataFrame, drawing, sizes: dict[str, float], selected) -> Routed:
    """The arcs and label sides: the routing without a selection, kept per drawing; with one,
    that routing again if the selected body's larger ring runs into nothing, else a new one."""
    positions, bundles, routing = drawing
    labels_by_body = dict(zip(frame["body_id"], frame["name"].map(short_label), strict=True))
    joints = {bundle.joint: bundling.joint_options(bundle, positions) for bundle in bundles}
    rails = tuple(
        _rail(bundle, positions, (joints[bundle.joint][0][0], joints[bundle.joint][-1][0]))
        for bundle in bundles
    )
    inputs = (positions, routing, labels_by_body, (joints, rails))
    unselected = _unselected_routing(_routing_key(frame, routing), inputs)
    if selected is None:
        return unselected
    return route(positions, routing, sizes, labels_by_body, (joints, rails), unselected)


def _routing_key(frame: pd.DataFrame, routing: pd.DataFrame) -> tuple:
    """What the routing without a selection depends on: the bodies drawn and the edges."""
    bodies = tuple(zip(*(frame[c] for c in ("body_id", "name", "level", "body_type")), strict=True))
    columns = ("source_body_id", "target_body_id", "relation")
    edges = tuple(zip(routing.index, *(routing[c] for c in columns), strict=True))
    return bodies, edges


def _unselected_routing(key: tuple, inputs) -> Routed:
    """The routing with no body selected, computed once per drawing (`key`) and kept: a
    selection starts from it and mostly keeps it (`route`'s prior)."""
    with _ROUTINGS_LOCK:
        if key in _ROUTINGS:
            return _ROUTINGS[key]
    positions, routing, labels_by_body, bundles = inputs
    sizes = dict.fromkeys(positions, float(shapes.NODE_SIZE))
    routed = route(positions, routing, sizes, labels_by_body, bundles)
    with _ROUTINGS_LOCK:
        while len(_ROUTINGS) >= ROUTINGS_KEPT:
            _ROUTINGS.pop(next(iter(_ROUTINGS)))
        _ROUTINGS[key] = routed
    return routed


def _rail(bundle: bundling.Bundle, positions, span: tuple[float, float]) -> np.ndarray:
    """The rail along its row from x0 to x1 (`span`), in plot units, as the router samples."""
    (x0, x1), y = span, positions[bundle.members[0]][1]
    return np.column_stack(
        [np.linspace(x0, x1, geometry.CURVE_POINTS), np.full(geometry.CURVE_POINTS, y)]
    )


def _bundles(bundles, routing: pd.DataFrame, placed, selected, drawing) -> list[str]:
    """Each bundle's rail, the dot on it and its one arc with the arrowhead at the target."""
    arcs, positions = placed
    at, sizes, names = drawing
    keys = dict(zip(routing["source_body_id"], routing.index, strict=True))
    parts = []
    for bundle in bundles:
        ends = {*bundle.members, bundle.target}
        focus = (selected is None or selected in ends, selected is not None)
        title = texts.GRAPH_BUNDLE_HOVER.format(
            count=len(bundle.members),
            relation=bundle.relation,
            target=names[bundle.target],
            members=", ".join(names[member] for member in bundle.members),
        )
        arc = arcs[keys[bundle.joint]]
        span = bundling.rail_span(bundle, positions, float(arc[0, 0]))
        rail = at(_rail(bundle, positions, span)[[0, -1]])
        points = at(arc)
        joint = points[0]
        parts.append(shapes.rail(rail, bundle.relation, focus, (joint, bundle.members, title)))
        parts.append(shapes.arc(points, bundle.relation, focus, title))
        parts.append(shapes.arrowhead(points, bundle.relation, focus, sizes[bundle.target]))
    return parts


def _nodes(frame, positions, selected, at, context) -> list[str]:
    """The ring around the selected body, then every body's marker with its facts as title."""
    districts, edges = context
    names = {} if districts is None else district_names(districts)
    parts = [] if selected is None else [shapes.ring(at([positions[selected]])[0])]
    for row in frame.itertuples(index=False):
        size = shapes.SELECTED_SIZE if row.body_id == selected else shapes.NODE_SIZE
        centre = at([positions[row.body_id]])[0]
        title = plain(node_hover(row, names, edges))
        parts.append(shapes.node(centre, row.kind, size, row.body_id, title))
    return parts


def _labels(frame, positions, focus, sides, at) -> list[str]:
    selected, linked = focus
    sizes = shapes.node_sizes(frame, selected)
    return [
        shapes.label(
            body_id,
            at([positions[body_id]])[0],
            short_label(name),
            (sides[body_id], sizes[body_id]),
            selected is None or body_id in linked,
        )
        for body_id, name in zip(frame["body_id"], frame["name"], strict=True)
    ]


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


def _vertical_extent(positions, routed, frame: pd.DataFrame, sizes) -> tuple[float, float]:
    """The highest and lowest y anything is drawn at (arcs, nodes, arrowheads, labels), with
    room to the edge: the plot spans this, so nothing is cut off whatever the filter."""
    ys = [0.0]
    names = dict(zip(frame["body_id"], frame["name"], strict=True))
    for body_id, (_, y) in positions.items():
        reach = sizes[body_id] / 2 + shapes.ARROW_REACH_PX
        size = geometry.label_size(short_label(names[body_id]))
        box = geometry.label_box((0.0, -y), size, routed.sides[body_id], sizes[body_id])
        ys += [y + reach, y - reach, -box[1], -box[3]]
    for arc in routed.arcs.values():
        ys += [float(arc[:, 1].max()), float(arc[:, 1].min())]
    return max(ys) + EDGE_PX, min(ys) - EDGE_PX
