"""The budget split as a table and as a bar chart."""

from __future__ import annotations

from dashboard.display import tables
from dashboard.funding import budget as funding
from dashboard.funding import charts as funding_charts
from dashboard.funding import tables as funding_tables

from .funding_samples import NBSP, POSTS


def test_budget_table_has_a_total_and_signed_differences():
    table = funding.budget_table(POSTS, 2020)
    assert table["Verschil"].tolist() == [-245.04, -122.52, -367.56]
    assert table["Aandeel"].tolist()[-1] == 1.0
    assert tables.shown(table, funding_tables.FORMATS).to_dict("list") == {
        "Post": ["Coördinatie", "Projecten", "Totaal"],
        "Begroting": [f"€{NBSP}5.000,00", f"€{NBSP}2.500,00", f"€{NBSP}7.500,00"],
        "Aandeel": ["66,7%", "33,3%", "100,0%"],
        "Gedekt door bijdragen": [f"€{NBSP}4.754,96", f"€{NBSP}2.377,48", f"€{NBSP}7.132,44"],
        "Verschil": [f"− €{NBSP}245,04", f"− €{NBSP}122,52", f"− €{NBSP}367,56"],
    }


def test_budget_chart_writes_the_amounts_on_the_bars():
    figure = funding_charts.budget_figure(POSTS, 2020)
    budget, covered = figure.data
    assert list(budget.y) == ["Coördinatie", "Projecten"]
    assert list(budget.x) == [5000.0, 2500.0]
    assert list(budget.text) == [f"€{NBSP}5.000,00", f"€{NBSP}2.500,00"]
    assert list(covered.text) == [f"€{NBSP}4.754,96", f"€{NBSP}2.377,48"]
    assert (budget.name, covered.name) == ("Begroting", "Gedekt door bijdragen")
    assert figure.layout.separators == ",."
    assert funding_charts.budget_alt(POSTS, 2020) == (
        f"Staafdiagram van de begroting 2020 per post: Coördinatie €{NBSP}5.000,00, "
        f"Projecten €{NBSP}2.500,00."
    )
