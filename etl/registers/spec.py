"""How a register is declared, staged from its Dutch CSV, and how its problems are located."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from etl.core import cells
from etl.core.errors import FIRST_DATA_ROW, Problem


@dataclass(frozen=True)
class RegisterSpec:
    """How one register is stored for people (Dutch headers) and for the marts (English).

    A register with `demo=True` may also come as fictitious rows from the data root's `demo/`
    folder; its mart then has an `is_demo` column, set by the loader (not by the file).
    """

    mart: str
    file: str
    label: str
    columns: dict[str, str]  # mart column -> Dutch header, in the file's column order
    schema: type[pa.DataFrameModel]
    lists: tuple[str, ...] = ()
    whole_numbers: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    district_columns: tuple[str, ...] = ()  # accept a district's name as well as its code
    allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demo: bool = False

    @property
    def headers(self) -> dict[str, str]:
        return {header: column for column, header in self.columns.items()}


def stage(raw: pd.DataFrame, spec: RegisterSpec, districts: pd.DataFrame) -> pd.DataFrame:
    """Rename Dutch headers to mart columns and parse every cell; unreadable cells become empty."""
    code_by_name = dict(zip(districts["name"], districts["district_code"], strict=True))
    staged = {}
    for column, header in spec.columns.items():
        staged[column] = _parse(column, raw[header], spec)
        if column in spec.district_columns:
            staged[column] = staged[column].map(lambda v: code_by_name.get(v, v))
    return pd.DataFrame(staged, index=raw.index)


def _parse(column: str, values: pd.Series, spec: RegisterSpec) -> pd.Series:
    if column in spec.lists:
        return cells.text_lists(values)
    if column in spec.whole_numbers:
        return cells.whole_numbers(values)
    if column in spec.numbers:
        return cells.numbers(values)
    if column in spec.dates:
        return cells.dates(values)
    return cells.text(values)


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
