"""The network figure through its builder: nodes, edges, layout by level, legend, escaping."""

from __future__ import annotations

import html

import pandas as pd
import pytest

from dashboard.display.markup import literal
from dashboard.governance import graph, graph_layout, graph_traces
from dashboard.texts import overleggen as texts

from . import body_samples

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


def _traces(figure, role):
    return [trace for trace in figure.data if (trace.meta or {}).get("role") == role]


def _arrows(figure):
    return [a for a in figure.layout.annotations if a.showarrow]


def _labels(figure):
    return {a.name.removeprefix("label-"): a.text for a in figure.layout.annotations if a.name}


def _node_positions(figure) -> dict[str, tuple[float, float]]:
    positions = {}
    for trace in _traces(figure, "nodes"):
        positions.update(zip(trace.customdata, zip(trace.x, trace.y, strict=True), strict=True))
    return positions


def test_every_body_is_a_node_and_every_relation_inside_an_arrow(bodies, relations):
    figure = graph.body_graph(bodies, relations)
    assert set(_node_positions(figure)) == set(bodies["body_id"])
    assert len(_arrows(figure)) == 6  # the relation to a body outside the frame is left out
    (hover,) = _traces(figure, "edge-hover")
    assert len(hover.x) == 6
    first = html.unescape(hover.hovertext[0])
    assert "Regionaal Veiligheidsoverleg (RVO) geeft opdracht aan Bestuurlijke" in first
    assert "De BBG ziet toe namens het RVO." in first


def test_only_relations_among_the_shown_bodies_are_drawn(bodies, relations):
    district = bodies[bodies["level"] == "district"]
    figure = graph.body_graph(district, relations)
    assert set(_node_positions(figure)) == {"dvo", "dn"}
    assert len(_arrows(figure)) == 1
    empty = graph.body_graph(district, relations.iloc[0:0])
    assert not _arrows(empty) and not _traces(empty, "edge-hover")


def test_nodes_are_laid_out_in_rows_by_level_top_to_bottom(bodies, relations):
    positions = _node_positions(graph.body_graph(bodies, relations))
    bands = {band.level: band for band in graph_layout.level_bands(bodies)}
    levels = dict(zip(bodies["body_id"], bodies["level"], strict=True))
    for body_id, (_, y) in positions.items():
        assert bands[levels[body_id]].bottom < y < bands[levels[body_id]].top
    assert positions["lst"][1] > positions["rvo"][1] > positions["dn"][1] > positions["gem"][1]
    # within a row sorted by district and name: BBG, RVO, Veiligheidsnetwerk from left to right
    xs = [positions[body_id][0] for body_id in ("bbg", "rvo", "net")]
    assert xs == sorted(xs) and all(0 < x < 1 for x in xs)
    yaxis = graph.body_graph(bodies, relations).layout.yaxis
    assert [t.replace("<b>", "").replace("</b>", "") for t in yaxis.ticktext] == [
        "Landelijk",
        "Regionaal",
        "District",
        "Lokaal",
    ]


def test_layout_is_deterministic(bodies, relations):
    first = graph.body_graph(bodies, relations, "bbg").to_json()
    again = graph.body_graph(bodies.sample(frac=1, random_state=3), relations, "bbg").to_json()
    assert first == again


def test_nodes_are_coloured_and_shaped_by_kind_with_a_legend(bodies, relations):
    figure = graph.body_graph(bodies, relations)
    by_kind = {trace.meta["kind"]: trace for trace in _traces(figure, "nodes")}
    assert set(by_kind) == {"bestuurlijk", "ambtelijk", "gemengd", None}
    for kind, trace in by_kind.items():
        assert (trace.marker.color, trace.marker.symbol) == graph_traces.KIND_STYLES[kind]
    assert set(by_kind["bestuurlijk"].customdata) == {"rvo", "bbg", "dvo"}
    assert list(by_kind[None].customdata) == ["lst"]
    legend = [html.unescape(t.name) for t in _traces(figure, "legend") if "kind" in t.meta]
    assert legend == [
        "Bestuurlijk",
        "Ambtelijk",
        "Gemengd (bestuurlijk en ambtelijk)",
        texts.BODIES_KIND_UNKNOWN,
    ]
    colours = {graph_traces.KIND_STYLES[kind][0] for kind in graph_traces.KIND_STYLES}
    assert len(colours) == len(graph_traces.KIND_STYLES)


