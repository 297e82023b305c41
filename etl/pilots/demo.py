"""Fictitious pilots for `python -m etl demo`: about forty, spread over districts, themes and years.

Every name says "Demo-pilot", every text says "fictief": nobody can take them for real pilots.
The same random generator gives the same files. The rows keep every rule of the real registers
(an adopter never before its origin, an end never before its start, only the 76 municipalities).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from etl.contract import vocabulary as vocab
from etl.pilots.registers import PILOT_SPECS, PILOTS_FILE, RESULTS_FILE, SITES_FILE
from etl.reference.names import municipality_names
from etl.reference.tables import Reference
from etl.registers.spec import file_date

N_PILOTS = 40
FIRST_YEAR, LAST_YEAR = 2016, 2022
DEMO_SOURCE = "Demodata (fictief), gemaakt met python -m etl demo"
# Themes of the shipped themas.csv; most pilots are on confused behaviour, as in the Q&A.
THEMES = ("verward-gedrag", "ondermijning", "jongeren", "intelligence", "cybercrime")
THEME_WEIGHTS = (0.6, 0.1, 0.1, 0.1, 0.1)
FOCUS_THEME = "verward-gedrag"
CATEGORY_WORDS = {
    "passend vervoer": "passend vervoer",
    "triage": "triage",
    "beoordelingslocaties": "beoordelingslocatie",
}
THEME_WORDS = {
    "ondermijning": "weerbare wijk",
    "jongeren": "jongerenaanpak",
    "intelligence": "informatiegestuurde aanpak",
    "cybercrime": "cyberweerbaarheid",
}
LEADS = ("Demo-zorgpartner A", "Demo-zorgpartner B", "Demo-gemeente", "Demo-veiligheidshuis")
PARTNERS = ("Demo-GGZ", "Demo-politieteam", "Demo-ambulancedienst", "Demo-woningcorporatie")
FUNDERS = ("Demo-fonds", "Demo-zorgverzekeraar", "Demo-provincie")
# (indicator, unit, lowest, highest): numbers comparable across pilots.
NUMERIC_RESULTS = (
    ("Meldingen opgepakt", "meldingen per jaar", 40, 900),
    ("Minder insluitingen in een politiecel", "% t.o.v. vóór de pilot", 5, 60),
    ("Tijd tot de passende plek", "minuten (gemiddeld)", 25, 240),
    ("Ritten met passend vervoer", "ritten per jaar", 20, 600),
)
TEXT_INDICATOR = "Ervaring van de ketenpartners"
TEXT_RESULTS = (
    "Positief: zorg en politie werken sneller samen (fictief).",
    "Gemengd: goede samenwerking, maar te weinig meldingen in de avond (fictief).",
    "Positief: minder dubbel werk tussen de partners (fictief).",
    "Negatief: te weinig vaste medewerkers om het rooster te vullen (fictief).",
)


def pilot_demo(reference: Reference, rng: np.random.Generator) -> dict[str, pd.DataFrame]:
    """The three pilot registers with Dutch headers, as the real files."""
    municipalities = reference.municipalities.sort_values("municipality_code")
    by_district = {
        code: list(group["municipality_code"])
        for code, group in municipalities.groupby("district_code", sort=True)
    }
    names = municipality_names(municipalities)
    districts = sorted(by_district)
    pilots, sites, results = [], [], []
    for number in range(1, N_PILOTS + 1):
        district = districts[(number - 1) % len(districts)]
        origin = str(rng.choice(by_district[district]))
        pilot = _pilot(number, origin, names[origin], rng)
        pilots.append(pilot)
        sites += _sites(pilot, district, by_district, rng)
        results += _results(pilot, rng)
    frames = {
        PILOTS_FILE: (pilots, "pilots"),
        SITES_FILE: (sites, "pilot_sites"),
        RESULTS_FILE: (results, "pilot_results"),
    }
    specs = {spec.mart: spec for spec in PILOT_SPECS}
    return {
        file: pd.DataFrame(rows, columns=list(specs[mart].columns)).rename(
            columns=specs[mart].columns
        )
        for file, (rows, mart) in frames.items()
    }


def _pilot(number: int, origin: str, origin_name: str, rng: np.random.Generator) -> dict:
    theme = str(rng.choice(THEMES, p=THEME_WEIGHTS))
    category = str(rng.choice(vocab.PILOT_CATEGORIES)) if theme == FOCUS_THEME else ""
    topic = CATEGORY_WORDS[category] if category else THEME_WORDS[theme]
    start = pd.Timestamp(int(rng.integers(FIRST_YEAR, LAST_YEAR + 1)), int(rng.integers(1, 13)), 1)
    end = start + pd.DateOffset(months=int(rng.integers(9, 42))) - pd.Timedelta(days=1)
    open_end = rng.random() < 0.3
    status = _status(start, end, open_end, rng)
    subsidy = "" if rng.random() < 0.15 else str(int(rng.integers(30, 500)) * 500)
    return {
        "pilot_id": f"demo-pilot-{number:02d}",
        "name": f"Demo-pilot {number:02d} – {topic} {origin_name}",
        "theme_id": theme,
        "category": category,
        "lead_organisation": str(rng.choice(LEADS)),
        "origin_municipality_code": origin,
        "start_date": file_date(start),
        "end_date": "" if open_end else file_date(end),
        "status": status,
        "subsidy_eur": subsidy,
        "partners": "; ".join(rng.choice(PARTNERS, size=2, replace=False)),
        "funders": str(rng.choice(FUNDERS)),
        "description": "Fictieve pilot om het dashboard met meer gegevens te tonen.",
        "note": "Demodata: geen echte pilot, bedragen en resultaten zijn verzonnen.",
        "source": DEMO_SOURCE,
        "_start": start,
        "_open": open_end,
    }


def _status(start, end, open_end: bool, rng: np.random.Generator) -> str:
    if open_end and start.year == LAST_YEAR and rng.random() < 0.4:
        return "gepland"
    if open_end:
        return str(rng.choice(["lopend", "geborgd"], p=[0.65, 0.35]))
    if end.year >= LAST_YEAR + 1:
        return "lopend"
    return str(rng.choice(["afgerond", "geborgd", "gestopt"], p=[0.5, 0.35, 0.15]))


def _sites(pilot: dict, district: str, by_district: dict, rng: np.random.Generator) -> list[dict]:
    origin, start = pilot["origin_municipality_code"], pilot["_start"]
    rows = [_site(pilot, origin, "herkomst", "" if rng.random() < 0.1 else file_date(start))]
    nearby = [code for code in by_district[district] if code != origin]
    for code in rng.choice(nearby, size=int(rng.integers(0, 3)), replace=False):
        rows.append(_site(pilot, str(code), "deelnemer", file_date(start)))
    if rng.random() < 0.55:
        taken = {row["municipality_code"] for row in rows}
        elsewhere = [
            code
            for other in by_district
            if other != district or rng.random() < 0.3
            for code in by_district[other]
            if code not in taken
        ]
        for code in rng.choice(elsewhere, size=int(rng.integers(1, 6)), replace=False):
            year = min(start.year + int(rng.integers(1, 4)), LAST_YEAR + 1)
            month = int(rng.integers(1, 13))
            since = "" if rng.random() < 0.2 else file_date(pd.Timestamp(year, month, 1))
            rows.append(_site(pilot, str(code), "overnemer", since))
    return rows


def _site(pilot: dict, code: str, role: str, since: str) -> dict:
    return {
        "pilot_id": pilot["pilot_id"],
        "municipality_code": code,
        "role": role,
        "since": since,
        "note": "Demodata (fictief).",
        "source": DEMO_SOURCE,
    }


def _results(pilot: dict, rng: np.random.Generator) -> list[dict]:
    rows = []
    chosen = rng.choice(len(NUMERIC_RESULTS), size=int(rng.integers(1, 3)), replace=False)
    measured = pilot["_start"] + pd.DateOffset(years=1)
    for index in sorted(chosen):
        indicator, unit, low, high = NUMERIC_RESULTS[index]
        rows.append(
            {
                "pilot_id": pilot["pilot_id"],
                "indicator": indicator,
                "value": str(int(rng.integers(low, high + 1))),
                "value_text": "",
                "unit": unit,
                "measured_on": "" if rng.random() < 0.2 else file_date(measured),
                "source": DEMO_SOURCE,
            }
        )
    if rng.random() < 0.6:
        rows.append(
            {
                "pilot_id": pilot["pilot_id"],
                "indicator": TEXT_INDICATOR,
                "value": "",
                "value_text": str(rng.choice(TEXT_RESULTS)),
                "unit": "",
                "measured_on": "",
                "source": DEMO_SOURCE,
            }
        )
    return rows
