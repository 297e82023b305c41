"""AppTest smoke tests of every page: Dutch content, URL state, and no traceback ever."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.display import cells
from dashboard.texts import frame as frame_texts
from dashboard.texts import kaart as texts

from .conftest import REPO
from .table_text import html_tables, map_table_sort, shown

APP = str(REPO / "dashboard" / "navigation.py")
MAP_PAGE = "../pages/kaart.py"


@pytest.fixture
def app(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    return AppTest.from_file(APP, default_timeout=60)


def _map_page(app: AppTest, **query) -> AppTest:
    app.switch_page(MAP_PAGE)
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def _no_errors(app: AppTest) -> None:
    assert not app.exception
    assert not app.error


def test_overview_shows_key_figures_tables_and_sources(app):
    app.run()
    _no_errors(app)
    assert [(m.label, m.value) for m in app.metric] == [
        ("Gemeenten", "76"), ("Inwoners", "3.228.403"), ("Districten", "5"),
    ]  # fmt: skip
    summary = app.dataframe[0].value
    assert summary["District"].tolist()[-1] == "Totaal"
    assert summary["Gemeenten"].tolist() == [11, 14, 22, 15, 14, 76]  # numbers: they sort so
    assert shown(app.dataframe[0])["Inwoners"].tolist()[-1] == "3.228.403"
    assert [e.label for e in app.expander][1] == "Twente: 14 gemeenten, 629.284 inwoners."
    sources = app.table[0].value
    assert sources["Peildatum"].tolist() == ["1 januari 2019", "1 januari 2019"]
    captions = " ".join(c.value for c in app.caption)
    assert "gemeente_2019.topojson" in captions and "Gegevens gebouwd op" in captions


def test_map_page_shows_all_districts(app):
    _map_page(app)
    _no_errors(app)
    assert app.sidebar.selectbox[0].value == "alle"
    assert app.header[0].value == texts.MAP_TABLE_ALL
    (table,) = html_tables(app)
    assert len(table) == 76
    assert table["Inwoners"].tolist()[0] == "176.731"  # Nijmegen, the largest, Dutch notation
    inhabitants = table["Inwoners"].str.replace(".", "").astype(int)
    assert inhabitants.is_monotonic_decreasing
    assert "Inwoners" in table.attrs["figures"] and "Gemeente" not in table.attrs["figures"]
    assert app.dataframe.len == 0  # no data grid: its script would hold up the map (issue 13)
    sort = map_table_sort(app)
    assert sort.value == "Inwoners"
    sort.select("Gemeente").run()
    names = html_tables(app)[0]["Gemeente"].tolist()
    assert names[:2] == ["Aalten", "Almelo"] and names == sorted(names, key=cells.sort_key)
    (component,) = app.get("component_instance")
    arguments = json.loads(component.proto.json_args)
    assert arguments["script"].count('"code": "GM') == 76
    assert arguments["js_links"] == ["/app/static/vendor/leaflet/leaflet.js"]
    # Only clicks come back: pan and zoom change nothing the page reads, so they never rerun it.
    assert arguments["returned_objects"] == ["last_active_drawing"]
    # The table's own Dutch files take the place of Streamlit's hidden toolbar download.
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == [texts.MAP_TABLE_DOWNLOAD_CSV, texts.MAP_TABLE_DOWNLOAD_EXCEL]


def test_district_in_the_url_selects_it(app):
    _map_page(app, district="VR05")
    _no_errors(app)
    assert app.sidebar.selectbox[0].value == "VR05"
    assert app.header[0].value == "Gemeenten in Twente"
    assert len(html_tables(app)[0]) == 14


def test_the_order_chosen_for_the_map_table_stays_from_district_to_district(app):
    _map_page(app, district="VR05")
    map_table_sort(app).select("Gemeente").run()
    app.sidebar.selectbox[0].select("VR07").run()
    assert map_table_sort(app).value == "Gemeente"
    names = html_tables(app)[0]["Gemeente"].tolist()
    assert len(names) == 15 and names == sorted(names, key=cells.sort_key)


def test_choosing_a_district_writes_it_to_the_url(app):
    _map_page(app)
    app.sidebar.selectbox[0].select("VR07").run()
    assert app.query_params["district"] == "VR07"
    assert app.header[0].value == "Gemeenten in Gelderland-Midden"
    app.sidebar.selectbox[0].select("alle").run()
    assert "district" not in app.query_params


def test_unknown_district_in_the_url_is_explained(app):
    _map_page(app, district="VR99")
    assert not app.exception
    assert "Onbekend district 'VR99'" in app.warning[0].value
    assert app.header[0].value == texts.MAP_TABLE_ALL


def test_missing_data_gives_dutch_advice(monkeypatch, tmp_path):
    monkeypatch.setenv("VNON_DATA_DIR", str(tmp_path))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    assert "make data" in app.error[0].value


def test_unexpected_failure_shows_a_dutch_message_not_a_traceback(app, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr("dashboard.overview.figures.key_figures", broken)
    app.run()
    assert not app.exception
    assert app.error[0].value == frame_texts.UNEXPECTED_ERROR


def test_governance_layer_shows_maturity_legend_and_table(app):
    _map_page(app, laag="overleggen")
    _no_errors(app)
    assert app.sidebar.selectbox[2].value == "overleggen"
    assert app.header[-1].value == "DVO en districtsnetwerk per district"
    governance = app.dataframe[-1].value
    assert governance["Volwassenheid"].tolist() == ["onbekend"] * 5
    assert governance["DVO"].tolist()[1] == "Districtelijk Veiligheidsoverleg Twente"
    (component,) = app.get("component_instance")
    script = json.loads(component.proto.json_args)["script"]
    assert "Districtsnetwerk" in script and "goed werkend" in script


def test_an_old_layer_name_in_a_shared_link_opens_the_layer_and_the_url_shows_the_new_name(app):
    _map_page(app, kaartlaag="overleggen")
    _no_errors(app)
    assert app.sidebar.selectbox[2].value == "overleggen"
    assert app.query_params["laag"] == "overleggen"
    assert "kaartlaag" not in app.query_params
