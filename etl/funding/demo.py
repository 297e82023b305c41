"""Fictitious contribution statuses and payments (`demo/bijdragen.csv`), so the status overlay
and the committed and paid figures can be shown; the real register says `gevraagd` everywhere.

Payments are the expected amounts of the real rate register beside the reference data, so the
demo register passes the same rules as the real one (never more paid than asked); they are
written in the registers' stored notation ('1994.93', '2000'), as the real files are.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd

from etl.core.settings import DataRoot
from etl.funding.amounts import expected_cents
from etl.funding.registers import FUNDING_SPECS
from etl.reference.tables import Reference
from etl.registers.catalogue import load_register
from etl.registers.parsing import format_number

SPECS = {spec.mart: spec for spec in FUNDING_SPECS}
STATUS_FILE = SPECS["contribution_statuses"].file
DEMO_SOURCE = (
    "Demodata: fictief, gemaakt met `python -m etl demo`; geen echte besluiten of betalingen"
)
DEMO_NOTE = "fictief voorbeeld"
# Per year: how likely each status is, so earlier years look further along than later ones.
STATUS_WEIGHTS: dict[int, dict[str, float]] = {
    2020: {"betaald": 0.55, "gefactureerd": 0.12, "toegezegd": 0.15, "gevraagd": 0.08,
           "afgewezen": 0.06, "onbekend": 0.04},
    2021: {"betaald": 0.35, "gefactureerd": 0.15, "toegezegd": 0.25, "gevraagd": 0.15,
           "afgewezen": 0.06, "onbekend": 0.04},
    2022: {"betaald": 0.10, "gefactureerd": 0.15, "toegezegd": 0.40, "gevraagd": 0.25,
           "afgewezen": 0.05, "onbekend": 0.05},
}  # fmt: skip
LATER_YEARS = {"toegezegd": 0.35, "gevraagd": 0.50, "afgewezen": 0.05, "onbekend": 0.10}
PARTLY_PAID = 0.3  # share of invoiced contributions that have been paid in part


def funding_demo(reference: Reference, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    """One fictitious status per municipality and year of the real rate register."""
    rates = _real_rates(reference)
    municipalities = reference.municipalities.sort_values("municipality_code")
    headers = SPECS["contribution_statuses"].columns
    rows = []
    for year, rate in zip(rates["year"], rates["rate_eur"], strict=True):
        weights = STATUS_WEIGHTS.get(int(year), LATER_YEARS)
        statuses = rng.choice(list(weights), size=len(municipalities), p=list(weights.values()))
        for municipality, status in zip(municipalities.itertuples(), statuses, strict=True):
            expected = expected_cents(municipality.inhabitants, rate)
            paid = _paid_cents(status, expected, rng)
            rows.append(
                {
                    "municipality_code": municipality.municipality_code,
                    "name": municipality.name,
                    "year": int(year),
                    "status": status,
                    "paid_eur": "" if paid is None else format_number(Decimal(paid) / 100),
                    "paid_on": "" if paid is None else _payment_day(int(year), rng),
                    "note": DEMO_NOTE,
                    "source": DEMO_SOURCE,
                }
            )
    frame = pd.DataFrame(rows, columns=list(headers)).rename(columns=headers)
    return {STATUS_FILE: frame}


def _paid_cents(status: str, expected: int, rng: np.random.Generator) -> int | None:
    if status == "betaald":
        return expected
    if status == "gefactureerd" and rng.random() < PARTLY_PAID:
        return expected // 2
    return None


def _payment_day(year: int, rng: np.random.Generator) -> str:
    day = dt.date(year, 3, 1) + dt.timedelta(days=int(rng.integers(0, 270)))
    return day.isoformat()


def _real_rates(reference: Reference) -> pd.DataFrame:
    """The real rate register of the data root the reference data was read from."""
    root = DataRoot(reference.inputs[0].parent.parent)
    spec = SPECS["contribution_rates"]
    return load_register(root.register / spec.file, spec, reference)
