"""The reference marts: the municipalities of Oost-Nederland and its police districts."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from etl.contract.base import DISTRICT_CODES, MUNICIPALITY_CODE, NOT_EMPTY, StrictTable

PROVINCES = ("Gelderland", "Overijssel")


class MunicipalitiesTable(StrictTable):
    """One row per municipality of Oost-Nederland."""

    municipality_code: Series[str] = pa.Field(unique=True, str_matches=MUNICIPALITY_CODE)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    province: Series[str] = pa.Field(isin=PROVINCES)
    district_code: Series[str] = pa.Field(isin=DISTRICT_CODES)
    inhabitants: Series[int] = pa.Field(ge=0)
    inhabitants_date: Series[pd.Timestamp]
    area_km2: Series[float] = pa.Field(gt=0)
    lat: Series[float] = pa.Field(in_range={"min_value": 50.7, "max_value": 53.6})
    lon: Series[float] = pa.Field(in_range={"min_value": 3.3, "max_value": 7.3})
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


class DistrictsTable(StrictTable):
    """One row per police district; the code is that of the coinciding safety region."""

    district_code: Series[str] = pa.Field(unique=True, isin=DISTRICT_CODES)
    name: Series[str] = pa.Field(unique=True, str_length=NOT_EMPTY)
    safety_region: Series[str] = pa.Field(str_length=NOT_EMPTY)
    n_municipalities: Series[int] = pa.Field(ge=0)
    inhabitants: Series[int] = pa.Field(ge=0)
    reference_date: Series[pd.Timestamp]
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


REFERENCE_MARTS: dict[str, type[pa.DataFrameModel]] = {
    "municipalities": MunicipalitiesTable,
    "districts": DistrictsTable,
}
