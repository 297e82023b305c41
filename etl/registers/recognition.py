"""Which register an uploaded table is (by sheet name, file name or headers), and its columns.

Headers are matched without regard to case, spacing or a byte-order mark; a sheet or file
name may be the register's label, sheet name, file name or mart, with Excel's ' (2)' ignored.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.utils import get_column_letter

from etl.core.errors import Problem
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import RegisterSpec
from etl.registers.tables import Table, is_blank
from etl.registers.workbook import HELPER_SHEETS, sheet_name


def nothing_recognised(kind: str | None) -> str:
    """The Dutch problem for an upload in which no table is a register."""
    sheets = ", ".join(f"'{sheet_name(spec)}'" for spec in REGISTERS.values())
    if kind == "xlsx":
        return f"geen enkel blad is een register; verwacht bladen met de namen {sheets}"
    return "geen register gevonden"


def recognise(
    table: Table, kind: str, problems: list[Problem], notes: list[str]
) -> RegisterSpec | None:
    """The register a sheet (by its name) or CSV (by headers, name, overlap) holds, or None."""
    if kind == "xlsx":
        spec = _by_name(table.sheet or "")
        if spec is None and table.sheet not in HELPER_SHEETS:
            notes.append(f"Blad '{table.sheet}' is overgeslagen: het is geen register.")
        return spec
    spec = (
        by_headers(table.headers) or _by_name(Path(table.file).stem) or _by_overlap(table.headers)
    )
    if spec is None:
        files = ", ".join(spec.file for spec in REGISTERS.values())
        problems.append(
            Problem(
                table.file,
                "niet te bepalen welk register dit is: gebruik de kolomkoppen van het sjabloon "
                f"of noem het bestand naar het register. Registers: {files}",
            )
        )
    return spec


def is_register_sheet(title: str) -> bool:
    """Whether a workbook sheet of this title is read as a register (sheets go by name)."""
    return _by_name(title) is not None


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _by_name(name: str) -> RegisterSpec | None:
    wanted = _key(re.sub(r"\s*\(\d+\)$", "", name))
    for spec in REGISTERS.values():
        names = {spec.label, sheet_name(spec), Path(spec.file).stem, spec.mart}
        if wanted in {_key(candidate) for candidate in names}:
            return spec
    return None


def _header_key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


def by_headers(headers: list[str]) -> RegisterSpec | None:
    """The one register whose headers are exactly these, or None."""
    given = {_header_key(header) for header in headers if header}
    matches = [
        spec
        for spec in REGISTERS.values()
        if {_header_key(header) for header in spec.columns.values()} == given
    ]
    return matches[0] if len(matches) == 1 else None


def _by_overlap(headers: list[str]) -> RegisterSpec | None:
    given = {_header_key(header) for header in headers if header}
    scores = {}
    for spec in REGISTERS.values():
        expected = {_header_key(header) for header in spec.columns.values()}
        scores[spec.mart] = len(given & expected) / len(expected | given or {""})
    best = max(scores.values(), default=0)
    winners = [mart for mart, score in scores.items() if score == best]
    return REGISTERS[winners[0]] if best >= 0.5 and len(winners) == 1 else None


def header_positions(
    table: Table, spec: RegisterSpec, problems: list[Problem]
) -> dict[str, int] | None:
    """Each register header's column in the table; None (problems added) when they do not fit."""
    expected = {_header_key(header): header for header in spec.columns.values()}
    place = {"sheet": table.sheet}
    if not table.headers:
        problems.append(Problem(table.file, "de kolomkoppen ontbreken: rij 1 is leeg", **place))
        return None
    positions: dict[str, int] = {}
    ok = True
    for index, header in enumerate(table.headers):
        key = _header_key(header)
        if not key:
            if any(not is_blank(row[index]) for row in table.rows):
                problems.append(
                    Problem(
                        table.file,
                        "deze kolom heeft waarden maar geen kolomkop in rij 1",
                        column=f"kolom {get_column_letter(index + 1)}",
                        **place,
                    )
                )
                ok = False
            continue
        if key not in expected:
            problems.append(
                Problem(
                    table.file,
                    "onbekende kolom; dit register heeft de kolommen: "
                    + ", ".join(spec.columns.values()),
                    column=header,
                    **place,
                )
            )
            ok = False
            continue
        if expected[key] in positions:
            problems.append(
                Problem(table.file, "deze kolom staat er twee keer in", column=header, **place)
            )
            ok = False
            continue
        positions[expected[key]] = index
    for header in spec.columns.values():
        if header not in positions:
            problems.append(Problem(table.file, "deze kolom ontbreekt", column=header, **place))
            ok = False
    return positions if ok else None
