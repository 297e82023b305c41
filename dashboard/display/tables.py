"""How a table's columns read on screen: one declaration per table, column header → format.

The builders keep numbers, amounts and dates as such in their frames, so a column sorts by its
values; the format says how each cell reads in Dutch notation (via `etl.core.dutch`), whatever
the browser's language. An empty cell reads as the format's `missing` text: nothing, or
'onbekend' where the page needs a value.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.display.cells import missing, text
from etl.core import dutch


@dataclass(frozen=True)
class Format:
    """How the cells of one column read: `write` for a value; an empty cell reads ''."""

    write: Callable[[object], str]

    def __call__(self, value: object) -> str:
        return "" if missing(value) else self.write(value)


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


# Each Format a serial number for cache keys: two lambdas hash alike by name, so a format is
# known by identity, and kept here so that its number is never given to another.
_SERIALS: dict[Format, int] = {}


def formats_key(formats: Formats) -> tuple[tuple[str, int], ...]:
    """What the formats are, as a hashable cache key: (column, the format's serial number)."""
    return tuple(
        (column, _SERIALS.setdefault(fmt, len(_SERIALS))) for column, fmt in formats.items()
    )


def frame_key(frame: pd.DataFrame) -> tuple[tuple[str, ...], str]:
    """What a frame holds, as a hashable cache key: its headers and a digest of its pickle
    (every cell, type and the index; ten times faster than pandas' hashing of text columns).
    Equal keys mean equal frames; an equal frame pickled otherwise only costs a redraw."""
    cells = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
    return tuple(map(str, frame.columns)), hashlib.blake2b(cells, digest_size=16).hexdigest()


def euros(cents) -> float:
    """Whole cents (as summed exactly) → euros, the unit a table column holds."""
    return int(cents) / 100


def for_grid(frame: pd.DataFrame, formats: Formats) -> Styler | pd.DataFrame:
    """The frame with its values kept, each cell displayed as its column's format says.

    An empty cell in a text column becomes '' (never 'None'); the grid draws an empty cell
    of a number or date column with the placeholder '' (`frame.show_table`). A frame of text
    only (no format applies, every column holds strings) comes back as a frame, not a Styler:
    the grid shows its cells as they are, and Streamlit serialises it ten times faster than a
    Styler's display text (most of a new table's cost on Overleggen)."""
    shown = {column: fmt for column, fmt in formats.items() if column in frame.columns}
    plain = [c for c in frame.columns if c not in shown and not is_number(frame[c])]
    filled = frame.assign(**{column: frame[column].map(_filled) for column in plain})
    if not shown and all(_is_text(filled[column]) for column in filled.columns):
        return filled
    return filled.style.format(shown) if shown else filled.style


def _filled(value: object) -> object:
    """An empty text cell as '', any other value (a list of members too) as it is."""
    return "" if missing(value) else value


def _is_text(column: pd.Series) -> bool:
    """Strings only (a list of members is not: the grid draws a list otherwise than its text)."""
    return pd.api.types.is_string_dtype(column) and column.map(type).eq(str).all()


def is_number(column: pd.Series) -> bool:
    """Numbers and dates: what the grid sorts by value and the formats write."""
    return pd.api.types.is_numeric_dtype(column) or pd.api.types.is_datetime64_any_dtype(column)


def shown(frame: pd.DataFrame, formats: Formats) -> pd.DataFrame:
    """Every cell as the reader sees it (text), e.g. for a static table or a test."""
    return pd.DataFrame(
        {column: frame[column].map(formats.get(column, text)) for column in frame.columns},
        index=frame.index,
    )


# The grid sizes a column by a sample of its cells, not by its header: a long header over short
# cells is cut off ('Overgenomen door (g…'), and so is a long cell in a mostly empty column
# ('burgemees'). Each column gets the width of its header and its longest cell instead.
CHARACTER_PIXELS = 7  # a character of the grid's 14 px font, on average
PADDING_PIXELS = 36  # a header's padding on both sides and the sort arrow
CELL_PADDING_PIXELS = 18  # a cell's padding on both sides
MAX_PIXELS = 320  # a longer text (a source, a note) is cut off; the cell shows it whole on hover


def widths(frame: pd.DataFrame, formats: Formats, cells: bool = True) -> dict[str, int]:
    """The pixels of each column: its header and (with `cells`) its longest shown cell, at most
    `MAX_PIXELS`. Without `cells` (a table in a narrow column beside a map) only a header
    longer than every cell sets its column's width; the grid sizes the others."""
    texts = shown(frame, formats)
    needed = {}
    for column in frame.columns:
        header = len(str(column)) * CHARACTER_PIXELS + PADDING_PIXELS
        longest = max((len(value) for value in texts[column]), default=0)
        cell = longest * CHARACTER_PIXELS + CELL_PADDING_PIXELS
        if cells:
            needed[column] = min(max(header, cell), MAX_PIXELS)
        elif header >= cell:
            needed[column] = header
    return needed
