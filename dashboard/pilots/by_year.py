"""The pilots as they stood in one year: which ran, and where, by what the registers date.

A pilot runs at its origin from its start (the origin site's date, else the pilot's start
date); a pilot without either but with a dated adoption ran at its origin by that adoption's
year, since it was taken over from there. It has stopped after the year of its end date. A site
counts from the year of its `sinds`. What has no year is never placed on a guessed one: it is
counted, and the map says how many it leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from etl.contract import vocabulary as vocab
from etl.pilots.origins import origin_dates

ORIGIN, ADOPTER, _ = vocab.SITE_ROLES


@dataclass(frozen=True)
class YearPilots:
    """The pilots running in `year` and their sites by then; how many could not be placed."""

    year: int
    pilots: pd.DataFrame
    sites: pd.DataFrame
    undated_pilots: int  # no start and no dated adoption: in no year
    undated_sites: int  # sites of running pilots without a `sinds`


def start_years(pilots: pd.DataFrame, sites: pd.DataFrame) -> dict[str, int]:
    """The year each pilot is known to run at its origin (see the module); undated left out."""
    started = {pilot: date.year for pilot, date in origin_dates(sites, pilots).items()}
    adopted = sites[(sites["role"] == ADOPTER) & sites["since"].notna()]
    for pilot, since in adopted.groupby("pilot_id")["since"].min().items():
        started.setdefault(pilot, since.year)
    return {pilot: started[pilot] for pilot in pilots["pilot_id"] if pilot in started}


def known_years(pilots: pd.DataFrame, sites: pd.DataFrame) -> list[int]:
    """Every year the pilot registers date something in: a start, an adoption or an end."""
    dated = sites[sites["pilot_id"].isin(set(pilots["pilot_id"]))]["since"].dropna()
    years = set(start_years(pilots, sites).values()) | {date.year for date in dated}
    years |= {date.year for date in pilots["end_date"].dropna()}
    return sorted(int(year) for year in years)


def in_year(pilots: pd.DataFrame, sites: pd.DataFrame, year: int) -> YearPilots:
    """The pilots running in `year` (started by then, not ended before) and their sites dated
    by then; an origin site without a date counts from its pilot's start."""
    started = start_years(pilots, sites)
    start = pilots["pilot_id"].map(started)
    ended = pilots["end_date"].dt.year < year
    running = pilots[(start <= year) & ~ended.fillna(False).astype(bool)]
    ours = sites[sites["pilot_id"].isin(set(running["pilot_id"]))]
    since = ours["since"].dt.year.where(
        ours["since"].notna() | (ours["role"] != ORIGIN), ours["pilot_id"].map(started)
    )
    return YearPilots(
        year,
        running,
        ours[since <= year],
        undated_pilots=int(start.isna().sum()),
        undated_sites=int(since.isna().sum()),
    )
