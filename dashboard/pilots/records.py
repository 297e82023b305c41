"""Columns of a frame as plain Python values, row by row: loops over them are cheap.

On a few hundred rows, a loop over plain tuples beats pandas' group-bys and `apply` many times.
"""

from __future__ import annotations

import pandas as pd


def columns(frame: pd.DataFrame, *names: str) -> list[list]:
    """The named columns, each as a list of its values."""
    return [frame[name].tolist() for name in names]


def rows(frame: pd.DataFrame, *names: str):
    """The named columns' values row by row as tuples."""
    return zip(*columns(frame, *names), strict=True)


def records(frame: pd.DataFrame, names: list[str]) -> list[dict]:
    """Rows as dicts of the named columns, missing values (NaN, NaT, None) as None."""
    return [
        {name: None if pd.isna(value) else value for name, value in zip(names, row, strict=True)}
        for row in rows(frame, *names)
    ]
