"""The budget split of a year beside the contributions that cover it, post by post."""

from __future__ import annotations

import pandas as pd

from dashboard.display.tables import euros
from dashboard.texts import financiering as texts
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from etl.funding.amounts import cents


def budget_table(category_comparison: pd.DataFrame, year: int) -> pd.DataFrame:
    """The budget posts of `year` and a total: budget, share, what the expected contributions
    cover pro rata, and the signed difference; amounts in euros, shown by `tables.FORMATS`."""
    rows = category_comparison[category_comparison["year"] == year]
    posts = pd.DataFrame(
        {
            "category": rows["category"].map(labels.BUDGET_CATEGORY).to_numpy(),
            "budget": cents(rows["budget_eur"]).to_numpy(),
            "share": rows["share"].to_numpy(),
            "covered": cents(rows["expected_eur"]).to_numpy(),
        }
    )
    total = pd.DataFrame(
        {
            "category": [frame_texts.TOTAL],
            "budget": [int(posts["budget"].sum())],
            "share": [1.0 if len(rows) else 0.0],
            "covered": [int(posts["covered"].sum())],
        }
    )
    table = pd.concat([posts, total], ignore_index=True)
    return pd.DataFrame(
        {
            texts.FUNDING_COL_CATEGORY: table["category"],
            texts.FUNDING_COL_BUDGET: table["budget"].map(euros),
            texts.FUNDING_COL_SHARE: table["share"].astype(float),
            texts.FUNDING_COL_COVERED: table["covered"].map(euros),
            texts.FUNDING_COL_DIFFERENCE: (table["covered"] - table["budget"]).map(euros),
        }
    )
