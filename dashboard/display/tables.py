"""How a table's columns read on screen: one declaration per table, column header → format.

The builders keep numbers, amounts and dates as such in their frames, so a column sorts by its
values; the format says how each cell reads in Dutch notation (via `etl.core.dutch`), whatever
the browser's language. An empty cell reads as the format's `missing` text: nothing, or
'onbekend' where the page needs a value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.display.cells import missing, text
from dashboard.texts import frame as texts
from etl.core import dutch


@dataclass(frozen=True)
class Format:
    """How the cells of one column read: `write` for a value, `missing` for an empty cell."""

    write: Callable[[object], str]
    missing: str = ""

    def __call__(self, value: object) -> str:
        return self.missing if missing(value) else self.write(value)

    def or_unknown(self) -> Format:
        """The same format, an empty cell read as 'onbekend'."""
        return replace(self, missing=texts.UNKNOWN)


Formats = Mapping[str, Format]

NUMBER = Format(lambda value: dutch.number(value, 0))  # 3228403 → '3.228.403'
DECIMAL = Format(dutch.number)  # as many decimals as the value has: 350.5 → '350,5'
ONE_DECIMAL = Format(lambda value: dutch.number(value, 1))  # 0.5 → '0,5'
TWO_DECIMALS = Format(lambda value: dutch.number(value, 2))  # 101.4 → '101,40'
# Amounts are euros (cents / 100), so the grid's own text for screen readers says the amount.
EURO = Format(lambda value: dutch.euro(float(value)))  # 12345.67 → '€ 12.345,67'
ROUND_EURO = Format(lambda value: dutch.euro_short(float(value)))  # 120000.0 → '€ 120.000'
PERCENT = Format(dutch.percent)  # 2/3 → '66,7%'
DATE = Format(dutch.date)  # 2020-05-04 → '4 mei 2020'
MONTH = Format(dutch.month)  # 2020-05-04 → 'mei 2020'
MOMENT = Format(dutch.short_moment)  # an ISO time stamp (sorts as time) → '29-11-2026 21:56'


def euros(cents) -> float:
    """Whole cents (as summed exactly) → euros, the unit a table column holds."""
    return int(cents) / 100


def styled(frame: pd.DataFrame, formats: Formats) -> Styler:
    """The frame with its values kept, each cell displayed as its column's format says.

    An empty cell in a column without a format becomes '' (never 'None'); the grid draws an
    empty cell of a formatted column as `placeholder`."""
    shown = {column: fmt for column, fmt in formats.items() if column in frame.columns}
    plain = [c for c in frame.columns if c not in shown and not _is_number(frame[c])]
    filled = frame.assign(**{column: frame[column].map(text) for column in plain})
    return filled.style.format(shown) if shown else filled.style


def _is_number(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) or pd.api.types.is_datetime64_any_dtype(column)


def placeholder(frame: pd.DataFrame, formats: Formats) -> str:
    """What an empty cell reads as in the grid (one text per table): 'onbekend' when a shown
    column's format says so, else nothing."""
    said = {fmt.missing for column, fmt in formats.items() if column in frame.columns}
    return texts.UNKNOWN if texts.UNKNOWN in said else ""


def shown(frame: pd.DataFrame, formats: Formats) -> pd.DataFrame:
    """Every cell as the reader sees it (text), e.g. for a static table or a test."""
    return pd.DataFrame(
        {column: frame[column].map(formats.get(column, text)) for column in frame.columns},
        index=frame.index,
    )


# A header or cell of this many characters still fits a column of `max_width` pixels.
CHARACTER_PIXELS = 8
PADDING_PIXELS = 28  # the cell's padding and the header's sort arrow


def widths(frame: pd.DataFrame, formats: Formats, max_width: int = 420) -> dict[str, int]:
    """Per column, the pixels its header and its longest shown cell need (at most `max_width`),
    so no header is cut off: 'Burgemeester', not 'burgemees'."""
    cells = shown(frame, formats)
    needed = {}
    for column in frame.columns:
        longest = max([len(str(column)), *(len(value) for value in cells[column])])
        needed[column] = min(longest * CHARACTER_PIXELS + PADDING_PIXELS, max_width)
    return needed
