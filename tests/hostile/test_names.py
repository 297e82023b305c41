"""Class 4: names the file system gives. A file name that is not valid UTF-8 (bytes from
os.fsencode paths), or holds a newline or a right-to-left mark, is checked, imported, recorded
in the version's metadata and shown in the history the same way; validate and import agree,
and no version is left without its metadata."""

from __future__ import annotations

import json
import os

import pytest

from etl.registers import versions

from .corpus import etl, with_cell

NAMES = [
    b"\xff.csv",
    b"werkprogramma\xfe\xfd.csv",
    b"\xc3(.csv",  # a broken two-byte sequence
    b"caf\xe9 werkprogramma.csv",  # Latin-1
    b"regel\neen.csv",
    "\u202ewerkprogramma.csv".encode(),
    b"w" * 200 + b"\xff.csv",
]


@pytest.mark.parametrize("name", NAMES, ids=repr)
def test_validate_and_import_agree_on_any_file_name(root, capsys, monkeypatch, tmp_path, name):
    path = tmp_path / os.fsdecode(name)  # the bytes as Python hands them over
    path.write_bytes(with_cell(root, "werkprogramma.csv", 2, "titel", "Herziening"))
    path = str(path)
    validated = etl(root, capsys, monkeypatch, "validate", path)
    imported = etl(root, capsys, monkeypatch, "import", path)
    assert validated.code == imported.code == 0, imported.err
    current = versions.current_version(root)
    for folder in versions.version_folders(root.history):  # no orphan, every file UTF-8
        meta = json.loads((folder / versions.METADATA).read_bytes().decode("utf-8"))
        assert meta["version"] == folder.name
    (latest,) = [info for info in versions.list_versions(root) if info.is_current]
    assert latest.name == current and latest.source.endswith(".csv")
    assert "\udcff" not in latest.source and latest.source in validated.out
    history = etl(root, capsys, monkeypatch, "history")
    assert history.code == 0 and latest.checksum[:12] in history.out


def test_a_backup_under_a_name_that_is_not_utf8_is_made_and_restored(
    root, capsys, monkeypatch, tmp_path
):
    archive = str(tmp_path / os.fsdecode(b"reserve\xff.tar.gz"))
    made = etl(root, capsys, monkeypatch, "backup", archive)
    assert made.code == 0 and "reserve?.tar.gz" in made.out  # printed, not a crash
    restored = etl(root, capsys, monkeypatch, "restore", archive)
    assert restored.code == 0, restored.err
    assert versions.verify(root, versions.current_version(root)) == []
