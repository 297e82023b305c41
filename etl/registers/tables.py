"""A table read from an upload: header row, data rows with Excel's row numbers, limits.

Shared by the CSV reader (etl.registers.delimited) and the workbook reader (etl.registers.xlsx):
the limits an upload must keep, the Table they produce, and the Dutch refusal of a file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from etl.core import dutch
from etl.core.errors import InvalidInputError, Problem

MEBIBYTE = 1024 * 1024
SAVE_AS = "Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw."
EXTRA_CELLS = (
    "deze rij heeft meer cellen dan er kolomkoppen zijn (een scheidingsteken "
    "of waarde te veel, of een kolom zonder kop)"
)
ERROR_VALUE = "bevat een Excel-foutwaarde; vul een echte waarde in"


@dataclass(frozen=True)
class Limits:
    """What an upload may be at most; the page takes the size from Streamlit's configuration."""

    max_bytes: int = 5 * MEBIBYTE
    max_rows: int = 20_000
    max_columns: int = 60
    max_cell_chars: int = 10_000
    max_unzipped_bytes: int = 100 * MEBIBYTE
    max_ratio: int = 200  # unpacked / packed size of one zip member
    max_members: int = 1_000
    max_seconds: float = 20.0  # reading one workbook's register sheets, at most

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """`VNON_MAX_UPLOAD_MB` sets the size limit (default 5, as `server.maxUploadSize`)."""
        megabytes = configured_megabytes(environ)
        return cls() if megabytes is None else cls(max_bytes=int(megabytes * MEBIBYTE))


UPLOAD_SETTING = "VNON_MAX_UPLOAD_MB"
BAD_UPLOAD_SETTING = "is geen positief aantal megabytes (zoals 5 of 0,5): {value!r}"


def configured_megabytes(environ: dict[str, str] | None = None) -> float | None:
    """The upload limit `VNON_MAX_UPLOAD_MB` sets, None when unset; a wrong value is refused
    in Dutch (InvalidInputError naming the setting)."""
    env = os.environ if environ is None else environ
    text = env.get(UPLOAD_SETTING, "").strip()
    if not text:
        return None
    try:
        megabytes = float(text.replace(",", "."))
    except ValueError:
        megabytes = float("nan")
    if not 0 < megabytes < float("inf"):
        message = BAD_UPLOAD_SETTING.format(value=text)
        raise InvalidInputError([Problem(UPLOAD_SETTING, message)])
    return megabytes


@dataclass
class Table:
    """One sheet or CSV file: its header row and data rows, each row with Excel's number."""

    file: str
    sheet: str | None
    headers: list[str]
    rows: list[list[object]]  # str (CSV) or openpyxl values (xlsx); as long as `headers`
    row_numbers: list[int]
    decimal_comma: bool  # True where '1.234' means twelve hundred and thirty-four
    problems: list[Problem] = field(default_factory=list)  # cells refused while reading
    encoding: str | None = None


@dataclass(frozen=True)
class ReadResult:
    tables: list[Table]
    kind: str  # "xlsx" or "csv"
    notes: tuple[str, ...] = ()


class CellError(str):
    """An Excel error value (#N/B, #DEEL/0!) read from a cell."""


def build_table(
    file_name: str,
    sheet: str | None,
    records: Iterable[tuple[int, list[object]]],
    limits: Limits,
    *,
    decimal_comma: bool,
) -> Table:
    """Header from the first row, data from the non-empty rows after it, limits checked."""
    table = Table(file_name, sheet, [], [], [], decimal_comma)
    headers: list[str] | None = None
    for number, values in records:
        if headers is None:
            if number > 1 and not is_empty(values):
                break  # a sheet whose first row is empty: no headers (reported by the caller)
            headers = _header_row(table, number, values, limits)
            table.headers = headers
        elif not is_empty(values):
            if number > limits.max_rows + 1:
                raise too_many_rows(file_name, sheet, limits)
            table.rows.append(_data_row(table, number, values, limits))
            table.row_numbers.append(number)
    return table


def _header_row(table: Table, number: int, values: list[object], limits: Limits) -> list[str]:
    labels = ["" if value is None else str(value).strip() for value in values]
    width = max((i + 1 for i, label in enumerate(labels) if label), default=0)
    if width > limits.max_columns:
        raise refuse(
            table.file,
            f"te veel kolommen ({width}); hoogstens {limits.max_columns}",
            sheet=table.sheet,
        )
    headers = labels[:width]
    _check_lengths(table, number, headers, headers, limits)
    return headers


def _data_row(table: Table, number: int, values: list[object], limits: Limits) -> list[object]:
    """The row cut or padded to the headers; extra cells, long cells and errors reported."""
    headers = table.headers
    width = len(headers)
    row = list(values[:width]) + [None] * max(0, width - len(values))
    place = {"row": number, "sheet": table.sheet}
    extra = [value for value in values[width:] if not is_blank(value)]
    if extra:
        table.problems.append(Problem(table.file, EXTRA_CELLS, value=extra[0], **place))
    _check_lengths(table, number, row, headers, limits)
    for column, value in enumerate(row):
        if isinstance(value, CellError):
            table.problems.append(
                Problem(
                    table.file,
                    ERROR_VALUE,
                    column=headers[column] or None,
                    value=str(value),
                    **place,
                )
            )
            row[column] = None
    return row


def _check_lengths(table: Table, number: int, values, headers, limits: Limits) -> None:
    for column, value in enumerate(values):
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            table.problems.append(
                Problem(
                    table.file,
                    f"de cel is te lang ({len(value)} tekens); hoogstens {limits.max_cell_chars}",
                    row=number,
                    column=(headers[column] if column < len(headers) else None) or None,
                    value=value[:40],
                    sheet=table.sheet,
                )
            )
            values[column] = value[: limits.max_cell_chars]


def is_blank(value: object) -> bool:
    """True for an empty cell (nothing, or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def is_empty(values: list[object]) -> bool:
    """True for a row of empty cells."""
    return all(is_blank(value) for value in values)


def too_many_rows(file_name: str, sheet: str | None, limits: Limits) -> InvalidInputError:
    """The refusal of a table longer than the limit."""
    return refuse(
        file_name, f"te veel rijen; hoogstens {limits.max_rows} per register", sheet=sheet
    )


def refuse(
    file_name: str, message: str, *, row: int | None = None, sheet: str | None = None
) -> InvalidInputError:
    """The error that refuses a whole file (or sheet), with one Dutch problem."""
    return InvalidInputError([Problem(file_name, message, row=row, sheet=sheet)])


def megabytes(size: int) -> str:
    """A size in Dutch notation: '5,0 MB'."""
    return f"{dutch.number(size / MEBIBYTE, 1)} MB"
