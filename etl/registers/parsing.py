"""Cells of an upload read into the registers' stored notation: Dutch numbers, dates, choices.

Stored notation is what the register files hold: numbers with a point and no thousands
separators ('1234.5'), ISO dates ('2020-12-31'), lists joined by '; ', closed vocabularies in
their stored spelling. A cell that cannot be read raises UnreadableCellError with a Dutch
message that says how to write it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation

from openpyxl.utils.datetime import from_excel

from etl.core.spreadsheet import ILLEGAL_CHARACTERS, unguarded
from etl.registers import columns as rc

NUMBER_MESSAGE = "is geen getal; schrijf bijvoorbeeld 1234,56 of 1.234,56"
ENGLISH_NUMBER = (
    "is geen getal in Nederlandse notatie (de komma scheidt hier duizendtallen); "
    "schrijf 1.234,56 of 1234,56"
)
WHOLE_MESSAGE = "is geen geheel getal; schrijf bijvoorbeeld 2020 (zonder decimalen)"
DATE_MESSAGE = "is geen datum; schrijf dag-maand-jaar (31-12-2020) of jaar-maand-dag (2020-12-31)"
NO_SUCH_DATE = "is geen bestaande datum (dag-maand-jaar, zoals 31-12-2020)"
SHORT_YEAR = "het jaar moet vier cijfers hebben, zoals 31-12-2020"
TIME_IN_DATE = "bevat een tijd; vul alleen de datum in (31-12-2020)"
YES, NO = "ja", "nee"

_SPACES = re.compile(r"[\s\u00a0\u202f]")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_DECIMAL_POINT = re.compile(r"[+-]?\d+\.\d+")
_DUTCH_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?")
_ENGLISH_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_EXPONENT = re.compile(r"[+-]?\d+([.,]\d+)?[eE][+-]?\d{1,3}")  # 1,5E+10 as Excel may write
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_DUTCH_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_SHORT_YEAR_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")
_WORDS_DATE = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})")
MONTH_WORDS = (
    "januari jan",
    "februari feb",
    "maart mrt maa",
    "april apr",
    "mei",
    "juni jun",
    "juli jul",
    "augustus aug",
    "september sep sept",
    "oktober okt",
    "november nov",
    "december dec",
)
MONTHS = {
    word: number for number, words in enumerate(MONTH_WORDS, start=1) for word in words.split()
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableCellError(Exception):
    """A cell that cannot be read in its column's kind; the message is Dutch."""


def stored_cell(value: object, info: rc.ColumnInfo, *, decimal_comma: bool = True) -> str:
    """One cell in stored notation ('' for empty); UnreadableCellError if it cannot be read."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = clean_text(value)
        if value == "":
            return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if info.kind == rc.LIST:
        parts = (part.strip() for part in _as_text(value).split(";"))
        return "; ".join(part for part in parts if part)
    if info.kind == rc.WHOLE:
        number = _number(value, decimal_comma, WHOLE_MESSAGE)
        if number != number.to_integral_value():
            raise UnreadableCellError(WHOLE_MESSAGE)
        return str(int(number))
    if info.kind == rc.NUMBER:
        return format_number(_number(value, decimal_comma, NUMBER_MESSAGE))
    if info.kind == rc.DATE:
        return _date(value).isoformat()
    return _choice(_as_text(value), info)


def clean_text(text: str) -> str:
    """Stripped text without control characters; a spreadsheet's formula guard `'` removed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return unguarded(text)


def format_number(number: Decimal) -> str:
    """'1234.5', '90000', '0.07': the stored notation (a point, no thousands separators)."""
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(Decimal(repr(value)))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return ILLEGAL_CHARACTERS.sub("", str(value))


def _choice(text: str, info: rc.ColumnInfo) -> str:
    """A closed-vocabulary value in its stored spelling (case ignored; district names → codes)."""
    if not info.choices:
        return text
    folded = text.casefold()
    for choice in info.choices:
        if choice.casefold() == folded:
            return choice
    for alias, stored in info.aliases:
        if alias.casefold() == folded:
            return stored
    return text  # the schema reports it, with the allowed values


def _number(value: object, decimal_comma: bool, message: str) -> Decimal:
    if isinstance(value, bool | dt.date | dt.time):
        raise UnreadableCellError(message)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnreadableCellError(message)
        return Decimal(repr(value))
    return parse_number(str(value), decimal_comma, message)


def parse_number(text: str, decimal_comma: bool = True, message: str = NUMBER_MESSAGE) -> Decimal:
    """Dutch and plain notations: 1234 · 1234,56 · 1.234,56 · 1234.56 · € 90.000 · 1,5E+10.

    '1.234' is twelve hundred and thirty-four where commas are the decimal sign (a ';'-separated
    CSV, a workbook) and 1.234 in a ','-separated CSV. '1,234.56' (English) is refused.
    """
    compact = _SPACES.sub("", text.replace("€", ""))
    try:
        if _INTEGER.fullmatch(compact):
            return Decimal(compact)
        if _DECIMAL_COMMA.fullmatch(compact):
            return Decimal(compact.replace(",", "."))
        if _DUTCH_GROUPED.fullmatch(compact) and (
            decimal_comma or "," in compact or compact.count(".") > 1
        ):
            return Decimal(compact.replace(".", "").replace(",", "."))
        if _DECIMAL_POINT.fullmatch(compact):
            return Decimal(compact)
        if _EXPONENT.fullmatch(compact):
            return Decimal(compact.replace(",", "."))
    except InvalidOperation:
        raise UnreadableCellError(message) from None
    if _ENGLISH_GROUPED.fullmatch(compact):
        raise UnreadableCellError(ENGLISH_NUMBER)
    raise UnreadableCellError(message)


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise UnreadableCellError(TIME_IN_DATE)
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466 and float(value).is_integer():  # an Excel date serial
            return from_excel(value).date()
        raise UnreadableCellError(DATE_MESSAGE)
    return parse_date(str(value))


def parse_date(text: str) -> dt.date:
    """31-12-2020 · 31/12/2020 · 31.12.2020 · 2020-12-31 · 31 december 2020 · 31 dec 2020."""
    compact = " ".join(text.strip().casefold().split())
    if match := _ISO_DATE.fullmatch(compact):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DUTCH_DATE.fullmatch(compact):
        day, month, year = (int(part) for part in match.groups())
    elif (match := _WORDS_DATE.fullmatch(compact)) and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    elif _SHORT_YEAR_DATE.fullmatch(compact):
        raise UnreadableCellError(SHORT_YEAR)
    else:
        raise UnreadableCellError(DATE_MESSAGE)
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        raise UnreadableCellError(NO_SUCH_DATE)
    return dt.date(year, month, day)


def shown(value: object) -> str:
    """A cell as the user typed it, to quote in a problem."""
    if value is None:
        return ""
    return value if isinstance(value, str) else _as_text(value)
