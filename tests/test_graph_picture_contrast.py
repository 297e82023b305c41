"""The network picture as drawn on the real registers: every word reads 4,5:1 on white and on the
band grey, every arc and arrowhead 3:1 with its colour alone (in focus or not), every node has a
dark outline, and nothing is faded by an opacity (the label ground is light: words stay 4,5:1)."""

from __future__ import annotations

import pytest

from dashboard.display import contrast, palette
from dashboard.governance import graph
from dashboard.marts import read_marts

from . import pictures

GROUNDS = (palette.CHART_BACKGROUND, palette.CHART_BAND)


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


@pytest.mark.parametrize("selected", [None, "bbg"])
def test_the_network_reads_on_its_grounds(marts, selected):
    svg = graph.body_graph(marts.bodies, marts.body_relations, selected, districts=marts.districts)
    picture = pictures.parse(svg)
    assert "opacity" not in svg.replace(f'fill-opacity="{palette.LABEL_GROUND_OPACITY}"', "")
    weak = {
        (fill, ground)
        for fill in pictures.text_fills(picture)
        for ground in GROUNDS
        if contrast.ratio(fill, ground) < 4.5
    }
    assert weak == set()
    paths = list(picture.iter(pictures.SVG + "path"))
    arcs = [p.get("stroke") for p in paths if p.get("data-relation")]
    rails = [p.get("stroke") for p in paths if p.get("data-role") == "rail"]
    circles = picture.iter(pictures.SVG + "circle")
    joints = [c.get("fill") for c in circles if c.get("data-role") == "joint"]
    heads = [p.get("fill") for p in picture.iter(pictures.SVG + "polygon") if p.get("data-role")]
    assert arcs and len(heads) == len(arcs) and rails and len(paths) == len(arcs) + len(rails)
    faint = {c for c in arcs + rails + joints + heads for g in GROUNDS if contrast.ratio(c, g) < 3}
    assert faint == set()
    for group in picture.iter(pictures.SVG + "g"):
        if group.get("data-body"):
            assert next(iter(group)).get("stroke") == palette.CHART_TEXT  # 3:1 whatever the fill
