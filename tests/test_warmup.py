"""Warming at server start (issue 13, dashboard/ui/warmup.py): the first script run finds the
heavy modules imported and the marts cached; a failure is logged and changes nothing else; the
map component's module stays out of the thread (imported there, it never registers and no map
draws)."""

from __future__ import annotations

import inspect
import logging
import os
import subprocess
import sys

import pytest

from dashboard import data
from dashboard.ui import warmup
from tests.conftest import REPO


def test_warming_imports_the_modules_and_fills_the_marts_cache(built_root, monkeypatch):
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    assert warmup.warm() is True
    assert {"pandas", "pyarrow", "geopandas", "folium", "branca"} <= set(sys.modules)
    assert "folium" in inspect._filesbymodname  # inspect.getmodule has seen the modules loaded

    def unread(_folder):
        raise AssertionError("the marts were read again")

    monkeypatch.setattr(data, "read_marts", unread)
    assert len(data.load_visible_marts(False).municipalities) == 76  # from the cache now


def test_a_failure_in_warming_is_logged_and_harmless(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("VNON_DATA_DIR", str(tmp_path / "nothing built"))
    # etl.core.logs stops "dashboard" propagating once the app configured it; caplog sits on root
    monkeypatch.setattr(logging.getLogger("dashboard"), "propagate", True)
    with caplog.at_level(logging.WARNING, logger=warmup.LOG.name):
        assert warmup.warm() is False
    assert "Opwarmen bij de start mislukt" in caplog.text
    with pytest.raises(data.DataUnavailableError):  # nothing cached: the page explains it
        data.load_visible_marts(False)


def test_warming_yields_the_gil_often_and_gives_the_interval_back(tmp_path, monkeypatch):
    monkeypatch.setenv("VNON_DATA_DIR", str(tmp_path / "nothing built"))  # fails at the marts
    seen = []
    monkeypatch.setattr(warmup, "MODULES", ("json",))
    real_import = warmup.importlib.import_module
    monkeypatch.setattr(
        warmup.importlib,
        "import_module",
        lambda name: seen.append(sys.getswitchinterval()) or real_import(name),
    )
    before = sys.getswitchinterval()
    assert warmup.warm() is False
    assert seen == [warmup.WARM_SWITCH_S] and sys.getswitchinterval() == before


def test_warming_leaves_pandera_and_the_register_machinery_to_the_build(built_root):
    # The marts of this build are read unchecked (etl.contract.stamp): importing pandera and
    # the register specifications would cost the first page ~0,2 s of every server start.
    script = (
        "import sys; from dashboard.ui import warmup; ok = warmup.warm();"
        "print(ok, sorted({'pandera', 'openpyxl', 'etl.registers'} & set(sys.modules)))"
    )
    env = {**os.environ, "VNON_DATA_DIR": str(built_root.root)}
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert run.stdout.split("\n")[-2] == "True []", run.stderr[-2000:]


def test_waiting_without_warming_returns_at_once(monkeypatch):
    monkeypatch.setattr(warmup, "_threads", [])
    warmup.wait(timeout=0)  # AppTest, a bare script: nothing started, nothing to wait for


def test_start_warms_once_and_wait_joins_it(monkeypatch):
    calls = []
    monkeypatch.setattr(warmup, "_threads", [])
    monkeypatch.setattr(warmup, "warm", lambda: calls.append(1))
    first = warmup.start()
    assert warmup.start() is first
    warmup.wait()
    assert not first.is_alive() and calls == [1]


@pytest.mark.parametrize("module", ["streamlit_folium", "dashboard.ui.map_payload"])
def test_the_warmed_modules_leave_the_map_component_to_the_script_run(module):
    probe = (
        "import importlib, sys\n"
        "from dashboard.ui import warmup\n"
        "for name in warmup.MODULES: importlib.import_module(name)\n"
        f"print({module!r} in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
