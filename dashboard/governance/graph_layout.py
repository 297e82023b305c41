"""Where each body stands in the network: a row per level, tiers within a row, arcs between.

Deterministic: the same bodies give the same picture, whatever their order in the register.
Coordinates: x from 0 to 1 across the plot, y = -row (landelijk on top at 0), with sub-rows and
tiers within ±SUB_ROW_SPREAD of their row.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from dashboard.governance.bodies import ordered
from etl.contract import vocabulary as vocab

SUB_ROW_LIMITS = (5, 10)  # more bodies in a row: two, then three sub-rows
SUB_ROW_SPREAD = 0.3  # sub-rows lie within ±0.3 of their row (rows are 1 apart)
# Organisation-chart tiers within a level: who decides on top, who works below, who helps lowest.
TIER_TYPES = (
    ("bestuurlijk overleg", "stuurgroep", "dvo"),
    ("ambtelijk overleg", "werkgroep", "platform", "organisatie", "districtsnetwerk"),
    ("expertteam", "functie"),
)
TYPE_TIERS = {body_type: tier for tier, types in enumerate(TIER_TYPES) for body_type in types}
ASPECT = 0.2  # one row is drawn about a fifth as high as the plot is wide
CURVE_POINTS = 17


def node_positions(bodies: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """body_id → (x, y): a row per level, top to bottom, the bodies of a row evenly spread.

    Within a row, bodies stand in tiers like an organisation chart: administrative bodies on
    top, working bodies below, teams and functions lowest (TYPE_TIERS), so each DVO stands above
    its district network. A row of one tier that is crowded alternates over sub-rows instead,
    so that neighbouring labels sit at different heights.
    """
    frame = ordered(bodies)
    positions: dict[str, tuple[float, float]] = {}
    for row_index, row in level_rows(frame):
        in_row = frame[frame["level"] == row]
        tiers = in_row["body_type"].map(lambda body_type: TYPE_TIERS.get(body_type, 1))
        if tiers.nunique() == 1:
            ids = in_row["body_id"].tolist()
            heights = _sub_rows(len(ids))
            for index, body_id in enumerate(ids):
                positions[body_id] = (
                    _spread(index, len(ids)),
                    -row_index + heights[index % len(heights)],
                )
            continue
        levels = sorted(tiers.unique())
        heights = dict(zip(levels, _tier_heights(len(levels)), strict=True))
        for tier in levels:
            ids = in_row.loc[tiers == tier, "body_id"].tolist()
            for index, body_id in enumerate(ids):
                positions[body_id] = (_spread(index, len(ids)), -row_index + heights[tier])
    return positions


def level_rows(frame: pd.DataFrame) -> list[tuple[int, str]]:
    """The levels present with their row number, top to bottom (unknown levels last)."""
    present = list(dict.fromkeys(frame["level"]))
    ordered_levels = [level for level in vocab.LEVELS if level in present]
    ordered_levels += [level for level in present if level not in vocab.LEVELS]
    return list(enumerate(ordered_levels))


def _spread(index: int, count: int) -> float:
    return (index + 0.5) / count


def _tier_heights(count: int) -> list[float]:
    """Heights (relative to the row) of `count` tiers, top tier highest."""
    if count == 1:
        return [0.0]
    step = 2 * SUB_ROW_SPREAD / (count - 1)
    return [SUB_ROW_SPREAD - step * index for index in range(count)]


def _sub_rows(n: int) -> list[float]:
    """The heights (relative to the row) over which a row of n bodies alternates."""
    return _tier_heights(1 + sum(n > limit for limit in SUB_ROW_LIMITS))


def curve(start: tuple[float, float], end: tuple[float, float]) -> np.ndarray:
    """A gentle arc from start to end (CURVE_POINTS × 2), bending to the left of its direction.

    Two relations in opposite directions thus take different arcs; an arc within a row lifts
    over the bodies between its ends.
    """
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, (y1 - y0) * ASPECT
    length = math.hypot(dx, dy) or 1.0
    flat = 1.0 - min(abs(dy) / length, 1.0)  # 1 for a horizontal edge
    offset = min(length * (0.12 + 0.2 * flat), 0.06 + 0.03 * flat)
    normal = (-dy / length, dx / length)
    cx = (x0 + x1) / 2 + normal[0] * offset
    cy = ((y0 + y1) / 2 * ASPECT + normal[1] * offset) / ASPECT
    t = np.linspace(0.0, 1.0, CURVE_POINTS)[:, None]
    points = np.array([[x0, y0]]) * (1 - t) ** 2 + np.array([[cx, cy]]) * 2 * (1 - t) * t
    return points + np.array([[x1, y1]]) * t**2
