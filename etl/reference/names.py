"""Names of places from the reference tables: district and municipality codes → Dutch names.

The one home for these lookups, for the ETL (workbook lists, rollups, demo data) and the dashboard.
"""

from __future__ import annotations

import pandas as pd


def district_names(districts: pd.DataFrame) -> dict[str, str]:
    """{'VR05': 'Twente', …} in the order of the districts mart."""
    return dict(zip(districts["district_code"], districts["name"], strict=True))


def municipality_names(municipalities: pd.DataFrame) -> dict[str, str]:
    """{'GM0200': 'Apeldoorn', …} in the order of the municipalities mart."""
    return dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True))


def district_codes_by_name(districts: pd.DataFrame) -> dict[str, str]:
    """{'Twente': 'VR05', …}: the reverse lookup, for registers that name a district."""
    return dict(zip(districts["name"], districts["district_code"], strict=True))
