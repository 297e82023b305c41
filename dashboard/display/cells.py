"""How one register cell reads in every view: its Dutch label, its text, or 'onbekend'.

Stored values stay what the register says; an empty cell (None, NaN) is shown as 'onbekend'
where the page needs a value, and as nothing where an empty cell says enough.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

import pandas as pd

from dashboard.texts import frame as texts

UNKNOWN = texts.UNKNOWN


def label(labels: Mapping[str, str], value, unknown: str = UNKNOWN) -> str:
    """The Dutch label of a vocabulary value, or 'onbekend' where the register leaves it empty."""
    return unknown if missing(value) else labels.get(value, str(value))


def known(value) -> str:
    """The value, or 'onbekend' where the register leaves it empty."""
    return UNKNOWN if missing(value) else str(value)


def text(value) -> str:
    """The value as text; an empty cell becomes ''."""
    return "" if missing(value) else str(value)


def missing(value) -> bool:
    """None or NaN; a value that pandas cannot judge (a list of several items) is present."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def sort_key(text: str) -> str:
    """'Coördinator' sorts with the C's, 'RIEC' after 'Regionaal'."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
