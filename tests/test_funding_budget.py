"""The budget split as a table and as a bar chart."""

from __future__ import annotations

import pytest

from dashboard.display import tables
from dashboard.funding import budget as funding
from dashboard.funding import charts as funding_charts
from dashboard.funding import tables as funding_tables
from dashboard.texts import labels

from . import pictures
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
    figure = pictures.parse(funding_charts.budget_figure(POSTS, 2020))
    texts = pictures.words(figure)
    assert texts[-2:] == ["Begroting", "Gedekt door bijdragen"]  # the legend
    assert ["Coördinatie", f"€{NBSP}5.000,00", f"€{NBSP}4.754,96"] == [
        t for t in texts if t in ("Coördinatie", f"€{NBSP}5.000,00", f"€{NBSP}4.754,96")
    ]  # the post, then its two amounts in Dutch notation
    assert f"€{NBSP}2.377,48" in texts and f"€{NBSP}2.000" in texts  # a bar, an axis tick
    bars = {title: width for title, _, width in pictures.bars(figure)}
    assert list(bars) == [
        f"Coördinatie, Begroting: €{NBSP}5.000,00",
        f"Coördinatie, Gedekt door bijdragen: €{NBSP}4.754,96",
        f"Projecten, Begroting: €{NBSP}2.500,00",
        f"Projecten, Gedekt door bijdragen: €{NBSP}2.377,48",
    ]
    widths = list(bars.values())
    assert widths[0] == pytest.approx(2 * widths[2]) and widths[1] < widths[0]  # to scale
    assert figure.get("role") == "img"
    assert figure.get("aria-label") == figure.find(pictures.SVG + "title").text
    assert figure.get("aria-label") == funding_charts.budget_alt(POSTS, 2020)


def test_budget_chart_writes_a_post_name_as_text_never_as_markup(monkeypatch):
    monkeypatch.setitem(labels.BUDGET_CATEGORY, "<b>x</b>", "<b>x</b> & co")
    posts = POSTS.assign(category=["<b>x</b>", POSTS["category"].iloc[1]])
    figure = funding_charts.budget_figure(posts, 2020)
    assert "<b>" not in figure
    assert "<b>x</b> & co" in pictures.words(pictures.parse(figure))


@pytest.mark.parametrize(
    ("highest", "step"), [(0, 1), (7.5, 2), (5000, 1000), (230_000, 50_000), (12_000, 2500)]
)
def test_the_axis_steps_are_round(highest, step):
    assert funding_charts.nice_step(highest) == step


def test_budget_alt_names_every_post():
    assert funding_charts.budget_alt(POSTS, 2020) == (
        f"Staafdiagram van de begroting 2020 per post: Coördinatie €{NBSP}5.000,00, "
        f"Projecten €{NBSP}2.500,00."
    )
