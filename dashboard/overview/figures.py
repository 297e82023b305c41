"""Key figures and tables of the overview (pure: frames in, display frames out)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.display import tables
from dashboard.texts import frame as frame_texts
from dashboard.texts import kaart as kaart_texts
from dashboard.texts import overzicht as texts
from etl.core import dutch
from etl.reference.names import district_names

# How the number columns of the district and municipality tables read (the same headers).
FORMATS = {
    texts.DISTRICT_COLUMNS["n_municipalities"]: tables.NUMBER,
    texts.DISTRICT_COLUMNS["inhabitants"]: tables.NUMBER,
    texts.MUNICIPALITY_COLUMNS["area_km2"]: tables.TWO_DECIMALS,
}
MAP_TABLE_COLUMNS = ("name", "district", "inhabitants")
MAP_TABLE_SORT = texts.MUNICIPALITY_COLUMNS["inhabitants"]  # largest first, as the map table starts
MAP_TABLE_COLUMNS_ONE_DISTRICT = ("name", "inhabitants", "area_km2")
DISTRICT_TABLE_COLUMNS = ("name", "municipality_code", "province", "inhabitants", "area_km2")


@dataclass(frozen=True)
class KeyFigures:
    municipalities: str
    inhabitants: str
    districts: str
    inhabitants_date: str


def key_figures(municipalities: pd.DataFrame, districts: pd.DataFrame) -> KeyFigures:
    """The three headline numbers, formatted in Dutch notation."""
    dates = municipalities["inhabitants_date"].dropna()
    return KeyFigures(
        municipalities=dutch.number(len(municipalities)),
        inhabitants=dutch.number(int(municipalities["inhabitants"].sum())),
        districts=dutch.number(len(districts)),
        inhabitants_date=dutch.date(dates.max()) if not dates.empty else frame_texts.UNKNOWN,
    )


def district_summary(districts: pd.DataFrame) -> pd.DataFrame:
    """One row per district plus a total row, with Dutch headers; counts stay numbers."""
    ordered = districts.sort_values("district_code")
    total = pd.DataFrame(
        [
            {
                "name": frame_texts.TOTAL,
                "district_code": "",
                "safety_region": "",
                "n_municipalities": ordered["n_municipalities"].sum(),
                "inhabitants": ordered["inhabitants"].sum(),
            }
        ]
    )
    table = pd.concat([ordered[list(texts.DISTRICT_COLUMNS)], total], ignore_index=True)
    return table.astype({"n_municipalities": "int64", "inhabitants": "int64"}).rename(
        columns=texts.DISTRICT_COLUMNS
    )


def municipality_table(
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
    district_code: str | None = None,
    columns: tuple[str, ...] = tuple(texts.MUNICIPALITY_COLUMNS),
) -> pd.DataFrame:
    """The municipalities (of one district, or all), largest first, with Dutch headers."""
    names = district_names(districts)
    chosen = municipalities
    if district_code is not None:
        chosen = municipalities[municipalities["district_code"] == district_code]
    table = chosen.assign(district=chosen["district_code"].map(names)).sort_values(
        ["inhabitants", "name"], ascending=[False, True]
    )
    table = table[list(columns)].reset_index(drop=True)
    return table.rename(columns=texts.MUNICIPALITY_COLUMNS)


def map_table_heading(districts: pd.DataFrame, district_code: str | None) -> str:
    """'Alle districten', or 'Gemeenten in Twente' when a district is chosen."""
    if district_code is None:
        return kaart_texts.MAP_TABLE_ALL
    return kaart_texts.MAP_TABLE_ONE.format(district=district_names(districts)[district_code])


def district_sentence(districts: pd.DataFrame, district_code: str) -> str:
    """'Twente: 14 gemeenten, 629.284 inwoners.'"""
    row = districts.set_index("district_code").loc[district_code]
    return kaart_texts.MAP_SUMMARY.format(
        district=row["name"],
        n=dutch.number(row["n_municipalities"]),
        inhabitants=dutch.number(row["inhabitants"]),
    )


def source_table(municipalities: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    """Which source each reference table comes from, with its reference date."""
    rows = [
        (texts.SOURCE_TABLE_MUNICIPALITIES, municipalities, "inhabitants_date"),
        (texts.SOURCE_TABLE_DISTRICTS, districts, "reference_date"),
    ]
    records = []
    for label, frame, date_column in rows:
        for (source, date), _ in frame.groupby(["source", date_column], sort=True):
            records.append({"table": label, "source": source, "reference_date": dutch.date(date)})
    return pd.DataFrame(records, columns=list(texts.SOURCE_COLUMNS)).rename(
        columns=texts.SOURCE_COLUMNS
    )
