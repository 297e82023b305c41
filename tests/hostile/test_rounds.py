"""Class 8: one check reports every problem it can find, at once, grouped per sheet: a refused
cell (an empty source), an unknown column on another sheet or an unreadable number do not
hide an unknown municipality or a relation to a body that does not exist."""

from __future__ import annotations

import io
from itertools import groupby

import openpyxl
import pytest

from etl.core.errors import InvalidInputError
from etl.reference.tables import load_reference
from etl.registers import checking
from etl.registers.catalogue import load_registers
from etl.registers.workbook import export_bytes

from .corpus import etl, fingerprint, with_cell

CONTRIBUTIONS = "Bijdragen per gemeente"


def _cell(sheet, row: int, header: str, value) -> None:
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row, headers.index(header) + 1).value = value


def _workbook(root) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(export_bytes(root, load_reference(root.reference))))
    _cell(book[CONTRIBUTIONS], 2, "bron", None)
    _cell(book[CONTRIBUTIONS], 3, "gemeente_code", "GM9999")
    _cell(book[CONTRIBUTIONS], 4, "jaar", "twintig")
    _cell(book["Relaties"], 2, "naar", "bestaat-niet")
    workplan = book["Werkprogramma"]
    workplan.cell(1, workplan.max_column + 1).value = "extra"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


EXPECTED = {
    ("Werkprogramma", None, "extra", "onbekende kolom"),
    (CONTRIBUTIONS, 2, "bron", "mag niet leeg zijn"),
    (CONTRIBUTIONS, 3, "gemeente_code", "onbekende gemeente"),
    (CONTRIBUTIONS, 4, "jaar", "is geen geheel getal"),
    ("Relaties", 2, "naar", "onbekend overleg"),
}


def test_a_workbook_gets_every_problem_of_every_sheet_in_one_round(
    root, capsys, monkeypatch, tmp_path
):
    content = _workbook(root)
    result = checking.check("alles.xlsx", content, root, load_reference(root.reference))
    found = {(p.sheet, p.row, p.column, p.message) for p in result.problems}
    for sheet, row, column, message in EXPECTED:
        assert any((s, r, c) == (sheet, row, column) and message in m for s, r, c, m in found), (
            sheet,
            row,
            column,
            sorted(map(str, result.problems)),
        )
    sheets = [sheet for sheet, _ in groupby(p.sheet for p in result.problems)]
    assert len(sheets) == len(set(sheets))  # grouped: each sheet's problems together
    upload = tmp_path / "alles.xlsx"
    upload.write_bytes(content)
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "import", str(upload))
    assert run.code == 1 and fingerprint(root) == before
    for needle in ("GM9999", "bestaat-niet", "twintig", "'extra'", "mag niet leeg zijn"):
        assert needle in run.err


def test_one_csv_gets_its_empty_source_and_its_unknown_municipality_at_once(root):
    content = with_cell(root, "bijdragen.csv", 2, "bron", "")
    content = content.replace(b"\nGM0147,", b"\nGM9999,", 1)  # row 3
    result = checking.check("bijdragen.csv", content, root, load_reference(root.reference))
    assert {(p.row, p.column) for p in result.problems} == {(2, "bron"), (3, "gemeente_code")}


def test_the_build_reports_schema_and_rule_problems_in_one_round(root):
    (root.register / "bijdragen.csv").write_bytes(
        with_cell(root, "bijdragen.csv", 2, "bron", "").replace(b"\nGM0147,", b"\nGM9999,", 1)
    )
    (root.register / "relaties.csv").write_bytes(
        with_cell(root, "relaties.csv", 2, "naar", "bestaat-niet")
    )
    with pytest.raises(InvalidInputError) as refused:
        load_registers(root, load_reference(root.reference))
    places = {(p.file, p.row, p.column) for p in refused.value.problems}
    assert places == {
        ("bijdragen.csv", 2, "bron"),
        ("bijdragen.csv", 3, "gemeente_code"),
        ("relaties.csv", 2, "naar"),
    }


def test_the_demo_registers_are_checked_in_the_same_round(root):
    (root.demo).mkdir(exist_ok=True)
    demo = with_cell(root, "bijdragen.csv", 2, "gemeente_code", "GM9998")
    (root.demo / "bijdragen.csv").write_bytes(demo)
    (root.register / "relaties.csv").write_bytes(
        with_cell(root, "relaties.csv", 2, "naar", "bestaat-niet")
    )
    with pytest.raises(InvalidInputError) as refused:
        load_registers(root, load_reference(root.reference))
    places = {(p.file, p.row, p.column) for p in refused.value.problems}
    assert places == {("relaties.csv", 2, "naar"), ("demo/bijdragen.csv", 2, "gemeente_code")}
