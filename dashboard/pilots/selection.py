"""The pilot filters: what the sidebar offers, the choices as a Selection, the pilots it keeps.

A filter left empty lets everything through; an empty status or category is filtered as
'onbekend'. Pilots are kept in one order everywhere: by start date (unknown last), then by name.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.display import url_params
from dashboard.display.cells import sort_key
from dashboard.governance.bodies import Filter
from dashboard.governance.names import theme_names
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import district_names

ALL = url_params.ALL_VALUES
UNKNOWN = "onbekend"  # the filter value of an empty status or category
PERIOD_SELECTS = (
    (texts.PILOTS_FROM, url_params.FROM_YEAR),
    (texts.PILOTS_TO, url_params.TO_YEAR),
)
# Years a period filter always offers, so a shared link keeps working when the data changes.
FIRST_YEAR, LAST_YEAR = 2015, 2023


@dataclass(frozen=True)
class Selection:
    """The filters as chosen; an empty list or None lets everything through."""

    themes: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    first_year: int | None = None
    last_year: int | None = None


def filters(districts: pd.DataFrame, themes: pd.DataFrame) -> list[Filter]:
    """Theme, district, status and category (the order of `Selection`)."""
    statuses = {s: labels.PILOT_STATUS[s] for s in vocab.PILOT_STATUSES}
    categories = {c: labels.PILOT_CATEGORY[c] for c in vocab.PILOT_CATEGORIES}
    return [
        Filter(texts.PILOTS_FILTER_THEME, theme_names(themes), url_params.THEME),
        Filter(
            texts.PILOTS_FILTER_DISTRICT,
            district_names(districts.sort_values("district_code")),
            url_params.DISTRICT,
        ),
        Filter(
            texts.PILOTS_FILTER_STATUS,
            statuses | {UNKNOWN: frame_texts.UNKNOWN},
            url_params.STATUS,
        ),
        Filter(
            texts.PILOTS_FILTER_CATEGORY,
            categories | {UNKNOWN: texts.PILOTS_NO_CATEGORY},
            url_params.CATEGORY,
        ),
    ]


def year_options(pilots: pd.DataFrame, sites: pd.DataFrame, label_all: str) -> dict[str, str]:
    """'alle' first (the default), then every year from 2015 (or earlier data) to the last."""
    years = pd.concat(
        [pilots["start_date"].dt.year, pilots["end_date"].dt.year, sites["since"].dt.year]
    ).dropna()
    first = min(FIRST_YEAR, int(years.min())) if not years.empty else FIRST_YEAR
    last = max(LAST_YEAR, int(years.max())) if not years.empty else LAST_YEAR
    return {ALL: label_all} | {str(year): str(year) for year in range(first, last + 1)}


def selection(chosen: list[list[str]], first: str, last: str) -> Selection:
    """The sidebar's choices as a Selection; a reversed period is read the right way round."""
    years = [int(value) for value in (first, last) if value != ALL]
    first_year = int(first) if first != ALL else None
    last_year = int(last) if last != ALL else None
    if len(years) == 2:
        first_year, last_year = min(years), max(years)
    return Selection(*(tuple(values) for values in chosen), first_year, last_year)


def filter_pilots(
    pilots: pd.DataFrame,
    sites: pd.DataFrame,
    municipalities: pd.DataFrame,
    chosen: Selection,
) -> pd.DataFrame:
    """The pilots that pass every filter, by start date (unknown last), then by name.

    District: a pilot that started, was adopted or takes part in one of the districts, and a
    regional pilot of the whole region (`is_regional`), whose territory includes every district.
    Period: a pilot whose known run overlaps the years; one without a known start stays in,
    since it may have run then (the page says so).
    """
    keep = pd.Series(True, index=pilots.index)
    if chosen.themes:
        keep &= pilots["theme_id"].isin(chosen.themes)
    if chosen.statuses:
        keep &= pilots["status"].fillna(UNKNOWN).isin(chosen.statuses)
    if chosen.categories:
        keep &= pilots["category"].fillna(UNKNOWN).isin(chosen.categories)
    if chosen.districts:
        district_of = municipalities.set_index("municipality_code")["district_code"]
        inside = set(district_of[district_of.isin(chosen.districts)].index)
        in_sites = set(sites.loc[sites["municipality_code"].isin(inside), "pilot_id"])
        keep &= (
            pilots["origin_municipality_code"].isin(inside)
            | pilots["pilot_id"].isin(in_sites)
            | is_regional(pilots, sites)
        )
    if chosen.last_year is not None:
        keep &= ~(pilots["start_date"].dt.year > chosen.last_year)
    if chosen.first_year is not None:
        keep &= ~(pilots["end_date"].dt.year < chosen.first_year)
    return ordered(pilots[keep])


def is_regional(pilots: pd.DataFrame, sites: pd.DataFrame) -> pd.Series:
    """Pilots of the whole region: no municipality of origin and no site of their own (the rule
    of `dashboard.profile.pilots`, where a pilot without origin and sites covers the region)."""
    return pilots["origin_municipality_code"].isna() & ~pilots["pilot_id"].isin(sites["pilot_id"])


def ordered(pilots: pd.DataFrame) -> pd.DataFrame:
    """By start date (unknown last), then by name."""
    keys = pilots.assign(_name=pilots["name"].map(sort_key))
    keys = keys.sort_values(["start_date", "_name", "pilot_id"], na_position="last")
    return pilots.loc[keys.index].reset_index(drop=True)


def of_pilots(table: pd.DataFrame, pilots: pd.DataFrame) -> pd.DataFrame:
    """The rows of a sites or results table that belong to the given pilots."""
    return table[table["pilot_id"].isin(set(pilots["pilot_id"]))].reset_index(drop=True)


def period_note(chosen: Selection, pilots: pd.DataFrame) -> str | None:
    """When a period is chosen: how many of the shown pilots have no known start."""
    if chosen.first_year is None and chosen.last_year is None:
        return None
    undated = int(pilots["start_date"].isna().sum())
    return (
        texts.PILOTS_PERIOD_NOTE.format(pilots=dutch.count(undated, *texts.PILOT_WORDS))
        if undated
        else None
    )
