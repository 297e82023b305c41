"""For which place the what-if is reckoned: the whole region, a district or a municipality.

The choice is a URL value (`?wat_als=VR05`, `?wat_als=GM0150`); the region is the default.
"""

from __future__ import annotations

import pandas as pd

from dashboard.profile.area import area
from dashboard.profile.place import REGION, Place, resolve
from dashboard.texts import financiering as texts
from etl.reference.names import district_names

REGION_CHOICE = "regio"


def place_options(municipalities: pd.DataFrame, districts: pd.DataFrame) -> dict[str, str]:
    """The region, then each district followed by its municipalities, with Dutch labels."""
    options = {REGION_CHOICE: texts.FUNDING_WHATIF_REGION}
    for code, name in district_names(districts).items():
        options[code] = texts.FUNDING_WHATIF_DISTRICT.format(district=name)
        ours = municipalities[municipalities["district_code"] == code].sort_values("name")
        for municipality, town in zip(ours["municipality_code"], ours["name"], strict=True):
            options[municipality] = texts.FUNDING_WHATIF_MUNICIPALITY.format(
                municipality=town, district=name
            )
    return options


def chosen_place(choice: str, municipalities: pd.DataFrame, districts: pd.DataFrame) -> Place:
    """The place of an option of `place_options` (a CBS code, or the region)."""
    if choice == REGION_CHOICE:
        return REGION
    is_municipality = choice in set(municipalities["municipality_code"])
    district, municipality = (None, choice) if is_municipality else (choice, None)
    return resolve(district, municipality, municipalities, districts).place


def place_codes(municipalities: pd.DataFrame, place: Place) -> frozenset[str]:
    """The municipality codes the what-if of `place` is reckoned over."""
    return area(municipalities, place).codes
