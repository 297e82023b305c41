"""The coordinator's workbook: `python -m etl template` (empty) and `export` (registers in use).

One sheet per declared register (`etl.registers.catalogue.REGISTERS`), named by its label, with
the Dutch headers of the register file; dropdown lists for closed vocabularies and for
municipality and district codes (their values on the sheet "Keuzelijsten"); a sheet
"Toelichting" that says how to fill it in. The export writes the real registers only (never
`demo/`), in the same layout, so the coordinator edits what is there and imports it again. Text
that a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading apostrophe;
the import removes it again. Numbers are stored as numbers, so they keep the 15 significant
digits a spreadsheet keeps.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal, InvalidOperation

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from etl.core import spreadsheet
from etl.core.cells import read_raw_csv
from etl.core.settings import DataRoot
from etl.core.spreadsheet import cell_text, sheet_title
from etl.reference.names import district_names, municipality_names
from etl.reference.tables import Reference
from etl.registers import columns as rc
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import RegisterSpec

INSTRUCTIONS_SHEET = "Toelichting"
LISTS_SHEET = "Keuzelijsten"
HELPER_SHEETS = (INSTRUCTIONS_SHEET, LISTS_SHEET)
VALIDATED_ROWS = 20_000  # rows below the header that carry the dropdowns and format checks
DATE_FORMAT = "dd-mm-yyyy"
WHOLE_FORMAT = "0"
HEADER_FILL = PatternFill("solid", fgColor=spreadsheet.HEADER_COLOUR)
KIND_HINTS = {
    rc.TEXT: "tekst",
    rc.LIST: "lijst: waarden gescheiden door een puntkomma (a; b; c)",
    rc.WHOLE: "geheel getal, zoals 2020",
    rc.NUMBER: "getal; decimaalteken komma, zoals 1234,56 of 0,5",
    rc.DATE: "datum, dag-maand-jaar, zoals 31-12-2020",
}
INSTRUCTIONS = (
    "Registers van het Veiligheidsnetwerk Oost-Nederland",
    "",
    "Elk blad is één register. Laat de kolomkoppen in rij 1 staan zoals ze zijn; voeg geen "
    "kolommen toe en verander de namen van de bladen niet.",
    "Eén regel per rij; lege rijen worden overgeslagen.",
    "Lijsten (zoals leden of thema's): scheid de waarden met een puntkomma, bijvoorbeeld "
    "'ondermijning; cybercrime'.",
    "Getallen als getal, met een komma als decimaalteken (1234,56 of 1.234,56). "
    "Datums als dag-maand-jaar (31-12-2020).",
    "Kolommen met een keuzelijst: kies een waarde uit de lijst. Het blad Keuzelijsten toont "
    "alle toegestane waarden, ook de CBS-codes van de gemeenten en de districten.",
    "Formules worden niet overgenomen: zet waarden in de cellen.",
    "Tekst die begint met =, +, - of @ staat hier met een apostrof ervoor, zodat geen "
    "spreadsheet hem als formule uitvoert; bij het inlezen valt die apostrof weg.",
    "Een blad dat u verwijdert of leeg laat, blijft bij het inlezen zoals het was: u hoeft "
    "alleen de bladen in te vullen die u wilt vervangen. Een ingevuld blad vervangt het hele "
    "register. (Een register leegmaken kan met een CSV-bestand met alleen de kolomkoppen.)",
    "Inlezen: pagina Gegevensbeheer (alleen de coördinator) of `python -m etl import "
    "bestand.xlsx`. Eerst wordt alles gecontroleerd; bij één fout wordt niets gewijzigd en "
    "noemt het verslag blad, rij en kolom. Elke vorige versie blijft bewaard en kan worden "
    "teruggezet.",
    "",
)
INSTRUCTION_COLUMNS = ("Blad", "Kolom", "Soort", "Verplicht", "Toegestane waarden")


def sheet_name(spec: RegisterSpec) -> str:
    """The sheet of a register: its label, made valid for Excel (31 characters, no []:*?/\\)."""
    return sheet_title(spec.label)


def template_bytes(reference: Reference) -> bytes:
    """The empty workbook: headers, dropdowns and instructions for every register."""
    return registers_workbook(reference, None)


def export_bytes(data: DataRoot, reference: Reference) -> bytes:
    """The registers in use (never the demo registers), in the template's layout."""
    rows = {}
    for spec in REGISTERS.values():
        raw = read_raw_csv(data.register / spec.file, list(spec.columns.values()))
        rows[spec.mart] = raw[list(spec.columns.values())].values.tolist()
    return registers_workbook(reference, rows)


