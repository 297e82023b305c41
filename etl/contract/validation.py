"""Check a staged table against its schema and report failures in the words of its source file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from etl.contract.base import (
    IDENTIFIER,
    MUNICIPALITY_CODE,
    TEXT_LISTS_CHECK,
    VALID_POLYGONS,
    WHOLE_CENTS,
)
from etl.core import cells, dutch
from etl.core.errors import FIRST_DATA_ROW, InvalidInputError, Problem

PATTERN_MESSAGES = {
    IDENTIFIER: (
        "is geen geldige code: gebruik kleine letters, cijfers, '-' en '_' zonder spaties "
        "(zoals dvo_twente)"
    ),
    MUNICIPALITY_CODE: (
        "is geen geldige CBS-gemeentecode (verwacht 'GM' en vier cijfers, zoals GM0150)"
    ),
}
TYPE_WORDS = {"int": "geheel getal", "float": "getal", "datetime": "datum (JJJJ-MM-DD)"}
TOO_LARGE = "is te groot om op te slaan; controleer het getal"
# When one cell fails several checks, the first in this order explains it best.
CHECK_PRIORITY = ("not_nullable", "coerce_dtype", "dtype")


@dataclass(frozen=True)
class SourceTable:
    """How a staged frame maps back to the file (and its raw text) it was made from."""

    file: str
    raw: pd.DataFrame
    columns: dict[str, str]  # staged column -> column in the source file
    sheet: str | None = None
    allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # staged column -> shown


def check_table(frame: pd.DataFrame, schema: type[pa.DataFrameModel], source: SourceTable):
    """Return the frame coerced to the schema, or raise with every failure in Dutch."""
    try:
        return schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        raise InvalidInputError(problems_from_failures(err.failure_cases, schema, source)) from None


def problems_from_failures(
    failures: pd.DataFrame, schema: type[pa.DataFrameModel], source: SourceTable
) -> list[Problem]:
    """Translate pandera's failure cases into one Dutch problem per cell (or per column)."""
    failures = failures.assign(
        sort_priority=failures["check"].map(_priority), row_index=failures["index"].astype("object")
    ).sort_values("sort_priority", kind="stable")
    problems: dict[tuple[object, object], Problem] = {}
    for case in failures.itertuples(index=False):
        problem = _problem(case, schema, source)
        if problem is not None:
            problems.setdefault((problem.row, problem.column), problem)
    return sorted(problems.values(), key=lambda p: (p.row or 0, p.column or ""))


def _priority(check: str) -> int:
    for rank, prefix in enumerate(CHECK_PRIORITY):
        if str(check).startswith(prefix):
            return rank
    return len(CHECK_PRIORITY)


def _problem(case, schema, source: SourceTable) -> Problem | None:
    check = str(case.check)
    if check == "column_in_dataframe":
        column = source.columns.get(str(case.failure_case), str(case.failure_case))
        return Problem(source.file, "deze kolom ontbreekt", column=column, sheet=source.sheet)
    index = case.row_index
    if index is None or pd.isna(index):
        return None  # a follow-on failure of a column that already failed per cell
    staged_column = case.column if isinstance(case.column, str) else None
    if check == "multiple_fields_uniqueness":  # one problem per row, not per key column
        staged_column = None
    column = source.columns.get(staged_column, staged_column) if staged_column else None
    raw_value = _raw_value(source, index, column, case.failure_case)
    message = _message(check, staged_column, raw_value, schema, source)
    row = int(index) + FIRST_DATA_ROW
    return Problem(
        source.file, message, row=row, column=column, value=raw_value, sheet=source.sheet
    )


def _raw_value(source: SourceTable, index: object, column: str | None, fallback: object) -> object:
    if column is not None and column in source.raw.columns and index in source.raw.index:
        return source.raw.at[index, column]
    return fallback


def _message(check: str, column: str | None, raw_value: object, schema, source) -> str:
    empty = raw_value is None or str(raw_value).strip() in {"", "nan", "NaT", "None"}
    if check.startswith(("not_nullable", "coerce_dtype", "dtype")):
        if empty:
            return "mag niet leeg zijn"
        if _too_large(raw_value):
            return TOO_LARGE
        return f"is geen {_expected_type(schema, column)}"
    if check in {"field_uniqueness", "unique"}:
        return "komt meer dan één keer voor; elke code mag maar één keer voorkomen"
    if check == "multiple_fields_uniqueness":
        return "deze regel staat meer dan één keer in het register (zelfde sleutel)"
    if check.startswith("isin"):
        allowed = source.allowed.get(column) or _allowed_values(schema, column)
        return "onbekende waarde; toegestaan is: " + ", ".join(allowed)
    return _range_message(check, raw_value)


def _outside(bounds: list[float], numbers: list[str], raw_value: object) -> str:
    """Why a number lies outside [low, high]: negative, too large, or simply outside."""
    value = cells.numbers(pd.Series([str(raw_value)]))[0]
    if value < bounds[0] == 0:
        return "mag niet negatief zijn"
    if value > bounds[1] and bounds[0] <= 0:
        return f"is te groot; hoogstens {numbers[1]}"
    return f"moet tussen {numbers[0]} en {numbers[1]} liggen"


def _bound(bound: float) -> str:
    """A bound as a reader writes it: 2020 (a year), 10.000, 1.000.000.000."""
    if bound.is_integer() and abs(bound) < 10_000:
        return str(int(bound))
    return dutch.number(bound)


def _too_large(raw_value: object) -> bool:
    """A number the parsers read but no column can hold (beyond 2^53, or infinite)."""
    parsed = cells.numbers(pd.Series([str(raw_value)]))[0]
    return bool(abs(parsed) >= cells.EXACT_INTEGER)


def _range_message(check: str, raw_value: object = None) -> str:
    # pandera names a check by its bounds: in_range(0, 1000000000.0) → '0' and '1.000.000.000'
    bounds = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", check)]
    numbers = [_bound(bound) for bound in bounds]
    if check.startswith("greater_than_or_equal_to"):
        return "mag niet negatief zijn" if bounds == [0] else f"moet minstens {numbers[0]} zijn"
    if check.startswith("greater_than"):
        return f"moet groter zijn dan {numbers[0]}"
    if check.startswith("in_range"):
        return _outside(bounds, numbers, raw_value)
    if check.startswith("str_length"):
        return "mag niet leeg zijn"
    if check == TEXT_LISTS_CHECK:
        return "moet een lijst van teksten zijn, gescheiden door ';'"
    if check.startswith("str_matches"):
        pattern = check[len("str_matches('") : -2].replace("\\\\", "\\")
        return PATTERN_MESSAGES.get(pattern, f"heeft niet de vorm {pattern}")
    if check == WHOLE_CENTS:
        return "een bedrag heeft hoogstens twee decimalen (hele centen)"
    if check == VALID_POLYGONS:
        return "de grens is geen geldig vlak"
    return f"voldoet niet aan de regel {check}"


def _expected_type(schema: type[pa.DataFrameModel], column: str | None) -> str:
    columns = schema.to_schema().columns
    dtype = str(columns[column].dtype) if column in columns else ""
    for prefix, words in TYPE_WORDS.items():
        if dtype.startswith(prefix):
            return words
    return "geldige waarde"


def _allowed_values(schema: type[pa.DataFrameModel], column: str | None) -> tuple[str, ...]:
    for check in schema.to_schema().columns[column].checks:
        if "allowed_values" in (check.statistics or {}):
            return tuple(str(value) for value in check.statistics["allowed_values"])
    return ()
