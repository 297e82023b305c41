"""The work-programme activities of a place: the programme is regional, so every place has all."""

from __future__ import annotations

import pandas as pd

from dashboard.display.cells import label
from dashboard.governance.names import theme_names
from dashboard.profile.model import ActivityLine
from dashboard.texts import labels
from etl.core import dutch


def activity_lines(workplan: pd.DataFrame, themes: pd.DataFrame) -> tuple[ActivityLine, ...]:
    """Every activity in the programme's order, with its period, status label and theme name."""
    names = theme_names(themes)
    return tuple(
        ActivityLine(
            activity_id=row["activity_id"],
            title=row["title"],
            period=dutch.period(int(row["start_year"]), int(row["end_year"])),
            status=label(labels.ACTIVITY_STATUS, row["status"]),
            theme="" if pd.isna(row["theme_id"]) else names.get(row["theme_id"], row["theme_id"]),
        )
        for row in workplan.to_dict("records")
    )
