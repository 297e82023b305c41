"""Versioned registers: pointer, history with checksums, rollback, lock, kill -9."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading

import pytest

from etl.__main__ import main
from etl.build import build
from etl.core import dutch
from etl.core.settings import CURRENT_POINTER, Settings, initialise_data_root
from etl.registers import applying, recovery, versions
from etl.registers.catalogue import load_registers

from .conftest import REPO
from .version_support import REFERENCE, files, import_file, recorded, rollback, workplan


def test_first_import_keeps_the_seed_as_version_1_and_switches_the_pointer(settings):
    data = settings.data
    seed = files(data.seed_register)
    outcome = import_file(settings, workplan(data, "Actualisatie", "Herziening"), rebuild=build)
    assert outcome.build_error is None and outcome.version.name == "v0002"
    assert (data.history / CURRENT_POINTER).read_text() == "v0002\n"
    assert data.register == data.history / "v0002"
    assert files(data.history / "v0001") == seed == files(data.seed_register)
    assert "Herziening" in (data.register / "werkprogramma.csv").read_text()
    meta = json.loads((data.history / "v0002" / versions.METADATA).read_text())
    assert meta["action"] == "import" and meta["user"] == "test@vnon.nl"
    assert meta["previous"] == "v0001" and meta["changes"] == {
        "added": 0,
        "changed": 1,
        "removed": 0,
    }
    assert meta["checksum"] == versions.set_checksum(meta["files"])
    assert versions.verify(data, "v0002") == []
    names = [(v.name, v.action, v.is_current) for v in versions.list_versions(data)]
    assert names == [("v0002", "import", True), ("v0001", "start", False)]
    manifest = json.loads((data.processed / "manifest.json").read_text())
    assert {
        "path": "history/v0002/werkprogramma.csv",
        "sha256": meta["files"]["werkprogramma.csv"],
    } in manifest["inputs"]


def test_rollback_restores_any_earlier_version(settings):
    data = settings.data
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))
    v2 = files(data.register)
    import_file(settings, workplan(data, "Herziening", "Heroverweging"))
    v3 = files(data.register)
    outcome = rollback(settings, "v0002")
    assert outcome.version.name == "v0004" and outcome.version.restored_from == "v0002"
    assert files(data.register) == v2
    rollback(settings, "start")
    assert files(data.register) == files(data.seed_register)
    rollback(settings, "3")
    assert files(data.register) == v3
    rollback(settings, None)  # the previous one: the seed
    assert files(data.register) == files(data.seed_register)
    assert [v.name for v in versions.list_versions(data)][:2] == ["v0007", "v0006"]
    assert "Heroverweging" not in settings.data.register.joinpath("werkprogramma.csv").read_text()


def test_rollback_refuses_unknown_damaged_and_current_versions(settings):
    data = settings.data
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))
    with pytest.raises(versions.VersionError, match="Versie 'v0009' bestaat niet"):
        rollback(settings, "v0009")
    with pytest.raises(versions.VersionError, match="al in gebruik"):
        rollback(settings, "v0002")
    (data.history / "v0001" / "themas.csv").write_text("id,naam\n", encoding="utf-8")
    with pytest.raises(versions.VersionError, match=r"beschadigd.*themas\.csv"):
        rollback(settings, "v0001")
    assert versions.current_version(data) == "v0002"


def test_rollback_on_the_command_line(settings, monkeypatch, capsys):
    monkeypatch.setenv("VNON_DATA_DIR", str(settings.data.root))
    monkeypatch.setenv("VNON_BOUNDARIES", str(settings.boundaries_file))
    assert main(["rollback"]) == 3
    assert "geen eerdere versie" in capsys.readouterr().err
    import_file(settings, workplan(settings.data, "Actualisatie", "Herziening"))
    assert main(["rollback"]) == 0
    assert "Versie v0003 is in gebruik (teruggezet: v0001)" in capsys.readouterr().out
    assert main(["history"]) == 0
    history = capsys.readouterr().out
    assert "* v0003" in history
    (current,) = [info for info in versions.list_versions(settings.data) if info.is_current]
    moment = dutch.short_moment(current.created_at)
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", moment) and moment in history


def test_the_lock_refuses_a_second_writer(settings, monkeypatch, capsys, tmp_path):
    data = settings.data
    content = workplan(data, "Actualisatie", "Herziening")
    path = tmp_path / "werkprogramma.csv"
    path.write_bytes(content)
    monkeypatch.setenv("VNON_DATA_DIR", str(data.root))
    monkeypatch.setattr(versions, "LOCK_WAIT_SECONDS", 0.2)
    with versions.locked(data):
        with pytest.raises(versions.RegisterLockedError, match="Een andere import loopt nog"):
            import_file(settings, content)
        assert main(["import", str(path)]) == 3
    assert "Een andere import loopt nog" in capsys.readouterr().err
    assert versions.current_version(data) is None  # nothing happened
    assert main(["import", str(path)]) == 0  # the lock is free again


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    return {
        "VNON_DATA_DIR": str(settings.data.root),
        "VNON_BOUNDARIES": str(settings.boundaries_file),
        "PATH": "/usr/bin:/bin",
        **extra,
    }


class _Import:
    """`python -m etl import FILE` in a child process whose stderr is read line by line."""

    def __init__(self, settings, path, **extra):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "etl", "import", str(path)],
            cwd=REPO,
            env=_env(settings, **extra),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for(self, marker: str, timeout: float = 60) -> None:
        seen: list[str] = []
        while not (seen and seen[-1].startswith(marker)):
            seen.append(self.lines.get(timeout=timeout))
            assert len(seen) < 200, seen

    def finish(self, kill: bool = False) -> int:
        if kill:
            os.kill(self.process.pid, signal.SIGKILL)
        code = self.process.wait(timeout=120)
        self.reader.join(timeout=10)
        self.process.stderr.close()
        return code


@pytest.mark.parametrize("step", ["partial", "renamed", "switched"])
def test_kill_9_during_an_import_leaves_the_registers_intact(settings, tmp_path, step):
    data = settings.data
    recorded(settings)
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))  # v0002 is in use
    before, before_folder = files(data.register), data.register
    new = workplan(data, "Herziening", "Heroverweging")
    path = tmp_path / "werkprogramma.csv"
    path.write_bytes(new)

    running = _Import(settings, path, VNON_TEST_PAUSE=step)
    running.wait_for(f"PAUSE {step}")
    assert running.finish(kill=True) == -signal.SIGKILL

    tables = load_registers(data, REFERENCE).tables  # loadable, whatever the moment
    titles = " ".join(tables["workplan"]["title"])
    if step == "switched":  # killed after the commit: the new version, complete
        assert data.register == data.history / "v0003"
        assert (data.register / "werkprogramma.csv").read_bytes() == new
        assert versions.verify(data, "v0003") == [] and "Heroverweging" in titles
        assert recovery.marts_stale(data)
    else:  # killed before the commit: the previous version, untouched
        assert data.register == before_folder and files(data.register) == before
        assert "Herziening" in titles and not recovery.marts_stale(data)
    recovery.recover(data)
    applying.rebuild_if_stale(settings, recorded)
    assert not recovery.marts_stale(data)
    leftovers = [p.name for p in data.history.iterdir() if p.name.startswith(".tmp")]
    assert leftovers == []
    expected = ["v0001", "v0002", "v0003"] if step == "switched" else ["v0001", "v0002"]
    assert sorted(v.name for v in versions.list_versions(data)) == expected
    import_file(settings, workplan(data, "methodiek om", "werkwijze om"))  # the lock died with it


def test_two_imports_at_once_are_serialised(settings, tmp_path):
    data = settings.data
    first = tmp_path / "werkprogramma.csv"
    first.write_bytes(workplan(data, "Actualisatie", "Herziening"))
    themes = (
        (data.register / "themas.csv")
        .read_text()
        .replace("Ondermijning,", "Ondermijning en georganiseerde criminaliteit,", 1)
    )
    second = tmp_path / "themas.csv"
    second.write_text(themes)

    one = _Import(settings, first, VNON_TEST_PAUSE="renamed:2")
    one.wait_for("PAUSE renamed")  # the first holds the lock now
    two = subprocess.run(
        [sys.executable, "-m", "etl", "import", str(second)],
        cwd=REPO,
        env=_env(settings),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert one.finish() == 0
    assert two.returncode == 0, two.stderr
    assert "vergeleken met v0002" in two.stdout  # it waited, then checked against the first
    assert [v.name for v in versions.list_versions(data)] == ["v0003", "v0002", "v0001"]
    register = data.register
    assert "Herziening" in (register / "werkprogramma.csv").read_text()
    assert "Ondermijning en georganiseerde criminaliteit" in (register / "themas.csv").read_text()


def test_an_empty_data_root_is_initialised_from_the_seed(tmp_path):
    root = tmp_path / "volume"
    root.mkdir()
    settings = Settings.from_env({"VNON_DATA_DIR": str(root)})
    assert settings.data.root == root
    assert files(root / "register") == files(REPO / "data" / "register")
    assert (root / "reference" / "districten.csv").is_file()
    assert sorted(p.name for p in root.iterdir()) == ["reference", "register"]
    (root / "register" / "themas.csv").write_text("veranderd")
    initialise_data_root(root)  # a root that holds anything is left alone
    assert (root / "register" / "themas.csv").read_text() == "veranderd"
