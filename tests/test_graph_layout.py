"""Where the bodies stand in the network: bands by level, tiers, sub-rows; how arcs bend."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.governance import graph_bundles, graph_geometry, graph_layout, graph_routing

from . import graph_drawing

COLUMNS = ("body_id", "name", "body_type", "level", "district_code")


def _bodies(*rows) -> pd.DataFrame:
    return pd.DataFrame(
        [dict(zip(COLUMNS, row, strict=False)) for row in rows], columns=list(COLUMNS)
    ).astype(object)


def test_a_crowded_row_alternates_heights_so_labels_do_not_collide():
    rows = [(f"b{i:02d}", f"Overleg {i:02d}", "werkgroep", "regionaal") for i in range(11)]
    positions = graph_layout.node_positions(_bodies(*rows))
    heights = [y for _, y in positions.values()]
    assert len(set(heights)) == 3
    assert heights[0] != heights[1] != heights[2] and heights[0] == heights[3]
    few = graph_layout.node_positions(_bodies(*rows[:4]))
    assert len({y for _, y in few.values()}) == 1


def test_a_dvo_stands_above_its_district_network_and_rows_go_down_by_level():
    positions = graph_layout.node_positions(
        _bodies(
            ("dn", "Netwerk Twente", "districtsnetwerk", "district", "VR05"),
            ("dvo", "DVO Twente", "dvo", "district", "VR05"),
            ("rvo", "RVO", "bestuurlijk overleg", "regionaal"),
        )
    )
    regional, district = graph_layout.level_bands(
        _bodies(("dn", "N", "districtsnetwerk", "district"), ("rvo", "R", "werkgroep", "regionaal"))
    )
    assert positions["rvo"][0] == 0.5 and regional.bottom < positions["rvo"][1] < regional.top
    assert positions["dvo"][1] - positions["dn"][1] == graph_layout.TIER_PX
    assert positions["rvo"][1] > positions["dvo"][1]
    assert district.top == regional.bottom > district.bottom


def test_a_crowded_tier_alternates_over_two_sub_rows():
    rows = [(f"w{i}", f"W {i}", "werkgroep", "regionaal") for i in range(5)]
    positions = graph_layout.node_positions(
        _bodies(("rvo", "RVO", "bestuurlijk overleg", "regionaal"), *rows)
    )
    heights = [positions[f"w{i}"][1] for i in range(5)]
    assert heights[0] == heights[2] == heights[4] == heights[1] + graph_layout.SUB_ROW_PX


def test_level_rows_put_unknown_levels_last():
    frame = _bodies(("a", "A", "werkgroep", "elders"), ("b", "B", "werkgroep", "lokaal"))
    assert graph_layout.level_rows(frame) == [(0, "lokaal"), (1, "elders")]


def _route(positions, *pairs):
    edges = pd.DataFrame(pairs, columns=["source_body_id", "target_body_id"])
    return graph_routing.route(
        positions, edges, dict.fromkeys(positions, 20), dict.fromkeys(positions, "X")
    )


def test_an_arc_runs_from_start_to_end_and_the_way_back_takes_the_other_side():
    positions = {"a": (0.2, -100.0), "b": (0.8, -100.0)}
    routed = _route(positions, ("a", "b"), ("b", "a"))
    there, back = routed.arcs[0], routed.arcs[1]
    assert there.shape == (graph_geometry.CURVE_POINTS, 2)
    assert tuple(there[0]) == positions["a"] and tuple(there[-1]) == positions["b"]
    middle = len(there) // 2
    assert abs(there[middle, 1] - back[middle, 1]) >= graph_routing.SIBLING_PX / 2


def test_an_arc_bends_around_a_body_in_its_way_and_labels_move_off_arcs():
    positions = {"a": (0.1, -100.0), "m": (0.5, -100.0), "b": (0.9, -100.0)}
    routed = _route(positions, ("a", "b"))
    arc = routed.arcs[0]
    assert np.abs(arc[:, 1] - -100.0).max() > 20  # not straight through the body in the middle
    # b stands right under a: the arc into a must not run through a's label
    below = _route({"a": (0.5, -100.0), "b": (0.5, -300.0)}, ("b", "a"))
    width = graph_routing.PLOT_WIDTHS_PX[0]
    centre = graph_routing.px(np.array([0.5, -100.0]), width)
    box = graph_geometry.label_box(centre, graph_geometry.label_size("X"), below.sides["a"], 20)
    points = graph_drawing.densify(graph_routing.px(below.arcs[0], width))
    inside = (points[:, 0] > box[0]) & (points[:, 0] < box[2])
    assert not (inside & (points[:, 1] > box[1]) & (points[:, 1] < box[3])).any()


def test_a_label_keeps_off_a_rail_and_a_joint_leaves_from_the_cheapest_point():
    # m's relations leave up and down, so without the rail its label would stand beside it
    positions = {"u": (0.5, 0.0), "m": (0.5, -150.0), "d": (0.5, -300.0)}
    pairs = [("u", "m"), ("m", "d")]
    assert _route(positions, *pairs).sides["m"] in ("left", "right")
    rail = np.column_stack([np.linspace(0.1, 0.9, 25), np.full(25, -150.0)])
    edges = pd.DataFrame([*pairs, ("joint", "u")], columns=["source_body_id", "target_body_id"])
    options = {"joint": [(0.5, -450.0), (0.95, -150.0)]}
    routed = graph_routing.route(
        positions, edges, dict.fromkeys(positions, 20), dict.fromkeys(positions, "X"),
        (options, (rail,)),
    )  # fmt: skip
    assert routed.sides["m"] in ("above", "below")
    # from the first point, under d, the arc would have to bend round d and m: the second wins
    assert tuple(routed.arcs[2][0]) == options["joint"][1]
    assert tuple(routed.arcs[2][-1]) == positions["u"]


def test_a_whole_row_sharing_a_relation_is_one_bundle_and_keeps_every_edge():
    rows = [(f"d{n}", f"DVO {n}", "dvo", "district") for n in range(4)]
    frame = _bodies(("bbg", "BBG", "bestuurlijk overleg", "regionaal"), *rows)
    edges = pd.DataFrame(
        [(f"d{n}", "bbg", "is vertegenwoordigd in") for n in range(4)],
        columns=["source_body_id", "target_body_id", "relation"],
    )
    (bundle,) = graph_bundles.find_bundles(frame, edges)
    assert set(bundle.members) == {"d0", "d1", "d2", "d3"} and bundle.target == "bbg"
    routed = graph_bundles.routed_edges(edges, [bundle])
    assert routed["source_body_id"].tolist() == [bundle.joint]
    assert sorted(bundle.edges) == edges.index.tolist()  # the table keeps all four
    # one DVO without the relation: no bundle, four single arcs would lie; nor with two
    assert graph_bundles.find_bundles(frame, edges.iloc[:3]) == []
    two = _bodies(("bbg", "BBG", "bestuurlijk overleg", "regionaal"), *rows[:2])
    assert graph_bundles.find_bundles(two, edges.iloc[:2]) == []


def test_a_selection_keeps_the_routing_while_it_fits_and_routes_again_when_not():
    positions = {"a": (0.1, -100.0), "b": (0.9, -100.0), "m": (0.5, -60.0)}
    edges = pd.DataFrame([("a", "b")], columns=["source_body_id", "target_body_id"])
    labels = dict.fromkeys(positions, "X")
    plain = dict.fromkeys(positions, 20.0)
    prior = graph_routing.route(positions, edges, plain, labels)
    assert prior.sides["m"] == "below" and np.abs(prior.arcs[0][:, 1] + 100.0).max() < 1
    # a ring on a: its own label moves a little; nothing runs into anything, the picture stays
    kept = graph_routing.route(positions, edges, {**plain, "a": 44.0}, labels, prior=prior)
    assert kept is prior
    # a ring on m pushes m's label down onto the straight arc: routed again, and clear of it
    ring = {**plain, "m": 44.0}
    again = graph_routing.route(positions, edges, ring, labels, prior=prior)
    assert again is not prior
    width = graph_routing.PLOT_WIDTHS_PX[0]
    centre = graph_routing.px(np.array(positions["m"]), width)
    size = graph_geometry.label_size("X")
    box = graph_geometry.label_box(centre, size, again.sides["m"], 44.0)
    points = graph_drawing.densify(graph_routing.px(again.arcs[0], width))
    inside = (points[:, 0] > box[0]) & (points[:, 0] < box[2])
    assert not (inside & (points[:, 1] > box[1]) & (points[:, 1] < box[3])).any()
