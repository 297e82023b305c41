"""Diffusion edges: from the origin to each adopter, the year slider, never a guessed year."""

from __future__ import annotations

import pandas as pd

from dashboard.pilots import diffusion

from . import pilot_frames as frames


def _edges(pilots=None, sites=None) -> pd.DataFrame:
    return diffusion.diffusion_edges(
        frames.pilots() if pilots is None else pilots,
        frames.sites() if sites is None else sites,
        frames.municipalities(),
    )


def test_diffusion_edges_run_from_the_origin_to_each_adopter():
    edges = _edges()
    assert edges[["pilot_id", "origin", "adopter"]].values.tolist() == [
        ["vervoer", "Arnhem", "Nijmegen"],
        ["st", "Deventer", "Enschede"],
        ["st", "Deventer", "Hengelo"],
    ]
    assert edges["year"].tolist()[:2] == [2018, 2019] and pd.isna(edges["year"].iloc[2])
    assert edges.loc[1, ["origin_lon", "origin_lat", "adopter_lon", "adopter_lat"]].tolist() == [
        6.18,
        52.25,
        6.89,
        52.22,
    ]
    assert diffusion.year_range(edges) == (2017, 2019)  # from the year before the first adoption


def test_the_year_filter_draws_only_adoptions_up_to_that_year_never_guessed_ones():
    edges = _edges()
    assert diffusion.edges_until(edges, 2017).empty
    assert diffusion.edges_until(edges, 2018)["adopter"].tolist() == ["Nijmegen"]
    assert diffusion.edges_until(edges, 2030)["adopter"].tolist() == ["Nijmegen", "Enschede"]
    undated = diffusion.undated_edges(edges)
    assert undated.to_dict("records") == [
        {"Naar": "Hengelo", "Van": "Deventer", "Pilot": "Street triage"}
    ]
    caption = diffusion.diffusion_caption(edges, 2019)
    assert caption.startswith("Tot en met 2019: 2 overnames van 2 pilots.")
    assert "1 overname in 2019" in caption


def test_an_origin_site_stands_in_for_a_missing_origin_and_no_origin_means_no_edge():
    frame = frames.pilots()
    frame.loc[0, "origin_municipality_code"] = None
    edges = _edges(frame)
    assert edges.loc[edges["pilot_id"] == "st", "origin"].tolist() == ["Deventer", "Deventer"]
    sites = frames.sites()[lambda s: ~((s["pilot_id"] == "st") & (s["role"] == "herkomst"))]
    edges = _edges(frame, sites)
    assert edges["pilot_id"].tolist() == ["vervoer"]
    assert diffusion.year_range(edges.iloc[0:0]) is None


def test_origins_show_from_their_start_or_always_when_the_start_is_unknown():
    edges = _edges()
    assert edges["origin_year"].tolist()[:1] == [2017] and pd.isna(edges["origin_year"].iloc[1])
    assert diffusion.origins_until(edges, 2016)["origin"].tolist() == ["Deventer"]
    assert diffusion.origins_until(edges, 2017)["origin"].tolist() == ["Arnhem", "Deventer"]


def test_edges_of_one_year_keep_the_order_of_the_sites():
    sites = frames.sites()
    sites.loc[2, "since"] = frames.T("2019-06-01")  # Hengelo now also in 2019, after Enschede
    assert _edges(sites=sites)["adopter"].tolist() == ["Nijmegen", "Enschede", "Hengelo"]
    flipped = sites.iloc[[0, 2, 1, 3, 4, 5]]
    assert _edges(sites=flipped)["adopter"].tolist() == ["Nijmegen", "Hengelo", "Enschede"]
