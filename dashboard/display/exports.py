"""Downloads of any table: CSV and Excel in Dutch convention, safe to open in a spreadsheet.

Pure functions (frames in, bytes out), reused by every page that offers a download.
- CSV: `;` separator, decimal comma (a whole amount without decimals: 52000, not 52000,0),
  UTF-8 with BOM (so Excel reads the accents), CRLF lines.
- Excel (openpyxl): bold and frozen header row, column widths from the content, numbers stored
  as numbers with Dutch-friendly formats, dates as dates.
- Both: list cells become `; `-joined text (DESIGN §3), and text that a spreadsheet would run as a
  formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from dashboard.texts import exports as texts
from etl.core import spreadsheet
from etl.core.spreadsheet import cell_text, neutralised, unique_sheet_title

LIST_SEPARATOR = "; "
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
CSV_DATE_FORMAT = "%d-%m-%Y"


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as CSV for a Dutch spreadsheet: ';', decimal comma, UTF-8 with BOM."""
    prepared = frame.copy()
    for column in prepared.columns:
        values = prepared[column]
        if pd.api.types.is_bool_dtype(values):
            prepared[column] = values.map(_yes_no)
        elif pd.api.types.is_datetime64_any_dtype(values):
            prepared[column] = values.map(_csv_date)
        elif pd.api.types.is_float_dtype(values) or not pd.api.types.is_numeric_dtype(values):
            # floats as text too: a whole amount reads 52000, never 52000,0
            prepared[column] = values.map(_csv_text).astype(object)
    prepared.columns = [neutralised(str(column)) for column in prepared.columns]
    text = prepared.to_csv(sep=";", decimal=",", index=False, na_rep="", lineterminator="\r\n")
    return text.encode("utf-8-sig")


def excel_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """One workbook with a sheet per frame; header bold and frozen, numbers as numbers."""
    from openpyxl import Workbook  # on a click only: page runs never import openpyxl

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for name, frame in sheets.items():
        sheet = workbook.create_sheet(unique_sheet_title(name, used))
        _write_sheet(sheet, frame)
    if not workbook.worksheets:
        workbook.create_sheet(unique_sheet_title(texts.EXPORT_EMPTY_SHEET, used))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(sheet, frame: pd.DataFrame) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    headers = [cell_text(str(column)) for column in frame.columns]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(header) for header in headers]
    for row in frame.itertuples(index=False, name=None):
        cells = [_excel_value(value) for value in row]
        sheet.append([value for value, _ in cells])
        for index, (value, number_format) in enumerate(cells):
            cell = sheet.cell(row=sheet.max_row, column=index + 1)
            if number_format:
                cell.number_format = number_format
            widths[index] = max(widths[index], spreadsheet.display_length(value))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = spreadsheet.column_width(width)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = sheet.dimensions


def _excel_value(value) -> tuple[object, str | None]:
    """A cell value openpyxl stores as data (never as a formula), with its number format."""
    if _is_list(value):
        return cell_text(_joined(value)), None
    if _is_missing(value):
        return None, None
    if isinstance(value, bool | np.bool_):
        return _yes_no(bool(value)), None
    if isinstance(value, int | np.integer):
        return int(value), INTEGER_FORMAT
    if isinstance(value, float | np.floating):
        number = float(value)
        return number, INTEGER_FORMAT if number.is_integer() else DECIMAL_FORMAT
    if isinstance(value, pd.Timestamp | dt.datetime):
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert("Europe/Amsterdam").tz_localize(None)
        if stamp == stamp.normalize():
            return stamp.date(), DATE_FORMAT
        return stamp.to_pydatetime(), DATETIME_FORMAT
    if isinstance(value, dt.date):
        return value, DATE_FORMAT
    return cell_text(str(value)), None


def _csv_text(value) -> str | None:
    if _is_list(value):
        return neutralised(_joined(value))
    if _is_missing(value):
        return None
    if isinstance(value, bool | np.bool_):
        return _yes_no(bool(value))
    if isinstance(value, float | np.floating):
        return _csv_number(float(value))
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, pd.Timestamp | dt.date):
        return _csv_date(value)
    return neutralised(str(value))


def _csv_number(number: float) -> str:
    return repr(number).replace(".", ",") if not number.is_integer() else str(int(number))


def _csv_date(value) -> str | None:
    if _is_missing(value):
        return None
    stamp = pd.Timestamp(value)
    if stamp == stamp.normalize():
        return stamp.strftime(CSV_DATE_FORMAT)
    return stamp.strftime(f"{CSV_DATE_FORMAT} %H:%M")


def _yes_no(value) -> str | None:
    if _is_missing(value):
        return None
    return texts.EXPORT_YES if value else texts.EXPORT_NO


def _joined(values: Iterable) -> str:
    return LIST_SEPARATOR.join(str(value) for value in values if not _is_missing(value))


def _is_list(value) -> bool:
    return isinstance(value, list | tuple | set | frozenset | np.ndarray)


def _is_missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float | np.floating) and math.isnan(value)
