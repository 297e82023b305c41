"""Places as the pilot views name them: a municipality with its district."""

from __future__ import annotations

import pandas as pd

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


def place_name(municipality: str, district: str) -> str:
    """('Deventer', 'IJsselland') → 'Deventer (IJsselland)'."""
    return f"{municipality} ({district})"
