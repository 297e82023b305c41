"""The key figures of a year and the sentences that say them."""

from __future__ import annotations

from dashboard.funding import key_figures as funding

from .funding_samples import BUDGET, CONTRIBUTIONS, NBSP, REAL, asked


def test_key_figures_with_real_data_show_the_shortfall_and_nothing_committed():
    figures = funding.key_figures(asked(REAL, 2020), BUDGET)
    assert figures.expected == f"€{NBSP}7.132,44"
    assert figures.budget == f"€{NBSP}7.500,00"
    assert (figures.difference_label, figures.difference) == ("Tekort", f"€{NBSP}367,56")
    assert (figures.committed, figures.committed_count) == (f"€{NBSP}0,00", "0 gemeenten")
    assert (figures.paid, figures.paid_count) == (f"€{NBSP}0,00", "0 gemeenten")
    assert figures.is_short
    assert figures.sentence.startswith(f"**Tekort van €{NBSP}367,56.**")
    assert "ze dekken 95,1% ervan" in figures.sentence
    labels = [label for label, _, _ in funding.metrics(figures)]
    assert labels == [
        "Gevraagd voor 2020", "Begroting 2020", "Tekort", "Toegezegd (0 gemeenten)",
        "Betaald (0 gemeenten)",
    ]  # fmt: skip


def test_key_figures_with_demo_on_count_committed_and_paid_once():
    figures = funding.key_figures(asked(CONTRIBUTIONS, 2020), BUDGET)
    assert figures.expected == f"€{NBSP}7.132,44"  # not doubled by the demo rows
    assert (figures.committed, figures.committed_count) == (f"€{NBSP}7.132,44", "3 gemeenten")
    assert (figures.paid, figures.paid_count) == (f"€{NBSP}3.615,85", "2 gemeenten")


def test_surplus_and_exact_cover_read_as_such():
    assert funding.key_figures(asked(REAL, 2021), BUDGET).difference_label == "Overschot"
    sentence = funding.budget_sentence(2022, 10_000, 10_000)
    assert sentence.startswith("**De begroting is gedekt.**")


def test_status_sentence_counts_the_statuses():
    assert funding.status_sentence(asked(REAL, 2020)) == (
        "Stand van de bijdragen voor 2020 volgens het register: 3 × gevraagd."
    )
    assert funding.status_sentence(asked(CONTRIBUTIONS, 2020)).endswith(
        "1 × toegezegd, 1 × gefactureerd, 1 × betaald."
    )
