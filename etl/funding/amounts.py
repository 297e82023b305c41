"""Money in integer cents, so no float error reaches a total.

Expected = inhabitants × rate, rounded half-up to whole cents per municipality (Decimal, so 0,07
is exactly seven cents), and every sum is a sum of cents. The marts store euro with two decimals;
`cents()` turns them back without float error.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd


def decimal(value: float) -> Decimal:
    """A float as the decimal number that was typed: 0.07 → Decimal('0.07'), not 0.0700000…"""
    return Decimal(repr(float(value)))


def expected_cents(inhabitants: int, rate_eur: float) -> int:
    """Inhabitants × rate in whole cents, rounded half-up: 1.655 × € 0,075 = 12.413 cents."""
    amount = Decimal(int(inhabitants)) * decimal(rate_eur) * 100
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cents(euros: pd.Series) -> pd.Series:
    """Euro amounts with two decimals as integer cents (missing stays missing)."""
    return (euros.astype("float64") * 100).round().astype("Int64")


def to_cents(amount: float) -> int:
    """A typed euro amount as whole cents, rounded half-up: 12.345 → 1235."""
    return int((decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def shares_in_cents(total: int, weights: Iterable[int]) -> list[int]:
    """`total` cents shared out in proportion to `weights`, summing exactly to `total`.

    Largest remainder: everyone gets the floor of their share; the cents left over go to the
    largest remainders (first in order on a tie).
    """
    weights = [int(w) for w in weights]
    whole = sum(weights)
    if whole == 0:
        return [0] * len(weights)
    exact = [Decimal(total) * w / whole for w in weights]
    floors = [int(value) for value in exact]
    left = total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return floors


def outcome(difference_cents: int) -> str:
    """'gedekt' when expected equals the budget, else 'tekort' or 'overschot'."""
    if difference_cents < 0:
        return "tekort"
    return "overschot" if difference_cents > 0 else "gedekt"
