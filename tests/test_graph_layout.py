"""Where the bodies stand in the network: rows by level, tiers, sub-rows, arcs."""

from __future__ import annotations

import pandas as pd

from dashboard.governance import graph_layout

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
    assert graph_layout.node_positions(_bodies(*rows[:4]))["b00"][1] == 0.0


def test_a_dvo_stands_above_its_district_network_and_rows_go_down_by_level():
    positions = graph_layout.node_positions(
        _bodies(
            ("dn", "Netwerk Twente", "districtsnetwerk", "district", "VR05"),
            ("dvo", "DVO Twente", "dvo", "district", "VR05"),
            ("rvo", "RVO", "bestuurlijk overleg", "regionaal"),
        )
    )
    assert positions["rvo"] == (0.5, 0.0)
    assert positions["dvo"][1] == -1 + graph_layout.SUB_ROW_SPREAD
    assert positions["dn"][1] == -1 - graph_layout.SUB_ROW_SPREAD


def test_level_rows_put_unknown_levels_last():
    frame = _bodies(("a", "A", "werkgroep", "elders"), ("b", "B", "werkgroep", "lokaal"))
    assert graph_layout.level_rows(frame) == [(0, "lokaal"), (1, "elders")]


def test_an_arc_runs_from_start_to_end_and_bends_to_the_left():
    arc = graph_layout.curve((0.0, 0.0), (1.0, 0.0))
    assert arc.shape == (graph_layout.CURVE_POINTS, 2)
    assert tuple(arc[0]) == (0.0, 0.0) and tuple(arc[-1]) == (1.0, 0.0)
    assert arc[len(arc) // 2, 1] > 0  # left of a left-to-right edge is up
    back = graph_layout.curve((1.0, 0.0), (0.0, 0.0))
    assert back[len(back) // 2, 1] < 0  # the way back takes the other arc
