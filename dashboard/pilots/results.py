"""Reported results of the shown pilots: per indicator across pilots, and all of them as a table.

A result may be a number, words, or both; words are never turned into numbers, and a result
without a number is listed after those with one.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import tables
from dashboard.display.cells import sort_key
from dashboard.display.markup import literal
from dashboard.pilots.records import rows
from dashboard.texts import pilots as texts
from etl.core import dutch

# Pixels: a result in words is read, not skimmed (wider than a table's longest column).
RESULT_WIDTHS = {texts.PILOTS_RESULT_COLUMNS["value_text"]: 400}
RESULT_FORMATS = {
    texts.PILOTS_RESULT_COLUMNS["value"]: tables.DECIMAL,
    texts.PILOTS_RESULT_COLUMNS["measured_on"]: tables.MONTH,
}


def indicator_options(results: pd.DataFrame) -> dict[str, str]:
    """Indicators with numbers first (most pilots first), then those in words only."""
    pilots_of: dict[str, set] = {}
    numbered: set[str] = set()
    for pilot, indicator, value in rows(results, "pilot_id", "indicator", "value"):
        pilots_of.setdefault(indicator, set()).add(pilot)
        if not pd.isna(value):
            numbered.add(indicator)
    order = sorted(pilots_of, key=lambda i: (i not in numbered, -len(pilots_of[i]), sort_key(i)))
    return {
        indicator: texts.PILOTS_INDICATOR_OPTION.format(
            indicator=indicator,
            pilots=dutch.count(len(pilots_of[indicator]), *texts.PILOT_WORDS),
            kind=texts.PILOTS_INDICATOR_NUMBER
            if indicator in numbered
            else texts.PILOTS_INDICATOR_TEXT,
        )
        for indicator in order
    }


def indicator_results(results: pd.DataFrame, pilots: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """The results of one indicator across pilots, highest number first, words-only last."""
    names = pilots.set_index("pilot_id")["name"]
    chosen = results[results["indicator"] == indicator]
    chosen = chosen.assign(pilot=chosen["pilot_id"].map(names))
    return chosen.sort_values(["value", "pilot"], ascending=[False, True], na_position="last")


def all_results(results: pd.DataFrame, pilots: pd.DataFrame) -> pd.DataFrame:
    """Every result of the shown pilots, in the pilots' order, then by indicator."""
    rank = {pilot: index for index, pilot in enumerate(pilots["pilot_id"])}
    names = pilots.set_index("pilot_id")["name"]
    table = results.assign(
        pilot=results["pilot_id"].map(names), _rank=results["pilot_id"].map(rank)
    )
    table = table.sort_values(["_rank", "indicator"], kind="stable")
    return table.drop(columns="_rank").reset_index(drop=True)


def words_markdown(results: pd.DataFrame) -> str:
    """The results in words of one indicator, one pilot a line, to read side by side."""
    worded = results[results["value_text"].notna()]
    return "\n".join(
        f"- **{literal(pilot)}:** {literal(words)}"
        for pilot, words in rows(worded, "pilot", "value_text")
    )


def results_table(results: pd.DataFrame) -> pd.DataFrame:
    """Results as a table with Dutch headers; values and dates stay numbers and dates, shown
    by `RESULT_FORMATS` (Dutch notation, dates by month)."""
    table = pd.DataFrame(
        {
            "pilot": results["pilot"],
            "indicator": results["indicator"],
            "value": results["value"].astype(float),
            "unit": results["unit"].fillna(""),
            "value_text": results["value_text"].fillna(""),
            "measured_on": pd.to_datetime(results["measured_on"]),
            "source": results["source"],
        }
    )
    return table.rename(columns=texts.PILOTS_RESULT_COLUMNS).reset_index(drop=True)
