"""The data contract: one schema class per mart table (DESIGN §3), checked on write and on read."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pandera.pandas as pa
import shapely
from pandera.typing import Series

from etl.contract import vocabulary as vocab

MUNICIPALITY_CODE = r"^GM\d{4}$"
DISTRICT_CODES = ("VR04", "VR05", "VR06", "VR07", "VR08")
PROVINCES = ("Gelderland", "Overijssel")
IDENTIFIER = r"^[a-z0-9][a-z0-9_-]*$"


class StrictConfig:
    """Only the declared columns, each cast to its declared type."""

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

    Config = StrictConfig


class DistrictsTable(pa.DataFrameModel):
    """One row per police district; the code is that of the coinciding safety region."""

    district_code: Series[str] = pa.Field(unique=True, isin=DISTRICT_CODES)
    name: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    safety_region: Series[str] = pa.Field(str_length={"min_value": 1})
    n_municipalities: Series[int] = pa.Field(ge=0)
    inhabitants: Series[int] = pa.Field(ge=0)
    reference_date: Series[pd.Timestamp]
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig


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


def _text_lists(values: pd.Series) -> pd.Series:
    return values.map(lambda cell: isinstance(cell, list) and all(isinstance(v, str) for v in cell))


def lists_from_parquet(frame: pd.DataFrame) -> pd.DataFrame:
    """Parquet gives list cells back as numpy arrays; make them lists again."""
    columns = [
        column
        for column in frame.columns
        if frame[column].dtype == object and frame[column].map(type).eq(np.ndarray).any()
    ]
    return frame.assign(**{column: frame[column].map(list) for column in columns})


class BodiesTable(pa.DataFrameModel):
    """One row per governance body ("overleg"), function or organisation of the network."""

    body_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    body_type: Series[str] = pa.Field(isin=vocab.BODY_TYPES)
    kind: Series[str] = pa.Field(nullable=True, isin=vocab.KINDS)
    level: Series[str] = pa.Field(isin=vocab.LEVELS)
    district_code: Series[str] = pa.Field(nullable=True, isin=DISTRICT_CODES)
    chair: Series[str] = pa.Field(nullable=True)
    members: Series[object] = pa.Field(nullable=False)
    role: Series[str] = pa.Field(nullable=True)
    mandate_type: Series[str] = pa.Field(nullable=True, isin=vocab.MANDATE_TYPES)
    mandate: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(nullable=True, isin=vocab.BODY_STATUSES)
    maturity: Series[str] = pa.Field(nullable=True, isin=vocab.MATURITIES)
    themes: Series[object] = pa.Field(nullable=False)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig

    @pa.check("members", "themes", name="tekstlijst")
    @classmethod
    def lists_of_text(cls, values: Series[object]) -> Series[bool]:
        return _text_lists(values)


class BodyRelationsTable(pa.DataFrameModel):
    """One row per directed relation between two bodies."""

    source_body_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    target_body_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    relation: Series[str] = pa.Field(isin=vocab.RELATIONS)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
        unique = ("source_body_id", "target_body_id", "relation")


class ThemesTable(pa.DataFrameModel):
    """One row per theme of the Veiligheidsstrategie."""

    theme_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    portfolio_holder: Series[str] = pa.Field(nullable=True)
    expert_team_body_id: Series[str] = pa.Field(nullable=True, str_matches=IDENTIFIER)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig


class WorkplanTable(pa.DataFrameModel):
    """One row per activity of the work programme."""

    activity_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    theme_id: Series[str] = pa.Field(nullable=True, str_matches=IDENTIFIER)
    start_year: Series[int] = pa.Field(in_range={"min_value": 2000, "max_value": 2100})
    end_year: Series[int] = pa.Field(in_range={"min_value": 2000, "max_value": 2100})
    status: Series[str] = pa.Field(isin=vocab.ACTIVITY_STATUSES)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig


# Pilots (issue 4). Dates and amounts the sources do not give stay empty, never invented.
class PilotsTable(pa.DataFrameModel):
    """One row per pilot; demo rows carry `is_demo`."""

    pilot_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    theme_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    category: Series[str] = pa.Field(nullable=True, isin=vocab.PILOT_CATEGORIES)
    lead_organisation: Series[str] = pa.Field(nullable=True)
    origin_municipality_code: Series[str] = pa.Field(nullable=True, str_matches=MUNICIPALITY_CODE)
    start_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    end_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(nullable=True, isin=vocab.PILOT_STATUSES)
    subsidy_eur: Series[float] = pa.Field(nullable=True, ge=0)
    partners: Series[object] = pa.Field(nullable=False)
    funders: Series[object] = pa.Field(nullable=False)
    description: Series[str] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    is_demo: Series[bool]

    Config = StrictConfig

    @pa.check("partners", "funders", name="tekstlijst")
    @classmethod
    def lists_of_text(cls, values: Series[object]) -> Series[bool]:
        return _text_lists(values)


class PilotSitesTable(pa.DataFrameModel):
    """One row per pilot and municipality: where it started, who adopted it, who took part."""

    pilot_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    role: Series[str] = pa.Field(isin=vocab.SITE_ROLES)
    since: Series[pd.Timestamp] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    is_demo: Series[bool]

    class Config:
        strict = True
        coerce = True
        unique = ("pilot_id", "municipality_code")


class PilotResultsTable(pa.DataFrameModel):
    """One row per reported result: a number and/or the result in words."""

    pilot_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    indicator: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[float] = pa.Field(nullable=True)
    value_text: Series[str] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(nullable=True)
    measured_on: Series[pd.Timestamp] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    is_demo: Series[bool]

    class Config:
        strict = True
        coerce = True
        unique = ("pilot_id", "indicator")


MART_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "municipalities": MunicipalitiesTable,
    "districts": DistrictsTable,
    "municipality_shapes": MunicipalityShapesTable,
    "district_shapes": DistrictShapesTable,
    "bodies": BodiesTable,
    "body_relations": BodyRelationsTable,
    "themes": ThemesTable,
    "workplan": WorkplanTable,
    "pilots": PilotsTable,
    "pilot_sites": PilotSitesTable,
    "pilot_results": PilotResultsTable,
}
GEO_MARTS = frozenset({"municipality_shapes", "district_shapes"})

# The funding contract lives in its own module, which uses the patterns above and adds its
# tables to MART_SCHEMAS when imported; importing it here completes the registry either way.
from etl.contract import funding as funding_schemas  # noqa: E402, F401
