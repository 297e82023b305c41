"""The factsheet renderer: A4 portrait, at most two pages, Dutch figures, literal register text,
a footer with sources and build time on every page."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.factsheet import render as factsheet
from dashboard.marts import read_marts
from dashboard.profile.model import BodyLine, PilotLine
from tests import factsheet_pdf
from tests.factsheet_samples import APELDOORN, TRICKY, profile, shapes

MADE = dt.datetime(2026, 12, 3, 14, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def _sheet(marts, the_profile) -> factsheet_pdf.Sheet:
    return factsheet_pdf.read(factsheet.render(the_profile, shapes(marts), made_at=MADE))


def test_a4_portrait_with_the_profile_in_dutch(marts) -> None:
    sheet = _sheet(marts, profile())
    assert 1 <= sheet.pages <= 2
    assert set(sheet.sizes) == {factsheet_pdf.A4}
    text = sheet.text
    for expected in (
        "Factsheet BBG · District",
        "Twente",
        "Oost-Nederland › Twente",
        "629.284",
        "€ 44.049,88",
        "€ 1.000,00",
        "€ 230.000,00",
        "19,2%",
        "Almelo, Borne, Enschede, Hengelo",
        "Street triage",
        "Overgenomen",
        "DVO Twente",
        "burgemeester van Enschede",
        "Ondermijningsprojecten",
        "2019–2022",
        "Het register kent geen betalingen.",
    ):
        assert expected in text, expected


def test_register_text_is_never_markup(marts) -> None:
    assert TRICKY in _sheet(marts, profile()).text


def test_regional_lines_are_marked(marts) -> None:
    text = _sheet(marts, profile()).text
    assert "Regionale pilot regionaal" in text
    assert f"{TRICKY} regionaal" in text
    assert "Street triage regionaal" not in text


def test_footer_with_sources_and_times(marts) -> None:
    text = _sheet(marts, profile()).text
    assert "Bronnen." in text
    assert "Inwoners: CBS Kerncijfers wijken en buurten 2019 (peildatum 1 januari 2019)" in text
    assert "Gegevens gebouwd op 3 december 2026, 15:12" in text
    assert "factsheet gemaakt op 3 december 2026, 15:30" in text  # Dutch local time
    assert "nooit demodata" in text


def test_municipality_sheet(marts) -> None:
    text = _sheet(marts, profile(APELDOORN, municipalities=("Apeldoorn",))).text
    assert "Oost-Nederland › Noord- en Oost-Gelderland › Apeldoorn" in text
    assert "Factsheet BBG · Gemeente" in text and "Noord- en Oost-Gelderland" in text
    assert "Gemeenten in" not in text


def test_long_lists_are_cut_to_two_pages_and_say_so(marts) -> None:
    pilots = tuple(
        PilotLine(f"p{n}", f"Pilot nummer {n}", "lopend", "deelnemer", False, ("resultaat",) * 3)
        for n in range(150)
    )
    bodies = tuple(BodyLine(f"b{n}", f"Overleg {n}", "werkgroep", n % 2 == 0) for n in range(80))
    sheet = _sheet(marts, profile(pilots=pilots, bodies=bodies))
    assert sheet.pages <= 2
    assert "zie het profiel in het dashboard" in sheet.text
    assert "Pilot nummer 0 " in sheet.text
    assert "Pilot nummer 149" not in sheet.text
    for page in sheet.texts:  # the footer on every page
        assert "Bronnen." in page and "Gegevens gebouwd op" in page


def test_empty_sections_say_so(marts) -> None:
    text = _sheet(marts, profile(pilots=(), bodies=(), activities=(), funding=())).text
    assert "Het register kent geen pilots in deze plaats." in text
    assert "Het register kent geen overleggen voor deze plaats." in text
    assert "Voor deze plaats zijn geen bijdragen geregistreerd." in text
