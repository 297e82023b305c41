"""Class 2: start-up recovery removes only what it can prove was never in use. Damage to a
version that was or is in use is reported in Dutch and left in place; a `CURRENT` that is a
folder is moved aside whole; no verb ends in a traceback."""

from __future__ import annotations

import pytest

from etl.core.settings import CURRENT_POINTER
from etl.registers import versions

from .corpus import etl, fingerprint, with_cell

VERBS = (("history",), ("build",), ("rollback",), ("validate", "{upload}"), ("import", "{upload}"))


@pytest.fixture
def imported(root, capsys, monkeypatch, tmp_path):
    """The root after two imports at the command line: v0003 in use, v0002 before it."""
    for title in ("Herziening", "Evaluatie"):
        upload = tmp_path / "werkprogramma.csv"
        upload.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", title))
        assert etl(root, capsys, monkeypatch, "import", str(upload)).code == 0
    assert versions.current_version(root) == "v0003"
    upload.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", "Nog een titel"))
    return root, str(upload)


def _run_every_verb(root, capsys, monkeypatch, upload):
    for verb in VERBS:
        etl(root, capsys, monkeypatch, *(part.format(upload=upload) for part in verb))


def test_the_version_in_use_without_its_metadata_is_kept_and_reported(
    imported, capsys, monkeypatch
):
    root, _ = imported
    (root.history / "v0003" / versions.METADATA).unlink()
    in_use = (root.history / "v0003" / "werkprogramma.csv").read_bytes()
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "history")
    assert "v0003 (de versie in gebruik) mist haar beschrijving" in run.err
    assert "nooit in gebruik" not in run.err
    assert fingerprint(root) == before  # reported, nothing removed or rewritten
    assert root.register == root.history / "v0003"
    etl(root, capsys, monkeypatch, "build")
    assert (root.register / "werkprogramma.csv").read_bytes() == in_use


def test_an_older_version_without_its_metadata_is_kept(imported, capsys, monkeypatch):
    root, _ = imported
    (root.history / "v0002" / versions.METADATA).unlink()
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "history")
    assert "Versie v0002 mist haar beschrijving" in run.err
    assert fingerprint(root) == before


def test_a_current_pointer_that_is_a_folder_is_moved_aside_whole(imported, capsys, monkeypatch):
    root, upload = imported
    pointer = root.history / CURRENT_POINTER
    pointer.unlink()
    pointer.mkdir()
    (pointer / "notitie.txt").write_text("van iemand anders")
    _run_every_verb(root, capsys, monkeypatch, upload)
    (aside,) = root.history.glob(f"{CURRENT_POINTER}-map-apart-gezet-*")
    assert (aside / "notitie.txt").read_text() == "van iemand anders"
    assert pointer.is_file() and versions.current_version(root) is not None
    assert {"v0001", "v0002", "v0003"} <= {f.name for f in versions.version_folders(root.history)}


def test_a_missing_pointer_keeps_every_version(imported, capsys, monkeypatch):
    root, upload = imported
    (root.history / CURRENT_POINTER).unlink()
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, "validate", upload)
    assert "history/CURRENT ontbreekt" in run.err and "v0001, v0002, v0003" in run.err
    assert fingerprint(root) == before
    run = etl(root, capsys, monkeypatch, "rollback", "v0003")
    assert run.code == 0 and versions.current_version(root) == "v0005"
