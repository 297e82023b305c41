"""Cells and sheets that a spreadsheet opens safely: the one home of Excel's rules.

Text starting with a formula sign (=, +, -, @, tab, carriage return) would run as a formula in a
spreadsheet: it gets a leading apostrophe, which the import removes again. Sheet names are at
most 31 characters, without []:*?/\\, and unique regardless of case.
"""

from __future__ import annotations

import datetime as dt
import re

EXCEL_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
SHEET_NAME_LENGTH = 31
DEFAULT_SHEET = "Blad"
# The control characters XML 1.0 forbids, which openpyxl refuses in a cell (its
# ILLEGAL_CHARACTERS_RE): written out here, so that a page run never imports openpyxl.
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MIN_WIDTH, MAX_WIDTH = 8, 60  # column widths in characters: readable, never wider than a screen
HEADER_COLOUR = "DCE6F1"  # light blue behind the header row of every workbook the app writes


def neutralised(text: str) -> str:
    """Text that no spreadsheet runs as a formula: '=1+1' → "'=1+1"."""
    return FORMULA_GUARD + text if text.startswith(FORMULA_PREFIXES) else text


def unguarded(text: str) -> str:
    """`neutralised` undone: "'=1+1" → '=1+1'; other text is left alone."""
    if len(text) > 1 and text[0] == FORMULA_GUARD and text[1] in FORMULA_PREFIXES:
        return text[1:]
    return text


def cell_text(text: str) -> str:
    """Text as a workbook cell may hold it: no control characters XML forbids, no formula."""
    return neutralised(ILLEGAL_CHARACTERS.sub("", text))


def sheet_title(name: str) -> str:
    """A valid sheet name: forbidden characters become spaces, cut to 31 characters."""
    return _SHEET_FORBIDDEN.sub(" ", name).strip().strip("'")[:SHEET_NAME_LENGTH]


def unique_sheet_title(name: str, used: set[str]) -> str:
    """A valid sheet name not in `used` (case ignored), numbered ' (2)' when taken; recorded."""
    base = sheet_title(name) or DEFAULT_SHEET
    candidate, number = base, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = base[: SHEET_NAME_LENGTH - len(suffix)] + suffix
    used.add(candidate.casefold())
    return candidate


def display_length(value: object) -> int:
    """How many characters a cell shows (numbers with separators and two decimals)."""
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    if isinstance(value, dt.date):
        return 16 if isinstance(value, dt.datetime) else 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def column_width(longest: int) -> int:
    """The width of a column whose longest cell shows `longest` characters."""
    return min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)
