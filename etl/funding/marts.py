"""The derived funding marts: `contributions`, `contribution_rollups`, `budget_comparison`,
`budget_category_comparison` and `former_funders`, computed from the validated registers and the
reference data. Every amount is summed in integer cents (`etl.funding.amounts`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from etl.funding.amounts import cents, expected_cents, outcome, shares_in_cents
from etl.reference.names import district_names

NETWORK_NAME = "Oost-Nederland"
FORMER_FUNDERS_COUNT = 7
FORMER_FUNDERS_PERIOD = "2015–2019"
NO_STATUS_NOTE = "geen regel in bijdragen.csv: status onbekend"
CALCULATED = "Berekend uit begroting.csv, bijdrageregeling.csv en de CBS-inwoners"
FORMER_FUNDERS_BASIS = (
    "Afgeleid: de {n} gemeenten met de meeste inwoners op {date} (CBS). De Q&A noemt alleen "
    "'de 7 grootste gemeenten', niet welke; naar de inwoners van 2015 kan de lijst afwijken."
)
FORMER_FUNDERS_SOURCE = (
    "Q&A Veiligheidsnetwerk Oost-Nederland, mei 2019, vraag 3 ('gefinancierd door de 7 grootste "
    "gemeenten'); selectie afgeleid uit {source}"
)


def derived_marts(tables: dict[str, pd.DataFrame], reference) -> dict[str, pd.DataFrame]:
    """The computed funding marts, from the validated registers and the reference data."""
    contributions = contribution_table(
        reference.municipalities, tables["contribution_rates"], tables["contribution_statuses"]
    )
    budget = tables["budget_lines"]
    return {
        "contributions": contributions,
        "contribution_rollups": rollups(contributions, reference.districts),
        "budget_comparison": budget_comparison(budget, contributions),
        "budget_category_comparison": category_comparison(budget, contributions),
        "former_funders": former_funders(reference.municipalities),
    }


CONTRIBUTION_COLUMNS = [
    "municipality_code", "year", "name", "district_code", "inhabitants", "inhabitants_date",
    "rate_eur", "expected_eur", "status", "paid_eur", "paid_on", "note", "source", "is_demo",
]  # fmt: skip


def contribution_table(
    municipalities: pd.DataFrame, rates: pd.DataFrame, statuses: pd.DataFrame
) -> pd.DataFrame:
    """One row per municipality and year of the rate register: what it is asked, and its status.

    Real rows cover every municipality (status `onbekend` where the register has no row);
    demo rows exist only where the demo register has one, flagged `is_demo`.
    """
    people = municipalities[
        ["municipality_code", "name", "district_code", "inhabitants", "inhabitants_date", "source"]
    ].rename(columns={"source": "population_source"})
    asked = people.merge(
        rates[["year", "rate_eur", "population_date", "source"]].rename(
            columns={"source": "rate_source"}
        ),
        how="cross",
    )
    asked = asked[asked["inhabitants_date"] == asked["population_date"]]
    expected = [
        expected_cents(n, rate)
        for n, rate in zip(asked["inhabitants"], asked["rate_eur"], strict=True)
    ]
    asked = asked.assign(expected_eur=np.array(expected, dtype="int64") / 100)
    status_columns = ["municipality_code", "year", "status", "paid_eur", "paid_on", "note"]
    kept = statuses[[*status_columns, "source", "is_demo"]].rename(
        columns={"source": "status_source"}
    )
    real = asked.merge(kept[~kept["is_demo"]], on=["municipality_code", "year"], how="left")
    missing = real["status"].isna()
    real = real.assign(
        status=real["status"].where(~missing, "onbekend"),
        note=real["note"].where(~missing, NO_STATUS_NOTE),
        is_demo=False,
    )
    demo = asked.merge(kept[kept["is_demo"]], on=["municipality_code", "year"], how="inner")
    table = pd.concat([real, demo.assign(is_demo=True)], ignore_index=True)
    table = table.assign(source=_contribution_sources(table))
    table = table.sort_values(["is_demo", "year", "municipality_code"], kind="stable")
    return table[CONTRIBUTION_COLUMNS].reset_index(drop=True)


def _contribution_sources(table: pd.DataFrame) -> list[str]:
    return [
        f"Inwoners: {population}. Bijdrage per inwoner: {rate}. "
        f"Status: {status if isinstance(status, str) else 'geen regel in bijdragen.csv'}."
        for population, rate, status in zip(
            table["population_source"], table["rate_source"], table["status_source"], strict=True
        )
    ]


def real_rows(contributions: pd.DataFrame) -> pd.DataFrame:
    """The contributions as the real registers give them (no demo rows)."""
    return contributions[~contributions["is_demo"].astype(bool)]


def rollups(contributions: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    """Expected contributions per year, per district and for the network, summed in cents."""
    rows = real_rows(contributions).assign(cents=lambda f: cents(f["expected_eur"]))
    names = district_names(districts)
    per_district = (
        rows.groupby(["year", "district_code"])
        .agg(
            n_municipalities=("municipality_code", "size"),
            inhabitants=("inhabitants", "sum"),
            cents=("cents", "sum"),
        )
        .reset_index()
        .assign(level="district", name=lambda f: f["district_code"].map(names))
    )
    network = (
        per_district.groupby("year")[["n_municipalities", "inhabitants", "cents"]]
        .sum()
        .reset_index()
        .assign(level="netwerk", district_code=None, name=NETWORK_NAME)
    )
    table = pd.concat([per_district, network], ignore_index=True)
    table = table.assign(expected_eur=table["cents"].astype("int64") / 100, source=CALCULATED)
    columns = ["year", "level", "district_code", "name", "n_municipalities", "inhabitants"]
    return table[[*columns, "expected_eur", "source"]].sort_values(
        ["year", "level", "district_code"], kind="stable", ignore_index=True
    )


def _expected_per_year(contributions: pd.DataFrame) -> pd.Series:
    rows = real_rows(contributions)
    return cents(rows["expected_eur"]).groupby(rows["year"]).sum()


def budget_comparison(budget_lines: pd.DataFrame, contributions: pd.DataFrame) -> pd.DataFrame:
    """Per year: the budget, the expected contributions, the difference and the outcome."""
    budget = cents(budget_lines["amount_eur"]).groupby(budget_lines["year"]).sum()
    expected = _expected_per_year(contributions)
    records = []
    for year in sorted(set(budget.index) | set(expected.index)):
        budget_cents, expected_total = int(budget.get(year, 0)), int(expected.get(year, 0))
        difference = expected_total - budget_cents
        records.append(
            {
                "year": year,
                "budget_eur": budget_cents / 100,
                "expected_eur": expected_total / 100,
                "difference_eur": difference / 100,
                "coverage": expected_total / budget_cents if budget_cents else None,
                "outcome": outcome(difference),
                "source": CALCULATED,
            }
        )
    return pd.DataFrame(records, columns=list(BUDGET_COMPARISON_COLUMNS))


BUDGET_COMPARISON_COLUMNS = (
    "year", "budget_eur", "expected_eur", "difference_eur", "coverage", "outcome", "source",
)  # fmt: skip


def category_comparison(budget_lines: pd.DataFrame, contributions: pd.DataFrame) -> pd.DataFrame:
    """Per year and category: the expected contributions shared out pro rata to the budget."""
    expected = _expected_per_year(contributions)
    records = []
    for year, lines in budget_lines.groupby("year", sort=True):
        amounts = cents(lines["amount_eur"]).astype("int64").tolist()
        total = sum(amounts)
        covered = shares_in_cents(int(expected.get(year, 0)), amounts)
        for category, amount, part in zip(lines["category"], amounts, covered, strict=True):
            records.append(
                {
                    "year": year,
                    "category": category,
                    "budget_eur": amount / 100,
                    "share": amount / total if total else 0.0,
                    "expected_eur": part / 100,
                    "difference_eur": (part - amount) / 100,
                    "source": CALCULATED,
                }
            )
    columns = ["year", "category", "budget_eur", "share", "expected_eur", "difference_eur"]
    return pd.DataFrame(records, columns=[*columns, "source"])


def former_funders(municipalities: pd.DataFrame, n: int = FORMER_FUNDERS_COUNT) -> pd.DataFrame:
    """The funders of 2015–2019 as derived: the `n` largest municipalities by inhabitants."""
    ranked = municipalities.sort_values(
        ["inhabitants", "name"], ascending=[False, True], kind="stable"
    ).head(n)
    date = ranked["inhabitants_date"].max()
    basis = FORMER_FUNDERS_BASIS.format(n=n, date=f"{date.day}-{date.month}-{date.year}")
    sources = ranked["source"].map(lambda source: FORMER_FUNDERS_SOURCE.format(source=source))
    table = ranked.assign(
        rank=range(1, len(ranked) + 1),
        period=FORMER_FUNDERS_PERIOD,
        is_derived=True,
        basis=basis,
        source=sources,
    )
    columns = ["municipality_code", "name", "district_code", "rank", "inhabitants"]
    extra = ["inhabitants_date", "period", "is_derived", "basis", "source"]
    return table[columns + extra].reset_index(drop=True)
