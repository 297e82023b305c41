"""Where each body stands in the network: a band per level, tiers within a band.

Deterministic: the same bodies give the same picture, whatever their order in the register.
Coordinates: x from 0 to 1 across the plot; y in pixels of the plot, 0 at the top of the first
band and negative downwards (plotly's y axis points up), so a tier is as high on every screen.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.governance.bodies import ordered
from etl.contract import vocabulary as vocab

SUB_ROW_LIMITS = (5, 10)  # more bodies in a one-tier band: two, then three sub-rows
TIER_SUB_ROW_LIMITS = (3, 8)  # the same for one tier of several: their labels leave room
# Organisation-chart tiers within a level: who decides on top, who works below, who helps lowest.
TIER_TYPES = (
    ("bestuurlijk overleg", "stuurgroep", "dvo"),
    ("ambtelijk overleg", "werkgroep", "platform", "organisatie", "districtsnetwerk"),
    ("expertteam", "functie"),
)
TYPE_TIERS = {body_type: tier for tier, types in enumerate(TIER_TYPES) for body_type in types}
TIER_PX = 150  # between two tiers: a label of three lines and room for arcs between them
SUB_ROW_PX = 75  # between the alternating sub-rows of a crowded one-tier band
BAND_TOP_PX = 55  # above the highest nodes of a band: room for arcs that lift over a tier
BAND_FOOT_PX = 90  # below the lowest nodes of a band: their labels


@dataclass(frozen=True)
class Band:
    """One level's horizontal band: its row number, level, and top and bottom edge (y)."""

    index: int
    level: str
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def node_positions(bodies: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """body_id → (x, y): a band per level, top to bottom, the bodies of a tier evenly spread.

    Within a band, bodies stand in tiers like an organisation chart: administrative bodies on
    top, working bodies below, teams and functions lowest (TYPE_TIERS), so each DVO stands above
    its district network. A crowded tier alternates over sub-rows, so that neighbouring labels
    sit at different heights and arcs find a way between them.
    """
    return _layout(ordered(bodies))[0]


def level_bands(bodies: pd.DataFrame) -> list[Band]:
    """The bands of the levels present, top to bottom."""
    return _layout(ordered(bodies))[1]


def level_rows(frame: pd.DataFrame) -> list[tuple[int, str]]:
    """The levels present with their row number, top to bottom (unknown levels last)."""
    present = list(dict.fromkeys(frame["level"]))
    ordered_levels = [level for level in vocab.LEVELS if level in present]
    ordered_levels += [level for level in present if level not in vocab.LEVELS]
    return list(enumerate(ordered_levels))


def _layout(frame: pd.DataFrame) -> tuple[dict[str, tuple[float, float]], list[Band]]:
    positions: dict[str, tuple[float, float]] = {}
    bands, top = [], 0.0
    for row_index, level in level_rows(frame):
        in_row = frame[frame["level"] == level]
        tiers = in_row["body_type"].map(lambda body_type: TYPE_TIERS.get(body_type, 1))
        limits = SUB_ROW_LIMITS if tiers.nunique() == 1 else TIER_SUB_ROW_LIMITS
        y = top - BAND_TOP_PX
        for tier in sorted(tiers.unique()):
            ids = in_row.loc[tiers == tier, "body_id"].tolist()
            depth = sum(len(ids) > limit for limit in limits)
            for index, body_id in enumerate(ids):
                positions[body_id] = (
                    _spread(index, len(ids)),
                    y - SUB_ROW_PX * (index % (depth + 1)),
                )
            y -= SUB_ROW_PX * depth + TIER_PX
        bottom = y + TIER_PX - BAND_FOOT_PX
        bands.append(Band(row_index, level, top, bottom))
        top = bottom
    return positions, bands


def _spread(index: int, count: int) -> float:
    return (index + 0.5) / count
