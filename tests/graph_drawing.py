"""The network picture as drawn, in pixels: label and node boxes, arc paths, arrowheads.

Read from the SVG itself (its shapes and words), independently of how the layout module computes
them, with a conservative text model: a character is taken as wide as 0,5 em (capitals and m/w
as 0,68 em; the font draws 0,44 em on average) and a line as high as 1,3 em. Coordinates are
pixels of the plot (the unpainted frame `data-role="plot"`), y downwards.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np

from . import pictures

CHARACTER_EM, WIDE_CHARACTER_EM, LINE_EM = 0.5, 0.68, 1.3
STEP_PX = 1.5  # arcs are checked every 1,5 pixel along each drawn segment
LABEL_PAD_PX = 2
SVG = pictures.SVG


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
class Rail:
    """A bundle's straight line through the bodies that share one relation (`members`)."""

    members: tuple[str, ...]
    points: np.ndarray


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    nodes: list[Box]
    labels: list[Box]
    arcs: list[Arc]
    arrowheads: list[Box]
    rails: list[Rail]


def text_width_px(lines: list[str], size: float) -> float:
    return (
        max(
            sum(WIDE_CHARACTER_EM if c.isupper() or c in "mwMW" else CHARACTER_EM for c in line)
            for line in lines
        )
        * size
    )


def drawing(picture: str) -> Drawing:
    """The picture's plot: every node, label, arc and arrowhead in it, in plot pixels."""
    root = pictures.parse(picture)
    (plot,) = [r for r in root.iter(SVG + "rect") if r.get("data-role") == "plot"]
    origin = np.array([float(plot.get("x")), float(plot.get("y"))])
    nodes, centres = [], {}
    for group in root.iter(SVG + "g"):
        if group.get("data-body"):
            box = _shape_box(group.get("data-body"), "nodes", next(iter(group)), origin)
            nodes.append(box)
            centres[box.owner] = np.array([(box.left + box.right) / 2, (box.top + box.bottom) / 2])
    for circle in root.iter(SVG + "circle"):
        if circle.get("data-role") == "selection":
            nodes.append(_shape_box("selected", "selection", circle, origin))
    labels = [
        _label_box(group, origin) for group in root.iter(SVG + "g") if group.get("data-label")
    ]
    arcs = [_arc(path, origin, centres) for path in root.iter(SVG + "path")
            if path.get("data-relation") is not None]  # fmt: skip
    heads = [_shape_box("", "arrowhead", shape, origin) for shape in root.iter(SVG + "polygon")
             if shape.get("data-role") == "arrowhead"]  # fmt: skip
    rails = [
        Rail(tuple(path.get("data-members").split()), _points(path, origin))
        for path in root.iter(SVG + "path")
        if path.get("data-role") == "rail"
    ]
    width, height = float(plot.get("width")), float(plot.get("height"))
    return Drawing(width, height, nodes, labels, arcs, heads, rails)


def _numbers(text: str) -> np.ndarray:
    return np.array([float(n) for n in re.findall(r"-?[0-9.]+", text)]).reshape(-1, 2)


def _shape_box(owner: str, what: str, shape, origin) -> Box:
    """The box of a circle, rect or polygon, with its outline (1,5 px) around it."""
    tag = shape.tag.removeprefix(SVG)
    if tag == "circle":
        centre = np.array([float(shape.get("cx")), float(shape.get("cy"))]) - origin
        half = float(shape.get("r")) + 1.5
        return Box(owner, what, *(centre - half), *(centre + half))
    if tag == "rect":
        left, top = float(shape.get("x")) - origin[0], float(shape.get("y")) - origin[1]
        width, height = float(shape.get("width")), float(shape.get("height"))
        return Box(owner, what, left - 1.5, top - 1.5, left + width + 1.5, top + height + 1.5)
    points = _numbers(shape.get("points")) - origin
    return Box(owner, what, *(points.min(axis=0) - 1.5), *(points.max(axis=0) + 1.5))


def _label_box(group, origin) -> Box:
    """The box of a label's words (not its ground): lines centred on their y, by their anchor."""
    size = float(group.get("font-size"))
    texts = list(group.iter(SVG + "text"))
    width = text_width_px([t.text for t in texts], size) + 2 * LABEL_PAD_PX
    height = len(texts) * LINE_EM * size + 2 * LABEL_PAD_PX
    x, y = float(texts[0].get("x")) - origin[0], float(texts[0].get("y")) - origin[1]
    top = y - LINE_EM * size / 2 - LABEL_PAD_PX
    anchor = texts[0].get("text-anchor")
    left = {"start": x - LABEL_PAD_PX, "end": x + LABEL_PAD_PX - width}.get(anchor, x - width / 2)
    return Box(group.get("data-label"), "label", left, top, left + width, top + height)


def _points(path, origin) -> np.ndarray:
    return densify(_numbers(path.get("d").removeprefix("M")) - origin)


def _arc(path, origin, centres) -> Arc:
    points = _points(path, origin)
    ends = (_nearest(centres, points[0]), _nearest(centres, points[-1]))
    return Arc(ends, points, exempt_px=14.0)


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
