"""The network on the real registers reads well: no arc through a label, nothing cut off.

Measured in pixels on the SVG picture as drawn (`graph_drawing`), for the whole network, for every
value of every filter, and with a body chosen.
"""

from __future__ import annotations

import itertools

import pytest

from dashboard.display import svg
from dashboard.governance import bodies, graph
from dashboard.marts import read_marts

from . import graph_drawing, pictures

MARGIN_PX = 4  # room every element keeps from the edge of the plot


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def _views(marts):
    """(name, shown bodies, selected body) for every view the page can show."""
    yield "alles", marts.bodies, None
    chosen = bodies.filters(marts.districts, marts.themes)
    for index, one in enumerate(chosen):
        for value in one.options:
            values = [[value] if i == index else [] for i in range(len(chosen))]
            shown = bodies.filter_bodies(marts.bodies, *values)
            if not shown.empty:
                yield f"{one.param}={value}", shown, None
    for body_id in ("bbg", "veiligheidsnetwerk", "coordinator", "dvo-vr05"):
        yield f"overleg={body_id}", marts.bodies, body_id


def _figures(marts):
    for name, shown, selected in _views(marts):
        picture = graph.body_graph(shown, marts.body_relations, selected, districts=marts.districts)
        yield name, graph_drawing.drawing(picture)


def test_no_arc_runs_through_a_label_or_another_node(marts):
    problems = []
    for view, drawn in _figures(marts):
        for arc in drawn.arcs:
            for box in graph_drawing.arc_hits(arc, drawn.labels + drawn.nodes):
                problems.append(
                    f"{view}: {arc.ends[0]}→{arc.ends[1]} through {box.what} {box.owner}"
                )
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_a_rail_runs_through_its_members_only_and_through_no_label(marts):
    problems, rails = [], 0
    for view, drawn in _figures(marts):
        for rail in drawn.rails:
            rails += 1
            for box in drawn.labels + drawn.nodes:
                inside = box.contains(rail.points).any()
                if box.what == "label" and inside:
                    problems.append(f"{view}: rail of {rail.members[0]}… through label {box.owner}")
                elif box.what == "nodes" and inside != (box.owner in rail.members):
                    problems.append(f"{view}: rail of {rail.members[0]}… and node {box.owner}")
    assert rails and not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_no_label_covers_another_label_or_node(marts):
    problems = []
    for view, drawn in _figures(marts):
        for first, second in itertools.combinations(drawn.labels, 2):
            if first.overlaps(second):
                problems.append(f"{view}: label {first.owner} over label {second.owner}")
        for label, node in itertools.product(drawn.labels, drawn.nodes):
            if node.owner not in (label.owner, "selected") and label.overlaps(node):
                problems.append(f"{view}: label {label.owner} over node {node.owner}")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_every_drawn_element_lies_inside_the_plot(marts):
    problems = []
    for view, drawn in _figures(marts):
        low, high = MARGIN_PX, (drawn.width - MARGIN_PX, drawn.height - MARGIN_PX)
        boxes = drawn.nodes + drawn.labels + drawn.arrowheads
        for box in boxes:
            if box.left < low or box.top < low or box.right > high[0] or box.bottom > high[1]:
                problems.append(f"{view}: {box.what} {box.owner} outside the plot")
        for arc in drawn.arcs + drawn.rails:
            (left, top), (right, bottom) = arc.points.min(axis=0), arc.points.max(axis=0)
            if left < low or top < low or right > high[0] or bottom > high[1]:
                name = f"rail {arc.members[0]}…" if hasattr(arc, "members") else f"arc {arc.ends}"
                problems.append(f"{view}: {name} outside the plot")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_the_legend_lies_below_the_plot_inside_the_picture(marts):
    picture = graph.body_graph(marts.bodies, marts.body_relations, districts=marts.districts)
    root = pictures.parse(picture)
    drawn = graph_drawing.drawing(picture)
    (legend,) = [g for g in root.iter(pictures.SVG + "g") if g.get("transform")]
    left, top = (float(n) for n in legend.get("transform")[len("translate(") : -1].split(","))
    words = list(legend.iter(pictures.SVG + "text"))
    assert words and top > drawn.height
    for word in words:
        x, y = left + float(word.get("x")), top + float(word.get("y"))
        right = x + graph_drawing.text_width_px([word.text], svg.FONT_PX)
        assert right <= float(root.get("width")) and y + svg.FONT_PX <= float(root.get("height"))
