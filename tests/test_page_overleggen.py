"""AppTest of the page "Overleggen" on the real seed: filters and the chosen body in the URL."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.display import url_params
from dashboard.display.markup import literal
from dashboard.texts import overleggen as texts
from etl.build import build
from etl.core.settings import DataRoot, Settings

from . import pictures
from .conftest import MUNICIPALITY_BOUNDARIES, REPO

PAGE = str(REPO / "pages" / "overleggen.py")
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def page(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    return AppTest.from_file(PAGE, default_timeout=60)


def _run(app: AppTest, **query) -> AppTest:
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert not app.error
    return app


def _graph(app: AppTest):
    """The network as the page shows it: the one SVG picture drawn on the server."""
    assert not app.get("plotly_chart")  # no chart library reaches the browser (issue 13)
    (picture,) = pictures.on_page(app)
    return picture[0]


def _bodies_drawn(picture) -> list[str]:
    return [g.get("data-body") for g in picture.iter(pictures.SVG + "g") if g.get("data-body")]


def _rails(picture) -> list[str]:
    """The members of each rail drawn, as the picture names them (space-separated ids)."""
    paths = picture.iter(pictures.SVG + "path")
    return [path.get("data-members") for path in paths if path.get("data-role") == "rail"]


def _arrowheads(picture) -> int:
    shapes = picture.iter(pictures.SVG + "polygon")
    return sum(1 for shape in shapes if shape.get("data-role") == "arrowhead")


def _levels(picture) -> list[str]:
    return [t.text for t in picture.iter(pictures.SVG + "text") if t.get("data-level")]


def _relations(app: AppTest) -> pd.DataFrame:
    return app.dataframe[0].value


def _table(app: AppTest) -> pd.DataFrame:
    return app.dataframe[1].value


def _card(app: AppTest) -> str:
    (card,) = [m.value for m in app.markdown if m.value.startswith("### ")]
    return card


def test_the_whole_network_table_and_matrices(page):
    _run(page)
    graph = _graph(page)
    assert len(_bodies_drawn(graph)) == 27
    # 39 relations: the five DVOs in the BBG, the five district networks in the expert team and
    # the three partners of no known level in the Platform each drawn as one rail with one arc
    # (graph_bundles), the other 26 as arcs of their own
    assert _arrowheads(graph) == 29
    assert sorted(len(members.split()) for members in _rails(graph)) == [3, 5, 5]
    ((drawn, alt),) = pictures.on_page(page)
    assert alt == literal(drawn.get("aria-label"))
    assert alt.startswith("Het netwerk toont 27 overleggen en 39 relaties")
    relations, table, mandates, themes = (d.value for d in page.dataframe)
    assert list(relations.columns) == ["Van", "Relatie", "Naar", "Toelichting", "Bron"]
    assert len(relations) == 39  # the two reverse "stemt af met" rows are gone
    first = relations.iloc[0]
    assert (first["Van"], first["Relatie"], first["Naar"]) == (
        "Regionaal Veiligheidsoverleg (RVO)",
        "Geeft opdracht aan",
        "Bestuurlijke Begeleidingsgroep (BBG)",
    )
    assert first["Bron"].startswith("Q&A Veiligheidsnetwerk Oost-Nederland")
    assert [h.value for h in page.header] == [
        texts.RELATIONS_HEADING,
        texts.BODIES_CARD_HEADING,
        texts.BODIES_TABLES_HEADING,
    ]
    captions = [c.value for c in page.caption]
    assert "Het netwerk toont 27 overleggen en 39 relaties, per niveau geordend" in captions[1]
    assert len(table) == len(mandates) == len(themes) == 27
    assert table.columns[0] == "Overleg" and "Thema's" in table.columns
    rvo = mandates.set_index("Overleg").loc["Regionaal Veiligheidsoverleg (RVO)"]
    assert rvo["Besluitvormend"] == "" and rvo["Onbekend"] == "✓"
    assert mandates["Onbekend"].eq("✓").sum() == 27  # the Q&A names no body's mandate type
    assert themes.set_index("Overleg").loc["Platform Ondermijning", "Ondermijning"] == "✓"
    assert [b.label for b in page.get("download_button")] == [
        texts.BODIES_DOWNLOAD_CSV,
        texts.BODIES_DOWNLOAD_EXCEL,
    ]
    assert page.info[0].value == texts.BODIES_CARD_HINT
    assert page.caption[0].value == "27 van de 27 overleggen getoond, met 39 onderlinge relaties."


def test_level_filter_from_the_url(page):
    _run(page, niveau="district")
    assert page.sidebar.multiselect[0].value == ["district"]
    table = _table(page)
    assert len(table) == 10
    assert set(table["Niveau"]) == {"District"}
    assert _levels(_graph(page)) == ["District"]
    relations = _relations(page)  # the same filter: only the relations among district bodies
    assert len(relations) == 5 and set(relations["Relatie"]) == {"Ondersteunt"}
    assert all(name.startswith("Ambtelijk districtsnetwerk") for name in relations["Van"])
    page.query_params.clear()
    _run(page, niveau="landelijk")
    assert texts.RELATIONS_NONE in [i.value for i in page.info]
    assert len(page.dataframe) == 3  # the bodies table and both matrices, no relations table


def test_district_theme_and_status_filters_from_the_url(page):
    _run(page, district="VR05")
    table = _table(page)  # the regional bodies first, marked; then the district's own
    assert table["Overleg"].tolist()[-3:] == [
        "Veiligheidsregio Twente (gastheer)",
        "Ambtelijk districtsnetwerk Twente",
        "Districtelijk Veiligheidsoverleg Twente",
    ]
    regional = table[table["District"] == "hele regio"]["Overleg"].tolist()
    assert "Bestuurlijke Begeleidingsgroep (BBG)" in regional and len(regional) == 12
    assert (
        "Platform Ondermijning" in regional
        and "Landelijk Schakelteam verward gedrag" not in regional
    )
    page.query_params.clear()
    _run(page, thema="intelligence", status="onbekend")
    assert _table(page)["Overleg"].tolist() == [
        "Bestuurlijke Begeleidingsgroep (BBG)",
        "Expertteam Informatiegestuurd werken/Intelligence",
        "Veiligheidsnetwerk Oost-Nederland",
    ]


def test_choosing_a_filter_writes_it_to_the_url(page):
    _run(page)
    page.sidebar.multiselect[0].select("landelijk").run()
    assert page.query_params["niveau"] in ("landelijk", ["landelijk"])
    assert _table(page)["Overleg"].tolist() == ["Landelijk Schakelteam verward gedrag"]


def test_no_bodies_for_the_filters_gives_a_dutch_message(page):
    _run(page, niveau="lokaal")
    assert page.info[0].value == texts.BODIES_EMPTY
    assert not page.get("plotly_chart")
    assert not page.dataframe


def test_body_in_the_url_shows_its_card(page):
    _run(page, overleg="bbg")
    assert page.sidebar.selectbox[0].value == "bbg"
    card = _card(page)
    assert card.startswith("### Bestuurlijke Begeleidingsgroep &#40;BBG&#41;")
    assert "**Voorzitter:** burgemeester van Enschede" in card
    assert "**Type mandaat:** onbekend" in card
    assert "is vertegenwoordigd in **Stuurgroep RIEC**" in card
    assert "**Regionaal Veiligheidsoverleg &#40;RVO&#41;** geeft opdracht aan dit overleg" in card
    assert "Ondermijning" in card and "Mensenhandel" not in card  # a work-programme item
    circles = _graph(page).iter(pictures.SVG + "circle")
    rings = [c for c in circles if c.get("data-role") == "selection"]
    assert len(rings) == 1


def test_card_of_a_district_network_shows_its_maturity(page):
    _run(page, overleg="districtsnetwerk-vr05")
    card = _card(page)
    assert "**Volwassenheid:** Onbekend" in card
    assert "ondersteunt **Districtelijk Veiligheidsoverleg Twente**" in card


def test_choosing_a_body_writes_it_to_the_url(page):
    _run(page)
    page.sidebar.selectbox[0].select("rvo").run()
    assert page.query_params[url_params.BODY] == "rvo"
    assert _card(page).startswith("### Regionaal Veiligheidsoverleg")
    page.sidebar.selectbox[0].select("").run()
    assert url_params.BODY not in page.query_params


def test_a_body_outside_the_filters_still_has_its_card(page):
    _run(page, niveau="district", overleg="rvo")
    assert texts.BODIES_OUTSIDE_FILTER in [c.value for c in page.caption]
    assert _card(page).startswith("### Regionaal Veiligheidsoverleg")


def test_unknown_body_in_the_url_is_explained(page):
    page.query_params["overleg"] = "bestaat-niet"
    page.run()
    assert not page.exception
    assert "Onbekend overleg 'bestaat-niet'" in page.warning[0].value
    assert page.sidebar.selectbox[0].value == ""


@pytest.fixture
def hostile_root(tmp_path) -> DataRoot:
    """A build of the seed in which the BBG is called `<img src=x onerror=alert(1)>`."""
    root = DataRoot(tmp_path / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    path = root.register / "overleggen.csv"
    register = pd.read_csv(path, dtype=str, keep_default_na=False)
    register.loc[register["id"] == "bbg", "naam"] = HOSTILE
    register.to_csv(path, index=False)
    build(Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False))
    return root


def test_a_hostile_name_is_shown_as_text_everywhere(hostile_root, monkeypatch):
    monkeypatch.setenv("VNON_DATA_DIR", str(hostile_root.root))
    app = _run(AppTest.from_file(PAGE, default_timeout=60), overleg="bbg")
    picture = _graph(app)  # parsed: a stray <img> would have made it another element
    assert not list(picture.iter(pictures.SVG + "img")) and not list(picture.iter("img"))
    assert any(HOSTILE.startswith(line) for line in pictures.words(picture))  # as typed
    card = _card(app)
    assert "<img" not in card
    assert card.startswith("### &#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;")
    # the table is a data grid: the name is a plain text cell, exactly as registered
    assert HOSTILE in _table(app)["Overleg"].tolist()
    incoming = [m.value for m in app.markdown if "Stuurgroep RIEC" in m.value]
    assert incoming and all("<img" not in text for text in incoming)


def test_the_network_is_drawn_on_the_server_and_asks_for_no_plotly(page):
    _run(page, overleg="bbg")
    assert page.get("plotly_chart") == []  # the chart library's 1,06 MB never loads (issue 13)
    ((picture, alt),) = pictures.on_page(page)
    assert alt.startswith("Het netwerk toont 27 overleggen")
    assert "bbg" in [g.get("data-body") for g in picture.iter(pictures.SVG + "g")]
