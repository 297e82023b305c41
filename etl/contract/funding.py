"""The funding marts (DESIGN §3): budget, rate, contribution status, in-kind and derived marts.

Money is stored in euro with at most two decimals (whole cents); the arithmetic that makes the
derived marts works in integer cents (`etl.funding.amounts`), so no float error reaches a total.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from etl.contract import vocabulary as vocab
from etl.contract.base import (
    AMOUNTS_EUR,
    DISTRICT_CODES,
    FTES,
    MUNICIPALITY_CODE,
    NOT_EMPTY,
    RATES_EUR,
    WHOLE_CENTS,
    YEARS,
    StrictTable,
    whole_cents,
)


class BudgetLinesTable(StrictTable):
    """One row per year and budget category: what the network needs (begroting.csv)."""

    year: Series[int] = pa.Field(in_range=YEARS)
    category: Series[str] = pa.Field(isin=vocab.BUDGET_CATEGORIES)
    amount_eur: Series[float] = pa.Field(in_range=AMOUNTS_EUR)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)

    class Config:
        unique = ("year", "category")

    @pa.check("amount_eur", name=WHOLE_CENTS)
    @classmethod
    def cents(cls, values: Series[float]) -> Series[bool]:
        return whole_cents(values)


class ContributionRatesTable(StrictTable):
    """One row per year: the contribution per inhabitant and the population date it uses."""

    year: Series[int] = pa.Field(unique=True, in_range=YEARS)
    rate_eur: Series[float] = pa.Field(in_range=RATES_EUR)
    population_date: Series[pd.Timestamp]
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


class ContributionStatusesTable(StrictTable):
    """One row per municipality and year: status and payment, as bijdragen.csv says."""

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    name: Series[str] = pa.Field(nullable=True)
    year: Series[int] = pa.Field(in_range=YEARS)
    status: Series[str] = pa.Field(isin=vocab.CONTRIBUTION_STATUSES)
    paid_eur: Series[float] = pa.Field(nullable=True, in_range=AMOUNTS_EUR)
    paid_on: Series[pd.Timestamp] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    is_demo: Series[bool]

    class Config:
        unique = ("municipality_code", "year", "is_demo")

    @pa.check("paid_eur", name=WHOLE_CENTS)
    @classmethod
    def cents(cls, values: Series[float]) -> Series[bool]:
        return whole_cents(values)


class InKindContributionsTable(StrictTable):
    """One row per partner and year (and district, for capacity given per district): fte."""

    partner: Series[str] = pa.Field(str_length=NOT_EMPTY)
    year: Series[int] = pa.Field(in_range=YEARS)
    district_code: Series[str] = pa.Field(nullable=True, isin=DISTRICT_CODES)
    fte: Series[float] = pa.Field(in_range=FTES)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)

    class Config:
        unique = ("partner", "year", "district_code")


class ContributionsTable(StrictTable):
    """One row per municipality and year: expected = inhabitants × rate, rounded to cents.

    Real rows for every municipality and year of the rate register; demo rows (`is_demo`) only
    where the demo register has a status, to be shown instead of the real row, never added to it.
    """

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    year: Series[int] = pa.Field(in_range=YEARS)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    district_code: Series[str] = pa.Field(isin=DISTRICT_CODES)
    inhabitants: Series[int] = pa.Field(ge=0)
    inhabitants_date: Series[pd.Timestamp]
    rate_eur: Series[float] = pa.Field(ge=0)
    expected_eur: Series[float] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=vocab.CONTRIBUTION_STATUSES)
    paid_eur: Series[float] = pa.Field(nullable=True, ge=0)
    paid_on: Series[pd.Timestamp] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)
    is_demo: Series[bool]

    class Config:
        unique = ("municipality_code", "year", "is_demo")

    @pa.check("expected_eur", "paid_eur", name=WHOLE_CENTS)
    @classmethod
    def cents(cls, values: Series[float]) -> Series[bool]:
        return whole_cents(values)


class ContributionRollupsTable(StrictTable):
    """Expected contributions per year, summed per district and for the whole network."""

    year: Series[int] = pa.Field(in_range=YEARS)
    level: Series[str] = pa.Field(isin=vocab.ROLLUP_LEVELS)
    district_code: Series[str] = pa.Field(nullable=True, isin=DISTRICT_CODES)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    n_municipalities: Series[int] = pa.Field(ge=0)
    inhabitants: Series[int] = pa.Field(ge=0)
    expected_eur: Series[float] = pa.Field(ge=0)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)

    class Config:
        unique = ("year", "level", "district_code")


class BudgetComparisonTable(StrictTable):
    """One row per year: expected contributions against the budget."""

    year: Series[int] = pa.Field(unique=True, in_range=YEARS)
    budget_eur: Series[float] = pa.Field(ge=0)
    expected_eur: Series[float] = pa.Field(ge=0)
    difference_eur: Series[float]  # expected − budget: negative is a shortfall
    coverage: Series[float] = pa.Field(nullable=True, ge=0)  # expected / budget
    outcome: Series[str] = pa.Field(isin=vocab.OUTCOMES)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


class BudgetCategoryComparisonTable(StrictTable):
    """One row per year and category: the expected contributions shared out pro rata."""

    year: Series[int] = pa.Field(in_range=YEARS)
    category: Series[str] = pa.Field(isin=vocab.BUDGET_CATEGORIES)
    budget_eur: Series[float] = pa.Field(ge=0)
    share: Series[float] = pa.Field(in_range={"min_value": 0, "max_value": 1})
    expected_eur: Series[float] = pa.Field(ge=0)
    difference_eur: Series[float]
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)

    class Config:
        unique = ("year", "category")


class FormerFundersTable(StrictTable):
    """The funders of 2015–2019, derived: the Q&A only says "de 7 grootste gemeenten"."""

    municipality_code: Series[str] = pa.Field(unique=True, str_matches=MUNICIPALITY_CODE)
    name: Series[str] = pa.Field(str_length=NOT_EMPTY)
    district_code: Series[str] = pa.Field(isin=DISTRICT_CODES)
    rank: Series[int] = pa.Field(ge=1)
    inhabitants: Series[int] = pa.Field(ge=0)
    inhabitants_date: Series[pd.Timestamp]
    period: Series[str] = pa.Field(str_length=NOT_EMPTY)
    is_derived: Series[bool]
    basis: Series[str] = pa.Field(str_length=NOT_EMPTY)
    source: Series[str] = pa.Field(str_length=NOT_EMPTY)


FUNDING_MARTS: dict[str, type[pa.DataFrameModel]] = {
    "budget_lines": BudgetLinesTable,
    "contribution_rates": ContributionRatesTable,
    "contribution_statuses": ContributionStatusesTable,
    "in_kind_contributions": InKindContributionsTable,
    "contributions": ContributionsTable,
    "contribution_rollups": ContributionRollupsTable,
    "budget_comparison": BudgetComparisonTable,
    "budget_category_comparison": BudgetCategoryComparisonTable,
    "former_funders": FormerFundersTable,
}
