"""The pieces of the network picture as SVG: arcs with arrowheads, nodes by kind, labels, the
ring around the selected body, the level names and the legend.

Nodes: colour and shape by `kind` (never colour alone: legend and labels); arcs: colour and
dash per relation type, an arrowhead at the target. With a body selected, it and its relations
stay in focus; the rest is drawn thinner and grey, never faded by opacity (shapes 3:1, words
4,5:1 on white). Coordinates here are pixels of the picture, y downwards.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from dashboard.display import palette, svg
from dashboard.display.markup import literal
from dashboard.governance import graph_geometry as geometry
from dashboard.texts import labels
from dashboard.texts import overleggen as texts
from etl.contract import vocabulary as vocab

KIND_SHAPES = {"bestuurlijk": "circle", "ambtelijk": "square", "gemengd": "diamond"}
# Node colour and shape per kind (None: unknown).
KIND_STYLES: dict[str | None, tuple[str, str]] = {
    kind: (colour, KIND_SHAPES.get(kind, "hexagon"))
    for kind, colour in palette.BODY_KIND_COLOURS.items()
}
# stroke-dasharray per relation, in pixels: the dash tells the types apart without colour.
RELATION_DASHES = {
    "geeft opdracht aan": "",
    "stuurt aan": "9,6",
    "rapporteert aan": "16,6",
    "adviseert": "10,4,3,4",
    "is vertegenwoordigd in": "16,5,3,5",
    "stemt af met": "3,4",
    "ondersteunt": "6,3,2,3,2,3",
}
RELATION_STYLES: dict[str, tuple[str, str]] = {
    relation: (palette.RELATION_COLOURS[relation], dash)
    for relation, dash in RELATION_DASHES.items()
}
OTHER_RELATION_STYLE = (palette.OTHER_RELATION_COLOUR, "")
OUT_OF_FOCUS = palette.MUTED_BORDER  # 4,5:1 on white: thinner and grey, still seen
NODE_SIZE, SELECTED_SIZE, RING_SIZE = 20, 30, 44
JOINT_PX = 8  # the dot where a bundle's arc leaves its rail
ARROW_REACH_PX = 12  # how far an arrowhead reaches out from its node's edge
ARROW_LENGTH_PX, ARROW_HALF_PX = 10.0, 5.0
LABEL_FONT_PX = geometry.LABEL_FONT_PX
SWATCH_PX, LEGEND_ROW_PX = 36, 24


def arc(points: np.ndarray, relation: str, in_focus: tuple[bool, bool], title: str) -> str:
    """One relation's line through `points` (pixels) with its arrowhead at the last point;
    `in_focus` is (this arc in focus, a body selected), `title` the sentence it stands for."""
    colour, dash = _arc_style(relation, in_focus)
    width = 3.0 if all(in_focus) else 2.0 if in_focus[0] else 1.5
    steps = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    line = (
        f'<path d="M{steps}" fill="none" stroke="{colour}" stroke-width="{width}"{dashed} '
        f'stroke-linejoin="round" data-relation="{literal(relation)}">'
        f"<title>{literal(title)}</title></path>"
    )
    return line


def rail(points: np.ndarray, relation: str, in_focus: tuple[bool, bool], bundle) -> str:
    """The grey line through a bundle's members (`points`: its two ends, pixels), thin and
    solid so that it never reads as a relation between them, and the dot in the relation's
    colour where the bundle's arc leaves it; `bundle` is (joint in pixels, member ids, title)."""
    joint, members, title = bundle
    colour, _ = _arc_style(relation, in_focus)
    (x0, y0), (x1, y1) = points
    on_rail = literal(" ".join(members))
    return (
        f'<path d="M{x0:.1f},{y0:.1f} {x1:.1f},{y1:.1f}" fill="none" stroke="{OUT_OF_FOCUS}" '
        f'stroke-width="1.5" data-role="rail" data-members="{on_rail}">'
        f"<title>{literal(title)}</title></path>"
        f'<circle cx="{joint[0]:.1f}" cy="{joint[1]:.1f}" r="{JOINT_PX / 2:.1f}" fill="{colour}" '
        f'data-role="joint"><title>{literal(title)}</title></circle>'
    )


