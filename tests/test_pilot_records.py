"""Frame columns as plain values, row by row."""

from __future__ import annotations

import pandas as pd

from dashboard.pilots import records


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"a": [1, 2], "b": ["x", None], "c": [pd.NaT, pd.Timestamp("2019-01-01")]})


def test_columns_and_rows():
    assert records.columns(_frame(), "a", "a") == [[1, 2], [1, 2]]
    assert next(records.rows(_frame(), "a", "b")) == (1, "x")


def test_records_turn_every_missing_value_into_none():
    assert records.records(_frame(), ["a", "b", "c"]) == [
        {"a": 1, "b": "x", "c": None},
        {"a": 2, "b": None, "c": pd.Timestamp("2019-01-01")},
    ]
    assert records.records(_frame().iloc[0:0], ["a"]) == []
