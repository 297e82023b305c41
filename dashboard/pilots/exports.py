"""The shown pilots as download tables (CSV, Excel workbook) and as the table on the page.

Downloads keep stored values (dates, amounts, lists); the screen shows them in Dutch notation.
Downloads hold the real registers only, always (DESIGN §2: exports never hold demo data); the
table on the page shows demo rows too when demo data are on, with a column that marks them.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from dashboard.display import tables
from dashboard.display.cells import label
from dashboard.governance.names import theme_names
from dashboard.pilots.names import place_names
from dashboard.pilots.selection import is_regional
from dashboard.pilots.view import View
from dashboard.texts import exports as exports_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab

_, ADOPTER, PARTICIPANT = vocab.SITE_ROLES


def pilot_table(
    pilots: pd.DataFrame,
    sites: pd.DataFrame,
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
    themes: pd.DataFrame,
    show_demo: bool,
) -> pd.DataFrame:
    """One row per pilot with Dutch headers; the demo flag only when demo data are on."""
    place = place_names(municipalities, districts)
    themes_by_id = theme_names(themes)
    counts = sites.groupby(["pilot_id", "role"]).size().unstack(fill_value=0)
    table = pd.DataFrame(
        {
            "name": pilots["name"],
            "theme": pilots["theme_id"].map(lambda t: themes_by_id.get(t, t)),
            "category": pilots["category"].map(lambda c: label(labels.PILOT_CATEGORY, c, "")),
            "status": pilots["status"].map(lambda s: label(labels.PILOT_STATUS, s)),
            "origin": pilots["origin_municipality_code"]
            .map(lambda c: place.get(c, ""))
            .where(~is_regional(pilots, sites), texts.PILOTS_WHOLE_REGION),
            "lead_organisation": pilots["lead_organisation"].fillna(""),
            "start_date": pilots["start_date"],
            "end_date": pilots["end_date"],
            "subsidy_eur": pilots["subsidy_eur"],
            "n_adopters": _site_count(pilots, counts, ADOPTER),
            "n_participants": _site_count(pilots, counts, PARTICIPANT),
            "funders": pilots["funders"].map(list),
            "partners": pilots["partners"].map(list),
            "source": pilots["source"],
            "pilot_id": pilots["pilot_id"],
        }
    )
    if show_demo:
        table["is_demo"] = pilots["is_demo"].astype(bool)
    return table.rename(columns=texts.PILOTS_EXPORT_COLUMNS).reset_index(drop=True)


def _site_count(pilots: pd.DataFrame, counts: pd.DataFrame, role: str) -> pd.Series:
    """Per pilot, its sites in `role` (0 when it has none)."""
    per_pilot = counts[role] if role in counts.columns else pd.Series(dtype="int64")
    return pilots["pilot_id"].map(per_pilot).fillna(0).astype(int)


def screen_table(view: View, marts, show_demo: bool) -> pd.DataFrame:
    """The shown pilots as the page's table: demo rows marked when demo data are on."""
    return pilot_table(
        view.pilots, view.sites, marts.municipalities, marts.districts, marts.themes, show_demo
    )


def real_view(view: View) -> View:
    """The view without its demo rows: what every download holds."""
    return dataclasses.replace(
        view,
        pilots=_real(view.pilots),
        sites=_real(view.sites),
        results=_real(view.results),
    )


def _real(table: pd.DataFrame) -> pd.DataFrame:
    if "is_demo" not in table.columns:
        return table
    return table[~table["is_demo"].astype(bool)].reset_index(drop=True)


def export_table(view: View, marts) -> pd.DataFrame:
    """The shown real pilots as one table (the CSV download, the workbook's first sheet)."""
    return screen_table(real_view(view), marts, show_demo=False)


def export_sheets(view: View, marts) -> dict[str, pd.DataFrame]:
    """The workbook of the shown real pilots: the pilots, their municipalities, their results."""
    view = real_view(view)
    pilots, sites, results = view.pilots, view.sites, view.results
    names = pilots.set_index("pilot_id")["name"]
    place = place_names(marts.municipalities, marts.districts)
    site_table = pd.DataFrame(
        {
            "pilot": sites["pilot_id"].map(names),
            "municipality": sites["municipality_code"].map(lambda c: place.get(c, c)),
            "municipality_code": sites["municipality_code"],
            "role": sites["role"].map(lambda r: labels.SITE_ROLE.get(r, r)),
            "since": sites["since"],
            "note": sites["note"].fillna(""),
            "source": sites["source"],
        }
    )
    result_table = pd.DataFrame(
        {
            "pilot": results["pilot_id"].map(names),
            "indicator": results["indicator"],
            "value": results["value"],
            "unit": results["unit"].fillna(""),
            "value_text": results["value_text"].fillna(""),
            "measured_on": results["measured_on"],
            "source": results["source"],
        }
    )
    return {
        texts.PILOTS_SHEETS["pilots"]: export_table(view, marts),
        texts.PILOTS_SHEETS["sites"]: site_table.rename(columns=texts.PILOTS_SITE_COLUMNS),
        texts.PILOTS_SHEETS["results"]: result_table.rename(columns=texts.PILOTS_EXPORT_RESULTS),
    }


# How the table on the page reads: dates by month, money in euro; an unknown one is empty.
DISPLAY_FORMATS = {
    texts.PILOTS_EXPORT_COLUMNS["start_date"]: tables.MONTH,
    texts.PILOTS_EXPORT_COLUMNS["end_date"]: tables.MONTH,
    texts.PILOTS_EXPORT_COLUMNS["subsidy_eur"]: tables.ROUND_EURO,
    texts.PILOTS_EXPORT_COLUMNS["n_adopters"]: tables.NUMBER,
    texts.PILOTS_EXPORT_COLUMNS["n_participants"]: tables.NUMBER,
}


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """The export table for the screen: lists joined, yes/no for the demo flag; dates, amounts
    and counts stay values, shown by `DISPLAY_FORMATS`."""
    headers = texts.PILOTS_EXPORT_COLUMNS
    shown = table.copy()
    for column in ("funders", "partners"):
        shown[headers[column]] = shown[headers[column]].map("; ".join)
    if headers["is_demo"] in shown.columns:
        shown[headers["is_demo"]] = shown[headers["is_demo"]].map(
            {True: exports_texts.EXPORT_YES, False: exports_texts.EXPORT_NO}
        )
    return shown
