"""Numbers, money, dates and plurals in Dutch notation (via babel), for every visible figure.

The one home for Dutch notation: the dashboard, the factsheet and the command line all format
through these functions, whatever the browser's or the machine's language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

import pandas as pd
from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import parse_pattern

LOCALE = "nl_NL"
TIMEZONE = "Europe/Amsterdam"
# Parsed once: babel's format_* functions parse the locale and the pattern on every call, and a
# table or map writes thousands of figures per page run. `_pattern(…).apply(value, _LOCALE)`
# is what format_decimal, format_percent and format_currency do with their defaults.
_LOCALE = Locale.parse(LOCALE)


@lru_cache(maxsize=16)
def _pattern(pattern: str):
    return parse_pattern(pattern)


def number(value: float, decimals: int | None = None) -> str:
    """3228403 → '3.228.403'; 101.42 → '101,42'; with decimals=1, 0.5 → '0,5'."""
    if decimals is None:
        if float(value).is_integer() and -1000 < value < 1000:
            return str(int(value))  # no separator below a thousand; babel is slow per call
        return _pattern(_LOCALE.decimal_formats[None].pattern).apply(value, _LOCALE)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _pattern(pattern).apply(value, _LOCALE)


def euro(value: float) -> str:
    """225988.21 → '€ 225.988,21'."""
    return _euro_pattern().apply(value, _LOCALE, currency="EUR")


def _euro_pattern():
    return _pattern(_LOCALE.currency_formats["standard"].pattern)


def euro_cents(amount_cents: int) -> str:
    """1234567 (cents) → '€ 12.345,67', exactly as `euro` writes it, the pattern parsed once."""
    return _euro_pattern().apply(Decimal(int(amount_cents)) / 100, _LOCALE, currency="EUR")


def euro_short(value: float) -> str:
    """Euro with cents only when there are any: '€ 120.000', '€ 12,50'."""
    return euro(value).removesuffix(",00")


def rate(rate_eur: float) -> str:
    """0.07 → '€ 0,07'; 0.075 → '€ 0,075' (a rate per inhabitant keeps its third decimal)."""
    exact = Decimal(str(rate_eur))
    return "€\xa0" + _pattern("#,##0.00##").apply(exact, _LOCALE)


def percent(share: float) -> str:
    """2/3 → '66,7%' (one decimal, rounded as a decimal like a spreadsheet does)."""
    return _pattern("#,##0.0%").apply(share, _LOCALE)


def date(value: dt.date | pd.Timestamp) -> str:
    """2019-01-01 → '1 januari 2019'."""
    if isinstance(value, pd.Timestamp):
        value = value.date()
    return format_date(value, "d MMMM y", locale=_LOCALE)


def short_date(value: dt.date | pd.Timestamp) -> str:
    """2020-12-31 → '31-12-2020', as a Dutch spreadsheet shows a date."""
    if isinstance(value, pd.Timestamp):
        value = value.date()
    return format_date(value, "dd-MM-y", locale=_LOCALE)


def month(value: dt.date | pd.Timestamp | None) -> str:
    """2019-01-01 → 'januari 2019'; a missing date → ''."""
    if value is None or pd.isna(value):
        return ""
    if isinstance(value, pd.Timestamp):
        value = value.date()
    return format_date(value, "MMMM y", locale=_LOCALE)


def moment(iso_text: str) -> str:
    """An ISO time stamp (UTC) → '29 november 2026, 21:07' in Dutch local time."""
    stamp = dt.datetime.fromisoformat(iso_text)
    return format_datetime(stamp, "d MMMM y, HH:mm", tzinfo=TIMEZONE, locale=_LOCALE)


def short_moment(iso_text: str) -> str:
    """'2026-11-29T20:56:13+00:00' → '29-11-2026 21:56' (Dutch local time); else as given."""
    try:
        stamp = dt.datetime.fromisoformat(iso_text)
    except (TypeError, ValueError):
        return str(iso_text)
    if stamp.tzinfo is None:
        return stamp.strftime("%d-%m-%Y %H:%M")
    return format_datetime(stamp, "dd-MM-y HH:mm", tzinfo=TIMEZONE, locale=_LOCALE)


def period(first: int, last: int) -> str:
    """(2019, 2022) → '2019–2022'; (2019, 2019) → '2019'."""
    return str(first) if first == last else f"{first}–{last}"


def count(n: int, one: str, many: str) -> str:
    """(1, 'gemeente', 'gemeenten') → '1 gemeente'; (76, …) → '76 gemeenten'."""
    return f"{number(n)} {one if n == 1 else many}"
