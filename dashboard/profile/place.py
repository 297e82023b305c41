"""The one place choice of the app: the region, a district, or a municipality in its district.

The choice lives in the URL (`?district=VR06&gemeente=GM0200`) on every page. This module turns
those codes into a `Place` and back, against the reference marts; it knows no Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from dashboard.display import url_params
from dashboard.texts import frame as texts
from etl.reference.names import district_names

REGION_NAME = "Oost-Nederland"


class Level(StrEnum):
    REGION = "regio"
    DISTRICT = "district"
    MUNICIPALITY = "gemeente"


@dataclass(frozen=True)
class Place:
    """A chosen place; a municipality always carries its district."""

    level: Level
    name: str
    district_code: str | None = None
    district_name: str | None = None
    municipality_code: str | None = None

    @property
    def code(self) -> str | None:
        """The CBS code of the place itself (None for the region)."""
        return self.municipality_code or self.district_code

    @property
    def parent(self) -> Place | None:
        """One level up: municipality → its district → the region → None."""
        if self.level is Level.MUNICIPALITY:
            name = self.district_name or ""
            return Place(Level.DISTRICT, name, self.district_code, self.district_name)
        if self.level is Level.DISTRICT:
            return REGION
        return None

    @property
    def trail(self) -> tuple[Place, ...]:
        """From the region down to this place, for the breadcrumb."""
        return (*(self.parent.trail if self.parent else ()), self)

    def params(self) -> dict[str, str]:
        """The URL parameters that restore this place (`district`, `gemeente`)."""
        shown = {}
        if self.district_code:
            shown[url_params.DISTRICT] = self.district_code
        if self.municipality_code:
            shown[url_params.MUNICIPALITY] = self.municipality_code
        return shown


REGION = Place(Level.REGION, REGION_NAME)


@dataclass(frozen=True)
class Resolved:
    """The place the codes name, and what was wrong with them (a Dutch note per problem)."""

    place: Place
    problems: tuple[str, ...] = ()


def resolve(
    district_code: str | None,
    municipality_code: str | None,
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
) -> Resolved:
    """The place for the URL's codes. A municipality decides its district (a district code that
    disagrees is corrected); an unknown code falls back one level, with a note."""
    problems: list[str] = []
    names = district_names(districts)
    if municipality_code:
        row = municipalities.loc[municipalities["municipality_code"] == municipality_code]
        if len(row):
            code = str(row["district_code"].iloc[0])
            if district_code and district_code != code:
                problems.append(texts.PLACE_DISTRICT_CORRECTED.format(value=district_code))
            name = str(row["name"].iloc[0])
            place = Place(Level.MUNICIPALITY, name, code, names.get(code), municipality_code)
            return Resolved(place, tuple(problems))
        problems.append(texts.PLACE_UNKNOWN_MUNICIPALITY.format(value=municipality_code))
    if district_code and district_code != url_params.ALL_VALUES:
        if district_code in names:
            return Resolved(
                Place(Level.DISTRICT, names[district_code], district_code, names[district_code]),
                tuple(problems),
            )
        problems.append(texts.PLACE_UNKNOWN_DISTRICT.format(value=district_code))
    return Resolved(REGION, tuple(problems))


def url_codes(params: Mapping[str, Sequence[str]]) -> tuple[str | None, str | None]:
    """The district and municipality codes that the URL's parameters name. Several districts
    (a page's district filter) name no single district, and then no municipality either."""
    districts = list(params.get(url_params.DISTRICT, ()))
    municipalities = list(params.get(url_params.MUNICIPALITY, ()))
    if len(districts) > 1:
        return None, None
    return (districts[0] if districts else None), (municipalities[0] if municipalities else None)


def after_click(
    properties: Mapping[str, str],
    current: Place,
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
) -> Place | None:
    """The place a click on the map chooses, or None when it changes nothing.

    A municipality chooses itself; a district outline chooses its district, or, clicked on the
    district already chosen, goes one level up to the region.
    """
    code, district = properties.get("code"), properties.get("district_code")
    if code:
        target = resolve(None, code, municipalities, districts).place
    elif district and current.level is Level.DISTRICT and current.district_code == district:
        target = REGION
    elif district:
        target = resolve(district, None, municipalities, districts).place
    else:
        return None
    return None if target == current else target
