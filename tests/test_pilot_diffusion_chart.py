"""The diffusion figure: arrows up to the year, heavier for that year, offline, escaped."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard.display.markup import literal
from dashboard.pilots import diffusion_chart
from dashboard.pilots.diffusion import diffusion_edges, edges_until

from .pilot_marts import HOSTILE, dated_sites, demo_marts, hostile_pilots, real


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_diffusion"))


def _arrows(figure) -> list:
    return [a for a in figure.layout.annotations if a.showarrow]


def test_diffusion_draws_the_arrows_up_to_the_year_and_is_offline(marts):
    edges = diffusion_edges(real(marts.pilots), dated_sites(marts), marts.municipalities)
    before = diffusion_chart.diffusion(edges, 2018, marts)
    after = diffusion_chart.diffusion(edges, 2019, marts)
    arrows = _arrows(after)
    assert _arrows(before) == []
    assert len(arrows) == 14 and {a.arrowwidth for a in arrows} == {3}  # all new in 2019
    deventer = marts.municipalities.set_index("municipality_code").loc["GM0150"]
    assert {(a.ax, a.ay) for a in arrows} == {(deventer["lon"], deventer["lat"])}  # from Deventer
    (origin,) = [t for t in before.data if t.name == "Herkomst (ster)"]
    assert list(origin.text) == ["Deventer"]  # the origin shows before its first adoption
    types = {trace.type for trace in after.data}
    assert types == {"scatter"}  # no scattergeo or mapbox: those need a CDN
    assert len(after.to_json()) < 60_000
    assert diffusion_chart.diffusion_alt(edges, 2019).startswith(
        "Verspreiding van pilots tot en met 2019: 14 overnames vanuit 1 gemeente"
    )


def test_diffusion_with_demo_data_thickens_only_the_chosen_years_arrows(marts):
    edges = diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    figure = diffusion_chart.diffusion(edges, 2020, marts)
    arrows = _arrows(figure)
    assert len(arrows) == len(edges_until(edges, 2020))
    assert sum(a.arrowwidth == 3 for a in arrows) == int((edges["year"] == 2020).sum())
    assert len(figure.to_json()) < 150_000


def test_district_outlines_are_rings_separated_by_none(marts):
    xs, ys = diffusion_chart.district_outlines(marts.district_shapes)
    assert len(xs) == len(ys) and xs[-1] is None and ys[-1] is None
    assert xs.count(None) >= 5  # at least one ring per district


def test_register_text_reaches_the_diffusion_escaped(marts):
    edges = diffusion_edges(hostile_pilots(marts), dated_sites(marts), marts.municipalities)
    text = repr(diffusion_chart.diffusion(edges, 2019, marts).to_dict())
    assert HOSTILE not in text and literal(HOSTILE) in text


def test_the_diffusion_built_without_validation_is_valid_plotly(marts):
    """The builder skips plotly's per-object validation for speed; checked here once."""
    edges = diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    go.Figure(diffusion_chart.diffusion(edges, 2021, marts).to_dict())
