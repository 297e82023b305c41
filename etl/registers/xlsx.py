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
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import openpyxl
from openpyxl.cell.read_only import EMPTY_CELL

from etl.core import dutch
from etl.core.errors import InvalidInputError, Problem
from etl.registers.tables import (
    MEBIBYTE,
    SAVE_AS,
    CellError,
    Limits,
    ReadResult,
    Table,
    build_table,
    megabytes,
    refuse,
)
from etl.registers.xlsx_parts import (
    VISIBLE,
    SheetPart,
    claimed_last_row,
    merged_ranges,
    sheet_parts,
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
SheetFilter = Callable[[str], bool]  # may a sheet of this title hold a register?
HIDDEN_STATES = {"hidden": "verborgen", "veryHidden": "zeer verborgen (alleen via VBA zichtbaar)"}
HIDDEN = (
    "dit registerblad is {how} en wordt niet gelezen: een blad dat u niet ziet vervangt geen "
    "register. Maak het zichtbaar (Blad zichtbaar maken) of verwijder het"
)
MERGED_CELLS = (
    "samengevoegde cellen: alleen de eerste cel houdt een waarde, de andere zouden leeg worden. "
    "Maak de samenvoeging ongedaan en vul elke cel zelf in"
)
CLAIMED_RANGE = (
    "Blad '{sheet}' zegt tot rij {claimed} te lopen; gelezen zijn alleen de rijen met inhoud "
    "(de laatste is rij {last})."
)
TOO_SLOW = (
    "het lezen van dit blad duurt te lang (meer dan {seconds:g} seconden); verwijder lege "
    "opgemaakte rijen en kolommen of sla het blad op als CSV"
)
FORMULA = (
    "bevat een formule; formules worden niet overgenomen. Zet er de waarde in "
    "(kopiëren en Plakken speciaal → Waarden)"
)


def read_xlsx(
    file_name: str, data: bytes, limits: Limits, wanted: SheetFilter = lambda title: True
) -> ReadResult:
    """The sheets `wanted` says may hold a register, read; the others named but not read."""
    scan = check_zip(file_name, data, limits)
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
        )
    except Exception:  # openpyxl raises many kinds on bad input; the user gets one message
        LOG.info("openpyxl kon %s niet openen", file_name, exc_info=True)
        raise refuse(file_name, DAMAGED_XLSX) from None
    formulas = _formula_cells(data, limits, wanted) if scan.has_formulas else {}
    notes = list(scan.notes)
    deadline = time.monotonic() + limits.max_seconds
    try:
        tables = [
            _sheet_table(file_name, sheet, scan, formulas, limits, deadline, notes)
            if wanted(sheet.title)
            else Table(file_name, sheet.title, [], [], [], True)  # named, not read
            for sheet in workbook.worksheets
        ]
    except InvalidInputError:
        raise
    except Exception:
        LOG.info("openpyxl kon %s niet lezen", file_name, exc_info=True)
        raise refuse(file_name, DAMAGED_XLSX) from None
    finally:
        workbook.close()
    return ReadResult(tables, "xlsx", tuple(notes))


def _sheet_table(file_name, sheet, scan, formulas, limits, deadline, notes: list[str]) -> Table:
    """One register sheet read: refused when hidden, its merged cells and formulas reported."""
    part = scan.parts.get(sheet.title)
    if part is not None and part.state != VISIBLE:
        table = Table(file_name, sheet.title, [], [], [], True)
        message = HIDDEN.format(how=HIDDEN_STATES.get(part.state, part.state))
        table.problems.append(Problem(file_name, message, sheet=sheet.title))
        return table
    records = _sheet_records(file_name, sheet, limits, deadline)
    table = build_table(file_name, sheet.title, records, limits, decimal_comma=True)
    content = scan.contents.get(part.path, b"") if part is not None else b""
    table.problems.extend(_merged_problems(file_name, table, content))
    for (row, column), formula in sorted(formulas.get(sheet.title, {}).items()):
        table.problems.append(
            Problem(file_name, FORMULA, row, _header(table, column), formula, sheet.title)
        )
    claimed, last = claimed_last_row(content), max(table.row_numbers, default=1)
    if claimed is not None and claimed > last + limits.max_rows:
        shown = {"claimed": dutch.number(claimed), "last": dutch.number(last)}
        notes.append(CLAIMED_RANGE.format(sheet=sheet.title, **shown))
    return table


