"""Downloads in Dutch convention, read back as a spreadsheet would: values, never formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.display import exports
from etl.core import spreadsheet

HOSTILE = ["=1+1", "+31 6 1234", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","klik")']


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Naam": ["Twente", "Coördinator, €", None],
            "Aantal": [1234567, 3, 0],
            "Bedrag": [0.07, 1234.5, np.nan],
            "Leden": [["politie", "OM"], [], ["=gevaar"]],
            "Datum": pd.to_datetime(["2019-01-01", "2020-12-31", None]),
            "Demo": [True, False, True],
        }
    )


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel reads the accents"
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_uses_semicolons_decimal_commas_and_joined_lists():
    rows = _csv_rows(exports.csv_bytes(_frame()))
    assert rows[0] == ["Naam", "Aantal", "Bedrag", "Leden", "Datum", "Demo"]
    assert rows[1] == ["Twente", "1234567", "0,07", "politie; OM", "01-01-2019", "ja"]
    assert rows[2] == ["Coördinator, €", "3", "1234,5", "", "31-12-2020", "nee"]
    assert rows[3] == ["", "0", "", "'=gevaar", "", "ja"]


def test_csv_writes_whole_amounts_without_decimals():
    frame = pd.DataFrame({"Subsidie (€)": [52000.0, 1234.5, None, -0.07]})
    rows = _csv_rows(exports.csv_bytes(frame))
    assert [row[0] for row in rows[1:]] == ["52000", "1234,5", "", "-0,07"]


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_neutralises_text_that_a_spreadsheet_would_run(text):
    rows = _csv_rows(exports.csv_bytes(pd.DataFrame({"Naam": [text], "Getal": [-5]})))
    assert rows[1] == ["'" + text, "-5"], "a negative number stays a number"


def test_csv_of_a_string_column_and_an_empty_frame():
    frame = pd.DataFrame({"Code": pd.Series(["-a", "b"], dtype="string")})
    assert _csv_rows(exports.csv_bytes(frame)) == [["Code"], ["'-a"], ["b"]]
    assert _csv_rows(exports.csv_bytes(pd.DataFrame({"A": []}))) == [["A"]]


def _workbook(sheets: dict[str, pd.DataFrame]):
    return load_workbook(io.BytesIO(exports.excel_bytes(sheets)))


def test_excel_has_a_bold_frozen_header_and_fitting_widths():
    book = _workbook({"Overleggen": _frame()})
    sheet = book["Overleggen"]
    assert [cell.value for cell in sheet[1]] == list(_frame().columns)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    widths = {col: sheet.column_dimensions[col].width for col in "ABCDEF"}
    assert all(spreadsheet.MIN_WIDTH <= width <= spreadsheet.MAX_WIDTH for width in widths.values())
    assert widths["A"] >= len("Coördinator, €")


def test_excel_stores_numbers_as_numbers_and_lists_as_text():
    sheet = _workbook({"Blad": _frame()})["Blad"]
    count, amount = sheet["B2"], sheet["C2"]
    assert (count.value, count.data_type, count.number_format) == (1234567, "n", "#,##0")
    assert (amount.value, amount.number_format) == (0.07, "#,##0.00")
    assert sheet["C3"].value == 1234.5
    assert sheet["C4"].value is None and sheet["A4"].value is None
    assert sheet["D2"].value == "politie; OM"
    assert sheet["D3"].value is None or sheet["D3"].value == ""
    assert sheet["E2"].value.date() == dt.date(2019, 1, 1)
    assert sheet["E2"].number_format == exports.DATE_FORMAT
    assert (sheet["F2"].value, sheet["F3"].value) == ("ja", "nee")


def test_excel_never_holds_a_formula():
    frame = pd.DataFrame({"Naam": HOSTILE, "Leden": [["=x", "y"]] * len(HOSTILE)})
    frame.columns = ["=Naam", "Leden"]
    sheet = _workbook({"Blad": frame})["Blad"]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert sheet["A1"].value == "'=Naam"
    assert [sheet.cell(row=i + 2, column=1).value for i in range(len(HOSTILE))] == [
        "'" + text for text in HOSTILE
    ]
    assert sheet["B2"].value == "'=x; y"


def test_excel_makes_valid_unique_sheet_names_and_drops_control_characters():
    frame = pd.DataFrame({"Naam": ["a\x07b"]})
    book = _workbook({"Thema's": frame, "a/b:c*d?": frame, "x" * 40: frame, "X" * 40: frame})
    assert book.sheetnames == ["Thema's", "a b c d", "x" * 31, "X" * 27 + " (2)"]
    assert book["Thema's"]["A2"].value == "ab"


def test_excel_of_no_sheets_is_still_a_workbook():
    assert _workbook({}).sheetnames == ["Leeg"]
