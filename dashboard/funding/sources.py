"""Where the funding page's figures come from: the 2015–2019 funders and the sources line.

Both end up in Markdown captions, so the register's text is escaped here.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display.markup import literal
from dashboard.texts import financiering as texts
from etl.core import dutch
from etl.reference.names import district_names


def former_funders_table(former: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    """The municipalities that paid in 2015–2019, in the mart's order, with district names."""
    rows = former.sort_values("rank")
    return pd.DataFrame(
        {
            texts.FUNDING_COL_MUNICIPALITY: rows["name"],
            texts.FUNDING_COL_DISTRICT: rows["district_code"].map(district_names(districts)),
            texts.FUNDING_COL_INHABITANTS: rows["inhabitants"].astype("int64"),
        }
    ).reset_index(drop=True)


def former_funders_basis(former: pd.DataFrame) -> str:
    """How the list of 2015–2019 funders was derived (the mart says it per row), each once."""
    return " ".join(literal(basis) for basis in dict.fromkeys(former["basis"]))


def _joined(sources: pd.Series) -> str:
    return "; ".join(literal(source) for source in dict.fromkeys(sources))


def sources_text(
    rates: pd.DataFrame, budget_lines: pd.DataFrame, municipalities: pd.DataFrame
) -> str:
    """One line naming where the rate, the budget and the inhabitants come from."""
    dates = sorted(set(rates["population_date"]))
    return texts.FUNDING_SOURCES.format(
        rate=_joined(rates["source"]),
        budget=_joined(budget_lines["source"]),
        inhabitants=_joined(municipalities["source"]),
        dates=", ".join(dutch.date(date) for date in dates),
    )
