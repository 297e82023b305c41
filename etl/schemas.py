"""The data contract: one schema class per mart table (DESIGN §3), checked on write and on read."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pandera.pandas as pa
import shapely
from pandera.typing import Series

MUNICIPALITY_CODE = r"^GM\d{4}$"
DISTRICT_CODES = ("VR04", "VR05", "VR06", "VR07", "VR08")
PROVINCES = ("Gelderland", "Overijssel")


class _Strict:
    strict = True
    coerce = True


class MunicipalitiesTable(pa.DataFrameModel):
    """One row per municipality of Oost-Nederland."""

    municipality_code: Series[str] = pa.Field(unique=True, str_matches=MUNICIPALITY_CODE)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    province: Series[str] = pa.Field(isin=PROVINCES)
    district_code: Series[str] = pa.Field(isin=DISTRICT_CODES)
    inhabitants: Series[int] = pa.Field(ge=0)
    inhabitants_date: Series[pd.Timestamp]
    area_km2: Series[float] = pa.Field(gt=0)
    lat: Series[float] = pa.Field(in_range={"min_value": 50.7, "max_value": 53.6})
    lon: Series[float] = pa.Field(in_range={"min_value": 3.3, "max_value": 7.3})
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = _Strict


class DistrictsTable(pa.DataFrameModel):
    """One row per police district; the code is that of the coinciding safety region."""

    district_code: Series[str] = pa.Field(unique=True, isin=DISTRICT_CODES)
    name: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    safety_region: Series[str] = pa.Field(str_length={"min_value": 1})
    n_municipalities: Series[int] = pa.Field(ge=0)
    inhabitants: Series[int] = pa.Field(ge=0)
    reference_date: Series[pd.Timestamp]
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = _Strict


def _valid_polygons(frame: pd.DataFrame) -> Series[bool]:
    geometry = gpd.GeoSeries(frame["geometry"])
    is_area = geometry.geom_type.isin(["Polygon", "MultiPolygon"])
    return pd.Series(is_area & shapely.is_valid(geometry.values), index=frame.index)


class MunicipalityShapesTable(pa.DataFrameModel):
    """One display-simplified polygon per municipality, EPSG:4326."""

    municipality_code: Series[str] = pa.Field(unique=True, str_matches=MUNICIPALITY_CODE)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = False  # the geometry column is checked by the dataframe check below
        coerce = True

    @pa.dataframe_check(name="geldige_vlakken")
    @classmethod
    def polygons_are_valid(cls, frame: pd.DataFrame) -> Series[bool]:
        return _valid_polygons(frame)


class DistrictShapesTable(pa.DataFrameModel):
    """One polygon per district, dissolved from the municipalities, EPSG:4326."""

    district_code: Series[str] = pa.Field(unique=True, isin=DISTRICT_CODES)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = False
        coerce = True

    @pa.dataframe_check(name="geldige_vlakken")
    @classmethod
    def polygons_are_valid(cls, frame: pd.DataFrame) -> Series[bool]:
        return _valid_polygons(frame)


MART_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "municipalities": MunicipalitiesTable,
    "districts": DistrictsTable,
    "municipality_shapes": MunicipalityShapesTable,
    "district_shapes": DistrictShapesTable,
}
GEO_MARTS = frozenset({"municipality_shapes", "district_shapes"})
