"""The one place choice on screen (AppTest): sidebar selects, URL, page switches, breadcrumb,
map clicks, the notes of pages that cannot filter, headings, Kaart's sources, print style."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.display import palette
from dashboard.display.markup import literal
from dashboard.maps import choropleth
from dashboard.profile.place import REGION, Level, after_click, resolve, url_codes
from dashboard.site import PAGE_LIST

from .conftest import REPO

APP = str(REPO / "dashboard" / "navigation.py")
PAGES = [name for name, _, _ in PAGE_LIST]
APELDOORN = {"district": "VR06", "gemeente": "GM0200"}


@pytest.fixture
def app(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    return AppTest.from_file(APP, default_timeout=60)


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def _open(app: AppTest, page: str, **query) -> AppTest:
    app.switch_page(f"../pages/{page}.py")
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def _place_selects(app: AppTest):
    return app.sidebar.selectbox(key="place_district"), app.sidebar.selectbox(
        key="place_municipality"
    )


def _crumbs(app: AppTest) -> list[tuple[str, str]]:
    """(label, query string) of every breadcrumb link."""
    return [(link.proto.label, link.proto.query_string) for link in app.get("page_link")]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("query", [{}, APELDOORN], ids=["regio", "gemeente"])
def test_every_page_has_its_heading_and_no_error(app, page, query):
    _open(app, page, **query)
    assert not app.exception and not app.error
    assert app.title and app.title[0].value.strip()


@pytest.mark.parametrize("page", PAGES)
def test_the_breadcrumb_of_every_page_links_each_level_above_the_place(app, page):
    _open(app, page, demo="1", **APELDOORN)
    district, municipality = _place_selects(app)
    assert (district.value, municipality.value) == ("VR06", "GM0200")
    region, parent = _crumbs(app)
    assert region[0] == literal("Oost-Nederland") and "district=alle" in region[1]
    assert parent[0] == literal("Noord- en Oost-Gelderland")  # shown as the name itself
    assert "district=VR06" in parent[1] and "gemeente" not in parent[1]
    assert all("demo=1" in query for _, query in (region, parent))  # other choices kept
    assert "**Apeldoorn**" in [m.value for m in app.markdown]


def test_choosing_in_the_sidebar_writes_the_url_and_narrows_the_municipalities(app):
    _open(app, "overzicht")
    district, municipality = _place_selects(app)
    assert district.value == "alle" and len(municipality.options) == 77
    district.select("VR05").run()
    assert app.query_params["district"] == "VR05"
    _, municipality = _place_selects(app)
    assert len(municipality.options) == 15  # "alle gemeenten van Twente" and its 14
    municipality.select("GM0153").run()
    assert (app.query_params["district"], app.query_params["gemeente"]) == ("VR05", "GM0153")
    assert "**Enschede**" in [m.value for m in app.markdown]
    _place_selects(app)[1].select("").run()  # all municipalities: one level up
    assert app.query_params["district"] == "VR05" and "gemeente" not in app.query_params
    _place_selects(app)[0].select("alle").run()
    assert "district" not in app.query_params


def test_a_page_switch_that_drops_the_url_gets_the_place_back(app):
    _open(app, "kaart", **APELDOORN)
    app.query_params.clear()  # what the browser's navigation does on a page switch
    _open(app, "pilots")
    assert (app.query_params["district"], app.query_params["gemeente"]) == ("VR06", "GM0200")
    assert app.sidebar.multiselect(key="filter_district").value == ["VR06"]
    assert _place_selects(app)[1].value == "GM0200"


def test_the_region_crumb_clears_the_place_even_after_a_page_switch(app):
    _open(app, "kaart", **APELDOORN)
    app.query_params.clear()
    app.query_params["district"] = "alle"  # the region crumb's link
    app.run()
    assert "district" not in app.query_params and "gemeente" not in app.query_params
    app.query_params.clear()
    _open(app, "themas")
    assert "district" not in app.query_params  # the session forgot the place too


def test_bad_codes_get_a_dutch_warning_and_leave_the_url(app):
    _open(app, "kaart", district="VR99", gemeente="GM9999")
    warnings = " ".join(w.value for w in app.warning)
    assert "Onbekende gemeente 'GM9999'" in warnings and "Onbekend district 'VR99'" in warnings
    assert "district" not in app.query_params and "gemeente" not in app.query_params
    assert not app.exception and not app.error


def test_a_district_filter_on_a_page_chooses_at_the_district_level(app):
    _open(app, "veiligheidsveld", **APELDOORN)
    assert "het district van Apeldoorn" in " ".join(c.value for c in app.caption)
    app.sidebar.multiselect(key="filter_district").select("VR05").run()
    assert app.query_params["district"] == ["VR06", "VR05"] and "gemeente" not in app.query_params
    assert _place_selects(app)[0].value == "alle"
    assert not app.exception and not app.error


@pytest.mark.parametrize("page", ["themas", "gegevensbeheer", "overzicht", "financiering"])
def test_a_page_of_the_whole_region_says_so_and_keeps_the_choice(app, page):
    _open(app, page, **APELDOORN)
    captions = " ".join(c.value for c in app.caption)
    assert "Deze pagina toont de hele regio; uw keuze (Apeldoorn) blijft bewaard" in captions
    assert app.query_params["gemeente"] == "GM0200"


def test_kaart_highlights_the_municipality_and_names_its_sources(app):
    _open(app, "kaart", **APELDOORN)
    (component,) = app.get("component_instance")
    script = json.loads(component.proto.json_args)["script"]
    assert f'"{palette.CHOSEN_MUNICIPALITY}"' in script  # the chosen municipality's outline
    captions = " ".join(c.value for c in app.caption)
    assert "Bronnen: grenzen: CBS-gemeentegrenzen 2019" in captions
    assert "(peildatum 1 januari 2019)" in captions and "Gegevens gebouwd op" in captions


def test_kadaster_is_credited_only_once_a_tile_is_drawn(marts):
    html = choropleth.marts_map(marts).get_root().render()
    assert "removeAttribution" in html and '"tileload"' in html
    assert html.index("removeAttribution") < html.index('"tileload"')


def test_url_codes_read_one_district_and_its_municipality():
    assert url_codes({"district": ["VR06"], "gemeente": ["GM0200"]}) == ("VR06", "GM0200")
    assert url_codes({"district": ["VR05", "VR06"], "gemeente": ["GM0200"]}) == (None, None)
    assert url_codes({}) == (None, None)


def test_a_click_chooses_a_municipality_and_an_outline_goes_one_level_up(marts):
    args = (marts.municipalities, marts.districts)
    apeldoorn = resolve("VR06", "GM0200", *args).place
    district = after_click({"district_code": "VR06"}, apeldoorn, *args)
    assert district.level is Level.DISTRICT and district.code == "VR06"
    assert after_click({"district_code": "VR06"}, district, *args) == REGION
    enschede = after_click({"code": "GM0153", "district_code": "VR05"}, REGION, *args)
    assert (enschede.name, enschede.district_code) == ("Enschede", "VR05")
    assert after_click({"code": "GM0200", "district_code": "VR06"}, apeldoorn, *args) is None
    assert after_click({}, apeldoorn, *args) is None


def test_beside_the_map_a_funding_layer_lists_what_each_municipality_is_asked(app):
    _open(app, "kaart", laag="bijdrage", district="VR05")
    headers = [list(frame.value.columns) for frame in app.dataframe]
    assert not any("Oppervlakte (km²)" in columns for columns in headers)
    beside = next(frame.value for frame in app.dataframe if "Gevraagd" in frame.value.columns)
    assert len(beside) == 14 and "Enschede" in beside["Gemeente"].tolist()
