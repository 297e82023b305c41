"""AppTest of the page "Pilots": real records only, demo data switched on, filters and the year
slider in the URL, the card, no traceback ever."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.display.markup import literal
from dashboard.texts import frame as texts
from dashboard.texts import pilots as pilots_texts
from etl.build import build
from etl.core import dutch
from etl.core.settings import DataRoot, Settings

from . import pictures
from .conftest import MUNICIPALITY_BOUNDARIES, REPO
from .demo_support import build_demo_root

APP = str(REPO / "dashboard" / "navigation.py")
PAGE = "../pages/pilots.py"


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return build_demo_root(tmp_path_factory.mktemp("pilot_page"))


@pytest.fixture(scope="module")
def dated_root(tmp_path_factory):
    """The shipped registers with Twente's adoption dated January 2019, as a coordinator who
    knows the date would record it (the Q&A dates neither start nor adoption)."""
    root = DataRoot(tmp_path_factory.mktemp("dated") / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    sites = root.register / "pilot_locaties.csv"
    frame = pd.read_csv(sites, dtype=str, keep_default_na=False)
    frame.loc[frame["rol"] == "overnemer", "sinds"] = "2019-01-01"
    frame.to_csv(sites, index=False)
    build(Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False))
    return root


def _page(root, monkeypatch, **query) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    app = AppTest.from_file(APP, default_timeout=60)
    app.switch_page(PAGE)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert not app.error
    return app


def _metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def _charts(app: AppTest) -> list:
    """The pictures drawn on the server, in page order (diffusion, timeline, results)."""
    return [picture for picture, _ in pictures.on_page(app)]


def _map(app: AppTest) -> dict:
    (component,) = app.get("component_instance")
    return json.loads(component.proto.json_args)


def _arrows(chart) -> int:
    return len(pictures.arrows(chart))


def test_real_records_only_street_triage_from_deventer_to_twente(built_root, monkeypatch):
    app = _page(built_root, monkeypatch)
    assert _metrics(app) == {
        "Pilots": "1",
        "Subsidie": "onbekend",
        "Gemeenten bereikt": "15",
        "Overnames": "14",
    }
    assert not [w for w in app.warning if texts.DEMO_BANNER in w.value]
    arguments = _map(app)
    # Only clicks come back (a click chooses a municipality): pan and zoom never rerun the page.
    assert arguments["returned_objects"] == ["last_active_drawing"]
    assert arguments["js_links"] == ["/app/static/vendor/leaflet/leaflet.js"]
    assert arguments["script"].count('"type": "Point"') == 1  # one circle, at Deventer
    assert "Deventer: herkomst van 1 pilot" in arguments["script"]
    # No source dates the adoption to a day: the diffusion section says so in Dutch.
    (timeline,) = _charts(app)
    assert not app.slider
    assert "Street triage · start onbekend" in pictures.words(timeline)
    assert not app.get("plotly_chart")  # no chart library reaches the browser (issue 13)
    infos = [i.value for i in app.info]
    assert not any(pilots_texts.PILOTS_COMPARE_NONE in info for info in infos)  # it has results
    assert "Geen overnames met een bekend jaar bij deze filters." in infos
    note = next(c.value for c in app.caption if c.value.startswith("Volgens de Q&A"))
    assert "een veertigtal pilots" in note and note.endswith(
        "staan in het register: 1 van dat veertigtal."
    )
    table = app.dataframe[-1].value
    assert table["Pilot"].tolist() == ["Street triage"] and "Demodata" not in table.columns


def test_the_year_slider_moves_the_arrows_and_is_kept_in_the_url(dated_root, monkeypatch):
    app = _page(dated_root, monkeypatch)
    assert _arrows(_charts(app)[0]) == int(_metrics(app)["Overnames"])  # all dated 2019
    assert app.slider[0].value == 2019 and app.slider[0].min == 2018
    app.slider[0].set_value(2018).run()
    assert app.query_params["jaar"] == "2018"
    assert _arrows(_charts(app)[0]) == 0
    assert any(c.value.startswith("Tot en met 2018: 0 overnames") for c in app.caption)
    again = _page(dated_root, monkeypatch, jaar="2018")  # a shared link opens the same year
    assert again.slider[0].value == 2018 and _arrows(_charts(again)[0]) == 0
    app.slider[0].set_value(2019).run()
    assert "jaar" not in app.query_params  # the default leaves the URL clean


def test_filters_survive_a_reload_through_the_url(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, district="VR05", thema="verward-gedrag", van="2019")
    assert app.sidebar.multiselect[1].value == ["VR05"]
    assert app.sidebar.multiselect[0].value == ["verward-gedrag"]
    assert app.sidebar.selectbox[2].value == "2019"
    assert _metrics(app)["Pilots"] == "1"
    assert "Zonder bekende startdatum en toch getoond" in " ".join(c.value for c in app.caption)
    app.sidebar.multiselect[3].select("passend vervoer").run()
    assert app.query_params["categorie"] == "passend vervoer"
    assert _metrics(app)["Pilots"] == "0"
    assert app.info[0].value == pilots_texts.PILOTS_EMPTY


def test_the_card_of_a_pilot_in_the_url_shows_everything_known_with_sources(
    built_root, monkeypatch
):
    app = _page(built_root, monkeypatch, pilot="street-triage")
    (card,) = [m.value for m in app.markdown if m.value.startswith("### ")]
    assert f"**Herkomst:** {literal('Deventer (IJsselland)')}" in card
    assert literal("Overgenomen — datum onbekend (14 gemeenten): Almelo, Borne") in card
    assert "**Status:** onbekend" in card  # none as of the register's May 2019
    assert f"**Financiers:** {literal('ZonMw, Actieprogramma')}" in card
    assert "Geen resultaten vastgelegd" not in card
    assert f"**{literal('Randvoorwaarden (Deventer)')}:**" in card
    # The public reference's sources are links, with the month it gives.
    skipr = "https://www.skipr.nl/actueel/id36909-twentse-gemeenten-starten-streettriage-"
    skipr += "verwarde-personen.html"
    assert f"]({skipr}) {literal('(2018-12)')}" in card
    assert card.count("](https://") == 5  # two of ZonMw, three of Streettriage Twente


def test_unknown_choices_in_the_url_are_explained(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, pilot="demo-pilot-01", laag="kleur", van="1850")
    warnings = " ".join(w.value for w in app.warning)
    assert "Onbekende pilot 'demo-pilot-01'" in warnings  # demo data are off: no demo pilot
    assert "Onbekende kaartlaag 'kleur'" in warnings and "Onbekend jaar '1850'" in warnings


def test_demo_data_on_shows_forty_more_pilots_everywhere_under_the_banner(demo_root, monkeypatch):
    app = _page(demo_root, monkeypatch, demo="1")
    assert app.warning[0].value == texts.DEMO_BANNER
    metrics = _metrics(app)
    assert metrics["Pilots"] == "41"
    assert metrics["Subsidie"].startswith("€")
    assert _map(app)["script"].count('"type": "Point"') >= 30
    diffusion, timeline = _charts(app)[:2]
    assert _arrows(diffusion) > 40
    assert sum(word.startswith("Demo-pilot") for word in pictures.words(timeline)) == 40
    table = app.dataframe[-1].value
    assert len(table) == 41 and table["Demodata"].tolist().count("ja") == 40
    assert len(app.get("download_button")) == 2
    app.slider[0].set_value(app.slider[0].min).run()
    assert _arrows(_charts(app)[0]) < _arrows(diffusion)


def test_demo_data_off_shows_only_the_real_records(demo_root, monkeypatch):
    app = _page(demo_root, monkeypatch)
    assert _metrics(app)["Pilots"] == "1"
    assert app.dataframe[-1].value["Pilot"].tolist() == ["Street triage"]
    assert "Demo-pilot" not in _map(app)["script"]


def test_a_link_with_the_old_layer_name_kaartlaag_opens_the_subsidy_layer(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, kaartlaag="subsidie")
    assert app.query_params["laag"] == "subsidie" and "kaartlaag" not in app.query_params
    layer = next(box for box in app.selectbox if box.label == pilots_texts.PILOTS_LAYER)
    assert layer.value == "subsidie"


def test_one_real_pilot_with_results_says_what_a_comparison_needs_not_an_empty_chart(
    built_root, monkeypatch
):
    app = _page(built_root, monkeypatch)
    results = read_marts(built_root.processed).pilot_results
    real = results[~results["is_demo"]]
    assert set(real["pilot_id"]) == {"street-triage"}  # one real pilot, results from ZonMw/Skipr
    (note,) = [i.value for i in app.info if i.value.startswith("Vergelijken kan pas")]
    counted = dutch.count(len(real), *pilots_texts.PILOT_RESULT_WORDS)
    assert f"alleen Street triage resultaten in het register ({counted})" in note
    how = next(m.value for m in app.markdown if m.value.startswith("Pilots toevoegen"))
    assert "**Gegevensbeheer**" in how and "**Pilotresultaten**" in how and "**Pilots**" in how
    # The timeline only: no adoption has a known year (no diffusion), no results chart.
    (timeline,) = _charts(app)
    assert timeline.get("aria-label").startswith("Tijdlijn van")
    assert not [box for box in app.selectbox if box.label == pilots_texts.PILOTS_INDICATOR]
    assert set(app.dataframe[-2].value["Pilot"]) == {"Street triage"}  # the results there are


def test_with_demo_on_the_demo_pilots_are_compared_and_said_to_be_fictitious(
    demo_root, monkeypatch
):
    app = _page(demo_root, monkeypatch, demo="1")
    assert not [i for i in app.info if i.value.startswith("Vergelijken kan pas")]
    assert any(c.value.startswith("Demodata: de vergelijking toont") for c in app.caption)
    assert [box for box in app.selectbox if box.label == pilots_texts.PILOTS_INDICATOR]
    assert len(_charts(app)) == 3  # diffusion, timeline and the results compared


def test_the_chart_tables_are_sent_only_once_their_fold_is_opened(demo_root, monkeypatch):
    # Issue 13: a first visit carries the folded tables of neither chart.
    app = _page(demo_root, monkeypatch, demo="1")
    labels = [pilots_texts.PILOTS_DIFFUSION_DATA, pilots_texts.PILOTS_TIMELINE_DATA]
    folds = {e.label: e for e in app.expander if e.label in labels}
    assert set(folds) == set(labels)
    assert all(not fold.get("dataframe") for fold in folds.values())
    shown = len(app.dataframe)
    app.session_state["pilots-timeline-data"] = True
    app.run()
    assert not app.exception
    (fold,) = [e for e in app.expander if e.label == pilots_texts.PILOTS_TIMELINE_DATA]
    (table,) = fold.get("dataframe")
    assert len(table.value) == 40 + 1  # every pilot shown, the demo ones and Street triage
    assert len(app.dataframe) == shown + 1
