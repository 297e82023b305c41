"""What the pilot views show for a code or an empty value: places with their district, theme
names, the Dutch label of a vocabulary value, and 'onbekend' where the register says nothing."""

from __future__ import annotations

import pandas as pd

from dashboard.texts import frame as frame_texts
from etl.reference.names import district_names


def place_names(municipalities: pd.DataFrame, districts: pd.DataFrame) -> dict[str, str]:
    """Municipality code → 'Deventer (IJsselland)'."""
    names = district_names(districts)
    return {
        code: place_name(name, names.get(district, district))
        for code, name, district in zip(
            municipalities["municipality_code"],
            municipalities["name"],
            municipalities["district_code"],
            strict=True,
        )
    }


def theme_names(themes: pd.DataFrame) -> dict[str, str]:
    """Theme id → name, in the order of the themes mart."""
    return dict(zip(themes["theme_id"], themes["name"], strict=True))


def place_name(municipality: str, district: str) -> str:
    """('Deventer', 'IJsselland') → 'Deventer (IJsselland)'."""
    return f"{municipality} ({district})"


def label(labels: dict[str, str], value, unknown: str = frame_texts.UNKNOWN) -> str:
    """The Dutch label of a stored value; `unknown` when it is empty; else the value itself."""
    return unknown if value is None or pd.isna(value) else labels.get(value, str(value))


def known(value) -> str:
    """The value as text, or 'onbekend' when it is empty."""
    return frame_texts.UNKNOWN if value is None or pd.isna(value) else str(value)
