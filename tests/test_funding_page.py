"""AppTest of the page Financiering, with real data and with demo data; the funding layers on
the Kaart page."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.display.palette import AMOUNT_COLOURS
from dashboard.texts import financiering as financiering_texts
from dashboard.texts import frame as texts
from etl.core.settings import DataRoot
from tests import map_text, table_text

from .conftest import REPO
from .demo_support import build_demo_root

APP = str(REPO / "dashboard" / "navigation.py")
PAGE = "../pages/financiering.py"
NBSP = "\xa0"


@pytest.fixture(scope="session")
def demo_root(tmp_path_factory) -> DataRoot:
    """One build of the shipped registers plus the generated demo registers."""
    return build_demo_root(tmp_path_factory.mktemp("demo"))


def _app(root, monkeypatch, page: str = PAGE, **query) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    app = AppTest.from_file(APP, default_timeout=60)
    app.switch_page(page)
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def _no_errors(app: AppTest) -> None:
    assert not app.exception
    assert not app.error


def _map_args(app: AppTest) -> dict:
    (component,) = app.get("component_instance")
    return json.loads(component.proto.json_args)


def _element(app: AppTest, first_header: str, *more: str):
    for frame in app.dataframe:
        columns = list(frame.value.columns)
        if columns[: 1 + len(more)] == [first_header, *more]:
            return frame
    raise AssertionError(f"no table starting with {first_header}")


def _table(app: AppTest, first_header: str, *more: str):
    """The table as the reader sees it (Dutch notation)."""
    return table_text.shown(_element(app, first_header, *more))


def _values(app: AppTest, first_header: str, *more: str):
    """The values the table holds (and sorts by)."""
    return _element(app, first_header, *more).value


def test_real_data_shows_the_2020_shortfall_and_gevraagd_everywhere(built_root, monkeypatch):
    app = _app(built_root, monkeypatch)
    _no_errors(app)
    assert app.title[0].value == "Financiering van het Veiligheidsnetwerk"
    assert app.sidebar.selectbox[2].value == "2020"
    assert [(m.label, m.value) for m in app.metric] == [
        ("Gevraagd voor 2020", f"€{NBSP}225.988,21"),
        ("Begroting 2020", f"€{NBSP}230.000,00"),
        ("Tekort", f"€{NBSP}4.011,79"),
        ("Toegezegd (0 gemeenten)", f"€{NBSP}0,00"),
        ("Betaald (0 gemeenten)", f"€{NBSP}0,00"),
    ]
    (shortfall,) = app.warning
    assert shortfall.value.startswith(f"**Tekort van €{NBSP}4.011,79.**")
    assert "76 × gevraagd" in " ".join(c.value for c in app.caption)
    districts = _table(app, "District", "Gevraagd")
    assert districts["Gevraagd"].tolist()[-1] == f"€{NBSP}225.988,21"
    assert _values(app, "District", "Gevraagd")["Gevraagd"].tolist()[-1] == 225_988.21
    assert districts["District"].tolist()[-1] == "Oost-Nederland"
    statuses = _table(app, "Status", "Gemeenten")
    assert statuses.values.tolist()[:2] == [
        ["Gevraagd", "76", f"€{NBSP}225.988,21"], ["Toegezegd", "0", f"€{NBSP}0,00"],
    ]  # fmt: skip
    per_district = _table(app, "District", "Gevraagd", "Toegezegd", "Gefactureerd")
    assert per_district["Gevraagd"].tolist() == ["11", "14", "22", "15", "14", "76"]
    municipalities = _table(app, "Gemeente", "District", "Inwoners", "Gevraagd")
    assert len(municipalities) == 76
    values = _values(app, "Gemeente", "District", "Inwoners", "Gevraagd")
    largest = values.sort_values("Inwoners").iloc[-1]  # sorted as numbers, not as text
    assert (largest["Gemeente"], largest["Inwoners"]) == ("Nijmegen", 176_731)
    assert municipalities.loc[largest.name, "Inwoners"] == "176.731"
    assert set(municipalities["Status"]) == {"gevraagd"}
    budget = _table(app, "Post")
    assert budget["Begroting"].tolist()[-1] == f"€{NBSP}230.000,00"
    assert len(app.get("plotly_chart")) == 1
    assert [b.label for b in app.get("download_button")] == [
        "Download tabel 2020 (CSV)", "Download bijdrageoverzicht (Excel)",
    ]  # fmt: skip


def test_map_has_the_contribution_layer_with_legend_and_reads_only_clicks(built_root, monkeypatch):
    app = _app(built_root, monkeypatch)
    args = _map_args(app)
    assert args["returned_objects"] == ["last_active_drawing"]  # a click chooses a place
    assert args["js_links"] == ["/app/static/vendor/leaflet/leaflet.js"]
    script = args["script"]
    assert script.count('"code": "GM') == 76
    shown = map_text.shown(script)  # labels reach the map through markup.literal
    assert "Gevraagde bijdrage 2020" in shown and "5.000 of meer" in shown
    assert AMOUNT_COLOURS[-1] in script  # the largest municipalities in the darkest class


def test_status_layer_and_another_year_from_the_url(built_root, monkeypatch):
    app = _app(built_root, monkeypatch, jaar="2022", laag="bijdragestatus")
    _no_errors(app)
    assert app.sidebar.selectbox[2].value == "2022"
    assert app.sidebar.selectbox[3].value == "bijdragestatus"
    script = _map_args(app)["script"]
    assert "Stand van de bijdrage 2022" in script and "Gevraagd" in script
    assert app.metric[0].label == "Gevraagd voor 2022"


def test_unknown_year_in_the_url_is_explained(built_root, monkeypatch):
    app = _app(built_root, monkeypatch, jaar="2031")
    assert not app.exception
    assert app.warning[0].value == "Onbekend jaar '2031' in het webadres; 2020 wordt getoond."
    assert app.metric[0].label == "Gevraagd voor 2020"


def test_what_if_shows_beside_the_register_and_changes_nothing_else(built_root, monkeypatch):
    app = _app(built_root, monkeypatch)
    rate, growth = app.select_slider
    assert (rate.value, growth.value) == (70, 0)
    rate.set_value(80)
    growth.set_value(10)
    app.run()
    _no_errors(app)
    assert (app.query_params["tarief"], app.query_params["groei"]) == ("80", "10")
    table = _table(app, "Onderdeel").set_index("Onderdeel")
    assert table.loc["Bijdrage per inwoner"].tolist() == [
        f"€{NBSP}0,07", f"€{NBSP}0,08", f"+ €{NBSP}0,01",
    ]  # fmt: skip
    assert table.loc["Groei van het aantal inwoners"].tolist() == ["0%", "+1,0%", "+1,0%"]
    register, scenario, difference = table.loc["Gevraagde bijdragen"].tolist()
    assert register == f"€{NBSP}225.988,21"
    # Each municipality grows by 1 % rounded to whole people (3.260.689 in all), × 8 cents.
    assert scenario == f"€{NBSP}260.855,12"
    assert difference == f"+ €{NBSP}34.866,91"
    assert table.loc["Inwoners"].tolist() == ["3.228.403", "3.260.689", "+ 32.286"]
    assert app.metric[0].value == f"€{NBSP}225.988,21"  # the register's figure stays


def test_demo_on_uses_the_demo_statuses_never_added_to_the_real_ones(demo_root, monkeypatch):
    app = _app(demo_root, monkeypatch, demo="1")
    _no_errors(app)
    assert app.warning[0].value == texts.DEMO_BANNER
    metrics = dict((m.label.split(" (")[0], m.value) for m in app.metric)
    assert metrics["Gevraagd voor 2020"] == f"€{NBSP}225.988,21"  # not doubled
    assert metrics["Toegezegd"] != f"€{NBSP}0,00" and metrics["Betaald"] != f"€{NBSP}0,00"
    municipalities = _table(app, "Gemeente", "District", "Inwoners", "Gevraagd")
    assert len(municipalities) == 76
    values = _values(app, "Gemeente", "District", "Inwoners", "Gevraagd")
    largest = values.sort_values("Inwoners").iloc[-1]  # sorted as numbers, not as text
    assert (largest["Gemeente"], largest["Inwoners"]) == ("Nijmegen", 176_731)
    assert municipalities.loc[largest.name, "Inwoners"] == "176.731"
    assert len(set(municipalities["Status"])) > 1
    assert financiering_texts.FUNDING_DOWNLOAD_REAL_ONLY in [c.value for c in app.caption]
    app.query_params["laag"] = "bijdragestatus"
    app.run()
    script = _map_args(app)["script"]
    assert "Betaald" in script and "Toegezegd" in script


def test_demo_off_hides_the_demo_statuses(demo_root, monkeypatch):
    app = _app(demo_root, monkeypatch)
    _no_errors(app)
    assert app.metric[3].label == "Toegezegd (0 gemeenten)"
    assert "76 × gevraagd" in " ".join(c.value for c in app.caption)


@pytest.mark.parametrize(
    ("layer", "legend"),
    [("bijdrage", "Gevraagde bijdrage 2021"), ("bijdragestatus", "Stand van de bijdrage 2021")],
)
def test_kaart_page_offers_both_funding_layers_with_a_table(built_root, monkeypatch, layer, legend):
    app = _app(built_root, monkeypatch, "../pages/kaart.py", laag=layer, jaar="2021")
    _no_errors(app)
    assert app.sidebar.selectbox[2].value == layer
    assert app.select_slider(key="slider_jaar").value == 2021  # on the page, above the map
    args = _map_args(app)
    assert legend in args["script"] and args["returned_objects"] == ["last_active_drawing"]
    headings = [s.value for s in app.header]
    assert "Bijdragen 2021 per district" in headings
    assert "Bijdragen 2021 per gemeente" in headings
    districts = _table(app, "District", "Gemeenten", "Inwoners", "Gevraagd")
    assert districts["Gevraagd"].tolist()[-1] == f"€{NBSP}225.988,21"
    per_municipality = _table(app, "Gemeente", "District", "Inwoners", "Gevraagd")
    assert len(per_municipality) == 76


def test_kaart_funding_table_follows_the_chosen_district(built_root, monkeypatch):
    app = _app(built_root, monkeypatch, "../pages/kaart.py", laag="bijdrage", district="VR05")
    _no_errors(app)
    per_municipality = _table(app, "Gemeente", "District", "Inwoners", "Gevraagd")
    assert len(per_municipality) == 14 and set(per_municipality["District"]) == {"Twente"}
