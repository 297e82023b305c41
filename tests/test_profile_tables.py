"""A profile as display tables: Dutch notation, regional and demo marks, captions with sources."""

from __future__ import annotations

from dashboard.profile import tables
from dashboard.profile.model import (
    ActivityLine,
    BodyLine,
    FundingYear,
    PilotLine,
    Profile,
    Source,
)
from dashboard.profile.place import REGION, Level, Place

NBSP = "\xa0"
TWENTE = Place(Level.DISTRICT, "Twente", "VR05", "Twente")


def _profile(**changes) -> Profile:
    values = dict(
        place=TWENTE,
        inhabitants=629284,
        inhabitants_date="1 januari 2019",
        municipalities=("Almelo", "Enschede"),
        funding=(FundingYear(2020, 4404988, 100, 0, 23000000, 14),),
        pilots=(
            PilotLine("a", "Street triage", "Geborgd", "Overgenomen", True, ("x: y",), "",
                      "heel Twente"),
            PilotLine("b", "Demo", "Lopend", "Herkomst", False, (), "", "Enschede", True),
        ),
        bodies=(
            BodyLine("dvo", "DVO Twente", "DVO", False),
            BodyLine("bbg", "BBG", "Bestuurlijk overleg", True, "burgemeester van Enschede"),
        ),
        activities=(ActivityLine("w", "Werk", "2019–2022", "Gepland", "Ondermijning"),),
        sources=(
            Source("Bijdragen", "Q&A, mei 2019.", "inwoners op 1 januari 2019"),
            Source("Begroting", "Q&A, mei 2019", ""),
            Source("Pilots", "Register", ""),
        ),
        built_at="3 december 2026, 15:10",
    )  # fmt: skip
    return Profile(**(values | changes))


def test_headings_for_a_place_and_for_the_region():
    assert tables.heading(TWENTE) == "Profiel van Twente"
    assert tables.heading(REGION) == "Profiel van Oost-Nederland"


def test_funding_in_dutch_notation_with_the_share_of_the_budget():
    (row,) = tables.funding_table(_profile()).to_dict("records")
    assert row == {
        "Jaar": "2020",
        "Gevraagd": f"€{NBSP}44.049,88",
        "Toegezegd": f"€{NBSP}1,00",
        "Betaald": f"€{NBSP}0,00",
        "Begroting": f"€{NBSP}230.000,00",
        "Aandeel": "19,2%",
    }
    assert tables.funding_note(_profile()) == ""
    demo = _profile(funding=(FundingYear(2020, 1, 1, 1, 0, 1, includes_demo=True),))
    assert "fictief" in tables.funding_note(demo)
    assert tables.funding_table(demo)["Aandeel"].tolist() == [""]  # no budget, no share


def test_pilots_marked_regional_and_demo_and_bodies_by_level():
    pilots = tables.pilot_table(_profile()).to_dict("records")
    assert pilots[0]["Rol en plaats"] == "Overgenomen, heel Twente (regionaal)"
    assert (
        pilots[1]["Pilot"] == "Demo (demo)" and pilots[1]["Rol en plaats"] == "Herkomst, Enschede"
    )
    assert [p["Resultaten"] for p in pilots] == ["1", "0"]
    bodies = tables.body_table(_profile())
    assert bodies["Niveau"].tolist() == ["district", "regionaal"]
    assert bodies["Namens het district"].tolist() == ["", "burgemeester van Enschede"]
    assert "**Street triage**" in tables.results_markdown(_profile())


def test_captions_name_each_source_once_and_the_date_where_known():
    profile = _profile()
    assert tables.caption(profile, "Bijdragen", "Begroting") == (
        "Bron: Q&A, mei 2019. Peildatum: inwoners op 1 januari 2019."
    )
    assert tables.caption(profile, "Pilots") == "Bron: Register."
    assert tables.caption(profile, "Kaart") == ""
    assert tables.summary(profile) == "629.284 inwoners (1 januari 2019) in 2 gemeenten."


def test_a_markdown_table_escapes_its_cells_and_right_aligns_amounts():
    table = tables.funding_table(_profile(funding=(FundingYear(2020, 1, 0, 0, 100, 1),)))
    text = tables.markdown_table(table, tables.FUNDING_NUMBERS)
    header, rule, row = text.splitlines()
    assert header.startswith("| Jaar | Gevraagd |")
    assert rule == "|---|---:|---:|---:|---:|---:|"
    assert "&#124;" in tables.markdown_table(table.assign(Jaar="a|b"))  # no extra column
    assert row.count("|") == 7


def test_the_region_has_no_column_for_a_district_representative():
    assert "Namens het district" not in tables.body_table(_profile(place=REGION)).columns
    assert "Namens het district" in tables.body_table(_profile()).columns
