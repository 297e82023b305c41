"""CSV uploads in Dutch conventions: encoding, separator and records with Excel's row numbers.

`;`, `,` or tab as separator (read from the header line, or Excel's `sep=` line), UTF-8 with or
without BOM, Windows-1252 (as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)")
or UTF-16; a file mixing UTF-8 and Windows-1252 is refused. The header is row 1, each record
one row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from etl.registers.tables import SAVE_AS, Limits, Table, build_table, refuse, too_many_rows

SEPARATORS = (";", ",", "\t")
# Byte sequences that are valid multi-byte UTF-8: next to invalid bytes they mean mixed encodings.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def decode(file_name: str, data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding; mixed or unknown encodings are refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise refuse(file_name, "de tekst is geen geldige UTF-16") from None
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as err:
        bad_line = data[: err.start].count(b"\n") + 1
    if UTF8_SEQUENCE.search(data):
        raise refuse(
            file_name,
            "het bestand mengt twee tekensets (UTF-8 en Windows-1252), bijvoorbeeld in rij "
            f"{bad_line}: letters als é en ë zouden verminkt raken. Sla het bestand opnieuw op "
            "als 'CSV UTF-8' en probeer het nog eens",
        )
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise refuse(
            file_name,
            f"de tekens in rij {bad_line} zijn niet te lezen: sla het bestand op als 'CSV UTF-8'",
        ) from None


def read_csv(file_name: str, data: bytes, limits: Limits) -> Table:
    text, encoding = decode(file_name, data)
    if "\x00" in text:
        raise refuse(file_name, f"dit is geen tekstbestand. {SAVE_AS}")
    text, delimiter = separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[object]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number > limits.max_rows + 1:
                raise too_many_rows(file_name, None, limits)
            records.append((number, list(record)))
    except csv.Error as err:
        raise refuse(file_name, f"rij {number + 1}: {_csv_message(str(err))}") from None
    table = build_table(file_name, None, records, limits, decimal_comma=delimiter != ",")
    table.encoding = encoding
    return table


def separator(text: str) -> tuple[str, str]:
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


def encoding_notes(table: Table) -> tuple[str, ...]:
    if table.encoding and table.encoding != "UTF-8":
        return (f"{table.file} is gelezen als {table.encoding}.",)
    return ()
