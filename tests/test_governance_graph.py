"""The network picture through its builder: nodes, edges, layout by level, legend, escaping."""

from __future__ import annotations

from xml.etree import ElementTree

import numpy as np
import pandas as pd
import pytest

from dashboard.display import palette
from dashboard.governance import graph, graph_shapes
from dashboard.texts import overleggen as texts

from . import body_samples, graph_drawing, pictures

SVG = pictures.SVG

HOSTILE = "<img src=x onerror=alert(1)>"


def _body(body_id, name, level, kind=None, district=None) -> dict:
    return body_samples.body(
        body_id, name, level, kind=kind, district_code=district, status="actief", source="bron"
    )


@pytest.fixture
def bodies() -> pd.DataFrame:
    rows = [
        _body("lst", "Landelijk Schakelteam", "landelijk"),
        _body("rvo", "Regionaal Veiligheidsoverleg (RVO)", "regionaal", "bestuurlijk"),
        _body("bbg", "Bestuurlijke Begeleidingsgroep", "regionaal", "bestuurlijk"),
        _body("net", "Veiligheidsnetwerk", "regionaal", "gemengd"),
        _body("dvo", "Districtelijk Veiligheidsoverleg Twente", "district", "bestuurlijk", "VR05"),
        _body("dn", "Ambtelijk districtsnetwerk Twente", "district", "ambtelijk", "VR05"),
        _body("gem", "Gemeente Enschede", "lokaal", "ambtelijk", "VR05"),
    ]
    return pd.DataFrame(rows, columns=list(body_samples.BODY_COLUMNS))


@pytest.fixture
def relations() -> pd.DataFrame:
    rows = [
        ("rvo", "bbg", "geeft opdracht aan", "De BBG ziet toe namens het RVO."),
        ("bbg", "rvo", "is vertegenwoordigd in", None),
        ("net", "lst", "stemt af met", None),
        ("lst", "net", "stemt af met", None),
        ("dn", "dvo", "ondersteunt", None),
        ("gem", "dvo", "rapporteert aan", None),
        ("bbg", "weg", "adviseert", None),  # to a body that is not in the frame
    ]
    return pd.DataFrame(
        [(*row, "bron") for row in rows],
        columns=["source_body_id", "target_body_id", "relation", "note", "source"],
    )


def _svg(picture: str):
    return pictures.parse(picture)


def _nodes(picture) -> dict[str, ElementTree.Element]:
    return {g.get("data-body"): g for g in _svg(picture).iter(SVG + "g") if g.get("data-body")}


def _centre(group) -> tuple[float, float]:
    box = graph_drawing._shape_box("", "nodes", next(iter(group)), np.zeros(2))
    return ((box.left + box.right) / 2, (box.top + box.bottom) / 2)


def _node_positions(picture) -> dict[str, tuple[float, float]]:
    """body_id → the centre of its marker in picture pixels (y downwards)."""
    return {body_id: _centre(group) for body_id, group in _nodes(picture).items()}


def _tagged(picture, tag: str, attribute: str) -> list[ElementTree.Element]:
    return [shape for shape in _svg(picture).iter(SVG + tag) if shape.get(attribute) is not None]


def _arrows(picture):
    return [
        p for p in _tagged(picture, "polygon", "data-role") if p.get("data-role") == "arrowhead"
    ]


def _arcs(picture):
    return _tagged(picture, "path", "data-relation")


def _labels(picture) -> dict[str, list[str]]:
    return {
        g.get("data-label"): [t.text for t in g.iter(SVG + "text")]
        for g in _tagged(picture, "g", "data-label")
    }


def _legend(picture) -> list[str]:
    (legend,) = [g for g in _svg(picture).iter(SVG + "g") if g.get("transform")]
    return [t.text for t in legend.iter(SVG + "text")]


def test_every_body_is_a_node_and_every_relation_inside_an_arrow(bodies, relations):
    picture = graph.body_graph(bodies, relations)
    assert set(_node_positions(picture)) == set(bodies["body_id"])
    assert len(_arrows(picture)) == 6  # the relation to a body outside the frame is left out
    arcs = _arcs(picture)
    assert len(arcs) == 6
    first = arcs[0].find(SVG + "title").text
    assert "Regionaal Veiligheidsoverleg (RVO) geeft opdracht aan Bestuurlijke" in first
    assert "De BBG ziet toe namens het RVO." in first


