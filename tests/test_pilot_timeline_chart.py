"""The pilots' timeline, an SVG drawn on the server: no bar on a guessed date, open ends
hatched, what a pointer used to tell written beside few rows, escaped text."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.display.markup import literal
from dashboard.pilots import chart_text, timeline_chart
from dashboard.pilots.selection import ordered
from etl.core import dutch

from . import pictures
from .pilot_marts import HOSTILE, dated_sites, demo_marts, hostile_pilots, real


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_timeline"))


def _fills(picture) -> list[str]:
    return [
        rect.get("fill")
        for rect in picture.iter(pictures.SVG + "rect")
        if rect.find(pictures.SVG + "title") is not None
    ]


def test_timeline_of_street_triage_has_no_bar_but_the_adoption_by_twente(marts):
    sites = dated_sites(marts)
    adopters = int((sites["role"] == "overnemer").sum())
    picture = pictures.parse(
        timeline_chart.timeline(real(marts.pilots), sites, marts.municipalities)
    )
    assert pictures.bars(picture) == []  # the start is unknown: no bar on a guessed date
    (diamond,) = pictures.titles(picture, "polygon")
    assert f"Overgenomen door {adopters} gemeente(n) in januari 2019" in diamond
    assert "Almelo, Borne, Dinkelland" in diamond
    words = pictures.words(picture)
    assert "Street triage · start onbekend" in words
    assert f"{adopters} gemeenten, januari 2019" in words  # a few rows: written beside it
    alt = "Tijdlijn van 1 pilot van start tot einde; 1 zonder bekende startdatum."
    assert chart_text.timeline_alt(real(marts.pilots)) == alt
    assert picture.get("aria-label") == alt


def test_timeline_with_demo_data_draws_every_dated_pilot_open_ends_hatched(marts):
    shown = ordered(marts.pilots)
    svg = timeline_chart.timeline(shown, marts.pilot_sites, marts.municipalities)
    picture = pictures.parse(svg)
    bars = pictures.bars(picture)
    assert len(bars) == int(shown["start_date"].notna().sum())
    open_ended = [fill for fill in _fills(picture) if fill.startswith("url(#open-einde")]
    assert len(open_ended) == int((shown["start_date"].notna() & shown["end_date"].isna()).sum())
    assert sum("loopt nog of einde onbekend" in title for title, _, _ in bars) == len(open_ended)
    words = pictures.words(picture)
    assert sum(1 for word in words if word.startswith("Demo-pilot")) == 40
    assert any(word.endswith("(einde onbekend)") for word in words)  # in the legend
    assert len(svg) < 120_000


def test_with_few_pilots_each_period_is_written_beside_its_bar(marts):
    few = ordered(marts.pilots).dropna(subset=["start_date", "end_date"]).head(3)
    words = pictures.words(
        pictures.parse(timeline_chart.timeline(few, marts.pilot_sites, marts.municipalities))
    )
    for start, end in zip(few["start_date"], few["end_date"], strict=True):
        assert f"{dutch.month(start)} – {dutch.month(end)}" in words


def test_the_legend_names_the_diamond_only_when_one_is_drawn(marts):
    pilots, undated = real(marts.pilots), real(marts.pilot_sites).assign(since=pd.NaT)
    words = pictures.words(
        pictures.parse(timeline_chart.timeline(pilots, undated, marts.municipalities))
    )
    assert "Overname door andere gemeenten" not in words
    dated = timeline_chart.timeline(pilots, dated_sites(marts), marts.municipalities)
    assert "Overname door andere gemeenten" in pictures.words(pictures.parse(dated))


def test_register_text_reaches_the_timeline_escaped(marts):
    svg = timeline_chart.timeline(hostile_pilots(marts), dated_sites(marts), marts.municipalities)
    assert HOSTILE not in svg and literal(HOSTILE) in svg
    assert HOSTILE + " · start onbekend" in pictures.words(pictures.parse(svg))
