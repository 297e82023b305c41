"""Which way each arc bends and on which side of its node each label sits, so that no arc runs
through a label or another node and no label covers another.

Greedy and deterministic: labels start below their nodes; every arc takes, of a fixed set of
bends, the one that hits no label or node and crosses the fewest arcs already placed; a label
that an arc still runs through moves to the side where nothing is; then the arcs again. A bundle's
arc leaves from whichever of its joint's points is cheapest; its rail is fixed. Checked
at the narrowest and a wide plot, because x stretches with the screen and pixels do not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.governance import graph_geometry as geometry

X_RANGE = (-0.06, 1.06)  # the x axis: a little room beside the outer nodes
PLOT_WIDTHS_PX = (660, 1500)  # the narrowest plot the layout is made for, and a wide one
BENDS_PX = (0, 30, 60, 95, 135, 180, 230, 290)  # the arc's middle beside the straight line
BENDS = np.array([sign * size for size in BENDS_PX for sign in (1, -1)][1:], dtype=float)
SHIFTS = (0.5, 0.3, 0.7, 0.15, 0.85, 0.05, 0.95)  # where an arc bulges most: the middle or off it
DENSE = 60  # samples per arc when checking what it runs through
COARSE = 13  # samples per arc when counting crossings
EXEMPT_PX = 11  # an arc starts at its node's centre: its first pixels lie on the node
WALL_PX = 8  # room between any label or arc and the plot's left and right edge
WALL_WEIGHT = 4  # a label past the edge counts as this many things it runs into
INFLATE_PX = 3  # room around a label that no arc takes
SIBLING_PX = 40  # two arcs between the same bodies keep their middles this far apart
SIDE_ORDER = ("below", "above", "right", "left")
HIT, CROSSING, OFF_SIDE, ABOVE_TOP, BEND = 1000.0, 40.0, 8.0, 3.0, 0.15


@dataclass(frozen=True)
class Routed:
    """Per edge (its index in the edges frame) the arc in plot units; per body its label side."""

    arcs: dict[int, np.ndarray]
    sides: dict[str, str]


def px(points: np.ndarray, width: float) -> np.ndarray:
    """Plot units (x fraction, y pixels up) → pixels of a plot `width` wide, y downwards."""
    x0, x1 = X_RANGE
    return np.stack([(points[..., 0] - x0) / (x1 - x0) * width, -points[..., 1]], axis=-1)


NOWHERE = np.array([-1e6, -1e6, -1e6, -1e6])  # the label box of a joint, which has no label


@dataclass(frozen=True)
class _Scene:
    centres: np.ndarray  # plot units
    node_px: np.ndarray
    label_sizes: list[tuple[float, float] | None]  # None: no label (a bundle's joint)
    rails: np.ndarray  # fixed lines (rails × points × 2, plot units) that labels keep off

    def node_boxes(self, width: float) -> np.ndarray:
        centres, half = px(self.centres, width), (self.node_px / 2 + 1.5)[:, None]
        return np.hstack([centres - half, centres + half])

    def label_boxes(self, sides: list[str], width: float) -> np.ndarray:
        centres = px(self.centres, width)
        return np.array(
            [
                NOWHERE
                if self.label_sizes[i] is None
                else geometry.label_box(centres[i], self.label_sizes[i], side, self.node_px[i])
                for i, side in enumerate(sides)
            ]
        ).reshape(-1, 4)

    @property
    def labelled(self) -> np.ndarray:
        return np.array([size is not None for size in self.label_sizes], dtype=bool)


def route(
    positions: dict[str, tuple[float, float]],
    edges: pd.DataFrame,
    node_px: dict[str, float],
    labels: dict[str, str],
    bundles: tuple[dict[str, list[tuple[float, float]]], tuple[np.ndarray, ...]] = ({}, ()),
    prior: Routed | None = None,
) -> Routed:
    """The arcs of `edges` and the label sides of the bodies in `positions` (`labels`: texts).

    `bundles` holds the joints (an edge's source that is no body, with the points it may leave
    from: the arc takes the cheapest, and starts there) and the rails: fixed lines no label
    may cover (each as long as its joint's points reach, whichever the arc takes). Plot units
    throughout. `prior`, the routing of the same picture with other node sizes (no body
    selected), is kept when it still runs through nothing."""
    joints, rails = bundles
    options = {joint: [f"{joint}#{n}" for n in range(len(at))] for joint, at in joints.items()}
    spots = {f"{joint}#{n}": xy for joint, at in joints.items() for n, xy in enumerate(at)}
    ids = [*positions, *spots]
    scene = _Scene(
        np.array([{**positions, **spots}[body] for body in ids], dtype=float).reshape(-1, 2),
        np.array([node_px.get(body, 0.0) for body in ids], dtype=float),
        [geometry.label_size(labels[body]) if body in labels else None for body in ids],
        _dense(list(rails)),
    )
    index = {body: i for i, body in enumerate(ids)}
    pairs = [
        (key, tuple(index[one] for one in options.get(source, [source])), index[target])
        for key, source, target in zip(
            edges.index, edges["source_body_id"], edges["target_body_id"], strict=True
        )
    ]
    if prior is not None and _still_fits(scene, pairs, prior, ids):
        return prior
    best: tuple[int, dict, list[str]] | None = None
    # Two starts: labels away from their node's relations, and every label below.
    for sides in (_first_sides(scene, pairs), [SIDE_ORDER[0]] * len(ids)):
        for _ in range(4):
            arcs = _route_arcs(scene, pairs, sides)
            dense = _dense(list(arcs.values()))
            trouble = _trouble(scene, dense, sides)
            if best is None or trouble.sum() < best[0]:
                best = (int(trouble.sum()), arcs, list(sides))
            if not trouble.any():
                break
            moved = _choose_sides(scene, dense, sides, trouble)
            if moved == sides:  # stuck: the troubled labels try their next best side, and the
                moved = _choose_sides(scene, dense, sides, trouble, away=True)  # arcs follow
            sides = moved
        if not best[0]:
            break
    _, arcs, sides = best
    return Routed(arcs, dict(zip(ids, sides, strict=True)))


def _still_fits(scene: _Scene, pairs, prior: Routed, ids: list[str]) -> bool:
    """Whether the prior routing's arcs and labels run into nothing in this scene (its arcs
    are the same, so only what the new node sizes move is looked at: labels and nodes)."""
    sides = [prior.sides[body] for body in ids]
    if set(prior.arcs) != {key for key, _, _ in pairs}:
        return False
    if _trouble(scene, _dense([prior.arcs[key] for key, _, _ in pairs]), sides).any():
        return False
    for width in PLOT_WIDTHS_PX:
        labels, nodes = scene.label_boxes(sides, width), scene.node_boxes(width)
        for key, starts, b in pairs:
            arc = prior.arcs[key]
            start = [i for i in starts if np.allclose(scene.centres[i], arc[0])]
            if not start:  # the prior arc leaves from a point this scene does not offer
                return False
            others = np.delete(nodes, [start[0], b], axis=0)
            if _box_hits(px(arc[None], width), labels, others)[0]:
                return False
    return True


def _first_sides(scene: _Scene, pairs) -> list[str]:
    """Each label on the side (in SIDE_ORDER) towards which the fewest of its node's relations
    leave, as straight lines, and inside the plot: below unless arcs go down."""
    narrow = PLOT_WIDTHS_PX[0]
    centres = px(scene.centres, narrow)
    boxes = {side: scene.label_boxes([side] * len(centres), narrow) for side in SIDE_ORDER}
    towards = {"below": (0, 1), "above": (0, -1), "right": (1, 0), "left": (-1, 0)}
    sides = []
    for i, centre in enumerate(centres):
        others = [b for _, a, b in pairs if i in a] + [a[0] for _, a, b in pairs if b == i]
        directions = centres[others] - centre
        directions /= np.linalg.norm(directions, axis=1, keepdims=True).clip(min=1e-9)
        counts = [
            (directions @ np.array(towards[side]) > 0.5).sum()
            + HIT * (boxes[side][i, 0] < WALL_PX or boxes[side][i, 2] > narrow - WALL_PX)
            for side in SIDE_ORDER
        ]
        sides.append(SIDE_ORDER[int(np.argmin(counts))])
    return sides


def _route_arcs(scene: _Scene, pairs, sides: list[str]) -> dict[int, np.ndarray]:
    boxes = [(w, scene.label_boxes(sides, w), scene.node_boxes(w)) for w in PLOT_WIDTHS_PX]
    narrow = PLOT_WIDTHS_PX[0]
    placed: dict[int, np.ndarray] = {}
    segments = np.zeros((0, 2, 2))
    controls: dict[frozenset, list[np.ndarray]] = {}
    length = {
        key: np.ptp(px(scene.centres[[a[0], b]], narrow), axis=0).sum() for key, a, b in pairs
    }
    for key, starts, b in sorted(pairs, key=lambda pair: (length[pair[0]], pair[0])):
        best = None
        for along in SHIFTS:  # off the middle only when no arc through the middle is clear
            for a in starts:  # a joint's arc may leave from any of its points
                siblings = controls.get(frozenset((a, b)), [])
                found = (*_best_arc(scene, (a, b), along, boxes, (siblings, segments)), a)
                best = found if best is None or found[0] < best[0] else best
            if best[0] < HIT:
                break
        _, placed[key], control_px, coarse, a = best
        controls.setdefault(frozenset((a, b)), []).append(control_px)
        segments = np.concatenate([segments, np.stack([coarse[:-1], coarse[1:]], 1)])
    return placed


def _best_arc(scene: _Scene, ends, along: float, boxes, placed):
    """(cost, arc in plot units, control in pixels, coarse arc in pixels) of the cheapest bend
    of the arc between `ends` that bulges most at `along` (0,5: the middle)."""
    (a, b), (siblings, segments) = ends, placed
    control_px, control = _controls(scene, a, b, along)
    cost = BEND * np.abs(BENDS) + OFF_SIDE * (BENDS < 0) + OFF_SIDE * (along != SHIFTS[0])
    for other in siblings:
        cost += HIT * (np.linalg.norm(control_px - other, axis=1) < SIBLING_PX)
    dense = _curves(scene.centres[a], control, scene.centres[b], DENSE)
    for width, labels, nodes in boxes:
        # A bend that already runs into something is out while a clear one exists: only the
        # bends still clear are weighed further (all of them when none is).
        weigh = cost < HIT if (cost < HIT).any() else np.ones(len(cost), dtype=bool)
        others = np.delete(nodes, [a, b], axis=0)
        cost[weigh] += _arc_costs(px(dense[weigh], width), labels, others, width)
    coarse = px(_curves(scene.centres[a], control, scene.centres[b], COARSE), PLOT_WIDTHS_PX[0])
    weigh = cost < HIT if (cost < HIT).any() else np.ones(len(cost), dtype=bool)
    cost[weigh] += CROSSING * _crossing_counts(coarse[weigh], segments)
    choice = int(np.lexsort((np.abs(BENDS), cost))[0])
    arc = _curves(scene.centres[a], control[choice : choice + 1], scene.centres[b])[0]
    return float(cost[choice]), arc, control_px[choice], coarse[choice]


def _controls(scene: _Scene, a: int, b: int, along: float) -> tuple[np.ndarray, np.ndarray]:
    """Per bend: the control point of the arc from a to b that bulges that many pixels left of
    the straight line (at the narrowest plot) at `along`, in pixels and in plot units."""
    narrow = PLOT_WIDTHS_PX[0]
    start, end = px(scene.centres[[a, b]], narrow)
    direction = end - start
    normal = np.array([direction[1], -direction[0]]) / (np.linalg.norm(direction) or 1.0)
    # A quadratic curve reaches half-way to its control point.
    control_px = start + direction * along + normal[None, :] * 2 * BENDS[:, None]
    x0, x1 = X_RANGE
    units = np.column_stack([control_px[:, 0] / narrow * (x1 - x0) + x0, -control_px[:, 1]])
    return control_px, units


def _curves(start, controls: np.ndarray, end, points: int = geometry.CURVE_POINTS) -> np.ndarray:
    t = np.linspace(0.0, 1.0, points)[None, :, None]
    return start * (1 - t) ** 2 + controls[:, None, :] * 2 * (1 - t) * t + end * t**2


def _arc_costs(curves: np.ndarray, labels: np.ndarray, nodes: np.ndarray, width) -> np.ndarray:
    """Per candidate curve (candidates × points × 2, pixels): hits, walls, height above top."""
    hits = _box_hits(curves, labels, nodes)
    x = curves[..., 0]
    hits += ((x < WALL_PX) | (x > width - WALL_PX)).any(axis=1)
    return HIT * hits + ABOVE_TOP * np.maximum(0.0, -curves[..., 1].min(axis=1))


def _box_hits(curves: np.ndarray, labels: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """Per candidate curve, how many label and node boxes it runs through (away from its ends)."""
    steps = np.linalg.norm(np.diff(curves, axis=1), axis=2)
    along = np.concatenate([np.zeros((len(curves), 1)), np.cumsum(steps, axis=1)], axis=1)
    inner = (along > EXEMPT_PX) & (along < along[:, -1:] - EXEMPT_PX)
    hits = np.zeros(len(curves))
    low, high = curves.min(axis=(0, 1)) - INFLATE_PX, curves.max(axis=(0, 1)) + INFLATE_PX
    for boxes in (labels, nodes):
        # boxes beyond every candidate's reach cannot be hit: leave them out of the big test
        near = (boxes[:, 2:] >= low).all(axis=1) & (boxes[:, :2] <= high).all(axis=1)
        inside = _inside(curves, boxes[near], INFLATE_PX) & inner[:, :, None]
        hits += inside.any(axis=1).sum(axis=1)
    return hits


def _inside(points: np.ndarray, boxes: np.ndarray, inflate: float) -> np.ndarray:
    """points (… × 2) against boxes (n × 4): a boolean (… × n)."""
    x, y = points[..., 0, None], points[..., 1, None]
    return (
        (x > boxes[:, 0] - inflate)
        & (x < boxes[:, 2] + inflate)
        & (y > boxes[:, 1] - inflate)
        & (y < boxes[:, 3] + inflate)
    )


def _crossing_counts(curves: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Per candidate curve, how many of the placed segments (m × 2 × 2) it crosses."""
    # Only segments within reach of some candidate can be crossed: the rest cost work, not hits.
    low, high = curves.min(axis=(0, 1)), curves.max(axis=(0, 1))
    near = (segments.max(axis=1) >= low).all(axis=1) & (segments.min(axis=1) <= high).all(axis=1)
    segments = segments[near]
    if not len(segments):
        return np.zeros(len(curves))
    p, r = curves[:, :-1, None, :], np.diff(curves, axis=1)[:, :, None, :]
    q, s = segments[None, None, :, 0], (segments[:, 1] - segments[:, 0])[None, None]
    denominator = _cross(r, s)
    with np.errstate(divide="ignore", invalid="ignore"):
        t, u = _cross(q - p, s) / denominator, _cross(q - p, r) / denominator
    hit = (denominator != 0) & (t > 0.02) & (t < 0.98) & (u > 0.02) & (u < 0.98)
    return hit.sum(axis=(1, 2))


