"""The build: marts and manifest from the reference data; bad input leaves the old build alone."""

from __future__ import annotations

import json
import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pytest

from etl.build import build
from etl.contract.registry import MART_SCHEMAS
from etl.core.errors import InvalidInputError
from etl.core.store import sha256
from etl.reference.tables import MUNICIPALITIES_FILE

from .conftest import REPO

CORE_MARTS = (
    "municipalities", "districts", "municipality_shapes", "district_shapes",
    "bodies", "body_relations", "themes", "workplan",
)  # fmt: skip


def _snapshot(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _run_etl(settings, *verb: str) -> subprocess.CompletedProcess:
    """`python -m etl VERB` as a user runs it, on the test's data root."""
    env = {
        "VNON_DATA_DIR": str(settings.data.root),
        "VNON_BOUNDARIES": str(settings.boundaries_file),
        "PATH": "/usr/bin:/bin",
    }
    return subprocess.run(
        [sys.executable, "-m", "etl", *verb], cwd=REPO, env=env, capture_output=True, text=True
    )


def test_build_writes_every_mart_and_a_manifest(settings):
    result = build(settings)
    processed = settings.data.processed
    assert set(result.row_counts) == set(MART_SCHEMAS), "every table of the contract is built"
    core = {name: result.row_counts[name] for name in CORE_MARTS}  # domains test their own
    assert core == {
        "municipalities": 76, "districts": 5, "municipality_shapes": 76, "district_shapes": 5,
        "bodies": 27, "body_relations": 39, "themes": 5, "workplan": 13,
    }  # fmt: skip
    municipalities = pd.read_parquet(processed / "municipalities.parquet")
    assert municipalities["inhabitants"].sum() == 3_228_403
    assert municipalities.groupby("district_code").size().tolist() == [11, 14, 22, 15, 14]
    districts = gpd.read_parquet(processed / "district_shapes.parquet")
    assert districts.crs.to_epsg() == 4326
    assert len(districts) == 5 and districts.is_valid.all()
    manifest = json.loads((processed / "manifest.json").read_text())
    assert manifest["row_counts"] == result.row_counts
    first_input = manifest["inputs"][0]
    assert first_input["path"] == f"reference/{MUNICIPALITIES_FILE}"
    assert first_input["sha256"] == sha256(settings.data.reference / MUNICIPALITIES_FILE)
    assert "gemeente_2019.topojson" in manifest["boundaries"]["source"]


def test_no_temporary_files_are_left_behind(settings):
    build(settings)
    build(settings)
    names = sorted(path.name for path in settings.data.processed.iterdir())
    assert names == sorted([*(f"{name}.parquet" for name in MART_SCHEMAS), "manifest.json"])


def test_invalid_input_leaves_the_previous_build_untouched(settings):
    build(settings)
    before = _snapshot(settings.data.processed)
    path = settings.data.reference / MUNICIPALITIES_FILE
    path.write_text(path.read_text().replace(",Twente,", ",Tukkerland,", 1))
    with pytest.raises(InvalidInputError, match="Tukkerland"):
        build(settings)
    assert _snapshot(settings.data.processed) == before


def test_command_line_reports_in_dutch_and_exits_non_zero(settings):
    path = settings.data.reference / MUNICIPALITIES_FILE
    path.write_text(path.read_text().replace("159267", "-159267", 1))
    completed = _run_etl(settings, "build")
    assert completed.returncode == 1
    assert "rij 2, kolom 'inwoners': waarde '-159267' — mag niet negatief zijn" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert not settings.data.processed.exists()


def test_command_line_build_succeeds(settings):
    completed = _run_etl(settings, "build")
    assert completed.returncode == 0, completed.stderr
    assert "municipalities 76" in completed.stdout
    assert (settings.data.processed / "manifest.json").is_file()
