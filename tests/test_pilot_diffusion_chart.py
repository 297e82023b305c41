"""The diffusion figure, an SVG drawn on the server: arrows up to the year, heavier for that
year, from the origin's star, self-contained, escaped."""

from __future__ import annotations

import pytest

from dashboard.display.markup import literal
from dashboard.pilots import diffusion_chart
from dashboard.pilots.diffusion import diffusion_edges, edges_until

from . import pictures
from .pilot_marts import HOSTILE, dated_sites, demo_marts, hostile_pilots, real


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    return demo_marts(tmp_path_factory.mktemp("pilot_diffusion"))


def _star_points(picture) -> list[tuple[float, float]]:
    """The top point of every star (its first point), where an origin is."""
    return [
        tuple(float(v) for v in star.get("points").split()[0].split(","))
        for star in picture.iter(pictures.SVG + "polygon")
        if star.find(pictures.SVG + "title") is not None
    ]


def test_diffusion_draws_the_arrows_up_to_the_year_from_the_origin(marts):
    sites = dated_sites(marts)
    edges = diffusion_edges(real(marts.pilots), sites, marts.municipalities)
    before = pictures.parse(diffusion_chart.diffusion(edges, 2018, marts))
    svg_2019 = diffusion_chart.diffusion(edges, 2019, marts)
    after = pictures.parse(svg_2019)
    arrows = pictures.arrows(after)
    adopters = int((sites["role"] == "overnemer").sum())  # every adoption dated 2019
    assert pictures.arrows(before) == []
    assert len(arrows) == adopters and {width for _, _, width in arrows} == {3}  # all new
    assert len({(x, y) for x, y, _ in arrows}) == 1  # one origin: Deventer
    (origin,) = pictures.titles(after, "polygon")
    assert origin.startswith("Deventer: herkomst van 1 pilot")
    assert "Deventer" in pictures.words(before)  # the origin shows before its first adoption
    assert len(pictures.titles(after, "circle")) == len(marts.municipalities) + adopters
    assert 'href="http' not in svg_2019 and "<image" not in svg_2019  # nothing fetched
    assert len(svg_2019) < 60_000
    assert diffusion_chart.diffusion_alt(edges, 2019).startswith(
        f"Verspreiding van pilots tot en met 2019: {adopters} overnames vanuit 1 gemeente"
    )
    assert after.get("aria-label") == diffusion_chart.diffusion_alt(edges, 2019)


def test_diffusion_with_demo_data_thickens_only_the_chosen_years_arrows(marts):
    edges = diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    picture = diffusion_chart.diffusion(edges, 2020, marts)
    arrows = pictures.arrows(pictures.parse(picture))
    assert len(arrows) == len(edges_until(edges, 2020))
    assert sum(width == 3 for _, _, width in arrows) == int((edges["year"] == 2020).sum())
    assert "Dikke pijlen: overgenomen in 2020" in " ".join(pictures.words(pictures.parse(picture)))
    assert len(picture) < 150_000


def test_the_chosen_years_adopters_are_named_only_when_few(marts, monkeypatch):
    edges = diffusion_edges(marts.pilots, marts.pilot_sites, marts.municipalities)
    limit = diffusion_chart.FEW_NEW

    def words(year: int, few: int) -> list[str]:
        monkeypatch.setattr(diffusion_chart, "FEW_NEW", few)
        return pictures.words(pictures.parse(diffusion_chart.diffusion(edges, year, marts)))

    counts = edges["year"].value_counts()
    many, few = int(counts.idxmax()), int(counts.idxmin())
    assert counts[many] > limit >= counts[few]
    assert len(words(many, limit)) == len(words(many, 0))  # none named
    unnamed = words(few, 0)
    named = words(few, limit)
    assert len(named) == len(unnamed) + counts[few]
    assert set(edges.loc[edges["year"] == few, "adopter"]) <= set(named)


def test_district_outlines_are_closed_rings(marts):
    rings = diffusion_chart.district_outlines(marts.district_shapes)
    assert len(rings) >= 5  # at least one ring per district
    assert all(ring[0] == ring[-1] for ring in rings)


def test_register_text_reaches_the_diffusion_escaped(marts):
    edges = diffusion_edges(hostile_pilots(marts), dated_sites(marts), marts.municipalities)
    picture = diffusion_chart.diffusion(edges, 2019, marts)
    assert HOSTILE not in picture and literal(HOSTILE) in picture
    assert any(HOSTILE in title for title in pictures.titles(pictures.parse(picture), "circle"))
