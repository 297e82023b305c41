"""Tiny literal frames shared by the tests of the funding views (dashboard.funding)."""

from __future__ import annotations

import pandas as pd

from dashboard.funding.rows import YearRows, year_rows

NBSP = "\xa0"
DAY = pd.Timestamp("2019-01-01")
DISTRICTS = pd.DataFrame({"district_code": ["VR04", "VR05"], "name": ["IJsselland", "Twente"]})
MUNICIPALITIES = pd.DataFrame(
    {
        "municipality_code": ["GM0001", "GM0002", "GM0003"],
        "name": ["Aadorp", "<b>Beekdal</b>", "Cronje"],
        "district_code": ["VR04", "VR04", "VR05"],
        "inhabitants": [1655, 237, 100_000],
    }
)


def row(code, year, expected, status, paid=None, demo=False, **extra):
    municipality = MUNICIPALITIES.set_index("municipality_code").loc[code]
    return {
        "municipality_code": code,
        "year": year,
        "name": municipality["name"],
        "district_code": municipality["district_code"],
        "inhabitants": municipality["inhabitants"],
        "inhabitants_date": DAY,
        "rate_eur": 0.07,
        "expected_eur": expected,
        "status": status,
        "paid_eur": paid,
        "paid_on": pd.Timestamp("2020-05-04") if paid is not None else pd.NaT,
        "note": extra.get("note"),
        "source": "test",
        "is_demo": demo,
    }


CONTRIBUTIONS = pd.DataFrame(
    [
        row("GM0001", 2020, 115.85, "gevraagd"),
        row("GM0002", 2020, 16.59, "gevraagd"),
        row("GM0003", 2020, 7000.0, "gevraagd"),
        row("GM0001", 2021, 115.85, "gevraagd"),
        row("GM0002", 2021, 16.59, "gevraagd"),
        row("GM0003", 2021, 7000.0, "gevraagd"),
        # Demo: three municipalities in 2020 further along; never added to the real rows.
        row("GM0001", 2020, 115.85, "betaald", paid=115.85, demo=True),
        row("GM0002", 2020, 16.59, "toegezegd", demo=True),
        row("GM0003", 2020, 7000.0, "gefactureerd", paid=3500.0, demo=True),
    ]
)
REAL = CONTRIBUTIONS[~CONTRIBUTIONS["is_demo"]]
BUDGET = pd.DataFrame(
    {
        "year": [2020, 2020, 2021],
        "category": ["coördinatie", "projecten", "coördinatie"],
        "amount_eur": [5000.0, 2500.0, 7000.0],
    }
)


def asked(contributions: pd.DataFrame, year: int) -> YearRows:
    return year_rows(contributions, year)


POSTS = pd.DataFrame(
    {
        "year": [2020, 2020],
        "category": ["coördinatie", "projecten"],
        "budget_eur": [5000.0, 2500.0],
        "share": [2 / 3, 1 / 3],
        "expected_eur": [4754.96, 2377.48],
        "difference_eur": [-245.04, -122.52],
    }
)