def registers_workbook(reference: Reference, rows: dict[str, list[list[str]]] | None) -> bytes:
    """The workbook with `rows` (stored text per register, by mart) on the register sheets."""
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTIONS_SHEET
    lists = _ListsSheet(workbook.create_sheet(LISTS_SHEET), reference)
    for spec in REGISTERS.values():
        infos = rc.column_infos(spec, reference)
        sheet = workbook.create_sheet(sheet_name(spec), index=len(workbook.sheetnames) - 1)
        _register_sheet(sheet, infos, lists, (rows or {}).get(spec.mart, []))
    _instructions(instructions, reference)
    lists.finish()
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _register_sheet(sheet, infos, lists, rows: list[list[str]]) -> None:
    sheet.append([info.header for info in infos])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    widths = [len(info.header) + 2 for info in infos]
    for raw in rows:
        values = [typed_value(text, info) for text, info in zip(raw, infos, strict=True)]
        sheet.append(values)
        for index, (value, info) in enumerate(zip(values, infos, strict=True)):
            cell = sheet.cell(row=sheet.max_row, column=index + 1)
            if info.kind == rc.DATE and isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif info.kind == rc.WHOLE and isinstance(value, int):
                cell.number_format = WHOLE_FORMAT
            elif isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[index] = max(widths[index], spreadsheet.display_length(value))
    for index, (info, width) in enumerate(zip(infos, widths, strict=True), start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = spreadsheet.column_width(width)
        validation = _validation(info, lists.range_of(info))
        if validation is not None:
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
    sheet.freeze_panes = "A2"


def typed_value(text: str, info: rc.ColumnInfo) -> object:
    """A stored (canonical) cell as Excel should hold it: numbers as numbers, dates as dates."""
    text = "" if text is None else str(text)
    if text.strip() == "":
        return None
    try:
        if info.kind == rc.WHOLE:
            return int(text)
        if info.kind == rc.NUMBER:
            number = Decimal(text)
            return int(number) if number == number.to_integral_value() else float(number)
        if info.kind == rc.DATE:
            return dt.date.fromisoformat(text)
    except (ValueError, InvalidOperation):
        pass  # not in stored notation (an old file): written as the text it is
    return cell_text(text)


def _validation(info: rc.ColumnInfo, source: str | None) -> DataValidation | None:
    if source is not None:
        return DataValidation(
            type="list",
            formula1=source,
            allow_blank=not info.required,
            showErrorMessage=True,
            errorTitle="Onbekende waarde",
            error=f"Kies een waarde uit de lijst (blad {LISTS_SHEET}).",
            showInputMessage=True,
            promptTitle=info.header[:32],
            prompt=_prompt(info),
        )
    kinds = {rc.WHOLE: ("whole", "-999999999"), rc.NUMBER: ("decimal", "-1E+15")}
    if info.kind in kinds:
        kind, minimum = kinds[info.kind]
        maximum = "999999999" if kind == "whole" else "1E+15"
        return DataValidation(
            type=kind,
            operator="between",
            formula1=minimum,
            formula2=maximum,
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Geen getal",
            error=f"Vul een {KIND_HINTS[info.kind]} in.",
        )
    if info.kind == rc.DATE:
        return DataValidation(
            type="date",
            operator="greaterThan",
            formula1="1",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Geen datum",
            error=f"Vul een {KIND_HINTS[rc.DATE]} in.",
        )
    return None


def _prompt(info: rc.ColumnInfo) -> str:
    if info.choice_source == rc.MUNICIPALITIES:
        return "CBS-code van de gemeente, zoals GM0150 (zie Keuzelijsten)."
    if info.choice_source == rc.DISTRICTS:
        return "Code van het district, VR04 t/m VR08 (zie Keuzelijsten)."
    return "Kies een waarde uit de lijst."


class _ListsSheet:
    """The sheet that holds every dropdown's values, one column per list (shared when equal)."""

    def __init__(self, sheet, reference: Reference):
        self.sheet = sheet
        self.reference = reference
        self.columns: dict[tuple[str, ...], str] = {}

    def range_of(self, info: rc.ColumnInfo) -> str | None:
        if not info.choices:
            return None
        if info.choices not in self.columns:
            index = len(self.columns) + 1
            letter = get_column_letter(index * 2 - 1)
            self.columns[info.choices] = letter
            title = _list_title(info)
            self.sheet.cell(row=1, column=index * 2 - 1, value=title).font = Font(bold=True)
            names = _names(info, self.reference)
            for row, value in enumerate(info.choices, start=2):
                self.sheet.cell(row=row, column=index * 2 - 1, value=value)
                if names:
                    self.sheet.cell(row=row, column=index * 2, value=names.get(value))
            if names:
                self.sheet.cell(row=1, column=index * 2, value="naam").font = Font(bold=True)
        letter = self.columns[info.choices]
        last = len(info.choices) + 1
        return f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${last}"

    def finish(self) -> None:
        for column in range(1, self.sheet.max_column + 1):
            self.sheet.column_dimensions[get_column_letter(column)].width = 26
        self.sheet.freeze_panes = "A2"


def _list_title(info: rc.ColumnInfo) -> str:
    if info.choice_source == rc.MUNICIPALITIES:
        return "gemeentecode"
    if info.choice_source == rc.DISTRICTS:
        return "districtcode"
    return info.header


def _names(info: rc.ColumnInfo, reference: Reference) -> dict[str, str]:
    if info.choice_source == rc.MUNICIPALITIES:
        return municipality_names(reference.municipalities)
    if info.choice_source == rc.DISTRICTS:
        return district_names(reference.districts)
    return {}


def _instructions(sheet, reference: Reference) -> None:
    for line in INSTRUCTIONS:
        sheet.append([line])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(INSTRUCTION_COLUMNS))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for spec in REGISTERS.values():
        for info in rc.column_infos(spec, reference):
            sheet.append(
                [
                    sheet_name(spec),
                    info.header,
                    KIND_HINTS[info.kind],
                    "ja" if info.required else "nee",
                    _allowed_text(info),
                ]
            )
    for letter, width in zip("ABCDE", (24, 26, 44, 10, 80), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=1, max_row=len(INSTRUCTIONS)):
        row[0].alignment = Alignment(wrap_text=False)


def _allowed_text(info: rc.ColumnInfo) -> str:
    if info.choice_source == rc.MUNICIPALITIES:
        return f"CBS-code van een van de {len(info.choices)} gemeenten (blad {LISTS_SHEET})"
    if info.choice_source == rc.DISTRICTS:
        return f"{', '.join(info.choices)} (of de naam van het district)"
    return ", ".join(info.choices)
