"""Euro amounts of the funding views as whole cents, and their Dutch notation beyond `dutch`.

Amounts are summed in cents (no float drift across 76 municipalities) and written by
`etl.core.dutch.euro_cents`; this module adds the signed difference and the share.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from etl.core import dutch


def cents_list(euros: pd.Series) -> list[int | None]:
    """Euro amounts (two decimals) as whole cents, None where missing."""
    rounded = np.rint(euros.to_numpy(dtype="float64", na_value=np.nan) * 100)
    return [None if np.isnan(value) else int(value) for value in rounded]


def sum_cents(euros: pd.Series) -> int:
    """The sum of euro amounts in whole cents, each rounded first; missing amounts count 0."""
    return int(np.nansum(np.rint(euros.to_numpy(dtype="float64", na_value=np.nan) * 100)))


def year_budget_cents(budget_lines: pd.DataFrame, year: int) -> int:
    """The budget of `year`, all categories together, in cents."""
    return sum_cents(budget_lines.loc[budget_lines["year"] == year, "amount_eur"])


def signed_money(amount_cents: int) -> str:
    """'+ € 12,00', '− € 4.011,79' or '€ 0,00': a difference that reads as one."""
    if amount_cents == 0:
        return dutch.euro_cents(0)
    sign = "+" if amount_cents > 0 else "−"
    return f"{sign} {dutch.euro_cents(abs(amount_cents))}"
