"""The contributions of one year as the funding views read them: one row per municipality.

With demo data on, the marts hold a real and a demo row for the same municipality and year;
here the demo row takes the real row's place, so the two are never added up.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

DEFAULT_YEAR = 2020


def for_year(contributions: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of `year` by municipality code, a demo row in place of the real one (kept cheap:
    a page asks for it many times per run)."""
    rows = contributions[contributions["year"].to_numpy() == year]
    demo = rows["is_demo"].to_numpy(dtype=bool)
    if demo.any():
        codes = rows["municipality_code"]
        rows = rows[demo | ~codes.isin(set(codes.to_numpy()[demo])).to_numpy()]
    return rows.sort_values("municipality_code", ignore_index=True)


@dataclass(frozen=True)
class YearRows:
    """The effective contributions of one year: one row per municipality, demo in place of real.

    The views take this, not the raw mart, so none of them can add demo rows to real ones.
    """

    year: int
    rows: pd.DataFrame


def year_rows(contributions: pd.DataFrame, year: int) -> YearRows:
    return YearRows(year, for_year(contributions, year))


def year_options(contributions: pd.DataFrame) -> dict[str, str]:
    """The years with contributions, for a URL-bound select; 2020 (or the first) is the default."""
    years = sorted({int(year) for year in contributions["year"]})
    if DEFAULT_YEAR in years:
        years.remove(DEFAULT_YEAR)
        years.insert(0, DEFAULT_YEAR)
    return {str(year): str(year) for year in years}
