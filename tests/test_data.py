"""The dashboard's reader: built marts pass, missing or broken ones give a Dutch explanation."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import data
from dashboard.data import DataUnavailableError, read_marts
from dashboard.registers import admin
from etl.core.settings import Settings
from etl.registers import versions


def test_read_marts_returns_checked_tables(built_root):
    marts = read_marts(built_root.processed)
    assert len(marts.municipalities) == 76 and len(marts.district_shapes) == 5
    assert marts.municipality_shapes.crs.to_epsg() == 4326
    assert marts.manifest["row_counts"]["municipalities"] == 76


def test_missing_build_says_how_to_make_it(tmp_path):
    with pytest.raises(DataUnavailableError, match="make data"):
        read_marts(tmp_path)


def test_a_mart_that_breaks_the_contract_is_refused(built_root, tmp_path):
    for path in built_root.processed.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    broken = pd.read_parquet(tmp_path / "municipalities.parquet").drop(columns="district_code")
    broken.to_parquet(tmp_path / "municipalities.parquet")
    with pytest.raises(DataUnavailableError, match=r"'municipalities'.*gegevenscontract"):
        read_marts(tmp_path)


def test_a_missing_mart_is_named(built_root, tmp_path):
    for path in built_root.processed.iterdir():
        if path.name != "districts.parquet":
            (tmp_path / path.name).write_bytes(path.read_bytes())
    with pytest.raises(DataUnavailableError, match="'districts' ontbreekt"):
        read_marts(tmp_path)


def _settings(root) -> Settings:
    return Settings(root, None, 2019, allow_download=False)


def _change_workplan(root) -> None:
    content = (root.register / "werkprogramma.csv").read_bytes().replace(b",onbekend,", b",x,", 1)
    with versions.locked(root):
        versions.commit(root, {"werkprogramma.csv": content}, action="x", source="", user="")


def test_the_versions_are_read_again_when_the_version_in_use_changes(data_root):
    settings = _settings(data_root)
    assert [info.name for info in data.load_versions(settings)] == ["start"]
    _change_workplan(data_root)
    assert [info.name for info in data.load_versions(settings)] == ["v0002", "v0001"]


def test_a_rollback_preview_is_computed_once_per_version(data_root, monkeypatch):
    settings = _settings(data_root)
    reference = data.load_reference_data(settings)
    _change_workplan(data_root)
    calls = []
    real = admin.rollback_preview
    monkeypatch.setattr(admin, "rollback_preview", lambda *a: calls.append(a) or real(*a))
    first = data.load_rollback_preview(settings, reference, "v0001")
    again = data.load_rollback_preview(settings, reference, "v0001")
    assert len(calls) == 1 and [d.counts() for d in first] == [d.counts() for d in again]
    assert [(d.mart, d.counts()["changed"]) for d in first] == [("workplan", 1)]


def test_the_data_key_follows_the_version_in_use_and_the_build(data_root):
    before = data.data_key(data_root)
    assert before == (None, (0, 0, 0))  # the seed in use, nothing built
    _change_workplan(data_root)
    assert data.data_key(data_root)[0] == "v0002"
    data_root.processed.mkdir(parents=True, exist_ok=True)
    (data_root.processed / "manifest.json").write_text("{}")
    built = data.data_key(data_root)
    (data_root.processed / "manifest.json").write_text("{}")  # same size, same second
    assert built != before and data.data_key(data_root) != built


def test_a_build_replaced_while_reading_is_read_again(built_root, tmp_path, monkeypatch):
    folder = tmp_path / "processed"
    folder.mkdir()
    for path in built_root.processed.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    reads = []

    def read_during_a_rebuild(where):
        reads.append(where)
        if len(reads) == 1:  # another replica's rebuild replaces the manifest meanwhile
            replacement = folder / "manifest.new"
            replacement.write_bytes((folder / "manifest.json").read_bytes())
            replacement.replace(folder / "manifest.json")
        return read_marts(where)

    monkeypatch.setattr(data, "read_marts", read_during_a_rebuild)
    marts = data._cached_marts(str(folder), ("test", len(reads)))
    assert len(reads) == 2 and len(marts.municipalities) == 76
