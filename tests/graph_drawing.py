"""The network figure as drawn, in pixels: label and node boxes, arc paths, arrowheads.

Read from the plotly figure itself (its traces, annotations and layout), independently of how the
layout module computes them, with a conservative text model: a character is taken as wide as
0,5 em (capitals and m/w as 0,68 em; the font draws 0,44 em on average) and a line as
high as plotly draws it (1,3 em).
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass

import numpy as np

CHARACTER_EM, WIDE_CHARACTER_EM, LINE_EM = 0.5, 0.68, 1.3
STEP_PX = 1.5  # arcs are checked every 1,5 pixel along each drawn segment


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels of the plot area, y downwards; `owner` is the body it belongs to."""

    owner: str
    what: str
    left: float
    top: float
    right: float
    bottom: float

    def contains(self, points: np.ndarray, inflate: float = 1.0) -> np.ndarray:
        x, y = points[:, 0], points[:, 1]
        return (
            (x > self.left - inflate)
            & (x < self.right + inflate)
            & (y > self.top - inflate)
            & (y < self.bottom + inflate)
        )

    def overlaps(self, other: Box) -> bool:
        return not (
            self.right <= other.left
            or other.right <= self.left
            or self.bottom <= other.top
            or other.bottom <= self.top
        )


@dataclass(frozen=True)
class Arc:
    """A drawn edge: its points in pixels and the bodies at its two ends."""

    ends: tuple[str, str]
    points: np.ndarray
    exempt_px: float  # the first and last stretch of this length lie on the end nodes


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    nodes: list[Box]
    labels: list[Box]
    arcs: list[Arc]
    arrowheads: list[Box]


def text_width_px(text: str, size: float) -> float:
    lines = html.unescape(text).split("<br>")
    return (
        max(
            sum(WIDE_CHARACTER_EM if c.isupper() or c in "mwMW" else CHARACTER_EM for c in line)
            for line in lines
        )
        * size
    )


def drawing(figure, figure_width: float) -> Drawing:
    """The figure laid out at `figure_width` pixels wide (its height is fixed)."""
    layout = figure.layout
    margin = layout.margin
    width = figure_width - margin.l - margin.r
    height = layout.height - margin.t - margin.b
    (x0, x1), (y0, y1) = layout.xaxis.range, layout.yaxis.range

    def px(xs, ys) -> np.ndarray:
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        return np.column_stack([(xs - x0) / (x1 - x0) * width, (y1 - ys) / (y1 - y0) * height])

    nodes, centres = [], {}
    for trace in figure.data:
        role = (trace.meta or {}).get("role")
        if role not in ("nodes", "selection"):
            continue
        sizes = np.broadcast_to(np.asarray(trace.marker.size, dtype=float), (len(trace.x),))
        ids = trace.customdata if role == "nodes" else ["selected"] * len(trace.x)
        for body_id, point, size in zip(ids, px(trace.x, trace.y), sizes, strict=True):
            half = size / 2 + 1.5  # the outline
            nodes.append(Box(body_id, role, *(point - half), *(point + half)))
            if role == "nodes":
                centres[body_id] = point
    labels = [_label_box(a, px) for a in layout.annotations if (a.name or "").startswith("label-")]
    arcs = [
        arc for trace in figure.data if (trace.meta or {}).get("role") == "edges"
        for arc in _arcs(trace, px, centres)
    ]  # fmt: skip
    heads = [_arrowhead(a, px) for a in layout.annotations if a.showarrow]
    return Drawing(width, height, nodes, labels, arcs, heads)


def _label_box(annotation, px) -> Box:
    (x, y) = px([annotation.x], [annotation.y])[0]
    size = annotation.font.size
    pad = (annotation.borderpad or 1) + (annotation.borderwidth or 1)
    w = text_width_px(annotation.text, size) + 2 * pad
    h = (annotation.text.count("<br>") + 1) * LINE_EM * size + 2 * pad
    x += annotation.xshift or 0
    y -= annotation.yshift or 0
    left = {"left": x, "right": x - w}.get(annotation.xanchor, x - w / 2)
    top = {"top": y, "bottom": y - h}.get(annotation.yanchor, y - h / 2)
    return Box(annotation.name.removeprefix("label-"), "label", left, top, left + w, top + h)


def _arcs(trace, px, centres) -> list[Arc]:
    arcs, xs, ys = [], [], []
    for x, y in zip([*trace.x, None], [*trace.y, None], strict=True):
        if x is not None:
            xs.append(x)
            ys.append(y)
            continue
        if xs:
            points = densify(px(xs, ys))
            ends = (_nearest(centres, points[0]), _nearest(centres, points[-1]))
            arcs.append(Arc(ends, points, exempt_px=14.0))
        xs, ys = [], []
    return arcs


def _arrowhead(annotation, px) -> Box:
    """The arrowhead: around the point `standoff` pixels before the head, its length each way."""
    (head, tail) = px([annotation.x, annotation.ax], [annotation.y, annotation.ay])
    direction = (head - tail) / (np.linalg.norm(head - tail) or 1.0)
    tip = head - direction * annotation.standoff
    reach = 3.5 * annotation.arrowsize * annotation.arrowwidth
    return Box("", "arrowhead", *(tip - reach), *(tip + reach))


def densify(points: np.ndarray) -> np.ndarray:
    pieces = [points[:1]]
    for start, end in itertools.pairwise(points):
        steps = max(1, int(np.ceil(np.linalg.norm(end - start) / STEP_PX)))
        t = np.linspace(0.0, 1.0, steps + 1)[1:, None]
        pieces.append(start + (end - start) * t)
    return np.vstack(pieces)


def _nearest(centres: dict[str, np.ndarray], point: np.ndarray) -> str:
    return min(centres, key=lambda body_id: float(np.linalg.norm(centres[body_id] - point)))


def arc_hits(arc: Arc, boxes: list[Box]) -> list[Box]:
    """The boxes the arc runs through, away from the nodes at its own ends."""
    along = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(arc.points, axis=0), axis=1))])
    away = (along > arc.exempt_px) & (along < along[-1] - arc.exempt_px)
    inner = arc.points[away]
    hits = []
    for box in boxes:
        if box.what in ("nodes", "selection") and box.owner in (*arc.ends, "selected"):
            continue
        if len(inner) and box.contains(inner).any():
            hits.append(box)
    return hits
