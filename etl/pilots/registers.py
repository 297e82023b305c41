"""The pilot registers (pilots, their municipalities, their results) and the rules between them.

A pilot starts in one municipality (`herkomst`), may be adopted elsewhere (`overnemer`) or run
with others from the start (`deelnemer`). Dates, amounts and figures the sources do not give stay
empty. The rules return Dutch, row-precise problems (rows as Excel numbers them).
"""

from __future__ import annotations

import pandas as pd

from etl.contract import vocabulary as vocab
from etl.contract.pilots import PilotResultsTable, PilotSitesTable, PilotsTable
from etl.registers.spec import Place, RegisterSpec, file_date

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

ORIGIN, ADOPTER, PARTICIPANT = vocab.SITE_ROLES
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
    for index, row in pilots.iterrows():
        if row["theme_id"] not in theme_ids:
            yield place("pilots", index, "theme_id", row["theme_id"], UNKNOWN_THEME)
        origin = row["origin_municipality_code"]
        if pd.notna(origin) and origin not in municipalities:
            yield place("pilots", index, "origin_municipality_code", origin, OUTSIDE_REGION)
        start, end = row["start_date"], row["end_date"]
        if pd.notna(start) and pd.notna(end) and end < start:
            message = END_BEFORE_START.format(start=file_date(start))
            yield place("pilots", index, "end_date", file_date(end), message)


def _site_problems(sites: pd.DataFrame, pilots: pd.DataFrame, municipalities: set[str], place):
    by_id = pilots.set_index("pilot_id")
    origin_since = origin_dates(sites, pilots)
    for index, row in sites.iterrows():
        pilot, code = row["pilot_id"], row["municipality_code"]
        if pilot not in by_id.index:
            yield place("pilot_sites", index, "pilot_id", pilot, UNKNOWN_PILOT)
            continue
        if code not in municipalities:
            yield place("pilot_sites", index, "municipality_code", code, OUTSIDE_REGION)
        origin = by_id.at[pilot, "origin_municipality_code"]
        if row["role"] == ORIGIN and pd.notna(origin) and code != origin:
            message = ORIGIN_MISMATCH.format(origin=origin)
            yield place("pilot_sites", index, "municipality_code", code, message)
        started = origin_since.get(pilot)
        adopted = row["since"] if row["role"] == ADOPTER else pd.NaT
        if started is not None and pd.notna(adopted) and adopted < started:
            named = f" {origin}" if pd.notna(origin) else ""
            message = ADOPTED_BEFORE_ORIGIN.format(origin=named, since=file_date(started))
            yield place("pilot_sites", index, "since", file_date(adopted), message)


def _result_problems(results: pd.DataFrame, pilot_ids: set[str], place):
    for index, row in results.iterrows():
        if row["pilot_id"] not in pilot_ids:
            yield place("pilot_results", index, "pilot_id", row["pilot_id"], UNKNOWN_PILOT)
        if pd.isna(row["value"]) and pd.isna(row["value_text"]):
            yield place("pilot_results", index, "value", None, NO_RESULT)


def origin_dates(sites: pd.DataFrame, pilots: pd.DataFrame) -> dict[str, pd.Timestamp]:
    """When each pilot started in its origin: the origin site's date, else the pilot's start.

    Pilots of which neither is known are left out: an adoption cannot be checked against them.
    """
    origins = sites[sites["role"] == ORIGIN].dropna(subset=["since"])
    dated = dict(zip(origins["pilot_id"], origins["since"], strict=True))
    for pilot, start in zip(pilots["pilot_id"], pilots["start_date"], strict=True):
        if pilot not in dated and pd.notna(start):
            dated[pilot] = start
    return dated
