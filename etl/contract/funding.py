"""The funding contract (DESIGN §3): budget, rate, contribution status, in-kind and derived marts.

Money is stored in euro with at most two decimals (whole cents); the arithmetic that makes the
derived marts works in integer cents (`etl.funding.registers`), so no float error reaches a total.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from etl.contract.schemas import DISTRICT_CODES, MART_SCHEMAS, MUNICIPALITY_CODE, StrictConfig

# The four budget categories of the Q&A (vraag 3), in its order.
BUDGET_CATEGORIES = ("coördinatie", "communicatie/administratie", "intelligence", "projecten")
# Where a municipality's contribution stands; `onbekend` when the register does not say.
CONTRIBUTION_STATUSES = (
    "gevraagd", "toegezegd", "gefactureerd", "betaald", "afgewezen", "onbekend",
)  # fmt: skip
# Statuses in which a municipality has said yes (committed), from promise to payment.
COMMITTED_STATUSES = ("toegezegd", "gefactureerd", "betaald")
OUTCOMES = ("gedekt", "tekort", "overschot")  # expected contributions against the budget
ROLLUP_LEVELS = ("district", "netwerk")
YEARS = {"min_value": 2000, "max_value": 2100}
WHOLE_CENTS = "hele_centen"  # name of the check; its Dutch message is in etl.contract.validation


def _whole_cents(values: Series[float]) -> Series[bool]:
    cents = values * 100
    return values.isna() | np.isclose(cents, cents.round(), rtol=0, atol=1e-6)


class BudgetLinesTable(pa.DataFrameModel):
    """One row per year and budget category: what the network needs (begroting.csv)."""

    year: Series[int] = pa.Field(in_range=YEARS)
    category: Series[str] = pa.Field(isin=BUDGET_CATEGORIES)
    amount_eur: Series[float] = pa.Field(ge=0)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
        unique = ("year", "category")

    @pa.check("amount_eur", name=WHOLE_CENTS)
    @classmethod
    def cents(cls, values: Series[float]) -> Series[bool]:
        return _whole_cents(values)


class ContributionRatesTable(pa.DataFrameModel):
    """One row per year: the contribution per inhabitant and the population date it uses."""

    year: Series[int] = pa.Field(unique=True, in_range=YEARS)
    rate_eur: Series[float] = pa.Field(ge=0)
    population_date: Series[pd.Timestamp]
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig


class ContributionStatusesTable(pa.DataFrameModel):
    """One row per municipality and year: status and payment, as bijdragen.csv says."""

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    name: Series[str] = pa.Field(nullable=True)
    year: Series[int] = pa.Field(in_range=YEARS)
    status: Series[str] = pa.Field(isin=CONTRIBUTION_STATUSES)
    paid_eur: Series[float] = pa.Field(nullable=True, ge=0)
    paid_on: Series[pd.Timestamp] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    is_demo: Series[bool]

    class Config:
        strict = True
        coerce = True
        unique = ("municipality_code", "year", "is_demo")

    @pa.check("paid_eur", name=WHOLE_CENTS)
    @classmethod
    def cents(cls, values: Series[float]) -> Series[bool]:
        return _whole_cents(values)


class InKindContributionsTable(pa.DataFrameModel):
    """One row per partner and year (and district, for capacity given per district): fte."""

    partner: Series[str] = pa.Field(str_length={"min_value": 1})
    year: Series[int] = pa.Field(in_range=YEARS)
    district_code: Series[str] = pa.Field(nullable=True, isin=DISTRICT_CODES)
    fte: Series[float] = pa.Field(ge=0)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
        unique = ("partner", "year", "district_code")


class ContributionsTable(pa.DataFrameModel):
    """One row per municipality and year: expected = inhabitants × rate, rounded to cents.

    Real rows for every municipality and year of the rate register; demo rows (`is_demo`) only
    where the demo register has a status, to be shown instead of the real row, never added to it.
    """

    municipality_code: Series[str] = pa.Field(str_matches=MUNICIPALITY_CODE)
    year: Series[int] = pa.Field(in_range=YEARS)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    district_code: Series[str] = pa.Field(isin=DISTRICT_CODES)
    inhabitants: Series[int] = pa.Field(ge=0)
    inhabitants_date: Series[pd.Timestamp]
    rate_eur: Series[float] = pa.Field(ge=0)
    expected_eur: Series[float] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=CONTRIBUTION_STATUSES)
    paid_eur: Series[float] = pa.Field(nullable=True, ge=0)
    paid_on: Series[pd.Timestamp] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)
    source: Series[str] = pa.Field(str_length={"min_value": 1})
    is_demo: Series[bool]

    class Config:
        strict = True
        coerce = True
        unique = ("municipality_code", "year", "is_demo")

    @pa.check("expected_eur", "paid_eur", name=WHOLE_CENTS)
    @classmethod
    def cents(cls, values: Series[float]) -> Series[bool]:
        return _whole_cents(values)


class ContributionRollupsTable(pa.DataFrameModel):
    """Expected contributions per year, summed per district and for the whole network."""

    year: Series[int] = pa.Field(in_range=YEARS)
    level: Series[str] = pa.Field(isin=ROLLUP_LEVELS)
    district_code: Series[str] = pa.Field(nullable=True, isin=DISTRICT_CODES)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    n_municipalities: Series[int] = pa.Field(ge=0)
    inhabitants: Series[int] = pa.Field(ge=0)
    expected_eur: Series[float] = pa.Field(ge=0)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
        unique = ("year", "level", "district_code")


class BudgetComparisonTable(pa.DataFrameModel):
    """One row per year: expected contributions against the budget."""

    year: Series[int] = pa.Field(unique=True, in_range=YEARS)
    budget_eur: Series[float] = pa.Field(ge=0)
    expected_eur: Series[float] = pa.Field(ge=0)
    difference_eur: Series[float]  # expected − budget: negative is a shortfall
    coverage: Series[float] = pa.Field(nullable=True, ge=0)  # expected / budget
    outcome: Series[str] = pa.Field(isin=OUTCOMES)
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig


class BudgetCategoryComparisonTable(pa.DataFrameModel):
    """One row per year and category: the expected contributions shared out pro rata."""

    year: Series[int] = pa.Field(in_range=YEARS)
    category: Series[str] = pa.Field(isin=BUDGET_CATEGORIES)
    budget_eur: Series[float] = pa.Field(ge=0)
    share: Series[float] = pa.Field(in_range={"min_value": 0, "max_value": 1})
    expected_eur: Series[float] = pa.Field(ge=0)
    difference_eur: Series[float]
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
        unique = ("year", "category")


class FormerFundersTable(pa.DataFrameModel):
    """The funders of 2015–2019, derived: the Q&A only says "de 7 grootste gemeenten"."""

    municipality_code: Series[str] = pa.Field(unique=True, str_matches=MUNICIPALITY_CODE)
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    district_code: Series[str] = pa.Field(isin=DISTRICT_CODES)
    rank: Series[int] = pa.Field(ge=1)
    inhabitants: Series[int] = pa.Field(ge=0)
    inhabitants_date: Series[pd.Timestamp]
    period: Series[str] = pa.Field(str_length={"min_value": 1})
    is_derived: Series[bool]
    basis: Series[str] = pa.Field(str_length={"min_value": 1})
    source: Series[str] = pa.Field(str_length={"min_value": 1})

    Config = StrictConfig


FUNDING_MART_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
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
# Registered here, so the contract is complete whichever of the two modules is imported first.
MART_SCHEMAS.update(FUNDING_MART_SCHEMAS)
