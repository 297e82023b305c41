"""The pilot downloads (real pilots only, always) and the table on the page (demo rows marked
when demo is on)."""

from __future__ import annotations

import pandas as pd

from dashboard.display import exports, tables
from dashboard.pilots import exports as pilot_exports
from dashboard.pilots.view import explore

from . import pilot_frames as frames


def _view(marts):
    return explore(marts, [[], [], [], []], "alle", "alle")


def _sheets(marts):
    return pilot_exports.export_sheets(_view(marts), marts)


def test_exports_hold_real_pilots_only_and_the_screen_marks_demo_rows():
    marts = frames.marts()
    sheets = _sheets(marts)
    assert list(sheets) == ["Pilots", "Gemeenten", "Resultaten"]
    for sheet in sheets.values():
        assert "Demodata" not in sheet.columns
    assert sheets["Pilots"]["Code"].tolist() == ["vervoer", "st"]  # the demo pilot 'jong' is out
    assert "Jongeren Nijmegen" not in set(sheets["Gemeenten"]["Pilot"])
    assert "Jongeren Nijmegen" not in set(sheets["Resultaten"]["Pilot"])
    csv = exports.csv_bytes(pilot_exports.export_table(_view(marts), marts)).decode("utf-8-sig")
    assert "jong" not in csv.split(";") and "Jongeren Nijmegen" not in csv
    table = sheets["Pilots"].set_index("Code")
    assert table.at["st", "Overgenomen door (gemeenten)"] == 2
    assert table.at["st", "Deelnemers (gemeenten)"] == 0
    assert table.at["vervoer", "Subsidie (€)"] == 120000.0
    on = pilot_exports.screen_table(_view(marts), marts, show_demo=True)
    assert on["Demodata"].tolist() == [False, True, False]  # by start date
    csv = exports.csv_bytes(on).decode("utf-8-sig").splitlines()
    assert csv[0].startswith("Pilot;Thema;Categorie;Status;Herkomst")
    assert csv[2].endswith(";jong;ja")
    table = pilot_exports.display_table(on)
    assert pd.isna(table.set_index("Code").at["st", "Subsidie (€)"])  # a value, not a text
    shown = tables.shown(table, pilot_exports.DISPLAY_FORMATS).set_index("Code")
    assert shown.at["st", "Subsidie (€)"] == ""  # unknown: an empty cell, never 'nan' or € 0
    assert shown.at["vervoer", "Start"] == "maart 2017"
    assert shown.at["jong", "Demodata"] == "ja"
    assert shown.at["st", "Financiers"] == "Menzis"
    sites = sheets["Gemeenten"].set_index("CBS-code")
    assert sites.at["GM0153", "Gemeente"] == "Enschede (Twente)"


def test_exports_neutralise_formulas_in_register_text():
    frame = frames.pilots()
    frame.loc[0, "name"] = '=HYPERLINK("http://x")'
    sheets = _sheets(frames.marts(pilots=frame))
    assert "'=HYPERLINK" in exports.csv_bytes(sheets["Pilots"]).decode("utf-8-sig")
