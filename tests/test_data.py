"""The dashboard's reader: built marts pass, missing or broken ones give a Dutch explanation."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import DataUnavailableError, read_marts


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
