"""AppTest of the page "Thema's en werkprogramma" on the real seed, theme kept in the URL."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.display.markup import literal
from dashboard.texts import themas as texts

from .conftest import REPO

PAGE = str(REPO / "pages" / "themas.py")


@pytest.fixture
def page(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    return AppTest.from_file(PAGE, default_timeout=60)


def _timeline(app: AppTest) -> dict:
    (chart,) = app.get("plotly_chart")
    return json.loads(chart.proto.spec)


def _no_errors(app: AppTest) -> None:
    assert not app.exception
    assert not app.error


def _cards(app: AppTest) -> list[str]:
    return [m.value for m in app.markdown if m.value.startswith("### ")]


def test_all_themes_and_the_whole_work_programme(page):
    page.run()
    _no_errors(page)
    assert page.sidebar.selectbox[0].value == "alle"
    cards = _cards(page)
    assert len(cards) == 5  # hennep and mensenhandel are work-programme items, no themes
    with_holder = [
        card.splitlines()[0] for card in cards if "Portefeuillehouder:** onbekend" not in card
    ]
    assert with_holder == ["### Ondermijning"]
    assert "**Expertteam:** Platform Ondermijning" in cards[0]
    intelligence = next(card for card in cards if card.startswith("### Informatiegestuurd"))
    assert "**Expertteam:** Expertteam Informatiegestuurd werken/Intelligence" in intelligence
    assert sum("**Expertteam:** onbekend" in card for card in cards) == 3
    assert [s.value for s in page.header] == [texts.THEMES_CARDS_HEADING, "Werkprogramma 2019–2022"]
    (workplan,) = (d.value for d in page.dataframe)
    assert len(workplan) == 13
    assert list(workplan.columns) == ["Activiteit", "Periode", "Status", "Thema", "Bron"]
    assert workplan["Status"].tolist().count("Lopend") == 1
    assert workplan["Status"].tolist().count("Onbekend") == 12  # the Q&A plans, it names no status
    bars = sum(len(trace["y"]) for trace in _timeline(page)["data"])
    assert bars == 13


def test_theme_in_the_url_shows_its_card_and_activities(page):
    page.query_params["thema"] = "intelligence"
    page.run()
    _no_errors(page)
    assert page.sidebar.selectbox[0].value == "intelligence"
    (card,) = _cards(page)
    assert card.startswith("### Informatiegestuurd werken/Intelligence")
    assert "**Portefeuillehouder:** onbekend" in card
    assert f"- {literal('Bestuurlijke Begeleidingsgroep (BBG)')}" in card
    assert page.header[1].value == "Werkprogramma: Informatiegestuurd werken/Intelligence"
    (workplan,) = (d.value for d in page.dataframe)
    assert workplan["Periode"].tolist() == ["2019–2020", "2019"]
    assert sum(len(trace["y"]) for trace in _timeline(page)["data"]) == 2


def test_choosing_a_theme_writes_it_to_the_url(page):
    page.run()
    page.sidebar.selectbox[0].select("jongeren").run()
    assert page.query_params["thema"] == "jongeren"
    assert _cards(page)[0].startswith(
        f"### {literal('Jongeren die doorgroeien naar zware criminaliteit')}"
    )
    page.sidebar.selectbox[0].select("alle").run()
    assert "thema" not in page.query_params


def test_unknown_theme_in_the_url_is_explained(page):
    page.query_params["thema"] = "<b>onzin</b>"
    page.run()
    assert not page.exception
    assert "Onbekend thema '<b>onzin</b>'" in page.warning[0].value
    assert len(_cards(page)) == 5
