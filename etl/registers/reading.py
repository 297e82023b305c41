"""Uploaded tables, read defensively: CSV in Dutch conventions and Excel workbooks (.xlsx).

The type is decided by the content, never by the name: an .xlsx is a zip holding
`[Content_Types].xml` and `xl/workbook.xml`; anything else must be text. Hostile files are
refused before a parser sees them: a size limit, limits on rows, columns and cell length, zips
whose unpacked size or compression ratio is excessive (decompression bombs), XML with a
document type (entity expansion), macros and encryption. Workbooks are opened by openpyxl in
read-only mode with cached values only: nothing is evaluated, no external link is followed, and
a cell holding a formula is reported instead of read.

CSV: `;`, `,` or tab as separator (read from the header line), UTF-8 with or without BOM,
Windows-1252 (as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)") or UTF-16;
a file mixing UTF-8 and Windows-1252 is refused. Row numbers are those Excel shows: the header
is row 1, each record one row.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import openpyxl

from etl.core.errors import InvalidInputError, Problem

LOG = logging.getLogger("vnon.etl")
MEBIBYTE = 1024 * 1024
EXCEL_MAX_ROW = 1_048_576
XLSX_MARKERS = ("[Content_Types].xml", "xl/workbook.xml")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: the old binary Office formats
BINARY_SIGNATURES = {
    b"%PDF": "een PDF-document",
    b"\x89PNG": "een PNG-afbeelding",
    b"\xff\xd8\xff": "een JPEG-afbeelding",
    b"GIF8": "een GIF-afbeelding",
    b"\x1f\x8b": "een gzip-archief",
    b"Rar!": "een RAR-archief",
    b"7z\xbc\xaf": "een 7-Zip-archief",
}
SEPARATORS = (";", ",", "\t")
DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")
# Byte sequences that are valid multi-byte UTF-8: next to invalid bytes they mean mixed encodings.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

SAVE_AS = "Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw."
EMPTY_FILE = "het bestand is leeg"
DAMAGED_XLSX = (
    "het Excel-bestand is beschadigd of onvolledig (bijvoorbeeld afgebroken bij het uploaden); "
    "sla het opnieuw op en probeer het nog eens"
)
FORMULA = (
    "bevat een formule; formules worden niet overgenomen. Zet er de waarde in "
    "(kopiëren en Plakken speciaal → Waarden)"
)


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

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """`VNON_MAX_UPLOAD_MB` sets the size limit (default 5, as `server.maxUploadSize`)."""
        env = os.environ if environ is None else environ
        megabytes = env.get("VNON_MAX_UPLOAD_MB", "").strip()
        return cls(max_bytes=int(float(megabytes) * MEBIBYTE)) if megabytes else cls()


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


def read_tables(file_name: str, data: bytes, limits: Limits | None = None) -> ReadResult:
    """Every table in an uploaded file; raise InvalidInputError when the file cannot be read."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise _refuse(
            file_name,
            f"het bestand is te groot ({_megabytes(len(data))}); "
            f"hoogstens {_megabytes(limits.max_bytes)} is toegestaan",
        )
    kind = sniff(file_name, data)
    if kind == "xlsx":
        return _read_xlsx(file_name, data, limits)
    table = _read_csv(file_name, data, limits)
    return ReadResult([table], "csv", _encoding_notes(table))


