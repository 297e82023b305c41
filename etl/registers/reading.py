"""Uploaded tables, read defensively: the file's type decided by its content, then read.

The type is decided by the content, never by the name: an .xlsx is a zip holding
`[Content_Types].xml` and `xl/workbook.xml` (read by etl.registers.xlsx); anything else must be
text (read as CSV by etl.registers.delimited). Old Office files, PDFs, images and archives are
refused with a Dutch explanation, and so is a file over the size limit, before a parser sees it.
"""

from __future__ import annotations

import codecs

from etl.registers.delimited import encoding_notes, read_csv
from etl.registers.recognition import is_register_sheet
from etl.registers.tables import SAVE_AS, Limits, ReadResult, megabytes, refuse
from etl.registers.xlsx import read_xlsx

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
EMPTY_FILE = "het bestand is leeg"


def read_tables(file_name: str, data: bytes, limits: Limits | None = None) -> ReadResult:
    """Every table in an uploaded file; raise InvalidInputError when the file cannot be read."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise refuse(
            file_name,
            f"het bestand is te groot ({megabytes(len(data))}); "
            f"hoogstens {megabytes(limits.max_bytes)} is toegestaan",
        )
    kind = sniff(file_name, data)
    if kind == "xlsx":
        return read_xlsx(file_name, data, limits, is_register_sheet)
    table = read_csv(file_name, data, limits)
    return ReadResult([table], "csv", encoding_notes(table))


def sniff(file_name: str, data: bytes) -> str:
    """'xlsx' or 'csv' by content; any other file is refused with a Dutch explanation."""
    if not data.strip():
        raise refuse(file_name, EMPTY_FILE)
    if data.startswith(b"PK"):
        return "xlsx"
    if data.startswith(OLE_MAGIC):
        raise refuse(
            file_name, f"dit is een oud Office-bestand (zoals .xls), geen .xlsx of CSV. {SAVE_AS}"
        )
    for signature, what in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise refuse(file_name, f"dit is {what}, geen Excel-werkmap of CSV. {SAVE_AS}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv"
    if b"\x00" in data[:65536]:
        raise refuse(file_name, f"dit is geen tekstbestand en geen Excel-werkmap. {SAVE_AS}")
    return "csv"