def test_only_relations_among_the_shown_bodies_are_drawn(bodies, relations):
    district = bodies[bodies["level"] == "district"]
    picture = graph.body_graph(district, relations)
    assert set(_node_positions(picture)) == {"dvo", "dn"}
    assert len(_arrows(picture)) == 1
    empty = graph.body_graph(district, relations.iloc[0:0])
    assert not _arrows(empty) and not _arcs(empty)


def test_nodes_are_laid_out_in_rows_by_level_top_to_bottom(bodies, relations):
    picture = graph.body_graph(bodies, relations)
    positions = _node_positions(picture)
    assert positions["lst"][1] < positions["rvo"][1] < positions["dn"][1] < positions["gem"][1]
    # within a row sorted by district and name: BBG, RVO, Veiligheidsnetwerk from left to right
    xs = [positions[body_id][0] for body_id in ("bbg", "rvo", "net")]
    assert xs == sorted(xs)
    (plot,) = [r for r in _tagged(picture, "rect", "data-role")]
    left = float(plot.get("x"))
    assert all(left < x < left + float(plot.get("width")) for x in xs)
    levels = {t.get("data-level"): t for t in _tagged(picture, "text", "data-level")}
    assert [t.text for t in levels.values()] == ["Landelijk", "Regionaal", "District", "Lokaal"]
    levels_of = dict(zip(bodies["body_id"], bodies["level"], strict=True))
    heights = {level: float(t.get("y")) for level, t in levels.items()}
    for body_id, (_, y) in positions.items():  # each node nearer its own level's name
        nearest = min(heights, key=lambda level: abs(heights[level] - y))
        assert nearest == levels_of[body_id] or body_id == "rvo", body_id


def test_layout_is_deterministic(bodies, relations):
    first = graph.body_graph(bodies, relations, "bbg")
    again = graph.body_graph(bodies.sample(frac=1, random_state=3), relations, "bbg")
    assert first == again


def test_nodes_are_coloured_and_shaped_by_kind_with_a_legend(bodies, relations):
    picture = graph.body_graph(bodies, relations)
    by_kind: dict = {}
    for body_id, group in _nodes(picture).items():
        by_kind.setdefault(group.get("data-kind") or None, set()).add(body_id)
        shape = next(iter(group))
        colour, kind_shape = graph_shapes.KIND_STYLES[group.get("data-kind") or None]
        assert shape.get("fill") == colour
        tag = {"circle": "circle", "square": "rect"}.get(kind_shape, "polygon")
        assert shape.tag == SVG + tag
    assert set(by_kind) == {"bestuurlijk", "ambtelijk", "gemengd", None}
    assert by_kind["bestuurlijk"] == {"rvo", "bbg", "dvo"}
    assert by_kind[None] == {"lst"}
    legend = _legend(picture)
    kinds = legend[legend.index(texts.GRAPH_LEGEND_KINDS) + 1 :]
    assert kinds == [
        "Bestuurlijk",
        "Ambtelijk",
        "Gemengd (bestuurlijk en ambtelijk)",
        texts.BODIES_KIND_UNKNOWN,
    ]
    colours = {graph_shapes.KIND_STYLES[kind][0] for kind in graph_shapes.KIND_STYLES}
    assert len(colours) == len(graph_shapes.KIND_STYLES)
    shapes = {graph_shapes.KIND_STYLES[kind][1] for kind in graph_shapes.KIND_STYLES}
    assert len(shapes) == len(graph_shapes.KIND_STYLES), "the shape alone tells the kinds apart"


def test_edge_legend_names_each_relation_type_present(bodies, relations):
    legend = _legend(graph.body_graph(bodies, relations))
    assert legend[0] == texts.GRAPH_LEGEND_RELATIONS
    assert legend[1 : legend.index(texts.GRAPH_LEGEND_KINDS)] == [
        "geeft opdracht aan",
        "rapporteert aan",
        "is vertegenwoordigd in",
        "stemt af met",
        "ondersteunt",
    ]
    styles = set(graph_shapes.RELATION_STYLES.values())
    assert len(styles) == len(graph_shapes.RELATION_STYLES), "every relation type looks different"
    dashes = {style[1] for style in graph_shapes.RELATION_STYLES.values()}
    assert len(dashes) == len(graph_shapes.RELATION_STYLES), "the dash alone tells the types apart"


