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


def test_money_in_cents_matches_euro_and_short_drops_zero_cents():
    assert dutch.euro_cents(1_234_567) == dutch.euro(12_345.67)
    assert dutch.euro_cents(-5) == dutch.euro(-0.05)
    assert dutch.euro_short(120_000) == "€\xa0120.000"
    assert dutch.euro_short(12.5) == "€\xa012,50"
    assert dutch.rate(0.07) == "€\xa00,07" and dutch.rate(0.075) == "€\xa00,075"


def test_month_period_count_and_short_moment():
    assert dutch.month(dt.date(2019, 3, 1)) == "maart 2019"
    assert dutch.month(pd.Timestamp("2019-01-01")) == "januari 2019"
    assert dutch.month(None) == "" and dutch.month(pd.NaT) == ""
    assert dutch.period(2019, 2022) == "2019–2022" and dutch.period(2019, 2019) == "2019"
    assert dutch.count(1, "gemeente", "gemeenten") == "1 gemeente"
    assert dutch.count(1234, "gemeente", "gemeenten") == "1.234 gemeenten"
    assert dutch.short_moment("2026-11-29T20:56:13+00:00") == "29-11-2026 21:56"
    assert dutch.short_moment("2026-07-01T10:00:00+00:00") == "01-07-2026 12:00"
    assert dutch.short_moment("geen tijd") == "geen tijd"


def test_percent_has_one_decimal_and_a_comma():
    assert dutch.percent(2 / 3) == "66,7%"
    assert dutch.percent(0.98256) == "98,3%"


def test_short_date_is_day_month_year_with_leading_zeros():
    assert dutch.short_date(dt.date(2020, 3, 1)) == "01-03-2020"
    assert dutch.short_date(pd.Timestamp("2020-12-31")) == "31-12-2020"


@pytest.mark.parametrize(
    "value", [0, 7, -999, 1000, -1000, 0.5, 0.05, 2.675, -2.675, 101.4, 350.5, 1234567.891, 1e9]
)
def test_patterns_parsed_once_write_what_babel_writes(value):
    """dutch keeps babel's parsed locale and patterns: each figure reads as babel's own
    format_decimal / format_currency / format_percent write it for nl_NL."""
    from babel.numbers import format_currency, format_decimal, format_percent

    if not (float(value).is_integer() and -1000 < value < 1000):
        assert dutch.number(value) == format_decimal(value, locale="nl_NL")
    for decimals in (0, 1, 2):
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        assert dutch.number(value, decimals) == format_decimal(value, pattern, locale="nl_NL")
    assert dutch.euro(value) == format_currency(value, "EUR", locale="nl_NL")
    assert dutch.percent(value / 100) == format_percent(value / 100, "#,##0.0%", locale="nl_NL")
