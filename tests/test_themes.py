"""Themes and work programme: the summary per theme, the theme card and the activities table."""

from __future__ import annotations

import html

import pandas as pd

from dashboard.governance import themes
from dashboard.texts import themas as texts

THEMES = pd.DataFrame(
    {
        "theme_id": ["ondermijning", "intelligence", "hennep"],
        "name": ["Ondermijning", "Intelligence", "Hennep (regionaal convenant)"],
        "portfolio_holder": ["burgemeester van *Enschede*", None, None],
        "expert_team_body_id": ["platform", "expertteam", None],
        "source": ["Q&A vraag 5", "Q&A vraag 3", "Q&A vraag 2"],
    }
)
BODIES = pd.DataFrame(
    {
        "body_id": ["bbg", "platform", "expertteam", "riec"],
        "name": ["BBG", "Platform Ondermijning", "Expertteam <Intelligence>", "RIEC"],
        "themes": [["ondermijning", "intelligence"], ["ondermijning"], ["intelligence"], []],
    }
)
WORKPLAN = pd.DataFrame(
    {
        "activity_id": ["a", "b", "c", "d"],
        "title": ["Projecten", "Visie", "Kalender", "Netwerken per district"],
        "theme_id": ["ondermijning", "intelligence", "intelligence", None],
        "start_year": [2019, 2019, 2019, 2019],
        "end_year": [2022, 2020, 2019, 2022],
        "status": ["gepland", "lopend", "gepland", "onbekend"],
        "source": ["s1", "s2", "s3", "s4"],
    }
)


def test_options_put_all_first_then_register_order():
    options = themes.theme_options(THEMES)
    assert list(options) == ["alle", "ondermijning", "intelligence", "hennep"]
    assert options["alle"] == texts.THEMES_ALL
    assert themes.chosen_theme("alle") is None
    assert themes.chosen_theme("hennep") == "hennep"


def test_theme_ids_are_all_or_the_chosen_one():
    assert themes.theme_ids(THEMES, None) == ["ondermijning", "intelligence", "hennep"]
    assert themes.theme_ids(THEMES, "hennep") == ["hennep"]


def test_card_names_holder_team_activities_bodies_and_source():
    card = themes.theme_card(THEMES, BODIES, WORKPLAN, "ondermijning")
    assert card.startswith("### Ondermijning\n")
    assert "**Expertteam:** Platform Ondermijning" in card
    assert "**Activiteiten in het werkprogramma:** 1" in card
    assert "- BBG\n- Platform Ondermijning\n" in card
    assert html.unescape(card).endswith("Bron: Q&A vraag 5")


def test_card_says_unknown_and_none_instead_of_leaving_blanks():
    card = themes.theme_card(THEMES, BODIES, WORKPLAN, "hennep")
    assert "**Portefeuillehouder:** onbekend" in card
    assert "**Expertteam:** onbekend" in card
    assert "**Activiteiten in het werkprogramma:** 0" in card
    assert f"**{texts.THEME_CARD_BODIES}:** {texts.THEME_NO_BODIES}" in card


def test_expert_team_outside_the_register_is_said():
    assert themes.expert_team_name("weg", BODIES) == (
        "weg (staat niet in het register van overleggen)"
    )


def test_card_escapes_register_text_for_markdown():
    card = themes.theme_card(THEMES, BODIES, WORKPLAN, "ondermijning")
    assert "**Portefeuillehouder:** burgemeester van &#42;Enschede&#42;" in card
    assert card.endswith("Bron: Q&#38;A vraag 5")
    intelligence = themes.theme_card(THEMES, BODIES, WORKPLAN, "intelligence")
    assert "**Expertteam:** Expertteam &#60;Intelligence&#62;" in intelligence
    assert "- Expertteam &#60;Intelligence&#62;" in intelligence
    assert "<Intelligence>" not in intelligence and "*Enschede*" not in card


def test_activities_of_all_or_one_theme_with_names_and_periods():
    everything = themes.activities(WORKPLAN, THEMES)
    assert list(everything.columns) == list(themes.ACTIVITY_COLUMNS)
    assert everything["theme"].tolist() == [
        "Ondermijning",
        "Intelligence",
        "Intelligence",
        texts.WORKPLAN_NO_THEME,
    ]
    assert everything["period"].tolist() == ["2019–2022", "2019–2020", "2019", "2019–2022"]
    one = themes.activities(WORKPLAN, THEMES, "intelligence")
    assert one["activity_id"].tolist() == ["b", "c"]
    assert themes.activities(WORKPLAN, THEMES, "hennep").empty


def test_workplan_table_has_the_same_facts_in_dutch():
    table = themes.workplan_table(themes.activities(WORKPLAN, THEMES))
    assert list(table.columns) == ["Activiteit", "Periode", "Status", "Thema", "Bron"]
    assert table.iloc[1].tolist() == ["Visie", "2019–2020", "Lopend", "Intelligence", "s2"]
    assert table["Status"].tolist() == ["Gepland", "Lopend", "Gepland", "Onbekend"]


def test_headings():
    assert themes.workplan_heading(THEMES, WORKPLAN, None) == "Werkprogramma 2019–2022"
    assert themes.workplan_heading(THEMES, WORKPLAN, "hennep") == (
        "Werkprogramma: Hennep &#40;regionaal convenant&#41;"
    )
    assert themes.workplan_heading(THEMES, WORKPLAN.iloc[0:0], None) == "Werkprogramma"
    assert themes.theme_heading(THEMES, "ondermijning") == "Ondermijning"
