"""The pilot pictures as drawn: every word reads 4,5:1 on white (or on its bar, as the palette
promises), every arrow 3:1 with its colour alone, and nothing is faded by an opacity."""

from __future__ import annotations

import pytest

from dashboard.display import contrast, palette
from dashboard.pilots import diffusion_chart, timeline_chart
from dashboard.pilots.diffusion import diffusion_edges
from dashboard.pilots.selection import ordered

from . import pictures
from .pilot_marts import demo_marts

WHITE = palette.CHART_BACKGROUND


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_contrast"))


@pytest.mark.parametrize("year", [2019, 2023])
def test_the_diffusion_reads_on_white_and_its_arrows_stand_off_it(marts, year):
    edges = diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    svg = diffusion_chart.diffusion(edges, year, marts)
    picture = pictures.parse(svg)
    assert "opacity" not in svg
    assert {f for f in pictures.text_fills(picture) if contrast.ratio(f, WHITE) < 4.5} == set()
    strokes = {
        line.get("stroke") for line in picture.iter(pictures.SVG + "line") if line.get("marker-end")
    }
    assert strokes and {s for s in strokes if contrast.ratio(s, WHITE) < 3} == set()


def test_the_timeline_writes_dark_words_except_where_white_reads_on_the_bar(marts):
    svg = timeline_chart.timeline(ordered(marts.pilots), marts.pilot_sites, marts.municipalities)
    fills = set(pictures.text_fills(pictures.parse(svg)))
    assert "opacity" not in svg
    assert fills <= {palette.CHART_TEXT, *palette.PILOT_STATUS_TEXT_COLOURS.values()}
    # White is only written in bars whose colour it reads on (test_palette_access checks 4,5:1).
    for status, ink in palette.PILOT_STATUS_TEXT_COLOURS.items():
        assert contrast.ratio(ink, palette.PILOT_STATUS_COLOURS[status]) >= 4.5
