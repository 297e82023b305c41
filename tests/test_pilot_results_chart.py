"""The results chart, an SVG drawn on the server: a bar per pilot with a number, the value,
unit and measuring month written beside it in Dutch, escaped names."""

from __future__ import annotations

import pytest

from dashboard.display.markup import literal
from dashboard.pilots.chart_text import results_alt
from dashboard.pilots.results import indicator_results
from dashboard.pilots.results_chart import results_chart
from etl.core import dutch

from . import pictures
from .pilot_marts import HOSTILE, demo_marts

NUMERIC = "Meldingen opgepakt"  # a demo indicator with numbers


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_results"))


def test_results_chart_compares_pilots_with_dutch_numbers(marts):
    results = indicator_results(marts.pilot_results, marts.pilots, NUMERIC)
    picture = pictures.parse(results_chart(results))
    bars = pictures.bars(picture)
    numbers = results["value"].dropna()
    widths = [width for _, _, width in bars]
    assert len(bars) == len(numbers) and widths == sorted(widths, reverse=True)
    first = results.iloc[0]
    said = f"{dutch.number(first['value'])} · peildatum {dutch.month(first['measured_on'])}"
    words = pictures.words(picture)
    assert said in words and bars[0][0] == f"{first['pilot']}: {said}"
    assert "meldingen per jaar" in words  # the one unit, as the axis title
    assert picture.get("aria-label") == results_alt(results, NUMERIC)


def test_mixed_units_are_written_at_each_bar(marts):
    results = indicator_results(marts.pilot_results, marts.pilots, NUMERIC)
    mixed = results.assign(unit=["stuks", *results["unit"][1:]])
    words = pictures.words(pictures.parse(results_chart(mixed)))
    assert "Waarde (eenheid staat bij elke balk)" in words
    assert any(word.startswith(f"{dutch.number(mixed.iloc[0]['value'])} stuks") for word in words)


def test_register_text_reaches_the_results_chart_escaped(marts):
    pilots = marts.pilots.assign(name=HOSTILE + marts.pilots["pilot_id"])
    svg = results_chart(indicator_results(marts.pilot_results, pilots, NUMERIC))
    assert HOSTILE not in svg and literal(HOSTILE) in svg
    pictures.parse(svg)  # well-formed: the names cannot break out of the picture
