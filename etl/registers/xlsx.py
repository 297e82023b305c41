"""Excel workbooks (.xlsx) read defensively: zip bombs, entities, macros and formulas refused.

Workbooks are opened by openpyxl in read-only mode with cached values only: nothing is
evaluated, no external link is followed, and a cell holding a formula is reported instead of
read. Before openpyxl sees the file, the zip is checked: its size unpacked, its compression
ratio, encryption, macros and XML document types (entity expansion).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import openpyxl

from etl.core.errors import InvalidInputError, Problem
from etl.registers.tables import (
    MEBIBYTE,
    SAVE_AS,
    CellError,
    Limits,
    ReadResult,
    build_table,
    megabytes,
    refuse,
)

LOG = logging.getLogger("vnon.etl")
EXCEL_MAX_ROW = 1_048_576
XLSX_MARKERS = ("[Content_Types].xml", "xl/workbook.xml")
DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")

DAMAGED_XLSX = (
    "het Excel-bestand is beschadigd of onvolledig (bijvoorbeeld afgebroken bij het uploaden); "
    "sla het opnieuw op en probeer het nog eens"
)
FORMULA = (
    "bevat een formule; formules worden niet overgenomen. Zet er de waarde in "
    "(kopiëren en Plakken speciaal → Waarden)"
)


def read_xlsx(file_name: str, data: bytes, limits: Limits) -> ReadResult:
    scan = check_zip(file_name, data, limits)
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
        )
    except Exception:  # openpyxl raises many kinds on bad input; the user gets one message
        LOG.info("openpyxl kon %s niet openen", file_name, exc_info=True)
        raise refuse(file_name, DAMAGED_XLSX) from None
    formulas = _formula_cells(data, limits) if scan.has_formulas else {}
    tables = []
    try:
        for sheet in workbook.worksheets:
            records = _sheet_records(file_name, sheet, limits)
            table = build_table(file_name, sheet.title, records, limits, decimal_comma=True)
            for (row, column), formula in sorted(formulas.get(sheet.title, {}).items()):
                header = table.headers[column - 1] if column <= len(table.headers) else None
                table.problems.append(
                    Problem(
                        file_name,
                        FORMULA,
                        row=row,
                        column=header or None,
                        value=formula,
                        sheet=sheet.title,
                    )
                )
            tables.append(table)
    except InvalidInputError:
        raise
    except Exception:
        LOG.info("openpyxl kon %s niet lezen", file_name, exc_info=True)
        raise refuse(file_name, DAMAGED_XLSX) from None
    finally:
        workbook.close()
    notes = scan.notes
    return ReadResult(tables, "xlsx", notes)


@dataclass(frozen=True)
class _ZipScan:
    has_formulas: bool
    notes: tuple[str, ...]


def check_zip(file_name: str, data: bytes, limits: Limits) -> _ZipScan:
    """Refuse a zip that is no workbook, is damaged, or unpacks to far more than it is."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise refuse(file_name, DAMAGED_XLSX) from None
    names = {member.filename for member in members}
    if not all(marker in names for marker in XLSX_MARKERS):
        raise refuse(file_name, _not_a_workbook(names))
    if len(members) > limits.max_members:
        raise refuse(file_name, f"de werkmap bestaat uit te veel delen ({len(members)})")
    if any(member.flag_bits & 0x1 for member in members):
        raise refuse(file_name, "de werkmap is met een wachtwoord beveiligd; sla haar zonder op")
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise refuse(file_name, f"de werkmap bevat macro's; die worden niet aanvaard. {SAVE_AS}")
    unpacked = sum(member.file_size for member in members)
    too_dense = [
        member
        for member in members
        if member.file_size > MEBIBYTE
        and member.file_size > limits.max_ratio * max(member.compress_size, 1)
    ]
    if unpacked > limits.max_unzipped_bytes or too_dense:
        raise refuse(
            file_name,
            f"de werkmap pakt uit tot {megabytes(unpacked)}, veel meer dan ze groot is "
            "(mogelijk een zip-bom); zo'n bestand wordt niet geopend",
        )
    has_formulas = False
    try:
        for member in members:
            if not member.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            content = archive.read(member)
            if DOCTYPE.search(content):
                raise refuse(
                    file_name,
                    "de werkmap bevat een XML-documenttype (mogelijk een aanval met entiteiten); "
                    "zo'n bestand wordt niet geopend",
                )
            if member.filename.startswith("xl/worksheets/") and FORMULA_ELEMENT.search(content):
                has_formulas = True
    except InvalidInputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError):
        raise refuse(file_name, DAMAGED_XLSX) from None
    notes = ()
    if any(name.startswith("xl/externalLinks/") for name in names):
        notes = (
            f"{file_name} verwijst naar andere werkmappen; die koppelingen worden niet gevolgd.",
        )
    return _ZipScan(has_formulas, notes)


def _not_a_workbook(names: set[str]) -> str:
    if "mimetype" in names and "content.xml" in names:
        return f"dit is een OpenDocument-bestand (zoals .ods), geen Excel-werkmap. {SAVE_AS}"
    if "word/document.xml" in names:
        return f"dit is een Word-document, geen Excel-werkmap. {SAVE_AS}"
    return f"dit zip-bestand is geen Excel-werkmap (.xlsx). {SAVE_AS}"


def _sheet_records(file_name: str, sheet, limits: Limits) -> Iterator[tuple[int, list[object]]]:
    """Rows of a read-only sheet as (Excel row number, values); error cells become problems."""
    sheet.reset_dimensions()  # do not trust the size the file claims
    for number, cells in enumerate(sheet.iter_rows(max_col=limits.max_columns + 1), start=1):
        values = []
        for cell in cells:
            if getattr(cell, "data_type", None) == "e":
                values.append(CellError(str(cell.value)))
            else:
                values.append(cell.value)
        if number > EXCEL_MAX_ROW:
            break
        yield number, values


def _formula_cells(data: bytes, limits: Limits) -> dict[str, dict[tuple[int, int], str]]:
    """The workbook's formulas: {sheet: {(row, column): formula}} (a second, typed read)."""
    workbook = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=False, keep_links=False, keep_vba=False
    )
    found: dict[str, dict[tuple[int, int], str]] = {}
    try:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            rows = sheet.iter_rows(max_col=limits.max_columns + 1, max_row=limits.max_rows + 1)
            for number, cells in enumerate(rows, start=1):
                for column, cell in enumerate(cells, start=1):
                    if getattr(cell, "data_type", None) == "f":
                        found.setdefault(sheet.title, {})[(number, column)] = str(cell.value)
    finally:
        workbook.close()
    return found
