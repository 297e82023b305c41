"""What a place is asked, has committed and has paid per year, beside the network's budget.

Sums are whole cents over the place's municipalities; with demo data on, a municipality's demo
row takes the place of its real row (`for_year`), so the two are never added up.
"""

from __future__ import annotations

import pandas as pd

from dashboard.funding.amounts import sum_cents, year_budget_cents
from dashboard.funding.rows import for_year
from dashboard.profile.model import FundingYear
from dashboard.texts import profiel as texts
from etl.contract.vocabulary import COMMITTED_STATUSES
from etl.core import dutch


def funding_years(
    contributions: pd.DataFrame, budget_lines: pd.DataFrame, codes: frozenset[str]
) -> tuple[FundingYear, ...]:
    """One `FundingYear` per year with contributions of the place's municipalities."""
    years = sorted({int(year) for year in contributions["year"]})
    lines = []
    for year in years:
        rows = for_year(contributions, year)
        rows = rows[rows["municipality_code"].isin(codes)]
        if rows.empty:
            continue
        committed = rows[rows["status"].isin(COMMITTED_STATUSES)]
        lines.append(
            FundingYear(
                year=year,
                asked_cents=sum_cents(rows["expected_eur"]),
                committed_cents=sum_cents(committed["expected_eur"]),
                paid_cents=sum_cents(rows["paid_eur"]),
                budget_cents=year_budget_cents(budget_lines, year),
                n_municipalities=len(rows),
                includes_demo=bool(rows["is_demo"].any()) if "is_demo" in rows else False,
            )
        )
    return tuple(lines)


def funding_notes(funding: tuple[FundingYear, ...], place_name: str) -> tuple[str, ...]:
    """A plain note when the register records no commitment or payment for the place at all:
    the zeros then mean 'not recorded', which the reader should know."""
    if funding and not any(year.committed_cents or year.paid_cents for year in funding):
        return (texts.NOTE_NO_COMMITMENTS.format(place=place_name, zero=dutch.euro_cents(0)),)
    return ()
