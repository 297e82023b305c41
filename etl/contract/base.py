"""The strict base of every table, and the codes, patterns and checks the tables share.

Pandera merges the `Config` of a model with that of the models it inherits from, so a table
derived from `StrictTable` is strict and coercing and adds only what is its own (e.g. `unique`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa

MUNICIPALITY_CODE = r"^GM\d{4}$"
DISTRICT_CODES = ("VR04", "VR05", "VR06", "VR07", "VR08")
IDENTIFIER = r"^[a-z0-9][a-z0-9_-]*$"
YEARS = {"min_value": 2000, "max_value": 2100}
NOT_EMPTY = {"min_value": 1}
# Every number a register holds has a finite range, declared with its column: what passes the
# check can be built (a euro amount × 100 fits the marts' integer cents, summed over any
# register), and infinity or 1e999 never reaches a page. Far beyond anything the network has.
AMOUNTS_EUR = {"min_value": 0, "max_value": 1_000_000_000}
RATES_EUR = {"min_value": 0, "max_value": 1_000}  # per inhabitant
FTES = {"min_value": 0, "max_value": 10_000}
MEASURES = {"min_value": -1_000_000_000_000, "max_value": 1_000_000_000_000}
# Field metadata that marks a column of text lists (';'-separated in a register file).
TEXT_LIST = "text_list"
TEXT_LISTS_CHECK = "tekstlijst"  # name of the check; its Dutch message is in validation
WHOLE_CENTS = "hele_centen"  # name of the check; its Dutch message is in validation
VALID_POLYGONS = "geldige_vlakken"  # name of the check; its Dutch message is in validation


class StrictTable(pa.DataFrameModel):
    """Only the declared columns, each cast to its declared type."""

    class Config:
        strict = True
        coerce = True


def text_list():
    """A column of lists of text, never empty itself (an empty cell is an empty list)."""
    return pa.Field(nullable=False, metadata={TEXT_LIST: True})


def is_text_list(column: pa.Column) -> bool:
    """Whether a built schema column holds lists of text (see `text_list`)."""
    return bool((column.metadata or {}).get(TEXT_LIST))


def text_lists(values: pd.Series) -> pd.Series:
    """Per cell: is it a list of strings?"""
    return values.map(lambda cell: isinstance(cell, list) and all(isinstance(v, str) for v in cell))


def text_lists_check(*columns: str):
    """The check that `columns` hold lists of text, to assign in a table's class body."""

    @pa.check(*columns, name=TEXT_LISTS_CHECK)
    @classmethod
    def lists_of_text(cls, values: pd.Series) -> pd.Series:
        return text_lists(values)

    return lists_of_text


def whole_cents(values: pd.Series) -> pd.Series:
    """Per cell: is it empty or an amount in euro with at most two decimals?"""
    cents = values * 100
    return values.isna() | np.isclose(cents, cents.round(), rtol=0, atol=1e-6)
