"""The bijdrageoverzicht read back as a spreadsheet would: Dutch formats, totals, no formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
from openpyxl import load_workbook

from dashboard.funding import exports as funding_exports

DAY = pd.Timestamp("2019-01-01")
DISTRICTS = pd.DataFrame({"district_code": ["VR04", "VR05"], "name": ["IJsselland", "Twente"]})
PEOPLE = {"GM0001": ("=SOM(A1:A9)", "VR04", 1655), "GM0002": ("Beekdal", "VR04", 237),
          "GM0003": ("Cronje", "VR05", 100_000)}  # fmt: skip


def _row(code, year, expected, status="gevraagd", paid=None, note=None, demo=False):
    name, district, inhabitants = PEOPLE[code]
    return {
        "municipality_code": code, "year": year, "name": name, "district_code": district,
        "inhabitants": inhabitants, "inhabitants_date": DAY, "rate_eur": 0.07,
        "expected_eur": expected, "status": status, "paid_eur": paid,
        "paid_on": pd.Timestamp("2020-05-04") if paid is not None else pd.NaT,
        "note": note, "source": "Q&A vraag 3", "is_demo": demo,
    }  # fmt: skip


CONTRIBUTIONS = pd.DataFrame(
    [
        _row("GM0001", 2020, 115.85, note="+31 6 bellen"),
        _row("GM0002", 2020, 16.59, "betaald", paid=16.59),
        _row("GM0003", 2020, 7000.0),
        _row("GM0001", 2021, 115.85, note="@wethouder"),
        _row("GM0002", 2021, 16.59),
        _row("GM0003", 2021, 7000.0, "toegezegd"),
        _row("GM0003", 2020, 7000.0, "afgewezen", demo=True),  # never exported
    ]
)
BUDGET = pd.DataFrame({"year": [2020, 2021], "category": ["projecten"] * 2,
                       "amount_eur": [7500.0, 7500.0]})  # fmt: skip
RATES = pd.DataFrame(
    {"year": [2020, 2021], "rate_eur": [0.07, 0.07], "population_date": [DAY, DAY],
     "note": [None, None], "source": ["Q&A vraag 3", "Q&A vraag 3"]}
)  # fmt: skip


def _book():
    data = funding_exports.overview_workbook(
        CONTRIBUTIONS, DISTRICTS, BUDGET, RATES, dt.date(2020, 1, 31)
    )
    return load_workbook(io.BytesIO(data))


def _rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_workbook_has_a_row_per_municipality_and_totals_per_district():
    book = _book()
    assert book.sheetnames == ["Bijdrageoverzicht", "Per district", "Toelichting"]
    rows = _rows(book["Bijdrageoverzicht"])
    assert rows[0] == [
        "Gemeente", "CBS-code", "District", "Inwoners", "Peildatum inwoners",
        "Bijdrage per inwoner", "Gevraagd 2020", "Gevraagd 2021", "Status 2020", "Status 2021",
        "Toelichting",
    ]  # fmt: skip
    assert rows[1:] == [
        ["'=SOM(A1:A9)", "GM0001", "IJsselland", 1655, dt.datetime(2019, 1, 1), 0.07, 115.85,
         115.85, "gevraagd", "gevraagd", "'+31 6 bellen; @wethouder"],
        ["Beekdal", "GM0002", "IJsselland", 237, dt.datetime(2019, 1, 1), 0.07, 16.59, 16.59,
         "betaald", "gevraagd", None],
        ["Totaal IJsselland", None, None, 1892, None, None, 132.44, 132.44, None, None, None],
        ["Cronje", "GM0003", "Twente", 100_000, dt.datetime(2019, 1, 1), 0.07, 7000, 7000,
         "gevraagd", "toegezegd", None],
        ["Totaal Twente", None, None, 100_000, None, None, 7000, 7000, None, None, None],
        ["Totaal Oost-Nederland", None, None, 101_892, None, None, 7132.44, 7132.44, None, None,
         None],
    ]  # fmt: skip


def test_workbook_uses_dutch_number_formats_and_no_formulas():
    sheet = _book()["Bijdrageoverzicht"]
    assert sheet["D2"].number_format == "#,##0"
    assert sheet["E2"].number_format == "dd-mm-yyyy"
    assert sheet["F2"].number_format == '"€" #,##0.00##'
    assert sheet["G2"].number_format == '"€" #,##0.00'
    assert sheet["G7"].number_format == '"€" #,##0.00' and sheet["A7"].font.bold
    assert sheet.freeze_panes == "B2"
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula"
    # A name or note that starts like a formula arrives as text.
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("'=SOM(A1:A9)", "s")
    assert sheet["K2"].value.startswith("'+")


def test_district_sheet_and_notes():
    book = _book()
    assert _rows(book["Per district"]) == [
        ["District", "Gemeenten", "Inwoners", "Gevraagd 2020", "Gevraagd 2021"],
        ["IJsselland", 2, 1892, 132.44, 132.44],
        ["Twente", 1, 100_000, 7000, 7000],
        ["Totaal Oost-Nederland", 3, 101_892, 7132.44, 7132.44],
    ]
    assert book["Per district"]["D2"].number_format == '"€" #,##0.00'
    notes = dict(_rows(book["Toelichting"])[1:4])
    assert notes["Gemaakt op"] == "31 januari 2020"
    assert notes["Gegevens"] == "Alleen de echte registers; nooit demodata."
    year = dict(_rows(book["Toelichting"]))["Jaar 2020"]
    assert year == (
        "Bijdrage per inwoner €\xa00,07, inwoners op 1 januari 2019, begroting €\xa07.500,00. "
        "Bron: Q&A vraag 3"
    )


def test_rates_that_differ_per_year_get_a_column_each():
    changed = CONTRIBUTIONS.assign(rate_eur=CONTRIBUTIONS["year"].map({2020: 0.07, 2021: 0.075}))
    book = load_workbook(
        io.BytesIO(
            funding_exports.overview_workbook(changed, DISTRICTS, BUDGET, RATES, dt.date.today())
        )
    )
    header = _rows(book["Bijdrageoverzicht"])[0]
    assert header[5:7] == ["Bijdrage per inwoner 2020", "Bijdrage per inwoner 2021"]
    assert book["Bijdrageoverzicht"]["G2"].value == 0.075


def test_csv_in_dutch_convention_real_rows_only():
    data = funding_exports.contributions_csv(CONTRIBUTIONS, DISTRICTS, 2020)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == [
        "Gemeente", "CBS-code", "District", "Inwoners", "Peildatum inwoners",
        "Bijdrage per inwoner (€)", "Gevraagde bijdrage (€)", "Status", "Betaald (€)",
        "Betaald op", "Toelichting", "Bron",
    ]  # fmt: skip
    assert rows[1:] == [
        ["'=SOM(A1:A9)", "GM0001", "IJsselland", "1655", "01-01-2019", "0,07", "115,85",
         "gevraagd", "", "", "'+31 6 bellen", "Q&A vraag 3"],
        ["Beekdal", "GM0002", "IJsselland", "237", "01-01-2019", "0,07", "16,59", "betaald",
         "16,59", "04-05-2020", "", "Q&A vraag 3"],
        ["Cronje", "GM0003", "Twente", "100000", "01-01-2019", "0,07", "7000,00", "gevraagd",
         "", "", "", "Q&A vraag 3"],
    ]  # fmt: skip
