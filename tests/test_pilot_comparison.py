"""Whether pilots can be compared, and what is said when they cannot."""

from __future__ import annotations

import pandas as pd

from dashboard.display.markup import literal
from dashboard.pilots import comparison


def _pilots(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["pilot_id", "name", "is_demo"])


def _results(*ids) -> pd.DataFrame:
    return pd.DataFrame({"pilot_id": list(ids), "indicator": [f"i{n}" for n in range(len(ids))]})


PILOTS = _pilots(("a", "Pilot *A*", False), ("b", "Demo B", True), ("c", "C", False))


def test_two_pilots_with_results_can_be_compared_one_pilot_with_many_cannot():
    assert comparison.can_compare(_results("a", "b"))
    assert not comparison.can_compare(_results("a", "a", "a"))
    assert not comparison.can_compare(_results())


def test_the_note_names_the_one_pilot_escaped_and_counts_its_results():
    note = comparison.too_few_note(_results("a", "a"), PILOTS)
    assert f"alleen {literal('Pilot *A*')} resultaten in het register (2 resultaten)" in note
    assert "*A*" not in note
    assert "geen van de getoonde pilots" in comparison.too_few_note(_results(), PILOTS)


def test_how_to_add_names_the_three_pilot_sheets_of_the_template():
    how = comparison.how_to_add()
    assert "**Pilots**" in how and "**Pilotlocaties**" in how and "**Pilotresultaten**" in how
    assert "*" not in how.replace("**", "")  # no italics: the italic web font would load for it


def test_demo_note_only_when_a_demo_pilot_is_among_those_compared():
    assert comparison.demo_note(_results("a", "c"), PILOTS) is None
    assert "1 pilot, fictief" in comparison.demo_note(_results("a", "b"), PILOTS)
