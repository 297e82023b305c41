"""Key figures of the shown pilots and their figures per municipality (the map and its table).

A subsidy the register leaves empty is counted as unknown, never as € 0: sums are of the known
amounts, and each figure says how many are unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.display import tables
from dashboard.pilots.names import place_name
from dashboard.pilots.records import rows
from dashboard.texts import frame as frame_texts
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import district_names

COUNT_LAYER, SUBSIDY_LAYER = "pilots", "subsidie"  # the map's layers (keys of PILOTS_LAYERS)
ADOPTER = vocab.SITE_ROLES[1]
_COLUMNS = texts.PILOTS_MUNICIPALITY_COLUMNS
MUNICIPALITY_FORMATS = {
    **{_COLUMNS[c]: tables.NUMBER for c in ("n_pilots", "n_origin", "n_adopted")},
    _COLUMNS["subsidy"]: tables.ROUND_EURO,  # empty: no known amount (see the next column)
    _COLUMNS["subsidy_unknown"]: tables.NUMBER,
}


@dataclass(frozen=True)
class Figure:
    """One key figure: label, value in Dutch notation, what it counts, and a caveat if any."""

    label: str
    value: str
    help: str
    note: str | None = None


def reached(pilots: pd.DataFrame, sites: pd.DataFrame) -> set[tuple[str, str]]:
    """Every (pilot, municipality) a pilot reached: its origin and each of its sites."""
    pairs = set(rows(sites, "pilot_id", "municipality_code"))
    pairs |= {
        (pilot, code)
        for pilot, code in rows(pilots, "pilot_id", "origin_municipality_code")
        if isinstance(code, str)
    }
    return pairs


def real_pilots(pilots: pd.DataFrame) -> str:
    """How many of the pilots are real (not demo), in Dutch notation: the register's count."""
    return dutch.number(int((~pilots["is_demo"].astype(bool)).sum()))


def key_figures(pilots: pd.DataFrame, sites: pd.DataFrame) -> list[Figure]:
    """Number of pilots, subsidy total (or 'onbekend'), municipalities reached, adoptions."""
    number = dutch.number
    known = pilots["subsidy_eur"].dropna()
    n_unknown = len(pilots) - len(known)
    adoptions = sites[sites["role"] == ADOPTER]
    n_demo = int(pilots["is_demo"].sum())
    demo = texts.PILOTS_METRIC_DEMO.format(n=number(n_demo)) if n_demo else ""
    return [
        Figure(
            texts.PILOTS_METRIC_PILOTS,
            number(len(pilots)),
            texts.PILOTS_METRIC_PILOTS_HELP + demo,
        ),
        Figure(
            texts.PILOTS_METRIC_SUBSIDY,
            frame_texts.UNKNOWN if known.empty else dutch.euro_short(float(known.sum())),
            texts.PILOTS_METRIC_SUBSIDY_HELP.format(
                known=number(len(known)), total=number(len(pilots))
            ),
            texts.PILOTS_METRIC_SUBSIDY_UNKNOWN.format(
                pilots=dutch.count(n_unknown, *texts.PILOT_WORDS)
            )
            if n_unknown and not known.empty
            else None,
        ),
        Figure(
            texts.PILOTS_METRIC_REACHED,
            number(len({code for _, code in reached(pilots, sites)})),
            texts.PILOTS_METRIC_REACHED_HELP,
        ),
        Figure(
            texts.PILOTS_METRIC_ADOPTIONS,
            number(len(adoptions)),
            texts.PILOTS_METRIC_ADOPTIONS_HELP.format(
                unknown=number(int(adoptions["since"].isna().sum()))
            ),
        ),
    ]


def municipality_figures(
    pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame
) -> pd.DataFrame:
    """Per municipality: pilots reached, started (origin), adopted, and the subsidy of the
    pilots that started there (`subsidy_eur` NaN when none of them has a known amount)."""
    reach: dict[str, set] = {}
    adopted: dict[str, set] = {}
    for pilot, code, role in rows(sites, "pilot_id", "municipality_code", "role"):
        reach.setdefault(code, set()).add(pilot)
        if role == ADOPTER:
            adopted.setdefault(code, set()).add(pilot)
    started: dict[str, int] = {}
    amounts: dict[str, float] = {}
    unknown: dict[str, int] = {}
    for pilot, code, amount in rows(pilots, "pilot_id", "origin_municipality_code", "subsidy_eur"):
        if code is None or pd.isna(code):
            continue
        reach.setdefault(code, set()).add(pilot)
        started[code] = started.get(code, 0) + 1
        if pd.isna(amount):
            unknown[code] = unknown.get(code, 0) + 1
        else:
            amounts[code] = amounts.get(code, 0.0) + float(amount)
    codes = municipalities["municipality_code"].tolist()
    return pd.DataFrame(
        {
            "municipality_code": codes,
            "name": municipalities["name"].tolist(),
            "district_code": municipalities["district_code"].tolist(),
            "n_pilots": [len(reach.get(c, ())) for c in codes],
            "n_origin": [started.get(c, 0) for c in codes],
            "n_adopted": [len(adopted.get(c, ())) for c in codes],
            "subsidy_eur": [amounts.get(c, float("nan")) for c in codes],
            "subsidy_unknown": [unknown.get(c, 0) for c in codes],
        }
    )


def subsidy_text(amount: float, unknown: int) -> str:
    """'€ 120.000', 'onbekend', or '€ 120.000 (+ 1 onbekend)'; '' when nothing is counted."""
    if pd.isna(amount):
        return frame_texts.UNKNOWN if unknown else ""
    text = dutch.euro_short(float(amount))
    if unknown:
        text += " " + texts.PILOTS_SUBSIDY_PARTLY.format(n=dutch.number(unknown))
    return text


def municipality_table(
    figures: pd.DataFrame, districts: pd.DataFrame, layer: str = COUNT_LAYER
) -> pd.DataFrame:
    """The map's figures as a table (Dutch headers): the municipalities with pilots, ordered
    by what the map shows (pilots, or subsidy with unknown amounts last), its column first.

    The subsidy is the sum of the known amounts (empty when none is known); beside it, how many
    pilots begun there have no known amount, so an unknown subsidy is never read as € 0."""
    names = district_names(districts)
    by = "subsidy_eur" if layer == SUBSIDY_LAYER else "n_pilots"
    shown = figures[figures["n_pilots"] > 0].sort_values(
        [by, "n_pilots", "name"], ascending=[False, False, True], na_position="last"
    )
    table = pd.DataFrame(
        {
            "name": [
                place_name(name, names.get(code, code))
                for name, code in rows(shown, "name", "district_code")
            ],
            "n_pilots": shown["n_pilots"],
            "n_origin": shown["n_origin"],
            "n_adopted": shown["n_adopted"],
            "subsidy": shown["subsidy_eur"],
            "subsidy_unknown": shown["subsidy_unknown"],
        }
    )
    if layer == SUBSIDY_LAYER:
        table = table[["name", "subsidy", "subsidy_unknown", "n_pilots", "n_origin", "n_adopted"]]
    return table.rename(columns=texts.PILOTS_MUNICIPALITY_COLUMNS)
