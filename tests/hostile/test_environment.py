"""Class 3: the environment failing. A full disk and a read-only data root, injected at the
write functions and, where this machine lets a test mount a tiny tmpfs, for real: every verb
answers in Dutch with what to do, never a traceback, and the data root keeps every byte."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from etl.core import atomic
from etl.core.settings import DataRoot
from etl.registers import versions

from .corpus import etl, fingerprint, with_cell

FULL, READ_ONLY = "De schijf van de gegevensmap", "kan niet worden beschreven"
UNCHANGED = "De gegevens zijn ongewijzigd gebleven."


@pytest.fixture
def prepared(root, capsys, monkeypatch, tmp_path):
    """A root with one import done (so a rollback has a target), a backup, and an upload."""
    upload = tmp_path / "werkprogramma.csv"
    upload.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", "Herziening"))
    assert etl(root, capsys, monkeypatch, "import", str(upload)).code == 0
    archive = tmp_path / "reserve.tar.gz"
    assert etl(root, capsys, monkeypatch, "backup", str(archive)).code == 0
    upload.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", "Evaluatie"))
    return root, str(upload), str(archive)


def _writing_verbs(upload: str, archive: str) -> list[tuple[str, ...]]:
    return [("build",), ("import", upload), ("rollback",), ("restore", archive), ("demo",)]


def _refusing(code: int):
    def refuse(path, *args):
        raise OSError(code, os.strerror(code), str(path))

    return refuse


@pytest.mark.parametrize(("code", "said"), [(errno.ENOSPC, FULL), (errno.EROFS, READ_ONLY)])
def test_every_writing_verb_says_what_to_do_when_writes_fail(
    prepared, capsys, monkeypatch, code, said
):
    root, upload, archive = prepared
    monkeypatch.setattr(atomic, "write_durable", _refusing(code))
    monkeypatch.setattr(atomic, "_reserve", _refusing(code))
    before = fingerprint(root)
    for verb in _writing_verbs(upload, archive):
        run = etl(root, capsys, monkeypatch, *verb)
        assert run.code != 0, verb
        assert said in run.err and UNCHANGED in run.err, (verb, run.err)
        assert fingerprint(root) == before, verb


def test_reading_verbs_work_on_a_root_that_refuses_writes(prepared, capsys, monkeypatch, tmp_path):
    root, upload, _ = prepared
    monkeypatch.setattr(atomic, "write_durable", _refusing(errno.EROFS))
    monkeypatch.setattr(atomic, "_reserve", _refusing(errno.EROFS))
    before = fingerprint(root)
    assert etl(root, capsys, monkeypatch, "history").code == 0
    assert etl(root, capsys, monkeypatch, "validate", upload).code == 0
    assert fingerprint(root) == before


@pytest.mark.parametrize("verb", ["export", "template", "backup"])
def test_an_output_file_that_cannot_be_written_is_named_as_such(
    prepared, capsys, monkeypatch, tmp_path, verb
):
    root, _, _ = prepared
    monkeypatch.setattr(atomic, "_reserve", _refusing(errno.EACCES))
    before = fingerprint(root)
    run = etl(root, capsys, monkeypatch, verb, str(tmp_path / "uit.bestand"))
    assert run.code in (1, 4) and "De map van het doelbestand kan niet worden beschreven" in run.err
    assert fingerprint(root) == before


# --- for real: a tmpfs of a few hundred kilobytes, filled up, then remounted read-only --------


@pytest.fixture
def tiny_root(built_root: DataRoot, tmp_path: Path):
    """A copy of the built root on its own small tmpfs; skipped where no test may mount."""
    mount = tmp_path / "klein"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True
    )
    if os.geteuid() != 0 or made.returncode != 0:
        pytest.skip("hier mag een test geen tmpfs aankoppelen")
    try:
        root = DataRoot(mount / "data")
        shutil.copytree(built_root.root, root.root)
        yield root, mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(mount: Path) -> None:
    """Write until the tmpfs refuses, in ever smaller pieces, so not one byte is left."""
    descriptor = os.open(mount / "vol", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(descriptor, b"\0" * size)
    finally:
        os.close(descriptor)


@pytest.mark.parametrize("failure", ["vol", "alleen-lezen"])
def test_a_real_full_or_read_only_root_keeps_every_byte(
    tiny_root, capsys, monkeypatch, tmp_path, failure
):
    root, mount = tiny_root
    upload = tmp_path / "werkprogramma.csv"
    upload.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", "Herziening"))
    assert etl(root, capsys, monkeypatch, "import", str(upload)).code == 0
    upload.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", "Evaluatie"))
    archive = tmp_path / "reserve.tar.gz"
    assert etl(root, capsys, monkeypatch, "backup", str(archive)).code == 0
    if failure == "vol":
        _fill(mount)
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    before = fingerprint(root)
    for verb in _writing_verbs(str(upload), str(archive)):
        run = etl(root, capsys, monkeypatch, *verb)
        assert run.code != 0 and UNCHANGED in run.err, (verb, run.err)
        assert fingerprint(root) == before, verb
    assert etl(root, capsys, monkeypatch, "history").code == 0
    assert etl(root, capsys, monkeypatch, "validate", str(upload)).code == 0
    assert versions.current_version(root) == "v0002"
