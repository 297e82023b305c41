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
# Organisation-chart tiers within a level: who decides on top, then the organisations (partners
# such as police and OM apart from the bodies that work), who works, who helps lowest.
TIER_TYPES = (
    ("bestuurlijk overleg", "stuurgroep", "dvo"),
    ("organisatie",),
    ("ambtelijk overleg", "werkgroep", "platform", "districtsnetwerk"),
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


Row = tuple[str, int]  # (level, tier): one row of the organisation chart


def node_positions(
    bodies: pd.DataFrame, single_rows: frozenset[Row] = frozenset()
) -> dict[str, tuple[float, float]]:
    """body_id → (x, y): a band per level, top to bottom, the bodies of a tier evenly spread.

    Within a band, bodies stand in tiers like an organisation chart: administrative bodies on
    top, working bodies below, teams and functions lowest (TYPE_TIERS), so each DVO stands above
    its district network. A crowded tier alternates over sub-rows, so that neighbouring labels
    sit at different heights and arcs find a way between them; not so the rows in
    `single_rows`, which a rail runs through (`graph_bundles`).
    """
    return _layout(ordered(bodies), single_rows)[0]


def level_bands(bodies: pd.DataFrame, single_rows: frozenset[Row] = frozenset()) -> list[Band]:
    """The bands of the levels present, top to bottom."""
    return _layout(ordered(bodies), single_rows)[1]


def layout(
    ordered_bodies: pd.DataFrame, single_rows: frozenset[Row] = frozenset()
) -> tuple[dict[str, tuple[float, float]], list[Band]]:
    """Positions and bands at once, of bodies already in `bodies.ordered` order (one pass)."""
    return _layout(ordered_bodies, single_rows)


def body_rows(bodies: pd.DataFrame) -> pd.Series:
    """Per body (by index) the row it stands in: (level, tier)."""
    tiers = bodies["body_type"].map(_tier)
    return pd.Series(list(zip(bodies["level"], tiers, strict=True)), index=bodies.index)


def level_rows(frame: pd.DataFrame) -> list[tuple[int, str]]:
    """The levels present with their row number, top to bottom (unknown levels last)."""
    present = list(dict.fromkeys(frame["level"]))
    ordered_levels = [level for level in vocab.LEVELS if level in present]
    ordered_levels += [level for level in present if level not in vocab.LEVELS]
    return list(enumerate(ordered_levels))


def _layout(frame: pd.DataFrame, single_rows) -> tuple[dict[str, tuple[float, float]], list[Band]]:
    positions: dict[str, tuple[float, float]] = {}
    bands, top = [], 0.0
    for row_index, level in level_rows(frame):
        in_row = frame[frame["level"] == level]
        tiers = in_row["body_type"].map(_tier)
        limits = SUB_ROW_LIMITS if tiers.nunique() == 1 else TIER_SUB_ROW_LIMITS
        y = top - BAND_TOP_PX
        for tier in sorted(tiers.unique()):
            ids = in_row.loc[tiers == tier, "body_id"].tolist()
            depth = 0 if (level, tier) in single_rows else sum(len(ids) > lim for lim in limits)
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


def _tier(body_type: str) -> int:
    """A body type's tier; a type the chart does not know stands with the working bodies."""
    return TYPE_TIERS.get(body_type, TYPE_TIERS["werkgroep"])


def _spread(index: int, count: int) -> float:
    return (index + 0.5) / count