def arrowhead(points: np.ndarray, relation: str, in_focus, target_px: float) -> str:
    """The arrowhead of an arc, its tip just outside the target node (`target_px` across)."""
    colour, _ = _arc_style(relation, in_focus)
    end, before = points[-1], points[-4]
    direction = (end - before) / (np.linalg.norm(end - before) or 1.0)
    tip = end - direction * (target_px / 2 + 2)
    base = tip - direction * ARROW_LENGTH_PX
    side = np.array([-direction[1], direction[0]]) * ARROW_HALF_PX
    corners = [tip, base + side, base - side]
    steps = " ".join(f"{x:.1f},{y:.1f}" for x, y in corners)
    return (
        f'<polygon points="{steps}" fill="{colour}" stroke="{colour}" stroke-width="1" '
        'data-role="arrowhead"/>'
    )


def _arc_style(relation: str, in_focus) -> tuple[str, str]:
    colour, dash = RELATION_STYLES.get(relation, OTHER_RELATION_STYLE)
    return (colour if in_focus[0] else OUT_OF_FOCUS), dash


def node(centre: np.ndarray, kind, size: float, body_id: str, title: str) -> str:
    """A body's marker: its kind's shape and colour, `size` pixels across, outlined."""
    colour, shape = KIND_STYLES.get(kind, KIND_STYLES[None])
    return (
        f'<g data-body="{literal(body_id)}" data-kind="{literal(kind or "")}">'
        f"{marker(centre, shape, colour, size)}<title>{literal(title)}</title></g>"
    )


def marker(centre, shape: str, colour: str, size: float) -> str:
    """A filled shape of `size` pixels across around `centre`, with a dark outline."""
    x, y, half = float(centre[0]), float(centre[1]), size / 2
    outline = f'fill="{colour}" stroke="{palette.CHART_TEXT}" stroke-width="1.5"'
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{half:.1f}" {outline}/>'
    if shape == "square":
        side = size * 0.85
        return (
            f'<rect x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" width="{side:.1f}" '
            f'height="{side:.1f}" {outline}/>'
        )
    turns = 4 if shape == "diamond" else 6
    angles = np.arange(turns) * 2 * np.pi / turns + (np.pi / 2 if turns == 4 else 0)
    steps = " ".join(f"{x + half * np.cos(a):.1f},{y - half * np.sin(a):.1f}" for a in angles)
    return f'<polygon points="{steps}" {outline}/>'


def ring(centre: np.ndarray) -> str:
    """A ring around the selected body."""
    x, y = float(centre[0]), float(centre[1])
    return (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{RING_SIZE / 2 - 1.5:.1f}" fill="none" '
        f'stroke="{palette.CHART_TEXT}" stroke-width="3" data-role="selection"/>'
    )


def node_sizes(frame: pd.DataFrame, selected) -> dict[str, float]:
    """body_id → the pixels its node takes: the ring for the selected body, else the marker."""
    return {
        body_id: RING_SIZE if body_id == selected else NODE_SIZE for body_id in frame["body_id"]
    }


def label(body_id: str, centre: np.ndarray, text: str, place: tuple[str, float], in_focus) -> str:
    """A (shortened) name beside its node, on a light ground; `text` is the escaped label with
    `<br>` between lines (graph_text.short_label), `place` the side and the node's pixels."""
    side, node_px = place
    lines = html.unescape(text).split("<br>")
    left, top, right, bottom = geometry.label_box(centre, geometry.label_size(text), side, node_px)
    xanchor = geometry.SIDES[side][0]
    anchor, x = {
        "left": ("start", left + geometry.LABEL_PAD_PX),
        "right": ("end", right - geometry.LABEL_PAD_PX),
    }.get(xanchor, ("middle", (left + right) / 2))
    line_px = geometry.LINE_EM * LABEL_FONT_PX
    colour = palette.CHART_TEXT if in_focus else palette.CHART_MUTED_TEXT
    words = [
        svg.text(x, top + geometry.LABEL_PAD_PX + (i + 0.5) * line_px, line, anchor)
        for i, line in enumerate(lines)
    ]
    ground = (
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{right - left:.1f}" '
        f'height="{bottom - top:.1f}" fill="{palette.LABEL_GROUND}" '
        f'fill-opacity="{palette.LABEL_GROUND_OPACITY}"/>'
    )
    return svg.group(
        [ground, *words], fill=colour, font_size=str(LABEL_FONT_PX), data_label=literal(body_id)
    )


