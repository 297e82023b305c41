"""The coordinator's workbook: a sheet per declared register, dropdowns, instructions, export."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from etl.contract.schemas import WorkplanTable
from etl.demo import write_demo
from etl.reference.tables import load_reference
from etl.registers import columns as rc
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import RegisterSpec
from etl.registers.workbook import (
    INSTRUCTIONS_SHEET,
    LISTS_SHEET,
    export_bytes,
    sheet_name,
    template_bytes,
)


@pytest.fixture
def reference(data_root):
    return load_reference(data_root.reference)


def _open(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def _validations(sheet) -> dict[str, str]:
    """Column letter -> the list formula (or type) of its data validation."""
    found = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            letter = cell_range.coord.split(":")[0].rstrip("0123456789")
            found[letter] = validation.formula1 if validation.type == "list" else validation.type
    return found


def test_template_has_a_sheet_per_register_with_its_dutch_headers(reference):
    book = _open(template_bytes(reference))
    registers = [sheet_name(spec) for spec in REGISTERS.values()]
    assert book.sheetnames == [INSTRUCTIONS_SHEET, *registers, LISTS_SHEET]
    for spec in REGISTERS.values():
        sheet = book[sheet_name(spec)]
        assert [cell.value for cell in sheet[1]] == list(spec.columns.values())
        assert sheet.max_row == 1 and sheet.freeze_panes == "A2"


def test_every_closed_vocabulary_and_code_column_has_a_dropdown(reference):
    book = _open(template_bytes(reference))
    lists = book[LISTS_SHEET]
    for spec in REGISTERS.values():
        validations = _validations(book[sheet_name(spec)])
        for index, info in enumerate(rc.column_infos(spec, reference), start=1):
            letter = openpyxl.utils.get_column_letter(index)
            if not info.choices:
                continue
            formula = validations[letter]
            column = formula.split("!$")[1].split("$")[0]
            values = [c.value for c in lists[column][1 : len(info.choices) + 1]]
            assert tuple(values) == info.choices, (spec.label, info.header)


def test_dropdowns_for_bodies_districts_and_municipalities(reference):
    book = _open(template_bytes(reference))
    lists = book[LISTS_SHEET]
    headers = [cell.value for cell in lists[1]]
    assert "soort" in headers and "districtcode" in headers
    codes = [
        c.value for c in lists[openpyxl.utils.get_column_letter(headers.index("districtcode") + 1)]
    ]
    assert codes[1:6] == ["VR04", "VR05", "VR06", "VR07", "VR08"]
    if "gemeentecode" in headers:
        column = openpyxl.utils.get_column_letter(headers.index("gemeentecode") + 1)
        municipalities = [c.value for c in lists[column]][1:]
        assert len([code for code in municipalities if code]) == 76
        names = [
            c.value
            for c in lists[openpyxl.utils.get_column_letter(headers.index("gemeentecode") + 2)]
        ]
        assert "Deventer" in names


def test_instructions_explain_every_column_in_dutch(reference):
    sheet = _open(template_bytes(reference))[INSTRUCTIONS_SHEET]
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "puntkomma" in text and "dag-maand-jaar" in text and "Keuzelijsten" in text
    described = {(row[0].value, row[1].value) for row in sheet.iter_rows() if row[1].value}
    for spec in REGISTERS.values():
        for header in spec.columns.values():
            assert (sheet_name(spec), header) in described


def test_export_holds_the_real_registers_never_the_demo(settings, reference):
    write_demo(settings)
    book = _open(export_bytes(settings.data, reference))
    for spec in REGISTERS.values():
        rows = pd.read_csv(settings.data.register / spec.file, dtype=str, keep_default_na=False)
        assert book[sheet_name(spec)].max_row == len(rows) + 1, spec.label
    workplan = book[sheet_name(REGISTERS["workplan"])]
    assert workplan["D2"].value == 2019 and isinstance(workplan["D2"].value, int)


def test_export_neutralises_formulas_and_writes_numbers_and_dates(data_root, reference):
    path = data_root.register / REGISTERS["workplan"].file
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[0, "titel"] = '=HYPERLINK("http://evil","klik")'
    frame.loc[1, "titel"] = "@SUM(1)"
    frame.to_csv(path, index=False)
    book = _open(export_bytes(data_root, reference))
    sheet = book[sheet_name(REGISTERS["workplan"])]
    assert sheet["B2"].value == '\'=HYPERLINK("http://evil","klik")'
    assert sheet["B3"].value == "'@SUM(1)"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_a_newly_declared_register_gets_its_sheet_without_code(reference, monkeypatch):
    spec = RegisterSpec(
        "extra",
        "extra.csv",
        "Extra register",
        {
            "activity_id": "code",
            "title": "titel",
            "theme_id": "thema",
            "start_year": "van",
            "end_year": "tot",
            "status": "stand",
            "source": "bron",
        },
        WorkplanTable,
        whole_numbers=("start_year", "end_year"),
    )
    monkeypatch.setitem(REGISTERS, "extra", spec)
    book = _open(template_bytes(reference))
    sheet = book["Extra register"]
    assert [cell.value for cell in sheet[1]] == [
        "code",
        "titel",
        "thema",
        "van",
        "tot",
        "stand",
        "bron",
    ]
    assert "Keuzelijsten" in _validations(sheet)["F"]
    assert rc.key_columns(spec) == ("activity_id",)
