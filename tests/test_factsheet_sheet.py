"""The factsheet from the built marts: the figures computed here, independently, from the
reference CSV (inhabitants × € 0,07, rounded half-up to cents), real data only, file names."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal

import pytest

from dashboard.factsheet import names as file_names
from dashboard.factsheet import sheet
from dashboard.marts import read_marts
from dashboard.profile.build import profile
from dashboard.profile.place import REGION, Level
from tests import factsheet_pdf
from tests.conftest import REPO
from tests.demo_support import build_demo_root

REFERENCE = REPO / "data" / "reference" / "gemeenten_oost_nederland_2019.csv"
RATE = Decimal("0.07")  # € per inhabitant per year, 2020–2023 (Q&A, May 2019)


def _towns() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _euro(amount: Decimal) -> str:
    """Dutch notation by hand: 44049.88 → '€ 44.049,88'."""
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return "€ " + f"{cents:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@pytest.fixture(scope="module")
def marts(built_root):
    return read_marts(built_root.processed)


def _text(marts, **codes) -> factsheet_pdf.Sheet:
    place = sheet.place_for(marts, **codes)
    return factsheet_pdf.read(sheet.factsheet(marts, place))


def test_twente_from_the_reference_data(marts) -> None:
    towns = [town for town in _towns() if town["district"] == "Twente"]
    inhabitants = sum(int(town["inwoners"]) for town in towns)
    assert (len(towns), inhabitants) == (14, 629284)
    expected = _euro(inhabitants * RATE)
    assert expected == "€ 44.049,88"
    found = _text(marts, district_code="VR05")
    assert found.pages <= 2
    assert set(found.sizes) == {factsheet_pdf.A4}
    for value in (expected, _dots(inhabitants), "14", "Bron", "1 januari 2019"):
        assert value in found.text, value
    for town in towns:
        assert town["gemeente_naam"] in found.text, town["gemeente_naam"]
    assert {town["inwoners_peildatum"] for town in towns} == {"2019-01-01"}


def test_apeldoorn_from_the_reference_data(marts) -> None:
    (town,) = [town for town in _towns() if town["gemeente_code"] == "GM0200"]
    expected = _euro(int(town["inwoners"]) * RATE)
    assert expected == "€ 11.371,15"
    found = _text(marts, municipality_code="GM0200")
    assert found.pages <= 2
    for value in (expected, _dots(int(town["inwoners"])), "Apeldoorn", "Noord- en Oost-Gelderland"):
        assert value in found.text, value
    assert "Bron" in found.text and "1 januari 2019" in found.text


def test_the_region(marts) -> None:
    towns = _towns()
    expected = _euro(sum(int(town["inwoners"]) * RATE for town in towns))
    assert expected == "€ 225.988,21"
    found = _text(marts)
    assert found.pages <= 2
    for value in (expected, _dots(sum(int(town["inwoners"]) for town in towns)), "76"):
        assert value in found.text, value
    for town in towns:
        assert town["gemeente_naam"] in found.text, town["gemeente_naam"]


def test_real_data_only_whatever_the_marts_hold(tmp_path_factory) -> None:
    marts = read_marts(build_demo_root(tmp_path_factory.mktemp("demo")).processed)
    twente = sheet.place_for(marts, district_code="VR05")
    with_demo = profile(marts, twente)  # what a profile of the unfiltered marts would show
    demo_names = [line.name for line in with_demo.pilots if line.is_demo]
    assert demo_names, "the demo build gives Twente demo pilots"
    text = factsheet_pdf.read(sheet.factsheet(marts, twente)).text
    for name in demo_names:
        assert name not in text, name


def test_every_place_and_readable_file_names(marts) -> None:
    places = sheet.every_place(marts)
    assert len(places) == 82
    assert [p.level for p in places].count(Level.MUNICIPALITY) == 76
    names = file_names.file_names(places)
    assert len(names) == 82
    assert names["oost-nederland.pdf"] == REGION
    assert names["twente.pdf"].district_code == "VR05"
    assert names["apeldoorn.pdf"].municipality_code == "GM0200"
    assert names["noord-en-oost-gelderland.pdf"].level is Level.DISTRICT
    assert all(name.isascii() and " " not in name for name in names)


def test_unknown_codes_name_no_place(marts) -> None:
    assert sheet.place_for(marts, district_code="VR99") is None
    assert sheet.place_for(marts, municipality_code="GM9999") is None
    assert sheet.place_for(marts, district_code="VR05", municipality_code="GM0200") is None


def test_the_download_says_real_data_only_when_demo_is_on() -> None:
    assert sheet.download_note(False) is None
    note = sheet.download_note(True)
    assert note is not None and "alleen echte gegevens" in note and "demodata" in note
