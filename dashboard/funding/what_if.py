"""The what-if sum: what the municipalities would be asked at another rate or population.

A scenario is shown beside the register's figures, never in their place. The slider steps are
whole numbers: the rate in tenths of a cent (70 = € 0,07), growth in tenths of a percent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from dashboard.funding.amounts import signed_money, sum_cents, year_budget_cents
from dashboard.funding.rows import YearRows
from dashboard.texts import financiering as texts
from etl.core import dutch
from etl.funding.amounts import decimal, expected_cents

RATE_STEPS = tuple(range(30, 151, 5))
GROWTH_STEPS = tuple(range(-50, 101, 5))


@dataclass(frozen=True)
class Scenario:
    """Expected contributions for a rate and population growth (cents, people)."""

    rate_eur: float
    growth_pct: float
    inhabitants: int
    expected_cents: int


def what_if(municipalities: pd.DataFrame, rate_eur: float, growth_pct: float) -> Scenario:
    """What all municipalities would be asked at `rate_eur` if each grew by `growth_pct` %.

    Each municipality's inhabitants grow and round half-up to whole people; its contribution
    rounds half-up to cents, as in the register's own sum.
    """
    factor = 1 + decimal(growth_pct) / 100
    grown = [
        int((Decimal(int(n)) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for n in municipalities["inhabitants"]
    ]
    total = sum(expected_cents(n, rate_eur) for n in grown)
    return Scenario(float(rate_eur), float(growth_pct), sum(grown), total)


def _column(rates: str, growth: float, inhabitants: int, expected: int, budget: int) -> list:
    """One column of the what-if table, in the order of `FUNDING_WHATIF_ROWS`."""
    column = {
        "rate": rates,
        "growth": growth_text(growth),
        "inhabitants": dutch.number(inhabitants),
        "expected": dutch.euro_cents(expected),
        "budget": dutch.euro_cents(budget),
        "difference": signed_money(expected - budget),
    }
    return [column[key] for key in texts.FUNDING_WHATIF_ROWS]


def what_if_table(asked: YearRows, budget_lines: pd.DataFrame, scenario: Scenario) -> pd.DataFrame:
    """The register's figures of a year beside the what-if figures, never in their place."""
    year, rows = asked.year, asked.rows
    budget = year_budget_cents(budget_lines, year)
    register_rates = " / ".join(dutch.rate(rate) for rate in sorted(set(rows["rate_eur"])))
    inhabitants, expected = int(rows["inhabitants"].sum()), sum_cents(rows["expected_eur"])
    register = _column(register_rates, 0, inhabitants, expected, budget)
    rate, growth = dutch.rate(scenario.rate_eur), scenario.growth_pct
    what = _column(rate, growth, scenario.inhabitants, scenario.expected_cents, budget)
    return pd.DataFrame(
        {
            texts.FUNDING_WHATIF_ROW: list(texts.FUNDING_WHATIF_ROWS.values()),
            texts.FUNDING_WHATIF_REGISTER.format(year=year): register,
            texts.FUNDING_WHATIF_SCENARIO: what,
        }
    )


def rate_step(rate_eur: float) -> int:
    """€ 0,07 → 70 (tenths of a cent), the unit of the what-if slider."""
    return int((decimal(rate_eur) * 1000).to_integral_value(ROUND_HALF_UP))


def rate_steps(register_rate: float) -> list[int]:
    """Slider steps in tenths of a cent, the register's own rate among them."""
    return sorted({*RATE_STEPS, rate_step(register_rate)})


def register_rate(asked: YearRows) -> float:
    """The year's rate per inhabitant in the register (the same for every municipality)."""
    rates = asked.rows["rate_eur"]
    return float(rates.iloc[0]) if len(rates) else 0.0


def step_rate_label(step: int) -> str:
    """70 → '€ 0,07'."""
    return dutch.rate(step / 1000)


def growth_text(growth_pct: float) -> str:
    """0 → '0%'; 1.5 → '+1,5%'; -2 → '−2,0%'."""
    if growth_pct == 0:
        return "0%"
    return f"{'+' if growth_pct > 0 else '−'}{dutch.number(abs(growth_pct), 1)}%"


def step_growth_label(step: int) -> str:
    """15 → '+1,5%'."""
    return growth_text(step / 10)
