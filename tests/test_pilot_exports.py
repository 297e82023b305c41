"""The pilot downloads and the table on the page: the demo flag only when demo is on."""

from __future__ import annotations

import pandas as pd

from dashboard.display import exports, tables
from dashboard.pilots import exports as pilot_exports
from dashboard.pilots.view import explore

from . import pilot_frames as frames


def _sheets(marts, show_demo: bool):
    view = explore(marts, [[], [], [], []], "alle", "alle")
    return pilot_exports.export_sheets(view, marts, show_demo=show_demo)


def test_exports_carry_the_demo_flag_only_when_demo_is_on():
    marts = frames.marts()
    off, on = _sheets(marts, False), _sheets(marts, True)
    assert list(off) == ["Pilots", "Gemeenten", "Resultaten"]
    assert "Demodata" not in off["Pilots"].columns and "Demodata" not in off["Gemeenten"].columns
    assert on["Pilots"]["Demodata"].tolist() == [False, True, False]  # by start date
    table = off["Pilots"].set_index("Code")
    assert table.at["st", "Overgenomen door (gemeenten)"] == 2
    assert table.at["st", "Deelnemers (gemeenten)"] == 0
    assert table.at["vervoer", "Subsidie (€)"] == 120000.0
    csv = exports.csv_bytes(on["Pilots"]).decode("utf-8-sig").splitlines()
    assert csv[0].startswith("Pilot;Thema;Categorie;Status;Herkomst")
    assert csv[2].endswith(";jong;ja")
    table = pilot_exports.display_table(on["Pilots"])
    assert pd.isna(table.set_index("Code").at["st", "Subsidie (€)"])  # a value, not a text
    shown = tables.shown(table, pilot_exports.DISPLAY_FORMATS).set_index("Code")
    assert shown.at["st", "Subsidie (€)"] == ""  # unknown: an empty cell, never 'nan' or € 0
    assert shown.at["vervoer", "Start"] == "maart 2017"
    assert shown.at["jong", "Demodata"] == "ja"
    assert shown.at["st", "Financiers"] == "Menzis"
    sites = off["Gemeenten"].set_index("CBS-code")
    assert sites.at["GM0153", "Gemeente"] == "Enschede (Twente)"


def test_exports_neutralise_formulas_in_register_text():
    frame = frames.pilots()
    frame.loc[0, "name"] = '=HYPERLINK("http://x")'
    sheets = _sheets(frames.marts(pilots=frame), False)
    assert "'=HYPERLINK" in exports.csv_bytes(sheets["Pilots"]).decode("utf-8-sig")
