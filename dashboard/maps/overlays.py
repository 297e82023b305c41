"""What the district map colours its municipalities by: one overlay per question a mayor asks.

An overlay is data only (colours, legend, extra tooltip lines), so the map builder stays one
function and every overlay is tested without a map.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.display.palette import DISTRICT_COLOURS, MATURITY_COLOURS
from dashboard.funding import layers as funding_layers
from dashboard.funding.rows import DEFAULT_YEAR, year_rows
from dashboard.texts import financiering as financiering_texts
from dashboard.texts import frame as frame_texts
from dashboard.texts import kaart as texts

DISTRICTS = "districten"
GOVERNANCE = "overleggen"
CONTRIBUTION = "bijdrage"
CONTRIBUTION_STATUS = "bijdragestatus"
FUNDING_LAYERS = (CONTRIBUTION, CONTRIBUTION_STATUS)  # these take a year (`?jaar=`)


@dataclass(frozen=True)
class Overlay:
    """Fill colour per municipality, the legend that explains it, and extra tooltip lines."""

    key: str
    title: str
    colours: dict[str, str]  # municipality_code -> fill colour
    legend: list[tuple[str, str]]  # (label, colour)
    tooltip: dict[str, dict[str, str]] = field(default_factory=dict)  # alias -> code -> text
    year: int | None = None  # the year a layer through time shows (its maps are cached by it)


def district_overlay(municipalities: pd.DataFrame, districts: pd.DataFrame) -> Overlay:
    """Each municipality in the colour of its district."""
    ordered = districts.sort_values("district_code")
    colours = {
        row.municipality_code: DISTRICT_COLOURS[row.district_code]
        for row in municipalities.itertuples(index=False)
    }
    legend = [(row.name, DISTRICT_COLOURS[row.district_code]) for row in ordered.itertuples()]
    return Overlay(DISTRICTS, texts.MAP_LEGEND_TITLE, colours, legend)


def district_governance(districts: pd.DataFrame, bodies: pd.DataFrame) -> pd.DataFrame:
    """Per district: its DVO and its district network with status and maturity (or unknown)."""

    def first_of(body_type: str) -> pd.DataFrame:
        chosen = bodies[bodies["body_type"] == body_type].drop_duplicates("district_code")
        return chosen.set_index("district_code")

    dvo, network = first_of("dvo"), first_of("districtsnetwerk")
    table = districts[["district_code", "name"]].sort_values("district_code")
    return table.assign(
        dvo=table["district_code"].map(dvo["name"]),
        dvo_status=table["district_code"].map(dvo["status"]),
        network=table["district_code"].map(network["name"]),
        maturity=table["district_code"].map(network["maturity"]).fillna("ontbreekt"),
    ).fillna(
        {
            "dvo": frame_texts.UNKNOWN,
            "dvo_status": frame_texts.UNKNOWN,
            "network": frame_texts.NONE_RECORDED,
        }
    )


def governance_overlay(
    municipalities: pd.DataFrame, districts: pd.DataFrame, bodies: pd.DataFrame
) -> Overlay:
    """Each municipality in the colour of its district network's maturity, DVO in the tooltip."""
    per_district = district_governance(districts, bodies).set_index("district_code")
    district_of = municipalities.set_index("municipality_code")["district_code"]
    maturity = district_of.map(per_district["maturity"])
    colours = {code: MATURITY_COLOURS[value] for code, value in maturity.items()}
    legend = [(label, MATURITY_COLOURS[label]) for label in MATURITY_COLOURS]
    tooltip = {
        texts.MAP_TOOLTIP_DVO: district_of.map(per_district["dvo"]).to_dict(),
        texts.MAP_TOOLTIP_MATURITY: maturity.to_dict(),
    }
    return Overlay(GOVERNANCE, texts.MAP_LEGEND_MATURITY, colours, legend, tooltip)


def governance_table(districts: pd.DataFrame, bodies: pd.DataFrame) -> pd.DataFrame:
    """The figures of the governance overlay as a table with Dutch headers."""
    table = district_governance(districts, bodies)
    return table[list(texts.GOVERNANCE_COLUMNS)].rename(columns=texts.GOVERNANCE_COLUMNS)


def contribution_overlay(contributions: pd.DataFrame, year: int) -> Overlay:
    """Each municipality in the ColorBrewer class of what it is asked in `year`, in euro."""
    colours, legend, tooltip = funding_layers.amount_layer(year_rows(contributions, year))
    title = financiering_texts.FUNDING_LEGEND_AMOUNT.format(year=year)
    return Overlay(CONTRIBUTION, title, colours, legend, tooltip, year)


def contribution_status_overlay(contributions: pd.DataFrame, year: int) -> Overlay:
    """Each municipality in the Okabe-Ito colour of its contribution status in `year`."""
    colours, legend, tooltip = funding_layers.status_layer(year_rows(contributions, year))
    title = financiering_texts.FUNDING_LEGEND_STATUS.format(year=year)
    return Overlay(CONTRIBUTION_STATUS, title, colours, legend, tooltip, year)


def choose(key: str, marts, year: int | None = None) -> Overlay:
    """The overlay named in the URL, built from the marts it needs (funding: for `year`)."""
    if key == GOVERNANCE:
        return governance_overlay(marts.municipalities, marts.districts, marts.bodies)
    if key == CONTRIBUTION:
        return contribution_overlay(marts.contributions, year or DEFAULT_YEAR)
    if key == CONTRIBUTION_STATUS:
        return contribution_status_overlay(marts.contributions, year or DEFAULT_YEAR)
    return district_overlay(marts.municipalities, marts.districts)
