"""Amounts in cents and the signed and percentage notation of the funding views."""

from __future__ import annotations

import pandas as pd

from dashboard.funding import amounts
from etl.core import dutch

NBSP = "\xa0"


def test_cents_round_each_amount_and_keep_missing_ones_apart():
    euros = pd.Series([115.845, 0.1 + 0.2, None], dtype="float64")
    assert amounts.cents_list(euros) == [11584, 30, None]
    assert amounts.sum_cents(pd.Series([0.1] * 3 + [None])) == 30


def test_the_budget_of_one_year_in_cents():
    lines = pd.DataFrame({"year": [2020, 2020, 2021], "amount_eur": [90_000.0, 0.05, 1.0]})
    assert amounts.year_budget_cents(lines, 2020) == 9_000_005
    assert amounts.year_budget_cents(lines, 2019) == 0


def test_a_difference_reads_with_its_sign_and_a_share_with_one_decimal():
    assert amounts.signed_money(1200) == f"+ €{NBSP}12,00"
    assert amounts.signed_money(-401_179) == f"− €{NBSP}4.011,79"
    assert amounts.signed_money(0) == f"€{NBSP}0,00"
    assert dutch.percent(2 / 3) == "66,7%" and dutch.percent(1) == "100,0%"
