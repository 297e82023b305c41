"""One selection, everything the pilots page draws derived from it."""

from __future__ import annotations

from dashboard.pilots.view import explore

from . import pilot_frames as frames


def test_explore_derives_everything_from_one_selection():
    view = explore(frames.marts(), [["verward-gedrag"], [], [], []], "alle", "alle")
    assert view.pilots["pilot_id"].tolist() == ["vervoer", "st"]
    assert set(view.sites["pilot_id"]) == {"vervoer", "st"} and len(view.results) == 3
    assert view.years == (2017, 2019) and len(view.edges) == 3
    assert int(view.figures["n_pilots"].sum()) == 5


def test_a_period_narrows_the_pilots_and_is_kept_in_the_selection():
    view = explore(frames.marts(), [[], [], [], []], "2020", "2019")
    assert (view.selection.first_year, view.selection.last_year) == (2019, 2020)
    assert view.pilots["pilot_id"].tolist() == ["jong", "st"]
    assert view.years == (2018, 2019)  # only the adoption of street triage is left
