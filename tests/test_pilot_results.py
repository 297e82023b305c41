"""Results per indicator across pilots, all results as a table, words beside numbers."""

from __future__ import annotations

from dashboard.display import tables
from dashboard.display.markup import literal
from dashboard.pilots import results

from . import pilot_frames as frames


def test_indicators_with_numbers_come_first_and_results_compare_across_pilots():
    options = results.indicator_options(frames.results())
    assert options == {
        "Meldingen": "Meldingen — 3 pilots, in cijfers",
        "Ervaring": "Ervaring — 1 pilot, in woorden",
    }
    chosen = results.indicator_results(frames.results(), frames.pilots(), "Meldingen")
    assert chosen["pilot"].tolist() == [
        "Street triage",
        "Passend vervoer Arnhem",
        "Jongeren Nijmegen",
    ]
    table = results.results_table(chosen)
    assert table["Waarde"].tolist()[:2] == [2200.0, 350.5]  # numbers, so the column sorts
    table = tables.shown(table, results.RESULT_FORMATS)
    assert table["Waarde"].tolist() == ["2.200", "350,5", ""]
    assert table["Resultaat in woorden"].tolist() == ["", "", "veel"]
    assert table["Peildatum"].tolist() == ["", "juni 2018", ""]
    assert results.indicator_options(frames.results().iloc[0:0]) == {}


def test_all_results_follow_the_pilots_order_then_the_indicator():
    shown = frames.pilots().iloc[[1, 0]]  # vervoer first
    every = results.all_results(frames.results(), shown)
    assert every[["pilot", "indicator"]].values.tolist()[:3] == [
        ["Passend vervoer Arnhem", "Meldingen"],
        ["Street triage", "Ervaring"],
        ["Street triage", "Meldingen"],
    ]


def test_results_in_words_read_side_by_side_escaped():
    chosen = results.indicator_results(frames.results(), frames.pilots(), "Meldingen")
    assert results.words_markdown(chosen) == "- **Jongeren Nijmegen:** veel"
    hostile = frames.results()
    hostile.loc[2, "value_text"] = frames.HOSTILE
    chosen = results.indicator_results(hostile, frames.pilots(), "Meldingen")
    assert results.words_markdown(chosen) == f"- **Jongeren Nijmegen:** {literal(frames.HOSTILE)}"
