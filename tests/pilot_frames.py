"""Tiny literal frames of three pilots, their sites and results, for the pilot builders' tests.

Street triage (Deventer, start unknown, adopted by Enschede in 2019 and by Hengelo at an unknown
date), Passend vervoer Arnhem (2017-2018, adopted by Nijmegen) and a demo pilot in Nijmegen.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

T = pd.Timestamp
NAT = pd.NaT
HOSTILE = "<img src=x onerror=alert(1)> **vet** [link](javascript:alert(1))"


def municipalities() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "municipality_code": ["GM0150", "GM0153", "GM0164", "GM0202", "GM0268"],
            "name": ["Deventer", "Enschede", "Hengelo", "Arnhem", "Nijmegen"],
            "district_code": ["VR04", "VR05", "VR05", "VR07", "VR08"],
            "lat": [52.25, 52.22, 52.27, 52.0, 51.84],
            "lon": [6.18, 6.89, 6.79, 5.87, 5.86],
        }
    )


def districts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "district_code": ["VR04", "VR05", "VR06", "VR07", "VR08"],
            "name": ["IJsselland", "Twente", "NOG", "Gelderland-Midden", "Gelderland-Zuid"],
        }
    )


def themes() -> pd.DataFrame:
    return pd.DataFrame({"theme_id": ["verward-gedrag", "jongeren"], "name": ["Verward", "Jong"]})


def pilots() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pilot_id": ["st", "vervoer", "jong"],
            "name": ["Street triage", "Passend vervoer Arnhem", "Jongeren Nijmegen"],
            "theme_id": ["verward-gedrag", "verward-gedrag", "jongeren"],
            "category": ["triage", "passend vervoer", None],
            "lead_organisation": [None, "GGZ", None],
            "origin_municipality_code": ["GM0150", "GM0202", "GM0268"],
            "start_date": [NAT, T("2017-03-01"), T("2020-01-01")],
            "end_date": [NAT, T("2018-12-31"), NAT],
            "status": ["geborgd", "afgerond", None],
            "subsidy_eur": [None, 120000.0, 30000.0],
            "partners": [["Dimence"], [], []],
            "funders": [["Menzis"], [], []],
            "description": [None, None, None],
            "note": [None, None, None],
            "source": ["https://example.org/a; Q&A", "bron b", "bron c"],
            "is_demo": [False, False, True],
        }
    )


def sites() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pilot_id": ["st", "st", "st", "vervoer", "vervoer", "jong"],
            "municipality_code": ["GM0150", "GM0153", "GM0164", "GM0202", "GM0268", "GM0268"],
            "role": ["herkomst", "overnemer", "overnemer", "herkomst", "overnemer", "herkomst"],
            "since": [NAT, T("2019-01-01"), NAT, T("2017-03-01"), T("2018-05-01"), NAT],
            "note": [None] * 6,
            "source": ["s1", "s2", "s3", "s4", "s5", "s6"],
            "is_demo": [False, False, False, False, False, True],
        }
    )


def results() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pilot_id": ["st", "vervoer", "jong", "st"],
            "indicator": ["Meldingen", "Meldingen", "Meldingen", "Ervaring"],
            "value": [2200.0, 350.5, None, None],
            "value_text": [None, None, "veel", "goed"],
            "unit": ["meldingen", "meldingen", None, None],
            "measured_on": [NAT, T("2018-06-01"), NAT, NAT],
            "source": ["r1", "r2", "r3", "r4"],
            "is_demo": [False, False, True, False],
        }
    )


def marts(**replaced) -> SimpleNamespace:
    tables = {
        "pilots": pilots(),
        "pilot_sites": sites(),
        "pilot_results": results(),
        "municipalities": municipalities(),
        "districts": districts(),
        "themes": themes(),
    }
    return SimpleNamespace(**(tables | replaced))
