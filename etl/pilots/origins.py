"""When each pilot started where it began: the date an adoption is measured from (the ETL checks
adoptions against it, the pilot pages count years since it). Plain frames, no contract."""

from __future__ import annotations

import pandas as pd

from etl.contract import vocabulary as vocab

ORIGIN = vocab.SITE_ROLES[0]


def origin_dates(sites: pd.DataFrame, pilots: pd.DataFrame) -> dict[str, pd.Timestamp]:
    """When each pilot started in its origin: the origin site's date, else the pilot's start.

    Pilots of which neither is known are left out: an adoption cannot be checked against them.
    """
    origins = sites[sites["role"] == ORIGIN].dropna(subset=["since"])
    dated = dict(zip(origins["pilot_id"], origins["since"], strict=True))
    for pilot, start in zip(pilots["pilot_id"], pilots["start_date"], strict=True):
        if pilot not in dated and pd.notna(start):
            dated[pilot] = start
    return dated
