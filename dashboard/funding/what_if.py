"""The what-if sum: what the municipalities would be asked at another rate or population.

A scenario is shown beside the register's figures, never in their place. The slider steps are
whole numbers: the rate in tenths of a cent (70 = € 0,07), growth in tenths of a percent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from dashboard.funding.amounts import signed_money, sum_cents, year_budget_cents
from dashboard.funding.rows import YearRows, year_rows
from dashboard.texts import financiering as texts
from etl.core import dutch
from etl.funding.amounts import decimal, expected_cents

RATE_STEPS = tuple(range(30, 151, 5))
FIRST_ROWS = ("rate", "growth", "inhabitants", "expected", "budget")  # keys of the table's rows
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


@dataclass(frozen=True)
class Choice:
    """A what-if as chosen on Financiering: the year, and the sliders' steps (the rate in
    tenths of a cent, growth in tenths of a percent); kept in the URL, carried to a factsheet."""

    year: int
    rate_step: int
    growth_step: int

    @property
    def rate_eur(self) -> float:
        return self.rate_step / 1000

    @property
    def growth_pct(self) -> float:
        return self.growth_step / 10

    def differs_from(self, asked: YearRows) -> bool:
        """Whether this what-if is other than the register's own rate without growth."""
        return self.growth_step != 0 or self.rate_step != rate_step(register_rate(asked))


@dataclass(frozen=True)
class Figures:
    """One side of the comparison: rate (tenths of a cent; None when several), growth,
    inhabitants, expected and the network's budget (cents)."""

    rates: str
    rate: int | None
    growth: float
    inhabitants: int
    expected: int
    budget: int

    @property
    def share(self) -> float | None:
        return self.expected / self.budget if self.budget else None


def _signed(value: float, text) -> str:
    """'+ x', '− x' or the zero's own text: a difference that reads as one."""
    if value == 0:
        return text(0)
    return f"{'+' if value > 0 else '−'} {text(abs(value))}"


def _points(share: float | None, other: float | None) -> str:
    if share is None or other is None:
        return "—"
    # The difference of the percentages as shown (one decimal), so the row adds up on paper.
    points = float(_tenth_percent(share) - _tenth_percent(other))
    return _signed(points, lambda n: texts.FUNDING_WHATIF_POINTS.format(n=dutch.number(n, 1)))


def _tenth_percent(share: float) -> Decimal:
    return (Decimal(repr(share)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _cells(side: Figures) -> dict[str, str]:
    share = side.share
    return {
        "rate": side.rates,
        "growth": growth_text(side.growth),
        "inhabitants": dutch.number(side.inhabitants),
        "expected": dutch.euro_cents(side.expected),
        "budget": dutch.euro_cents(side.budget),
        "difference": signed_money(side.expected - side.budget),
        "share": dutch.percent(share) if share is not None else "—",
    }


def _differences(register: Figures, what: Figures) -> dict[str, str]:
    rate = "—" if register.rate is None else _signed(what.rate - register.rate, step_rate_label)
    return {
        "rate": rate,
        "growth": growth_text(what.growth),
        "inhabitants": _signed(what.inhabitants - register.inhabitants, dutch.number),
        "expected": signed_money(what.expected - register.expected),
        "budget": signed_money(0),
        "difference": signed_money(what.expected - register.expected),
        "share": _points(what.share, register.share),
    }


def what_if_table(
    asked: YearRows, budget_lines: pd.DataFrame, scenario: Scenario, whole_region: bool = True
) -> pd.DataFrame:
    """The register's figures of a year beside the what-if figures, never in their place, and
    the difference between them. For the whole region the last row is the difference with the
    budget; for a district or municipality its share of the network's budget."""
    year, rows = asked.year, asked.rows
    budget = year_budget_cents(budget_lines, year)
    own = sorted(set(rows["rate_eur"]))
    register = Figures(
        " / ".join(dutch.rate(rate) for rate in own),
        rate_step(own[0]) if len(own) == 1 else None,
        0,
        int(rows["inhabitants"].sum()),
        sum_cents(rows["expected_eur"]),
        budget,
    )
    what = Figures(
        dutch.rate(scenario.rate_eur),
        rate_step(scenario.rate_eur),
        scenario.growth_pct,
        scenario.inhabitants,
        scenario.expected_cents,
        budget,
    )
    keys = [*FIRST_ROWS, "difference" if whole_region else "share"]
    cells, differences = _cells(register), _differences(register, what)
    return pd.DataFrame(
        {
            texts.FUNDING_WHATIF_ROW: [texts.FUNDING_WHATIF_ROWS[key] for key in keys],
            texts.FUNDING_WHATIF_REGISTER.format(year=year): [cells[key] for key in keys],
            texts.FUNDING_WHATIF_SCENARIO: [_cells(what)[key] for key in keys],
            texts.FUNDING_WHATIF_DIFFERENCE: [differences[key] for key in keys],
        }
    )


def place_table(
    contributions: pd.DataFrame,
    municipalities: pd.DataFrame,
    budget_lines: pd.DataFrame,
    codes: frozenset[str],
    choice: Choice,
) -> pd.DataFrame:
    """The what-if table of the municipalities `codes` (a place, or the whole region): the
    register's rows of the chosen year beside the sum at the chosen rate and growth."""
    asked = year_rows(contributions, choice.year)
    asked = YearRows(asked.year, asked.rows[asked.rows["municipality_code"].isin(codes)])
    ours = municipalities[municipalities["municipality_code"].isin(codes)]
    scenario = what_if(ours, choice.rate_eur, choice.growth_pct)
    whole = codes >= frozenset(municipalities["municipality_code"])
    return what_if_table(asked, budget_lines, scenario, whole_region=whole)


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
