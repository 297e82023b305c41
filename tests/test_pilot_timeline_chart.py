"""The pilots' timeline: no bar on a guessed date, open ends hatched, escaped text."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard.display.markup import literal
from dashboard.pilots import chart_text, timeline_chart
from dashboard.pilots.selection import ordered

from .pilot_marts import HOSTILE, dated_sites, demo_marts, hostile_pilots, real


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_timeline"))


def test_timeline_of_street_triage_has_no_bar_but_the_adoption_by_twente(marts):
    figure = timeline_chart.timeline(real(marts.pilots), dated_sites(marts), marts.municipalities)
    bars = [t for t in figure.data if t.type == "bar"]
    assert bars == []  # the start is unknown: no bar on a guessed date
    (diamonds,) = [t for t in figure.data if t.type == "scatter"]
    assert list(diamonds.x) == ["2019-01-01T00:00:00"] and list(diamonds.y) == ["street-triage"]
    assert "Overgenomen door 14 gemeente(n) in januari 2019" in diamonds.hovertext[0]
    assert "Almelo, Borne, Dinkelland" in diamonds.hovertext[0]
    assert figure.layout.yaxis.ticktext == ("Street triage · start onbekend",)
    assert chart_text.timeline_alt(real(marts.pilots)) == (
        "Tijdlijn van 1 pilot van start tot einde; 1 zonder bekende startdatum."
    )


def test_timeline_with_demo_data_draws_every_dated_pilot_open_ends_hatched(marts):
    shown = ordered(marts.pilots)
    figure = timeline_chart.timeline(shown, marts.pilot_sites, marts.municipalities)
    bars = [t for t in figure.data if t.type == "bar"]
    assert sum(len(t.y) for t in bars) == int(shown["start_date"].notna().sum()) == 40
    open_ended = [t for t in bars if t.marker.pattern.shape == "/"]
    assert sum(len(t.y) for t in open_ended) == int(
        (shown["start_date"].notna() & shown["end_date"].isna()).sum()
    )
    assert all("(einde onbekend)" in t.name for t in open_ended)
    assert len(figure.layout.yaxis.tickvals) == 41
    assert len(figure.to_json()) < 120_000


def test_register_text_reaches_the_timeline_escaped(marts):
    figure = timeline_chart.timeline(
        hostile_pilots(marts), dated_sites(marts), marts.municipalities
    )
    text = repr(figure.to_dict())
    assert HOSTILE not in text and literal(HOSTILE) in text


def test_the_timeline_built_without_validation_is_valid_plotly(marts):
    """The builder skips plotly's per-object validation for speed; checked here once."""
    figure = timeline_chart.timeline(ordered(marts.pilots), marts.pilot_sites, marts.municipalities)
    go.Figure(figure.to_dict())  # raises on any invalid property
