"""The headline figures of a year: asked, budget, difference, committed and paid, in words too."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.funding.amounts import sum_cents, year_budget_cents
from dashboard.funding.rows import YearRows
from dashboard.texts import financiering as texts
from etl.contract.vocabulary import COMMITTED_STATUSES, CONTRIBUTION_STATUSES
from etl.core import dutch
from etl.funding.amounts import outcome


@dataclass(frozen=True)
class KeyFigures:
    """The headline figures of a year, in Dutch notation."""

    year: int
    expected: str
    budget: str
    difference_label: str
    difference: str
    committed: str
    committed_count: str
    paid: str
    paid_count: str
    sentence: str
    is_short: bool


def key_figures(asked: YearRows, budget_lines) -> KeyFigures:
    """The year's sums over its municipalities, against the budget lines of that year."""
    year, rows = asked.year, asked.rows
    expected = sum_cents(rows["expected_eur"])
    budget = year_budget_cents(budget_lines, year)
    committed = rows[rows["status"].isin(COMMITTED_STATUSES)]
    paid = rows[rows["paid_eur"].notna()]
    difference = expected - budget
    return KeyFigures(
        year=year,
        expected=dutch.euro_cents(expected),
        budget=dutch.euro_cents(budget),
        difference_label=texts.FUNDING_DIFFERENCE_TITLES[outcome(difference)],
        difference=dutch.euro_cents(abs(difference)),
        committed=dutch.euro_cents(sum_cents(committed["expected_eur"])),
        committed_count=municipalities_text(len(committed)),
        paid=dutch.euro_cents(sum_cents(paid["paid_eur"])),
        paid_count=municipalities_text(len(paid)),
        sentence=budget_sentence(year, expected, budget),
        is_short=difference < 0,
    )


def metrics(figures: KeyFigures) -> list[tuple[str, str, str]]:
    """(label, value, help) of the five key figures, in the order shown."""
    expected = texts.FUNDING_METRIC_EXPECTED.format(year=figures.year)
    budget = texts.FUNDING_METRIC_BUDGET.format(year=figures.year)
    committed = texts.FUNDING_METRIC_COMMITTED.format(count=figures.committed_count)
    paid = texts.FUNDING_METRIC_PAID.format(count=figures.paid_count)
    return [
        (expected, figures.expected, texts.FUNDING_METRIC_EXPECTED_HELP),
        (budget, figures.budget, texts.FUNDING_METRIC_BUDGET_HELP),
        (figures.difference_label, figures.difference, texts.FUNDING_METRIC_DIFFERENCE_HELP),
        (committed, figures.committed, texts.FUNDING_METRIC_COMMITTED_HELP),
        (paid, figures.paid, texts.FUNDING_METRIC_PAID_HELP),
    ]


def municipalities_text(n: int) -> str:
    """1 → '1 gemeente'; 3 → '3 gemeenten'."""
    return dutch.count(n, texts.FUNDING_MUNICIPALITY, texts.FUNDING_MUNICIPALITIES)


def budget_sentence(year: int, expected: int, budget: int) -> str:
    """Whether the expected contributions (cents) cover the budget (cents), in words."""
    difference = expected - budget
    template = texts.FUNDING_SENTENCES[outcome(difference)]
    return template.format(
        year=year,
        expected=dutch.euro_cents(expected),
        budget=dutch.euro_cents(budget),
        difference=dutch.euro_cents(abs(difference)),
        coverage=dutch.percent(expected / budget) if budget else "",
    )


def status_sentence(asked: YearRows) -> str:
    """'Stand van de bijdragen voor 2020 volgens het register: 76 × gevraagd.'"""
    counts = asked.rows["status"].value_counts()
    parts = [
        f"{dutch.number(counts[status])} × {status}"
        for status in CONTRIBUTION_STATUSES
        if status in counts
    ]
    return texts.FUNDING_STATUS_SENTENCE.format(year=asked.year, counts=", ".join(parts))
