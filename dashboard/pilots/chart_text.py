"""Text alternatives of the pilot charts: a one-sentence summary computed from the data shown,
and the chart's values as a table with Dutch headers, to read beside the figure.

Names stay plain text here: `svg.picture`, `svg.image` (which escape them) and `st.dataframe`
show text as typed.
"""

from __future__ import annotations

import pandas as pd

from dashboard.pilots.diffusion import edges_until
from dashboard.pilots.records import records
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch


def _value(value: float, unit: object) -> str:
    return dutch.number(value) + (f" {unit}" if isinstance(unit, str) and unit else "")


def results_alt(compared: pd.DataFrame, indicator: str) -> str:
    """'Staafdiagram van meldingen: 3 pilots met een getal; hoogste: A, 12; laagste: C, 2. …'

    `compared` is `results.indicator_results`: one indicator, highest number first."""
    numeric = compared[compared["value"].notna()]
    first, last = numeric.iloc[0], numeric.iloc[-1]
    if len(numeric) == 1:
        return texts.PILOTS_RESULTS_ALT_ONE.format(
            indicator=indicator, top=first["pilot"], value=_value(first["value"], first["unit"])
        )
    return texts.PILOTS_RESULTS_ALT.format(
        indicator=indicator,
        pilots=dutch.count(len(numeric), *texts.PILOT_WORDS),
        top=first["pilot"],
        value=_value(first["value"], first["unit"]),
        bottom=last["pilot"],
        lowest=_value(last["value"], last["unit"]),
    )


def timeline_alt(pilots: pd.DataFrame) -> str:
    """The timeline in one or two sentences: how many pilots, how many without a start, and
    which started first."""
    text = texts.PILOTS_TIMELINE_ALT.format(
        pilots=dutch.count(len(pilots), *texts.PILOT_WORDS),
        undated=dutch.number(int(pilots["start_date"].isna().sum())),
    )
    dated = pilots[pilots["start_date"].notna()].sort_values(["start_date", "name"])
    if dated.empty:
        return text
    first = dated.iloc[0]
    return text + texts.PILOTS_TIMELINE_ALT_FIRST.format(
        pilot=first["name"], month=dutch.month(first["start_date"])
    )


def timeline_table(pilots: pd.DataFrame, sites: pd.DataFrame) -> pd.DataFrame:
    """What the timeline draws, one row per pilot: status, start and end by month (or that
    they are unknown), and how many municipalities adopted it."""
    adopted = sites[sites["role"] == vocab.SITE_ROLES[1]].groupby("pilot_id").size()
    rows = records(pilots, ["pilot_id", "name", "status", "start_date", "end_date"])
    table = pd.DataFrame(
        {
            "pilot": [r["name"] for r in rows],
            "status": [labels.PILOT_STATUS.get(r["status"], frame_texts.UNKNOWN) for r in rows],
            "start": [dutch.month(r["start_date"]) or texts.PILOTS_START_UNKNOWN for r in rows],
            "end": [dutch.month(r["end_date"]) or texts.PILOTS_END_UNKNOWN for r in rows],
            "adopted": [
                dutch.count(int(adopted.get(r["pilot_id"], 0)), *texts.MUNICIPALITY_WORDS)
                for r in rows
            ],
        },
        columns=list(texts.PILOTS_TIMELINE_COLUMNS),
    )
    return table.rename(columns=texts.PILOTS_TIMELINE_COLUMNS)


def diffusion_table(edges: pd.DataFrame, year: int) -> pd.DataFrame:
    """The arrows the diffusion figure draws up to `year`: from where, to where, which pilot,
    since which month."""
    drawn = edges_until(edges, year)
    table = pd.DataFrame(
        {
            "origin": drawn["origin"],
            "adopter": drawn["adopter"],
            "pilot": drawn["pilot"],
            "since": drawn["since"].map(dutch.month),
        },
        columns=list(texts.PILOTS_DIFFUSION_COLUMNS),
    )
    return table.rename(columns=texts.PILOTS_DIFFUSION_COLUMNS)
