"""Dutch notation for numbers, money and dates."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from etl.core import dutch


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(3_228_403, None, "3.228.403"), (101.42, None, "101,42"), (76, 0, "76"),
     (14.2, 2, "14,20"), (1234.5, 0, "1.234"), (0, None, "0")],
)  # fmt: skip
def test_number(value, decimals, expected):
    assert dutch.number(value, decimals) == expected


def test_euro_uses_the_dutch_sign_position_and_separators():
    assert dutch.euro(225_988.21).replace("\xa0", " ") == "€ 225.988,21"


def test_date_and_moment_are_dutch():
    assert dutch.date(pd.Timestamp("2019-01-01")) == "1 januari 2019"
    assert dutch.date(dt.date(2019, 12, 31)) == "31 december 2019"
    # 20:09 UTC in November is 21:09 in Amsterdam (winter time).
    assert dutch.moment("2026-11-29T20:09:17+00:00") == "29 november 2026, 21:09"
