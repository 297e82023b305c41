"""The pilot marts (issue 4): dates and amounts the sources do not give stay empty."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from etl.contract import vocabulary as vocab
from etl.contract.base import (
    AMOUNTS_EUR,
    IDENTIFIER,
    MEASURES,
    MUNICIPALITY_CODE,
    NOT_EMPTY,
    StrictTable,
    text_list,
    text_lists_check,
)


class PilotsTable(StrictTable):
    """One row per pilot; demo rows carry `is_demo`."""

    pilot_id: Series[str] = pa.Field(unique=True, str_matches=IDENTIFIER)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    theme_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    category: Series[str] = pa.Field(nullable=True, isin=vocab.PILOT_CATEGORIES)
    lead_organisation: Series[str] = pa.Field(nullable=True)
    origin_municipality_code: Series[str] = pa.Field(nullable=True, str_matches=MUNICIPALITY_CODE)
    start_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    end_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(nullable=True, isin=vocab.PILOT_STATUSES)
    subsidy_eur: Series[float] = pa.Field(nullable=True, in_range=AMOUNTS_EUR)
    partners: Series[object] = text_list()
    funders: Series[object] = text_list()
    description: Series[str] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    is_demo: Series[bool]

    lists_of_text = text_lists_check("partners", "funders")


class PilotSitesTable(StrictTable):
    """One row per pilot and municipality: where it started, who adopted it, who took part."""

    pilot_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    role: Series[str] = pa.Field(isin=vocab.SITE_ROLES)
    since: Series[pd.Timestamp] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    is_demo: Series[bool]

    class Config:
        unique = ("pilot_id", "municipality_code")


class PilotResultsTable(StrictTable):
    """One row per reported result: a number and/or the result in words."""

    pilot_id: Series[str] = pa.Field(str_matches=IDENTIFIER)
    indicator: Series[str] = pa.Field(str_length=NOT_EMPTY)
    value: Series[float] = pa.Field(nullable=True, in_range=MEASURES)
    value_text: Series[str] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(nullable=True)
    measured_on: Series[pd.Timestamp] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    is_demo: Series[bool]

    class Config:
        unique = ("pilot_id", "indicator")


PILOT_MARTS: dict[str, type[pa.DataFrameModel]] = {
    "pilots": PilotsTable,
    "pilot_sites": PilotSitesTable,
    "pilot_results": PilotResultsTable,
}
