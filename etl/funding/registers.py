"""Funding: the registers (budget, rate, contribution status, in kind), their rules, and the
contribution arithmetic that turns them into the marts `contributions`, `contribution_rollups`,
`budget_comparison`, `budget_category_comparison` and `former_funders`.

Money is computed in integer cents: expected = inhabitants × rate, rounded half-up to whole
cents per municipality (Decimal, so 0,07 is exactly seven cents), and every sum is a sum of
cents. The marts store euro with two decimals; `cents()` turns them back without float error.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
from babel.numbers import format_currency, format_decimal

from etl.contract.funding import (
    BudgetLinesTable,
    ContributionRatesTable,
    ContributionStatusesTable,
    InKindContributionsTable,
)
from etl.registers.spec import Place, RegisterSpec

FUNDING_SPECS: tuple[RegisterSpec, ...] = (
    RegisterSpec(
        "budget_lines", "begroting.csv", "Begroting",
        {"year": "jaar", "category": "categorie", "amount_eur": "bedrag_eur",
         "note": "toelichting", "source": "bron"},
        BudgetLinesTable, whole_numbers=("year",), numbers=("amount_eur",),
    ),
    RegisterSpec(
        "contribution_rates", "bijdrageregeling.csv", "Bijdrageregeling",
        {"year": "jaar", "rate_eur": "bijdrage_per_inwoner_eur",
         "population_date": "peildatum_inwoners", "note": "toelichting", "source": "bron"},
        ContributionRatesTable, whole_numbers=("year",), numbers=("rate_eur",),
        dates=("population_date",),
    ),
    RegisterSpec(
        "contribution_statuses", "bijdragen.csv", "Bijdragen per gemeente",
        {"municipality_code": "gemeente_code", "name": "gemeente", "year": "jaar",
         "status": "status", "paid_eur": "betaald_eur", "paid_on": "betaald_op",
         "note": "toelichting", "source": "bron"},
        ContributionStatusesTable, whole_numbers=("year",), numbers=("paid_eur",),
        dates=("paid_on",), demo=True,
    ),
    RegisterSpec(
        "in_kind_contributions", "inzet_in_natura.csv", "Inzet in natura",
        {"partner": "partner", "year": "jaar", "district_code": "district", "fte": "fte",
         "note": "toelichting", "source": "bron"},
        InKindContributionsTable, whole_numbers=("year",), numbers=("fte",),
        district_columns=("district_code",),
    ),
)  # fmt: skip

LOCALE = "nl_NL"
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

UNKNOWN_MUNICIPALITY = (
    "onbekende gemeente: deze CBS-code hoort niet bij de 76 gemeenten van Oost-Nederland in de "
    "referentiegegevens"
)
WRONG_NAME = "deze naam hoort niet bij {code}; volgens de referentiegegevens is dat '{name}'"
NO_RATE = "voor dit jaar staat geen bijdrage per inwoner in bijdrageregeling.csv"
PAID_WITHOUT_DATE = "er is een betaald bedrag maar geen betaaldatum; vul '{header}' in (JJJJ-MM-DD)"
DATE_WITHOUT_PAID = "er is een betaaldatum maar geen betaald bedrag; vul '{header}' in"
PAID_STATUS_WITHOUT_AMOUNT = "status 'betaald' zonder betaald bedrag; vul bedrag en betaaldatum in"
PAID_TOO_MUCH = (
    "het betaalde bedrag is hoger dan de gevraagde bijdrage van {expected} "
    "({inhabitants} inwoners × {rate})"
)
NO_POPULATION = (
    "voor deze peildatum staan niet voor alle gemeenten inwonertallen in de referentiegegevens "
    "(beschikbaar: {available})"
)


# --- Money --------------------------------------------------------------------------------


def decimal(value: float) -> Decimal:
    """A float as the decimal number that was typed: 0.07 → Decimal('0.07'), not 0.0700000…"""
    return Decimal(repr(float(value)))


def expected_cents(inhabitants: int, rate_eur: float) -> int:
    """Inhabitants × rate in whole cents, rounded half-up: 1.655 × € 0,075 = 12.413 cents."""
    amount = Decimal(int(inhabitants)) * decimal(rate_eur) * 100
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cents(euros: pd.Series) -> pd.Series:
    """Euro amounts with two decimals as integer cents (missing stays missing)."""
    return (euros.astype("float64") * 100).round().astype("Int64")


def euro_text(amount_cents: int) -> str:
    """12371.17 euro as '€ 12.371,17' (the ETL's reports; the dashboard formats its own)."""
    return format_currency(Decimal(int(amount_cents)) / 100, "EUR", locale=LOCALE)


def rate_text(rate_eur: float) -> str:
    """0.07 → '€ 0,07'; 0.075 → '€ 0,075'."""
    return "€\xa0" + format_decimal(decimal(rate_eur), format="#,##0.00##", locale=LOCALE)


# --- Rules across the funding registers ---------------------------------------------------


def funding_problems(tables: dict[str, pd.DataFrame], reference, place: Place):
    """Every problem between the funding registers and the reference data, in file order."""
    municipalities = reference.municipalities
    rates = tables["contribution_rates"]
    return [
        *_rate_problems(rates, municipalities, place),
        *_status_problems(tables["contribution_statuses"], municipalities, rates, place),
    ]


def _rate_problems(rates: pd.DataFrame, municipalities: pd.DataFrame, place: Place):
    dates = municipalities.groupby("municipality_code")["inhabitants_date"].apply(set)
    complete = set.intersection(*dates) if len(dates) else set()
    available = ", ".join(sorted(d.strftime("%Y-%m-%d") for d in complete)) or "geen"
    for index, row in rates.iterrows():
        if row["population_date"] not in complete:
            value = row["population_date"].strftime("%Y-%m-%d")
            message = NO_POPULATION.format(available=available)
            yield place("contribution_rates", index, "population_date", value, message)


def _status_problems(statuses, municipalities, rates, place: Place):
    known = municipalities.set_index("municipality_code")
    rate_of = dict(zip(rates["year"], rates["rate_eur"], strict=True))
    headers = place.specs["contribution_statuses"].columns
    mart = "contribution_statuses"
    for index, row in statuses.iterrows():
        code = row["municipality_code"]
        has_paid, has_date = pd.notna(row["paid_eur"]), pd.notna(row["paid_on"])
        if has_paid and not has_date:
            message = PAID_WITHOUT_DATE.format(header=headers["paid_on"])
            yield place(mart, index, "paid_on", None, message)
        if has_date and not has_paid:
            message = DATE_WITHOUT_PAID.format(header=headers["paid_eur"])
            yield place(mart, index, "paid_eur", None, message)
        elif row["status"] == "betaald" and not has_paid:
            yield place(mart, index, "paid_eur", None, PAID_STATUS_WITHOUT_AMOUNT)
        if code not in known.index:
            yield place(mart, index, "municipality_code", code, UNKNOWN_MUNICIPALITY)
            continue
        name = known.at[code, "name"]
        if pd.notna(row["name"]) and row["name"] != name:
            yield place(mart, index, "name", row["name"], WRONG_NAME.format(code=code, name=name))
        if row["year"] not in rate_of:
            yield place(mart, index, "year", row["year"], NO_RATE)
            continue
        inhabitants = int(known.at[code, "inhabitants"])
        expected = expected_cents(inhabitants, rate_of[row["year"]])
        if has_paid and _to_cents(row["paid_eur"]) > expected:
            message = PAID_TOO_MUCH.format(
                expected=euro_text(expected),
                inhabitants=format_decimal(inhabitants, locale=LOCALE),
                rate=rate_text(rate_of[row["year"]]),
            )
            yield place(mart, index, "paid_eur", row["paid_eur"], message)


def _to_cents(amount: float) -> int:
    return int((decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- Derived marts ------------------------------------------------------------------------


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
    names = districts.set_index("district_code")["name"]
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


def outcome(difference_cents: int) -> str:
    """'gedekt' when expected equals the budget, else 'tekort' or 'overschot'."""
    if difference_cents < 0:
        return "tekort"
    return "overschot" if difference_cents > 0 else "gedekt"


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


def shares_in_cents(total: int, weights: Iterable[int]) -> list[int]:
    """`total` cents shared out in proportion to `weights`, summing exactly to `total`.

    Largest remainder: everyone gets the floor of their share; the cents left over go to the
    largest remainders (first in order on a tie).
    """
    weights = [int(w) for w in weights]
    whole = sum(weights)
    if whole == 0:
        return [0] * len(weights)
    exact = [Decimal(total) * w / whole for w in weights]
    floors = [int(value) for value in exact]
    left = total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return floors


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
