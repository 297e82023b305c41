"""Class 5: a workbook read by its own structure. Only register sheets are read, and only the
rows the file holds (a sheet claiming row 1.048.576 costs no more than its content), within a
time budget; merged cells, a formula in a sheet part stored outside xl/worksheets/ and hidden
register sheets are refused in Dutch; the note says what was read; the data root is unchanged."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
import pytest

from etl.reference.tables import load_reference
from etl.registers import checking, xlsx
from etl.registers.reading import read_tables
from etl.registers.tables import Limits
from etl.registers.workbook import export_bytes

from .corpus import etl, fingerprint

LAST_ROW = 1_048_576


def _book(root) -> openpyxl.Workbook:
    content = export_bytes(root, load_reference(root.reference))
    return openpyxl.load_workbook(io.BytesIO(content))


def _saved(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _refused(root, capsys, monkeypatch, tmp_path, content: bytes, message: str):
    """The check's problems; the import refused with `message`, the data root unchanged."""
    result = checking.check("werkmap.xlsx", content, root, load_reference(root.reference))
    assert not result.ok and any(message in p.message for p in result.problems), [
        str(p) for p in result.problems
    ]
    upload = tmp_path / "werkmap.xlsx"
    upload.write_bytes(content)
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "import", str(upload))
    assert run.code == 1 and message in run.err and fingerprint(root) == before
    return result.problems


def test_a_sheet_claiming_the_last_row_costs_only_its_content(root, monkeypatch):
    book = openpyxl.Workbook()
    book.active.title = "Notities"
    book.active.cell(LAST_ROW, 3).value = "ver weg"
    plan = book.create_sheet("Werkprogramma")
    plan.append(["id", "titel", "thema", "startjaar", "eindjaar", "status", "bron"])
    plan.append(["nieuw", "Nieuw", "", 2021, 2022, "gepland", "test"])
    plan.cell(LAST_ROW, 1).style = "Good"  # an empty, formatted cell at the very end
    content = _saved(book)
    assert len(content) < 12_000
    seen: list[int] = []
    real = xlsx._sheet_records

    def counted(*args):
        for number, values in real(*args):
            seen.append(number)
            yield number, values

    monkeypatch.setattr(xlsx, "_sheet_records", counted)
    read = read_tables("werkmap.xlsx", content, Limits())
    # The rows the register sheet holds (its formatted last row too), none of the million
    # between them, and nothing of the other sheet.
    assert seen == [1, 2, LAST_ROW]
    (notes,) = [note for note in read.notes if "1.048.576" in note]
    assert "'Werkprogramma'" in notes and "de laatste is rij 2" in notes
    result = checking.check("werkmap.xlsx", content, root, load_reference(root.reference))
    assert any("'Notities' is overgeslagen" in note for note in result.notes)
    assert not [p for p in result.problems if p.sheet == "Notities"]


def test_reading_stops_at_its_time_budget(root, capsys, monkeypatch, tmp_path):
    book = _book(root)
    sheet = book["Bijdragen per gemeente"]
    for row in range(2, 3000):
        sheet.cell(row, 8).value = "bron"
    content = _saved(book)
    read = read_tables("werkmap.xlsx", content, Limits(max_seconds=60))
    assert read.tables  # within budget, it reads
    with pytest.raises(checking.InvalidInputError) as refused:
        read_tables("werkmap.xlsx", content, Limits(max_seconds=0))
    (problem,) = refused.value.problems
    assert "duurt te lang" in problem.message and problem.sheet == "Bijdragen per gemeente"


@pytest.mark.parametrize(("cells", "row", "column"), [("B3:B5", 3, "titel"), ("A1:B1", None, "id")])
def test_merged_cells_are_refused_not_blanked(
    root, capsys, monkeypatch, tmp_path, cells, row, column
):
    book = _book(root)
    book["Werkprogramma"].merge_cells(cells)
    problems = _refused(root, capsys, monkeypatch, tmp_path, _saved(book), "samengevoegde cellen")
    (merged,) = [p for p in problems if "samengevoegde" in p.message]
    assert (merged.sheet, merged.row, merged.column, merged.value) == (
        "Werkprogramma", row, column, cells,
    )  # fmt: skip


def _moved(content: bytes, sheet_part: str, elsewhere: str, target: str) -> bytes:
    """The package with one sheet part stored elsewhere, its relationship and type following."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for member in source.infolist():
            data = source.read(member)
            name = elsewhere if member.filename == sheet_part else member.filename
            if member.filename == "xl/_rels/workbook.xml.rels":
                old = re.escape(sheet_part.removeprefix("xl/")).encode()
                data = re.sub(b'Target="[^"]*' + old + b'"', f'Target="{target}"'.encode(), data)
            if member.filename == "[Content_Types].xml":
                data = data.replace(f"/{sheet_part}".encode(), f"/{elsewhere}".encode())
            package.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "target", ["elders/blad.xml", "/xl/elders/blad.xml", "../xl/elders/blad.xml"]
)
def test_a_formula_in_a_sheet_stored_elsewhere_is_found(
    root, capsys, monkeypatch, tmp_path, target
):
    book = _book(root)
    book["Werkprogramma"]["D2"] = "=2019+1"
    position = book.sheetnames.index("Werkprogramma") + 1
    usual = f"xl/worksheets/sheet{position}.xml"
    content = _moved(_saved(book), usual, "xl/elders/blad.xml", target)
    assert usual not in zipfile.ZipFile(io.BytesIO(content)).namelist()
    problems = _refused(root, capsys, monkeypatch, tmp_path, content, "bevat een formule")
    (formula,) = [p for p in problems if "formule" in p.message]
    assert (formula.sheet, formula.row, formula.column) == ("Werkprogramma", 2, "startjaar")


@pytest.mark.parametrize(
    ("state", "said"), [("hidden", "verborgen"), ("veryHidden", "zeer verborgen")]
)
def test_a_hidden_register_sheet_does_not_replace_a_register_silently(
    root, capsys, monkeypatch, tmp_path, state, said
):
    book = _book(root)
    book["Thema's"]["B2"] = "Een naam die niemand ziet"
    book["Thema's"].sheet_state = state
    problems = _refused(root, capsys, monkeypatch, tmp_path, _saved(book), said)
    assert [p.sheet for p in problems if said in p.message] == ["Thema's"]


def test_a_hidden_sheet_that_is_no_register_is_not_read(root):
    book = _book(root)
    book.create_sheet("Kladblok")["A1"] = "=1/0"
    book["Kladblok"].sheet_state = "hidden"
    result = checking.check("werkmap.xlsx", _saved(book), root, load_reference(root.reference))
    assert result.problems == [] and any("'Kladblok' is overgeslagen" in n for n in result.notes)
