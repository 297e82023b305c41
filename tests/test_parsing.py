"""Cells in Dutch notation → the registers' stored notation (etl.registers.parsing)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from etl.registers import columns as rc
from etl.registers.parsing import (
    UnreadableCellError,
    clean_text,
    parse_date,
    parse_number,
    stored_cell,
)

NUMBER = rc.ColumnInfo("amount", "bedrag", rc.NUMBER, False)
WHOLE = rc.ColumnInfo("year", "jaar", rc.WHOLE, True)
DATE = rc.ColumnInfo("day", "datum", rc.DATE, False)
LIST = rc.ColumnInfo("members", "leden", rc.LIST, False)
STATUS = rc.ColumnInfo("status", "status", rc.TEXT, False, ("actief", "in oprichting"), "x")
DISTRICT = rc.ColumnInfo(
    "district_code", "district", rc.TEXT, False, ("VR05",), rc.DISTRICTS, (("Twente", "VR05"),)
)


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1234", True, "1234"),
        ("1234,56", True, "1234.56"),
        ("1.234,56", True, "1234.56"),
        ("€ 90.000", True, "90000"),
        ("90.000", True, "90000"),  # Dutch: a point groups thousands
        ("1.234.567", False, "1234567"),
        ("1.234", False, "1.234"),  # a ','-separated CSV: the point is the decimal sign
        ("1234.5", True, "1234.5"),
        ("0,07", True, "0.07"),
        ("0.070", True, "0.07"),
        ("-12,5", True, "-12.5"),
        ("1 234,5", True, "1234.5"),
        ("1e-05", True, "0.00001"),
        ("1,5E+10", True, "15000000000"),
    ],
)
def test_numbers_in_dutch_and_plain_notation(text, decimal_comma, expected):
    assert stored_cell(text, NUMBER, decimal_comma=decimal_comma) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,234.56", "Nederlandse notatie"),
        ("12abc", "is geen getal"),
        ("1.2.3", "is geen getal"),
        ("12%", "is geen getal"),
        ("nan", "is geen getal"),
    ],
)
def test_wrong_numbers_are_named(text, message):
    with pytest.raises(UnreadableCellError, match=message):
        stored_cell(text, NUMBER)


def test_typed_workbook_values_are_stored_exactly():
    assert stored_cell(0.1, NUMBER) == "0.1"
    assert stored_cell(90000.0, NUMBER) == "90000"
    assert stored_cell(2020, WHOLE) == "2020"
    assert stored_cell(2020.0, WHOLE) == "2020"
    with pytest.raises(UnreadableCellError, match="geen geheel getal"):
        stored_cell(2020.5, WHOLE)
    with pytest.raises(UnreadableCellError, match="geen geheel getal"):
        stored_cell(True, WHOLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-12-2020", dt.date(2020, 12, 31)),
        ("1-3-2020", dt.date(2020, 3, 1)),
        ("01/03/2020", dt.date(2020, 3, 1)),
        ("1.3.2020", dt.date(2020, 3, 1)),
        ("2020-03-01", dt.date(2020, 3, 1)),
        ("2020-03-01 00:00:00", dt.date(2020, 3, 1)),
        ("1 maart 2020", dt.date(2020, 3, 1)),
        ("1 mrt 2020", dt.date(2020, 3, 1)),
        ("29 Februari 2020", dt.date(2020, 2, 29)),
    ],
)
def test_dates_in_dutch_and_iso_notation(text, expected):
    assert parse_date(text) == expected
    assert stored_cell(text, DATE) == expected.isoformat()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-02-2020", "geen bestaande datum"),
        ("29-02-2019", "geen bestaande datum"),
        ("12-13-2020", "geen bestaande datum"),  # American month-day
        ("1-3-20", "vier cijfers"),
        ("2020/03/01", "is geen datum"),
        ("morgen", "is geen datum"),
        ("1 maartje 2020", "is geen datum"),
    ],
)
def test_wrong_dates_are_named(text, message):
    with pytest.raises(UnreadableCellError, match=message):
        stored_cell(text, DATE)


def test_workbook_dates_and_serials():
    assert stored_cell(dt.datetime(2020, 3, 1), DATE) == "2020-03-01"
    assert stored_cell(43891, DATE) == "2020-03-01"  # an Excel date serial
    with pytest.raises(UnreadableCellError, match="bevat een tijd"):
        stored_cell(dt.datetime(2020, 3, 1, 14, 30), DATE)


def test_lists_vocabularies_and_district_names():
    assert stored_cell(" a ;b;; c ", LIST) == "a; b; c"
    assert stored_cell("Actief", STATUS) == "actief"
    assert stored_cell("slapend", STATUS) == "slapend"  # left for the schema to report
    assert stored_cell("twente", DISTRICT) == "VR05"


def test_text_is_cleaned_and_the_formula_guard_removed():
    assert clean_text("  '=SOM(A1)  ") == "=SOM(A1)"
    assert clean_text("'gewoon") == "'gewoon"
    assert clean_text("a\r\nb\x07") == "a\nb"


def test_parse_number_keeps_exact_decimals():
    assert parse_number("0,1") == Decimal("0.1")
