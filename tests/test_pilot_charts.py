"""The pilot figures: timeline, diffusion and results, offline traces only, escaped text."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.data import read_marts
from dashboard.pilots import charts as pilot_charts
from dashboard.pilots import explorer as pilots

from .demo_support import build_demo_root

HOSTILE = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return read_marts(build_demo_root(tmp_path_factory.mktemp("pilot_charts")).processed)


def _real(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[~frame["is_demo"]].reset_index(drop=True)


def _hostile(marts) -> pd.DataFrame:
    frame = _real(marts.pilots)
    frame.loc[0, "name"] = HOSTILE
    return frame


def _text(figure) -> str:
    return figure.to_json()


def test_timeline_of_street_triage_has_no_bar_but_the_adoption_by_twente(marts):
    figure = pilot_charts.timeline(
        _real(marts.pilots), _real(marts.pilot_sites), marts.municipalities
    )
    bars = [t for t in figure.data if t.type == "bar"]
    assert bars == []  # the start is unknown: no bar on a guessed date
    (diamonds,) = [t for t in figure.data if t.type == "scatter"]
    assert list(diamonds.x) == ["2019-01-01T00:00:00"] and list(diamonds.y) == ["street-triage"]
    assert "Overgenomen door 14 gemeente(n) in januari 2019" in diamonds.hovertext[0]
    assert "Almelo, Borne, Dinkelland" in diamonds.hovertext[0]
    assert figure.layout.yaxis.ticktext == ("Street triage · start onbekend",)


def test_timeline_with_demo_data_draws_every_dated_pilot_open_ends_hatched(marts):
    shown = pilots.ordered(marts.pilots)
    figure = pilot_charts.timeline(shown, marts.pilot_sites, marts.municipalities)
    bars = [t for t in figure.data if t.type == "bar"]
    assert sum(len(t.y) for t in bars) == int(shown["start_date"].notna().sum()) == 40
    open_ended = [t for t in bars if t.marker.pattern.shape == "/"]
    assert sum(len(t.y) for t in open_ended) == int(
        (shown["start_date"].notna() & shown["end_date"].isna()).sum()
    )
    assert all("(einde onbekend)" in t.name for t in open_ended)
    assert len(figure.layout.yaxis.tickvals) == 41
    assert len(_text(figure)) < 120_000


def test_diffusion_draws_the_arrows_up_to_the_year_and_is_offline(marts):
    edges = pilots.diffusion_edges(
        _real(marts.pilots), _real(marts.pilot_sites), marts.municipalities
    )
    before = pilot_charts.diffusion(edges, 2018, marts)
    after = pilot_charts.diffusion(edges, 2019, marts)
    arrows = [a for a in after.layout.annotations if a.showarrow]
    assert [a for a in before.layout.annotations if a.showarrow] == []
    assert len(arrows) == 14 and {a.arrowwidth for a in arrows} == {3}  # all new in 2019
    deventer = marts.municipalities.set_index("municipality_code").loc["GM0150"]
    assert {(a.ax, a.ay) for a in arrows} == {(deventer["lon"], deventer["lat"])}  # from Deventer
    (origin,) = [t for t in before.data if t.name == "Herkomst (ster)"]
    assert list(origin.text) == ["Deventer"]  # the origin shows before its first adoption
    types = {trace.type for trace in after.data}
    assert types == {"scatter"}  # no scattergeo or mapbox: those need a CDN
    assert len(_text(after)) < 60_000


def test_diffusion_with_demo_data_thickens_only_the_chosen_years_arrows(marts):
    edges = pilots.diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    figure = pilot_charts.diffusion(edges, 2020, marts)
    arrows = [a for a in figure.layout.annotations if a.showarrow]
    assert len(arrows) == len(pilots.edges_until(edges, 2020))
    assert sum(a.arrowwidth == 3 for a in arrows) == int((edges["year"] == 2020).sum())
    assert len(_text(figure)) < 150_000


def test_register_text_reaches_plotly_escaped(marts):
    frame = _hostile(marts)
    sites = _real(marts.pilot_sites)
    timeline = _text(pilot_charts.timeline(frame, sites, marts.municipalities))
    edges = pilots.diffusion_edges(frame, sites, marts.municipalities)
    diffusion = _text(pilot_charts.diffusion(edges, 2019, marts))
    results = pilots.indicator_results(
        _real(marts.pilot_results), frame, "Meldingen verward gedrag bij de start (Twente, 2018)"
    )
    chart = _text(pilot_charts.results_chart(results))
    for text in (timeline, diffusion, chart):
        assert HOSTILE not in json.loads(text).__repr__()
        assert ESCAPED in json.loads(text).__repr__()


def test_results_chart_compares_pilots_with_dutch_numbers(marts):
    results = pilots.indicator_results(marts.pilot_results, marts.pilots, "Meldingen opgepakt")
    figure = pilot_charts.results_chart(results)
    (bars,) = figure.data
    numbers = results["value"].dropna()
    assert list(bars.x) == numbers.tolist() and list(bars.x) == sorted(bars.x, reverse=True)
    assert bars.text[0] == pilots.number(numbers.iloc[0])
    assert figure.layout.xaxis.title.text == "meldingen per jaar"


def test_figures_built_without_validation_are_valid_plotly(marts):
    """The builders skip plotly's per-object validation for speed; checked here once."""
    edges = pilots.diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    results = pilots.indicator_results(marts.pilot_results, marts.pilots, "Meldingen opgepakt")
    for figure in (
        pilot_charts.diffusion(edges, 2021, marts),
        pilot_charts.timeline(
            pilots.ordered(marts.pilots), marts.pilot_sites, marts.municipalities
        ),
        pilot_charts.results_chart(results),
    ):
        go.Figure(figure.to_dict())  # raises on any invalid property