def kinds_present(frame: pd.DataFrame) -> list[tuple[str | None, pd.DataFrame]]:
    """Each kind with its bodies, in legend order; bodies of no (known) kind under None."""
    known = frame["kind"].isin(vocab.KINDS)
    groups = [(kind, frame[frame["kind"] == kind]) for kind in KIND_STYLES if kind is not None]
    groups.append((None, frame[~known]))
    return [(kind, bodies) for kind, bodies in groups if not bodies.empty]


def legend(
    relations: list[str], kinds: list, top: float, width: float, *, rails: bool = False
) -> tuple[list[str], float]:
    """The legend below the plot: the relation types drawn (and the rail, when one is), then
    the kinds of body, each under its title, flowing over rows `width` wide; returns the parts
    and the y under them."""
    parts, y = [], top
    rail_entry = [(texts.GRAPH_LEGEND_RAIL, _rail_swatch)] if rails else []
    entries = [
        (texts.GRAPH_LEGEND_RELATIONS, [(r, _relation_swatch(r)) for r in relations] + rail_entry),
        (texts.GRAPH_LEGEND_KINDS, [(_kind_name(k), _kind_swatch(k)) for k in kinds]),
    ]
    for heading, items in entries:
        if not items:
            continue
        parts.append(
            f'<text x="0" y="{y:.1f}" dominant-baseline="middle" font-weight="bold">'
            f"{literal(heading)}</text>"
        )
        y += LEGEND_ROW_PX
        x = 0.0
        for name, swatch in items:
            step = SWATCH_PX + 8 + svg.words_px(name) + 22
            if x and x + step > width:
                x, y = 0.0, y + LEGEND_ROW_PX
            parts += [swatch(x, y), svg.text(x + SWATCH_PX + 8, y, name)]
            x += step
        y += LEGEND_ROW_PX + 6
    return parts, y


def _relation_swatch(relation: str):
    colour, dash = RELATION_STYLES.get(relation, OTHER_RELATION_STYLE)
    dashed = f' stroke-dasharray="{dash}"' if dash else ""

    def draw(x: float, y: float) -> str:
        return (
            f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + SWATCH_PX:.1f}" y2="{y:.1f}" '
            f'stroke="{colour}" stroke-width="3"{dashed}/>'
        )

    return draw


def _rail_swatch(x: float, y: float) -> str:
    """The grey rail through two small nodes, the dot at its end and an arrow leaving it."""
    line = (
        f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + SWATCH_PX - 8:.1f}" y2="{y:.1f}" '
        f'stroke="{OUT_OF_FOCUS}" stroke-width="1.5"/>'
    )
    ends = [marker(np.array([x + dx, y]), "circle", palette.CHART_BACKGROUND, 10) for dx in (4, 18)]
    dot = (
        f'<circle cx="{x + SWATCH_PX - 8:.1f}" cy="{y:.1f}" r="{JOINT_PX / 2:.1f}" '
        f'fill="{palette.CHART_TEXT}"/>'
    )
    arrow = (
        f'<line x1="{x + SWATCH_PX - 8:.1f}" y1="{y:.1f}" x2="{x + SWATCH_PX + 2:.1f}" '
        f'y2="{y - 10:.1f}" stroke="{palette.CHART_TEXT}" stroke-width="2"/>'
    )
    return line + "".join(ends) + dot + arrow


def _kind_swatch(kind):
    colour, shape = KIND_STYLES.get(kind, KIND_STYLES[None])
    return lambda x, y: marker(np.array([x + SWATCH_PX / 2, y]), shape, colour, 14)


def _kind_name(kind) -> str:
    return labels.KIND.get(kind, texts.BODIES_KIND_UNKNOWN)
