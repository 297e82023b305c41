"""Recovery at start-up (etl.registers.recovery): leftovers of a killed import, a broken
pointer, registers declared later, marts that lag behind the registers in use."""

from __future__ import annotations

import shutil

from etl.build import build
from etl.contract.governance import ThemesTable
from etl.core.settings import CURRENT_POINTER
from etl.registers import applying, recovery, versions
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import RegisterSpec

from .version_support import import_file, workplan


def test_recovery_removes_what_a_killed_import_left(settings):
    data = settings.data
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))
    leftover = data.history / ".tmp-abc123"
    leftover.mkdir()
    (leftover / "overleggen.csv").write_text("half")
    shutil.copytree(data.history / "v0002", data.history / "v0003")  # written, never switched to
    (data.history / f".{CURRENT_POINTER}.x.tmp").write_text("v0003")
    notes = recovery.recover(data)
    assert sorted(path.name for path in data.history.iterdir()) == [
        CURRENT_POINTER,
        "v0001",
        "v0002",
    ]
    assert any("v0003 is nooit in gebruik genomen" in note for note in notes)
    assert versions.current_version(data) == "v0002"


def test_recovery_repairs_a_pointer_to_a_missing_version(settings):
    data = settings.data
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))
    (data.history / CURRENT_POINTER).write_text("v0042\n")
    assert data.register == data.seed_register  # no valid pointer: the seed, never a crash
    (note,) = recovery.recover(data)
    assert "hersteld naar v0002" in note and data.register == data.history / "v0002"


def test_a_register_declared_later_is_added_from_the_seed(settings, monkeypatch):
    data = settings.data
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))
    shutil.copyfile(data.seed_register / "themas.csv", data.seed_register / "extra.csv")
    spec = RegisterSpec("extra", "extra.csv", "Extra", REGISTERS["themes"].columns, ThemesTable)
    monkeypatch.setitem(REGISTERS, "extra", spec)
    (note,) = recovery.recover(data)
    assert "v0003: extra.csv" in note
    assert (data.register / "extra.csv").read_bytes() == (
        data.seed_register / "extra.csv"
    ).read_bytes()


def test_stale_marts_are_rebuilt_at_start_up(settings):
    data = settings.data
    build(settings)
    assert not recovery.marts_stale(data)
    with versions.locked(data):
        versions.commit(
            data,
            {"werkprogramma.csv": workplan(data, "Actualisatie", "X")},
            action="import",
            source="test",
            user="",
        )
    assert recovery.marts_stale(data)  # as after a kill between the switch and the build
    assert applying.rebuild_if_stale(settings, build) == ""
    assert not recovery.marts_stale(data)
