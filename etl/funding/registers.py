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
from etl.registers.spec import Place, RegisterSpec, file_date, in_row_order

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
    used = rates["population_date"]
    missing = used[~used.isin(list(complete))].map(file_date)
    message = NO_POPULATION.format(available=available)
    return in_row_order(
        place.cells("contribution_rates", rates, missing, "population_date", message)
    )


def _status_problems(statuses, municipalities, rates, place: Place):
    known = municipalities.set_index("municipality_code")
    rate_of = dict(zip(rates["year"], rates["rate_eur"], strict=True))
    headers = place.specs["contribution_statuses"].columns
    code, year, paid = statuses["municipality_code"], statuses["year"], statuses["paid_eur"]
    has_paid, has_date = paid.notna(), statuses["paid_on"].notna()
    is_known = code.isin(known.index)  # an unknown municipality is checked no further
    name = code.map(known["name"])
    has_rate = is_known & year.isin(list(rate_of))
    wrong_name = statuses["name"][is_known & statuses["name"].notna() & (statuses["name"] != name)]

    def found(hits: pd.Series, column: str, message, quote: bool = True):
        return place.cells("contribution_statuses", statuses, hits, column, message, quote)

    return in_row_order(
        found(paid[has_paid & ~has_date], "paid_on", PAID_WITHOUT_DATE.format(
            header=headers["paid_on"]), quote=False),
        found(paid[has_date & ~has_paid], "paid_eur", DATE_WITHOUT_PAID.format(
            header=headers["paid_eur"]), quote=False),
        found(paid[~has_date & (statuses["status"] == "betaald") & ~has_paid], "paid_eur",
              PAID_STATUS_WITHOUT_AMOUNT, quote=False),
        found(code[~is_known], "municipality_code", UNKNOWN_MUNICIPALITY),
        found(wrong_name, "name", [
            WRONG_NAME.format(code=c, name=n)
            for c, n in zip(code[wrong_name.index], name[wrong_name.index], strict=True)
        ]),
        found(year[is_known & ~has_rate], "year", NO_RATE),
        _paid_too_much(statuses[has_rate & has_paid], known, rate_of, found),
    )  # fmt: skip


def _paid_too_much(paying: pd.DataFrame, known: pd.DataFrame, rate_of: dict, found):
    """Payments above inhabitants × rate, in exact cents (only rows with a payment and a rate)."""
    inhabitants = paying["municipality_code"].map(known["inhabitants"]).astype(int)
    rate = paying["year"].map(rate_of)
    expected = [expected_cents(i, r) for i, r in zip(inhabitants, rate, strict=True)]
    paid_cents = [to_cents(amount) for amount in paying["paid_eur"]]
    over = [p > e for p, e in zip(paid_cents, expected, strict=True)]
    messages = [
        PAID_TOO_MUCH.format(
            expected=dutch.euro_cents(e),
            inhabitants=dutch.number(int(i)),
            rate=dutch.rate(r),
        )
        for e, i, r, is_over in zip(expected, inhabitants, rate, over, strict=True)
        if is_over
    ]
    return found(paying["paid_eur"][over], "paid_eur", messages)