def _merged_problems(file_name: str, table: Table, content: bytes) -> list[Problem]:
    """Merged cells blank every cell of their range but the first: refused, with the range."""
    return [
        Problem(
            file_name,
            MERGED_CELLS,
            row=top if top > 1 else None,
            column=_header(table, left),
            value=ref,
            sheet=table.sheet,
        )
        for left, top, _, _, ref in merged_ranges(content)
    ]


def _header(table: Table, column: int) -> str | None:
    return (table.headers[column - 1] or None) if column <= len(table.headers) else None


@dataclass(frozen=True)
class _ZipScan:
    has_formulas: bool
    notes: tuple[str, ...]
    parts: dict[str, SheetPart] = field(default_factory=dict)  # sheet title -> its part
    contents: dict[str, bytes] = field(default_factory=dict)  # sheet part -> its XML


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
    contents: dict[str, bytes] = {}
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
            contents[member.filename] = content
        # The sheets where the workbook's relationships put them, not where they usually are.
        parts = {part.title: part for part in sheet_parts(archive)}
        sheets = {part.path for part in parts.values()}
        sheets |= {name for name in contents if name.startswith("xl/worksheets/")}
        has_formulas = any(FORMULA_ELEMENT.search(contents.get(name, b"")) for name in sheets)
    except InvalidInputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError):
        raise refuse(file_name, DAMAGED_XLSX) from None
    notes = ()
    if any(name.startswith("xl/externalLinks/") for name in names):
        notes = (
            f"{file_name} verwijst naar andere werkmappen; die koppelingen worden niet gevolgd.",
        )
    kept = {name: contents[name] for name in sheets if name in contents}
    return _ZipScan(has_formulas, notes, parts, kept)


def _not_a_workbook(names: set[str]) -> str:
    if "mimetype" in names and "content.xml" in names:
        return f"dit is een OpenDocument-bestand (zoals .ods), geen Excel-werkmap. {SAVE_AS}"
    if "word/document.xml" in names:
        return f"dit is een Word-document, geen Excel-werkmap. {SAVE_AS}"
    return f"dit zip-bestand is geen Excel-werkmap (.xlsx). {SAVE_AS}"


def _sheet_records(
    file_name: str, sheet, limits: Limits, deadline: float
) -> Iterator[tuple[int, list[object]]]:
    """Rows of a read-only sheet as (Excel row number, values); error cells become problems.

    Only rows the file holds cost work: openpyxl fills the rows a file leaves out with one
    shared tuple of empty cells, skipped at once; and reading stops at `deadline`.
    """
    sheet.reset_dimensions()  # do not trust the size the file claims
    gap = None
    for number, cells in enumerate(sheet.iter_rows(max_col=limits.max_columns + 1), start=1):
        if cells is gap:
            continue
        if number % 1024 == 0 and time.monotonic() > deadline:
            raise refuse(file_name, TOO_SLOW.format(seconds=limits.max_seconds), sheet=sheet.title)
        if number > EXCEL_MAX_ROW:
            break
        if cells and all(cell is EMPTY_CELL for cell in cells):
            gap = cells
            continue
        values = []
        for cell in cells:
            if getattr(cell, "data_type", None) == "e":
                values.append(CellError(str(cell.value)))
            else:
                values.append(cell.value)
        yield number, values


def _formula_cells(
    data: bytes, limits: Limits, wanted: SheetFilter
) -> dict[str, dict[tuple[int, int], str]]:
    """The formulas of the sheets read: {sheet: {(row, column): formula}} (a typed read)."""
    workbook = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=False, keep_links=False, keep_vba=False
    )
    found: dict[str, dict[tuple[int, int], str]] = {}
    try:
        for sheet in (sheet for sheet in workbook.worksheets if wanted(sheet.title)):
            sheet.reset_dimensions()
            rows = sheet.iter_rows(max_col=limits.max_columns + 1, max_row=limits.max_rows + 1)
            for number, cells in enumerate(rows, start=1):
                for column, cell in enumerate(cells, start=1):
                    if getattr(cell, "data_type", None) == "f":
                        found.setdefault(sheet.title, {})[(number, column)] = str(cell.value)
    finally:
        workbook.close()
    return found
