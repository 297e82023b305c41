"""Atomic, durable writes (etl.core.atomic): the old file or the whole new one, never half."""

from __future__ import annotations

import os

import pytest

from etl.core import atomic


def test_write_bytes_replaces_the_file_readable_by_everyone(tmp_path):
    path = tmp_path / "sub" / "a.csv"
    atomic.write_bytes(path, b"oud")
    atomic.write_bytes(path, b"nieuw")
    assert path.read_bytes() == b"nieuw"
    assert path.stat().st_mode & 0o777 == atomic.FILE_MODE
    assert [p.name for p in path.parent.iterdir()] == ["a.csv"]  # no temporary file left


def test_write_text_is_utf8(tmp_path):
    atomic.write_text(tmp_path / "t.txt", "één")
    assert (tmp_path / "t.txt").read_bytes() == "één".encode()


def test_a_failing_writer_leaves_every_old_file_intact(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.write_bytes(b"a1")
    second.write_bytes(b"b1")

    def full_disk(path):
        path.write_bytes(b"hal")
        raise OSError("schijf vol")

    with pytest.raises(OSError, match="schijf vol"):
        atomic.replace_all({first: lambda path: path.write_bytes(b"a2"), second: full_disk})
    assert first.read_bytes() == b"a1" and second.read_bytes() == b"b1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_every_file_and_its_folder_are_fsynced_before_and_after_the_replace(tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(os, "replace", lambda a, b: calls.append("replace") or real_replace(a, b))
    atomic.write_bytes(tmp_path / "a", b"x")
    assert calls == ["fsync", "replace", "fsync"]  # the file, the rename, the folder


def test_write_durable_writes_and_syncs_a_new_file(tmp_path):
    atomic.write_durable(tmp_path / "v.json", b"{}")
    assert (tmp_path / "v.json").read_bytes() == b"{}"
    atomic.sync_folder(tmp_path)  # a folder can be synced like a file
