"""The map marts: one display-simplified polygon per municipality and per district, EPSG:4326."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pandera.pandas as pa
import shapely
from pandera.typing import Series
from pandera.typing.geopandas import GeoSeries

from etl.contract.base import (
    DISTRICT_CODES,
    MUNICIPALITY_CODE,
    NOT_EMPTY,
    VALID_POLYGONS,
    StrictTable,
)


def _valid_polygons(frame: pd.DataFrame) -> Series[bool]:
    geometry = gpd.GeoSeries(frame["geometry"])
    is_area = geometry.geom_type.isin(["Polygon", "MultiPolygon"])
    return pd.Series(is_area & shapely.is_valid(geometry.values), index=frame.index)


class MunicipalityShapesTable(StrictTable):
    """One display-simplified polygon per municipality, EPSG:4326."""

    municipality_code: Series[str] = pa.Field(unique=True, str_matches=MUNICIPALITY_CODE)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    geometry: GeoSeries  # checked as a whole by the dataframe check below

    @pa.dataframe_check(name=VALID_POLYGONS)
    @classmethod
    def polygons_are_valid(cls, frame: pd.DataFrame) -> Series[bool]:
        return _valid_polygons(frame)


class DistrictShapesTable(StrictTable):
    """One polygon per district, dissolved from the municipalities, EPSG:4326."""

    district_code: Series[str] = pa.Field(unique=True, isin=DISTRICT_CODES)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    geometry: GeoSeries

    @pa.dataframe_check(name=VALID_POLYGONS)
    @classmethod
    def polygons_are_valid(cls, frame: pd.DataFrame) -> Series[bool]:
        return _valid_polygons(frame)


GEO_MART_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "municipality_shapes": MunicipalityShapesTable,
    "district_shapes": DistrictShapesTable,
}