def _cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]


def _dense(arcs: list[np.ndarray]) -> np.ndarray:
    """The arcs resampled at DENSE points each (arcs × points × 2, plot units)."""
    t, along = np.linspace(0.0, 1.0, DENSE), np.linspace(0.0, 1.0, geometry.CURVE_POINTS)
    resampled = [np.column_stack([np.interp(t, along, arc[:, i]) for i in (0, 1)]) for arc in arcs]
    return np.array(resampled).reshape(-1, DENSE, 2)


def _trouble(scene: _Scene, dense: np.ndarray, sides: list[str]) -> np.ndarray:
    """Per body: how many arcs, rails, labels, nodes or plot edges its label runs into."""
    lines = np.concatenate([dense, scene.rails])
    return sum(_label_trouble(scene, lines, sides, w) for w in PLOT_WIDTHS_PX) * scene.labelled


def _label_trouble(scene: _Scene, dense: np.ndarray, sides: list[str], width) -> np.ndarray:
    labels, nodes = scene.label_boxes(sides, width), scene.node_boxes(width)
    count = _inside(px(dense, width), labels, 3).any(axis=1).sum(axis=0).astype(float)
    for others in (labels, nodes):
        overlap = _overlaps(labels, others, 2)
        np.fill_diagonal(overlap, False)
        count += overlap.sum(axis=1)
    # A label past the plot's edge is cut off, worse than one an arc runs through: weigh it more.
    return count + WALL_WEIGHT * ((labels[:, 0] < WALL_PX) | (labels[:, 2] > width - WALL_PX))


def _choose_sides(
    scene: _Scene, arcs, sides: list[str], trouble: np.ndarray, *, away: bool = False
) -> list[str]:
    """Move each troubled label to the side (in SIDE_ORDER) where it runs into the least;
    `away`: to the best side other than its own."""
    sides = list(sides)
    for i in np.flatnonzero(trouble):
        costs = []
        for rank, side in enumerate(SIDE_ORDER):
            if away and side == sides[i]:
                continue
            trial = [*sides[:i], side, *sides[i + 1 :]]
            costs.append((_trouble(scene, arcs, trial)[i], rank, side))
        sides[i] = min(costs)[2]
    return sides


def _overlaps(first: np.ndarray, second: np.ndarray, room: float) -> np.ndarray:
    return ~(
        (first[:, None, 2] + room <= second[None, :, 0])
        | (second[None, :, 2] + room <= first[:, None, 0])
        | (first[:, None, 3] + room <= second[None, :, 1])
        | (second[None, :, 3] + room <= first[:, None, 1])
    )
