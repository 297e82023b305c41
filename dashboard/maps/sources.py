"""Where the map's figures come from: boundaries, municipalities and inhabitants, districts,
each with its source and reference date, and when the data was built (pure text)."""

from __future__ import annotations

import pandas as pd

from dashboard.texts import kaart as texts
from etl.core import dutch


def sources_text(municipalities: pd.DataFrame, districts: pd.DataFrame, manifest: dict) -> str:
    """One caption in the words of Overzicht's source table, for under the map."""
    return texts.MAP_SOURCES.format(
        boundaries=manifest["boundaries"]["source"],
        inhabitants=_with_dates(municipalities, "inhabitants_date"),
        districts=_with_dates(districts, "reference_date"),
        moment=dutch.moment(manifest["built_at"]),
    )


def _with_dates(frame: pd.DataFrame, date_column: str) -> str:
    """'source (peildatum 1 januari 2019)' per source and date, joined by semicolons."""
    pairs = frame[["source", date_column]].drop_duplicates().sort_values(["source", date_column])
    return "; ".join(
        texts.MAP_SOURCE_DATED.format(source=source, date=dutch.date(date))
        for source, date in pairs.itertuples(index=False)
    )
