"""Money in integer cents: half-up rounding, typed amounts, shares that add up, outcomes."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from etl.funding import amounts


@pytest.mark.parametrize(
    ("inhabitants", "rate", "expected"),
    [
        (1655, 0.075, 12413),  # 124,125 → 124,13 (a float rounds it to 124,12)
        (237, 0.035, 830),  # 8,295 → 8,30
        (3, 0.005, 2),  # 0,015 → 0,02
        (176_731, 0.07, 1_237_117),
        (0, 0.07, 0),
    ],
)
def test_expected_amount_rounds_half_up_to_whole_cents(inhabitants, rate, expected):
    assert amounts.expected_cents(inhabitants, rate) == expected


@pytest.mark.parametrize(
    ("total", "weights", "shares"),
    [(100, [1, 1, 1], [34, 33, 33]), (10, [0, 0], [0, 0]), (7, [2, 5], [2, 5])],
)
def test_shares_in_cents_always_add_up(total, weights, shares):
    assert amounts.shares_in_cents(total, weights) == shares


def test_a_typed_float_is_the_decimal_that_was_typed():
    assert amounts.decimal(0.07) == Decimal("0.07")
    assert amounts.decimal(0.1 + 0.2) != Decimal("0.3")  # what the float holds, not rounded


@pytest.mark.parametrize(("amount", "cents"), [(12.345, 1235), (0.07, 7), (1237.115, 123712)])
def test_to_cents_rounds_a_typed_amount_half_up(amount, cents):
    assert amounts.to_cents(amount) == cents


def test_cents_of_a_series_keeps_missing_amounts_missing():
    result = amounts.cents(pd.Series([0.1 + 0.2, 12.5, None]))
    assert result.tolist()[:2] == [30, 1250] and pd.isna(result.iloc[2])


@pytest.mark.parametrize(("difference", "word"), [(-1, "tekort"), (0, "gedekt"), (1, "overschot")])
def test_outcome_names_the_sign_of_the_difference(difference, word):
    assert amounts.outcome(difference) == word
