"""Numbers, money and dates in Dutch notation (via babel), for every visible figure."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_NL"
TIMEZONE = "Europe/Amsterdam"


def number(value: float, decimals: int | None = None) -> str:
    """3228403 → '3.228.403'; 101.42 → '101,42'."""
    if decimals is None:
        return format_decimal(value, locale=LOCALE)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def euro(value: float) -> str:
    """225988.21 → '€ 225.988,21'."""
    return format_currency(value, "EUR", locale=LOCALE)


def date(value: dt.date | pd.Timestamp) -> str:
    """2019-01-01 → '1 januari 2019'."""
    if isinstance(value, pd.Timestamp):
        value = value.date()
    return format_date(value, "d MMMM y", locale=LOCALE)


def moment(iso_text: str) -> str:
    """An ISO time stamp (UTC) → '29 november 2026, 21:07' in Dutch local time."""
    stamp = dt.datetime.fromisoformat(iso_text)
    return format_datetime(stamp, "d MMMM y, HH:mm", tzinfo=TIMEZONE, locale=LOCALE)
