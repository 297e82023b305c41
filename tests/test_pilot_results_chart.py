"""The results chart: a bar per pilot with a number, Dutch numbers, escaped names."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard.display.markup import literal
from dashboard.pilots.results import indicator_results
from dashboard.pilots.results_chart import results_chart
from etl.core import dutch

from .pilot_marts import HOSTILE, demo_marts

NUMERIC = "Meldingen opgepakt"  # a demo indicator with numbers: the shipped pilot has no result


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_results"))


def test_results_chart_compares_pilots_with_dutch_numbers(marts):
    results = indicator_results(marts.pilot_results, marts.pilots, "Meldingen opgepakt")
    figure = results_chart(results)
    (bars,) = figure.data
    numbers = results["value"].dropna()
    assert list(bars.x) == numbers.tolist() and list(bars.x) == sorted(bars.x, reverse=True)
    assert bars.text[0] == dutch.number(numbers.iloc[0])
    assert figure.layout.xaxis.title.text == "meldingen per jaar"


def test_register_text_reaches_the_results_chart_escaped(marts):
    pilots = marts.pilots.assign(name=HOSTILE + marts.pilots["pilot_id"])
    results = indicator_results(marts.pilot_results, pilots, NUMERIC)
    text = repr(results_chart(results).to_dict())
    assert HOSTILE not in text and literal(HOSTILE) in text


def test_the_results_chart_built_without_validation_is_valid_plotly(marts):
    """The builder skips plotly's per-object validation for speed; checked here once."""
    results = indicator_results(marts.pilot_results, marts.pilots, "Meldingen opgepakt")
    go.Figure(results_chart(results).to_dict())
