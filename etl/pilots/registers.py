"""The pilot registers (pilots, their municipalities, their results) and the rules between them.

A pilot starts in one municipality (`herkomst`), may be adopted elsewhere (`overnemer`) or run
with others from the start (`deelnemer`). Dates, amounts and figures the sources do not give stay
empty. The rules return Dutch, row-precise problems (rows as Excel numbers them).
"""

from __future__ import annotations

import pandas as pd

from etl.contract import vocabulary as vocab
from etl.contract.pilots import PilotResultsTable, PilotSitesTable, PilotsTable
from etl.pilots.origins import ORIGIN, origin_dates
from etl.registers.spec import Place, RegisterSpec, file_date, in_row_order

PILOTS_FILE = "pilots.csv"
SITES_FILE = "pilot_locaties.csv"
RESULTS_FILE = "pilot_resultaten.csv"

PILOT_SPECS: tuple[RegisterSpec, ...] = (
    RegisterSpec(
        "pilots", PILOTS_FILE, "Pilots",
        {"pilot_id": "id", "name": "naam", "theme_id": "thema", "category": "categorie",
         "lead_organisation": "trekker", "origin_municipality_code": "herkomstgemeente",
         "start_date": "startdatum", "end_date": "einddatum", "status": "status",
         "subsidy_eur": "subsidie_eur", "partners": "partners", "funders": "financiers",
         "description": "omschrijving", "note": "toelichting", "source": "bron"},
        PilotsTable, demo=True,
    ),
    RegisterSpec(
        "pilot_sites", SITES_FILE, "Pilotlocaties",
        {"pilot_id": "pilot", "municipality_code": "gemeente", "role": "rol", "since": "sinds",
         "note": "toelichting", "source": "bron"},
        PilotSitesTable, demo=True,
    ),
    RegisterSpec(
        "pilot_results", RESULTS_FILE, "Pilotresultaten",
        {"pilot_id": "pilot", "indicator": "indicator", "value": "waarde",
         "value_text": "resultaat", "unit": "eenheid", "measured_on": "peildatum",
         "source": "bron"},
        PilotResultsTable, demo=True,
    ),
)  # fmt: skip

_, ADOPTER, PARTICIPANT = vocab.SITE_ROLES  # the first, ORIGIN, in `etl.pilots.origins`
UNKNOWN_PILOT = f"onbekende pilot: dit id staat niet in {PILOTS_FILE}"
UNKNOWN_THEME = "onbekend thema: dit id staat niet in themas.csv"
OUTSIDE_REGION = (
    "deze gemeente ligt niet in Oost-Nederland: gebruik de CBS-code van een van de 76 gemeenten "
    "van Gelderland en Overijssel (indeling 2019)"
)
END_BEFORE_START = "de einddatum ligt vóór de startdatum ({start})"
ADOPTED_BEFORE_ORIGIN = "overgenomen vóór de start in de herkomstgemeente{origin} op {since}"
ORIGIN_MISMATCH = (
    "de herkomst van deze pilot is {origin} (kolom 'herkomstgemeente' in pilots.csv); "
    "een pilot heeft één herkomstgemeente"
)
NO_RESULT = "vul een waarde of een resultaat in woorden in"


def pilot_problems(tables: dict[str, pd.DataFrame], reference, place: Place):
    """Every problem between the pilot registers and the reference data, in file order."""
    pilots, sites = tables["pilots"], tables["pilot_sites"]
    municipalities = set(reference.municipalities["municipality_code"])
    pilot_ids = set(pilots["pilot_id"])
    return [
        *_pilot_problems(pilots, set(tables["themes"]["theme_id"]), municipalities, place),
        *_site_problems(sites, pilots, municipalities, place),
        *_result_problems(tables["pilot_results"], pilot_ids, place),
    ]


def _pilot_problems(pilots: pd.DataFrame, theme_ids: set[str], municipalities: set[str], place):
    theme, origin = pilots["theme_id"], pilots["origin_municipality_code"]
    start, end = pilots["start_date"], pilots["end_date"]
    early = end[start.notna() & end.notna() & (end < start)]
    before_start = start[early.index].map(lambda d: END_BEFORE_START.format(start=file_date(d)))
    return in_row_order(
        place.cells("pilots", pilots, theme[~theme.isin(theme_ids)], "theme_id", UNKNOWN_THEME),
        place.cells(
            "pilots",
            pilots,
            origin[origin.notna() & ~origin.isin(municipalities)],
            "origin_municipality_code",
            OUTSIDE_REGION,
        ),
        place.cells("pilots", pilots, early.map(file_date), "end_date", before_start),
    )


def _site_problems(sites: pd.DataFrame, pilots: pd.DataFrame, municipalities: set[str], place):
    pilot, code, role = sites["pilot_id"], sites["municipality_code"], sites["role"]
    known = pilot.isin(pilots["pilot_id"])  # a site of an unknown pilot is checked no further
    origin = pilot.map(pilots.set_index("pilot_id")["origin_municipality_code"])
    mismatch = code[known & (role == ORIGIN) & origin.notna() & (code != origin)]
    started = pd.to_datetime(pilot.map(origin_dates(sites, pilots)))
    adopted = sites["since"].where(role == ADOPTER)
    early = known & started.notna() & adopted.notna() & (adopted < started)
    named = origin[early].map(lambda o: f" {o}" if pd.notna(o) else "")
    before_origin = [
        ADOPTED_BEFORE_ORIGIN.format(origin=o, since=file_date(d))
        for o, d in zip(named, started[early], strict=True)
    ]
    return in_row_order(
        place.cells("pilot_sites", sites, pilot[~known], "pilot_id", UNKNOWN_PILOT),
        place.cells(
            "pilot_sites",
            sites,
            code[known & ~code.isin(municipalities)],
            "municipality_code",
            OUTSIDE_REGION,
        ),
        place.cells(
            "pilot_sites",
            sites,
            mismatch,
            "municipality_code",
            origin[mismatch.index].map(lambda o: ORIGIN_MISMATCH.format(origin=o)),
        ),
        place.cells(
            "pilot_sites",
            sites,
            adopted[early].map(file_date),
            "since",
            pd.Series(before_origin, index=named.index, dtype=object),
        ),
    )


def _result_problems(results: pd.DataFrame, pilot_ids: set[str], place):
    pilot = results["pilot_id"]
    empty = results["value"].isna() & results["value_text"].isna()
    return in_row_order(
        place.cells(
            "pilot_results", results, pilot[~pilot.isin(pilot_ids)], "pilot_id", UNKNOWN_PILOT
        ),
        place.cells("pilot_results", results, results["value"][empty], "value", NO_RESULT, False),
    )