def sniff(file_name: str, data: bytes) -> str:
    """'xlsx' or 'csv' by content; any other file is refused with a Dutch explanation."""
    if not data.strip():
        raise _refuse(file_name, EMPTY_FILE)
    if data.startswith(b"PK"):
        return "xlsx"
    if data.startswith(OLE_MAGIC):
        raise _refuse(
            file_name, f"dit is een oud Office-bestand (zoals .xls), geen .xlsx of CSV. {SAVE_AS}"
        )
    for signature, what in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise _refuse(file_name, f"dit is {what}, geen Excel-werkmap of CSV. {SAVE_AS}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv"
    if b"\x00" in data[:65536]:
        raise _refuse(file_name, f"dit is geen tekstbestand en geen Excel-werkmap. {SAVE_AS}")
    return "csv"


# --- CSV -----------------------------------------------------------------------------------


def decode(file_name: str, data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding; mixed or unknown encodings are refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise _refuse(file_name, "de tekst is geen geldige UTF-16") from None
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as err:
        bad_line = data[: err.start].count(b"\n") + 1
    if UTF8_SEQUENCE.search(data):
        raise _refuse(
            file_name,
            "het bestand mengt twee tekensets (UTF-8 en Windows-1252), bijvoorbeeld in rij "
            f"{bad_line}: letters als é en ë zouden verminkt raken. Sla het bestand opnieuw op "
            "als 'CSV UTF-8' en probeer het nog eens",
        )
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise _refuse(
            file_name,
            f"de tekens in rij {bad_line} zijn niet te lezen: sla het bestand op als 'CSV UTF-8'",
        ) from None


def _read_csv(file_name: str, data: bytes, limits: Limits) -> Table:
    text, encoding = decode(file_name, data)
    if "\x00" in text:
        raise _refuse(file_name, f"dit is geen tekstbestand. {SAVE_AS}")
    text, separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    records: list[tuple[int, list[object]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number > limits.max_rows + 1:
                raise _too_many_rows(file_name, None, limits)
            records.append((number, list(record)))
    except csv.Error as err:
        raise _refuse(file_name, f"rij {number + 1}: {_csv_message(str(err))}") from None
    table = _table(file_name, None, records, limits, decimal_comma=separator != ",")
    table.encoding = encoding
    return table


def _separator(text: str) -> tuple[str, str]:
    """Excel's `sep=;` first line, else the separator the header line uses most."""
    first, _, rest = text.partition("\n")
    hint = re.fullmatch(r"sep=(.)\r?", first.strip("\ufeff"))
    if hint and hint.group(1) in SEPARATORS:
        return rest, hint.group(1)
    counts = {separator: first.count(separator) for separator in SEPARATORS}
    best = max(SEPARATORS, key=lambda separator: counts[separator])
    return text, best if counts[best] else ","


def _csv_message(error: str) -> str:
    if "end of data" in error or "EOF" in error or "unexpected end" in error:
        return (
            'een aanhalingsteken (") wordt niet afgesloten; het bestand is misschien '
            "afgebroken of een cel bevat een los aanhalingsteken"
        )
    if "field larger than field limit" in error:
        return "een cel is te lang"
    if "expected after" in error:
        return 'na een afsluitend aanhalingsteken (") hoort een scheidingsteken'
    return "de CSV kan hier niet worden gelezen"


def _encoding_notes(table: Table) -> tuple[str, ...]:
    if table.encoding and table.encoding != "UTF-8":
        return (f"{table.file} is gelezen als {table.encoding}.",)
    return ()


# --- xlsx ----------------------------------------------------------------------------------


def _read_xlsx(file_name: str, data: bytes, limits: Limits) -> ReadResult:
    scan = _check_zip(file_name, data, limits)
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
        )
    except Exception:  # openpyxl raises many kinds on bad input; the user gets one message
        LOG.info("openpyxl kon %s niet openen", file_name, exc_info=True)
        raise _refuse(file_name, DAMAGED_XLSX) from None
    formulas = _formula_cells(data, limits) if scan.has_formulas else {}
    tables = []
    try:
        for sheet in workbook.worksheets:
            records = _sheet_records(file_name, sheet, limits)
            table = _table(file_name, sheet.title, records, limits, decimal_comma=True)
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
        raise _refuse(file_name, DAMAGED_XLSX) from None
    finally:
        workbook.close()
    notes = scan.notes
    return ReadResult(tables, "xlsx", notes)


@dataclass(frozen=True)
class _ZipScan:
    has_formulas: bool
    notes: tuple[str, ...]


def _check_zip(file_name: str, data: bytes, limits: Limits) -> _ZipScan:
    """Refuse a zip that is no workbook, is damaged, or unpacks to far more than it is."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _refuse(file_name, DAMAGED_XLSX) from None
    names = {member.filename for member in members}
    if not all(marker in names for marker in XLSX_MARKERS):
        raise _refuse(file_name, _not_a_workbook(names))
    if len(members) > limits.max_members:
        raise _refuse(file_name, f"de werkmap bestaat uit te veel delen ({len(members)})")
    if any(member.flag_bits & 0x1 for member in members):
        raise _refuse(file_name, "de werkmap is met een wachtwoord beveiligd; sla haar zonder op")
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise _refuse(file_name, f"de werkmap bevat macro's; die worden niet aanvaard. {SAVE_AS}")
    unpacked = sum(member.file_size for member in members)
    too_dense = [
        member
        for member in members
        if member.file_size > MEBIBYTE
        and member.file_size > limits.max_ratio * max(member.compress_size, 1)
    ]
    if unpacked > limits.max_unzipped_bytes or too_dense:
        raise _refuse(
            file_name,
            f"de werkmap pakt uit tot {_megabytes(unpacked)}, veel meer dan ze groot is "
            "(mogelijk een zip-bom); zo'n bestand wordt niet geopend",
        )
    has_formulas = False
    try:
        for member in members:
            if not member.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            content = archive.read(member)
            if DOCTYPE.search(content):
                raise _refuse(
                    file_name,
                    "de werkmap bevat een XML-documenttype (mogelijk een aanval met entiteiten); "
                    "zo'n bestand wordt niet geopend",
                )
            if member.filename.startswith("xl/worksheets/") and FORMULA_ELEMENT.search(content):
                has_formulas = True
    except InvalidInputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError):
        raise _refuse(file_name, DAMAGED_XLSX) from None
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
                values.append(_CellError(str(cell.value)))
            else:
                values.append(cell.value)
        if number > EXCEL_MAX_ROW:
            break
        yield number, values


class _CellError(str):
    """An Excel error value (#N/B, #DEEL/0!) read from a cell."""


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


# --- both ----------------------------------------------------------------------------------


def _table(
    file_name: str,
    sheet: str | None,
    records: Iterable[tuple[int, list[object]]],
    limits: Limits,
    *,
    decimal_comma: bool,
) -> Table:
    """Header from the first row, data from the non-empty rows after it, limits checked."""
    headers: list[str] | None = None
    rows: list[list[object]] = []
    numbers: list[int] = []
    problems: list[Problem] = []
    width = 0
    for number, values in records:
        if headers is None:
            if number > 1 and not _is_empty(values):
                break  # a sheet whose first row is empty: no headers (reported by the caller)
            labels = ["" if value is None else str(value).strip() for value in values]
            width = max((i + 1 for i, label in enumerate(labels) if label), default=0)
            if width > limits.max_columns:
                raise _refuse(
                    file_name,
                    f"te veel kolommen ({width}); hoogstens {limits.max_columns}",
                    sheet=sheet,
                )
            headers = labels[:width]
            _check_lengths(file_name, sheet, number, headers, headers, limits, problems)
            continue
        if _is_empty(values):
            continue
        if number > limits.max_rows + 1:
            raise _too_many_rows(file_name, sheet, limits)
        row = list(values[:width]) + [None] * max(0, width - len(values))
        extra = [value for value in values[width:] if not _is_blank(value)]
        if extra:
            problems.append(
                Problem(
                    file_name,
                    "deze rij heeft meer cellen dan er kolomkoppen zijn (een scheidingsteken "
                    "of waarde te veel, of een kolom zonder kop)",
                    row=number,
                    value=extra[0],
                    sheet=sheet,
                )
            )
        _check_lengths(file_name, sheet, number, row, headers, limits, problems)
        for column, value in enumerate(row):
            if isinstance(value, _CellError):
                problems.append(
                    Problem(
                        file_name,
                        "bevat een Excel-foutwaarde; vul een echte waarde in",
                        row=number,
                        column=headers[column] or None,
                        value=str(value),
                        sheet=sheet,
                    )
                )
                row[column] = None
        rows.append(row)
        numbers.append(number)
    return Table(file_name, sheet, headers or [], rows, numbers, decimal_comma, problems)


def _check_lengths(file_name, sheet, number, values, headers, limits, problems) -> None:
    for column, value in enumerate(values):
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            problems.append(
                Problem(
                    file_name,
                    f"de cel is te lang ({len(value)} tekens); hoogstens {limits.max_cell_chars}",
                    row=number,
                    column=(headers[column] if column < len(headers) else None) or None,
                    value=value[:40],
                    sheet=sheet,
                )
            )
            values[column] = value[: limits.max_cell_chars]


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_empty(values: list[object]) -> bool:
    return all(_is_blank(value) for value in values)


def _too_many_rows(file_name: str, sheet: str | None, limits: Limits) -> InvalidInputError:
    return _refuse(
        file_name, f"te veel rijen; hoogstens {limits.max_rows} per register", sheet=sheet
    )


def _refuse(
    file_name: str, message: str, *, row: int | None = None, sheet: str | None = None
) -> InvalidInputError:
    return InvalidInputError([Problem(file_name, message, row=row, sheet=sheet)])


def _megabytes(size: int) -> str:
    return f"{size / MEBIBYTE:.1f} MB".replace(".", ",")
