"""The funding registers (budget, rate, contribution status, in kind) and the rules between them
and the reference data. The rules return Dutch, row-precise problems (rows as Excel numbers them).
"""

from __future__ import annotations

import pandas as pd

from etl.contract.funding import (
    BudgetLinesTable,
    ContributionRatesTable,
    ContributionStatusesTable,
    InKindContributionsTable,
)
from etl.core import dutch
from etl.funding.amounts import expected_cents, to_cents
from etl.registers.spec import Place, RegisterSpec, file_date

FUNDING_SPECS: tuple[RegisterSpec, ...] = (
    RegisterSpec(
        "budget_lines", "begroting.csv", "Begroting",
        {"year": "jaar", "category": "categorie", "amount_eur": "bedrag_eur",
         "note": "toelichting", "source": "bron"},
        BudgetLinesTable,
    ),
    RegisterSpec(
        "contribution_rates", "bijdrageregeling.csv", "Bijdrageregeling",
        {"year": "jaar", "rate_eur": "bijdrage_per_inwoner_eur",
         "population_date": "peildatum_inwoners", "note": "toelichting", "source": "bron"},
        ContributionRatesTable,
    ),
    RegisterSpec(
        "contribution_statuses", "bijdragen.csv", "Bijdragen per gemeente",
        {"municipality_code": "gemeente_code", "name": "gemeente", "year": "jaar",
         "status": "status", "paid_eur": "betaald_eur", "paid_on": "betaald_op",
         "note": "toelichting", "source": "bron"},
        ContributionStatusesTable, demo=True,
    ),
    RegisterSpec(
        "in_kind_contributions", "inzet_in_natura.csv", "Inzet in natura",
        {"partner": "partner", "year": "jaar", "district_code": "district", "fte": "fte",
         "note": "toelichting", "source": "bron"},
        InKindContributionsTable,
        district_columns=("district_code",),
    ),
)  # fmt: skip

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
    available = ", ".join(sorted(file_date(d) for d in complete)) or "geen"
    for index, row in rates.iterrows():
        if row["population_date"] not in complete:
            value = file_date(row["population_date"])
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
        if has_paid and to_cents(row["paid_eur"]) > expected:
            message = PAID_TOO_MUCH.format(
                expected=dutch.euro_cents(expected),
                inhabitants=dutch.number(inhabitants),
                rate=dutch.rate(rate_of[row["year"]]),
            )
            yield place(mart, index, "paid_eur", row["paid_eur"], message)
