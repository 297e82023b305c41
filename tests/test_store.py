"""Atomic writes: a failure halfway leaves every previous file as it was."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from etl.core.store import MANIFEST, write_marts


class Unwritable(pd.DataFrame):
    """A frame whose parquet writer fails, as a full disk would."""

    def to_parquet(self, *args, **kwargs):
        raise OSError("schijf vol")


def test_write_marts_replaces_all_files_and_manifest(tmp_path):
    write_marts(tmp_path, {"a": pd.DataFrame({"x": [1]})}, {"build": 1})
    write_marts(tmp_path, {"a": pd.DataFrame({"x": [2]})}, {"build": 2})
    assert pd.read_parquet(tmp_path / "a.parquet")["x"].tolist() == [2]
    assert json.loads((tmp_path / MANIFEST).read_text()) == {"build": 2}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.parquet", MANIFEST]
    assert (tmp_path / "a.parquet").stat().st_mode & 0o777 == 0o644


def test_failure_while_writing_keeps_the_previous_build(tmp_path):
    write_marts(tmp_path, {"a": pd.DataFrame({"x": [1]}), "b": pd.DataFrame({"y": [1]})}, {"n": 1})
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(OSError, match="schijf vol"):
        write_marts(
            tmp_path, {"a": pd.DataFrame({"x": [9]}), "b": Unwritable({"y": [9]})}, {"n": 2}
        )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
