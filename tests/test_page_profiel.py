"""AppTest of the page Profiel on the real seed: the region, a district and a municipality,
each with its heading, its funding, pilots, bodies and work programme, and their sources."""

from __future__ import annotations

import html

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.display.markup import literal
from dashboard.texts.factsheet import DOWNLOAD_LABEL as FACTSHEET_LABEL
from dashboard.texts.factsheet import REAL_DATA_ONLY

from .conftest import REPO
from .demo_support import build_demo_root

APP = str(REPO / "dashboard" / "navigation.py")
PAGE = str(REPO / "pages" / "profiel.py")
NBSP = "\xa0"


@pytest.fixture
def page(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    app = AppTest.from_file(APP, default_timeout=60)  # the frame draws the place choice
    app.switch_page(PAGE)
    return app


def _district(app: AppTest):
    return app.sidebar.selectbox(key="place_district")


def _municipality(app: AppTest):
    return app.sidebar.selectbox(key="place_municipality")


def _open(app: AppTest, **params) -> AppTest:
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    assert not app.exception
    assert not app.error
    return app


def _tables(app: AppTest) -> dict[str, list[dict]]:
    """Each table (interactive, or a Markdown table read back) by its first header."""
    frames = [d.value for d in app.dataframe]
    frames += [_markdown_table(m.value) for m in app.markdown if m.value.startswith("| ")]
    return {frame.columns[0]: frame.to_dict("records") for frame in frames}


def _markdown_table(text: str) -> pd.DataFrame:
    lines = [line.strip()[1:-1].split("|") for line in text.splitlines()]
    header, _, *rows = ([html.unescape(cell.strip()) for cell in line] for line in lines)
    return pd.DataFrame(rows, columns=header)


def test_region_has_its_heading_and_the_network_against_the_budget(page):
    _open(page)
    assert [t.value for t in page.title] == ["Profiel van Oost-Nederland"]
    funding = _tables(page)["Jaar"]
    assert funding[0]["Gevraagd"] == f"€{NBSP}225.988,21"
    assert funding[0]["Begroting"] == f"€{NBSP}230.000,00"
    assert funding[0]["Aandeel"] == "98,3%"
    assert _district(page).value == "alle"


def test_twente_shows_its_contribution_pilot_and_bodies(page):
    _open(page, district="VR05")
    assert [t.value for t in page.title] == ["Profiel van Twente"]
    tables = _tables(page)
    assert tables["Jaar"][0]["Gevraagd"] == f"€{NBSP}44.049,88"
    assert tables["Jaar"][0]["Aandeel"] == "19,2%"
    (pilot,) = tables["Pilot"]
    assert (
        pilot["Pilot"] == "Street triage"
        and pilot["Rol en plaats"] == "Overgenomen, heel Twente (regionaal)"
    )
    bodies = {row["Overleg"]: row for row in tables["Overleg"]}
    assert bodies["Districtelijk Veiligheidsoverleg Twente"]["Niveau"] == "district"
    bbg = bodies["Bestuurlijke Begeleidingsgroep (BBG)"]
    assert bbg["Niveau"] == "regionaal"
    # The BBG has a mayor from every district (vraag 5): the register ties it to Twente's DVO.
    assert bbg["Namens het district"] == (
        "burgemeester van Enschede (voorzitter); Districtelijk Veiligheidsoverleg Twente"
    )
    assert len(tables["Activiteit"]) == 13
    assert any(literal("629.284 inwoners") in m.value for m in page.markdown)
    note = literal("Het register zegt niet wie Twente vertegenwoordigt in")
    assert any(note in m.value and "Platform Ondermijning" in m.value for m in page.markdown)
    sources = {row["Gegevens"]: row for row in tables["Gegevens"]}
    assert sources["Inwoners"]["Peildatum"] == "1 januari 2019"
    assert _district(page).value == "VR05"


def test_apeldoorn_is_a_municipality_in_its_district(page):
    _open(page, gemeente="GM0200")
    assert [t.value for t in page.title] == ["Profiel van Apeldoorn"]
    tables = _tables(page)
    assert tables["Jaar"][0]["Gevraagd"] == f"€{NBSP}11.371,15"
    assert "Pilot" not in tables
    assert any("Apeldoorn" in i.value for i in page.info)  # no pilots: said, not left blank
    assert (_district(page).value, _municipality(page).value) == ("VR06", "GM0200")
    assert page.query_params["district"] == "VR06"  # the municipality decides its district
    assert any(c.value.startswith("Bron") for c in page.caption)


def test_a_wrong_code_is_explained_and_the_region_shown(page):
    _open(page, district="VR99")
    assert [t.value for t in page.title] == ["Profiel van Oost-Nederland"]
    assert any("VR99" in w.value for w in page.warning)
    assert "district" not in page.query_params


def test_an_unknown_municipality_falls_back_to_its_district_with_a_note(page):
    _open(page, district="VR05", gemeente="GM9999")
    assert [t.value for t in page.title] == ["Profiel van Twente"]
    assert any("GM9999" in w.value for w in page.warning)
    assert "gemeente" not in page.query_params and page.query_params["district"] == "VR05"


def test_choosing_a_municipality_in_the_sidebar_writes_the_url(page):
    _open(page, district="VR05")
    _municipality(page).select("GM0153").run()
    assert not page.exception
    assert [t.value for t in page.title] == ["Profiel van Enschede"]
    assert page.query_params["gemeente"] == "GM0153"
    _district(page).select("alle").run()
    assert [t.value for t in page.title] == ["Profiel van Oost-Nederland"]
    assert "gemeente" not in page.query_params


def test_other_choices_in_the_url_stay_when_the_place_is_corrected(page):
    _open(page, district="VR05", gemeente="GM0200", jaar="2021", thema="ondermijning")
    assert [t.value for t in page.title] == ["Profiel van Apeldoorn"]
    assert any("VR05" in w.value for w in page.warning)  # the district did not fit
    assert page.query_params["district"] == "VR06"
    assert (page.query_params["jaar"], page.query_params["thema"]) == ("2021", "ondermijning")


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return build_demo_root(tmp_path_factory.mktemp("demo"))


def test_with_demo_data_on_demo_rows_are_marked(demo_root, monkeypatch):
    monkeypatch.setenv("VNON_DATA_DIR", str(demo_root.root))
    page = AppTest.from_file(PAGE, default_timeout=60)
    page.session_state["show_demo"] = True
    _open(page, district="VR04")
    pilots = _tables(page)["Pilot"]
    assert pilots[0]["Pilot"] == "Street triage"
    assert len(pilots) > 1 and all(row["Pilot"].endswith("(demo)") for row in pilots[1:])
    assert any("fictief" in c.value for c in page.caption)
    page.session_state["show_demo"] = False
    page.run()
    assert [row["Pilot"] for row in _tables(page)["Pilot"]] == ["Street triage"]


def _factsheet_button(page: AppTest):
    (button,) = [b for b in page.get("download_button") if b.proto.label == FACTSHEET_LABEL]
    return button


def test_the_profile_offers_its_factsheet_and_says_real_data_only_with_demo_on(
    demo_root, monkeypatch
):
    monkeypatch.setenv("VNON_DATA_DIR", str(demo_root.root))
    page = AppTest.from_file(PAGE, default_timeout=60)
    _open(page, district="VR05")
    assert _factsheet_button(page)  # offered with demo data off, without the note
    assert not any(c.value == REAL_DATA_ONLY for c in page.caption)
    page.session_state["show_demo"] = True
    page.run()
    assert _factsheet_button(page).proto.help == REAL_DATA_ONLY
    assert any(c.value == REAL_DATA_ONLY for c in page.caption)