def test_edge_legend_names_each_relation_type_present(bodies, relations):
    figure = graph.body_graph(bodies, relations)
    legend = [t for t in _traces(figure, "legend") if "relation" in t.meta]
    assert [html.unescape(t.name) for t in legend] == [
        "geeft opdracht aan",
        "rapporteert aan",
        "is vertegenwoordigd in",
        "stemt af met",
        "ondersteunt",
    ]
    assert all(
        html.unescape(t.legendgrouptitle.text) == texts.GRAPH_LEGEND_RELATIONS for t in legend
    )
    styles = {(t.line.color, t.line.dash) for t in legend}
    assert len(styles) == len(legend), "every relation type looks different"
    assert all(not t.showlegend for t in _traces(figure, "edges"))
    dashes = {style[1] for style in graph_traces.RELATION_STYLES.values()}
    assert len(dashes) == len(graph_traces.RELATION_STYLES), "the dash alone tells the types apart"


def test_arrows_point_at_the_target(bodies, relations):
    figure = graph.body_graph(bodies, relations)
    positions = _node_positions(figure)
    heads = {(round(a.x, 6), round(a.y, 6)) for a in _arrows(figure)}
    for target in relations["target_body_id"]:
        if target in positions:
            x, y = positions[target]
            assert (round(x, 6), round(y, 6)) in heads


def test_selected_body_and_its_relations_are_highlighted(bodies, relations):
    figure = graph.body_graph(bodies, relations, selected="bbg")
    (ring,) = _traces(figure, "selection")
    assert (ring.x[0], ring.y[0]) == _node_positions(figure)["bbg"]
    focus = [t for t in _traces(figure, "edges") if t.opacity == 1.0]
    faded = [t for t in _traces(figure, "edges") if t.opacity < 1.0]
    assert {t.meta["relation"] for t in focus} == {"geeft opdracht aan", "is vertegenwoordigd in"}
    assert {t.meta["relation"] for t in faded} == {"stemt af met", "ondersteunt", "rapporteert aan"}
    bestuurlijk = next(t for t in _traces(figure, "nodes") if t.meta["kind"] == "bestuurlijk")
    sizes = dict(zip(bestuurlijk.customdata, bestuurlijk.marker.size, strict=True))
    opacity = dict(zip(bestuurlijk.customdata, bestuurlijk.marker.opacity, strict=True))
    assert sizes["bbg"] > sizes["rvo"] == sizes["dvo"]
    assert opacity["rvo"] == 1.0 > opacity["dvo"]
    assert not _traces(graph.body_graph(bodies, relations, selected="onbekend"), "selection")


def test_labels_are_short_and_the_hover_has_the_full_name(bodies, relations):
    figure = graph.body_graph(bodies, relations, districts=_districts())
    labels = _labels(figure)
    assert labels["rvo"] == "RVO"
    assert labels["dvo"] == "DVO Twente"
    assert labels["dn"] == "Districtsnetwerk<br>Twente"
    dvo = next(t for t in _traces(figure, "nodes") if t.meta["kind"] == "bestuurlijk")
    hover = html.unescape(dict(zip(dvo.customdata, dvo.hovertext, strict=True))["dvo"])
    assert hover.startswith("<b>Districtelijk Veiligheidsoverleg Twente</b>")
    assert "District: Twente" in hover and "Status: actief" in hover


def test_a_hostile_name_reaches_plotly_escaped(bodies, relations):
    bodies.loc[bodies["body_id"] == "bbg", "name"] = HOSTILE
    bodies.loc[bodies["body_id"] == "rvo", "chair"] = "<script>x</script>"
    relations.loc[0, "note"] = "<b onmouseover=x>"
    figure = graph.body_graph(bodies, relations, selected="bbg")
    spec = figure.to_json()
    assert "<img" not in spec and "<script" not in spec and "<b onmouseover" not in spec
    label = html.unescape(_labels(figure)["bbg"].replace("<br>", " "))
    assert label.startswith("<img src=x") and "alert(1)" in label  # shown as the typed text
    hovers = [h for t in _traces(figure, "nodes") for h in t.hovertext]
    assert any(h.startswith(f"<b>{literal(HOSTILE)}</b>") for h in hovers)
    assert any(literal("Voorzitter: <script>x</script>") in h for h in hovers)
    (edge_hover,) = _traces(figure, "edge-hover")
    assert literal("<b onmouseover=x>") in edge_hover.hovertext[0]


def _districts() -> pd.DataFrame:
    return pd.DataFrame({"district_code": ["VR05"], "name": ["Twente"]})
