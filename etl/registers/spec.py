"""How a register is declared, staged from its Dutch CSV, and how its problems are located."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

import pandas as pd
import pandera.pandas as pa

from etl.contract.base import is_text_list
from etl.core import cells, dutch
from etl.core.errors import FIRST_DATA_ROW, Problem
from etl.reference.names import district_codes_by_name

TEXT, LIST, WHOLE, NUMBER, DATE = "tekst", "lijst", "geheel getal", "getal", "datum"
# A column's kind follows from its schema dtype (text lists are marked in the field metadata).
KIND_BY_DTYPE_PREFIX = {"int": WHOLE, "float": NUMBER, "datetime": DATE}
PARSERS = {
    TEXT: cells.text,
    LIST: cells.text_lists,
    WHOLE: cells.whole_numbers,
    NUMBER: cells.numbers,
    DATE: cells.dates,
}


@dataclass(frozen=True)
class RegisterSpec:
    """How one register is stored for people (Dutch headers) and for the marts (English).

    What each column holds (`kinds`) comes from the schema, so it is declared only once.
    A register with `demo=True` may also come as fictitious rows from the data root's `demo/`
    folder; its mart then has an `is_demo` column, set by the loader (not by the file).
    """

    mart: str
    file: str
    label: str
    columns: dict[str, str]  # mart column -> Dutch header, in the file's column order
    schema: type[pa.DataFrameModel]
    district_columns: tuple[str, ...] = ()  # accept a district's name as well as its code
    demo: bool = False

    @property
    def headers(self) -> dict[str, str]:
        return {header: column for column, header in self.columns.items()}

    @property
    def kinds(self) -> dict[str, str]:
        """Mart column -> TEXT, LIST, WHOLE, NUMBER or DATE, in the file's column order."""
        kinds = schema_kinds(self.schema)
        return {column: kinds.get(column, TEXT) for column in self.columns}

    @property
    def lists(self) -> tuple[str, ...]:
        return self._of_kind(LIST)

    @property
    def whole_numbers(self) -> tuple[str, ...]:
        return self._of_kind(WHOLE)

    @property
    def numbers(self) -> tuple[str, ...]:
        return self._of_kind(NUMBER)

    @property
    def dates(self) -> tuple[str, ...]:
        return self._of_kind(DATE)

    def _of_kind(self, kind: str) -> tuple[str, ...]:
        return tuple(column for column, its_kind in self.kinds.items() if its_kind == kind)


EURO_SUFFIX = "_eur"  # a column of amounts in euros: amount_eur, paid_eur, rate_eur


def readable(spec: RegisterSpec, column: str, value: object) -> str:
    """A stored cell as a Dutch reader expects it (and the import reads back): '6996.99' →
    '6.996,99', an amount in euros with its cents ('6996.9' → '6.996,90', '90000' → '90.000'),
    '2020-12-31' → '31-12-2020'; whole numbers (years, counts) and text as stored."""
    text = "" if value is None else str(value)
    if not text:
        return ""
    try:
        if column in spec.numbers:
            number = Decimal(text)
            decimals = max(-number.normalize().as_tuple().exponent, 0)
            if decimals and column.endswith(EURO_SUFFIX):
                decimals = max(decimals, 2)
            return dutch.number(number, decimals)
        if column in spec.dates:
            return dutch.short_date(dt.date.fromisoformat(text))
    except (InvalidOperation, ValueError):
        return text
    return text


@cache
def schema_kinds(schema: type[pa.DataFrameModel]) -> dict[str, str]:
    """Each column of a schema as the kind of cell a register holds for it."""
    kinds = {}
    for name, column in schema.to_schema().columns.items():
        dtype = str(column.dtype)
        kind = next((k for p, k in KIND_BY_DTYPE_PREFIX.items() if dtype.startswith(p)), TEXT)
        kinds[name] = LIST if is_text_list(column) else kind
    return kinds


def stage(raw: pd.DataFrame, spec: RegisterSpec, districts: pd.DataFrame) -> pd.DataFrame:
    """Rename Dutch headers to mart columns and parse every cell; unreadable cells become empty."""
    code_by_name = district_codes_by_name(districts)
    kinds = spec.kinds
    staged = {}
    for column, header in spec.columns.items():
        staged[column] = PARSERS[kinds[column]](raw[header])
        if column in spec.district_columns:
            staged[column] = staged[column].map(lambda v: code_by_name.get(v, v))
    return pd.DataFrame(staged, index=raw.index)


def file_date(value: pd.Timestamp) -> str:
    """A date as a register file writes it (and as its problems quote it): 2019-01-01."""
    return value.strftime("%Y-%m-%d")


class Place:
    """Builds problems that point at a register's file, row and Dutch header."""

    def __init__(self, specs: dict[str, RegisterSpec], folder_label: str = ""):
        self.specs = specs
        self.folder_label = folder_label  # e.g. "demo/" for the demo registers

    def __call__(self, mart: str, index: object, column: str, value: object, message: str):
        spec = self.specs[mart]
        row = int(index) + FIRST_DATA_ROW
        file = f"{self.folder_label}{spec.file}"
        return Problem(file, message, row=row, column=spec.columns[column], value=value)

    def cells(
        self,
        mart: str,
        frame: pd.DataFrame,
        hits: pd.Series,
        column: str,
        message: str | Iterable[str],
        quote: bool = True,
    ) -> list[tuple[int, Problem]]:
        """(row position, problem) for every cell of `hits`: a column's offending values indexed
        by the frame's rows (an exploded list column may repeat a row). `message` is one text or
        one per hit, in order; `quote=False` leaves the value out (a cell that should be filled).
        """
        positions = frame.index.get_indexer(hits.index)
        messages = [message] * len(hits) if isinstance(message, str) else list(message)
        values = hits.tolist() if quote else [None] * len(hits)
        return [
            (int(position), self(mart, index, column, value, text))
            for position, index, value, text in zip(
                positions, hits.index, values, messages, strict=True
            )
        ]


def in_row_order(*checks: list[tuple[int, Problem]]) -> list[Problem]:
    """The problems of per-row checks in the order one pass over the rows gives: by row, and
    within a row in the order the checks are given (and each check's own order)."""
    keyed = [
        (position, rank, problem)
        for rank, found in enumerate(checks)
        for position, problem in found
    ]
    return [problem for _, _, problem in sorted(keyed, key=lambda item: item[:2])]


# A rule spanning registers: (tables by mart name, reference, place) -> problems.
Rule = Callable[[dict[str, pd.DataFrame], object, Place], Iterable[Problem]]

UNREADABLE = {
    "whole_numbers": "is geen geheel getal",
    "numbers": "is geen getal (gebruik een punt als decimaalteken, zonder duizendtallen)",
    "dates": "is geen datum (JJJJ-MM-DD)",
}


def unreadable_cells(raw: pd.DataFrame, staged: pd.DataFrame, spec: RegisterSpec, file: str):
    """Typed cells that hold text the parser could not read.

    A parser leaves such a cell empty; in a column that may be empty the schema would then
    accept it silently, so the typed value would be lost without a word.
    """
    problems = []
    for kind, message in UNREADABLE.items():
        for column in getattr(spec, kind):
            typed = raw[spec.columns[column]].str.strip().ne("")
            for index in staged.index[typed & staged[column].isna()]:
                value = raw.at[index, spec.columns[column]]
                row = int(index) + FIRST_DATA_ROW
                column_name = spec.columns[column]
                problems.append(Problem(file, message, row=row, column=column_name, value=value))
    return problems
