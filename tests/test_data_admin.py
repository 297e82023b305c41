"""The page's pure helpers: grouped reports, Dutch diffs and history, escaped text."""

from __future__ import annotations

import pandas as pd

from dashboard.display import tables
from dashboard.registers import admin
from dashboard.texts import gegevensbeheer as texts
from etl.core.errors import Problem
from etl.registers.catalogue import REGISTERS
from etl.registers.diff import diff_frames
from etl.registers.spec import readable
from etl.registers.versions import VersionInfo


def test_repeated_problems_become_one_line_with_their_rows():
    problems = [
        Problem("r.xlsx", "mag niet leeg zijn", row=row, column="bron", value="", sheet="Pilots")
        for row in range(2, 16)
    ] + [Problem("r.xlsx", "deze kolom ontbreekt", column="naam", sheet="Pilots")]
    table = admin.problem_table(problems)
    assert list(table.columns) == list(texts.ADMIN_PROBLEM_COLUMNS.values())
    first, second = table.to_dict("records")
    assert first["Kolom"] == "naam" and first["Rij"] == ""
    assert second["Rij"] == "2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … (14 keer)"
    assert second["Waarde"] == "(leeg)"


def test_a_csv_report_has_no_sheet_column():
    table = admin.problem_table([Problem("a.csv", "x", row=2, column="id", value="1")])
    assert "Blad" not in table.columns


def test_changes_and_rows_in_dutch_notation():
    spec = REGISTERS["workplan"]
    old = pd.DataFrame(
        [["a", "Titel", "", "2019", "2020", "gepland", "bron"]], columns=list(spec.columns.values())
    )
    new = old.assign(titel="Nieuwe titel")
    diff = diff_frames(spec, old, new)
    table = admin.changes_table(diff)
    assert table.to_dict("records") == [
        {"Regel": "a", "Kolom": "titel", "Was": "Titel", "Wordt": "Nieuwe titel"}
    ]
    assert admin.diff_summary([diff]).iloc[0].tolist() == ["Werkprogramma", 0, 1, 0]
    if "budget_lines" in REGISTERS:
        budget = REGISTERS["budget_lines"]
        assert readable(budget, "amount_eur", "95000.5") == "95.000,50"  # euros with cents
    if "pilots" in REGISTERS:
        assert readable(REGISTERS["pilots"], "start_date", "2020-03-01") == "01-03-2020"


def test_history_in_dutch_time_and_words():
    info = VersionInfo(
        "v0002",
        "2026-11-29T20:56:13+00:00",
        "rollback",
        "v0001",
        "c@vnon.nl",
        "ab" * 32,
        {},
        {"a.csv": 1200},
        {"added": 1, "changed": 0, "removed": 2},
        "v0001",
        None,
        True,
    )
    table = admin.history_table([info])
    assert table.iloc[0].loc[["Tijdstip", "Regels"]].tolist() == ["2026-11-29T20:56:13+00:00", 1200]
    row = tables.shown(table, admin.HISTORY_FORMATS).iloc[0].to_dict()
    assert row["Tijdstip"] == "29-11-2026 21:56"
    assert row["Handeling"] == "teruggezet (v0001)"
    assert row["Wijzigingen"] == "1 toegevoegd, 0 gewijzigd, 2 verwijderd"
    assert row["Regels"] == "1.200" and row["Controlegetal"] == "ab" * 6
    assert admin.rollback_choices([info]) == {}
