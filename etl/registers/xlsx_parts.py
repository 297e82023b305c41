"""A workbook's own structure, read from its package: which part holds each sheet (by
xl/_rels/workbook.xml.rels, wherever the part is stored), whether a sheet is hidden, which cells
are merged, and the range a sheet claims. Read only after the zip scan refused document types,
so no entity is ever expanded."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass

from openpyxl.utils.cell import range_boundaries

WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATION_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
VISIBLE = "visible"
MERGED = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*ref=\"([A-Za-z0-9:$]+)\"")
DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s[^>]*ref=\"([A-Za-z0-9:$]+)\"")


@dataclass(frozen=True)
class SheetPart:
    """One sheet as the workbook declares it."""

    title: str
    path: str  # the part inside the package, e.g. xl/worksheets/sheet1.xml or elsewhere
    state: str = VISIBLE  # visible, hidden or veryHidden


def sheet_parts(archive: zipfile.ZipFile) -> list[SheetPart]:
    """Every sheet the workbook names, with the part its relationship points at."""
    try:
        book = ET.fromstring(archive.read(WORKBOOK))
        rels = ET.fromstring(archive.read(WORKBOOK_RELS))
    except (KeyError, ET.ParseError):
        return []
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts = []
    for sheet in book.iter(f"{MAIN}sheet"):
        target = targets.get(sheet.get(RELATION_ID), "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        state = sheet.get("state") or VISIBLE
        parts.append(SheetPart(sheet.get("name", ""), posixpath.normpath(path), state))
    return parts


def merged_ranges(content: bytes) -> list[tuple[int, int, int, int, str]]:
    """The merged ranges of a sheet part: (first column, first row, last column, last row, ref)."""
    found = []
    for match in MERGED.finditer(content):
        ref = match.group(1).decode("ascii").replace("$", "")
        try:
            found.append((*range_boundaries(ref), ref))
        except (ValueError, TypeError):
            continue
    return found


def claimed_last_row(content: bytes) -> int | None:
    """The last row a sheet's <dimension> claims (a file may claim far more than it holds)."""
    match = DIMENSION.search(content)
    if match is None:
        return None
    try:
        return range_boundaries(match.group(1).decode("ascii").replace("$", ""))[3]
    except (ValueError, TypeError):
        return None
