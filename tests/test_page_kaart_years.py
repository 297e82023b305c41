"""AppTest of Kaart's layers through time: the year slider over the years the data has, the
year in the URL, the legend and the text saying which year is shown, one-year layers said so."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts, visible
from dashboard.pilots import by_year
from dashboard.texts import kaart as texts
from etl.build import build
from etl.core.settings import DataRoot, Settings

from .conftest import MUNICIPALITY_BOUNDARIES, REPO
from .demo_support import build_demo_root
from .page_support import open_page

SLIDER = "slider_jaar"


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return build_demo_root(tmp_path_factory.mktemp("kaart_years"))


def _page(root, monkeypatch, **query) -> AppTest:
    return open_page(root, monkeypatch, "kaart", **query)


def _script(app: AppTest) -> str:
    (component,) = app.get("component_instance")
    return json.loads(component.proto.json_args)["script"]


def _captions(app: AppTest) -> str:
    return " ".join(c.value for c in app.caption)


def test_contribution_status_moves_through_the_years_kept_in_the_url(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, laag="bijdragestatus")
    slider = app.select_slider(key=SLIDER)
    assert slider.label == texts.MAP_YEAR_SLIDER
    years = sorted({int(y) for y in read_marts(built_root.processed).contributions["year"]})
    assert [int(option) for option in slider.options] == years  # the years of the register
    assert years[:2] == [2020, 2021] and len(years) == 4
    assert slider.value == 2020 and "jaar" not in app.query_params
    assert "De kaart toont de stand van de bijdragen in 2020." in _captions(app)
    slider.set_value(2022).run()
    assert app.query_params["jaar"] == "2022"
    assert "Stand van de bijdrage 2022" in _script(app)  # the legend, read out as its label
    assert "De kaart toont de stand van de bijdragen in 2022." in _captions(app)
    assert "Bijdragen 2022 per district" in [h.value for h in app.header]
    again = _page(built_root, monkeypatch, laag="bijdragestatus", jaar="2022")  # a shared link
    assert again.select_slider(key=SLIDER).value == 2022
    assert "Stand van de bijdrage 2022" in _script(again)
    app.select_slider(key=SLIDER).set_value(2020).run()
    assert "jaar" not in app.query_params  # the default leaves the URL clean


def test_a_year_without_data_in_the_link_becomes_the_nearest_year(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, laag="bijdrage", jaar="2031")
    assert app.select_slider(key=SLIDER).value == 2023 and app.query_params["jaar"] == "2023"
    assert "Gevraagde bijdrage 2023" in _script(app)
    plain = _page(built_root, monkeypatch, laag="bijdrage", jaar="twintig")
    assert plain.select_slider(key=SLIDER).value == 2020 and "jaar" not in plain.query_params


def test_a_layer_without_time_has_no_slider(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, laag="overleggen", jaar="2021")
    assert not app.get("select_slider")
    assert "De kaart toont" not in _captions(app)


def test_the_real_pilot_layer_says_when_it_has_one_year_only(built_root, monkeypatch):
    marts = visible(read_marts(built_root.processed), False)
    years = by_year.known_years(marts.pilots, marts.pilot_sites)
    app = _page(built_root, monkeypatch, laag="pilots")
    assert not app.get("select_slider")  # one year (or none): nothing to slide
    if not years:
        assert texts.MAP_YEAR_NONE in _captions(app)
        return
    (year,) = years  # the registers date street triage in one year only
    assert texts.MAP_YEAR_ONLY_ONE.format(year=year) in _captions(app)
    assert texts.MAP_PILOTS_LEGEND.format(year=year) in _script(app)
    table = app.dataframe[0].value
    running = by_year.in_year(marts.pilots, marts.pilot_sites, year)
    reached = set(running.sites["municipality_code"]) | set(
        running.pilots["origin_municipality_code"].dropna()
    )
    assert len(table) == len(reached) > 0


def test_demo_pilots_move_through_their_years(demo_root, monkeypatch):
    app = _page(demo_root, monkeypatch, laag="pilots", demo="1")
    slider = app.select_slider(key=SLIDER)
    marts = visible(read_marts(demo_root.processed), True)
    years = by_year.known_years(marts.pilots, marts.pilot_sites)
    assert [int(option) for option in slider.options] == years and len(years) > 3
    assert slider.value == years[-1] and "jaar" not in app.query_params
    last = len(app.dataframe[0].value)
    slider.set_value(years[0]).run()
    assert app.query_params["jaar"] == str(years[0])
    assert texts.MAP_PILOTS_LEGEND.format(year=years[0]) in _script(app)
    assert f"De kaart toont de pilots die toen liepen en waar in {years[0]}." in _captions(app)
    assert len(app.dataframe[0].value) < last  # fewer places in the first year


@pytest.fixture(scope="module")
def undated_root(tmp_path_factory):
    """The shipped registers with every pilot site's `sinds` left empty, built."""
    root = DataRoot(tmp_path_factory.mktemp("kaart_undated") / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    sites = root.register / "pilot_locaties.csv"
    frame = pd.read_csv(sites, dtype=str, keep_default_na=False)
    frame.assign(sinds="").to_csv(sites, index=False)
    build(Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False))
    return root


def test_without_any_dated_pilot_the_layer_says_so_and_shows_them_all(undated_root, monkeypatch):
    app = _page(undated_root, monkeypatch, laag="pilots", jaar="2019")
    assert not app.get("select_slider")
    assert texts.MAP_YEAR_NONE in _captions(app)
    assert texts.MAP_PILOTS_UNDATED_LEGEND in _script(app)
    marts = read_marts(undated_root.processed)
    reached = set(marts.pilot_sites["municipality_code"])
    assert len(app.dataframe[0].value) == len(reached) > 0  # every place, no year needed
