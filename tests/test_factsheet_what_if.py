"""The factsheet's what-if section: only when one is given, marked, from the real registers."""

from __future__ import annotations

import pytest

from dashboard.factsheet import document, names, sheet
from dashboard.funding.what_if import Choice, place_table
from dashboard.funding.what_if_places import place_codes
from dashboard.marts import read_marts, visible
from dashboard.profile.build import profile
from dashboard.texts import factsheet as texts
from tests import factsheet_pdf


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def test_without_a_what_if_the_content_has_no_section(marts):
    place = sheet.place_for(marts, "VR04")
    data = document.content(profile(visible(marts, False), place), "nu")
    assert data["what_if"] == {"heading": ""}


def test_the_section_holds_the_table_under_its_marker_and_says_what_was_reckoned(marts):
    place = sheet.place_for(marts, municipality_code="GM0150")
    choice = Choice(2021, 90, -10)
    codes = place_codes(marts.municipalities, place)
    table = place_table(
        marts.contributions, marts.municipalities, marts.budget_lines, codes, choice
    )
    part = document.what_if_part(table, place.name, choice)
    assert part["marker"] == texts.WHAT_IF_MARKER
    assert part["heading"] == "Wat als? Deventer, 2021"
    assert part["columns"][1:] == ["Register 2021", "Rekenvoorbeeld", "Verschil met het register"]
    assert len(part["rows"]) == len(table) and all(len(row) == 4 for row in part["rows"])
    assert "€\xa00,09 per inwoner en −1,0% inwoners" in part["note"]


def test_the_what_if_factsheet_has_its_own_file_name(marts):
    place = sheet.place_for(marts, "VR05")
    assert names.what_if_file_name(place) == "twente-rekenvoorbeeld.pdf"
    assert names.file_name(place) == "twente.pdf"


def test_the_plain_factsheet_never_shows_a_what_if(marts):
    place = sheet.place_for(marts, "VR05")
    assert texts.WHAT_IF_MARKER not in factsheet_pdf.read(sheet.factsheet(marts, place)).text
