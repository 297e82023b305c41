"""Logs on standard output with time and level; a wrong VNON_LOG_LEVEL said in Dutch."""

from __future__ import annotations

import logging
import re
import subprocess
import sys

import pytest

from etl.core import logs

from .conftest import REPO
from .version_support import import_file, workplan

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|DEBUG|ERROR) [\w.]+: ")


@pytest.mark.parametrize("value", ["debug", " WARNING ", "Error", ""])
def test_a_level_is_read_in_any_case(value):
    level, warning = logs.level_from({"VNON_LOG_LEVEL": value})
    assert warning is None and level == (value.strip().upper() or "INFO")


@pytest.mark.parametrize(
    "value", ["veel", "10", "INFO; rm -rf /", "x" * 500, "\x1b[31mrood", "DEBUG\n"]
)
def test_a_hostile_level_falls_back_to_info_with_a_dutch_message(value, capsys):
    level, warning = logs.level_from({"VNON_LOG_LEVEL": value})
    if value.strip().upper() == "DEBUG":  # a trailing newline is only whitespace
        assert level == "DEBUG" and warning is None
        return
    assert level == "INFO" and "is geen logniveau; kies uit DEBUG, INFO" in warning
    assert len(warning) < 200 and "\x1b" not in warning
    assert logs.configure({"VNON_LOG_LEVEL": value}) == "INFO"
    out = capsys.readouterr().out
    assert LINE.match(out) and "WARNING etl.core.logs: VNON_LOG_LEVEL=" in out
    logs.configure({})


def test_records_go_to_standard_output_with_time_and_level(capsys):
    logs.configure({"VNON_LOG_LEVEL": "WARNING"})
    logging.getLogger("etl.registers.versions").info("niet getoond")
    logging.getLogger("dashboard.data").warning("wel getoond")
    logs.configure({})
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and LINE.match(lines[0]) and lines[0].endswith("wel getoond")


def test_a_wrong_level_never_stops_the_command_line(settings, tmp_path):
    path = tmp_path / "werkprogramma.csv"
    path.write_bytes(workplan(settings.data, "Actualisatie", "Herziening"))
    run = subprocess.run(
        [sys.executable, "-m", "etl", "validate", str(path)],
        cwd=REPO,
        env={
            "VNON_DATA_DIR": str(settings.data.root),
            "VNON_LOG_LEVEL": "geen",
            "PATH": "/usr/bin",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert "WARNING etl.core.logs: VNON_LOG_LEVEL='geen' is geen logniveau" in run.stdout


def test_a_new_version_is_logged_with_who_made_it(settings, capsys):
    logs.configure({})
    import_file(settings, workplan(settings.data, "Actualisatie", "Herziening"))
    out = capsys.readouterr().out
    assert "INFO etl.registers.versions: Versie v0002 in gebruik: import door test@vnon.nl" in out
