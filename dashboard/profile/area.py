"""Which municipalities a place covers: itself, its district's, or all of the region's."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.profile.place import Level, Place


@dataclass(frozen=True)
class Area:
    """The municipality codes of a place, of its district (the place itself for the region) and
    of the whole region, to tell local from district-wide and region-wide coverage."""

    codes: frozenset[str]
    district_codes: frozenset[str]
    region_codes: frozenset[str]


def area(municipalities: pd.DataFrame, place: Place) -> Area:
    codes = municipalities["municipality_code"]
    region = frozenset(codes)
    if place.level is Level.REGION:
        return Area(region, region, region)
    district = frozenset(codes[municipalities["district_code"] == place.district_code])
    if place.level is Level.DISTRICT:
        return Area(district, district, region)
    return Area(frozenset({place.municipality_code}), district, region)
