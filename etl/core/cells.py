"""Input files read as text, and the parsers that turn text cells into typed columns.

Every reader keeps the cells exactly as typed, so a report can quote the user's own value;
parsers turn what they cannot read into an empty cell, which the schema then reports.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from etl.core.errors import InvalidInputError, Problem

LIST_SEPARATOR = ";"


def read_raw_csv(path: Path, required: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """The file's cells as text; a missing file, unreadable text or missing columns raise."""
    if not path.is_file():
        raise InvalidInputError([Problem(path.name, f"bestand ontbreekt: {path}")])
    return raw_csv(path.read_bytes(), path.name, required)


def raw_csv(content: bytes, name: str, required: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """A stored CSV's cells as text (`name` in reports); bad text or missing columns raise."""
    try:
        raw = pd.read_csv(
            io.BytesIO(content), dtype=str, keep_default_na=False, encoding="utf-8-sig"
        )
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        message = f"bestand is geen leesbare CSV in UTF-8 ({type(err).__name__})"
        raise InvalidInputError([Problem(name, message)]) from None
    missing = [column for column in required if column not in raw.columns]
    if missing:
        raise InvalidInputError(
            [Problem(name, "deze kolom ontbreekt", column=column) for column in missing]
        )
    return raw


def text(cells: pd.Series) -> pd.Series:
    """Stripped text; empty cells become missing values."""
    stripped = cells.str.strip()
    return stripped.where(stripped != "", None)


# The largest integer a float64 holds exactly; a whole number beyond it cannot be stored.
EXACT_INTEGER = 2**53


def numbers(cells: pd.Series) -> pd.Series:
    """Floats; words become missing values, a number beyond float64 infinity (the schema's
    range refuses it: pandas would give such a column Python integers that no mart can hold)."""
    parsed = pd.to_numeric(cells.str.strip(), errors="coerce")
    if parsed.dtype == object:
        parsed = parsed.map(_as_float)
    return parsed.astype("float64")


def _as_float(value: object) -> float:
    try:
        return float(value)
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")
    except (TypeError, ValueError):
        return float("nan")


def whole_numbers(cells: pd.Series) -> pd.Series:
    """Integers; fractions, words and integers too large to hold exactly become missing values
    (reported by the schema)."""
    parsed = numbers(cells)
    return parsed.where(parsed.mod(1).eq(0) & parsed.abs().lt(EXACT_INTEGER)).astype("Int64")


def dates(cells: pd.Series) -> pd.Series:
    return pd.to_datetime(cells.str.strip(), format="%Y-%m-%d", errors="coerce")


def text_lists(cells: pd.Series) -> pd.Series:
    """'a; b;c' → ['a', 'b', 'c']; an empty cell → []."""
    return cells.map(
        lambda cell: [part.strip() for part in str(cell).split(LIST_SEPARATOR) if part.strip()]
    )