def test_arrows_point_at_the_target(bodies, relations):
    picture = graph.body_graph(bodies, relations)
    positions = _node_positions(picture)
    kept = relations[relations["target_body_id"].isin(positions)]
    for arrow, target in zip(_arrows(picture), kept["target_body_id"], strict=True):
        tip = graph_drawing._numbers(arrow.get("points"))[0]
        distance = np.linalg.norm(tip - np.array(positions[target]))
        assert distance < graph_shapes.NODE_SIZE / 2 + 4  # just outside the target's edge


def test_selected_body_and_its_relations_are_highlighted(bodies, relations):
    picture = graph.body_graph(bodies, relations, selected="bbg")
    (ring,) = [c for c in _tagged(picture, "circle", "data-role")]
    assert (float(ring.get("cx")), float(ring.get("cy"))) == _node_positions(picture)["bbg"]
    focus = [a for a in _arcs(picture) if a.get("stroke") != graph_shapes.OUT_OF_FOCUS]
    faded = [a for a in _arcs(picture) if a.get("stroke") == graph_shapes.OUT_OF_FOCUS]
    assert {a.get("data-relation") for a in focus} == {
        "geeft opdracht aan",
        "is vertegenwoordigd in",
    }
    assert {a.get("data-relation") for a in faded} == {
        "stemt af met",
        "ondersteunt",
        "rapporteert aan",
    }
    assert all(
        float(a.get("stroke-width")) > float(f.get("stroke-width")) for a in focus for f in faded
    )
    nodes = _nodes(picture)
    assert float(next(iter(nodes["bbg"])).get("r")) > float(next(iter(nodes["rvo"])).get("r"))
    labels = {g.get("data-label"): g.get("fill") for g in _tagged(picture, "g", "data-label")}
    assert labels["rvo"] == palette.CHART_TEXT and labels["dvo"] == palette.CHART_MUTED_TEXT
    assert "opacity" not in picture.replace("fill-opacity", "")  # never faded by opacity
    assert not _tagged(
        graph.body_graph(bodies, relations, selected="onbekend"), "circle", "data-role"
    )


def test_labels_are_short_and_the_title_has_the_full_name(bodies, relations):
    picture = graph.body_graph(bodies, relations, districts=_districts())
    labels = _labels(picture)
    assert labels["rvo"] == ["RVO"]
    assert labels["dvo"] == ["DVO Twente"]
    assert labels["dn"] == ["Districtsnetwerk", "Twente"]
    title = _nodes(picture)["dvo"].find(SVG + "title").text
    assert title.startswith("Districtelijk Veiligheidsoverleg Twente; ")
    assert "District: Twente" in title and "Status: actief" in title


def test_a_hostile_name_reaches_the_picture_as_text(bodies, relations):
    bodies.loc[bodies["body_id"] == "bbg", "name"] = HOSTILE
    bodies.loc[bodies["body_id"] == "rvo", "chair"] = "<script>x</script>"
    relations.loc[0, "note"] = "<b onmouseover=x>"
    picture = graph.body_graph(bodies, relations, selected="bbg")
    assert "<img" not in picture and "<script" not in picture and "<b onmouseover" not in picture
    label = " ".join(_labels(picture)["bbg"])
    assert label.startswith("<img src=x") and "alert(1)" in label  # shown as the typed text
    titles = [g.find(SVG + "title").text for g in _nodes(picture).values()]
    assert any(t.startswith(HOSTILE) for t in titles)
    assert any("Voorzitter: <script>x</script>" in t for t in titles)
    assert any("<b onmouseover=x>" in a.find(SVG + "title").text for a in _arcs(picture))


def _districts() -> pd.DataFrame:
    return pd.DataFrame({"district_code": ["VR05"], "name": ["Twente"]})
