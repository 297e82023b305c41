"""Demo contribution statuses: deterministic, valid by the real rules, flagged and kept apart."""

from __future__ import annotations

import numpy as np
import pandas as pd

from etl import demo
from etl.funding.amounts import expected_cents
from etl.funding.demo import DEMO_SOURCE, funding_demo
from etl.reference.tables import load_reference
from etl.registers.catalogue import load_registers


def test_the_same_seed_gives_the_same_statuses(data_root):
    reference = load_reference(data_root.reference)
    first = funding_demo(reference, np.random.default_rng(5))["bijdragen.csv"]
    again = funding_demo(reference, np.random.default_rng(5))["bijdragen.csv"]
    other = funding_demo(reference, np.random.default_rng(6))["bijdragen.csv"]
    assert first.equals(again) and not first.equals(other)
    assert list(first.columns) == [
        "gemeente_code", "gemeente", "jaar", "status", "betaald_eur", "betaald_op",
        "toelichting", "bron",
    ]  # fmt: skip
    assert len(first) == 76 * 4
    assert (first["bron"] == DEMO_SOURCE).all()


def test_demo_payments_never_exceed_what_is_asked_and_carry_a_date(data_root):
    reference = load_reference(data_root.reference)
    frame = funding_demo(reference, np.random.default_rng(1))["bijdragen.csv"]
    inhabitants = reference.municipalities.set_index("municipality_code")["inhabitants"]
    paid = frame[frame["betaald_eur"] != ""]
    assert len(paid) > 0
    for row in paid.itertuples():
        asked = expected_cents(inhabitants[row.gemeente_code], 0.07)
        assert round(float(row.betaald_eur) * 100) <= asked
        assert pd.Timestamp(row.betaald_op).year == row.jaar
    assert (frame.loc[frame["status"] == "betaald", "betaald_eur"] != "").all()


def test_demo_register_loads_flagged_beside_the_real_one(settings):
    demo.write_demo(settings, seed=3)
    reference = load_reference(settings.data.reference)
    statuses = load_registers(settings.data, reference).tables["contribution_statuses"]
    assert statuses.groupby("is_demo").size().to_dict() == {False: 304, True: 304}
    assert set(statuses.loc[~statuses["is_demo"], "status"]) == {"gevraagd"}
    assert statuses.loc[statuses["is_demo"], "status"].nunique() > 3
