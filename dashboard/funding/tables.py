"""The contributions of a year as display tables: per district, per status, per municipality.

Amounts are summed in cents and kept as euros, counts as numbers (so the columns sort by value);
`FORMATS` says how they read in Dutch notation. The network's total comes last.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import tables
from dashboard.display.tables import euros
from dashboard.funding.amounts import cents_list, signed_money
from dashboard.funding.rows import YearRows
from dashboard.texts import financiering as texts
from dashboard.texts import labels
from etl.contract.vocabulary import COMMITTED_STATUSES, CONTRIBUTION_STATUSES
from etl.reference.names import district_names

# A difference in euros: '+ € 12,00', '− € 4.011,79' or '€ 0,00'.
SIGNED_EURO = tables.Format(lambda value: signed_money(round(float(value) * 100)))
# How the funding tables' columns read (the same headers in every funding table).
FORMATS: tables.Formats = {
    texts.FUNDING_COL_MUNICIPALITIES: tables.NUMBER,
    texts.FUNDING_COL_INHABITANTS: tables.NUMBER,
    texts.FUNDING_COL_ASKED: tables.EURO,
    texts.FUNDING_COL_COMMITTED: tables.EURO,
    texts.FUNDING_COL_PAID: tables.EURO,
    texts.FUNDING_COL_PAID_ON: tables.DATE,
    texts.FUNDING_COL_BUDGET: tables.EURO,
    texts.FUNDING_COL_SHARE: tables.PERCENT,
    texts.FUNDING_COL_COVERED: tables.EURO,
    texts.FUNDING_COL_DIFFERENCE: SIGNED_EURO,
}
# The status counts have a column per status ('Gevraagd', 'Betaald': counts, not amounts).
STATUS_COUNT_FORMATS = dict.fromkeys(labels.CONTRIBUTION_STATUS.values(), tables.NUMBER)


def _district_sums(rows: pd.DataFrame, order: list) -> dict:
    """Per district code and for the network (None): [municipalities, inhabitants, asked,
    committed, paid], amounts in cents."""
    sums = {code: [0, 0, 0, 0, 0] for code in order}
    for code, inhabitants, asked, status, paid in zip(
        rows["district_code"],
        rows["inhabitants"],
        cents_list(rows["expected_eur"]),
        rows["status"],
        cents_list(rows["paid_eur"]),
        strict=True,
    ):
        committed = int(asked) if status in COMMITTED_STATUSES else 0
        figures = (1, int(inhabitants), int(asked), committed, paid or 0)
        for key in (code, None):
            sums[key] = [total + figure for total, figure in zip(sums[key], figures, strict=True)]
    return sums


def district_table(asked: YearRows, districts: pd.DataFrame, compact: bool = False):
    """Per district and for the network: municipalities, inhabitants, asked, committed, paid.

    `compact` leaves out municipalities and inhabitants, for a table beside the map.
    """
    names = district_names(districts)
    order = [*sorted(names), None]  # None: the network
    sums = _district_sums(asked.rows, order)
    columns = {
        texts.FUNDING_COL_DISTRICT: [*(names[code] for code in order[:-1]), texts.FUNDING_NETWORK],
        texts.FUNDING_COL_MUNICIPALITIES: [sums[c][0] for c in order],
        texts.FUNDING_COL_INHABITANTS: [sums[c][1] for c in order],
        texts.FUNDING_COL_ASKED: [euros(sums[c][2]) for c in order],
        texts.FUNDING_COL_COMMITTED: [euros(sums[c][3]) for c in order],
        texts.FUNDING_COL_PAID: [euros(sums[c][4]) for c in order],
    }
    if compact:
        del columns[texts.FUNDING_COL_MUNICIPALITIES], columns[texts.FUNDING_COL_INHABITANTS]
    return pd.DataFrame(columns)


def status_table(asked: YearRows) -> pd.DataFrame:
    """Per status (every status, also those no municipality has): municipalities and amount."""
    rows = asked.rows
    counts = dict.fromkeys(CONTRIBUTION_STATUSES, 0)
    amounts = dict.fromkeys(CONTRIBUTION_STATUSES, 0)
    for status, amount in zip(rows["status"], cents_list(rows["expected_eur"]), strict=True):
        counts[status] += 1
        amounts[status] += int(amount)
    return pd.DataFrame(
        {
            texts.FUNDING_COL_STATUS: [labels.CONTRIBUTION_STATUS[s] for s in counts],
            texts.FUNDING_COL_MUNICIPALITIES: list(counts.values()),
            texts.FUNDING_COL_ASKED: [euros(amount) for amount in amounts.values()],
        }
    )


def status_counts(asked: YearRows, districts: pd.DataFrame):
    """Per district: how many municipalities are in each status (the status map as a table)."""
    rows = asked.rows
    names = district_names(districts)
    order = [*sorted(names), None]
    counts = {code: dict.fromkeys(CONTRIBUTION_STATUSES, 0) for code in order}
    for code, status in zip(rows["district_code"], rows["status"], strict=True):
        counts[code][status] += 1
        counts[None][status] += 1
    table = {texts.FUNDING_COL_DISTRICT: [*(names[c] for c in order[:-1]), texts.FUNDING_NETWORK]}
    for status in CONTRIBUTION_STATUSES:
        label = labels.CONTRIBUTION_STATUS[status]
        table[label] = [counts[code][status] for code in order]
    return pd.DataFrame(table)


def municipality_table(
    asked: YearRows, districts: pd.DataFrame, district_code: str | None = None
) -> pd.DataFrame:
    """Per municipality (of one district, or all), alphabetical: inhabitants, asked, status, paid.

    The rate is the same for every municipality in a year; the page names it once.
    """
    rows = asked.rows
    if district_code is not None:
        rows = rows[rows["district_code"] == district_code]
    rows = rows.sort_values("name", key=lambda names: names.str.casefold(), ignore_index=True)
    paid = cents_list(rows["paid_eur"])
    return pd.DataFrame(
        {
            texts.FUNDING_COL_MUNICIPALITY: rows["name"],
            texts.FUNDING_COL_DISTRICT: rows["district_code"].map(district_names(districts)),
            texts.FUNDING_COL_INHABITANTS: rows["inhabitants"].astype("int64"),
            texts.FUNDING_COL_ASKED: list(map(euros, cents_list(rows["expected_eur"]))),
            texts.FUNDING_COL_STATUS: rows["status"],
            texts.FUNDING_COL_PAID: [None if cents is None else euros(cents) for cents in paid],
            texts.FUNDING_COL_PAID_ON: pd.to_datetime(rows["paid_on"]),
        }
    )
